"""Property tests (issue 16): the extraction never raises on hostile text, keeps every offset inside
the text, and costs time in proportion to the text's length.

Profiles: ``ci`` (default, part of ``make test``) and ``long`` (``make fuzz``, ``NEWSLENS_FUZZ=long``).
With ``NEWSLENS_FUZZ_STATS=DIR`` the figures of the run (inputs tried, failures, the slowest seconds
per MB) are written to DIR/fuzz.json.
"""
from __future__ import annotations

import json
import os
import time
import unicodedata
from pathlib import Path

import jsonschema
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newslens.extract import extract
from newslens.loader import Article, InputError, load_article

from .conftest import REFERENCE, ROOT

PROFILE = os.environ.get("NEWSLENS_FUZZ", "ci")
EXAMPLES = {"ci": 25, "long": 300}[PROFILE]
FUZZ = settings(max_examples=EXAMPLES, deadline=None, derandomize=PROFILE == "ci", print_blob=True,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.large_base_example])
SCHEMA = json.loads((ROOT / "src/newslens/schema/extract.schema.json").read_text("utf-8"))
# CPU seconds, a generous bound: measured ~5-30 s per MB; a quadratic step blows far past it on long inputs
SECONDS_FIXED, SECONDS_PER_KB = 3.0, 0.05

STATS = {"profile": PROFILE, "inputs": 0, "failures": 0, "max_seconds_per_mb": 0.0,  # CPU seconds
         "max_kb": 0.0, "slowest_input_kb": 0.0, "refused_by_the_loader": 0}

WORDS = sorted(set(REFERENCE.read_text("utf-8").split()))[:400]
PIECES = [
    "„", "”", "\"", "«", "»", "‘", "’", "'", "–", "—", "-", " – ", ":", ";", ".", ",", "?", "!", "…", "(", ")",
    "\n", "\n\n", "\n– ", "\n- ", "\n1. ", "\n2) ", "* ", "# ", "## ", "**", "__", "[", "](", "<b>", "</p>",
    "<script>alert(1)</script>", "&amp;", "&#0;", "\t", "\r\n", "\r", "\u00a0", "\u200b", "\u202e", "\ufeff",
    "\ufffd", "e\u0301", "🙂", "٣", "ß", "İ", "ﬁ", " ", "  ",
    "12 stycznia 2022", "w latach 90.", "do 3 lutego", "1.12.2021", "2022-10-30", "we wtorek", "wczoraj",
    "w przyszłym roku", "od lipca do września", "z przełomu roku", "w 1410 roku", "w 9999 r.", "31 lutego",
    "powiedział", "oświadczył, że", "według niego", "zażądał", "domagają się:", "Siergiej Ławrow", "MSZ",
    "Rosja", "NATO", "rzecznik Kremla", "jak podaje TASS", "tzw.", "r.", "godz. 12:30", "mln zł",
]
piece = st.one_of(st.sampled_from(PIECES), st.sampled_from(WORDS), st.text(max_size=12),
                  st.characters(codec="utf-8").map(str))
prose = st.lists(st.one_of(piece, piece.map(lambda p: p + " ")), max_size=300).map("".join)
long_line = st.tuples(st.lists(piece, min_size=1, max_size=12).map(" ".join), st.integers(50, 3000)).map(
    lambda t: t[0] * t[1])
texts = st.one_of(prose, long_line, st.lists(st.one_of(prose, long_line), max_size=4).map("\n".join))


def normalised(text: str) -> str:
    """What the loader hands the extractor: one newline convention, NFC."""
    return unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))


def check_extraction(text: str) -> None:
    try:
        _check_extraction(text)
    except BaseException:
        STATS["failures"] += 1  # failing inputs, shrinking steps included
        raise


def _check_extraction(text: str) -> None:
    start = time.process_time()  # CPU time: other work on a shared machine does not count against us
    ex = extract(Article(id="fuzz", text=text, published=None))
    elapsed = time.process_time() - start
    kb = len(text.encode("utf-8")) / 1024
    STATS["inputs"] += 1
    STATS["max_kb"] = max(STATS["max_kb"], kb)
    if kb >= 4:  # per-MB figures of tiny inputs are start-up cost, not speed
        rate = elapsed / (kb / 1024)
        if rate > STATS["max_seconds_per_mb"]:
            STATS["max_seconds_per_mb"], STATS["slowest_input_kb"] = rate, kb
            STATS["slowest_input_start"] = text[:120]
    n = len(text)

    def span(s: int, e: int, what: str) -> None:
        assert isinstance(s, int) and isinstance(e, int) and 0 <= s <= e <= n, (what, s, e, n)

    for a in ex.actors:
        span(a.first_offset, a.first_offset, "actor first_offset")
        for s, e in a.offsets:
            span(s, e, f"actor {a.name}")
    for q in ex.quotes:
        span(q.start, q.end, "quote")
        assert q.text == text[q.start:q.end]
    for d in ex.demands:
        span(d.start, d.end, "demand")
        assert d.text == text[d.start:d.end]
    for t in ex.timeline:
        span(t.start, t.end, "timex")
        assert t.expression == text[t.start:t.end]
    data = ex.to_dict()
    jsonschema.validate(json.loads(json.dumps(data, ensure_ascii=False)), SCHEMA)
    assert elapsed <= SECONDS_FIXED + SECONDS_PER_KB * kb, f"{elapsed:.1f} s for {kb:.0f} KB"


@pytest.fixture(scope="module", autouse=True)
def fuzz_figures():
    yield
    target = os.environ.get("NEWSLENS_FUZZ_STATS")
    if target:
        Path(target, "fuzz.json").write_text(json.dumps(STATS, indent=2) + "\n", "utf-8")


@FUZZ
@given(texts)
def test_extraction_survives_any_text(text):
    check_extraction(normalised(text))


@FUZZ
@given(st.binary(max_size=3000), st.sampled_from([".txt", ".md", ".html"]))
def test_loader_and_extraction_survive_any_bytes(tmp_path_factory, raw, suffix):
    path = tmp_path_factory.mktemp("fuzz") / f"input{suffix}"
    path.write_bytes(raw)
    try:
        article = load_article(path, require_polish=False)
    except InputError as exc:
        STATS["refused_by_the_loader"] += 1
        assert "\n" not in str(exc)  # one line for the user
        return
    check_extraction(article.text)


@FUZZ
@given(st.lists(st.sampled_from(sorted(ROOT.glob("data/dev/*.txt"))), min_size=1, max_size=6),
       st.sampled_from(["\n\n", "\n", " ", "„", "– "]))
def test_real_articles_glued_together(paths, glue):
    check_extraction(normalised(glue.join(p.read_text("utf-8") for p in paths)))


@pytest.mark.slow
def test_extraction_time_per_kb_on_a_1_mb_article():
    """Issue 17: extraction is linear in length. Quadratic steps took minutes here (10 min for 4.8 MB)."""
    dev = [p.read_text("utf-8") for p in sorted(ROOT.glob("data/dev/*.txt"))]
    text = "\n\n".join(dev)
    text = "\n\n".join([text] * (1024 * 1024 // len(text.encode("utf-8")) + 1))
    kb = len(text.encode("utf-8")) / 1024
    assert kb >= 1024
    extract(Article(id="small", text=dev[0]))  # warm the lexicons
    start = time.process_time()
    ex = extract(Article(id="big", text=text))
    per_kb = (time.process_time() - start) / kb
    assert ex.quotes and ex.timeline
    assert per_kb < 0.1, f"{per_kb * 1024:.1f} s per MB"  # ~5-30 s per MB measured; quadratic was ~400
