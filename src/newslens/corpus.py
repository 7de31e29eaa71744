"""Corpus extraction without rendering: many articles in, five Parquet tables out.

``extract_corpus(paths, out_dir, jobs=N, scheduler=None)`` runs the extractors on every article and
writes ``articles.parquet``, ``actors.parquet``, ``quotes.parquet``, ``demands.parquet`` and
``timeline.parquet`` (every row carries its ``article_id``) plus ``failures.parquet`` (``path``,
``error``: one row per article that could not be read or extracted; the others go on), each file
written atomically, for pandas or DuckDB.

One function does one article (:func:`extract_record`); it runs in this process (``jobs=1``), in a
process pool (a worker per core by default) or on a Dask distributed cluster (``scheduler`` is the
scheduler's address; the workers must see the articles' paths, e.g. on a shared file system, and
have newslens installed). The tables are sorted by article id (then path) and keep each article's
rows in extraction order, so every way of running gives the same tables row for row.

Two files that yield the same article id cannot both be keyed by it: the first by path is kept, the
others are listed as failures.
"""
from __future__ import annotations

import contextlib
import dataclasses
import os
import sys
import threading
import types
import typing
import warnings
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable, Optional, Sequence

from .loader import InputError, InputWarning
from .model import Actor, ArticleInfo, Demand, Quote, Timex

SECTIONS = {"actors": Actor, "quotes": Quote, "demands": Demand, "timeline": Timex}
TABLES = ("articles", "actors", "quotes", "demands", "timeline")
FAILURES = "failures"


def default_jobs() -> int:
    """One worker per core this process may run on."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):
        return max(1, os.cpu_count() or 1)


# --- one article --------------------------------------------------------------------------------

def extract_record(path: str) -> dict[str, Any]:
    """Extract one article into plain rows: ``{"path", "id", "rows": {table: [dict]}, "warnings"}``.

    Never raises for a bad article: ``{"path", "error"}`` instead (one line), so one article cannot
    stop a corpus. Plain dicts and lists only: they travel between processes and machines.
    """
    from .extract import extract
    from .loader import load_article

    try:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always", InputWarning)
            article = load_article(path)
            ex = extract(article)
    except InputError as exc:
        return {"path": path, "error": _one_line(str(exc)).removeprefix(f"{path}: ")}
    except RecursionError:
        return {"path": path, "error": "internal error: RecursionError (text nested too deeply)"}
    except Exception as exc:  # noqa: BLE001  (an extractor's bug must not stop the corpus)
        return {"path": path, "error": f"internal error: {exc.__class__.__name__}: {_one_line(str(exc))}"}
    aid = ex.article.id
    info = ex.article.to_dict()
    info.pop("id")
    rows = {"articles": [{"article_id": aid, "path": path, **info}]}
    for section in SECTIONS:
        rows[section] = [{"article_id": aid, **r.to_dict()} for r in getattr(ex, section)]
    notes = [_one_line(str(w.message)).removeprefix(f"{path}: ") for w in caught
             if issubclass(w.category, InputWarning)]
    return {"path": path, "id": aid, "rows": rows, "warnings": notes}


def _one_line(text: str) -> str:
    return (text.strip().splitlines() or [""])[0][:300]


# --- table schemas, from the contract dataclasses ----------------------------------------------

def _arrow_type(hint: Any):
    import pyarrow as pa

    origin = typing.get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        (inner,) = [a for a in typing.get_args(hint) if a is not type(None)]
        return _arrow_type(inner)
    if origin is tuple:
        return pa.list_(_arrow_type(typing.get_args(hint)[0]))
    if hint is bool:
        return pa.bool_()
    if hint is int:
        return pa.int64()
    if hint is str:
        return pa.string()
    raise TypeError(f"no Parquet column type for {hint!r}")


def schema(table: str):
    """The Arrow schema of ``table``: ``article_id`` first, then the contract's fields in order."""
    import pyarrow as pa

    if table == FAILURES:
        return pa.schema([("path", pa.string()), ("error", pa.string())])
    cls = ArticleInfo if table == "articles" else SECTIONS[table]
    hints = typing.get_type_hints(cls)
    fields = [pa.field("article_id", pa.string(), nullable=False)]
    if table == "articles":
        fields.append(pa.field("path", pa.string()))
    fields += [pa.field(f.name, _arrow_type(hints[f.name])) for f in dataclasses.fields(cls) if f.name != "id"]
    return pa.schema(fields)


# --- many articles ------------------------------------------------------------------------------

@dataclass
class CorpusResult:
    out_dir: Path
    files: dict[str, Path] = field(default_factory=dict)
    counts: dict[str, int] = field(default_factory=dict)  # rows per table
    failed: list[tuple[str, str]] = field(default_factory=list)  # (path, one-line error)
    warnings: list[tuple[str, str]] = field(default_factory=list)


def extract_corpus(paths: Sequence[str | Path], out_dir: str | Path, *, jobs: Optional[int] = None,
                   scheduler: Optional[str] = None, progress: bool = True) -> CorpusResult:
    """Extract every article of ``paths`` and write the tables under ``out_dir`` (see the module doc).

    ``jobs``: processes on this machine (default: one per core; 1 runs in this process);
    ``scheduler``: a Dask distributed scheduler address (``tcp://host:8786``) instead of local
    processes. Raises InputError (nothing written) when ``out_dir`` cannot be a folder, the
    scheduler cannot be reached, or no article could be extracted.
    """
    out = Path(out_dir)
    given = [str(p) for p in paths]
    if not given:
        raise InputError("no articles given")
    if jobs is not None and jobs < 1:
        raise InputError(f"--jobs: must be 1 or more, not {jobs}")
    _prepare_out(out)
    absolute = [os.path.abspath(p) for p in given]
    back = dict(zip(absolute, given))
    if scheduler:
        records = _run_dask(absolute, scheduler, progress)
    else:
        records = _run_local(absolute, jobs or default_jobs(), progress)
    result = CorpusResult(out)
    kept = []
    for rec in records:
        rec["path"] = back.get(rec["path"], rec["path"])
        if "error" in rec:
            result.failed.append((rec["path"], rec["error"]))
            continue
        for row in rec["rows"]["articles"]:
            row["path"] = rec["path"]
        kept.append(rec)
        result.warnings += [(rec["path"], w) for w in rec.get("warnings", ())]
    kept.sort(key=lambda r: (r["id"], r["path"]))
    unique = []
    for rec in kept:
        if unique and unique[-1]["id"] == rec["id"]:
            result.failed.append((rec["path"], f"same article id {rec['id']!r} as {unique[-1]['path']} "
                                               "(give one an \"id\" in its .meta.json)"))
            continue
        unique.append(rec)
    result.failed.sort()
    if not unique:
        raise InputError(f"no article extracted ({len(result.failed)} failed); nothing written")
    tables = {name: [row for rec in unique for row in rec["rows"][name]] for name in TABLES}
    tables[FAILURES] = [{"path": p, "error": e} for p, e in result.failed]
    result.files = _write_tables(out, tables)
    result.counts = {name: len(rows) for name, rows in tables.items()}
    return result


def _prepare_out(out: Path) -> None:
    if out.exists() and not out.is_dir():
        raise InputError(f"{out}: exists and is not a folder")
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise InputError(f"{out}: cannot create ({exc.strerror})") from None
    if not os.access(out, os.W_OK | os.X_OK):
        raise InputError(f"{out}: cannot write (permission denied)")


def _bar(total: int, progress: bool):
    from tqdm import tqdm

    return tqdm(total=total, desc="extracting", unit="article", file=sys.stderr, disable=not progress,
                leave=False)


# Collections run every GC_YOUNG new container objects while an article or a corpus is extracted in
# this process (Python's default: 700). An article makes hundreds of thousands of short-lived ones
# (tokens, tuples, rows) that reference counting frees; the default makes hundreds of collections a
# pass, and the full ones walk every entry of the long-lived dictionary and lexicon caches built
# before (and, on a long text, every token made so far: the full collections of a 1.3 MB article took
# 2.5 of its 20 s). Those are frozen (gc.freeze: left out of collections) for the pass and given back
# afterwards. Measured: ~10 % of the CPU time of a warm pass over data/dev (bench/bench.py's corpus
# extraction).
GC_YOUNG = 10_000
_collector_lock = threading.Lock()
_collector_depth = 0  # blocks inside fewer_collections now (nested or in other threads)
_collector_saved: tuple = ((700, 10, 10), False)


@contextlib.contextmanager
def fewer_collections():
    """Fewer cyclic-garbage collections while the block runs (see GC_YOUNG); the collector's
    thresholds and its view of older objects are restored when the outermost block (of any thread)
    ends. Nothing is left uncollected: garbage cycles wait for a later collection. ``extract`` runs
    inside one, and so does a one-process corpus pass."""
    import gc

    global _collector_depth, _collector_saved
    with _collector_lock:
        if _collector_depth == 0:
            old = gc.get_threshold()
            freeze = gc.get_freeze_count() == 0  # (a caller's own frozen objects stay frozen)
            if freeze:
                gc.freeze()
            gc.set_threshold(max(GC_YOUNG, old[0]), *old[1:])
            _collector_saved = (old, freeze)
        _collector_depth += 1
    try:
        yield
    finally:
        with _collector_lock:
            _collector_depth -= 1
            if _collector_depth == 0:
                old, freeze = _collector_saved
                gc.set_threshold(*old)
                if freeze:
                    gc.unfreeze()


_fewer_collections = fewer_collections


def _worker_start() -> None:
    """A pool worker extracts articles until the pool ends: it collects as a one-process pass does
    (see GC_YOUNG), for its whole life."""
    import gc

    gc.freeze()
    gc.set_threshold(max(GC_YOUNG, gc.get_threshold()[0]), *gc.get_threshold()[1:])


def _run_local(paths: list[str], jobs: int, progress: bool) -> list[dict]:
    jobs = min(jobs, len(paths))
    if jobs == 1:
        out = []
        with _bar(len(paths), progress) as bar, _fewer_collections():
            for p in paths:
                out.append(extract_record(p))
                bar.update()
        return out
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor, as_completed

    if threading.active_count() == 1 and "fork" in multiprocessing.get_all_start_methods():
        # fork from this process, which has no other thread: the workers inherit the extractors, the
        # loaded dictionary and everything built on first use (copy on write) and are this process's
        # children (their CPU counts here)
        _warm_up(len(paths))
        ctx = multiprocessing.get_context("fork")
    else:
        # threads here (a Dask client, a test runner's): fork only from a clean server process
        ctx = multiprocessing.get_context("forkserver")
        ctx.set_forkserver_preload(["newslens.extract"])
    out = []
    with ProcessPoolExecutor(max_workers=jobs, mp_context=ctx, initializer=_worker_start) as pool:
        futures = [pool.submit(extract_record, p) for p in paths]
        try:
            with _bar(len(paths), progress) as bar:
                for fut in as_completed(futures):
                    out.append(_result(fut, futures, paths))
                    bar.update()
        except BaseException:
            for f in futures:
                f.cancel()
            raise
    return out


WARM_UP = ("Warszawa, 5 marca 2024 r. Związek Zawodowy Górników zażądał od zarządu spółki podwyżek od 1 kwietnia. "
           "– Nie ustąpimy – powiedział w poniedziałek przewodniczący Jan Kowalski. Rzecznik ministerstwa "
           "zapowiedział, że jeśli rząd nie spełni postulatów, strajk zacznie się w przyszłym tygodniu.")


def _warm_up(n_articles: int) -> None:
    """Build once, before the workers fork, what every worker would otherwise build for itself on
    its first article: the dictionary, the tokeniser, the lexicons and gazetteer, the timex
    patterns (and their one-scan union when the corpus is not tiny)."""
    from .extract import extract
    from .extract.timex_scan import _union
    from .loader import Article

    extract(Article(id="warm-up", text=WARM_UP, published="2024-03-05"))
    if n_articles > 10:
        _union()


def _result(fut, futures: list, paths: list[str]) -> dict:
    try:
        return fut.result()
    except Exception as exc:  # noqa: BLE001  (a worker killed mid-article: that article fails)
        path = paths[futures.index(fut)]
        return {"path": path, "error": f"worker failed: {exc.__class__.__name__}: {_one_line(str(exc))}"}


def _run_dask(paths: list[str], scheduler: str, progress: bool) -> list[dict]:
    try:
        from distributed import Client, as_completed
    except ImportError:
        raise InputError("--scheduler needs Dask distributed: pip install 'dask[distributed]'") from None
    try:
        client = Client(scheduler, timeout="15s")  # default until closed: as_completed needs one
    except (OSError, TimeoutError, ValueError, TypeError) as exc:
        raise InputError(f"--scheduler {scheduler}: cannot connect ({_one_line(str(exc)) or exc.__class__.__name__})") \
            from None
    out = []
    try:
        futures = client.map(extract_record, paths, pure=False)
        index = {f.key: p for f, p in zip(futures, paths)}
        with _bar(len(paths), progress) as bar:
            for fut in as_completed(futures):
                try:
                    out.append(fut.result())
                except Exception as exc:  # noqa: BLE001  (a worker lost mid-article)
                    out.append({"path": index[fut.key],
                                "error": f"worker failed: {exc.__class__.__name__}: {_one_line(str(exc))}"})
                bar.update()
    finally:
        client.close()
    return out


def _write_tables(out: Path, tables: dict[str, list[dict]]) -> dict[str, Path]:
    """Every table to bytes first, then each file through a locked temp file and a rename."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    from .files import atomic_write, clean_stale

    blobs = {}
    for name, rows in tables.items():
        table = pa.Table.from_pylist(rows, schema=schema(name))
        sink = pa.BufferOutputStream()
        pq.write_table(table, sink)
        blobs[name] = sink.getvalue().to_pybytes()
    clean_stale(out)
    written = {}
    try:
        for name, data in blobs.items():
            written[name] = atomic_write(out / f"{name}.parquet", data)
    except OSError as exc:
        raise InputError(f"{out}: cannot write ({exc.strerror})") from None
    return written


# --- the command --------------------------------------------------------------------------------

def cli_extract_corpus(paths: Iterable[str], out_dir: str, jobs: Optional[int] = None,
                       scheduler: Optional[str] = None, echo: Callable[..., None] | None = None) -> None:
    """``newslens extract DIR… --out OUTDIR [--jobs N] [--scheduler ADDRESS]``.

    Bad input (no articles, an unwritable OUTDIR, an unreachable scheduler): one line, exit 2,
    nothing written. Each failed article: one line ``newslens: failed: PATH: why``; then a summary
    on stdout; exit 1 when any article failed.
    """
    import click

    from .cli import expand_inputs, fail

    try:
        if jobs is not None and jobs < 1:
            raise InputError(f"--jobs: must be 1 or more, not {jobs}")
        if scheduler is not None and not scheduler.strip():
            raise InputError("--scheduler: give an address, e.g. tcp://127.0.0.1:8786")
        inputs = expand_inputs(tuple(paths))
        result = extract_corpus(inputs, out_dir, jobs=jobs, scheduler=scheduler,
                                progress=True)
    except InputError as exc:
        fail(str(exc))
    for path, note in result.warnings:
        click.echo(f"newslens: warning: {path}: {note}", err=True)
    for path, error in result.failed:
        click.echo(f"newslens: failed: {path}: {error}", err=True)
    c = result.counts
    click.echo(f"{c['articles']} extracted, {len(result.failed)} failed: {c['actors']} actors, {c['quotes']} quotes, "
               f"{c['demands']} demands, {c['timeline']} timeline rows in {result.out_dir}/"
               "{articles,actors,quotes,demands,timeline,failures}.parquet")
    if result.failed:
        sys.exit(1)
