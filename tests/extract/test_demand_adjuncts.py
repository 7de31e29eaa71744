"""A verb of demanding with a genitive object (domagać się, żądać, zażądać, oczekiwać) with adjuncts
between the verb and the object: adverbs, prepositional phrases of place, occasion or means (their noun
keeping its genitive complements that name a party: "na sesji rady miasta", "na posiedzeniu komisji
oświaty"), compound prepositions ("w sprawie X", "w imieniu X") and an addressee after them ("w Sejmie od
ministra X"). The object after them is the thing demanded; the subject before the verb never is.
Invented sentences (construction table: dem-domagac-gen); negatives included."""
import pytest

from .test_demand_round5 import demands


def items(text):
    return [(d.text, d.of) for d in demands(text) if d.kind == "item"]


@pytest.mark.parametrize("text,expected", [
    # an adverb and a phrase of occasion whose noun has a body and its domain as genitives
    ("Nauczyciele z Gdańska domagali się wczoraj na posiedzeniu komisji oświaty zwiększenia subwencji.",
     [("zwiększenia subwencji", None)]),
    # a place, then the addressee with its role and name
    ("Związek Nauczycielstwa Polskiego zażądał w Sejmie od ministra edukacji Jana Kota wycofania reformy.",
     [("wycofania reformy", "Jan Kot")]),
    # "podczas" with the genitive of an occasion and its adjective
    ("Solidarność domaga się podczas negocjacji płacowych podwyżki o 15 proc.", [("podwyżki o 15 proc.", None)]),
    # "przed" with the instrumental, a place name after the noun
    ("Rolnicy żądają przed urzędem wojewódzkim w Lublinie wstrzymania importu zboża.",
     [("wstrzymania importu zboża", None)]),
    # an adverb, a phrase of means, then the addressee
    ("Kierowcy autobusów domagają się stanowczo na piśmie od prezesa spółki Jana Kota wypłaty premii.",
     [("wypłaty premii", "Jan Kot")]),
    # a compound preposition with its own genitive
    ("Związek Zawodowy Pielęgniarek domaga się w imieniu pielęgniarek z Opola podwyżek.", [("podwyżek", None)]),
])
def test_the_object_past_the_adjuncts(text, expected):
    assert items(text) == expected


@pytest.mark.parametrize("text", [
    # the adjunct only: its genitives are no object
    "Radni domagali się na sesji rady miasta.",
    "Mieszkańcy domagają się w sprawie obwodnicy.",
    # waiting, not demanding
    "Związek oczekuje w Sejmie na decyzję ministra.",
    # a subject that also reads as a genitive ("posłanka") is not a fronted object
    "Posłanka Lewicy Anna Kot domagała się w przyjętym we wtorek stanowisku informacji o kolejkach.",
])
def test_no_object_past_the_adjuncts(text):
    assert items(text) == []
