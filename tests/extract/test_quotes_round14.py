"""Quotes, round 12 phase 2: classes of misses and spurious quotes on the real pages r61-r84 (set B, development
data since 2026-11-27), fixed as mechanisms and checked here on invented sentences of the same constructions
(other words and names). Each row: text -> expected quotes (kind, speaker, via, text start)."""
import pytest

from .test_quotes import assert_quotes

LABELS = [
    # an interview's label: the person's name, a comma and a role in apposition, then the colon
    ("Wywiad z bramkarzem.\n\nTomasz Wierzba, bramkarz reprezentacji Czech: Przed meczem zawsze słucham muzyki "
     "i nie rozmawiam z nikim. Tak mam od lat.",
     [("direct", "Tomasz Wierzba", None, "Przed meczem zawsze")]),
    ("Rozmowa o budżecie.\n\nAnna Sowa, wiceprezes banku: Nie spodziewamy się dalszych podwyżek stóp w tym roku.",
     [("direct", "Anna Sowa", None, "Nie spodziewamy się")]),
    # negatives: a verb in the apposition makes it a sentence, not a label; a non-role apposition labels nothing
    ("Wywiad z bramkarzem.\n\nTomasz Wierzba, bramkarz, który wrócił do kadry: Przed meczem zawsze słucham muzyki "
     "i nie rozmawiam z nikim.", []),
    ("Wywiad z bramkarzem.\n\nTomasz Wierzba, wczoraj w Pradze: Przed meczem zawsze słucham muzyki "
     "i nie rozmawiam z nikim.", []),
]


@pytest.mark.parametrize("text,expected", LABELS)
def test_round14_apposition_label(text, expected):
    assert_quotes(text, expected)
