"""Align quotes (or demands) across articles by their words.

Two spans of different articles are linked when they carry the same utterance (or the same demanded
thing): the same words, a paraphrase at the word level, or one a part of the other (an outlet's
partial quote inside another's full sentence). The comparison is on *content words*:

- every token of a span is lemmatised in its article's context (``newslens.nlp``, morfeusz2) and
  keeps all of its readings' lemmas, so a disambiguation slip on one side does not break a match;
- function words (prepositions, conjunctions, pronouns, particles, auxiliaries:
  ``data/align_stop_lemmas.txt``) are dropped;
- a lemma is compared by its *keys*: lower case, ``ó`` as ``o``, cut to six letters (negocjacja =
  negocjacyjny, wojsko = wojskowy) and, for a verb, also without its verbal prefix
  (``data/align_prefixes.txt``: poprosić = prosić, wysłuchać = słuchać);
- each word is weighted by how rare it is among the sentences of the compared articles (smoothed
  inverse document frequency), so "Rosja" or "NATO" in every sentence counts for little;
- ``containment`` is the weight of the shorter span's words found in the longer one over the
  shorter span's total weight: 1.0 when a partial quote is wholly inside a full one.

A pair is linked when ``containment >= threshold`` and at least ``min_shared`` content keys are
shared. Two spans given different speakers (both known) must reach ``other_speaker`` instead:
the same words are rarely said by two people, but an outlet can misattribute a quote.
"""
from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import combinations
from typing import Iterable, Optional, Sequence

from . import nlp
from .evaluate import Rates

CONTENT_POS = frozenset({"subst", "depr", "ger", "adj", "adja", "adjc", "adjp", "adv", "fin", "praet", "inf",
                         "impt", "imps", "pcon", "pant", "pact", "ppas", "num", "numcol", "dig", "ign", "brev",
                         "winien"})
KEY_CHARS = 6
THRESHOLD = 0.5
MIN_SHARED = 2
OTHER_SPEAKER = 0.8
FUNCTION_POS = frozenset({"prep", "conj", "comp", "ppron12", "ppron3", "siebie", "aglt"})


@lru_cache(maxsize=1)
def stop_lemmas() -> frozenset[str]:
    return frozenset(w.lower() for w in nlp.read_lexicon("align_stop_lemmas.txt"))


@lru_cache(maxsize=1)
def verb_prefixes() -> tuple[str, ...]:
    return tuple(sorted(nlp.read_lexicon("align_prefixes.txt"), key=len, reverse=True))


@lru_cache(maxsize=50_000)
def lemma_key(lemma: str) -> str:
    """The form a lemma is counted by (weights): lower case, ``ó`` as ``o``, six letters."""
    return lemma.lower().replace("ó", "o")[:KEY_CHARS]


@lru_cache(maxsize=50_000)
def lemma_keys(lemma: str) -> frozenset[str]:
    """The forms a lemma matches by: its key and, for a verb, the key without a verbal prefix
    (wysłuchać -> słuchać; a verb with no prefix keeps its own key too, so słuchać matches)."""
    k = lemma.lower().replace("ó", "o")
    keys = {k[:KEY_CHARS]}
    if k.endswith("ć"):
        for p in verb_prefixes():
            if k.startswith(p) and len(k) - len(p) >= 5:
                keys.add(k[len(p):][:KEY_CHARS])
                break
    return frozenset(keys)


@dataclass(frozen=True)
class Word:
    text: str
    key: str  # the chosen reading's key (weights)
    keys: frozenset[str]  # every reading's key (matching)


@dataclass(frozen=True)
class Unit:
    """One span to align: a quote or a demand of article ``article``, item ``index`` there."""

    article: int
    index: int
    text: str
    speaker: Optional[str] = None
    words: tuple[Word, ...] = ()

    @property
    def keys(self) -> frozenset[str]:
        return frozenset(k for w in self.words for k in w.keys)


@dataclass(frozen=True)
class Link:
    a: tuple[int, int]  # (article, index), a's article < b's article
    b: tuple[int, int]
    containment: float
    shared: tuple[str, ...]  # the shorter span's words found in the other


def is_content(tok: nlp.Tok) -> bool:
    if not (tok.is_word or tok.text[:1].isdigit()):
        return False
    if tok.pos not in CONTENT_POS or any(r.pos in FUNCTION_POS for r in tok.readings):
        return False  # "do" is a preposition even when its chosen reading is the note
    return not ({tok.lemma.lower(), tok.lower} & stop_lemmas())


def content_words(text: nlp.Text, start: int = 0, end: Optional[int] = None) -> tuple[Word, ...]:
    """The content words of ``text`` between character offsets ``start`` and ``end``."""
    end = len(text.text) if end is None else end
    out = []
    for tok in text.toks:
        if tok.idx < start or tok.end > end or not is_content(tok):
            continue
        lemmas = {r.lemma for r in tok.readings if r.pos != "ign"} | {tok.lemma}
        out.append(Word(tok.text, lemma_key(tok.lemma), frozenset(k for x in lemmas if x for k in lemma_keys(x))))
    return tuple(out)


def words_of(text: str) -> tuple[Word, ...]:
    """Content words of a free-standing string (lemmatised on its own)."""
    return content_words(nlp.analyze(text))


def sentence_keys(text: nlp.Text) -> list[frozenset[str]]:
    """One key set per sentence: the documents the words' rarity is counted over."""
    return [frozenset(w.key for w in content_words(text, *text.sent_span(s))) for s in range(len(text.sents))]


def idf(documents: Iterable[frozenset[str]]) -> dict[str, float]:
    docs = list(documents)
    df = Counter(k for d in docs for k in d)
    n = len(docs)
    return {k: math.log((n + 1) / (c + 1)) + 1.0 for k, c in df.items()}


def containment(short: Unit, long: Unit, weights: dict[str, float]) -> tuple[float, tuple[str, ...]]:
    """Weight of ``short``'s words found in ``long`` over ``short``'s total weight."""
    if not short.words:
        return 0.0, ()
    default = max(weights.values(), default=1.0)
    other = long.keys
    total = found = 0.0
    shared = []
    for w in short.words:
        weight = weights.get(w.key, default)
        total += weight
        if w.keys & other:
            found += weight
            shared.append(w.text)
    return (found / total if total else 0.0), tuple(shared)


def _same_speaker(a: Optional[str], b: Optional[str]) -> bool:
    if not a or not b:
        return True
    a, b = a.lower(), b.lower()
    return a == b or a.split()[-1] == b.split()[-1]


def score_pair(x: Unit, y: Unit, weights: dict[str, float]) -> tuple[float, tuple[str, ...], int]:
    """(containment of the shorter in the longer, its shared words, shared key count)."""
    short, long = (x, y) if len(x.words) <= len(y.words) else (y, x)
    c, shared = containment(short, long, weights)
    if len(x.words) == len(y.words):  # equal length: the better direction
        c2, shared2 = containment(y, x, weights)
        if c2 > c:
            c, shared = c2, shared2
    return c, shared, len(x.keys & y.keys)


def align(units: Sequence[Unit], weights: dict[str, float], *, threshold: float = THRESHOLD,
          min_shared: int = MIN_SHARED, other_speaker: float = OTHER_SPEAKER) -> list[Link]:
    """Every linked pair of units from different articles (many-to-many: a full quote may hold
    several partial ones), sorted by article and index."""
    links = []
    for x, y in combinations(units, 2):
        if x.article == y.article:
            continue
        if (x.article, x.index) > (y.article, y.index):
            x, y = y, x
        c, shared, n_shared = score_pair(x, y, weights)
        need = threshold if _same_speaker(x.speaker, y.speaker) else max(threshold, other_speaker)
        if n_shared >= min_shared and c >= need:
            links.append(Link((x.article, x.index), (y.article, y.index), round(c, 3), shared))
    return sorted(links, key=lambda l: (l.a, l.b))


def groups(units: Sequence[Unit], links: Iterable[Link]) -> list[list[tuple[int, int]]]:
    """Connected groups of linked units (singletons included), in reading order of their first member."""
    parent: dict[tuple[int, int], tuple[int, int]] = {(u.article, u.index): (u.article, u.index) for u in units}

    def find(k):
        while parent[k] != k:
            parent[k] = parent[parent[k]]
            k = parent[k]
        return k

    for link in links:
        ra, rb = find(link.a), find(link.b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)
    out: dict[tuple[int, int], list[tuple[int, int]]] = {}
    for k in parent:
        out.setdefault(find(k), []).append(k)
    return [sorted(v) for _k, v in sorted(out.items())]


# ---------------------------------------------------------------- scoring against a hand alignment
@dataclass(frozen=True)
class PRF(Rates):
    """Pair counts with the missed and spurious pairs (precision/recall/F1 as the scorer's)."""

    tp: int
    fp: int
    fn: int
    misses: tuple[tuple[str, str], ...] = field(default=(), compare=False)
    spurious: tuple[tuple[str, str], ...] = field(default=(), compare=False)


def pair_scores(predicted: Iterable[tuple[str, str]], gold: Iterable[tuple[str, str]]) -> PRF:
    """Precision and recall of unordered pairs of item ids."""
    p = {tuple(sorted(x)) for x in predicted}
    g = {tuple(sorted(x)) for x in gold}
    return PRF(len(p & g), len(p - g), len(g - p), tuple(sorted(g - p)), tuple(sorted(p - g)))


def find_span(text: str, start_words: str, end_words: str, after: int = 0) -> Optional[tuple[int, int]]:
    """The span from ``start_words`` to the end of the next ``end_words`` (verbatim), or None."""
    s = text.find(start_words, after)
    if s < 0:
        return None
    e = text.find(end_words, s)
    if e < 0:
        return None
    return s, e + len(end_words)
