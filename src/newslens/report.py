"""Render an article's report: papermill runs the notebook, nbconvert makes HTML and PDF.

Everything is written into a temporary directory beside the destination and moved into
place only when every output exists, so a failure never leaves a half-written report.
"""
from __future__ import annotations

import asyncio
import concurrent.futures
import os
import logging
import shutil
import subprocess
from contextlib import contextmanager, nullcontext
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator, Optional, Sequence

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
def running_kernel(name: Optional[str] = None) -> Iterator[object]:
    """A started kernel (its stderr chatter silenced) to run one or many notebooks in."""
    from jupyter_client import KernelManager

    km = KernelManager(kernel_name=name or kernel_name())
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

            fd, path = tempfile.mkstemp(suffix=".html")
            try:
                with os.fdopen(fd, "w", encoding="utf-8") as fh:
                    fh.write(html)
                with concurrent.futures.ThreadPoolExecutor(1) as pool:
                    return pool.submit(asyncio.run, main(path)).result()
            finally:
                os.unlink(path)

    return ChromiumPDFExporter


def html_to_pdf(html: str) -> bytes:
    try:
        return _pdf_exporter_class()().run_playwright(html)
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
           notebook: Optional[Path] = None, kernel: Optional[str] = None, km=None) -> Rendered:
    """Render one article into ``out_dir/<article-id>/``; raise InputError or RenderError.

    ``km``: a running jupyter_client KernelManager to reuse (batches); by default papermill
    starts and stops a kernel of its own.
    """
    bad = [f for f in formats if f not in FORMATS]
    if bad:
        raise InputError(f"unknown format {bad[0]!r}; choose from {', '.join(FORMATS)}")
    article = load_article(path, published=published, title=title)
    notebook = Path(notebook or REPORT_NOTEBOOK)
    if not notebook.exists():
        raise RenderError(f"{notebook}: report notebook not found")
    root = Path(out_dir)
    try:
        root.mkdir(parents=True, exist_ok=True)
        tmp = Path(tempfile.mkdtemp(prefix=f".{article.id}.", dir=root))
    except OSError as exc:
        raise InputError(f"{root}: cannot write output directory ({exc.strerror})") from None
    final = root / article.id
    try:
        params = {
            "article_path": str(Path(path).resolve()),
            "published": article.published,
            "title": article.title,
            "focus_start": focus[0],
            "focus_end": focus[1],
            "output_dir": str(tmp),
        }
        with (nullcontext(km) if km is not None else running_kernel(kernel)) as running:
            nb = _execute(notebook, tmp / "report.ipynb", params, Path.cwd(), kernel, running)
        nb.metadata["title"] = article.title or article.id
        files = ["report.ipynb"]
        html = None
        if "html" in formats or "pdf" in formats:
            html, _ = html_exporter().from_notebook_node(nb)
        if "html" in formats:
            (tmp / "report.html").write_text(html, encoding="utf-8")
            files.append("report.html")
        if "pdf" in formats:
            (tmp / "report.pdf").write_bytes(html_to_pdf(html))
            files.append("report.pdf")
        _replace_dir(tmp, final)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    files += sorted(str(p.relative_to(final)) for p in final.rglob("*") if p.is_file() and str(p.relative_to(final)) not in files)
    return Rendered(article.id, final, tuple(files))


def _replace_dir(tmp: Path, final: Path) -> None:
    old = None
    if final.exists():
        old = final.with_name(f".{final.name}.old")
        shutil.rmtree(old, ignore_errors=True)
        final.rename(old)
    tmp.rename(final)
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)
