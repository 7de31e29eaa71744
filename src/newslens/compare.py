"""One story, several outlets: ``compare(paths) -> Comparison`` and its rendered report.

Each article is analysed on its own (``newslens.analyze``); then its quotes and its demands are
aligned with the other articles' by their words (``newslens.align``). A *group* is a set of linked
quotes (or demands): one utterance as each outlet carried it, whole or in part. A group with members
in one article only is what that article alone reports.

The comparison notebook (``notebooks/compare.py``) only calls this module; ``newslens compare``
renders it into ``OUT/comparison.html`` and ``.pdf`` (``compare_render``, with report.py's papermill,
nbconvert and Chromium functions).
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Callable, Optional, Sequence

import pandas as pd

from . import align, nlp
from .analysis import Analysis, analyze
from .loader import InputError

REPO = Path(__file__).resolve().parents[2]
COMPARE_NOTEBOOK = REPO / "notebooks" / "compare.py"
MARKER = "comparison.ipynb"  # a folder holding it is a comparison the command may replace
SHOW_ONLY = 4  # "only in" items listed per article and kind in the summary


@dataclass(frozen=True)
class Comparison:
    """Several analysed articles and the alignment of their quotes and demands."""

    analyses: tuple[Analysis, ...]
    quote_units: tuple[align.Unit, ...]
    quote_links: tuple[align.Link, ...]
    demand_units: tuple[align.Unit, ...]
    demand_links: tuple[align.Link, ...]
    weights: dict[str, float] = field(default_factory=dict, compare=False, repr=False)  # align.idf of the articles

    # ------------------------------------------------------------ labels
    @cached_property
    def labels(self) -> tuple[str, ...]:
        """One short, unique column label per article: its outlet, else its id."""
        raw = [a.extraction.article.outlet or a.extraction.article.id for a in self.analyses]
        out = []
        for i, name in enumerate(raw):
            out.append(name if raw.count(name) == 1 else f"{name} ({i + 1})")
        return tuple(out)

    # ------------------------------------------------------------ articles side by side
    def cites(self, i: int) -> list[str]:
        """The sources article ``i`` names: its media actors, the outlets its quotes came through,
        and any other compared outlet it mentions by name."""
        a = self.analyses[i]
        names = [x.name for x in a.extraction.actors if x.type == "media"]
        names += [q.via for q in a.extraction.quotes if q.via]
        text = a.article.text.lower()
        for j, other in enumerate(self.analyses):
            outlet = other.extraction.article.outlet
            if j != i and outlet and outlet.lower() in text:
                names.append(outlet)
        return list(dict.fromkeys(names))

    @property
    def articles(self) -> pd.DataFrame:
        rows = []
        for i, a in enumerate(self.analyses):
            info = a.extraction.article
            rows.append({"article": self.labels[i], "id": info.id, "title": info.title, "outlet": info.outlet,
                         "published": info.published, "words": info.n_words, "sentences": info.n_sentences,
                         "quotes": len(a.extraction.quotes), "demands": len(a.extraction.demands),
                         "dates": len(a.extraction.timeline), "cites": ", ".join(self.cites(i))})
        return pd.DataFrame(rows, columns=["article", "id", "title", "outlet", "published", "words", "sentences",
                                           "quotes", "demands", "dates", "cites"])

    # ------------------------------------------------------------ actors across articles
    @property
    def actors(self) -> pd.DataFrame:
        """One row per actor (by name): type, mentions in each article (0: absent), in how many."""
        seen: dict[str, dict] = {}
        for i, a in enumerate(self.analyses):
            for x in a.extraction.actors:
                row = seen.setdefault(x.name, {"actor": x.name, "type": x.type, "first": (i, x.first_offset)})
                row[self.labels[i]] = row.get(self.labels[i], 0) + x.mentions
        cols = ["actor", "type", *self.labels, "articles", "mentions"]
        if not seen:
            return pd.DataFrame(columns=cols)
        df = pd.DataFrame(list(seen.values()))
        for lab in self.labels:
            df[lab] = df[lab].fillna(0).astype(int) if lab in df else 0
        df["articles"] = (df[list(self.labels)] > 0).sum(axis=1)
        df["mentions"] = df[list(self.labels)].sum(axis=1)
        df = df.sort_values(["articles", "mentions", "first"], ascending=[False, False, True])
        return df[cols].reset_index(drop=True)

    # ------------------------------------------------------------ aligned quotes and demands
    def _items(self, section: str) -> list[list]:
        return [list(getattr(a.extraction, section)) for a in self.analyses]

    def _groups(self, section: str) -> list[list[tuple[int, int]]]:
        units = self.quote_units if section == "quotes" else self.demand_units
        links = self.quote_links if section == "quotes" else self.demand_links
        return align.groups(units, links)

    def _share(self, section: str, member: tuple[int, int], fullest: tuple[int, int]) -> float:
        """How much of the group's fullest version this member carries (weighted content words)."""
        if member == fullest:
            return 1.0
        units = {(u.article, u.index): u for u in (self.quote_units if section == "quotes" else self.demand_units)}
        c, _shared = align.containment(units[fullest], units[member], self._weights)
        return c

    @cached_property
    def _weights(self) -> dict[str, float]:
        if self.weights:
            return self.weights
        return align.idf(d for a in self.analyses for d in align.sentence_keys(nlp.analyze(a.article.text)))

    def _aligned(self, section: str) -> pd.DataFrame:
        items = self._items(section)
        prefix = "Q" if section == "quotes" else "D"
        units = {(u.article, u.index): u for u in (self.quote_units if section == "quotes" else self.demand_units)}
        rows = []
        for g, members in enumerate(self._groups(section), 1):
            fullest = max(members, key=lambda m: (len(units[m].words), -m[0]))
            arts = sorted({m[0] for m in members})
            for m in members:
                x = items[m[0]][m[1]]
                row = {"group": f"{prefix}{g}", "article": self.labels[m[0]], "n": m[1] + 1,
                       "in_articles": len(arts), "only": len(arts) == 1,
                       "share": round(self._share(section, m, fullest), 2), "text": x.text,
                       "start": x.start, "end": x.end}
                if section == "quotes":
                    row.update(speaker=x.speaker, kind=x.kind, via=x.via)
                else:
                    row.update(kind=x.kind, by=x.by, of=x.of, action=x.action, date=x.date)
                rows.append(row)
        extra = ["speaker", "kind", "via"] if section == "quotes" else ["kind", "by", "of", "action", "date"]
        cols = ["group", "article", "n", *extra, "text", "share", "in_articles", "only", "start", "end"]
        return pd.DataFrame(rows, columns=cols)

    @property
    def quotes(self) -> pd.DataFrame:
        """Every quote of every article with its group (``Q1`` …): the same group is the same
        utterance; ``share`` is how much of the group's fullest version it carries; ``only``: no
        other article has it."""
        return self._aligned("quotes")

    @property
    def demands(self) -> pd.DataFrame:
        """Every demand and condition with its group (``D1`` …), as ``quotes``."""
        return self._aligned("demands")

    def _side_by_side(self, section: str) -> pd.DataFrame:
        df = self._aligned(section)
        cols = ["group", *self.labels]
        if df.empty:
            return pd.DataFrame(columns=["group", "who", *self.labels])
        out = []
        for g, part in df.groupby("group", sort=False):
            row = {"group": g}
            who = part["speaker"] if section == "quotes" else part["by"]
            row["who"] = ", ".join(dict.fromkeys(w for w in who if isinstance(w, str) and w)) or None
            for lab in self.labels:
                mine = part[part["article"] == lab]
                row[lab] = " | ".join(_cell(r, section) for r in mine.itertuples()) or None
            out.append(row)
        return pd.DataFrame(out, columns=["group", "who", *cols[1:]])

    @property
    def quote_groups(self) -> pd.DataFrame:
        """One row per utterance, one column per article: what each carried (kind, share, via)."""
        return self._side_by_side("quotes")

    @property
    def demand_groups(self) -> pd.DataFrame:
        """One row per demanded thing, one column per article."""
        return self._side_by_side("demands")

    # ------------------------------------------------------------ one timeline
    @property
    def timeline(self) -> pd.DataFrame:
        """Every article's dates: one row per (article, expression), sorted by date."""
        rows = []
        for i, a in enumerate(self.analyses):
            for t in a.extraction.timeline:
                rows.append({"article": self.labels[i], "expression": t.expression, "value": t.value,
                             "start_date": t.start_date, "end_date": t.end_date, "granularity": t.granularity,
                             "event": t.event, "start": t.start})
        cols = ["article", "expression", "value", "start_date", "end_date", "granularity", "event", "start"]
        df = pd.DataFrame(rows, columns=cols)
        return df.sort_values(["start_date", "end_date", "article", "start"]).reset_index(drop=True)

    @property
    def dates(self) -> pd.DataFrame:
        """One row per distinct date value, one column per article with the expressions it uses."""
        df = self.timeline
        if df.empty:
            return pd.DataFrame(columns=["value", *self.labels, "articles"])
        out = []
        for value, part in df.groupby("value", sort=False):
            row = {"value": value}
            for lab in self.labels:
                exprs = list(dict.fromkeys(part.loc[part["article"] == lab, "expression"]))
                row[lab] = "; ".join(exprs) or None
            row["articles"] = part["article"].nunique()
            out.append(row)
        return pd.DataFrame(out, columns=["value", *self.labels, "articles"])

    # ------------------------------------------------------------ differences
    @property
    def differences(self) -> pd.DataFrame:
        """What one article reports that no other does: quotes, demands, actors and dates."""
        rows = []
        q, d, act, dates = self.quotes, self.demands, self.actors, self.dates
        for lab in self.labels:
            for r in q[(q["article"] == lab) & q["only"]].itertuples():
                rows.append({"article": lab, "what": "quote", "detail": r.text,
                             "who": r.speaker if isinstance(r.speaker, str) else None})
            for r in d[(d["article"] == lab) & d["only"]].itertuples():
                rows.append({"article": lab, "what": r.kind if r.kind == "condition" else "demand", "detail": r.text,
                             "who": r.by if isinstance(r.by, str) else None})
            if len(self.labels) > 1:
                for r in act[(act[lab] > 0) & (act["articles"] == 1)].itertuples():
                    rows.append({"article": lab, "what": "actor", "detail": f"{r.actor} ({r.type})"})
                for _k, r in dates[dates[lab].notna() & (dates["articles"] == 1)].iterrows():
                    rows.append({"article": lab, "what": "date", "detail": f"{r['value']} ({r[lab]})"})
        return pd.DataFrame(rows, columns=["article", "what", "who", "detail"])

    def summary(self) -> list[str]:
        """A few plain sentences: what each outlet reports that the others do not, who cites whom."""
        from .present import short_label

        out = []
        diff = self.differences
        n = len(self.analyses)
        groups = self.quote_groups
        shared = int((self.quotes.groupby("group")["in_articles"].first() == n).sum()) if not groups.empty else 0
        out.append(f"{n} articles; {len(groups)} distinct utterances quoted, {shared} of them in every article; "
                   f"{len(self.demand_groups)} distinct demands or conditions.")
        for i, lab in enumerate(self.labels):
            mine = diff[diff["article"] == lab]
            parts = []
            for what, noun in (("quote", "quotes"), ("demand", "demands"), ("condition", "conditions")):
                sel = mine[mine["what"] == what]
                xs = list(zip(sel["who"], sel["detail"]))
                if xs:
                    shown = "; ".join((f"{who}: " if isinstance(who, str) and what == "quote" else "")
                                      + f"„{short_label(x, 70)}”" for who, x in xs[:SHOW_ONLY])
                    more = f" and {len(xs) - SHOW_ONLY} more" if len(xs) > SHOW_ONLY else ""
                    parts.append(f"{len(xs)} {noun if len(xs) > 1 else noun[:-1]} ({shown}{more})")
            for what, noun in (("actor", "names"), ("date", "dates")):
                xs = [re.sub(r" \(.*\)$", "", x) for x in mine[mine["what"] == what]["detail"]]
                if xs:
                    parts.append(f"{noun} {', '.join(xs[:6])}{' …' if len(xs) > 6 else ''}")
            line = f"{lab} alone: " + "; ".join(parts) + "." if parts else f"{lab} reports nothing the others do not."
            others = [o for o in self.cites(i) if o in self.labels]
            if others:
                line += f" It cites {', '.join(others)}."
            out.append(line)
        return out

    # ------------------------------------------------------------ output
    def save(self, output_dir: str | Path) -> list[Path]:
        """Write ``tables/<name>.csv`` for every frame and ``comparison.json`` (each atomically)."""
        from .files import atomic_write

        out = Path(output_dir)
        (out / "tables").mkdir(parents=True, exist_ok=True)
        written = []
        for name in ("articles", "actors", "quotes", "quote_groups", "demands", "demand_groups", "timeline",
                     "dates", "differences"):
            written.append(atomic_write(out / "tables" / f"{name}.csv", getattr(self, name).to_csv(index=False)))
        doc = {"articles": [a.extraction.article.to_dict() for a in self.analyses],
               "labels": list(self.labels),
               "quote_links": [_link_dict(x) for x in self.quote_links],
               "demand_links": [_link_dict(x) for x in self.demand_links],
               "summary": self.summary()}
        written.append(atomic_write(out / "comparison.json", json.dumps(doc, ensure_ascii=False, indent=2)))
        return written


def _link_dict(link: align.Link) -> dict:
    return {"a": list(link.a), "b": list(link.b), "containment": link.containment, "shared": list(link.shared)}


def _cell(r, section: str) -> str:
    share = "" if r.share >= 0.95 else f", {round(100 * r.share)}%"
    via = f", via {r.via}" if section == "quotes" and isinstance(r.via, str) and r.via else ""
    return f"[{r.kind}{share}{via}] {r.text}"


# ---------------------------------------------------------------- building a comparison
def units_of(analysis: Analysis, article: int, section: str, text: Optional[nlp.Text] = None) -> list[align.Unit]:
    """The alignment units of one article's quotes or demands (lemmatised in the article's context)."""
    text = text or nlp.analyze(analysis.article.text)
    out = []
    for k, x in enumerate(getattr(analysis.extraction, section)):
        who = x.speaker if section == "quotes" else x.by
        out.append(align.Unit(article, k, x.text, who, align.content_words(text, x.start, x.end)))
    return out


def from_analyses(analyses: Sequence[Analysis], *, threshold: float = align.THRESHOLD) -> Comparison:
    texts = [nlp.analyze(a.article.text) for a in analyses]
    weights = align.idf(d for t in texts for d in align.sentence_keys(t))
    quotes = [u for i, a in enumerate(analyses) for u in units_of(a, i, "quotes", texts[i])]
    demands = [u for i, a in enumerate(analyses) for u in units_of(a, i, "demands", texts[i])]
    return Comparison(tuple(analyses), tuple(quotes), tuple(align.align(quotes, weights, threshold=threshold)),
                      tuple(demands), tuple(align.align(demands, weights, threshold=threshold)), weights)


def compare(paths: Sequence[str | Path], *, threshold: float = align.THRESHOLD,
            progress: Optional[Callable[[Path], None]] = None) -> Comparison:
    """Analyse every article of ``paths`` (two or more, files only) and align them.

    Raises InputError for fewer than two distinct articles or an unreadable one."""
    if isinstance(paths, (str, Path)):
        raise InputError("compare takes a list of article paths, not one path")
    unique = list(dict.fromkeys(Path(p).resolve() for p in paths))
    if len(unique) < 2:
        raise InputError(f"compare needs at least two different articles, got {len(unique)}")
    analyses = []
    for p in unique:
        if progress:
            progress(p)
        analyses.append(analyze(p))
    return from_analyses(analyses, threshold=threshold)


# ---------------------------------------------------------------- scoring against a hand alignment
SECTIONS = {"quotes": "quote_links", "demands": "demand_links"}


def score_hand(alignment_path: str | Path, *, threshold: float = align.THRESHOLD) -> dict[str, dict[str, align.PRF]]:
    """Score the aligner against a hand alignment file (``data/compare/alignment.json``).

    Two figures per section (quotes, demands), as pair precision and recall:
    ``spans``: the aligner on the hand-marked spans themselves (the alignment alone);
    ``extracted``: end to end, on what the extractors found; an extracted item counts as the hand
    item it overlaps most, a link to an item the hand file does not have is spurious, and a hand
    link whose items were not extracted is missed.
    """
    path = Path(alignment_path)
    doc = json.loads(path.read_text("utf-8"))
    keys = list(doc["articles"])
    analyses = [analyze(path.parent / doc["articles"][k]) for k in keys]
    texts = [nlp.analyze(a.article.text) for a in analyses]
    weights = align.idf(d for t in texts for d in align.sentence_keys(t))
    out: dict[str, dict[str, align.PRF]] = {}
    for section, link_key in SECTIONS.items():
        gold = [tuple(x) for x in doc[link_key]]
        spans: dict[tuple[int, int], tuple[int, int]] = {}
        ids: dict[tuple[int, int], str] = {}
        units = []
        for i, k in enumerate(keys):
            for j, item in enumerate(doc[section][k]):
                span = align.find_span(texts[i].text, item["text_start"], item["text_end"])
                if span is None:
                    raise InputError(f"{path}: {k}:{item['id']} not found in {doc['articles'][k]}")
                spans[(i, j)], ids[(i, j)] = span, f"{k}:{item['id']}"
                units.append(align.Unit(i, j, texts[i].text[span[0]:span[1]], item.get("speaker") or item.get("by"),
                                        align.content_words(texts[i], *span)))
        by_span = [(ids[x.a], ids[x.b]) for x in align.align(units, weights, threshold=threshold)]
        extracted = [u for i, a in enumerate(analyses) for u in units_of(a, i, section, texts[i])]

        def hand_id(u: align.Unit) -> str:
            x = getattr(analyses[u.article].extraction, section)[u.index]
            best, most = None, 0
            for (i, j), (s, e) in spans.items():
                overlap = min(e, x.end) - max(s, x.start)
                if i == u.article and overlap > most:
                    best, most = ids[(i, j)], overlap
            return best or f"{keys[u.article]}:extracted-{u.index + 1}"

        names = {(u.article, u.index): hand_id(u) for u in extracted}
        pred = {(names[x.a], names[x.b]) for x in align.align(extracted, weights, threshold=threshold)}
        out[section] = {"spans": align.pair_scores(by_span, gold),
                        "extracted": align.pair_scores({p for p in pred if p[0] != p[1]}, gold)}
    return out


# ---------------------------------------------------------------- what the comparison notebook shows
# Every piece of article text goes through present.esc / present.table (escaped), as in the report.
def title_block(c: Comparison) -> str:
    from .present import NOWRAP, esc, nowrap_dates

    first = c.analyses[0].extraction.article
    items = "".join(
        f"<li><b>{esc(lab)}</b> ({NOWRAP.format(esc(a.extraction.article.published or 'date unknown'))}): "
        f"{esc(a.extraction.article.title or a.extraction.article.id)}</li>"
        for lab, a in zip(c.labels, c.analyses))
    summary = "".join(f"<li>{nowrap_dates(esc(line))}</li>" for line in c.summary())
    return (f"<h1>One story, {len(c.analyses)} outlets: {esc(first.title or first.id)}</h1>"
            '<p class="nl-lede">newslens comparison: the same statements as each outlet carried them, '
            "what each reports that the others do not, and when.</p>"
            f'<ul class="nl-meta">{items}</ul>'
            f'<div class="nl-summary"><b>Differences</b><ul>{summary}</ul></div>')


def _heads(c: Comparison) -> dict[str, str]:
    """Article columns headed by their labels, escaped: the Styler escapes cells, not headers."""
    from .present import esc

    return {lab: esc(lab) for lab in c.labels}


def articles_table(c: Comparison) -> str:
    from .present import table

    return table(c.articles, {"article": "Article", "published": "Published", "words": "Words",
                              "sentences": "Sentences", "quotes": "Quotes", "demands": "Demands", "dates": "Dates",
                              "cites": "Sources cited"},
                 numeric=["words", "sentences", "quotes", "demands", "dates"], nowrap=["published"])


def actors_table(c: Comparison, top: Optional[int] = None) -> str:
    from .present import table

    df = c.actors
    df = df if top is None else df.head(top)
    for lab in c.labels:  # an absent actor shows the empty mark, not 0
        df[lab] = pd.Series([int(v) if v else None for v in df[lab]], index=df.index, dtype=object)
    cols = {"actor": "Actor", "type": "Type", **_heads(c), "articles": "In articles"}
    return table(df, cols, numeric=[*c.labels, "articles"])


def groups_table(c: Comparison, section: str = "quotes") -> str:
    """Side by side: one row per utterance (or demand), one column per article."""
    from .present import table

    df = c.quote_groups if section == "quotes" else c.demand_groups
    return table(df, {"group": "#", "who": "Speaker" if section == "quotes" else "By",
                      **_heads(c)})


def only_table(c: Comparison, section: str = "quotes") -> str:
    """What only one article has, of one section."""
    from .present import table

    df = c.differences
    df = df[df["what"] == "quote"] if section == "quotes" else df[df["what"].isin(["demand", "condition"])]
    return table(df, {"article": "Only in", "what": "What", "who": "Who", "detail": "Text"})


def dates_table(c: Comparison) -> str:
    from .present import table

    return table(c.dates, {"value": "Date", **_heads(c), "articles": "In articles"},
                 numeric=["articles"], nowrap=["value"])


def chart_window(c: Comparison) -> Optional[tuple[pd.Timestamp, pd.Timestamp]]:
    """The dates the chart shows: from the earliest article's focus start to the latest focus end or
    publication date; None when no article has a focus window."""
    starts = [a.focus[0] for a in c.analyses if a.focus]
    ends = [a.focus[1] for a in c.analyses if a.focus] + [a.extraction.article.published for a in c.analyses
                                                          if a.extraction.article.published]
    if not starts:
        return None
    return pd.Timestamp(min(starts)), pd.Timestamp(max(ends)) + pd.offsets.MonthEnd(0)


def timeline_chart(c: Comparison):
    """One row per article: a dot for each day it dates, a bar for each month or range, a grey tick
    at its publication date; dates before the window are counted in the title."""
    import matplotlib.dates as mdates
    import matplotlib.pyplot as plt

    from .present import ACCENT, DEMAND_RED, INK, MUTED, plain

    df = c.timeline.copy()
    df["s"], df["e"] = pd.to_datetime(df["start_date"]), pd.to_datetime(df["end_date"])
    window = chart_window(c)
    hidden = 0
    if window is not None and not df.empty:
        inside = (df["e"] >= window[0]) & (df["s"] <= window[1])
        hidden = int((~inside).sum())
        df = df[inside]
    labels = list(c.labels)
    fig, ax = plt.subplots(figsize=(7.2, 0.55 * len(labels) + 1.3))
    colors = [ACCENT, "#c2571a", "#2e8b57", "#8e44ad", DEMAND_RED, "#1f7a8c"]
    for y, lab in enumerate(labels):
        color = colors[y % len(colors)]
        mine = df[df["article"] == lab]
        for r in mine.itertuples():
            if r.granularity == "day":
                ax.plot([r.s], [y], "o", color=color, ms=6, zorder=3)
            else:
                ax.plot([r.s, r.e + pd.Timedelta(days=1)], [y, y], "-", color=color, lw=7, alpha=0.45,
                        solid_capstyle="butt", zorder=2)
        pub = c.analyses[y].extraction.article.published
        if pub:
            ax.plot([pd.Timestamp(pub)], [y], marker="|", color=MUTED, ms=16, mew=2, zorder=1)
    ax.set_yticks(range(len(labels)), [plain(x) for x in labels], color=INK)
    ax.set_ylim(len(labels) - 0.4, -0.6)
    if window is not None:
        ax.set_xlim(window[0] - pd.Timedelta(days=5), window[1] + pd.Timedelta(days=5))
    ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(ax.xaxis.get_major_locator()))
    ax.grid(axis="x", color="#e3e6ec", lw=0.8)
    title = "Dates in each article\ndot: a day · bar: a month or a range · grey tick: publication"
    if hidden:
        title += f"\n{hidden} date{'s' if hidden > 1 else ''} outside this window: see the table below"
    ax.set_title(title, loc="left", color=INK)
    fig.tight_layout()
    return fig
