"""Timeline: temporal expressions normalised to ISO values anchored on the publication date.

Expressions are found with the patterns of ``timex_rules`` (built from ``data/temporal.json``);
this module decides the direction of each (``_future``): a year-less date resolves to the latest
such date not after publication when its clause is in the past tense (``newslens.tense``), to the
next one when it points forward: future tense, mood (conditional, ``mieć`` + infinitive,
imperative, a request or appeal), a schedule (``na środę``), a deadline (``czas do 20 listopada``)
or a limit of something still going on (``stoją do piątku``); back pay (``z wyrównaniem od
stycznia``) reaches back; a noun or adjective of planning before it (``zamiar przyjęcia do
końca listopada``, ``pogotowie strajkowe od 9 kwietnia``) and a present tense with an event noun
(``jest teraz turniej … w marcu``) point forward; an origin (``porozumienie z lutego``) back. With
no telling word the reading nearer to publication wins, either way (``Od lipca wyższe rachunki`` in
late June, ``o zimie`` in October). ``od A do B`` becomes one
range, A read back from B. An anaphor (``tego samego dnia``, ``do tego dnia``, ``w listopadzie tegoż
roku``) takes the day or year of the expression before it (``_anaphors``). Web-page layout lines (``nlp.layout_lines``: teasers of other articles,
credits, bylines) hold no expressions. The publication date of an undated article is inferred from the dates the text reports as past
(``infer_published``); event phrases come from ``events``.
"""
from __future__ import annotations

import bisect
import re
from datetime import date
from functools import lru_cache
from typing import Callable, Optional, Sequence

from ..model import Timex
from ..nlp import Text, layout_lines
from ..tense import scheduled_event, span_clause_tense, span_tense
from .events import event_phrase
from .timex_rules import _add_months, _data, _month_end, _patterns
from .timex_scan import pattern_matches

_SCHEDULED = ("na ",)  # "na środę", "na lipiec": the date something is set for
_UNTIL, _SINCE, _FROM = ("do ",), ("od ",), ("z ", "ze ")
_PREPOSITION = re.compile(r"(?<!\w)(na|do|od|z|ze|w|we)\s+$", re.IGNORECASE)
_END_DAY = ("z końcem ",)
_FROM_LIMIT = ("z końcem", "z początkiem", "z dniem", "z połową")  # "wygasa z końcem lutego": a date, not an origin
TenseOf = Callable[[int, int], Optional[str]]


@lru_cache(maxsize=1)
def _lists() -> tuple[frozenset[str], frozenset[str]]:
    d = _data()
    return frozenset(d["deadline_words"]), frozenset(d["retroactive_words"])


_WORD_BEFORE = re.compile(r"(\S+)\s+$")
_BARE_YEARS = re.compile(r"\d{4}\s*[-–]\s*\d{4}$")


def _future(expr: str, tense: Optional[str], before: str = "") -> Optional[bool]:
    """True: read the date forward; False: backward; None: the nearer reading.
    ``before`` is the word before the expression (``czas do 20 listopada`` is a deadline ahead,
    ``z wyrównaniem od stycznia`` reaches back)."""
    low = expr.lower()
    deadline, retroactive = _lists()
    if low.startswith(_SINCE) and before in retroactive:
        return False
    if low.startswith(_UNTIL) and before in deadline:
        return True
    if low.startswith(_SCHEDULED) and not low.startswith(("na przełomie", "na początku", "na koniec")):
        return True
    if low.startswith(_FROM) and not low.startswith(_FROM_LIMIT):
        return False  # an origin: "sytuacja z grudnia-stycznia", "żądania z przełomu roku", also in a plan or
    if tense in ("plan", "future"):  # a future clause ("propozycja z marca", "gdy Serbia złoży podpis pod
        return True  # porozumieniem z lutego"); "zamiar przyjęcia do końca listopada"
    if tense == "past":
        return False
    if low.startswith(_UNTIL):
        return True
    if low.startswith(_SINCE) and tense == "present":
        return False  # "trwają od 9 lutego"
    return None


_OPENING = ".!?:…\n-–—"  # what a sentence, a line or a dash quotation opens after
_QUOTE_OPEN = "„\"»«'(‚"


def _capitalised_in_a_name(text: str, a: int, b: int) -> bool:
    """A capitalised one-word expression that opens no sentence, line or quotation is part of a name
    (``akcja "Polska Stanie »Dzisiaj my Jutro WY«"``: ``Jutro``), and so is one opening a quotation
    right after a capitalised word inside a sentence (``Stanie »Dzisiaj``)."""
    word = text[a:b]
    if not word[:1].isupper() or not word.isalpha():
        return False
    i = a
    while i and text[i - 1] in " \t":
        i -= 1
    if not i or text[i - 1] in _OPENING:
        return False
    if text[i - 1] not in _QUOTE_OPEN:
        return True  # after a word or a comma inside a sentence
    w = _WORD_BEFORE.search(text, max(0, i - 41), i - 1)
    if not w or not w.group(1)[:1].isupper():
        return False
    head = text[max(0, w.start(1) - 3):w.start(1)].rstrip(" \t")
    return bool(head) and head[-1] not in _OPENING + _QUOTE_OPEN


@lru_cache(maxsize=1)
def _name_heads() -> frozenset[str]:
    return frozenset(_data()["name_heads_before"])


def _after_a_name_word(text: str, a: int) -> bool:
    """A capitalised expression of several words right after a capitalised word inside a sentence
    (``Parafia Bożego Ciała``, ``w Szpitalu Wszystkich Świętych``) or after a word that heads a name
    (``ul. Bożego Ciała``, ``kościół Wszystkich Świętych``: ``name_heads_before``)."""
    if not text[a:a + 1].isupper():
        return False
    w = _WORD_BEFORE.search(text, max(0, a - 30), a)
    if not w:
        return False
    word = w.group(1)
    if "\n" in text[w.end(1):a]:
        return False  # a line ends before it
    if word.lower() in _name_heads():
        return True
    head = text[max(0, w.start(1) - 3):w.start(1)].rstrip(" \t")
    return word[:1].isupper() and word.isalpha() and bool(head) and head[-1] not in _OPENING + _QUOTE_OPEN


def _in_a_name(text: str, a: int, b: int) -> bool:
    """A bare year range right after a capitalised word inside a sentence belongs to a name
    (``Fundusze Europejskie dla Lubuskiego 2021-2027``), and so does a capitalised word that opens
    nothing (``_capitalised_in_a_name``) and a capitalised phrase after a name's word (``_after_a_name_word``)."""
    if _capitalised_in_a_name(text, a, b) or (" " in text[a:b] and _after_a_name_word(text, a)):
        return True
    if not _BARE_YEARS.match(text, a, b):
        return False
    w = _WORD_BEFORE.search(text, max(0, a - 40), a)
    if not w or not w.group(1)[:1].isupper():
        return False
    head = text[max(0, w.start(1) - 3):w.start(1)].rstrip(" \t")
    return bool(head) and head[-1] not in ".!?:\n"


def _day_at_end(value: tuple[str, str, str, str]) -> tuple[str, str, str, str]:
    """``z końcem lutego``, ``z końcem roku``: the last day of the period."""
    end = value[2]
    return end, end, end, "day"


def _join(first: tuple[str, str, str, str], last: tuple[str, str, str, str]) -> Optional[tuple[str, str, str, str]]:
    """``od A do B`` as one range from A's start to B's end, each part in its own granularity."""
    if first[1] > last[2]:
        return None
    return f"{first[0].split('/')[0]}/{last[0].split('/')[-1]}", first[1], last[2], "range"


Scan = list[tuple[int, int, re.Match, Callable, int, str, str]]


def _doc_scan(text: Text) -> Scan:
    """``_scan`` of an analysed text, kept on it: which spans are expressions does not depend on the
    publication date or the tense, so ``infer_published`` and ``extract_timeline`` share one scan
    (the regular expressions over the whole text are most of the time of both)."""
    cached = text.__dict__.get("_timex_scan")
    if cached is None:
        cached = text.__dict__["_timex_scan"] = _scan(text.text)
    return cached


def _scan(text: str) -> Scan:
    """The expressions of ``text`` before they are resolved: (start, end, match, resolver, start of the
    preposition before it or the start, the expression with that preposition, the word before), in
    pattern order."""
    skip = layout_lines(text)
    skip_starts = [x[0] for x in skip]
    taken: list[tuple[int, int]] = []  # sorted and never overlapping, so an overlap is found by bisection
    out = []
    for (_pattern, resolve), matches in zip(_patterns(), pattern_matches(text)):
        for m in matches:
            a, b = m.span()
            while b > a and text[b - 1].isspace():
                b -= 1
            j = bisect.bisect_left(taken, (b, -1))  # the spans starting before b; their ends are sorted too
            if j and taken[j - 1][1] > a:
                continue
            k = bisect.bisect_right(skip_starts, a) - 1
            if k >= 0 and skip[k][1] >= b:
                continue
            if _in_a_name(text, a, b):
                continue
            # a preposition before an adjectival date governs its noun ("na środowej konferencji")
            lead = None if "adj" in m.groupdict() else _PREPOSITION.search(text, max(0, a - 4), a)
            expr = (lead.group(1) + " " if lead else "") + text[a:b]
            word = _WORD_BEFORE.search(text, max(0, (lead.start() if lead else a) - 30), lead.start() if lead else a)
            before = word.group(1).lower().strip(",.;:\"„”") if word else ""
            bisect.insort(taken, (a, b))
            out.append((a, b, m, resolve, lead.start() if lead else a, expr, before))
    return out


def _with_preposition(text: str, a: int, b: int) -> str:
    """The expression at ``a:b`` with the preposition before it (``od`` + ``9 kwietnia``)."""
    lead = _PREPOSITION.search(text, max(0, a - 4), a)
    return ((lead.group(1) + " ") if lead else "") + text[a:b]


def _limit(text: str, a: int, b: int) -> str:
    """The preposition of the expression at ``a:b`` (or before it) when it is a limit, a start or a
    date set for something (``do końca listopada``, ``od 9 kwietnia``, ``na środę``), else ""."""
    low = _with_preposition(text, a, b).lower()
    return low.split(" ", 1)[0] if low.startswith(_UNTIL + _SINCE + _SCHEDULED) else ""


_FAR, _NEAR = 240, 120  # days
def _firm(expr: str, tense: Optional[str], before: str) -> bool:
    """The direction of ``expr`` rests on its own words, not on a verb the clause search found: an
    origin (``propozycja z marca``), back pay (``z wyrównaniem od stycznia``), a deadline (``czas do 20
    listopada``), a schedule (``na środę``), or a past verb that dates it (``17 grudnia Rosja
    przedstawiła``) unless it is a limit (``do 5 stycznia``: what was given in the past limits what
    lies ahead)."""
    low = expr.lower()
    deadline, retroactive = _lists()
    return (low.startswith(_FROM) and not low.startswith(_FROM_LIMIT)) \
        or (low.startswith(_SINCE) and before in retroactive) or (low.startswith(_UNTIL) and before in deadline) \
        or (low.startswith(_SCHEDULED) and not low.startswith(("na przełomie", "na początku", "na koniec"))) \
        or (tense == "past" and not low.startswith(_UNTIL))


def _gap(value: tuple[str, str, str, str], published: date) -> int:
    """Days between publication and the nearer end of a value's span (0 when the span holds it)."""
    a, b = date.fromisoformat(value[1]), date.fromisoformat(value[2])
    return 0 if a <= published <= b else min(abs((published - a).days), abs((published - b).days))


def _within_the_news(chosen: tuple[str, str, str, str], other: Optional[tuple[str, str, str, str]],
                     published: date) -> tuple[str, str, str, str]:
    """A year-less date the clause's tense reads eight months or more away from publication, when the
    other reading lies within four months, takes the other reading: a news text leaves out the year of
    a date near its publication, not of one most of a year away (``kursy ruszają od 1 lipca`` in late
    June, ``zgodę wydała do 3 stycznia`` in late November, ``uchylenia styczniowej decyzji`` in March,
    ``transza, która miała wpłynąć w marcu`` in May). Only where the direction is not ``_firm``: a
    present, future or planned clause often has its tense from a verb that does not date the
    expression (a request, a plan, a present used for the future); on the 245 development articles the
    far reading was wrong each of the eight times the rule changes it (two of them the limits ``do …``
    an older rule already took ahead), and right none. A far future after a future
    verb is given up too (``Rybacy wypłyną w morze w styczniu`` in early February: last January), and
    so is an ongoing state's far start (``spór trwa od marca`` in mid-December: next March): the price
    of the rule, not seen on those pages. ``other``: the same expression read the other way (equal to
    ``chosen`` when the expression states its year or counts from publication)."""
    if other is None or other == chosen:
        return chosen
    if _gap(chosen, published) > _FAR and _gap(other, published) <= _NEAR:
        return other
    return chosen


# (the first letters every alternative can begin with, tested before the rest: most positions fail it)
_ANAPHOR = re.compile(r"(?=[DdOoTtWw])(?<![\w])(?:(?:(?:[Dd]o|[Oo]d)\s+)?(?:[Tt]ego\s+samego|[Tt]egoż)\s+(?P<day>dnia)"
                      r"|(?:[Dd]o|[Oo]d)\s+tego\s+(?P<day3>dnia)"
                      r"|(?:[Tt]ego\s+samego|[Tt]egoż)\s+(?P<year>roku)|[Ww]\s+tym\s+samym\s+(?:(?P<day2>dniu)|(?P<year2>roku)))(?!\w)")


def _anaphors(text: str, found: list) -> None:
    """``tego samego dnia``, ``do tego dnia``, ``tegoż roku``, ``w tym samym roku``: the day (the year)
    of the last expression before it that names one day (lies within one year), added to ``found``
    (sorted by start) in place; none when no such expression comes before it."""
    starts = [f[0] for f in found]
    for m in _ANAPHOR.finditer(text):
        a, b = m.span()
        i = bisect.bisect_left(starts, a)
        if (i < len(found) and found[i][0] < b) or (i and found[i - 1][1] > a):
            continue  # inside another expression
        day = m.group("day") or m.group("day2") or m.group("day3")
        if not day and i and found[i - 1][3] is not None and not text[found[i - 1][1]:a].strip() \
                and found[i - 1][2][3] in ("month", "day"):
            _year_of_the_one_before(found, i - 1, b, m.group(0))  # "w listopadzie tegoż roku"
            continue
        for j in range(i - 1, -1, -1):
            value = found[j][2]
            if day and value[3] == "day":
                break
            if not day and value[1][:4] == value[2][:4]:
                y = value[1][:4]
                value = (y, f"{y}-01-01", f"{y}-12-31", "year")
                break
        else:
            continue
        entry = (a, b, value, None, None, None, a, m.group(0))
        found.insert(i, entry)
        starts.insert(i, a)


def _year_of_the_one_before(found: list, k: int, end: int, anaphor: str) -> None:
    """``found[k]`` (a month or a day) followed by ``tegoż roku`` takes the year of the expression before
    it and the anaphor into its span."""
    a, _b, value, m, resolve, fut, lead, expr = found[k]
    year = next((v[1][:4] for _a, _b2, v, *_ in reversed(found[:k]) if v[1][:4] == v[2][:4]), None)
    if year is None:
        return
    y0 = value[1][:4]
    moved = tuple(x.replace(y0, year, 1) if i < 3 else x for i, x in enumerate(value))
    try:
        date.fromisoformat(moved[1]), date.fromisoformat(moved[2])
    except ValueError:
        return  # 29 February in another year
    found[k] = (a, end, moved, m, resolve, fut, lead, expr + " " + anaphor)


def find_timexes(text: str, published: Optional[date], tense: Optional[TenseOf] = None, scan: Optional[Scan] = None
                 ) -> list[tuple[int, int, tuple[str, str, str, str]]]:
    """(start, end, (value, start_date, end_date, granularity)) for each expression, in order.

    ``tense(start, end)`` names the tense of the clause around a span ("past", "present",
    "future", "plan" or None); without it every year-less date takes the nearer reading.
    Layout lines (``ZOBACZ TAKŻE: …``, ``Fot. …``: ``nlp.layout_lines``) hold no expressions; ``od A do B``
    is one expression, A read back from B (``od kwietnia do grudnia 2026 r.``). ``scan``: the
    text's ``_scan`` when it was made already.
    """
    found = []
    for a, b, m, resolve, lead, expr, before in (_scan(text) if scan is None else scan):
        t = tense(a, b) if tense and published else None
        fut = _future(expr, t, before)
        value = resolve(m, published, fut)
        if fut is not None and value is not None and published is not None and not _firm(expr, t, before):
            value = _within_the_news(value, resolve(m, published, not fut), published)
        if value is not None:
            if expr.lower().startswith(_END_DAY) and value[3] in ("month", "year"):
                value = _day_at_end(value)
            found.append((a, b, value, m, resolve, fut, lead, expr))
    found.sort(key=lambda x: x[0])
    _anaphors(text, found)
    out: list[tuple[int, int, tuple[str, str, str, str]]] = []
    i = 0
    while i < len(found):
        a, b, value, m, resolve, fut, lead_at, expr = found[i]
        if i + 1 < len(found) and expr.lower().startswith(_SINCE) and resolve and found[i + 1][4]:
            a2, b2, value2, m2, resolve2, _f2, lead2, expr2 = found[i + 1]
            if not text[b:lead2].strip() and expr2.lower().startswith(_UNTIL):
                value2 = resolve2(m2, published, fut) or value2  # the range takes the direction of its start
                anchored = resolve(m, date.fromisoformat(value2[2]), False) or value
                joined = _join(anchored, value2)
                if joined is not None:
                    out.append((lead_at, b2, joined))
                    i += 2
                    continue
        out.append((a, b, value))
        i += 1
    return out


_STAMP = re.compile(
    r"(?im)^[ \t•·*|-]*(?:(?:opublikowano|aktualizacja|aktualizowano|zaktualizowano|data publikacji|data dodania"
    r"|data aktualizacji|dodano|publikacja)\b[ \t]*:?[ \t]*\d[^\n]{0,60}"  # the word, then the date
    r"|(?:\d{4}-\d{2}-\d{2}|\d{1,2}\.\d{1,2}\.\d{4}|\d{1,2}\s+\w+\s+\d{4})(?:\s*r\.)?[, \t]+(?:godz\.\s*)?\d{1,2}[:.]\d{2}\b"
    r"[^\n]{0,60})$")


_CITATION = re.compile(r"(?:Dz\.\s?U(?:rz)?\.|M\.\s?P\.)(?:\s+[\w.]+){0,3}\s*\Z")  # "Dz. U. z 2020 r. poz. 8": a source


def _stamp_lines(text: str) -> list[tuple[int, int]]:
    """Lines that stamp the page, not the story: ``Opublikowano: 4 października 2018, 08:05``,
    ``Aktualizacja: …``, a date with a clock time and at most a credit after it (``2019-03-14, 09:45
    Polska Agencja Prasowa``). The timeline leaves them out; ``infer_published`` still reads them."""
    return [m.span() for m in _STAMP.finditer(text)]


def extract_timeline(text: Text, published: Optional[str]) -> list[Timex]:
    """Every temporal expression with its ISO value, span and the clause it dates."""
    pub = date.fromisoformat(published) if published else None
    out = []
    def tense(a: int, b: int) -> Optional[str]:
        expr = _with_preposition(text.text, a, b).lower()
        found, own_clause = span_clause_tense(text, a, b, limit=_limit(text.text, a, b))
        if found == "present" and expr.startswith(_SINCE) and not own_clause:
            return None  # "deklaruje: bezterminowy strajk od 8 kwietnia": no verb of its own
        if found == "present" and not expr.startswith(_SINCE + _FROM) and scheduled_event(text, a):
            return "future"  # "kluczowy jest teraz turniej w Chorwacji w marcu": a schedule
        return found

    stamps = _stamp_lines(text.text)
    for a, b, (value, start_date, end_date, gran) in find_timexes(text.text, pub, tense, _doc_scan(text)):
        if stamps and any(x <= a < y for x, y in stamps) or _CITATION.search(text.text, max(0, a - 40), a):
            continue
        out.append(Timex(expression=text.text[a:b], value=value, start_date=start_date, end_date=end_date,
                         granularity=gran, event=event_phrase(text, a, b), start=a, end=b))
    return out


_LEADING_PREPOSITION = re.compile(r"(?i)(?:w|we|od|do|na|z|ze|po|przed|pod|około|za|przez)\s")
_DATELINE = re.compile(r"[ \t]*(?:[A-ZĄĆĘŁŃÓŚŹŻ][\w.-]*(?:[ \t]+[\w.-]+){0,3},[ \t]*)?\Z")


def _reported_past(text: Text, a: int, b: int) -> bool:
    """The date at ``a:b`` is reported as past: a dateline (``Warszawa, 5 marca 2024 r.`` opening
    a line), a clause in the past tense, ``od X`` with a present verb (``trwa od …``), or a bare date
    in a sentence with no verb. A plan, a conditional, a request or a schedule never is."""
    line_start = text.text.rfind("\n", 0, a) + 1
    if _DATELINE.match(text.text, line_start, a):
        return True
    lead = _PREPOSITION.search(text.text, max(0, a - 4), a)
    expr = ((lead.group(1) + " ") if lead else "") + text.text[a:b]
    tense = span_tense(text, a, b, limit=_limit(text.text, a, b))
    if tense == "past":
        return _future(expr, tense) is False
    if tense == "present":
        return expr.lower().startswith(_SINCE)
    return tense is None and not _LEADING_PREPOSITION.match(expr)


def infer_published(text: Text) -> Optional[str]:
    """The publication date of an article that does not give one: the earliest day that is not
    before any date the text reports as past (a dateline, a past-tense clause), so never earlier than
    a past event and never later than the latest date reported as past. Planned, conditional,
    requested and scheduled dates never count (``od 1 stycznia 2027 r.`` in a plan). A reported
    month or year counts from its first day, a day range from its last. None without such a date.
    """
    floor: Optional[str] = None
    for a, b, (_value, start, end, gran) in find_timexes(text.text, None, scan=_doc_scan(text)):
        if not _reported_past(text, a, b):
            continue
        day = end if gran in ("day", "range") and (date.fromisoformat(end) - date.fromisoformat(start)).days < 32 \
            else start
        floor = day if floor is None or day > floor else floor
    return floor


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
