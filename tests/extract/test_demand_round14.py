"""Demands, round 14 (issue 14, phase 2: B's misses as development data): mechanisms, not sentences.
Invented sentences of the general constructions (GUIDELINES, Demands), negatives included. No sentence
comes from a real page."""
import pytest

from .test_demand_round5 import demands, items


def by_items(text):
    return [(d.text, d.by) for d in demands(text) if d.kind == "item"]


@pytest.mark.parametrize("text,expected", [
    # a motion named with its mover in the genitive is a demand whatever verb reports it
    ("W środę komisja ma rozpatrzyć wniosek Prokuratury Krajowej o uchylenie immunitetu i zatrzymanie posła "
     "Jana Nowaka.", [("uchylenie immunitetu", "Prokuratura Krajowa"), ("zatrzymanie posła Jana Nowaka", "Prokuratura Krajowa")]),
    ("Komisja odrzuciła wniosek rządu Adama Wrony o wstrzymanie naliczania opłat.",
     [("wstrzymanie naliczania opłat", "Adam Wrona")]),
    # the support verb after it keeps its own frame
    ("Wniosek o przesunięcie terminu wyborów sołtysa złożył burmistrz Jan Kowal.",
     [("przesunięcie terminu wyborów sołtysa", "Jan Kowal")]),
    # negatives: an application for a thing, not an act; a motion with no mover named
    ("Sąd odrzucił wniosek Jana Kowala o urlop.", []),
    ("Sąd rozpatrzy wniosek o umorzenie postępowania w przyszłym tygodniu.", []),
])
def test_a_motion_with_its_mover_in_the_genitive(text, expected):
    assert by_items(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a name between the support verb and the noun counts as one word
    ("Prokuratura Rejonowa w Lublinie skierowała bowiem do Sądu Okręgowego w Lublinie wniosek o list gończy.",
     ["list gończy"]),
    # negative: a support verb too far before the noun
    ("Prokuratura Rejonowa w Lublinie skierowała pismo do sądu, który w poniedziałek po południu rozpatrzy "
     "wniosek o list gończy.", []),
])
def test_a_support_verb_before_a_named_addressee(text, expected):
    assert items(text) == expected
