"""Quotes: direct („…” sentences, dialogue dashes), partial (quoted fragments) and indirect
(reported speech), each with its speaker, speech verb and the outlet it was relayed through.

The speaker comes from the speech clause (``– stwierdził Ławrow``), the subject of the reporting
sentence, a role (``– dodał rzecznik`` → the actor with that role) or, for a bare verb, the
nearest preceding speaker whose gender agrees with the verb. Word lists live in ``data/``.

This module holds the finders and the pipeline; the document and its helpers live in ``quote_doc.py``,
speaker resolution in ``speakers.py`` (names other extractors import from here are re-exported).
"""
from __future__ import annotations

import bisect
import itertools
import re
from typing import Optional, Sequence

from ..lexicon import lexicon_set, role_words
from ..model import Actor, Quote
from ..nlp import QUOTE_OPEN, Text, layout_lines
from .quote_doc import (ACCORDING, ASKING, object_verbs, COMPLEMENTIZERS, COORD, PRONOUN_GENDER, QUESTION_LEMMAS, VERBAL, _Doc, _Found,
                        _source_after, _Spans, _verb_lemma, about_verbs, attribution_line, attribution_shape, demand_verbs, is_dash,
                        quote_marks, speech_verbs, via_triggers)
from .speakers import _attribute, _continue_speaker, _first_subject, _speaker_from_body, impersonal_statement
from .speaker_groups import _learnt, joint_speakers
from .speaker_interview import interview_turns
from .speaker_sources import _keeps_via, _relayed_source, _via_in
from .speaker_paragraphs import _sole_speaker
from .quote_clauses import (CONJUNCTIONS, _stance_attribution, _about_which, _announced_via, _aside_report, _coordinated_speech,
                            _end_before_credits, _final_aside, _first_person_verb, _hedged, _is_term, _jak_before,
                            _noun_object, _past_relay, _relative_report, _reportative, _without_asides,
                            WISH, _about_phrase, _clause_stop, _fronted_about, _heard, _heard_verb, _next_act, _past_source, _reproached, _source_of, _wished)
from .quote_dashes import _dash_quotes, closing_attribution, inner_attribution, subject_attribution
from .quote_layouts import (_colon_unmarked, _first_person_run, _headline_labels, _interview_label, _journalist_asks,
                            _subheadings, _unmarked_blocks, _whole_paragraph)
from .quote_paragraphs import _announced_paragraphs, _cut_off, _embedded_posts, _headline_end
# re-exported: the demand and condition extractors build on the quote document and its subject finders
from .quote_doc import DASHES, _after_preposition, _nominative, _verb_gender, mention_nominative  # noqa: F401,E402
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


CONCESSIVE = frozenset({"choć", "chociaż", "jeśli", "jeżeli", "gdy", "skoro", "kiedy"})  # "…, to …" closes them
CONTENT_QUESTIONS = frozenset({"czego", "co", "jakie", "jakich"})
LIST_CONJUNCTIONS = frozenset({"lub", "albo", "bądź", "czy", "i", "oraz"})
REPORTING = COMPLEMENTIZERS + ("jakoby",)  # "zaprzeczył, jakoby …": the content reported, its truth doubted


def _reported(doc: _Doc, taken: list[tuple[int, int]]) -> list[_Found]:
    """Reported speech: ``oświadczył, że …``, ``według niego …``, ``jak dodał, …``."""
    toks = doc.toks
    out = []
    taken = _Spans(taken)
    # token ranges of the attributions found so far: "– powiedziała, jak podaje tvn24.pl, jedna z …" is a
    # quote's own attribution, whose "jak" clause names the outlet, not a quote of its own
    attributions = _Spans([f.attr_span for f in doc.quoted if f.attr_span != (0, 0)])
    for t in toks:
        off = t.idx
        if off in taken:
            continue
        s = t.sent
        a, b = doc.sent_range(s)
        lemma = _verb_lemma(t)
        if lemma is None and t.pos == "inf" and t.lemma in speech_verbs() and _reportative(toks, t.i, a):
            lemma = t.lemma  # "Fomin miał jednak zaznaczyć, że …": speech reported as hearsay, its content all the same
        if lemma is None and _heard_verb(toks, t, a):
            lemma = t.lemma  # "Reporter usłyszał od protestujących, że …": heard speech (its speaker: _heard)
        if lemma and (_first_person_verb(t) or _hedged(toks, t.i)):
            lemma = None  # "Przypomnijmy, że …", "Jak pisaliśmy, …", "uznał najwyraźniej, że": the writer's own voice
        if lemma in lexicon_set("speech_reflexive_other.txt") and any(
                0 <= x < len(toks) and toks[x].lower == "się" for x in (t.i - 1, t.i + 1)):
            lemma = None  # "ci, którzy opowiadają się po stronie X, wiedzą, że …": taking a side, no speech
        comp, phrase_end = None, None
        source = t.lemma == "wynikać" and t.i + 2 < b and toks[t.i + 1].lower == "z" and (
            toks[t.i + 2].lemma in via_triggers() or toks[t.i + 2].lemma == "informacja")  # "wynika z komunikatu X"
        source = source or (t.lemma == "czytać" and t.reading is not None and t.reading.has("pri") and t.i > a
                            and t.i + 1 < b and toks[t.i + 1].lower in ("w", "na") and _jak_before(toks, t.i, a))
        # ("Jak czytamy w artykule, …": a document as the source; not "Jak czytamy, to się uczymy")
        source = source or (t.pos == "imps" and t.lemma in speech_verbs() and t.i > a and _jak_before(toks, t.i, a))
        # ("Jak poinformowano, …": an impersonal report, no one named: the speaker stays empty)
        d = t.i - 1 if t.i > 0 and is_dash(doc, t.i - 1) else \
            t.i - 2 if t.i > 1 and toks[t.i - 1].lower == "tak" and is_dash(doc, t.i - 2) else None
        # (the attribution's dash, also before "tak": "… – tak odpowiada prezes X.")
        if lemma is None and d is not None:
            lemma = _stance_attribution(doc, t.i, b)  # "… – uważa prof. X", "… - martwi się Jan Lis"
        trailing = d is not None or (toks[t.i - 1].text == "," and b - t.i <= 8 and not any(
            x.lower in COMPLEMENTIZERS or x.text == "," for x in toks[t.i + 1:b]))  # "…, podkreśliła prezes."
        if d is not None and t.i + 2 < b and toks[t.i + 1].text == "," and toks[t.i + 2].lower in COMPLEMENTIZERS:
            trailing = False  # "Pytana, ilu ich będzie - odpowiedziała, że nie wie": the verb reports its own clause
        if (lemma or source) and t.i > a + 3 and trailing and t.text[:1].islower() and \
                not is_dash(doc, a) and toks[a].text not in QUOTE_OPEN and toks[a].idx not in taken:
            # "Przejścia pozostaną zamknięte – zapowiedział minister X": the sentence before the dash
            last = (t.i if d is None else d) - 1
            while last > a and toks[last].is_punct:
                last -= 1
            clause = d is not None or (any(x.pos in VERBAL for x in toks[a:last + 1]) and (
                any(toks[k].lemma in role_words() for k in range(t.i + 1, b))
                or _subject_after(doc, t.i) is not None))  # a clause, a subject after the verb (not "w AeroServ")
            opened = max((k for k in range(a, t.i - 1) if toks[k].text == ","), default=None)
            if d is None and opened is not None and toks[opened + 1].lemma.lower() == "który":
                clause = False  # "X, który …, zapowiedział …": the comma closes the subject's relative clause
            inner = next((k for k in range(a + 1, d) if is_dash(doc, k) and toks[k - 1].text[-1:] not in ".!?…"),
                         None) if d is not None else None
            if inner is not None and not any(x.pos in VERBAL for x in toks[a:inner]):
                clause = False  # "Jego prezes Adam Lis - który … - zapowiedział, że": the dash closes an aside
                # opened after a bare subject; after a clause ("Jeśli to jest … ludzi – oczywiście, że to zrobimy
                # - zapowiedział.") the inner dash is the speaker's own
            if any(toks[k].idx in taken for k in range(a, last + 1)):
                clause = False  # "… wiosną 2022 r. - Turcja jest gotowa … - oświadczył X": the dash quote's own verb
            if len([x for x in toks[a:last + 1] if x.is_word]) >= 4 and clause:
                first = _first_person_run(doc, s, taken) if d is not None else None
                if first is not None and doc.para[a] > 0:  # the speaker's first-person run, and before it
                    first = _whole_paragraph(doc, first, t.i, b, taken) or first
                if first is None and d is not None and doc.para[a] > 0 and doc.para_start(a) == a \
                        and (b >= len(toks) or doc.para[b] != doc.para[a] or is_dash(doc, b)):
                    first = a  # the whole paragraph closed by the attribution, or followed by the speaker's
                    # next dash quote: direct (GUIDELINES); not a lead that runs on in the writer's words
                if first is not None:  # "… był gościem radia. Nie widzę szans … Druga strona stawia warunki –
                    f = _Found("direct", toks[first].idx, toks[last].end, verb_tok=t.i)  # powiedział Bąk.":
                else:  # the speaker's own words in the first person, unmarked, run back to where they start
                    f = _Found("indirect", toks[a].idx, toks[last].end, verb_tok=t.i)
                f.attr_span = (t.i, b)
                # a clause reported inside the speaker's own words ("I, szczerze mówiąc, myślę, że on … – powiedział.")
                # is no quote of its own, as inside quotation marks
                # (every quote found here has the token of this loop as its verb, so ``out`` is in the order of
                # its verbs: those inside the span are one run of it, bisected instead of a scan per quote)
                verb_at = lambda g: toks[g.verb_tok].idx  # noqa: E731
                del out[bisect.bisect_left(out, f.start, key=verb_at):bisect.bisect_left(out, f.end, key=verb_at)]
                out.append(f)
                continue
        if lemma is None and t.pos == "imps" and t.lemma in object_verbs() | about_verbs() and not _hedged(toks, t.i) \
                and not any(x.lower == "jak" or _verb_lemma(x) for x in toks[a:t.i]):
            # (not inside a frame: "Jak podaje X, powołując się na dyplomatów, ustalono, że …" is the frame's)
            lemma = t.lemma  # "Zapowiedziano manifestację …", "poinformowano o zwolnieniach": an impersonal
            # announcement, its content made known with no one named (the speaker stays empty, as for "Jak
            # poinformowano, …"); only the verbs of announcing ("spekulowano, że …" is read as no quote)
        if lemma and _about_which(toks, t, a):
            f = _relative_report(doc, t.i, a, b, taken)  # "…, że …, o czym informował portal X"
            out += [f] if f is not None else []
            continue
        if lemma and t.i - 2 > a and toks[t.i - 1].lower == "jak" and is_dash(doc, t.i - 2):
            f = _aside_report(doc, t.i, a, b, taken)  # "X - jak zapowiedziała Y - zbuduje …"
            if f is not None:
                out.append(f)
                continue
        if (lemma or source) and t.i > a and _jak_before(toks, t.i, a) and t.i in attributions:
            continue
        if (lemma or source) and t.i > a and _jak_before(toks, t.i, a):
            # "Jak dodała, …": the clause after the comma (before any "że" further on)
            k = t.i + 1
            while k < b and toks[k].text != ",":
                k += 1
            comp = _past_relay(toks, k + 1, b) if k < b - 1 else None
            f = _final_aside(doc, t.i, next(x for x in range(t.i - 1, a - 1, -1) if toks[x].lower == "jak"), a, b,
                             taken) if comp is None else None
            if f is not None:  # "Szkoła będzie gotowa we wrześniu, jak zapewnia X."
                out.append(f)
                continue
            if comp is not None and comp + 2 < b and toks[comp].pos in VERBAL and toks[comp + 1].text == "," \
                    and toks[comp + 2].lower in COMPLEMENTIZERS and not _verb_lemma(toks[comp]):
                comp += 3  # "Z ustaleń NIK, jak mówił X, wynikało, że most …": the reported clause itself (a
                # speech verb there, "Litwini, jak podaje BNS, zapowiadają, że …", has its own quote the aside frames)
            elif comp is not None and not _verb_lemma(toks[comp]):
                j0 = next(x for x in range(t.i - 1, a - 1, -1) if toks[x].lower == "jak")
                if j0 > a + 1 and toks[j0 - 1].text == "," and toks[a].idx not in taken and not is_dash(doc, a) \
                        and toks[a].text not in QUOTE_OPEN and (any(x.pos in VERBAL for x in toks[a:j0 - 1]) or not any(
                            r.pos in ("subst", "adj") and r.has("nom") for r in toks[a].readings)):
                    # (a clause or an adjunct before the aside, "W zeszłym roku, jak wylicza X, było to …"; a bare
                    # subject, "Czesi, jak podaje ČTK, nie wykluczają …", is the quote's speaker, not its words)
                    # "Powiat stracił na tym, jak wyliczyli biegli, blisko 400 tys. zł.": the aside's sentence,
                    last = b - 1  # as for an aside between dashes
                    while last > comp and toks[last].is_punct:
                        last -= 1
                    f = _Found("indirect", toks[a].idx, toks[last].end, verb_tok=t.i)
                    f.attr_span = (j0, k)
                    f.via = _via_in(doc, j0, k)
                    out.append(f)
                    continue
        elif lemma in about_verbs() and not (t.i > 0 and toks[t.i - 1].lower == "nie") and _about_phrase(toks, t.i, b):
            if _wished(toks, t.i, a) or _about_phrase(toks, t.i, b)[1] is None:
                continue  # ("chcą, by zarząd informował ich o …"; "mówią o właścicielu": a bare topic)
            comp, phrase_end = _about_phrase(toks, t.i, b)  # "wspomniał m.in. o przyjęciu ustawy", from its "o"
        elif lemma in about_verbs() and not (t.i > 0 and toks[t.i - 1].lower == "nie") \
                and _fronted_about(doc, t.i, a, b) is not None and toks[a].idx not in taken:
            last = _fronted_about(doc, t.i, a, b)  # "O likwidacji kursów poinformował przewoźnik": the fronted object
            f = _Found("indirect", toks[a].idx, toks[last].end, verb_tok=t.i)
            f.attr_span = (t.i, b)  # (the clause after the verb names the speaker and the outlet)
            out.append(f)
            continue
        elif lemma and not (t.i > 0 and toks[t.i - 1].lower == "nie") and _reproached(doc, t.i, b) is not None:
            comp = _reproached(doc, t.i, b)  # "Komitet zarzuca burmistrzowi budowę hali, której koszt …"
            phrase_end = _clause_stop(toks, comp, b)
        elif lemma in object_verbs() and not (t.i > 0 and toks[t.i - 1].lower == "nie") \
                and _noun_object(doc, t.i, b) is not None:
            comp = _noun_object(doc, t.i, b)  # "zapowiedział też spotkanie ze stroną społeczną"
            stop = next((k for k in range(comp, b - 1) if toks[k].text == "," and toks[k + 1].lower in CONJUNCTIONS), b)
            if _wished(toks, t.i, a):
                continue  # "chcą, by zarząd zapowiedział odwołanie": not said
            phrase_end = stop  # "zapowiada odwołanie, a zawodnicy …": the writer's next clause
        elif lemma and not (t.i > 0 and toks[t.i - 1].lower == "nie") or (
                lemma is None and t.i > a and toks[t.i - 1].lower == "nie" and t.reading is not None
                and t.reading.pos in VERBAL and t.reading.lemma in lexicon_set("speech_negated_verbs.txt")):
            # verb … , że|iż  (a few words between: "w rozmowie z PAP"); "nie ukrywa, że …"
            for k in range(t.i + 1, min(t.i + 12, b - 1)):
                if toks[k].text == "," and (toks[k + 1].lower in REPORTING or _typed_ze(toks, k + 1, b)):
                    comp = k + 2
                    break
                if k == t.i + 1 and toks[k].lower in COMPLEMENTIZERS:
                    comp = k + 1  # "powiedział że …": the comma left out
                    break
                if toks[k].text == "," and toks[k + 1].lower in CONTENT_QUESTIONS and lemma not in ASKING \
                        and any(x.text == ":" for x in toks[k + 2:b]):
                    comp = k + 1  # "wyliczył, czego oczekuje od władz: …": the content it announces
                    break
                if toks[k].text in ".;:!?" or toks[k].lower in COMPLEMENTIZERS or _verb_lemma(toks[k]) \
                        or toks[k].lemma.lower() in lexicon_set("quote_scan_stops.txt"):
                    break  # ("…, pod warunkiem, że …": the condition's "że", not the verb's)
            if comp is None and t.i > a and _jak_before(toks, t.i, a):
                k = t.i + 1
                while k < b and toks[k].text != ",":
                    k += 1
                comp = _past_relay(toks, k + 1, b) if k < b - 1 else None
        elif lemma is None and t.pos in ("fin", "praet") and t.i + 3 < b and toks[t.i + 1].text == "," \
                and toks[t.i + 2].lower in WISH and t.lemma in lexicon_set("speech_proposal_verbs.txt"):
            comp = t.i + 3  # "Zaproponował, aby zamiast oświadczeń Moskwa zgodziła się …": a proposal's content
        elif lemma is None and t.pos in ("fin", "praet") and _stated_noun(toks, t.i, b) is not None \
                and t.lemma not in lexicon_set("quote_state_verbs.txt"):
            comp = _stated_noun(toks, t.i, b) + 3  # "wyraził zrozumienie, że …", "Rosja forsuje narrację, że …": a
            # view stated; "złożył publiczną deklarację, że …", "wydał oświadczenie, że …": an utterance made (not
            # a state of mind, "ma nadzieję, że …", nor words received, "otrzymał zapewnienie, że …")
        elif t.lemma == "wynikać" and t.pos in ("fin", "praet") and _source_of(doc, t.i, a, b) and not any(
                x.lower in COMPLEMENTIZERS for x in toks[a:t.i]):
            # "Z sondaży wynika, że …", "Z nieoficjalnych informacji X wynika, że …": a source's finding (not
            # inside a reported clause: "X mówił, że z analizy wynika, iż …" is X's words)
            comp = next((k + 2 for k in range(t.i + 1, min(t.i + 12, b - 1))
                         if toks[k].text == "," and toks[k + 1].lower in COMPLEMENTIZERS), None)
        elif t.lower == "zdaniem" and t.i > a and toks[t.i - 1].lower in PRONOUN_GENDER and t.i + 1 < b:
            comp = t.i + 1 + (toks[t.i + 1].text == ",")  # "Jego zdaniem …"
        elif t.lower in ACCORDING and t.i > a + 2 and t.i + 1 < b and toks[t.i - 1].text not in ",;:" and (
                doc.mention.get(t.i + 1) or (t.lower != "zdaniem" and toks[t.i + 1].lower in PRONOUN_GENDER)) \
                and toks[a].idx not in taken and not is_dash(doc, a) and toks[a].text not in QUOTE_OPEN:
            # "Warunkiem dalszych rozmów jest według ministra odblokowanie ruchu", "Drugim warunkiem jest według
            # niego …": a source phrase inside the sentence, the whole sentence
            last = b - 1
            while last > a and toks[last].is_punct:
                last -= 1
            f = _Found("indirect", toks[a].idx, toks[last].end, verb_tok=t.i)
            f.attr_span = (t.i, t.i + 1)
            out.append(f)
            continue
        elif t.lower in ACCORDING and (t.i + 1 < b):
            k = t.i + 1
            m = doc.mention.get(k)
            if toks[k].lower in PRONOUN_GENDER:
                comp = k + 1 + (k + 1 < b and toks[k + 1].text == ",")
            elif m:
                comp = _past_source(doc, m[2] + 1, b, named=True)  # (the source's genitive dependents, "… z Biura X")
                comp += comp < b and toks[comp].text == ","
            else:
                while k < b and toks[k].text != ",":
                    k += 1
                verb_first = any(x.pos in ("fin", "praet", "bedzie") for x in toks[t.i + 1:k])
                # (a verb before the comma: "Według ministra rolnicy oczekują, że …" is the source phrase, then the
                # reported sentence: the words after the phrase, as for a phrase with no comma below)
                if k < b - 1 and k - t.i <= 6 and not verb_first and (toks[k + 1].lower in LIST_CONJUNCTIONS or (
                        t.i > a and toks[t.i - 1].text[:1].islower() and toks[t.i - 1].pos in ("subst", "ger", "adj"))):
                    pass  # "szukanie szkoły według miejsca zamieszkania, lub …", "rozliczania dyżurów według stawek
                    # kontraktowych, a nie …": a noun's manner ("by"), a list's item, no source
                elif k < b - 1 and k - t.i <= 6 and not verb_first:
                    comp = k + 1
                elif toks[t.i + 1].pos in ("subst", "adj", "ger") and toks[t.i + 1].is_word:  # "według danych GUS …"
                    src = _source_after(doc, t.i + 1)
                    comp = _past_source(doc, src[2] + 1 if src else t.i + 2, b)  # "Według ostatniego raportu …"
                    if src is not None and comp < b - 1 and toks[comp].text == "(":
                        close = next((x for x in range(comp + 1, min(comp + 5, b)) if toks[x].text == ")"), None)
                        if close is not None:  # "Według informacji Polskiej Grupy Górniczej (PGG), …": its acronym
                            comp = close + 1 + (close + 1 < b and toks[close + 1].text == ",")
        if comp is None or comp >= b:
            continue
        # the complement ends at the sentence end or before a coordinated speech verb; an "o" phrase before
        # ", a …" ("poinformował o zwolnieniach, a spotkanie zakończyło się …": the writer's next clause)
        end = phrase_end if phrase_end is not None else b
        for k in range(comp, end):
            if toks[k].lower in COORD and k + 1 < b and (_verb_lemma(toks[k + 1]) or _next_act(toks, t.i, k, phrase_end)):
                end = k  # (or the reporting subject's next act: "…, i złożył pozew", quote_clauses._next_act)
                break
            if k > comp and toks[k].text == "," and k + 1 < b and toks[k + 1].lower == "to" and any(
                    x.lower in CONCESSIVE for x in toks[a:t.i]):
                end = k  # "Choć …, a z sondaży wynika, że X prowadzi, to politycy …": the main clause's "to"
                break
            if k > comp and toks[k].text == "," and _coordinated_speech(toks, k + 1, b):
                end = k  # "…, że Kreml jest gotowy do rozmów, jednak zaznaczył, że …": the subject's next
                break  # speech verb after a comma, not the reported clause's own predicate
            if k > comp and toks[k].text == "," and k + 1 < b and toks[k + 1].pos == "pcon" and _verb_lemma(toks[k + 1]):
                end = k  # "zapewniał, że projekt zostanie przyspieszony, mówiąc: „…”": the participle's own quote
                break
            if k > comp and toks[k].text == "," and k + 3 < b and toks[k + 1].lower == "co" \
                    and toks[k + 2].pos == "subst" and any(r.has("nom") for r in toks[k + 2].readings) \
                    and toks[k + 3].pos == "praet":
                end = k  # "…, że dotacje będą od 2029 r., co samorząd uznał za kpinę": the writer's
                break  # comment on the reported clause, with a subject of its own
            if k > comp and toks[k].text == "r." and toks[k - 1].pos == "dig" and k + 1 < b and toks[k + 1].is_title \
                    and k + 1 not in doc.mention:
                end = k + 1  # "…, że kadencja skończyła się w 2024 r. Ukraińskie prawo …": a sentence end the splitter
                break  # kept after the year's abbreviation (a name may follow "r." inside a sentence: not cut there)
            if k > comp and toks[k].idx in taken and is_dash(doc, k - 1) and toks[k - 1].idx not in taken:
                end = k - 1  # "…, że runda odbędzie się wiosną 2022 r. - Turcja jest gotowa … - oświadczył X."
                break  # (a dash quote the splitter left in the sentence after an abbreviation)
        last = end - 1
        while last > comp and toks[last].is_punct:
            last -= 1
        if last < comp:
            continue
        f = _Found("indirect", toks[comp].idx, toks[last].end, verb_tok=t.i)
        f.attr_span = (a, comp)
        f.explicit = False
        out.append(f)
    return out


def _quote_verb(t) -> Optional[str]:
    """The speech verb's lemma, also of an impersonal or infinitive form ("zapowiedziano", "miał dodać")."""
    return _verb_lemma(t) or (t.lemma if t.pos in ("imps", "inf") and t.lemma in speech_verbs() else None)


def _stated_noun(toks, v: int, b: int) -> Optional[int]:
    """The noun of a view or an utterance (quote_content_nouns.txt, quote_speech_nouns.txt) that verb ``v`` takes
    as its object right after it or after one adjective, followed by ", że": its token, else None."""
    for n in (v + 1, v + 2):
        if n + 2 >= b or (n == v + 2 and toks[v + 1].pos != "adj"):
            return None
        if toks[n + 1].text == "," and toks[n + 2].lower in COMPLEMENTIZERS and toks[n].lemma.lower() in (
                lexicon_set("quote_content_nouns.txt") | lexicon_set("quote_speech_nouns.txt")):
            return n
    return None


def _typed_ze(toks, k: int, b: int) -> bool:
    """``ze`` at ``k`` typed for ``że`` (a web page's missing diacritic: "wspominał, ze miasto proponuje …"):
    the preposition "ze" governs a genitive or instrumental ("ze względu", "ze strony", "ze mną"); a word
    after it with neither case (a nominative, an adverb, a verb) opens a clause."""
    return toks[k].lower == "ze" and toks[k].text == "ze" and k + 1 < b and toks[k + 1].is_word and not any(
        r.pos in NOMINAL and (r.has("gen") or r.has("inst")) for r in toks[k + 1].readings)


NOMINAL = frozenset({"subst", "depr", "ger", "adj", "num", "ppron12", "ppron3", "siebie", "ppas", "pact"})


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
