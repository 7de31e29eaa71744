"""The parties a demand's own clause or phrase names (``by``/``of`` evidence read off the words around the
demand, not the context): the owner of a demand noun in the genitive ("apel prezydenta X"), the subject
of a demanded clause the lead-in opens ("aby zarząd X:"), a premise's subject ("jeśli X …, niech …"),
the agent of a passive clause or of a gerund ("przez Sejm"), the addressee before a demand noun
("wysunął wobec X żądanie"), the receiver and sender around a verb of receiving ("X otrzymała od Y
pismo z żądaniem"). Split out of ``demand_resolve`` (which keeps the order of evidence) when that module
passed 600 lines; the functions moved unchanged.
"""
from __future__ import annotations

from .demand_lists import Frame as _Frame
from .demand_addressees import _cases
from .demand_parties import Parties, _party, lex
from .quotes import COMPLEMENTIZERS, _Doc


def _before_noun(doc: _Doc, P: Parties, k: int) -> list:
    """The addressees a demand noun's own clause names before it ("Związek wysunął wobec X żądanie …",
    "skierowali do X postulat …", "Do X trafiło pismo z żądaniem …"): "wobec"/"do"/"od"/"na ręce" and a
    named party between the clause's start (a comma, a complementizer, a colon) and the noun. Not "przez"
    (the author of "przedstawione przez X żądania"), nor a party the noun's phrase itself complements."""
    toks = doc.toks
    a = doc.sent_range(toks[k].sent)[0]
    start = next((j + 1 for j in range(k - 1, a - 1, -1) if toks[j].text in ",;:" or toks[j].lower in COMPLEMENTIZERS
                  or toks[j].text in "–—"), a)
    out: list = []
    for j in range(start, k - 1):
        low = toks[j].lower
        if low in ("od", "ode", "do", "wobec", "przeciwko") or low == "ręce" and j > start and toks[j - 1].lower == "na":
            out += [x for x in P._coordinated(j + 1, k) if x not in out]
    return out


def _received(doc: _Doc, P: Parties, f: _Frame):
    """(demander, addressees) of a demand noun that is the object of a verb of receiving before it in its
    clause (data/demand_receive_verbs.txt: otrzymać, dostać, odebrać, usłyszeć, przyjąć, with their aspect
    partners): "Huta X otrzymała od Związku Y pismo z żądaniem …", "Wojewoda przyjął od rolników petycję z
    postulatami …". The receiver, the verb's subject, is the addressee; the sender after "od" the demander
    (None when the text names none there). None when no such verb governs the noun."""
    toks = doc.toks
    k = f.trig
    a = doc.sent_range(toks[k].sent)[0]
    if toks[k].pos in ("fin", "praet") and k - a >= 4:
        # "Protestujący otrzymali od X pismo, w którym wzywa (on) do …": a demanding verb in a relative clause
        # of the document received speaks for its sender, as the noun "pismo z żądaniem" does
        w = next((j for j in range(k - 1, max(a, k - 4) - 1, -1) if toks[j].lemma == "który"), None)
        if w is None or toks[w - 1].lower not in ("w", "we") or toks[w - 2].text != "," \
                or not toks[w - 3].lemmas() & P.carriers \
                or any(toks[j].pos not in ("ppron3", "adv", "qub") for j in range(w + 1, k)):
            return None
        got = _received_at(doc, P, w - 3, a)
        return (got[0], got[1]) if got is not None and got[0] is not None and got[0].actor is not None else None
    if toks[k].pos not in ("subst", "ger"):
        return None
    got = _received_at(doc, P, k, a)
    return None if got is None or got[2] is None else (got[0], [got[2]])


def _received_at(doc: _Doc, P: Parties, k: int, a: int):
    """(sender, [receiver] or [], receiver actor) for the noun at ``k`` received with a verb before it."""
    toks = doc.toks
    v = next((j for j in range(k - 1, max(a, k - 10) - 1, -1)
              if toks[j].pos in ("fin", "praet", "inf", "ppas", "pcon") or toks[j].text in ",;:"
              or toks[j].lower in COMPLEMENTIZERS), None)
    if v is None or toks[v].lemma not in lex("demand_receive_verbs.txt") or toks[v].pos not in ("fin", "praet"):
        return None
    sender = None
    for j in range(v + 1, k):
        if toks[j].lower in ("od", "ode"):
            got = P.actor_at(j + 1, k)
            sender = _party(got[0]) if got is not None else P.party_at(j + 1)
            break
    receiver = P.subject(v)
    if receiver is None or (sender is not None and sender.name == receiver.name):
        return None
    return sender, [receiver.actor] if receiver.actor is not None else [], receiver.actor


def _owner(doc: _Doc, trig: int):
    """The named person or body in the genitive right after a demand noun (``apel prezydenta Francji
    Pierre'a Laurenta o …``, ``żądanie Komisji Europejskiej``): whose demand it is, the demander. Only
    genitive words (a role, its complement, the name) may stand between; a preposition ends the search."""
    toks = doc.toks
    end = doc.sent_range(toks[trig].sent)[1]
    k = trig + 1
    while k < min(trig + 8, end):
        t = toks[k]
        m = doc.mention.get(k)
        if m is not None and m[1] == k:
            surface = doc.text.text[toks[m[1]].idx:toks[m[2]].end]
            gen = any(r.has("gen") for j in range(m[1], m[2] + 1) for r in toks[j].readings if r.pos != "ign") \
                or (m[0].type == "person" and surface != m[0].name)  # an inflected name the dictionary lacks
            if m[0].type in ("person", "organization") and gen:
                later = doc.mention.get(m[2] + 1)  # "prezydenta Francji Pierre'a Laurenta": the person after
                if m[0].type != "person" and later is not None and later[0].type == "person" and later[1] == m[2] + 1:
                    return later[0]
                return m[0]
            k = m[2] + 1
            continue
        if not t.is_word or t.pos == "prep" or not any(r.has("gen") for r in t.readings if r.pos in ("subst", "adj")):
            return None
        k += 1
    return None


def _lead_clause_subject(doc: _Doc, P: Parties, f: _Frame):
    """The subject of a demanded clause the lead-in opens and its items complete: a complementizer
    (data/demand_lead_complementizers.txt), a named party and a colon, with no verb between, before items
    that are its predicates ("Związek żąda, aby zarząd spółki X: – wycofał …, – przywrócił …" → X)."""
    toks = doc.toks
    s = toks[f.trig].sent
    a, b = doc.sent_range(s)
    end = min(b, f.items[0][0])
    colon = next((k for k in range(end - 1, f.trig, -1) if toks[k].text == ":"), None)
    if colon is None or any(toks[k].text == ":" for k in range(colon + 1, end)):
        return None
    comp = next((k for k in range(colon - 1, f.trig, -1) if toks[k].lower in lex("demand_lead_complementizers.txt")
                 or toks[k].pos in ("fin", "praet", "inf", "impt", "bedzie") or toks[k].text in ",;"), None)
    if comp is None or toks[comp].lower not in lex("demand_lead_complementizers.txt") or comp + 1 >= colon:
        return None
    return P.clause_subject(comp + 1, colon, heads=True)


def _passive_agent(doc: _Doc, P: Parties, a: int, b: int):
    """The agent of a passive demanded clause, the party asked to act ("by ustawa została przyjęta przez
    Sejm", "aby wniosek był rozpatrzony przez radę nadzorczą" → the body named): "przez" and a named party
    after a passive participle of the clause's first predicate (a form of "zostać" or "być" before it), no
    other verb or clause boundary between. None when the clause is active or names no agent."""
    toks = doc.toks
    aux = next((j for j in range(a, b) if toks[j].pos in ("fin", "praet", "bedzie", "inf", "ger", "impt")
                or toks[j].lower in COMPLEMENTIZERS or toks[j].text in ",;:"), None)
    if aux is None or toks[aux].lemma not in ("zostać", "być"):
        return None
    j = aux + 1
    while j < b and (toks[j].pos in ("adv", "qub", "conj", "ppas") or toks[j].lower in ("i", "oraz")):
        j += 1  # "została najpierw zaakceptowana i ratyfikowana"
    if not any(toks[x].pos == "ppas" for x in range(aux + 1, j)):
        return None
    while j < b and toks[j].lower != "przez" and not (toks[j].pos in ("fin", "praet", "inf") or toks[j].text in ",;:"
                                                     or toks[j].lower in COMPLEMENTIZERS):
        j += 1
    if j + 1 >= b or toks[j].lower != "przez":
        return None
    got = P.actor_at(j + 1, b)
    return got[0] if got is not None and got[0].type in ("person", "organization", "place") else None


def _gerund_agent(doc: _Doc, P: Parties, a: int, b: int):
    """The agent of a demanded action named by a gerund, the party asked to act ("rozpatrzenia projektu
    przez Sejm", "wypłaty premii przez spółkę X" → the one named): "przez" and a named person or
    organisation after the gerund opening the item (an adjective may precede it), no verb or clause
    boundary between. A place after "przez" is a route ("tranzytu przez Polskę"), no agent."""
    toks = doc.toks
    g = next((j for j in range(a, min(b, a + 3)) if toks[j].pos != "adj"), None)
    if g is None or toks[g].pos != "ger":
        return None
    j = g + 1
    while j < b and toks[j].lower != "przez" and not (toks[j].pos in ("fin", "praet", "inf", "ger", "ppas")
                                                     or toks[j].text in ",;:" or toks[j].lower in COMPLEMENTIZERS):
        j += 1
    if j + 1 >= b or toks[j].lower != "przez":
        return None
    got = P.actor_at(j + 1, b)
    return got[0] if got is not None and got[0].type in ("person", "organization") else None


def reflexive_agent(doc: _Doc, P: Parties, a: int, b: int):
    """The subject of a reflexive gerund opening an item [a, b) (an adjective may precede it), the party
    the item asks to act: a reflexive verb is intransitive, so the named genitive right after "się" is
    its subject ("wycofania się Unii Europejskiej z …", "zaangażowania się burmistrza X w …"; a country
    acts too). The item's own words: it speaks for that item alone, not for the others of its list.
    None without "się" or a named actor right after it ("wycofania się z umowy z X": X is no agent)."""
    toks = doc.toks
    g = next((j for j in range(a, min(b, a + 3)) if toks[j].pos != "adj"), None)
    if g is None or g + 2 >= b or toks[g + 1].lower != "się" or not any(r.pos == "ger" for r in toks[g].readings) \
            or "gen" not in _cases(toks[g + 2]):
        return None
    got = P.actor_at(g + 2, b)
    return got[0] if got is not None and got[0].type in ("person", "organization", "place") else None


def _premise_subject(doc: _Doc, P: Parties, k: int):
    """A jussive item with no subject of its own after a premise clause of its sentence ("A jeśli X mówi,
    że …, niech udowodni to czynami"): the premise's subject is asked (data/demand_premise_words.txt)."""
    toks = doc.toks
    if toks[k].lower != "niech" or k + 1 >= len(toks) or toks[k + 1].pos not in ("fin", "bedzie"):
        return None
    a = doc.sent_range(toks[k].sent)[0]
    if k == a or toks[k - 1].text != ",":
        return None
    words = lex("demand_premise_words.txt")
    premise = next((j for j in range(a, min(a + 3, k)) if toks[j].lower in words), None)
    return P.clause_subject(premise + 1, k, heads=True) if premise is not None else None
