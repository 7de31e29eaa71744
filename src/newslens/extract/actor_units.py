"""A trade union's unit named with its union: one actor.

"Krajowa Sekcja Hutnictwa NSZZ "S"", "KK WZZ Sierpień 80", "Krajowa Sekcja Ratowników Medycznych NSZZ
"Solidarność"", "Komisja Zakładowa NSZZ "Solidarność" Huty Mikołów": a unit's name (a noun of
``union_unit_words.txt`` in it, or one of the acronyms listed there) and, right after it, the union's
name (its first word in ``union_words.txt``) are one body's name, the union as written; a workplace in
the genitive right after ("Huty Mikołów") is part of it too. The union named alone elsewhere stays an
actor of its own (a sub-body is an actor apart from its parent, GUIDELINES "Actors")."""
from __future__ import annotations

from ..lexicon import lexicon_set
from ..nlp import Text, Tok
from .actor_mentions import Mention
from .actor_words import is_acronym, is_first_name


def _unit(toks: list[Tok], m: Mention) -> bool:
    words = lexicon_set("union_unit_words.txt")
    if m.b - m.a == 1 and is_acronym(toks[m.a]):
        return toks[m.a].text in words
    return any(r.pos == "subst" and r.lemma.lower() in words for t in toks[m.a:m.b] for r in t.readings
               if not is_acronym(t))


def _union_at(toks: list[Tok], k: int) -> bool:
    words = lexicon_set("union_words.txt")
    t = toks[k]
    return t.lower in words if is_acronym(t) else any(r.lemma.lower() in words for r in t.readings if r.pos == "subst")


def _holds_union(toks: list[Tok], m: Mention) -> bool:
    return any(_union_at(toks, k) for k in range(m.a + 1, m.b))


def _workplace_end(text: Text, k: int, found: dict[int, Mention]) -> int:
    """One past a workplace named in the genitive at token ``k`` ("Huty Mikołów", "Kopalni Jankowice"):
    a capitalised common noun in the genitive and the name after it; ``k`` when there is none."""
    toks = text.toks
    if k + 1 >= len(toks) or toks[k].sent != toks[k - 1].sent or text.text[toks[k - 1].end:toks[k].idx] != " " \
            or not (toks[k].is_title and toks[k].is_word) or is_first_name(toks[k]) or is_acronym(toks[k]):
        return k
    if not any(r.pos == "subst" and r.lemma[:1].islower() and r.has("gen") for r in toks[k].readings):
        return k
    m = found.get(k) or found.get(k + 1)
    if m is None or m.type not in ("organization", "place") or m.b - k > 3 \
            or text.text[toks[k].end:toks[k + 1].idx] != " ":
        return k
    return m.b


def union_units(text: Text, found: list[Mention]) -> list[Mention]:
    """``found`` with each union's unit and the union's name after it (and a workplace after that) made
    one mention."""
    toks = text.toks
    by_start = {m.a: m for m in found}
    out: list[Mention] = []
    skip: set[int] = set()
    for n, m in enumerate(found):
        if id(m) in skip:
            continue
        lone = m.b - m.a == 1 and is_acronym(toks[m.a])  # "— KK WZZ …" signing a post: no person's initials
        if (m.type != "organization" and not lone) or not _unit(toks, m):
            out.append(m)
            continue
        b = m.b
        nxt = by_start.get(b)
        joined = False
        if not _holds_union(toks, m) and nxt is not None and nxt.type == "organization" \
                and text.text[toks[b - 1].end:toks[b].idx] == " " and toks[b].sent == toks[m.a].sent \
                and _union_at(toks, b):
            skip.add(id(nxt))
            b, joined = nxt.b, True
        if not (joined or _holds_union(toks, m)):
            out.append(m)
            continue
        end = _workplace_end(text, b, by_start) if b < len(toks) else b
        for x in found:
            if b <= x.a < end:
                skip.add(id(x))
        if not joined and end == b:
            out.append(m)
            continue
        head = m.name if m.b - m.a > 1 or not is_acronym(toks[m.a]) else toks[m.a].text
        tail = text.text[toks[m.b].idx:toks[end - 1].end] if end > m.b else ""
        name = f"{head} {tail}".strip()
        out.append(Mention(m.a, end, name, "organization", m.start, toks[end - 1].end,
                           text.text[m.start:toks[end - 1].end], ((name, 1.0),)))
    return out
