"""Lexicons kept as data files under ``newslens/data``, loaded once per process."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from .nlp import read_lexicon, readings


@dataclass(frozen=True)
class GazEntry:
    canonical: str
    type: str
    words: tuple[str, ...]  # surface words of this variant
    keys: tuple[frozenset[str], ...]  # lemma keys a text token must share, per word


def word_keys(word: str) -> frozenset[str]:
    """Lower-cased lemmas a variant word stands for (proper readings first when capitalised)."""
    if "." in word.rstrip("."):  # a domain name ("Money.pl") matches only itself
        return frozenset({word.lower()})
    rs = readings(word)
    if word[:1].isupper():
        proper = [r for r in rs if r.is_proper or r.lemma[:1].isupper()]
        if proper:
            rs = tuple(proper)
    # variants are written in the nominative: "Polityka" is the weekly, not the genitive of "polityk"
    nominative = [r for r in rs if r.has("nom")]
    if nominative:
        rs = tuple(nominative)
    return frozenset({word.lower()} | {r.lemma.lower() for r in rs if r.pos != "ign"})


@lru_cache(maxsize=1)
def gazetteer() -> dict[str, list[GazEntry]]:
    """First-word key -> entries (longest first)."""
    index: dict[str, list[GazEntry]] = {}
    rows, listed = [], set()
    # gazetteer.tsv: what the team's articles needed first; gazetteer_world.tsv: the outlets, bodies and
    # places real Polish news cites most, compiled from reference lists (a canonical name listed in both
    # keeps the first file's row)
    for name in ("gazetteer.tsv", "gazetteer_world.tsv"):
        for line in read_lexicon(name):
            parts = line.split("\t")
            if parts[0] in listed:
                continue
            listed.add(parts[0])
            rows.append((parts[0], parts[1], [v for v in parts[2].split("|") if v] if len(parts) > 2 else []))
    for line in read_lexicon("platforms.txt"):  # a platform a post is relayed through is an outlet too
        canonical, *forms = line.split()
        if len(canonical) > 1 and canonical not in listed:  # "X" alone: actors._platform_letter
            rows.append((canonical, "media", [f for f in forms if f != canonical.lower()]))
    for canonical, typ, more in rows:
        variants = [canonical] + more
        for v in variants:
            words = tuple(v.split())
            entry = GazEntry(canonical, typ, words, tuple(word_keys(w) for w in words))
            for k in entry.keys[0]:
                index.setdefault(k, []).append(entry)
    for entries in index.values():
        entries.sort(key=lambda e: -len(e.words))
    return index


@lru_cache(maxsize=1)
def context_types() -> dict[str, str]:
    return dict(line.split("\t")[:2] for line in read_lexicon("context.tsv"))


@lru_cache(maxsize=1)
def role_words() -> frozenset[str]:
    return frozenset(read_lexicon("roles.txt"))


@lru_cache(maxsize=None)
def lexicon_set(name: str) -> frozenset[str]:
    return frozenset(read_lexicon(name))
