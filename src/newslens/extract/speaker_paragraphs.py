"""A speaker carried across sentences and paragraphs: a dash or quotation paragraph with no speech
clause that continues the previous speaker, or the person the sentence before introduces; a subheading
that ends the continuation; a role that refers back to the one person just named; a page that opens with a
bare verb and names the speaker next ("X mówił też"); the first nominative subject of a span. Split from
``speakers.py`` (one concern each); ``speakers.py`` imports these names back, and these read its zero
anaphora and case test at call time (imported inside the functions: the modules import each other).
"""
from __future__ import annotations

from typing import Optional

from ..lexicon import context_types, lexicon_set, role_words
from ..model import Actor
from .quote_doc import VERBAL, _Doc, _Found, _agrees, _quoted_spans, in_oblique, is_dash


def _named_just_before(doc: _Doc, i: int, gender: Optional[str]) -> Optional[Actor]:
    """The one person the sentence right before token ``i``'s (in its paragraph or the one before) names,
    as its nominative subject, with no role in the text, agreeing with the verb, when the sentence of ``i``
    names no other person before it: the holder a role with a body's complement refers back to ("Piotr
    Zając był gościem audycji. – … – wskazał wicemarszałek Sejmu.")."""
    s = doc.sent_of(i)
    if s == 0:
        return None
    a, b = doc.sent_range(s - 1)
    if doc.para[i] - doc.para[a] > 1:
        return None
    quoted = _quoted_spans(doc)
    named = {doc.mention[k][0].name for k in range(a, i) if k in doc.mention and doc.mention[k][1] == k
             and doc.mention[k][0].type == "person" and doc.toks[k].idx not in quoted}
    m = _nominative_subject(doc, a, b)
    if len(named) != 1 or m is None or m[0].type != "person" or m[0].role or not _agrees(gender, m[0]):
        return None
    return m[0]


ALSO = ("też", "także", "również")


def _speaks_again(doc: _Doc, v: int, gender: Optional[str]) -> Optional[Actor]:
    """A bare speech verb with no one named before it in the text (a page that opens mid-article: "– … –
    dodał."), when the next sentence opens with a person who "also" speaks ("Pieskow mówił też, że …"):
    that person, whom "też" says spoke just before; None otherwise."""
    from .speakers import mention_nominative
    first = doc.__dict__.get("_first_person")
    if first is None:  # the first token naming a person, found once per document (linear)
        first = doc.__dict__["_first_person"] = min(
            (k for k, m in doc.mention.items() if m[0].type == "person"), default=len(doc.toks))
    s = doc.sent_of(v)
    if s + 1 >= len(doc.text.sents) or first < v:
        return None
    a, b = doc.sent_range(s + 1)
    m = doc.mention.get(a)
    if m is not None and m[1] == a and m[0].type == "person" and mention_nominative(doc, m) and _agrees(gender, m[0]):
        k = m[2] + 1
        if k + 1 < b and doc.toks[k].pos in VERBAL and doc.toks[k].lemma in lexicon_set("speech_verbs.txt") \
                and doc.toks[k + 1].lower in ALSO:
            return m[0]
    return _first_speaker_named(doc, first, v, gender)


def _first_speaker_named(doc: _Doc, first: int, v: int, gender: Optional[str]) -> Optional[Actor]:
    """A page that opens mid-article with a bare speech verb ("Zaznaczył, że …", "– … – oświadczył premier."
    before anyone is named): the person the text names first, when that first naming, within the next
    paragraphs, is the nominative subject of a speech verb of its own clause ("Orban ocenił, że …", "– … –
    podkreślił Nowak."), outside quotations, agreeing with the verb; None otherwise."""
    from .speakers import mention_nominative
    if first >= len(doc.toks) or doc.para[first] - doc.para[v] > 4:
        return None
    if v > 0 and doc.toks[v - 1].sent == doc.toks[v].sent and not doc.toks[v - 1].is_punct:
        return None  # the verb must open its clause ("Zaznaczył, że", "– dodał"): "Węgierska linia wyjaśniła" has
        # a subject of its own that names no actor
    m = doc.mention[first]
    k = m[1]
    if m[1] != first or m[0].type != "person" or doc.toks[k].idx in _quoted_spans(doc) or in_oblique(doc, m) \
            or not mention_nominative(doc, m) or not _agrees(gender, m[0]):
        return None
    sent = doc.toks[k].sent
    near = [j for j in (*range(max(0, k - 3), k), *range(m[2] + 1, min(len(doc.toks), m[2] + 4)))
            if doc.toks[j].sent == sent]
    if any(doc.toks[j].pos in VERBAL and doc.toks[j].lemma in lexicon_set("speech_verbs.txt") for j in near):
        return m[0]
    return None


def _continue_speaker(doc: _Doc, f: _Found, results: list[_Found], found: list[_Found]) -> None:
    """A dash paragraph with no speech clause continues the previous speaker (GUIDELINES): the speaker and
    outlet of the direct quote just before, in this or the previous paragraph; else the nearest speaker,
    unless a subheading stands between. A person the sentence right before names as its subject, in the
    quote's own paragraph, speaks instead."""
    from .speakers import _resolve_zero
    i = doc.tok_index(f.start)
    prev = results[-1] if results else None
    intro = _introduced(doc, i)  # "Jan Lis cieszył się z gola. – Super akcja nam wyszła.": the sentence before
    if intro is None and (prev is None or doc.para[i] - doc.para[doc.tok_index(prev.start)] > 1):
        intro = _introduced(doc, i, across=True)  # "Inaczej sytuację oceniają związkowcy." as a paragraph of its
        # own between the previous speaker's quote and this one: the run breaks at the new subject
    if intro is not None and (prev is None or doc.sent_of(doc.tok_index(max(prev.end - 1, 0))) < doc.sent_of(i) - 1):
        f.speaker = intro  # names him (unless that sentence is the previous quote's own: the quote continues it)
        return
    label = _speaker_label(doc, i) or _heading_subject(doc, f)  # "Rafał Nowak, trener Polonii" on a line of its
    if label is not None:  # own above the answers; "Mieszkańcy nie godzą się na …" above a quotation paragraph
        f.speaker = label
        return
    if prev is not None and prev.kind == "direct" and (doc.para[i] - doc.para[doc.tok_index(prev.start)] <= 1
                                                       or _question_between(doc, prev, i)):
        f.speaker, f.via = prev.speaker, prev.via
    elif not _after_heading(doc, i):  # a subheading opens a new section: no one's words continue across it
        nearest = _resolve_zero(doc, found, i, None)
        if nearest is not None and nearest is _resolve_zero(doc, found, i, None, speakers_only=True):
            f.speaker = nearest  # the previous speaker goes on, unless a subject named since breaks the run: then no
            # one (a mere subject before, never a speaker in the text, is a guess)


def _speaker_label(doc: _Doc, i: int) -> Optional[Actor]:
    """The line right above the paragraph holding token ``i`` is a speaker's label: a person's name in the
    nominative opening a line with no closing punctuation, alone or with a comma and the person's role
    ("Rafał Nowak, trener Polonii Warszawa"), no verb; the dash paragraphs below are that person's answers."""
    from .demand_layout import is_heading_line
    from .speakers import mention_nominative
    a = doc.para_start(i)
    if a == 0 or doc.para[a - 1] == doc.para[a] or not is_heading_line(doc, a - 1):
        return None
    b = doc.para_start(a - 1)
    m = doc.mention.get(b)
    if m is None or m[1] != b or m[0].type != "person" or not mention_nominative(doc, m):
        return None
    rest = range(m[2] + 1, a)
    if len(rest) and doc.toks[m[2] + 1].text != ",":
        return None
    if any(doc.toks[k].pos in VERBAL or doc.toks[k].text in ":„”\"" or (k in doc.mention and doc.mention[k][0].type
                                                                         == "person" and doc.mention[k][0] is not m[0])
           for k in rest):
        return None
    return m[0]


def _question_between(doc: _Doc, prev: _Found, i: int) -> bool:
    """An interview's question stands between the previous direct quote's paragraph and token ``i``'s: one
    paragraph, no quote of its own, naming no person but the one who answers, that asks ('?') or speaks to
    the interviewee (a second-person form: "zdobywałeś" with its person ending, "twoją"); the dash paragraph after
    it answers."""
    p = doc.para[doc.tok_index(max(prev.end - 1, prev.start))]
    if doc.para[i] - p != 2 or prev.speaker is None or prev.speaker.type != "person":
        return False
    a = doc.para_start(i) - 1
    a = doc.para_start(a)
    b = doc.para_start(i)
    quoted = _quoted_spans(doc)
    toks = doc.toks[a:b]
    if any(t.idx in quoted or is_dash(doc, t.i) or (t.i in doc.mention and doc.mention[t.i][0].type == "person"
                                                    and doc.mention[t.i][0] is not prev.speaker) for t in toks):
        return False
    return toks[-1].text == "?" or any(t.reading is not None and (
        t.reading.has("sec") or t.lemma in ("ty", "twój")
        or (t.reading.pos == "praet" and t.lower.endswith(("łeś", "łaś", "liście", "łyście")))) for t in toks)


def _quote_paragraph_continues(doc: _Doc, f: _Found) -> Optional[Actor]:
    """A paragraph that is one quotation with no speech clause ('„Mam nadzieję, że … rachunki.”'), right after
    a paragraph holding the previous speaker's direct quote, continues that speaker, as a dash paragraph
    does (GUIDELINES); so does a quotation opening the sentence right after that quote's own speech clause in
    one paragraph ('„…” – napisał X na Twitterze. „…”'). A short line or one with no closing punctuation and
    nothing after it (a subheading in quotation marks), or the writer's words after it: None."""
    i, j = doc.tok_index(f.start), doc.tok_index(max(f.end - 1, 0))
    a = doc.para_start(i)
    prev = doc.attributed[-1] if doc.attributed else None
    if prev is None or prev.kind != "direct" or prev.speaker is None or prev.end > f.start \
            or sum(t.is_word for t in doc.toks[i:j + 1]) < 6:
        return None
    inline = doc.para[doc.tok_index(prev.start)] == doc.para[a]
    if inline:
        a = _after_own_attribution(doc, prev, i)  # '„…” – napisał X. „…”': the next quotation of X's paragraph
        if a is None:
            return None
    elif doc.para[a] == 0 or doc.para[doc.tok_index(prev.start)] != doc.para[a] - 1 \
            or any(not doc.toks[k].is_punct for k in range(a, i)):
        return None
    k = j + 1
    while k < len(doc.toks) and doc.para[k] == doc.para[a] and doc.toks[k].is_punct and not is_dash(doc, k):
        k += 1  # past the closing mark and a full stop
    dash = k < len(doc.toks) and doc.para[k] == doc.para[a]
    if dash and not is_dash(doc, k):
        return None  # the writer's words follow the quotation: not a quote paragraph
    if not dash and not inline and doc.text.text[f.start:f.end].rstrip()[-1:] not in ".!?…":
        return None  # a line with no closing punctuation is a subheading (its speaker is read from the body)
    return prev.speaker


def _after_own_attribution(doc: _Doc, prev: _Found, i: int) -> Optional[int]:
    """Token ``i`` opens a quotation in the paragraph of the previous direct quote ``prev``, with nothing
    between them but punctuation and ``prev``'s own speech clause ('„…” – napisał X na Twitterze. „…”'):
    the first token after ``prev``, else None (the writer's words between break the run)."""
    e = doc.tok_index(max(prev.end - 1, 0)) + 1
    v = prev.verb_tok
    if v is None or not prev.explicit or v < e - 1:
        return None  # (a speech clause before the quote, 'X napisał: „…”. „…”', is not read here)
    own = doc.sent_of(v)
    if doc.sent_of(i) != own + 1 or any(not doc.toks[k].is_punct and doc.sent_of(k) != own for k in range(e, i)):
        return None
    return e


def _introduced(doc: _Doc, i: int, across: bool = False) -> Optional[Actor]:
    """The person or group the sentence right before token ``i``, in its paragraph (with ``across``, the
    last sentence of the paragraph before), names as its subject (a nominative name outside quotations):
    the one who speaks in the dash quote that follows ("Związkowcy są rozgoryczeni. – Zarząd zarabia …")."""
    s = doc.sent_of(i)
    if s == 0 or any(not doc.toks[k].is_punct for k in range(doc.sent_range(s)[0], i)):
        return None  # the quote opens its sentence (past its dash)
    a, b = doc.sent_range(s - 1)
    if doc.para[a] != doc.para[i] - (1 if across and doc.para_start(i) == doc.sent_range(s)[0] else 0):
        return None
    if any(doc.toks[k].idx in _quoted_spans(doc) for k in range(a, b)):
        return None  # a quote's own sentence and attribution: the quote continues it
    from .speaker_nouns import _coordinated_persons
    m = _nominative_subject(doc, a, b)
    if m is not None and m[0].type == "person" and _coordinated_persons(doc, m):
        return None  # "X i Y przedstawili …": a subject of two, neither of whom speaks alone after it
    if m is not None and not _main_subject(doc, a, b, m):
        return None  # the sentence names someone, but not as the one it is about: no speaker rather than a guess
    return m[0] if m is not None and m[0].type in ("person", "group") else None


# a comma before these opens a clause of its own: a subject after it is that clause's, not the sentence's
CLAUSE_AFTER_COMMA = frozenset({"a", "ale", "lecz", "zaś", "natomiast", "że", "iż", "gdy", "kiedy", "bo", "ponieważ",
                                "choć", "chociaż", "jeśli", "jeżeli", "aby", "żeby", "by", "czy"})


def _main_subject(doc: _Doc, a: int, b: int, m: tuple[Actor, int, int]) -> bool:
    """The mention ``m`` found as the nominative subject of sentence [a, b) is the subject of its main clause:
    no clause opens before it ("…, a jego obowiązki przejął zastępca X" is the second clause's), a role's or
    group's noun reads as a nominative noun, not only as an adjective ("byłemu premierowi": 'premierowy'),
    and the clause's verb agrees in number (a group takes a plural verb: "uzależnione jest" names no group)."""
    toks = doc.toks
    for k in range(a, m[1]):
        if toks[k].text in ",;" and k + 1 < b and (toks[k + 1].lower in CLAUSE_AFTER_COMMA
                                                   or toks[k + 1].lemma.lower() == "który"):
            return False
    head = doc.head.get(m[1])
    if head is not None:
        nouns = [r for r in toks[head].readings if r.pos in ("subst", "depr")]
        if nouns and not any(r.has("nom") for r in nouns):
            return False
    verb = None
    for k in range(m[2] + 1, b):  # the clause's verb after the subject, else the one before it ("oceniają związkowcy")
        if toks[k].text in ",;" or toks[k].lower in CLAUSE_AFTER_COMMA:
            break
        if toks[k].reading is not None and toks[k].reading.pos in ("fin", "praet", "bedzie"):
            verb = toks[k]
            break
    if verb is None:
        for k in range(m[1] - 1, a - 1, -1):
            if toks[k].text in ",;":
                break
            if toks[k].reading is not None and toks[k].reading.pos in ("fin", "praet", "bedzie"):
                verb = toks[k]
                break
    if verb is None:
        return True
    plural = verb.reading.has("pl")
    return plural if m[0].type == "group" else not plural


def _after_heading(doc: _Doc, i: int) -> bool:
    """The line before the paragraph holding token ``i`` is a subheading (no closing punctuation)."""
    from .demand_layout import is_heading_line
    a = doc.para_start(i)
    return a > 0 and doc.para[a - 1] != doc.para[a] and is_heading_line(doc, a - 1)


def _first_subject(doc: _Doc, a: int, b: int) -> Optional[tuple[Actor, int, int]]:
    """The first mention in tokens [a, b) that can be a subject: nominative, not after a preposition; in
    the last clause before the colon when it has one ("Lekarze stawiają warunki, Chmielowiec: „…”")."""
    c = next((k for k in range(b - 1, a, -1) if doc.toks[k].text in ",;"), None)
    m = _nominative_subject(doc, c + 1, b) if c is not None else None
    if m is not None:
        return m
    m = _nominative_subject(doc, a, b)
    if m is not None:
        return m
    return doc.mention.get(b - 1)  # the name right before the colon, whatever its case ("Tajpej: …")


def _noun_complement(doc: _Doc, a: int, m: tuple[Actor, int, int]) -> bool:
    """A name right after a lower-case common noun that neither classifies it ("partia X", "portal Y") nor
    is a role ("prezes X" is the role's own mention) complements that noun, in the genitive whatever its
    form shows ("stanowiska PSR", "wniosek ZNP"): no subject."""
    k = m[1]
    if k <= a or k in doc.head:
        return False
    t = doc.toks[k - 1]
    return t.is_word and (t.text[:1].islower() or t.sent_start) and t.pos in ("subst", "ger") \
        and t.lemma.lower() not in role_words() \
        and context_types().get(t.lemma.lower()) is None


def _nominative_subject(doc: _Doc, a: int, b: int) -> Optional[tuple[Actor, int, int]]:
    from .speakers import mention_nominative
    k = a
    while k < b:
        m = doc.mention.get(k)
        if m is not None and m[1] == k:
            if not in_oblique(doc, m) and mention_nominative(doc, m) and m[0].type != "place" \
                    and not _noun_complement(doc, a, m):
                return m
            k = m[2] + 1
            continue
        k += 1
    return None


def _heading_subject(doc: _Doc, f: _Found) -> Optional[Actor]:
    """A direct quotation with no speech clause that opens the paragraph right under a subheading is the
    words of the subheading's subject ("Mieszkańcy nie godzą się na … / „Uważamy, że …”"): the subheading's
    first nominative mention of a group, person or body, outside quotations, before its finite verb; None
    when the line is no subheading or names no such subject."""
    i = doc.tok_index(f.start)
    a = doc.para_start(i)
    if f.kind != "direct" or a == 0 or any(not doc.toks[k].is_punct for k in range(a, i)) \
            or doc.para[a - 1] != doc.para[a] - 1:
        return None
    b = doc.para_start(a - 1)
    line = doc.text.text[doc.toks[b].idx:doc.toks[a - 1].end].rstrip("”\"»“ ")
    if "\n" in line or line[-1:] in ".!?…:" or sum(doc.toks[k].is_word for k in range(b, a)) > 15:
        return None  # a subheading: one short line with no closing punctuation (past a closing quotation mark)
    colon = next((k for k in range(b, a) if doc.toks[k].text == ":"), None)
    if colon is not None:  # a label "Strajk MZK. Kierowcy: Nie mieliśmy wyjścia": the one named right before it
        m = doc.mention.get(colon - 1)
        return m[0] if m is not None and m[0].type in ("group", "person", "organization") else None
    verb = next((k for k in range(b, a) if doc.toks[k].pos in ("fin", "praet")), None)
    m = _nominative_subject(doc, doc.sent_range(doc.sent_of(verb))[0], verb) if verb is not None else None
    if m is None or m[0].type not in ("group", "person", "organization") or doc.toks[m[1]].idx in _quoted_spans(doc) \
            or (m[1] > b and doc.toks[m[1] - 1].pos == "subst" and doc.toks[m[1] - 1].sent == doc.toks[m[1]].sent):
        return None  # (a name after a noun is its complement: "Strajk MZK")
    return m[0]


SOLE_REACH = 3  # paragraphs back from a quote to the sole speaker's last quote


def _sole_speaker(doc: _Doc, f: _Found, results: list[_Found]) -> Optional[Actor]:
    """A direct quotation with no speech clause that nothing else attributes ('„Sejm powinien …”' after
    "Prezes PSL wyraził oczekiwanie …"; a dash paragraph after the writer's account of what the speaker
    did) is the words of the one party that has spoken so far in the article, when that party's last quote
    is within ``SOLE_REACH`` paragraphs and no other person, group or body is introduced between them as a
    subject (a nominative mention outside every quote): an interview's or a statement's single voice goes
    on. Never across a subheading (the headline is none), never for a line that is itself a heading (a subheading's quotation is
    whoever says it in the body), never when two parties have spoken. None otherwise."""
    from .demand_layout import is_heading_line
    from .speakers import mention_nominative
    i = doc.tok_index(f.start)
    if f.kind != "direct" or f.explicit or is_heading_line(doc, i) \
            or (_after_heading(doc, i) and doc.para[doc.para_start(i) - 1] > 0):
        return None  # (the headline above the first paragraph opens no new section)
    text = doc.text.text
    line = text[text.rfind("\n", 0, f.start) + 1:(text.find("\n", f.end) + 1 or len(text) + 1) - 1]
    if line.strip(" \"„”“«»'") == text[f.start:f.end].strip() and text[f.start:f.end].rstrip()[-1:] not in ".!?…":
        return None  # a line that is one quotation with no closing punctuation: a subheading
    before = [g for g in results if g.speaker is not None and g.start < f.start and g is not f]
    if not before or any(g.speaker is not before[0].speaker for g in before):
        return None
    sole = before[0].speaker
    if sole.type == "media":
        return None
    last = max(before, key=lambda g: g.end)
    a = doc.tok_index(max(last.end - 1, 0)) + 1
    if doc.para[i] - doc.para[min(a, i)] > SOLE_REACH:
        return None
    spans = _quoted_spans(doc)
    said = [(g.start, g.end) for g in results if g.start < f.start]
    for k in range(a, i):
        m = doc.mention.get(k)
        t = doc.toks[k]
        if (m is None or m[1] != k) and t.is_word and t.lemma.lower() in role_words() \
                and any(r.has("nom") for r in t.readings) and t.idx not in spans \
                and not any(s <= t.idx < e for s, e in said):
            return None  # an unnamed holder of a role as the writer's subject: "Wojewoda nie odpowiedział."
        if m is None or m[1] != k or m[0] is sole or m[0].type not in ("person", "group", "organization"):
            continue
        at = t.idx
        if at in spans or any(s <= at < e for s, e in said):
            continue  # named in someone's words, not introduced by the writer
        prev = doc.mention.get(k - 1)
        if prev is not None and prev[2] == k - 1 or _noun_complement(doc, a, m):
            continue  # a complement: "Prezes PSL", "wniosek ZNP"
        if mention_nominative(doc, m) and not in_oblique(doc, m):
            return None
    return sole
