"""Reported speech: the indirect quotes (``oświadczył, że …``, ``według niego …``, ``jak dodał, …``).

Split out of ``quotes.py`` (eleventh session) when it passed 600 lines; ``quotes.extract_quotes`` runs
it after the quotation-mark and dash finders."""
from __future__ import annotations

import bisect
from typing import Optional
from ..lexicon import lexicon_set, role_words
from ..nlp import QUOTE_OPEN
from .quote_doc import (ACCORDING, ASKING, object_verbs, COMPLEMENTIZERS, COORD, PRONOUN_GENDER, VERBAL, _Doc, _Found,
    _source_after, _Spans, _verb_lemma, about_verbs, is_dash, speech_verbs, via_triggers)
from .speaker_sources import _via_in
from .quote_clauses import (CONJUNCTIONS, _stance_attribution, _about_which, _aside_report, _coordinated_speech,
    _final_aside, _first_person_verb, _hedged, _jak_before, _noun_object, _past_relay, _relative_report, _reportative,
    WISH, _about_phrase, _clause_stop, _fronted_about, _heard_verb, _next_act, _past_source, _reproached, _source_of,
    _wished)
from .quote_layouts import _first_person_run, _whole_paragraph
from .speakers import _subject_after


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
