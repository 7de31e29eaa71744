"""Merge: the forms of one actor in one text get one name.

Mentions of the same actor come inflected ("Leszna", "w Lesznie"), with a first name in another
case ("Roberta Fica" beside "Robert Fico") or spelled two ways ("Demchenko", "Demczenko";
"Netanyahu", "Netanjahu"). Mentions of the same kind (a person, or anything else) and length join
when one nominative candidate (``names.py``) could stand for both, or when their names are the
same up to spelling (diacritics, transliteration, one letter per word). A joined group takes the
candidate that explains the most of its forms, then the best scored; the other forms stay aliases.
"""
from __future__ import annotations

import unicodedata
from collections import Counter
from dataclasses import replace
from typing import Sequence

_TRANSLIT = (("sch", "sz"), ("sh", "sz"), ("ch", "cz"), ("zh", "z"), ("ya", "ja"), ("ye", "je"),
             ("yo", "jo"), ("yu", "ju"), ("v", "w"), ("x", "ks"), ("ck", "k"))
_KEEP = 0.5  # candidates this close to a mention's best one count as readings of it


def fold_spelling(word: str) -> str:
    """Lower case, no diacritics, English transliteration to Polish ("Demchenko" -> "demczenko")."""
    s = unicodedata.normalize("NFKD", word.lower().replace("ł", "l"))
    s = "".join(c for c in s if not unicodedata.combining(c))
    for a, b in _TRANSLIT:
        s = s.replace(a, b)
    return s[:-1] + "i" if s.endswith("y") else s


def _close(a: str, b: str) -> bool:
    """At most one edit apart (both at least five letters long), or equal."""
    if a == b:
        return True
    if min(len(a), len(b)) < 5 or abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    return a[i + (len(a) == len(b)):] == b[i + 1:]


def same_spelling(x: str, y: str) -> bool:
    """Two names of as many words, each pair of words the same up to spelling."""
    xs, ys = x.replace("-", " ").split(), y.replace("-", " ").split()
    return len(xs) == len(ys) and all(_close(fold_spelling(a), fold_spelling(b)) for a, b in zip(xs, ys))


def _kind(m) -> str:
    """Persons join persons and the rest the rest; a one-word name's type is too weak to keep
    "Trakbus", "w Trakbusie" and "Trakbusa" apart."""
    if " " not in m.name:
        return "word"
    return "person" if m.type == "person" else "other"


def unify(mentions: Sequence) -> list:
    """The mentions with the name (and type) of the group of forms each belongs to."""
    n = len(mentions)
    parent = list(range(n))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def join(i: int, j: int) -> None:
        ri, rj = find(i), find(j)
        if ri != rj:
            parent[max(ri, rj)] = min(ri, rj)

    def readings_of(m) -> dict[str, float]:
        cands = dict(m.cands) or {m.name: 1.0}
        top = max(cands.values())
        return {k: v for k, v in cands.items() if v >= top - _KEEP}

    def stem_key(m, c: str):
        """A person's name with the surname's final vowels dropped: "Robert Fico" and "Robert Fic"
        (read from "Roberta Fica") share "Robert fic"."""
        words = c.split()
        stem = fold_spelling(words[-1]).rstrip("aeiouy")
        if m.type != "person" or len(words) < 2 or len(stem) < 3:
            return None
        return ("stem", len(words), tuple(words[:-1]), stem)

    reads = [readings_of(m) for m in mentions]
    seen: dict[tuple, int] = {}  # (kind, words, candidate) -> first mention
    folded: dict[tuple, list[int]] = {}  # (kind, words, folded first letters) -> mentions
    bucketed: dict[tuple, set[str]] = {}  # the names in each bucket
    for i, m in enumerate(mentions):
        words = len(m.name.split())
        for c in reads[i]:
            for key in ((_kind(m), words, c), stem_key(m, c)):
                if key is None:
                    continue
                if key in seen:
                    join(i, seen[key])
                else:
                    seen[key] = i
        key = (_kind(m), words, fold_spelling(m.name)[:2])
        bucket = folded.setdefault(key, [])
        if m.name in bucketed.setdefault(key, set()):
            continue  # its name matched no other name in the bucket then, so none now (linear time)
        for j in bucket:
            if mentions[j].name != m.name and same_spelling(mentions[j].name, m.name):
                join(i, j)
                break
        else:
            bucket.append(i)
            bucketed[key].add(m.name)
    groups: dict[int, list[int]] = {}
    for i in range(n):
        groups.setdefault(find(i), []).append(i)
    out = list(mentions)
    for members in groups.values():
        if len(members) == 1 and not mentions[members[0]].cands:
            continue
        keys = {i: set(reads[i]) | {stem_key(mentions[i], c) for c in reads[i]} for i in members}
        total: Counter = Counter()
        for i in members:
            for c, v in reads[i].items():
                total[c] += v
        cover = {c: sum(c in keys[i] or stem_key(mentions[i], c) in keys[i] for i in members) for c in total}
        freq = Counter(mentions[i].name for i in members)
        # a form the text gives that is its own best reading: a nominative seen as such
        seen_as = {mentions[i].name for i in members if mentions[i].name == mentions[i].surface}
        name = max(cover, key=lambda c: (cover[c], total[c] + 0.1 * freq[c] + 0.5 * (c in seen_as)))
        types = Counter(mentions[i].type for i in members)
        typ = max(types, key=lambda t: (types[t], -min(k for k, i in enumerate(members) if mentions[i].type == t)))
        for i in members:
            out[i] = replace(mentions[i], name=name, type=typ)
    return out
