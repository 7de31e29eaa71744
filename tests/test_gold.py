"""Every gold file is consistent with its article: the corpus is a yardstick only if it is sound."""
import json
import re
from datetime import date
from pathlib import Path

import pytest

from newslens.evaluate import find_article
from newslens.loader import load_article

ROOT = Path(__file__).resolve().parents[1]
GOLDS = sorted(p for d in ("dev", "holdout", "blind", "sealed", "raw") for p in (ROOT / "data" / d).glob("*.gold.json"))
ISO = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def valid_iso(value: str) -> bool:
    parts = value.split("/")
    if len(parts) > 2 or not all(ISO.match(p) for p in parts):
        return False
    for p in parts:
        y, m, d = (p.split("-") + ["01", "01"])[:3]
        date(int(y), int(m), int(d))
    return len(parts) == 1 or parts[0] <= parts[1]


def test_corpus_size_and_sidecars():
    dev = [g for g in GOLDS if g.parent.name == "dev"]
    assert len(dev) >= 15
    for g in dev:
        stem = g.name[: -len(".gold.json")]
        meta = json.loads(g.with_name(stem + ".meta.json").read_text("utf-8"))
        assert meta["published"] and meta["title"] and meta["outlet"]


@pytest.mark.parametrize("path", GOLDS, ids=lambda p: p.name)
def test_gold_file_is_consistent(path):
    gold = json.loads(path.read_text("utf-8"))
    article = find_article(path)
    assert article is not None, "no article beside the gold file"
    text = load_article(article).text
    names = {a["name"] for a in gold["actors"]}
    assert len(names) == len(gold["actors"]), "duplicate actor names"
    for a in gold["actors"]:
        assert a["type"] in ("person", "organization", "place", "media")
        for form in [a["name"]] + a["aliases"]:
            if form not in text:
                assert a["name"] != form or a["aliases"], f"actor {form!r} never appears"
        assert any(f in text for f in [a["name"]] + a["aliases"]), a["name"]
    for q in gold["quotes"]:
        assert q["kind"] in ("direct", "partial", "indirect")
        assert q["text_start"] in text and q["text_end"] in text, q["text_start"]
        assert text.index(q["text_start"]) <= text.rindex(q["text_end"]), q["text_start"]
        assert q["via"] is None or q["via"] in names, ("via", q["via"])
        if q.get("group"):  # a group speaker (GUIDELINES: Speakers) is named, but is no actor
            assert q["speaker"] and q["speaker"] not in names and q["speaker"][0].islower()
        else:
            assert q["speaker"] is None or set(q["speaker"].split(", ")) <= names, ("speaker", q["speaker"])
    for d in gold["demands"]:
        assert d["text_start"] in text, d["text_start"]
        assert d.get("kind", "item") in ("item", "condition")
        if d.get("group"):
            assert d["by"] and d["by"] not in names and d["by"][0].islower()
        else:
            assert d["by"] is None or set(d["by"].split(", ")) <= names, d["by"]
        for of in (d["of"] or "").split(", "):
            assert not of or of in names, of
    for t in gold["timeline"]:
        assert t["expression"] in text, t["expression"]
        assert valid_iso(t["value"]), t["value"]
