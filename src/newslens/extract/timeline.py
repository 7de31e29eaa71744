"""Timeline: temporal expressions normalised to ISO values anchored on the publication date.

Expressions are found with patterns built from ``data/temporal.json`` (month, weekday,
number, unit and season forms); a year-less date resolves to the latest such date not
after publication when its clause is in the past tense, to the next one when it is in the
future (``zagra we wtorek``) or the date is scheduled (``na środę``) or a limit of something
still going on (``stoją do piątku``); with no telling verb, a month or day far in the past but
just ahead loses to the nearer future one (``Od lipca wyższe rachunki`` in late June).
"""
from __future__ import annotations

import bisect
import re
from datetime import date
from typing import Callable, Optional, Sequence

from ..model import Timex
from ..nlp import Text
from ..tense import span_tense
from .events import event_phrase
from .timex_rules import _add_months, _month_end, _patterns

_SCHEDULED = ("na ",)  # "na środę", "na lipiec": the date something is set for
_UNTIL, _SINCE, _FROM = ("do ",), ("od ",), ("z ", "ze ")
_PREPOSITION = re.compile(r"(?<!\w)(na|do|od|z|ze|w|we)\s+$", re.IGNORECASE)
TenseOf = Callable[[int, int], Optional[str]]


def _future(expr: str, tense: Optional[str]) -> Optional[bool]:
    """True: read the date forward; False: backward; None: the nearer reading, past-biased."""
    low = expr.lower()
    if low.startswith(_SCHEDULED) and not low.startswith(("na przełomie", "na początku", "na koniec")):
        return True
    if tense == "future":
        return True
    if tense == "past":
        return False
    if low.startswith(_UNTIL):
        return True
    if low.startswith(_SINCE) and tense == "present":
        return False  # "trwają od 9 lutego"
    if low.startswith(_FROM):
        return False  # "sytuacja z grudnia-stycznia", "żądania z przełomu roku"
    return None


def find_timexes(text: str, published: Optional[date], tense: Optional[TenseOf] = None
                 ) -> list[tuple[int, int, tuple[str, str, str, str]]]:
    """(start, end, (value, start_date, end_date, granularity)) for each expression, in order.

    ``tense(start, end)`` names the tense of the clause around a span ("past", "present",
    "future" or None); without it every year-less date takes the nearer, past-biased reading.
    """
    taken: list[tuple[int, int]] = []  # sorted and never overlapping, so an overlap is found by bisection
    found = []
    for pattern, resolve in _patterns():
        for m in pattern.finditer(text):
            a, b = m.span()
            while b > a and text[b - 1].isspace():
                b -= 1
            j = bisect.bisect_left(taken, (b, -1))  # the spans starting before b; their ends are sorted too
            if j and taken[j - 1][1] > a:
                continue
            lead = _PREPOSITION.search(text, max(0, a - 4), a)
            expr = (lead.group(1) + " " if lead else "") + text[a:b]
            fut = _future(expr, tense(a, b) if tense and published else None)
            value = resolve(m, published, fut)
            bisect.insort(taken, (a, b))
            if value is not None:
                found.append((a, b, value))
    return sorted(found)




def extract_timeline(text: Text, published: Optional[str]) -> list[Timex]:
    """Every temporal expression with its ISO value, span and the clause it dates."""
    pub = date.fromisoformat(published) if published else None
    out = []
    def tense(a: int, b: int) -> Optional[str]:
        return span_tense(text, a, b)

    for a, b, (value, start_date, end_date, gran) in find_timexes(text.text, pub, tense):
        out.append(Timex(expression=text.text[a:b], value=value, start_date=start_date, end_date=end_date,
                         granularity=gran, event=event_phrase(text, a, b), start=a, end=b))
    return out


def infer_published(text: Text) -> Optional[str]:
    """The latest explicit full date in the text (a dateline counts), or None."""
    dates = [v[1] for _a, _b, v in find_timexes(text.text, None) if v[3] == "day"]
    return max(dates) if dates else None


def focus_window(timeline: Sequence[Timex], months: int = 3) -> Optional[tuple[str, str]]:
    """The densest run of ``months`` calendar months of dated events, trimmed to the months used."""
    points = []
    for t in timeline:
        a, b = date.fromisoformat(t.start_date), date.fromisoformat(t.end_date)
        if (b - a).days > 93:
            continue
        mid = a + (b - a) / 2
        points.append((mid.year, mid.month))
    if not points:
        return None
    best, best_n = None, -1
    for y, m in sorted(set(points)):
        window = [_add_months(y, m, k) for k in range(months)]
        n = sum(p in window for p in points)
        if n > best_n:
            best, best_n = window, n
    assert best is not None
    used = [p for p in best if p in points]
    (y1, m1), (y2, m2) = used[0], used[-1]
    return date(y1, m1, 1).isoformat(), _month_end(y2, m2).isoformat()
