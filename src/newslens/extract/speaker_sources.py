"""Where a quote comes from besides its subject: a person named after a phrase (``_person_after``), the
channel (``via``: an outlet or a platform in the attribution clause, an interviewer the actor types
missed), a document's author ("czytamy w liście", "według aktu oskarżenia") and the source an outlet
relays ("powołując się na X"). Split from ``speakers.py`` (one concern each); ``speakers.py`` imports
these names back.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Optional

from ..lexicon import context_types, lexicon_set
from ..model import Actor
from ..nlp import QUOTE_OPEN, read_lexicon, readings
from .quote_doc import (COMPLEMENTIZERS, _Doc, _quoted_spans, _source_after, _Spans, in_oblique, is_dash,
                        mention_nominative)
from .groups import member_orgs
from .mentions import _listed_bodies


def _person_after(doc: _Doc, a: int, end: int, oblique: bool = False):
    """A person named in the nominative in tokens [a, end) before any comma, not after a preposition.
    With ``oblique``: the (actor, first, last) of a person named in any case (a role's holder in apposition)."""
    for k in range(a, end):
        t = doc.toks[k]
        if t.text in ",.:;?!" or t.lower in COMPLEMENTIZERS or is_dash(doc, k):
            return None
        m = doc.mention.get(k)
        if m and k == m[1] and m[0].type == "person" and (oblique or mention_nominative(doc, m)) \
                and not in_oblique(doc, m):
            return m if oblique else m[0]
    return None


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
    if name is None or k == 0 or not toks[k].text[:1].isupper():  # "LinkedInie" is no title-case word
        return None
    prev = toks[k - 1].lower
    if prev in ("na", "w") or (prev in ("serwisie", "platformie", "portalu") and k > 1 and toks[k - 2].lower in ("na", "w")):
        actor = next((a for a in doc.actors if a.name == name), None)
        return actor or Actor(name, "media")
    return None


def _interviewer(doc: _Doc, m) -> bool:
    """An organisation named right after "w rozmowie z" / "w wywiadzie dla" that is no institution (no head
    noun such as ministerstwo, urząd, związek): an outlet the actor types missed (Deutschlandfunk, Yle, KAI)."""
    toks, k = doc.toks, m[1]
    if m[0].type != "organization" or k < 3 or toks[k - 1].lower not in ("z", "ze", "dla") \
            or toks[k - 2].lemma not in ("rozmowa", "wywiad") or toks[k - 3].lower not in ("w", "we") \
            or m[0].name in _listed_bodies():
        return False  # "po rozmowie z Lewicą" is a meeting; a party or institution the gazetteer lists is no outlet
    institutions = lexicon_set("institution_heads.txt")
    union = {lemma for kinds in member_orgs().values() for kind in kinds for lemma in kind}
    return not any(r.lemma.lower() in institutions | union for w in m[0].name.replace("-", " ").split()
                   for r in readings(w))


def _via_in(doc: _Doc, a: int, b: int, skip: _Spans = _Spans(())) -> Optional[Actor]:
    for k in range(a, b):
        m = doc.mention.get(k)
        if m and k == m[1] and (m[0].type == "media" or _interviewer(doc, m)):
            off = doc.toks[k].idx
            if off not in skip:
                return m[0]
        if (m is None or m[0].type != "media") and doc.toks[k].idx not in skip:
            p = _platform_at(doc, k)  # a platform the actor extractor mistyped ("na LinkedInie" as a place)
            if p is not None:
                return p
    return None


def _finding_source(doc: _Doc, v: int) -> Optional[Actor]:
    """Whose finding ``wynika`` at ``v`` reports: the actor named in its source phrase, the ``z`` phrase after
    the verb ("jak wynika z informacji „Gazety X”") or fronted before it in the same clause ("Z raportu NIK
    wynika, że …", "Z danych GUS wynikało, iż …", no comma between); None when the phrase names no one
    ("Z raportu wynika, że …", "Z tego wynika …")."""
    toks = doc.toks
    s = toks[v].sent
    if v + 1 < len(toks) and toks[v + 1].lower in ("z", "ze"):
        k = v + 2
    else:
        k = next((j + 1 for j in range(v - 1, max(v - 9, -1), -1) if toks[j].sent == s
                  and toks[j].lower in ("z", "ze")
                  and not any(x.text in ",;:" or x.sent != s for x in toks[j:v])), None)
        if k is None:
            return None
    k += k < len(toks) and toks[k].text in QUOTE_OPEN
    if k >= len(toks) or toks[k].sent != s:
        return None
    m = _source_after(doc, k)
    j = k  # "z nieoficjalnych ustaleń „Gazety X” wynika": an outlet's title past the finding's lower-case words
    while m is None and j < k + 3 and j + 1 < len(toks) and toks[j].is_word and toks[j].text[:1].islower() \
            and toks[j].pos in ("adj", "subst"):
        j += 1
        if toks[j].text in QUOTE_OPEN:
            m = doc.mention.get(j + 1)
    return m[0] if m else None


def _document_author(doc: _Doc, v: int) -> Optional[Actor]:
    """Who wrote what "czytamy w …" quotes: an actor named with the document ("w komunikacie
    spółki X"), else the subject of the sentences before (who sent the letter, signed the petition; an
    outlet too when the document is one it publishes: "Sprawę opisała „Gazeta X”. Jak czytamy w artykule")."""
    toks, end = doc.toks, doc.sent_range(doc.sent_of(v))[1]
    for k in range(v + 1, min(v + 6, end)):
        m = doc.mention.get(k)
        whose = v + 3 <= k and toks[v + 1].lower in ("w", "we") and all(  # "w komunikacie spółki X": X wrote it
            toks[j].is_word and toks[j].text[:1].islower() and toks[j].pos in ("subst", "adj") for j in range(v + 2, k))
        if m is not None and k == m[1] and any(toks[j].pos == "prep" for j in range(v + 2, k)):
            break  # "czytamy w liście do premiera X": the addressee, not the writer
        if m is not None and k == m[1] and m[0].type != "place" and (whose or not in_oblique(doc, m)):
            return m[0]
        if toks[k].is_punct:
            break
    s = doc.sent_of(v)
    article = v + 2 < end and toks[v + 1].lower in ("w", "we") \
        and toks[v + 2].lemma.lower() in lexicon_set("outlet_documents.txt")  # "czytamy w artykule": an outlet's
    writer = _wrote_before(doc, v, end)
    if writer is not None:
        return writer  # "… – napisali w liście do premiera szefowie związków. … – czytamy w liście."
    kinds = ("organization", "group", "person", "media") if article else ("organization", "group", "person")
    quoted = _quoted_spans(doc)
    for back in range(1, 5):
        if s - back < 0:
            break
        a, b = doc.sent_range(s - back)
        for k in range(a, b):
            m = doc.mention.get(k)
            if m is not None and toks[k].idx in quoted:
                continue  # the quoted words themselves name what was written, not who wrote it
            role = doc.mention.get(k - 1) if m and k > 0 else None
            if role is not None and role[0] is m[0] and in_oblique(doc, role):
                continue  # the name after its own role's oblique mention: "do prezydenta Wnuka"
            if m and k == m[1] and m[0].type in kinds \
                    and mention_nominative(doc, m) and not in_oblique(doc, m):
                return m[0]
    return None


def _wrote_before(doc: _Doc, v: int, end: int) -> Optional[Actor]:
    """"czytamy w (adjectives) <noun>": the speaker of an earlier quote, in this or the previous few
    paragraphs, whose attribution sentence names the same document noun ("– napisali w poniedziałkowym
    liście do premiera szefowie związków"): the document's writers; None when none or two such speakers."""
    toks = doc.toks
    k = v + 1
    if k >= end or toks[k].lower not in ("w", "we"):
        return None
    k += 1
    while k < end and toks[k].pos == "adj" and toks[k].text[:1].islower():
        k += 1
    if k >= end or toks[k].pos != "subst" or k in doc.mention:
        return None
    noun = toks[k].lemma.lower()
    found = {}
    for f in doc.attributed[-10:]:
        if f.verb_tok is None or f.speaker is None or doc.para[v] - doc.para[f.verb_tok] > 3 or f.verb_tok >= v:
            continue
        a, b = doc.sent_range(doc.sent_of(f.verb_tok))
        if any(toks[j].lemma.lower() == noun and toks[j - 1].pos in ("prep", "adj") for j in range(max(a, 1), b)):
            found[f.speaker.name] = f.speaker
    return next(iter(found.values())) if len(found) == 1 else None


def _document_author_named(doc: _Doc, k: int) -> Optional[Actor]:
    """``według`` + a document named by two lower-case nouns ("aktu oskarżenia"): the one organisation the
    text names as a subject (nominative, not after a preposition) in a sentence that names the same
    document ("Akt oskarżenia skierowała do sądu Prokuratura X", "…, który Prokuratura X skierowała");
    None for none or two."""
    toks = doc.toks
    if k + 1 >= len(toks) or not all(toks[j].is_word and toks[j].text[:1].islower() and toks[j].pos == "subst"
                                       and j not in doc.mention for j in (k, k + 1)) \
            or not any(r.has("gen") for r in toks[k + 1].readings):
        return None
    index = doc.__dict__.get("_lemma_at")
    if index is None:  # built once per document: lemma -> token positions (linear)
        index = {}
        for t in toks:
            if t.is_word:
                index.setdefault(t.lemma.lower(), []).append(t.i)
        doc.__dict__["_lemma_at"] = index
    first = toks[k].lemma.lower()
    second = frozenset(r.lemma.lower() for r in toks[k + 1].readings)  # "oskarżenia": the noun or the gerund's verb
    memo = doc.__dict__.setdefault("_document_authors", {})  # each document answered once: linear
    if (first, second) not in memo:
        memo[(first, second)] = _document_author_scan(doc, index.get(first, ()), second)
    return memo[(first, second)]


def _document_author_scan(doc: _Doc, positions, second: frozenset[str]) -> Optional[Actor]:
    toks = doc.toks
    found: set[str] = set()
    authors: dict[str, Actor] = {}
    for j in positions:
        if j + 1 >= len(toks) or not second & {r.lemma.lower() for r in toks[j + 1].readings}:
            continue
        a, b = doc.sent_range(doc.sent_of(j))
        x = a
        while x < b:
            m = doc.mention.get(x)
            if m is not None and m[1] == x:
                if m[0].type == "organization" and not in_oblique(doc, m) and mention_nominative(doc, m):
                    found.add(m[0].name)
                    authors[m[0].name] = m[0]
                x = m[2] + 1
                continue
            x += 1
    return authors[found.pop()] if len(found) == 1 else None


def _relayed_source(doc: _Doc, a: int, b: int) -> Optional[tuple[Optional[Actor]]]:
    """``powołując się na X`` in tokens [a, b): (X,) when X is named right after "na", (None,) for an
    unnamed source ("na źródła w KO"), None when the clause has no such phrase."""
    toks = doc.toks
    for k in range(a, min(b, len(toks) - 2)):
        if toks[k].lemma in ("powoływać", "powołać") and toks[k + 1].lower == "się" and toks[k + 2].lower == "na":
            m = _source_after(doc, k + 3) if k + 3 < len(toks) else None
            if m is None or m[0].type != "person":  # "na wiceprezesa PGG ds. pracowniczych Adama Kreta": the holder
                m = _person_after(doc, k + 3, min(b, k + 12), oblique=True) or m
            # unnamed people an outlet relays ("na tureckich urzędników") are sources, not a group speaking
            return (m[0] if m and m[0].type != "group" else None,)
    return None


def _outlet_noun(doc: _Doc, k: int, v: int) -> Optional[Actor]:
    """An outlet's common noun as the subject ("– podała gazeta", "Dziennik przypomina, że …"): the one
    outlet the text named before the speech verb ``v``, outside quotations and platforms aside (GUIDELINES:
    a common noun the text uses for one actor it names is that actor); None for none or two."""
    t = doc.toks[k]
    if not t.is_word or (t.is_title and not t.sent_start) or t.reading is None or t.reading.pos != "subst" \
            or context_types().get(t.lemma.lower()) != "media" or not (t.reading.has("nom") and t.reading.has("sg")):
        return None
    at, quoted, named = doc.toks[v].idx, _quoted_spans(doc), set(platforms().values())
    outlets = {a.name: a for a in doc.actors if a.type == "media" and a.name not in named
               and any(s < at and s not in quoted for s, _ in a.offsets)}
    return next(iter(outlets.values())) if len(outlets) == 1 else None


def _journalists_outlet(doc: _Doc, k: int, v: int) -> Optional[Actor]:
    """Journalists as the subject ("Jak podawali dziennikarze, …", data/journalist_nouns.txt, plural, no
    complement of their own): the one outlet the text names, outside quotations, in the speech verb's
    sentence or the one before it ("… informował portal X. Jak podawali dziennikarze, …": the outlet's own
    findings, GUIDELINES media as speakers); None for none or two."""
    t = doc.toks[k]
    if t.reading is None or t.reading.pos != "subst" or not t.reading.has("pl") \
            or t.lemma.lower() not in lexicon_set("journalist_nouns.txt"):
        return None
    s = doc.sent_of(v)
    a, b = doc.sent_range(max(0, s - 1))[0], doc.sent_range(s)[1]
    quoted, named = _quoted_spans(doc), set(platforms().values())
    outlets = {doc.mention[j][0].name: doc.mention[j][0] for j in range(a, b)
               if j in doc.mention and doc.mention[j][0].type == "media" and doc.mention[j][0].name not in named
               and doc.toks[j].idx not in quoted}
    return next(iter(outlets.values())) if len(outlets) == 1 else None


def _keeps_via(doc: _Doc, f, prev) -> bool:
    """Quote ``f`` keeps the outlet of ``prev``, the quote settled just before (GUIDELINES ``via``): the same
    speaker in the same paragraph, by a bare verb ("Dodał, że …"), named again in the next sentence
    ("Cytowany przez TASS Pieskow dodał … Według Pieskowa …") or in a quote that opens right after the
    previous one's attribution ("… – powiedział w rozmowie z RMF FM X. A tak … – dodał prezes spółki.")."""
    if prev.speaker is not f.speaker or f.speaker is None or f.verb_tok is None \
            or doc.para[doc.tok_index(prev.start)] != doc.para[doc.tok_index(f.start)]:
        return False
    said = doc.sent_of(prev.verb_tok) if prev.verb_tok is not None else doc.sent_of(doc.tok_index(prev.start))
    return not f.explicit or doc.sent_of(f.verb_tok) - doc.sent_of(doc.tok_index(prev.start)) <= 1 \
        or (f.start > prev.end and doc.sent_of(doc.tok_index(f.start)) - said <= 1)


def _body_by_head(doc: _Doc, k: int, any_head: bool = False) -> Optional[Actor]:
    """A sentence's own subject that is an institution's head noun ("Szkoła broni się, że …",
    data/institution_heads.txt) and no mention: the one organisation the text names (anywhere: the lead
    often speaks of it before its name) whose name opens with that noun ("Publiczna Szkoła Podstawowa X");
    None for none or two (GUIDELINES: a common noun the text uses for one actor it names is that actor)."""
    lemma = doc.toks[k].lemma.lower()
    kinds = _institution_kinds().get(lemma)
    if lemma not in lexicon_set("institution_heads.txt") and kinds is None \
            and lemma not in _classifiers("organization") and not any_head:
        return None  # (``any_head``: any noun that opens a body's name, "według rzecznika": Rzecznik Finansowy)
    index = doc.__dict__.get("_bodies_by_head")
    if index is None:  # built once per document: head lemma -> organisations (linear)
        index = {}
        for a in doc.actors:
            if a.type != "organization":
                continue
            for w in a.name.split():
                rs = readings(w.strip('„”"().,'))
                if any(r.pos == "subst" for r in rs) and not any(r.pos == "adj" for r in rs):
                    for head in {r.lemma.lower() for r in rs if r.pos == "subst"}:
                        index.setdefault(head, {})[a.name] = a
                    break
        classifiers = _classifiers("organization")
        for j, m in doc.mention.items():  # the noun that classifies a name where the text gives it ("klub Motor
            if j != m[1] or j == 0 or m[0].type != "organization" or j in doc.head:  # Lublin", "firma X")
                continue
            prev = doc.toks[j - 1]
            if prev.is_word and (prev.text[:1].islower() or prev.sent_start) and prev.sent == doc.toks[j].sent:
                for head in {r.lemma.lower() for r in prev.readings if r.pos == "subst"} & classifiers:
                    index.setdefault(head, {})[m[0].name] = m[0]
        doc.__dict__["_bodies_by_head"] = index
    bodies = dict(index.get(lemma, {}))
    for head in kinds or ():  # "placówka": a school, a hospital … of which the text names one
        bodies.update(index.get(head, {}))
    return next(iter(bodies.values())) if len(bodies) == 1 else None


@lru_cache(maxsize=1)
def _institution_kinds() -> dict[str, tuple[str, ...]]:
    """Noun -> head nouns of the institutions it names (``data/institution_kinds.txt``)."""
    out = {}
    for line in read_lexicon("institution_kinds.txt"):
        noun, _sep, heads = line.partition(":")
        out[noun.strip()] = tuple(heads.split())
    return out


def _noun_source(doc: _Doc, k: int, v: int) -> Optional[Actor]:
    """The source after "według"/"zdaniem" given by a common noun, past its adjectives ("Według gazety",
    "zdaniem resortu", "według zarządu spółki"): the one outlet (a media classifier) or the one body (its
    head or classifier noun, data/institution_heads.txt, context.tsv) the text names; an organ noun
    ("zarządu", data/organ_nouns.txt) with a body noun after it is that body, alone the one organisation the
    text named before ``v``; None for none or two (GUIDELINES: a common noun the text uses for one actor it
    names is that actor)."""
    toks = doc.toks
    while k < len(toks) and k not in doc.mention and toks[k].is_word and toks[k].text[:1].islower() \
            and toks[k].pos == "adj":
        k += 1
    if k >= len(toks) or k in doc.mention or not toks[k].is_word or toks[k].text[:1].isupper() \
            or not any(r.pos == "subst" and not r.is_proper for r in toks[k].readings):
        return None
    lemma = toks[k].lemma.lower()
    if lemma in _classifiers("media"):
        at, quoted, named = toks[v].idx, _quoted_spans(doc), set(platforms().values())
        outlets = {a.name: a for a in doc.actors if a.type == "media" and a.name not in named
                   and any(s < at and s not in quoted for s, _ in a.offsets)}
        if len(outlets) > 1:  # of several outlets, the one whose findings the sentence before reports ("Jak
            last = doc.last_speaker(v)  # ustaliła „Rzeczpospolita”, … Według gazety …")
            return last if last is not None and last.name in outlets else None
        return next(iter(outlets.values())) if outlets else None
    if lemma in lexicon_set("organ_nouns.txt"):
        nxt = k + 1
        if nxt < len(toks) and toks[nxt].sent == toks[k].sent and nxt not in doc.mention and toks[nxt].is_word \
                and toks[nxt].text[:1].islower() and any(r.pos == "subst" and r.has("gen") for r in toks[nxt].readings) \
                and _body_noun(toks[nxt].lemma.lower()):
            return _named_before(doc, _body_by_head(doc, nxt), v)  # "według zarządu spółki" (not "według
            # zarządu podwyżki są …")
        if nxt < len(toks) and nxt in doc.mention:
            return None  # "według zarządu PGG": the name itself is the source (read before)
        at, quoted = toks[v].idx, _quoted_spans(doc)
        bodies = {a.name: a for a in doc.actors if a.type == "organization"
                  and any(s < at and s not in quoted for s, _ in a.offsets)}
        return next(iter(bodies.values())) if len(bodies) == 1 else None
    nxt = toks[k + 1] if k + 1 < len(toks) and toks[k + 1].sent == toks[k].sent else None
    bare = nxt is None or not nxt.is_word or (k + 1 not in doc.mention and not any(
        r.pos in ("subst", "adj") and r.has("gen") for r in nxt.readings))  # no complement of its own
    return _named_before(doc, _body_by_head(doc, k, any_head=bare), v)


def _named_before(doc: _Doc, actor: Optional[Actor], v: int) -> Optional[Actor]:
    """``actor`` when the text names it before token ``v``, outside quotations (a source a common noun
    refers back to), else None."""
    at, quoted = doc.toks[v].idx, _quoted_spans(doc)
    return actor if actor is not None and any(s < at and s not in quoted for s, _ in actor.offsets) else None


def _body_noun(lemma: str) -> bool:
    """A noun that names a kind of body: an institution's head, a kind of institution or an organisation's
    classifier ("spółka", "placówka", "klub")."""
    return lemma in lexicon_set("institution_heads.txt") or lemma in _institution_kinds() \
        or lemma in _classifiers("organization")


@lru_cache(maxsize=None)
def _classifiers(kind: str) -> frozenset[str]:
    """The nouns that classify a name of ``kind`` (``context.tsv``: "klub", "spółka" for an organisation)."""
    return frozenset(w for w, k in context_types().items() if k == kind)
