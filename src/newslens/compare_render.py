"""Rendering a comparison: ``newslens compare A B … --out DIR`` runs ``notebooks/compare.py`` (which
calls ``newslens.compare``) through papermill and writes ``comparison.html`` and ``.pdf`` atomically.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Optional, Sequence

from .compare import COMPARE_NOTEBOOK, MARKER
from .loader import InputError


@dataclass(frozen=True)
class RenderedComparison:
    out_dir: Path
    files: tuple[str, ...]


def render_comparison(paths: Sequence[str | Path], out_dir: str | Path, *, formats: Sequence[str] = ("html", "pdf"),
                      notebook: Optional[Path] = None, kernel: Optional[str] = None,
                      progress: Optional[Callable[[str], None]] = None) -> RenderedComparison:
    """Run ``notebooks/compare.py`` through papermill for ``paths`` and write ``out_dir/comparison.html``,
    ``.pdf``, ``.ipynb``, ``comparison.json`` and ``tables/*.csv``.

    Uses report.py's kernel, executor, HTML exporter and Chromium PDF printer; everything is made in
    a locked workspace beside ``out_dir`` and swapped in only when complete. An existing ``out_dir``
    is replaced only when it is empty or an earlier comparison (it holds ``comparison.ipynb``).
    Raises InputError (bad input) or report.RenderError."""
    from . import files as fs
    from . import report
    from .loader import load_article

    say = progress or (lambda phase: None)
    formats = tuple(formats)
    bad = [f for f in formats if f not in report.FORMATS]
    if bad or not formats:
        raise InputError(f"unknown format {bad[0]!r}; choose from {', '.join(report.FORMATS)}" if bad else
                         f"no output format; choose from {', '.join(report.FORMATS)}")
    say("reading")
    unique = list(dict.fromkeys(Path(p).resolve() for p in paths))
    if len(unique) < 2:
        raise InputError(f"compare needs at least two different articles, got {len(unique)}")
    for p in unique:
        load_article(p)  # bad input fails here, before anything is written
    final = Path(out_dir)
    if final.name in ("", ".", ".."):
        raise InputError(f"{out_dir}: give a folder name for the comparison, e.g. report/compare")
    if os.path.lexists(final) and not final.is_dir():
        raise InputError(f"{final}: exists and is not a folder")
    if final.is_dir() and any(final.iterdir()) and not (final / MARKER).exists():
        raise InputError(f"{final}: exists and is not a comparison folder (no {MARKER}); choose another --out")
    notebook = Path(notebook or COMPARE_NOTEBOOK)
    if not notebook.exists():
        raise report.RenderError(f"{notebook}: comparison notebook not found")
    with report.workspace(final.parent) as ws:
        try:
            tmp = fs.make_dir(ws, "compare-")
        except OSError as exc:
            raise InputError(f"{final.parent}: cannot write output directory ({exc.strerror})") from None
        params = {"article_paths": [str(p) for p in unique], "output_dir": str(tmp)}
        say("analysing")
        with report.running_kernel(kernel, ws) as km:
            nb = report._execute(notebook, tmp / MARKER, params, Path.cwd(), kernel, km)
        nb.metadata["title"] = "newslens comparison"
        files = [MARKER]
        if "html" in formats or "pdf" in formats:
            say("HTML")
            html, _ = report.html_exporter().from_notebook_node(nb)
        if "html" in formats:
            (tmp / "comparison.html").write_text(html, encoding="utf-8")
            files.append("comparison.html")
        if "pdf" in formats:
            say("PDF")
            (tmp / "comparison.pdf").write_bytes(report.html_to_pdf(html, ws))
            files.append("comparison.pdf")
        files += sorted(str(p.relative_to(tmp)) for p in tmp.rglob("*") if p.is_file()
                        and str(p.relative_to(tmp)) not in files)
        try:
            fs.replace_dir(tmp, final, ws)
        except fs.NotAReport:
            raise InputError(f"{final}: exists and is not a folder; move it away first") from None
        except OSError as exc:
            raise InputError(f"{final}: cannot replace the comparison ({exc.strerror})") from None
    return RenderedComparison(final, tuple(files))


PHASES = {"reading": "reading the articles", "analysing": "analysing, aligning and drawing (notebook)",
          "HTML": "writing the HTML", "PDF": "printing the PDF (Chromium)"}


def cli_compare(paths: Sequence[str], out_dir: str, formats: Sequence[str]) -> None:
    """The body of ``newslens compare``: a line per phase on a terminal, then the output paths.
    Bad input: one line on stderr and exit 2 (``cli.fail``)."""
    from .cli import expand_inputs, fail, run_phases

    try:
        inputs = expand_inputs(tuple(paths))
    except InputError as exc:
        fail(str(exc))
    run_phases(PHASES, formats, lambda say: render_comparison(inputs, out_dir, formats=formats, progress=say),
               "comparison", "tables/, comparison.json and comparison.ipynb are beside it")
