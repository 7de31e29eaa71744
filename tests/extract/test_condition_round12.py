"""Conditions, round 12 (issue 14): the conditional conjunctions of one class with "jeśli" and "dopóki …
nie" (GUIDELINES, Demands: a condition of an act the actor announces). Invented sentences, negatives
included."""
import pytest

from .test_demand_round5 import demands


def conditions(text):
    return [d.text for d in demands(text) if d.kind == "condition"]


@pytest.mark.parametrize("text,expected", [
    # "o ile" (provided) after an act ahead
    ("Burmistrz Adam Wrona zapewnił, że gmina dopłaci do biletów, o ile powiat pokryje połowę kosztów.",
     ["powiat pokryje połowę kosztów"]),
    # "byle" after a comma: the past form after it is no past
    ("– Zgodzimy się na krótszą trasę, byle budowa wreszcie ruszyła – mówi prezes spółki Adam Wrona.",
     ["budowa wreszcie ruszyła"]),
    # "do skutku, aż …": until, as "dopóki … nie"
    ("– Będziemy blokować drogę do skutku, aż wojewoda odpowie na nasze pismo – zapowiada sadownik Jan Lis.",
     ["wojewoda odpowie na nasze pismo"]),
    # "w razie X" with a threat, as "w przypadku X"
    ("Przewodniczący klubu Adam Wrona zagroził odejściem z koalicji w razie odrzucenia poprawki.",
     ["odrzucenia poprawki"]),
    # negatives: "o ile" of an amount, an indirect question, the idiom of memory
    ("Na wykresie widać, o ile spadłyby ceny, gdyby gmina przyjęła plan.", []),
    ("Zapytany, o ile wzrosną opłaty, burmistrz Adam Wrona nie odpowiedział.", []),
    ("– Sesja trwała, o ile mnie pamięć nie myli, dwa dni – mówił radny Adam Wrona.", []),
    ("– Czekamy aż do wieczora – mówi sadownik Jan Lis.", []),
])
def test_conditional_conjunctions_of_the_jesli_class(text, expected):
    assert conditions(text) == expected
