"""Corpus extraction: Parquet tables equal to the in-process extraction, failures isolated, bad input
one line + exit 2, and the same tables from a process pool and from a two-worker Dask cluster."""
import gc
import shutil
import subprocess
import sys

import pyarrow.parquet as pq
import pytest

import newslens.extract
import newslens.corpus as corpus
from newslens.corpus import FAILURES, TABLES, cli_extract_corpus, extract_corpus, schema
from newslens.extract import extract
from newslens.loader import InputError, load_article

from .conftest import REFERENCE, ROOT

DEV = ROOT / "data" / "dev"
SMALL = [DEV / "legia-trener.txt", DEV / "baraze-polska-walia.txt", REFERENCE]


def tables(out):
    return {name: pq.read_table(out / f"{name}.parquet") for name in (*TABLES, FAILURES)}


def copy_articles(dest, paths):
    dest.mkdir(parents=True, exist_ok=True)
    for p in paths:
        shutil.copy(p, dest / p.name)
        side = p.with_name(p.stem + ".meta.json")
        if side.exists():
            shutil.copy(side, dest / side.name)
    return dest


def test_tables_equal_the_in_process_extraction(tmp_path):
    result = extract_corpus(SMALL, tmp_path / "out", jobs=1, progress=False)
    got = tables(tmp_path / "out")
    assert set(result.files) == {*TABLES, FAILURES} and not result.failed
    expected = sorted((extract(load_article(p)) for p in SMALL), key=lambda e: e.article.id)
    ids = [e.article.id for e in expected]
    assert got["articles"].column("article_id").to_pylist() == ids
    assert got["articles"].column("path").to_pylist() == [str(p) for p in sorted(SMALL, key=lambda p: load_article(p).id)]
    for e, row in zip(expected, got["articles"].to_pylist()):
        info = e.article.to_dict()
        assert row["article_id"] == info.pop("id")
        assert {k: row[k] for k in info} == info
    for section in ("actors", "quotes", "demands", "timeline"):
        rows = got[section].to_pylist()
        want = [{"article_id": e.article.id, **r.to_dict()} for e in expected for r in getattr(e, section)]
        assert len(rows) == len(want) > 0, section
        for r, w in zip(rows, want):  # lists come back as lists, tuples went in: compare as plain data
            assert r == _plain(w), section
        assert got[section].schema.equals(schema(section)), section
        assert None not in got[section].column("article_id").to_pylist()
    assert got[FAILURES].num_rows == 0
    assert result.counts["quotes"] == got["quotes"].num_rows


def _plain(value):
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    return value


def test_process_pool_gives_the_same_tables_as_one_process(tmp_path):
    extract_corpus(SMALL, tmp_path / "one", jobs=1, progress=False)
    extract_corpus(SMALL, tmp_path / "two", jobs=2, progress=False)
    one, two = tables(tmp_path / "one"), tables(tmp_path / "two")
    for name in one:
        assert one[name].equals(two[name]), name


def test_extract_collects_less_often_and_gives_the_collector_back_as_it_was(monkeypatch):
    seen = []
    real = newslens.extract.nlp.analyze

    def watched(text):
        seen.append((gc.get_threshold(), gc.get_freeze_count()))
        return real(text)

    monkeypatch.setattr(newslens.extract.nlp, "analyze", watched)
    before = gc.get_threshold()
    assert before[0] < corpus.GC_YOUNG and gc.get_freeze_count() == 0
    extract(load_article(REFERENCE))
    (threshold, frozen), = seen
    assert threshold == (corpus.GC_YOUNG, *before[1:]) and frozen > 0
    assert gc.get_threshold() == before and gc.get_freeze_count() == 0


def test_nested_and_concurrent_blocks_restore_the_collector_when_the_last_one_ends():
    import threading

    before = gc.get_threshold()
    inside, release = threading.Event(), threading.Event()

    def other():
        with corpus.fewer_collections():
            inside.set()
            release.wait(5)

    t = threading.Thread(target=other)
    with corpus.fewer_collections():
        t.start()
        assert inside.wait(5)
        with corpus.fewer_collections():
            assert gc.get_threshold()[0] == corpus.GC_YOUNG
    assert gc.get_threshold()[0] == corpus.GC_YOUNG and gc.get_freeze_count() > 0  # the other thread's block goes on
    release.set()
    t.join(5)
    assert gc.get_threshold() == before and gc.get_freeze_count() == 0


def test_one_process_collects_less_often_and_gives_the_collector_back_as_it_was(tmp_path, monkeypatch):
    seen = []
    real = corpus.extract_record

    def watched(path):
        seen.append((gc.get_threshold(), gc.get_freeze_count()))
        return real(path)

    monkeypatch.setattr(corpus, "extract_record", watched)
    before = gc.get_threshold()
    extract_corpus(SMALL[:2], tmp_path / "a", jobs=1, progress=False)
    assert len(seen) == 2 and all(t[0] >= corpus.GC_YOUNG and t[1:] == before[1:] and frozen > 0 for t, frozen in seen)
    assert gc.get_threshold() == before and gc.get_freeze_count() == 0
    gc.freeze()  # a caller's own frozen objects stay frozen: the pass neither freezes nor unfreezes
    calls = []
    real_freeze, real_unfreeze = gc.freeze, gc.unfreeze
    monkeypatch.setattr(gc, "freeze", lambda: calls.append("freeze") or real_freeze())
    monkeypatch.setattr(gc, "unfreeze", lambda: calls.append("unfreeze") or real_unfreeze())
    try:
        # (the count itself is no test: a frozen object freed by reference counting leaves it)
        extract_corpus(SMALL[:1], tmp_path / "b", jobs=1, progress=False)
        assert calls == [] and gc.get_freeze_count() > 0 and gc.get_threshold() == before
    finally:
        real_unfreeze()


def test_failures_are_listed_and_the_rest_goes_on(tmp_path, monkeypatch):
    src = copy_articles(tmp_path / "in", SMALL[:2])
    (src / "empty.txt").write_text("   \n", encoding="utf-8")
    (src / "english.txt").write_text("The quick brown fox jumps over the lazy dog. " * 20, encoding="utf-8")
    shutil.copy(SMALL[0], src / "boom.txt")
    shutil.copy(SMALL[0], src / "zz-copy.txt")
    (src / "zz-copy.meta.json").write_text('{"id": "legia-trener"}', encoding="utf-8")
    real = newslens.extract.extract

    def flaky(article):
        if article.id == "boom":
            raise ValueError("extractor bug\nsecond line of the message")
        return real(article)

    monkeypatch.setattr(newslens.extract, "extract", flaky)
    paths = sorted(src.glob("*.txt"))
    result = extract_corpus(paths, tmp_path / "out", jobs=1, progress=False)
    got = tables(tmp_path / "out")
    failed = {r["path"]: r["error"] for r in got[FAILURES].to_pylist()}
    assert set(failed) == {str(src / n) for n in ("boom.txt", "empty.txt", "english.txt", "zz-copy.txt")}
    assert failed[str(src / "boom.txt")] == "internal error: ValueError: extractor bug"
    assert "empty" in failed[str(src / "empty.txt")]
    assert "no Polish text" in failed[str(src / "english.txt")]
    assert "same article id 'legia-trener'" in failed[str(src / "zz-copy.txt")]
    assert all("\n" not in e for e in failed.values())
    assert sorted(got["articles"].column("article_id").to_pylist()) == ["baraze-polska-walia", "legia-trener"]
    assert sorted(result.failed) == sorted(failed.items())
    assert set(got["quotes"].column("article_id").to_pylist()) <= {"baraze-polska-walia", "legia-trener"}


def _cli(capsys, *args, **kw):
    with pytest.raises(SystemExit) as exc:
        cli_extract_corpus(*args, **kw)
    out = capsys.readouterr()
    return exc.value.code, out.out, out.err


def test_bad_inputs_are_one_line_and_exit_2_with_nothing_written(tmp_path, capsys):
    src = copy_articles(tmp_path / "in", SMALL[:1])
    out = tmp_path / "out"
    cases = [
        (([str(tmp_path / "missing")], str(out)), {}, "no such file"),
        (([str(tmp_path)], str(out)), {}, "holds no .txt"),
        (([str(src)], str(out)), {"jobs": 0}, "--jobs"),
        (([str(src)], str(src / "legia-trener.txt")), {}, "not a folder"),
    ]
    for args, kw, words in cases:
        code, stdout, stderr = _cli(capsys, *args, **kw)
        assert code == 2 and words in stderr, (args, stderr)
        assert stderr.count("\n") == 1 and stderr.startswith("newslens: error: ") and "Traceback" not in stderr
        assert not out.exists()
    empty = tmp_path / "bad"
    empty.mkdir()
    (empty / "a.txt").write_text("  ", encoding="utf-8")
    code, _, stderr = _cli(capsys, [str(empty)], str(out))
    assert code == 2 and "no article extracted (1 failed); nothing written" in stderr
    assert not list(out.glob("*.parquet"))


def test_a_failed_article_is_one_line_and_exit_1(tmp_path, capsys):
    src = copy_articles(tmp_path / "in", SMALL[:1])
    (src / "empty.txt").write_text("\n", encoding="utf-8")
    code, stdout, stderr = _cli(capsys, [str(src)], str(tmp_path / "out"), jobs=1)
    assert code == 1
    assert [line for line in stderr.splitlines() if line.startswith("newslens: failed:")] == \
        [f"newslens: failed: {src / 'empty.txt'}: empty file"]
    assert stdout.startswith("1 extracted, 1 failed:")
    assert pq.read_table(tmp_path / "out" / "articles.parquet").num_rows == 1


def test_corpus_module_keeps_pandas_off_the_single_extract_path():
    code = "import sys, newslens.cli, newslens.corpus, newslens.extract; " \
           "print(sorted(m for m in ('pandas', 'papermill', 'nbformat', 'jupytext', 'pyarrow') if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


@pytest.mark.slow
def test_dask_two_worker_cluster_matches_one_process_row_for_row(tmp_path):
    from distributed import LocalCluster

    paths = [*SMALL, DEV / "rpp-stopy-procentowe.txt", DEV / "manewry-chiny-tajwan.txt"]
    extract_corpus(paths, tmp_path / "one", jobs=1, progress=False)
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
                      dashboard_address=None) as cluster:
        result = extract_corpus(paths, tmp_path / "dask", scheduler=cluster.scheduler_address, progress=False)
    assert not result.failed and result.counts["articles"] == len(paths)
    one, dask = tables(tmp_path / "one"), tables(tmp_path / "dask")
    for name in one:
        assert one[name].num_rows == dask[name].num_rows, name
        assert one[name].to_pylist() == dask[name].to_pylist(), name


@pytest.mark.slow
def test_unreachable_scheduler_is_one_line_and_exit_2(tmp_path, capsys):
    src = copy_articles(tmp_path / "in", SMALL[:1])
    code, _, stderr = _cli(capsys, [str(src)], str(tmp_path / "out"), scheduler="tcp://127.0.0.1:9")
    assert code == 2 and stderr.startswith("newslens: error: --scheduler tcp://127.0.0.1:9: cannot connect")
    assert stderr.count("\n") == 1
    assert not list((tmp_path / "out").glob("*.parquet"))


def test_the_extract_command_writes_the_corpus_for_a_folder(tmp_path):
    from click.testing import CliRunner

    from newslens.cli import main

    src = copy_articles(tmp_path / "in", SMALL[:2])
    result = CliRunner().invoke(main, ["extract", str(src), "--jobs", "1", "--out", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    assert pq.read_table(tmp_path / "out" / "articles.parquet").column("article_id").to_pylist() == \
        ["baraze-polska-walia", "legia-trener"]
    for args, words in ((["extract", str(src)], "give --out OUTDIR"),
                        (["extract", str(src), "--out", str(tmp_path / "o2"), "--title", "T"], "single article"),
                        (["extract", str(SMALL[0]), "--jobs", "2"], "apply to a corpus")):
        result = CliRunner().invoke(main, args)
        assert result.exit_code == 2 and words in result.output, (args, result.output)
        assert result.output.count("\n") == 1
    assert not (tmp_path / "o2").exists()
