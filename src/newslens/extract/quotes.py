"""Quotes: direct („…” sentences, dialogue dashes), partial (quoted fragments) and indirect
(reported speech), each with its speaker, speech verb and the outlet it was relayed through.

The speaker comes from the speech clause (``– stwierdził Ławrow``), the subject of the reporting
sentence, a role (``– dodał rzecznik`` → the actor with that role) or, for a bare verb, the
nearest preceding speaker whose gender agrees with the verb. Word lists live in ``data/``.
"""
from __future__ import annotations

import bisect
import itertools
import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Optional, Sequence

from ..guesser import guess
from ..lexicon import context_types, role_words
from ..model import Actor, Quote
from ..nlp import QUOTE_OPEN, Text, Tok, read_lexicon, readings
from .mentions import link_mentions, mentions_by_token

DASHES = "–—"
VERBAL = ("fin", "praet", "bedzie", "impt", "pcon", "pant")
COMPLEMENTIZERS = ("że", "iż")
ACCORDING = ("według", "zdaniem", "wedle")
COORD = ("i", "oraz", "a", "ale")
QUESTION_LEMMAS = frozenset({"pytać", "zapytać", "dopytywać", "dopytać"})
PRONOUN_GENDER = {"niego": "m", "niej": "f", "nich": "pl", "jego": "m", "jej": "f", "ich": "pl"}


@lru_cache(maxsize=None)
def speech_verbs() -> frozenset[str]:
    return frozenset(read_lexicon("speech_verbs.txt"))


@lru_cache(maxsize=None)
def demand_verbs() -> frozenset[str]:
    """Verbs of demanding (``data/demand_verbs.txt``, first word a line): a quoted fragment after one
    is the demanders' words."""
    return frozenset(line.split()[0] for line in read_lexicon("demand_verbs.txt"))


@lru_cache(maxsize=None)
def about_verbs() -> frozenset[str]:
    """Speech verbs whose reported content is an ``o`` phrase (``wspomniał o …``)."""
    return frozenset(read_lexicon("speech_about_verbs.txt"))


@lru_cache(maxsize=None)
def via_triggers() -> frozenset[str]:
    return frozenset(read_lexicon("via_triggers.txt"))


@lru_cache(maxsize=None)
def term_markers() -> frozenset[str]:
    return frozenset(read_lexicon("quote_term_markers.txt"))


# ---------------------------------------------------------------- quotation marks
def quote_marks(text: str) -> list[tuple[int, int]]:
    """Content spans of balanced quotation marks („…”, “…”, «…», "…", and the mixed „…" and "…”
    of web pages), never across a paragraph.

    An opener without its closer in the same paragraph is ignored, so an unbalanced mark never
    swallows the rest of the text.
    """
    spans: list[tuple[int, int]] = []
    pos = 0
    for para in text.split("\n"):
        i = 0
        while i < len(para):
            ch = para[i]
            close = {"„": "”“\"", "“": "”", "«": "»", '"': '"”'}.get(ch)  # web text mixes „…" and "…”
            if close is None:
                i += 1
                continue
            j = i + 1
            while j < len(para) and para[j] not in close:
                if para[j] in "„«" and ch in "„«":  # a second opener first: this one is unbalanced
                    break
                j += 1
            if j < len(para) and para[j] in close and j > i + 1:
                spans.append((pos + i + 1, pos + j))
                i = j + 1
            else:
                i += 1
        pos += len(para) + 1
    return spans


# ---------------------------------------------------------------- helpers over tokens
def _verb_lemma(t: Tok) -> Optional[str]:
    for r in ((t.reading,) if t.reading else ()) + tuple(t.readings):
        if r and r.pos in VERBAL and r.lemma in speech_verbs():
            return r.lemma
    return None


def _verb_gender(t: Tok) -> Optional[str]:
    r = t.reading
    if not r or r.pos not in ("praet", "pcon", "bedzie", "fin"):
        return None
    if r.pos != "praet":
        return "pl" if r.pos in ("fin", "bedzie") and r.has("pl") and r.has("ter") else None  # "skarżą się"
    if r.has("pl"):
        return "pl"
    if r.has("f"):
        return "f"
    if r.has("n"):
        return "n"
    return "m"


def _nominative(t: Tok) -> bool:
    if any(r.has("nom") for r in t.readings if r.pos not in ("ign", "interp")):
        return True
    if t.guessed or not t.readings or all(r.pos == "ign" for r in t.readings):
        gs = guess(t.text)
        best = max((g.score for g in gs), default=0)
        return t.text.isupper() or not gs or any("nom" in g.cases for g in gs if g.score >= best)
    return False


def mention_nominative(doc: "_Doc", m: tuple[Actor, int, int]) -> bool:
    """A person's case shows on the surname (last word), a name's on its head noun (first word), a
    role's or group's on its noun (the mention layer's head)."""
    head = doc.head.get(m[1])
    if head is not None:
        return _nominative(doc.toks[head])
    tok = doc.toks[m[2]] if m[0].type == "person" else doc.toks[m[1]]
    words = m[0].name.split()
    if m[0].type == "person" and len(words) > 1 and [t.text for t in doc.toks[m[1]:m[2] + 1]] == words:
        return True  # the canonical (nominative) form itself: "Robert Fico" (not "Siergieja Szojgu")
    return _nominative(tok)


def actor_gender(actor: Actor) -> Optional[str]:
    """m / f / n / pl from the name's morphology (first name first), None when unknown."""
    words = actor.name.split()
    if actor.type == "person":
        for w in words:  # the name is canonical (nominative): read the first name's nominative
            for r in sorted(readings(w), key=lambda r: not r.has("nom")):
                if "imię" in r.quals:
                    return "f" if r.has("f") else "m"
        if len(words) > 1 and words[0].endswith("a"):
            return "f"  # "Ursula von der Leyen", "Giorgia Meloni", "Hanna Malar"
        last = words[-1]
        if re.search(r"(ska|cka|dzka|owa|ówna)$", last):
            return "f"
        if re.search(r"(ski|cki|dzki)$", last) or len(words) == 1:
            return "m" if not last.endswith("a") else "f"
        return None  # a foreign name with an unknown first name ("Mao Ning", "Chen Binhua"): no guess
    if words and words[0].isupper():
        return None
    for r in readings(words[0]):
        if r.pos == "subst" and r.has("nom"):
            if r.has("pl"):
                return "pl"
            return "f" if r.has("f") else "n" if r.has("n") else "m"
    return None


def _noun_genders(t: Tok) -> frozenset[str]:
    """The genders (m / f / n / pl) a noun token's readings allow ("rzecznik": m, and f for a woman)."""
    out = set()
    for r in t.readings:
        if r.pos not in ("subst", "adj", "pact", "ppas"):
            continue
        if r.has("pl"):
            out.add("pl")
        if r.has("sg"):
            out |= {"m"} if any(r.has(g) for g in ("m1", "m2", "m3")) else set()
            out |= {"f"} if r.has("f") else set()
            out |= {"n"} if r.has("n") else set()
    return frozenset(out or {"m", "f", "n", "pl"})


def _agrees_at(doc: "_Doc", verb_gender: Optional[str], m: tuple[Actor, int, int]) -> bool:
    """Agreement with a mention: a role, head noun or group agrees by its own noun ("rzecznik
    Komisji" is masculine, "lekarze zrzeszeni w X" plural), a name by its actor."""
    g = doc.gram.get(m[1])
    if g is not None:
        return verb_gender is None or verb_gender in g
    return _agrees(verb_gender, m[0])


def _agrees(verb_gender: Optional[str], actor: Actor) -> bool:
    if verb_gender is None:
        return True
    if actor.type == "person" and verb_gender in ("n", "pl"):
        return False  # a person never takes a neuter or plural verb, whatever the name's gender
    g = actor_gender(actor)
    return g is None or g == verb_gender


@dataclass
class _Doc:
    """The analysed text with actor mentions indexed by token."""

    text: Text
    actors: Sequence[Actor]
    linked: bool = False  # also role, pronoun and group mentions from the mention layer
    mention: dict[int, tuple[Actor, int, int]] = field(default_factory=dict)  # tok i -> (actor, first, last)
    head: dict[int, int] = field(default_factory=dict)  # first tok of a role/group mention -> its noun
    gram: dict[int, frozenset] = field(default_factory=dict)  # first tok of a role/noun/group mention -> genders
    para: list[int] = field(default_factory=list)
    quoted: list = field(default_factory=list)  # spans found so far (_Found)
    attributed: list = field(default_factory=list)  # quotes whose speaker is settled

    def __post_init__(self) -> None:
        if self.linked:
            by_name = {a.name: a for a in self.actors}
            for m, a, b, h in set(mentions_by_token(self.text, link_mentions(self.text, self.actors)).values()):
                actor = by_name.get(m.actor) or Actor(m.actor, "group")
                for k in range(a, b + 1):
                    self.mention[k] = (actor, a, b)
                if m.kind in ("role", "group", "pronoun", "noun"):
                    self.head[a] = h
                    self.gram[a] = frozenset({"pl"}) if m.kind == "group" else _noun_genders(self.text.toks[h])
        else:
            starts = {t.idx: t.i for t in self.text.toks}
            ends = {t.end: t.i for t in self.text.toks}
            for actor in self.actors:
                for s, e in actor.offsets:
                    if s in starts and e in ends:
                        for k in range(starts[s], ends[e] + 1):
                            self.mention[k] = (actor, starts[s], ends[e])
        p, last = 0, 0
        for t in self.text.toks:
            p += self.text.text.count("\n", last, t.idx) > 0
            last = t.idx
            self.para.append(p)

    @property
    def toks(self) -> list[Tok]:
        return self.text.toks

    def para_start(self, i: int) -> int:
        """The first token of token ``i``'s paragraph."""
        while i > 0 and self.para[i - 1] == self.para[i]:
            i -= 1
        return i

    def sent_of(self, i: int) -> int:
        return self.toks[i].sent

    def sent_range(self, s: int) -> tuple[int, int]:
        return self.text.sents[s]

    def last_speaker(self, before: int) -> Optional[Actor]:
        """The speaker of the latest quote attributed before token ``before`` (same or previous sentence)."""
        s = self.sent_of(before)
        by_sent = self.__dict__.setdefault("_attributed_by_sent", {})  # sentence -> [(position, quote)]
        n = self.__dict__.get("_attributed_seen", 0)
        for pos in range(n, len(self.attributed)):  # the list only grows while quotes are settled
            f = self.attributed[pos]
            by_sent.setdefault(self.sent_of(self.tok_index(f.start)), []).append((pos, f))
        self.__dict__["_attributed_seen"] = len(self.attributed)
        done = [f for _, f in sorted(by_sent.get(s - 1, []) + by_sent.get(s, []), key=lambda x: x[0])
                if f.speaker is not None and self.tok_index(f.start) < before]
        return max(done, key=lambda f: f.start).speaker if done else None

    def tok_index(self, offset: int) -> int:
        """The first token ending after ``offset`` (the last token when none does)."""
        ends = self.__dict__.get("_ends")
        if ends is None:  # built once: tok_index is on every hot path
            ends = self.__dict__["_ends"] = [t.end for t in self.toks]
        return min(bisect.bisect_right(ends, offset), len(self.toks) - 1)


def is_dash(doc: "_Doc", i: int) -> bool:
    """A dialogue dash: an en or em dash, or a hyphen-minus standing alone between spaces or at a
    line start (``" - stwierdził Kowalski``), never one inside a word or a range (``2021-2023``)."""
    t = doc.toks[i]
    if t.text in DASHES:
        return True
    if t.text != "-":
        return False
    text = doc.text.text
    before = text[t.idx - 1] if t.idx > 0 else "\n"
    after = text[t.end] if t.end < len(text) else "\n"
    return before.isspace() and after.isspace()


def attribution_line(doc: "_Doc", i: int) -> Optional[int]:
    """The speech verb of a line that is only an attribution (``– powiedział Nowak.``): the line opens
    with a dash and a lower-case speech verb within two words. None for any other line."""
    toks = doc.toks
    if not is_dash(doc, i) or (i > 0 and doc.para[i - 1] == doc.para[i]):
        return None
    for j in range(i + 1, min(i + 3, len(toks))):
        if doc.para[j] != doc.para[i] or toks[j].is_punct or toks[j].is_title:
            return None
        if _verb_lemma(toks[j]):
            return j
    return None


# ---------------------------------------------------------------- subjects and speakers
def _role_actor(doc: _Doc, role_tok: Tok, before: int) -> Optional[Actor]:
    lemma = role_tok.lemma.lower()
    cands = [a for a in doc.actors if a.role and lemma in a.role.lower().split()]
    cands = [a for a in cands if a.first_offset < doc.toks[before].idx] or cands
    last = doc.last_speaker(before)
    near = doc.toks[max(0, doc.sent_range(max(0, doc.sent_of(before) - 1))[0])].idx
    if last is not None and last.type == "person" and last not in cands and (not last.role or not cands) and \
            not any(s >= near for a in cands for s, _ in a.offsets if s < doc.toks[before].idx):
        return last  # "Biden ocenił, że … – Najpierw … – stwierdził amerykański prezydent"
    return max(cands, key=lambda a: max((s for s, _ in a.offsets if s < doc.toks[before].idx), default=-1),
               default=None)


UNNAMED = Actor("", "unnamed")  # an explicit subject that names no actor: the speaker stays None


def _subject_after(doc: _Doc, v: int, unnamed: bool = False) -> Optional[Actor]:
    """Inverted subject: ``– powiedział Pieskow``, ``dodał rzecznik Kremla Dmitrij Pieskow``. With
    ``unnamed``, an explicit subject that names no actor (``jedna z mieszkanek``) returns UNNAMED."""
    role = None
    end = doc.sent_range(doc.sent_of(v))[1]
    in_pp = False
    for k in range(v + 1, min(v + 14, end)):  # past adjuncts: "napisał w piątek na Facebooku Nowak"
        t = doc.toks[k]
        if t.text in ",.:;?!" or t.lower in COMPLEMENTIZERS or is_dash(doc, k):
            break
        m = doc.mention.get(k)
        if m and k == m[1] and _after_preposition(doc, m):
            continue  # an adjunct's name: "na konferencji w Tajpej", "w rozmowie z PAP"
        if t.pos == "prep":
            in_pp = True
            continue
        if in_pp and m is not None and m[0].type in ("media", "organization", "place") and k not in doc.head \
                and context_types().get(doc.toks[k - 1].lemma.lower()):
            continue  # a name inside the preposition's object ("w rozmowie z telewizją ONT")
        if in_pp and m is None and t.pos in ("adj", "subst", "num", "ger", "ppron3", "ppas", "pact"):
            continue  # the preposition's object
        in_pp = False
        if m is None and role is None and t.is_word and t.text[:1].islower() and t.lemma not in role_words() and (
                (t.lemma == "jeden" and k + 1 < end and doc.toks[k + 1].lower == "z")
                or (t.pos == "subst" and t.reading is not None and t.reading.has("nom")
                    and not any(r.pos == "adj" for r in t.readings)  # "słowacki premier"
                    and not any(j in doc.mention for j in range(k + 1, min(k + 4, end))))):  # "portal Euractiv"
            return UNNAMED if unnamed else None  # "– pytała jedna z mieszkanek", "jak szacują prawnicy"
        if m and k == m[1] and k in doc.head and doc.toks[doc.head[k]].lemma.lower() in role_words() \
                and m[0].type == "person" and mention_nominative(doc, m):
            last = doc.last_speaker(v)  # "Biden ocenił, że … – Najpierw … – stwierdził amerykański prezydent"
            near = doc.toks[doc.sent_range(max(0, doc.sent_of(v) - 1))[0]].idx
            if last is not None and last is not m[0] and last.type == "person" and not last.role and \
                    not any(near <= s < doc.toks[v].idx for s, _ in m[0].offsets):
                return last
        if m and k == m[1]:
            if role is not None and m[0].type != "person":
                break  # "dodał prezes ZNP", "mówił napastnik Barcelony": the role's complement
            if not mention_nominative(doc, m):
                continue
            if m[0].type != "media" or (v > 0 and doc.toks[v - 1].lower == "jak"):
                return m[0]  # "jak podała agencja Xinhua, …": the outlet is the source
        if t.lemma in role_words() and role is None:
            role = t
    return _role_actor(doc, role, v) if role is not None else None


def _after_preposition(doc: _Doc, m: tuple[Actor, int, int]) -> bool:
    """The mention is governed by a preposition ("w Jastrzębskiej Spółce", "z Komisją")."""
    prev = doc.toks[m[1] - 1] if m[1] > 0 else None
    return prev is not None and prev.reading is not None and prev.reading.pos == "prep"


def _subject_before(doc: _Doc, v: int, stop: int) -> tuple[Optional[Actor], bool]:
    """Nominative subject before the verb within its clause; (actor, coordinated-with-previous-verb)."""
    k = v - 1
    gender = _verb_gender(doc.toks[v])
    while k >= stop:
        t = doc.toks[k]
        if t.lower in COMPLEMENTIZERS or t.text in ":" or is_dash(doc, k) or t.text in "”\"»":
            break
        if t.lower in COORD and k == v - 1:
            return None, True
        if t.lemma.lower() == "który" and k >= 2 and doc.toks[k - 1].text == ",":
            m = doc.mention.get(k - 2)
            if m:  # "politycy Konfederacji, którzy zarzucili mu, że …"
                return m[0], False
        if t.text == "," and k > stop:
            # skip a relative clause ", który … ," between the subject and the verb
            j = k - 1
            while j >= stop and doc.toks[j].text != ",":
                j -= 1
            rel = j + 1 + (j + 2 < k and doc.toks[j + 1].pos == "prep")  # ", z którymi rozmawialiśmy,"
            participle = j >= stop and j + 1 < k and any(r.pos in ("ppas", "pact") for r in doc.toks[j + 1].readings) \
                and doc.toks[j + 1].text[:1].islower()  # ", cytowany przez agencję X,", ", zapytany o …,"
            if j >= stop and rel < k and (doc.toks[rel].lemma.lower() == "który" or participle):
                k = j - 1
                continue
        m = doc.mention.get(k)
        if m and not _after_preposition(doc, m):
            if m[2] == v - 1 and m[0].type in ("person", "organization") and gender and _agrees_at(doc, gender, m):
                return m[0], False  # the name right before the verb, agreeing with it
            if mention_nominative(doc, m) and _agrees_at(doc, gender, m):
                return m[0], False
        if m:
            k = m[1] - 1
            continue
        if t.lemma in role_words() and t.reading and t.reading.has("nom"):
            actor = _role_actor(doc, t, v)
            if actor:
                return actor, False
        k -= 1
    return None, False


@dataclass
class _Found:
    kind: str
    start: int
    end: int
    verb_tok: Optional[int] = None  # the speech verb attributing it
    speaker: Optional[Actor] = None
    via: Optional[Actor] = None
    explicit: bool = False  # speaker named in its own clause
    attr_span: tuple[int, int] = (0, 0)  # token range of the attribution clause
    continues: bool = False  # a dash paragraph continuing the previous speaker
    frame_via: Optional[Actor] = None


class _Spans:
    """Character spans, asked "does any span hold this offset?" in log time (``offset in spans``)."""

    def __init__(self, spans: Sequence[tuple[int, int]]) -> None:
        spans = sorted(spans)
        self.starts = [a for a, _ in spans]
        self.reach, top = [], -1  # the furthest end among the spans up to each one
        for _, b in spans:
            top = max(top, b)
            self.reach.append(top)

    def __contains__(self, offset: int) -> bool:
        i = bisect.bisect_right(self.starts, offset) - 1
        return i >= 0 and self.reach[i] > offset


@lru_cache(maxsize=None)
def platforms() -> dict[str, str]:
    """Lower-case form -> canonical platform name (``data/platforms.txt``)."""
    out = {}
    for line in read_lexicon("platforms.txt"):
        name, *forms = line.split()
        for f in forms:
            out[f] = name
    return out


def _platform_at(doc: _Doc, k: int) -> Optional[Actor]:
    """A platform named after "na" / "w serwisie" / "na platformie" at token ``k`` ("napisał na X")."""
    toks = doc.toks
    name = platforms().get(toks[k].lower)
    if name is None or k == 0 or not (toks[k].is_title or toks[k].text.isupper()):
        return None
    prev = toks[k - 1].lower
    if prev in ("na", "w") or (prev in ("serwisie", "platformie", "portalu") and k > 1 and toks[k - 2].lower in ("na", "w")):
        actor = next((a for a in doc.actors if a.name == name), None)
        return actor or Actor(name, "media")
    return None


def _via_in(doc: _Doc, a: int, b: int, skip: _Spans = _Spans(())) -> Optional[Actor]:
    for k in range(a, b):
        m = doc.mention.get(k)
        if m and k == m[1] and m[0].type == "media":
            off = doc.toks[k].idx
            if off not in skip:
                return m[0]
        if m is None and doc.toks[k].idx not in skip:
            p = _platform_at(doc, k)
            if p is not None:
                return p
    return None


def _found_in(doc: _Doc, found: list[_Found], sent: int) -> list[_Found]:
    """The quotes of ``found`` whose verb is in sentence ``sent``, in list order (``found`` only grows)."""
    index = doc.__dict__.setdefault("_found_by_sent", {})
    key = id(found)
    if index.get("key") != key:
        index.clear()
        index.update(key=key, seen=0, by={})
    for f in found[index["seen"]:]:
        if f.verb_tok is not None:
            index["by"].setdefault(doc.sent_of(f.verb_tok), []).append(f)
    index["seen"] = len(found)
    return index["by"].get(sent, [])


def _quoted_spans(doc: _Doc) -> _Spans:
    cached = doc.__dict__.get("_quoted_spans")
    if cached is None or cached[0] is not doc.quoted or cached[1] != len(doc.quoted):
        cached = doc.__dict__["_quoted_spans"] = (doc.quoted, len(doc.quoted),
                                                  _Spans([(q.start, q.end) for q in doc.quoted]))
    return cached[2]


def _resolve_zero(doc: _Doc, found: list[_Found], v: int, gender: Optional[str]) -> Optional[Actor]:
    """A bare verb's speaker: the nearest preceding speaker, then subject, that agrees with it.

    Mentions inside quotes are what was said, not who said it: they are skipped.
    """
    s = doc.sent_of(v)
    for back in range(0, 4):
        if s - back < 0:
            break
        a, b = doc.sent_range(s - back)
        limit = min(b, v)
        speakers = [f.speaker for f in sorted(_found_in(doc, found, s - back), key=lambda f: -f.start)
                    if f.speaker is not None and a <= f.verb_tok < limit]
        for actor in speakers:
            if _agrees(gender, actor):
                return actor
        subjects = []
        for k in range(a, limit):
            m = doc.mention.get(k)
            if m and k == m[1] and m[0].type in ("person", "organization", "group") and \
                    doc.toks[k].idx not in _quoted_spans(doc) and mention_nominative(doc, m) \
                    and not _after_preposition(doc, m):
                subjects.append(m)
        for m in reversed(subjects):
            if _agrees_at(doc, gender, m) and (m[0].type == "person" or gender is not None):
                return m[0]
    return None


# ---------------------------------------------------------------- finders
def _list_line(text: str, offset: int) -> bool:
    """The line at ``offset`` follows (no blank line between) a line ending with ':', ',' or ';'."""
    line_start = text.rfind("\n", 0, offset) + 1
    if line_start == 0 or text[line_start:offset].strip():
        return False
    prev = text[:line_start - 1]
    if prev.endswith("\n") or not prev.strip():
        return False  # a blank line before: a new paragraph
    return prev.rstrip()[-1:] in ":,;"


def _dash_quotes(doc: _Doc) -> list[_Found]:
    """``– … – powiedział X.``; a dash paragraph without a speech clause still is a quote."""
    text, toks = doc.text.text, doc.toks
    out: list[_Found] = []
    for t in toks:
        if not is_dash(doc, t.i) or attribution_line(doc, t.i) is not None:
            continue  # no dash, or a line that only attributes the quote above it
        if t.i + 1 < len(toks) and toks[t.i + 1].text[:1].islower() and _verb_lemma(toks[t.i + 1]):
            continue  # "– pytała jedna z mieszkanek": the attribution after a quote, not a new quote
        i = t.i
        starts_para = i == 0 or doc.para[i] != doc.para[i - 1]
        after_end = i > 0 and toks[i - 1].text[-1:] in ".!?…”\"" and doc.para[i - 1] == doc.para[i] and \
            (toks[i - 1].text[-1:] in ".!?…" or (i > 1 and toks[i - 2].text[-1:] in ".!?…"))
        intro = None  # "odparł: – Nie będę …": a dash after a speech verb and a colon
        if i > 1 and toks[i - 1].text == ":" and doc.para[i - 1] == doc.para[i] and _verb_lemma(toks[i - 2]):
            intro, after_end = i - 2, True
        if not (starts_para or after_end) or i + 1 >= len(toks) or doc.para[i + 1] != doc.para[i]:
            continue
        if starts_para and i > 0 and _list_line(text, t.idx):
            continue  # a bulleted item after "…: " or another item, not dialogue
        # the quote runs to a dash followed by a speech verb, or to the end of the paragraph
        k, verb = i + 1, None
        while k < len(toks) and doc.para[k] == doc.para[i]:
            if k > i + 1 and is_dash(doc, k):
                for j in range(k + 1, min(k + 4, len(toks))):
                    if _verb_lemma(toks[j]):
                        verb = j
                        break
                    if toks[j].is_punct:
                        break
                if verb is not None:
                    break
                prev = toks[k - 1].text[-1:]
                if prev in ".!?…":  # a new dialogue dash: this quote ends here
                    break
            k += 1
        last = k - 1
        while last > i and toks[last].is_punct and toks[last].text not in ".!?…":
            last -= 1
        start, end = toks[i + 1].idx, toks[last].end
        if end <= start:
            continue
        if verb is None and k < len(toks) and attribution_line(doc, k) is not None:
            verb = attribution_line(doc, k)  # block layout: the attribution stands on the next line
        if verb is None and intro is not None:
            verb, k = intro, doc.sent_range(doc.sent_of(intro))[0]
        f = _Found("direct", start, end, verb_tok=verb)
        if verb is not None:
            s_end = doc.sent_range(doc.sent_of(verb))[1]
            f.attr_span = (k, s_end)
        else:
            f.continues = True
        out.append(f)
    return out


def _is_term(doc: _Doc, s: int, e: int) -> bool:
    """Scare quotes, names and titles: too short, after tzw./a title marker, or all capitalised."""
    inner = doc.text.text[s:e]
    words = re.findall(r"\w+", inner)
    if len(words) < 3:
        return True
    before = doc.text.text[max(0, s - 40): s - 1].lower().split()
    if before and (before[-1] in term_markers() or before[-1].rstrip(".") in term_markers()
                   or " ".join(before[-2:]) in term_markers()):
        return True
    i = doc.tok_index(s)
    prev = doc.toks[i - 2] if i >= 2 else None
    if prev is not None and prev.lemma in term_markers():
        return True
    caps = [w for w in words if len(w) > 3]
    if caps and all(w[:1].isupper() for w in caps) and not inner.rstrip().endswith("."):
        return True
    if inner.rstrip().endswith("?"):
        sent = doc.toks[i].sent
        a, b = doc.sent_range(sent)
        if any(t.lemma in ("pytanie", "pytać", "zapytać") for t in doc.toks[a:b]):
            return True
    return False


def _mark_quotes(doc: _Doc, taken: list[tuple[int, int]]) -> list[_Found]:
    out = []
    text, toks = doc.text.text, doc.toks
    taken = _Spans(taken)
    for s, e in quote_marks(text):
        if s in taken:
            continue
        i, j = doc.tok_index(s), doc.tok_index(max(s, e - 1))
        sent = toks[i].sent
        a, b = doc.sent_range(sent)
        first_word = next((k for k in range(a, b) if not toks[k].is_punct), a)
        opens_sentence = i - 1 <= first_word and i - 1 >= a and all(
            toks[k].is_punct for k in range(a, i))
        after_colon = i >= 2 and toks[i - 2].text == ":"
        # what follows the closing mark: "– powiedział X", ", dodał X", or the sentence's end
        k = j + 2 if j + 1 < len(toks) and toks[j + 1].text in "”“»\"" else j + 1
        while k < len(toks) and toks[k].text in ".,!?…":
            k += 1
        verb = None
        if k < len(toks) and (is_dash(doc, k) or toks[k - 1].text == ",") and \
                (doc.para[k] == doc.para[j] or attribution_line(doc, k) is not None):
            for v in range(k + is_dash(doc, k), min(k + 4, len(toks))):
                if _verb_lemma(toks[v]):
                    verb = v
                    break
        whole = opens_sentence and (verb is not None or k >= b or (k < len(toks) and toks[k].sent != sent)
                                    or toks[k - 1].text[-1:] in ".!?…")
        intro = None
        if after_colon and verb is None:
            intro = next((v for v in range(i - 3, a - 1, -1) if _verb_lemma(toks[v])), None)
        asked = next((v for v in range(i - 1, a - 1, -1) if toks[v].lemma in QUESTION_LEMMAS), None)
        if after_colon and asked is not None and (intro is None or intro <= asked):
            continue  # a journalist's question (but "zapytany o …, odparł: „…”" is the answer)
        line_a, line_b = text.rfind("\n", 0, s) + 1, (text.find("\n", e) + 1 or len(text) + 1) - 1
        alone = not text[line_a:s - 1].strip() and not text[e + 1:line_b].strip(" .!?…")  # a line of its own
        if (whole and (verb is not None or alone or len(re.findall(r"\w+", text[s:e])) >= 4)) or \
                (after_colon and (k >= b or verb is not None)):
            f = _Found("direct", s, e, verb_tok=verb if verb is not None else intro)
            if verb is not None:
                f.attr_span = (k, doc.sent_range(doc.sent_of(verb))[1])
            elif after_colon:
                f.attr_span = (a, i - 1)
                if intro is None:  # "Kowalski: „…”", "Rolnicy z Lubelszczyzny: „…”", "X po rozmowie z Y: „…”"
                    m = _first_subject(doc, a, i - 2)
                    f.speaker, f.explicit = (m[0], True) if m else (None, False)
            out.append(f)
        elif not _is_term(doc, s, e):
            out.append(_Found("partial", s, e))
    return out


def _source_after(doc: _Doc, k: int) -> Optional[tuple[Actor, int, int]]:
    """The actor named at ``k`` after "według", or after one noun there ("według danych GUS")."""
    m = doc.mention.get(k)
    if m is None and doc.toks[k].pos in ("subst", "adj", "ger"):
        m = doc.mention.get(k + 1)
    return m


def _reported(doc: _Doc, taken: list[tuple[int, int]]) -> list[_Found]:
    """Reported speech: ``oświadczył, że …``, ``według niego …``, ``jak dodał, …``."""
    toks, text = doc.toks, doc.text.text
    out = []
    taken = _Spans(taken)
    for t in toks:
        off = t.idx
        if off in taken:
            continue
        s = t.sent
        a, b = doc.sent_range(s)
        lemma = _verb_lemma(t)
        comp = None
        source = t.lemma == "wynikać" and t.i + 2 < b and toks[t.i + 1].lower == "z" and (
            toks[t.i + 2].lemma in via_triggers() or toks[t.i + 2].lemma == "informacja")  # "wynika z komunikatu X"
        trailing = (is_dash(doc, t.i - 1) or (toks[t.i - 1].text == "," and b - t.i <= 8 and not any(
            x.lower in COMPLEMENTIZERS or x.text == "," for x in toks[t.i + 1:b])))  # "…, podkreśliła prezes."
        if (lemma or source) and t.i > a + 3 and trailing and t.text[:1].islower() and \
                not is_dash(doc, a) and toks[a].text not in QUOTE_OPEN and toks[a].idx not in taken:
            # "Przejścia pozostaną zamknięte – zapowiedział minister X": the sentence before the dash
            last = t.i - 2
            while last > a and toks[last].is_punct:
                last -= 1
            clause = is_dash(doc, t.i - 1) or (any(x.pos in VERBAL for x in toks[a:last + 1]) and any(
                k in doc.mention or toks[k].lemma in role_words() for k in range(t.i + 1, b)))  # a clause, a subject
            if len([x for x in toks[a:last + 1] if x.is_word]) >= 4 and clause:
                f = _Found("indirect", toks[a].idx, toks[last].end, verb_tok=t.i)
                f.attr_span = (t.i, b)
                out.append(f)
                continue
        if (lemma or source) and t.i > a and toks[t.i - 1].lower == "jak":
            # "Jak dodała, …": the clause after the comma (before any "że" further on)
            k = t.i + 1
            while k < b and toks[k].text != ",":
                k += 1
            comp = k + 1 if k < b - 1 else None
        elif lemma in about_verbs() and not (t.i > 0 and toks[t.i - 1].lower == "nie") and any(
                toks[k].lower == "o" for k in range(t.i + 1, min(t.i + 4, b - 1))):
            # "wspomniał m.in. o przyjęciu ustawy": reported speech without "że"
            comp = next(k for k in range(t.i + 1, min(t.i + 4, b - 1)) if toks[k].lower == "o") + 1
        elif lemma and not (t.i > 0 and toks[t.i - 1].lower == "nie"):
            # verb … , że|iż  (a few words between: "w rozmowie z PAP")
            for k in range(t.i + 1, min(t.i + 12, b - 1)):
                if toks[k].text == "," and toks[k + 1].lower in COMPLEMENTIZERS:
                    comp = k + 2
                    break
                if toks[k].text in ".;:!?" or toks[k].lower in COMPLEMENTIZERS or _verb_lemma(toks[k]):
                    break
            if comp is None and t.i > a and toks[t.i - 1].lower == "jak":
                k = t.i + 1
                while k < b and toks[k].text != ",":
                    k += 1
                comp = k + 1 if k < b - 1 else None
        elif t.lower == "zdaniem" and t.i > a and toks[t.i - 1].lower in PRONOUN_GENDER and t.i + 1 < b:
            comp = t.i + 1 + (toks[t.i + 1].text == ",")  # "Jego zdaniem …"
        elif t.lower in ACCORDING and t.i > a + 2 and t.i + 1 < b and doc.mention.get(t.i + 1) \
                and toks[t.i - 1].text not in ",;:" and toks[a].idx not in taken and not is_dash(doc, a) \
                and toks[a].text not in QUOTE_OPEN:
            # "Warunkiem dalszych rozmów jest według ministra odblokowanie ruchu": the whole sentence
            last = b - 1
            while last > a and toks[last].is_punct:
                last -= 1
            f = _Found("indirect", toks[a].idx, toks[last].end, verb_tok=t.i)
            f.attr_span = (t.i, t.i + 1)
            out.append(f)
            continue
        elif t.lower in ACCORDING and (t.i + 1 < b):
            k = t.i + 1
            m = doc.mention.get(k)
            if toks[k].lower in PRONOUN_GENDER:
                comp = k + 1 + (k + 1 < b and toks[k + 1].text == ",")
            elif m:
                comp = m[2] + 1 + (m[2] + 1 < b and toks[m[2] + 1].text == ",")
            else:
                while k < b and toks[k].text != ",":
                    k += 1
                if k < b - 1 and k - t.i <= 6:
                    comp = k + 1
                elif toks[t.i + 1].pos in ("subst", "adj", "ger") and toks[t.i + 1].is_word:  # "według danych GUS …"
                    src = _source_after(doc, t.i + 1)
                    comp = src[2] + 1 if src else t.i + 2
        if comp is None or comp >= b:
            continue
        # the complement ends at the sentence end or before a coordinated speech verb
        end = b
        for k in range(comp, b):
            if toks[k].lower in COORD and k + 1 < b and _verb_lemma(toks[k + 1]):
                end = k
                break
        last = end - 1
        while last > comp and toks[last].is_punct:
            last -= 1
        if last < comp:
            continue
        f = _Found("indirect", toks[comp].idx, toks[last].end, verb_tok=t.i)
        f.attr_span = (a, comp)
        f.explicit = False
        out.append(f)
    return out


def _document_author(doc: _Doc, v: int) -> Optional[Actor]:
    """Who wrote what "czytamy w …" quotes: an actor named with the document ("w komunikacie
    spółki X"), else the subject of the sentences before (who sent the letter, signed the petition)."""
    toks, end = doc.toks, doc.sent_range(doc.sent_of(v))[1]
    for k in range(v + 1, min(v + 6, end)):
        m = doc.mention.get(k)
        if m is not None and k == m[1] and m[0].type != "place" and not _after_preposition(doc, m):
            return m[0]
        if toks[k].is_punct:
            break
    s = doc.sent_of(v)
    for back in range(1, 3):
        if s - back < 0:
            break
        a, b = doc.sent_range(s - back)
        for k in range(a, b):
            m = doc.mention.get(k)
            if m and k == m[1] and m[0].type in ("organization", "group", "person") \
                    and mention_nominative(doc, m) and not _after_preposition(doc, m):
                return m[0]
    return None


def _relayed_source(doc: _Doc, a: int, b: int) -> Optional[tuple[Optional[Actor]]]:
    """``powołując się na X`` in tokens [a, b): (X,) when X is named right after "na", (None,) for an
    unnamed source ("na źródła w KO"), None when the clause has no such phrase."""
    toks = doc.toks
    for k in range(a, min(b, len(toks) - 2)):
        if toks[k].lemma in ("powoływać", "powołać") and toks[k + 1].lower == "się" and toks[k + 2].lower == "na":
            m = _source_after(doc, k + 3) if k + 3 < len(toks) else None
            return (m[0] if m else None,)
    return None


def _attribute(doc: _Doc, f: _Found, found: list[_Found], frames: dict[int, Actor]) -> None:
    toks = doc.toks
    v = f.verb_tok
    if v is None:
        return
    t = toks[v]
    if t.lower == "zdaniem" and v > 0 and toks[v - 1].lower in PRONOUN_GENDER:
        m = doc.mention.get(v - 1)  # the mention layer's pronoun, when it is safe
        f.speaker = m[0] if m else _resolve_zero(doc, found, v - 1, PRONOUN_GENDER[toks[v - 1].lower])
        return
    if t.lower in ACCORDING:
        k = v + 1
        m = _source_after(doc, k)
        if m:
            f.speaker, f.explicit = m[0], True
        elif toks[k].lower in PRONOUN_GENDER:
            f.speaker = _resolve_zero(doc, found, v, PRONOUN_GENDER[toks[k].lower])
        return
    if t.lemma == "wynikać":  # "jak wynika z informacji „Gazety Wrocławskiej”": the named source
        k = v + 2 + (v + 2 < len(toks) and toks[v + 2].text in QUOTE_OPEN)
        m = _source_after(doc, k) if k < len(toks) else None
        if m is None and k + 1 < len(toks) and toks[k + 1].text in QUOTE_OPEN:
            m = doc.mention.get(k + 2)
        f.speaker, f.explicit = (m[0] if m else None), True
        return
    if t.lemma == "czytać" and t.reading is not None and t.reading.has("pri"):
        f.speaker, f.explicit = _document_author(doc, v), True  # "– czytamy w liście"
        return
    # the subject follows the verb when the clause opens with it ("– powiedział X", "Jak podał X",
    # "W piątek napisał X" once nothing before qualifies); otherwise it precedes ("X wezwał Y do …")
    prev = toks[v - 1] if v > 0 and toks[v - 1].sent == t.sent else None
    inverted = prev is None or prev.is_punct or prev.lower in ("jak", "co")
    subj = _subject_after(doc, v, unnamed=True) if inverted else None
    coordinated = False
    if subj is None:
        a = doc.sent_range(doc.sent_of(v))[0]
        stop = a
        subj, coordinated = _subject_before(doc, v, stop)
    if subj is None and not coordinated and not inverted:
        subj = _subject_after(doc, v, unnamed=True)
    if subj is UNNAMED:
        f.speaker, f.explicit = None, True
        return
    if subj is None and coordinated:
        prev = [g for g in _found_in(doc, found, doc.sent_of(v)) if g.verb_tok < v]
        if prev:
            subj = prev[-1].speaker
            f.via = f.via or prev[-1].via
    f.explicit = subj is not None
    if subj is None:
        subj = _resolve_zero(doc, found, v, _verb_gender(t))
    f.speaker = subj


def _first_subject(doc: _Doc, a: int, b: int) -> Optional[tuple[Actor, int, int]]:
    """The first mention in tokens [a, b) that can be a subject: nominative, not after a preposition."""
    k = a
    while k < b:
        m = doc.mention.get(k)
        if m is not None and m[1] == k:
            if not _after_preposition(doc, m) and mention_nominative(doc, m) and m[0].type != "place":
                return m
            k = m[2] + 1
            continue
        k += 1
    m = doc.mention.get(b - 1)  # the name right before the colon, whatever its case ("Tajpej: …")
    return m


def _subheadings(doc: _Doc, taken: list[tuple[int, int]]) -> list[_Found]:
    """``Nowak: Nie będzie ustępstw``: a subheading (a short line after the first, with no final
    period) that is a speaker's name, a colon and at least three words is that speaker's quote."""
    toks, out = doc.toks, []
    taken = _Spans(taken)
    i = 0
    while i < len(toks):
        j = i
        while j + 1 < len(toks) and doc.para[j + 1] == doc.para[i]:
            j += 1
        m = doc.mention.get(i)
        if doc.para[i] > 0 and m is not None and m[1] == i and m[2] + 1 < j and toks[m[2] + 1].text == ":" \
                and toks[j].text not in ".:" and j - i <= 16 and toks[m[2] + 2].idx not in taken \
                and len([t for t in toks[m[2] + 2:j + 1] if t.is_word]) >= 3:
            last = j
            while last > m[2] + 2 and toks[last].is_punct and toks[last].text not in "!?…":
                last -= 1
            f = _Found("direct", toks[m[2] + 2].idx, toks[last].end, speaker=m[0], explicit=True)
            out.append(f)
        i = j + 1
    return out


BODY_WINDOW = 20_000  # characters around a heading quote searched for the body quote holding its words


def _speaker_from_body(doc: _Doc, results: list[_Found]) -> None:
    """A direct quote with no speech clause and no speaker (a subheading ``„To dopiero początek”``, a
    quotation in the headline) takes the speaker of the body quote that holds the same words."""
    text = doc.text.text
    spoken = sorted((f.start, f.end, f) for f in results if f.speaker is not None)
    lowered = text.lower()
    if len(lowered) != len(text):  # "İ" lowers to two characters: keep offsets aligned
        lowered = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
    starts = [x[0] for x in spoken]
    for f in results:
        if f.speaker is not None or f.kind != "direct" or f.verb_tok is not None or f.explicit:
            continue
        words = text[f.start:f.end].strip(" .!?…").lower()
        lo, hi = max(0, f.start - BODY_WINDOW), min(len(text), f.end + BODY_WINDOW)  # linear: a window
        pos = lowered.find(words, lo, hi)
        while pos >= 0:
            k = bisect.bisect_right(starts, pos) - 1
            if not f.start <= pos < f.end and k >= 0 and spoken[k][0] <= pos < spoken[k][1]:
                f.speaker = spoken[k][2].speaker
                break
            pos = lowered.find(words, pos + 1, hi)


def extract_quotes(text: Text, actors: Sequence[Actor]) -> list[Quote]:
    """Every direct, partial and indirect quote with speaker, verb and via, in text order."""
    doc = _Doc(text, actors, linked=True)
    dash = _dash_quotes(doc)
    marks = _mark_quotes(doc, [(f.start, f.end) for f in dash])
    marks += _subheadings(doc, [(f.start, f.end) for f in dash + marks])
    direct_spans = [(f.start, f.end) for f in dash + marks if f.kind == "direct"]
    partial_spans = [(f.start, f.end) for f in marks if f.kind == "partial"]
    doc.quoted = [f for f in dash + marks]
    reported = _reported(doc, direct_spans + partial_spans)
    # an indirect clause made of quoted fragments is listed as its partials, governed by its verb
    kept: list[_Found] = []
    partials = sorted((p.start, n, p) for n, p in enumerate(marks) if p.kind == "partial")
    partial_starts = [x[0] for x in partials]
    for r in reported:
        lo, hi = bisect.bisect_left(partial_starts, r.start - 1), bisect.bisect_right(partial_starts, r.end + 1)
        inner = [p for _, _, p in sorted(partials[lo:hi], key=lambda x: x[1]) if p.end <= r.end + 1]
        if inner:
            for p in inner:
                p.verb_tok, p.attr_span = r.verb_tok, r.attr_span  # the clause's outlet too ("na Facebooku")
            continue
        kept.append(r)
    # a reporting frame: "TASS wskazuje, że … Putin oświadczył, że …" relays the inner quotes
    framed: dict[int, int] = {}
    by_start = sorted(range(len(kept)), key=lambda n: kept[n].start)
    starts = [kept[n].start for n in by_start]
    reach = list(itertools.accumulate((kept[n].end for n in by_start), max))  # furthest end so far
    for q in kept:
        x = doc.toks[q.verb_tok].idx
        outer = []  # the clauses holding q's verb: scanned back until none earlier can reach it
        for j in range(bisect.bisect_right(starts, x) - 1, -1, -1):
            if reach[j] <= x:
                break
            r = kept[by_start[j]]
            if r is not q and x < r.end:
                outer.append(by_start[j])
        if outer:
            framed[id(q)] = kept[max(outer)].verb_tok  # the last in list order wins, as before
    frames = {id(r) for r in kept if any(v == r.verb_tok for v in framed.values())}
    # partial quotes with no verb yet: the nearest speech verb before them in their sentence
    for p in marks:
        if p.kind == "partial" and p.verb_tok is None:
            i = doc.tok_index(p.start)
            a = doc.sent_range(toks_sent := doc.toks[i].sent)[0]
            verbs = [k for k in range(a, i) if _verb_lemma(doc.toks[k])] or \
                [k for k in range(a, i) if doc.toks[k].pos in VERBAL and doc.toks[k].lemma in demand_verbs()]
            if verbs:  # "Domagają się od rządu zawarcia porozumienia „za wszelką cenę”": the demanders' words
                p.verb_tok, p.attr_span = verbs[-1], (verbs[-1], i)  # "jak zapewnił w rozmowie z ONT – „…”"
            del toks_sent
    items = sorted(dash + marks + kept, key=lambda f: (f.verb_tok if f.verb_tok is not None and f.kind != "direct"
                                                     else doc.tok_index(f.start), f.start))
    found: list[_Found] = []
    results: list[_Found] = doc.attributed  # settled quotes, which role anaphora look back on
    by_verb: dict[int, _Found] = {}
    item_spans = _Spans([(g.start, g.end) for g in items])
    for f in items:
        if id(f) in frames:
            _attribute(doc, f, found, {})
            found.append(f)
            continue
        if f.continues and f.verb_tok is None:
            prev = results[-1] if results else None
            if prev is not None and prev.kind == "direct" and doc.para[doc.tok_index(f.start)] - \
                    doc.para[doc.tok_index(prev.start)] <= 1:
                f.speaker, f.via = prev.speaker, prev.via
            else:
                f.speaker = _resolve_zero(doc, found, doc.tok_index(f.start), None)
        elif f.verb_tok is not None and f.verb_tok in by_verb and f.kind == "partial":
            g = by_verb[f.verb_tok]
            f.speaker, f.via, f.explicit = g.speaker, g.via, g.explicit
        else:
            _attribute(doc, f, found, {})
        if f.verb_tok is not None:
            by_verb.setdefault(f.verb_tok, f)
        if f.speaker is not None and f.speaker.type == "media" and f.attr_span != (0, 0):
            relayed = _relayed_source(doc, f.attr_span[0], f.attr_span[1])
            if relayed is not None:  # "Onet, powołując się na źródła w KO, podaje, że …": Onet relays
                f.via, f.speaker = f.speaker, relayed[0]
        # via: an outlet in the quote's own attribution clause, a reporting frame, or the previous
        # quote of the same speaker when this one's subject is only implied
        if f.via is None and f.attr_span != (0, 0):
            f.via = _via_in(doc, f.attr_span[0], f.attr_span[1], item_spans)
        if f.via is None and id(f) in framed:
            outer = next(g for g in found if g.verb_tok == framed[id(f)])
            if outer.speaker is not None and outer.speaker.type == "media":
                f.via = outer.speaker
        if f.via is None and not f.explicit and results and results[-1].speaker is f.speaker \
                and f.speaker is not None and f.verb_tok is not None \
                and doc.para[doc.tok_index(results[-1].start)] == doc.para[doc.tok_index(f.start)]:
            f.via = results[-1].via  # "Dodał, że …" in the same paragraph keeps the outlet
        if f.via is not None and f.speaker is not None and f.via.name == f.speaker.name:
            f.via = None  # the outlet is the source, not a channel
        found.append(f)
        results.append(f)
    results.sort(key=lambda f: f.start)
    _speaker_from_body(doc, results)
    return [Quote(speaker=f.speaker.name if f.speaker else None, kind=f.kind,
                  text=doc.text.text[f.start:f.end], verb=_verb_lemma(doc.toks[f.verb_tok]) if f.verb_tok is not None else None,
                  via=f.via.name if f.via else None, start=f.start, end=f.end,
                  group=bool(f.speaker and f.speaker.type == "group")) for f in results]
