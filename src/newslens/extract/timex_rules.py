"""Timex patterns and their resolvers: the forms of ``data/temporal.json`` (months, weekdays,
numbers, units, seasons) built into regular expressions, each with a function that turns a match,
the publication date and the direction of the clause (past/future/unknown) into an ISO value.
"""
from __future__ import annotations

import calendar
import re
from datetime import date, timedelta
from functools import lru_cache
from typing import Callable, Optional

from .timex_dates import (_add_months, _holiday_days, _latest, _latest_month, _month, _month_end, _months,
                          _nearer_future, _occurrence, _on, _span)
from .timex_forms import _BR, _YEAR_SUFFIX, _Alias, _alt, _cap, _data, _lookup  # noqa: F401  (_data: timeline)


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
    plural_after_w = frozenset(d["weekday_plural_after_w"])
    REL = r"(?P<mod>ubiegłego|zeszłego|tego|bieżącego|przyszłego|następnego|poprzedniego)\s+roku"
    LIMIT = "(?:" + "|".join(_cap(x) for x in sorted(d["limits"], key=len, reverse=True)) + ")"
    ORD = f"(?:{_alt(lk['ordinals'])})"
    NOT_CAL = _alt(d["not_calendar_periods"])
    PART = f"(?:{_alt(lk['parts'])})"
    ADJ_END = f"(?:{_alt(d['adjective_endings'])})"
    ADJ = f"(?:{_alt(lk['adjectives'])}){ADJ_END}"
    # a capitalised adjective only opens a sentence, a line or a quotation (also a dash quotation after
    # a colon or a sentence: "uspokaja: - Przyszłoroczny budżet"); inside one it is a name
    # ("Powstanie Listopadowe")
    ADJ_AT = rf"(?:(?P<adj>(?=[a-ząćęłńóśźż]){ADJ})|(?:(?<=\A)|(?<=\n)|(?<=[.!?:…]\s)|(?<=[„\"(])|(?<=[„\"(]\s)|(?<=\n[-–—]\s)|(?<=\A[-–—]\s)|(?<=[.!?:…]\s[-–—]\s))(?P<cadj>(?i:{ADJ})))"
    SEASON_PERIOD = (f"(?:(?:{_alt(d['season_periods']['nouns'])})"
                     f"(?:\\s+(?:{_alt(d['season_periods']['adjectives'])})\\w*)?\\s+)")

    adjectives = lk["adjectives"]
    ordinals, parts = lk["ordinals"], lk["parts"]

    def mon(s: str) -> int:
        return months[s.lower()]

    def num(s: str) -> int:
        return int(s) if s.isdigit() else nums[s.lower()]

    def year(m: re.Match, name: str, pub: Optional[date]) -> Optional[int]:
        v = m.groupdict().get(name)
        if v:
            return int(v)
        br = m.groupdict().get("br")
        if pub is not None and br:
            return pub.year - br.startswith("ub")
        return None

    def day_range(m, pub, fut):
        y = year(m, "y", pub)
        mo = mon(m.group("m"))
        if y is None:
            if pub is None:
                return None
            y = _latest(mo, int(m.group("d2" if fut else "d1")), pub, fut).year  # past: the range begun last
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
            y2 = _latest(m2, d2, pub, fut).year if fut else _latest(m1, d1, pub, fut).year + (m2 < m1)
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
        return -1 if mod.startswith(("ubiegł", "zeszł", "poprzedni", "minion")) else 1 if mod.startswith(("przyszł", "następn")) else 0

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

    def months_listed(m, pub, fut):
        """"w lipcu i sierpniu ubiegłego roku", "za styczeń, luty i marzec": one span from the first month
        to the last (as coordinated days of a month are one)."""
        if m.group("mod") and pub is not None:
            return _months(*(lambda y2: (y2 - (mon(m.group("m1")) > mon(m.group("m2"))), mon(m.group("m1")), y2,
                                         mon(m.group("m2"))))(pub.year + rel_year(m.group("mod"))))
        return month_range(m, pub, fut)

    def month_year(m, pub, fut):
        return _month(int(m.group("y")), mon(m.group("m")))

    def year_of_month(m, mo: int, pub, fut) -> Optional[int]:
        """The year of month ``mo`` in ``m``: stated (``marca 2024``, ``lutego ubiegłego roku``), else its
        latest or next occurrence from publication the clause's way; None without a publication date."""
        y = year(m, "y", pub)
        return y if y is not None or pub is None else _latest_month(mo, pub, fut)

    def month_only(m, pub, fut):
        if pub is None:
            return None
        mo = mon(m.group("m"))
        return _month(year_of_month(m, mo, pub, fut), mo)

    def week_of_month(m, pub, fut):
        """"w ostatnim tygodniu lutego", "w pierwszym tygodniu marca": the calendar week (Monday to
        Sunday) holding the month's last (first) day, within the month."""
        mo = mon(m.group("m"))
        y = year_of_month(m, mo, pub, fut)
        if y is None:
            return None
        if m.group("ord").lower().startswith("ostatni"):
            end = _month_end(y, mo)
            return _span(max(end - timedelta(days=end.weekday()), date(y, mo, 1)), end, "range")
        first = date(y, mo, 1)
        return _span(first, min(first + timedelta(days=6 - first.weekday()), _month_end(y, mo)), "range")

    def next_n(m, pub, fut):
        """"w ciągu trzech najbliższych lat", "w ciągu najbliższych dwóch miesięcy": from publication that
        far ahead (months for months and years, days for weeks and days)."""
        if pub is None:
            return None
        if not (m.group("n") or m.group("n2")):
            return None  # "w najbliższych dniach": no count, no value
        n, unit = num(m.group("n") or m.group("n2")), units[m.group("unit").lower()]
        if unit in ("month", "year"):
            y, mo = _add_months(pub.year, pub.month, n * (12 if unit == "year" else 1))
            return _months(pub.year, pub.month, y, mo)
        return _span(pub, pub + timedelta(days=n * (7 if unit == "week" else 1)), "range")

    def period_year(y: Optional[int], first: int, last: int, m, pub, fut) -> Optional[int]:
        """The year of a part of a year (months first..last): written, relative, or the publication
        year moved back (past) or forward (future) when that part lies on the wrong side."""
        if y is not None:
            return y
        if m.groupdict().get("mod"):
            return None if pub is None else pub.year + rel_year(m.group("mod"))
        if pub is None:
            return None
        y = pub.year
        if fut is False and date(y, first, 1) > pub:
            return y - 1
        if fut and _month_end(y, last) < pub:
            return y + 1
        return y

    def period_part(m, pub, fut):
        n, part = ordinals[m.group("ord")], parts[m.group("part").lower()]
        bare = not (m.group("m") or m.group("y") or m.group("mod") or m.group("unit")) \
            and not m.group(0).rstrip().endswith("roku")
        if part == "half" and bare:
            return None  # a bare "w drugiej połowie" is as often a half of a match: only with a period after it
        if part in ("half", "halfyear"):
            if n > 2:
                return None
            first, last = (1, 6) if n == 1 else (7, 12)
        else:
            first, last = 3 * n - 2, 3 * n
        if m.group("unit"):  # "w drugiej połowie miesiąca": that month (week)
            if pub is None:
                return None
            k = rel_year(m.group("umod") or "")
            if m.group("unit").lower() == "miesiąca":
                yy, mo = _add_months(pub.year, pub.month, k)
                return _month(yy, mo) if part == "half" else None
            monday = pub - timedelta(days=pub.weekday()) + timedelta(weeks=k)
            return _span(monday, monday + timedelta(days=6), "range") if part == "half" else None
        if m.group("m"):  # "w drugiej połowie marca": that month
            mo = mon(m.group("m"))
            y = year_of_month(m, mo, pub, fut)
            return None if y is None else _month(y, mo) if part == "half" else None
        y = period_year(year(m, "y", pub), first, last, m, pub, fut)
        return None if y is None else _months(y, first, y, last)

    def limit_period(m, pub, fut):
        """The start, middle or end of a year, month or week: that period."""
        y = year(m, "y", pub)
        unit = (m.group("unit") or "").lower()
        if y is not None:
            return _span(date(y, 1, 1), date(y, 12, 31), "year")
        if pub is None:
            return None
        k = rel_year(m.group("mod") or "")
        if unit.startswith("rok") or unit.startswith("roku"):
            return _span(date(pub.year + k, 1, 1), date(pub.year + k, 12, 31), "year")
        if unit.startswith("miesi"):
            yy, mo = _add_months(pub.year, pub.month, k)
            return _month(yy, mo)
        monday = pub - timedelta(days=pub.weekday()) + timedelta(weeks=k)
        return _span(monday, monday + timedelta(days=6), "range")

    def split_year(m, pub, fut):
        y1, y2 = int(m.group("y1")), int(m.group("y2"))
        if y2 < 100:  # "2024/25"
            y2 += y1 // 100 * 100
        return _span(date(y1, 1, 1), date(y2, 12, 31), "year-range") if y2 == y1 + 1 else None

    def coordinated_days(m, pub, fut):
        """"12-13, 19-20 i 26-27 stycznia": one range from the first to the last day."""
        return day_range(m, pub, fut)

    def adjective(m, pub, fut):
        word = (m.group("adj") or m.group("cadj")).lower()
        kind, k = next((v for stem, v in adjectives.items() if word.startswith(stem)), (None, 0))
        if kind is None or pub is None:
            return None
        if kind == "weekday":  # a past clause: the last such day; else the nearer one (this week's event)
            past = pub - timedelta(days=(pub.weekday() - k) % 7)
            nxt = past if past == pub else past + timedelta(days=7)
            a = past if fut is False else nxt if (nxt - pub) < (pub - past) or ((nxt - pub) == (pub - past) and fut) \
                else past
            return _span(a, a, "day")
        if kind == "weekend":  # "weekendowych pikietach": that weekend's Saturday and Sunday
            return weekend_of("", pub, fut)
        if kind == "month":
            return _month(_latest_month(k, pub, fut), k)
        if kind == "day":
            a = pub + timedelta(days=k)
            return _span(a, a, "day")
        if kind == "week":
            monday = pub - timedelta(days=pub.weekday()) + timedelta(weeks=k)
            return _span(monday, monday + timedelta(days=6), "range")
        if kind == "month_rel":
            yy, mo = _add_months(pub.year, pub.month, k)
            return _month(yy, mo)
        return _span(date(pub.year + k, 1, 1), date(pub.year + k, 12, 31), "year")

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
        delta = (pub.weekday() - wd) % 7
        if not mod and fut is None:  # no telling word: the nearer one ("porozumienie możliwe we wtorek")
            fut = 0 < 7 - delta < delta
        if mod.startswith("przyszł"):  # "w przyszły piątek" on a Thursday: the week after's, not tomorrow
            return pub - timedelta(days=pub.weekday()) + timedelta(days=7 + wd)
        if mod.startswith("najbliższ"):
            return pub + timedelta(days=(wd - pub.weekday()) % 7 or 7)
        if mod in ("ten", "tę", "tym", "tego"):  # "ten weekend" on a Friday, "w tę sobotę": this week's
            return pub - timedelta(days=pub.weekday()) + timedelta(days=wd)
        if fut and not mod:  # "w środę ma lecieć" written on a Wednesday: that day
            return pub + timedelta(days=(wd - pub.weekday()) % 7)
        if mod.startswith(("ubiegł", "zeszł", "poprzedni")):
            delta = delta or 7
        return pub - timedelta(days=delta)

    def weekday(m, pub, fut):
        if m.group(0)[:2].lower() in ("w ", "we") and not m.group("mod") \
                and m.group("wd").lower() in plural_after_w:
            return None  # "w soboty": every Saturday
        if m.group("wmod") and pub is not None:  # "w piątek przyszłego tygodnia": that week's day
            a = pub - timedelta(days=pub.weekday()) + timedelta(weeks=rel_year(m.group("wmod")),
                                                              days=wdays[m.group("wd").lower()])
            return _span(a, a, "day")
        a = weekday_date(wdays[m.group("wd").lower()], (m.group("mod") or "").lower(), pub, fut)
        return None if a is None else _span(a, a, "day")

    def weekend_of(mod: str, pub, fut):
        a = weekday_date(5, mod, pub, fut)
        return None if a is None else _span(a, a + timedelta(days=1), "range")

    def weekend(m, pub, fut):
        """"w weekend", "od ubiegłego weekendu", "w najbliższy weekend": Saturday to Sunday, its Saturday
        found as a weekday's is."""
        return weekend_of((m.groupdict().get("mod") or "").lower(), pub, fut)

    def ahead(m, pub, fut):
        """"za tydzień", "za dwa miesiące": the day, month or year that far after publication."""
        return offset(m, pub, 1)

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

    def since_n(m, pub, fut):
        """"od dwóch miesięcy", "od tygodnia", "od 20 lat": what has lasted that long up to publication, from
        the day that far back (years: from that year; the singular unit is one: "od roku", not "od roku
        szkolnego" or "od roku 2020")."""
        if pub is None:
            return None
        n, unit = num(m.group("n")) if m.group("n") else 1, units[m.group("unit").lower()]
        if unit == "year" and m.group("n"):
            return _span(date(pub.year - n, 1, 1), date(pub.year, 12, 31), "year-range")
        if unit in ("month", "year"):
            y, mo = _add_months(pub.year, pub.month, -n * (12 if unit == "year" else 1))
            return _span(_on(y, mo, pub.day), pub, "range")
        return _span(pub - timedelta(days=n * (7 if unit == "week" else 1)), pub, "range")

    def ago(m, pub, fut):
        """"trzy dni temu", "przed rokiem": the day, month or year that far before publication."""
        return offset(m, pub, -1)

    def offset(m, pub, sign: int):
        if pub is None:
            return None
        n = sign * (num(m.group("n")) if m.group("n") else 1)
        unit = units[m.group("unit").lower()]
        if unit == "year":
            return _span(date(pub.year + n, 1, 1), date(pub.year + n, 12, 31), "year")
        if unit == "month":
            y, mo = _add_months(pub.year, pub.month, n)
            return _month(y, mo)
        a = pub + timedelta(days=n * (7 if unit == "week" else 1))
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
            end = _month_end(*_add_months(y, start, 2))
            if fut is None and not mod and begin > pub:  # no telling word: the nearer season ("o zimie")
                fut = (begin - pub).days < (pub - _month_end(*_add_months(y - 1, start, 2))).days
            if mod.startswith(("ubiegł", "zeszł")) or (not fut and begin > pub):
                y -= 1
            elif mod.startswith(("przyszł", "następn")) or (fut and end < pub):
                y += 1
        y2, m2 = _add_months(y, start, 2)
        return _months(y, start, y2, m2)

    holidays = d["holidays"]
    holiday_of = {f.lower(): k for k, v in holidays.items() for f in v["forms"]}
    bare_after = frozenset(d["holidays_bare"]["after"])

    def holiday(m, pub, fut):
        """A named holiday ("do Wielkanocy"), or the plain "święta" after a preposition: whichever of the
        holidays it may name lies in the clause's direction ("przed świętami" in December: Christmas)."""
        if pub is None:
            return None
        named, prep = m.group("hol"), " ".join((m.group("hp") or "").lower().split())
        if not named and prep not in bare_after:
            return None  # "pracę w święta", "święta racja": no holidays of a year
        if fut is False and m.group(0).lower().startswith(("przed", "tuż przed")):
            fut = None  # "przed świętami odwołano kursy" in December: the holidays ahead may be meant too
        keys = [holiday_of[" ".join(named.split()).lower()]] if named else d["holidays_bare"]["of"]
        a, b = _occurrence([_holiday_days(holidays[k], y) for k in keys for y in (pub.year - 1, pub.year, pub.year + 1)],
                           pub, fut)
        return _span(a, b, "day" if a == b else "range")

    def new_year(m, pub, fut):
        """"od nowego roku": the year the next 1 January opens (the last one in a past clause)."""
        if pub is None:
            return None
        this = date(pub.year, 1, 1)
        nxt = date(pub.year + (pub > this), 1, 1)
        if fut is None:
            fut = _nearer_future((pub - this).days, (nxt - pub).days)
        y = nxt.year if fut else pub.year
        return _span(date(y, 1, 1), date(y, 12, 31), "year")

    def school_year(m, pub, fut):
        """"w ubiegłym roku akademickim", "w połowie roku szkolnego": that school year, as its two years."""
        if pub is None:
            return None
        first = d["school_years"]["first_month"]
        y = pub.year - (pub.month < first) + rel_year(m.group("mod") or "")
        low = m.group(0).lower()
        if not m.group("mod") and ("koń" in low or "koni" in low or "poł" in low):
            # the middle or end of a school year with no telling word: the one whose part lies the clause's way
            point = date(y + 1, 1, 31) if "poł" in low else _month_end(*_add_months(y, first, 9))
            y += -1 if fut is False and point > pub else 1 if fut and point < pub else 0
        return _span(date(y, 1, 1), date(y + 1, 12, 31), "year-range")

    def words(form: str, lower: bool) -> str:
        return r"\s+".join(re.escape(w) if lower else f"[{w[0].upper()}{w[0].lower()}]{re.escape(w[1:])}"
                           for w in form.split())

    HOLIDAY = "|".join(words(f, v.get("lower", False)) for f, v in sorted(
        ((f, v) for v in holidays.values() for f in v["forms"]), key=lambda x: len(x[0]), reverse=True))
    HPREP = "|".join(_cap(x) for x in sorted(set(d["holiday_preps"]) | bare_after, key=len, reverse=True))
    NEW_YEAR = "|".join(_cap(x) for x in sorted(d["new_year"]["forms"], key=len, reverse=True))
    PREP = r"(?:[Ww]e?|[Oo]d|[Dd]o|[Nn]a|[Zz]|[Pp]rzed|[Pp]o)"
    SCHOOL = rf"(?:{_alt(d['school_years']['kinds'])})\w*"
    SMOD = r"(?P<mod>(?:[Uu]biegł|[Zz]eszł|[Pp]oprzedni|[Mm]inion|[Pp]rzyszł|[Nn]astępn|[Bb]ieżąc|[Oo]becn)\w*|[Tt]ym|[Tt]en)"
    rx = [
        (rf"{B}(?:[Ww]e?|[Zz]a)\s+(?P<m1>{MON})(?:\s*,\s*{MON})*\s+(?:i|oraz)\s+(?P<m2>{MON})(?:\s+(?P<y>\d{{4}}){_YEAR_SUFFIX}|\s+{REL})?{E}",
         months_listed),
        (rf"{B}(?:(?:{PREP})\s+)?{SMOD}\s+(?:roku|rok)\s+{SCHOOL}{E}", school_year),
        (rf"{B}(?:{LIMIT})\s+(?:{SMOD}\s+)?roku\s+{SCHOOL}(?!\s*\d){E}", school_year),
        (rf"{B}(?:(?:{PREP})\s+)?(?P<ord>{ORD})\s+(?P<part>(?i:{PART}))(?:\s+(?:(?P<m>{MON})(?:\s+(?P<y>\d{{4}}){_YEAR_SUFFIX})?|(?P<y2>\d{{4}}){_YEAR_SUFFIX}|{REL}|roku|tego\s+roku|bieżącego\s+roku|(?:(?P<umod>tego|bieżącego|przyszłego|następnego|ubiegłego|zeszłego|poprzedniego)\s+)?(?P<unit>miesiąca|tygodnia))|(?!\s+(?:{NOT_CAL}){E})){E}",
         lambda m, p, f: period_part(_Alias(m, {"y": "y" if m.group("m") else "y2"}), p, f)),
        (rf"{B}(?:{LIMIT})\s+(?:(?:(?P<mod>tego|bieżącego|przyszłego|następnego|ubiegłego|zeszłego|poprzedniego)\s+)?(?P<unit>roku|miesiąca|tygodnia)|(?P<y>\d{{4}}){_YEAR_SUFFIX}){E}", limit_period),
        (rf"{B}(?:(?:{PREP})\s+)?(?:[Ww]\s+dniach\s+)?(?P<d1>\d{{1,2}})(?:\s*[-–]\s*\d{{1,2}})?(?:\s*,\s*\d{{1,2}}(?:\s*[-–]\s*\d{{1,2}})?)*\s+(?:i|oraz)\s+(?:\d{{1,2}}\s*[-–]\s*)?(?P<d2>\d{{1,2}})\s+(?P<m>{MON})(?:\s+(?P<y>\d{{4}}){_YEAR_SUFFIX}|{_BR}){E}", coordinated_days),
        (rf"{B}{ADJ_AT}{E}(?!\s+(?:{_alt(d['adjective_not_before'])}){E})", adjective),
        (rf"{B}(?:[Oo]d\s+)?(?P<d1>\d{{1,2}})\s+(?P<m1>{MON})(?:\s+(?P<y1>\d{{4}}){_YEAR_SUFFIX})?\s*(?:do|-|–)\s*(?P<d2>\d{{1,2}})\s+(?P<m2>{MON})(?:\s+(?P<y>\d{{4}}))?{_YEAR_SUFFIX}(?:(?<=\.)|{E})", cross_range),
        (rf"{B}[Ww]\s+nocy\s+z\s+(?:(?P<wd1>{WD})\s+na\s+{WD}|(?P<d1>\d{{1,2}})\s+na\s+(?P<d2>\d{{1,2}})\s+(?P<m>{MON})(?:\s+(?P<y>\d{{4}}))?{_YEAR_SUFFIX}){E}", night),
        (rf"{B}(?:(?:[Ww]e?|[Oo]d|[Dd]o|[Nn]a)\s+)?{WD}\s+\((?P<d>\d{{1,2}})\s+(?P<m>{MON})(?:\s+(?P<y>\d{{4}}){_YEAR_SUFFIX})?\)", weekday_date_of),  # "w czwartek (22 sierpnia)"
        (rf"{B}(?:(?:[Ww]e?|[Oo]d|[Dd]o|[Nn]a)\s+)?{WD},?\s+(?P<d>\d{{1,2}})\s+(?P<m>{MON})(?:\s+(?P<y>\d{{4}}){_YEAR_SUFFIX})?(?:(?<=\.)|{E})", weekday_date_of),
        (rf"{B}(?:(?:[Ww]e?|[Oo]d|[Dd]o|[Zz]|{LIMIT})\s+)?(?:(?P<d>\d{{1,2}})\s+)?(?P<m>{MON})\s+{REL}{E}", day_relyear),
        (rf"{B}(?:[Ww]\s+latach\s+|[Zz]\s+lat\s+|[Oo]d\s+)?(?P<y1>\d{{4}})\s*(?:-|–|do)\s*(?P<y2>\d{{4}})(?:\s*r\.|\s+roku)?", between_years),
        (rf"{B}(?:[Oo]d\s+)?(?P<d1>\d{{1,2}})\s*(?:do|-|–)\s*(?P<d2>\d{{1,2}})\s+(?P<m>{MON})(?:(?:\s+(?P<y>\d{{4}}))?{_YEAR_SUFFIX}|{_BR}){E}", day_range),
        (rf"{B}(?P<d>\d{{1,2}})\s+(?P<m>{MON})\s+(?P<y>\d{{4}}){_YEAR_SUFFIX}(?:(?<=\.)|{E})", full),
        (rf"{B}(?:(?P<nd>\d{{1,2}})\.(?P<nm>\d{{1,2}})\.(?P<ny>\d{{4}})|(?P<iso>\d{{4}}-\d{{2}}-\d{{2}})){_YEAR_SUFFIX}(?:(?<=\.)|{E})", numeric),
        (rf"{B}(?:(?:[Zz]|[Nn]a)\s+przełom(?:u|ie)\s+)?(?P<m1>{MON})\s*[-–]\s*(?P<m2>{MON})(?:\s+(?P<y>\d{{4}}))?{_YEAR_SUFFIX}{E}", month_range),
        (rf"{B}(?:[Zz]|[Nn]a)\s+przełom(?:u|ie)?\s+(?P<m1>{MON})\s+i\s+(?P<m2>{MON})(?:\s+(?P<y>\d{{4}}))?{_YEAR_SUFFIX}{E}", month_range),
        (rf"{B}(?:(?:[Oo]d|[Dd]o|[Nn]a|[Pp]o|[Pp]rzed|[Zz]\s+dniem)\s+)?(?P<d>\d{{1,2}})\s+(?P<m>{MON}){_BR}{E}", day_month),
        (rf"{B}(?:[Ww]\s+)?(?P<ord>ostatnim|pierwszym)\s+tygodniu\s+(?P<m>{MON})(?:\s+(?P<y>\d{{4}}){_YEAR_SUFFIX})?{E}", week_of_month),
        (rf"{B}(?:(?:{LIMIT}|[Ww]e?|[Oo]d|[Dd]o|[Zz])\s+)?(?P<m>{MON})\s+(?P<y>\d{{4}}){_YEAR_SUFFIX}(?:(?<=\.)|{E})", month_year),
        (rf"{B}(?:(?:[Zz]|[Nn]a)\s+)?przełom(?:u|ie)?\s+(?:(?:lat\s+|roku\s+)?(?P<y1>\d{{4}})\s*(?:i|/|-|–)\s*(?P<y2>\d{{4}})(?:\s+roku|\s+r\.|\s+lat)?|roku){E}", turn_of_year),
        (rf"{B}(?:(?:[Nn]a|[Ww]|[Oo]d|[Dd]o|[Zz])\s+)?{SEASON_PERIOD}?(?P<y1>\d{{4}})/(?P<y2>\d{{2}}(?:\d{{2}})?){E}", split_year),
        (rf"{B}(?:[Ww]\s+latach|[Zz]\s+lat)\s+(?P<dec>\d{{2,4}})\.?(?:\s+XX\s+wieku)?", decade),
        (rf"{B}[Ll]ata\s+(?P<dec>[1-9]0)\.(?:\s+XX\s+wieku)?", decade),  # "lata 90." (a decade: its dot)
        (rf"{B}[Mm]iędzy\s+(?P<y1>\d{{4}})\s+a\s+(?P<y2>\d{{4}})(?:\s+rokiem|\s*r\.)?", between_years),
        (rf"{B}(?:(?P<prep>[Oo]d|[Dd]o|[Zz]|[Pp]rzed|[Pp]o|[Nn]a)\s+)?(?:(?P<mod>ubiegłej|zeszłej|tej|przyszłej|następnej|ubiegłego|zeszłego|tego|przyszłego)\s+)?(?P<s>(?i:{SEASON}))\s+(?P<y>\d{{4}}){_YEAR_SUFFIX}{E}", season),
        (rf"{B}(?:(?:[Ww]e?|[Oo]d|[Dd]o|[Zz])\s+)?(?P<y>\d{{4}})(?:\s*r\.|\s+roku|\s+rok){E}?", year_only),
        (rf"{B}(?:[Ww]\s+|[Oo]d\s+|[Dd]o\s+)?roku\s+(?P<y>\d{{4}}){E}", year_only),
        (rf"{B}(?i:przedwczoraj|wczoraj|dzisiaj|dziś|jutro|pojutrze){E}", deictic_day),
        (rf"{B}(?i:wcześniej\s+)?(?:{PREP})\s+(?P<mod>ubiegł\w*|zeszł\w*|poprzedni\w*|minion\w*|przyszł\w*|następn\w*|tym|ten|bieżąc\w*)\s+(?P<unit>tygodniu|miesiącu|roku|tydzień|miesiąc|rok){E}", relative_unit),
        (rf"{B}(?P<mod>(?i:ubiegły|zeszły|poprzedni|miniony|przyszły|następny|bieżący))\s+(?P<unit>tydzień|miesiąc|rok){E}", relative_unit),
        (rf"{B}(?:[Ww]\s+ciągu\s+|[Pp]rzez\s+|[Zz]\s+|[Ww]\s+)?ostatni(?:ch|e)\s+(?P<n>{NUM})\s+(?P<unit>{UNIT}){E}", last_n),
        (rf"{B}(?:[Ww]\s+ciągu|[Ww])\s+(?:(?P<n>{NUM})\s+)?(?:najbliższ|kolejn|następn)\w+\s+(?:(?P<n2>{NUM})\s+)?(?P<unit>{UNIT}){E}(?<=\w)", next_n),
        (rf"{B}[Zz]a\s+(?:(?P<n>{NUM})\s+)?(?P<unit>tydzień|tygodnie|tygodni|miesiąc|miesiące|miesięcy|rok|lata|lat|dni|dzień){E}(?!\s*\d)(?!\s+(?:{_alt(d['ahead_not_before'])}){E})", ahead),
        (rf"{B}(?:(?:[Ww]|[Oo]d|[Dd]o|[Nn]a|[Pp]o|[Pp]rzed|[Zz]a?)\s+)?(?:(?P<mod>ubiegł\w*|zeszł\w*|poprzedni\w*|minion\w*|przyszł\w*|najbliższ\w*|następn\w*|ostatni\w*|ten|tym|tego)\s+)weekend(?:u|zie|em)?{E}", weekend),
        (rf"{B}(?:[Ww]|[Oo]d|[Dd]o|[Nn]a|[Pp]o|[Pp]rzed|[Zz]a?)\s+weekend(?:u|zie|em)?{E}", weekend),
        (rf"{B}(?:[Oo]d\s+)(?P<n>{NUM})\s+(?P<unit>dni|tygodni|miesięcy){E}", since_n),  # not "od 20 lat": an age or a career (the gold: 7 to 1)
        (rf"{B}[Oo]d\s+(?P<n>)(?P<unit>roku|miesiąca|tygodnia){E}(?!\s+\d)(?!\s+\w+(?:ego|ej|ych)\b)", since_n),  # "od roku strajkują"
        (rf"{B}(?:[Pp]rzed\s+(?:(?P<n>{NUM})\s+)?(?P<unit>rokiem|miesiącem|tygodniem|laty|miesiącami|tygodniami|dniami))", lambda m, p, f: ago_fix(m, p, f)),
        (rf"{B}(?P<n>{NUM})\s+(?P<unit>{UNIT})\s+temu{E}", ago),
        (rf"{B}[Ss]przed\s+(?:(?P<n>{NUM})\s+(?P<unit>lat|miesięcy|tygodni|dni)|(?P<unit1>roku|miesiąca|tygodnia|dnia)(?!\s+\d)){E}",
         lambda m, p, f: ago(_Alias(m, {"unit": "unit" if m.group("unit") else "unit1"}), p, f)),  # "sprzed sześciu lat"
        (rf"{B}(?:(?P<hp>{HPREP})\s+)?(?:(?P<hol>{HOLIDAY})|{_alt(d['holidays_bare']['forms'])}){E}", holiday),
        (rf"{B}(?:{NEW_YEAR})(?!\s+(?:{_alt(d['new_year']['not_before'])})){E}", new_year),
        (rf"{B}(?P<n>)(?P<unit>rok|miesiąc|tydzień|dzień)\s+temu{E}", ago),
        (rf"{B}(?:(?:[Ww]e?|[Oo]d|[Dd]o|[Nn]a)\s+)?(?:(?P<mod>ubiegł\w*|zeszł\w*|poprzedni\w*|przyszł\w*|najbliższ\w*|ten|tę|ostatni\w*)\s+)?(?P<wd>{WD})(?:\s+(?P<wmod>przyszłego|następnego|ubiegłego|zeszłego|poprzedniego|tego|bieżącego)\s+tygodnia)?{E}", weekday),
        (rf"{B}(?:(?P<prep>{LIMIT}|[Oo]d|[Dd]o|[Zz]|[Pp]rzed|[Pp]o|[Nn]a)\s+)?(?:(?P<mod>ubiegłej|zeszłej|tej|przyszłej|następnej|ubiegłego|zeszłego|tego|przyszłego)\s+)?(?P<s>(?i:{SEASON}))(?:\s+(?P<y>\d{{4}}))?{_YEAR_SUFFIX}{E}", season),
        (rf"{B}(?:{LIMIT}|[Ww]|[Ww]e|[Oo]d|[Dd]o|[Nn]a|[Zz]a?)\s+(?P<m>{MON}){_BR}{E}", month_only),
    ]
    _ago_units = {"rokiem": "rok", "laty": "lat", "miesiącem": "miesiąc", "miesiącami": "miesięcy",
                  "tygodniem": "tydzień", "tygodniami": "tygodni", "dniami": "dni"}

    def ago_fix(m, pub, fut):
        class _M:  # map the instrumental unit to its lexicon form
            def group(self, name):
                return _ago_units[m.group("unit").lower()] if name == "unit" else m.group(name)
        return ago(_M(), pub, fut)

    return [(re.compile(p), f) for p, f in rx]
