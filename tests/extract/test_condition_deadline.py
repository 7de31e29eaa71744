"""A condition after a deadline given to a party (construction table: cond-jesli-3; dev blind-e07): "X dała
spółce Y czas do piątku. Jeśli do tego dnia Y nie …, …" with no verb of speaking: the time given is an
ultimatum, the leading "jeśli" its condition, set by the one who gave the time, of the party given it.
Not time off given, nor a state. Invented sentences."""
import pytest

from .test_demand_round5 import demands


def conditions(text):
    return [(d.text, d.by, d.of) for d in demands(text) if d.kind == "condition"]


@pytest.mark.parametrize("text,expected", [
    ("Związek Zawodowy Górników wyznaczył spółce Węglokoks termin do końca marca. Jeśli do tego czasu spółka nie "
     "podpisze porozumienia, górnicy rozpoczną strajk.",
     [("do tego czasu spółka nie podpisze porozumienia", "Związek Zawodowy Górników", "Węglokoks")]),
    ("Rada Miasta Opola dała firmie Strabag czas do poniedziałku. Jeżeli wykonawca nie wróci na budowę, miasto "
     "zerwie umowę.", [("wykonawca nie wróci na budowę", "Rada Miasta Opola", "Strabag")]),
    ("Związek Nauczycielstwa Polskiego daje wojewodzie Janowi Kotowi czas do piątku. Jeśli do tego dnia nie dojdzie "
     "do spotkania, nauczyciele wyjdą na ulice.",
     [("do tego dnia nie dojdzie do spotkania", "Związek Nauczycielstwa Polskiego", "Jan Kot")]),
    ("Solidarność dała spółce Autosan czas do środy. Jeśli do tego dnia Autosan nie wypłaci premii, pracownicy "
     "odejdą od maszyn.", [("do tego dnia Autosan nie wypłaci premii", "Solidarność", "Autosan")]),
])
def test_a_condition_after_a_deadline(text, expected):
    assert conditions(text) == expected


def test_no_deadline():
    assert conditions("Spółka Autosan dała pracownikom wolne do piątku. Jeśli pogoda się poprawi, prace ruszą "
                      "w poniedziałek.") == []
