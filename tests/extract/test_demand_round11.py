"""Demands, round 11 (issue 14, recall on the 66 development real pages): invented sentences of the
constructions real pages use, negatives included. No sentence comes from a real page."""
import pytest

from .test_demand_round5 import conditions, items


@pytest.mark.parametrize("text,expected", [
    # two adjectives coordinated before one gerund: one item, not "zaprzestania chamskiego" and a second
    ("„Żądamy: realnego wzrostu płac, zaprzestania nierealnych norm, zaprzestania chamskiego i lekceważącego "
     "traktowania pracowników” – napisali związkowcy w liście.",
     ["realnego wzrostu płac", "zaprzestania nierealnych norm",
      "zaprzestania chamskiego i lekceważącego traktowania pracowników"]),
    # negative: a gerund with its object before "i" and an adjective with its gerund after: two items
    ("Rolnicy domagają się obniżenia podatku rolnego, zniesienia opłat i szybkiego wypłacenia dopłat.",
     ["obniżenia podatku rolnego", "zniesienia opłat", "szybkiego wypłacenia dopłat"]),
])
def test_adjectives_of_one_gerund_stay_one_item(text, expected):
    assert items(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a list of conditions: clauses with verbs of their own, commas and a final "i"
    ("Prezes spółki Jan Nowak oświadczył, że poda się do dymisji, jeśli zostaną spełnione trzy warunki: będzie "
     "podpisana umowa z gminą, pracownicy od środy wrócą do biur i w umowie zostanie opisana kwestia dodatków.",
     ["będzie podpisana umowa z gminą", "pracownicy od środy wrócą do biur", "w umowie zostanie opisana kwestia dodatków"]),
    ("– Odejdę ze stanowiska, jeśli zapisy ugody staną się umową, zostanie wyjaśniony punkt dotyczący premii i "
     "pracownicy wrócą do biur w środę – powiedział prezes spółki Jan Nowak.",
     ["zapisy ugody staną się umową", "zostanie wyjaśniony punkt dotyczący premii", "pracownicy wrócą do biur w środę"]),
    # negatives: one subject with two verbs; a comma before the main clause; nouns coordinated in one clause
    ("– Podpiszemy umowę, jeśli burmistrz Adam Lis przyjedzie i przeprosi mieszkańców – powiedział sołtys Jan Kos.",
     ["burmistrz Adam Lis przyjedzie i przeprosi mieszkańców"]),
    ("Jak zapowiada związek, jeśli załoga poprze protest, strajk rozpocznie się 3 maja.", ["załoga poprze protest"]),
    ("– Wrócimy do pracy, jeśli zarząd podniesie pensje, premie i dodatki – powiedział Jan Kos ze związku.",
     ["zarząd podniesie pensje, premie i dodatki"]),
])
def test_a_list_of_conditions_is_one_condition_each(text, expected):
    got = conditions(text)
    assert [x[: len(e)] for x, e in zip(got, expected)] == expected and len(got) == len(expected)
