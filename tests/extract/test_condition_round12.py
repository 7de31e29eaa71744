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


@pytest.mark.parametrize("text,expected", [
    # a main clause of existing is a forecast; a reporting verb inside the condition is its past
    ("– Jeśli dojdzie do głosowania, istnieje realne ryzyko, że projekt zostanie odrzucony przez posłów – mówi "
     "radny Jan Kowal.", []),
    ("– Jeżeli burmistrz uznał, że jest zagrożenie, to ja nie chcę tego oceniać – dodał radny Jan Kowal.", []),
    ("– Jeżeli zarząd ogłosił już decyzję, to nie będziemy jej komentować – mówi sołtys Jan Kowal.", []),
    # positives: an act announced; a passive of "zostać" in the main clause is an act
    ("– Jeśli rząd nie ustąpi, zablokujemy drogi – zapowiada rolnik Jan Kowal.", ["rząd nie ustąpi"]),
    ("– Jeśli wojewoda nie odpowie, protest zostanie zaostrzony – zapowiada sołtys Jan Kowal.", ["wojewoda nie odpowie"]),
    ("– Jeśli zarząd ogłosi zwolnienia, rozpoczniemy strajk – zapowiada związkowiec Jan Kowal.", ["zarząd ogłosi zwolnienia"]),
])
def test_if_of_a_state_or_of_the_past_sets_no_condition(text, expected):
    assert conditions(text) == expected
