"""The ``newslens`` command: a thin layer over the package (extract, render, evaluate)."""
from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Optional

import click

from .loader import SUFFIXES, InputError



def fail(message: str) -> None:
    """One line on stderr, exit code 2."""
    click.echo(f"newslens: error: {message}", err=True)
    sys.exit(2)


def _focus(value: Optional[str]) -> tuple[Optional[str], Optional[str]]:
    if not value:
        return None, None
    if ":" not in value:
        raise click.BadParameter("use START:END, e.g. 2021-12-01:2022-02-28 (either side may be empty)")
    lo, hi = (v.strip() or None for v in value.split(":", 1))
    from .loader import _valid_date

    try:
        return _valid_date(lo, "--focus start"), _valid_date(hi, "--focus end")
    except InputError as exc:
        raise click.BadParameter(str(exc)) from None


def expand_inputs(paths: tuple[str, ...]) -> list[Path]:
    """Files as given; folders expanded to their articles.

    Sidecars and gold files (.json) are not articles, nor are a folder's own documents named in
    capitals (README.md, GUIDELINES.md, LICENSE.txt).
    """
    out: list[Path] = []
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            found = sorted(f for f in p.iterdir() if f.suffix.lower() in SUFFIXES and f.is_file()
                           and not f.stem.isupper())
            if not found:
                raise InputError(f"{p}: folder holds no .txt, .md or .html articles")
            out.extend(found)
        else:
            out.append(p)
    return out


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="newslens")
def main() -> None:
    """newslens: turn a Polish news article into an analytical brief (actors, quotes, demands, timeline)."""


@main.command()
@click.argument("path")
@click.option("--published", metavar="YYYY-MM-DD", help="Publication date (overrides the sidecar).")
@click.option("--title", metavar="T", help="Headline (overrides the sidecar and the first line).")
@click.option("-o", "--output", "output", metavar="FILE", help="Write the JSON here instead of stdout.")
def extract(path: str, published: Optional[str], title: Optional[str], output: Optional[str]) -> None:
    """Print (or write) the extraction JSON of one article: actors, quotes, demands, timeline."""
    from .analysis import analyze, atomic_write

    try:
        a = analyze(path, published=published, title=title)
        data = json.dumps(a.extraction.to_dict(), ensure_ascii=False, indent=2)
        if output:
            out = Path(output)
            if not out.parent.is_dir():
                raise InputError(f"{out.parent}: output directory does not exist")
            try:
                atomic_write(out, data + "\n")
            except OSError as exc:
                raise InputError(f"{out}: cannot write ({exc.strerror})") from None
        else:
            click.echo(data)
    except InputError as exc:
        fail(str(exc))


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--out", "out_dir", default="report", show_default=True, help="Reports go to OUT/<article-id>/.")
@click.option("--format", "formats", default="html,pdf", show_default=True, help="Comma-separated: html, pdf.")
@click.option("--published", metavar="YYYY-MM-DD", help="Publication date (single article only).")
@click.option("--title", metavar="T", help="Headline (single article only).")
@click.option("--focus", metavar="START:END", help="Timeline focus window, ISO dates (default: the densest span).")
@click.option("--index/--no-index", default=None, help="Write OUT/index.html for the corpus (default: when several articles).")
def render(paths: tuple[str, ...], out_dir: str, formats: str, published: Optional[str], title: Optional[str],
           focus: Optional[str], index: Optional[bool]) -> None:
    """Render reports (HTML, PDF, executed notebook, extract.json, tables) for files or folders."""
    from . import batch
    from .report import RenderError, render as render_one

    fmts = tuple(f.strip() for f in formats.split(",") if f.strip())
    window = _focus(focus)
    try:
        inputs = expand_inputs(paths)
        if len(inputs) == 1 and not index:
            try:
                done = render_one(inputs[0], out_dir, formats=fmts, published=published, title=title, focus=window)
            except RenderError as exc:
                fail(str(exc))
            click.echo(f"{done.out_dir}: " + ", ".join(done.files))
            return
        if published or title:
            raise InputError("--published and --title apply to a single article; use sidecars for a corpus")
        result = batch.render_many(inputs, out_dir, formats=fmts, focus=window)
    except InputError as exc:
        fail(str(exc))
    for path, error in result.failed:
        click.echo(f"newslens: failed: {path}: {error}", err=True)
    click.echo(f"{len(result.rendered)} rendered, {len(result.failed)} failed; index: {result.index}")
    if not result.rendered:
        sys.exit(2)
    if result.failed:
        sys.exit(1)


@main.command()
@click.argument("gold_dir")
@click.option("--pred", "pred_dir", metavar="DIR", help="Score saved predictions (<id>.json or <id>/extract.json) "
              "instead of running the extractors.")
@click.option("--out", "out_dir", default="eval", show_default=True, help="Write scores.json and misses.md here.")
def evaluate(gold_dir: str, pred_dir: Optional[str], out_dir: str) -> None:
    """Score the extraction on every article of GOLD_DIR that has a <name>.gold.json."""
    from tqdm import tqdm

    from .analysis import atomic_write
    from .evaluate import evaluate_dir, format_misses, format_table, totals

    try:
        rows = evaluate_dir(gold_dir, pred_dir, progress=lambda xs: tqdm(xs, desc="scoring", unit="article",
                                                                         file=sys.stderr, leave=False))
        out = Path(out_dir)
        try:
            out.mkdir(parents=True, exist_ok=True)
            atomic_write(out / "scores.json", json.dumps({"articles": rows, "total": totals(rows)},
                                                         ensure_ascii=False, indent=2))
            atomic_write(out / "misses.md", format_misses(rows) + "\n")
        except OSError as exc:
            raise InputError(f"{out}: cannot write ({exc.strerror})") from None
    except InputError as exc:
        fail(str(exc))
    for r in rows:
        if r.get("error"):
            click.echo(f"newslens: warning: {r['error']} (scored as empty)", err=True)
    click.echo(format_table(rows))
    click.echo(f"\nscores: {out / 'scores.json'}; misses and spurious: {out / 'misses.md'}")


if __name__ == "__main__":
    main()
