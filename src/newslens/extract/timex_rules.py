"""Timex patterns and their resolvers: the forms of ``data/temporal.json`` (months, weekdays,
numbers, units, seasons) built into regular expressions, each with a function that turns a match,
the publication date and the direction of the clause (past/future/unknown) into an ISO value.
"""
from __future__ import annotations

import calendar
import json
import re
from datetime import date, timedelta
from functools import lru_cache
from importlib import resources
from typing import Callable, Optional

_YEAR_SUFFIX = r"(?:\s*r\.|\s+roku|\s+rok)?"


@lru_cache(maxsize=1)
def _data() -> dict:
    return json.loads(resources.files("newslens").joinpath("data/temporal.json").read_text("utf-8"))


def _alt(forms) -> str:
    return "|".join(sorted((re.escape(f) for f in forms), key=len, reverse=True))


@lru_cache(maxsize=1)
def _lookup() -> dict[str, dict[str, int]]:
    d = _data()
    out = {}
    for key in ("months", "weekdays", "numbers", "seasons"):
        out[key] = {f: int(k) for k, forms in d[key].items() for f in forms}
    out["units"] = {f: k for k, forms in d["units"].items() for f in forms}  # type: ignore[misc]
    return out


# --------------------------------------------------------------------------- date arithmetic
def _month_end(y: int, m: int) -> date:
    return date(y, m, calendar.monthrange(y, m)[1])


def _add_months(y: int, m: int, k: int) -> tuple[int, int]:
    idx = y * 12 + (m - 1) + k
    return idx // 12, idx % 12 + 1


def _on(y: int, month: int, day: int) -> date:
    return date(y, month, min(day, calendar.monthrange(y, month)[1]))


def _nearer_future(past_gap: int, future_gap: int) -> bool:
    """Tense unknown: past unless the future reading is less than half as far away."""
    return 2 * future_gap < past_gap


def _latest(month: int, day: int, pub: date, future: Optional[bool]) -> date:
    this = _on(pub.year, month, day)
    past = this if this <= pub else _on(pub.year - 1, month, day)
    nxt = this if this >= pub else _on(pub.year + 1, month, day)
    if future is None:
        future = _nearer_future((pub - past).days, (nxt - pub).days)
    return nxt if future else past


def _latest_month(month: int, pub: date, future: Optional[bool]) -> int:
    past = pub.year if month <= pub.month else pub.year - 1
    nxt = pub.year if month >= pub.month else pub.year + 1
    if future is None:
        future = _nearer_future((pub.year - past) * 12 + pub.month - month, (nxt - pub.year) * 12 + month - pub.month)
    return nxt if future else past


def _span(a: date, b: date, granularity: str) -> tuple[str, str, str, str]:
    """(value, start_date, end_date, granularity)"""
    if granularity == "day":
        value = a.isoformat()
    elif granularity == "month":
        value = a.strftime("%Y-%m")
    elif granularity == "year":
        value = str(a.year)
    elif granularity == "month-range":
        value, granularity = f"{a:%Y-%m}/{b:%Y-%m}", "range"
    elif granularity == "year-range":
        value, granularity = f"{a.year}/{b.year}", "range"
    else:
        value, granularity = f"{a.isoformat()}/{b.isoformat()}", "range"
    return value, a.isoformat(), b.isoformat(), granularity


def _month(y: int, m: int):
    return _span(date(y, m, 1), _month_end(y, m), "month")


def _months(y1: int, m1: int, y2: int, m2: int):
    return _span(date(y1, m1, 1), _month_end(y2, m2), "month-range")


# --------------------------------------------------------------------------- patterns
Resolver = Callable[[re.Match, Optional[date], bool], Optional[tuple[str, str, str, str]]]


@lru_cache(maxsize=1)
def _patterns() -> list[tuple[re.Pattern, Resolver]]:
    d, lk = _data(), _lookup()
    MON = f"(?:{_alt(lk['months'])})"
    WD = f"(?:{_alt(lk['weekdays'])})"
    NUM = f"(?:\\d+|(?i:{_alt(lk['numbers'])}))"
    UNIT = f"(?:{_alt(lk['units'])})"
    SEASON = f"(?:{_alt(lk['seasons'])})"
    B = r"(?<![\w.])"  # left word boundary
    E = r"(?![\w])"
    months, wdays, nums, units, seasons = lk["months"], lk["weekdays"], lk["numbers"], lk["units"], lk["seasons"]
    bare_not_season = frozenset(d["seasons_need_modifier"])
    REL = r"(?P<mod>ubiegłego|zeszłego|tego|bieżącego|przyszłego|następnego|poprzedniego)\s+roku"
    LIMIT = r"(?:[Pp]od\s+koniec|[Dd]o\s+końca|[Zz]\s+końcem|[Pp]rzed\s+końcem|[Nn]a\s+koniec|[Nn]a\s+początku|[Oo]d\s+początku|[Zz]\s+początkiem|[Ww]\s+połowie|[Dd]o\s+połowy|[Oo]d\s+połowy|[Pp]o\s+połowie)"

    def mon(s: str) -> int:
        return months[s.lower()]

    def num(s: str) -> int:
        return int(s) if s.isdigit() else nums[s.lower()]

    def year(m: re.Match, name: str, pub: Optional[date]) -> Optional[int]:
        return int(m.group(name)) if m.group(name) else None

    def day_range(m, pub, fut):
        y = year(m, "y", pub)
        mo = mon(m.group("m"))
        if y is None:
            if pub is None:
                return None
            y = _latest(mo, int(m.group("d2")), pub, fut).year
        d1, d2 = int(m.group("d1")), int(m.group("d2"))
        if not (1 <= d1 <= d2 <= calendar.monthrange(y, mo)[1]):
            return None
        return _span(date(y, mo, d1), date(y, mo, d2), "range")

    def cross_range(m, pub, fut):
        m1, m2 = mon(m.group("m1")), mon(m.group("m2"))
        d1, d2 = int(m.group("d1")), int(m.group("d2"))
        y2 = year(m, "y", pub)
        if y2 is None:
            if pub is None:
                return None
            y2 = _latest(m2, d2, pub, fut).year
        y1 = int(m.group("y1")) if m.group("y1") else (y2 if m1 <= m2 else y2 - 1)
        try:
            a, b = date(y1, m1, d1), date(y2, m2, d2)
        except ValueError:
            return None
        return _span(a, b, "range") if a <= b else None

    def night(m, pub, fut):
        if m.group("wd1"):
            first = weekday_date(wdays[m.group("wd1").lower()], "", pub, fut)
            if first is None:
                return None
            return _span(first, first + timedelta(days=1), "range")
        return day_range(m, pub, fut)

    def day_relyear(m, pub, fut):
        if pub is None:
            return None
        mo, dd, y = mon(m.group("m")), int(m.group("d")) if m.group("d") else 0, pub.year + rel_year(m.group("mod"))
        if not dd:
            return _month(y, mo)
        if not 1 <= dd <= calendar.monthrange(y, mo)[1]:
            return None
        return _span(date(y, mo, dd), date(y, mo, dd), "day")

    def rel_year(mod: str) -> int:
        mod = mod.lower()
        return -1 if mod.startswith(("ubiegł", "zeszł", "poprzedni")) else 1 if mod.startswith(("przyszł", "następn")) else 0

    def full(m, pub, fut):
        mo, dd, y = mon(m.group("m")), int(m.group("d")), int(m.group("y"))
        if not 1 <= dd <= calendar.monthrange(y, mo)[1]:
            return None
        a = date(y, mo, dd)
        return _span(a, a, "day")

    def numeric(m, pub, fut):
        try:
            if m.group("iso"):
                a = date.fromisoformat(m.group("iso"))
            else:
                a = date(int(m.group("ny")), int(m.group("nm")), int(m.group("nd")))
        except ValueError:
            return None
        return _span(a, a, "day")

    def day_month(m, pub, fut):
        if pub is None:
            return None
        mo, dd = mon(m.group("m")), int(m.group("d"))
        if not 1 <= dd <= 31:
            return None
        a = _latest(mo, dd, pub, fut)
        return _span(a, a, "day")

    def month_range(m, pub, fut):
        m1, m2 = mon(m.group("m1")), mon(m.group("m2"))
        y2 = year(m, "y", pub)
        if y2 is None:
            if pub is None:
                return None
            y2 = _latest_month(m2, pub, fut)
        y1 = y2 if m1 <= m2 else y2 - 1
        return _months(y1, m1, y2, m2)

    def month_year(m, pub, fut):
        return _month(int(m.group("y")), mon(m.group("m")))

    def month_only(m, pub, fut):
        if pub is None:
            return None
        mo = mon(m.group("m"))
        return _month(_latest_month(mo, pub, fut), mo)

    def turn_of_year(m, pub, fut):
        if m.group("y1"):
            y1, y2 = int(m.group("y1")), int(m.group("y2"))
            return _months(y1, 12, y2, 1) if y2 == y1 + 1 else _span(date(y1, 1, 1), date(y2, 12, 31), "year-range")
        if pub is None:
            return None
        y2 = _latest_month(1, pub, fut)
        return _months(y2 - 1, 12, y2, 1)

    def decade(m, pub, fut):
        v = int(m.group("dec"))
        start = v if v >= 100 else (1900 + v if v >= 30 else 2000 + v)
        return _span(date(start, 1, 1), date(start + 9, 12, 31), "year-range")

    def between_years(m, pub, fut):
        y1, y2 = int(m.group("y1")), int(m.group("y2"))
        return _span(date(y1, 1, 1), date(y2, 12, 31), "year-range") if y1 < y2 else None

    def year_only(m, pub, fut):
        y = int(m.group("y"))
        return _span(date(y, 1, 1), date(y, 12, 31), "year") if 1000 <= y <= 2100 else None

    def deictic_day(m, pub, fut):
        if pub is None:
            return None
        off = {"przedwczoraj": -2, "wczoraj": -1, "dziś": 0, "dzisiaj": 0, "jutro": 1, "pojutrze": 2}[m.group(0).lower()]
        a = pub + timedelta(days=off)
        return _span(a, a, "day")

    def weekday_date(wd: int, mod: str, pub: Optional[date], fut: Optional[bool]) -> Optional[date]:
        if pub is None:
            return None
        if mod.startswith(("przyszł", "najbliższ")) or (fut and not mod):
            return pub + timedelta(days=(wd - pub.weekday()) % 7 or 7)
        delta = (pub.weekday() - wd) % 7
        if mod.startswith(("ubiegł", "zeszł", "poprzedni")):
            delta = delta or 7
        return pub - timedelta(days=delta)

    def weekday(m, pub, fut):
        a = weekday_date(wdays[m.group("wd").lower()], (m.group("mod") or "").lower(), pub, fut)
        return None if a is None else _span(a, a, "day")

    def weekday_date_of(m, pub, fut):
        return full(m, pub, fut) if m.group("y") else day_month(m, pub, fut)

    def relative_unit(m, pub, fut):
        if pub is None:
            return None
        mod, unit = m.group("mod").lower(), units[m.group("unit").lower()]
        k = rel_year(mod)
        if unit == "week":
            monday = pub - timedelta(days=pub.weekday()) + timedelta(weeks=k)
            return _span(monday, monday + timedelta(days=6), "range")
        if unit == "month":
            y, mo = _add_months(pub.year, pub.month, k)
            return _month(y, mo)
        if unit == "year":
            y = pub.year + k
            return _span(date(y, 1, 1), date(y, 12, 31), "year")
        return None

    def last_n(m, pub, fut):
        if pub is None:
            return None
        n, unit = num(m.group("n")), units[m.group("unit").lower()]
        if unit == "month":
            y, mo = _add_months(pub.year, pub.month, -(n - 1))
            return _months(y, mo, pub.year, pub.month)
        if unit == "year":
            return _span(date(pub.year - n, 1, 1), date(pub.year, 12, 31), "year-range")
        days = n * (7 if unit == "week" else 1)
        return _span(pub - timedelta(days=days), pub, "range")

    def ago(m, pub, fut):
        if pub is None:
            return None
        n = num(m.group("n")) if m.group("n") else 1
        unit = units[m.group("unit").lower()]
        if unit == "year":
            return _span(date(pub.year - n, 1, 1), date(pub.year - n, 12, 31), "year")
        if unit == "month":
            y, mo = _add_months(pub.year, pub.month, -n)
            return _month(y, mo)
        a = pub - timedelta(days=n * (7 if unit == "week" else 1))
        return _span(a, a, "day")

    def season(m, pub, fut):
        if pub is None:
            return None
        start = seasons[m.group("s").lower()]
        mod = (m.group("mod") or "").lower()
        if m.group("s").lower() in bare_not_season and not mod and not m.group("prep") and not m.group("y"):
            return None  # "dwa lata", "zimy" as a plural noun
        y = int(m.group("y")) if m.group("y") else None
        if y is None:
            y = pub.year
            begin = date(y, start, 1)
            if mod.startswith(("ubiegł", "zeszł")) or (not fut and begin > pub):
                y -= 1
            elif mod.startswith(("przyszł", "następn")) or (fut and _month_end(*_add_months(y, start, 2)) < pub):
                y += 1
        y2, m2 = _add_months(y, start, 2)
        return _months(y, start, y2, m2)

    rx = [
        (rf"{B}(?:[Oo]d\s+)?(?P<d1>\d{{1,2}})\s+(?P<m1>{MON})(?:\s+(?P<y1>\d{{4}}){_YEAR_SUFFIX})?\s*(?:do|-|–)\s*(?P<d2>\d{{1,2}})\s+(?P<m2>{MON})(?:\s+(?P<y>\d{{4}}))?{_YEAR_SUFFIX}(?:(?<=\.)|{E})", cross_range),
        (rf"{B}[Ww]\s+nocy\s+z\s+(?:(?P<wd1>{WD})\s+na\s+{WD}|(?P<d1>\d{{1,2}})\s+na\s+(?P<d2>\d{{1,2}})\s+(?P<m>{MON})(?:\s+(?P<y>\d{{4}}))?{_YEAR_SUFFIX}){E}", night),
        (rf"{B}(?:(?:[Ww]e?|[Oo]d|[Dd]o|[Nn]a)\s+)?{WD},?\s+(?P<d>\d{{1,2}})\s+(?P<m>{MON})(?:\s+(?P<y>\d{{4}}){_YEAR_SUFFIX})?(?:(?<=\.)|{E})", weekday_date_of),
        (rf"{B}(?:(?:[Ww]e?|[Oo]d|[Dd]o|[Zz]|{LIMIT})\s+)?(?:(?P<d>\d{{1,2}})\s+)?(?P<m>{MON})\s+{REL}{E}", day_relyear),
        (rf"{B}(?:[Ww]\s+latach\s+|[Zz]\s+lat\s+|[Oo]d\s+)?(?P<y1>\d{{4}})\s*(?:-|–|do)\s*(?P<y2>\d{{4}})(?:\s*r\.|\s+roku)?", between_years),
        (rf"{B}(?:[Oo]d\s+)?(?P<d1>\d{{1,2}})\s*(?:do|-|–)\s*(?P<d2>\d{{1,2}})\s+(?P<m>{MON})(?:\s+(?P<y>\d{{4}}))?{_YEAR_SUFFIX}{E}", day_range),
        (rf"{B}(?P<d>\d{{1,2}})\s+(?P<m>{MON})\s+(?P<y>\d{{4}}){_YEAR_SUFFIX}(?:(?<=\.)|{E})", full),
        (rf"{B}(?:(?P<nd>\d{{1,2}})\.(?P<nm>\d{{1,2}})\.(?P<ny>\d{{4}})|(?P<iso>\d{{4}}-\d{{2}}-\d{{2}})){_YEAR_SUFFIX}(?:(?<=\.)|{E})", numeric),
        (rf"{B}(?:(?:[Zz]|[Nn]a)\s+przełom(?:u|ie)\s+)?(?P<m1>{MON})\s*[-–]\s*(?P<m2>{MON})(?:\s+(?P<y>\d{{4}}))?{_YEAR_SUFFIX}{E}", month_range),
        (rf"{B}(?:[Zz]|[Nn]a)\s+przełom(?:u|ie)\s+(?P<m1>{MON})\s+i\s+(?P<m2>{MON})(?:\s+(?P<y>\d{{4}}))?{_YEAR_SUFFIX}{E}", month_range),
        (rf"{B}(?:(?:[Oo]d|[Dd]o|[Nn]a|[Pp]o|[Pp]rzed)\s+)?(?P<d>\d{{1,2}})\s+(?P<m>{MON}){E}", day_month),
        (rf"{B}(?:(?:[Ww]e?|[Oo]d|[Dd]o|[Zz])\s+)?(?P<m>{MON})\s+(?P<y>\d{{4}}){_YEAR_SUFFIX}(?:(?<=\.)|{E})", month_year),
        (rf"{B}(?:(?:[Zz]|[Nn]a)\s+)?przełom(?:u|ie)?\s+(?:(?:lat\s+|roku\s+)?(?P<y1>\d{{4}})\s*(?:i|/|-|–)\s*(?P<y2>\d{{4}})(?:\s+roku|\s+r\.|\s+lat)?|roku){E}", turn_of_year),
        (rf"{B}(?:[Ww]\s+latach|[Zz]\s+lat)\s+(?P<dec>\d{{2,4}})\.?(?:\s+XX\s+wieku)?", decade),
        (rf"{B}[Mm]iędzy\s+(?P<y1>\d{{4}})\s+a\s+(?P<y2>\d{{4}})(?:\s+rokiem|\s*r\.)?", between_years),
        (rf"{B}(?:(?P<prep>[Oo]d|[Dd]o|[Zz]|[Pp]rzed|[Pp]o|[Nn]a)\s+)?(?:(?P<mod>ubiegłej|zeszłej|tej|przyszłej|następnej|ubiegłego|zeszłego|tego|przyszłego)\s+)?(?P<s>(?i:{SEASON}))\s+(?P<y>\d{{4}}){_YEAR_SUFFIX}{E}", season),
        (rf"{B}(?:(?:[Ww]e?|[Oo]d|[Dd]o|[Zz])\s+)?(?P<y>\d{{4}})(?:\s*r\.|\s+roku|\s+rok){E}?", year_only),
        (rf"{B}(?i:przedwczoraj|wczoraj|dzisiaj|dziś|jutro|pojutrze){E}", deictic_day),
        (rf"{B}(?i:wcześniej\s+)?[Ww]\s+(?P<mod>ubiegł\w*|zeszł\w*|poprzedni\w*|przyszł\w*|następn\w*|tym|ten|bieżąc\w*)\s+(?P<unit>tygodniu|miesiącu|roku|tydzień|miesiąc|rok){E}", relative_unit),
        (rf"{B}(?P<mod>(?i:ubiegły|zeszły|poprzedni|przyszły|następny|bieżący))\s+(?P<unit>tydzień|miesiąc|rok){E}", relative_unit),
        (rf"{B}(?:[Ww]\s+ciągu\s+|[Pp]rzez\s+|[Zz]\s+)?ostatni(?:ch|e)\s+(?P<n>{NUM})\s+(?P<unit>{UNIT}){E}", last_n),
        (rf"{B}(?:[Oo]d\s+)(?P<n>{NUM})\s+(?P<unit>dni|tygodni|miesięcy|lat){E}", last_n),
        (rf"{B}(?:[Pp]rzed\s+(?:(?P<n>{NUM})\s+)?(?P<unit>rokiem|miesiącem|tygodniem|laty|miesiącami|tygodniami|dniami))", lambda m, p, f: ago_fix(m, p, f)),
        (rf"{B}(?P<n>{NUM})\s+(?P<unit>{UNIT})\s+temu{E}", ago),
        (rf"{B}(?:(?:[Ww]e?|[Oo]d|[Dd]o|[Nn]a)\s+)?(?:(?P<mod>ubiegł\w*|zeszł\w*|poprzedni\w*|przyszł\w*|najbliższ\w*|ten|tę|ostatni\w*)\s+)?(?P<wd>{WD}){E}", weekday),
        (rf"{B}(?:(?P<prep>[Oo]d|[Dd]o|[Zz]|[Pp]rzed|[Pp]o|[Nn]a)\s+)?(?:(?P<mod>ubiegłej|zeszłej|tej|przyszłej|następnej|ubiegłego|zeszłego|tego|przyszłego)\s+)?(?P<s>(?i:{SEASON}))(?:\s+(?P<y>\d{{4}}))?{_YEAR_SUFFIX}{E}", season),
        (rf"{B}(?:{LIMIT}|[Ww]|[Ww]e|[Oo]d|[Dd]o|[Nn]a|[Zz])\s+(?P<m>{MON}){E}", month_only),
    ]
    _ago_units = {"rokiem": "rok", "laty": "lat", "miesiącem": "miesiąc", "miesiącami": "miesięcy",
                  "tygodniem": "tydzień", "tygodniami": "tygodni", "dniami": "dni"}

    def ago_fix(m, pub, fut):
        class _M:  # map the instrumental unit to its lexicon form
            def group(self, name):
                return _ago_units[m.group("unit").lower()] if name == "unit" else m.group(name)
        return ago(_M(), pub, fut)

    return [(re.compile(p), f) for p, f in rx]
