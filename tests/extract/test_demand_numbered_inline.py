"""A list of demands numbered inline after a noun of demanding and a colon (construction table:
dem-lista-srednik-numer): "przedstawił listę postulatów: 1) A; 2) B; 3) C", "a) A; b) B". Each numbered
piece is one item, without its marker. Invented sentences; the negative has no colon list."""
import pytest

from .test_demand_round5 import demands


def items(text):
    return [d.text for d in demands(text) if d.kind == "item"]


@pytest.mark.parametrize("text,expected", [
    ("Komitet Protestacyjny Huty Łaziska przedstawił w piątek listę postulatów: 1) wypłata premii; 2) nowe etaty; "
     "3) spotkanie z zarządem.", ["wypłata premii", "nowe etaty", "spotkanie z zarządem"]),
    ("Związek Zawodowy Maszynistów Kolejowych w Polsce przedstawił swoje żądania: a) podwyżka o 800 zł; b) zakup "
     "nowych lokomotyw; c) dodatkowy dzień wolny dla maszynistów.",
     ["podwyżka o 800 zł", "zakup nowych lokomotyw", "dodatkowy dzień wolny dla maszynistów"]),
    ("Ogólnopolski Związek Zawodowy Pielęgniarek i Położnych opublikował listę postulatów: 1) podwyżki płac; "
     "2) norma zatrudnienia.", ["podwyżki płac", "norma zatrudnienia"]),
    ("Komitet Protestacyjny Huty Łaziska przedstawił w piątek listę postulatów: 1. wypłata premii; 2. nowe etaty.",
     ["wypłata premii", "nowe etaty"]),
])
def test_numbered_items(text, expected):
    assert items(text) == expected


def test_a_list_of_no_demands():
    assert items("Komitet Protestacyjny Huty Łaziska przedstawił w piątek listę uczestników: 1) Jan Kot; 2) Adam Lis.") == []
