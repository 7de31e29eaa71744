"""A copular frame of a noun of demanding with whose it is in the genitive before the copula (construction
table: dem-postulatem-jest): "Głównym postulatem protestujących taksówkarzy jest A", "Jednym z postulatów
X jest A". The genitive's party or group demands, the phrase after the copula is the item. Not a noun
that is no demand, not a demand with no one named. Invented sentences."""
import pytest

from .test_demand_round5 import demands


def by_items(text):
    return [(d.text, d.by) for d in demands(text) if d.kind == "item"]


@pytest.mark.parametrize("text,expected", [
    ("Głównym postulatem strajkujących górników jest podwyżka o 15 proc.",
     [("podwyżka o 15 proc.", "strajkujący górnicy")]),
    ("Najważniejszym postulatem Związku Nauczycielstwa Polskiego jest powrót do rozmów z rządem.",
     [("powrót do rozmów z rządem", "Związek Nauczycielstwa Polskiego")]),
    ("Jednym z postulatów Solidarności jest obniżenie wieku emerytalnego.",
     [("obniżenie wieku emerytalnego", "Solidarność")]),
    ("Jednym z postulatów protestujących rolników jest wstrzymanie importu zboża.",
     [("wstrzymanie importu zboża", "protestujący rolnicy")]),
])
def test_the_genitive_demands(text, expected):
    assert by_items(text) == expected


@pytest.mark.parametrize("text", [
    "Jednym z problemów szpitala jest brak lekarzy.",
])
def test_no_demand(text):
    assert by_items(text) == []
