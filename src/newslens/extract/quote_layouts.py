"""Quotes laid out the way web pages print them, beyond dashes and quotation marks: a paragraph with no
marks whose attribution opens the next line, first-person sentences with no marks before a dash
attribution, a colon before unmarked words, an interview's label after a headline quote, and the
journalist's question that is no quote, and subheading labels. Split out of ``quotes`` (output
unchanged) when that module passed 600 lines; round 11 moved here the question before a dash attribution, the
paragraph a first-person run before such an attribution takes, and the list-item test of dash lines.
"""
from __future__ import annotations

from typing import Optional

from ..lexicon import lexicon_set, role_words
from ..model import Actor
from ..nlp import QUOTE_OPEN, layout_lines
from .speaker_roles import _role_actor
from .quote_doc import (ASKING, VERBAL, _after_preposition, _Doc, _Found, _Spans, _verb_lemma, attribution_line,
                        is_dash, mention_nominative)


def _unmarked_blocks(doc: _Doc, taken: list[tuple[int, int]]) -> list[_Found]:
    """A paragraph with neither marks nor a dash whose attribution opens the next line (``Nie zgadzamy się
    na to …`` then ``— powiedział Nowak.``): the paragraph is a direct quote, a layout some portals use for
    every quote. The headline, layout lines and paragraphs of under five words are never one."""
    out: list[_Found] = []
    toks, spans = doc.toks, _Spans(taken)
    layout = _Spans(layout_lines(doc.text.text))
    for t in toks:
        if t.i == 0 or not is_dash(doc, t.i):
            continue
        v = attribution_line(doc, t.i)
        if v is None:
            continue
        a, last = doc.para_start(t.i - 1), t.i - 1
        if doc.para[a] == 0 or is_dash(doc, a) or toks[a].text in QUOTE_OPEN or toks[a].idx in layout:
            continue  # the headline; a dash or a mark opens it: the other finders' layouts
        if sum(not toks[k].is_punct for k in range(a, t.i)) < 5 or \
                any(toks[k].idx in spans for k in range(a, t.i)):
            continue
        while last > a and toks[last].is_punct and toks[last].text not in ".!?…":
            last -= 1
        f = _Found("direct", toks[a].idx, toks[last].end, verb_tok=v)
        f.attr_span = (t.i, doc.sent_range(doc.sent_of(v))[1])
        out.append(f)
    return out


LABEL_TYPES = ("person", "organization", "group")


def _paragraph_label(doc: _Doc, c: int) -> Optional[Actor]:
    """The speaker a paragraph opens with when only a colon follows the name (``Jan Wilk: – …``,
    ``Jan Wilk: Dziś …``: an interview's or a sports page's label), else None. The headline is no
    label's paragraph (GUIDELINES: a headline without quotation marks holds no quote)."""
    a = doc.para_start(c)
    m = doc.mention.get(a)
    if m is None or m[1] != a or m[0].type not in LABEL_TYPES or label_colon(doc, m) != c:
        return None
    return None if doc.para[c] == 0 and _headline(doc) else m[0]


LABEL_REACH = 6  # tokens between a label's name and its colon: "(trener Warty)", "o budżecie", "do Nowaka"


def label_colon(doc: _Doc, m: tuple) -> Optional[int]:
    """The colon that closes a label opening with mention ``m``: right after the name, or after a role in
    brackets (``Marek Lis (trener Warty):``) or in an apposition to a person (``Marek Lis, trener Warty:``), a topic (``Nowicki o budżecie:``) or an addressee
    (``Protestujący do wojewody:``) of a few words with no verb and no other punctuation; else None."""
    toks, k = doc.toks, m[2] + 1
    if k >= len(toks) or doc.para[k] != doc.para[m[1]]:
        return None
    if toks[k].text == ":":
        return k
    joined = doc.mention.get(k + 1) if toks[k].lower in lexicon_set("label_name_joiners.txt") else None
    if joined is not None and joined[1] == k + 1 and joined[0].type == "person" and m[0] is not None \
            and m[0].type == "person" and joined[2] + 1 < len(toks) and toks[joined[2] + 1].text == ":" \
            and doc.para[joined[2] + 1] == doc.para[k]:
        return joined[2] + 1  # "Szynkowski vel Sęk:": one person's two-part name
    body = doc.mention.get(k)  # "Kapitan Wisły:", "Rzecznik Kremla:": a role noun taken as its holder, its body
    if body is not None and body[1] == k and body[0].type in BODY_TYPES and m[1] == m[2] \
            and toks[m[1]].lemma.lower() in role_words() and body[2] + 1 < len(toks) \
            and toks[body[2] + 1].text == ":" and doc.para[body[2] + 1] == doc.para[k]:
        return body[2] + 1
    if toks[k].text == "," and m[0] is not None and m[0].type == "person" and k + 1 < len(toks) \
            and toks[k + 1].lemma.lower() in role_words():  # "Jan Wilk, kapitan reprezentacji Polski:": an apposition
        for j in range(k + 2, min(k + LABEL_REACH + 1, len(toks))):
            if doc.para[j] != doc.para[k] or (toks[j].reading is not None and toks[j].reading.pos in VERBAL):
                return None
            if toks[j].text == ":":
                return j
            if toks[j].is_punct:
                return None
        return None
    if toks[k].text != "(" and toks[k].lower not in ("o", "do"):
        return None
    closing = toks[k].text == "("
    for j in range(k + 1, min(k + LABEL_REACH + 1, len(toks))):
        if doc.para[j] != doc.para[k]:
            return None
        if closing and toks[j].text == ")":
            return j + 1 if j + 1 < len(toks) and toks[j + 1].text == ":" and doc.para[j + 1] == doc.para[k] else None
        if toks[j].text == ":" and not closing:
            return j if j > k + 1 else None
        if toks[j].is_punct or (toks[j].reading is not None and toks[j].reading.pos in VERBAL):
            return None
    return None


def _headline(doc: _Doc) -> bool:
    """The first paragraph is a headline: one sentence, or no full stop at its end (a page excerpt may
    open with body text: ``Jan Wilk: – Dziś … Było …`` is two sentences closed by a full stop)."""
    toks = doc.toks
    last = next((k for k in range(len(toks)) if doc.para[k] != 0), len(toks)) - 1
    return toks[last].text != "." or toks[last].sent == toks[0].sent


def _colon_unmarked(doc: _Doc, taken: list[tuple[int, int]]) -> list[_Found]:
    """A speech verb, a colon and the speaker's words with neither marks nor a dash, to the paragraph's end
    (``Rzeczniczka sądu mówiła: Otrzymaliśmy wniosek …``, ``I dodaje: Przygotowujemy listę …``). The words
    open with a capitalised common word (not a name: ``wymienił: Polskę, Niemcy …``) and hold a verb."""
    out: list[_Found] = []
    toks, spans = doc.toks, _Spans(taken)
    memo: dict = {}
    for c in range(2, len(toks) - 1):
        if toks[c].text != ":" or toks[c + 1].idx in spans:
            continue
        next_para = doc.para[c + 1] != doc.para[c]  # "mówił po meczu:" closing its paragraph, the words below
        if next_para and (is_dash(doc, c + 1) or doc.para[c] == 0):
            continue  # a dash paragraph is the dash finder's
        first = toks[c + 1]
        r = first.reading
        if first.text in QUOTE_OPEN or not first.is_title and not _spoken_clause(doc, c + 1, memo):
            continue  # (lower case: "powtarzali jedno: nie mówcie nam o dopłatach", words in the first or second person)
        if (r is None or not r.lemma[:1].islower()) and (next_para or _paragraph_label(doc, c) is None) \
                and not (next_para and _opens_clause(doc, c + 1)):
            continue  # a name after a speech verb's colon lists ("wymienił: Polskę, Niemcy"); after a speaker's
            # label any word opens the answer ("Jan Wilk: Haha, można tak powiedzieć"), and a name that is the
            # subject of a paragraph of its own below the colon ("odparł:" / "Jan Lis bez przerwy powtarza, że …")
        v = next((j for j in range(c - 1, max(0, c - 4), -1) if _third_person_speech(toks[j])),
                 None)  # a third person ("Zobacz: …", "Czytaj też: …" are teasers, "Dodam: …" the writer)
        if v is None:  # "złożył deklarację: Ten rozkład …": a verb and a noun of an utterance as its object
            v = _uttered(doc, c)
        phrase = None
        if v is None or any(toks[j].pos != "adv" and toks[j].lemma.lower() not in lexicon_set("quote_speech_nouns.txt")
                            for j in range(v + 1, c)):
            # "mówił po meczu: Zagraliśmy …": the speech verb and its phrases, no punctuation or other verb between
            phrase = next((j for j in range(c - 1, max(0, c - PHRASE_REACH), -1) if toks[j].is_punct
                           or (toks[j].reading is not None and toks[j].reading.pos in VERBAL)), None)
            phrase = phrase if phrase is not None and _third_person_speech(toks[phrase]) else None
            v = phrase if phrase is not None else v
        label = _paragraph_label(doc, c) or _initials_label(doc, c) if v is None and not next_para else None
        # ("Jan Wilk: Dziś murawa …", and in an interview "J.W.: Dziś …")
        if v is None and next_para:  # "Poniżej oświadczenie Banku X:" above the statement's paragraph
            label = _statement_owner(doc, c)
        if label is None and (v is None or (phrase is None and any(
                toks[j].pos != "adv" and toks[j].lemma.lower() not in lexicon_set("quote_speech_nouns.txt")
                for j in range(v + 1, c)))):
            continue
        last = c + 1
        while last + 1 < len(toks) and doc.para[last + 1] == doc.para[c + 1]:
            last += 1
        while last > c + 1 and toks[last].is_punct and toks[last].text not in ".!?…":
            last -= 1
        words = [t for t in toks[c + 1:last + 1] if t.is_word]
        if label is not None and v is None and toks[last].text == "?":
            continue  # an interview's question ("T.B.: Dlaczego akurat teraz?"): the journalist asks (GUIDELINES)
        if len(words) < 5 or not any(t.reading is not None and t.reading.pos in VERBAL for t in words) \
                or any(toks[k].idx in spans for k in range(c + 1, last + 1)):
            continue
        f = _Found("direct", first.idx, toks[last].end, verb_tok=v)
        if label is not None:
            f.speaker, f.explicit = label, True
        else:
            f.attr_span = (doc.sent_range(doc.sent_of(v))[0], c)
        out.append(f)
    return out


def _initials_label(doc: _Doc, c: int) -> Optional[Actor]:
    """The person an interview labels by initials only (``J.M.: Bo podwyżka …``): the paragraph opens with two or
    three capitals each with its full stop, then the colon at ``c``, and one person of the text has those
    initials (``Julia Mączka``); else None."""
    toks, a = doc.toks, doc.para_start(c)
    letters = [toks[k].text for k in range(a, c, 2)]
    if not 2 <= len(letters) <= 3 or (c - a) != 2 * len(letters) or any(
            len(x) != 1 or not x.isupper() or toks[k + 1].text != "." for x, k in zip(letters, range(a, c, 2))):
        return None
    people = {x.name: x for x in doc.actors if x.type == "person"
              and [w[:1] for w in x.name.replace("-", " ").split()] == letters}
    return next(iter(people.values())) if len(people) == 1 else None


PHRASE_REACH = 10  # tokens back from a colon to the speech verb whose phrases precede it
SUBJECT_REACH = 6  # tokens from a paragraph's first word to its verb, before any comma


def _opens_clause(doc: _Doc, k: int) -> bool:
    """The words from ``k`` hold a finite verb before a comma within a few tokens: a sentence ("Jan Lis bez
    przerwy powtarza, że …"), not a list of names ("Polskę, Niemcy i Francję")."""
    toks = doc.toks
    for j in range(k, min(k + SUBJECT_REACH, len(toks))):
        if toks[j].is_punct or doc.para[j] != doc.para[k]:
            return False
        if toks[j].reading is not None and toks[j].reading.pos in ("fin", "praet", "bedzie"):
            return True
    return False


def _spoken_clause(doc: _Doc, k: int, memo: Optional[dict] = None) -> bool:
    """The clause opening at token ``k`` (to its comma or sentence end) is someone's speech in the first or second
    person: a verb in either person or the imperative, or a first-person pronoun.

    ``memo`` (one dict per pass, ``k`` increasing) keeps the clause last scanned: a later ``k`` inside it ends at
    the same token, so the last spoken word found there answers (a long line of colons and no comma took
    time quadratic in its length)."""
    toks = doc.toks
    if memo and memo["start"] < k < memo["end"]:
        return memo["last"] >= k
    end = doc.sent_range(doc.sent_of(k))[1]
    j = k
    while j < end and toks[j].text not in ",;":
        j += 1
    last = next((x for x in range(j - 1, k - 1, -1) if _spoken_word(toks[x])), -1)
    if memo is not None:
        memo.update(start=k, end=j, last=last)
    return last >= k


def _spoken_word(t) -> bool:
    """A verb in the first or second person or the imperative, or a word of the first person."""
    return t.reading is not None and t.reading.pos in VERBAL and (t.reading.pos == "impt" or t.reading.has("pri")
                                                                 or t.reading.has("sec")) or _first_person_word(t)


def _statement_owner(doc: _Doc, c: int) -> Optional[Actor]:
    """The body or person whose statement the line closed by the colon at ``c`` announces (``Poniżej oświadczenie
    Banku X:``, ``Komentarz ministerstwa Y:``): a noun of an utterance (data/quote_speech_nouns.txt) right before
    the owner's mention, which ends at the colon, in a line with no verb; else None."""
    toks = doc.toks
    m = doc.mention.get(c - 1)
    if m is None or m[2] != c - 1 or m[0].type not in ("person", "organization") or m[1] < 1 \
            or toks[m[1] - 1].lemma.lower() not in lexicon_set("quote_speech_nouns.txt"):
        return None
    a = doc.para_start(c)
    if any(t.reading is not None and t.reading.pos in VERBAL for t in toks[a:c]):
        return None
    return m[0]


def _third_person_speech(t) -> bool:
    """A speech verb in the past tense or the third person present (not the writer's "Dodam")."""
    r = t.reading
    return bool(_verb_lemma(t)) and r is not None and (r.pos == "praet" or (r.pos == "fin" and r.has("ter"))) \
        and not t.lower.endswith(FIRST_PERSON_PAST)


def _uttered(doc: _Doc, c: int) -> Optional[int]:
    """The verb of ``<verb> <noun of an utterance>:`` before the colon at ``c`` (``złożył deklarację:``,
    ``wygłosił oświadczenie:``; data/quote_speech_nouns.txt), in the third person, else None."""
    toks = doc.toks
    if c < 2 or toks[c - 1].lemma.lower() not in lexicon_set("quote_speech_nouns.txt"):
        return None
    r = toks[c - 2].reading
    if r is not None and (r.pos == "praet" or (r.pos == "fin" and r.has("ter"))) and not toks[c - 2].lower.endswith(
            FIRST_PERSON_PAST):
        return c - 2
    return None


def _journalist_asks(doc: _Doc, v: int) -> bool:
    """The verb at ``v`` is a journalist's question (``zapytał dziennikarz``, ``pytała reporterka TVN24``):
    an asking verb whose subject within the next words is a journalist noun (data/journalist_nouns.txt)."""
    toks = doc.toks
    if toks[v].lemma not in ASKING:
        return False
    end = doc.sent_range(doc.sent_of(v))[1]
    return any(toks[j].lemma.lower() in lexicon_set("journalist_nouns.txt") for j in range(v + 1, min(v + 4, end)))


def _interview_label(doc: _Doc, k: int) -> Optional[tuple[Actor, Actor]]:
    """An interview's label after its quote on the same line: a person's name, ``dla`` and an outlet
    (``"…". Adam Kruk dla Radia Olsztyn o zmianach``): the person spoke, through that outlet."""
    toks = doc.toks
    m = doc.mention.get(k)
    if m is None or m[1] != k or m[0].type != "person" or m[2] + 2 >= len(toks):
        return None
    o = doc.mention.get(m[2] + 2)
    if toks[m[2] + 1].lower != "dla" or o is None or o[1] != m[2] + 2 or o[0].type != "media" \
            or doc.para[o[1]] != doc.para[k]:
        return None
    return m[0], o[0]


FIRST_PERSON_PAST = ("łem", "łam", "liśmy", "łyśmy")  # the past tense's first person ("widziałem", "zrobiliśmy")
FIRST_PERSON = frozenset({"ja", "my", "mnie", "mi", "nas", "nam", "nami", "mój", "nasz"})


def _first_person(doc: _Doc, a: int, b: int) -> bool:
    """Tokens [a, b) speak in the first person: a verb in it, or its pronoun or possessive."""
    return any(_first_person_word(t) for t in doc.toks[a:b])


def _first_person_word(t) -> bool:
    return (t.reading is not None and t.reading.pos in VERBAL and t.reading.has("pri")) \
        or (t.reading is not None and t.reading.pos == "praet" and t.lower.endswith(FIRST_PERSON_PAST)) \
        or (t.lemma.lower() in FIRST_PERSON and t.lower not in ("ma", "me", "mą"))  # ("ma": mieć, read as mój)


def _plain(doc: _Doc, a: int, b: int) -> bool:
    """Tokens [a, b) read as the speaker's comment rather than the writer's narrative: no verb in the past
    tense, no person named, no actor as a subject, no speech verb, no dash or quotation mark of another
    quote (``To skrajnie nieodpowiedzialne.``, ``Nie wiadomo, czy …``, ``W spółce jest przedsprzedaż.``;
    not ``Minister był gościem radia.``, ``Rosja nie ukrywa, czego oczekuje.``)."""
    toks, depth, inside = doc.toks, 0, set()
    for k in range(a, b):  # an editor's note in brackets ("(w spółce - przyp. red.)") is no one's words
        depth = max(0, depth + (toks[k].text == "(") - (toks[k].text == ")"))
        if depth or toks[k].text == ")":
            inside.add(k)
    return not any(k not in inside and _narrative_token(doc, k) for k in range(a, b))


def _narrative_token(doc: _Doc, k: int) -> bool:
    """Token ``k`` marks the writer's narrative or another quote (:func:`_plain`)."""
    t, m = doc.toks[k], doc.mention.get(k)
    return (t.reading is not None and t.reading.pos == "praet") or bool(_verb_lemma(t)) \
        or is_dash(doc, k) or t.text in QUOTE_OPEN \
        or (m is not None and (m[0].type == "person" or (
            m[1] == k and m[0].type != "group" and mention_nominative(doc, m) and not _after_preposition(doc, m))))


def _first_person_run(doc: _Doc, s: int, taken: _Spans) -> Optional[int]:
    """Where an unmarked run of the speaker's sentences ends in sentence ``s`` (closed by a dash and its
    attribution) starts: the first of the consecutive sentences of its paragraph, back from ``s``, that
    speak in the first person or read as comment (:func:`_plain`), when the run holds a first person or
    more than one sentence; None otherwise (the sentence is then reported speech, as before). The run
    stops at the writer's narrative, a named person, another quote's dash or mark, or the paragraph's
    start."""
    toks = doc.toks
    a, b = doc.sent_range(s)
    start, any_first = a, _first_person(doc, a, b)
    k = s - 1
    while k >= 0:
        ka, kb = doc.sent_range(k)
        if doc.para[ka] != doc.para[a] or toks[ka].idx in taken or is_dash(doc, ka) or toks[ka].text in QUOTE_OPEN:
            break
        first = _first_person(doc, ka, kb)
        if not first and not _plain(doc, ka, kb):
            break
        start, any_first, k = ka, any_first or first, k - 1
    return start if any_first or start != a else None


def _subheadings(doc: _Doc, taken: list[tuple[int, int]]) -> list[_Found]:
    """``Nowak: Nie będzie ustępstw``: a subheading (a short line after the first, with no final
    period) that is a speaker's name, a colon and at least three words is that speaker's quote. A group
    named by a profession's role noun before the colon labels a section about it (``Analitycy: rynek był
    przygotowany``), no one's words; other groups speak there (``Mieszkańcy: Jesteśmy zakładnikami``)."""
    toks, out = doc.toks, []
    taken = _Spans(taken)
    i = 0
    while i < len(toks):
        j = i
        while j + 1 < len(toks) and doc.para[j + 1] == doc.para[i]:
            j += 1
        a = i
        while doc.para[i] > 0 and toks[j].text not in ".:" and j - i <= 16 and a <= j:
            # each sentence of the line may open with a label ("Strajk w MZK. Kierowcy: Nie mieliśmy wyjścia")
            b = min(doc.sent_range(doc.sent_of(a))[1] - 1, j)
            m = doc.mention.get(a)
            if m is None:  # "Zastępca prezydenta: Strefa ma …": a role noun no mention took; "K. Nowak: …"
                m = _role_label(doc, a, b) or _initial_label(doc, a)
            f = _label_quote(doc, m[1] if m is not None else a, b, m, taken)
            if f is not None:
                out.append(f)
            a = b + 1 if f is None or toks[b].text[-1:] in ".!?…" else j + 1
        i = j + 1
    return out


def _headline_labels(doc: _Doc, taken: list[tuple[int, int]]) -> list[_Found]:
    """``RPP bez zmian. Glapiński: inflacja spadnie``: in the headline, a sentence that opens with a
    speaker's label and a colon before words without quotation marks is that speaker's quote, as in a
    subheading (GUIDELINES: Polish headlines use the colon for attributed words); a headline may hold
    two (``Kowal: Zostajemy. Nowak: Odchodzimy``). The words end with their sentence."""
    toks, out = doc.toks, []
    if not toks or doc.para[0] != 0 or not _headline(doc):
        return out
    taken = _Spans(taken)
    i = 0
    while i < len(toks) and doc.para[i] == 0:
        a, b = doc.sent_range(doc.sent_of(i))
        j = min(b, next((k for k in range(a, len(toks)) if doc.para[k] != 0), len(toks))) - 1
        m = doc.mention.get(a)
        if m is None:  # "Minister: Powoli …", "Kapitan Polonii: …": a role noun the mention layer did not take
            m = _role_label(doc, a, j) or _person_noun_label(doc, a, j)
        n = doc.mention.get(m[2] + 1) if m is not None and m[1] == a and m[0] is not None else None
        if n is not None and n[0] is m[0] and n[1] == m[2] + 1:  # "Minister Nowak: …": the title, then the name
            m, a = n, n[1]
        f = _label_quote(doc, a, j, m, taken) if j - a <= 24 else None
        if f is not None:
            out.append(f)
        i = max(j, a) + 1
    return out


def _label_quote(doc: _Doc, i: int, j: int, m: Optional[tuple], taken: _Spans) -> Optional[_Found]:
    """The quote of a label line's tokens [i, j]: mention ``m`` opens it and a colon closes the label
    (past an addressee, a topic or a role: ``Protestujący do Nowaka: Kłamca!``, ``Nowicki o budżecie:``)
    before three words, a clause of two (``Orłowski: Nie odpuścimy``) or a shout; else None."""
    toks = doc.toks
    if m is None or m[1] != i:
        return None
    c = label_colon(doc, m)
    c = i if c is None else c
    k = c + 1  # the words after the colon, past an opening quotation mark
    while k < j and toks[k].text in QUOTE_OPEN:  # ('ZNP: "Kuratorium musi …"': the marked quote has them)
        k += 1
    words = len([t for t in toks[k:j + 1] if t.is_word])
    if not (c < j and toks[c].text == ":") \
            or (m[0] is not None and m[0].type == "group" and toks[i].lemma.lower() in role_words()
                and not _first_person(doc, k, j + 1)) \
            or toks[k].idx in taken \
            or not (words >= 3 or (words and toks[j].text == "!")  # a shout: "Mieszkańcy: Hańba!"
                    or (words == 2 and any(t.reading is not None and t.reading.pos in ("fin", "praet", "bedzie")
                                           for t in toks[k:j + 1]))):  # a clause: "Orłowski: Nie odpuścimy"
        return None
    last = j
    while last > k and toks[last].is_punct and toks[last].text not in "!?…":
        last -= 1
    return _Found("direct", toks[k].idx, toks[last].end, speaker=m[0], explicit=m[0] is not None)


def _initial_label(doc: _Doc, i: int) -> Optional[tuple]:
    """A label whose person is named by an initial and the surname (``K. BOSAK: …``, ``J.Nowak: …``): the
    surname's mention, when a single capital letter and a full stop open the line before it; else None."""
    toks = doc.toks
    if i + 2 >= len(toks) or len(toks[i].text) != 1 or not toks[i].text.isupper() or toks[i + 1].text != ".":
        return None
    m = doc.mention.get(i + 2)
    return m if m is not None and m[1] == i + 2 and m[0].type == "person" else None


SPOKEN_TO = frozenset({"pan", "pani", "państwo"})  # a speaker's address to the one they speak to


def _person_noun_label(doc: _Doc, i: int, j: int) -> Optional[tuple]:
    """A headline label that is a common noun for a person in the singular (``Rolnik: Mówi pan …``, ``Sąsiadka:
    Nie spaliśmy``) before words in the first or second person or addressing someone (``pan``): an unnamed
    speaker's label (speaker None); a section label (``Pogoda: jutro deszcz``) speaks in no person."""
    toks = doc.toks
    t = toks[i]
    if not t.is_title or i + 2 > j or toks[i + 1].text != ":" or t.reading is None or t.reading.pos != "subst" \
            or not t.reading.has("sg") or not t.reading.has("m1") and not (t.reading.has("f") and t.lower.endswith("ka")):
        return None
    spoken = _first_person(doc, i + 2, j + 1) or any(
        (x.reading is not None and x.reading.pos in VERBAL and x.reading.has("sec")) or x.lower in SPOKEN_TO
        for x in toks[i + 2:j + 1])
    return (None, i, i) if spoken else None


BODY_TYPES = ("organization", "media", "place")


def _role_word(doc: _Doc, x: int) -> bool:
    """A lower-case word of a role label (``prezydenta``, ``szpitala``): no verb, no mention."""
    t = doc.toks[x]
    return t.text[:1].islower() and x not in doc.mention and not (t.reading is not None and t.reading.pos in VERBAL)


def _body_word(doc: _Doc, x: int) -> bool:
    """A word of the role's body named after it (``Kapitan Polonii:``, ``Rzecznik Kremla:``): a body's mention,
    or a capitalised noun the mention layer did not link (a headline's short form)."""
    t, m = doc.toks[x], doc.mention.get(x)
    if m is not None:
        return m[0].type in BODY_TYPES
    return t.text[:1].isupper() and t.reading is not None and t.reading.pos in ("subst", "ign")


def _role_label(doc: _Doc, i: int, j: int) -> Optional[tuple]:
    """A label made of a role noun in the singular and up to two lower-case words or a body's name before a
    colon (``Zastępca prezydenta:``, ``Obrońca:``, ``Dyrektor szpitala:``, ``Kapitan Polonii:``), as a mention of its holder
    (speaker_roles._role_actor: the actor with that role, None when the text names none)."""
    toks = doc.toks
    t = toks[i]
    if not t.is_title or t.lemma.lower() not in role_words() or t.reading is None or not t.reading.has("sg"):
        return None
    c = next((x for x in range(i + 1, min(i + 4, j)) if toks[x].text == ":"), None)
    if c is None:
        return None
    if any(not toks[x].is_word or not (_role_word(doc, x) or _body_word(doc, x)) for x in range(i + 1, c)):
        return None
    return _role_actor(doc, t, i), i, c - 1


def _asked_before(doc: _Doc, d: int) -> Optional[_Found]:
    """``Jak przebiegają negocjacje? - pytał poseł X``: a paragraph of one question or exclamation the splitter
    closed before the dash of its attribution, unmarked, is the speaker's direct quote (GUIDELINES: an unmarked
    paragraph closed by a dash attribution); not a journalist's question (``– zapytał dziennikarz``), not when a
    dash or a mark opens it (the dash finder's quote)."""
    toks = doc.toks
    if d < 2 or toks[d - 1].text not in ("?", "!") or doc.para[d - 1] != doc.para[d]:
        return None
    v = d + 1
    r = toks[v].reading
    if r is None or not (r.pos == "praet" or (r.pos == "fin" and r.has("ter"))) or _journalist_asks(doc, v):
        return None
    a = doc.sent_range(doc.sent_of(d - 1))[0]
    if doc.para_start(a) != a or is_dash(doc, a) or toks[a].text in QUOTE_OPEN or any(x.text in QUOTE_OPEN or is_dash(doc, x.i) for x in toks[a:d]) \
            or sum(x.is_word for x in toks[a:d]) < 3:
        return None
    f = _Found("direct", toks[a].idx, toks[d - 1].end, verb_tok=v)
    f.attr_span = (d, doc.sent_range(doc.sent_of(v))[1])
    return f


def _whole_paragraph(doc: _Doc, first: int, v: int, b: int, taken: _Spans) -> Optional[int]:
    """The paragraph's start, when the speaker's unmarked first-person words closed by the dash attribution at
    verb ``v`` (from token ``first``) are preceded in their paragraph only by sentences that neither name the
    attribution's speaker nor hold a speech verb (``Rosja nie ukrywa, czego oczekuje.``), a dash, a mark or another quote (``Nadzieje
    rozbudziła pani minister Kot. Myśleliśmy, że … - dodaje Lis.``: the paragraph is the speaker's, GUIDELINES);
    else None (``Minister Bąk był gościem radia. Nie widzę szans … – powiedział Bąk.``: the writer's sentence
    about him opens it)."""
    toks = doc.toks
    p = doc.para_start(first)
    if p == first:
        return None
    speakers = {doc.mention[k][0].name for k in range(v, b) if k in doc.mention}
    for k in range(p, first):
        m = doc.mention.get(k)
        if is_dash(doc, k) or toks[k].text in QUOTE_OPEN or toks[k].idx in taken or _verb_lemma(toks[k]) \
                or toks[k].lemma in lexicon_set("speech_negated_verbs.txt") \
                or (m is not None and (m[0].name in speakers or not speakers)):
            return None
    return p


def _list_line(text: str, offset: int) -> bool:
    """The line at ``offset`` follows (no blank line between) a line ending with ':', ',' or ';'."""
    line_start = text.rfind("\n", 0, offset) + 1
    if line_start == 0 or text[line_start:offset].strip():
        return False
    prev = text[:line_start - 1]
    if prev.endswith("\n") or not prev.strip():
        return False  # a blank line before: a new paragraph
    return prev.rstrip()[-1:] in ":,;"
