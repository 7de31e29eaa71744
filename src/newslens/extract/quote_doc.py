"""The analysed article as quotes see it: word lists, quotation marks, token helpers (speech verbs,
case, gender, agreement), the indexed document (:class:`_Doc`, actor mentions by token from the mention
layer), dialogue dashes, and the records quote finders produce (:class:`_Found`).

Split out of ``quotes.py`` (issue 13) so that finders (``quotes.py``) and speaker resolution
(``speakers.py``) each stay one readable concern; ``quotes.py`` re-exports what other extractors use.
"""
from __future__ import annotations

import bisect
import json
import re
from importlib import resources
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Optional, Sequence

from ..guesser import guess
from ..lexicon import context_types, lexicon_set, role_words
from ..model import Actor
from ..nlp import Tok, Text, per_reading, read_lexicon, readings
from .mention_roles import _oblique_name
from .mentions import link_mentions, mentions_by_token


DASHES = "–—"


VERBAL = ("fin", "praet", "bedzie", "impt", "pcon", "pant")

COMPLEMENTIZERS = ("że", "iż")

ACCORDING = ("według", "zdaniem", "wedle", "wg")  # "wg": według abbreviated ("Wg danych GUS …")

COORD = ("i", "oraz", "a", "ale")

QUESTION_LEMMAS = frozenset({"pytać", "zapytać", "dopytywać", "dopytać"})
ASKING = frozenset({"pytać", "zapytać", "dopytywać", "dopytać", "spytać"})

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
def object_verbs() -> frozenset[str]:
    """Speech verbs whose reported content can be a noun object (``zapowiedział spotkanie …``)."""
    return frozenset(read_lexicon("speech_object_verbs.txt"))


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


@lru_cache(maxsize=1)
def calendar_nouns() -> frozenset[str]:
    """The forms of the months and weekdays (``data/temporal.json``): a phrase such as "w sierpniu" is a
    complete time adverbial that governs no name after it."""
    data = json.loads(resources.files("newslens").joinpath("data/temporal.json").read_text("utf-8"))
    return frozenset(w for key in ("months", "weekdays") for forms in data[key].values() for w in forms)


# ---------------------------------------------------------------- quotation marks


_CLOSERS = {"„": "”“\"", "“": "”", "«": "»", '"': '"”'}  # opening mark -> its closers (web text mixes „…" and "…”)
_OPENER = re.compile("[" + "".join(_CLOSERS) + "]")


def _opens_inner(para: str, j: int, outer: str) -> bool:
    """Whether the mark at ``j`` opens a quotation nested in one opened by ``outer``: a straight mark
    shaped as an opener (after a space or a bracket, before a word: ``był nazywany "drogim X" i …``) inside
    a straight or „-opened quotation, or a „ or « inside a straight or “-opened one. Polish nests „…” in
    "…" and the reverse on web pages; an opener's shape is what tells it from the outer closer."""
    ch = para[j]
    if ch == '"' and outer in '"„“':
        before = para[j - 1] if j > 0 else " "
        after = para[j + 1] if j + 1 < len(para) else " "
        return (before.isspace() or before in "([") and not after.isspace() and after not in ".,;:!?)"
    return ch in "„«" and outer in '"“'


def _inner_end(para: str, j: int) -> Optional[int]:
    """The closer of the nested quotation opened at ``j`` (a word's end before it), None if none."""
    close = _CLOSERS[para[j]]
    k = j + 1
    while k < len(para):
        if para[k] in close and k > j + 1 and not para[k - 1].isspace():
            return k
        k += 1
    return None


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
            m = _OPENER.search(para, i)  # the next opening mark (every other character is passed over)
            if m is None:
                break
            i = m.start()
            ch = para[i]
            close = _CLOSERS[ch]
            j = i + 1
            while j < len(para):
                if _opens_inner(para, j, ch):  # a quotation inside the quotation: its closer is not ours
                    inner = _inner_end(para, j)
                    if inner is not None:
                        j = inner + 1
                        continue
                if para[j] in close or (para[j] in "„«" and ch in "„«"):
                    break  # (a second opener first: this one is unbalanced)
                j += 1
            if j < len(para) and para[j] in close and j > i + 1:
                spans.append((pos + i + 1, pos + j))
                i = j + 1
            else:
                i += 1
        pos += len(para) + 1
    return spans


# ---------------------------------------------------------------- helpers over tokens


# the speech verb lemma of each form and reading choice (nlp.per_reading)
_verb_by_form: dict[tuple, tuple] = {}


def _verb_lemma(t: Tok) -> Optional[str]:
    return per_reading(_verb_by_form, t, _speech_verb)


def _speech_verb(rs: tuple, chosen) -> Optional[str]:
    for r in ((chosen,) if chosen else ()) + tuple(rs):
        if r and r.pos in VERBAL and r.lemma in speech_verbs():
            return r.lemma
    return None


def _verb_gender(t: Tok) -> Optional[str]:
    r = t.reading
    if r is not None and r.pos not in ("praet", "pcon", "bedzie", "fin") and _verb_lemma(t):
        r = next((x for x in t.readings if x.pos in ("praet", "fin", "bedzie")), r)  # "Twierdzą" read as a noun
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


def _classifier(t: Tok) -> Optional[str]:
    """The type a lower-case common noun before a name gives it (``context.tsv``: telewizja -> media)."""
    if not (t.is_word and t.text[:1].islower() and t.pos == "subst"):
        return None
    return context_types().get(t.lemma.lower())


def mention_nominative(doc: "_Doc", m: tuple[Actor, int, int]) -> bool:
    """A person's case shows on the surname (last word), a name's on its head noun (first word), a
    role's or group's on its noun (the mention layer's head)."""
    head = doc.head.get(m[1])
    if head is not None and m[0].type == "group" and m[1] > 0 and doc.toks[m[1] - 1].reading is not None \
            and doc.toks[m[1] - 1].reading.pos == "num":
        return True  # "przyszło kilkunastu byłych pracowników": a counted group is the subject in the genitive
    if head is not None:
        return _nominative(doc.toks[head])
    if m[0].type != "person" and m[1] > 0 and _classifier(doc.toks[m[1] - 1]) == m[0].type \
            and not any(r.pos == "subst" and r.has("nom") for r in doc.toks[m[1] - 1].readings) \
            and not {r.lemma.lower() for r in doc.toks[m[1]].readings} & lexicon_set("institution_heads.txt"):
        # (a name opening with an institution's head noun inflects when in apposition: "do sądu Prokuratura
        # Rejonowa" is no apposition)
        return False  # a name in apposition takes its classifier's case: "z telewizją RTS" (not "Według
        # dziennika Komisja …": a classifier of another kind is no apposition)
    if m[0].type == "person" and _oblique_name(doc.toks, m):
        return False  # "Adama W.": the first name shows the case an initial hides
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
        if any(re.search(r"(ska|cka|dzka|owa|ówna)$", part) for part in last.split("-")):  # "Nowak-Lisowska"
            return "f"
        if re.search(r"(ski|cki|dzki)$", last) or len(words) == 1:
            return "m" if not last.endswith("a") else "f"
        return None  # a foreign name with an unknown first name ("Mao Ning", "Chen Binhua"): no guess
    if words and words[0].isupper():
        return None
    head = words[0]  # "Chińskie Ministerstwo Handlu", "Okręgowa Inspekcja Pracy": past leading adjectives
    for w in words[1:3]:  # to an institution's head noun (a club "Wspólny Pilczyn" keeps its first word)
        if {r.lemma.lower() for r in readings(w) if r.pos == "subst"} & lexicon_set("institution_heads.txt"):
            if all(any(r.pos == "adj" for r in readings(x)) for x in words[:words.index(w)]):
                head = w
            break
    for r in readings(head):
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
    if m[0].type == "person" and verb_gender in ("n", "pl"):
        return False  # a role naming one person ("Premier", also a plural genitive form) takes no plural verb
    if m[0].type == "person" and verb_gender in ("m", "f") and actor_gender(m[0]) in ("m", "f") \
            and not (g is not None and verb_gender == "f" and "f" in g and "m" not in g):
        return actor_gender(m[0]) == verb_gender  # "minister" naming a woman takes "zapoznała", not "odpowiedział"
        # (a feminine role noun agrees by itself: "jego rzeczniczka przekazała" speaks for him)
    if g is not None:
        return verb_gender is None or verb_gender in g
    prev = doc.toks[m[1] - 1] if m[1] > 0 else None
    if m[0].type != "person" and prev is not None and prev.is_word and prev.pos == "subst" \
            and (prev.text[:1].islower() or prev.sent_start) and context_types().get(prev.lemma.lower()) == m[0].type \
            and any(r.pos == "subst" and r.has("nom") for r in prev.readings):
        return verb_gender is None or verb_gender in _noun_genders(prev)  # "Portal wnp.pl podał": by its classifier
    return _agrees(verb_gender, m[0])


def _agrees(verb_gender: Optional[str], actor: Actor) -> bool:
    if verb_gender is None:
        return True
    if actor.type == "person" and verb_gender in ("n", "pl"):
        return False  # a person never takes a neuter or plural verb, whatever the name's gender
    if actor.type == "group":
        return verb_gender == "pl"  # a group is plural ("śledczy ustalili"), whatever its first word could be
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
    # the text's tokens, a plain attribute (read hundreds of thousands of times a corpus pass)
    toks: list[Tok] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        self.toks = self.text.toks
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
        # paragraph numbers: a new one after any line break since the token before (the next break at
        # or after that token is kept, so the text is read once)
        raw, para = self.text.text, self.para
        p, nxt = 0, raw.find("\n")
        for t in self.text.toks:
            if 0 <= nxt < t.idx:
                p += 1
                nxt = raw.find("\n", t.idx)
            para.append(p)

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
    if before.isspace() and after.isspace():
        return True
    # glued on one side: '"…"- powiedział', '… zamknięte -deklaruje': a closing mark or a full stop before
    # it and a space after, or a space (inside a line: a line opening "-dopłaty" is a list item) before and
    # a lower-case letter after; never a range ("20-30") or a sign ("-5")
    if before.isalpha() and after == " " and i + 1 < len(doc.toks) and doc.toks[i + 1].text[:1].islower() \
            and _verb_lemma(doc.toks[i + 1]):
        return True  # "… nie zmienię zdania- powiedział Nowak.": glued to the quote's last word ("średnio- i
        # długoterminowy" is followed by no speech verb)
    return (before in "\"”».!?…" and after.isspace()) or (before in " \t" and after.isalpha() and after.islower())


def attribution_line(doc: "_Doc", i: int) -> Optional[int]:
    """The speech verb of a line that is only an attribution (``– powiedział Nowak.``): the line opens
    with a dash and a lower-case speech verb within two words, or has an attribution's shape
    (:func:`attribution_shape`). None for any other line."""
    toks = doc.toks
    if not is_dash(doc, i) or (i > 0 and doc.para[i - 1] == doc.para[i]):
        return None
    for j in range(i + 1, min(i + 3, len(toks))):
        if doc.para[j] != doc.para[i] or toks[j].is_punct or toks[j].is_title:
            return None
        if _verb_lemma(toks[j]):
            return j
    return attribution_shape(doc, i)


ATTRIBUTION_REACH = 15  # tokens from the dash to the attribution's full stop


def attribution_shape(doc: "_Doc", k: int) -> Optional[int]:
    """The head of an attribution after the dash at ``k`` whatever its verb (``– nie tracił humoru Sowa.``,
    ``– reagują hodowcy.``, ``– to z kolei sołtys Jerzy Kania.``): a lower-case clause that runs to a full
    stop or the paragraph's end within a few words and opens (after ``nie``) with a verb in the third
    person or with ``to``. A quote's own sentences open with a capital; a first-person verb (``– mówię to
    od lat –``) is the speaker's aside. Returns the verb (or ``to``), else None."""
    toks = doc.toks
    j = k + 1
    if j >= len(toks) or doc.para[j] != doc.para[k] or not toks[j].is_word or not toks[j].text[:1].islower():
        return None
    end = next((e for e in range(j, min(j + ATTRIBUTION_REACH, len(toks)))
                if toks[e].text in ".!?…" or doc.para[e] != doc.para[k] or is_dash(doc, e)), None)
    comma = next((c for c in range(j + 1, min(j + ATTRIBUTION_REACH, len(toks)) if end is None else end)
                  if toks[c].text == ","), None)
    if comma is not None and comma + 1 < len(toks) and any(r.pos in ("pcon", "ppas") for r in toks[comma + 1].readings):
        end = comma  # "– ucięła rzeczniczka X, odnosząc się do …", "…, pytana o …": a participle's phrase goes with it
    if end is None or is_dash(doc, end) or end == j:
        return None
    if any(t.lower in COMPLEMENTIZERS or t.text in ",:;\"„”" for t in toks[j:end]):
        return None  # a clause of its own ("– mówił, że …") or more text: another finder's
    head = j + (toks[j].lower == "nie")
    if head < end and toks[head].lower == "tak":  # "– tak przed spotkaniem mówił w radiu prezes X."
        head = next((h for h in range(head + 1, end)  # (any reading: "tak decyzję tłumaczy X", tłumacze's form)
                     if any(r.pos in ("praet", "fin", "imps") for r in toks[h].readings)), end)
        if head < end and toks[head].reading is not None and toks[head].reading.pos not in ("praet", "fin", "imps"):
            return head
    if head >= end:
        return None
    if toks[head].lower == "to" and head + 1 < end and not any(
            x.reading is not None and x.reading.pos == "fin" and x.reading.has("pri") for x in toks[head + 1:end]):
        return head  # (not "– to do ich klubu nie wejdę.": a conditional's "to" and the speaker's own verb)
    r = toks[head].reading
    if r is not None and (r.pos in ("praet", "imps") or (r.pos == "fin" and r.has("ter"))):
        return head  # ("– napisano w komunikacie.": an impersonal attribution)
    return None


def _after_preposition(doc: _Doc, m: tuple[Actor, int, int]) -> bool:
    """The mention is governed by a preposition ("w Jastrzębskiej Spółce", "z Komisją")."""
    prev = doc.toks[m[1] - 1] if m[1] > 0 else None
    return prev is not None and prev.reading is not None and prev.reading.pos == "prep"


def in_oblique(doc: _Doc, m: tuple[Actor, int, int]) -> bool:
    """The mention stands inside a prepositional phrase, so it is an oblique of its clause and never its
    subject: the preposition governs it directly ("w Jastrzębskiej Spółce"), or the phrase's noun stands
    between them, in an oblique case with its adjectives, and the name is that noun's apposition (a
    classifier, ``context.tsv``: "z firmy doradczej Lewiatan Consulting", "w rozmowie z portalem X") or
    itself oblique ("z ekspertem Janem Nowakiem") or an acronym that shows no case ("z delegacją ONZ"). A nominative name after a complete phrase is the
    subject ("mówił na blokadzie Przemysław Matuszak"), and any name after a month or a weekday ("W maju Obama"); a nominative word, a role noun, another name or a
    punctuation mark ends the search ("W piątek prezes Nowak …", "na Facebooku Agata Wilk")."""
    toks = doc.toks
    sent = toks[m[1]].sent
    k, noun = m[1] - 1, None
    while k >= 0 and m[1] - k <= 5 and toks[k].sent == sent:
        t, r = toks[k], toks[k].reading
        if t.lower in calendar_nouns():  # "W sierpniu Rowhani zapowiedział": the time phrase ends before the name
            return False
        if r is not None and r.pos == "prep":
            return k == m[1] - 1 or not mention_nominative(doc, m) or toks[m[1]].text.isupper() \
                or (noun is not None and context_types().get(noun.lemma.lower()) is not None
                    and m[1] not in doc.head and toks[m[1]].text[:1].isupper()  # a name, not "szef MSZ"
                    and not {r.lemma.lower() for r in toks[m[1]].readings} & lexicon_set("institution_heads.txt"))
    # (a name opening with an institution's head noun would inflect in apposition: "do sądu Prokuratura X")
        if k in doc.mention or not t.is_word or t.text[:1].isupper() or r is None \
                or r.pos not in ("subst", "adj", "ppas", "pact") or r.has("nom") or t.lemma.lower() in role_words():
            return False
        if noun is None and r.pos == "subst":
            noun = t
        k -= 1
    return False


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


def _source_after(doc: _Doc, k: int) -> Optional[tuple[Actor, int, int]]:
    """The actor named at ``k`` after "według", or after one noun there ("według danych GUS"), the noun
    after up to two lower-case adjectives ("według ostatniego raportu MAEA")."""
    m = doc.mention.get(k)
    j = k
    while m is None and j < k + 2 and j + 1 < len(doc.toks) and doc.toks[j].pos in ("adj", "subst") \
            and doc.toks[j].text[:1].islower() and j + 1 not in doc.mention \
            and doc.toks[j + 1].text[:1].islower() and any(r.has("gen") for r in doc.toks[j + 1].readings):
        j += 1  # "według wstępnych danych GUS" (a genitive chain: "według aktu oskarżenia spółka X" names no owner)
    if m is None and doc.toks[j].pos in ("subst", "adj", "ger") and j + 1 < len(doc.toks):
        m = doc.mention.get(j + 1)
        cases = [r for r in doc.toks[j + 1].readings if r.pos in ("subst", "adj")]
        if m is not None and doc.toks[j + 1].text[:1].islower() and cases and not any(r.has("gen") for r in cases):
            m = None  # "według ministra rolnicy oczekują …": a group's noun in the nominative is a subject, not the
            # noun's owner (a name's readings are the guesser's: "według informacji agencji Reuters" stays)
    if m is None and {r.lemma.lower() for r in doc.toks[k].readings} & lexicon_set("source_info_nouns.txt"):
        j = k  # "według informacji przekazanych przez MZ": the agent of the information noun's participle
        while j < k + 3 and j + 2 < len(doc.toks) and doc.toks[j].is_word and doc.toks[j].text[:1].islower() \
                and j not in doc.mention and doc.toks[j].sent == doc.toks[k].sent:
            if doc.toks[j].pos == "ppas" and doc.toks[j + 1].lower == "przez":
                agent = doc.mention.get(j + 2)
                return agent if agent is not None and agent[1] == j + 2 else None
            j += 1
    return m
