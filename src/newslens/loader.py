"""Read an article from disk: detect its encoding, strip HTML/Markdown, attach metadata.

Every failure raises :class:`InputError` with a one-line message meant for the user.
"""
from __future__ import annotations

import errno
import json
import os
import re
import unicodedata
import warnings
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Optional

from .lang import detect_language

MAX_BYTES = 5 * 1024 * 1024  # a file (a saved HTML page carries much markup)
# The article text a render can meet: 512 KiB (~70,000 words, 100 times a long news article)
# extracts in seconds and renders (HTML and a ~500-page PDF) in minutes; 1 MiB took 8 minutes.
MAX_TEXT = 512 * 1024
SUFFIXES = (".txt", ".md", ".html", ".htm")
_POLISH = set("ąćęłńóśźżĄĆĘŁŃÓŚŹŻ")
# Characters that a wrong single-byte decoding of Polish text produces.
_MOJIBAKE = set("¹¿³¶¼±¦¬¥ŒŸŠšŽžœ€‚„†‡‰‹›ˆ˜™") | {chr(c) for c in range(0x80, 0xA0)}


# Dates a report can draw (pandas timestamps end in 1677 and 2262): --published, --focus, sidecars.
DATE_MIN, DATE_MAX = date(1700, 1, 1), date(2199, 12, 31)
SLUG_MAX = 80  # an article id is a folder name under --out: short, [a-z0-9-] only


class InputError(Exception):
    """Bad input: the message is a single line for stderr; the CLI exits with code 2."""


class InputWarning(UserWarning):
    """Input read with a repair the user should know of (the CLI prints one line)."""


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
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):  # UTF-16 with its byte-order mark (a Windows "Unicode" save)
        try:
            return raw.decode("utf-16")
        except UnicodeDecodeError:
            raise InputError(f"{name}: undecodable bytes (a UTF-16 byte-order mark, then no UTF-16 text)") from None
    if b"\x00" in raw:
        halves = sorted((raw[0::2].count(0), raw[1::2].count(0)))
        if halves[0] == 0 and halves[1] > len(raw) // 4:  # every other byte NUL: UTF-16 without its mark
            raise InputError(f"{name}: UTF-16 text without a byte-order mark; save it as UTF-8")
        raise InputError(f"{name}: binary file (contains NUL bytes), expected a text or HTML article")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        pass
    # UTF-8 with a few stray bytes (a cut multi-byte letter, one byte of another encoding): more valid
    # non-ASCII letters than invalid bytes. cp1250 / ISO-8859-2 Polish has almost no valid UTF-8 pairs.
    text = raw.decode("utf-8", errors="replace")
    bad = text.count("\ufffd") - raw.count("\ufffd".encode("utf-8"))
    letters = sum(1 for ch in text if ord(ch) > 127 and ch != "\ufffd")
    if bad <= letters:
        warnings.warn(InputWarning(f"{name}: {bad} invalid UTF-8 byte{'s' if bad > 1 else ''} replaced with \ufffd"),
                      stacklevel=2)
        return text
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


# the characters of Unicode category Cc (U+0000-U+001F, U+007F-U+009F) other than newline, carriage
# return and tab: one regex count instead of a category look-up per character
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def _check_text(text: str, name: str) -> None:
    controls = len(_CONTROL.findall(text))
    if controls > max(3, len(text) // 100):
        raise InputError(f"{name}: binary file (control characters), expected a text or HTML article")


def _from_html(html: str, meta: dict, name: str = "input") -> str:
    import trafilatura

    text = trafilatura.extract(html, include_comments=False, include_tables=False, favor_precision=True)
    if not text:
        raise InputError(f"{name}: no article text found in the HTML")
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
    """A safe folder name: ASCII letters, digits and single dashes, at most SLUG_MAX characters.

    Article ids become paths under ``--out``: no separator, dot, or empty name can come out of here.
    """
    s = unicodedata.normalize("NFKD", str(name).replace("ł", "l").replace("Ł", "L"))
    s = "".join(ch for ch in s if not unicodedata.combining(ch)).lower()
    return re.sub(r"[^a-z0-9]+", "-", s)[:SLUG_MAX].strip("-") or "article"


def _valid_date(value: Optional[str], what: str) -> Optional[str]:
    """An ISO date (``YYYY-MM-DD``, or an ISO date-time whose date is taken) within DATE_MIN..DATE_MAX."""
    if value in (None, ""):
        return None
    text = str(value).strip()
    try:
        day = date.fromisoformat(text)
    except ValueError:
        try:
            day = datetime.fromisoformat(text).date() if len(text) > 10 else None
        except ValueError:
            day = None
    if day is None:
        raise InputError(f"{what}: not an ISO date (YYYY-MM-DD): {str(value)[:40]!r}")
    if not DATE_MIN <= day <= DATE_MAX:
        raise InputError(f"{what}: {day.isoformat()} is outside the dates a report can show "
                         f"({DATE_MIN.isoformat()} to {DATE_MAX.isoformat()})")
    return day.isoformat()


def check_readable(p: Path) -> None:
    """Raise InputError unless ``p`` names an existing regular file (a symlink loop is not "missing")."""
    try:
        st = os.stat(p)
    except OSError as exc:
        if exc.errno == errno.ENOENT:
            raise InputError(f"{p}: no such file") from None
        if exc.errno == errno.ELOOP:
            raise InputError(f"{p}: symbolic link loop") from None
        raise InputError(f"{p}: cannot open ({exc.strerror})") from None
    if os.path.isdir(p):
        raise InputError(f"{p}: is a directory, expected an article file")
    if not (st.st_mode & 0o170000) == 0o100000:
        raise InputError(f"{p}: not a regular file")


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
    for key in ("id", "title", "url", "outlet", "published", "language"):
        if data.get(key) is not None and not isinstance(data[key], str):
            raise InputError(f"{side}: {key!r} must be a string")
    return data


def load_article(path: str | Path, *, published: Optional[str] = None, title: Optional[str] = None,
                 url: Optional[str] = None, require_polish: bool = True) -> Article:
    """Load ``path``; metadata from the sidecar, then the arguments, then inference."""
    p = Path(path)
    check_readable(p)
    if p.suffix.lower() not in SUFFIXES:
        raise InputError(f"{p}: unsupported file type {p.suffix or '(none)'}; use .txt, .md or .html")
    size = p.stat().st_size
    if size > MAX_BYTES:
        raise InputError(f"{p}: too large ({size / 1048576:.1f} MiB; the limit is {MAX_BYTES // 1048576} MiB)")
    try:
        with open(p, "rb") as fh:
            raw = fh.read(MAX_BYTES + 1)
    except OSError as exc:
        raise InputError(f"{p}: cannot read ({exc.strerror})") from None
    if len(raw) > MAX_BYTES:  # grew since stat
        raise InputError(f"{p}: too large (the limit is {MAX_BYTES // 1048576} MiB)")
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
        text = _from_html(text, meta, str(p))
    elif p.suffix.lower() == ".md":
        text = _from_markdown(text, meta)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = unicodedata.normalize("NFC", text)
    if not text.strip():
        raise InputError(f"{p}: empty file")
    size = len(text.encode("utf-8"))
    if size > MAX_TEXT:
        raise InputError(f"{p}: article text too long ({size / 1024:.0f} KiB; the limit is {MAX_TEXT // 1024} KiB, "
                         "about 70,000 words): split it")
    lang, _share = detect_language(text)
    if require_polish and lang != "pl":
        detected = "unknown" if lang == "und" else lang
        raise InputError(f"{p}: no Polish text found (detected language: {detected})")
    gold = p.with_name(p.stem + ".gold.json")
    return Article(
        id=slug(meta.get("id") or p.stem),  # never a path: a sidecar's "id" is only a name
        text=text,
        title=meta.get("title") or infer_title(text),
        published=_valid_date(meta.get("published"), f"{p}: published"),
        url=meta.get("url"),
        outlet=meta.get("outlet"),
        language=lang,
        source=str(p),
        gold_path=str(gold) if gold.exists() else None,
    )
