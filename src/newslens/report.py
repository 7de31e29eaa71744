"""Render an article's report: papermill runs the notebook, nbconvert makes HTML and PDF.

Everything is written into a locked workspace ``OUT/.newslens-tmp-XXXX/`` (the kernel's connection
file, the browser's profile and temporary files too) and swapped into ``OUT/<id>/`` only when every
output exists, so a failure, a signal or a race never leaves a half-written report; workspaces
left by a killed run are removed by the next one. Nothing is written or deleted outside ``OUT``.
"""
from __future__ import annotations

import asyncio
import concurrent.futures
import os
import logging
import shutil
import subprocess
import sys
from contextlib import ExitStack, contextmanager, nullcontext
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator, Optional, Sequence

from . import files as fs
from .loader import InputError, load_article

CHROMIUM = os.environ.get("NEWSLENS_CHROMIUM", "/usr/bin/chromium")
REPO = Path(__file__).resolve().parents[2]
REPORT_NOTEBOOK = REPO / "notebooks" / "report.py"
TEMPLATES = Path(__file__).resolve().parent / "templates"
FORMATS = ("html", "pdf")
KERNEL = "newslens"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]


class RenderError(Exception):
    """Rendering failed (a notebook cell, the exporter or the browser): one line for the user."""


@dataclass(frozen=True)
class Rendered:
    article_id: str
    out_dir: Path
    files: tuple[str, ...]


def kernel_name() -> str:
    """The venv's own ``newslens`` kernel when installed, else ipykernel's native one (this interpreter)."""
    from jupyter_client.kernelspec import KernelSpecManager

    return KERNEL if KERNEL in KernelSpecManager().find_kernel_specs() else "python3"


@contextmanager
def running_kernel(name: Optional[str] = None, workdir: Optional[Path] = None) -> Iterator[object]:
    """A started kernel (its stderr chatter silenced) to run one or many notebooks in.

    ``workdir``: where its connection file goes (a workspace), instead of Jupyter's runtime folder.
    """
    from jupyter_client import KernelManager

    extra = {"connection_file": str(Path(workdir) / "kernel.json")} if workdir is not None else {}
    km = KernelManager(kernel_name=name or kernel_name(), **extra)
    try:
        km.start_kernel(stderr=subprocess.DEVNULL)
    except Exception as exc:  # jupyter_client raises several types for a missing or broken kernel
        raise RenderError(f"cannot start the {km.kernel_name!r} kernel: {exc}".splitlines()[0]) from None
    try:
        yield km
    finally:
        try:
            km.shutdown_kernel(now=True)
        except Exception:  # already gone: nothing left to clean
            pass


def html_exporter():
    from nbconvert import HTMLExporter

    exporter = HTMLExporter(template_name="lab", extra_template_paths=[str(TEMPLATES)])
    exporter.template_file = "report.html.j2"
    exporter.exclude_input = True
    exporter.exclude_input_prompt = True
    exporter.exclude_output_prompt = True
    exporter.embed_images = True
    exporter.log.setLevel(logging.ERROR)  # "alternative text is missing" on every chart
    return exporter


def _pdf_exporter_class():
    from nbconvert.exporters.webpdf import WebPDFExporter

    class ChromiumPDFExporter(WebPDFExporter):
        """nbconvert's WebPDF exporter driving Debian's Chromium: A4, page numbers, no download."""

        workdir: Optional[str] = None  # where the page to print is written (default: TMPDIR)

        def run_playwright(self, html: str) -> bytes:
            async def main(path: str) -> bytes:
                from playwright.async_api import async_playwright

                if not Path(CHROMIUM).exists():
                    raise RenderError(f"Chromium not found at {CHROMIUM}: apt-get install chromium")
                pw = await async_playwright().start()
                try:
                    browser = await pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS,
                                                       handle_sigint=False, handle_sigterm=False, handle_sighup=False)
                    page = await browser.new_page()
                    await page.emulate_media(media="print")
                    await page.goto(Path(path).as_uri(), wait_until="load")
                    pdf = await page.pdf(
                        format="A4", print_background=True, prefer_css_page_size=True,
                        display_header_footer=True, header_template="<span></span>",
                        footer_template=('<div style="width:100%;font-size:8px;color:#5b6475;'
                                         'text-align:center;font-family:sans-serif">'
                                         '<span class="pageNumber"></span> / <span class="totalPages"></span></div>'),
                        margin={"top": "16mm", "bottom": "18mm", "left": "14mm", "right": "14mm"},
                    )
                    await browser.close()
                    return pdf
                finally:
                    await pw.stop()

            # the page to print lives in the workspace (TMPDIR during a render), never in /tmp for good
            fd, path = tempfile.mkstemp(prefix=fs.TMP_PREFIX, suffix=".html", dir=self.workdir)
            running: dict = {}

            async def guarded() -> bytes:
                running["loop"], running["task"] = asyncio.get_running_loop(), asyncio.current_task()
                return await main(path)

            pool = concurrent.futures.ThreadPoolExecutor(1)
            try:
                with os.fdopen(fd, "w", encoding="utf-8") as fh:
                    fh.write(html)
                future = pool.submit(asyncio.run, guarded())
                try:
                    return future.result()
                except BaseException:  # interrupted: stop the browser now, not when the PDF is done
                    if not future.done() and "loop" in running:
                        running["loop"].call_soon_threadsafe(running["task"].cancel)
                    raise
            finally:
                pool.shutdown(wait=False)
                os.unlink(path)

    return ChromiumPDFExporter


def html_to_pdf(html: str, workdir: Optional[Path] = None) -> bytes:
    exporter = _pdf_exporter_class()()
    exporter.workdir = str(workdir) if workdir is not None else None
    try:
        with fs.browser_tmpdir():
            return exporter.run_playwright(html)
    except RenderError:
        raise
    except Exception as exc:  # playwright raises many types; the user needs one line
        first = str(exc).strip().splitlines()[0] if str(exc).strip() else exc.__class__.__name__
        raise RenderError(f"PDF rendering failed: {first}") from None


def _execute(notebook: Path, out_nb: Path, parameters: dict, cwd: Path, kernel: Optional[str], km=None):
    import jupytext
    import papermill as pm
    from papermill.exceptions import PapermillExecutionError

    logging.getLogger("papermill").setLevel(logging.ERROR)
    try:
        nb = jupytext.read(notebook)
    except Exception as exc:
        raise RenderError(f"{notebook}: unreadable notebook ({exc.__class__.__name__})") from None
    try:
        return pm.execute_notebook(nb, str(out_nb), parameters=parameters, kernel_name=kernel or kernel_name(), language="python",
                                   progress_bar=False, cwd=str(cwd), shutdown_kernel="immediate",
                                   log_output=False, request_save_on_cell_execute=False,
                                   **({"km": km} if km is not None else {}))
    except PapermillExecutionError as exc:
        # papermill inserts one "injected-parameters" cell before the failing one: cell_index is then
        # the failing cell's 1-based number in the notebook as written
        first = next((ln.strip() for ln in (exc.source or "").splitlines() if ln.strip()), "")
        where = f"cell {exc.cell_index} ({first[:50]!r})" if first else f"cell {exc.cell_index}"
        raise RenderError(f"{notebook.name}: {where} failed: {exc.ename}: {exc.evalue}".strip()) from None


def render(path: str | Path, out_dir: str | Path = "report", *, formats: Sequence[str] = FORMATS,
           published: Optional[str] = None, title: Optional[str] = None,
           focus: tuple[Optional[str], Optional[str]] = (None, None),
           notebook: Optional[Path] = None, kernel: Optional[str] = None, km=None,
           workdir: Optional[Path] = None, progress=None) -> Rendered:
    """Render one article into ``out_dir/<article-id>/``; raise InputError or RenderError.

    ``km``: a running jupyter_client KernelManager to reuse (batches); by default a kernel is
    started for this article. ``workdir``: a workspace under ``out_dir`` (batches pass theirs).
    ``progress(phase)``: called as each phase starts ("reading", "analysing", "HTML", "PDF").
    """
    say = progress or (lambda phase: None)
    bad = [f for f in formats if f not in FORMATS]
    if bad or not formats:
        raise InputError(f"unknown format {bad[0]!r}; choose from {', '.join(FORMATS)}" if bad else
                         f"no output format; choose from {', '.join(FORMATS)}")
    say("reading")
    article = load_article(path, published=published, title=title)
    notebook = Path(notebook or REPORT_NOTEBOOK)
    if not notebook.exists():
        raise RenderError(f"{notebook}: report notebook not found")
    root = Path(out_dir)
    if Path(article.id).name != article.id or article.id in ("", ".", ".."):  # ids are slugs: belt and braces
        raise InputError(f"{path}: article id {article.id!r} is not a plain name")
    final = root / article.id
    _check_replaceable(final)
    with (nullcontext(Path(workdir)) if workdir is not None else _workspace(root)) as ws:
        try:
            tmp = fs.make_dir(ws, "report-")
        except OSError as exc:
            raise InputError(f"{root}: cannot write output directory ({exc.strerror})") from None
        params = {
            "article_path": str(Path(path).resolve()),
            "published": article.published,
            "title": article.title,
            "focus_start": focus[0],
            "focus_end": focus[1],
            "output_dir": str(tmp),
        }
        try:
            files = _build(notebook, tmp, params, formats, kernel, km, ws, article.title or article.id, say)
            fs.replace_dir(tmp, final, ws)
        except fs.NotAReport:
            raise InputError(f"{final}: exists and is not a report folder; move it away first") from None
        except OSError as exc:
            raise InputError(f"{final}: cannot write the report ({exc.strerror})") from None
        finally:
            shutil.rmtree(tmp, ignore_errors=True)  # a failed article's files, or the replaced report
    return Rendered(article.id, final, tuple(files))


def _build(notebook: Path, tmp: Path, params: dict, formats: Sequence[str], kernel: Optional[str], km, ws: Path,
           title: str, say) -> list[str]:
    """Every output of one report in ``tmp``; the names of the files written."""
    say("analysing")
    with (nullcontext(km) if km is not None else running_kernel(kernel, ws)) as running:
        nb = _execute(notebook, tmp / "report.ipynb", params, Path.cwd(), kernel, running)
    nb.metadata["title"] = title
    files = ["report.ipynb"]
    html = None
    if "html" in formats or "pdf" in formats:
        say("HTML")
        html, _ = html_exporter().from_notebook_node(nb)
    if "html" in formats:
        (tmp / "report.html").write_text(html, encoding="utf-8")
        files.append("report.html")
    if "pdf" in formats:
        say("PDF")
        (tmp / "report.pdf").write_bytes(html_to_pdf(html, ws))
        files.append("report.pdf")
    return files + sorted(str(p.relative_to(tmp)) for p in tmp.rglob("*") if p.is_file() and
                          str(p.relative_to(tmp)) not in files)


REPORT_MARKS = ("report.ipynb", "extract.json")  # every report folder holds both


def _check_replaceable(final: Path) -> None:
    """A rerender replaces a report folder; anything else of the user's in its place stays put."""
    if os.path.islink(final) or (os.path.lexists(final) and not final.is_dir()):
        raise InputError(f"{final}: exists and is not a report folder; move it away first")
    try:
        if final.is_dir() and any(final.iterdir()) and not any((final / m).exists() for m in REPORT_MARKS):
            raise InputError(f"{final}: exists and is not a newslens report (no report.ipynb); move it away first")
    except OSError as exc:
        raise InputError(f"{final}: cannot read ({exc.strerror})") from None


@contextmanager
def _workspace(root: Path) -> Iterator[Path]:
    """``root`` created if needed, leftovers of killed runs removed, then a locked workspace in it."""
    created = not os.path.lexists(root)
    try:
        with ExitStack() as stack:
            try:
                root.mkdir(parents=True, exist_ok=True)
                fs.clean_stale(root)
                fs.clean_stale(fs.browser_base())  # a killed PDF's browser folder, even if no PDF is made now
                ws = stack.enter_context(fs.workspace(root))
            except OSError as exc:
                raise InputError(f"{root}: cannot write output directory ({exc.strerror})") from None
            yield ws
        fs.clean_stale(root)
    finally:
        if created:  # a run that wrote nothing leaves no empty folder behind
            try:
                root.rmdir()
            except OSError:
                pass


workspace = _workspace
