"""Quote paragraphs whose attribution stands elsewhere (a paragraph announced by a sentence that only names
its speaker, one after a subheading label, one opened by a quotation mark that never closes in it), where the
headline ends, and a page cut off inside its last quotation. Split out of ``quote_layouts`` (output unchanged)
when that module passed 600 lines.
"""
from __future__ import annotations

import re
from typing import Optional

from ..nlp import QUOTE_CLOSE, QUOTE_OPEN
from .quote_doc import COMPLEMENTIZERS, VERBAL, _Doc, _Found, _Spans, _verb_lemma, is_dash, quote_marks
from .quote_layouts import FIRST_PERSON_PAST, _first_person


def _announced_paragraphs(doc: _Doc, taken: list[tuple[int, int]], labels: list[_Found]) -> list[_Found]:
    """Quote paragraphs whose attribution stands elsewhere (GUIDELINES), unmarked and in the speaker's first
    person with no speech verb of their own (``Mam wrażenie, że …``): after a paragraph closed by a sentence that
    only announces who speaks (``Mówi jeden z nich, Jan Wilk.``: a third-person speech verb and its subject), the
    announced speaker's; after a subheading that is a speaker's label quote (``Nowak: Będzie nowy konsul``), the
    label's speaker's, as a dash paragraph continues. A paragraph opening with a quotation mark that never
    closes in it (a quote running over paragraphs, or a page cut off) is a direct quote continuing the speaker
    before it."""
    toks, spans, out = doc.toks, _Spans(taken), []
    labelled = {doc.para[doc.tok_index(f.start)] for f in labels if f.explicit and f.speaker is not None}
    marked = {s for s, _ in quote_marks(doc.text.text)}
    n = len(toks)
    k = 0
    while k < n:
        e = k  # paragraph [k, e]
        while e + 1 < n and doc.para[e + 1] == doc.para[k]:
            e += 1
        if e + 1 < n and doc.para[k] > 0:
            q = e + 1  # the next paragraph [q, qe]
            qe = q
            while qe + 1 < n and doc.para[qe + 1] == doc.para[q]:
                qe += 1
            v = _announcing_verb(doc, doc.sent_range(doc.sent_of(e))[0], e) if toks[e].text == "." else None
            last = qe
            while last > q and toks[last].is_punct and toks[last].text not in ".!?…":
                last -= 1
            plain = not is_dash(doc, q) and toks[q].text not in QUOTE_OPEN and _first_person(doc, q, qe + 1) \
                and sum(t.is_word for t in toks[q:qe + 1]) >= 5 and not any(
                    toks[x].idx in spans or is_dash(doc, x) or toks[x].text in QUOTE_OPEN or _verb_lemma(toks[x])
                    for x in range(q, qe + 1))  # (a speech verb: "Jeden z nich, Jan K., powiedział nam, że …")
            if plain and (v is not None or doc.para[k] in labelled):
                f = _Found("direct", toks[q].idx, toks[last].end, verb_tok=v)
                if v is not None:
                    f.attr_span = (doc.sent_range(doc.sent_of(e))[0], e + 1)
                else:
                    f.continues = True
                out.append(f)
            elif q + 1 <= last and toks[q].text in QUOTE_OPEN and toks[q].end not in marked \
                    and toks[q + 1].idx not in spans and sum(t.is_word for t in toks[q:qe + 1]) >= 8:
                f = _Found("direct", toks[q + 1].idx, toks[last].end)
                f.continues = True
                out.append(f)
        k = e + 1
    return out


def _announcing_verb(doc: _Doc, a: int, e: int) -> Optional[int]:
    """The speech verb of sentence [a, e] (``e`` its full stop) when the sentence only announces a speaker: the
    verb in the third person, the words after it up to the stop a subject with no verb, comma clause or
    complementizer (``Mówi jeden z przedstawicieli Jan Wilk.``, ``Tak mówi rzeczniczka.``); else None."""
    toks = doc.toks
    for v in range(a, e):
        r = toks[v].reading
        if not _verb_lemma(toks[v]) or r is None or not (r.pos == "praet" or (r.pos == "fin" and r.has("ter"))) \
                or toks[v].lower.endswith(FIRST_PERSON_PAST) or (v > a and toks[v - 1].lower == "nie"):
            continue
        rest = toks[v + 1:e]
        if rest and any(m is not None for m in (doc.mention.get(x) for x in range(v + 1, e))) and not any(
                (t.reading is not None and t.reading.pos in VERBAL) or t.text in ":;" or t.lower in COMPLEMENTIZERS
                for t in rest):
            return v
        return None
    return None


def _headline_end(doc: _Doc) -> int:
    """Where the headline ends (a first line with no full stop before more text: GUIDELINES, a headline that
    reports without a speaker's label holds no quote), 0 when the text opens with body text."""
    toks = doc.toks
    last = next((k for k in range(len(toks)) if doc.para[k] != 0), 0) - 1
    return toks[last].end if last >= 0 and toks[last].text not in (".", "…") else 0


CUT_MIN_WORDS = 3  # fewer words in quotation marks are no quote (GUIDELINES), cut off or not


def _cut_off(doc: _Doc, taken: list[tuple[int, int]]) -> list[_Found]:
    """A page cut off inside its last quotation (a paywall, a truncated feed): an opening mark at a sentence's
    start in the last paragraph, no closing mark after it, the words to the end (three or more) a direct quote
    as a closed one would be ('… wyraził oczekiwanie. "Sejm powinien zebrać się … wsparcia dla przedsiębio')."""
    text = doc.text.text
    end = len(text.rstrip())
    start = text.rfind("\n", 0, end) + 1
    taken = _Spans(taken)
    last_close = max(text.rfind(c, start, end) for c in QUOTE_CLOSE)  # no closing mark after the opener
    for i in range(max(start, last_close), end):
        if text[i] not in QUOTE_OPEN or text[start:i].rstrip()[-1:] not in ("", ".", "!", "?", "…", ":") \
                or i + 1 in taken:
            continue
        if len(re.findall(r"\w+", text[i + 1:end])) >= CUT_MIN_WORDS:
            return [_Found("direct", i + 1, end)]
    return []


# an embedded post as web pages print it: its words, a dash, the author's name, the account and the date
# ("… naszej jedności. — Jan Wilk (@jan_wilk) May 4, 2021", "… — Anna Lis (@annalis) 4 maja 2021"); a line is
# read only around an account in brackets (linear in the text's length)
_ACCOUNT = re.compile(r"\(@\w{1,30}\)")
_SIGNATURE = re.compile(r"\s[—–-]\s+(?P<name>[^\n()—–]{2,60}?)\s+\(@\w{1,30}\)\s+"
                        r"(?:[A-Z][a-z]+\.? \d{1,2}, \d{4}|\d{1,2} \w+ \d{4})[ \t]*$")


def _embedded_posts(doc: _Doc, taken: list[tuple[int, int]]) -> tuple[list[_Found], list[tuple[int, int]]]:
    """A social-media post embedded in the page (a line of its words, a dash, its author's name with the
    account in brackets and the date): the words are the author's direct quote (the mention that starts the
    name; none when the name is no actor), not the signature. Returns the quotes and the signatures' spans
    (no one's words: a dash finder's quote there is dropped)."""
    text, spans = doc.text.text, _Spans(taken)
    out, signatures = [], []
    for acc in _ACCOUNT.finditer(text):
        line_start = text.rfind("\n", 0, acc.start()) + 1
        line_end = text.find("\n", acc.end())
        line_end = len(text) if line_end < 0 else line_end
        m = _SIGNATURE.search(text, max(line_start, acc.start() - 70), line_end)
        if m is None or m.start() <= line_start:
            continue
        signatures.append((m.start() + 1, m.end()))
        a, e = line_start, m.start()
        while a < e and not text[a].isalnum() and text[a] not in QUOTE_OPEN:
            a += 1
        while e > a and text[e - 1] in " .":
            e -= 1
        if e - a < 10 or a in spans:
            continue
        k = doc.tok_index(m.start("name"))
        mention = doc.mention.get(k)
        speaker = mention[0] if mention is not None and mention[1] == k and mention[0].type == "person" else None
        out.append(_Found("direct", a, e, speaker=speaker, explicit=speaker is not None))
    return out, signatures
