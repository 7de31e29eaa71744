"""Mentions: every place the text refers to an actor, linked to that actor once per article.

API (quotes use it for speakers, demands for ``by``/``of``, the actors table for counts)::

    link_mentions(text: Text, actors: Sequence[Actor]) -> tuple[Mention, ...]

``text`` is ``nlp.analyze(...)``'s result, ``actors`` what ``extract_actors`` found in it. The result
is in text order and never overlaps. Each :class:`Mention` has character offsets (``start``/``end``
span the mention, ``head_start``/``head_end`` the word whose case is the mention's case), the
``actor`` it refers to (an ``Actor.name``, or for a group with no leading organisation the group's
nominative plural, with ``group=True``) and its ``kind``:

- ``name``: a name form (full, surname, inflected, acronym: the actor's own offsets) and the person
  name forms the actor extractor left out (an inflected surname, a vocative ``Pani Elżbieto``);
- ``role``: a role noun phrase (``premier``, ``szef związku``, ``rzecznik rządu``, ``pani minister``).
  In apposition to a name (``rzecznik Kremla Dmitrij Pieskow``, ``Nowak, prezes spółki``) it is that
  person; otherwise it is the person the text gives a role of the same class (``data/role_classes.txt``)
  and agreeing gender, mentioned before it, the one whose role shares a complement word first, the
  latest mentioned next; with no such person, for a spokesperson (``rzecznik MEN``), the named
  organisation in its complement (an unnamed spokesperson speaks for it). Unresolved roles are not
  mentions (``napastnik Barcelony`` is not Barcelona).
- ``noun``: an organisation's head noun standing alone (``Związek domaga się``, ``Izba: …``, ``spółka``)
  when exactly one organisation named earlier has that head (``data/institution_heads.txt``);
- ``pronoun``: ``niego``/``niej``/``jego``/``jej``/``on``/``ona`` when exactly one person of that
  gender is named in the same or the two previous sentences (outside quotation marks);
- ``group``: a plural group noun (``data/group_nouns.txt``) with its adjectives and genitive
  complement (``protestujący rolnicy``, ``byli pracownicy starostwa``; the name keeps where they live or come
  from, ``mieszkańcy Radomia``, ``rybacy z Helu``, and drops a quantifier, ``inni``, ``niektórzy``; scoring
  compares group names by head noun). A named organisation that leads the
  group (``rolnicy zrzeszeni w X``, ``związkowcy z X``) is its actor; otherwise ``actor`` is the
  group in the nominative plural and ``group`` is True.

Linear in the text: one pass over the tokens, per-class candidate lists kept up to date as it goes.
"""
from __future__ import annotations

import bisect
from collections import deque
from dataclasses import dataclass
from functools import lru_cache
from typing import Optional, Sequence

from ..lexicon import lexicon_set, role_words
from ..model import Actor
from ..nlp import QUOTE_OPEN, Text, in_quotes, layout_lines, read_lexicon, readings, tokens_in_spans
from .groups import GroupLeaders, link_group, name_lemmas
from .mention_roles import (ADDRESS, _acronym, _role_by_form, _complement_person, _genitive, _holder_below, _link_role,
                            _role_lemma, _skip_title, _word_keys, apposed_before, apposed_person, epithet_appositions, epithet_end,
                            epithet_lemma, is_person, person_gender, role_class, epithet_complements,
                            other_epithet_complement)
from .mention_nouns import (_agree_pl, _brand_name, _group_by_form, _group_noun, _inflected_surname, _legal_form,  # noqa: F401
                            _listed_bodies, _organisers, _owning_body, _plural_nominative, _sg_noun_lemmas, _short_form,
                            group_nouns)

GENDERS = ("m1", "m2", "m3", "f", "n")
KINDS = ("name", "role", "noun", "pronoun", "group")
PRONOUNS = {"niego": "m", "jego": "m", "on": "m", "niej": "f", "jej": "f", "ona": "f"}
LEAD_PREPS = ("z", "ze", "w", "we")
_ORGANISING_POS = ("fin", "praet", "ppas", "pact", "ger")  # an organising verb's forms that name its organisers
LEAD_PARTICIPLES = frozenset({"zrzeszony", "zrzeszyć", "skupiony", "skupić", "zorganizowany", "zorganizować",
                              "należący", "należeć", "związany", "związać", "reprezentowany", "reprezentować"})


@dataclass(frozen=True)
class Mention:
    actor: str  # Actor.name, or a group's nominative plural when ``group``
    kind: str  # name / role / pronoun / group
    start: int
    end: int
    head_start: int  # the word whose case is the mention's case
    head_end: int
    group: bool = False

    def surface(self, text: str) -> str:
        return text[self.start:self.end]


def _only_title(actor: Actor) -> bool:
    """A "name" made only of address words and role nouns ("Pan Wójt", "Pani Minister")."""
    return _only_title_name(actor.name)


@lru_cache(maxsize=4096)
def _only_title_name(name: str) -> bool:  # (asked for every actor three times an article: once per name)
    roles = role_words()
    words = name.split()
    return len(words) > 1 and all(({r.lemma.lower() for r in readings(w)} | {w.lower()}) & (roles | set(ADDRESS))
                                  for w in words)


class _Index:
    """Token -> (actor, first token, last token, head token) of the name mentions."""

    def __init__(self, text: Text, actors: Sequence[Actor]) -> None:
        toks = text.toks
        self.text, self.toks = text, toks
        starts = text._starts  # the token starts (kept on the text)
        self.at: dict[int, tuple[Actor, int, int]] = {}
        for actor in actors:
            if _only_title(actor):
                continue  # "Pan Wójt" (from "Szanowny Panie Wójcie") is a role, not a name
            for s, e in actor.offsets:
                a = bisect.bisect_left(starts, s)
                b = bisect.bisect_left(starts, e) - 1  # the last token starting before e: the one ending at e, if any
                if a < len(toks) and 0 <= b < len(toks) and toks[a].idx == s and toks[b].end == e:
                    for k in range(a, b + 1):
                        self.at[k] = (actor, a, b)
        self._other_forms(actors)

    def _other_forms(self, actors: Sequence[Actor]) -> None:
        """An organisation's multi-word name in another inflected form the actor extractor did not record
        ("Biuro do Spraw Tajwanu" named before "Biura do Spraw Tajwanu"): word by word the same lemma and
        the same capitalisation, outside every other name but a place inside it; only when one
        organisation's name fits."""
        toks = self.toks
        by_first: dict[str, list[tuple[Actor, list[frozenset[str]], list[bool]]]] = {}
        for actor in actors:
            words = actor.name.split()
            if actor.type != "organization" or len(words) < 2 or _only_title(actor):
                continue
            lemmas = [frozenset({w.lower()} | {r.lemma.lower() for r in readings(w)}) for w in words]
            for key in lemmas[0]:
                by_first.setdefault(key, []).append((actor, lemmas, [w[:1].isupper() for w in words]))
        if not by_first:
            return
        i = 0
        while i < len(toks):
            t = toks[i]
            if i in self.at or not t.is_word or not t.is_title:
                i += 1
                continue
            fits = {}
            for key in _word_keys(t):
                for actor, lemmas, upper in by_first.get(key, ()):
                    n = len(lemmas)
                    if i + n <= len(toks) and all(
                            (k not in self.at or self.at[k][0].type == "place" and i < self.at[k][1]
                             and self.at[k][2] < i + n) and toks[k].sent == t.sent and toks[k].text[:1].isupper() == upper[j]
                            and _word_keys(toks[k]) & lemmas[j] for j, k in enumerate(range(i, i + n))):
                        fits[actor.name] = (actor, i + n - 1)
            if len(fits) == 1:
                actor, b = next(iter(fits.values()))
                for k in range(i, b + 1):
                    self.at[k] = (actor, i, b)
                i = b + 1
                continue
            i += 1

    def head(self, actor: Actor, a: int, b: int) -> int:
        return b if actor.type == "person" else a


def link_mentions(text: Text, actors: Sequence[Actor]) -> tuple[Mention, ...]:
    """Every mention of an actor (names, role nouns, safe pronouns, group nouns), in text order.

    Worked out once per document and set of actors: the quotes and the demands both ask for it."""
    key = tuple(actors)
    cache = text.__dict__.setdefault("_linked_mentions", {})
    if key not in cache:
        cache[key] = _link_mentions(text, actors)
    return cache[key]


def _link_mentions(text: Text, actors: Sequence[Actor]) -> tuple[Mention, ...]:
    toks = text.toks
    if not toks:
        return ()
    idx = _Index(text, actors)
    persons = [a for a in actors if is_person(a) and not _only_title(a)]
    gender = {a.name: person_gender(a) for a in persons}
    by_name = {a.name: a for a in actors}
    leaders = GroupLeaders(actors)
    quoted = in_quotes(text)
    out: list[Mention] = []
    taken: set[int] = set(idx.at)

    def add(actor: str, kind: str, a: int, b: int, head: int, group: bool = False) -> None:
        out.append(Mention(actor, kind, toks[a].idx, toks[b].end, toks[head].idx, toks[head].end, group))
        taken.update(range(a, b + 1))

    # 1. name forms: the actors' own offsets, then person name forms the actor extractor missed
    seen: set[tuple[int, int]] = set()
    for k, (actor, a, b) in idx.at.items():
        if (a, b) not in seen:
            seen.add((a, b))
            out.append(Mention(actor.name, "name", toks[a].idx, toks[b].end,
                               toks[idx.head(actor, a, b)].idx, toks[idx.head(actor, a, b)].end))
    surnames: dict[str, Actor] = {}
    firsts: dict[str, Actor] = {}
    for p in persons:
        words = p.name.split()
        if len(words) > 1:
            surnames.setdefault(words[-1].lower(), p)
            firsts.setdefault(words[0].lower(), p)
    for p in persons:  # a one-word name ("Zagórowski") in a form or place the actor extractor did not record
        if " " not in p.name:
            surnames.setdefault(p.name.lower(), p)
    extra: dict[int, str] = {}
    alias: dict[str, str] = {}  # "Elżbieta" (an actor of its own) -> "Elżbieta Rzepka"
    for p in persons:
        if " " not in p.name:
            full = [q for q in persons if " " in q.name and q.name.split()[0] == p.name]
            if len(full) == 1:
                alias[p.name] = full[0].name
    if alias:
        out = [Mention(alias.get(m.actor, m.actor), m.kind, m.start, m.end, m.head_start, m.head_end) for m in out]
    for t in toks:
        if t.i in taken or not (t.is_word and t.is_title):
            continue
        keys = _word_keys(t)
        prev = toks[t.i - 1].lower if t.i else ""
        hit = next((surnames[k] for k in keys if k in surnames), None)
        if hit is None:
            hit = _inflected_surname(t.lower, surnames)  # "Według Pieskowa", "z Kowalską"
        if hit is None and prev in ("pani", "panie", "pan"):
            hit = next((firsts[k] for k in keys if k in firsts), None)  # "Pani Elżbieto"
        if hit is not None and not (t.i + 1 < len(toks) and toks[t.i + 1].is_title and toks[t.i + 1].is_word
                                    and toks[t.i + 1].sent == t.sent and t.i + 1 not in taken):
            add(hit.name, "name", t.i, t.i, t.i)
            extra[t.i] = hit.name

    # 2. appositions: the roles each person is given (role class, complement keys)
    held: dict[str, set[tuple[str, frozenset[str]]]] = {}  # person -> distinct (role class, complement keys)
    complements: set[tuple[str, str]] = set()  # (person, role class) named as a role's genitive complement
    role_phrases: dict[int, tuple[str, int, set[str], Optional[str]]] = {}  # role tok -> (lemma, last tok, keys, org)
    role_memo, at = _role_by_form, idx.at
    for t in toks:
        # (a role noun is a word, capitalised only at a sentence start: the others are passed over here)
        if not t.is_word or (t.is_title and not t.sent_start) or t.i in at:
            continue
        got = role_memo.get((id(t.readings), t.lemma))  # (_role_lemma's memo read here: no call for most words)
        lemma = got[1] if got is not None and got[0] is t.readings else _role_lemma(t)
        if lemma is None:
            continue
        j, keys, org, words_end = t.i + 1, set(), None, None
        while j < len(toks) and j - t.i <= 4 and toks[j].sent == t.sent:
            m = idx.at.get(j)
            if m is not None:
                if is_person(m[0]):
                    break
                keys |= {m[0].name.lower(), m[0].name.split()[0].lower()}
                keys |= {r.lemma.lower() for r in toks[m[1]].readings}
                org = org or m[0].name
                words_end = j - 1 if words_end is None else words_end
                j = m[2] + 1
                continue
            if toks[j].is_word and _acronym(toks[j]):
                keys.add(toks[j].lower)  # an acronym no actor took ("szef MSWiA"): still the role's complement
                j += 1
                continue
            if toks[j].is_title or not _genitive(toks[j]) or _role_lemma(toks[j]):
                break
            keys |= {r.lemma.lower() for r in toks[j].readings if r.pos in ("subst", "adj")}
            j += 1
        role_phrases[t.i] = (lemma, j - 1, keys, org, j - 1 if words_end is None else words_end)
        j = _skip_title(toks, j) if j not in idx.at else j  # "… prok. Jan Nowak"
        nxt = idx.at.get(j)
        if nxt is not None and is_person(nxt[0]) and nxt[1] == j and _complement_person(t, lemma, toks, nxt):
            complements.add((nxt[0].name, role_class(lemma)))  # "Obrońca Jana K.": whose defender, not the defender
            j = _skip_title(toks, nxt[2] + 1)  # the holder may follow: "Obrońca Jana K. mec. Piotr Zawada"
            nxt = idx.at.get(j)
        if nxt is not None and is_person(nxt[0]) and nxt[1] == j:
            held.setdefault(nxt[0].name, set()).add((role_class(lemma, keys), frozenset(keys)))
        # "Jolanta Nowak, przewodnicząca związku"
        before = apposed_before(toks, idx, t.i)  # (or set off by dashes: "Jan Nowak – rzecznik PK – wskazał")
        if before is not None:
            held.setdefault(before.name, set()).add((role_class(lemma, keys), frozenset(keys)))
    for a in persons:  # the role the actor extractor read, when the apposition scan missed it
        if a.role and a.name not in held and (a.name, role_class(a.role.split()[0].lower())) not in complements:
            words = a.role.split()
            held[a.name] = {(role_class(words[0].lower()), frozenset(w.lower() for w in words[1:]))}

    epithets = epithet_appositions(toks, idx)  # "redaktor naczelną … Agnieszkę W." -> redaktor
    ep_bodies = epithet_complements(toks, idx, epithets) if epithets else {}  # "Reporter TVN24 Jan Lis" -> TVN24

    # organisations by their head noun: "Związek Nauczycielstwa Polskiego" -> związek
    heads: dict[str, set[str]] = {}
    institutions = lexicon_set("institution_heads.txt")
    for a in actors:
        if a.type == "organization" and " " in a.name:
            for w in a.name.split():
                lemmas = {r.lemma.lower() for r in readings(w) if r.pos == "subst"}
                if lemmas & institutions:
                    for lemma in lemmas & institutions:
                        heads.setdefault(lemma, set()).add(a.name)
                    break
    for actor, a, b in set(idx.at.values()):  # a descriptor before the name: "spółka Wartbus"
        prev = toks[a - 1] if a > 0 else None
        if actor.type == "organization" and prev is not None and prev.is_word and prev.sent == toks[a].sent \
                and text.text[prev.end:toks[a].idx] == " " and (prev.text[:1].islower() or prev.sent_start):
            for lemma in {r.lemma.lower() for r in prev.readings if r.pos == "subst"} & institutions:
                heads.setdefault(lemma, set()).add(actor.name)
        k = b + 2  # an apposition after the name: "Polska Grupa Górnicza, największa spółka węglowa w Europie, …"
        if actor.type == "organization" and k < len(toks) and toks[b + 1].text == "," and toks[k].sent == toks[b].sent:
            while k < b + 4 and k + 1 < len(toks) and toks[k].pos == "adj" and toks[k].text[:1].islower():
                k += 1
            if toks[k].is_word and toks[k].text[:1].islower() and k not in idx.at:
                for lemma in {r.lemma.lower() for r in toks[k].readings
                              if r.pos == "subst" and r.has("sg") and r.has("nom")} & institutions:
                    heads.setdefault(lemma, set()).add(actor.name)
    if "spółka" not in heads:  # "Spółka: …", "przewoźnik" with no company so named: the one brand-named body
        brands = {a.name for a in actors if a.type == "organization" and _brand_name(a.name, institutions)}
        if len(brands) == 1:
            heads["spółka"] = brands
    for a in actors:  # a legal form names a company ("Farmavita SA"): "Spółka podkreśla" when it is the one so far
        if a.type == "organization" and _legal_form(a.name):
            heads.setdefault("spółka", set()).add(a.name)
    for line in read_lexicon("head_synonyms.txt"):  # "resort" -> the ministry
        noun, head, *words = line.split()  # "ratusz urząd miasto gmina": an Urząd Miasta or Urząd Gminy only
        if head in heads:
            heads.setdefault(noun, set()).update(
                n for n in heads[head] if not words or set(words) & {r.lemma.lower() for w in n.split() for r in readings(w)})
    seen_orgs: set[str] = set()

    def body_at(k: int) -> Optional[Actor]:
        """The one organisation named so far that a common head noun at token ``k`` refers to ("komitetu")."""
        named = {n for r in toks[k].readings if r.pos == "subst" and r.has("sg") and not r.is_proper
                 for n in heads.get(r.lemma.lower(), ())} & seen_orgs
        return by_name.get(named.pop()) if len(named) == 1 else None

    # 3. one pass in text order: roles, pronouns and groups against the persons seen so far
    by_class: dict[str, list[str]] = {}
    spoke_for: dict[str, str] = {}
    for name, roles in held.items():
        for cls in dict.fromkeys(c for c, _keys in roles):
            by_class.setdefault(cls, []).append(name)
    last_seen: dict[str, int] = {}  # person -> last token mentioned (outside quotes)
    recent: deque[tuple[int, str]] = deque()  # (sentence, person) of name mentions outside quotes
    recent_orgs: deque[tuple[int, Actor]] = deque()  # (sentence, organisation) of name mentions outside quotes
    organisers: set[str] = set()  # organisations the text says organised an action, so far
    i = 0
    layout = tokens_in_spans(text, sorted(layout_lines(text.text)))  # teasers and credits: not article text
    # (GUIDELINES, web layout)
    organiser_verbs = lexicon_set("organiser_verbs.txt")
    group_memo = _group_by_form
    while i < len(toks):
        t = toks[i]
        m = idx.at.get(i)
        if m is None and i in layout:
            i += 1  # "CZYTAJ TAKŻE: Ile zapłacą kredytobiorcy?" names no group, role or body of this article
            continue
        if m is not None:
            if m[0].type == "organization":
                seen_orgs.add(m[0].name)
                if not quoted[i]:
                    recent_orgs.append((t.sent, m[0]))
            if is_person(m[0]):
                last_seen[m[0].name] = i
                if not quoted[i]:
                    recent.append((t.sent, m[0].name))
            i = m[2] + 1
            continue
        ep = epithet_lemma(t) if epithets and not quoted[i] else None
        if ep is not None and not any(r.has("nom") for r in t.readings):
            ep = None
        if ep is not None and len(epithets.get(ep, ())) == 1 and next(iter(epithets[ep])) in last_seen \
                and apposed_person(toks, idx, i) is None \
                and not other_epithet_complement(toks, idx, i, ep, next(iter(epithets[ep])), ep_bodies):
            # (a name after it is its own referent or whose it is; another body after it, another person)
            name, end = next(iter(epithets[ep])), epithet_end(toks, i)  # "Redaktor naczelna nie kryła ulgi"
            add(name, "role", i, end, i)  # after "redaktor naczelną „Tygodnika X” Agnieszkę W.": that person
            last_seen[name] = i
            i = end + 1
            continue
        if i in extra:  # a name form found in step 1
            name = extra[i]
            if name in gender:
                last_seen[name] = i
                if not quoted[i]:
                    recent.append((t.sent, name))
            i += 1
            continue
        if i in role_phrases:
            phrase = role_phrases[i]
            if phrase[3] is None and role_class(phrase[0]) == role_class("rzecznik"):
                for k in range(i + 1, min(i + 4, len(toks))):  # "rzeczniczka Komisji", "rzecznik resortu": the body
                    if toks[k].sent != t.sent or not _genitive(toks[k]) or k in idx.at:
                        break
                    bodies = {n for r in toks[k].readings if r.pos == "subst" and not r.is_proper
                              for n in heads.get(r.lemma.lower(), ())} & seen_orgs
                    if len(bodies) == 1:
                        phrase = (*phrase[:3], bodies.pop(), *phrase[4:])
                        break
            line_start = i == 0 or "\n" in text.text[toks[i - 1].end:t.idx]
            ahead = _holder_below(text.text, toks, i, phrase, by_class, by_name) if line_start else None
            i = _link_role(toks, idx, i, phrase, held, by_class, last_seen, gender, add,
                           line_start=line_start, spoke_for=spoke_for, ahead=ahead)
            continue
        pron = PRONOUNS.get(t.lower)
        owner = _owning_body(toks, i, pron, recent, recent_orgs, gender) if pron else None
        head = _role_lemma(toks[i + 1]) if owner is not None else None
        if head is not None and _skip_title(toks, i + 2) in idx.at and is_person(idx.at[_skip_title(toks, i + 2)][0]):
            owner = None  # "Jego prezes Anna Lis": the role's holder is named (an apposition, below)
        if owner is not None:  # "Jego członkowie przekonują": the members of the body named just before
            # "Jej lider podkreślił": its unnamed head speaks for it (GUIDELINES)
            add(owner.name, "role" if head and toks[i + 1].reading.has("sg") else "group", i, i + 1, i + 1)
            i += 2
            continue
        if pron and t.reading is not None and t.reading.pos.startswith("ppron"):
            while recent and recent[0][0] < t.sent - 2:
                recent.popleft()
            cands = {n for _s, n in recent if gender.get(n) == pron}
            if len(cands) == 1:
                add(cands.pop(), "pronoun", i, i, i)
            i += 1
            continue
        if t.pos in _ORGANISING_POS and t.lemma.lower() in organiser_verbs:  # (pos: "ign" without a reading)
            organisers |= _organisers(text, idx, t)
        group = None  # (punctuation is no group noun: passed over here; _group_noun's memo read here)
        if t.is_word and not (t.is_title and not t.sent_start):
            got = group_memo.get((id(t.readings), id(t.reading)))
            group = got[2] if got is not None and got[0] is t.readings and got[1] is t.reading else _group_noun(t)
        if group:
            org = by_name.get(next(iter(organisers))) if len(organisers) == 1 else None
            i = link_group(text, idx, i, add, leaders, body_at, organiser=org)
            continue
        if heads and t.is_word and (not t.is_title or t.sent_start or (i > 0 and toks[i - 1].text in QUOTE_OPEN)
                                    or _short_form(toks, i)):
            rs = readings(t.text.lower()) if t.text.isupper() and len(t.text) > 2 else t.readings  # "SPÓŁKA:"
            sg = _sg_noun_lemmas(rs)
            orgs = {n for lemma in sg for n in heads.get(lemma, ())} if sg else None
            if not orgs:  # no body has this head noun: nothing below can link it
                i += 1
                continue
            nxt = toks[i + 1] if i + 1 < len(toks) and toks[i + 1].sent == t.sent else None
            # a qualifier: "ministerstwo rolnictwa" (the genitive as the tagger reads it: "Według ratusza klub …",
            # "Według resortu farmy wiatrowe …" have the clause's subject there, not a qualifier)
            qualified = nxt is not None and nxt.is_word and (nxt.is_title or nxt.pos == "adj" or (
                nxt.pos == "subst" and nxt.reading is not None and nxt.reading.has("gen")))
            line_start = i == 0 or "\n" in text.text[toks[i - 1].end:t.idx]  # a subheading "Sąd: …"
            line_start = line_start or (t.sent_start and nxt is not None and nxt.text == ":")  # "… z gazetą. Sąd: „…”"
            named = orgs & seen_orgs  # "Sąd orzekł …": the one court named so far, whatever is named later
            if qualified and len(named) == 1 and i > 0 and toks[i - 1].lower == "według" and not nxt.is_title \
                    and any(r.pos == "subst" and r.has("nom") for r in nxt.readings) \
                    and not {r.lemma.lower() for r in nxt.readings} & name_lemmas(next(iter(named))):
                qualified = False  # "Według resortu farmy wiatrowe mają …": a noun that may be nominative and is no
                # part of the body's name opens the clause ("Według resortu rolnictwa …" keeps its qualifier)
            if len(named) == 1 and qualified and not nxt.is_title \
                    and {r.lemma.lower() for r in nxt.readings} & name_lemmas(next(iter(named))):
                add(named.pop(), "noun", i, i + 1, i)  # "resort zdrowia" after "Ministerstwo Zdrowia": that body
                i += 2
                continue
            if len(named) == 1 and not qualified:
                add(named.pop(), "noun", i, i, i)  # "Związek domaga się …" -> the union named earlier
            elif not named and len(orgs) == 1 and line_start and not qualified:
                add(orgs.pop(), "noun", i, i, i)  # a subheading "Sąd: …" before the paragraph naming it
        i += 1
    return tuple(sorted(out, key=lambda x: x.start))


def mentions_by_token(text: Text, mentions: Sequence[Mention]) -> dict[int, tuple[Mention, int, int, int]]:
    """Token index -> (mention, first token, last token, head token), for token-level callers."""
    starts = text._starts
    out: dict[int, tuple[Mention, int, int, int]] = {}
    for m in mentions:
        a = bisect.bisect_left(starts, m.start)
        b = bisect.bisect_left(starts, m.end) - 1
        h = bisect.bisect_left(starts, m.head_start)
        for k in range(a, b + 1):
            out[k] = (m, a, b, h)
    return out
