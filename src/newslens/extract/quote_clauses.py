"""Quotes: the clause helpers of the finders in ``quotes`` (moved out verbatim when that module passed 600
lines): whether quoted words are a term, a speech verb's noun object, the platform that announces a quote,
``jak`` before a verb, a source phrase of ``wynika`` and the relaying phrase after ``Jak podaje X,``; a verb in
a clause of wish, a coordinated speech verb that ends a reported clause, a quote's end before a credit, the
clause a relative ``o czym`` report covers and the sentence around an aside between dashes (moved from
``quotes`` in round 11, when it passed 600 lines again).
"""
from __future__ import annotations

import bisect
import re
from typing import Optional

from ..nlp import QUOTE_OPEN
from .quote_doc import (ACCORDING, via_triggers, PRONOUN_GENDER, _Doc, _Found, _Spans, _verb_lemma, COMPLEMENTIZERS, VERBAL, is_dash,
                        term_markers)
from .speaker_sources import _platform_at, _via_in
from .quote_layouts import FIRST_PERSON_PAST
from ..lexicon import lexicon_set


def _is_term(doc: _Doc, s: int, e: int) -> bool:
    """Scare quotes, names and titles: too short, after tzw./a title marker, or all capitalised."""
    inner = doc.text.text[s:e]
    words = re.findall(r"\w+", inner)
    if len(words) < 3:
        return True
    before = doc.text.text[max(0, s - 40): s - 1].lower().split()
    if before and (before[-1] in term_markers() or before[-1].rstrip(".") in term_markers()
                   or " ".join(before[-2:]) in term_markers()):
        return True
    i = doc.tok_index(s)
    prev = doc.toks[i - 2] if i >= 2 else None
    if prev is not None and prev.lemma in term_markers():
        return True
    caps = [w for w in words if len(w) > 3]
    if caps and all(w[:1].isupper() for w in caps) and not inner.rstrip().endswith(".") and not (
            inner.count("!") > 1 and any(t.pos in VERBAL for t in doc.toks[i:doc.tok_index(e - 1) + 1])):
        return True  # (a chant of exclamations with a verb is words said: "Dziuba, Dziuba! Zapraszamy!")
    if inner.rstrip().endswith("?"):
        sent = doc.toks[i].sent
        a, b = doc.sent_range(sent)
        if any(t.lemma in ("pytanie", "pytać", "zapytać") for t in doc.toks[a:b]):
            return True
    return False


OBJECT_SKIP = frozenset({"też", "także", "również", "m.in", "m", ".", "in", "już", "jeszcze"})


def ACT_NOUNS() -> frozenset[str]:  # noqa: N802 (a lexicon, read once)
    return lexicon_set("speech_act_nouns.txt")


def _noun_object(doc: _Doc, v: int, b: int):
    """The first token of a speech verb's noun object right after it (past "też", "m.in."), or None:
    a verbal noun in the accusative, with no "że" clause following the verb."""
    toks = doc.toks
    k = _past_adjuncts(doc, v + 1, b)
    if k >= b - 1 or k in doc.mention or toks[k].is_title or toks[k].text == ":" or any(
            x.lower in COMPLEMENTIZERS for x in toks[v + 1:min(b, v + 14)]):
        return None  # (a colon after the object, "zapowiada kolejne dni strajku: 20 i 27 maja", lists its dates)
    if toks[k].lemma.lower() in DEMONSTRATIVES:
        return None  # "powtarza ten postulat": the content was stated before, this points back to it
    if any(r.pos == "ger" and r.has("acc") for r in toks[k].readings):
        return k  # an announced act ("przekazanie petycji"), not an announced thing ("pomoc")
    g = k
    while g < min(k + ACTION_REACH, b) and toks[g].pos in MODIFIERS:
        g += 1  # the act after its modifiers: "zapowiadają ich zaostrzenie", "zapowiedział dalsze rozmawianie …"
    if g > k and g < b and any(r.pos == "ger" and r.has("acc") for r in toks[g].readings):
        return k
    reach = PARTICIPLE_REACH if any(r.pos in ("ppas", "pact") and r.has("acc") for r in toks[k].readings) else ACTION_REACH
    j = k  # (a participle's phrase before the noun: "zapowiadaną wcześniej przez związkowców na 1 maja akcję")
    while j < min(k + reach, b):  # "zapowiadają po świętach kolejne protesty", "kolejne dni strajku"
        t = toks[j]
        m = doc.mention.get(j)
        if m is not None and m[1] == j and reach == PARTICIPLE_REACH and toks[j - 1].lower == "przez":
            j = m[2] + 1  # the participle's agent
            continue
        if t.is_punct or j in doc.mention or t.pos in VERBAL or (j > k and t.is_title):
            return None
        if t.pos == "subst" and any(r.pos == "subst" and r.lemma.lower() in lexicon_set("speech_object_nouns.txt")
                                    for r in t.readings):  # (any reading: "rozmowy" is 'rozmowa' too)
            return k  # a collective action announced: its phrase, from right after the verb
        if t.pos == "subst" and any(r.pos == "subst" and r.has("acc") and r.lemma.lower() in ACT_NOUNS()
                                    for r in t.readings) and j + 1 < b and toks[j + 1].is_word:
            return k  # an act announced with what it acts on: "zapowiedział budowę nowej promenady", "remont
            # sieci" (data/speech_act_nouns.txt: nouns of acts derived from their verbs); a bare "zapowiada
            # zmiany, ale …" names no content
        j += 1
    return None


TIME_NOUNS = frozenset({"poniedziałek", "wtorek", "środa", "czwartek", "piątek", "sobota", "niedziela", "styczeń",
                        "luty", "marzec", "kwiecień", "maj", "czerwiec", "lipiec", "sierpień", "wrzesień", "październik",
                        "listopad", "grudzień", "weekend", "tydzień", "miesiąc", "rok", "dzień", "środ"})


def _past_adjuncts(doc: _Doc, k: int, b: int) -> int:
    """The first token after a speech verb's adjuncts that stand before its noun object (OBJECT_SKIP's words,
    a day or month, "w czwartek", "w przyszłym tygodniu", and the channel, "w rozmowie z PAP", "na antenie Radia
    X", "w wywiadzie dla X"): "zapowiedział w czwartek na antenie Radia X posiedzenie zespołu …"."""
    toks = doc.toks
    for _ in range(4):
        while k < b and toks[k].lower in OBJECT_SKIP:
            k += 1
        if k + 1 >= b or toks[k].lower not in ("w", "we", "na"):
            return k
        j = k + 1
        while j < b - 1 and toks[j].pos == "adj" and toks[j].text[:1].islower():
            j += 1  # "w przyszłym tygodniu"
        lemmas = {r.lemma.lower() for r in toks[j].readings}
        if lemmas & TIME_NOUNS:
            k = j + 1
            continue
        if not lemmas & via_triggers() or j in doc.mention:
            return k
        j += 1  # the channel's noun, then its outlet: "z PAP", "dla TVN24", "Radia X"
        if j < b and toks[j].lower in ("z", "ze", "dla"):
            j += 1
        m = doc.mention.get(j)
        if m is None or m[1] != j:
            return k
        k = m[2] + 1
    return k


PARTICIPLE_REACH = 10  # tokens from a participle before the object to its noun, the participle's phrase between
DEMONSTRATIVES = frozenset({"ten", "ta", "to", "taki", "ów", "tamten"})
ACTION_REACH = 5  # tokens from a speech verb's object to the noun of the action it announces
MODIFIERS = frozenset({"adj", "ppron3", "num"})  # before a verbal noun: "ich", "swoje", "dalsze", "dwa"


def _announced_via(doc: _Doc, f: _Found, quoted: _Spans):
    """The platform of the post that announces a quote: the sentence before it in the paragraph names the
    same speaker with a speech verb or a verb of posting (data/quote_post_verbs.txt) and a platform ("w nagraniu
    na Facebooku wyliczał …", "opublikował na Facebooku nagranie"), and holds no
    quote of its own. An outlet there is not taken (the reference gold: an interview announced for
    Rossija 1 does not make it the next quote's channel)."""
    i = doc.tok_index(f.start)
    s = doc.sent_of(i)
    if s == 0:
        return None
    a, b = doc.sent_range(s - 1)
    if doc.para[a] != doc.para[i] or b - a > 60:
        return None
    toks = doc.toks
    if any(toks[k].idx in quoted for k in range(a, b)) or not any(
            _verb_lemma(toks[k]) or (toks[k].pos in VERBAL and toks[k].lemma in lexicon_set("quote_post_verbs.txt"))
            for k in range(a, b)):  # (a post announced: "zamieścił na Telegramie oświadczenie")
        return None
    if not any(doc.mention.get(k, (None,))[0] is f.speaker for k in range(a, b)):
        return None
    return next((p for p in (_platform_at(doc, k) for k in range(a, b)) if p is not None), None)


def _first_person_verb(t) -> bool:
    """The verb speaks in the first person: an imperative or a present (``Przypomnijmy``, ``Dodam``) or a past
    form whose person ending the tag does not carry (``pisaliśmy``, ``mówiłem``): the writer's own voice or
    the speaker's own words, no one's speech reported."""
    r = t.reading
    return r is not None and (r.pos == "impt" or (r.pos == "fin" and r.has("pri"))
                              or (r.pos == "praet" and t.lower.endswith(FIRST_PERSON_PAST)))


def _finite_third(t) -> bool:
    """A past or third-person present verb: a clause's predicate ("uspokaja", "stawia", "odpowiedział")."""
    r = t.reading
    return r is not None and (r.pos == "praet" or (r.pos == "fin" and r.has("ter")))


def _without_asides(doc: _Doc, kept: list) -> list:
    """The reported clauses less a pronoun's source phrase inside another one ("Jak poinformował, ludowcy złożyli
    projekt, który — jego zdaniem — pomoże firmom"; "…, że według niego …"): the pronoun points back at the
    one reporting, whose clause it stays in, no quote of its own and no frame around his."""
    toks = doc.toks
    spans = _Spans([(r.start, r.end) for r in kept])
    # a whole sentence around its own source phrase ("Warunkiem jest według niego …") holds it: only another
    # clause's span makes the phrase an aside
    spans_outside = _Spans([(r.start, r.end) for r in kept if not r.start <= toks[r.verb_tok].idx < r.end])
    out = []
    for r in kept:
        v = r.verb_tok
        pronoun = toks[v].lower in ACCORDING and (
            (v > 0 and toks[v - 1].lower in PRONOUN_GENDER) or (v + 1 < len(toks) and toks[v + 1].lower in PRONOUN_GENDER))
        if pronoun and toks[v].idx in (spans_outside if r.start <= toks[v].idx < r.end else spans):
            continue  # (its own clause starts after the phrase)
        out.append(r)
    return out


def _hedged(toks, i: int) -> bool:
    """An adverb of the writer's inference right before or after the verb (data/quote_hedge_words.txt)."""
    hedge = lexicon_set("quote_hedge_words.txt")
    return (i > 0 and toks[i - 1].lower in hedge) or (i + 1 < len(toks) and toks[i + 1].lower in hedge)


def _reportative(toks, i: int, a: int) -> bool:
    """The infinitive at ``i`` is governed by a reportative "mieć" (``miał zaznaczyć, że …``: he is said to
    have stressed): a third-person "miał/miała/mieli/ma" right before it, past up to two particles
    (``miał jednak powiedzieć``), not negated and not the speaker's own first person (``mamy mówić``)."""
    k = i - 1
    while k > a and i - k <= 3 and (toks[k].pos in ("qub", "adv") or toks[k].lower in lexicon_set("jak_particles.txt")):
        k -= 1
    if k < a or not any(r.lemma == "mieć" and (r.pos == "praet" or (r.pos == "fin" and r.has("ter")))
                        for r in toks[k].readings):  # (the tagger may read "miał" as a noun, "ma" as "mój")
        return False
    return not toks[k].lower.endswith(FIRST_PERSON_PAST) and not (k > a and toks[k - 1].lower == "nie")


def _jak_before(toks, i: int, a: int) -> bool:
    """``jak`` opens the clause of verb ``i`` in its sentence (from token ``a``), with at most two particles
    between (``Jak dodał``, ``Jak jednak dodał``, ``Jak przy tym zaznaczył``: data/jak_particles.txt)."""
    k = i - 1
    while k > a and i - k <= 2 and toks[k].lower in lexicon_set("jak_particles.txt"):
        k -= 1
    return k >= a and toks[k].lower == "jak"


def _source_of(doc: _Doc, v: int, a: int, b: int) -> bool:
    """``wynika`` at ``v`` has a source phrase: ``z`` and a noun right after it or a few words before it with
    no comma between (``Z sondaży wynika``, ``wynika z raportu``); not a pronoun (``Z tego wynika, że …``: the
    writer's own inference)."""
    toks = doc.toks
    starts = [v + 1] + [k for k in range(max(a, v - 8), v) if not any(x.text == "," for x in toks[k:v])]
    for k in starts:
        if k + 1 < b and toks[k].lower == "z":
            j = k + 1
            while j < b and j < v + 8 and toks[j].pos == "adj":
                j += 1
            if j < b and toks[j].pos == "subst" and toks[j].lemma.lower() not in ("to", "co", "on", "ten"):
                return True
    return False


def _past_relay(toks, comp: int, b: int) -> int:
    """After "Jak podaje X,": a participial phrase naming whom the outlet relays ("powołując się na
    tureckich urzędników,") belongs to the attribution; the content starts after its comma."""
    if comp + 2 < b and toks[comp].lemma in ("powoływać", "powołać") and toks[comp + 1].lower == "się" \
            and toks[comp + 2].lower == "na":
        k = next((k for k in range(comp + 3, b - 1) if toks[k].text == ","), None)
        if k is not None:
            return k + 1
    return comp


CONJUNCTIONS = frozenset({"ale", "a", "lecz", "jednak", "i", "oraz", "natomiast"})


WISH = frozenset({"by", "aby", "żeby", "ażeby"})


def _wished(toks, i: int, a: int) -> bool:
    """Verb ``i`` stands in a clause of purpose or wish (``chcą, by zarząd co tydzień informował ich o …``): an act
    asked for, not speech reported."""
    k = i - 1
    while k >= a and toks[k].text != ",":
        if toks[k].lower in WISH:
            return True
        k -= 1
    return False


def _coordinated_speech(toks, k: int, b: int) -> bool:
    """Token ``k`` (after a comma) opens a coordinated predicate of speech: a speech verb in the past or the third
    person present, possibly after a conjunction or a particle (``…, jednak zaznaczył``, ``…, ale dodał``,
    ``…, krytykowali jednak``)."""
    while k < b - 1 and (toks[k].lower in CONJUNCTIONS or toks[k].lower in lexicon_set("jak_particles.txt")):
        k += 1
    r = toks[k].reading if k < b else None
    return r is not None and bool(_verb_lemma(toks[k])) and (r.pos == "praet" or (r.pos == "fin" and r.has("ter")))


def _end_before_credits(text: str, found: list[_Found], credits: list[tuple[int, int]]) -> None:
    """A quote that runs into a credit at the end of its line ends before it (``Nowak: Chcemy całej Ukrainy
    Źródło: TVN24``: the credit is layout, GUIDELINES)."""
    starts = [a for a, _ in credits]
    for f in found:
        n = bisect.bisect_right(starts, f.start)
        if n < len(starts) and starts[n] < f.end:
            end = starts[n]
            while end > f.start and (text[end - 1].isspace() or text[end - 1] in ",;:–—-"):
                end -= 1
            if end > f.start:
                f.end = end


def _about_which(toks, t, a: int) -> bool:
    """Speech verb ``t`` opens a relative ``, o czym`` clause in the third person (``…, o czym informował X``)."""
    return t.i - 4 > a and toks[t.i - 1].lower == "czym" and toks[t.i - 2].lower == "o" and toks[t.i - 3].text == "," \
        and not (t.reading is not None and t.reading.has("pri"))


def _relative_report(doc: _Doc, v: int, a: int, b: int, taken: _Spans):
    """``…, że chyba wyjechał już do Hiszpanii, o czym informował dziennik Y``: the clause before the relative
    ``o czym`` (from its ``że``, else from the sentence start) is what the verb's subject reported; None when a
    dash, a mark or another quote opens it."""
    toks = doc.toks
    c = v - 3
    comp = next((k + 1 for k in range(c - 1, a - 1, -1) if toks[k].lower in COMPLEMENTIZERS), a)
    last = c - 1
    while last > comp and toks[last].is_punct:
        last -= 1
    if last <= comp or toks[comp].idx in taken or is_dash(doc, comp) or toks[comp].text in QUOTE_OPEN:
        return None
    f = _Found("indirect", toks[comp].idx, toks[last].end, verb_tok=v)
    f.attr_span = (v, b)
    return f


def _aside_report(doc: _Doc, v: int, a: int, b: int, taken: _Spans):
    """``X - jak zapowiedziała Y - zbuduje …``: the sentence around the aside between dashes (verb ``v`` after
    ``jak``); after a bare conjunction (``…, ale - jak podkreślają związkowcy - nie przyniosły …``) only what
    follows it; None when the aside does not close or nothing follows it."""
    toks = doc.toks
    close = next((k for k in range(v + 1, b - 1) if is_dash(doc, k)), None)
    if close is None:
        return None
    comma = max((k for k in range(a, v - 2) if toks[k].text == ","), default=a - 1)
    pre = [x for x in toks[comma + 1:v - 2] if x.is_word]
    first = close + 1 if len(pre) <= 1 and all(x.lower in CONJUNCTIONS for x in pre) and comma >= a else a
    if first == a:  # "Rurociąg był celem ataku i jest obecnie - jak podała X - remontowany": the predicate
        # coordinated after a conjunction is what the aside reports, not the writer's clause before it
        first = max((k + 1 for k in range(a + 1, v - 3) if toks[k].lower in CONJUNCTIONS and toks[k + 1].reading
                     is not None and toks[k + 1].reading.pos in VERBAL), default=a)
    last = b - 1
    while last > close and toks[last].is_punct:
        last -= 1
    if last <= close + (first == a) or toks[first].idx in taken:  # (one word after the aside ends that predicate)
        return None
    f = _Found("indirect", toks[first].idx, toks[last].end, verb_tok=v)
    f.attr_span = (v - 1, close)
    f.via = _via_in(doc, v - 1, close)  # the aside lies inside the quote's own span
    return f


COMPARED = frozenset({"tak", "taki", "taka", "takie", "tacy", "samo", "sam", "podobnie", "tyle", "dokładnie"})


def _final_aside(doc: _Doc, v: int, j0: int, a: int, b: int, taken: _Spans):
    """``X zostanie otwarty w czwartek, jak zapewnia Y.``: an aside of ``jak`` and the speech verb ``v`` that
    closes its sentence after a comma reports the main clause before it, from the sentence's start. That
    clause has a finite verb of its own and no comma (a comparison, ``…, a nie 5 proc., jak zakłada rząd``,
    ``zrobimy to tak, jak zapowiedział``, names how, not what was said); None otherwise."""
    toks = doc.toks
    if j0 < a + 2 or toks[j0 - 1].text != "," or any(x.text == "," for x in toks[v + 1:b]) \
            or toks[a].idx in taken or is_dash(doc, a) or toks[a].text in QUOTE_OPEN:
        return None
    pre = toks[a:j0 - 1]
    if any(x.text in ",;:()\"„”«»" or is_dash(doc, x.i) or x.lower in COMPARED for x in pre) \
            or not any(r.pos in ("fin", "praet", "bedzie", "imps") for x in pre for r in x.readings) \
            or any(x.reading is not None and x.reading.pos in ("fin", "praet") and x.reading.has("pri") for x in pre):
        return None  # (a first-person clause, "Zrobimy to, jak obiecał", is the writer's or the speaker's own)
    if any(r.pos in ("fin", "praet", "inf", "pred", "imps") for r in toks[j0 - 2].readings):
        return None  # "Wszyscy wiedzą, jak mówi minister.": the verb before the comma takes "jak" as how
    f = _Found("indirect", toks[a].idx, toks[j0 - 2].end, verb_tok=v)
    f.attr_span = (j0, b)
    f.via = _via_in(doc, j0, b)
    return f


REPROACH_SKIP = frozenset({"i", "oraz", "przede", "wszystkim", "także", "też", "również", "m.in", "m", ".", "in"})


def _reproached(doc: _Doc, v: int, b: int):
    """The first token of what a verb of reproach (data/speech_reproach_verbs.txt) reproaches, after the ones
    reproached in the dative (``zarzuca wójtowi głównie zakup autobusów``, ``zarzucał radzie i staroście
    opieszałe wydawanie decyzji``): an accusative noun phrase, adverbs before it kept; None when a clause after "że"
    is the content or no such object follows."""
    toks = doc.toks
    if toks[v].lemma not in lexicon_set("speech_reproach_verbs.txt") or any(
            x.lower in COMPLEMENTIZERS for x in toks[v + 1:b]):
        return None
    k = v + 1
    while k < b and (toks[k].lower in REPROACH_SKIP or any(r.pos in ("subst", "adj", "ppron3") and r.has("dat")
                                                         and not r.has("acc") for r in toks[k].readings[:1])):
        k += 1
    if k == v + 1 or k >= b - 1:
        return None  # (the one reproached must come first: "zarzucił kłamstwo" alone names no one)
    j = k
    while j < b and toks[j].pos == "adv":
        j += 1
    if j >= b or not any(r.pos in ("subst", "adj", "ger") and r.has("acc") for r in toks[j].readings):
        return None
    return k


ABOUT_PRONOUNS = frozenset({"tym", "tej", "czym", "nim", "niej", "nich", "tamtym", "tego"})


def _clause_stop(toks, k: int, b: int) -> int:
    """Where a phrase from token ``k`` stops before ``, a|ale|… <the writer's next clause>`` (``b`` if none)."""
    return next((j for j in range(k, b - 1) if toks[j].text == "," and toks[j + 1].lower in CONJUNCTIONS), b)


def _about_phrase(toks, v: int, b: int):
    """The "o" phrase speech verb ``v`` reports (``wspomniał m.in. o przyjęciu ustawy``: the gold files write it
    with and without the preposition, the quote starts at it), as (start, stop), with stop None for a topic of
    one word (``mówią o właścicielu``); None when there is none within three words, when a pronoun announces a
    clause (``poinformował o tym, że …``) or when a clause after "że" is the content (``mówił o ministrze, że …``)."""
    comp = next((k for k in range(v + 1, min(v + 4, b - 1)) if toks[k].lower == "o"
                 and toks[k + 1].lower not in ABOUT_PRONOUNS), None)
    if comp is None or any(x.lower in COMPLEMENTIZERS for x in toks[v + 1:b]):
        return None
    stop = _clause_stop(toks, comp, b)
    return comp, (stop if sum(x.is_word for x in toks[comp + 1:stop]) >= 2 else None)


_OBLIQUE = ("gen", "dat", "acc", "inst", "loc")


def _fronted_about(doc: _Doc, v: int, a: int, b: int) -> Optional[int]:
    """The last token of an "o" phrase that opens the sentence of speech verb ``v`` as its fronted object
    (``O likwidacji kursów przewoźnik poinformował gminy …``, ``O wszczęciu postępowania wobec klubu poinformował
    rzecznik …``): Polish fronts the known content and puts the new information, the speaker, last. The phrase
    runs from the capital "O" to the verb, less a subject before the verb (a word with a nominative reading
    and no oblique one, or an adverb). None when the sentence does not open so, when a pronoun stands for
    content said elsewhere (``O tym poinformował …``), when a comma or another verb comes between (the phrase
    is then no object of this verb), when the verb reports a clause of its own (``O północy rzecznik poinformował,
    że …``: a time, not the content) or when fewer than two words are left (a topic of one word)."""
    toks = doc.toks
    if v - a < 3 or toks[a].text != "O" or toks[a + 1].lower in ABOUT_PRONOUNS:
        return None
    if any(x.lower in COMPLEMENTIZERS or x.text == ":" for x in toks[v + 1:b]):
        return None
    if any(x.text in ",;:–—-" or x.pos in VERBAL for x in toks[a + 1:v]):
        return None
    head = toks[a + 1]
    if head.pos == "dig" or head.lemma.lower() in clock_nouns() or head.lower in clock_nouns():
        return None  # "O godzinie 10 wójt poinformował …": a time of day
    last = v - 1
    while last > a + 1:
        m = doc.mention.get(last)
        if m is not None and m[1] > a + 1 and toks[m[1] - 1].pos not in ("prep", "adv") \
                and any(r.has("nom") for r in toks[m[1]].readings):
            last = m[1] - 1  # the speaker named before the verb ("… Jan Wrzos poinformował"; not a name that a
            # preposition governs, "… wobec Stali poinformował")
        elif toks[last].pos == "adv" or _subject_word(toks[last]):
            last -= 1
        else:
            break
    return last if sum(x.is_word for x in toks[a + 1:last + 1]) >= 2 else None


def clock_nouns() -> frozenset[str]:
    return lexicon_set("quote_clock_nouns.txt")


def _subject_word(t) -> bool:
    """A word whose chosen reading is nominative and no oblique case (a subject before a verb)."""
    r = t.reading
    return r is not None and r.has("nom") and not any(r.has(c) for c in _OBLIQUE)


def hearing_verbs() -> frozenset[str]:
    return lexicon_set("speech_hearing_verbs.txt")


def _heard_verb(toks, t, a: int) -> bool:
    """Token ``t`` is a verb of hearing speech in the third person or impersonal (``usłyszał, że …``, ``Jak
    usłyszała od X reporterka …``), or its infinitive after "można" (``Można było usłyszeć, że …``)."""
    if t.lemma not in hearing_verbs() or t.reading is None:
        return False
    if t.pos == "inf":
        return any(x.lower == "można" for x in toks[max(a, t.i - 3):t.i])
    return t.pos in ("praet", "fin", "imps")


def _heard(doc: _Doc, f: _Found) -> None:
    """A quote reported by its hearer (verb ``f.verb_tok`` of hearing): its speaker is the one named right after
    "od" in the hearer's clause (``od protestujących``; ``od jednego z górników`` names no one: none), never the
    hearer; the hearer's outlet (``reporter RMF FM``) is the quote's channel."""
    toks = doc.toks
    v = f.verb_tok
    a, b = doc.sent_range(toks[v].sent)
    lo, hi = (f.attr_span if f.attr_span != (0, 0) else (a, b))
    lo, hi = min(lo, v), max(hi, v + 1)
    f.speaker = None
    for k in range(max(a, lo - 1), min(b, hi) - 1):
        m = doc.mention.get(k + 1)
        if toks[k].lower == "od" and m is not None and m[1] == k + 1 and m[0].type != "media":
            f.speaker = m[0]
            break
    if f.via is None:
        f.via = _via_in(doc, lo, hi)


def _agreeing(r, v) -> bool:
    """Finite reading ``r`` agrees with reporting verb reading ``v`` in person, number and (past) gender."""
    if r is None or v is None or r.pos not in ("praet", "fin") or v.pos not in ("praet", "fin"):
        return False
    if not any(r.has(n) and v.has(n) for n in ("sg", "pl")):
        return False
    if r.pos == "praet" and v.pos == "praet":
        return any(r.has(g) and v.has(g) for g in ("m1", "m2", "m3", "f", "n", "n1", "n2", "p1", "p2", "p3"))
    return r.pos == "praet" or v.pos == "praet" or (r.has("ter") and v.has("ter"))


def _next_act(toks, v: int, k: int, phrase_end) -> bool:
    """The conjunction at ``k`` opens the reporting subject's next predicate, not more of what it reported: a
    finite verb that agrees with reporting verb ``v`` after ``, i`` (``uznał, że tekst go zniesławia, i złożył
    pozew``: the comma closes the reported clause) or after a noun-phrase content (``phrase_end`` set: ``zarzuca
    związkom brak przejrzystości i chce sprawdzić listy``: a noun phrase coordinates with no verb)."""
    if toks[k].lower not in ("i", "oraz") or k + 1 >= len(toks) or not (phrase_end is not None or toks[k - 1].text == ","):
        return False
    return _agreeing(toks[k + 1].reading, toks[v].reading)


SOURCE_REACH = 8  # tokens a source phrase's dependents may run after its head


def _past_source(doc: _Doc, k: int, b: int, named: bool = False) -> int:
    """The first token after the dependents of a source phrase's head, from token ``k`` (``Według aktu
    oskarżenia w latach …``, ``Według szefa komisji Jana Lisa prace …``, ``Zdaniem Jana Lisa z Biura X w …``):
    words and names in the genitive and a "z" phrase naming the workplace (``z Biura X``). A word that may
    also be nominative belongs to the phrase only when the genitive run it opens ends at a preposition, a
    number, a comma or a common noun that can only be nominative (``według danych spółki w latach …``,
    ``według aktu oskarżenia spółka X …``); before anything else (a verb, an adjective after it, a name in
    apposition) it may be the reported clause's subject (``Według X farmy wiatrowe mają …``, ``Według X premier
    Tusk ma …``). After a ``named`` source a lower-case noun that may be nominative right after a name opens the
    reported clause (``Według GUS stopa bezrobocia w lutym …``, ``Zdaniem X z Biura Y zmiany w prawie …``): a
    name takes no genitive noun after it."""
    toks = doc.toks
    start = k
    while k < b - 1 and k - start < SOURCE_REACH:
        if named and toks[k].is_word and toks[k].text[:1].islower() and toks[k - 1].is_title \
                and any(r.pos == "subst" and r.has("nom") for r in toks[k].readings):
            break  # (right after the name, or after its "z Biura X")
        if toks[k].lower == "z" and toks[k + 1].is_title:
            k = next((x for x in range(k + 1, b) if not toks[x].is_title), b)  # "z Biura Maklerskiego X": his workplace
            continue
        j = k
        while j < b - 1 and j - start < SOURCE_REACH and _genitive(toks[j]):
            j = _past_word(doc, j)
        if j == k:
            break
        x = toks[j]
        if x.pos == "dig" or x.text == "," or any(r.pos == "prep" for r in x.readings) or (
                x.pos == "subst" and x.text[:1].islower() and any(r.has("nom") for r in x.readings)
                and not any(r.has("gen") for r in x.readings)):
            k = j  # the whole run is the source's ("aktu oskarżenia | w latach", "aktu oskarżenia | spółka X …":
            continue  # a noun that can only be the subject follows)
        while k < j and not any(r.has("nom") for r in toks[k].readings):
            k = _past_word(doc, k)  # only the words that cannot be a subject
        break
    return k


def _genitive(t) -> bool:
    return t.is_word and any(r.has("gen") for r in t.readings) and not any(r.pos in ("prep", "fin", "praet") for r in t.readings)


def _past_word(doc: _Doc, k: int) -> int:
    m = doc.mention.get(k)
    return m[2] + 1 if m is not None and m[1] == k else k + 1


def _stance_attribution(doc: _Doc, v: int, b: int) -> Optional[str]:
    """The lemma of a verb of opinion or feeling (data/speech_stance_verbs.txt) in the third person right after
    an attribution's dash, when a named subject follows it and no clause of its own does ("… – uważa prof. X",
    "… - martwi się Jan Lis"): it attributes the words before the dash as a speech verb does; else None
    ("uważa, że …" is a view, no quote: GUIDELINES)."""
    from .speakers import _subject_after
    stance = next((r.lemma for r in doc.toks[v].readings if r.pos in ("fin", "praet") and r.has("ter")
                   and r.lemma in lexicon_set("speech_stance_verbs.txt")), None)
    if stance is None or any(x.lower in COMPLEMENTIZERS for x in doc.toks[v:b]) or _subject_after(doc, v) is None:
        return None
    return stance
