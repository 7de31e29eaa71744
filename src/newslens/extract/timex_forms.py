"""The forms of ``data/temporal.json`` (months, weekdays, numbers, units, seasons, holidays) and the
small helpers that turn them into regular-expression alternations, shared by ``timex_rules``'s
patterns (split from it, unchanged)."""
from __future__ import annotations

import json
import re
from functools import lru_cache
from importlib import resources

_YEAR_SUFFIX = r"(?:\s*r\.|\s+roku|\s+rok)?"
_BR = r"(?:\s+(?P<br>br\.|b\.\s?r\.|ub\.\s?r\.))?"  # "bieżącego roku" (ub. r.: the year before publication)


@lru_cache(maxsize=1)
def _data() -> dict:
    return json.loads(resources.files("newslens").joinpath("data/temporal.json").read_text("utf-8"))


def _cap(phrase: str) -> str:
    """A lower-case phrase as a pattern that also matches it capitalised, spaces as ``\\s+``."""
    first, rest = phrase[0], phrase[1:]
    return f"[{first.upper()}{first}]" + r"\s+".join(re.escape(w) for w in rest.split(" "))


class _Alias:
    """A match whose groups are read under other names (one resolver for two layouts)."""

    def __init__(self, m: re.Match, names: dict[str, str]):
        self.m, self.names = m, names

    def group(self, name):
        return self.m.group(self.names.get(name, name))

    def groupdict(self):
        return {k: self.m.group(self.names.get(k, k)) for k in self.m.groupdict()}


def _alt(forms) -> str:
    return "|".join(sorted((re.escape(f) for f in forms), key=len, reverse=True))


@lru_cache(maxsize=1)
def _lookup() -> dict[str, dict[str, int]]:
    d = _data()
    out = {}
    for key in ("months", "weekdays", "numbers", "seasons"):
        out[key] = {f: int(k) for k, forms in d[key].items() for f in forms}
    out["units"] = {f: k for k, forms in d["units"].items() for f in forms}  # type: ignore[misc]
    out["ordinals"] = {f: int(k) for k, forms in d["ordinals"].items() for f in forms}
    out["parts"] = {f: k for k, forms in d["period_parts"].items() for f in forms}  # type: ignore[misc]
    out["adjectives"] = {stem: (kind, int(k)) for kind, by in d["adjectives"].items()  # type: ignore[misc]
                         for k, stems in by.items() for stem in stems}
    return out
