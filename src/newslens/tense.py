"""Tense of the clause around a text span, from morfeusz2 tags of the nearest verb.

``span_tense(text, start, end)`` is ``"past"``, ``"future"``, ``"present"``, ``"plan"`` or ``None``
(no verb in the sentence). Past: ``praet``, ``imps`` and past participles; future: ``bedzie``,
perfective non-past forms, an infinitive under a modal (``ma spotkać się``, ``ma się odbyć``), a
present-tense verb of wanting or planning, a planning participle (``zaplanowana``). Mood points
forward too: a conditional (``mógłby zapaść``, ``miałby przyjąć``), a past verb after ``żeby``/``aby``,
an imperative (``przyjdźcie``), a present verb in a sentence with ``jeśli``/``jeżeli`` (``jeżeli …,
od 1 kwietnia stajemy``), and a verb of request or invitation whose object stands between it and
the date (``zaprosił na rozmowy w piątek``, ``wnioskował o areszt do 7 czerwca``; but
``zaapelował w środę`` dates the appeal). A noun or adjective of planning before the date
(``o zamiarze przyjęcia do końca listopada``, ``pogotowie strajkowe od 9 kwietnia``) competes as a
verb would and gives ``"plan"``, unless a verb after the date in its clause dates it. The nearest wins; crossing a comma, dash, quotation
mark or ``że`` costs distance, so a date in a subordinate clause or a quotation takes that clause's
verb.
"""
from __future__ import annotations

import bisect
import re
from functools import lru_cache
from typing import Optional

from .nlp import Text, Tok, per_reading, read_lexicon

_VERB_POS = frozenset({"fin", "praet", "bedzie", "inf", "imps", "ppas", "pact", "winien", "pred", "impt"})
_BOUNDARY = frozenset({",", ";", "–", "—", "-", ":", "„", "”", "\"", "«", "»", "że", "iż",
                       "który", "która", "które", "którzy"})
_CONDITIONAL = re.compile(r"\w+(?:by|bym|byś|byśmy|byście)$")  # "mógłby", "miałaby", "zrobilibyśmy"
_SUBJUNCTIVE = frozenset({"żeby", "aby", "by", "ażeby", "byle"})
_IF = frozenset({"jeśli", "jeżeli", "jeśliby", "jeżeliby"})
_PRONOUNS = frozenset({"to", "ten", "tamten", "co", "wszystko", "który", "on", "ona", "ono"})
SPEECH = "speech"  # a past verb of saying: past, but not across a boundary after the date
PLAN = "plan"  # a noun or adjective of planning (``tense_plan_words.txt``): what follows it lies ahead
_BEHIND = "behind"  # an adjective of what is overdue or gone by ("zaległych pensji za …"): past
_PLAN_NOUN = "plan noun"  # a noun of planning: only for a date it sets a limit or start for ("do", "od", "na")
REQUEST = "request"  # a verb of request: past if it dates the request, future if it dates what is asked
_ANNOUNCED = "announced"  # an impersonal past verb of planning: future for a date after it, past for one before
_CLAUSE_COST = 12


@lru_cache(maxsize=1)
def _verb_lists() -> dict[str, frozenset[str]]:
    out: dict[str, set[str]] = {}
    section = ""
    for line in read_lexicon("tense_verbs.txt"):
        if line.startswith("["):
            section = line.strip("[]")
            continue
        out.setdefault(section, set()).add(line)
    return {k: frozenset(v) for k, v in out.items()}


@lru_cache(maxsize=1)
def _plan_words() -> tuple[frozenset[str], tuple[str, ...], frozenset[str]]:
    """Lemmas of the nouns and adjectives of planning, beginnings of forms (lines ending in *), and
    the adjectives that put what follows them behind (section ``[behind]``)."""
    sections: dict[str, list[str]] = {}
    section = ""
    for w in read_lexicon("tense_plan_words.txt"):
        if w.startswith("["):
            section = w.strip("[]")
        else:
            sections.setdefault(section, []).append(w)
    words = sections.get("noun", []) + sections.get("adjective", [])
    return (frozenset(w for w in words if not w.endswith("*")),
            tuple(w[:-1] for w in words if w.endswith("*")), frozenset(sections.get("behind", [])))


_plan_by_form: dict = {}


def _plan_word(tok: Tok) -> Optional[str]:
    """``PLAN`` for an adjective of planning (``najbliższe``, ``nadchodzący``), ``_PLAN_NOUN`` for a
    noun (``zamiarze``, ``pogotowie``), else None; never a form that can be a finite verb
    (``przyszli``: came). Worked out once per form and reading choice."""
    r = tok.reading
    if not tok.is_word or r is None or r.pos not in _PLAN_POS:
        return None  # (what _plan_word_of says first, without the memo lookup: most words of a sentence)
    return per_reading(_plan_by_form, tok, lambda _rs, _r: _plan_word_of(tok))


_PLAN_POS = ("subst", "adj", "pact", "ppas")


def _plan_word_of(tok: Tok) -> Optional[str]:
    r = tok.reading
    if not tok.is_word or r is None or r.pos not in _PLAN_POS \
            or any(x.pos in ("fin", "praet", "bedzie", "impt") for x in tok.readings):
        return None
    lemmas, beginnings, behind = _plan_words()
    if r.lemma in lemmas or tok.lower.startswith(beginnings):
        return _PLAN_NOUN if r.pos == "subst" else PLAN
    if r.pos == "adj" and r.lemma in behind:
        return _BEHIND
    return None


@lru_cache(maxsize=1)
def _speech_verbs() -> frozenset[str]:
    return frozenset(read_lexicon("speech_verbs.txt"))


def _is_verb(tok: Tok) -> bool:
    return tok.reading is not None and tok.reading.pos in _VERB_POS


def _object_word(tok: Tok) -> bool:
    """A word that can belong to a verb's object: not ``się``, not a name, not a noun that can only be
    a subject (``zapowiadał Zientara w środę``, ``apelował premier w środę``)."""
    if not tok.is_word or tok.lower == "się" or tok.text[:1].isupper():
        return False
    cases = tok.case()
    return not cases or not cases <= {"nom", "voc"}


def _object_between(toks: list[Tok], a: int, b: int) -> bool:
    """A word of the verb's object among ``toks[a:b]``; a phrase of the occasion (``podczas``, ``w
    trakcie``, ``na`` with the locative: ``zaapelował podczas posiedzenia 9 października``, section
    ``[occasion]``) is no object, up to the next preposition."""
    occasion, j, inside = _verb_lists()["occasion"], a, False
    while j < b:
        tok = toks[j]
        pair = f"{tok.lower} {toks[j + 1].lower}" if j + 1 < b else ""
        if pair in occasion:
            inside, j = True, j + 2
            continue
        if tok.lower in occasion or tok.lower == "na" and j + 1 < b and any(r.has("loc") for r in toks[j + 1].readings):
            inside = True
        elif any(r.pos == "prep" for r in tok.readings):
            inside = False
        elif not inside and _object_word(tok):
            return True
        j += 1
    return False


def _unchosen_verb_tense(tok: Tok) -> Optional[str]:
    """The tense of a finite reading the tagger did not choose, for a sentence left without a verb."""
    if not tok.text[:1].islower() or tok.reading is None or tok.reading.pos in _VERB_POS:
        return None
    for x in tok.readings:
        if x.pos == "praet":
            return "future" if _CONDITIONAL.match(tok.lower) else "past"
        if x.pos == "bedzie":
            return "future"
        if x.pos == "fin":
            return "future" if x.has("perf") and not x.has("imperf") else "present"
    return None


_CLAUSE_OPENERS = frozenset({"że", "iż", "żeby", "aby", "by", "który", "która", "które", "którzy"})


def _verbless_clauses(toks: list[Tok], verbs: list[int]) -> list[tuple[int, int]]:
    """The whole sentence when it has no verb, else each clause opened by ``że``, ``żeby`` or ``który``
    (up to the next comma, dash, colon or quotation mark) that has none: a predicate is there, read
    as another part of speech (``Dodała, że decyzja zapadnie w październiku``)."""
    if not verbs:
        return [(0, len(toks))]
    out = []
    for j, t in enumerate(toks):
        if t.lower not in _CLAUSE_OPENERS:
            continue
        end = next((k for k in range(j + 1, len(toks)) if toks[k].lower in _BOUNDARY), len(toks))
        i = bisect.bisect_left(verbs, j + 1)
        if i == len(verbs) or verbs[i] >= end:
            out.append((j + 1, end))
    return out


def _noun_after_preposition(toks: list[Tok], k: int) -> bool:
    """A form read as a verb right after a preposition is its noun reading ("z udziałem")."""
    return k > 0 and toks[k].pos in ("fin", "praet", "impt", "imps") and toks[k - 1].pos == "prep" \
        and any(x.pos == "subst" for x in toks[k].readings)


def _participle(tok: Tok) -> Optional[str]:
    """A participle read as an adjective ("zatrzymanych w listopadzie", "obowiązujący od"):
    its participle reading's part of speech, or None."""
    if tok.reading is None or tok.reading.pos not in ("adj", "subst") or not tok.text[:1].islower():
        return None
    for r in tok.readings:
        if r.pos in ("ppas", "pact"):
            return r.pos
    return None


def _modal_reading(toks: list[Tok], k: int):
    """A modal's finite or past reading of a word the tagger read otherwise, when an infinitive
    follows (``ma wejść`` tagged as ``mój`` + gerund), else None."""
    tok = toks[k]
    if tok.reading is None or tok.reading.pos in _VERB_POS:
        return None
    lists = _verb_lists()
    for x in tok.readings:
        if x.pos in ("fin", "praet") and x.lemma in lists["modal"] and _infinitive_after(toks, k):
            return x
    return None


def _infinitive_after(toks: list[Tok], k: int) -> bool:
    """An infinitive reading within a few words after ``toks[k]`` in its clause (``ma się odbyć``,
    ``mieli w piątek podpisać``)."""
    for j in range(k + 1, min(len(toks), k + 5)):
        if any(x.pos == "inf" for x in toks[j].readings):
            return True
        if toks[j].lower in _BOUNDARY or toks[j].pos in ("fin", "praet", "bedzie", "imps"):
            return False
    return False


def _after_auxiliary(toks: list[Tok], k: int) -> bool:
    """An auxiliary before ``toks[k]``, adverbs aside (``ma zostać formalnie potwierdzona``)."""
    lists = _verb_lists()
    j = k - 1
    while j >= 0 and k - j <= 3 and toks[j].reading is not None and toks[j].reading.pos == "adv":
        j -= 1
    return j >= 0 and bool(toks[j].lemmas() & lists["auxiliary"])


def _topic_between(toks: list[Tok], k: int, lo: int) -> bool:
    """``toks[k]`` is a verb of speaking or asking and its ``o`` phrase (the topic) runs up to
    position ``lo`` within the clause (``pytany o podwyżki od stycznia``)."""
    if not toks[k].lemmas() & _speech_verbs():
        return False
    for j in range(k + 1, lo):
        if toks[j].lower in _BOUNDARY or _is_verb(toks[j]):
            return False
        if toks[j].lower == "o" and any(x.pos == "prep" for x in toks[j].readings):
            nxt = toks[j + 1] if j + 1 < lo else None  # a noun, not a pronoun ("mówi o tym od stycznia")
            return nxt is not None and nxt.reading is not None and nxt.reading.pos in ("subst", "ger", "adj") \
                and nxt.reading.lemma not in _PRONOUNS
    return False


def _subjunctive_before(toks: list[Tok], k: int) -> bool:
    """``żeby``/``aby``/``by`` opens the clause of ``toks[k]`` within six words before it."""
    for j in range(k - 1, max(-1, k - 7), -1):
        if toks[j].lower in _SUBJUNCTIVE:
            return True
        if toks[j].lower in _BOUNDARY or _is_verb(toks[j]):
            return False
    return False


def _finite_after_subject(toks: list[Tok], k: int):
    """The finite reading of a form the tagger read as a participle or an adjective, when a noun in
    the nominative stands right before it (``Firmy dostaną``, ``lekarze przestaną``), else None."""
    tok = toks[k]
    if not k or tok.reading is None or tok.reading.pos not in ("ppas", "pact", "adj"):
        return None
    fin = next((x for x in tok.readings if x.pos == "fin" and x.has("ter")), None)
    prev = toks[k - 1]
    if fin is None or prev.reading is None or prev.reading.pos != "subst" \
            or not any(x.pos == "subst" and x.has("nom") for x in prev.readings):
        return None
    return fin


def verb_tense(toks: list[Tok], k: int) -> Optional[str]:
    """Tense contributed by the verb ``toks[k]`` (or None for a verb that says nothing)."""
    lists = _verb_lists()
    tok = toks[k]
    r = tok.reading
    assert r is not None
    lemmas = tok.lemmas()
    modal = _modal_reading(toks, k)
    if modal is not None:  # "ma wejść" read as an adjective and a gerund
        past = modal.pos == "praet" and modal.lemma not in lists["plan_modal"] and not _CONDITIONAL.match(tok.lower)
        return "past" if past else "future"
    fin = _finite_after_subject(toks, k)
    if fin is not None:  # "Firmy dostaną w styczniu", "lekarze przestaną pracować" read as participles
        return "future" if fin.has("perf") and not fin.has("imperf") else "present"
    pos = _participle(tok) or r.pos
    if pos in ("ppas", "pact") and _after_auxiliary(toks, k):
        return None  # "pozostaną zamknięte do końca lutego", "ma zostać formalnie potwierdzona": the auxiliary's tense
    if pos in ("ppas", "pact") and k + 1 < len(toks) and toks[k + 1].reading is not None \
            and toks[k + 1].reading.pos == "subst" and toks[k + 1].text[:1].islower() \
            and not any(x.pos == "prep" for x in toks[k + 1].readings):  # "od" read as "oda"
        return None  # an attribute before its noun dates nothing ("wyjaśnić wszystkie otwarte kwestie do czerwca")
    if pos in ("imps", "ppas"):  # "zaplanowano na lipiec", but "zapowiedział w środę" is past
        if lemmas & lists["planning"]:  # "W marcu zapowiedziano zwolnienia": the date before it is the announcement's
            return _ANNOUNCED if pos == "imps" else "future"
        return "past"
    if pos == "pact":  # "zakaz obowiązujący od 16 września"
        return "present"
    if pos == "impt" and all(x.pos == "impt" for x in tok.readings):  # not "spraw" (sprawa, gen. pl.)
        if tok.lower.endswith("my") and lemmas & _speech_verbs():
            return SPEECH  # "Przypomnijmy, że w piątek …", "Dodajmy, że …": the writer recalls, the clause dates
        return "future"
    if pos == "praet":
        if _CONDITIONAL.match(tok.lower) or (k + 1 < len(toks) and toks[k + 1].lower == "by") \
                or _subjunctive_before(toks, k):
            return "future"  # "mógłby zapaść", "żeby protest uderzył", "by z końcem sierpnia przestały działać"
        if lemmas & lists["request"]:
            return REQUEST
        if lemmas & lists["plan_modal"] and _infinitive_after(toks, k):
            return "future"  # "mieli w piątek podpisać": what was to happen
        if lemmas & _speech_verbs():
            return SPEECH
        return "past"
    if pos == "bedzie":
        return "future"
    if r.pos == "inf":
        for j in range(k - 1, max(-1, k - 4), -1):
            modal = [x for x in toks[j].readings if x.lemma in lists["modal"] and x.pos in ("fin", "winien", "pred", "praet")]
            if modal:
                past = modal[0].pos == "praet" and modal[0].lemma not in lists["plan_modal"]
                return "past" if past and not _CONDITIONAL.match(toks[j].lower) else "future"
        return None
    if r.pos in ("winien", "pred"):
        return "future" if lemmas & lists["modal"] else None
    if r.pos == "fin":
        if r.has("perf") and not r.has("imperf") and not any(x.pos == "fin" and x.has("imperf") for x in tok.readings):
            return "future"  # (a form that is also an imperfective present, "wypływa", is present)
        if lemmas & lists["modal"] and _infinitive_after(toks, k):
            return "future"  # "mogą odejść", "ma spotkać się", "ma się odbyć"
        if lemmas & lists["prospective"]:
            return "future"
        return "present"
    return None


def span_tense(text: Text, start: int, end: int, limit: bool | str = False) -> Optional[str]:
    """Tense of the verb nearest to ``text.text[start:end]`` within its sentence. ``limit``: the
    span is a limit or start (``do końca listopada``, ``od 9 kwietnia``, ``na środę``), which a
    noun of planning before it governs (``zamiar przyjęcia do końca listopada``); another date
    after such a noun is the time of the clause's verb (``przyjęła ocenę planu w środę``); given as
    the preposition (``"do"``), a deadline is not the period an adjective of what is overdue names."""
    return span_clause_tense(text, start, end, limit)[0]


@lru_cache(maxsize=1)
def _event_nouns() -> frozenset[str]:
    return frozenset(read_lexicon("tense_event_nouns.txt"))


def scheduled_event(text: Text, start: int) -> bool:
    """A noun of an event (``tense_event_nouns.txt``) within the three words before the date at
    ``start``, in its clause and with no verb between (``turniej w Chorwacji w marcu``)."""
    tok = text.tok_at(start)
    if tok is None:
        return False
    first = text.sents[tok.sent][0]
    nouns = _event_nouns()
    for j in range(tok.i - 1, max(first, tok.i - 4) - 1, -1):
        t = text.toks[j]
        if any(x.pos in ("subst", "ger") and x.lemma in nouns for x in t.readings):
            return True  # also a noun the tagger read otherwise ("mecz" as an imperative of "meczeć")
        if t.lower in _BOUNDARY or _is_verb(t):
            return False
    return False


def span_clause_tense(text: Text, start: int, end: int, limit: bool | str = False) -> tuple[Optional[str], bool]:
    """``span_tense``, and whether its verb stands in the date's own clause (no comma, dash, colon,
    quotation mark or ``że`` between them: ``trwają od 9 lutego``, not ``deklaruje: strajk od …``)."""
    tok = text.tok_at(start)
    if tok is None:
        return None, False
    a, b = text.sents[tok.sent]
    toks, verbs, tenses, bounds = _sentence(text, tok.sent)
    starts = text._starts  # the tokens inside the span are a run: found by bisection
    lo = max(bisect.bisect_left(starts, start), a) - a
    hi = min(bisect.bisect_left(starts, end), b) - a - 1
    if lo > hi:
        return None, False
    # cost grows with distance on each side, so the nearest verb with a tense on each side competes
    best: tuple[float, Optional[str]] = (float("inf"), None)
    best_plan = False  # a plan word won the side before: a verb after the date in its clause dates it
    i = bisect.bisect_left(verbs, lo) - 1
    while i >= 0 and (tenses[i] == _PLAN_NOUN and not limit or tenses[i] == _BEHIND and limit == "do"):
        i -= 1  # "wypłaty zaległych wynagrodzeń do 15 lipca": a deadline, not the overdue period
    if i >= 0 and limit and _topic_between(toks, verbs[i], lo):
        i = -1  # "pytany o podwyżki od stycznia": the date is the topic's, asking does not date it
    if i >= 0:
        k = verbs[i]
        tense = PLAN if tenses[i] == _PLAN_NOUN else "past" if tenses[i] == _BEHIND else tenses[i]
        if tense == SPEECH:
            tense = "past"
        elif tense == _ANNOUNCED:
            tense = "future"
        elif tense == REQUEST:  # an object between the verb and the date: the date is what is asked for
            tense = "future" if _object_between(toks, k + 1, lo) else "past"
        best = ((lo - k - 1) + _CLAUSE_COST * (bounds[lo] - bounds[k + 1]), tense)
        best_plan = tenses[i] in (PLAN, _PLAN_NOUN, _BEHIND)
    i = bisect.bisect_right(verbs, hi)
    while i < len(verbs) and (tenses[i] in (PLAN, _PLAN_NOUN, _BEHIND) or tenses[i] in (SPEECH, REQUEST) and bounds[verbs[i]] > bounds[hi + 1]):
        i += 1  # "… jeszcze w lutym – apelował": the attribution does not date what is quoted; a plan word
    if i < len(verbs):  # governs only what follows it
        k = verbs[i]
        cost = (k - hi - 1) + _CLAUSE_COST * (bounds[k] - bounds[hi + 1]) + 0.5  # a verb before the date
        if cost < best[0] or (best_plan and bounds[k] == bounds[hi + 1]):  # governs it slightly more often;
            best = (cost, _after_date(tenses[i], limit))  # a verb in the plan word's clause
    return best[1], best[0] < _CLAUSE_COST                                          # dates the plan


def _after_date(tense: str, limit: bool | str) -> str:
    """The tense a verb after the date gives it: a verb of saying or request dates its own act (past);
    an impersonal verb of planning dates its announcement when the date is a plain time (``W marcu
    zapowiedziano zwolnienia``), what is planned when the date is a limit or a term (``Na poniedziałkową
    sesję zaplanowano …``, ``Od stycznia zapowiedziano podwyżki``)."""
    if tense == _ANNOUNCED:
        return "future" if limit else "past"
    return "past" if tense in (REQUEST, SPEECH) else tense


def _past_condition(toks: list[Tok]) -> bool:
    """A condition (``jeżeli``/``jeśli`` up to its clause's end) with a past-tense verb: ``jeżeli nie był
    przygotowany, to …`` speaks of what happened (the tagger may have read the verb as a noun: any reading)."""
    for j, t in enumerate(toks):
        if t.lower not in _IF:
            continue
        for u in toks[j + 1:]:
            if u.lower in _BOUNDARY or u.lower == "to":
                break
            if any(x.pos == "praet" for x in u.readings) and not _CONDITIONAL.match(u.lower):
                return True
    return False


def _obligation(toks: list[Tok], k: int) -> bool:
    """``powinien``/``powinna`` (winien) at ``k`` or up to three words before it (``powinien był zrezygnować``)."""
    return any(x.pos == "winien" for j in range(max(0, k - 3), k + 1) for x in toks[j].readings)


def _sentence(text: Text, s: int) -> tuple[list[Tok], list[int], list[str], list[int]]:
    """Sentence ``s``'s tokens, its verbs that carry a tense (positions, tenses) and running counts
    of clause boundaries (``bounds[k]``: boundaries before position k), built once per sentence."""
    cache = text.__dict__.setdefault("_tense_sentences", {})
    if s not in cache:
        a, b = text.sents[s]
        toks = text.toks[a:b]
        verbs, tenses, bounds = [], [], [0]
        conditional = any(t.lower in _IF for t in toks)
        past_condition = conditional and _past_condition(toks)
        for k, t in enumerate(toks):
            if (_is_verb(t) or _participle(t) or _modal_reading(toks, k)) and not _noun_after_preposition(toks, k):
                tense = verb_tense(toks, k)
                if tense == "present" and conditional:
                    tense = "future"  # "jeżeli …, od 1 kwietnia stajemy"
                if tense == "future" and past_condition and _obligation(toks, k):
                    tense = "past"  # "jeśli nie był gotowy, powinien odejść w październiku": what should have been
                if tense is not None:
                    verbs.append(k)
                    tenses.append(tense)
            bounds.append(bounds[-1] + (t.lower in _BOUNDARY))
        for lo, hi in _verbless_clauses(toks, verbs):  # a sentence, or a clause opened by "że", has a
            for k in range(lo, hi):                       # predicate: the tagger read it otherwise ("zapadnie")
                tense = _unchosen_verb_tense(toks[k])
                if tense is not None:
                    at = bisect.bisect_left(verbs, k)
                    verbs.insert(at, k)
                    tenses.insert(at, "future" if tense == "present" and conditional else tense)
        plans = {k: kind for k, kind in ((k, _plan_word(t)) for k, t in enumerate(toks)) if kind}
        if plans:  # a plan word in a verb's place ("nadchodzący") is the plan word
            entries = dict(zip(verbs, tenses)) | plans
            verbs, tenses = sorted(entries), [entries[k] for k in sorted(entries)]
        cache[s] = (toks, verbs, tenses, bounds)
    return cache[s]
