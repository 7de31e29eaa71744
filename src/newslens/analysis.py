"""The public API the notebooks use: ``analyze(path) -> Analysis`` with DataFrame accessors."""
from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Optional

from .extract import extract
from .files import atomic_write  # noqa: F401  (the notebooks' and present's writer: umask modes, locked temp)
from .extract.timeline import focus_window
from .loader import Article, load_article
from .model import Extraction

if TYPE_CHECKING:
    import pandas as pd

COLUMNS = {
    "actors": ["name", "type", "role", "mentions", "aliases", "first_offset"],
    "quotes": ["speaker", "kind", "text", "verb", "via", "start", "end"],
    "demands": ["n", "kind", "action", "text", "by", "of", "date", "start", "end"],
    "timeline": ["expression", "value", "start_date", "end_date", "granularity", "event", "start", "end"],
}


@dataclass(frozen=True)
class Analysis:
    """One article and its extraction; ``focus`` is the timeline chart's window (ISO dates)."""

    article: Article
    extraction: Extraction
    focus: tuple[str, str] | None = None

    def frame(self, section: str) -> pd.DataFrame:
        import pandas as pd  # here, not at the top: `newslens extract` never builds a frame

        rows = [r.to_dict() for r in getattr(self.extraction, section)]
        df = pd.DataFrame(rows, columns=COLUMNS[section]) if not rows else pd.DataFrame(rows)[COLUMNS[section]]
        if section == "actors":
            df["aliases"] = df["aliases"].map(lambda a: ", ".join(a))
        return df

    @property
    def actors(self) -> pd.DataFrame:
        return self.frame("actors")

    @property
    def quotes(self) -> pd.DataFrame:
        return self.frame("quotes")

    @property
    def demands(self) -> pd.DataFrame:
        return self.frame("demands")

    @property
    def timeline(self) -> pd.DataFrame:
        return self.frame("timeline")

    def with_focus(self, start: Optional[str], end: Optional[str]) -> "Analysis":
        return Analysis(self.article, self.extraction, _focus(self.extraction, start, end))

    def save(self, output_dir: str | Path) -> list[Path]:
        """Write ``extract.json`` and ``tables/<section>.csv`` (each atomically)."""
        out = Path(output_dir)
        (out / "tables").mkdir(parents=True, exist_ok=True)
        written = [atomic_write(out / "extract.json", json.dumps(self.extraction.to_dict(), ensure_ascii=False, indent=2))]
        for section in COLUMNS:
            written.append(atomic_write(out / "tables" / f"{section}.csv", self.frame(section).to_csv(index=False)))
        return written


def _focus(extraction: Extraction, start: Optional[str], end: Optional[str]) -> tuple[str, str] | None:
    auto = focus_window(extraction.timeline)
    if start is None and end is None:
        return auto
    lo = start or (auto[0] if auto else end)
    hi = end or (auto[1] if auto else start)
    return (lo, hi) if lo and hi and lo <= hi else None


def analyze(path: str | Path, *, published: Optional[str] = None, title: Optional[str] = None,
            focus: tuple[Optional[str], Optional[str]] = (None, None)) -> Analysis:
    """Load and extract one article (``.txt``, ``.md`` or ``.html``)."""
    article = load_article(path, published=published, title=title)
    extraction = extract(article)
    return Analysis(article, extraction, _focus(extraction, *focus))
