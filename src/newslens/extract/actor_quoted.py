"""Quoted names and credit lines: an organisation's name quoted after its common noun ("komitet „Nowe
Rzędziny”"), a title quoted as a report's source ('Jak podaje "Echo Dnia"', "Times of Israel"), a
quoted name after an institution's name, and photo credits after a caption (no actors come from
them). Split from ``actors.py``; ``find_mentions`` there uses these."""
from __future__ import annotations

import re
from typing import Optional

from ..lexicon import context_types, lexicon_set
from ..nlp import QUOTE_CLOSE, QUOTE_OPEN, Text, Tok
from .actor_types import media_frame
from .actor_words import adjective_before_institution, gaz_match, is_acronym, is_institution


def quoted_name(toks: list[Tok], i: int) -> Optional[int]:
    """The closing quotation mark of an organisation's name quoted right after a common noun of an
    organisation (``context.tsv``), perhaps with one adjective between ("z komitetu „Nowe Rzędziny”",
    "komitet referendalny „Borsk dla Mieszkańców”", "fundacja „Zielony Dom”"; PAP marks quotes with
    plus signs: "spółki +Eko-Recykling+"): a quoted name stays as written. None when no such name
    opens at ``i`` or the gazetteer knows it."""
    plus = toks[i].text == "+" and i + 1 < len(toks) and toks[i].end == toks[i + 1].idx  # PAP's "+Eko-Recykling+"
    if (toks[i].text not in QUOTE_OPEN and not plus) or i < 1 or i + 2 >= len(toks):
        return None
    sent = toks[i].sent
    k = i - 1
    if toks[k].sent == sent and not toks[k].is_title and any(r.pos == "adj" for r in toks[k].readings) \
            and not any(r.pos == "subst" for r in toks[k].readings):
        k -= 1  # "komitet referendalny"
    noun = toks[k]
    if k < 0 or noun.sent != sent or (noun.is_title and not noun.sent_start) \
            or not any(r.pos == "subst" and context_types().get(r.lemma.lower()) == "organization" for r in noun.readings):
        return None
    if not (toks[i + 1].is_title and toks[i + 1].is_word):
        return None
    for j in range(i + 2, min(i + 8, len(toks))):
        t = toks[j]
        if t.sent != sent:
            return None
        if t.text in QUOTE_CLOSE or (plus and t.text == "+" and toks[j - 1].end == t.idx):
            listed = gaz_match(toks, i + 1)
            return None if listed and listed[0] >= j else j
        if not t.is_word:
            return None
    return None


# (one to four words, one separator between two: the same strings as "(?:[\w.]+[ /,]?){1,4}", whose optional
# separator let a long word split in n**3 ways and took minutes on a long word after a bracket)
_SIGNATURE = re.compile(r"\([\w.]+(?:[ /,][\w.]+){0,3}[ /,]?\)")
# an author's credit glued to a line's end: "… zdecydowana reakcja Karolina Bereza /RMF FM" (a first name and a
# surname, a space, a slash right before the outlet's capitalised words)
_AUTHOR = re.compile(r"(?<=\s)[A-ZĄĆĘŁŃÓŚŹŻ][a-ząćęłńóśźż]+ [A-ZĄĆĘŁŃÓŚŹŻ][\w-]+ ?/[A-Z0-9][\w.]*(?:\s[A-Z0-9][\w.]*){0,2}\s?$")
# the page's own date line and the byline after its date and time: "2024-03-06, 17:54  PAP", "06.03.2024
# 10:15 Jan Kowalski", "6 marca 2024, 17:54 PAP" (the byline: up to five capitalised words or acronyms, no
# sentence after them)
_DATED_BYLINE = re.compile(r"\s*(?:\d{4}-\d{2}-\d{2}|\d{1,2}\.\d{2}\.\d{4}|\d{1,2} (?:stycznia|lutego|marca|kwietnia|maja|czerwca"
                           r"|lipca|sierpnia|września|października|listopada|grudnia) \d{4})(?:,?\s+\d{1,2}:\d{2})?\s+"
                           r"(?P<by>[A-ZĄĆĘŁŃÓŚŹŻ][\w.-]*(?:[ /][A-ZĄĆĘŁŃÓŚŹŻ][\w.-]*){0,4})\s*")
# a photo credit glued to a caption's end: "… na sali obrad./fot. Jan Kos", "… w Sejmie /Fot. PAP" (a few words after it)
_GLUED_PHOTO = re.compile(r"/\s?[Ff]ot\.\s?\S+(?:\s\S+){0,4}\s*$")


def quoted_outlet(toks: list[Tok], i: int) -> Optional[int]:
    """The closing mark of a title quoted as a report's source: after a media frame ("cytowany przez",
    "w rozmowie z", ``media_frames.txt``) or as the subject of "jak" + an outlet's reporting verb
    (``outlet_report_verbs.txt``: "Jak podaje „Echo Dnia”", "jak pisze "Głos Wielkopolski""). Capitalised words, up to five, with lower-case particles between them
    ("Times of Israel", ``title_particles.txt``); a title the gazetteer knows
    takes its own path. None otherwise."""
    if toks[i].text not in QUOTE_OPEN or i < 2 or i + 2 >= len(toks):
        return None
    sent = toks[i].sent
    prev, before = toks[i - 1], toks[i - 2]
    if prev.sent != sent:
        return None
    verbs = lexicon_set("outlet_report_verbs.txt")
    reported = before.sent == sent and before.lower == "jak" \
        and any(r.pos in ("fin", "praet") and r.lemma.lower() in verbs for r in prev.readings)
    if not (reported or media_frame(toks, i)):
        return None
    if gaz_match(toks, i + 1):
        return None
    for k in range(i + 1, min(i + 7, len(toks))):
        t = toks[k]
        if t.sent != sent:
            return None
        if t.text in QUOTE_CLOSE:
            return k if k > i + 1 else None
        if t.lower in lexicon_set("title_particles.txt") and k > i + 1 and k + 1 < len(toks) \
                and toks[k + 1].is_title and toks[k + 1].is_word:
            continue  # "Times of Israel": a lower-case word between two capitalised ones
        if not (t.is_word and t.is_title):
            return None
    return None


def quoted_tail(text: Text, i: int, j: int) -> Optional[int]:
    """The closing mark of a quoted name right after an institution's name ``i:j`` (a space, then
    capitalised words in quotation marks, up to five, a year's two digits among them): "Stowarzyszenie
    Kibiców Unii Wierzbowo „Wierni Barwom”", "NSZZ Rolników Indywidualnych „Solidarność”", an adjective
    before the institution's noun too: 'Wolny Związek Zawodowy "Sierpień '80"'. None otherwise."""
    toks = text.toks
    if not (is_institution(toks[i]) or is_acronym(toks[i]) or adjective_before_institution(toks, i)) or j + 2 >= len(toks) or toks[j].text not in QUOTE_OPEN \
            or text.text[toks[j - 1].end:toks[j].idx] != " " or toks[j].sent != toks[i].sent:
        return None
    if not (toks[j + 1].is_title and toks[j + 1].is_word):
        return None
    for k in range(j + 2, min(j + 7, len(toks))):
        if toks[k].sent != toks[i].sent:
            return None
        if toks[k].text in QUOTE_CLOSE:
            return k
        if not toks[k].is_word and not _year_digits(toks, k):
            return None
    return None


def _year_digits(toks: list[Tok], k: int) -> bool:
    """Token ``k`` is an apostrophe glued to a year's two digits, or those digits ("Sierpień '80")."""
    if toks[k].text in "'’" and k + 1 < len(toks):
        return toks[k].end == toks[k + 1].idx and len(toks[k + 1].text) == 2 and toks[k + 1].text.isdigit()
    return len(toks[k].text) == 2 and toks[k].text.isdigit() and toks[k - 1].text in "'’"


# an account's handle ("@Jan_Kos"), and an embedded post's trailer after its author's name: the handle in
# brackets and the post's date as the platform writes it ("— Jan Kos (@Jan_Kos) March 3, 2021")
_HANDLE = re.compile(r"\(@\w+\)(?:[ \t]+[A-Z][a-z]+[ \t]+\d{1,2},[ \t]+\d{4})?|(?<![\w.])@\w+")


def handles(text: str) -> list[tuple[int, int]]:
    """Spans of account handles and embedded posts' trailers: no name runs in them."""
    return [m.span() for m in _HANDLE.finditer(text)] if "@" in text else []


def credit_tails(text: str) -> list[tuple[int, int]]:
    """Spans of photo credits after a caption: "Premier na posiedzeniu rządu / Jan Kos / Agencja X" (a
    line with no closing punctuation whose parts after " / " are a few words each); the caption stays.
    A line that is only a few words in brackets is an agency's signature ("(PAP)", "(kk/PAP)"); a first name
    and a surname before " /Outlet" or "/Outlet" at a line's end are its author's ("Jan Kos /RMF FM"); the
    words after the page's date and time on its date line are its byline ("2024-03-06, 17:54  PAP"); a
    "/fot. X" glued to a caption's end is its photo credit."""
    out = []
    start = 0
    for line in text.split("\n"):
        if _SIGNATURE.fullmatch(line.strip()):  # "(PAP)", "(kk/PAP)", "(oprac. MK)": an agency's signature
            out.append((start, start + len(line)))
            start += len(line) + 1
            continue
        dated = _DATED_BYLINE.fullmatch(line)
        if dated:  # "2015-02-11, 15:56  Jan Kos": the page's date line and its byline (GUIDELINES: page chrome)
            out.append((start + dated.start("by"), start + len(line)))
            start += len(line) + 1
            continue
        photo = _GLUED_PHOTO.search(line)
        if photo and line[:photo.start()].strip():
            out.append((start + photo.start(), start + len(line)))
            start += len(line) + 1
            continue
        author = _AUTHOR.search(line.rstrip())
        if author:
            out.append((start + author.start(), start + len(line)))
            start += len(line) + 1
            continue
        parts = line.rstrip().split(" / ")
        if len(parts) > 1 and line.rstrip()[-1:] not in ".!?:;\"”»" and parts[0].strip() \
                and all(0 < len(p.split()) <= 4 for p in parts[1:]):
            out.append((start + len(parts[0]), start + len(line)))
        start += len(line) + 1
    return out


def acronym_quoted_end(text: Text, i: int) -> Optional[int]:
    """One past the capitalised words (up to four) after an acronym that a quoted own name follows: "NSZZ
    Rolników Indywidualnych „Solidarność”" (the words are the acronym's complement, kept as written)."""
    toks = text.toks
    if not is_acronym(toks[i]):
        return None
    k = i + 1
    while k - i < 5 and k < len(toks) and toks[k].sent == toks[i].sent and toks[k].is_title and toks[k].is_word \
            and text.text[toks[k - 1].end:toks[k].idx] == " " and not is_acronym(toks[k]) \
            and not any("imię" in r.quals for r in toks[k].readings):
        k += 1
    return k if k > i + 1 and quoted_tail(text, i, k) is not None else None
