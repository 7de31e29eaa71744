"""Polish language core: tokens, sentences, morfeusz2 readings, disambiguation, name lemmas.

``analyze(text)`` returns a :class:`Text`: a spaCy ``Doc`` (from ``spacy.blank("pl")``, with a
news-aware tokenizer) plus one :class:`Tok` per token carrying the chosen morfeusz2 reading.
The morphological analyser and the tokenizer are built once per process.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Any, Callable, Iterator, Optional

PROPER_QUALS = frozenset({"imię", "nazwisko", "nazwa_geograficzna", "nazwa_organizacji", "nazwa_osobliwa"})
_MARKED = frozenset({"przest.", "daw.", "chem.", "hom.", "pot.", "reg.", "wulg.", "rzad.", "książk.", "środ.", "gwar."})
QUOTE_OPEN = "„“«\"‚‘"
QUOTE_CLOSE = "”“»\"’"
DASHES = "–—"
CASES = ("nom", "gen", "dat", "acc", "inst", "loc", "voc")
GENDERS = ("m1", "m2", "m3", "f", "n")


def read_lexicon(name: str) -> list[str]:
    """Lines of a data file under ``newslens/data`` without comments and blanks (read once per
    process: some extractors ask on every article; the caller gets its own list)."""
    return list(_lexicon_lines(name))


@lru_cache(maxsize=None)
def _lexicon_lines(name: str) -> tuple[str, ...]:
    text = resources.files("newslens").joinpath("data", name).read_text("utf-8")
    return tuple(ln.strip() for ln in text.splitlines() if ln.strip() and not ln.lstrip().startswith("#"))


@lru_cache(maxsize=1)
def morfeusz():
    import morfeusz2

    return morfeusz2.Morfeusz(separate_numbering=True, expand_tags=False)


@lru_cache(maxsize=1)
def abbreviations() -> dict[str, bool]:
    """Abbreviation (lower case, with dot) -> may it close a sentence."""
    out = {}
    for line in read_lexicon("abbreviations.txt"):
        out[line.rstrip("!")] = line.endswith("!")
    return out


class _once:
    """``functools.cached_property`` without its lock (3.11 takes one on every first read): computed on
    the first read, then an ordinary attribute of the instance."""

    def __init__(self, func):
        self.func, self.name = func, func.__name__

    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        value = obj.__dict__[self.name] = self.func(obj)
        return value


@dataclass(frozen=True, init=False)
class Reading:
    # Slots, the fields' and those of what is read off the tag: read in the object itself (no
    # separate dict per reading; readings are read millions of times a corpus pass). The defaults
    # are __init__'s (a slot and a class-level default cannot share a name).
    __slots__ = ("lemma", "tag", "quals", "marks", "pos", "_values", "has", "is_proper", "_hash")
    lemma: str
    tag: str
    quals: tuple[str, ...]
    marks: tuple[str, ...]

    def __init__(self, lemma: str, tag: str, quals: tuple[str, ...] = (), marks: tuple[str, ...] = ()) -> None:
        setattr_ = object.__setattr__  # (frozen)
        setattr_(self, "lemma", lemma)
        setattr_(self, "tag", tag)
        setattr_(self, "quals", quals)
        setattr_(self, "marks", marks)

    # Readings are shared by every token of the same form (``readings`` is cached per form), so
    # what is read off the tag is worked out once per reading, on the first read (a slot not yet
    # set: Python asks __getattr__), and kept in its slot:
    # - ``pos``: the part of speech;
    # - ``_values``: every value of every category after it (``sg``, ``nom``, ``acc``, ``m1`` …);
    # - ``has``: ``r.has(value)``, whether ``value`` is one of them: the frozenset's own membership
    #   test, so that a call enters no Python function (~300 000 calls a pass of the dev corpus);
    # - ``is_proper``: a proper name's reading (its qualifiers);
    # - ``_hash``: the hash the dataclass would compute (of the four fields): readings key the
    #   tagger's memo of choices, once per token.
    def __getattr__(self, name: str):
        if name == "pos":
            value = self.tag.split(":", 1)[0]
        elif name == "_values":
            value = frozenset(v for part in self.tag.split(":")[1:] for v in part.split("."))
        elif name == "has":
            value = self._values.__contains__
        elif name == "is_proper":
            value = bool(PROPER_QUALS.intersection(self.quals))
        elif name == "_hash":
            value = hash((self.lemma, self.tag, self.quals, self.marks))
        else:
            raise AttributeError(f"'Reading' object has no attribute {name!r}")
        object.__setattr__(self, name, value)
        return value

    def __hash__(self) -> int:
        return self._hash

    # copy and pickle: the four fields (frozen slots take no plain setattr)
    def __getstate__(self) -> tuple:
        return (self.lemma, self.tag, self.quals, self.marks)

    def __setstate__(self, state: tuple) -> None:
        Reading.__init__(self, *state)


_lemma_sets: dict[tuple, tuple] = {}  # (id of a readings tuple, lemma) -> (the tuple, its lemma set)


def _lemma_set(rs: tuple, lemma: str) -> frozenset[str]:
    return frozenset({r.lemma for r in rs} | {lemma})


@dataclass(init=False)
class Tok:
    # Slots: a token's attributes live in the object itself, not in a separate array of values (the
    # extractors read them tens of millions of times a corpus pass: one memory load fewer each); the
    # defaults are __init__'s (a slot and a class-level default cannot share a name).
    __slots__ = ("i", "text", "idx", "readings", "reading", "sent", "sent_start", "lemma", "guessed",
                 "end", "lower", "is_title", "is_word", "is_punct", "pos", "_lemmas")
    i: int
    text: str
    idx: int
    readings: tuple[Reading, ...]
    reading: Optional[Reading]
    sent: int
    sent_start: bool
    lemma: str
    guessed: bool

    # A token's text and offset never change: what depends on them alone is set once, when the token
    # is made (the extractors ask millions of times on a long article). ``pos`` is the chosen
    # reading's part of speech ("ign" without one), an attribute rather than a property (read ~7 times
    # per token): set here and by ``analyze`` where it chooses the reading, the one place a token's
    # reading changes. The dataclass's own __init__ and a __post_init__ made each token with two calls.
    def __init__(self, i: int, text: str, idx: int, readings: tuple[Reading, ...] = (), reading: Optional[Reading] = None,
                 sent: int = 0, sent_start: bool = False, lemma: str = "", guessed: bool = False) -> None:
        self.i, self.text, self.idx, self.readings, self.reading = i, text, idx, readings, reading
        self.sent, self.sent_start, self.lemma, self.guessed = sent, sent_start, lemma, guessed
        self.end: int = idx + len(text)
        self.lower: str = text.lower()
        first = text[:1]
        self.is_title: bool = first.isupper()
        self.is_word: bool = first.isalpha()
        self.is_punct: bool = not first.isalnum()
        self.pos: str = reading.pos if reading else "ign"
        self._lemmas: Optional[tuple] = None  # the cache of lemmas()

    def lemmas(self) -> frozenset[str]:
        """The lemmas of every reading and the chosen lemma (kept while neither changes)."""
        cached = self._lemmas
        rs, lemma = self.readings, self.lemma
        if cached is not None and cached[0] is rs and cached[1] is lemma:
            return cached[2]
        # the set is the same for every token with these readings (shared by a form) and lemma
        out = per_form(_lemma_sets, rs, lemma, _lemma_set)
        self._lemmas = (rs, lemma, out)
        return out

    def case(self) -> set[str]:
        return {c for c in CASES if self.reading and self.reading.has(c)}

    def gender(self) -> set[str]:
        return {g for g in GENDERS if self.reading and self.reading.has(g)}


@dataclass
class Text:
    text: str
    toks: list[Tok]
    sents: list[tuple[int, int]] = field(default_factory=list)  # token index ranges [start, end)
    doc: object = None

    def sent_toks(self, s: int) -> list[Tok]:
        a, b = self.sents[s]
        return self.toks[a:b]

    def sent_span(self, s: int) -> tuple[int, int]:
        a, b = self.sents[s]
        return self.toks[a].idx, self.toks[b - 1].end

    def tok_at(self, offset: int) -> Optional[Tok]:
        """The token covering character ``offset``, or None (whitespace, out of range)."""
        k = bisect.bisect_right(self._starts, offset) - 1
        if k >= 0 and offset < self.toks[k].end:
            return self.toks[k]
        return None

    @property
    def _starts(self) -> list[int]:
        cached = self.__dict__.get("_start_cache")
        if cached is None or len(cached) != len(self.toks):
            cached = self.__dict__["_start_cache"] = [t.idx for t in self.toks]
        return cached

    def sentences(self) -> Iterator[tuple[int, str]]:
        for s in range(len(self.sents)):
            a, b = self.sent_span(s)
            yield s, self.text[a:b]


@lru_cache(maxsize=1)
def _token_pattern() -> re.Pattern:
    abbr = sorted(abbreviations(), key=len, reverse=True)
    abbr_re = "|".join(re.escape(a) for a in abbr)
    # Every abbreviation opens with a few letters and a dot ("tzw.", "m.in."): a lookahead for that
    # spares trying the whole list at every word (a third of the tokeniser's time); not added when
    # some abbreviation in the list is of another shape.
    first = [re.match(r"[^\W\d_]+\.", a) for a in abbr]
    quick = rf"(?=[^\W\d_]{{1,{max(m.end() - 1 for m in first)}}}\.)" if abbr and all(first) else ""
    return re.compile(
        rf"""
        (?P<date>\d{{1,2}}\.\d{{1,2}}\.\d{{4}}|\d{{4}}-\d{{2}}-\d{{2}})
        |(?P<initial>(?<=[^\W\d_]\ )[^\W\d_a-ząćęłńóśźż]\.(?![^\W_]))
        |(?P<abbr>(?<![^\W\d_]){quick}(?i:{abbr_re})(?![^\W\d_]))
        |(?P<domain>(?<![\w.])[^\W\d_][\w-]*\.(?:pl|com|eu|net|org|info|tv|io|de|uk|fr|ru|ua)(?![\w.]))
        |(?P<num>\d+(?:[.,]\d+)*)
        |(?P<word>[^\W\d_][^\W_]*(?:[-'’][^\W_]+)*)
        |(?P<ell>\.\.\.|…)
        |(?P<other>\S)
        """,
        re.VERBOSE,
    )


class NewsTokenizer:
    """A spaCy tokenizer for Polish news: quotes, dashes, abbreviations and numeric dates."""

    def __init__(self, vocab):
        self.vocab = vocab
        self.pattern = _token_pattern()

    def spans(self, text: str) -> list[tuple[int, int]]:
        return [m.span() for m in self.pattern.finditer(text)]

    def __call__(self, text: str):
        from spacy.tokens import Doc

        spans = self.spans(text)
        words = [text[a:b] for a, b in spans]
        spaces = [b < len(text) and text[b].isspace() for _a, b in spans]
        return Doc(self.vocab, words=words, spaces=spaces)


@lru_cache(maxsize=1)
def spacy_pipeline():
    import spacy

    nlp = spacy.blank("pl")
    nlp.tokenizer = NewsTokenizer(nlp.vocab)
    return nlp


@lru_cache(maxsize=200_000)
def readings(word: str) -> tuple[Reading, ...]:
    """morfeusz2 readings of one token (the first segment when it splits, e.g. agglutinates)."""
    form = word[:-1] if word.endswith(".") and len(word) > 1 else word
    out = []
    for start, _end, (_orth, lemma, tag, quals, marks) in morfeusz().analyse(form):
        if start != 0:
            continue
        out.append(Reading(lemma.split(":")[0], tag, tuple(quals), tuple(marks)))
    return tuple(out)


def _score(r: Reading, tok: Tok, prev: Optional[Tok]) -> float:
    s = 0.0
    capital = tok.is_title
    if capital and not tok.sent_start:
        s += 2.0 if (r.is_proper or r.lemma[:1].isupper()) else 0.0
    elif not capital:
        s += 1.0 if r.lemma[:1].islower() else -1.0
    s -= 0.8 * sum(m in _MARKED for m in r.marks)
    s -= 0.3 * ("nazwisko" in r.quals and tok.sent_start)
    if prev is not None and prev.reading is not None and prev.reading.pos == "prep":
        gov = prev.reading.tag.split(":")[1]
        if r.has(gov):
            s += 1.5
    if prev is not None and prev.reading is not None and prev.reading.pos in ("adj", "subst") and r.pos in ("adj", "subst") \
            and not (r.lemma.islower() and all(r.has(x) for x in CASES)):  # an indeclinable common noun agrees with anything
        pr = prev.reading
        agree = [x for x in CASES if pr.has(x) and r.has(x)]
        if agree and any(pr.has(n) and r.has(n) for n in ("sg", "pl")):
            s += 1.0
    if r.pos == "ign":
        s -= 2.0
    return s


def is_initial(word: str) -> bool:
    """A surname's initial with its period: "K." ("Jan K.")."""
    return len(word) == 2 and word[1] == "." and word[0].isupper()


CLOSED_CLASS = frozenset({"conj", "comp", "prep", "part", "qub", "pred"})
_LINE_BREAK = re.compile("\n")
# the last characters of the tokens that may end a sentence (".", "!", "?", "…", "...", a closing quote
# after one of them) or be an initial ("K."); an abbreviation is looked up
_MAY_END = frozenset(".!?…" + QUOTE_CLOSE)


def _segment(toks: list[Tok], text: str) -> list[tuple[int, int]]:
    abbr = abbreviations()
    sents, start = [], 0
    n = len(toks)
    # the tokens a line break follows (no token holds one: it lies in the gap after the token before
    # the first token starting after it)
    starts = [t.idx for t in toks]
    breaks = {k - 1 for k in (bisect.bisect_left(starts, m.start()) for m in _LINE_BREAK.finditer(text)) if 0 < k < n}
    ends = _MAY_END
    for k, t in enumerate(toks):
        if k + 1 >= n:
            break
        if k not in breaks and t.text[-1] not in ends and t.lower not in abbr:
            continue  # no test below holds for a token that ends with none of .!?… and no closing quote
        nxt = toks[k + 1]
        boundary = False
        if k in breaks:
            boundary = True
        elif t.text == "." and k and toks[k - 1].text.isdigit() and len(toks[k - 1].text) <= 2 \
                and toks[k - 1].end == t.idx and not text[text.rfind("\n", 0, toks[k - 1].idx) + 1:toks[k - 1].idx].strip():
            boundary = False  # "1. Podwyżki płac …" opening a line: a list number, not a sentence
        elif t.text in (".", "!", "?", "…", "...") or (t.text in QUOTE_CLOSE and k > 0 and toks[k - 1].text in ".!?…"
                                                          and t.idx == toks[k - 1].end):  # not an opening "
            j = k + 1
            while j < n and toks[j].text in QUOTE_CLOSE + ")" and toks[j].idx == toks[j - 1].end:
                j += 1
            if j < n and j == k + 1:
                nx = toks[j]
                boundary = nx.is_title or nx.text in DASHES or nx.text in QUOTE_OPEN or nx.text[:1].isdigit() \
                    or (nx.text == "-" and text[nx.end:nx.end + 1].isspace())  # a hyphen-minus dialogue dash
        elif nxt.is_title and (abbr.get(t.lower) or is_initial(t.text)):
            # an abbreviation that may close a sentence, or a surname's initial ("Jana K. Sąd uznał …")
            common = [r for r in readings(nxt.text) if not r.is_proper and r.lemma[:1].islower()]
            boundary = bool(common) and (not any(r.is_proper for r in readings(nxt.text)) or any(
                r.pos in CLOSED_CLASS for r in common))  # "… 2,5 mln zł. Jak dodał, …": a word of a closed class
            # opens the sentence even when a name is spelt like it ("Jak", "Na", "To")
        if boundary:
            sents.append((start, k + 1))
            start = k + 1
    if start < n:
        sents.append((start, n))
    return sents


def per_form(table: dict, rs: tuple, extra: Any, compute: Callable[[tuple, Any], Any], limit: int = 200_000) -> Any:
    """``compute(rs, extra)`` for a token's readings ``rs``, worked out once per form rather than per token:
    the readings tuple is shared by every token of a form. ``table`` is the caller's memo, keyed by the
    tuple's id and ``extra`` (hashable: a lemma, a lower-cased form, a reading); it holds the tuple, so
    its id is not reused while an entry stays; it is emptied when it passes ``limit`` entries."""
    key = (id(rs), extra)
    got = table.get(key)
    if got is None or got[0] is not rs:
        if len(table) > limit:
            table.clear()
        got = table[key] = (rs, compute(rs, extra))
    return got[1]


def per_reading(table: dict, t: "Tok", compute: Callable[[tuple, Optional["Reading"]], Any]) -> Any:
    """``compute(t.readings, t.reading)``, once per form and reading choice (see ``per_form``). Keyed by
    the reading's id rather than the reading (whose hash is a Python call): the entry holds the reading,
    so its id is not reused while the entry stays."""
    rs, r = t.readings, t.reading
    key = (id(rs), id(r))
    got = table.get(key)
    if got is None or got[0] is not rs or got[1] is not r:
        if len(table) > 200_000:
            table.clear()
        got = table[key] = (rs, r, compute(rs, r))
    return got[2]


_chosen: dict[tuple, tuple] = {}  # (form, starts a sentence, id of the reading before) -> (that reading, the one chosen)
_punct: dict[str, tuple[Reading, ...]] = {}  # a punctuation mark -> its one reading, shared by its tokens


def analyze(text: str) -> Text:
    """Tokenise, split into sentences and attach one disambiguated reading per token."""
    from .guesser import guess_lemma

    # the NewsTokenizer's tokens, without importing spaCy
    toks = [Tok(i, m.group(), m.start()) for i, m in enumerate(_token_pattern().finditer(text))]
    sents = _segment(toks, text)
    for s, (a, b) in enumerate(sents):
        for k in range(a, b):
            toks[k].sent = s
        if a < len(toks):
            # a sentence starts at its first word (after an opening dash or quote)
            k = a
            while k < b and toks[k].is_punct:
                toks[k].sent_start = True
                k += 1
            if k < b:
                toks[k].sent_start = True
    prev = None
    for t in toks:
        if t.is_punct and not t.text[:1].isdigit():
            rs = _punct.get(t.text)
            if rs is None:
                if len(_punct) > 10_000:
                    _punct.clear()
                rs = _punct[t.text] = (Reading(t.text, "interp"),)
            t.readings = rs
            t.reading, t.lemma, t.pos = rs[0], t.text, "interp"
            prev = t
            continue
        rs = readings(t.text)
        t.readings = rs
        if len(rs) == 1:
            t.reading = rs[0]
            t.lemma, t.pos = t.reading.lemma, t.reading.pos
        elif rs:
            # the choice depends on the form, its place and the reading before it alone: made once
            # (keyed by the reading before's id, not its hash, a Python call: the entry holds that reading)
            before = prev.reading if prev is not None else None
            key = (t.text, t.sent_start, id(before))
            got = _chosen.get(key)
            if got is None or got[0] is not before:
                if len(_chosen) > 200_000:
                    _chosen.clear()
                got = _chosen[key] = (before, max(rs, key=lambda r: _score(r, t, prev)))
            chosen = got[1]
            t.reading = chosen
            t.lemma, t.pos = chosen.lemma, chosen.pos
        if t.reading is None or t.reading.pos == "ign":
            if t.is_title and t.is_word:
                t.lemma, t.guessed = guess_lemma(t.text), True
            else:
                t.lemma = t.text.lower() if t.is_word else t.text
        prev = t
    return Text(text, toks, sents)


def to_spacy(t: Text):
    """The same analysis as a spaCy ``Doc`` (lemmas, POS tags, sentence starts)."""
    from spacy.tokens import Doc

    nlp = spacy_pipeline()
    words = [tok.text for tok in t.toks]
    spaces = [tok.end < len(t.text) and t.text[tok.end].isspace() for tok in t.toks]
    doc = Doc(nlp.vocab, words=words, spaces=spaces,
              lemmas=[tok.lemma or tok.text for tok in t.toks],
              sent_starts=[any(tok.i == a for a, _ in t.sents) for tok in t.toks])
    for st, tok in zip(doc, t.toks):
        st.tag_ = tok.reading.tag if tok.reading else "ign"
    return doc


@lru_cache(maxsize=4096)
def plural_nominative(lemma: str) -> Optional[str]:
    """The nominative plural morfeusz2 generates for noun ``lemma`` ("rada" -> "rady"), or None."""
    try:
        forms = morfeusz().generate(lemma)
    except RuntimeError:
        return None
    for form, _l, tag, _q, _m in forms:
        p = tag.split(":")
        if p[0] == "subst" and "pl" in p[1].split(".") and "nom" in p[2].split("."):
            return form
    return None


@lru_cache(maxsize=20_000)
def nominative_adj_degree(lemma: str, gender: str, number: str = "sg", degree: str = "pos") -> Optional[str]:
    """The nominative of adjective ``lemma`` agreeing with ``gender`` (m1, f, n ...) and ``number`` in
    ``degree`` (pos, com, sup), or None when morfeusz2 generates no such form."""
    try:
        forms = morfeusz().generate(lemma)
    except RuntimeError:
        return None
    for form, _lem, tag, _q, _m in forms:
        parts = tag.split(":")
        if parts[0] == "adj" and number in parts[1].split(".") and "nom" in parts[2].split(".") \
                and gender in parts[3].split(".") and parts[-1] == degree:
            return form
    return None


def nominative_adj(lemma: str, gender: str, number: str = "sg") -> str:
    """The nominative of adjective ``lemma`` agreeing with ``gender`` (m1, f, n ...); the lemma if unknown."""
    return nominative_adj_degree(lemma, gender, number) or lemma


def head_gender(tok: Tok) -> str:
    g = tok.gender()
    for cand in ("f", "n", "m1", "m3", "m2"):
        if cand in g:
            return cand
    return "m3"


def layout_lines(text: str) -> list[tuple[int, int]]:
    """Character spans of web-page layout: photo credits (``Fot. PAP/EPA``, a credit glued to a caption
    or headline), source and author lines, bylines, teasers of other articles (``ZOBACZ TAKŻE: …``) and
    breadcrumbs; ``newslens/layout.py`` and its ``data/layout_*.txt`` lists.

    Not article text: no actors, quotes or timexes come from them. Sorted, non-overlapping."""
    return list(_layout_spans(text))


@lru_cache(maxsize=8)
def _layout_spans(text: str) -> tuple[tuple[int, int], ...]:
    from .layout import layout_spans  # (layout reads words through this module)

    return tuple(layout_spans(text))  # asked by actors, mentions and quotes for the same text: once


_INF = float("inf")


def in_spans(spans: list[tuple[int, int]], offset: int) -> bool:
    """Whether ``offset`` lies inside one of the sorted, non-overlapping ``spans``."""
    k = bisect.bisect_right(spans, (offset, _INF)) - 1
    return k >= 0 and spans[k][0] <= offset < spans[k][1]


def tokens_in_spans(text: Text, spans: list[tuple[int, int]]) -> frozenset[int]:
    """The indices of the tokens whose start ``in_spans(spans, start)`` holds for, found span by span
    (the tokens inside the spans, not every token of the text, are visited): a set lookup per token
    afterwards instead of a search. The same answer as ``in_spans`` for any sorted list, overlaps
    included: a start belongs to the last span starting at or before it."""
    starts = text._starts
    out: list[int] = []
    for k, (a, b) in enumerate(spans):
        nxt = spans[k + 1][0] if k + 1 < len(spans) else _INF
        if nxt == a:
            continue  # a later span with the same start answers for it
        lo, hi = bisect.bisect_left(starts, a), bisect.bisect_left(starts, min(b, nxt))
        out.extend(range(lo, hi))
    return frozenset(out)


def in_quotes(text: Text) -> tuple[bool, ...]:
    """Per token: inside quotation marks of its paragraph (a cheap balanced scan), worked out once
    per document (mentions and demand parties both ask)."""
    cached = text.__dict__.get("_in_quotes")
    if cached is None or len(cached) != len(text.toks):
        cached = text.__dict__["_in_quotes"] = tuple(_in_quotes(text))
    return cached


def _in_quotes(text: Text) -> list[bool]:
    """The balanced scan, visiting only what changes its state: a token after a line break (outside
    again) and a quotation mark that opens, closes or (``"``) toggles; the tokens between them share
    the state (no token holds a line break: a gap holds it)."""
    toks, s = text.toks, text.text
    n = len(toks)
    starts = text._starts
    events: dict[int, str] = {}
    for m in _QUOTE_EVENT.finditer(s):
        p = m.start()
        k = bisect.bisect_left(starts, p)
        if m.group() == "\n":
            if 0 < k < n:
                events.setdefault(k, "")  # (a mark at k is read after the break)
        elif k < n and toks[k].idx == p and toks[k].text == m.group():  # (not a mark inside a word: "O’Neil")
            events[k] = m.group()
    out: list[bool] = []
    inside, done = False, 0
    for k in sorted(events):
        out.extend([inside] * (k - done))
        if k > 0 and "\n" in s[toks[k - 1].end:toks[k].idx]:
            inside = False
        mark = events[k]
        if mark:
            inside = mark in _OPENS or (mark not in _CLOSES and (not inside if mark == '"' else inside))
        out.append(inside)
        done = k + 1
    out.extend([inside] * (n - done))
    return out


# what changes the scan's state: a mark that only opens, one that only closes, the straight quote that
# toggles ("“" is both and changes nothing), and a line break
_OPENS = frozenset(c for c in QUOTE_OPEN if c not in QUOTE_CLOSE)
_CLOSES = frozenset(c for c in QUOTE_CLOSE if c not in QUOTE_OPEN)
_QUOTE_EVENT = re.compile("[" + re.escape("".join(sorted(_OPENS | _CLOSES | {'"'}))) + "\n]")
