"""Page layout for demands: headline and subheading lines (they state no demand) and the tokens
inside quotation marks (speech). Line breaks are indexed once per document, so every look-up is
logarithmic."""
from __future__ import annotations

import bisect
import re

from ..nlp import QUOTE_CLOSE, QUOTE_OPEN
from .quotes import _Doc

ATTRIBUTION = re.compile(r"[ \t]*\n[ \t]*[-–—][ \t]*[a-ząćęłńóśźż]")  # the next line: "– zapowiedział …"
MARKER_LINE = re.compile(r"^\s*(?:\d{1,2}[.)]|[a-h]\)|[-–—•*·])\s+")  # a numbered or bulleted line


def is_heading(doc: _Doc, s: int) -> bool:
    """A headline or subheading: a whole line without closing punctuation (it states no demand)."""
    toks, raw = doc.toks, doc.text.text
    a, b = doc.sent_range(s)
    last = toks[b - 1]
    if last.text in ".!?…:;," or last.text.endswith(".") or (last.text in QUOTE_CLOSE and b - 2 >= a and toks[b - 2].text[-1:] in ".!?…"):
        return False  # closing punctuation, an abbreviation's dot ("20 proc.") included
    nl = _newlines(doc)
    i = bisect.bisect_left(nl, last.end)
    rest = raw[last.end: nl[i] if i < len(nl) else len(raw)]
    j = bisect.bisect_left(nl, toks[a].idx)
    line_start = nl[j - 1] + 1 if j > 0 else 0
    return not rest.strip() and not raw[line_start:toks[a].idx].strip() \
        and not _paragraph(raw[line_start:last.end]) and not _cut_off(raw, line_start, last.end, _text_end(doc))


def is_attributed_quote(doc: _Doc, s: int) -> bool:
    """Sentence ``s`` is a whole line in quotation marks whose attribution opens the next line with a dash
    ('„Jeżeli …, wstrzymam …”' then '– zadeklarował starosta.'): a quote, though it looks like a heading."""
    toks, raw = doc.toks, doc.text.text
    a, b = doc.sent_range(s)
    return toks[a].text in QUOTE_OPEN and toks[b - 1].text in QUOTE_CLOSE and bool(ATTRIBUTION.match(raw, toks[b - 1].end))


def _text_end(doc: _Doc) -> int:
    """The offset after the text's last non-space character, found once per document."""
    got = doc.__dict__.get("_text_end")
    if got is None:
        got = doc.__dict__["_text_end"] = len(doc.text.text.rstrip())
    return got


def _newlines(doc: _Doc) -> list[int]:
    """Offsets of the text's line breaks, found once per document."""
    got = doc.__dict__.get("_newlines")
    if got is None:
        got = doc.__dict__["_newlines"] = [m.start() for m in re.finditer("\n", doc.text.text)]
    return got


def is_heading_line(doc: _Doc, k: int, demands: bool = False) -> bool:
    """Token ``k`` stands on a line that ends without closing punctuation (a headline, a
    subheading, a caption): the sentence splitter may have joined it to the next line. For demands
    (``demands``), a last paragraph the page cut off mid-sentence is no heading (see ``_cut_off``)."""
    got = doc.__dict__.get("_heading_toks")
    if got is None:  # every token's answer at once: a line's is worked out once, not per token on it
        got = doc.__dict__["_heading_toks"] = _heading_toks(doc)
    if demands and got[k]:
        cut = doc.__dict__.get("_cut_off_at")
        if cut is None:
            raw, nl = doc.text.text, _newlines(doc)
            start = next((x + 1 for x in reversed(nl) if raw[x + 1:].strip()), 0)
            end = _text_end(doc)
            cut = doc.__dict__["_cut_off_at"] = start if _cut_off(raw, start, end, end) else len(raw) + 1
        return doc.toks[k].idx < cut
    return got[k]


def _heading_toks(doc: _Doc) -> list[bool]:
    raw, nl = doc.text.text, _newlines(doc)
    out, i, line = [], -1, False
    for t in doc.toks:
        if i < 0 or (i < len(nl) and nl[i] < t.idx):  # the token is past its line's end: the line it is on
            i = bisect.bisect_left(nl, t.idx)
            line = _heading_line(raw, nl, i)
        out.append(line)
    return out


def _heading_line(raw: str, nl: list[int], i: int) -> bool:
    start = nl[i - 1] + 1 if i > 0 else 0
    end = nl[i] if i < len(nl) else len(raw)
    line = raw[start:end].strip()
    if start == 0 and line[-1:] in "\"”»" and line[-2:-1] not in ".!?…":
        return True  # the title: 'Hamas: "Bez końca wojny nie będzie wymiany"'
    return bool(line) and line[-1] not in ".!?…:;,\"”»)" and not MARKER_LINE.match(line) and not _paragraph(line)


HEADING_WORDS = 25  # headlines and subheadings are shorter; a longer line is a paragraph that lost its full stop


CUT_OFF_WORDS = 8  # a last line this long is a paragraph the page cut off, not a caption or a credit


def _cut_off(raw: str, start: int, end: int, text_end: int) -> bool:
    """The line [start, end) is the text's last, not its first, and a paragraph the saved page cut off mid-
    sentence ("Rolnicy domagają się A i B. Chcieli też"): headlines stand at the top, and a caption or a
    credit line is short. ``text_end`` is ``len(raw.rstrip())``: only spaces follow ``end`` when ``end`` is
    at or past it (asked once per sentence, so no copy of the rest of the text)."""
    return start > 0 and end >= text_end and len(raw[start:end].split()) >= CUT_OFF_WORDS


def _paragraph(line: str) -> bool:
    """A line too long for a headline: a paragraph whose closing punctuation the page dropped ("…, domagając
    się: A, B, C oraz D" at a paragraph's end)."""
    return len(line.split()) > HEADING_WORDS
