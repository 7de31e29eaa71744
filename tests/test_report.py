"""End-to-end rendering: papermill runs the notebook, nbconvert writes HTML, Chromium the PDF."""
import re
import shutil

import pytest

from newslens.cli import main
from newslens.report import RenderError, render

from .conftest import FIXTURES, REFERENCE, ROOT

pytestmark = pytest.mark.slow

SECTIONS = ["Actors", "Quotes", "Demands", "Timeline", "The article", "Extraction quality"]


@pytest.fixture(scope="module")
def rendered(tmp_path_factory):
    out = tmp_path_factory.mktemp("report")
    return render(REFERENCE, out)


def test_reference_report_has_every_output(rendered):
    d = rendered.out_dir
    assert d.name == "lawrow-warunki-rozmow"
    for name in ["report.ipynb", "report.html", "report.pdf", "extract.json", "tables/actors.csv",
                 "tables/quotes.csv", "tables/demands.csv", "tables/timeline.csv", "figures/timeline.png",
                 "figures/timeline.svg"]:
        assert (d / name).is_file() and (d / name).stat().st_size > 0, name
    assert not [p for p in d.parent.iterdir() if p.name.startswith(".")], "temp dirs left behind"


def test_html_has_sections_and_no_code(rendered):
    html = (rendered.out_dir / "report.html").read_text("utf-8")
    for heading in SECTIONS:
        assert f">{heading}</h2>" in html, heading
    assert "newslens.analyze" not in html and "import " not in html  # no input cells
    assert "<script" not in html.lower()
    visible = re.sub(r"(?s)<style.*?</style>", "", html)
    assert "Out[" not in visible and "Warning" not in visible
    assert not re.search(r"""(src|href)=["']https?://""", html), "external request in the HTML"
    assert 'src="data:image/png;base64,' in html


def test_pdf_has_pages(rendered):
    from pypdf import PdfReader

    reader = PdfReader(str(rendered.out_dir / "report.pdf"))
    assert len(reader.pages) >= 3
    text = "".join(p.extract_text() for p in reader.pages)
    assert "Siergiej Ławrow" in text and "Timeline" in text
    assert abs(float(reader.pages[0].mediabox.width) - 595) < 2  # A4


def test_broken_notebook_fails_with_the_cell_and_leaves_nothing(tmp_path):
    with pytest.raises(RenderError) as err:
        render(REFERENCE, tmp_path, notebook=FIXTURES / "broken.py", formats=("html",))
    message = str(err.value)
    assert message.startswith("broken.py: cell 3 ('raise ValueError(")
    assert message.endswith("failed: ValueError: this fixture notebook is broken on purpose")
    assert list(tmp_path.iterdir()) == []


def test_failed_rerender_keeps_the_previous_report(tmp_path):
    first = render(REFERENCE, tmp_path, formats=("html",))
    before = (first.out_dir / "report.html").read_bytes()
    with pytest.raises(RenderError):
        render(REFERENCE, tmp_path, notebook=FIXTURES / "broken.py", formats=("html",))
    assert (first.out_dir / "report.html").read_bytes() == before


def test_hostile_article_is_escaped(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    for name in ("hostile.txt", "hostile.meta.json"):
        shutil.copy(FIXTURES / name, src / name)
    done = render(src / "hostile.txt", tmp_path / "out", formats=("html",))
    html = (done.out_dir / "report.html").read_text("utf-8")
    lowered = html.lower()
    for bad in ("<script", "<iframe", "<img src=x", "<b>prawda</b>", "<b>portal</b>"):
        assert bad not in lowered, bad
    assert not re.search(r"<[^>]*onerror=", lowered)
    assert "&lt;script&gt;" in html and "&lt;iframe" in html


def test_hostile_article_executes_nothing_in_chromium(tmp_path):
    """Load the rendered page in headless Chromium: the document title must stay untouched."""
    import subprocess

    src = tmp_path / "in"
    src.mkdir()
    shutil.copy(FIXTURES / "hostile.txt", src / "hostile.txt")
    done = render(src / "hostile.txt", tmp_path / "out", formats=("html",))
    proc = subprocess.run(["/usr/bin/chromium", "--headless", "--no-sandbox", "--disable-gpu",
                           "--disable-background-networking", "--no-first-run", "--dump-dom",
                           (done.out_dir / "report.html").as_uri()], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0
    assert "pwned" not in re.findall(r"<title>(.*?)</title>", proc.stdout)[0]


def test_corpus_render_writes_index_and_survives_a_failure(tmp_path):
    from click.testing import CliRunner

    src = tmp_path / "corpus"
    src.mkdir()
    shutil.copy(REFERENCE, src / "ref.txt")
    shutil.copy(FIXTURES / "hostile.txt", src / "hostile.txt")
    (src / "empty.txt").write_text("")
    result = CliRunner().invoke(main, ["render", str(src), "--out", str(tmp_path / "out"), "--format", "html"])
    assert result.exit_code == 1  # one failure, the rest rendered
    assert "empty.txt" in result.output and "2 rendered, 1 failed" in result.output
    index = (tmp_path / "out" / "index.html").read_text("utf-8")
    assert 'href="ref/report.html"' in index and 'href="hostile/report.html"' in index
    assert "empty file" in index


@pytest.mark.slow
def test_explore_notebook_runs_with_a_speaker_filter_and_another_focus(tmp_path):
    import jupytext
    import papermill as pm

    nb = jupytext.read(ROOT / "notebooks" / "explore.py")
    src = tmp_path / "explore.ipynb"
    jupytext.write(nb, src)
    out = tmp_path / "out.ipynb"
    pm.execute_notebook(str(src), str(out), cwd=str(ROOT / "notebooks"), kernel_name="newslens", progress_bar=False,
                        parameters={"speaker": "Siergiej Ławrow", "focus_start": "2022-01-01", "focus_end": "2022-03-31"})
    import json

    cells = json.loads(out.read_text("utf-8"))["cells"]
    outputs = [o for c in cells for o in c.get("outputs", [])]
    assert not [o for o in outputs if o.get("output_type") == "error"]
    assert any("image/png" in o.get("data", {}) for o in outputs)  # the refocused timeline
    assert any("Ławrow" in "".join(o.get("data", {}).get("text/html", "")) for o in outputs)


def test_single_render_on_a_terminal_shows_each_phase_and_ends_with_the_paths(tmp_path):
    """Issue 18: a line per phase on a terminal (none in a pipe), then the HTML and PDF paths."""
    import os
    import pty
    import subprocess
    import sys

    master, slave = pty.openpty()
    proc = subprocess.Popen([sys.executable, "-m", "newslens.cli", "render", str(REFERENCE), "--out", str(tmp_path)],
                            cwd=ROOT, stdout=subprocess.PIPE, stderr=slave, text=True)
    os.close(slave)
    chunks = []
    while True:
        try:
            data = os.read(master, 4096)
        except OSError:  # the terminal closed with the process
            break
        if not data:
            break
        chunks.append(data)
    out, _ = proc.communicate(timeout=600)
    os.close(master)
    assert proc.returncode == 0
    lines = b"".join(chunks).decode("utf-8").replace("\r", "").strip().splitlines()
    assert [ln.split("]")[0] for ln in lines[:4]] == ["newslens: [1/4", "newslens: [2/4", "newslens: [3/4", "newslens: [4/4"]
    assert "reading" in lines[0] and "HTML" in lines[2] and "PDF" in lines[3]
    assert lines[4].startswith("newslens: done in ") and len(lines) == 5
    report = tmp_path / "lawrow-warunki-rozmow"
    assert out.splitlines() == [str(report / "report.html"), str(report / "report.pdf")]

    piped = subprocess.run([sys.executable, "-m", "newslens.cli", "render", str(REFERENCE), "--out", str(tmp_path),
                            "--format", "html"], cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert piped.returncode == 0 and piped.stderr == ""
    assert piped.stdout.splitlines() == [str(report / "report.html")]
