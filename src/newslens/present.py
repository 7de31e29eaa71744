"""What the report notebook shows: HTML blocks, styled tables and matplotlib charts.

Every piece of article text goes through ``html.escape`` (tables through the Styler's
``escape="html"``), so a hostile article cannot inject markup into the report; chart text goes
through ``plain`` so a ``$`` in an article cannot switch matplotlib into mathtext.
"""
from __future__ import annotations

import hashlib
import html
import io
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Optional, Sequence

import matplotlib.dates as mdates
import matplotlib.pyplot as plt
import pandas as pd

from .analysis import Analysis
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


# ---------------------------------------------------------------- title block and summary
def summary(a: Analysis) -> str:
    """Two or three plain sentences built from the extraction."""
    parts = []
    actors, quotes = a.extraction.actors, a.extraction.quotes
    if actors:
        top = sorted(actors, key=lambda x: (-x.mentions, x.first_offset))[:3]
        parts.append("Most mentioned: " + ", ".join(f"{t.name} ({t.mentions})" for t in top) + ".")
    speakers = pd.Series([q.speaker for q in quotes if q.speaker]).value_counts()
    if len(speakers):
        lead = speakers.index[0]
        parts.append(f"{lead} speaks most ({speakers.iloc[0]} of {len(quotes)} quotes"
                     + (f"; {len(speakers)} speakers in all)." if len(speakers) > 1 else ")."))
    items = [d for d in a.extraction.demands if d.kind == "item"]
    if items:
        parts.append(_demands_sentence(items))
    if a.focus:
        parts.append(f"The timeline centres on {a.focus[0]} – {a.focus[1]}.")
    return " ".join(parts) or "Nothing was extracted from this article."


def _demands_sentence(items: Sequence) -> str:
    """The items in one sentence; who made them and of whom only as far as every item agrees (the
    summary must not credit one demander's list to another), else the demanders with their counts."""
    def shared(field: str) -> str:
        values = {getattr(d, field) for d in items}
        return values.pop() if len(values) == 1 and None not in values else ""
    by, of, when = shared("by"), shared("of"), shared("date")
    if by or len({d.by for d in items}) == 1:
        text = f"{len(items)} enumerated demands" + (f" by {by}" if by else "") + (f" of {of}" if of else "") \
            + (f" on {when}" if when else "")
    else:
        counts = pd.Series([d.by or "no stated demander" for d in items]).value_counts(sort=False)
        text = f"{len(items)} enumerated demands from {len(counts)} demanders: " \
            + ", ".join(f"{name} ({n})" for name, n in sorted(counts.items(), key=lambda x: -x[1]))
    return text + "."


def title_block(a: Analysis) -> str:
    info = a.extraction.article
    date = NOWRAP.format(esc(info.published)) if info.published else "unknown"
    if info.published_inferred:
        date += " <i>(inferred from the text)</i>"
    meta = [("Outlet", esc(info.outlet or EMPTY)), ("Published", date),
            ("Words", f"{info.n_words:,}".replace(",", " ")), ("Sentences", str(info.n_sentences))]
    url = (f'<div class="nl-meta"><span><b>Source</b> {esc(info.url)}</span></div>' if info.url else "")
    return (f"<h1>{esc(info.title or info.id)}</h1>"
            '<p class="nl-lede">newslens brief: who appears, who said what, what was demanded, and when.</p>'
            '<div class="nl-meta">' + "".join(f"<span><b>{k}</b> {v}</span>" for k, v in meta) + "</div>"
            + url + f'<div class="nl-summary">{nowrap_dates(esc(summary(a)))}</div>')


def section(title: str, what: str) -> str:
    return f"<h2>{esc(title)}</h2><p>{esc(what)}</p>"


def subheading(title: str) -> str:
    """An h3 that stays with what follows it on a printed page."""
    return f'<h3 style="break-after:avoid;page-break-after:avoid">{esc(title)}</h3>'


def note(text: str) -> str:
    return f'<p class="nl-missing">{esc(text)}</p>'


# ---------------------------------------------------------------- tables
def interactive(df: pd.DataFrame) -> pd.DataFrame:
    """The frame as the explore notebook's interactive tables show it: a missing text cell (no speaker,
    no outlet) carries the one empty mark instead of ``NaN``/``None``; numbers and dates stay typed."""
    out = df.copy()
    for c in out.columns:
        col = out[c]
        if (col.dtype == object or pd.api.types.is_string_dtype(col)) and all(isinstance(v, str) for v in col.dropna()):
            out[c] = col.astype(object).where(col.notna(), EMPTY)
    return out


def table(df: pd.DataFrame, columns: Optional[dict[str, str]] = None, numeric: Iterable[str] = (),
          nowrap: Iterable[str] = ()) -> str:
    """A styled HTML table: no index, escaped cells, one empty-cell mark, right-aligned numbers,
    ``nowrap`` columns (dates) never broken across lines."""
    if columns:
        df = df[list(columns)].rename(columns=columns)
    rename = columns or {}
    numeric = [rename.get(c, c) for c in numeric]
    nowrap = [rename.get(c, c) for c in nowrap]
    df = df.astype(object)
    df = df.where(df.notna() & df.map(lambda v: not (isinstance(v, str) and not v.strip())), None)
    styler = (df.style.hide(axis="index")
              .format(escape="html", na_rep=EMPTY, formatter={c: NOWRAP.format for c in nowrap})
              .set_table_attributes('class="nl-table"'))
    if numeric:
        styler = styler.set_td_classes(pd.DataFrame(
            [["nl-num" if c in numeric else "" for c in df.columns] for _ in range(len(df))],
            index=df.index, columns=df.columns))
    # the Styler's element ids from the table itself, not random: the same article gives the same HTML
    key = repr((list(df.columns), df.values.tolist(), sorted(numeric), sorted(nowrap)))
    return styler.set_uuid(hashlib.sha1(key.encode("utf-8")).hexdigest()[:8]).to_html()


def actors_table(a: Analysis) -> str:
    return table(a.actors, {"name": "Actor", "type": "Type", "role": "Role", "mentions": "Mentions",
                            "aliases": "Forms seen"}, numeric=["mentions"])


def quotes_table(a: Analysis, speaker: Optional[str] = None) -> str:
    df = a.quotes
    if speaker:
        df = df[df["speaker"] == speaker]
    return table(df, {"speaker": "Speaker", "kind": "Kind", "text": "Quote", "verb": "Verb", "via": "Via"})


def speakers_table(a: Analysis) -> str:
    q = a.quotes
    if q.empty:
        return ""
    roles = dict(zip(a.actors["name"], a.actors["role"]))
    g = (q.assign(speaker=q["speaker"].fillna("(unattributed)"))
         .groupby("speaker", sort=False)["kind"].agg(list).reset_index())
    g["role"] = g["speaker"].map(roles)
    for kind in ("direct", "partial", "indirect"):
        g[kind] = g["kind"].map(lambda ks, k=kind: ks.count(k))
    g["quotes"] = g["kind"].map(len)
    g = g.sort_values(["quotes", "speaker"], ascending=[False, True])
    return table(g, {"speaker": "Speaker", "role": "Role", "quotes": "Quotes", "direct": "Direct",
                     "partial": "Partial", "indirect": "Indirect"},
                 numeric=["quotes", "direct", "partial", "indirect"])


def _item_lead_ins(a: Analysis) -> dict[int, str]:
    return {d.n: d.lead_in for d in a.extraction.demands if d.kind == "item" and d.lead_in}


def demands_lead_in(a: Analysis) -> str:
    """The sentence that announces the list, above the table, when every item hangs on that one sentence
    (an enumerated list); items stated in several sentences carry their own in the table instead."""
    items = [d for d in a.extraction.demands if d.kind == "item"]
    leads = {d.lead_in for d in items}
    if not items or len(leads) != 1 or not items[0].lead_in:
        return ""
    return f'<blockquote class="nl-leadin">{esc(items[0].lead_in)}</blockquote>'


def demands_table(a: Analysis, kind: str = "item") -> str:
    df = a.demands
    df = df[df["kind"] == kind]
    cols = {"n": "#", "action": "Action", "text": "Demand" if kind == "item" else "Condition",
            "by": "By", "of": "Of", "date": "Date"}
    if kind == "item" and not demands_lead_in(a):
        leads = _item_lead_ins(a)
        if leads:  # a list spread over sentences: each item with the words that state it
            df = df.assign(stated=df["n"].map(leads))
            cols = {"n": "#", "stated": "Stated as", **{k: v for k, v in cols.items() if k != "n"}}
    return table(df, cols, numeric=["n"], nowrap=["date"])


def timeline_table(a: Analysis) -> str:
    df = a.timeline.sort_values(["start_date", "start"])
    return table(df, {"expression": "Expression", "value": "Value", "granularity": "Granularity",
                      "event": "Event"}, nowrap=["value"])


# ---------------------------------------------------------------- highlighted article
def _spans(a: Analysis) -> list[tuple[int, int, str, str]]:
    spans = []
    for q in a.extraction.quotes:
        spans.append((q.start, q.end, "quote", q.speaker or "?"))
    for d in a.extraction.demands:
        spans.append((d.start, d.end, "demand", f"{d.kind} {d.n}"))
    for t in a.extraction.timeline:
        spans.append((t.start, t.end, "timex", t.value))
    for actor in a.extraction.actors:
        for s, e in actor.offsets:
            spans.append((s, e, actor.type, actor.name))
    return spans


def highlighted_article(a: Analysis) -> str:
    """The article as escaped HTML with actors, quotes, demands and timexes marked (displaCy style).

    Quotes and demands shade their span; actors and timexes are marked inside them.
    """
    text = a.article.text
    inner = sorted(((s, e, k, lab) for s, e, k, lab in _spans(a) if k not in ("quote", "demand")), key=lambda x: (x[0], -x[1]))
    outer = sorted(((s, e, k, lab) for s, e, k, lab in _spans(a) if k in ("quote", "demand")), key=lambda x: (x[0], -x[1]))
    out, pos = [], 0
    # choose non-overlapping outer and inner spans; inner spans must not cross an outer boundary
    chosen_outer, last = [], -1
    for s, e, k, lab in outer:
        if s >= last:
            chosen_outer.append((s, e, k, lab))
            last = e
    bounds = [(s, e) for s, e, _, _ in chosen_outer]

    def crosses(s, e):
        return any(s < bs < e or s < be < e for bs, be in bounds)

    chosen_inner, last = [], -1
    for s, e, k, lab in inner:
        if s >= last and not crosses(s, e):
            chosen_inner.append((s, e, k, lab))
            last = e
    events = []
    for s, e, k, lab in chosen_outer:
        events.append((s, 0, f'<span class="nl-mark nl-{k}" style="background:{MARK_COLORS[k]}" title="{esc(lab)}">'))
        events.append((e, -1, "</span>"))
    for s, e, k, lab in chosen_inner:
        color = TYPE_COLORS.get(k)
        style = (f"border-bottom:2px solid {color};color:{color};font-weight:600" if color
                 else f"background:{MARK_COLORS['timex']}")
        tag = TYPE_LABELS.get(k, "date")
        events.append((s, 1, f'<span class="nl-mark" style="{style}" title="{esc(lab)}">'))
        events.append((e, -2, f"<sup>{tag}</sup></span>"))
    events.sort(key=lambda x: (x[0], x[1]))
    for at, _, tag in events:
        out.append(esc(text[pos:at]))
        out.append(tag)
        pos = at
    out.append(esc(text[pos:]))
    body = "".join(out)
    paras = "".join(f"<p>{p}</p>" for p in body.split("\n") if p.strip())
    return f'<div class="nl-article">{paras}</div>'


def legend() -> str:
    items = [f'<span style="border-bottom:2px solid {c};color:{c};font-weight:600">{TYPE_LABELS[t]}</span>'
             for t, c in TYPE_COLORS.items()]
    items += [f'<span style="background:{MARK_COLORS[k]}">{k if k != "timex" else "date"}</span>' for k in MARK_COLORS]
    return '<div class="nl-legend">' + "".join(items) + "</div>"


# ---------------------------------------------------------------- charts
BAR_CHARS = 40  # a bar chart's name labels


def top_caption(what: str, shown: int, total: int, top_of: str) -> str:
    """A chart title that says when it shows only the top N: "<what>: the 15 <top_of> 18"."""
    return what if shown >= total else f"{what}: the {shown} {top_of} {total}"


def mentions_chart(a: Analysis, top: int = 15):
    ranked = a.actors.sort_values(["mentions", "first_offset"], ascending=[False, True])
    df = ranked.head(top)
    fig, ax = plt.subplots(figsize=(7.2, 0.23 * max(len(df), 3) + 0.8))
    if df.empty:
        ax.text(0.5, 0.5, "no actors", ha="center", va="center", transform=ax.transAxes)
        ax.set_axis_off()
        return fig
    ax.barh(range(len(df)), df["mentions"][::-1], color=[TYPE_COLORS[t] for t in df["type"][::-1]])
    _bar_labels(ax, df["name"][::-1])
    ax.set_xlabel("mentions")
    ax.xaxis.get_major_locator().set_params(integer=True)
    handles = [plt.Rectangle((0, 0), 1, 1, color=c) for c in TYPE_COLORS.values()]
    ax.legend(handles, [TYPE_LABELS[t] for t in TYPE_COLORS], loc="lower right", frameon=False, fontsize=8)
    ax.set_title(top_caption("Actor mentions, by type", len(df), len(ranked), "most mentioned actors of"), loc="left")
    _bar_margins(fig, ax)
    return fig


def quote_share_chart(a: Analysis, top: int = 15):
    q = a.quotes
    all_counts = q["speaker"].fillna("(unattributed)").value_counts()
    counts = all_counts.head(top)
    types = dict(zip(a.actors["name"], a.actors["type"]))
    fig, ax = plt.subplots(figsize=(7.2, 0.25 * max(len(counts), 3) + 0.8))
    share = counts / all_counts.sum() * 100
    colors = [TYPE_COLORS.get(types.get(s, ""), "#9aa3b2") for s in share.index[::-1]]
    bars = ax.barh(range(len(share)), share.values[::-1], color=colors)
    _bar_labels(ax, share.index[::-1])
    for bar, n in zip(bars, counts.values[::-1]):
        ax.text(bar.get_width() + 0.8, bar.get_y() + bar.get_height() / 2, f"{n}", va="center", fontsize=8)
    ax.set_xlabel("share of quotes (%)")
    ax.set_xlim(0, max(share.max() * 1.15, 10))
    ax.set_title(top_caption("Who is quoted: share of quotes by speaker", len(counts), len(all_counts),
                             "most quoted speakers of") + " (label: count)", loc="left")
    _bar_margins(fig, ax)
    return fig


def _bar_labels(ax, names) -> None:
    """One tick label per bar (by position, so two names that shorten alike stay two bars)."""
    ax.set_yticks(range(len(names)), [plain(short_label(n, BAR_CHARS)) for n in names])
    ax.set_ylim(-0.6, len(names) - 0.4)


def _bar_margins(fig, ax) -> None:
    """Margins that fit the longest bar label, measured once: no layout engine, so saving draws the
    figure once per format (a layout engine or ``bbox_inches="tight"`` adds a measuring draw)."""
    renderer = fig.canvas.get_renderer()
    widest = max((t.get_window_extent(renderer).width for t in ax.get_yticklabels()), default=0)
    w, h = fig.get_size_inches() * fig.dpi
    fig.subplots_adjust(left=min(0.6, (widest + 20) / w), right=0.97, top=1 - 30 / h, bottom=46 / h)


# ---------------------------------------------------------------- timeline
LABEL_CHARS = 48  # an event phrase in the timeline's label column, before it is fitted to the column
EXPR_CHARS = 64  # the expressions part of a label's second line (the date is never cut)


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


def timeline_rows(a: Analysis) -> pd.DataFrame:
    """One row per distinct span: expressions with the same start and end merge into one row.

    Columns: ``start_date``, ``end_date`` (Timestamps, inclusive), ``value``, ``expressions`` (tuple,
    text order, case-insensitive duplicates dropped), ``event`` (the first one in text order that
    fits a label uncut, else the first),
    ``start`` (first offset); sorted by date, then by position in the text.
    """
    df = a.timeline
    cols = ["start_date", "end_date", "value", "expressions", "event", "start"]
    if df.empty:
        return pd.DataFrame(columns=cols)
    rows = []
    for (s, e), g in df.sort_values("start").groupby(["start_date", "end_date"], sort=False):
        exprs: list[str] = []
        for x in g["expression"]:
            x = " ".join(x.split())
            if x.lower() not in {y.lower() for y in exprs}:
                exprs.append(x)
        events = [" ".join(ev.split()) for ev in g["event"] if isinstance(ev, str) and ev.strip()]
        whole = [ev for ev in events if len(ev) <= LABEL_CHARS]  # a phrase the label shows uncut reads best
        rows.append({"start_date": pd.Timestamp(s), "end_date": pd.Timestamp(e), "value": g["value"].iloc[0],
                     "expressions": tuple(exprs), "event": (whole or events or [None])[0],
                     "start": int(g["start"].min())})
    return pd.DataFrame(rows, columns=cols).sort_values(["start_date", "end_date", "start"]).reset_index(drop=True)


def row_label(row, event_chars: int = LABEL_CHARS, expr_chars: int = EXPR_CHARS) -> tuple[str, str]:
    """(event phrase, "expressions · date") for one timeline row; the date is never cut. Without an
    event phrase the expressions stand in for it."""
    exprs = " / ".join(row.expressions)
    if row.event:
        return short_label(row.event, event_chars), f"{short_label(exprs, expr_chars)} · {row.value}"
    return short_label(exprs, event_chars), str(row.value)


@dataclass(frozen=True)
class Panel:
    lo: pd.Timestamp  # first and last day shown (inclusive), padding included
    hi: pd.Timestamp
    focus: bool = False
    first: Optional[pd.Timestamp] = None  # the dates it is for, padding left out
    last: Optional[pd.Timestamp] = None


DAY = pd.Timedelta(days=1)


def _clusters(parts: list[tuple[pd.Timestamp, pd.Timestamp]], most: int) -> list[tuple[pd.Timestamp, pd.Timestamp]]:
    """Group day ranges into at most ``most`` runs, breaking at the widest gaps."""
    if not parts:
        return []
    parts = sorted(parts)
    runs = [list(parts[0])]
    for s, e in parts[1:]:
        if s <= runs[-1][1] + DAY:
            runs[-1][1] = max(runs[-1][1], e)
        else:
            runs.append([s, e])
    extent = (runs[-1][1] - runs[0][0]).days + 1
    # close gaps that are small against the side's whole extent, then the narrowest until few enough
    merged = [runs[0]]
    for s, e in runs[1:]:
        if (s - merged[-1][1]).days <= max(45, extent * 0.2):
            merged[-1][1] = max(merged[-1][1], e)
        else:
            merged.append([s, e])
    while len(merged) > most:
        i = min(range(len(merged) - 1), key=lambda k: merged[k + 1][0] - merged[k][1])
        merged[i:i + 2] = [[merged[i][0], max(merged[i][1], merged[i + 1][1])]]
    return [(s, e) for s, e in merged]


def timeline_panels(spans: Sequence[tuple[pd.Timestamp, pd.Timestamp]],
                    focus: Optional[tuple[pd.Timestamp, pd.Timestamp]], most_per_side: int = 2) -> list[Panel]:
    """The broken axis: the focus window as the main panel, what lies before and after it in at
    most ``most_per_side`` narrow panels each (runs of dates apart from each other by a wide gap)."""
    if not spans:
        return []
    if focus is None:  # no focus window: the run of dates holding the most spans is the main panel
        runs = _clusters(list(spans), 5)
        focus = max(runs, key=lambda r: (sum(r[0] <= s and e <= r[1] for s, e in spans), r[0]))
    f0, f1 = focus
    left = _clusters([(s, min(e, f0 - DAY)) for s, e in spans if s < f0], most_per_side)
    right = _clusters([(max(s, f1 + DAY), e) for s, e in spans if e > f1], most_per_side)
    # a short run of dates just before or after the window joins the main panel
    near = pd.Timedelta(days=max(7, round(((f1 - f0).days + 1) * 0.2)))
    if left and f0 - left[-1][0] <= near:
        f0 = left.pop()[0]
    if right and right[0][1] - f1 <= near:
        f1 = right.pop(0)[1]
    runs = [(s, e, False) for s, e in left] + [(f0, f1, True)] + [(s, e, False) for s, e in right]
    panels = []
    for k, (s, e, main) in enumerate(runs):
        pad = max(2 if main else 3, round(((e - s).days + 1) * (0.03 if main else 0.06)))
        # padding never reaches into the neighbouring panel's dates
        before = (s - runs[k - 1][1]).days // 2 if k else pad
        after = (runs[k + 1][0] - e).days // 2 if k + 1 < len(runs) else pad
        panels.append(Panel(s - pd.Timedelta(days=max(0, min(pad, before))),
                            e + pd.Timedelta(days=max(0, min(pad, after))), main, s, e))
    return panels


def range_caption(s: pd.Timestamp, e: pd.Timestamp) -> str:
    """A short name for a run of days: "17 Dec 2021", "May 1997", "Apr – Oct\n2022", "2019 – 2022"."""
    if s == e:
        return s.strftime("%-d %b %Y")
    if (s.month, s.day, e.month, e.day) == (1, 1, 12, 31):
        return str(s.year) if s.year == e.year else f"{s.year} – {e.year}"
    if (s.year, s.month) == (e.year, e.month):
        return s.strftime("%b %Y")
    if s.year == e.year:
        return f"{s:%b} – {e:%b}\n{s.year}"
    if (e - s).days > 2 * 365:
        return f"{s.year} – {e.year}"
    return f"{s:%b %Y} –\n{e:%b %Y}"


def _date_axis(ax, p: Panel, width_in: float) -> None:
    """The focus panel: ticks that fit its width, the year under the first tick and at each new
    year. A narrow panel: no ticks, the name of its run of dates instead."""
    if not p.focus:
        ax.set_xticks([])
        ax.set_xlabel(range_caption(p.first or p.lo, p.last or p.hi), fontsize=7.5, color=INK, labelpad=4)
        return
    days = (p.hi - p.lo).days
    most = max(1, int(width_in / 0.5))
    if days > 3 * 365:
        years = days / 365
        step = next((k for k in (1, 2, 5, 10, 20, 50) if years / k <= most), 100)
        locator, fmt = mdates.YearLocator(step), "%Y"
    elif days > 50:
        months = days / 30.4
        step = next((k for k in (1, 2, 3, 4, 6) if months / k <= most), 12)
        locator, fmt = mdates.MonthLocator(bymonth=range(1, 13, step)), "%b"
    else:
        step = next((k for k in (1, 2, 7, 14) if days / k <= most), 31)
        monthdays = {1: range(1, 32), 2: range(1, 31, 2), 7: (1, 8, 15, 22), 14: (1, 15)}.get(step, (1,))
        locator, fmt = mdates.DayLocator(bymonthday=monthdays), "%-d %b"
    first, last = p.first or p.lo, (p.last or p.hi) + DAY
    ticks = [t for t in locator.tick_values(p.lo.to_pydatetime(), p.hi.to_pydatetime())
             if first <= pd.Timestamp(mdates.num2date(t).replace(tzinfo=None)) <= last]
    if not ticks:  # a panel narrower than its tick step: one tick in the middle
        ticks = [mdates.date2num((p.lo + (p.hi - p.lo) / 2).to_pydatetime())]
        fmt = "%b" if days > 20 else "%-d %b"
    labels, last_year = [], None
    for t in ticks:
        d = mdates.num2date(t)
        text = d.strftime(fmt)
        if fmt != "%Y" and d.year != last_year:
            text += f"\n{d.year}"
        last_year = d.year
        labels.append(text)
    ax.set_xticks(ticks, labels)
    ax.tick_params(axis="x", labelsize=7.5, colors=INK, length=3)


def timeline_chart(a: Analysis, demand_date: Optional[str] = None, max_rows: int = 30):
    """When things happened: one row per distinct span, labelled on the left with its event phrase,
    expressions and date; the focus window is the wide main panel, earlier and later dates sit in
    narrow shaded panels of their own (the axis is broken between panels), so one old date cannot
    squash the rest. Marker lines (demands, publication) are captioned above the panels and the
    labels sit left of them: no line crosses a label. Beyond ``max_rows`` spans, those farthest
    from the focus window are left out and the title says so."""
    rows = timeline_rows(a)
    info = a.extraction.article
    pub = pd.Timestamp(info.published) if info.published else None
    if demand_date is None:
        dated = [d.date for d in a.extraction.demands if d.date]
        demand_date = dated[0] if dated else None
    if rows.empty:
        fig, ax = plt.subplots(figsize=(7.4, 1.2))
        ax.text(0.5, 0.5, "no dated events", ha="center", va="center", transform=ax.transAxes)
        ax.set_axis_off()
        return fig
    focus = (pd.Timestamp(a.focus[0]), pd.Timestamp(a.focus[1])) if a.focus else None
    total = len(rows)
    if total > max_rows:
        f0, f1 = focus or (rows["start_date"].min(), rows["end_date"].max())
        gap = rows.apply(lambda r: max((f0 - r.end_date).days, (r.start_date - f1).days, 0), axis=1)
        rows = rows.loc[gap.sort_values(kind="stable").index[:max_rows]]
        rows = rows.sort_values(["start_date", "end_date", "start"]).reset_index(drop=True)
    markers = []
    if demand_date:
        markers.append((pd.Timestamp(demand_date), f"demands {demand_date}", DEMAND_RED, "-"))
    if pub is not None:
        markers.append((pub, f"published {info.published}" + (" (inferred)" if info.published_inferred else ""),
                        PUB_GREY, "--"))
    spans = [(r.start_date, r.end_date) for r in rows.itertuples()] + [(d, d) for d, *_ in markers]
    panels = timeline_panels(spans, focus)

    # layout, in inches: title and key, marker captions, rows, date axis
    n = len(rows)
    width, row_h, line_h = 7.4, 0.44, 0.16
    x0, x1, gap = 0.42, 0.985, 0.018  # the panels' extent and the break between them (figure fraction)
    sides = sum(not p.focus for p in panels)
    side_w = min(0.1, 0.2 / sides) if sides else 0.0
    focus_w = x1 - x0 - gap * (len(panels) - 1) - side_w * sides
    lefts, x = [], x0
    for p in panels:
        lefts.append((x, focus_w if p.focus else side_w))
        x += lefts[-1][1] + gap

    def where(d):  # figure x of a day's middle, and its panel
        for (xa, wa), p in zip(lefts, panels):
            if p.lo <= d <= p.hi:
                return xa + wa * ((d + DAY / 2 - p.lo) / (p.hi + DAY - p.lo)), p
        return None, None

    captions, levels = [], []  # caption boxes (figure fraction), estimated from 7 pt DejaVu Sans
    for d, text, color, ls in markers:
        fx, _ = where(d)
        if fx is None:
            continue
        half = len(text) * 0.062 / width / 2
        cx = min(max(fx, x0 + half), 0.995 - half)
        level = 0
        while any(lv == level and abs(cx - ox) < half + oh + 0.01 for ox, oh, lv in levels):
            level += 1
        levels.append((cx, half, level))
        captions.append((d, text, color, ls, cx, level))
    key = []
    if focus is not None and sides:
        key.append(f"Main panel: the focus window {a.focus[0]} – {a.focus[1]}. Shaded panels: earlier and "
                   "later dates, each on its own scale (axis broken at //).")
    elif focus is not None:
        key.append(f"The focus window {a.focus[0]} – {a.focus[1]}.")
    if pub is not None:
        key.append("Filled: up to the publication date; hollow: after it (planned or expected).")
    n_levels = 1 + max((lv for *_, lv in captions), default=-1)
    head_h = 0.38 + line_h * len(key) + 0.06 + line_h * n_levels
    foot_h = 0.45
    height = head_h + n * row_h + foot_h
    fig = plt.figure(figsize=(width, height))
    bottom, plot_h = foot_h / height, n * row_h / height
    top = bottom + plot_h
    ylim = (n - 0.5, -0.5)

    title = "Timeline: what happened when"
    if total > n:
        title += f" ({n} of {total} dated spans, those nearest the focus window)"
    fig.text(0.015, 1 - 0.1 / height, title, fontsize=10.5, color=INK, va="top", ha="left")
    for k, line in enumerate(key):
        fig.text(0.015, 1 - (0.36 + k * line_h) / height, line, fontsize=7.5, color=MUTED, va="top", ha="left")

    # rows: zebra stripes across the figure, the label column on the left
    bg = fig.add_axes((0, bottom, 1, plot_h), zorder=-1)
    bg.set_xlim(0, 1)
    bg.set_ylim(*ylim)
    bg.set_axis_off()
    renderer = fig.canvas.get_renderer()
    room = (x0 - 0.03) * fig.bbox.width  # the label column, in display units
    for i, r in enumerate(rows.itertuples()):
        if i % 2 == 0:
            bg.axhspan(i - 0.5, i + 0.5, color="#f3f5f9", lw=0)
        event, detail = row_label(r)
        ev = bg.text(0.015, i - 0.06, plain(event), fontsize=8.5, color=INK, va="bottom", ha="left")
        de = bg.text(0.015, i + 0.06, plain(detail), fontsize=7.5, color=MUTED, va="top", ha="left")
        chars = [LABEL_CHARS, EXPR_CHARS]  # shorten further until both lines fit the column
        while chars[0] > 8 and ev.get_window_extent(renderer).width > room:
            chars[0] -= 2
            ev.set_text(plain(row_label(r, *chars)[0]))
        while chars[1] > 6 and de.get_window_extent(renderer).width > room:
            chars[1] -= 2
            de.set_text(plain(row_label(r, *chars)[1]))

    axes = []
    for (xa, wa), p in zip(lefts, panels):
        ax = fig.add_axes((xa, bottom, wa, plot_h))
        ax.patch.set_alpha(0)
        ax.set_xlim(p.lo, p.hi + DAY)
        ax.set_ylim(*ylim)
        ax.set_yticks([])
        for side in ("left", "top", "right"):
            ax.spines[side].set_visible(False)
        if not p.focus:
            ax.axvspan(p.lo, p.hi + DAY, color="#dfe4ec", alpha=0.5, lw=0, zorder=0)
        for i, r in enumerate(rows.itertuples()):
            s, e = r.start_date, r.end_date
            if e < p.lo or s > p.hi:
                continue
            fill = "white" if pub is not None and s > pub else ACCENT
            if s == e:
                ax.plot([s + DAY / 2], [i], "o", ms=6.5, mfc=fill, mec=ACCENT, mew=1.3, zorder=3)
            else:
                ax.barh(i, e + DAY - s, left=s, height=0.42, facecolor=fill, edgecolor=ACCENT, lw=1.1, zorder=3)
        _date_axis(ax, p, wa * width)
        axes.append(ax)

    for (xa, wa), _ in zip(lefts[:-1], lefts[1:]):  # the break: two slanted strokes in each gap
        for dx in (xa + wa + gap * 0.3, xa + wa + gap * 0.7):
            fig.add_artist(plt.Line2D([dx - 0.003, dx + 0.003], [bottom - 0.05 / height, bottom + 0.05 / height],
                                      color=INK, lw=0.9, transform=fig.transFigure))

    for d, text, color, ls, cx, level in captions:
        _, p = where(d)
        ax = axes[panels.index(p)]
        ax.axvline(d + DAY / 2, color=color, ls=ls, lw=1.2, zorder=2)
        fig.text(cx, top + (0.04 + level * line_h) / height, text, fontsize=7.5, color=color, ha="center", va="bottom")
    return fig


# ---------------------------------------------------------------- output
def figure_bytes(fig, fmt: str) -> bytes:
    """One drawing of ``fig`` in ``fmt``. Every chart here lays itself out inside its figure, so no
    ``bbox_inches="tight"`` (which draws the figure a second time to measure it)."""
    buf = io.BytesIO()
    fig.savefig(buf, format=fmt)
    return buf.getvalue()


def save_figure(fig, output_dir: Optional[str], name: str) -> bytes:
    """Draw ``fig`` once per format: PNG (returned) and, with ``output_dir``, PNG and SVG written
    atomically into ``output_dir/figures``. The figure is closed, so the notebook does not draw it again."""
    from .analysis import atomic_write

    png = figure_bytes(fig, "png")
    if output_dir:
        folder = Path(output_dir) / "figures"
        folder.mkdir(parents=True, exist_ok=True)
        atomic_write(folder / f"{name}.png", png)
        atomic_write(folder / f"{name}.svg", figure_bytes(fig, "svg"))
    plt.close(fig)
    return png


def show_figure(fig, output_dir: Optional[str], name: str):
    """Save the figure (``save_figure``) and return the saved PNG as the notebook's inline image,
    shown at the figure's on-screen size."""
    from IPython.display import Image

    width_px = round(fig.get_figwidth() * plt.rcParams["figure.dpi"])
    return Image(data=save_figure(fig, output_dir, name), format="png", width=width_px)
