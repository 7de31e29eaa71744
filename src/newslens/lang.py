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


def detect_language(text: str, sample: int = 20000) -> tuple[str, float]:
    """Return ``(language code, share of words that are its stop words)``; ``("und", 0.0)`` if unknown."""
    words = [w.lower() for w in _WORD.findall(text[:sample])]
    if not words:
        return "und", 0.0
    counts = Counter(words)  # each distinct word looked up once per language
    best, best_share = "und", 0.0
    for lang, stops in _stopwords().items():
        share = sum(n for w, n in counts.items() if w in stops) / len(words)
        if share > best_share:
            best, best_share = lang, share
    if best_share < 0.05 and len(words) >= 20:
        return "und", best_share
    return best, best_share
