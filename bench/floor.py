"""The bare toolchain as one process, the floor any report pays: papermill runs a one-cell notebook
on the newslens kernel, nbconvert writes its HTML, Chromium prints the PDF (the same printer the
report uses). Usage: python bench/floor.py OUTDIR [--html-only]
"""
from __future__ import annotations

import sys
from pathlib import Path

import nbformat
import papermill as pm

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from newslens.report import html_exporter, html_to_pdf, kernel_name  # noqa: E402


def bare(out: Path, pdf: bool = True) -> None:
    out.mkdir(parents=True, exist_ok=True)
    nb = nbformat.v4.new_notebook()
    nb.cells = [nbformat.v4.new_code_cell("x = 1 + 1")]
    nb.metadata["kernelspec"] = {"name": kernel_name(), "language": "python", "display_name": "python"}
    done = pm.execute_notebook(nb, str(out / "bare.ipynb"), kernel_name=kernel_name(), progress_bar=False,
                               shutdown_kernel="immediate")
    html, _ = html_exporter().from_notebook_node(done)
    (out / "bare.html").write_text(html, encoding="utf-8")
    if pdf:
        (out / "bare.pdf").write_bytes(html_to_pdf(html))


if __name__ == "__main__":
    bare(Path(sys.argv[1]), pdf="--html-only" not in sys.argv[2:])
