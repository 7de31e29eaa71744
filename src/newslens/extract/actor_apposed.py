"""A role's complement and the holder's name read as one run: two names.

"premiera Wielkiej Brytanii Borisa Johnsona", "premier Wielkiej Brytanii Keir Starmer", "prezes Huty
Mikołów Andreas Kessler", "burmistrza Kościana Marka Zielińskiego": after a role noun, a name the role
is of (a place or a body, in the genitive) and then its holder's first name and surname came out as
one actor when the first name is foreign (no dictionary word) or read as a common word. The run is
cut before the last two words when those are a person's name (a first name or an unknown word, then a
surname or an unknown word) and what stands before them is a complete name: a proper name's word
ends it, or its nominative is a listed actor ("Wielka Brytania"). A body named after a person
("prezes Fundacji Anny Dymnej", "rektor Uniwersytetu Adama Mickiewicza") ends in an institution's
noun before the person's name, so it is no such pair and stays whole."""
from __future__ import annotations

from functools import lru_cache
from typing import Optional

from ..lexicon import gazetteer
from ..nlp import Text, Tok
from .actor_mentions import Mention
from .actor_words import is_acronym, is_first_name, is_institution
from .names import best, nominal_candidates
from .roles import is_role


@lru_cache(maxsize=1)
def _listed_names() -> frozenset[str]:
    return frozenset(" ".join(e.words) for entries in gazetteer().values() for e in entries) \
        | frozenset(e.canonical for entries in gazetteer().values() for e in entries)


def _proper(t: Tok) -> bool:
    return any("nazwa_geograficzna" in r.quals or (r.lemma[:1].isupper() and "nazwisko" not in r.quals
                                                   and "imię" not in r.quals)
               for r in t.readings if r.pos == "subst")


def _first(t: Tok) -> bool:
    return is_first_name(t) or (t.guessed and not is_acronym(t))


def _surname(t: Tok) -> bool:
    return (t.guessed and not is_acronym(t)) or any("nazwisko" in r.quals for r in t.readings) \
        and not any("nazwa_geograficzna" in r.quals for r in t.readings)


def holder_start(text: Text, m: Mention) -> Optional[int]:
    """Where the role holder's name starts inside mention ``m`` (see the module's note); None when it
    is no role's complement followed by a person's name."""
    toks = text.toks
    a, b = m.a, m.b
    if b - a < 3 or a == 0 or toks[a - 1].sent != toks[a].sent or not is_role(toks[a - 1]) \
            or toks[a - 1].is_title and not toks[a - 1].sent_start:
        return None  # (a capital mid-sentence may make the role part of a name; at a sentence's start it does not)
    cut = b - 2
    t1, t2 = toks[cut], toks[cut + 1]
    if not (_first(t1) and _surname(t2)) or text.text[toks[cut - 1].end:t1.idx] != " ":
        return None
    prefix = toks[a:cut]
    if any(x.guessed or is_first_name(x) or not (x.is_title and x.is_word) for x in prefix) or is_institution(prefix[-1]):
        return None
    if not any(r.has("gen") for r in prefix[0].readings):
        return None
    if _proper(prefix[-1]) or best(nominal_candidates(prefix)) in _listed_names():
        return cut
    return None
