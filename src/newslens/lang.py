"""Language identification by stop-word share: small, deterministic, data-driven."""
from __future__ import annotations

import json
import re
from collections import Counter
from functools import lru_cache
from importlib import resources

_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)


@lru_cache(maxsize=1)
def _stopwords() -> dict[str, frozenset[str]]:
    raw = json.loads(resources.files("newslens").joinpath("data/stopwords.json").read_text("utf-8"))
    return {lang: frozenset(words) for lang, words in raw.items()}


@lru_cache(maxsize=1)
def _languages_of() -> tuple[tuple[str, ...], dict[str, tuple[int, ...]]]:
    """The languages in order, and for each stop word the indices of the languages it is one of."""
    langs = tuple(_stopwords())
    index: dict[str, list[int]] = {}
    for i, lang in enumerate(langs):
        for w in _stopwords()[lang]:
            index.setdefault(w, []).append(i)
    return langs, {w: tuple(ix) for w, ix in index.items()}


def detect_language(text: str, sample: int = 20000) -> tuple[str, float]:
    """Return ``(language code, share of words that are its stop words)``; ``("und", 0.0)`` if unknown."""
    words = _WORD.findall(text[:sample])
    if not words:
        return "und", 0.0
    counts = Counter(map(str.lower, words))
    langs, languages_of = _languages_of()
    hits = [0] * len(langs)  # per language, the words that are its stop words
    for w in counts.keys() & languages_of.keys():  # only the stop words are looked at
        for i in languages_of[w]:
            hits[i] += counts[w]
    best, best_share = "und", 0.0
    for lang, n in zip(langs, hits):
        share = n / len(words)
        if share > best_share:
            best, best_share = lang, share
    if best_share < 0.05 and len(words) >= 20:
        return "und", best_share
    return best, best_share
