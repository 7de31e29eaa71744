"""newslens.compare: several articles on one story, aligned; the comparison notebook and its render."""
import json
import re

import pytest

import newslens
from newslens import compare as compare_fn
from newslens.compare import (Comparison, actors_table, articles_table, dates_table, groups_table, only_table,
                              score_hand, title_block)
from newslens.compare_render import cli_compare, render_comparison
from newslens.loader import InputError

from .conftest import REFERENCE, ROOT

COMPARE = ROOT / "data" / "compare"
KURIER = COMPARE / "kurier-lawrow-warunki.txt"
OBSERWATOR = COMPARE / "obserwator-kreml-rozmowy.txt"
HOSTILE = ("Jan Kowalski powiedział: „<script>alert(1)</script> nie oddamy ani złotówki & nie ustąpimy”. "
           "Nowak odpowiedział, że „<b>pensje</b> wzrosną od 1 września 2024 r. o 300 złotych”.")


@pytest.fixture(scope="module")
def three() -> Comparison:
    return compare_fn([REFERENCE, KURIER, OBSERWATOR])


def test_exported_from_the_package():
    assert newslens.compare is compare_fn and "compare" in newslens.__all__


def test_articles_side_by_side(three):
    df = three.articles
    assert list(df["article"]) == ["wprost.pl", "Kurier Wschodni", "Obserwator Polityczny"]
    assert list(df["published"]) == ["2022-10-30", "2022-10-30", "2022-10-31"]
    assert (df["words"] > 150).all() and df.loc[0, "words"] > df.loc[2, "words"]
    assert "TASS" in df.loc[0, "cites"] and "RIA Nowosti" in df.loc[1, "cites"]
    assert "Kurier Wschodni" in df.loc[2, "cites"]  # the Obserwator cites the Kurier by name


def test_actors_across_articles(three):
    df = three.actors.set_index("actor")
    assert {"wprost.pl", "Kurier Wschodni", "Obserwator Polityczny", "articles", "mentions"} <= set(df.columns)
    assert df.loc["Siergiej Ławrow", "articles"] == 3
    assert df.loc["Genewa", "Kurier Wschodni"] == 1 and df.loc["Genewa", "articles"] == 1
    assert df.loc["Genewa", "wprost.pl"] == 0
    assert df["articles"].is_monotonic_decreasing


def group_of(df, article, fragment):
    rows = df[(df["article"] == article) & df["text"].str.contains(fragment, regex=False)]
    assert len(rows) == 1, (article, fragment)
    return rows.iloc[0]["group"]


def test_quotes_aligned_across_outlets(three):
    q = three.quotes
    # the same partial quote in two outlets, one of them relayed through TASS
    assert group_of(q, "wprost.pl", "platformy do negocjacji") == group_of(q, "Obserwator Polityczny", "platformy do negocjacji")
    # a partial quote matched to another outlet's full sentence
    g = group_of(q, "Obserwator Polityczny", "usiąść z nimi do stołu negocjacyjnego")
    assert group_of(q, "wprost.pl", "To jest właściwie chęć USA") == g
    part = q[(q["group"] == g) & (q["article"] == "Obserwator Polityczny")].iloc[0]
    assert part["share"] < 0.5 and not part["only"]
    # what only the reference has
    kreml = q[q["text"].str.contains("reaguje na zagrożenia")].iloc[0]
    assert kreml["only"] and kreml["in_articles"] == 1
    # the Putin quotes and the Ławrow quotes never share a group
    for gid, part in q.groupby("group"):
        assert part["speaker"].dropna().nunique() <= 1, gid


def test_quote_groups_one_column_per_article(three):
    g = three.quote_groups
    assert list(g.columns) == ["group", "who", "wprost.pl", "Kurier Wschodni", "Obserwator Polityczny"]
    row = g[g["wprost.pl"].fillna("").str.contains("nie ma jeszcze platformy")].iloc[0]
    assert "via TASS" in row["wprost.pl"] and pd_isna(row["Kurier Wschodni"])


def pd_isna(v):
    return v is None or v != v


def test_timeline_and_dates(three):
    t = three.timeline
    assert set(t["article"]) == set(three.labels) and list(t["start_date"]) == sorted(t["start_date"])
    d = three.dates.set_index("value")
    assert d.loc["2022-02-24", "articles"] == 3  # the invasion date is in every version


def test_differences_and_summary(three):
    diff = three.differences
    assert set(diff["what"]) <= {"quote", "demand", "condition", "actor", "date"}
    assert ((diff["article"] == "Kurier Wschodni") & diff["detail"].str.startswith("Genewa")).any()
    lines = three.summary()
    assert lines[0].startswith("3 articles;")
    assert any(line.startswith("Obserwator Polityczny alone:") and "It cites Kurier Wschodni" in line for line in lines)


def test_save_writes_tables_and_json(three, tmp_path):
    three.save(tmp_path)
    doc = json.loads((tmp_path / "comparison.json").read_text("utf-8"))
    assert doc["labels"] == list(three.labels) and len(doc["quote_links"]) == len(three.quote_links)
    for name in ("articles", "actors", "quotes", "quote_groups", "demands", "demand_groups", "timeline", "dates",
                 "differences"):
        assert (tmp_path / "tables" / f"{name}.csv").stat().st_size > 0, name


def test_hand_alignment_score():
    scores = score_hand(COMPARE / "alignment.json")
    spans = scores["quotes"]["spans"]
    # measured 0.93 / 0.76 when written; a generous floor catches a broken aligner
    assert spans.precision >= 0.8 and spans.recall >= 0.6
    assert scores["demands"]["spans"].precision >= 0.8
    assert scores["quotes"]["extracted"].tp > 0


def test_bad_input(tmp_path):
    with pytest.raises(InputError, match="at least two"):
        compare_fn([REFERENCE])
    with pytest.raises(InputError, match="at least two"):
        compare_fn([REFERENCE, str(REFERENCE)])
    with pytest.raises(InputError, match="list of article paths"):
        compare_fn(str(REFERENCE))
    with pytest.raises(InputError):
        compare_fn([REFERENCE, tmp_path / "missing.txt"])


def test_render_refuses_a_folder_that_is_not_a_comparison(tmp_path):
    (tmp_path / "keep.txt").write_text("mine")
    with pytest.raises(InputError, match="not a comparison folder"):
        render_comparison([REFERENCE, KURIER], tmp_path)
    assert [p.name for p in tmp_path.iterdir()] == ["keep.txt"]
    with pytest.raises(InputError, match="unknown format"):
        render_comparison([REFERENCE, KURIER], tmp_path / "c", formats=["docx"])
    assert not (tmp_path / "c").exists()


def test_cli_helper_bad_input_is_one_line_and_exit_2(tmp_path, capsys):
    with pytest.raises(SystemExit) as exc:
        cli_compare([str(REFERENCE), str(tmp_path / "missing.txt")], str(tmp_path / "out"), ("html",))
    assert exc.value.code == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith("newslens: error:") and "missing.txt" in err[0]
    assert not (tmp_path / "out").exists()


@pytest.fixture(scope="module")
def hostile(tmp_path_factory):
    d = tmp_path_factory.mktemp("hostile")
    for name, outlet in (("a", "<b>Evil</b> & Co"), ("b", "Gazeta <i>Druga</i>")):
        (d / f"{name}.txt").write_text(HOSTILE, encoding="utf-8")
        (d / f"{name}.meta.json").write_text(json.dumps({"title": f"<script>x()</script> {name}", "outlet": outlet,
                                                         "published": "2024-08-01"}), encoding="utf-8")
    return d


def test_html_blocks_escape_article_text(hostile):
    c = compare_fn([hostile / "a.txt", hostile / "b.txt"])
    assert not c.quotes.empty and c.quotes["in_articles"].max() == 2
    html = "".join([title_block(c), articles_table(c), actors_table(c), groups_table(c, "quotes"),
                    groups_table(c, "demands"), only_table(c, "quotes"), dates_table(c)])
    assert "<script" not in html and "<b>Evil" not in html and "<i>" not in html and "<b>pensje" not in html
    assert "&lt;script&gt;" in html and "&lt;b&gt;Evil&lt;/b&gt; &amp;amp; Co" not in html
    assert html.count("&lt;b&gt;Evil&lt;/b&gt; &amp; Co") >= 3  # title block, table headers, summary


@pytest.mark.slow
def test_render_comparison_html_and_pdf(tmp_path, hostile):
    out = tmp_path / "cmp"
    done = render_comparison([REFERENCE, KURIER, OBSERWATOR], out)
    for name in ("comparison.html", "comparison.pdf", "comparison.ipynb", "comparison.json", "tables/quotes.csv",
                 "figures/timeline.png"):
        assert (out / name).stat().st_size > 0, name
    assert set(done.files) >= {"comparison.html", "comparison.pdf"}
    html = (out / "comparison.html").read_text("utf-8")
    for heading in ("The articles", "Actors across articles", "The same utterance across outlets",
                    "Demands and conditions", "One timeline"):
        assert f">{heading}</h2>" in html, heading
    assert "<script" not in html.lower() and "import " not in html and "Traceback" not in html
    assert (out / "comparison.pdf").read_bytes().startswith(b"%PDF")
    nb = json.loads((out / "comparison.ipynb").read_text("utf-8"))
    injected = next("".join(c["source"]) for c in nb["cells"] if "injected-parameters" in c["metadata"].get("tags", []))
    assert re.search(r"article_paths = \[\s*['\"]/", injected), injected  # a real list, not a string
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")], "workspace left behind"
    # a second run replaces the comparison; hostile text stays escaped in the rendered page
    render_comparison([hostile / "a.txt", hostile / "b.txt"], out, formats=("html",))
    html = (out / "comparison.html").read_text("utf-8")
    assert "<script>alert" not in html and "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert not (out / "comparison.pdf").exists()
    assert re.search(r"<h1>One story, 2 outlets", html)


def test_cli_command_refuses_bad_input_with_exit_2(tmp_path):
    from click.testing import CliRunner

    from newslens.cli import main

    (tmp_path / "mine").mkdir()
    (tmp_path / "mine" / "keep.txt").write_text("x")
    for args, words in (([str(REFERENCE)], "at least two"),
                        ([str(REFERENCE), str(KURIER), "--format", "docx"], "unknown format"),
                        ([str(REFERENCE), str(KURIER), "--out", str(tmp_path / "mine")], "not a comparison folder")):
        result = CliRunner().invoke(main, ["compare", *args])
        assert result.exit_code == 2, args
        lines = result.output.strip().splitlines()
        assert len(lines) == 1 and words in lines[0], (args, result.output)
    assert [p.name for p in (tmp_path / "mine").iterdir()] == ["keep.txt"]
