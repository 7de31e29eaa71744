"""Render an article's report: papermill runs the notebook, nbconvert makes HTML and PDF.

Everything is written into a locked workspace ``OUT/.newslens-tmp-XXXX/`` (the kernel's connection
file, the browser's profile and temporary files too) and swapped into ``OUT/<id>/`` only when every
output exists, so a failure, a signal or a race never leaves a half-written report; workspaces
left by a killed run are removed by the next one. Nothing is written or deleted outside ``OUT``.
"""
from __future__ import annotations

import asyncio
import concurrent.futures
import logging
import os
import re
import shutil
import subprocess
import sys
import threading
from contextlib import ExitStack, contextmanager, nullcontext
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Generator, Iterator, Optional, Sequence

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


PRELOAD = "newslens.present"  # what every report notebook imports first (pandas, matplotlib, the extractors)


def start_kernel(name: Optional[str] = None, workdir: Optional[Path] = None, preload: bool = True):
    """A started KernelManager (its stderr chatter silenced); raise RenderError when it cannot start.

    ``workdir``: where its connection file goes (a workspace), instead of Jupyter's runtime folder.
    ``preload``: the kernel imports newslens' heavy modules while it starts, in parallel with what
    the caller does meanwhile (the notebook's first cell then finds them imported).
    """
    from jupyter_client import KernelManager

    extra = {"connection_file": str(Path(workdir) / "kernel.json")} if workdir is not None else {}
    km = KernelManager(kernel_name=name or kernel_name(), **extra)
    args = [f"--IPKernelApp.exec_lines=['import {PRELOAD}']"] if preload and km.kernel_name == KERNEL else []
    try:
        km.start_kernel(stderr=subprocess.DEVNULL, extra_arguments=args)
    except Exception as exc:  # jupyter_client raises several types for a missing or broken kernel
        raise RenderError(f"cannot start the {km.kernel_name!r} kernel: {exc}".splitlines()[0]) from None
    return km


def stop_kernel(km) -> None:
    try:
        km.shutdown_kernel(now=True)
    except Exception:  # already gone: nothing left to clean
        pass


@contextmanager
def running_kernel(name: Optional[str] = None, workdir: Optional[Path] = None, preload: bool = True) -> Iterator[object]:
    """A started kernel (``start_kernel``) to run one or many notebooks in, shut down at the end."""
    km = start_kernel(name, workdir, preload)
    try:
        yield km
    finally:
        stop_kernel(km)


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


class Browser:
    """One headless Chromium (playwright, Debian's binary) kept open to print many PDFs, a new page each.

    It starts in a background thread as soon as it is made, so its start-up overlaps whatever the
    caller does meanwhile (running the notebook); :meth:`pdf` waits for it. A browser that died is
    started again for the next PDF. Its profile and temporary files live in a short, locked temp
    folder (``fs.browser_tmpdir``) removed by :meth:`close`; the driver and the browser get it as TMPDIR.
    """

    def __init__(self) -> None:
        self._stack = ExitStack()
        self._tmp = self._stack.enter_context(fs.browser_tmpdir())
        self._env = {**os.environ, "TMPDIR": str(self._tmp)}
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._loop.run_forever, name="newslens-browser", daemon=True)
        self._thread.start()
        self._pw = self._browser = None
        self._ready = self._submit(self._start())

    def _submit(self, coro) -> concurrent.futures.Future:
        return asyncio.run_coroutine_threadsafe(coro, self._loop)

    async def _start(self) -> None:
        if not Path(CHROMIUM).exists():
            raise RenderError(f"Chromium not found at {CHROMIUM}: apt-get install chromium")
        from playwright.async_api import async_playwright

        if self._pw is None:
            self._pw = await async_playwright().start()
        self._browser = await self._pw.chromium.launch(
            executable_path=CHROMIUM, args=CHROMIUM_ARGS, env=self._env,
            handle_sigint=False, handle_sigterm=False, handle_sighup=False)

    async def _print(self, uri: str) -> bytes:
        if self._browser is None or not self._browser.is_connected():  # crashed or killed: a new one
            await self._start()
        page = await self._browser.new_page()
        try:
            await page.emulate_media(media="print")
            await page.goto(uri, wait_until="load")
            return await page.pdf(
                format="A4", print_background=True, prefer_css_page_size=True,
                display_header_footer=True, header_template="<span></span>",
                footer_template=('<div style="width:100%;font-size:8px;color:#5b6475;'
                                 'text-align:center;font-family:sans-serif">'
                                 '<span class="pageNumber"></span> / <span class="totalPages"></span></div>'),
                margin={"top": "16mm", "bottom": "18mm", "left": "14mm", "right": "14mm"},
            )
        finally:
            try:
                await page.close()
            except Exception:  # the browser went away with the page
                pass

    def _wait(self, future: concurrent.futures.Future):
        try:
            return future.result()
        except BaseException:  # interrupted: stop the work now, not when the PDF is done
            future.cancel()
            raise

    def pdf(self, html: str, workdir: Optional[Path] = None) -> bytes:
        """The PDF of ``html``; the page to print is written into ``workdir`` (never /tmp for good)."""
        return self.start_pdf(html, workdir)()

    def start_pdf(self, html: str, workdir: Optional[Path] = None) -> Callable[[], bytes]:
        """Start printing ``html`` and return at once a function that waits for the PDF's bytes, so the
        caller can go on meanwhile (a worker runs its next notebook while the browser prints)."""
        try:
            try:
                self._wait(self._ready)
            except RenderError:
                raise
            except Exception:  # a failed start: try once more, for this PDF
                self._ready = self._submit(self._start())
                self._wait(self._ready)
            fd, path = tempfile.mkstemp(prefix=fs.TMP_PREFIX, suffix=".html",
                                        dir=str(workdir) if workdir is not None else None)
            try:
                with os.fdopen(fd, "w", encoding="utf-8") as fh:
                    fh.write(html)
                printing = self._submit(self._print(Path(path).as_uri()))
            except BaseException:  # not printing: the page goes now (result() removes it otherwise)
                os.unlink(path)
                raise
        except RenderError:
            raise
        except Exception as exc:
            raise RenderError(f"PDF rendering failed: {_first_line(exc)}") from None

        def result() -> bytes:
            try:
                return self._wait(printing)
            except RenderError:
                raise
            except Exception as exc:  # playwright raises many types; the user needs one line
                raise RenderError(f"PDF rendering failed: {_first_line(exc)}") from None
            finally:
                try:
                    os.unlink(path)
                except OSError:
                    pass

        return result

    async def _stop(self) -> None:
        try:
            if self._browser is not None:
                await self._browser.close()
        finally:
            if self._pw is not None:
                await self._pw.stop()

    def close(self) -> None:
        try:
            self._ready.cancel()
            try:
                self._submit(self._stop()).result(timeout=30)
            except BaseException:  # already gone, or stuck: the folder and the thread go anyway
                pass
            self._loop.call_soon_threadsafe(self._loop.stop)
            self._thread.join(timeout=5)
        finally:
            self._stack.close()

    def __enter__(self) -> "Browser":
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def _first_line(exc: BaseException) -> str:
    return str(exc).strip().splitlines()[0] if str(exc).strip() else exc.__class__.__name__


def html_to_pdf(html: str, workdir: Optional[Path] = None) -> bytes:
    """One PDF with a browser of its own (started and closed here)."""
    with Browser() as browser:
        return browser.pdf(html, workdir)


# optional extras of the toolchain a render never uses, and what importing each costs:
# jsonschema's "iri" format check (rfc3987_syntax builds its grammar on import: 1–2 s of CPU; no
# notebook schema uses that format) and papermill's HDFS handler (pyarrow and numpy: ~0.3 s)
_SKIPPED_EXTRAS = {"jsonschema": "rfc3987_syntax", "papermill": "pyarrow"}


def lean_imports() -> None:
    """Import papermill (and through it nbformat and jsonschema) without their unused optional extras.

    While they are imported, the extras read as not installed (an import of them raises ImportError,
    which both packages expect); afterwards they import as usual, for whatever else needs them.
    """
    blocked = [extra for pkg, extra in _SKIPPED_EXTRAS.items() if pkg not in sys.modules and extra not in sys.modules]
    for extra in blocked:
        sys.modules[extra] = None  # None: "import extra" raises ImportError
    try:
        import papermill  # noqa: F401
        import papermill.iorw  # noqa: F401
    finally:
        for extra in blocked:
            if sys.modules.get(extra, 0) is None:
                del sys.modules[extra]


def exit_now(code: int = 0) -> None:
    """End a finished ``newslens`` process at once: flush its output and skip the interpreter's
    teardown of the toolchain's modules (0.4–1 s). Every output is written and closed, the kernel and
    the browser stopped, before this is called; in any other process (tests) it only exits normally."""
    main = sys.modules.get("__main__")
    spec = getattr(main, "__spec__", None)
    entry = Path(sys.argv[0]).name == "newslens" or (spec is not None and spec.name == "newslens.cli")
    if not entry:
        sys.exit(code)
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except Exception:  # a closed pipe: nothing more to say
            pass
    os._exit(code)


_CELL = re.compile(r"# %%(?P<rest>.*)")
_TAGS = re.compile(r"""\s*tags=(\[(?:\s*"[^"\\]*"\s*,?)*\])\s*""")
_MAGIC = re.compile(r"# ([%!]\w)")


def read_notebook(path: Path):
    """A percent-format ``.py`` notebook as an nbformat notebook, without importing jupytext.

    Handles what the report notebooks use (a YAML header, code cells, ``tags=[...]``, commented
    magics); anything else (markdown cells, other cell options, an ``.ipynb``) goes to jupytext.
    Cells get stable ids (``cell-1`` …), so the same notebook renders to the same HTML.
    """
    import nbformat

    path = Path(path)
    text = path.read_text(encoding="utf-8") if path.suffix == ".py" else None
    nb = _read_percent(text) if text is not None else None
    if nb is None:
        import jupytext

        nb = jupytext.read(path)
    for i, cell in enumerate(nb.cells, 1):
        cell["id"] = f"cell-{i}"
    return nbformat.from_dict(nb)


def _read_percent(text: str):
    import json

    import nbformat
    import yaml

    lines = text.splitlines()
    metadata: dict = {}
    i = 0
    if lines and lines[0] == "# ---":
        try:
            end = lines.index("# ---", 1)
        except ValueError:
            return None
        header = [ln[2:] if ln.startswith("# ") else ln.lstrip("#") for ln in lines[1:end]]
        try:
            metadata = (yaml.safe_load("\n".join(header)) or {}).get("jupyter", {})
        except yaml.YAMLError:
            return None
        i = end + 1
    cells: list[tuple[dict, list[str]]] = []
    for line in lines[i:]:
        m = _CELL.fullmatch(line)
        if m:
            rest = m.group("rest")
            if rest.strip():
                tags = _TAGS.fullmatch(rest)
                if not tags:
                    return None  # a markdown cell or another option: jupytext knows
                cells.append(({"tags": json.loads(tags.group(1))}, []))
            else:
                cells.append(({}, []))
        elif cells:
            cells[-1][1].append(line[2:] if _MAGIC.match(line) else line)
        elif line.strip():
            return None  # code before the first cell marker
    nb = nbformat.v4.new_notebook(metadata=metadata)
    for meta, body in cells:
        while body and not body[0].strip():
            body.pop(0)
        while body and not body[-1].strip():
            body.pop()
        nb.cells.append(nbformat.v4.new_code_cell("\n".join(body), metadata=meta))
    return nb


def _execute(notebook: Path, out_nb: Path, parameters: dict, cwd: Path, kernel: Optional[str], km=None):
    lean_imports()
    import papermill as pm
    from papermill.exceptions import PapermillExecutionError

    logging.getLogger("papermill").setLevel(logging.ERROR)
    try:
        nb = read_notebook(notebook)
    except Exception as exc:
        raise RenderError(f"{notebook}: unreadable notebook ({exc.__class__.__name__})") from None
    try:
        nb = pm.execute_notebook(nb, str(out_nb), parameters=parameters, kernel_name=kernel or kernel_name(), language="python",
                                 progress_bar=False, cwd=str(cwd), shutdown_kernel="immediate",
                                 log_output=False, request_save_on_cell_execute=False,
                                 **({"km": km} if km is not None else {}))
    except PapermillExecutionError as exc:
        # papermill inserts one "injected-parameters" cell before the failing one: cell_index is then
        # the failing cell's 1-based number in the notebook as written
        first = next((ln.strip() for ln in (exc.source or "").splitlines() if ln.strip()), "")
        where = f"cell {exc.cell_index} ({first[:50]!r})" if first else f"cell {exc.cell_index}"
        raise RenderError(f"{notebook.name}: {where} failed: {exc.ename}: {exc.evalue}".strip()) from None
    for i, cell in enumerate(nb.cells, 1):  # papermill's injected cell has a random id
        cell["id"] = f"cell-{i}"
    return nb


def render(path: str | Path, out_dir: str | Path = "report", *, formats: Sequence[str] = FORMATS,
           published: Optional[str] = None, title: Optional[str] = None,
           focus: tuple[Optional[str], Optional[str]] = (None, None),
           notebook: Optional[Path] = None, kernel: Optional[str] = None, km=None,
           workdir: Optional[Path] = None, progress=None, browser: Optional[Browser] = None) -> Rendered:
    """Render one article into ``out_dir/<article-id>/``; raise InputError or RenderError.

    ``km``: a running jupyter_client KernelManager to reuse (batches); by default a kernel is
    started for this article. ``workdir``: a workspace under ``out_dir`` (batches pass theirs).
    ``browser``: a running :class:`Browser` to print the PDF with (batches); by default one is started.
    ``progress(phase)``: called as each phase starts ("reading", "analysing", "HTML", "PDF").
    """
    return run_stages(render_stages(path, out_dir, formats=formats, published=published, title=title, focus=focus,
                                    notebook=notebook, kernel=kernel, km=km, workdir=workdir, progress=progress,
                                    browser=browser))


def run_stages(stages: Generator[None, None, Rendered]) -> Rendered:
    """Drive :func:`render_stages` to its end; the Rendered it returns."""
    while True:
        try:
            next(stages)
        except StopIteration as done:
            return done.value


def render_stages(path: str | Path, out_dir: str | Path = "report", *, formats: Sequence[str] = FORMATS,
                  published: Optional[str] = None, title: Optional[str] = None,
                  focus: tuple[Optional[str], Optional[str]] = (None, None),
                  notebook: Optional[Path] = None, kernel: Optional[str] = None, km=None,
                  workdir: Optional[Path] = None, progress=None,
                  browser: Optional[Browser] = None) -> Generator[None, None, Rendered]:
    """:func:`render` in two stages: the generator yields once, while the browser prints the PDF (the
    notebook has run and the HTML is made), so that the caller can run other work meanwhile (a render
    worker runs its next notebook); the Rendered is its return value. Nothing is yielded without a PDF.
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
            files = yield from _build(notebook, tmp, params, formats, kernel, km, ws, article.title or article.id, say,
                                      browser)
            fs.replace_dir(tmp, final, ws)
        except fs.NotAReport:
            raise InputError(f"{final}: exists and is not a report folder; move it away first") from None
        except OSError as exc:
            raise InputError(f"{final}: cannot write the report ({exc.strerror})") from None
        finally:
            shutil.rmtree(tmp, ignore_errors=True)  # a failed article's files, or the replaced report
    return Rendered(article.id, final, tuple(files))


def _build(notebook: Path, tmp: Path, params: dict, formats: Sequence[str], kernel: Optional[str], km, ws: Path,
           title: str, say, browser: Optional[Browser] = None) -> Generator[None, None, list[str]]:
    """Every output of one report in ``tmp``; the names of the files written (a generator that yields
    while the browser prints the PDF).

    Without a kernel (``km``) or a browser given, they are started here first, so that their
    start-ups overlap each other and the imports of papermill and nbconvert.
    """
    say("analysing")
    with ExitStack() as stack:
        running = km if km is not None else stack.enter_context(running_kernel(kernel, ws))
        if "pdf" in formats and browser is None:
            browser = stack.enter_context(Browser())
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
            printed = browser.start_pdf(html, ws)
            yield  # the caller's turn while the browser prints
            (tmp / "report.pdf").write_bytes(printed())
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
