"""The report's timeline chart: one row per distinct dated span, the focus window as the main panel
and earlier or later dates in narrow panels of their own (a broken date axis)."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Optional, Sequence

import matplotlib.dates as mdates
import matplotlib.pyplot as plt
import pandas as pd

from .analysis import Analysis
from .look import ACCENT, DEMAND_RED, INK, LABEL_CHARS, MUTED, PUB_GREY, plain, short_label

EXPR_CHARS = 64  # the expressions part of a label's second line (the date is never cut)


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
