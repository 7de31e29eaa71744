"""Actors: people, organisations, places and media named in the article.

Mentions come from the gazetteer (matched on lemmas, so any inflected form counts) and
from runs of capitalised words read with morfeusz2 name qualifiers and the guesser.
Mentions merge into one actor per canonical nominative name; a bare surname joins the
full name it shortens. Roles are read from the words before (or in apposition after) a name.
"""
from __future__ import annotations

from collections import OrderedDict
from dataclasses import dataclass
from typing import Optional

from ..guesser import guess
from ..lexicon import context_types, gazetteer, role_words
from ..model import Actor
from ..nlp import Text, Tok, head_gender, nominative_adj

_MEDIA_OR_ORG_HEADS = {"media", "organization"}


@dataclass(frozen=True)
class Mention:
    a: int  # first token
    b: int  # one past the last token
    name: str
    type: str
    start: int
    end: int
    surface: str


def _keys(t: Tok) -> set[str]:
    return {r.lemma.lower() for r in t.readings} | {t.lower, t.lemma.lower()}


def _gaz_match(toks: list[Tok], i: int) -> Optional[tuple[int, str, str]]:
    """Longest gazetteer entry starting at token ``i``: (end token, canonical, type)."""
    t = toks[i]
    if not t.is_word and not t.text.isdigit():
        return None
    for entry in gazetteer().get(t.lower, []) + [e for k in _keys(t) - {t.lower} for e in gazetteer().get(k, [])]:
        n = len(entry.words)
        if i + n > len(toks):
            continue
        ok = True
        for k in range(n):
            tok, word = toks[i + k], entry.words[k]
            if k and (tok.sent != t.sent or "\n" in tok.text):
                ok = False
                break
            if word.isupper() and len(word) > 1:
                if not (tok.text == word or tok.text.startswith(word + "-")):
                    ok = False
                    break
            elif word[:1].isupper() and not tok.is_title:
                ok = False
                break
            elif not (_keys(tok) & entry.keys[k]):
                ok = False
                break
        if ok:
            return i + n, entry.canonical, entry.type
    return None


def _is_name_token(t: Tok) -> bool:
    if not (t.is_word and t.is_title):
        return False
    if t.sent_start:
        # a sentence's first word is a name only when no ordinary reading exists
        return t.guessed or not any(r.lemma[:1].islower() for r in t.readings)
    return True


def _quals(t: Tok) -> set[str]:
    return {q for r in t.readings for q in r.quals}


def _person_lemma(t: Tok, case: Optional[str], surfaces: set[str]) -> str:
    if not t.guessed:
        for r in t.readings:
            if {"imię", "nazwisko"} & set(r.quals):
                return r.lemma
        return t.lemma if t.lemma[:1].isupper() else t.text
    cands = guess(t.text)
    if case:
        fitting = [g for g in cands if case in g.cases]
        cands = fitting or cands
    known = [g for g in cands if g.lemma in surfaces and g.lemma != t.text]
    return (known or cands)[0].lemma


def _run_name(toks: list[Tok], a: int, b: int, typ: str, surfaces: set[str]) -> str:
    run = toks[a:b]
    if typ == "person":
        case = None
        first = run[0]
        if len(run) > 1 and "imię" in _quals(first) and not first.guessed:
            cs = first.case()
            case = next(iter(cs)) if len(cs) == 1 else None
        return " ".join(_person_lemma(t, case, surfaces) for t in run)
    head = run[0]
    if head.guessed or head.pos == "ign" or head.text.isupper():
        return " ".join(t.text for t in run)
    words = [head.lemma[:1].upper() + head.lemma[1:] if head.lemma else head.text]
    gender = head_gender(head)
    head_cases = head.case()
    for t in run[1:]:
        if t.pos == "adj" and t.case() & head_cases:
            form = nominative_adj(t.lemma, gender)
            words.append(form[:1].upper() + form[1:])
        else:
            words.append(t.text)
    return " ".join(words)


def _run_type(toks: list[Tok], a: int, b: int) -> Optional[str]:
    run = toks[a:b]
    prev = toks[a - 1] if a > 0 and toks[a - 1].sent == run[0].sent else None
    if prev is not None:
        ctx = context_types().get(prev.lemma.lower())
        if ctx:
            return ctx
    quals = set().union(*(_quals(t) for t in run))
    if "imię" in quals or "nazwisko" in quals:
        return "person"
    if "nazwa_organizacji" in quals:
        return "organization"
    if "nazwa_geograficzna" in quals:
        return "place"
    if all(t.guessed for t in run):
        return "organization" if len(run) == 1 and run[0].text.isupper() else "person"
    if len(run) == 1 and run[0].text.isupper() and len(run[0].text) > 1:
        return "organization"
    if len(run) >= 2 and run[0].pos == "subst":
        return "organization"
    return None


def find_mentions(text: Text) -> list[Mention]:
    """Every actor mention, in text order."""
    toks = text.toks
    surfaces = {t.text for t in toks if t.is_title}
    out: list[Mention] = []
    i = 0
    while i < len(toks):
        g = _gaz_match(toks, i)
        if g:
            end, canonical, typ = g
            out.append(Mention(i, end, canonical, typ, toks[i].idx, toks[end - 1].end, text.text[toks[i].idx:toks[end - 1].end]))
            i = end
            continue
        if not _is_name_token(toks[i]):
            i += 1
            continue
        j = i + 1
        while j < len(toks) and toks[j].sent == toks[i].sent and toks[j].is_title and toks[j].is_word \
                and text.text[toks[j - 1].end:toks[j].idx] == " " and not _gaz_match(toks, j):
            j += 1
        typ = _run_type(toks, i, j)
        if typ:
            name = _run_name(toks, i, j, typ, surfaces)
            out.append(Mention(i, j, name, typ, toks[i].idx, toks[j - 1].end, text.text[toks[i].idx:toks[j - 1].end]))
        i = j
    return out


def _role_before(text: Text, m: Mention) -> Optional[str]:
    toks = text.toks
    roles = role_words()
    k = m.a - 1
    steps = 0
    while k >= 0 and steps < 6 and toks[k].sent == toks[m.a].sent:
        t = toks[k]
        if t.is_punct:
            return None
        if t.lemma.lower() in roles or t.lower in roles:
            words = [t.lemma if t.lemma.lower() in roles else t.text]
            words += [x.text for x in toks[k + 1:m.a]]
            return " ".join(words)
        k -= 1
        steps += 1
    return None


def _role_after(text: Text, m: Mention) -> Optional[str]:
    toks = text.toks
    if m.b + 1 >= len(toks) or toks[m.b].text != ",":
        return None
    k = m.b + 1
    if toks[k].lemma.lower() not in role_words():
        return None
    words = [toks[k].lemma]
    k += 1
    while k < len(toks) and len(words) < 7 and toks[k].sent == toks[m.a].sent and not toks[k].is_punct:
        words.append(toks[k].text)
        k += 1
    return " ".join(words) if k < len(toks) and toks[k].text in ",–—" else None


def _descriptor(text: Text, m: Mention) -> Optional[str]:
    """'rosyjską, państwową agencję TASS' -> 'rosyjska, państwowa agencja'."""
    toks = text.toks
    k = m.a - 1
    if k < 0 or context_types().get(toks[k].lemma.lower()) not in _MEDIA_OR_ORG_HEADS:
        return None
    head = toks[k]
    gender = head_gender(head)
    words = [head.lemma]
    k -= 1
    while k >= 0 and toks[k].sent == head.sent:
        t = toks[k]
        if t.text == "," and k > 0 and toks[k - 1].pos == "adj":
            words.insert(0, ",")
            k -= 1
            continue
        if t.pos == "adj" and t.case() & head.case():
            words.insert(0, nominative_adj(t.lemma, gender))
            k -= 1
            continue
        break
    if words and words[0] == ",":
        words = words[1:]
    return " ".join(words).replace(" ,", ",")


def extract_actors(text: Text) -> list[Actor]:
    """Actors with canonical names, types, roles, aliases and mention counts, by first mention."""
    mentions = find_mentions(text)
    persons_full: dict[str, str] = {}
    for m in mentions:
        if m.type == "person" and " " in m.name:
            persons_full.setdefault(m.name.split()[-1], m.name)
    groups: "OrderedDict[str, list[Mention]]" = OrderedDict()
    types: dict[str, str] = {}
    for m in mentions:
        name = m.name
        if m.type == "person" and " " not in name and name in persons_full:
            name = persons_full[name]
        groups.setdefault(name, []).append(m)
        types.setdefault(name, m.type)
    actors = []
    for name, ms in groups.items():
        typ = types[name]
        role = None
        for m in ms:
            role = (_role_before(text, m) or _role_after(text, m)) if typ == "person" else _descriptor(text, m)
            if role:
                break
        aliases = tuple(OrderedDict.fromkeys(m.surface for m in ms if m.surface != name))
        actors.append(Actor(name=name, type=typ, role=role, mentions=len(ms), aliases=aliases,
                            first_offset=ms[0].start, offsets=tuple((m.start, m.end) for m in ms)))
    return actors
