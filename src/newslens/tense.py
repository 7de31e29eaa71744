"""Tense of the clause around a text span, from morfeusz2 tags of the nearest verb.

``span_tense(text, start, end)`` is ``"past"``, ``"future"``, ``"present"`` or ``None`` (no
verb in the sentence). Past: ``praet``, ``imps`` and past participles; future: ``bedzie``,
perfective non-past forms, an infinitive under a modal (``ma spotkać się``), a present-tense
verb of wanting or planning, a planning participle (``zaplanowana``). The nearest verb wins;
crossing a comma, dash or ``że`` costs distance, so a date in a subordinate clause takes that
clause's verb.
"""
from __future__ import annotations

import bisect
from functools import lru_cache
from typing import Optional

from .nlp import Text, Tok, read_lexicon

_VERB_POS = frozenset({"fin", "praet", "bedzie", "inf", "imps", "ppas", "winien", "pred"})
_BOUNDARY = frozenset({",", ";", "–", "—", ":", "że", "iż", "który", "która", "które", "którzy"})
_CLAUSE_COST = 12


@lru_cache(maxsize=1)
def _verb_lists() -> dict[str, frozenset[str]]:
    out: dict[str, set[str]] = {}
    section = ""
    for line in read_lexicon("tense_verbs.txt"):
        if line.startswith("["):
            section = line.strip("[]")
            continue
        out.setdefault(section, set()).add(line)
    return {k: frozenset(v) for k, v in out.items()}


def _is_verb(tok: Tok) -> bool:
    return tok.reading is not None and tok.reading.pos in _VERB_POS


def verb_tense(toks: list[Tok], k: int) -> Optional[str]:
    """Tense contributed by the verb ``toks[k]`` (or None for a verb that says nothing)."""
    lists = _verb_lists()
    tok = toks[k]
    r = tok.reading
    assert r is not None
    lemmas = tok.lemmas()
    if r.pos in ("imps", "ppas"):  # "zaplanowano na lipiec", but "zapowiedział w środę" is past
        return "future" if lemmas & lists["planning"] else "past"
    if r.pos == "praet":
        return "past"
    if r.pos == "bedzie":
        return "future"
    if r.pos == "inf":
        for j in range(k - 1, max(-1, k - 4), -1):
            modal = [x for x in toks[j].readings if x.lemma in lists["modal"] and x.pos in ("fin", "winien", "pred", "praet")]
            if modal:
                return "past" if modal[0].pos == "praet" else "future"
        return None
    if r.pos in ("winien", "pred"):
        return "future" if lemmas & lists["modal"] else None
    if r.pos == "fin":
        if r.has("perf") and not r.has("imperf"):
            return "future"
        if lemmas & lists["modal"] and k + 1 < len(toks) and any(x.pos == "inf" for x in toks[k + 1].readings):
            return "future"  # "mogą odejść", "ma spotkać się"
        if lemmas & lists["prospective"]:
            return "future"
        return "present"
    return None


def span_tense(text: Text, start: int, end: int) -> Optional[str]:
    """Tense of the verb nearest to ``text.text[start:end]`` within its sentence."""
    tok = text.tok_at(start)
    if tok is None:
        return None
    a, b = text.sents[tok.sent]
    toks, verbs, tenses, bounds = _sentence(text, tok.sent)
    starts = text._starts  # the tokens inside the span are a run: found by bisection
    lo = max(bisect.bisect_left(starts, start), a) - a
    hi = min(bisect.bisect_left(starts, end), b) - a - 1
    if lo > hi:
        return None
    # cost grows with distance on each side, so the nearest verb with a tense on each side competes
    best: tuple[float, Optional[str]] = (float("inf"), None)
    i = bisect.bisect_left(verbs, lo) - 1
    if i >= 0:
        k = verbs[i]
        best = ((lo - k - 1) + _CLAUSE_COST * (bounds[lo] - bounds[k + 1]), tenses[i])
    i = bisect.bisect_right(verbs, hi)
    if i < len(verbs):
        k = verbs[i]
        cost = (k - hi - 1) + _CLAUSE_COST * (bounds[k] - bounds[hi + 1]) + 0.5  # a verb before the date
        if cost < best[0]:  # governs it slightly more often
            best = (cost, tenses[i])
    return best[1]


def _sentence(text: Text, s: int) -> tuple[list[Tok], list[int], list[str], list[int]]:
    """Sentence ``s``'s tokens, its verbs that carry a tense (positions, tenses) and running counts
    of clause boundaries (``bounds[k]``: boundaries before position k), built once per sentence."""
    cache = text.__dict__.setdefault("_tense_sentences", {})
    if s not in cache:
        a, b = text.sents[s]
        toks = text.toks[a:b]
        verbs, tenses, bounds = [], [], [0]
        for k, t in enumerate(toks):
            if _is_verb(t):
                tense = verb_tense(toks, k)
                if tense is not None:
                    verbs.append(k)
                    tenses.append(tense)
            bounds.append(bounds[-1] + (t.lower in _BOUNDARY))
        cache[s] = (toks, verbs, tenses, bounds)
    return cache[s]
