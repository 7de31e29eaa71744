"""Tests on the clauses of a one-off condition (``conditions``): whether it speaks of the past, what its
main clause says (an experience, an inference, a rule, a validity, an opinion, a bare property), and the
conditions a span lists ("jeśli A, B i C": one each)."""
from __future__ import annotations

from .demand_parties import lex
from .quotes import _Doc

VERBS = ("fin", "praet", "bedzie", "inf", "impt", "pred", "winien")


def _past(doc: _Doc, k: int, a: int, forward: bool = False, b: int = 0, report: bool = True) -> bool:
    """The nearest verb before ``k`` (or after, with ``forward``) is a plain past form. A verb of reporting
    is passed over (its tense is the report's) unless ``report`` is False: inside the condition itself
    ("Jeżeli zarząd uznał, że …") it is what the condition states, and its past is the condition's."""
    toks = doc.toks
    rng = range(k, b) if forward else range(k - 1, a - 1, -1)
    for j in rng:
        t = toks[j]
        verbal = {r.pos for r in t.readings} & set(VERBS)
        if verbal and report and t.lemmas() & _reporting():
            continue  # "Rolnicy zapowiedzieli blokadę, jeśli …": the report is past, the condition is not
        if verbal:  # any verbal reading: the tagger may have chosen "ma" as an adjective
            if verbal != {"praet"}:
                return False
            nxt = toks[j + 1].lower if j + 1 < len(toks) else ""
            return not (t.lower.endswith(("by", "bym", "byśmy", "byście")) or nxt.startswith("by"))
        if t.text in ".;" or t.lower in ("że", "iż"):
            return False
    return False


def _threat_words() -> frozenset[str]:
    """Verbs of threatening or announcing and words of a strike (data/condition_context.txt): a sentence
    with one sets a condition with "w przypadku X"."""
    return lex("condition_context.txt")


def _reporting() -> frozenset[str]:
    """Verbs that report speech or an announcement (their tense is the report's, not the condition's)."""
    return lex("speech_verbs.txt") | lex("condition_context.txt")


def _experiencer_words() -> dict[str, str]:
    return dict(line.split() for line in lex("condition_experiencer.txt"))


def _experienced(doc: _Doc, a: int, b: int) -> bool:
    """The main clause [a, b) of a "jeśli …" condition only says what will happen to the speaker
    (data/condition_experiencer.txt): a verb of remaining or of existing with no participle or infinitive
    after it in its clause ("zostaniemy bez wody", "istnieje ryzyko, że …"), or
    the speaker as a non-nominative pronoun or a possessive with no first-person verb."""
    toks = doc.toks
    words = _experiencer_words()
    verbs = [j for j in range(a, b) if toks[j].pos in VERBS]
    if verbs:  # (a participle or infinitive of its own clause, up to a comma: "zostanie przyjęty")
        stop = next((j for j in range(verbs[0] + 1, b) if toks[j].text in ",;:–—"), b)
        if words.get(toks[verbs[0]].lemma) == "state" and not any(
                r.pos in ("ppas", "inf", "praet") for j in range(verbs[0] + 1, stop) for r in toks[j].readings):
            return True
    if any(toks[j].pos in VERBS and toks[j].reading is not None and toks[j].reading.has("pri") for j in range(a, b)):
        return False
    return any(words.get(toks[j].lemma) == "speaker" and (toks[j].pos != "ppron12" or not toks[j].reading.has("nom"))
               for j in range(a, b))


def _inference(doc: _Doc, a: int, b: int) -> bool:
    """The main clause [a, b) only draws a conclusion: "(to) znaczy/oznacza, że …", "to dowód, że …"."""
    toks = doc.toks
    while a < b and (toks[a].is_punct or toks[a].lower == "to"):
        a += 1
    return a + 1 < b and toks[a].lemma in ("znaczyć", "oznaczać", "dowodzić", "świadczyć") \
        and any(toks[x].lower in ("że", "iż", "o") for x in range(a + 1, min(b, a + 3)))


def _validity(doc: _Doc, a: int, b: int) -> bool:
    """A form of "być" followed by an adjective of formal validity (data/condition_validity_adjectives.txt)
    in [a, b): "będzie ważne", "będzie poprawny"."""
    toks = doc.toks
    adjs = lex("condition_validity_adjectives.txt")
    return any(toks[j].lemma == "być" and any(toks[x].lemmas() & adjs for x in range(j + 1, min(b, j + 3)))
               for j in range(a, b))


def _rule(doc: _Doc, a: int, b: int) -> bool:
    """[a, b) is built on an impersonal predicate of obligation or permission (data/condition_rule_words.txt:
    "należy zwolnić", "trzeba zwolnić"), not a future one ("trzeba będzie") nor in a first-person sentence."""
    toks, words = doc.toks, lex("condition_rule_words.txt")
    if a >= b:
        return False
    s = toks[a].sent
    lo, hi = doc.sent_range(s)
    if any(t.reading is not None and ":pri" in t.reading.tag and t.pos in ("fin", "bedzie", "praet") for t in toks[lo:hi]):
        return False  # "Jeżeli nie dostaniemy odpowiedzi, trzeba będzie …": the speakers' own step
    return any(toks[j].lower in words and not (j + 1 < b and toks[j + 1].lemma == "być") for j in range(a, b))


def _opinion(doc: _Doc, a: int, b: int) -> bool:
    """The first verb of [a, b) is a present-tense verb of opinion or statement followed by ", że/iż"
    (data/condition_opinion_verbs.txt): "jeśli ludzie uważają, że …" is an argument's premise."""
    toks, words = doc.toks, lex("condition_opinion_verbs.txt")
    j = next((x for x in range(a, b) if toks[x].pos in VERBS), None)
    if j is None or toks[j].lemma not in words or toks[j].pos != "fin":
        return False
    tag = toks[j].reading.tag if toks[j].reading else ""
    return ":imperf" in tag and any(toks[x].lower in ("że", "iż") for x in range(j + 1, min(b, j + 3)))


def _bare_property(doc: _Doc, a: int, b: int) -> bool:
    """[a, b) is only "być" with adjectives or passive participles, adverbs and conjunctions between
    ("jeżeli są konieczne i rzeczowo uzasadnione"): a property of what the sentence speaks of, with no
    party and no act to wait for."""
    toks = doc.toks
    cop = adj = False
    for j in range(a, b):
        t = toks[j]
        if t.is_punct or t.pos in ("conj", "adv", "qub", "part", "comp") or t.lower in ("i", "a", "lub", "albo", "ani"):
            continue
        if t.lemma == "być" and t.pos in ("fin", "bedzie", "praet"):
            cop = True
        elif t.pos in ("adj", "ppas"):
            adj = True
        else:
            return False
    return cop and adj


def _threatening(doc: _Doc, s: int) -> bool:
    """Sentence ``s`` holds a verb of warning, threatening or announcing (data/condition_context.txt); looked up
    once per sentence (a line of many "jeśli" was quadratic, 22a4316)."""
    cache = doc.__dict__.setdefault("_threatening", {})
    got = cache.get(s)
    if got is None:
        lo, hi = doc.sent_range(s)
        got = cache[s] = any(doc.toks[y].lemmas() & _threat_words() for y in range(lo, hi))
    return got


def _state(doc: _Doc, a: int, b: int) -> bool:
    """The main clause [a, b) of a "jeśli …" condition states a state, not an act the speaker announces
    (GUIDELINES: "not a state (czekamy, jesteśmy gotowi)"): its first verb is "być" with an adjective or a
    passive participle as its predicate ("to załoga jest zdeterminowana", "koszty będą wyższe", "jesteśmy
    gotowi"; not "będziemy protestować", "będzie strajk"), or a verb of waiting (data/condition_state_verbs.txt:
    "to poczekamy"). A verb of warning or announcing in the sentence (data/condition_context.txt) or a word of
    protest as the copula's subject keeps a copula's clause a condition set."""
    toks = doc.toks
    j = next((x for x in range(a, b) if toks[x].pos in VERBS and toks[x].lower != "to" or toks[x].text in "–—"), None)
    if j is None or toks[j].text in "–—":
        return False
    if toks[j].lemma in lex("condition_state_verbs.txt"):
        state = True
    elif toks[j].lemma == "być" and toks[j].pos in ("fin", "bedzie"):
        x = j + 1
        while x < b and (toks[x].pos in ("adv", "qub") or toks[x].lower in ("już", "jeszcze", "wtedy", "naprawdę")):
            x += 1
        state = x < b and any(r.pos in ("adj", "ppas") for r in toks[x].readings) and toks[x].pos not in VERBS \
            and not (x + 1 < b and toks[x + 1].pos in ("subst", "ger", "inf"))  # ("gotowi" also reads as a noun)
        protest = lex("demand_protest_words.txt") | {"strajk", "blokada"}
        state = state and not _threatening(doc, toks[a].sent) and not any(toks[y].lemmas() & protest for y in range(a, j))
        # ("Związkowcy ostrzegają: jeśli …, protest będzie nieunikniony", "Rada zastrzegła, że podwyżki są możliwe,
        # jeśli …": a warning sets the condition; "od lipca strajk będzie bezterminowy": a protest announced)
    else:
        return False
    return state


def _premise(doc: _Doc, a: int, b: int) -> bool:
    """[a, b) opens with "to jest/będzie" and has no other verb before a comma ("Jeśli to jest jedyna
    konfiguracja, w której …"): a premise about the situation, no act to wait for."""
    toks = doc.toks
    if not (a + 1 < b and toks[a].lower == "to" and toks[a + 1].lemma == "być"):
        return False
    end = next((j for j in range(a + 2, b) if toks[j].text == ","), b)
    return not any(toks[j].pos in VERBS for j in range(a + 2, end))


def _possibility(doc: _Doc, a: int, b: int) -> bool:
    """The main clause [a, b) of a "jeśli …" condition only says what may then happen: a word of possibility
    (data/condition_possibility_words.txt: "będzie możliwa", "mogłoby dojść", "będzie mógł") with no
    first-person verb in it, and no verb of warning, threatening or announcing (data/condition_context.txt)
    in the sentence ("Związkowcy ostrzegają: jeśli …, możliwy jest strajk" is a threat, a condition set)."""
    toks, words = doc.toks, lex("condition_possibility_words.txt")
    if a >= b or not any(toks[j].lemma in words for j in range(a, b)):
        return False
    if any(toks[j].pos in VERBS and toks[j].reading is not None and toks[j].reading.has("pri") for j in range(a, b)):
        return False
    lo, hi = doc.sent_range(toks[a].sent)
    return not any(toks[j].lemmas() & _threat_words() for j in range(lo, hi))


def _general(doc: _Doc, a: int, b: int) -> bool:
    """[a, b) has an indefinite pronoun or determiner as its subject (data/condition_indefinite_subjects.txt)
    with no "z X" after it naming whose member, and its first verb is an imperfective present ("jeśli ktoś
    chce …", "jeśli jakaś decyzja narusza …"): a general hypothesis, which asks no party for an act."""
    toks, words = doc.toks, lex("condition_indefinite_subjects.txt")
    j = a
    while j < b and (toks[j].pos in ("adv", "qub", "conj") or toks[j].is_punct):
        j += 1
    if j >= b or not (toks[j].lower in words or toks[j].lemma in words and toks[j].pos == "adj"):
        return False
    if j + 1 < b and toks[j + 1].lower in ("z", "ze"):
        return False  # "ktoś z rządu", "którykolwiek z marszałków": a party's member
    v = next((x for x in range(j + 1, b) if toks[x].pos in VERBS), None)
    return v is not None and toks[v].pos == "fin" and toks[v].reading is not None \
        and ":imperf" in toks[v].reading.tag and any(toks[x].reading is not None and toks[x].reading.has("nom")
                                                      for x in range(j, v))


def _verb_in(doc: _Doc, a: int, b: int) -> bool:
    return any(doc.toks[j].pos in VERBS for j in range(a, b))


def _trim(doc: _Doc, a: int, b: int) -> tuple[int, int]:
    toks = doc.toks
    while a < b and toks[a].is_punct and toks[a].text not in "„\"":
        a += 1
    while b > a and toks[b - 1].is_punct and toks[b - 1].text not in "”)»\"":
        b -= 1
    if b > a and toks[b - 1].text in "”»\"" and not any(toks[j].text in "„«\"" for j in range(a, b - 1)):
        b -= 1
    if b > a and toks[a].text in "„«\"" and not any(toks[j].text in "”»\"" for j in range(a + 1, b)):
        a += 1
    return a, b


FINITE = ("fin", "praet", "bedzie")
NOT_A_CONDITION_CLAUSE = ("że", "iż", "by", "aby", "żeby", "co", "gdzie", "kiedy", "gdy", "jak", "czyli", "ale", "a", "lecz",
                          "bo", "ponieważ", "gdyż", "to", "gdyby", "ile", "kto", "czy")


def _clauses(doc: _Doc, a: int, b: int) -> list[tuple[int, int]]:
    """A condition span cut into the conditions it lists: after "(trzy) warunki:" the list after the colon,
    and clauses with finite verbs of their own joined by commas and a final "i"/"oraz" ("jeśli umowa
    zostanie podpisana, pracownicy wrócą do biur i w umowie zostanie opisana kwestia premii": three
    conditions; a comma with no final conjunction after it may close the condition before the main clause
    and cuts nothing). A piece after "i" must not open with its verb ("jeśli przyjedzie i podpisze": one
    condition of one subject); a comma before a complementiser or a relative word joins no condition."""
    toks = doc.toks
    colon = next((j for j in range(a, min(b, a + 8)) if toks[j].text == ":"), None)
    if colon is not None and any("warunek" in toks[j].lemmas() for j in range(a, colon)) \
            and colon + 1 < b:
        a = colon + 1
    cuts, depth = [], 0
    for j in range(a, b):
        t = toks[j]
        if t.text in "(„«":
            depth += 1
        elif t.text in ")”»" and depth:
            depth -= 1
        elif depth == 0 and (t.text == "," or t.lower in ("i", "oraz")) and j + 1 < b:
            nxt = toks[j + 1]
            if t.text == "," and (nxt.lower in NOT_A_CONDITION_CLAUSE or nxt.lemma == "który" or nxt.lower in ("i", "oraz")):
                continue
            if t.lower in ("i", "oraz") and nxt.pos in FINITE:
                continue
            cuts.append(j)
    if not cuts or toks[cuts[-1]].text == "," or any(toks[j].text != "," for j in cuts[:-1]):
        return [(a, b)]  # a list ends with its conjunction; a lone comma may close the condition before its main clause
    pieces, start = [], a
    for j in cuts:
        pieces.append((start, j))
        start = j + 1
    pieces.append((start, b))
    pieces = _merge_verbless(doc, pieces)
    if len(pieces) < 2 or not all(any(toks[x].pos in FINITE for x in range(p, q)) for p, q in pieces):
        return [(a, b)]
    return [_trim(doc, p, q) for p, q in pieces]


def _merge_verbless(doc: _Doc, pieces: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Pieces without a finite verb join the piece before ("punkt dotyczący premii, dodatków i nagród")."""
    toks = doc.toks
    out: list[tuple[int, int]] = []
    for p, q in pieces:
        if out and not any(toks[x].pos in FINITE for x in range(p, q)):
            out[-1] = (out[-1][0], q)
        else:
            out.append((p, q))
    return out
