"""Web-page layout lines: the parts of a page's text that are not article text (data/dev/GUIDELINES.md,
"Web-page layout"). ``nlp.layout_lines`` is the entry point; this module holds its line kinds.

Kinds, each read off one line (pages as text extractors deliver them):

* an opener at the start of a line (``Fot. …``, ``Źródło zdjęć: © PAP | …``, ``ZOBACZ TAKŻE: …``,
  ``Zobacz wideo …``; ``data/layout_lines.txt``): the whole line; an opener with a colon alone on its line
  (``Zobacz też:``) also the titles listed under it (up to three lines with no sentence end); a line of up to six words ending in a
  teaser word (``DEON.PL POLECA``, a link's ``… zobacz TUTAJ``) too;
* a breadcrumb glued to the lead (``Czytaj więcej Kraj Pogoda …``): the opener and the section names
  after it (``data/layout_sections.txt``), not the lead;
* a credit at the end of a caption or headline line: a credit marker (``… Źródło: Jan Kos / portal.pl``,
  ``… Fot. PAP``, ``(fot. PAP)``, ``… © PAP``; ``data/layout_credit_markers.txt``), an agency with a
  name after a separator (``… Fotorzepa, Jan Kos``), or a caption word running into a credit that names
  an agency (``… Czesław BorowikAgencja Wyborcza/Reuters Images``); only the credit;
* a source line of outlets and initials separated by ``/`` or ``|`` that names an agency
  (``Portal.pl/PAP/Polsat News``, ``PAP/dm``), or an agency's name alone on a line;
* a byline: a person's name alone on a line (a first name and one or two capitalised words) at the top
  of the page, or right after the headline or a credit, whose surname the article never uses.

A line that is article text (headline, subheadings, captions, quotes, dash lines, list items) has none
of these shapes; every kind asks for its marker word, a known agency or a byline's position.
"""
from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from .nlp import read_lexicon, readings

_UP = "A-ZĄĆĘŁŃÓŚŹŻÄÖÜÉ"
_LOW = "a-ząćęłńóśźżäöüéá"
_CAP_WORD = rf"[{_UP}][{_LOW}]+(?:-[{_UP}][{_LOW}]+)?"
_END_PUNCT = ".!?…:;\"”»“„«)"


def _alts(words) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))


@lru_cache(maxsize=1)
def _openers() -> tuple[re.Pattern, re.Pattern]:
    """(openers of a whole line, line-final teaser words). An opener that ends in ":", "." or a sign is
    matched as written; a bare word opener ("Zobacz wideo", "Polecamy") needs the line to end or a
    capital, digit or quotation mark after it, so "Polecamy zabrać dokumenty" stays text."""
    lines = read_lexicon("layout_lines.txt")
    closers = [w[1:] for w in lines if w.startswith("…")]
    openers = [w for w in lines if not w.startswith("…")]
    marked = [w for w in openers if not w[-1].isalpha()]
    bare = [w for w in openers if w[-1].isalpha()]
    after = rf"(?=[ \t]*$|[ \t]+[{_UP}0-9„\"«])"
    pattern = rf"^[ \t]*(?:(?i:{_alts(marked)})|(?i:{_alts(bare)}){after})"
    closing = rf"^[ \t]*(?:[^\s]+[ \t]+){{0,5}}(?:{_alts(closers)})[ \t]*$"  # as written: "DEON.PL POLECA"
    return re.compile(pattern, re.MULTILINE), re.compile(closing, re.MULTILINE)


@lru_cache(maxsize=1)
def _sections() -> re.Pattern:
    """Section names of a breadcrumb run after a teaser opener ("Czytaj więcej Kraj Pogoda")."""
    return re.compile(rf"(?:[ \t]+(?:{_alts(read_lexicon('layout_sections.txt'))})(?![{_LOW}\w]))+")


@lru_cache(maxsize=1)
def _agencies() -> re.Pattern:
    """A credited agency, photo service or outlet as a whole word (case as written)."""
    names = _alts(read_lexicon("layout_agencies.txt"))  # glued to a caption's word on either side:
    return re.compile(rf"(?:(?<![\w.])|(?<=[{_LOW}]))(?:{names})(?:(?!\w)|(?=[{_UP}][{_LOW}]))")  # "NurPhotoGetty"


@lru_cache(maxsize=1)
def _markers() -> re.Pattern:
    """A credit marker inside a line ("Fot.", "Źródło:", "©"), after a space or an opening bracket."""
    return re.compile(rf"(?:(?<=\s)|(?<=[(\[]))(?:{_alts(read_lexicon('layout_credit_markers.txt'))})")


_PART = re.compile(r"\s*[/|,]\s*")
_DOMAIN = re.compile(r"[\w-]+(?:\.[\w-]+)*\.(?:pl|com|eu|net|org|info|tv|io|de|uk|fr|ru|ua)", re.IGNORECASE)
_GLUE = re.compile(rf"(?<=[{_LOW}]{{2}})(?=[{_UP}])")
_NAME_LINE = re.compile(rf"[ \t]*({_CAP_WORD})[ \t]+({_CAP_WORD})(?:[ \t]+({_CAP_WORD}))?[ \t]*")


def _credit_word(word: str) -> bool:
    """A word a credit's part may hold: a capitalised word or acronym, a domain, an archive's note."""
    return word[:1].isupper() or word[:1].isdigit() or bool(_DOMAIN.fullmatch(word)) \
        or word.lower() in ("archiwum", "materiały", "prasowe", "mat.", "pras.")


def _initials(part: str) -> bool:
    """An editor's initials as a part of their own ("PAP/dm"): two or three lower-case letters, no
    preposition or conjunction ("na", "i")."""
    return part.isalpha() and part.islower() and 2 <= len(part) <= 3 \
        and not any(r.pos in ("prep", "conj", "comp", "qub") for r in readings(part))


def _credit_shaped(tail: str, agency_needed: bool = True) -> bool:
    """Whether ``tail`` (to the end of its line) reads as a credit: parts split by "/", "|" or "," of
    one to four credit words, eight words at most, no sentence punctuation at its end, and (when asked)
    a known agency among its words."""
    tail = tail.strip()
    if not tail or tail[-1] in _END_PUNCT or len(tail.split()) > 8:
        return False
    parts = [p for p in _PART.split(tail) if p]
    if not parts or any(not _initials(p) and (not 0 < len(p.split()) <= 4 or not all(_credit_word(w) for w in p.split()))
                        for p in parts):
        return False
    return not agency_needed or bool(_agencies().search(tail))


def _glued_credit(line: str) -> int:
    """Where a credit glued to the line's last caption word starts ("BorowikAgencja Wyborcza/…":
    the "A"), or -1. The earliest glue point whose tail is a credit naming an agency."""
    for m in _GLUE.finditer(line):
        if _credit_shaped(line[m.start():]):
            return m.start()
    return -1


@lru_cache(maxsize=1)
def _marker_words() -> tuple[str, ...]:
    """The first word of every credit marker: a line holding none of them holds no marker (a fast test
    before the pattern, which tries every position of a long paragraph)."""
    return tuple({w.split()[0] for w in read_lexicon("layout_credit_markers.txt")})


@lru_cache(maxsize=1)
def _agency_words() -> tuple[str, ...]:
    """The first word of every listed agency, as :func:`_marker_words` for :func:`_agencies`."""
    return tuple({w.split()[0] for w in read_lexicon("layout_agencies.txt")})


def _has_any(line: str, words: tuple[str, ...]) -> bool:
    return any(w in line for w in words)


def _mid_credit(line: str) -> tuple[int, int] | None:
    """The credit after a caption or headline on this line (start and end in the line), or None: a
    credit marker with a short tail ("… Źródło: Jan Kos / portal.pl", "… © PAP"), a bracketed credit
    ("… (fot. PAP) …": the brackets only), an agency with a name after a separator ("… Fotorzepa,
    Jan Kos"), or a glued credit. A credit other than bracketed runs to the end of the line."""
    for m in (_markers().finditer(line) if _has_any(line, _marker_words()) else ()):
        if not line[:m.start()].strip():
            continue  # the line's opener (layout_lines.txt)
        rest = line[m.end():]
        if line[m.start() - 1] in "([":  # "(fot. PAP)", "[fot. Jan Kos]"
            close = rest.find(")" if line[m.start() - 1] == "(" else "]")
            if close >= 0 and 0 < len(rest[:close].split()) <= 6:
                return m.start() - 1, m.end() + close + 1
            continue
        if 0 < len(rest.split()) <= 8 and rest.strip()[-1:] not in ".!?…;\"”»":
            return m.start(), len(line)
    for m in (_agencies().finditer(line) if _has_any(line, _agency_words()) else ()):
        if m.start() == 0 or line[m.start() - 1] not in " \t":
            continue
        sep = line[m.end():m.end() + 2].lstrip()[:1]
        if sep in (",", "/", "|") and _credit_shaped(line[m.start():], agency_needed=False) \
                and line[:m.start()].strip()[-1:] not in ",/|":
            return m.start(), len(line)
    k = _glued_credit(line)
    return (k, len(line)) if k >= 0 else None


_WORD = re.compile(r"\S+")
_VERB_POS = frozenset({"fin", "praet", "bedzie", "winien"})


def _tag_end(line: str, k: int) -> int:
    """Where the lead starts after a breadcrumb's sections ending at ``k``: a portal's tag ("Burze nad
    Polską") runs to the first sentence end, or to the capitalised subject before the lead's first
    finite verb ("… Instytut Meteorologii ostrzega"), whose first word no preposition governs; ``k``
    when neither is found within twelve words."""
    words = list(_WORD.finditer(line, k))[:12]
    for n, w in enumerate(words):
        if w.group()[-1] in ".!?":
            return w.end()
        if not (w.group()[0].islower() and any(r.pos in _VERB_POS for r in readings(w.group()))):
            continue
        a = n
        while a > 0 and words[a - 1].group()[:1].isupper():
            a -= 1
        while a < n and a > 0 and any(r.pos == "prep" for r in readings(words[a - 1].group())):
            a += 1  # "nad Polską Instytut": the governed word ends the tag
        return words[a - 1].end() if a > 0 else k
    return k


def _source_line(line: str) -> int:
    """Where a source line's credit starts, or -1: a line of outlets, agencies and initials separated by
    "/" or "|" that names an agency ("Portal.pl/PAP/Polsat News/TVN24", "PAP/dm": 0), an agency alone
    ("PAP": 0); after a caption, its credits ("Prokurator Anna Lis / Jan Kos / PAP": at "Jan Kos"; the
    caption is article text)."""
    s = line.strip()
    if not s or s[-1] in _END_PUNCT or "," in s:
        return -1
    if _agencies().fullmatch(s):
        return line.index(s)
    first = re.match(r"\s*([^/|]*?)\s*[/|]\s*", line)
    if first is None:
        return -1
    head = first.group(1)
    if _agencies().fullmatch(head) or _DOMAIN.fullmatch(head) or _initials(head):
        return line.index(s) if _credit_shaped(s) else -1
    return first.end() if _credit_shaped(line[first.end():]) else -1


def _first_name(word: str) -> bool:
    return any("imię" in r.quals and r.has("sg") and r.has("nom") and (r.has("m1") or r.has("f"))
               for r in readings(word))


class _Surnames:
    """Whether the article uses a byline's surname elsewhere (in any case: its stem, the surname less
    two letters, at least four): words of the text counted once, by their first four letters."""

    def __init__(self, lines: list[str]):
        self.lines = Counter(ln.strip() for ln in lines)
        self.words: dict[str, Counter] = {}
        for ln in lines:
            for w in re.findall(r"\w+", ln):
                self.words.setdefault(w[:4], Counter())[w] += 1

    def used(self, surname: str, line: str) -> bool:
        stem = surname[:max(4, len(surname) - 2)]
        uses = sum(c for w, c in self.words.get(stem[:4], {}).items() if w.startswith(stem))
        own = sum(w.startswith(stem) for w in re.findall(r"\w+", line)) * self.lines[line.strip()]
        return uses > own


def _credit_below(lines: list[str], n: int) -> bool:
    """Whether the next non-blank line after line ``n`` opens with a credit marker: a name line above
    a credit is a photo's caption ("Andrzej Duda" / "Fot. PAP"), not a byline."""
    below = next((ln for ln in lines[n + 1:n + 4] if ln.strip()), "")
    return bool(_credit_opening().match(below))


@lru_cache(maxsize=1)
def _credit_opening() -> re.Pattern:
    return re.compile(rf"[ \t]*\(?(?:{_alts(read_lexicon('layout_credit_markers.txt'))})")


def _body_line(line: str) -> bool:
    """A paragraph of body text: six words or more ending a sentence."""
    s = line.strip()
    return len(s.split()) >= 6 and s[-1:] in ".!?…\"”»"


TEASER_LINES = 3  # titles a teaser opener alone on its line may list below it


def _teaser_line(line: str) -> bool:
    """A teased article's title: up to twenty words with no sentence end (a title may end in a quotation)."""
    s = line.strip()
    return len(s.split()) <= 20 and s[-1:] not in ".!?…:;"


def layout_spans(text: str) -> list[tuple[int, int]]:
    """Sorted, non-overlapping character spans of layout in ``text`` (see the module's docstring)."""
    opener, closer = _openers()
    out: list[tuple[int, int]] = []
    start, seen_body, prev, last = 0, False, "headline", ""
    lines = text.split("\n")
    surnames = None
    teasers = 0  # teaser lines still expected after an opener alone on its line ("Zobacz też:")
    for n, line in enumerate(lines):
        end = start + len(line)
        kind = "text"
        if not line.strip():
            kind = None
        elif teasers and _teaser_line(line):
            out.append((start, end))  # a teased article's title under "Zobacz też:"
            kind, teasers = "layout", teasers - 1
        elif m := opener.match(line):
            teasers = TEASER_LINES if m.group(0).strip().endswith(":") and not line[m.end():].strip() else 0
            crumbs = _sections().match(line, m.end()) if m.group(0)[-1:].isalpha() else None
            out.append((start + m.start(), start + (_tag_end(line, crumbs.end()) if crumbs else len(line))))
            kind = "text" if crumbs else "layout"
        elif closer.match(line) or _source_line(line) == 0:
            out.append((start, end))
            kind = "layout"
        elif n and (name := _NAME_LINE.fullmatch(line)) and (not seen_body or prev in ("headline", "layout")) \
                and _first_name(name.group(1)) and not _credit_below(lines, n) \
                and not (surnames := surnames or _Surnames(lines)).used(name.group(name.lastindex), line):
            out.append((start, end))  # a byline: "Karolina Nowak" before the body
            kind = "layout"
        else:
            source, mid = _source_line(line), _mid_credit(line)
            credit = min([c for c in ((source, len(line)) if source > 0 else None, mid) if c], default=None)
            if credit is not None:
                # a caption repeated with the credit glued to it (an image's alt text, then its caption):
                # the repeat is layout as a whole, the line above is the caption
                caption = line[:credit[0]].strip().rstrip("/|").rstrip()
                twin = caption and caption == last.strip() and credit[1] == len(line)
                out.append((start if twin else start + credit[0], start + credit[1]))
                kind = "credit"
        if kind is not None:
            teasers = teasers if kind == "layout" else 0
            if kind == "text" and n and _body_line(line):
                seen_body = True
            prev = "headline" if n == 0 else ("layout" if kind in ("layout", "credit") else "text")
            last = line
        start = end + 1
    return out
