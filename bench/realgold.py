"""Keep hand annotations of real published pages in the repository without their text.

The real pages' text is not ours to commit, so their gold files live outside the repository, and a new
machine loses them (the eleventh session found the 192 annotated pages of sessions 5-10 gone). This
script turns such a gold file into a text-free record: every string that comes from the page (a
quote's first and last words, a demand's first words, a temporal expression) becomes character offsets
into the page text, with the text's SHA-256 and length; what the annotator wrote or what is a fact
(actor names, aliases, types, roles, speakers, ISO values, URL, outlet, date, the search query that
returned the excerpt) is kept. The page's title (a sentence of the page) and free-text notes and
timeline events are dropped.

    python bench/realgold.py pack DIR OUT_DIR      # DIR/rNNN.{txt,gold.json,meta.json} -> OUT_DIR/rNNN.json
    python bench/realgold.py unpack REC_DIR TXT_DIR OUT_DIR   # rebuild gold files for the fetched texts

To restore: for each record, search the stored pages (corpus "pages") with its `query`, take the
result with its `url`, save the excerpt as TXT_DIR/rNNN.txt the way it was saved (a leading
" date YYYY-MM" marker dropped, outer whitespace stripped), then unpack. A text whose hash differs is
reported and skipped, never guessed.
"""
from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path


def _span(text: str, s: str, after: int = 0, last: bool = False) -> list[int]:
    i = text.rindex(s) if last else text.find(s, after)
    if i < 0:
        i = text.index(s)
    return [i, i + len(s)]


def _pack_actor(text: str, a: dict) -> dict:
    """A long role is a phrase of the page: kept as offsets when it occurs in the text."""
    role = a.get("role")
    if role and len(role.split()) > 5 and role in text:
        return {**{k: v for k, v in a.items() if k != "role"}, "role_span": _span(text, role)}
    return a


def pack(text: str, gold: dict, meta: dict) -> dict:
    quotes = []
    for q in gold["quotes"]:
        a = _span(text, q["text_start"])
        quotes.append({**{k: v for k, v in q.items() if k not in ("text_start", "text_end")},
                       "start": a, "end": _span(text, q["text_end"], after=a[0])})
    demands = [{**{k: v for k, v in d.items() if k != "text_start"}, "start": _span(text, d["text_start"])}
               for d in gold["demands"]]
    timeline = [{"expression": _span(text, t["expression"]), "value": t["value"]} for t in gold["timeline"]]
    return {"id": gold.get("id"), "sha256": hashlib.sha256(text.encode("utf-8")).hexdigest(),
            "chars": len(text), "url": meta.get("url") or gold.get("url"), "query": meta.get("query"),
            "outlet": meta.get("outlet"), "published": meta.get("published"), "language": meta.get("language", "pl"),
            "actors": [_pack_actor(text, a) for a in gold["actors"]], "quotes": quotes, "demands": demands, "timeline": timeline}


def unpack(text: str, rec: dict) -> tuple[dict, dict]:
    if hashlib.sha256(text.encode("utf-8")).hexdigest() != rec["sha256"]:
        raise ValueError(f"{rec['id']}: the fetched text is not the annotated one (hash differs)")
    cut = lambda ab: text[ab[0]:ab[1]]  # noqa: E731
    quotes = [{**{k: v for k, v in q.items() if k not in ("start", "end")},
               "text_start": cut(q["start"]), "text_end": cut(q["end"])} for q in rec["quotes"]]
    demands = [{**{k: v for k, v in d.items() if k != "start"}, "text_start": cut(d["start"])}
               for d in rec["demands"]]
    timeline = [{"expression": cut(t["expression"]), "value": t["value"], "event": ""} for t in rec["timeline"]]
    title = text.strip().splitlines()[0][:120] if text.strip() else rec["id"]
    meta = {"title": title, "outlet": rec["outlet"], "published": rec["published"], "language": rec["language"],
            "url": rec["url"], "query": rec["query"], "note": "Real page restored from bench/realgold (text-free record)."}
    gold = {"id": rec["id"], "url": rec["url"], "outlet": rec["outlet"], "title": title,
            "published": rec["published"], "language": rec["language"], "notes": "",
            "actors": [{**{k: v for k, v in a.items() if k != "role_span"}, "role": cut(a["role_span"])}
                       if "role_span" in a else a for a in rec["actors"]], "quotes": quotes, "demands": demands, "timeline": timeline}
    return gold, meta


def main(argv: list[str]) -> int:
    if len(argv) == 3 and argv[0] == "pack":
        src, out = Path(argv[1]), Path(argv[2])
        out.mkdir(parents=True, exist_ok=True)
        for g in sorted(src.glob("*.gold.json")):
            stem = g.name[: -len(".gold.json")]
            text = (src / f"{stem}.txt").read_text("utf-8")
            meta = json.loads((src / f"{stem}.meta.json").read_text("utf-8"))
            rec = pack(text, json.loads(g.read_text("utf-8")), meta)
            gold2, _ = unpack(text, rec)  # round trip: the record must give back every span's text
            orig = json.loads(g.read_text("utf-8"))
            for key in ("actors", "quotes", "demands"):
                assert gold2[key] == orig[key], (stem, key)
            (out / f"{stem}.json").write_text(json.dumps(rec, ensure_ascii=False, indent=1) + "\n", "utf-8")
        return 0
    if len(argv) == 4 and argv[0] == "unpack":
        recs, txts, out = Path(argv[1]), Path(argv[2]), Path(argv[3])
        out.mkdir(parents=True, exist_ok=True)
        bad = 0
        for r in sorted(recs.glob("*.json")):
            t = txts / f"{r.stem}.txt"
            if not t.exists():
                continue
            try:
                gold, meta = unpack(t.read_text("utf-8"), json.loads(r.read_text("utf-8")))
            except ValueError as e:
                print(e, file=sys.stderr)
                bad += 1
                continue
            (out / f"{r.stem}.txt").write_text(t.read_text("utf-8"), "utf-8")
            (out / f"{r.stem}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", "utf-8")
            (out / f"{r.stem}.meta.json").write_text(json.dumps(meta, ensure_ascii=False, indent=1) + "\n", "utf-8")
        return 1 if bad else 0
    print(__doc__.strip().splitlines()[0] + "\nusage: realgold.py pack DIR OUT_DIR | unpack REC_DIR TXT_DIR OUT_DIR", file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
