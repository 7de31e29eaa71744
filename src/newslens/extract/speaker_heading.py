"""A heading quote's speaker from the body: a direct or partial quote with no speech clause and no
speaker (a subheading ``„To dopiero początek”``, a quotation in the headline) takes the speaker of the
body quote that holds the same words, or that holds them shortened (GUIDELINES web layout). Split from
``speakers.py`` (one concern each); ``speakers.py`` imports the names back.
"""
from __future__ import annotations

import bisect
import re
from typing import Optional

from ..model import Actor
from .quote_doc import _Doc, _Found


BODY_WINDOW = 20_000  # characters around a heading quote searched for the body quote holding its words


def _speaker_from_body(doc: _Doc, results: list[_Found]) -> None:
    """A direct or partial quote with no speech clause and no speaker (a subheading ``„To dopiero
    początek”``, a quotation in the headline) takes the speaker of the body quote that holds the same words."""
    text = doc.text.text
    spoken = sorted(((f.start, f.end, f) for f in results if f.speaker is not None), key=lambda x: x[:2])
    # (by offsets only: two quotes may share them, and quotes have no order of their own)
    lowered = text.lower()
    if len(lowered) != len(text):  # "İ" lowers to two characters: keep offsets aligned
        lowered = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
    starts = [x[0] for x in spoken]
    for f in results:
        if f.speaker is not None or f.kind == "indirect" or f.verb_tok is not None or f.explicit:
            continue
        words = text[f.start:f.end].strip(" .!?…").lower()
        lo, hi = max(0, f.start - BODY_WINDOW), min(len(text), f.end + BODY_WINDOW)  # linear: a window
        pos = lowered.find(words, lo, hi)
        while pos >= 0:
            k = bisect.bisect_right(starts, pos) - 1
            if not f.start <= pos < f.end and k >= 0 and spoken[k][0] <= pos < spoken[k][1]:
                f.speaker = spoken[k][2].speaker
                break
            pos = lowered.find(words, pos + 1, hi)
        if f.speaker is None:  # a headline that shortens the quote ("Przejścia otworzymy, gdy ustaną prowokacje")
            f.speaker = _shortened_from(text, f, spoken[bisect.bisect_left(starts, lo):bisect.bisect_left(starts, hi)])


def _words(s: str) -> list[str]:
    return re.findall(r"\w+", s.lower())


def _same_word(a: str, b: str) -> bool:
    """One word in two inflected forms: the same, or the same first five letters ("patrzymy", "patrzeć")."""
    return a == b or (len(a) >= 5 and len(b) >= 5 and a[:5] == b[:5])


def _shortened_from(text: str, f: _Found, spoken) -> Optional[Actor]:
    """The speaker of the one body quote whose words hold the heading quote's words in order, with gaps
    (at least four words, the first and the last among them, within twice the heading's length), a word
    in another inflected form too (a headline says "patrzymy" for the body's "musimy patrzeć")."""
    want = _words(text[f.start:f.end])
    if len(want) < 4:
        return None
    hits = set()
    for s, e, g in spoken:
        if s <= f.start < e or g.kind == "indirect":
            continue
        have = _words(text[s:e])
        for n, w in enumerate(have):
            if not _same_word(w, want[0]):
                continue
            j, k = 1, n + 1
            while j < len(want) and k < len(have) and k - n < 2 * len(want):
                j += _same_word(have[k], want[j])
                k += 1
            if j == len(want):
                hits.add(g.speaker)
                break
    return hits.pop() if len(hits) == 1 else None
