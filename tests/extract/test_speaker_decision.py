"""The decision rule of the ranker after the rules (issue #13): speaker_rank.decide replaces a named
speaker or fills an empty one only above its thresholds (bench/train_speakers.py --grid; not wired in)."""
from __future__ import annotations

import math

import pytest

from newslens.extract import speaker_rank

TH = speaker_rank.Thresholds(over=0.8, margin=0.3, fill=0.6)

DECIDE = [
    # (candidates' probabilities, the rules' candidate, named, left empty on purpose) -> candidate or None (keep)
    ([0.05, 0.90], 0, True, False, 1),  # replace: sure, and far more probable than the rules' choice
    ([0.55, 0.40], 0, True, False, None),  # keep: the rules' choice is the ranker's too
    ([0.10, 0.75], 0, True, False, None),  # keep: below theta_over
    ([0.00, 0.82, 0.10], None, True, False, 1),  # replace: the rules' name is no candidate (probability 0)
    ([0.01, 0.85], None, True, False, 1),
    ([0.56, 0.84], 0, True, False, None),  # keep: sure enough, but within the margin of the rules' choice
    ([0.30, 0.65], None, False, False, 1),  # fill: empty, above theta_fill
    ([0.30, 0.55], None, False, False, None),  # stays empty: below theta_fill
    ([0.05, 0.95], None, False, True, None),  # stays empty: the rules left it empty on purpose
    ([], None, False, False, None),  # no candidate: nothing to fill
    ([0.45, 0.45], None, False, False, None),  # a tie below theta_fill stays empty
]


@pytest.mark.parametrize("probs,rule,named,deliberate,expected", DECIDE)
def test_decide_replace_fill_keep(probs, rule, named, deliberate, expected):
    assert speaker_rank.decide(probs, rule, named, deliberate, TH) == expected


def test_decide_never_replaces_or_fills_with_thresholds_above_one():
    never = speaker_rank.Thresholds(over=2.0, margin=0.0, fill=2.0)
    assert speaker_rank.decide([0.0, 0.99], 0, True, False, never) is None
    assert speaker_rank.decide([0.99], None, False, False, never) is None


def test_probabilities_are_a_softmax_against_none():
    probs = speaker_rank.probabilities({"a": math.log(2.0), "b": 0.0}, [{"a": 1.0}, {"b": 1.0}])
    assert probs == pytest.approx([0.5, 0.25])  # scores 2 : 1 : 1 (none)
