"""Render many articles on every core (``render_pool``), and write a corpus index page."""
from __future__ import annotations

import base64
import html
import io
import json
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional, Sequence

from .files import atomic_write
from .loader import InputError
from .report import FORMATS, RenderError, exit_now, workspace  # noqa: F401 (exit_now: for the CLI)


@dataclass
class BatchResult:
    rendered: list = field(default_factory=list)  # report.Rendered
    failed: list[tuple[str, str]] = field(default_factory=list)
    index: Optional[Path] = None


def render_many(paths: Sequence[Path], out_dir: str | Path, *, formats: Sequence[str] = FORMATS,
                focus=(None, None), progress: bool = True, jobs: Optional[int] = None) -> BatchResult:
    """Render each article (one failure does not stop the rest), then write ``OUT/index.html``.

    ``jobs`` worker processes (default: one per core) render in parallel, each with its own kernel
    and browser kept open across articles (``render_pool``). An output folder that cannot be
    written raises InputError before anything is rendered; when no article renders, no index is written.
    """
    from tqdm import tqdm

    from .render_pool import render_parallel

    out = Path(out_dir)
    result = BatchResult()
    with workspace(out):  # OUT checked and created, leftovers of killed runs removed, kept while rendering
        with tqdm(total=len(paths), desc="rendering", unit="article", file=sys.stderr, disable=not progress) as bar:
            def done(o) -> None:
                bar.set_postfix_str(Path(o.path).name[:30])
                bar.update()

            try:
                outcomes = render_parallel(list(paths), out, formats=formats, focus=focus, jobs=jobs, on_done=done)
            except RenderError as exc:  # no worker could start (no kernel, no Chromium): one line, as for one article
                raise InputError(str(exc)) from None
        for o in outcomes:
            if o.rendered is not None:
                result.rendered.append(o.rendered)
            else:
                result.failed.append((o.path, o.error or "failed"))
        if result.rendered:
            try:
                result.index = write_index(out, result)
            except OSError as exc:
                raise InputError(f"{out / 'index.html'}: cannot write ({exc.strerror})") from None
    return result


def _summary(extract_json: Path) -> dict:
    data = json.loads(extract_json.read_text(encoding="utf-8"))
    art = data["article"]
    return {"id": art["id"], "title": art.get("title") or art["id"], "outlet": art.get("outlet"),
            "published": art.get("published"), "actors": len(data["actors"]), "quotes": len(data["quotes"]),
            "demands": sum(1 for d in data["demands"] if d.get("kind", "item") == "item"),
            "timexes": len(data["timeline"]), "timeline": data["timeline"]}


def combined_timeline_png(rows: list[dict]) -> Optional[str]:
    """A base64 PNG: one lane per article, every dated expression as a marker or bar."""
    import matplotlib

    matplotlib.use("Agg")  # this runs in the CLI process, not in a kernel
    import matplotlib.pyplot as plt
    import pandas as pd

    from .present import style_charts

    rows = [r for r in rows if r["timeline"]]
    if not rows:
        return None
    style_charts()
    fig, ax = plt.subplots(figsize=(9, 0.35 * len(rows) + 1.2))
    for y, r in enumerate(reversed(rows)):
        for t in r["timeline"]:
            s, e = pd.Timestamp(t["start_date"]), pd.Timestamp(t["end_date"])
            if (e - s).days >= 1:
                ax.barh(y, e - s + pd.Timedelta(days=1), left=s, height=0.4, color="#2b5aa8", alpha=0.45)
            else:
                ax.plot([s], [y], "o", color="#2b5aa8", ms=4)
        if r.get("published"):
            ax.plot([pd.Timestamp(r["published"])], [y], "|", color="#5b6475", ms=12)
    ax.set_yticks(range(len(rows)), [r["id"][:40] for r in reversed(rows)], fontsize=7)
    ax.set_title("Combined timeline (marker: dated expression; bar: range; tick: publication)", loc="left")
    fig.tight_layout()
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=130)
    plt.close(fig)
    return base64.b64encode(buf.getvalue()).decode("ascii")


def write_index(out: Path, result: BatchResult) -> Path:
    """``OUT/index.html``: every report under OUT with its counts and links, and the failures."""
    e = html.escape
    rows = []
    for sub in sorted(p for p in out.iterdir() if p.is_dir() and not p.name.startswith(".")):
        if (sub / "extract.json").exists():
            try:
                rows.append(_summary(sub / "extract.json") | {"dir": sub.name})
            except (ValueError, KeyError):
                continue
    body = []
    for r in rows:
        links = " · ".join(f'<a href="{e(r["dir"])}/report.{x}">{x.upper()}</a>' for x in ("html", "pdf")
                           if (out / r["dir"] / f"report.{x}").exists())
        body.append(f"<tr><td>{e(r['title'])}<div class='id'>{e(r['id'])}</div></td><td>{e(r['outlet'] or '—')}</td>"
                    f"<td class='d'>{e(r['published'] or '—')}</td>" + "".join(f"<td class='n'>{r[k]}</td>" for k in
                                                                   ("actors", "quotes", "demands", "timexes"))
                    + f"<td>{links}</td></tr>")
    failed = "".join(f"<li>{e(p)}: {e(msg)}</li>" for p, msg in result.failed)
    png = combined_timeline_png(rows)
    page = f"""<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src data:; style-src 'unsafe-inline'">
<title>newslens corpus index</title><style>
body{{font-family:"DejaVu Sans",Arial,sans-serif;color:#1d2430;max-width:1100px;margin:24px auto;padding:0 20px}}
table{{border-collapse:collapse;width:100%;font-size:13px}}th{{background:#eef1f6;text-align:left}}
td,th{{padding:5px 8px;border-bottom:1px solid #d9dee7;vertical-align:top}}.n{{text-align:right}}td.d{{white-space:nowrap}}
.id{{color:#5b6475;font-size:11px}}.failed{{color:#a33}}img{{max-width:100%}}</style></head><body>
<h1>newslens corpus index</h1><p>{len(rows)} reports{f", {len(result.failed)} failed" if result.failed else ""}.</p>
<table><thead><tr><th>Article</th><th>Outlet</th><th>Published</th><th class="n">Actors</th><th class="n">Quotes</th>
<th class="n">Demands</th><th class="n">Dates</th><th>Report</th></tr></thead><tbody>{''.join(body)}</tbody></table>
{f'<h2>Timeline</h2><img alt="combined timeline" src="data:image/png;base64,{png}">' if png else ''}
{f'<h2 class="failed">Failed</h2><ul class="failed">{failed}</ul>' if failed else ''}
</body></html>"""
    return atomic_write(out / "index.html", page)
