"""Saints' names and the churches and parishes named after them ("św. Augustyna", "kościoła św. Anny",
"parafii Świętego Ducha"): where a saint's name ends, and the actor type its church noun gives.

Split out of ``actor_words.py`` (eleventh session) when it passed 600 lines."""
from __future__ import annotations

from functools import lru_cache
from typing import Optional

from ..lexicon import lexicon_set
from ..nlp import Tok


def saint_name_end(toks: list[Tok], i: int) -> Optional[int]:
    """One past a saint's name after a saint's title at ``i`` ("św. Augustyna", "świętego Jana Pawła II",
    "św. Piotra i Pawła": capitalised words, a numeral, names joined by "i"); None when ``i`` holds no
    title (``saint_titles.txt``) with a name after it."""
    if toks[i].lower not in lexicon_set("saint_titles.txt"):
        return None
    sent = toks[i].sent
    j = i + 1
    while j < len(toks) and toks[j].sent == sent:
        if toks[j].is_title and toks[j].is_word:
            j += 1
        elif toks[j].lower == "i" and j > i + 1 and j + 1 < len(toks) and toks[j + 1].sent == sent \
                and toks[j + 1].is_title and toks[j + 1].is_word:
            j += 2
        else:
            break
    return j if j > i + 1 else None


@lru_cache(maxsize=1)
def church_nouns() -> dict[str, str]:
    """Lemma -> actor type of a church's or a parish's noun (``church_nouns.tsv``)."""
    return dict(line.split("\t")[:2] for line in lexicon_set("church_nouns.tsv"))


def church_type(t: Tok) -> Optional[str]:
    """The actor type of a church or a parish named by its saint, for its noun ("kościoła" -> place,
    "parafii" -> organization; ``church_nouns.tsv``); None for any other word."""
    return next((church_nouns()[r.lemma.lower()] for r in t.readings
                 if r.pos == "subst" and r.lemma.lower() in church_nouns()), None)
