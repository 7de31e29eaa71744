"""What the report notebook shows: HTML blocks, styled tables and matplotlib charts.

Every piece of article text goes through ``html.escape`` (tables through the Styler's
``escape="html"``), so a hostile article cannot inject markup into the report.
"""
from __future__ import annotations

import html
from pathlib import Path
from typing import Iterable, Optional

import matplotlib.dates as mdates
import matplotlib.pyplot as plt
import pandas as pd

from .analysis import Analysis

TYPE_COLORS = {"person": "#2b5aa8", "organization": "#c2571a", "place": "#2e8b57", "media": "#8e44ad"}
TYPE_LABELS = {"person": "person", "organization": "organisation", "place": "place", "media": "media"}
MARK_COLORS = {"quote": "#fde9a9", "demand": "#f7c6c7", "timex": "#cfe8d6"}
FONT = "DejaVu Sans"


def style_charts() -> None:
    """One look for every chart: same font, sizes and spines."""
    plt.rcParams.update({
        "font.family": FONT, "font.size": 9, "axes.titlesize": 10, "axes.labelsize": 9,
        "axes.spines.top": False, "axes.spines.right": False, "figure.dpi": 110,
        "savefig.dpi": 150, "svg.fonttype": "none",
    })


def esc(value) -> str:
    return "" if value is None or (isinstance(value, float) and pd.isna(value)) else html.escape(str(value))


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
        d = items[0]
        who = f" by {d.by}" if d.by else ""
        of = f" of {d.of}" if d.of else ""
        when = f" on {d.date}" if d.date else ""
        parts.append(f"{len(items)} enumerated demands{who}{of}{when}.")
    if a.focus:
        parts.append(f"The timeline centres on {a.focus[0]} – {a.focus[1]}.")
    return " ".join(parts) or "Nothing was extracted from this article."


def title_block(a: Analysis) -> str:
    info = a.extraction.article
    date = esc(info.published or "unknown")
    if info.published_inferred:
        date += " <i>(inferred from the text)</i>"
    meta = [("Outlet", esc(info.outlet or "—")), ("Published", date),
            ("Words", f"{info.n_words:,}".replace(",", " ")), ("Sentences", str(info.n_sentences))]
    url = (f'<div class="nl-meta"><span><b>Source</b> {esc(info.url)}</span></div>' if info.url else "")
    return (f"<h1>{esc(info.title or info.id)}</h1>"
            '<p class="nl-lede">newslens brief: who appears, who said what, what was demanded, and when.</p>'
            '<div class="nl-meta">' + "".join(f"<span><b>{k}</b> {v}</span>" for k, v in meta) + "</div>"
            + url + f'<div class="nl-summary">{esc(summary(a))}</div>')


def section(title: str, what: str) -> str:
    return f"<h2>{esc(title)}</h2><p>{esc(what)}</p>"


def note(text: str) -> str:
    return f'<p class="nl-missing">{esc(text)}</p>'


# ---------------------------------------------------------------- tables
def table(df: pd.DataFrame, columns: Optional[dict[str, str]] = None, numeric: Iterable[str] = ()) -> str:
    """A styled HTML table: no index, escaped cells, wrapped text, right-aligned numbers."""
    if columns:
        df = df[list(columns)].rename(columns=columns)
    numeric = [columns.get(c, c) if columns else c for c in numeric]
    df = df.astype(object).where(df.notna(), None)
    styler = (df.style.hide(axis="index").format(escape="html", na_rep="—", formatter=lambda v: "—" if v is None else v)
              .set_table_attributes('class="nl-table"'))
    if numeric:
        styler = styler.set_td_classes(pd.DataFrame(
            [["nl-num" if c in numeric else "" for c in df.columns] for _ in range(len(df))],
            index=df.index, columns=df.columns))
    return styler.to_html()


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


def demands_lead_in(a: Analysis) -> str:
    items = [d for d in a.extraction.demands if d.kind == "item"]
    if not items or not items[0].lead_in:
        return ""
    return f'<blockquote class="nl-leadin">{esc(items[0].lead_in)}</blockquote>'


def demands_table(a: Analysis, kind: str = "item") -> str:
    df = a.demands
    df = df[df["kind"] == kind]
    cols = {"n": "#", "action": "Action", "text": "Demand" if kind == "item" else "Condition",
            "by": "By", "of": "Of", "date": "Date"}
    return table(df, cols, numeric=["n"])


def timeline_table(a: Analysis) -> str:
    df = a.timeline.sort_values(["start_date", "start"])
    return table(df, {"expression": "Expression", "value": "Value", "granularity": "Granularity",
                      "event": "Event"})


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
def mentions_chart(a: Analysis, top: int = 15):
    df = a.actors.sort_values(["mentions", "first_offset"], ascending=[False, True]).head(top)
    fig, ax = plt.subplots(figsize=(7.2, 0.28 * max(len(df), 3) + 0.8))
    if df.empty:
        ax.text(0.5, 0.5, "no actors", ha="center", va="center", transform=ax.transAxes)
        ax.set_axis_off()
        return fig
    ax.barh(df["name"][::-1], df["mentions"][::-1], color=[TYPE_COLORS[t] for t in df["type"][::-1]])
    ax.set_xlabel("mentions")
    ax.xaxis.get_major_locator().set_params(integer=True)
    handles = [plt.Rectangle((0, 0), 1, 1, color=c) for c in TYPE_COLORS.values()]
    ax.legend(handles, [TYPE_LABELS[t] for t in TYPE_COLORS], loc="lower right", frameon=False, fontsize=8)
    ax.set_title("Actor mentions, by type", loc="left")
    fig.tight_layout()
    return fig


def quote_share_chart(a: Analysis):
    q = a.quotes
    counts = q["speaker"].fillna("(unattributed)").value_counts()
    types = dict(zip(a.actors["name"], a.actors["type"]))
    fig, ax = plt.subplots(figsize=(7.2, 0.3 * max(len(counts), 3) + 0.8))
    share = counts / counts.sum() * 100
    colors = [TYPE_COLORS.get(types.get(s, ""), "#9aa3b2") for s in share.index[::-1]]
    bars = ax.barh(share.index[::-1], share.values[::-1], color=colors)
    for bar, n in zip(bars, counts.values[::-1]):
        ax.text(bar.get_width() + 0.8, bar.get_y() + bar.get_height() / 2, f"{n}", va="center", fontsize=8)
    ax.set_xlabel("share of quotes (%)")
    ax.set_xlim(0, max(share.max() * 1.15, 10))
    ax.set_title("Who is quoted: share of quotes by speaker (label: count)", loc="left")
    fig.tight_layout()
    return fig


def _dates(row) -> tuple[pd.Timestamp, pd.Timestamp]:
    return pd.Timestamp(row.start_date), pd.Timestamp(row.end_date)


def _draw_events(ax, df: pd.DataFrame, lo: pd.Timestamp, hi: pd.Timestamp, labels: bool) -> None:
    levels = [0.0] * 8
    span_days = max((hi - lo).days, 1)
    for i, row in enumerate(df.itertuples()):
        s, e = _dates(row)
        if e < lo or s > hi:
            continue
        label = row.expression if len(row.expression) <= 34 else row.expression[:32] + "…"
        used = pd.Timedelta(days=span_days * (len(label) + len(row.value) + 4) * 0.0105)
        # a label that would run off the right edge ends at its event instead of starting there
        flip = labels and s + used > hi
        left = s - used if flip else s
        # lowest free lane: labels do not overlap their left neighbours
        lane = next((k for k, free in enumerate(levels) if left.value >= free), len(levels) - 1)
        y = lane + 1
        width_days = (e - s).days
        if width_days >= 1:
            ax.barh(y, e - s + pd.Timedelta(days=1), left=s, height=0.5, color="#2b5aa8", alpha=0.55)
        else:
            ax.plot([s], [y], "o", color="#2b5aa8", ms=5)
        if labels:
            ax.text(s, y + 0.32, f"{label} · {row.value}", fontsize=7, va="bottom", ha="right" if flip else "left",
                    clip_on=True)
            levels[lane] = (max(s, e) if flip else max(s, e) + used).value
        else:
            levels[lane] = (e + pd.Timedelta(days=span_days * 0.01)).value
    ax.set_ylim(0.3, max(3, sum(1 for v in levels if v) + 1.2))
    ax.set_yticks([])
    ax.spines["left"].set_visible(False)


def timeline_chart(a: Analysis, demand_date: Optional[str] = None):
    """Overview panel (every dated event, the focus band shaded) and a zoomed focus panel."""
    df = a.timeline.sort_values(["start_date", "start"])
    info = a.extraction.article
    pub = pd.Timestamp(info.published) if info.published else None
    if demand_date is None:
        dated = [d.date for d in a.extraction.demands if d.date]
        demand_date = dated[0] if dated else None
    fig, axes = plt.subplots(2 if a.focus else 1, 1, figsize=(7.4, 5.6 if a.focus else 2.8), squeeze=False)
    ax = axes[0][0]
    if df.empty:
        ax.text(0.5, 0.5, "no dated events", ha="center", va="center", transform=ax.transAxes)
        ax.set_axis_off()
        return fig
    starts = pd.to_datetime(df["start_date"])
    ends = pd.to_datetime(df["end_date"])
    lo, hi = starts.min(), max(ends.max(), pub or ends.max())
    pad = pd.Timedelta(days=max((hi - lo).days * 0.05, 10))
    lo, hi = lo - pad, hi + pad
    _draw_events(ax, df, lo, hi, labels=not a.focus)
    ax.set_xlim(lo, hi)
    ax.set_title("Timeline: every dated expression" + (" (shaded: focus window)" if a.focus else ""), loc="left")
    panels = [(ax, lo, hi)]
    if a.focus:
        f0, f1 = pd.Timestamp(a.focus[0]), pd.Timestamp(a.focus[1])
        ax.axvspan(f0, f1 + pd.Timedelta(days=1), color="#f2c14e", alpha=0.3, lw=0)
        zoom = axes[1][0]
        fpad = pd.Timedelta(days=max((f1 - f0).days * 0.04, 2))
        inside = df[(ends >= f0) & (starts <= f1)]
        _draw_events(zoom, inside, f0 - fpad, f1 + fpad, labels=True)
        zoom.axvspan(f0, f1 + pd.Timedelta(days=1), color="#f2c14e", alpha=0.18, lw=0)
        zoom.set_xlim(f0 - fpad, f1 + fpad)
        zoom.set_title(f"Focus window {a.focus[0]} – {a.focus[1]}", loc="left")
        zoom.xaxis.set_major_locator(mdates.MonthLocator())
        zoom.xaxis.set_minor_locator(mdates.WeekdayLocator(byweekday=mdates.MO))
        zoom.xaxis.set_major_formatter(mdates.DateFormatter("%b %Y"))
        panels.append((zoom, f0 - fpad, f1 + fpad))
    for axis, l, h in panels:
        if pub is not None and l <= pub <= h:
            axis.axvline(pub, color="#5b6475", ls="--", lw=1)
            axis.text(pub, axis.get_ylim()[1], " published", fontsize=7, color="#5b6475", va="top", ha="left")
        if demand_date:
            d = pd.Timestamp(demand_date)
            if l <= d <= h:
                axis.axvline(d, color="#c0392b", lw=1.2)
                axis.text(d, axis.get_ylim()[1] * 0.92, " demands", fontsize=7, color="#c0392b", va="top")
    ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(ax.xaxis.get_major_locator()))
    fig.tight_layout()
    return fig


def save_figure(fig, output_dir: Optional[str], name: str) -> None:
    """Write the figure as PNG and SVG into ``output_dir/figures`` (when an output dir is given)."""
    if not output_dir:
        return
    from .analysis import atomic_write
    import io

    folder = Path(output_dir) / "figures"
    folder.mkdir(parents=True, exist_ok=True)
    for fmt in ("png", "svg"):
        buf = io.BytesIO()
        fig.savefig(buf, format=fmt, bbox_inches="tight")
        atomic_write(folder / f"{name}.{fmt}", buf.getvalue())
