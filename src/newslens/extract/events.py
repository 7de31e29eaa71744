"""Event phrases: what a temporal expression dates, as a short readable phrase.

The phrase is the clause around the expression (between commas, dashes, colons, semicolons,
brackets, quotation marks and line breaks) without the expression itself, trimmed so that it
reads: no list number or bullet in front, no conjunction at either end, no preposition left
dangling before the removed expression or at the end, no punctuation at the ends. A clause
without a verb or of fewer than three words takes in its neighbour (``Sprawą zajmie się sąd,
najpewniej w I kwartale``); a relative clause (``który trafił do konsultacji``) is preceded
by the words it refers to. At most ``MAX_WORDS`` words.
"""
from __future__ import annotations

import bisect
import re
from typing import Optional

from ..nlp import Text, Tok

MAX_WORDS = 14
_BOUNDARY = frozenset({",", ";", ":", "–", "—", "-", "(", ")", "„", "”", "\"", "«", "»", "“", "[", "]", "?", "!"})
_CLOSING = frozenset({",", ".", ";", ":", ")", "!", "?", "”"})
_JOINING = frozenset({",", "–", "—", "-"})
_EDGE_WORDS = frozenset({"i", "a", "ale", "oraz", "że", "iż", "to", "lecz", "albo", "lub", "czyli", "bo", "zaś",
                         "natomiast", "jednak", "więc", "gdy", "kiedy", "jak"})
_PREPOSITIONS = frozenset({"w", "we", "z", "ze", "od", "do", "na", "po", "przed", "za", "o", "u", "przy", "pod",
                           "nad", "dla", "przez", "około", "podczas", "wobec", "bez", "między", "według", "ku",
                           "aż", "sprzed", "spod", "znad", "zza", "co", "niż"})
_RELATIVE = re.compile(r"(?i)któr(?:y|a|e|zy|ego|ej|emu|ym|ych|ymi|ą)$")
_LIST_MARK = re.compile(r"^(?:\d{1,2}|[a-z]|[IVX]{1,4})[.)]$|^[•*·▪►]$")
_VERB_POS = frozenset({"fin", "praet", "impt", "imps", "bedzie", "inf", "pred", "winien", "ppas"})


def _is_boundary(tok: Tok, prev: Optional[Tok], text: str) -> bool:
    return tok.text in _BOUNDARY or (prev is not None and "\n" in text[prev.end:tok.idx])


def _has_verb(toks: list[Tok]) -> bool:
    return any(t.reading is not None and t.reading.pos in _VERB_POS for t in toks)


def _is_word(tok: Tok) -> bool:
    return tok.text[:1].isalnum()


def _words(toks: list[Tok]) -> int:
    return sum(_is_word(t) for t in toks)


def _trim(toks: list[Tok]) -> list[Tok]:
    """Drop list marks, punctuation and conjunctions at the start; punctuation, conjunctions and
    prepositions at the end."""
    while toks:
        t = toks[0]
        if len(toks) > 1 and t.text.isdigit() and len(t.text) <= 2 and toks[1].text in (")", "."):
            toks = toks[2:]  # "2) rozpoczęcia rozmów"
        elif _LIST_MARK.match(t.text) or (not t.is_word and not t.text[:1].isdigit()) or t.lower in _EDGE_WORDS:
            toks = toks[1:]
        else:
            break
    while toks:
        t = toks[-1]
        if (not t.is_word and not t.text[:1].isdigit()) or t.lower in _EDGE_WORDS or t.lower in _PREPOSITIONS:
            toks = toks[:-1]
        else:
            break
    return toks


def _render(toks: list[Tok], text: str) -> str:
    """The tokens with the text's own spacing; a single space where something was left out."""
    out = []
    for k, t in enumerate(toks):
        if k:
            prev = toks[k - 1]
            gap = text[prev.end:t.idx] if t.i == prev.i + 1 else " "
            out.append("" if gap == "" or t.text in _CLOSING else " ")
        out.append(t.text)
    return "".join(out).strip()


def event_phrase(text: Text, a: int, b: int) -> Optional[str]:
    """The phrase describing what the expression at ``text.text[a:b]`` dates, or None."""
    tok = text.tok_at(a)
    if tok is None:
        return None
    toks = text.sent_toks(tok.sent)
    if not toks:
        return None
    first = toks[0].i
    i = tok.i - first
    j = i
    while j < len(toks) and toks[j].idx < b:
        j += 1
    # clause boundaries: [starts[c], starts[c+1]) are the clauses of the sentence (found once per
    # sentence, then by bisection: linear time however many expressions a long sentence holds)
    cache = text.__dict__.setdefault("_event_cuts", {})
    if tok.sent not in cache:
        cache[tok.sent] = [0] + [k for k in range(1, len(toks)) if _is_boundary(toks[k], toks[k - 1], text.text)] \
            + [len(toks)]
    cuts = cache[tok.sent]
    c_lo = bisect.bisect_right(cuts, i) - 1  # the last cut at or before i
    c_hi = max(1, bisect.bisect_left(cuts, j))  # the first cut at or after j
    lo, hi = cuts[c_lo], cuts[c_hi]

    adjectival = j - i == 1 and toks[i].pos == "adj"  # "od czwartkowego wyroku": the preposition stays

    def parts(lo: int, hi: int) -> list[Tok]:
        left = toks[lo:i]
        while left and left[-1].lower in _PREPOSITIONS and not adjectival:  # "do sytuacji z [grudnia-stycznia]"
            left = left[:-1]
        return left + toks[j:hi]

    def render(phrase: list[Tok]) -> str:
        out = _render(phrase, text.text)
        if adjectival and i > 0 and toks[i - 1].lower in ("we", "ze") and toks[i - 1] in phrase:
            # "We [wtorkowym] komunikacie" -> "W komunikacie"
            k = _render(phrase[:phrase.index(toks[i - 1])], text.text)
            word = toks[i - 1].text[0]
            out = (k + " " if k else "") + word + out[len(k) + (1 if k else 0) + 2:]
        return out

    phrase = _trim(parts(lo, hi))
    # too thin a clause takes in its neighbours, the one before first
    def joins(k: int) -> bool:  # a neighbour across a comma or a dash, not across ";", a bracket or a line
        return 0 < k < len(toks) and toks[k].text in _JOINING and "\n" not in text.text[toks[k - 1].end:toks[k].idx]

    def relative(phrase: list[Tok]) -> bool:
        pronoun = next((t for t in phrase[:2] if t.lower not in _PREPOSITIONS), None)
        return pronoun is not None and bool(_RELATIVE.match(pronoun.text))

    while not relative(phrase) and (not _has_verb(phrase) or _words(phrase) < 3) and ((c_lo > 0 and joins(cuts[c_lo]))
                                                            or (c_hi < len(cuts) - 1 and joins(cuts[c_hi]))):
        if c_lo > 0 and joins(cuts[c_lo]):
            c_lo -= 1
            lo = cuts[c_lo]
        else:
            c_hi += 1
            hi = cuts[c_hi]
        phrase = _trim(parts(lo, hi))
        if _words(phrase) >= MAX_WORDS:
            break
    if relative(phrase) and lo > 0:
        # "…, który trafił do konsultacji": the words it refers to come first
        head = toks[max(0, lo - 4):lo]
        verbs = [k for k, t in enumerate(head) if t.reading is not None and t.reading.pos in _VERB_POS]
        head = _trim(head[verbs[-1] + 1:] if verbs else head)[-3:]  # the words after the last verb
        while head and head[0].lower in _PREPOSITIONS:
            head = head[1:]
        if head:
            phrase = head + ([toks[lo]] if toks[lo].text == "," else []) + phrase
    words = 0
    cut = len(phrase)
    for k, t in enumerate(phrase):
        words += _is_word(t)
        if words > MAX_WORDS:
            cut = k
            break
    phrase = _trim(phrase[:cut])
    return render(phrase) or None
