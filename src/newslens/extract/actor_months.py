"""A month named with a year's two digits is a name, not a date: "Sierpień 80", "Sierpień '80" (the trade
union named after the strikes of August 1980), "z Sierpnia'80", "przedstawiciele „Sierpnia '80”". A date
writes the month in lower case after its day and the year in full ("31 sierpnia 1980"); a capitalised
month right before two digits, spaced or after an apostrophe, names a body. Its name is the month's
nominative and the digits as the text writes them ("Sierpień '80", "Sierpień'80", "Sierpień 80").
"""
from __future__ import annotations

import json
import re
from functools import lru_cache
from importlib import resources
from typing import Optional

from ..nlp import Text, Tok, readings
from .actor_mentions import Mention

_APOSTROPHES = "'’`"
_GLUED = re.compile(r"^(\w+)([" + _APOSTROPHES + r"])(\d\d)$")


@lru_cache(maxsize=1)
def _months() -> frozenset[str]:
    data = json.loads(resources.files("newslens").joinpath("data/temporal.json").read_text("utf-8"))
    return frozenset(forms[0] for forms in data["months"].values())


def _month(word: str) -> Optional[str]:
    """The month's nominative, capitalised, when ``word`` is a capitalised form of a month; else None."""
    if not word[:1].isupper():
        return None
    lemma = next((r.lemma for r in readings(word) if r.pos == "subst" and r.lemma.lower() in _months()), None)
    return lemma.capitalize() if lemma else None


def _two_digits(t: Tok) -> bool:
    return len(t.text) == 2 and t.text.isdigit()


def month_year_name(text: Text, i: int) -> Optional[Mention]:
    """A body named by a month and a year's two digits at token ``i`` (see the module), or None."""
    toks = text.toks
    t = toks[i]
    glued = _GLUED.match(t.text)
    if glued:  # "Sierpnia'80": one token
        month = _month(glued.group(1))
        if not month:
            return None
        return Mention(i, i + 1, f"{month}{glued.group(2)}{glued.group(3)}", "organization", t.idx, t.end, t.text)
    month = _month(t.text) if t.is_title and t.is_word else None
    if not month or i + 1 >= len(toks) or toks[i + 1].sent != t.sent:
        return None
    if i and toks[i - 1].text.isdigit() and toks[i - 1].sent == t.sent:
        return None  # "1 Sierpnia 80 osób": a date's day before it
    nxt = toks[i + 1]
    if nxt.text in _APOSTROPHES and i + 2 < len(toks) and _two_digits(toks[i + 2]) and nxt.end == toks[i + 2].idx \
            and text.text[t.end:nxt.idx] in ("", " ") and toks[i + 2].sent == t.sent:
        end = i + 3  # "Sierpień '80", "Sierpnia '80"
    elif _two_digits(nxt) and text.text[t.end:nxt.idx] == " " \
            and not (i + 2 < len(toks) and toks[i + 2].sent == t.sent and not toks[i + 2].is_title
                     and toks[i + 2].is_word):
        end = i + 2  # "Sierpnia 80 Piotr Bujak" (not "w Sierpniu 80 osób": a count's noun after the digits)
    else:
        return None
    surface = text.text[t.idx:toks[end - 1].end]
    return Mention(i, end, month + surface[len(t.text):], "organization", t.idx, toks[end - 1].end, surface)
