"""Corpus rendering on every core (render_pool): the same reports as one at a time, failures isolated."""
import shutil
import subprocess

import pytest

from newslens.batch import render_many
from newslens.render_pool import Outcome, render_parallel, reset_kernel
from newslens.report import render, start_kernel, stop_kernel

from .conftest import FIXTURES, REFERENCE, ROOT

pytestmark = pytest.mark.slow

DEV = ROOT / "data" / "dev"


def corpus(tmp_path, names):
    src = tmp_path / "corpus"
    src.mkdir()
    for p in names:
        shutil.copy(p, src / p.name)
        side = p.with_name(p.stem + ".meta.json")
        if side.exists():
            shutil.copy(side, src / side.name)
    return sorted(src.glob("*.txt"))


def pdf_text(path):
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout


def test_pool_renders_what_one_at_a_time_renders(tmp_path):
    """Three articles in two workers (reused kernels, reset between articles; reused browsers) give
    byte-identical HTML and the same PDF text as three separate renders, each with a fresh kernel."""
    articles = [DEV / "bachmut-prigozyn.txt", REFERENCE, DEV / "baraze-polska-walia.txt"]
    paths = corpus(tmp_path, articles)
    one = tmp_path / "one"
    singles = {p.stem: render(p, one) for p in paths}
    many = render_many(paths, tmp_path / "many", jobs=2, progress=False)
    assert not many.failed and len(many.rendered) == 3
    for done in many.rendered:
        single = singles[done.article_id]
        assert (done.out_dir / "report.html").read_bytes() == (single.out_dir / "report.html").read_bytes(), \
            done.article_id
        assert pdf_text(done.out_dir / "report.pdf") == pdf_text(single.out_dir / "report.pdf"), done.article_id
        assert set(done.files) == set(single.files)
    assert not [p for p in (tmp_path / "many").iterdir() if p.name.startswith(".")], "temp dirs left behind"


def test_one_broken_article_is_listed_and_the_others_render(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    shutil.copy(REFERENCE, src / "ref.txt")
    shutil.copy(FIXTURES / "hostile.txt", src / "hostile.txt")
    (src / "empty.txt").write_text("")
    seen = []
    outcomes = render_parallel(sorted(src.glob("*.txt")), tmp_path / "out", formats=("html",), jobs=2,
                               on_done=seen.append)
    assert [o.path.rsplit("/", 1)[1] for o in outcomes] == ["empty.txt", "hostile.txt", "ref.txt"]
    assert outcomes[0].rendered is None and "empty" in outcomes[0].error
    assert all(o.rendered is not None and (o.rendered.out_dir / "report.html").exists() for o in outcomes[1:])
    assert sorted(o.index for o in seen) == [0, 1, 2] and all(isinstance(o, Outcome) for o in seen)


def test_a_dead_kernel_is_restarted_by_the_reset(tmp_path):
    km = start_kernel(workdir=tmp_path)
    try:
        km.provisioner.process.kill()
        km.provisioner.process.wait()
        assert not km.is_alive()
        reset_kernel(km)
        assert km.is_alive()
    finally:
        stop_kernel(km)


def run_in(km, code):
    """(printed text, reply) of ``code`` run in ``km`` through a client of its own."""
    kc = km.client()
    kc.start_channels()
    out = []
    try:
        kc.wait_for_ready(timeout=60)
        reply = kc.execute_interactive(code, timeout=60, output_hook=lambda m: out.append(m["content"].get("text", "")))
        return "".join(out), reply
    finally:
        kc.stop_channels()


def test_the_reset_leaves_a_fresh_namespace(tmp_path):
    km = start_kernel(workdir=tmp_path)
    try:
        run_in(km, "leaked = 42\nimport matplotlib.pyplot as plt\nfig = plt.figure()\nprint(1)")
        reset_kernel(km)
        text, reply = run_in(km, "import matplotlib.pyplot\nprint('leaked' in globals(), len(matplotlib.pyplot.get_fignums()))")
        assert text.split() == ["False", "0"]
        assert reply["content"]["execution_count"] == 1  # as in a fresh kernel's first cell
    finally:
        stop_kernel(km)


def test_a_dead_browser_is_started_again_for_the_next_pdf(tmp_path):
    import psutil

    from newslens.report import Browser

    html = "<!doctype html><html><body><h1>Pierwsza strona</h1></body></html>"
    with Browser() as browser:
        assert browser.pdf(html, tmp_path).startswith(b"%PDF")
        chromes = [p for p in psutil.Process().children(recursive=True) if "chrom" in p.name()]
        assert chromes
        for p in chromes:
            try:
                p.kill()
            except psutil.NoSuchProcess:
                pass  # the main process's death already ended this helper (a race, seen in CI)
        psutil.wait_procs(chromes, timeout=10)
        pdf = browser.pdf(html, tmp_path)
    assert pdf.startswith(b"%PDF")
    assert not [p for p in tmp_path.iterdir()], "the page to print is removed"


def test_render_stages_yield_once_while_the_pdf_prints(tmp_path):
    """A worker overlaps the next notebook with this PDF: the render pauses exactly once, after the HTML
    and before the PDF is written or the report is swapped in; without a PDF it never pauses."""
    from newslens.report import Browser, render_stages

    with Browser() as browser:
        stages = render_stages(REFERENCE, tmp_path / "out", browser=browser)
        assert next(stages) is None
        assert not (tmp_path / "out" / REFERENCE.stem).exists()
        with pytest.raises(StopIteration) as done:
            next(stages)
    rendered = done.value.value
    assert {"report.html", "report.pdf"} <= set(rendered.files)
    assert (rendered.out_dir / "report.pdf").read_bytes().startswith(b"%PDF")
    with pytest.raises(StopIteration):
        next(render_stages(REFERENCE, tmp_path / "html", formats=("html",)))


def test_one_worker_overlapping_pdfs_isolates_a_failure(tmp_path):
    """One worker, three articles with PDFs, the middle one empty: it fails while the first article's
    PDF prints; the first and the last still render completely and nothing is left half-written."""
    src = tmp_path / "in"
    src.mkdir()
    shutil.copy(REFERENCE, src / "a.txt")
    (src / "b.txt").write_text("")
    shutil.copy(DEV / "bachmut-prigozyn.txt", src / "c.txt")
    seen = []
    outcomes = render_parallel(sorted(src.glob("*.txt")), tmp_path / "out", jobs=1, on_done=seen.append)
    assert outcomes[1].rendered is None and "empty" in outcomes[1].error
    for o in (outcomes[0], outcomes[2]):
        assert (o.rendered.out_dir / "report.pdf").read_bytes().startswith(b"%PDF"), o.path
    assert sorted(o.index for o in seen) == [0, 1, 2]
    assert not [p for p in (tmp_path / "out").iterdir() if p.name.startswith(".")], "temp dirs left behind"


def test_a_failure_is_one_line_for_the_user():
    """What a worker reports for a failed article (a reset that could not restart the kernel, a cell, bad
    input): the error's first line, the path prefix dropped, the class named for internal errors."""
    from newslens.loader import InputError
    from newslens.render_pool import _failed

    assert _failed(3, "a.txt", InputError("a.txt: empty file")) == Outcome(3, "a.txt", error="empty file")
    got = _failed(1, "b.txt", RuntimeError("kernel died\nTraceback (most recent call last): …"))
    assert got.error == "internal error: RuntimeError: kernel died" and got.rendered is None


def test_a_kernel_shut_down_after_dying_is_replaced(tmp_path):
    """A kernel that died mid-notebook is shut down by the notebook client, which destroys its manager's
    ZMQ context, so the manager can never restart (seen in CI: every later article of that worker failed
    with "ZMQError: Operation not supported"). The worker gets a new kernel instead."""
    from newslens.render_pool import ready_kernel, usable

    km = start_kernel(workdir=tmp_path)
    assert usable(km)
    km.shutdown_kernel(now=True)
    assert km.context.closed and not usable(km)
    new = ready_kernel(km, tmp_path)
    try:
        assert new is not km and new.is_alive()
        text, _reply = run_in(new, "print(6 * 7)")
        assert text.strip() == "42"
    finally:
        stop_kernel(new)
    live = start_kernel(workdir=tmp_path)
    try:
        assert ready_kernel(live, tmp_path) is live  # a healthy kernel is only reset
    finally:
        stop_kernel(live)
