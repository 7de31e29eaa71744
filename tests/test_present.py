"""What the report shows: timeline rows and labels, table cells, chart captions, escaping."""
import re
from datetime import date
from html.parser import HTMLParser

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402
import pandas as pd  # noqa: E402
import pytest  # noqa: E402
from matplotlib.text import Text  # noqa: E402

from newslens import present, quality  # noqa: E402
from newslens.analysis import Analysis  # noqa: E402
from newslens.loader import Article  # noqa: E402
from newslens.model import Actor, ArticleInfo, Demand, Extraction, Quote, Timex  # noqa: E402

HOSTILE = '<script>alert("x")</script> & <img src=x onerror=alert(1)> $x^2$'


def tx(expression, start, end=None, *, value=None, event=None, at=0, granularity="day"):
    end = end or start
    return Timex(expression=expression, value=value or (start if start == end else f"{start}/{end}"),
                 start_date=start, end_date=end, granularity=granularity, event=event, start=at,
                 end=at + len(expression))


def analysis(*, timeline=(), actors=(), quotes=(), demands=(), published="2024-03-01", focus=None,
             title="Test", outlet=None, inferred=False):
    info = ArticleInfo(id="t", title=title, published=published, published_inferred=inferred, outlet=outlet,
                       n_words=10, n_sentences=1)
    ext = Extraction(info, tuple(actors), tuple(quotes), tuple(demands), tuple(timeline))
    return Analysis(Article(id="t", text="x" * 400, title=title, published=published), ext, focus)


@pytest.fixture(autouse=True)
def _close_figures():
    present.style_charts()
    yield
    plt.close("all")


def chart_texts(fig) -> list[Text]:
    fig.canvas.draw()
    texts = [t for t in fig.findobj(Text) if t.get_text() and t.get_visible()]
    return texts


# ---------------------------------------------------------------- merged spans
def test_reference_same_span_expressions_share_one_row(reference):
    rows = present.timeline_rows(reference)
    assert len(rows) == len(reference.timeline) - 1
    turn = rows[rows["value"] == "2021-12/2022-01"]
    assert len(turn) == 1
    assert set(turn.iloc[0]["expressions"]) == {"grudnia-stycznia", "z przełomu roku"}
    assert not rows.duplicated(["start_date", "end_date"]).any()


def test_merge_keeps_text_order_drops_case_duplicates_and_sorts_by_date():
    a = analysis(timeline=[
        tx("W lipcu", "2024-07-01", "2024-07-31", value="2024-07", at=50, event="wyższe rachunki"),
        tx("Od lipca", "2024-07-01", "2024-07-31", value="2024-07", at=10),
        tx("w lipcu", "2024-07-01", "2024-07-31", value="2024-07", at=90, event="później"),
        tx("wczoraj", "2024-06-27", at=200, event="URE zatwierdził taryfy"),
    ])
    rows = present.timeline_rows(a)
    assert list(rows["value"]) == ["2024-06-27", "2024-07"]
    july = rows.iloc[1]
    assert july["expressions"] == ("Od lipca", "W lipcu")
    assert july["event"] == "wyższe rachunki"  # the first event the text gives
    assert july["start"] == 10


def test_a_merged_row_prefers_an_event_phrase_that_fits_its_label_uncut():
    long = "jest właściwie chęć USA do powrotu do sytuacji i postawienia pytania o wszystko"
    a = analysis(timeline=[tx("grudnia-stycznia", "2021-12-01", "2022-01-31", at=5, event=long),
                           tx("z przełomu roku", "2021-12-01", "2022-01-31", at=50, event="Żądania Rosji"),
                           tx("17 grudnia", "2021-12-17", at=80, event=long)])
    rows = present.timeline_rows(a)
    assert list(rows["event"]) == ["Żądania Rosji", long]  # a lone long phrase stays (and is cut in the label)


def test_merged_span_is_one_bar_labelled_with_both_expressions(reference):
    fig = present.timeline_chart(reference)
    texts = [t.get_text() for t in chart_texts(fig)]
    merged = [t for t in texts if "2021-12/2022-01" in t]
    assert len(merged) == 1 and "grudnia-stycznia" in merged[0] and "z przełomu roku" in merged[0]
    # one drawn mark per distinct span (bars and dots inside the date panels)
    starts = set()
    for ax in fig.axes[1:]:  # fig.axes[0] is the label column
        for patch in ax.patches:
            if patch.get_height() == pytest.approx(0.42):
                starts.add(round(patch.get_y() + patch.get_height() / 2))
        for line in ax.lines:
            if line.get_marker() == "o":
                starts.add(round(line.get_ydata()[0]))
    assert starts == set(range(len(present.timeline_rows(reference))))


# ---------------------------------------------------------------- labels
@pytest.mark.parametrize("text, limit, expected", [
    ("Rosja przedstawiła dwie umowy", 40, "Rosja przedstawiła dwie umowy"),
    ("Przywódcy państw NATO zakończyli dwudniowy szczyt w Wilnie", 30, "Przywódcy państw NATO…"),
    ("nigdy nie był bliżej Ukrainy niż", 40, "nigdy nie był bliżej Ukrainy…"),  # dangling word, uncut phrase
    ("rachunki za energię elektryczną wzrosną średnio o 30 proc", 36, "rachunki za energię elektryczną…"),
    ("w których znajdowały się (przed przystąpieniem państw Europy Wschodniej do sojuszu)", 40,
     "w których znajdowały się…"),  # a cut parenthesis goes entirely
    ("Wspólny Miecz-2024A” mają potrwać", 40, "Wspólny Miecz-2024A mają potrwać"),  # unpaired quote mark
    ("Superkalifragilistycznieprzydługie", 12, "Superkalifr…"),
    ("  spaces\n and\tbreaks  ", 40, "spaces and breaks"),
    ("", 40, ""),
    (None, 40, ""),
])
def test_short_label(text, limit, expected):
    assert present.short_label(text, limit) == expected


def test_short_label_never_exceeds_the_limit_nor_ends_on_a_dangling_word():
    words = "Komisja Europejska zapowiedziała w czwartek że do połowy marca przedstawi propozycje zmian i na tym".split()
    dangling = {"w", "że", "do", "i", "na"}
    for limit in range(4, 80):
        label = present.short_label(" ".join(words), limit)
        assert len(label) <= limit, (limit, label)
        last = label.rstrip("…").split()[-1]
        assert last.lower() not in dangling, (limit, label)


def test_row_label_lists_every_expression_and_the_whole_date():
    row = present.timeline_rows(analysis(timeline=[
        tx("grudnia-stycznia", "2021-12-01", "2022-01-31", value="2021-12/2022-01", at=5, event="Żądania Rosji"),
        tx("z przełomu roku", "2021-12-01", "2022-01-31", value="2021-12/2022-01", at=50)])).iloc[0]
    event, detail = present.row_label(row)
    assert event == "Żądania Rosji"
    assert detail == "grudnia-stycznia / z przełomu roku · 2021-12/2022-01"
    event, detail = present.row_label(row, 48, 12)  # a narrow column cuts the expressions, not the date
    assert detail.endswith("… · 2021-12/2022-01")
    no_event = present.timeline_rows(analysis(timeline=[tx("wczoraj", "2024-02-29")])).iloc[0]
    assert present.row_label(no_event) == ("wczoraj", "2024-02-29")


def test_labels_fit_their_column_and_no_marker_line_crosses_a_label(reference):
    long = "bardzo " * 30 + "długie wydarzenie"
    a = analysis(timeline=[tx("17 grudnia", "2021-12-17", at=1, event=long),
                           tx("wczoraj", "2022-10-29", at=40, event="Putin oświadczył"),
                           tx("w maju 1997 r.", "1997-05-01", "1997-05-31", value="1997-05", at=80, event=long)],
                 demands=[Demand(n=1, text="d", date="2021-12-17")], published="2022-10-30",
                 focus=("2021-12-01", "2022-02-28"))
    for case in (reference, a):
        fig = present.timeline_chart(case)
        renderer = fig.canvas.get_renderer()
        texts = chart_texts(fig)
        boxes = [t.get_window_extent(renderer) for t in texts]
        lines = [ln for ax in fig.axes for ln in ax.lines if ln.get_linestyle() in ("-", "--") and ln.get_marker() in ("None", "")]
        assert len(lines) == 2  # the demands and the publication markers
        for ln in lines:
            path = ln.get_transform().transform(ln.get_xydata())
            x, (y0, y1) = path[0][0], sorted((path[0][1], path[1][1]))
            for t, b in zip(texts, boxes):
                crosses = b.x0 <= x <= b.x1 and not (b.y1 < y0 or b.y0 > y1)
                assert not crosses, (t.get_text(), ln.get_color())
        column = 0.42 * fig.bbox.width
        row_labels = [b for t, b in zip(texts, boxes) if t.axes is fig.axes[0]]
        assert row_labels and all(b.x1 < column for b in row_labels)


def test_an_old_date_gets_a_panel_of_its_own_and_the_focus_stays_wide(reference):
    fig = present.timeline_chart(reference)
    panels = present.timeline_panels(
        [(r.start_date, r.end_date) for r in present.timeline_rows(reference).itertuples()],
        (pd.Timestamp("2021-12-01"), pd.Timestamp("2022-02-28")))
    assert [p.focus for p in panels] == [False, True, False]
    assert panels[0].hi < pd.Timestamp("2021-12-01") and panels[0].lo.year == 1997
    widths = [ax.get_position().width for ax in fig.axes[1:]]
    assert max(widths) > 2.5 * sorted(widths)[-2]  # the focus panel is the main one


def test_panels_never_overlap_and_cover_every_span():
    spans = [(pd.Timestamp(a), pd.Timestamp(b)) for a, b in [
        ("2019-01-01", "2022-12-31"), ("2023-03-01", "2023-03-31"), ("2024-04-18", "2024-04-18"),
        ("2030-01-01", "2030-12-31"), ("2040-06-01", "2040-06-01"), ("2050-01-01", "2050-01-01")]]
    panels = present.timeline_panels(spans, (pd.Timestamp("2023-03-01"), pd.Timestamp("2023-03-31")))
    assert sum(p.focus for p in panels) == 1 and len(panels) <= 5
    for p, q in zip(panels, panels[1:]):
        assert p.hi < q.lo
    for s, e in spans:
        assert any(p.lo <= s <= p.hi for p in panels) and any(p.lo <= e <= p.hi for p in panels)


def test_too_many_spans_are_cut_and_the_title_says_so():
    days = pd.date_range("2024-01-01", periods=40, freq="D")
    a = analysis(timeline=[tx(f"dzień {i}", d.date().isoformat(), at=i) for i, d in enumerate(days)],
                 focus=("2024-01-01", "2024-01-31"))
    fig = present.timeline_chart(a, max_rows=30)
    assert any("30 of 40 dated spans" in t.get_text() for t in chart_texts(fig))
    fig = present.timeline_chart(a, max_rows=50)
    assert not any(" of 40" in t.get_text() for t in chart_texts(fig))


# ---------------------------------------------------------------- top-N captions
def actors(n):
    return [Actor(name=f"Aktor {i}", type="person", mentions=n - i, first_offset=i) for i in range(n)]


def test_mentions_chart_says_when_it_shows_a_top_n():
    fig = present.mentions_chart(analysis(actors=actors(18)))
    title = fig.axes[0].get_title(loc="left")
    assert title == "Actor mentions, by type: the 15 most mentioned actors of 18"
    assert len(fig.axes[0].patches) == 15
    fig = present.mentions_chart(analysis(actors=actors(5)))
    assert " of " not in fig.axes[0].get_title(loc="left")


def test_quote_share_chart_says_when_it_shows_a_top_n():
    quotes = [Quote(speaker=f"Mówca {i}", kind="direct", text="t") for i in range(20)]
    fig = present.quote_share_chart(analysis(quotes=quotes), top=15)
    assert "the 15 most quoted speakers of 20" in fig.axes[0].get_title(loc="left")
    fig = present.quote_share_chart(analysis(quotes=quotes[:4]))
    assert "most quoted" not in fig.axes[0].get_title(loc="left")


# ---------------------------------------------------------------- tables
class Cells(HTMLParser):
    """Each <td>'s inner HTML, by column header."""

    def __init__(self, html):
        super().__init__()
        self.headers, self.rows, self._cell, self._in = [], [], None, None
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        if tag in ("th", "td"):
            self._in, self._cell = tag, []
        elif tag == "tr":
            self.rows.append([])
        elif self._cell is not None:
            self._cell.append(self.get_starttag_text())

    def handle_endtag(self, tag):
        if tag in ("th", "td") and self._cell is not None:
            text = "".join(self._cell)
            (self.headers.append(text.strip()) if self._in == "th" else self.rows[-1].append(text))
            self._cell = None
        elif self._cell is not None:
            self._cell.append(f"</{tag}>")

    def handle_data(self, data):
        if self._cell is not None:
            self._cell.append(data)

    def column(self, name):
        k = self.headers.index(name)
        return [r[k] for r in self.rows if r]


NOWRAP_CELL = re.compile(r'^<span class="nl-nowrap" style="white-space:nowrap">[0-9/-]+</span>$')


def test_dates_never_wrap_in_the_demands_and_timeline_tables(reference):
    demands = Cells(present.demands_table(reference, "item")).column("Made\u00a0on")
    assert demands and all(NOWRAP_CELL.match(c) for c in demands), demands
    values = Cells(present.timeline_table(reference)).column("Value")
    assert len(values) == len(reference.timeline) and all(NOWRAP_CELL.match(c) for c in values), values
    conditions = Cells(present.demands_table(reference, "condition")).column("Made\u00a0on")
    assert conditions and set(conditions) == {"—"}  # no date: the empty-cell mark, not an empty span


def test_dates_never_wrap_in_the_title_block(reference):
    block = present.title_block(reference)
    summary = block[block.index('class="nl-summary"'):]
    bare = re.sub(r'<span class="nl-nowrap" style="white-space:nowrap">[^<]*</span>', "", summary)
    assert not re.search(r"\d{4}-\d{2}", bare)
    assert "2021-12-17" in summary and "2021-12-01" in summary
    meta = block[:block.index('class="nl-summary"')]
    assert '<span class="nl-nowrap" style="white-space:nowrap">2022-10-30</span>' in meta


def test_one_empty_cell_mark_and_one_spelling(reference):
    html = present.actors_table(reference)
    forms = Cells(html).column("Forms seen")
    assert "" not in [c.strip() for c in forms] and "—" in forms  # "Rossija 1" has no other form
    assert "organisation" not in html and "organization" in html
    assert "organisation" not in present.legend()
    fig = present.mentions_chart(reference)
    assert [t.get_text() for t in fig.axes[0].get_legend().get_texts()] == list(present.TYPE_COLORS)


def test_quality_table_uses_the_empty_cell_mark(reference, gold):
    cells = Cells(quality.report_html(reference, gold))
    assert "" not in [c.strip() for c in cells.column("other")]


# ---------------------------------------------------------------- escaping
def hostile_analysis():
    return analysis(
        title=HOSTILE, outlet=HOSTILE,
        actors=[Actor(name=HOSTILE, type="person", role=HOSTILE, aliases=(HOSTILE,), mentions=3)],
        quotes=[Quote(speaker=HOSTILE, kind="direct", text=HOSTILE, verb=HOSTILE, via=HOSTILE)],
        demands=[Demand(n=1, text=HOSTILE, by=HOSTILE, of=HOSTILE, action=HOSTILE, lead_in=HOSTILE,
                        date="2024-02-01"),
                 Demand(n=2, kind="condition", text=HOSTILE, by=HOSTILE)],
        timeline=[tx(HOSTILE, "2024-02-01", event=HOSTILE, at=3),
                  tx(HOSTILE + " 2", "2024-02-01", event=HOSTILE, at=30)],
        focus=("2024-02-01", "2024-02-29"))


def test_every_table_and_block_escapes_hostile_text():
    a = hostile_analysis()
    blocks = [present.title_block(a), present.actors_table(a), present.quotes_table(a), present.speakers_table(a),
              present.demands_lead_in(a), present.demands_table(a, "item"), present.demands_table(a, "condition"),
              present.timeline_table(a), present.section(HOSTILE, HOSTILE), present.subheading(HOSTILE),
              present.note(HOSTILE)]
    for block in blocks:
        assert block
        lowered = block.lower()
        assert "<script" not in lowered and "<img" not in lowered, block[:200]
        assert "&lt;script&gt;" in block, block[:200]


def test_chart_labels_keep_hostile_text_literal():
    a = hostile_analysis()
    for make in (present.mentions_chart, present.quote_share_chart, present.timeline_chart):
        fig = make(a)
        texts = [t.get_text() for t in chart_texts(fig)]
        shown = [t for t in texts if "script" in t]
        assert shown, make.__name__
        # a "$" is escaped, so matplotlib prints it instead of reading "$x^2$" as mathtext
        assert all("$" not in t.replace(r"\$", "") for t in shown), shown
        svg = present.figure_bytes(fig, "svg").decode("utf-8")
        assert "<script" not in svg and "&lt;script&gt;" in svg


def test_show_figure_writes_png_and_svg_from_one_figure_and_returns_the_png(tmp_path):
    fig = present.timeline_chart(hostile_analysis())
    image = present.show_figure(fig, str(tmp_path), "timeline")
    png = (tmp_path / "figures" / "timeline.png").read_bytes()
    svg = (tmp_path / "figures" / "timeline.svg").read_text("utf-8")
    assert image.data == png and png.startswith(b"\x89PNG")
    assert svg.lstrip().startswith("<?xml") and "Timeline: what happened when" in svg
    assert not plt.fignum_exists(fig.number)  # closed: the notebook does not draw it a second time
    assert not [p for p in (tmp_path / "figures").iterdir() if p.name.startswith(".")]


def test_quality_section_escapes_hostile_misses_and_is_one_unbroken_block():
    gold = {"actors": [{"name": HOSTILE + " X", "type": "person"}],
            "quotes": [{"speaker": HOSTILE, "text": HOSTILE + " Y", "kind": "direct"}], "demands": [], "timeline": []}
    block = quality.report_html(hostile_analysis(), gold)
    assert "<script" not in block.lower() and "<img" not in block.lower()
    assert "actors missed: &lt;script&gt;" in block
    assert block.startswith('<div class="nl-quality" style="break-inside:avoid')


def test_without_a_focus_window_the_busiest_run_of_dates_is_the_main_panel():
    spans = [(pd.Timestamp(a), pd.Timestamp(b)) for a, b in [
        ("1990-01-01", "1999-12-31"), ("2024-05-20", "2024-05-20"), ("2024-05-23", "2024-05-24"),
        ("2024-06-01", "2024-06-30")]]
    panels = present.timeline_panels(spans, None)
    main = next(p for p in panels if p.focus)
    assert main.first == pd.Timestamp("2024-05-20") and main.last == pd.Timestamp("2024-06-30")
    assert panels[0].last < pd.Timestamp("2000-01-01") and not panels[0].focus


def test_bar_charts_keep_long_and_alike_names_apart_and_draw_once_per_format(tmp_path, monkeypatch):
    from matplotlib.figure import Figure

    stem = "Ogólnopolskie Porozumienie Związków Zawodowych Województwa "
    people = [Actor(name=stem + s, type="organization", mentions=5 - i, first_offset=i)
              for i, s in enumerate(("Mazowieckiego", "Małopolskiego"))]
    fig = present.mentions_chart(analysis(actors=people))
    labels = [t.get_text() for t in fig.axes[0].get_yticklabels()]
    assert len(fig.axes[0].patches) == 2 and len(labels) == 2
    assert all(len(t) <= present.BAR_CHARS and t.endswith("…") for t in labels)
    draws = []
    original = Figure.draw
    monkeypatch.setattr(Figure, "draw", lambda self, r: (draws.append(1), original(self, r))[1])
    present.save_figure(fig, str(tmp_path), "actor-mentions")
    assert len(draws) == 2  # one PNG, one SVG: no layout engine, no tight bbox re-measuring


def test_interactive_frames_show_the_empty_mark_for_missing_text_only():
    df = pd.DataFrame({"speaker": pd.array(["Nowak", None], dtype="string"), "via": [None, "PAP"],
                       "start_date": [date(2022, 1, 1), None], "start": [3, 7]})
    out = present.interactive(df)
    assert list(out["speaker"]) == ["Nowak", present.EMPTY]
    assert list(out["via"]) == [present.EMPTY, "PAP"]
    assert out["start_date"].iloc[1] is None  # a date column is no text column: left as it is
    assert list(out["start"]) == [3, 7] and out["start"].dtype == df["start"].dtype
    assert pd.isna(df["via"].iloc[0])  # the analysis frame itself is untouched
    no_outlet = pd.DataFrame({"via": pd.Series([None, None], dtype=object)})  # no quote has an outlet
    assert list(present.interactive(no_outlet)["via"]) == [present.EMPTY, present.EMPTY]


def test_a_list_spread_over_sentences_shows_each_items_own_lead_in_and_no_single_one():
    spread = analysis(demands=[Demand(n=1, text="podwyżek", lead_in="Związkowcy domagają się …", by="ZZ"),
                               Demand(n=2, text="dodatku", lead_in="Kolejnym postulatem jest …", by="ZZ"),
                               Demand(n=3, kind="condition", text="jeśli nie", lead_in="Zapowiadają, że …")])
    assert present.demands_lead_in(spread) == ""
    stated = Cells(present.demands_table(spread, "item")).column("Stated as")
    assert stated == ["Związkowcy domagają się …", "Kolejnym postulatem jest …"]
    assert "Stated as" not in present.demands_table(spread, "condition")
    one_list = analysis(demands=[Demand(n=1, text="A", lead_in="Rosja żąda:"), Demand(n=2, text="B", lead_in="Rosja żąda:")])
    assert "Rosja żąda:" in present.demands_lead_in(one_list)
    assert "Stated as" not in present.demands_table(one_list, "item")


def _items(*pairs):
    return [Demand(n=i + 1, text=f"item {i}", by=by, of=of, date="2021-12-17" if of else None)
            for i, (by, of) in enumerate(pairs)]


@pytest.mark.parametrize("pairs,expected", [
    # one demander and one addressee: the sentence names both (the reference article's six)
    ([("Rosja", "USA, NATO")] * 3, "3 enumerated demands by Rosja of USA, NATO on 2021-12-17."),
    # several demanders: none is credited with the others' items
    ([("rodzice", "Jan Lis")] * 3 + [("związkowcy", None)] * 2 + [("Zarząd Powiatu", None)],
     "6 enumerated demands from 3 demanders: rodzice (3), związkowcy (2), Zarząd Powiatu (1)."),
    # one demander, two addressees: the addressee is left out rather than the first one named
    ([("Komitet", "Ministerstwo")] + [("Komitet", "Spółka")], "2 enumerated demands by Komitet on 2021-12-17."),
    ([(None, None)] * 2, "2 enumerated demands."),
    ([("rolnicy", None)], "1 enumerated demand by rolnicy."),  # one item: the noun in the singular
    ([("Komitet", None), (None, None)], "2 enumerated demands from 2 demanders: Komitet (1), no stated demander (1)."),
])
def test_summary_credits_demands_only_to_who_made_them(pairs, expected):
    assert expected in present.summary(analysis(demands=_items(*pairs)))


def _actors(*counts):
    return [Actor(name=f"A{i}", type="person", mentions=n, first_offset=i) for i, n in enumerate(counts)]


@pytest.mark.parametrize("counts,expected", [
    ((4, 3, 2, 1), "Most mentioned: A0 (4), A1 (3), A2 (2)."),
    # a tie across the cut: the third is not picked from nine actors with one mention each
    ((4, 3) + (1,) * 9, "Most mentioned: A0 (4), A1 (3)."),
    ((5, 2, 2, 2), "Most mentioned: A0 (5)."),  # three share the count of the first left out
    ((1, 1, 1), "3 actors, each mentioned 1 time."),  # no distinction to report
    ((2, 2, 2, 2, 1), "5 actors, none mentioned more than 2 times."),  # a tie across the cut, not all equal
    ((2,), "Most mentioned: A0 (2)."),
    ((1,), "One actor: A0 (1)."),
])
def test_summary_names_the_most_mentioned_without_cutting_through_a_tie(counts, expected):
    assert present.summary(analysis(actors=_actors(*counts))).startswith(expected)


def _quotes(*speakers):
    return [Quote(speaker=s, kind="direct", text=f"słowa {i}") for i, s in enumerate(speakers)]


@pytest.mark.parametrize("speakers,expected", [
    # a group speaker is no English subject: no lower-case sentence start, no verb to agree
    (("przewoźnicy",) * 3 + ("Jan Lis",), "Most quoted: przewoźnicy (3 of 4 quotes; 2 speakers in all)."),
    (("Jan Lis", "Anna Kos", None), "Most quoted: Jan Lis and Anna Kos (1 of 3 quotes each; 2 speakers in all)."),
    (("A", "B", "C", "D"), "4 speakers, none quoted more than 1 of 4 times."),
])
def test_summary_most_quoted(speakers, expected):
    assert expected in present.summary(analysis(quotes=_quotes(*speakers)))


def test_a_heading_over_numbers_is_right_aligned_like_them():
    html = present.table(pd.DataFrame({"Speaker": ["Jan Lis"], "Quotes": [3]}), numeric=["Quotes"])
    uid = re.search(r'<table id="(T_\w+)"', html).group(1)
    assert re.search(rf"#{uid} th\.col1 \{{\s*text-align: right;", html)  # the Quotes heading (column 1)
    assert f"#{uid} th.col0" not in html  # a text column's heading stays left
