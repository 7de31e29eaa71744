"""Conditions put to another party and listed after a colon (construction table: dem-warunki; INVENTORY
doubt 2, as dev web-d10 and web-d06): "X stawia / postawił Y-owi warunki: A i B" with a verb of setting
(data/condition_setting_verbs.txt) gives A and B as items demanded of the party in the dative. Not a
list of conditions no one puts to a party. Invented sentences."""
import pytest

from .test_demand_round5 import demands


def items(text):
    return [(d.text, d.by, d.of) for d in demands(text) if d.kind == "item"]


@pytest.mark.parametrize("text,expected", [
    ("Rosja postawiła Mołdawii warunki: wycofanie wniosku o członkostwo w Unii Europejskiej i uznanie Naddniestrza.",
     [("wycofanie wniosku o członkostwo w Unii Europejskiej", "Rosja", "Mołdawia"),
      ("uznanie Naddniestrza", "Rosja", "Mołdawia")]),
    ("Pekin postawił Tajwanowi warunki: rezygnację z referendum oraz wstrzymanie zakupów broni.",
     [("rezygnację z referendum", "Pekin", "Tajwan"), ("wstrzymanie zakupów broni", "Pekin", "Tajwan")]),
    ("Węgry stawiają Komisji Europejskiej twarde warunki: odblokowanie funduszy i wycofanie kar.",
     [("odblokowanie funduszy", "Węgry", "Komisja Europejska"), ("wycofanie kar", "Węgry", "Komisja Europejska")]),
])
def test_conditions_put_are_items(text, expected):
    assert items(text) == expected


def test_conditions_of_no_party():
    assert items("Uczestnicy poznali warunki: start o 9 i meta w parku.") == []
