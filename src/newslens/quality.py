"""The report's "Extraction quality" section: figures and misses against a gold file beside the article."""
from __future__ import annotations

import html
from pathlib import Path
from typing import Any, Optional

from .analysis import Analysis
from .evaluate import SECTIONS, read_json, score
from .loader import InputError


def gold_for(a: Analysis) -> Optional[dict[str, Any]]:
    """The gold annotation beside the article (``<name>.gold.json``), or None."""
    if not a.article.gold_path or not Path(a.article.gold_path).exists():
        return None
    try:
        return read_json(Path(a.article.gold_path), "gold file")
    except InputError:
        return None


EMPTY = "—"  # the report's one empty-cell mark (newslens.present.EMPTY)


def _fmt(v: Optional[float]) -> str:
    return EMPTY if v is None else f"{v:.2f}"


def report_html(a: Analysis, gold: dict[str, Any]) -> str:
    """A table of P/R/F1 per section plus the misses, all escaped."""
    s = score(a.extraction.to_dict(), gold)
    extra = {"actors": ("type accuracy", "type_accuracy"), "quotes": ("speaker accuracy", "speaker_accuracy"),
             "timeline": ("value accuracy", "value_accuracy")}
    rows = []
    for sec in SECTIONS:
        r = s[sec]
        if r["tp"] + r["fp"] + r["fn"] == 0:
            continue
        label, key = extra.get(sec, ("", None))
        rows.append(f"<tr><td>{sec}</td><td class='nl-num'>{r['tp'] + r['fn']}</td>"
                    f"<td class='nl-num'>{_fmt(r['precision'])}</td><td class='nl-num'>{_fmt(r['recall'])}</td>"
                    f"<td class='nl-num'>{_fmt(r['f1'])}</td>"
                    f"<td>{html.escape(label + ' ' + _fmt(r.get(key))) if key else EMPTY}</td></tr>")
    table = ("<table class='nl-table'><thead><tr><th>section</th><th class='nl-num'>gold</th>"
             "<th class='nl-num'>precision</th><th class='nl-num'>recall</th><th class='nl-num'>F1</th>"
             "<th>other</th></tr></thead><tbody>" + "".join(rows) + "</tbody></table>")
    misses = []
    for sec in SECTIONS:
        for what in ("missed", "spurious"):
            misses += [f"{sec} {what}: {x}" for x in s[sec].get(what, [])]
    misses += [f"quote with wrong speaker: {x}" for x in s["quotes"].get("wrong_speaker", [])]
    misses += [f"date with wrong value: {x}" for x in s["timeline"].get("wrong_value", [])]
    body = ("<ul>" + "".join(f"<li>{html.escape(str(m))}</li>" for m in misses) + "</ul>") if misses \
        else "<p>Everything in the gold file was found, and nothing else.</p>"
    # one block that a printed page does not split: no lone line of it on the last page
    return f'<div class="nl-quality" style="break-inside:avoid;page-break-inside:avoid">{table}{body}</div>'
