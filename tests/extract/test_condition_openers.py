"""Openers of a one-off condition from the grammar (construction table: cond-gdyby, cond-w-zamian-za,
cond-uzaleznia): "gdyby X zrobił …, zrobimy …" before an act announced in the future; "A w zamian za B"
after an act offered ahead; "uzależnia A od B" with B an act, or "od tego, czy …". Not a counterfactual
or a possibility in the conditional, a past or refused exchange, a stance, or conditions announced to
follow. Invented sentences."""
import pytest

from .test_demand_round5 import demands


def conditions(text):
    return [d.text for d in demands(text) if d.kind == "condition"]


@pytest.mark.parametrize("text,expected", [
    # "gdyby": in a quote (the tagger reads "podniosła" as an adjective), reported after "że"
    ("– Gdyby rada gminy podniosła opłaty za śmieci, złożymy skargę do wojewody – powiedział sołtys Marek Lis.",
     ["rada gminy podniosła opłaty za śmieci"]),
    ("Przewodniczący Solidarności Jan Kot ostrzegł, że gdyby zarząd Poczty Polskiej zwolnił listonoszy, związek "
     "ogłosi strajk.", ["zarząd Poczty Polskiej zwolnił listonoszy"]),
    ("Rząd Czech zapowiedział, że gdyby Austria zamknęła granicę, Praga zablokuje jej projekt w Radzie UE.",
     ["Austria zamknęła granicę"]),
    # "w zamian za": a future act, an infinitive of the act offered
    ("Związek Nauczycielstwa Polskiego przerwie protest w zamian za podwyżkę o 10 proc. od września.",
     ["podwyżkę o 10 proc. od września"]),
    ("Kreml jest gotów wymienić jeńców w zamian za zniesienie sankcji przez Unię Europejską.",
     ["zniesienie sankcji przez Unię Europejską"]),
    ("Gmina Pcim przekaże szkołę stowarzyszeniu w zamian za prowadzenie przez nie świetlicy.",
     ["prowadzenie przez nie świetlicy"]),
    # "uzależniać … od": an act, "od tego, czy …"
    ("Związkowcy z Huty Katowice uzależniają zakończenie strajku od wypłaty zaległych nagród.",
     ["wypłaty zaległych nagród"]),
    ("Litwa uzależnia zgodę na umowę od gwarancji Komisji Europejskiej w sprawie energii.",
     ["gwarancji Komisji Europejskiej w sprawie energii"]),
    ("Trener Adam Nowak uzależnił pozostanie w klubie od tego, czy zarząd Wisły Kraków kupi dwóch napastników.",
     ["zarząd Wisły Kraków kupi dwóch napastników"]),
])
def test_a_condition_opened(text, expected):
    assert conditions(text) == expected


@pytest.mark.parametrize("text", [
    # a counterfactual judgement, a possibility: the main clause in the conditional
    "Gdyby rząd wcześniej zmienił ustawę, do protestu by nie doszło – ocenił ekonomista Jan Lis.",
    "Gdyby Sejm przyjął tę ustawę, rolnicy mogliby stracić dopłaty – powiedział poseł Jan Kot.",
    # a past exchange, a refused one
    "Jan Kot dostał mieszkanie w zamian za pracę w gminie.",
    "Polska nie zgodzi się na nowe cła w zamian za ustępstwa Chin.",
    # a stance, conditions that follow
    "Węgry uzależniają swoją decyzję od postawy Brukseli.",
    "Słowacja uzależnia zgodę od spełnienia przez Kijów dwóch warunków.",
])
def test_no_condition_opened(text):
    assert conditions(text) == []
