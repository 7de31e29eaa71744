"""The extraction contract: frozen dataclasses with ``to_dict``/``from_dict``.

Every extractor returns these types; ``extract.json`` is ``Extraction.to_dict()``.
Offsets (``start``/``end``, ``first_offset``) index the article text as loaded.
"""
from __future__ import annotations

import dataclasses
import types
import typing
from dataclasses import dataclass
from typing import Any, ClassVar, Optional

ACTOR_TYPES = ("person", "organization", "place", "media")
QUOTE_KINDS = ("direct", "partial", "indirect")
DEMAND_KINDS = ("item", "condition")
GRANULARITIES = ("day", "month", "year", "range")


_SCALARS = frozenset({str, int, float, bool})
_FIELD_NAMES: dict[type, tuple[str, ...]] = {}


def _to_plain(value: Any) -> Any:
    if value is None or type(value) in _SCALARS:  # the common case, never a dataclass
        return value
    if dataclasses.is_dataclass(value):
        return value.to_dict()
    if isinstance(value, (list, tuple)):
        return [_to_plain(v) for v in value]
    return value


class Record:
    """Mixin: ``to_dict`` to JSON-ready dicts, ``from_dict`` back (unknown keys ignored)."""

    def to_dict(self) -> dict[str, Any]:
        names = _FIELD_NAMES.get(type(self))
        if names is None:  # a class's fields never change: looked up once per class
            names = _FIELD_NAMES[type(self)] = tuple(f.name for f in dataclasses.fields(self))  # type: ignore[arg-type]
        return {name: _to_plain(getattr(self, name)) for name in names}

    @classmethod
    def from_dict(cls, data: dict[str, Any]):
        hints = typing.get_type_hints(cls)
        kwargs = {}
        for f in dataclasses.fields(cls):  # type: ignore[arg-type]
            if f.name not in data:
                continue
            kwargs[f.name] = _from_plain(hints[f.name], data[f.name])
        return cls(**kwargs)


def _from_plain(hint: Any, value: Any) -> Any:
    origin = typing.get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        args = [a for a in typing.get_args(hint) if a is not type(None)]
        return value if value is None else _from_plain(args[0], value)
    if origin is tuple:
        (item, *_rest) = typing.get_args(hint)
        return tuple(_from_plain(item, v) for v in value)
    if isinstance(hint, type) and issubclass(hint, Record):
        return hint.from_dict(value)
    return value


@dataclass(frozen=True)
class ArticleInfo(Record):
    id: str
    title: Optional[str] = None
    published: Optional[str] = None
    published_inferred: bool = False
    language: str = "pl"
    source: Optional[str] = None
    url: Optional[str] = None
    outlet: Optional[str] = None
    n_words: int = 0
    n_sentences: int = 0


@dataclass(frozen=True)
class Actor(Record):
    name: str
    type: str
    role: Optional[str] = None
    mentions: int = 1
    aliases: tuple[str, ...] = ()
    first_offset: int = 0
    offsets: tuple[tuple[int, int], ...] = ()


@dataclass(frozen=True)
class Quote(Record):
    speaker: Optional[str]
    kind: str
    text: str
    verb: Optional[str] = None
    via: Optional[str] = None
    start: int = 0
    end: int = 0
    group: bool = False  # the speaker is a group as the text names it ("rolnicy"), not an actor


@dataclass(frozen=True)
class Demand(Record):
    n: int
    text: str
    kind: str = "item"
    by: Optional[str] = None
    of: Optional[str] = None
    action: Optional[str] = None
    start: int = 0
    end: int = 0
    lead_in: Optional[str] = None
    date: Optional[str] = None
    group: bool = False  # ``by`` is a group no named organisation leads ("rolnicy"), not an actor


@dataclass(frozen=True)
class Timex(Record):
    expression: str
    value: str
    start_date: str
    end_date: str
    granularity: str
    event: Optional[str] = None
    start: int = 0
    end: int = 0


@dataclass(frozen=True)
class Extraction(Record):
    article: ArticleInfo
    actors: tuple[Actor, ...] = ()
    quotes: tuple[Quote, ...] = ()
    demands: tuple[Demand, ...] = ()
    timeline: tuple[Timex, ...] = ()

    SECTIONS: ClassVar[tuple[str, ...]] = ("actors", "quotes", "demands", "timeline")
