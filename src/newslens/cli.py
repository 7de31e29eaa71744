"""The ``newslens`` command: a thin layer over the package (extract, render, evaluate).

Every failure the user can cause is one line on stderr: exit 2 for bad input, 130/143/129 when
interrupted by SIGINT/SIGTERM/SIGHUP (a render in progress leaves the previous report as it was),
1 for an internal error (``NEWSLENS_DEBUG=1`` shows its traceback).
"""
from __future__ import annotations

import json
import os
import signal
import sys
import time
import warnings
from pathlib import Path
from typing import Callable, Optional

import click

from .loader import SUFFIXES, InputError, InputWarning, check_readable

FORMAT_NAMES = ("html", "pdf")


def fail(message: str) -> None:
    """One line on stderr, exit code 2."""
    click.echo(f"newslens: error: {message}", err=True)
    sys.exit(2)


class Interrupted(KeyboardInterrupt):
    """SIGTERM or SIGHUP, raised like Ctrl-C so that every cleanup runs."""

    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.signum = signum


def _raise_interrupted(signum, _frame) -> None:
    raise Interrupted(signum)


def _show_warning(message, category, filename, lineno, file=None, line=None) -> None:
    if issubclass(category, InputWarning):
        click.echo(f"newslens: warning: {message}", err=True)
    else:
        _default_showwarning(message, category, filename, lineno, file, line)


_default_showwarning = warnings.showwarning


class _Main(click.Group):
    """The command group: signals become interrupts, errors become one line."""

    def invoke(self, ctx: click.Context):
        handlers = {}
        if _is_main_thread():
            handlers[signal.SIGINT] = signal.getsignal(signal.SIGINT)
            for sig in (signal.SIGTERM, signal.SIGHUP):
                handlers[sig] = signal.signal(sig, _raise_interrupted)
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("always", InputWarning)
                warnings.showwarning = _show_warning
                return super().invoke(ctx)
        except (click.exceptions.Exit, click.ClickException, click.Abort):
            raise
        except KeyboardInterrupt as exc:
            signum = getattr(exc, "signum", signal.SIGINT)
            for sig in handlers:
                signal.signal(sig, signal.SIG_IGN)  # the cleanup has run: exit quietly
            click.echo(f"newslens: interrupted ({signal.Signals(signum).name}); "
                       "finished reports are intact, the one in progress was not written", err=True)
            sys.exit(128 + signum)
        except InputError as exc:
            fail(str(exc))
        except OSError as exc:
            where = f"{exc.filename}: " if exc.filename else ""
            fail(f"{where}{exc.strerror or exc}")
        except Exception as exc:
            if os.environ.get("NEWSLENS_DEBUG"):
                raise
            first = (str(exc).strip().splitlines() or [""])[0][:200]
            click.echo(f"newslens: internal error: {exc.__class__.__name__}: {first} "
                       "(NEWSLENS_DEBUG=1 shows the traceback)", err=True)
            sys.exit(1)
        finally:
            warnings.showwarning = _default_showwarning
            for sig, handler in handlers.items():
                try:
                    signal.signal(sig, handler)
                except (ValueError, TypeError):
                    pass


def _is_main_thread() -> bool:
    import threading

    return threading.current_thread() is threading.main_thread()


def _formats(value: str) -> tuple[str, ...]:
    fmts = tuple(dict.fromkeys(f.strip().lower() for f in value.split(",") if f.strip()))
    bad = [f for f in fmts if f not in FORMAT_NAMES]
    if bad:
        raise InputError(f"--format: unknown format {bad[0]!r}; choose from {', '.join(FORMAT_NAMES)}")
    if not fmts:
        raise InputError(f"--format: no format given; choose one or more of {', '.join(FORMAT_NAMES)} "
                         "(comma-separated)")
    return fmts


def _focus(value: Optional[str]) -> tuple[Optional[str], Optional[str]]:
    if value is None:
        return None, None
    if ":" not in value:
        raise InputError("--focus: use START:END, e.g. 2021-12-01:2022-02-28 (either side may be empty)")
    from .loader import _valid_date

    lo, hi = (v.strip() or None for v in value.split(":", 1))
    if lo is None and hi is None:
        raise InputError("--focus: give at least one date, e.g. 2021-12-01:2022-02-28")
    lo, hi = _valid_date(lo, "--focus start"), _valid_date(hi, "--focus end")
    if lo and hi and lo > hi:
        raise InputError(f"--focus: the start {lo} is after the end {hi}")
    return lo, hi


def expand_inputs(paths: tuple[str, ...]) -> list[Path]:
    """Files as given; folders expanded to their articles.

    Sidecars and gold files (.json) are not articles, nor are a folder's own documents named in
    capitals (README.md, GUIDELINES.md, LICENSE.txt). Every path that cannot be an article (missing,
    a symlink loop, an unsupported type) is named once in one InputError, before anything is written.
    """
    out: list[Path] = []
    problems: list[str] = []
    for raw in dict.fromkeys(paths):
        p = Path(raw)
        if p.is_dir():
            try:
                found = sorted(f for f in p.iterdir() if f.suffix.lower() in SUFFIXES and f.is_file()
                               and not f.stem.isupper())
            except OSError as exc:
                problems.append(f"{p}: cannot list ({exc.strerror})")
                continue
            if not found:
                problems.append(f"{p}: folder holds no .txt, .md or .html articles")
            out.extend(found)
            continue
        try:
            check_readable(p)
        except InputError as exc:
            problems.append(str(exc))
            continue
        if p.suffix.lower() not in SUFFIXES:
            problems.append(f"{p}: unsupported file type {p.suffix or '(none)'}; use .txt, .md or .html")
            continue
        out.append(p)
    if problems:
        raise InputError("; ".join(problems))
    seen: dict[Path, Path] = {}
    unique = []
    for p in out:
        key = p.resolve()
        if key not in seen:
            seen[key] = p
            unique.append(p)
    return unique


def _same_ids(paths: list[Path]) -> None:
    """Refuse two articles that would write the same OUT/<id>/ (the second would replace the first)."""
    from .loader import read_sidecar, slug

    owner: dict[str, Path] = {}
    for p in paths:
        try:
            meta = read_sidecar(p)
        except InputError:
            meta = {}  # reported when the article is rendered
        key = slug(meta.get("id") if isinstance(meta.get("id"), str) and meta.get("id") else p.stem)
        if key in owner:
            raise InputError(f"{owner[key]} and {p} would both be written to <out>/{key}/; rename one "
                             "or give one an \"id\" in its .meta.json")
        owner[key] = p


@click.group(cls=_Main, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="newslens")
def main() -> None:
    """newslens: turn a Polish news article into an analytical brief (actors, quotes, demands, timeline)."""


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--published", metavar="YYYY-MM-DD", help="Publication date (overrides the sidecar).")
@click.option("--title", metavar="T", help="Headline (overrides the sidecar and the first line).")
@click.option("-o", "--output", "output", metavar="FILE", help="Write the JSON here instead of stdout.")
@click.option("--out", "out_dir", metavar="OUTDIR", help="Corpus mode: write OUTDIR/{articles,actors,quotes,demands,"
              "timeline,failures}.parquet (needed for a folder or several paths).")
@click.option("--jobs", type=int, metavar="N", help="Corpus mode: processes (default: one per core).")
@click.option("--scheduler", metavar="ADDRESS", help="Corpus mode: run on a Dask distributed scheduler instead.")
def extract(paths: tuple[str, ...], published: Optional[str], title: Optional[str], output: Optional[str],
            out_dir: Optional[str], jobs: Optional[int], scheduler: Optional[str]) -> None:
    """Print (or write) the extraction JSON of one article; for a folder or several paths (or --out),
    write the corpus tables in Parquet."""
    if len(paths) > 1 or out_dir or Path(paths[0]).is_dir():
        if published or title or output:
            fail("--published, --title and --output apply to a single article; use --out OUTDIR for a corpus")
        if not out_dir:
            what = f"{paths[0]}: is a directory" if len(paths) == 1 else "several articles"
            fail(f"{what}: give --out OUTDIR for the corpus tables (Parquet)")
        from .corpus import cli_extract_corpus

        cli_extract_corpus(paths, out_dir, jobs=jobs, scheduler=scheduler)
        return
    if jobs is not None or scheduler:
        fail("--jobs and --scheduler apply to a corpus (a folder, several paths or --out OUTDIR)")
    path = paths[0]
    from .analysis import analyze, atomic_write
    from .files import clean_stale

    try:
        if output and not Path(output).parent.is_dir():
            raise InputError(f"{Path(output).parent}: output directory does not exist")
        a = analyze(path, published=published, title=title)
        data = json.dumps(a.extraction.to_dict(), ensure_ascii=False, indent=2)
        if output:
            out = Path(output)
            if out.is_dir():
                raise InputError(f"{out}: is a directory, expected a file name")
            try:
                clean_stale(out.parent)  # temp files of a killed earlier run
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
@click.option("--jobs", type=click.IntRange(min=1), metavar="N", help="Corpus: render processes (default: one per core).")
def render(paths: tuple[str, ...], out_dir: str, formats: str, published: Optional[str], title: Optional[str],
           focus: Optional[str], index: Optional[bool], jobs: Optional[int]) -> None:
    """Render reports (HTML, PDF, executed notebook, extract.json, tables) for files or folders."""
    from .loader import _valid_date

    try:
        fmts = _formats(formats)
        window = _focus(focus)
        if published:
            _valid_date(published, "--published")
        inputs = expand_inputs(paths)
        if len(inputs) > 1 or index:
            if published or title:
                raise InputError("--published and --title apply to a single article; use sidecars for a corpus")
            _same_ids(inputs)
    except InputError as exc:
        fail(str(exc))
    if len(inputs) == 1 and not index:
        _render_one(inputs[0], out_dir, fmts, published, title, window)
        return
    from . import batch

    try:
        result = batch.render_many(inputs, out_dir, formats=fmts, focus=window, jobs=jobs)
    except InputError as exc:
        fail(str(exc))
    for path, error in result.failed:
        click.echo(f"newslens: failed: {path}: {error}", err=True)
    if not result.rendered:
        fail(f"no article rendered ({len(result.failed)} failed); nothing written")
    click.echo(f"{len(result.rendered)} rendered, {len(result.failed)} failed; index: {result.index}")
    batch.exit_now(1 if result.failed else 0)


def phase_printer(phases: dict[str, str], formats, tty: bool) -> Callable[[str], None]:
    """A ``progress`` callback printing ``[k/n] <what>`` per phase on a terminal (nothing in a pipe);
    the HTML and PDF phases count only when that format is asked for."""
    steps = [p for p in phases if p not in ("HTML", "PDF") or p.lower() in formats]

    def say(phase: str) -> None:
        if tty and phase in steps:
            click.echo(f"newslens: [{steps.index(phase) + 1}/{len(steps)}] {phases[phase]}…", err=True)
    return say


PHASES = {"reading": "reading the article", "analysing": "analysing and drawing the charts (notebook)",
          "HTML": "writing the HTML", "PDF": "printing the PDF (Chromium)"}


def _render_one(path: Path, out_dir: str, fmts: tuple[str, ...], published: Optional[str], title: Optional[str],
                window: tuple[Optional[str], Optional[str]]) -> None:
    """One article: a line per phase on a terminal, then the paths of the HTML and PDF."""
    from .report import exit_now, render as render_one

    run_phases(PHASES, fmts, lambda say: render_one(path, out_dir, formats=fmts, published=published, title=title,
                                                    focus=window, progress=say),
               "report", "extract.json, tables/, figures/ and report.ipynb are beside the report")
    exit_now(0)  # everything is written: skip the interpreter's slow teardown


def run_phases(phases: dict[str, str], fmts, run: Callable, stem: str, beside: str):
    """A render with a line per phase on a terminal (``run(progress)`` returns what it wrote), then the
    paths of ``stem``.html and .pdf on stdout; bad input or a failed render: one line and exit 2."""
    from .report import RenderError

    tty = sys.stderr.isatty()
    start = time.monotonic()
    try:
        done = run(phase_printer(phases, fmts, tty))
    except (InputError, RenderError) as exc:
        fail(str(exc))
    if tty:
        click.echo(f"newslens: done in {time.monotonic() - start:.1f} s; {beside} in {done.out_dir}/", err=True)
    for name in (f"{stem}.html", f"{stem}.pdf"):
        if name in done.files:
            click.echo(str(done.out_dir / name))
    return done


@main.command()
@click.argument("gold_dir")
@click.option("--pred", "pred_dir", metavar="DIR", help="Score saved predictions (<id>.json or <id>/extract.json) "
              "instead of running the extractors.")
@click.option("--out", "out_dir", default="eval", show_default=True, help="Write scores.json and misses.md here.")
def evaluate(gold_dir: str, pred_dir: Optional[str], out_dir: str) -> None:
    """Score the extraction on every article of GOLD_DIR that has a <name>.gold.json."""
    from tqdm import tqdm

    from .analysis import atomic_write
    from .evaluate import evaluate_dir, format_misses, format_table, speaker_summary, totals

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
    click.echo(speaker_summary(totals(rows)))
    click.echo(f"\nscores: {out / 'scores.json'}; misses and spurious: {out / 'misses.md'}")


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--out", "out_dir", default="report/compare", show_default=True,
              help="The comparison goes to OUT/comparison.html (and .pdf); OUT is replaced only if it is one.")
@click.option("--format", "formats", default="html,pdf", show_default=True, help="Comma-separated: html, pdf.")
def compare(paths: tuple[str, ...], out_dir: str, formats: str) -> None:
    """Compare several articles on one story (files or folders): quotes and demands aligned across outlets."""
    from .compare_render import cli_compare

    try:
        fmts = _formats(formats)
    except InputError as exc:
        fail(str(exc))
    cli_compare(paths, out_dir, fmts)


if __name__ == "__main__":
    main()
