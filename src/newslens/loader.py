"""Read an article from disk: detect its encoding, strip HTML/Markdown, attach metadata.

Every failure raises :class:`InputError` with a one-line message meant for the user.
"""
from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Optional

from .lang import detect_language

MAX_BYTES = 5 * 1024 * 1024
SUFFIXES = (".txt", ".md", ".html", ".htm")
_POLISH = set("ąćęłńóśźżĄĆĘŁŃÓŚŹŻ")
# Characters that a wrong single-byte decoding of Polish text produces.
_MOJIBAKE = set("¹¿³¶¼±¦¬¥ŒŸŠšŽžœ€‚„†‡‰‹›ˆ˜™") | {chr(c) for c in range(0x80, 0xA0)}


class InputError(Exception):
    """Bad input: the message is a single line for stderr; the CLI exits with code 2."""


@dataclass(frozen=True)
class Article:
    """An article's text (offsets index it) and its metadata."""

    id: str
    text: str
    title: Optional[str] = None
    published: Optional[str] = None
    url: Optional[str] = None
    outlet: Optional[str] = None
    language: str = "pl"
    source: Optional[str] = None
    gold_path: Optional[str] = None


def decode_bytes(raw: bytes, name: str = "input") -> str:
    """Decode UTF-8, cp1250 or ISO-8859-2, choosing the reading that yields Polish letters."""
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    if b"\x00" in raw[:8192]:
        raise InputError(f"{name}: binary file (contains NUL bytes), expected a text or HTML article")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        pass
    candidates = []
    for enc in ("cp1250", "iso-8859-2"):
        try:
            text = raw.decode(enc)
        except UnicodeDecodeError:
            continue
        score = sum(ch in _POLISH for ch in text) - 3 * sum(ch in _MOJIBAKE for ch in text)
        candidates.append((score, enc, text))
    if not candidates:
        raise InputError(f"{name}: undecodable bytes (not UTF-8, cp1250 or ISO-8859-2)")
    score, _enc, text = max(candidates)
    bad = sum(ch in _MOJIBAKE or (unicodedata.category(ch) == "Cc" and ch not in "\n\r\t") for ch in text)
    if bad > max(3, len(text) // 200):
        raise InputError(f"{name}: undecodable bytes (not UTF-8, cp1250 or ISO-8859-2)")
    return text


def _check_text(text: str, name: str) -> None:
    controls = sum(unicodedata.category(ch) == "Cc" and ch not in "\n\r\t" for ch in text)
    if controls > max(3, len(text) // 100):
        raise InputError(f"{name}: binary file (control characters), expected a text or HTML article")


def _from_html(html: str, meta: dict) -> str:
    import trafilatura

    text = trafilatura.extract(html, include_comments=False, include_tables=False, favor_precision=True)
    if not text:
        raise InputError("no article text found in the HTML")
    info = trafilatura.extract_metadata(html)
    if info is not None:
        for key, value in (("title", info.title), ("url", info.url), ("outlet", info.sitename), ("published", info.date)):
            if value and not meta.get(key):
                meta[key] = value
    return text


def _from_markdown(text: str, meta: dict) -> str:
    lines = text.split("\n")
    for line in lines:
        if line.strip():
            m = re.match(r"#\s+(.+)", line.strip())
            if m and not meta.get("title"):
                meta["title"] = m.group(1).strip()
            break
    text = re.sub(r"(?m)^#{1,6}\s+", "", text)
    text = re.sub(r"(\*\*|__)(.+?)\1", r"\2", text)
    return re.sub(r"\[([^\]]+)\]\([^)]+\)", r"\1", text)


def infer_title(text: str) -> Optional[str]:
    """A headline line: the first line when it is short and has no final full stop."""
    first = text.strip().split("\n", 1)[0].strip()
    if 0 < len(first) <= 160 and not first.endswith((".", ":", ";", ",")) and "\n" in text.strip():
        return first
    return None


def slug(name: str) -> str:
    s = unicodedata.normalize("NFKD", name.replace("ł", "l").replace("Ł", "L"))
    s = "".join(ch for ch in s if not unicodedata.combining(ch)).lower()
    return re.sub(r"[^a-z0-9]+", "-", s).strip("-") or "article"


def _valid_date(value: Optional[str], what: str) -> Optional[str]:
    if value in (None, ""):
        return None
    try:
        return date.fromisoformat(str(value)[:10]).isoformat()
    except ValueError:
        raise InputError(f"{what}: not an ISO date (YYYY-MM-DD): {value!r}") from None


def read_sidecar(path: Path) -> dict:
    side = path.with_name(path.stem + ".meta.json")
    if not side.exists():
        return {}
    try:
        data = json.loads(side.read_text("utf-8"))
    except (OSError, ValueError) as exc:
        raise InputError(f"{side}: unreadable metadata sidecar ({exc.__class__.__name__})") from None
    if not isinstance(data, dict):
        raise InputError(f"{side}: metadata sidecar must be a JSON object")
    return data


def load_article(path: str | Path, *, published: Optional[str] = None, title: Optional[str] = None,
                 url: Optional[str] = None, require_polish: bool = True) -> Article:
    """Load ``path``; metadata from the sidecar, then the arguments, then inference."""
    p = Path(path)
    if not p.exists():
        raise InputError(f"{p}: no such file")
    if p.is_dir():
        raise InputError(f"{p}: is a directory, expected an article file")
    if p.suffix.lower() not in SUFFIXES:
        raise InputError(f"{p}: unsupported file type {p.suffix or '(none)'}; use .txt, .md or .html")
    size = p.stat().st_size
    if size > MAX_BYTES:
        raise InputError(f"{p}: too large ({size / 1048576:.1f} MiB; the limit is {MAX_BYTES // 1048576} MiB)")
    try:
        raw = p.read_bytes()
    except OSError as exc:
        raise InputError(f"{p}: cannot read ({exc.strerror})") from None
    if not raw.strip():
        raise InputError(f"{p}: empty file")
    text = decode_bytes(raw, str(p))
    _check_text(text, str(p))
    meta = read_sidecar(p)
    if title:
        meta["title"] = title
    if published:
        meta["published"] = published
    if url:
        meta["url"] = url
    if p.suffix.lower() in (".html", ".htm"):
        text = _from_html(text, meta)
    elif p.suffix.lower() == ".md":
        text = _from_markdown(text, meta)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = unicodedata.normalize("NFC", text)
    if not text.strip():
        raise InputError(f"{p}: empty file")
    lang, _share = detect_language(text)
    if require_polish and lang != "pl":
        detected = "unknown" if lang == "und" else lang
        raise InputError(f"{p}: no Polish text found (detected language: {detected})")
    gold = p.with_name(p.stem + ".gold.json")
    return Article(
        id=str(meta.get("id") or slug(p.stem)),
        text=text,
        title=meta.get("title") or infer_title(text),
        published=_valid_date(meta.get("published"), f"{p}: published"),
        url=meta.get("url"),
        outlet=meta.get("outlet"),
        language=lang,
        source=str(p),
        gold_path=str(gold) if gold.exists() else None,
    )
