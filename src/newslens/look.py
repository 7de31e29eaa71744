"""The report's one look, shared by its HTML blocks and its charts: the colours, the font, the empty-cell
mark, and how article text becomes report text: ``esc`` for HTML, ``plain`` for matplotlib (a ``$``
in an article cannot switch it into mathtext), ``short_label`` for a label of bounded length.
"""
from __future__ import annotations

import html
import re
from typing import Optional

import matplotlib.pyplot as plt
import pandas as pd

from .lexicon import lexicon_set

TYPE_COLORS = {"person": "#2b5aa8", "organization": "#c2571a", "place": "#2e8b57", "media": "#8e44ad"}
# one spelling everywhere: the data's own ("organization", as in extract.json and the tables)
TYPE_LABELS = {t: t for t in TYPE_COLORS}
MARK_COLORS = {"quote": "#fde9a9", "demand": "#f7c6c7", "timex": "#cfe8d6"}
FONT = "DejaVu Sans"
EMPTY = "—"  # the one mark of an empty cell, in every table
INK, MUTED, ACCENT, DEMAND_RED, PUB_GREY = "#1d2430", "#5b6475", "#2b5aa8", "#c0392b", "#5b6475"
NOWRAP = '<span class="nl-nowrap" style="white-space:nowrap">{}</span>'
_ISO = re.compile(r"\d{4}-\d{2}(?:-\d{2})?(?:/\d{4}-\d{2}(?:-\d{2})?)?")


def style_charts() -> None:
    """One look for every chart: same font, sizes and spines."""
    plt.rcParams.update({
        "font.family": FONT, "font.size": 9, "axes.titlesize": 10, "axes.labelsize": 9,
        "axes.spines.top": False, "axes.spines.right": False, "figure.dpi": 110,
        "savefig.dpi": 150, "svg.fonttype": "none",
    })


def esc(value) -> str:
    return "" if value is None or (isinstance(value, float) and pd.isna(value)) else html.escape(str(value))


def plain(value) -> str:
    """Article text as literal matplotlib text: ``$`` would otherwise start mathtext."""
    return str(value).replace("$", r"\$")


def nowrap_dates(escaped_html: str) -> str:
    """Keep every ISO date (or ISO range) of already escaped HTML on one line."""
    return _ISO.sub(lambda m: NOWRAP.format(m.group(0)), escaped_html)


LABEL_CHARS = 48  # an event phrase in the timeline's label column, before it is fitted to the column


def short_label(text: Optional[str], limit: int = LABEL_CHARS) -> str:
    """``text`` on one line, at most ``limit`` characters, cut at a word boundary.

    A label never ends on a word that needs what follows it (a preposition or conjunction, from
    ``data/label_trailing_words.txt``) or on punctuation: such words are dropped and an ellipsis
    marks the cut, as it marks any cut. A single word longer than ``limit`` is cut inside.
    """
    text = _balanced(" ".join(str(text or "").split()))
    words, used = [], 0
    for w in text.split(" ") if text else []:
        if used + len(w) + (1 if words else 0) > (limit if len(text) <= limit else limit - 1):
            break
        used += len(w) + (1 if words else 0)
        words.append(w)
    cut = len(words) < len(text.split(" ")) if text else False
    dangling = lexicon_set("label_trailing_words.txt")
    strip = ",;:–-—(„\"'"
    while words and (not words[-1].strip(strip) or words[-1].strip(strip).lower() in dangling):
        words.pop()
        cut = True
    if not words:  # nothing but a too long word, or nothing but function words
        return text if len(text) <= limit else text[:limit - 1].rstrip() + "…"
    head = " ".join(words)
    if head.count("(") > head.count(")"):  # a cut parenthesis: the phrase ends before it
        head, cut = head[:head.rindex("(")].rstrip(), True
        if not head.strip(strip):
            return short_label(text.replace("(", "").replace(")", ""), limit)
    return head.rstrip(strip + " ") + "…" if cut else head


def _balanced(text: str) -> str:
    """Quotation marks without their partner (a phrase cut out of a quote) are dropped."""
    for opening, closing in (("„", "”"), ("«", "»")):
        if text.count(opening) != text.count(closing):
            text = text.replace(opening, "").replace(closing, "")
    if text.count('"') % 2:
        text = text.replace('"', "")
    return " ".join(text.split())
