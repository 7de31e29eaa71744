"""The parties of the demand frames (``by``, ``of``) once all frames of an article are found, and the
day each demand was made. Split out of ``demands`` when that module passed 600 lines.

``by``: the frame's own subject (or the main clause's after "w którym"), the quote's speaker, the
sender of the letter a quote is read from, the frame before (continuations and announcements:
"Kreml domaga się spełnienia trzech warunków. … To A. Drugim warunkiem jest B"); an addressee is never
the demander. ``of``: one resolver, ``_addressee``, with an explicit order of evidence, the nearest
stated first (the frame's own clause, the document carrying it, "both parties", a vocative, the
subject of a demanded clause, the same demander's list, the agreement in question, a petition sent
nearby, the party answering, an announcement); none: empty. ``Frame.of_source`` names the evidence.
"""
from __future__ import annotations

import bisect
from functools import lru_cache
from typing import Optional, Sequence

from ..model import Actor, Timex
from .demand_lists import Frame as _Frame
from .demand_addressees import holder_nouns
from .demand_clause_parties import _before_noun, _gerund_agent, _lead_clause_subject, _owner, _passive_agent, \
    _premise_subject, _received, reflexive_agent
from .demand_parties import Parties, _party, lex, nominative_plural
from .quote_doc import _verb_gender, actor_gender
from .quotes import _Doc


@lru_cache(maxsize=1)
def _led_plurals() -> frozenset[str]:
    """The nominative plurals of the group nouns an organisation leads (data/demand_led_groups.txt)."""
    return frozenset(nominative_plural(w) for w in lex("demand_led_groups.txt"))


def _infinitive_clause(toks, a: int, b: int) -> bool:
    """The demanded clause [a, b) has an infinitive as its first verb ("odciąć X od …", "X nie uznawać za …"):
    no subject, so none of its names is the party asked."""
    v = next((x for x in range(a, b) if toks[x].pos == "inf" or {r.pos for r in toks[x].readings}
              & {"fin", "praet", "bedzie", "impt", "winien"}), None)  # ("ma" reads as an adjective too)
    return v is not None and toks[v].pos == "inf"


def _named_only_inside(doc: _Doc, spans: dict[int, list[tuple[int, int]]], by, s: int) -> bool:
    """Every mention of the demander ``by`` in sentence ``s`` lies inside an item of a frame (``spans``: the
    items by sentence): the name is part of a thing demanded ("Chcą wypłaty pełnej Barbórki", "Prosiła, by
    Kowala nie uznawać za prezesa"), not the subject of the verb that demands it. (The actor's offsets are
    looked up, not the sentence's tokens: a long line of one sentence stays linear.)"""
    if by is None or by.actor is None or s not in spans:
        return False
    lo, hi = doc.text.sent_span(s)
    at = [doc.tok_index(x) for x, _y in by.actor.offsets if lo <= x < hi]
    at = [j for j in at if (doc.mention.get(j) or (None, -1, -1))[1] == j]
    items = spans[s]  # sorted by start; items do not overlap
    starts = [a for a, _b in items]

    def inside(j: int) -> bool:
        i = bisect.bisect_right(starts, j) - 1
        return i >= 0 and j < items[i][1]
    return bool(at) and all(inside(j) for j in at)


def resolve(doc: _Doc, P: Parties, frames: list[_Frame], finder) -> None:
    """Fill ``by`` and ``of``: own subject, the quote's speaker, the frame before (continuations and
    announcements: "Kreml domaga się spełnienia trzech warunków. … To A. Drugim warunkiem jest B")."""
    toks = doc.toks
    prev: Optional[_Frame] = None
    answered: set[int] = set()
    done: list[_Frame] = []  # the frames resolved so far, in text order
    # each demander's name -> the addressees of its frames so far (by identity, once each): one look-up
    # where a scan of every earlier frame was quadratic in the demands of a long text
    asked: dict[str, dict[int, Actor]] = {}
    spans: dict[int, list[tuple[int, int]]] = {}  # each sentence's demanded items (_named_only_inside)
    for g in frames:
        for a, b in g.items:
            spans.setdefault(toks[a].sent, []).append((a, b))
    for items in spans.values():
        items.sort()
    for f in frames:
        if f.of:
            f.of_source = "clause"  # the frame's own clause: "od X", "do X", "wobec X", "wezwał X do", a dative
        s = toks[f.trig].sent
        t = toks[f.trig]
        # the quote is looked up at the first demanded word (a dash paragraph's dash is outside it)
        at = toks[f.items[0][0]] if f.items else t
        quoted = finder.in_quote(at.i) or finder.in_quote(f.trig)  # (a term in marks inside the speech: "…
        # domagać się „piątki X”" closes the outer marks for the reader of straight quotes)
        tag = t.reading.tag if t.reading else ""
        first = (":pri" in tag or ":sec" in tag) and t.pos in ("fin", "impt", "bedzie") \
            or t.pos == "inf" and _first_person(toks, f.trig)  # "My będziemy się domagać": the speaker
        near = prev is not None and doc.para[prev.trig] >= doc.para[f.trig] - 3 and toks[prev.trig].sent >= s - 6
        noun = t.lemma in finder.nouns or t.lemma in ("apel", "petycja", "list", "wezwanie")
        verbal = t.pos in ("fin", "praet", "inf", "impt", "bedzie", "pcon")  # not "listę żądań" (a trigger noun)
        if not f.of and s in P.sent_to:
            # "W petycji do X domagają się A": the document named before the verb in its sentence carries
            # the demand to its addressee (the addressee is then no subject, see below)
            a0 = doc.sent_range(s)[0]
            car = next((j for j in range(a0, f.trig) if toks[j].lemmas() & P.carriers), None)
            if car is not None:
                f.of, f.of_source = P.addressees(car, f.trig), "carrier"
        unnamed = f.by is None and not f.inherit and not first and not noun and verbal and P.common_subject(f.trig)
        relative = f.trig > 1 and toks[f.trig - 1].lemma == "który" and toks[f.trig - 2].pos == "prep"
        if f.by is None and noun and not f.inherit:
            f.by = _party(_owner(doc, f.trig))  # "apel prezydenta Francji Pierre'a Laurenta o …": whose appeal it is
        if f.by is None and not f.inherit and (noun or t.pos == "ger") and f.trig > 1 and toks[f.trig - 1].lower in ("z", "ze"):
            # "pismo Związku X z żądaniem …": the document's author, named in the genitive after it
            car = next((j for j in range(f.trig - 2, max(0, f.trig - 6) - 1, -1) if toks[j].lemmas() & P.carriers
                        and toks[j].pos == "subst"), None)
            f.by = _party(_owner(doc, car)) if car is not None else None
        if not f.of and not f.inherit and (noun or t.pos == "ger"):
            f.of = _before_noun(doc, P, f.trig)  # "wysunął wobec X żądanie …", "skierował do X postulat …"
            if f.of:
                f.of_source = "clause"
        got = _received(doc, P, f) if not f.inherit else None
        if got is not None:
            # "Huta X otrzymała od Związku Y pismo z żądaniem …": the receiver is asked, the sender demands
            f.by, f.of, f.of_source = got[0], got[1], "clause"
        if f.by is None and not f.inherit and not first and not unnamed:
            if relative:  # "złożą wniosek, w którym zażądają …": the main clause's subject demands
                f.by = P.sentence_subject(s, outside_quotes=True)
            else:
                f.by = P.sentence_subject(s, outside_quotes=True) if (noun or not verbal) and not quoted \
                    else P.subject(f.trig)
            if _named_only_inside(doc, spans, f.by, s):
                f.by = None  # "Chcą również wypłaty pełnej Barbórki": a name inside the thing demanded is not who demands it
        q = P.quote_at(at.idx) if unnamed else None
        if unnamed and q is not None and q.verb and q.verb.lower() not in ("według", "zdaniem", "wedle") \
                and t.pos != "praet":
            unnamed = False  # "X zapowiada, że powiat wystąpi … o Y": the speaker announces his side's demand
        if f.by is None and quoted and not unnamed:
            closing = P.closing_carrier(at.idx)  # "„Apelujemy o …” – czytamy w liście": who sent the letter
            if closing is not None and P.sentence_subject(closing, outside_quotes=True) is None:
                f.by = P.carrier_author(closing)  # (not "– napisali mieszkańcy w petycji": its own subject)
            f.by = f.by or P.who_says(at.i)
            if f.by is None and first and s in P.carrier_sents:
                f.by = P.carrier_author(s)  # "„Domagamy się …” – czytamy w piśmie": who sent the letter
            if f.by is None and first and s > 0 and not _same_speech(doc, P, at.idx, s - 1):
                # "… wysłało list. „Oczekujemy …” – czytamy w nim"; not a sentence of the same speech, whose
                # speaker the text leaves unnamed ("- … minister X zafundował nam dramat. Prosimy o …
                # - powiedziała jedna z nich": X is named inside the speech, not its speaker)
                f.by = P.sentence_subject(s - 1)
        if f.by is None and not first and not quoted and not unnamed and not noun and t.pos in ("fin", "praet"):
            # "Jak przekonuje X, … . Zaapelował do rządu o …": a verb with no subject goes on with the one who
            # spoke in the sentence before, as the verb's gender and number allow
            f.by = _previous_speaker(doc, P, f.trig)
        if f.by is None and quoted and not f.inherit and _first_person(toks, f.trig):
            # "Prezes X wyraził oczekiwanie … . „… Będziemy apelować o …": a speech in the first person whose
            # speaker no attribution names is the one the sentence before it is about
            f.by = _speech_opener(doc, P, at.i)
        if f.inherit and near and not prev.items and f.announced is None:
            f.announced = toks[prev.trig].sent
        if f.by is None and f.inherit and near:
            f.by = prev.by
            if not f.of:
                f.of, f.of_source = list(prev.of), "list"
        if f.by is None and near and not first and not quoted and not unnamed and _agrees(t, prev.by):
            f.by = prev.by
            if not f.of:
                f.of, f.of_source = list(prev.of), "list"
        if f.by is None and not first and not quoted and not unnamed and not (f.inherit and t.lower in finder.about):
            # (the impersonal "Chodzi o A, które rolnicy utracili" has no subject: the relative clause's is none)
            own = f.items[0][0] if f.items and toks[f.items[0][0]].sent == s else None
            # a subject found elsewhere in the sentence, or in the sentence before, goes on as the verb's only
            # when the verb agrees with it in number and gender ("Wojewoda X przyjechał. Domagają się …" is
            # not X's demand): else no demander rather than a wrong one
            f.by = _agreeing(t, P.sentence_subject(s, end=own))
            if f.by is None and s > 0:
                f.by = _agreeing(t, P.sentence_subject(s - 1))
                if _named_only_inside(doc, spans, f.by, s - 1):
                    f.by = None  # "Prosiła, by Kowala nie uznawać … . Apelowała też …": not Kowal's appeal
                if f.by is not None and not f.of:
                    # the demander comes from the sentence announcing the list ("…, czego Pekin oczekuje od
                    # Amerykanów. Po pierwsze - …"): so does its addressee, stated after its demand verb
                    f.of = _announcing_addressees(doc, P, finder, s - 1)
                    if f.of:
                        f.of_source = "announcement"
        if f.by is not None and f.by.group and near and prev.by is not None and not prev.by.group \
                and prev.by.actor is not None and prev.by.actor.type == "organization" \
                and doc.para[prev.trig] == doc.para[f.trig] and f.by.name.split()[-1] in _led_plurals():
            f.by = prev.by  # "Komitet domaga się A. … Związkowcy chcą także B": its members go on with its list
        if f.by is not None and f.by.group and f.by.actor is None:
            f.by = _sender(doc, P, s, f.by)
        if f.by is not None and f.by.group and f.by.actor is None:
            f.by = _party(P.derived_body(f.by.name, t.idx)) or f.by  # "ludowcy" → PSL, the one named
        if P.leader is not None and f.items and _protest_goal(doc, f) and (f.by is None or f.by.group or (
                f.by.actor is not None and f.by.actor.type == "person" and _speaks_for(f.by.actor, P.leader))):
            f.by = _party(P.leader)  # "Celem protestu są A i B – poinformowała rzeczniczka ZNP X": the organiser's
        if f.by is not None and f.by.actor is not None and f.by.actor in f.of and not f.inherit:
            # "wezwała NATO do …", "Domagają się od władz X …": the addressee is no subject; the verb has
            # none of its own, the demander is the subject of a sentence before in the paragraph
            f.by = None
            a0 = doc.sent_range(s)[0]
            # a paragraph opening with the subjectless verb ("Domagał się wówczas od Ukrainy …") goes on
            # with the subject of the paragraph before's last sentence ("Putin mówił o nich …")
            opens = s > 0 and doc.para[doc.sent_range(s - 1)[0]] != doc.para[a0] \
                and all(toks[j].pos in ("adv", "qub", "conj") for j in range(a0, f.trig))
            for s0 in (s - 1, s - 2):
                if s0 < 0 or doc.para[doc.sent_range(s0)[0]] != doc.para[f.trig] and not (opens and s0 == s - 1):
                    break
                got = P.sentence_subject(s0, outside_quotes=True)
                if got is not None and (got.actor is None or got.actor not in f.of):
                    f.by = got
                    break
            if f.by is None and quoted:
                got = P.who_says(at.i)  # "- Wysyłamy wezwanie do burmistrza X, aby … - mówił Y": the speaker
                f.by = got if got is None or got.actor is None or got.actor not in f.of and got.actor.type != "media" else None
        if not f.of and f.of_source != "clause":  # (a receiver that is no actor: none, "otrzymali od X pismo, w którym …")
            f.of, f.of_source = _addressee(doc, P, f, prev, done, asked, near, quoted, at.i)
            if f.of_source == "answer":
                answered.add(id(f))
        if f.by is not None and f.by.actor is not None and f.by.actor in f.of and f.of_source != "clause" \
                and not P.nominative_in(s, f.by.actor, f.trig):
            # the party the context names as addressed ("W petycji, którą złożyli na ręce starosty, domagają
            # się …", "Kolejnym postulatem jest …" after "domaga się od RDOŚ …") was taken for the demander:
            # the demander is the subject of a sentence before in the paragraph that is not addressed
            got = _unaddressed_subject(doc, P, s, f.of)
            if got is not None or f.of_source in ("list", "carrier", "dative"):
                f.by = got  # the addressee stated for the list it continues stands; no demander is better than it
        if f.by is not None and f.by.actor is not None and f.by.actor in f.of:
            f.of = [x for x in f.of if x != f.by.actor]  # no party demands of itself
        if not f.of and f.items and not any(toks[j].lower in ("od", "ode", "wobec") for j in range(f.trig, f.items[0][0])):
            # (not "żąda od rządu wycofania się X …": the lead-in names its addressee, though no actor)
            for a, b in f.items:  # "Żądają wycofania się X z A, zakazu B": X is asked for the first item only
                got = reflexive_agent(doc, P, a, b)
                if got is not None and (f.by is None or f.by.actor != got):
                    P.item_of[(a, b)] = [got]
        prev = f
        done.append(f)
        if f.by is not None:
            asked.setdefault(f.by.name, {}).update((id(x), x) for x in f.of)
    # the answer closes the whole list: the items before it that it continues ("Kolejnym postulatem …")
    # were made of the same party
    for i in range(len(frames) - 1, 0, -1):
        f, before = frames[i], frames[i - 1]
        if id(f) in answered and f.inherit and not before.of and before.by is not None and f.by is not None \
                and before.by.name == f.by.name:
            before.of, before.of_source = list(f.of), "answer"
            answered.add(id(before))


def _agrees(verb, party) -> bool:
    """A party can be the subject of a finite or past verb by number and gender: a group takes a plural,
    a person a singular of the person's gender; an organisation's gender is its head noun's (not checked)."""
    if party is None or verb.pos not in ("fin", "praet"):
        return True
    r = verb.reading
    if r is None or not (r.has("sg") or r.has("pl")):
        return True
    if party.group:
        return r.has("pl")
    if party.actor is None or party.actor.type != "person":
        return True
    if r.has("pl"):
        return False
    g = _verb_gender(verb)
    return g not in ("m", "f") or actor_gender(party.actor) not in ("m", "f") or g == actor_gender(party.actor)


def _agreeing(verb, party):
    """``party`` when the verb can have it as its subject (:func:`_agrees`), else None."""
    return party if _agrees(verb, party) else None


def _first_person(toks, v: int) -> bool:
    """The demand verb at ``v`` is in the first person, or is the infinitive of a first-person auxiliary
    right before it ("Będziemy apelować", "będziemy się domagać", "Chcemy domagać się")."""
    def pri(t) -> bool:
        tag = t.reading.tag if t.reading else ""
        return ":pri" in tag and t.pos in ("fin", "bedzie", "praet", "impt")
    j = v - 1 - (v > 1 and toks[v - 1].lower == "się")  # "będziemy się domagać"
    return pri(toks[v]) or toks[v].pos == "inf" and j >= 0 and pri(toks[j])


def _speech_opener(doc: _Doc, P: Parties, k: int):
    """The subject of the sentence before the speech holding token ``k`` opens (its quote, else its
    quotation marks), in the speech's paragraph or the one before: the one the speech is then about. Not
    when an attribution names the speaker as no actor ("– powiedziała jedna z nich"): then no one."""
    toks = doc.toks
    q = P.quote_at(toks[k].idx)
    if q is not None and q.verb:
        return None
    j = doc.tok_index(q.start) if q is not None else k
    while q is None and j > 0 and P.quoted[j - 1]:
        j -= 1
    a = doc.sent_range(toks[j].sent)[0]
    if any(t.is_word for t in toks[a:j]):
        s0 = toks[j].sent  # "X wyraził oczekiwanie …: „…": the words before the marks
        got = P.sentence_subject(s0, outside_quotes=True, end=j)
    else:
        s0 = toks[j].sent - 1
        if s0 < 0 or doc.para[doc.sent_range(s0)[0]] < doc.para[j] - 1:
            return None
        got = P.sentence_subject(s0, outside_quotes=True)
    return got


def _previous_speaker(doc: _Doc, P: Parties, v: int):
    """The speaker of the last quote of the sentence before the verb ``v``'s, in its paragraph, when the
    verb agrees with it ("Jak dodał, projekt trafił do Sejmu. Wezwał do …" → the one who added)."""
    toks = doc.toks
    s = toks[v].sent
    if s == 0 or doc.para[doc.sent_range(s - 1)[0]] != doc.para[v]:
        return None
    a, b = doc.sent_range(s - 1)
    lo, hi = toks[a].idx, toks[b - 1].end
    qs = [q for q in P.quotes_in.get(s - 1, ()) if q.speaker and lo <= q.start < hi]
    if not qs:
        return None
    got = P.speaker_at(max(qs, key=lambda q: q.start).start)
    return got if got is not None and got.actor is not None and _agrees(toks[v], got) else None


def _protest_goal(doc: _Doc, f: _Frame) -> bool:
    """The demand noun of the frame names the goals of a protest action in the genitive right after it
    ("Głównym celem protestu są …", "postulaty strajku to …"; data/group_protest_actions.txt)."""
    toks = doc.toks
    k = f.trig + 1
    return k < len(toks) and toks[k].lemma.lower() in lex("group_protest_actions.txt") \
        and any(r.has("gen") for r in toks[k].readings) and k not in doc.mention


def _speaks_for(person, org) -> bool:
    """The person's role names the organisation ("rzeczniczka prasowa ZNP", "prezes Związku X")."""
    role = set((person.role or "").split())
    return bool(role & ({org.name} | set(org.aliases) | set(org.name.split()[:1]) & {w for w in org.name.split() if w.isupper()})) \
        or any(w.isupper() and len(w) > 1 and w == "".join(x[0] for x in org.name.split() if x[:1].isupper()) for w in role)


def _same_speech(doc: _Doc, P: Parties, offset: int, s: int) -> bool:
    """Sentence ``s`` starts inside the quote holding ``offset``."""
    q = P.quote_at(offset)
    return q is not None and q.start <= doc.toks[doc.sent_range(s)[0]].idx < q.end


def _announcing_addressees(doc: _Doc, P: Parties, finder, s: int) -> list:
    """The addressees ("od X", "wobec X", a dative) stated after a demand verb of sentence ``s``."""
    a, b = doc.sent_range(s)
    verb = next((j for j in range(a, b) if doc.toks[j].pos in ("fin", "praet", "inf") and finder._is_trigger(j)), None)
    if verb is None:
        return []
    return [x for x in P.addressees(verb + 1, b) if doc.toks[verb].lemma not in ("wzywać", "wezwać")]


@lru_cache(maxsize=1)
def _carrier_groups() -> frozenset[str]:
    """The nominative plurals of the group nouns standing for a carrier's sender (data/demand_carrier_groups.txt)."""
    lines = [line.split() for line in lex("demand_carrier_groups.txt")]
    return frozenset(nominative_plural(w[0]) for w in lines) | frozenset(f for w in lines for f in w[1:])


def _sender(doc: _Doc, P: Parties, s: int, group):
    """A group of authors or members demanding after a named organisation sent a petition or letter (the
    latest sentence sending one whose subject is named, at most ten sentences back (captions and headings
    count) is that organisation ("Stowarzyszenie X zebrało podpisy pod petycją do Y. … Petycję
    przekazano … Jej autorzy domagają się …"); else the group stays."""
    if group.name.split()[-1] not in _carrier_groups():
        return group
    i = bisect.bisect_right(P.sent_to_keys, s) - 1
    while i >= 0 and P.sent_to_keys[i] >= s - 10:
        sender = P.sentence_subject(P.sent_to_keys[i], outside_quotes=True)
        if sender is not None:
            return sender if sender.actor is not None and sender.actor.type == "organization" else group
        i -= 1
    return group


def _unaddressed_subject(doc: _Doc, P: Parties, s: int, of: list):
    """The subject of one of the two sentences before ``s`` in its paragraph that is none of ``of``."""
    for s0 in (s - 1, s - 2):
        if s0 < 0 or doc.para[doc.sent_range(s0)[0]] != doc.para[doc.sent_range(s)[0]]:
            break
        got = P.sentence_subject(s0, outside_quotes=True)
        if got is not None and (got.actor is None or got.actor not in of):
            return got
    return None


@lru_cache(maxsize=1)
def _party_nouns() -> frozenset[str]:
    """Common nouns that name a party (a body, an institution, a territorial unit, a holder)."""
    return lex("addressee_bodies.txt") | lex("institution_heads.txt") | lex("territorial_words.txt") | holder_nouns()


def _unnamed_addressee(doc: _Doc, P: Parties, f: _Frame, s: int) -> bool:
    """The frame's lead-in (its sentence up to the first item) addresses, with "od"/"wobec", a party by a
    common noun that names no actor of the text ("Od miasta fani oczekują …", "domagają się od spółki …"):
    the text names the addressee, and it is none of the parties named around; so does "do" after the verb
    ("zwrócili się do krajowych organów o …")."""
    toks = doc.toks
    if not f.items or toks[f.items[0][0]].sent != s:
        return False
    a0 = doc.sent_range(s)[0]
    end = f.items[0][0]
    for j in range(a0, end - 1):
        # "od X", "wobec X"; "do X" after the verb when the demanded thing comes after it ("zwrócili się do
        # organów miasta o …", not "wezwał do zwolnienia …", whose "do" opens the item)
        if toks[j].lower not in ("od", "ode", "wobec") and not (toks[j].lower == "do" and f.trig < j < end - 2):
            continue
        x = j + 1 + (toks[j + 1].pos == "adj" and j + 2 < end)
        if toks[x].lemma.lower() in _party_nouns() and P.actor_at(j + 1, end) is None and P.actor_at(x, end) is None:
            return True
    return False


def _protest_site(doc: _Doc, P: Parties, f: _Frame, s: int, by) -> list:
    """The body in front of which the demanders protest in the frame's own lead-in (its sentence up to
    the first item): a verb or noun of protesting (data/demand_protest_words.txt), then within three
    words "przed"/"pod" and a named organisation ("Związkowcy pikietowali przed ministerstwem X,
    domagając się: …"): the demands are made of it. A building or a place is no addressee."""
    toks = doc.toks
    if not f.items or toks[f.items[0][0]].sent != s:
        return []
    words, sites = lex("demand_protest_words.txt"), lex("demand_site_nouns.txt")
    a0, end = doc.sent_range(s)[0], f.items[0][0]
    spans = [(a0, end)]  # (not the sentence before: "X zamierza zorganizować demonstrację przed Y. Celem
    # protestu są …" names where the protest stands, not whom its goals ask; the gold has no addressee)
    for a, b in spans:
        for j in range(a, b - 1):
            if toks[j].lemma not in words:
                continue
            for x in range(j + 1, min(b - 1, j + 4)):
                if toks[x].lower in ("przed", "pod"):
                    y = x + 2 if toks[x + 1].lemma in sites and x + 2 < b else x + 1  # "przed siedzibą X"
                    got = P.actor_at(y, b)
                    if got is not None and got[0].type == "organization" and got[0] != by:
                        return [got[0]]
                    break
    return []


def _meeting(doc: _Doc, P: Parties, f: _Frame, s: int, by) -> list:
    """The named party the demanders meet in the frame's lead-in or, with the same subject, the sentence
    before in its paragraph: a noun or verb of meeting (data/demand_meeting_words.txt) and "z" with a named
    person or organisation within five words, no punctuation between ("Podczas spotkania z ministrem X rolnicy domagali się …",
    "Rolnicy spotkali się z wojewodą Y. Domagali się …"). Media are no party met (an interview)."""
    toks = doc.toks
    if not f.items or toks[f.items[0][0]].sent != s:
        return []
    words = lex("demand_meeting_words.txt")
    a0, end = doc.sent_range(s)[0], f.items[0][0]
    spans = [(a0, end)]
    if s > 0 and doc.para[doc.sent_range(s - 1)[0]] == doc.para[a0] and f.by is not None \
            and P.sentence_subject(s - 1) == f.by:
        spans.append(doc.sent_range(s - 1))
    for a, b in spans:
        for j in range(a, b - 1):
            if toks[j].lemma not in words:
                continue
            for x in range(j + 1, min(b - 1, j + 6)):
                if toks[x].is_punct:
                    break
                if toks[x].lower in ("z", "ze"):
                    got = P.actor_at(x + 1, b)
                    if got is not None and got[0].type in ("organization", "person") and got[0] != by:
                        return [got[0]]
                    break
    return _came_out(doc, P, f, s, by)


def _came_out(doc: _Doc, P: Parties, f: _Frame, s: int, by) -> list:
    """A named person or body who came out to or met the protesting group in the sentence before, in the
    paragraph of a demand that group makes in speech ("Wojewoda X wyszedł do protestujących. – Prosimy o
    interwencję – powiedziała jedna z nich"): the one spoken to (data/demand_meeting_words.txt, verbs of
    coming out: data/demand_came_out_verbs.txt; "do"/"z" and a group of the mention layer)."""
    toks = doc.toks
    q = P.quote_at(toks[f.items[0][0]].idx) if f.items else None
    if q is not None:
        s = toks[doc.tok_index(q.start)].sent  # the sentence before the speech
    if s == 0:
        return []
    a, b = doc.sent_range(s - 1)
    if doc.para[a] != doc.para[doc.sent_range(s)[0]] and q is None:
        return []
    verbs = lex("demand_meeting_words.txt") | lex("demand_came_out_verbs.txt")
    for j in range(a, b - 2):
        if toks[j].lemma not in verbs or toks[j].pos not in ("fin", "praet"):
            continue
        x = j + 1 + (toks[j + 1].lower == "się")
        if x + 1 < b and toks[x].lower in ("do", "z", "ze"):
            got = P.layer.get(x + 1)
            if got is not None and got[0].group:
                who = P.sentence_subject(s - 1)
                if who is not None and who.actor is not None and who.actor.type in ("person", "organization") \
                        and who.actor != by:
                    return [who.actor]
    return []


def _addressee(doc: _Doc, P: Parties, f: _Frame, prev: Optional[_Frame], done: list[_Frame],
               asked: dict[str, dict[int, Actor]], near: bool,
               quoted: bool, at: int) -> tuple[list, str]:
    """The addressees of a frame whose own clause names none (``of``), and the evidence they come from.

    One order of evidence, the nearest stated first; the first that names an actor wins, none leaves
    ``of`` empty (an addressee guessed wrong costs as much as none). Before this, ``resolve`` took the
    frame's own clause ("od X", "do X", "wobec X", "wezwał X do"; "clause"), the document carrying the
    demand in its sentence ("W petycji do X domagają się"; "carrier") and, with the demander, the list
    the frame continues ("list").
    0. "dative": a recipient in the dative in the lead-in before the first item ("Klub postawił
       prezydentowi dwa warunki: …" → the president named);
    1. "both": "obie strony" in the lead → the parties of the dispute (the demander before, whom it
       demanded of);
    2. "vocative": the person addressed at the start of the quote holding the demand ("Pani minister, …");
    3. "subject": the subject of the demanded clause ("Oczekujemy, że Pekin zwolni …");
    4. "list": the same demander's addressee in the frame just before (its list goes on);
    5. "agreement": the parties of the agreement in question in this or the two sentences before
       ("umowy z USA i NATO"), when the demander is the one bound by it;
    5a. "site": the named body in front of which the lead-in protests ("pikietowali przed X, domagając
       się …");
    6. "petition": the addressee of a petition or letter sent in this or the three sentences before;
    7. "answer": the named party that answers the demands in this or the next two sentences ("Sąd
       oddalił wszystkie wnioski");
    8. "announced": the addressee an announcement of this demander's demands names anywhere in the
       article ("stawia Polsce warunki");
    9. "document": the addressee of a petition or letter the demander itself sends in this paragraph,
       the one before or the next ("Pismo z postulatami komitet skierował do X oraz do Y"), unless the
       lead-in names an addressee that is no actor ("od spółki");
    10. "meeting": the named party met in the lead-in or, same subject, the sentence before ("Podczas
       spotkania z ministrem X rolnicy domagali się …").
    11. "dispute": the one named organisation the text set before on the other side of a dispute or of
       talks from a demanding group or side ("Spór między związkowcami a spółką X … Pracownicy chcą …").
    12. "court": a motion in proceedings with no addressee of its own, its lead-in naming a party to them
       ("Prokuratura wnioskowała o areszt", "obrońca wniósł o uniewinnienie"; data/demand_motion_verbs.txt,
       data/demand_court_parties.txt) is made to the court, the one the text names (two or more are not
       told apart: none).
    A party merely mentioned near the demand is no evidence: with none of these, ``of`` stays empty.
    """
    toks = doc.toks
    s = toks[f.trig].sent
    by = f.by.actor if f.by is not None else None

    def dative() -> list:
        if not f.items or toks[f.items[0][0]].sent != s:
            return []
        return [x for x in P.datives(doc.sent_range(s)[0], f.items[0][0]) if x != by]

    def both() -> list:
        if not f.items or not P.both_sides(doc.sent_range(s)[0], f.items[0][0]):
            return []
        other = next((g for g in reversed(done) if g.by is not None and g.by.actor is not None
                      and (f.by is None or g.by.name != f.by.name)), None)
        return P.dispute_parties(f.trig, by, other.by.actor, other.of) if other is not None else []

    def vocative() -> list:
        voc = P.vocative_before(at) if quoted else None
        return [voc] if voc is not None else []

    def subject() -> list:
        if f.items and f.clause and _infinitive_clause(toks, *f.items[0]):
            return []  # "by Kowala nie uznawać za prezesa": an act asked with no subject names no addressee
        got = P.clause_subject(*f.items[0], heads=True) if f.items and f.clause else None
        got = got or (_passive_agent(doc, P, *f.items[0]) if f.items and f.clause else None)
        got = got or (_gerund_agent(doc, P, *f.items[0]) if f.items and not f.clause else None)
        got = got or (_lead_clause_subject(doc, P, f) if f.items else None)
        got = got or (_premise_subject(doc, P, f.items[0][0]) if f.items else None)
        # "Oczekujemy, że Pekin zwolni …" (not "związek chce …": the demander)
        return [got] if got is not None and (f.by is None or got.name != f.by.name) else []

    def same_list() -> list:
        same = f.by is not None and prev is not None and prev.by is not None and f.by.name == prev.by.name
        if (f.inherit or same) and near and prev.of and (f.by is None or prev.by is None or same):
            return list(prev.of)  # another speaker's list is not addressed alike
        return []

    def agreement() -> list:
        if not f.items:
            return []
        parties, sent = P.counterparties(f.trig, f.items)
        if parties and f.by is not None and (sent == s or P.sentence_subject(sent) == f.by):
            f.of_sent = sent
            return parties
        return []

    def answer() -> list:
        return P.answering_party(f.items[-1][1] - 1, by) if f.items else []

    def announced() -> list:
        return P.announced_to(by) if f.items and by is not None else []

    def site() -> list:
        return _protest_site(doc, P, f, s, by)

    def petition() -> list:
        return P.context_addressee(f.trig)

    def meeting() -> list:
        return _meeting(doc, P, f, s, by)

    def dispute() -> list:
        if f.by is None:
            return []
        got = P.dispute_counterparty(f.trig, by, f.by.group)
        if any(x not in got for x in asked.get(f.by.name, {}).values()):
            return []  # the demander addressed another party before ("domaga się od Rady Ministrów …"): not told apart
        return got

    def court() -> list:
        if toks[f.trig].lemma not in lex("demand_motion_verbs.txt") | {"wniosek"} or not f.items:
            return []
        parties = lex("demand_court_parties.txt")
        a0 = doc.sent_range(s)[0]
        if not any(toks[j].lower in parties or toks[j].lemma.lower() in parties for j in range(a0, f.items[0][0])):
            return []  # ("Rada Osiedla wnioskowała o remont": no party to proceedings moves it)
        return [x for x in P.courts() if x != by]

    def document() -> list:
        if not f.items or by is None or any(toks[j].lower in ("od", "ode", "wobec") for j in range(f.trig, f.items[0][0])):
            return []  # "domagają się od spółki …": the lead-in names an addressee, though no actor
        return P.senders_document(f.trig, by)

    if _unnamed_addressee(doc, P, f, s):
        return [], ""  # "Od miasta fani oczekują …": the lead-in addresses a party the text does not name
    if f.items and toks[f.items[0][0]].sent == s and f.items[0][0] - f.trig > 2 \
            and any(toks[j].lower == "do" for j in range(f.trig + 1, f.items[0][0] - 2)):
        # "zwrócili się też do krajowego biura X o …": the verb's own "do X" before the thing demanded
        got = [x for x in P.addressees(f.trig + 1, f.items[0][0] - 1) if x != by]
        if got:
            return got, "clause"
    for name, step in (("dative", dative), ("both", both), ("vocative", vocative), ("subject", subject), ("list", same_list),
                       ("agreement", agreement), ("site", site), ("petition", petition), ("answer", answer),
                       ("announced", announced), ("document", document), ("meeting", meeting),
                       ("dispute", dispute), ("court", court)):
        got = step()
        if got:
            return got, name
    return [], ""


class Dates:
    """Day-exact timexes sorted by start, looked up by bisection (not a scan of the whole timeline
    per demand)."""

    def __init__(self, timeline: Sequence[Timex]) -> None:
        days = sorted((tx for tx in timeline if tx.granularity == "day"), key=lambda tx: tx.start)
        self.starts = [tx.start for tx in days]
        self.days = days

    def when(self, lead: tuple[int, int], inside: Sequence[tuple[int, int]] = (), spoken=None) -> Optional[str]:
        """The day the demand was made: a day-exact timex in its lead sentence(s), not one inside what is
        demanded ("podwyżki … od 1 kwietnia" is the rise's date, not the demand's) nor in quoted speech
        (the day a speaker names is not the day the reporter says it was said)."""
        i = bisect.bisect_left(self.starts, lead[0])
        while i < len(self.days) and self.starts[i] < lead[1]:
            tx = self.days[i]
            if not any(a <= tx.start < b for a, b in inside) and not (spoken is not None and spoken(tx.start)):
                return tx.value
            i += 1
        return None
