"""A request of a named party: "prosić / poprosić" + the one asked in the accusative (a name of any length,
a role with its holder's name) + "o" + an act (construction table: dem-prosic). The one asked is the
addressee; a thing asked for is no demand. Invented sentences."""
import pytest

from .test_demand_round5 import demands


def items(text):
    return [(d.text, d.of) for d in demands(text) if d.kind == "item"]


@pytest.mark.parametrize("text,expected", [
    ("Zarząd Województwa Opolskiego poprosił Polskie Koleje Państwowe o przywrócenie połączenia do Nysy.",
     [("przywrócenie połączenia do Nysy", "Polskie Koleje Państwowe")]),
    ("Wójt gminy Pcim Jan Kot poprosił ministra infrastruktury Adama Lisa o budowę obwodnicy.",
     [("budowę obwodnicy", "Adam Lis")]),
    ("Związek Zawodowy Kolejarzy prosi Polskie Linie Kolejowe o zmianę rozkładu jazdy.",
     [("zmianę rozkładu jazdy", "Polskie Linie Kolejowe")]),
    ("Burmistrz Jan Kot poprosił wojewodę Ewę Nowak o pilne spotkanie w sprawie powodzi.",
     [("pilne spotkanie w sprawie powodzi", "Ewa Nowak")]),
])
def test_a_named_party_asked_for_an_act(text, expected):
    assert items(text) == expected


@pytest.mark.parametrize("text", [
    "Dziennikarka poprosiła Urząd Miasta Opola o komentarz.",
    "Radny Jan Kot poprosił prezydenta Opola Adama Lisa o głos.",
])
def test_a_thing_asked_for(text):
    assert items(text) == []
