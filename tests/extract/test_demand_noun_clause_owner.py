"""A noun of demanding with whose it is in the genitive and the demanded clause after ", by/aby/żeby"
(construction table: dem-odrzucone-2): "odrzucił żądanie Kijowa, aby Rosja wstrzymała …" demands of the
genitive's party (a rejected demand is a demand), not of the one who rejects it. Invented sentences."""
import pytest

from .test_demand_round5 import demands


def items(text):
    return [(d.text, d.by) for d in demands(text) if d.kind == "item"]


@pytest.mark.parametrize("text,expected", [
    ("Kreml odrzucił w środę żądanie Kijowa, aby Rosja wstrzymała ataki na porty czarnomorskie.",
     [("Rosja wstrzymała ataki na porty czarnomorskie", "Kijów")]),
    ("Zarząd Orlenu odrzucił postulat związkowców, by spółka podniosła płace.", [("spółka podniosła płace", "związkowcy")]),
    ("Rząd odrzucił żądanie Konfederacji, aby Polska wystąpiła z Unii Europejskiej.",
     [("Polska wystąpiła z Unii Europejskiej", "Konfederacja")]),
    ("Prezydent Gdańska Anna Lis poparła żądanie mieszkańców, żeby wojewoda wstrzymał budowę spalarni.",
     [("wojewoda wstrzymał budowę spalarni", "mieszkańcy")]),
])
def test_the_genitive_demands_the_clause(text, expected):
    assert items(text) == expected


def test_no_clause_after_the_genitive():
    assert items("Kreml odrzucił w środę żądania Kijowa.") == []
