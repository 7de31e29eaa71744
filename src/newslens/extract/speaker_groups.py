"""A group speaker named as the participants of an action ("uczestnicy protestu", "uczestnicy marszu",
"Jego uczestnicy" after the march): GUIDELINES (Group speakers) give their words to the one named
organisation that leads them, the organiser of the action ("Marsz zorganizowany przez stowarzyszenie X")
or, failing one, the organisation whose members the text says took part ("Rolnicy zrzeszeni w X
protestowali"); with none or two named the group speaks as named."""
from __future__ import annotations

from typing import Optional

from ..clauses import sentence_clauses
from ..lexicon import lexicon_set
from ..model import Actor
from ..nlp import readings
from .groups import protest_organiser
from .quote_doc import _Doc

PARTICIPANTS = frozenset({"uczestnik", "uczestniczka"})
POSSESSIVES = frozenset({"jego", "ich", "jej"})
REACH = 3  # sentences before the quote's verb where the action and its doers are looked for


def _lemmas(word: str) -> set[str]:
    return {word.lower()} | {r.lemma.lower() for r in readings(word)}


def participants_body(doc: _Doc, subj: Optional[Actor], v: int) -> Optional[Actor]:
    """``subj`` unless it is a group of an action's participants (its first word "uczestnicy" and either a
    protest action's noun after it, data/group_protest_actions.txt, or a possessive before it pointing at
    an action named in the sentences before); then the action's one organiser, else the one organisation
    that is the subject of a protest verb (data/group_protest_participants.txt) in the sentences before,
    else ``subj``."""
    if subj is None or subj.type != "group":
        return subj
    words = subj.name.split()
    if not _lemmas(words[0]) & PARTICIPANTS or len(words) > 2:
        return subj
    actions = lexicon_set("group_protest_actions.txt")
    toks, s = doc.toks, doc.sent_of(v)
    first = max(0, s - REACH)
    if len(words) == 2:
        if not _lemmas(words[1]) & actions:
            return subj
    else:
        a, b = doc.sent_range(s)
        at = next((m[1] for k in range(a, b) for m in [doc.mention.get(k)] if m is not None and m[0] is subj), None)
        if at is None or at == 0 or toks[at - 1].lower not in POSSESSIVES \
                or not any(toks[k].lemma.lower() in actions for k in range(doc.sent_range(first)[0], at - 1)):
            return subj  # ("Jego uczestnicy" after "Marsz … przeszedł ulicami": the march's participants)
    organiser = protest_organiser(doc)
    if organiser is not None:
        return organiser
    verbs, found = lexicon_set("group_protest_participants.txt"), {}
    for t in range(first, s + 1):
        for c in sentence_clauses(doc.text, t):
            if c.predicate is None or c.subject is None or c.predicate.tok >= v or c.dependent \
                    or c.predicate.lemma.lower() not in verbs:
                continue
            m = doc.mention.get(c.subject.head)
            if m is not None and m[0].type == "organization":
                found[m[0].name] = m[0]  # "Rolnicy zrzeszeni w X protestowali": the group X leads
    return next(iter(found.values())) if len(found) == 1 else subj


TOGETHER = frozenset({"wspólnie", "razem", "zgodnie", "jednogłośnie", "też", "także", "również", "już"})


def joint_speakers(doc: _Doc, f) -> Optional[str]:
    """Several named persons coordinated as the subject right before the plural speech verb of quote ``f``
    ("Marszałek Sejmu X i marszałek Senatu Y zapewnili, że …"), ``f``'s speaker among them: their names
    comma-separated in the text's order (GUIDELINES, decided 2026-11-27: one quote whose speaker lists
    them); None otherwise. Only the output's name changes: the quote's speaker stays the one actor found,
    for the agreement and continuation checks of later quotes."""
    from .quote_doc import in_oblique, mention_nominative
    v = f.verb_tok
    if v is None or f.speaker is None or f.speaker.type != "person":
        return None
    toks = doc.toks
    t = toks[v]
    if t.reading is None or t.reading.pos not in ("fin", "praet") or ":pl" not in t.reading.tag:
        return None
    a = doc.sent_range(t.sent)[0]
    persons, k = [], a
    while k < v:
        m = doc.mention.get(k)
        if m is not None and m[1] == k and m[0].type == "person":
            if not mention_nominative(doc, m) or in_oblique(doc, m):
                return None
            if persons and persons[-1][0] is m[0]:  # the role's mention, then the name: "Marszałek Sejmu X"
                persons[-1] = (m[0], persons[-1][1], m[2])
            else:
                persons.append(m)
            k = m[2] + 1
            continue
        k += 1
    if len(persons) < 2 or f.speaker not in [m[0] for m in persons] or len({m[0].name for m in persons}) < len(persons):
        return None
    end = persons[-1][2] + 1  # only adverbs of doing it together between the last name and the verb
    if any(x.lower not in TOGETHER for x in toks[end:v]):
        return None
    for left, right in zip(persons, persons[1:]):
        between = range(left[2] + 1, right[1])
        joins = [j for j in between if toks[j].lower in ("i", "oraz") or toks[j].text == ","]
        if not joins or any(j not in joins and not (
                (toks[j].is_word and toks[j].text[:1].islower() and toks[j].pos in ("subst", "adj"))
                or (j in doc.mention and doc.mention[j][0].type != "person")) for j in between):
            return None  # (role words between: "i marszałek Senatu Y"; a clause or a verb between: no subject of two)
    if any(r.pos in ("fin", "praet") for x in toks[a:persons[0][1]] for r in x.readings[:1]):
        return None  # a clause before the first name: they are no subject of this verb alone
    return ", ".join(m[0].name for m in persons)


LEARNING = frozenset({"dowiedzieć", "dowiadywać"})


def _learnt(doc: _Doc, f) -> bool:
    """Quote ``f`` hangs on a verb of learning ("dowiedzieć się, że …") whose subject is no outlet: what
    someone learnt is no one's statement (construction table neg-perception: "rodzice dowiedzieli się, że
    szkoła zostanie zamknięta"); an outlet that learnt reports it ("Jak dowiedziała się „Gazeta X”, …", as
    "jak ustaliła")."""
    v = f.verb_tok
    return v is not None and f.kind == "indirect" and doc.toks[v].lemma in LEARNING \
        and f.speaker is not None and f.speaker.type != "media"
