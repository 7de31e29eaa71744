"""The conditional logit ranker: fitting recovers preferences, choosing abstains when "none" wins."""
import math

import pytest

from newslens.rank import Choice, Ranker, fit


def test_choose_takes_the_highest_scoring_candidate_with_its_probability():
    r = Ranker("t", {"near": 2.0, "subject": 1.0})
    c = r.choose([{"near": 1.0}, {"near": 1.0, "subject": 1.0}])
    z = 1 + math.exp(2) + math.exp(3)
    assert c.index == 1 and c.probability == pytest.approx(math.exp(3) / z)


def test_choose_abstains_when_every_candidate_scores_below_none():
    r = Ranker("t", {"far": -1.5})
    assert r.choose([{"far": 1.0}, {"far": 2.0}]).index is None
    assert r.choose([]) == Choice(None, 1.0)


def test_unknown_features_weigh_nothing():
    assert Ranker("t", {"a": 1.0}).score({"a": 2.0, "b": 100.0}) == 2.0


def test_fit_learns_which_feature_marks_the_right_candidate():
    groups = []
    for i in range(40):  # the subject is right; nearness alone is noise
        groups.append(([{"near": 1.0}, {"subject": 1.0}], 1))
        groups.append(([{"subject": 1.0, "far": 1.0}, {"near": 1.0}], 0))
    groups.append(([{"near": 1.0}], None))  # a quote whose speaker is not among the candidates
    w = fit(groups, l2=0.1)
    r = Ranker("t", w)
    assert w["subject"] > w.get("near", 0.0)
    assert r.choose([{"near": 1.0}, {"subject": 1.0}]).index == 1


def test_fit_learns_to_abstain_when_the_answer_is_usually_none():
    groups = [([{"pronoun": 1.0}], None)] * 30 + [([{"pronoun": 1.0}], 0)] * 5
    w = fit(groups, l2=0.1)
    assert w["pronoun"] < 0  # log(5/30)
    assert Ranker("t", w).choose([{"pronoun": 1.0}]).index is None


def test_fit_stays_finite_on_separable_data():
    # one feature always marks the right candidate: the likelihood alone has no maximum, the penalty does
    groups = [([{"a": 1.0}, {"b": 1.0}], 0)] * 50 + [([{"b": 1.0}, {"a": 1.0}], 1)] * 50
    w = fit(groups, l2=0.01)
    assert all(abs(v) < 25 for v in w.values()) and w["a"] > w.get("b", 0.0)
