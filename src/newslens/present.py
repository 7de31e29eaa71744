"""What the report notebook shows: HTML blocks, styled tables and matplotlib charts.

Every piece of article text goes through ``html.escape`` (tables through the Styler's
``escape="html"``), so a hostile article cannot inject markup into the report; chart text goes
through ``plain`` so a ``$`` in an article cannot switch matplotlib into mathtext. The shared look
(colours, ``esc``, ``plain``, ``short_label``) lives in ``look``, the timeline chart in
``timeline_chart``; both are re-exported here, the notebooks' one import.
"""
from __future__ import annotations

import hashlib
import io
from pathlib import Path
from typing import Iterable, Optional, Sequence

import matplotlib.pyplot as plt
import pandas as pd

from .analysis import Analysis
from .look import (ACCENT, DEMAND_RED, EMPTY, FONT, INK, LABEL_CHARS, MARK_COLORS, MUTED, NOWRAP,  # noqa: F401
                   PUB_GREY, TYPE_COLORS, TYPE_LABELS, esc, nowrap_dates, plain, short_label, style_charts)
from .timeline_chart import (EXPR_CHARS, Panel, range_caption, row_label, timeline_chart,  # noqa: F401
                             timeline_panels, timeline_rows)


# ---------------------------------------------------------------- title block and summary
def summary(a: Analysis) -> str:
    """Two or three plain sentences built from the extraction."""
    parts = []
    actors, quotes = a.extraction.actors, a.extraction.quotes
    if actors:
        top = _leaders([(t.name, t.mentions) for t in sorted(actors, key=lambda x: (-x.mentions, x.first_offset))])
        most = max(t.mentions for t in actors)
        times = f"{most} time{'s' if most > 1 else ''}"
        parts.append("Most mentioned: " + ", ".join(f"{name} ({n})" for name, n in top) + "." if top
                     else f"One actor: {actors[0].name} ({actors[0].mentions})." if len(actors) == 1
                     else f"{len(actors)} actors, each mentioned {times}." if all(t.mentions == most for t in actors)
                     else f"{len(actors)} actors, none mentioned more than {times}.")
    speakers = pd.Series([q.speaker for q in quotes if q.speaker]).value_counts()
    if len(speakers):
        lead = [name for name, n in speakers.items() if n == speakers.iloc[0]]
        quoted = f"{speakers.iloc[0]} of {len(quotes)} quotes" + (" each" if len(lead) > 1 else "") \
            + (f"; {len(speakers)} speakers in all" if len(speakers) > 1 else "")
        if len(lead) <= 3:  # a phrase, not a sentence with the name as its subject: a group ("przewoźnicy")
            parts.append(f"Most quoted: {' and '.join(lead)} ({quoted}).")  # takes no English verb, no capital
        else:
            parts.append(f"{len(speakers)} speakers, none quoted more than {speakers.iloc[0]} of {len(quotes)} times.")
    items = [d for d in a.extraction.demands if d.kind == "item"]
    if items:
        parts.append(_demands_sentence(items))
    if a.focus:
        parts.append(f"The timeline centres on {a.focus[0]} – {a.focus[1]}.")
    return " ".join(parts) or "Nothing was extracted from this article."


def _leaders(ranked: list[tuple[str, int]], k: int = 3) -> list[tuple[str, int]]:
    """The first ``k`` of a ranking by count, without an arbitrary cut through a tie: a count shared
    with the first one left out is left out too, and a count of one is no distinction."""
    top = [(name, n) for name, n in ranked[:k] if n > 1]
    cut = ranked[k][1] if len(ranked) > k else 0
    return [(name, n) for name, n in top if n > cut]


def _demands_sentence(items: Sequence) -> str:
    """The items in one sentence; who made them and of whom only as far as every item agrees (the
    summary must not credit one demander's list to another), else the demanders with their counts."""
    def shared(field: str) -> str:
        values = {getattr(d, field) for d in items}
        return values.pop() if len(values) == 1 and None not in values else ""
    by, of, when = shared("by"), shared("of"), shared("date")
    if by or len({d.by for d in items}) == 1:
        text = f"{len(items)} enumerated demand{'s' if len(items) > 1 else ''}" + (f" by {by}" if by else "") + (f" of {of}" if of else "") \
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
        # the heading over a column of numbers stands over them, right-aligned like them
        styler = styler.set_table_styles({c: [{"selector": "th", "props": [("text-align", "right")]}]
                                          for c in numeric}, overwrite=False)
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
            "by": "By", "of": "Of", "date": "Made\u00a0on"}  # one line: the column is narrow
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
