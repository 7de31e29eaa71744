"""Short forms: the other names one actor goes by in a text join its full name.

An organisation's name that begins one longer name ("Rada Miejska" for Rada Miejska w Nowych Kolnicach), a
club without its acronym or city ("Sokół", "Orła"), a works by its own name ("Wiertex", "w Rokitnicy"), a
double surname written as two words, a body by the name it quotes ("Solidarność" for Komisja Zakładowa NSZZ
"Solidarność"), an acronym of its common name before its own name ("ZCh Rokitnica"), and one own name after
head words of one family ("Lotnisko Olsztyn Mazury", "Port Lotniczy Olsztyn-Mazury"). Each joiner maps a
short actor's name to the full one, only when exactly one full name fits (``merge.py`` unites the forms of
one name first).
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from ..lexicon import gazetteer, lexicon_set
from ..nlp import readings
from .merge import fold_spelling, initials


def short_forms(groups: dict[str, list], types: dict[str, str]) -> dict[str, str]:
    """Every joiner's short name -> full name, in order (a later joiner's answer wins)."""
    out = shorter_forms(groups, types)
    out.update(unqualified_forms(groups, types))
    out.update(club_forms(groups, types, lexicon_set("club_prefixes.txt")))
    out.update(own_names(groups, types, lexicon_set("workplace_heads.txt")))
    out.update(double_surnames(groups, types))
    out.update(quoted_names(groups, types))
    out.update(acronym_forms(groups, types))
    out.update(prefixed_acronyms(groups, types))
    out.update(country_forms(groups, types))
    out.update(same_own_name(groups, types))
    out.update(classified_names(groups, types))
    return out


def shorter_forms(groups: dict[str, list], types: dict[str, str]) -> dict[str, str]:
    """An organisation whose name (or a reading of one of its forms) begins exactly one longer
    organisation's name is that one ("Rada Miejska" -> "Rada Miejska w Nowych Kolnicach",
    "WindPolu" -> "WindPol Energia"); a firm named before its national company ("Agrotech" before
    "Agrotech Polska", ``branch_countries.txt``) is the parent, not a short form."""
    orgs = [n for n in groups if types[n] in ("organization", "media")]
    starting: dict[str, set[str]] = {}  # a name's first words -> (up to three) longer names they begin
    for o in orgs:
        words = o.split()
        for k in range(1, len(words)):
            bucket = starting.setdefault(" ".join(words[:k]), set())
            if len(bucket) < 3:
                bucket.add(o)
    out = {}
    branch = lexicon_set("branch_countries.txt")
    for n in orgs:
        full = _the_one(groups, n, starting)
        if full is not None:
            if full.split()[-1] in branch and len(full.split()) == len(n.split()) + 1 \
                    and groups[n][0].a < groups[full][0].a:
                continue  # "grupy Nordhavn Logistics, a jego polską spółką …": a parent named before its national company
            out[n] = full
    return out


def unqualified_forms(groups: dict[str, list], types: dict[str, str]) -> dict[str, str]:
    """An organisation's name without the adjective that opens exactly one longer organisation's name
    is that one, its seat dropped too ("Urząd Wojewódzki" for Mazowiecki Urząd Wojewódzki, "Sąd
    Administracyjny" for Wojewódzki Sąd Administracyjny w Gliwicach): a text drops the qualifier once
    it has named the body."""
    orgs = [n for n in groups if types[n] == "organization"]
    ending: dict[str, set[str]] = {}
    for o in orgs:
        words = o.split()
        if len(words) >= 3 and words[0][:1].isupper() and _agrees(words[0], words[1]):
            for k in range(3, len(words) + 1):  # "Sąd Administracyjny" for "Wojewódzki Sąd Administracyjny w X"
                ending.setdefault(" ".join(words[1:k]), set()).add(o)
    out = {}
    for n in orgs:
        full = _the_one(groups, n, ending) if len(n.split()) >= 2 else None
        if full is not None:
            out[n] = full
    return out


def _agrees(adj: str, noun: str) -> bool:
    """``adj`` has an adjective reading in the nominative, number and gender of a common noun's
    nominative reading of ``noun`` ("Mazowiecki Urząd")."""
    return any(a.pos == "adj" and n.pos == "subst" and n.lemma[:1].islower() and a.has("nom") and n.has("nom")
               and any(a.has(v) and n.has(v) for v in ("sg", "pl")) and any(a.has(g) and n.has(g) for g in ("m1", "m2", "m3", "f", "n"))
               for a in readings(adj) for n in readings(noun))


def club_forms(groups: dict[str, list], types: dict[str, str], prefixes: frozenset[str]) -> dict[str, str]:
    """A club's name without its acronym, or without its city too ("Sokół Ostrołęka", "Sokół" for
    "MKS Sokół Ostrołęka"; "Orzeł" for Orzeł Ciechanów when Ciechanów is a place of the text or a place the
    dictionary knows: "Merkado" for Merkado Polska), read from any form of another actor that is no
    person, is that club."""
    keys: dict[str, set[str]] = {}
    for n in groups:
        words = n.split()
        if types[n] == "organization" and len(words) > 1 and words[0] in prefixes:
            for k in range(2, len(words) + 1):  # "Falubaz", "Falubaz Zielona Góra"
                keys.setdefault(" ".join(words[1:k]), set()).add(n)
    for n in groups:  # "Orła" for Orzeł Ciechanów, the city an actor too (not a short form of "MKS Orzeł Ciechanów")
        words = n.split()  # or a place the dictionary knows ("Merkado" for Merkado Polska)
        if types[n] == "organization" and len(words) == 2 and n not in keys \
                and (types.get(words[1]) == "place" or _town(words[1])) \
                and words[0][:1].isupper() and not words[0].isupper():
            keys.setdefault(words[0], set()).add(n)
    out = {}
    if not keys:
        return out
    for n in groups:
        # a club's one word read as a surname ("z Motorem") is the club too, where no one is named in full
        club = _the_one(groups, n, keys) if types[n] != "person" or (" " not in n and n in keys) else None
        if club is not None:
            out[n] = club
    return out


def _town(word: str) -> bool:
    """A place's name in the nominative as the dictionary knows it ("Polska", "Ciechanów")."""
    return any(r.lemma == word and "nazwa_geograficzna" in r.quals and r.has("nom") for r in readings(word))


def own_names(groups: dict[str, list], types: dict[str, str], heads: frozenset[str]) -> dict[str, str]:
    """A workplace named by its common name and its own ("Zakłady Metalowe Wiertex": a head of
    ``workplace_heads.txt``, an unknown word last) goes by its own name alone too: a body so named
    ("Wiertex", "w Wiertexie") is that one, when exactly one such name ends in it."""
    ending: dict[str, set[str]] = {}
    for n in groups:
        words = n.split()
        if types[n] == "organization" and len(words) > 1 and words[-1][:1].isupper() \
                and (all(r.pos == "ign" for r in readings(words[-1])) or _proper_own_name(words)) \
                and any(r.pos == "subst" and r.lemma.lower() in heads for r in readings(words[0])):
            ending.setdefault(words[-1], set()).add(n)
    out = {}
    for n in groups:
        full = _the_one(groups, n, ending) if " " not in n and types[n] != "person" else None
        if full is not None:
            out[n] = full
    return out


def _proper_own_name(words: list[str]) -> bool:
    """The last word is a proper noun in the nominative in apposition to a workplace's common name and
    its adjectives ("Zakłady Chemiczne Rokitnica"); not a genitive complement or a seat ("Urząd Miasta
    Olsztyna", "Szpital Ogólny w Grajewie", "Urząd Miasta Lublin")."""
    last = readings(words[-1])
    return bool(last) and all(r.pos == "subst" and r.lemma[:1].isupper() for r in last) \
        and any(r.has("nom") for r in last) \
        and all(any(r.pos == "adj" for r in readings(w)) for w in words[1:-1])


def double_surnames(groups: dict[str, list], types: dict[str, str]) -> dict[str, str]:
    """A person's hyphenated double surname written as two words ("Wróbel Kot" for "Anna
    Wróbel-Kot", read from any form of another actor) is that person, when exactly one person has it."""
    people: dict[str, set[str]] = {}
    for n in groups:
        last = n.split()[-1]
        parts = last.split("-")
        if types[n] == "person" and " " in n and len(parts) == 2 and all(p[:1].isupper() for p in parts):
            people.setdefault(" ".join(parts), set()).add(n)
    out = {}
    if not people:
        return out
    for n in groups:
        person = _the_one(groups, n, people)
        if person is not None:
            out[n] = person
    return out


_CHUNK = re.compile(r"[A-ZĄĆĘŁŃÓŚŹŻ][a-ząćęłńóśźż]?")


def acronym_forms(groups: dict[str, list], types: dict[str, str]) -> dict[str, str]:
    """A body's name whose first word abbreviates the words before its own name in exactly one longer
    name ("ZCh Rokitnica" for Zakłady Chemiczne Rokitnica: each capital, with the small letter after it,
    opens one word) is that body."""
    out = {}
    orgs = [n for n in groups if types[n] in ("organization", "media")]
    for n in orgs:
        words = n.split()
        head = words[0]
        if len(words) < 2 or not head.isalpha() or sum(c.isupper() for c in head) < 2 \
                or "".join(_CHUNK.findall(head)) != head:
            continue
        chunks = _CHUNK.findall(head)
        found = {m for m in orgs if m != n and m.split()[len(chunks):] == words[1:]
                 and len(m.split()) == len(chunks) + len(words) - 1
                 and all(w.lower().startswith(c.lower()) for w, c in zip(m.split(), chunks))}
        if len(found) == 1:
            out[n] = found.pop()
    return out


def _acronym(word: str) -> bool:
    return len(word) >= 2 and word.isalpha() and word.isupper()


@lru_cache(maxsize=1)
def _listed_expansions() -> dict[str, frozenset[str]]:
    """A listed body's name -> the initials of the words its listed forms put before that name
    ("Wody Polskie" -> PGW, from "Państwowe Gospodarstwo Wodne Wody Polskie")."""
    out: dict[str, set[str]] = {}
    for entries in gazetteer().values():
        for e in entries:
            words, own = list(e.words), e.canonical.split()
            if len(words) > len(own) and words[-len(own):] == own:
                out.setdefault(e.canonical, set()).add(initials(" ".join(words[:-len(own)])))
    return {k: frozenset(v) for k, v in out.items()}


def prefixed_acronyms(groups: dict[str, list], types: dict[str, str]) -> dict[str, str]:
    """An acronym written before a body's name ("PLL LOT", "PGW Wody Polskie") abbreviates that body's
    full name: the acronym standing alone right before the name, when a listed form of the body spells
    it ("Państwowe Gospodarstwo Wodne Wody Polskie"), and the one other body whose name's initials are
    the acronym ("Polskie Linie Lotnicze" for the "PLL" of "PLL LOT") are that body."""
    orgs = [n for n in groups if types[n] in ("organization", "media")]
    ending = {m.b: n for n in orgs for m in groups[n]}
    out: dict[str, str] = {}
    for n in orgs:
        heads = {m.variant.split()[0] for m in groups[n]  # a listed form the text wrote ("PLL LOT")
                 if len(m.variant.split()) >= 2 and _acronym(m.variant.split()[0]) and m.variant.split()[0] != n.split()[0]}
        for m in groups[n]:
            before = ending.get(m.a)
            if before and before != n and _acronym(before) and before in _listed_expansions().get(n, ()):
                out[before] = n  # "PGW Wody Polskie": the acronym a listed form of the body spells
                heads.add(before)
        for acr in heads:
            spelled = [o for o in orgs if o != n and o != acr and " " in o and initials(o) == acr]
            if len(spelled) == 1:
                out[spelled[0]] = n  # "Polskie Linie Lotnicze" beside "PLL LOT"
    return out


@lru_cache(maxsize=1)
def _adjective_countries() -> dict[str, str]:
    from ..nlp import read_lexicon

    return dict(line.split("\t")[:2] for line in read_lexicon("country_adjectives.tsv"))


def country_forms(groups: dict[str, list], types: dict[str, str]) -> dict[str, str]:
    """A body named with its country's adjective before it ("Rosyjskie MSZ") is the one named with the
    country in the genitive after it ("MSZ Rosji"), the same words between."""
    orgs = [n for n in groups if types[n] == "organization"]
    by_body = {}
    for o in orgs:
        words = o.split()
        if len(words) >= 2:
            for r in readings(words[-1]):
                if r.pos == "subst" and r.has("gen"):
                    by_body.setdefault((" ".join(words[:-1]), r.lemma), set()).add(o)
    out = {}
    for n in orgs:
        words = n.split()
        if len(words) < 2:
            continue
        countries = {_adjective_countries().get(r.lemma.lower()) for r in readings(words[0]) if r.pos == "adj"} - {None}
        found = set().union(*(by_body.get((" ".join(words[1:]), c), set()) for c in countries)) - {n}
        if len(found) == 1:
            out[n] = found.pop()
    return out


def _proper_tail(name: str) -> tuple[list[str], tuple[str, ...]]:
    """(head words, own name) of a body's name whose last words are proper nouns or unknown words, at
    least two of them or one hyphenated ("Port Lotniczy" + "Olsztyn Mazury"); no own name otherwise."""
    words = name.split()
    k = len(words)
    while k > 1 and words[k - 1][:1].isupper() and all(
            any(r.pos == "ign" or r.lemma[:1].isupper() for r in readings(p)) for p in words[k - 1].split("-")):
        k -= 1
    tail = tuple(fold_spelling(p) for w in words[k:] for p in w.split("-"))
    return words[:k], (tail if len(tail) >= 2 else ())


def same_own_name(groups: dict[str, list], types: dict[str, str]) -> dict[str, str]:
    """Two bodies' names with the same own name of two words or more (hyphenated or not) after head words
    of one word family ("Lotnisko Olsztyn Mazury", "Port Lotniczy Olsztyn-Mazury": lotnisko, lotniczy) are
    one body; "Urząd Miasta" and "Rada Miasta" share a word, no family, and stay apart."""
    by_tail: dict[tuple, list[tuple[str, list[str]]]] = {}
    for n in groups:
        if types[n] != "person":
            head, tail = _proper_tail(n)
            if tail and head:
                by_tail.setdefault(tail, []).append((n, head))
    out = {}
    for names in by_tail.values():
        if len(names) != 2:
            continue
        (a, ha), (b, hb) = names
        if any(x.lower() != y.lower() and len(x) >= 5 and len(y) >= 5 and x.lower()[:5] == y.lower()[:5]
               for x in ha for y in hb):
            short, full = sorted((a, b), key=lambda n: (len(groups[n]), n))  # the fewer forms join the more
            out[short] = full
    return out


def classified_names(groups: dict[str, list], types: dict[str, str]) -> dict[str, str]:
    """A body named with a classifying noun before its own name (``name_classifiers.txt``:
    "Stowarzyszenie Stop Bankowemu Bezprawiu") goes by its own name alone: another body's actor
    named so ('ruch "Stop Bankowemu Bezprawiu"') is that body, when exactly one body's name fits."""
    heads = lexicon_set("name_classifiers.txt")
    owning: dict[str, set[str]] = {}
    bodies = [n for n in groups if types[n] in ("organization", "media")]
    for n in bodies:
        for form in {n} | {m.surface for m in groups[n]}:
            words = form.split()
            if len(words) > 1 and any(r.lemma.lower() in heads for r in readings(words[0]) if r.pos == "subst"):
                owning.setdefault(fold_spelling(" ".join(words[1:])), set()).add(n)
    out = {}
    for n in bodies if owning else ():
        found = set().union(*(owning.get(fold_spelling(f), set()) for f in {n} | {m.surface for m in groups[n]})) - {n}
        if len(found) == 1:
            out[n] = found.pop()
    return out


_QUOTED = re.compile(r'["„“”«»]([^"„“”«»]+)["”“»]')


def quoted_names(groups: dict[str, list], types: dict[str, str]) -> dict[str, str]:
    """A body named with its own name in quotation marks (Komisja Zakładowa NSZZ "Solidarność",
    Stowarzyszenie "Nasza Góra") goes by that name alone too: another actor so named ("Solidarność",
    "Solidarności") is that body, when exactly one body's name quotes it."""
    quoting: dict[str, set[str]] = {}
    for n in groups:
        if types[n] in ("organization", "media"):
            for q in _QUOTED.findall(n):
                if q.strip() != n.strip():
                    quoting.setdefault(q.strip(), set()).add(n)
    out = {}
    if not quoting:
        return out
    for n in groups:
        body = _the_one(groups, n, quoting) if types[n] != "person" and not _QUOTED.search(n) else None
        if body is not None:
            out[n] = body
    return out


def _the_one(groups: dict[str, list], n: str, index: dict[str, set[str]]) -> Optional[str]:
    """The one other actor ``index`` gives for any form of actor ``n`` (its name or a reading of one of
    its mentions); None when it gives none or several."""
    forms = {n} | {c for m in groups[n] for c, _ in m.cands}
    found = set().union(*(index.get(f, set()) for f in forms)) - {n}
    return found.pop() if len(found) == 1 else None
