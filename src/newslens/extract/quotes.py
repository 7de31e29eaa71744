"""Quotes: direct („…” sentences, dialogue dashes), partial (quoted fragments) and indirect
(reported speech), each with its speaker, speech verb and the outlet it was relayed through.

The speaker comes from the speech clause (``– stwierdził Ławrow``), the subject of the reporting
sentence, a role (``– dodał rzecznik`` → the actor with that role) or, for a bare verb, the
nearest preceding speaker whose gender agrees with the verb. Word lists live in ``data/``.

This module holds the finders of marked quotes and the pipeline; reported speech lives in
``quote_reported.py``, the document and its helpers in ``quote_doc.py``,
speaker resolution in ``speakers.py`` (names other extractors import from here are re-exported).
"""
from __future__ import annotations

import bisect
import itertools
import re
from typing import Optional, Sequence

from ..lexicon import lexicon_set
from ..model import Actor, Quote
from ..nlp import QUOTE_OPEN, Text, layout_lines
from .quote_doc import (ACCORDING, QUESTION_LEMMAS, VERBAL, _Doc, _Found, _Spans, _verb_lemma, attribution_line,
    attribution_shape, demand_verbs, is_dash, quote_marks, speech_verbs)
from .speakers import _attribute, _continue_speaker, _first_subject, _speaker_from_body, impersonal_statement
from .speaker_groups import _learnt, joint_speakers
from .speaker_interview import interview_turns
from .speaker_sources import _keeps_via, _relayed_source, _via_in
from .speaker_paragraphs import _sole_speaker
from .quote_clauses import _announced_via, _end_before_credits, _is_term, _without_asides, _heard, _heard_verb
from .quote_dashes import _dash_quotes, closing_attribution, inner_attribution, subject_attribution
from .quote_layouts import (_colon_unmarked, _headline_labels, _interview_label, _journalist_asks, _subheadings,
    _unmarked_blocks)
from .quote_paragraphs import _announced_paragraphs, _cut_off, _embedded_posts, _headline_end
from .quote_reported import _reported
# re-exported: the demand and condition extractors build on the quote document and its subject finders
from .quote_doc import COMPLEMENTIZERS, DASHES, _after_preposition, _nominative, _verb_gender, mention_nominative  # noqa: F401,E402
from .speakers import _role_actor, _subject_after, _subject_before  # noqa: F401,E402


# ---------------------------------------------------------------- finders


def _mark_quotes(doc: _Doc, taken: list[tuple[int, int]]) -> list[_Found]:
    out = []
    text, toks = doc.text.text, doc.toks
    taken = _Spans(taken)
    questions: dict[int, list[int]] = {}
    for s, e in quote_marks(text):
        if s in taken:
            continue
        i, j = doc.tok_index(s), doc.tok_index(max(s, e - 1))
        sent = toks[i].sent
        a, b = doc.sent_range(sent)
        first_word = next((k for k in range(a, b) if not toks[k].is_punct), a)
        opens_sentence = i - 1 <= first_word and i - 1 >= a and all(
            toks[k].is_punct for k in range(a, i))
        after_colon = i >= 2 and toks[i - 2].text == ":"
        # what follows the closing mark: "– powiedział X", ", dodał X", or the sentence's end
        k = j + 2 if j + 1 < len(toks) and toks[j + 1].text in "”“»\"" else j + 1
        while k < len(toks) and toks[k].text in ".,!?…":
            k += 1
        verb = None
        if k < len(toks) and (is_dash(doc, k) or toks[k - 1].text == ",") and \
                (doc.para[k] == doc.para[j] or attribution_line(doc, k) is not None):
            for v in range(k + is_dash(doc, k), min(k + 4, len(toks))):
                if toks[v].text in QUOTE_OPEN:
                    break  # '"…", "Prezydencie obiecałeś", …': the next quotation's words, no attribution
                if _verb_lemma(toks[v]):
                    verb = v
                    break
            if verb is None and is_dash(doc, k):
                verb = attribution_shape(doc, k) or subject_attribution(doc, k)  # '"…" – nie krył
                # rozczarowania X.', '"…" – tak mówił X.'", '"…" – X nie krył rozczarowania.'
        inner = inner_attribution(doc, i, j) if verb is None and not after_colon else None
        if inner is not None:  # "„… – powiedział X. – …”": the attribution stands inside the marks
            verb = inner[1]
        whole = opens_sentence and (verb is not None or k >= b or (k < len(toks) and toks[k].sent != sent)
                                    or toks[k - 1].text[-1:] in ".!?…")
        intro = None
        if after_colon and verb is None:
            intro = next((v for v in range(i - 3, a - 1, -1) if _verb_lemma(toks[v])), None)
        if sent not in questions:  # question words of the sentence, found once (linear time)
            questions[sent] = [v for v in range(a, b) if toks[v].lemma in QUESTION_LEMMAS]
        q = bisect.bisect_left(questions[sent], i)
        asked = questions[sent][q - 1] if q else None
        if after_colon and asked is not None and (intro is None or intro <= asked):
            continue  # a journalist's question (but "zapytany o …, odparł: „…”" is the answer)
        line_a, line_b = text.rfind("\n", 0, s) + 1, (text.find("\n", e) + 1 or len(text) + 1) - 1
        alone = not text[line_a:s - 1].strip() and not text[e + 1:line_b].strip(" .!?…")  # a line of its own
        if verb is not None and _journalist_asks(doc, verb):
            continue
        label = _interview_label(doc, k) if verb is None and not after_colon else None
        if (whole and (verb is not None or alone or label or len(re.findall(r"\w+", text[s:e])) >= 4)) or \
                (after_colon and (k >= b or verb is not None)):
            f = _Found("direct", s, e, verb_tok=verb if verb is not None else intro)
            if label:  # '"Autobusy wrócą na linie". Adam Kruk dla Radia Olsztyn o rozkładach'
                f.speaker, f.via, f.explicit = label[0], label[1], True
            if inner is not None:
                f.attr_span = (inner[0], inner[2] if inner[2] <= j else j)
                if inner[2] <= j:  # two sentences: the first quote ends before the dash, the dash finder takes
                    f.end = toks[inner[2] - 1].end  # the next sentence as the same speaker's next quote
            elif verb is not None:
                f.attr_span = (k, doc.sent_range(doc.sent_of(verb))[1])
            elif after_colon:
                f.attr_span = (a, i - 1)
                if intro is None:  # "Kowalski: „…”", "Rolnicy z Lubelszczyzny: „…”", "X po rozmowie z Y: „…”"
                    m = _first_subject(doc, a, i - 2)
                    f.speaker, f.explicit = (m[0], True) if m else (None, False)
            out.append(f)
        elif not _is_term(doc, s, e):
            out.append(_Found("partial", s, e))
    return out


def _quote_verb(t) -> Optional[str]:
    """The speech verb's lemma, also of an impersonal or infinitive form ("zapowiedziano", "miał dodać")."""
    return _verb_lemma(t) or (t.lemma if t.pos in ("imps", "inf") and t.lemma in speech_verbs() else None)




def _person(a: Optional[Actor]) -> bool:
    return a is not None and a.type == "person"


def _own_outlets(doc: _Doc) -> list[tuple[int, int]]:
    """The outlets named as a journalist's own employer in the description of a person, not as the channel of
    someone's words: after a journalist noun in the nominative (``relacjonuje reporter Radia X Jan Wilk``: his own
    words, GUIDELINES: via is the channel), or after ``z`` right after a person's name or a journalist noun
    (``Jan Wilk z portalu X``). The dative or instrumental of the noun is a channel (``mówił reporterce Radia X``,
    ``w rozmowie z dziennikarzem X``)."""
    toks, out = doc.toks, []
    journalist = lexicon_set("journalist_nouns.txt")
    for k, m in doc.mention.items():
        if k != m[1] or m[0].type != "media" or k < 2:
            continue
        before = toks[k - 1]
        own = before.lemma.lower() in journalist and any(r.has("nom") for r in before.readings)
        if not own and before.lower in ("z", "ze"):
            p = doc.mention.get(k - 2)
            own = (p is not None and p[2] == k - 2 and p[0].type == "person") or toks[k - 2].lemma.lower() in journalist
        if own:
            out.append((toks[k].idx, toks[m[2]].end))
    return out


ADDING = frozenset({"dodać", "dodawać"})  # an impersonal "dodano" goes on with the source that spoke before


def extract_quotes(text: Text, actors: Sequence[Actor]) -> list[Quote]:
    """Every direct, partial and indirect quote with speaker, verb and via, in text order."""
    doc = _Doc(text, actors, linked=True)
    dash = _dash_quotes(doc)
    marks = _mark_quotes(doc, [(f.start, f.end) for f in dash])
    labels = _subheadings(doc, [(f.start, f.end) for f in dash + marks])
    marks += labels
    marks += _headline_labels(doc, [(f.start, f.end) for f in dash + marks])
    marks += _cut_off(doc, [(f.start, f.end) for f in dash + marks])  # a page cut off inside a quotation
    posts, signatures = _embedded_posts(doc, [(f.start, f.end) for f in dash + marks])  # "… — X (@x) May 4, 2021"
    if signatures:
        signed = _Spans(signatures)
        dash, marks = [f for f in dash if f.start not in signed], [f for f in marks if f.start not in signed] + posts
    dash += _unmarked_blocks(doc, [(f.start, f.end) for f in dash + marks])
    dash += _colon_unmarked(doc, [(f.start, f.end) for f in dash + marks])
    dash += _announced_paragraphs(doc, [(f.start, f.end) for f in dash + marks], labels)
    layout = _Spans(layout_lines(text.text))  # a teaser's or a credit's line holds no one's quote (GUIDELINES)
    dash, marks = [f for f in dash if f.start not in layout], [f for f in marks if f.start not in layout]
    _end_before_credits(text.text, dash + marks, layout_lines(text.text))
    direct_spans = [(f.start, f.end) for f in dash + marks if f.kind == "direct"]
    partial_spans = [(f.start, f.end) for f in marks if f.kind == "partial"]
    doc.quoted = [f for f in dash + marks]
    headline = _headline_end(doc)  # "Kreml zapowiada, że …" as a headline reports without a label: no quote
    reported = [r for r in _reported(doc, direct_spans + partial_spans) if r.start not in layout and r.start >= headline]
    # an indirect clause made of quoted fragments is listed as its partials, governed by its verb
    kept: list[_Found] = []
    frame_of: dict[int, _Found] = {}  # a partial -> the reporting frame holding its own speech clause
    partials = sorted((p.start, n, p) for n, p in enumerate(marks) if p.kind == "partial")
    partial_starts = [x[0] for x in partials]
    verb_offsets = sorted(doc.toks[r.verb_tok].idx for r in reported)
    for r in reported:
        lo, hi = bisect.bisect_left(partial_starts, r.start - 1), bisect.bisect_right(partial_starts, r.end + 1)
        inner = [p for _, _, p in sorted(partials[lo:hi], key=lambda x: x[1]) if p.end <= r.end + 1 or p.start > r.start]
        if any(p.start <= r.start and p.end >= r.end for _, _, p in partials[max(0, lo - 3):lo]):
            continue  # a clause read inside a fragment's marks ("„…, w tym …”") is the fragment (so is one cut short)
        own = doc.toks[r.verb_tok].idx
        nested = [[v for v in verb_offsets[bisect.bisect_left(verb_offsets, r.start):
                                           bisect.bisect_left(verb_offsets, p.start)] if v != own] for p in inner]
        if inner and all(nested):
            # the fragments belong to a reported clause nested in this one ("…, który przekonywał, że „…”"):
            # this clause is a quote of its own up to the relative clause, they are the inner one's
            v = doc.tok_index(nested[0][0])
            k = v - 1
            while k > doc.tok_index(r.start) and doc.toks[k].text != ",":
                k -= 1
            if doc.toks[k].text == "," and doc.toks[k + 1].lemma.lower() == "który" and k - 1 > doc.tok_index(r.start):
                r.end = doc.toks[k - 1].end
            else:  # "Jak podaje agencja X, minister zapewnił, że … „…”": a frame relaying the inner clause's
                for p in inner:  # fragments, not a quote of its own (as for an inner clause with no marks)
                    frame_of[id(p)] = r
            kept.append(r)
            continue
        if inner:
            for p in inner:
                p.verb_tok, p.attr_span = r.verb_tok, r.attr_span  # the clause's outlet too ("na Facebooku")
            continue
        kept.append(r)
    kept = _without_asides(doc, kept)  # "…, która — jego zdaniem — pomoże …": the reporter's own aside
    # a reporting frame: "TASS wskazuje, że … Putin oświadczył, że …" relays the inner quotes
    framed: dict[int, int] = {}
    by_start = sorted(range(len(kept)), key=lambda n: kept[n].start)
    starts = [kept[n].start for n in by_start]
    reach = list(itertools.accumulate((kept[n].end for n in by_start), max))  # furthest end so far
    for q in kept:
        x = doc.toks[q.verb_tok].idx
        outer = []  # the clauses holding q's verb: scanned back until none earlier can reach it
        for j in range(bisect.bisect_right(starts, x) - 1, -1, -1):
            if reach[j] <= x:
                break
            r = kept[by_start[j]]
            if r is not q and x < r.end:
                outer.append(by_start[j])
        if outer:
            framed[id(q)] = kept[max(outer)].verb_tok  # the last in list order wins, as before
    for p in marks:
        if id(p) in frame_of:
            framed[id(p)] = frame_of[id(p)].verb_tok
    frames = {id(r) for r in kept if any(v == r.verb_tok for v in framed.values())}
    framed_at = sorted(doc.toks[q.verb_tok].idx for q in kept if id(q) in framed)  # the inner quotes' verbs
    # partial quotes with no verb yet: the nearest speech verb before them in their sentence
    sentence_verbs: dict[int, tuple[list[int], list[int]]] = {}  # built once per sentence (linear time)
    for p in marks:
        if p.kind == "partial" and p.verb_tok is None:
            i = doc.tok_index(p.start)
            a, b = doc.sent_range(toks_sent := doc.toks[i].sent)
            if toks_sent not in sentence_verbs:
                sentence_verbs[toks_sent] = (
                    [k for k in range(a, b) if _verb_lemma(doc.toks[k]) or (doc.toks[k].pos == "imps" and doc.toks[k].lemma in ADDING)],
                    [k for k in range(a, b) if doc.toks[k].pos in VERBAL and doc.toks[k].lemma in demand_verbs()])
            speech, demanding = sentence_verbs[toks_sent]
            j, k = bisect.bisect_left(speech, i), bisect.bisect_left(demanding, i)
            closing = None if j else closing_attribution(doc, doc.tok_index(max(p.end - 1, p.start)), b)
            verbs = [speech[j - 1]] if j else [demanding[k - 1]] if k and closing is None else []
            if closing is not None:  # 'Instalacja „…” – napisał prezes X.': the sentence's closing attribution
                p.verb_tok, p.attr_span = closing[1], (closing[0], b)
            elif verbs:  # "Domagają się od rządu zawarcia porozumienia „za wszelką cenę”": the demanders' words
                p.verb_tok, p.attr_span = verbs[-1], (verbs[-1], i)  # "jak zapewnił w rozmowie z ONT – „…”"
            del toks_sent
    items = sorted(dash + marks + kept, key=lambda f: (f.verb_tok if f.verb_tok is not None and f.kind != "direct"
                                                     else doc.tok_index(f.start), f.start))
    found: list[_Found] = []
    results: list[_Found] = doc.attributed  # settled quotes, which role anaphora look back on
    by_verb: dict[int, _Found] = {}
    item_spans = _Spans([(g.start, g.end) for g in items])
    own_spans = _Spans([(g.start, g.end) for g in items] + _own_outlets(doc))  # skipped for a person's quote
    for f in items:
        if id(f) in frames:
            _attribute(doc, f, found, {})
            found.append(f)
            if f.speaker is None or f.speaker.type == "media" or doc.toks[f.verb_tok].lower not in ACCORDING:
                continue  # a frame relaying the inner quotes ("TASS wskazuje, że … Putin oświadczył, że …")
            n = bisect.bisect_right(framed_at, f.start)
            inner = framed_at[n] if n < len(framed_at) else None
            k = doc.tok_index(inner) if inner is not None else None
            while k is not None and k > doc.tok_index(f.start) and doc.toks[k - 1].text[-1:] not in ".;":
                k -= 1  # "Według X … z 2024 r. Radni … przypominają, że …": a sentence end the splitter missed
            if k is None or k <= doc.tok_index(f.start) + 2:
                continue
            last = k - 1
            while last > doc.tok_index(f.start) and doc.toks[last].is_punct:
                last -= 1
            f.end = doc.toks[last].end  # "Według ratusza …": a body's own statement, not an outlet relaying
        if f.continues and f.verb_tok is None:
            _continue_speaker(doc, f, results, found)  # a dash paragraph with no speech clause (speakers.py)
        elif f.verb_tok is not None and f.verb_tok in by_verb and f.kind == "partial":
            g = by_verb[f.verb_tok]
            f.speaker, f.via, f.explicit = g.speaker, g.via, g.explicit
        elif f.verb_tok is None or doc.toks[f.verb_tok].pos != "imps" or impersonal_statement(doc, f.verb_tok):
            _attribute(doc, f, found, {})  # (an impersonal attribution, "– napisano w oświadczeniu", names no one)
        elif doc.toks[f.verb_tok].lemma in ADDING and results and doc.para[doc.tok_index(results[-1].start)] == \
                doc.para[f.verb_tok]:  # "X przekazało nam, że … Jak dodano, …": the same source added it
            f.speaker = results[-1].speaker
        if f.verb_tok is not None:
            by_verb.setdefault(f.verb_tok, f)
        if f.speaker is not None and f.speaker.type == "media" and f.attr_span != (0, 0):
            relayed = _relayed_source(doc, f.attr_span[0], f.attr_span[1])
            if relayed is not None:  # "Onet, powołując się na źródła w KO, podaje, że …": Onet relays
                f.via, f.speaker = f.speaker, relayed[0]
        # via: an outlet in the quote's own attribution clause, a reporting frame, or the previous
        # quote of the same speaker when this one's subject is only implied
        if f.via is None and f.attr_span != (0, 0):
            f.via = _via_in(doc, f.attr_span[0], f.attr_span[1], own_spans if _person(f.speaker) else item_spans)
        if f.via is None and id(f) in framed:
            # the frame is settled before the quotes it relays, unless it starts at the same word
            # ('powiedział, że "to nie do przyjęcia" – dodał X': the fragment comes first): no outlet then
            outer = next((g for g in found if g.verb_tok == framed[id(f)]), None)
            if outer is not None and outer.speaker is not None and outer.speaker.type == "media":
                f.via = outer.speaker
        if f.via is None and results and _keeps_via(doc, f, results[-1]):
            f.via = results[-1].via  # the same speaker's next quote keeps the outlet (speaker_sources.py)
        if f.via is None and f.speaker is not None and f.speaker.type != "media":
            f.via = _announced_via(doc, f, item_spans)  # "X w nagraniu na Facebooku wyliczał … – Po pierwsze …"
        if f.via is not None and f.speaker is not None and f.via.name == f.speaker.name:
            f.via = None  # the outlet is the source, not a channel
        found.append(f)
        results.append(f)
    results.sort(key=lambda f: f.start)
    _speaker_from_body(doc, results)
    for f in results:
        if f.speaker is None and f.verb_tok is None:
            f.speaker = _sole_speaker(doc, f, results)  # the article's one voice goes on (speaker_paragraphs.py)
    results = interview_turns(doc, [f for f in results if not _learnt(doc, f)])
    for f in results:
        if f.verb_tok is not None and _heard_verb(doc.toks, doc.toks[f.verb_tok], doc.sent_range(doc.toks[f.verb_tok].sent)[0]):
            _heard(doc, f)  # the words heard are the source's after "od", not the hearer's
    return [Quote(speaker=(joint_speakers(doc, f) or f.speaker.name) if f.speaker else None, kind=f.kind,
                  text=doc.text.text[f.start:f.end], verb=_quote_verb(doc.toks[f.verb_tok]) if f.verb_tok is not None else None,
                  via=f.via.name if f.via else None, start=f.start, end=f.end,
                  group=bool(f.speaker and f.speaker.type == "group")) for f in results]
