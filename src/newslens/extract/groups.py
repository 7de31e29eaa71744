"""Group speakers and the named organisation that leads them (GUIDELINES "Group speakers").

One place for the rule, used by the mention layer (quote speakers) and by demands (``by``).

How to call it::

    from newslens.extract.groups import GroupLeaders

    leaders = GroupLeaders(actors)          # once per article (``extract_actors`` output)
    org = leaders.leader(noun_lemma, adj_lemmas, at)   # -> Actor.name or None

``noun_lemma`` is the group noun's lemma (``ratownik`` for "ratownicy", ``związkowiec``), ``adj_lemmas``
the lemmas of the adjectives the text gives the group (``{"medyczny"}`` for "ratownicy medyczni",
``{"kontraktowy"}`` for "ratownicy kontraktowi"), ``at`` the character offset of the group mention
(only organisations named before it count). ``None`` means no named organisation leads the group:
the group speaks as itself (nominative plural, ``group: true``).

The simplest route for a caller with a text is the mention layer, which already applies this:
``link_mentions(text, actors)`` yields ``kind == "group"`` mentions whose ``actor`` is the leading
organisation, or the group's own nominative plural with ``group=True``.

Rules (each one general; the word lists are in ``data/``):

- **the organisation's name carries the group** (``Krajowy Związek Zawodowy Ratowników Medycznych``
  leads "ratownicy", "ratownicy medyczni"; ``Stowarzyszenie Kibiców X`` leads "kibice"): exactly one
  organisation named before the mention has a name word whose lemma is the group noun, and every
  adjective of the group is in that name too ("ratownicy kontraktowi" are not the union of
  "Ratowników Medycznych"; "dyspozytorzy medyczni" are not either);
- **a member noun names its kind of organisation** (``data/group_member_orgs.txt``: "związkowcy" are
  members of a trade union): exactly one organisation of that kind named before the mention leads
  them ("Związkowcy domagają się …" after the union was named). A one-word name ("Solidarność") makes
  the leader ambiguous but is never taken itself (often a federation, not the body leading a protest).

The reverse holds by construction: a named organisation is never turned into a group; a group with
two candidate organisations, or none, stays the group.

Explicit leadership in the sentence ("rolnicy zrzeszeni w X", "związkowcy z X", "posłowie Polski
2050") is read by the mention layer from the tokens around the group noun.
"""
from __future__ import annotations

import bisect
from functools import lru_cache
from typing import Iterable, Optional, Sequence

from ..model import Actor
from ..nlp import read_lexicon, readings


@lru_cache(maxsize=1)
def member_orgs() -> dict[str, tuple[frozenset[str], ...]]:
    """Member noun lemma -> the lemma sets one of which an organisation's name must contain."""
    out: dict[str, list[frozenset[str]]] = {}
    for line in read_lexicon("group_member_orgs.txt"):
        noun, _sep, kinds = line.partition(":")
        for kind in kinds.split("|"):
            if kind.strip():
                out.setdefault(noun.strip(), []).append(frozenset(kind.split()))
    return {k: tuple(v) for k, v in out.items()}


@lru_cache(maxsize=4096)
def _word_lemmas(word: str) -> frozenset[str]:
    return frozenset({word.lower()} | {r.lemma.lower() for r in readings(word)})


def name_lemmas(name: str) -> frozenset[str]:
    """All lemmas of the words of an organisation's name ("Ratowników Medycznych" -> ratownik, medyczny)."""
    out: set[str] = set()
    for w in name.replace("-", " ").split():
        out |= _word_lemmas(w.strip('„”"().,'))
    return frozenset(out)


PREPOSITIONS = frozenset("w we z ze dla na do od o po pod nad przy przeciw bez za".split())


def carrier_lemmas(name: str) -> frozenset[str]:
    """Lemmas of the name words that can name its members: those before a preposition inside the name
    ("Stowarzyszenie Kibiców X" carries "kibic"; "Borsk dla Mieszkańców" is for residents, not of them)."""
    words = name.replace("-", " ").split()
    cut = next((n for n, w in enumerate(words) if n and w in PREPOSITIONS), len(words))
    return name_lemmas(" ".join(words[:cut]))


class GroupLeaders:
    """The organisations of one article, indexed once; :meth:`leader` answers per group mention."""

    def __init__(self, actors: Sequence[Actor]) -> None:
        orgs = [a for a in actors if a.type == "organization"]  # one-word names count only against ambiguity
        self._orgs = sorted(((min((s for s, _e in a.offsets), default=a.first_offset), a.name, name_lemmas(a.name),
                              carrier_lemmas(a.name)) for a in orgs), key=lambda x: x[0])
        self._firsts = [o[0] for o in self._orgs]

    def _named_before(self, at: int) -> Iterable[tuple[int, str, frozenset[str], frozenset[str]]]:
        return self._orgs[:bisect.bisect_left(self._firsts, at)]

    def leader(self, noun: str, adjs: Iterable[str] = (), at: int = 1 << 62) -> Optional[str]:
        """The one organisation named before ``at`` that leads the group ``noun`` (+ ``adjs``), or None."""
        noun, adjs = noun.lower(), {a.lower() for a in adjs}
        before = list(self._named_before(at))
        carried = {name for _f, name, _lemmas, own in before if noun in own and adjs <= own and " " in name}
        if len(carried) == 1:
            return carried.pop()
        if carried:
            return None  # two organisations carry the group: not safe
        kinds = member_orgs().get(noun, ())
        members = {name for _f, name, lemmas, _own in before if any(kind <= lemmas for kind in kinds)}
        if len(members) == 1 and not adjs and " " in next(iter(members)):
            return members.pop()  # (a one-word name such as "Solidarność" is too often a federation, not the leader)
        return None
