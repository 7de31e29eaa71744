"""A participle of demanding opening its phrase before the noun it modifies (construction table:
dem-imieslow): "Domagający się A pracownicy …", "Wzywający do A opozycjoniści …". The phrase's object is
the thing demanded, the noun after it (a party or a group, in the nominative, agreeing with the
participle) the demander. Not a noun that is no party. Invented sentences."""
import pytest

from .test_demand_round5 import demands


def by_items(text):
    return [(d.text, d.by) for d in demands(text) if d.kind == "item"]


@pytest.mark.parametrize("text,expected", [
    ("Domagający się podwyżek nauczyciele z Opola protestowali przed kuratorium.",
     [("podwyżek", "nauczyciele z Opola")]),
    ("Wzywający do dymisji ministra rolnicy zablokowali drogę krajową nr 8.", [("dymisji ministra", "rolnicy")]),
    ("Żądający wypłaty zaległych pensji górnicy przyszli pod siedzibę spółki.",
     [("wypłaty zaległych pensji", "górnicy")]),
    ("Apelujący o pomoc dla szpitala lekarze napisali list do wojewody.", [("pomoc dla szpitala", "lekarze")]),
])
def test_the_noun_after_the_phrase_demands(text, expected):
    assert by_items(text) == expected


@pytest.mark.parametrize("text", [
    "Domagające się zmian pismo trafiło do ministra.",
    "Domagający się podwyżek protest trwa od tygodnia.",
])
def test_no_party_after_the_phrase(text):
    assert by_items(text) == []
