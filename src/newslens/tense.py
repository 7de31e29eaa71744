"""Tense of the clause around a text span, from morfeusz2 tags of the nearest verb.

``span_tense(text, start, end)`` is ``"past"``, ``"future"``, ``"present"`` or ``None`` (no
verb in the sentence). Past: ``praet``, ``imps`` and past participles; future: ``bedzie``,
perfective non-past forms, an infinitive under a modal (``ma spotkać się``), a present-tense
verb of wanting or planning, a planning participle (``zaplanowana``). The nearest verb wins;
crossing a comma, dash or ``że`` costs distance, so a date in a subordinate clause takes that
clause's verb.
"""
from __future__ import annotations

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
    toks = text.toks[a:b]
    inside = [i for i, t in enumerate(toks) if start <= t.idx < end]
    if not inside:
        return None
    lo, hi = inside[0], inside[-1]
    best: tuple[float, Optional[str]] = (float("inf"), None)
    for k, t in enumerate(toks):
        if lo <= k <= hi or not _is_verb(t):
            continue
        tense = verb_tense(toks, k)
        if tense is None:
            continue
        between = toks[hi + 1:k] if k > hi else toks[k + 1:lo]
        cost = len(between) + _CLAUSE_COST * sum(x.lower in _BOUNDARY for x in between)
        if k > hi:
            cost += 0.5  # a verb before the date governs it slightly more often
        if cost < best[0]:
            best = (cost, tense)
    return best[1]
