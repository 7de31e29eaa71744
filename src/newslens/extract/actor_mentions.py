"""Actor mentions and the passes over them: a clause's first word, two acronyms side by side, a church
named by its saint, a page cut off inside a name.

A capital letter at a clause start is the sentence's, not a name's: a word there is a name when the
text names that actor elsewhere too. A surname there names the person the text names in full
("Duda powiedział …"), a club's name the club it names with its acronym ("Sokół zajmuje …"); a common
noun there names no one on its own ("Klub PiS poprze …", "Polityka pieniężna …").
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Callable, Optional

from .actor_saints import church_nouns, church_type, saint_name_end
from .actor_words import (agreeing_adjective, club_prefix, club_with_city, gaz_match, is_acronym, is_first_name,
                          opens_clause)
from ..lexicon import lexicon_set
from .merge import People
from ..nlp import Text, Tok, in_spans


@dataclass(frozen=True)
class Mention:
    a: int  # first token
    b: int  # one past the last token
    name: str
    type: str
    start: int
    end: int
    surface: str
    cands: tuple[tuple[str, float], ...] = ()  # nominative names it may stand for, scored
    variant: str = ""  # the listed form a gazetteer mention matched ("Unia" for UE)
    described: bool = False  # its type is the one the common noun before it gives ("archipelagu Kinmen")


_PROPER = frozenset({"nazwa_geograficzna", "nazwa_organizacji", "nazwa_osobliwa", "tytuł", "imię"})


def common_at_clause_start(toks: list[Tok], m: Mention) -> bool:
    """A one-word mention opening a clause whose word the dictionary knows as a common noun and as no
    proper name but a surname ("Klub PiS poprze …"): its capital letter is the sentence's. A listed name
    so written ("Solidarność", "Sejm") stays one, unless the word is another noun's form ("Polityk
    dodał …": no singular of "polityka") or an adjective follows that makes it a common noun phrase
    ("Polityka pieniężna …")."""
    t = toks[m.a]
    if m.b - m.a != 1 or not opens_clause(toks, m.a) or t.guessed or is_acronym(t) \
            or any(set(r.quals) & _PROPER or (r.lemma[:1].isupper() and "nazwisko" not in r.quals) for r in t.readings) \
            or not any(r.pos == "subst" and r.lemma[:1].islower() for r in t.readings):
        return False
    if not gaz_match(toks, m.a):
        return True
    nxt = toks[m.a + 1] if m.a + 1 < len(toks) and toks[m.a + 1].sent == t.sent else None
    return (nxt is not None and nxt.text[:1].islower() and agreeing_adjective(nxt, t)) \
        or not any(r.lemma.lower() == m.name.lower() and r.has("sg") for r in t.readings)


def named_elsewhere(text: Text, found: list[Mention]) -> list[Mention]:
    """Mentions without those a capital at a clause start alone makes: a common noun there names an
    actor only when the text names that actor elsewhere as well ("Sejm przyjął …" beside "w Sejmie")."""
    weak = [common_at_clause_start(text.toks, m) for m in found]
    strong = {m.name for m, w in zip(found, weak) if not w}
    return [m for m, w in zip(found, weak) if not w or m.name in strong]


def clause_initial_surnames(text: Text, found: list[Mention], layout: list[tuple[int, int]]) -> list[Mention]:
    """A clause-initial word that is the surname of a person named elsewhere is that person.

    "Probierz: „…”" and "Duda powiedział …" open a clause, where common readings (probierz,
    duda) otherwise keep a capitalised word from counting as a name.
    """
    toks = text.toks
    surnames: dict[str, str] = {}
    for m in found:
        if m.type == "person" and " " in m.name:
            last = toks[m.b - 1]
            surnames.setdefault(last.text, m.name.split()[-1])
            surnames.setdefault(m.name.split()[-1], m.name.split()[-1])
    covered = {k for m in found for k in range(m.a, m.b)}
    people = People(found)
    extra = []
    for i, t in enumerate(toks):
        if i in covered or not t.is_title or not opens_clause(toks, i) or in_spans(layout, t.idx):
            continue
        if t.text not in surnames:  # "Pieskowa zapytano …", "Łukaszence zależy …": the surname in another case
            full = (people.same_stem(t.text) or people.surname_lemma(t)) if surnames else None
            familiar = people.familiar(t) if full is None and surnames else None
            if familiar:  # "Tomek grał …", "Kubie należą się …" beside the one Tomasz Wilk, Jakub Sowa
                if not (i + 1 < len(toks) and toks[i + 1].is_title and toks[i + 1].is_word and toks[i + 1].sent == t.sent):
                    extra.append(Mention(i, i + 1, familiar, "person", t.idx, t.end, t.text))
                continue
            if full is None:
                if _subject_surname(toks, i):  # "Ziobro w piątek odnosił się …": no rib speaks
                    extra.append(Mention(i, i + 1, t.text, "person", t.idx, t.end, t.text))
                continue
            surnames[t.text] = full.split()[-1]
        if i + 1 < len(toks) and toks[i + 1].is_title and toks[i + 1].is_word and toks[i + 1].sent == t.sent:
            continue  # the start of a longer name
        extra.append(Mention(i, i + 1, surnames[t.text], "person", t.idx, t.end, t.text))
    found = clause_initial_clubs(text, found + extra, layout)
    return sorted(found, key=lambda m: m.a)


_NOT_SUBJECT_POS = frozenset({"adv", "conj", "comp", "qub", "prep", "interj"})


def _subject_surname(toks: list[Tok], i: int) -> bool:
    """A clause's first word the dictionary knows as a man's surname in the nominative and as a common
    noun of another gender, whose clause's first past verb (within eight words, before a comma) agrees
    with the man only ("Ziobro w piątek odnosił się …": ziobro is neuter)."""
    t = toks[i]
    if not any("nazwisko" in r.quals and r.has("m1") and r.has("nom") and r.has("sg") for r in t.readings) \
            or (i + 1 < len(toks) and toks[i + 1].is_title and toks[i + 1].sent == t.sent):
        return False
    common = {g for r in t.readings if r.pos == "subst" and r.lemma[:1].islower() for g in ("m2", "m3", "f", "n") if r.has(g)}
    if not common or any(r.pos == "subst" and r.lemma[:1].islower() and r.has("m1") for r in t.readings):
        return False
    if any(r.pos in _NOT_SUBJECT_POS for r in t.readings):
        return False  # "Szybko jednak sprostował": an adverb opening the clause, not the surname Szybko
    for k in range(i + 1, min(i + 9, len(toks))):
        x = toks[k]
        if x.sent != t.sent or x.text in ",;:":
            return False
        verbs = [r for r in x.readings if r.pos == "praet" and r.has("sg")]
        if verbs:
            return any(r.has("m1") for r in verbs) and not any(r.has(g) for r in verbs for g in common)
    return False


def clause_initial_clubs(text: Text, found: list[Mention], layout: list[tuple[int, int]]) -> list[Mention]:
    """A clause-initial word that opens a club's name after its acronym ("Sokół zajmuje …", "Orkan
    Rumia zagra …" beside "MKS Orkan Rumia") is that club, whatever its common reading (sokół, orkan);
    a place found inside the span ("Rumia") is part of it."""
    toks = text.toks
    rests: dict[str, list[tuple[str, ...]]] = {}
    for m in found:
        words = m.name.split()
        if m.type == "organization" and len(words) > 1 and club_prefix(toks[m.a]):
            rests.setdefault(words[1], []).append(tuple(words[1:]))
        elif m.type == "organization" and m.b - m.a == 2 and club_with_city(toks, m.a + 1):
            rests.setdefault(words[0], []).append(tuple(words))  # "Legia Warszawa" from "Legii Warszawa"
    if not rests:
        return found
    covered = {k for m in found for k in range(m.a, m.b)}
    starting: dict[int, list[Mention]] = {}
    for m in found:
        starting.setdefault(m.a, []).append(m)
    extra, dropped = [], set()
    for i, t in enumerate(toks):
        if t.text not in rests or i in covered or not opens_clause(toks, i) or in_spans(layout, t.idx):
            continue
        end = i + 1
        for rest in rests[t.text]:
            k = 1
            while k < len(rest) and i + k < len(toks) and toks[i + k].text == rest[k] and toks[i + k].sent == t.sent:
                k += 1
            end = max(end, i + k)
        if end < len(toks) and toks[end].is_title and toks[end].is_word and toks[end].sent == t.sent:
            continue  # the start of another name
        surface = text.text[t.idx:toks[end - 1].end]
        extra.append(Mention(i, end, surface, "organization", t.idx, toks[end - 1].end, surface))
        dropped |= {id(m) for k in range(i, end) for m in starting.get(k, ()) if m.b <= end}
    return [m for m in found if id(m) not in dropped] + extra


def coordinated_people(toks: list[Tok], found: list[Mention]) -> list[Mention]:
    """One-word names listed with commas, "i" or "oraz" among two persons or more are persons too when the
    dictionary knows them as a surname or not at all: "Skóraś, Piątek, Kozłowski i Zalewski" ("Piątek"
    is also a town, "Skóraś" an unknown word)."""
    out = list(found)
    k = 0
    while k < len(out):
        run = [k]
        while run[-1] + 1 < len(out):
            a, b = out[run[-1]], out[run[-1] + 1]
            gap = toks[a.b:b.a]
            if b.b - b.a != 1 or a.b - a.a != 1 or len(gap) != 1 or gap[0].text not in (",", "i", "oraz") \
                    or toks[a.a].sent != toks[b.a].sent:
                break
            run.append(run[-1] + 1)
        people = [n for n in run if out[n].type == "person"]
        if len(run) >= 3 and len(people) >= 2:
            for n in run:
                t = toks[out[n].a]
                if out[n].type != "person" and (t.guessed or any("nazwisko" in r.quals for r in t.readings)):
                    out[n] = replace(out[n], type="person")
        k = run[-1] + 1
    return out


def abbreviates(short: str, words: list[str]) -> bool:
    """``short``'s letters open the first of ``words`` and follow in order within them ("IC" for
    "Intercity", "PLK" for "Polskie Linie Kolejowe")."""
    joined = "".join(words).lower()
    short = short.lower()
    if not short or not joined.startswith(short[0]):
        return False
    k = 1
    for c in short[1:]:
        k = joined.find(c, k) + 1
        if not k:
            return False
    return True


def acronym_pairs(text: Text, found: list[Mention]) -> list[Mention]:
    """Two acronyms side by side that abbreviate one name the text gives ("PKP IC" beside "PKP Intercity":
    the second abbreviates the words after the first) are one mention of that body, not two bodies."""
    toks = text.toks
    longer: dict[str, list[Mention]] = {}
    for m in found:
        words = m.name.split()
        if m.type in ("organization", "media") and len(words) > 1 and is_acronym(toks[m.a]) and toks[m.a].text == words[0]:
            longer.setdefault(words[0], []).append(m)
    if not longer:
        return found
    out: list[Mention] = []
    k = 0
    while k < len(found):
        m = found[k]
        n = found[k + 1] if k + 1 < len(found) else None
        if n is not None and m.b - m.a == 1 and n.b - n.a == 1 and n.a == m.b and m.name in longer \
                and is_acronym(toks[n.a]) and toks[m.a].sent == toks[n.a].sent \
                and text.text[toks[m.a].end:toks[n.a].idx] == " ":
            names = {x.name for x in longer[m.name] if abbreviates(toks[n.a].text, x.name.split()[1:])}
            if len(names) == 1:
                full = next(x for x in longer[m.name] if x.name in names)
                out.append(replace(full, a=m.a, b=n.b, start=m.start, end=n.end,
                                   surface=text.text[m.start:n.end], variant=""))
                k += 2
                continue
        out.append(m)
        k += 1
    return out


def church_mention(text: Text, i: int) -> Optional[Mention]:
    """A church or a parish named by its saint, from its noun at ``i`` ("kościoła św. Augustyna" ->
    place "kościół św. Augustyna", "parafii św. Piotra i Pawła" -> organization); None elsewhere."""
    toks = text.toks
    end = saint_name_end(toks, i + 1) if i + 1 < len(toks) and toks[i + 1].sent == toks[i].sent else None
    kind = church_type(toks[i]) if end else None
    if not kind:
        return None
    noun = next(r.lemma for r in toks[i].readings if r.pos == "subst" and r.lemma.lower() in church_nouns())
    noun = noun.capitalize() if toks[i].is_title and not toks[i].sent_start else noun.lower()
    return Mention(i, end, f"{noun} {text.text[toks[i + 1].idx:toks[end - 1].end]}", kind, toks[i].idx,
                   toks[end - 1].end, text.text[toks[i].idx:toks[end - 1].end])


def mentions_before_cut(text: Text, find: Callable[[Text], list[Mention]]) -> list[Mention]:
    """Mentions of a text (``find``: actors.find_mentions). Where a page stops inside a sentence (no
    closing punctuation, the last line a sentence of six words or more with a lower-case word in it:
    "… mówił rzecznik policji Sylwes"), its last word is cut off and names no one, nor does a
    capitalised word it was glued to ("… na murawę Art Ser"); a longer name before it stays ("…
    rzecznik Komendy Stołecznej Policji Sylwes")."""
    body = text.text.rstrip()
    last = body.rsplit("\n", 1)[-1].split()
    toks = text.toks
    if len(toks) < 2 or not body[-1].isalpha() or len(last) < 6 or not any(w[:1].islower() for w in last):
        return find(text)
    n = len(toks) - 1
    if _completes_a_name(toks, n):
        return find(text)
    found = find(replace(text, toks=toks[:n], sents=[(a, min(b, n)) for a, b in text.sents if a < n]))
    glued = toks[n].is_title and text.text[toks[n - 1].end:toks[n].idx] == " "
    return [m for m in found if not (glued and m.b == n and m.b - m.a == 1 and sum(x.name == m.name for x in found) == 1)]


def _completes_a_name(toks: list[Tok], n: int) -> bool:
    """The page's last word, capitalised after one space, completes a name begun before it: a surname after
    a person's known first name ("… rzeczniczka JSW Katarzyna Jabło"), or a firm's own name after a
    workplace's common noun and its adjectives ("… udziałów spółki zależnej Cargotor"), unless the text
    writes a longer word it begins ("Mast" beside "Master": cut). A cut after a role or a body's name
    ("… policji Sylwes") names no one."""
    t, prev = toks[n], toks[n - 1]
    if not (t.is_title and t.is_word and prev.sent == t.sent and prev.end < t.idx) or len(t.text) < 4:
        return False
    if any(len(x.text) > len(t.text) and x.text.startswith(t.text) for x in toks[:n]):
        return False  # "… gminnej spółki Mast" where the text names Master: the word is cut
    if is_first_name(prev) and prev.is_title:
        return True
    heads = lexicon_set("workplace_heads.txt")
    k = n - 1
    while k > 0 and not toks[k].is_title and any(r.pos == "adj" for r in toks[k].readings) \
            and not any(r.pos == "subst" and r.lemma.lower() in heads for r in toks[k].readings):
        k -= 1
    return not toks[k].is_title and any(r.pos == "subst" and r.lemma.lower() in heads for r in toks[k].readings)


def team_mention(text: Text, i: int) -> Optional[Mention]:
    """A national team from its noun at ``i`` (``team_nouns.txt``) and a listed country in the genitive
    after it, with an age category ("reprezentację Polski U-21" -> organization "reprezentacja Polski
    U-21"; "kadry Niemiec" -> "kadra Niemiec"); None elsewhere."""
    toks = text.toks
    t = toks[i]
    if t.is_title or i + 1 >= len(toks) or toks[i + 1].sent != t.sent \
            or not any(r.pos == "subst" and r.has("sg") and r.lemma in lexicon_set("team_nouns.txt") for r in t.readings):
        return None
    g = gaz_match(toks, i + 1)
    if not g or g[2] != "place" or g[0] != i + 2 or not any(r.has("gen") for r in toks[i + 1].readings):
        return None
    end = i + 2
    if end < len(toks) and toks[end].sent == t.sent and re.fullmatch(r"U-?\d{2}", toks[end].text):
        end += 1  # "U-21", "U21"
    noun = next(r.lemma for r in t.readings if r.pos == "subst" and r.lemma in lexicon_set("team_nouns.txt"))
    return Mention(i, end, f"{noun} {text.text[toks[i + 1].idx:toks[end - 1].end]}", "organization", t.idx,
                   toks[end - 1].end, text.text[t.idx:toks[end - 1].end])

