"""Actors, round 15 (#15, second round): invented sentences -> expected names, negatives included.

- an acronym of a common noun names no body, with a case ending after a hyphen or a dash too: a vehicle
  (TIR), a system of refereeing (VAR); a firm whose name only begins with those letters stays.
"""
import pytest

from newslens import nlp
from newslens.extract.actors import extract_actors


def _names(text):
    return {a.name for a in extract_actors(nlp.analyze(text))}


COMMON_ACRONYMS = [
    ("Na przejściu w Koroszczynie stało wczoraj kilkadziesiąt TIR–ów.", {"Koroszczyn"}),
    ("Kierowca TIR-a zasnął za kierownicą pod Kutnem.", {"Kutno"}),
    ("Sędzia Marciniak obejrzał sytuację na VAR-ze i odwołał karnego.", {"Marciniak"}),
    ("Po analizie VAR-u bramka nie została uznana, a VAR znów był w centrum uwagi.", set()),
]

FIRMS = [  # a firm whose name opens with those letters is a firm
    ("Spółka Varta ogłosiła zwolnienia, a Tiran Logistics przejął jej magazyny.", {"Varta", "Tiran Logistics"}),
]


@pytest.mark.parametrize("text,want", COMMON_ACRONYMS)
def test_common_acronym_names_no_body(text, want):
    assert _names(text) == want


@pytest.mark.parametrize("text,want", FIRMS)
def test_firm_stays(text, want):
    assert want <= _names(text)
