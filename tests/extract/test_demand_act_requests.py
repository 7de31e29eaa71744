"""A request for an act: "prosi o" in the third person, "z prośbą o", "lobbować o" followed by a noun of an
act (data/demand_act_nouns.txt: "zmianę", "budowę") or a gerund is a demand; a thing asked for
("pomoc", "komentarz") is none. Invented sentences; negatives included."""
import pytest

from .test_demand_round5 import demands


def by_items(text):
    return [(d.text, d.by) for d in demands(text) if d.kind == "item"]


@pytest.mark.parametrize("text,expected", [
    # the third-person "prosi o" with a noun of an act, also in a relative clause
    ("Związek Zawodowy Kolejarzy prosi o zmianę rozkładu jazdy.",
     [("zmianę rozkładu jazdy", "Związek Zawodowy Kolejarzy")]),
    ("Związek Zawodowy Kolejarzy opublikował komunikat, w którym prosi o korektę regulaminu przewozów.",
     [("korektę regulaminu przewozów", "Związek Zawodowy Kolejarzy")]),
    # "z prośbą o" an act, whatever the verb the request goes with
    ("Mieszkańcy wysłali pismo z prośbą o budowę chodnika.", [("budowę chodnika", "mieszkańcy")]),
    # a verb of asking: "lobbować o"
    ("Związek Zawodowy Taksówkarzy lobbuje w Sejmie o zmianę ustawy.",
     [("zmianę ustawy", "Związek Zawodowy Taksówkarzy")]),
    # a name between the verb and its preposition counts as one word, its bracketed acronym as none
    ("Taksówkarze walczą z firmą przed sądem i lobbując w Ministerstwie Cyfryzacji i Rozwoju Regionalnego "
     "(MCiRR) o zmianę przepisów.", [("zmianę przepisów", "taksówkarze")]),
])
def test_a_request_for_an_act(text, expected):
    assert by_items(text) == expected


@pytest.mark.parametrize("text", [
    # a thing asked for, no act: no demand
    "Związek Zawodowy Kolejarzy prosi o pomoc.",
    "Mieszkańcy wysłali pismo z prośbą o pomoc.",
    "Dziennikarka dwukrotnie prosiła urząd o komentarz.",
    # an application, not a request made of a party
    "Spółka Kolbud zwróciła się o pomoc.",
])
def test_a_thing_asked_for_is_no_demand(text):
    assert by_items(text) == []
