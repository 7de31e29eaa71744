"""A conditional logit ranker: pick one of a few candidates, or none, from named features.

An extractor that must choose (a quote's speaker among the actors mentioned around it, a demand's
addressee among the parties of its sentence) describes every candidate by a mapping of feature names
to numbers. Each candidate scores the dot product of its features with the ranker's weights; "none"
scores 0. The choice is the softmax's argmax, with its probability, so a caller can abstain below a
threshold.

The weights are data, ``newslens/data/rankers/<name>.json``, fitted from the development gold by the
trainer that owns them (``bench/train_*.py``). Scoring is pure Python; numpy is imported only to fit.
"""
from __future__ import annotations

import json
import math
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Mapping, Optional, Sequence

Features = Mapping[str, float]


@dataclass(frozen=True)
class Choice:
    index: Optional[int]  # the chosen candidate, None when "none" wins
    probability: float  # the softmax probability of that choice (of "none" when index is None)


@dataclass(frozen=True)
class Ranker:
    name: str
    weights: Mapping[str, float] = field(default_factory=dict)

    def score(self, feats: Features) -> float:
        w = self.weights
        return sum(w.get(k, 0.0) * v for k, v in feats.items())

    def choose(self, candidates: Sequence[Features]) -> Choice:
        """The best candidate against the implicit "none" (score 0)."""
        if not candidates:
            return Choice(None, 1.0)
        scores = [self.score(c) for c in candidates]
        top = max(scores)
        m = max(top, 0.0)
        z = math.exp(-m) + sum(math.exp(s - m) for s in scores)
        if top <= 0.0:
            return Choice(None, math.exp(-m) / z)
        return Choice(scores.index(top), math.exp(top - m) / z)

    def to_dict(self) -> dict:
        return {"name": self.name, "weights": dict(sorted(self.weights.items()))}


@lru_cache(maxsize=None)
def load(name: str) -> Ranker:
    """The fitted ranker ``name`` (``newslens/data/rankers/<name>.json``)."""
    path = resources.files("newslens").joinpath("data", "rankers", f"{name}.json")
    data = json.loads(path.read_text("utf-8"))
    return Ranker(name, {str(k): float(v) for k, v in data["weights"].items()})


def fit(groups: Sequence[tuple[Sequence[Features], Optional[int]]], l2: float = 1.0,
        iterations: int = 50) -> dict[str, float]:
    """Weights maximising the L2-penalised conditional likelihood of the gold choices.

    ``groups``: per decision, its candidates' features and the index of the right one (None when the
    right answer is "none" or is not among the candidates; such a group teaches "none"). Newton's
    method with a backtracking line search on a convex objective: deterministic, a few iterations.
    """
    import numpy as np

    names = sorted({k for cands, _ in groups for c in cands for k in c})
    col = {k: j for j, k in enumerate(names)}
    mats, golds = [], []
    for cands, gold in groups:
        x = np.zeros((len(cands) + 1, len(names)))  # row 0: "none", all zeros
        for i, c in enumerate(cands, start=1):
            for k, v in c.items():
                x[i, col[k]] = v
        mats.append(x)
        golds.append(0 if gold is None else gold + 1)
    def loss(w):
        total = 0.5 * l2 * float(w @ w)
        for x, g in zip(mats, golds):
            s = x @ w
            top = s.max()
            total -= s[g] - top - np.log(np.exp(s - top).sum())
        return total

    w = np.zeros(len(names))
    current = loss(w)
    for _ in range(iterations):
        grad = l2 * w
        hess = l2 * np.eye(len(names))
        for x, g in zip(mats, golds):
            s = x @ w
            p = np.exp(s - s.max())
            p /= p.sum()
            mean = p @ x
            grad -= x[g] - mean
            hess += (x * p[:, None]).T @ x - np.outer(mean, mean)
        step = np.linalg.solve(hess, grad)
        scale = 1.0  # backtracking: a full Newton step can overshoot on (nearly) separable data
        while scale > 1e-6:
            trial = w - scale * step
            got = loss(trial)
            if got <= current:
                break
            scale /= 2
        if scale <= 1e-6:
            break
        w, current = trial, got
        if float(np.abs(scale * step).max()) < 1e-8:
            break
    return {k: round(float(w[j]), 6) for k, j in col.items() if abs(w[j]) > 1e-9}
