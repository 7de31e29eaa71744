"""Scanning a text for every timex pattern of :mod:`.timex_rules` at once: a union of the patterns'
bodies finds the positions where any of them matches, and each pattern is tried only there. Split out
of ``timex_rules`` (output unchanged) when that module passed 700 lines.
"""
from __future__ import annotations

import re
from re import _constants as _sre, _parser
from functools import lru_cache
from typing import Optional

from .timex_rules import _patterns

_CATEGORIES = {_sre.CATEGORY_DIGIT: r"\d", _sre.CATEGORY_WORD: r"\w", _sre.CATEGORY_SPACE: r"\s"}


# --------------------------------------------------------------------------- scanning a long text
# Every pattern above is ``(?<![\w.])`` followed by its body, and each ran over the whole text: 34
# scans of every position (~1.3 s per MB, a quarter of a short article's extraction). One scan with
# all the bodies as alternatives in a lookahead finds every position where at least one pattern
# matches; each pattern is then tried only there. Each body is preceded by a lookahead for the
# characters it can begin with (worked out from the parsed pattern, or none when that is not
# certain), so most words are passed over at once. The matches are exactly what ``finditer`` gives:
# ``finditer`` yields the leftmost match at or after the end of the one before, and whether a
# pattern matches at a position does not depend on where the search started; every position where
# it matches is a candidate. Compiling the union takes ~70 ms, so it is used once the process has
# scanned more text than that pays for (a long article, or a corpus after its first articles).
# Only the positions are needed, so the union's groups do not capture (capturing ~34 patterns' groups
# at every word cost ~20 % of the scan), and it opens with the character before the position,
# ``[^\w.]`` (what ``(?<![\w.])`` asks for, consumed): a pattern that opens with a character set
# lets the engine skip to the next such character at once instead of trying every position; a
# position is that character's end. The start of the text (no character before it) is always a
# candidate: a candidate where no pattern matches is passed over, so more candidates never change
# a result.
_LEFT = r"(?<![\w.])"
UNION_AFTER = 150_000  # characters scanned in this process before the union scan is used
_scanned = 0


class _Unsure(Exception):
    """The first characters of a pattern cannot be told for certain."""


def _first_of_set(items, ignorecase: bool, acc) -> None:
    exact, folded, classes = acc
    for op, av in items:
        if op is _sre.LITERAL:
            (folded if ignorecase else exact).add(chr(av))
        elif op is _sre.RANGE and av[1] - av[0] <= 400:
            (folded if ignorecase else exact).update(chr(c) for c in range(av[0], av[1] + 1))
        elif op is _sre.CATEGORY and av in _CATEGORIES:
            classes.add(_CATEGORIES[av])
        else:
            raise _Unsure  # a negated set, a wide range, another category


def _first_of_seq(seq, ignorecase: bool, acc) -> bool:
    """Add the characters a match of ``seq`` can begin with to ``acc``; whether it can match empty."""
    for op, av in seq:
        if op in (_sre.AT, _sre.ASSERT, _sre.ASSERT_NOT):
            continue  # zero width: the character after it is the first one
        if not _first_of_item(op, av, ignorecase, acc):
            return False
    return True


def _first_of_item(op, av, ignorecase: bool, acc) -> bool:
    if op is _sre.LITERAL:
        (acc[1] if ignorecase else acc[0]).add(chr(av))
        return False
    if op is _sre.IN:
        _first_of_set(av, ignorecase, acc)
        return False
    if op is _sre.BRANCH:
        return any([_first_of_seq(alt, ignorecase, acc) for alt in av[1]])  # every alternative adds
    if op is _sre.SUBPATTERN:
        _group, on, off, body = av
        flag = _sre.SRE_FLAG_IGNORECASE
        return _first_of_seq(body, (ignorecase or bool(on & flag)) and not off & flag, acc)
    if op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT):
        low, _high, body = av
        return _first_of_seq(body, ignorecase, acc) or low == 0
    raise _Unsure


def first_lookahead(pattern: re.Pattern) -> str:
    """A lookahead for the characters a match of ``pattern`` can begin with ("" when unsure)."""
    return _lookahead(_first_chars(pattern))


def _first_chars(pattern: re.Pattern) -> Optional[tuple[set, set, set]]:
    """The characters a match of ``pattern`` can begin with: (exact characters, characters in either
    case, classes such as ``\\d``), or None when unsure or when it can match the empty string."""
    try:
        acc: tuple[set, set, set] = (set(), set(), set())
        if _first_of_seq(_parser.parse(pattern.pattern, pattern.flags), bool(pattern.flags & re.IGNORECASE), acc):
            return None  # it can match the empty string
    except (_Unsure, re.error, AttributeError, TypeError, ValueError):
        return None
    return acc


def _lookahead(acc: Optional[tuple[set, set, set]]) -> str:
    if acc is None:
        return ""
    exact, folded, classes = acc
    parts = []
    if exact or classes:
        parts.append("[" + "".join(sorted(classes)) + "".join(re.escape(c) for c in sorted(exact)) + "]")
    if folded:
        parts.append("(?i:[" + "".join(re.escape(c) for c in sorted(folded)) + "])")
    return f"(?={'|'.join(parts)})" if parts else ""


@lru_cache(maxsize=1)
def _union() -> Optional[re.Pattern]:
    """Every pattern's body as an alternative of one lookahead after the character before it (groups
    made non-capturing), or None when a pattern is of another shape (the patterns are then run one by
    one). A match ends at a candidate position."""
    alts = []
    every: Optional[tuple[set, set, set]] = (set(), set(), set())  # what any of them can begin with
    for p, _resolve in _patterns():
        if not p.pattern.startswith(_LEFT) or p.flags != re.UNICODE or _REFERS.search(p.pattern):
            return None
        body = _NAMED.sub("(?:", p.pattern[len(_LEFT):])  # no group captures: only positions are read
        body = _WORD_LIST.sub(_as_trie, body)
        first = _first_chars(p)
        alts.append(f"(?:{_lookahead(first)}{body})")
        every = None if first is None or every is None else tuple(a | b for a, b in zip(every, first))
    # one test of the next character first (a quarter of the positions fail it), then each alternative's own
    prefilter = _lookahead(every)
    try:
        return re.compile(_BEFORE + prefilter + "(?=" + "|".join(alts) + ")")
    except re.error:
        return None


_BEFORE = r"[^\w.]"  # the character before a position that (?<![\w.]) lets through; the text's start is apart
_NAMED = re.compile(r"(?<!\\)\(\?P<\w+>")
# a pattern that refers to its groups (a back reference, a conditional) cannot lose their numbers
_REFERS = re.compile(r"\(\?P=|\(\?\(|\\[1-9]")

# A group of alternatives that are each a plain sequence of single characters, character sets and
# ``\s+`` (the word lists: months, numbers, units, limits, ...) is tried by the engine one
# alternative after another; written as a tree of shared beginnings (``pa(?:ździernik(?:a|u)|...)``)
# it matches the same strings. Which alternative matches first can differ, so only the union, which
# asks whether anything matches at a position, uses the tree (~30 % less time for its scan).
_ATOM = r"(?:\[[^\]\\\[|]+\]|\\s\+|\\[^\w]|[^\\()\[\]|?*+{}.^$])"
_ATOMS = re.compile(rf"{_ATOM}|\|")  # an atom, or the bar between two alternatives
_WORD_LIST = re.compile(rf"\(\?(i?):((?:{_ATOM})+(?:\|(?:{_ATOM})+)+)\)")


def _as_trie(m: re.Match) -> str:
    """A matched ``(?:a|b|...)`` or ``(?i:a|b|...)`` of plain sequences as a tree of shared beginnings."""
    root: dict = {}
    node = root
    for atom in [*_ATOMS.findall(m.group(2)), "|"]:
        if atom == "|":
            node[None] = {}  # an alternative ends here
            node = root
        else:
            node = node.setdefault(atom, {})

    def branches(node: dict) -> list[str]:
        return [atom + after(child) for atom, child in node.items() if atom is not None]

    def after(node: dict) -> str:
        subs = branches(node)
        if not subs:
            return ""
        if len(subs) == 1 and None not in node:
            return subs[0]
        return "(?:" + "|".join(subs) + ")" + ("?" if None in node else "")

    return f"(?{m.group(1)}:{'|'.join(branches(root))})"  # no alternative is empty: the root ends none


def pattern_matches(text: str, union: Optional[bool] = None) -> list[list[re.Match]]:
    """For each pattern of ``_patterns()``, in order, what ``pattern.finditer(text)`` yields.

    ``union``: scan once for all patterns (see above) or run them one by one; by default the union
    once this process has scanned ``UNION_AFTER`` characters or has the union compiled already (a
    corpus worker forked after the warm-up). The result is the same either way."""
    global _scanned
    if union is None:
        _scanned += len(text)
        union = _scanned >= UNION_AFTER or _union.cache_info().currsize > 0
    combined = _union() if union else None
    if combined is None:
        return [list(p.finditer(text)) for p, _resolve in _patterns()]
    # the text's start, then each position the scan found, grouped by the character there: a pattern
    # is tried only where its first-character lookahead (the union's own test) lets that character
    # through, not at every position some pattern matches (~48 tries a position otherwise)
    at = [[0] for _ in _patterns()]
    by_char: dict[str, list[int]] = {}
    for m in combined.finditer(text):
        q = m.end()
        by_char.setdefault(text[q], []).append(q)
    for c, qs in by_char.items():
        for k in _opened_by(c):
            at[k].extend(qs)
    out = []
    for (p, _resolve), starts in zip(_patterns(), at):
        if len(by_char) > 1:
            starts.sort()
        found, pos, match = [], 0, p.match
        for q in starts:
            if q < pos:
                continue
            m = match(text, q)
            if m is not None:
                if m.end() == q:  # an empty match: finditer's own rules for what follows it
                    return pattern_matches(text, union=False)
                found.append(m)
                pos = m.end()
        out.append(found)
    return out


@lru_cache(maxsize=1)
def _openers() -> tuple[Optional[re.Pattern], ...]:
    """Each pattern's ``first_lookahead`` compiled (None: it may begin with anything)."""
    return tuple(re.compile(ahead) if (ahead := first_lookahead(p)) else None for p, _resolve in _patterns())


_opening: dict[str, tuple[int, ...]] = {}  # a character -> the patterns a match of which can begin with it


def _opened_by(c: str) -> tuple[int, ...]:
    got = _opening.get(c)
    if got is None:
        if len(_opening) > 10_000:
            _opening.clear()
        got = _opening[c] = tuple(k for k, ahead in enumerate(_openers()) if ahead is None or ahead.match(c))
    return got
