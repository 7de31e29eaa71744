"""Group speakers and the named organisation that leads them (GUIDELINES "Group speakers").

One place for the rule, used by the mention layer (quote speakers) and by demands (``by``).

How to call it::

    from newslens.extract.groups import GroupLeaders

    leaders = GroupLeaders(actors)          # once per article (``extract_actors`` output)
    org = leaders.leader(noun_lemma, adj_lemmas, at)   # -> Actor.name or None

``noun_lemma`` is the group noun's lemma (``ratownik`` for "ratownicy", ``związkowiec``), ``adj_lemmas``
the lemmas of the adjectives the text gives the group (``{"medyczny"}`` for "ratownicy medyczni",
``{"kontraktowy"}`` for "ratownicy kontraktowi"), ``at`` the character offset of the group mention
(only organisations named before it count). ``None`` means no named organisation leads the group:
the group speaks as itself (nominative plural, ``group: true``).

The simplest route for a caller with a text is the mention layer, which already applies this:
``link_mentions(text, actors)`` yields ``kind == "group"`` mentions whose ``actor`` is the leading
organisation, or the group's own nominative plural with ``group=True``.

Rules (each one general; the word lists are in ``data/``):

- **the organisation's name carries the group** (``Krajowy Związek Zawodowy Ratowników Medycznych``
  leads "ratownicy", "ratownicy medyczni"; ``Stowarzyszenie Kibiców X`` leads "kibice"): exactly one
  organisation named before the mention has a name word whose lemma is the group noun, and every
  adjective of the group is in that name too ("ratownicy kontraktowi" are not the union of
  "Ratowników Medycznych"; "dyspozytorzy medyczni" are not either);
- **a member noun names its kind of organisation** (``data/group_member_orgs.txt``: "związkowcy" are
  members of a trade union): exactly one organisation of that kind named before the mention leads
  them ("Związkowcy domagają się …" after the union was named). A one-word name ("Solidarność") makes
  the leader ambiguous but is never taken itself (often a federation, not the body leading a protest).

The reverse holds by construction: a named organisation is never turned into a group; a group with
two candidate organisations, or none, stays the group.

Explicit leadership in the sentence ("rolnicy zrzeszeni w X", "związkowcy z X", "posłowie Polski
2050") is read from the tokens around the group noun by :func:`link_group`, which the mention layer
calls for each group noun (the group's extent, name in the nominative plural and leader).
"""
from __future__ import annotations

import bisect
from functools import lru_cache
from typing import Iterable, Optional, Sequence

from ..lexicon import lexicon_set
from ..model import Actor
from ..nlp import CASES, QUOTE_OPEN, Tok, nominative_adj, read_lexicon, readings


@lru_cache(maxsize=1)
def member_orgs() -> dict[str, tuple[frozenset[str], ...]]:
    """Member noun lemma -> the lemma sets one of which an organisation's name must contain."""
    out: dict[str, list[frozenset[str]]] = {}
    for line in read_lexicon("group_member_orgs.txt"):
        noun, _sep, kinds = line.partition(":")
        for kind in kinds.split("|"):
            if kind.strip():
                out.setdefault(noun.strip(), []).append(frozenset(kind.split()))
    return {k: tuple(v) for k, v in out.items()}


@lru_cache(maxsize=4096)
def _word_lemmas(word: str) -> frozenset[str]:
    return frozenset({word.lower()} | {r.lemma.lower() for r in readings(word)})


def name_lemmas(name: str) -> frozenset[str]:
    """All lemmas of the words of an organisation's name ("Ratowników Medycznych" -> ratownik, medyczny)."""
    out: set[str] = set()
    for w in name.replace("-", " ").split():
        out |= _word_lemmas(w.strip('„”"().,'))
    return frozenset(out)


@lru_cache(maxsize=1024)
def _member_body(name: str) -> bool:
    """The name's head noun (its first noun, past leading adjectives) is a body of members
    (``data/member_body_heads.txt``: związek, stowarzyszenie, komitet, ...), not a council or a
    self-government that represents a group ("Rada Pracowników", "Samorząd Studentów")."""
    heads = lexicon_set("member_body_heads.txt")
    for w in name.replace("-", " ").split():
        rs = readings(w.strip('„”"().,'))
        if any(r.pos == "subst" for r in rs) and not any(r.pos == "adj" for r in rs):
            return any(r.lemma.lower() in heads for r in rs if r.pos == "subst")
    return False


PREPOSITIONS = frozenset("w we z ze dla na do od o po pod nad przy przeciw bez za".split())


def carrier_lemmas(name: str) -> frozenset[str]:
    """Lemmas of the name words that can name its members: those before a preposition inside the name
    ("Stowarzyszenie Kibiców X" carries "kibic"; "Borsk dla Mieszkańców" is for residents, not of them)."""
    words = name.replace("-", " ").split()
    cut = next((n for n, w in enumerate(words) if n and w in PREPOSITIONS), len(words))
    return name_lemmas(" ".join(words[:cut]))


class GroupLeaders:
    """The organisations of one article, indexed once; :meth:`leader` answers per group mention."""

    def __init__(self, actors: Sequence[Actor]) -> None:
        orgs = [a for a in actors if a.type == "organization"]  # one-word names count only against ambiguity
        self._orgs = sorted(((min((s for s, _e in a.offsets), default=a.first_offset), a.name, name_lemmas(a.name),
                              carrier_lemmas(a.name)) for a in orgs), key=lambda x: x[0])
        # per group noun, the organisations that may lead it, in the order above with their first
        # offsets (built at a noun's first mention): each group mention bisects instead of a scan
        self._carriers: dict[str, tuple[list[int], list[tuple[str, frozenset[str]]]]] = {}
        self._members: dict[str, tuple[list[int], list[str]]] = {}

    def leader(self, noun: str, adjs: Iterable[str] = (), at: int = 1 << 62) -> Optional[str]:
        """The one organisation named before ``at`` that leads the group ``noun`` (+ ``adjs``), or None."""
        noun, adjs = noun.lower(), {a.lower() for a in adjs}
        got = self._carriers.get(noun)
        if got is None:  # the organisations whose name carries the noun: "Komitet Protestacyjny Rolników"
            orgs = [o for o in self._orgs if noun in o[3] and " " in o[1] and _member_body(o[1])]
            got = self._carriers[noun] = ([o[0] for o in orgs], [(o[1], o[3]) for o in orgs])
        carried = {name for name, own in got[1][:bisect.bisect_left(got[0], at)] if adjs <= own}
        if len(carried) == 1:
            return carried.pop()
        if carried:
            return None  # two organisations carry the group: not safe
        got2 = self._members.get(noun)
        if got2 is None:  # the organisations of a kind whose members the noun names
            kinds = member_orgs().get(noun, ())
            orgs = [o for o in self._orgs if any(kind <= o[2] for kind in kinds)]
            got2 = self._members[noun] = ([o[0] for o in orgs], [o[1] for o in orgs])
        members = set(got2[1][:bisect.bisect_left(got2[0], at)])
        if len(members) == 1 and not adjs and " " in next(iter(members)):
            return members.pop()  # (a one-word name such as "Solidarność" is too often a federation, not the leader)
        return None


# ---------------------------------------------------------------- group mentions (the mention layer calls this)

def link_group(text, idx, i: int, add, leaders: GroupLeaders, body_at=None, organiser: Optional[Actor] = None) -> int:
    """A plural group noun with its adjectives and genitive complement; its leading organisation.

    Called by the mention layer's pass at token ``i`` (``idx`` its name index, ``add`` its recorder,
    ``body_at(k)`` the one named organisation a head noun at token ``k`` refers to, or None; ``organiser``
    the one organisation the text said organised an action so far); returns the token index after the group."""
    from .mentions import LEAD_PARTICIPLES, LEAD_PREPS, _agree_pl, _genitive, _group_noun, _role_lemma, \
        group_nouns, is_person
    toks = text.toks
    head = toks[i]
    a = i
    while a > 0 and toks[a - 1].sent == head.sent and toks[a - 1].is_word \
            and (not toks[a - 1].is_title or toks[a - 1].sent_start) \
            and a - 1 not in idx.at and _agree_pl(toks[a - 1], head) and not _group_noun(toks[a - 1]):
        a -= 1
    b = i
    if b + 1 < len(toks) and _group_noun(toks[b + 1]) and toks[b + 1].sent == head.sent \
            and _same_case(toks[b + 1], head):
        b += 1  # "lekarze rezydenci" (not "członkowie rodzin": a genitive complement names whose members)
    noun = b
    while b + 1 < len(toks) and toks[b + 1].sent == head.sent and toks[b + 1].is_word \
            and not toks[b + 1].is_title and b + 1 not in idx.at and not _group_noun(toks[b + 1]) \
            and _postposed_adj(toks[b + 1], toks[noun]):
        b += 1  # "ratownicy kontraktowi", "lekarze rodzinni"
    # a genitive complement: "mieszkańcy Radomia", "rodziny zatrzymanych", "byli pracownicy starostwa"
    j = b + 1
    while j < len(toks) and j - b <= 3 and toks[j].sent == head.sent:
        m = idx.at.get(j)
        if m is not None and m[0].type != "place" and (_genitive(toks[m[1]]) or (
                j == b + 1 and m[0].type == "organization" and all(r.pos == "ign" for r in toks[m[1]].readings))):
            j = m[2] + 1  # "pracownicy PGG"; a place of residence is no part of the name ("mieszkańcy Hrebennego");
            continue  # a body's name the dictionary does not know shows no case: "przedstawiciele Agrounii"
        if m is None and not toks[j].is_title and _genitive(toks[j]) and not _group_noun(toks[j]) \
                and not _role_lemma(toks[j]) and toks[j].pos in ("subst", "adj", "ppas", "ger") \
                and not any(r.pos in ("prep", "adv") for r in toks[j].readings):  # ("demonstrujący dzisiaj")
            j += 1
            continue
        break
    last = j - 1
    lead = next((idx.at[k][0] for k in range(b + 1, last + 1) if k in idx.at
                 and idx.at[k][0].type == "organization"), None)
    if lead is None and body_at is not None and last > b and not toks[b + 1].is_title:
        lead = body_at(b + 1)  # "członkowie komitetu": the one committee named before
    if lead is not None and _group_noun(head) in group_nouns()[1]:
        add(lead.name, "group", a, b, b)  # "posłowie Polski 2050": the party speaks
        return b + 1
    own = next((k for k in range(b + 1, last + 1) if k in idx.at), last + 1) - 1  # names keep their own mentions
    # a leading organisation: "rolnicy zrzeszeni w X", "związkowcy z X", 'związkowcy z "Solidarności"'
    k = last + 1
    if k < len(toks) and toks[k].sent == head.sent and {r.lemma.lower() for r in toks[k].readings} & LEAD_PARTICIPLES:
        k += 1
    if k + 1 < len(toks) and toks[k].lower in LEAD_PREPS and toks[k].sent == head.sent:
        n = k + 1 + (k + 2 < len(toks) and toks[k + 1].text in QUOTE_OPEN)
        m = idx.at.get(n)
        workplace = m is not None and any({r.lemma.lower() for r in readings(w) if r.pos == "subst"}
                                          & lexicon_set("workplace_heads.txt") for w in m[0].name.split()[:2])
        if m is not None and (m[0].type == "organization" or (m[0].type == "person" and not is_person(m[0]))) \
                and m[1] == n and not workplace:  # "pielęgniarki z Szpitala X" work there, X does not lead them
            add(m[0].name, "group", a, b, b)
            return m[2] + 1
        body = body_at(n) if m is None and body_at is not None and toks[k].lower in ("w", "we") \
            and {r.lemma.lower() for r in toks[k - 1].readings} & LEAD_PARTICIPLES and not toks[n].is_title else None
        if body is not None:  # "kupcy zrzeszeni w stowarzyszeniu": the one association named before leads them
            add(body.name, "group", a, b, b)
            return n + 1
    restricted = last + 2 < len(toks) and toks[last + 1].text == "," and any(
        toks[k].lemma.lower() == "który" for k in range(last + 2, min(last + 4, len(toks))))
    origin = last + 2 < len(toks) and toks[last + 1].lower in ("z", "ze") and idx.at.get(last + 2) is not None \
        and idx.at[last + 2][0].type == "place"  # "rybacy z Helu": some of them, from a place; not the union's
    if organiser is not None and last == b and not restricted and not origin \
            and _group_noun(toks[noun]) in lexicon_set("organiser_nouns.txt"):
        add(organiser.name, "group", a, b, noun)  # "organizatorzy" after "Akcję zorganizowało Stowarzyszenie X"
        return b + 1
    if last == b and not restricted and not origin:  # "Rolnicy, z którymi rozmawialiśmy, …" are some of them
        adjs = {r.lemma.lower() for k in range(a, b + 1) if k != noun and not _group_noun(toks[k])
                for r in toks[k].readings if r.pos in ("adj", "pact", "ppas")}
        org = leaders.leader(_group_noun(toks[noun]) or toks[noun].lemma, adjs, toks[a].idx)
        if org is not None:
            add(org, "group", a, b, noun)  # "Związkowcy …" after the one union was named
            return b + 1
    name_end = last  # the name keeps its defining complement: "mieszkańcy Pilczyna", "rybacy z Helu"
    if origin:
        name_end = idx.at[last + 2][2]
    if _group_noun(toks[noun]) in lexicon_set("residence_nouns.txt"):
        place = idx.at.get(last + 1)
        if place is not None and place[1] == last + 1 and place[0].type == "place" and _genitive(toks[last + 1]):
            name_end = place[2]  # "mieszkańcy Pilczyna": the place they live in names them
        last = own = b  # ... but is no part of the mention: the complement keeps its own mentions
    add(_group_name(toks, a, b, name_end), "group", a, own, noun, group=True)
    return last + 1


def _same_case(t: Tok, head: Tok) -> bool:
    """Two plural nouns that may share a case (an apposition: "lekarze rezydenci"). The head's case is
    its chosen reading's when that is plural: "Rodzice uczniów" is no apposition, though one reading of
    "Rodzice" (of "rodzica") is accusative as "uczniów" is."""
    rs = [head.reading] if head.reading is not None and head.reading.has("pl") else head.readings
    cases = {c for r in rs if r.has("pl") for c in CASES if r.has(c)}
    return any(r.has("pl") and any(r.has(c) for c in cases) for r in t.readings)


FINITE = frozenset({"fin", "praet", "bedzie", "impt", "winien"})  # morfeusz2's finite verb classes


def _postposed_adj(t: Tok, head: Tok) -> bool:
    """An adjective after a plural group noun, agreeing with it ("ratownicy kontraktowi")."""
    from .mentions import GENDERS
    rs = [head.reading] if head.reading is not None and head.reading.has("pl") else head.readings
    if any(r.pos in ("ppas", "pact") for r in t.readings):
        return False  # a participle opens a clause of its own: "rolnicy zrzeszeni w X"
    if any(r.pos in FINITE for r in t.readings):
        return False  # a form that is also a finite verb is the group's predicate: "mieszkańcy przyszli", "byli"
    pairs = {(c, g) for r in rs if r.has("pl") for c in CASES if r.has(c) for g in GENDERS if r.has(g)}
    return any(r.pos == "adj" and r.has("pl") and any(r.has(c) and r.has(g) for c, g in pairs) for r in t.readings)


def _group_name(toks: list[Tok], a: int, b: int, last: int) -> str:
    """The group in the nominative plural: "protestującym rolnikom" -> "protestujący rolnicy"."""
    from .mentions import _plural_nominative
    words = []
    for k in range(a, b + 1):
        t = toks[k]
        if k < b and {r.lemma.lower() for r in t.readings} & lexicon_set("group_quantifiers.txt"):
            continue  # "inni mieszkańcy", "niektórzy rolnicy": some of the group, not its name
        if any(r.has("pl") and r.has("nom") for r in t.readings):
            words.append(t.lower)
            continue
        subst = next((r for r in t.readings if r.pos == "subst" and r.has("pl")), None)
        if subst is not None:
            words.append(_plural_nominative(subst.lemma) or t.lower)
            continue
        adj = next((r for r in t.readings if r.pos in ("adj", "pact", "ppas") and r.has("pl")), None)
        words.append(nominative_adj(adj.lemma, "m1", "pl") if adj else t.lower)
    words += [toks[k].text for k in range(b + 1, last + 1)]
    return " ".join(words)


# ---------------------------------------------------------------- protesters and the action's organiser

def protest_organiser(doc) -> Optional[Actor]:
    """The one organisation the text says organised the protest action, anywhere in it ("AgroUnia (która
    organizowała protest)", "Akcję zorganizowało Stowarzyszenie X", "protest zorganizowany przez X"): an
    organising verb (data/organiser_verbs.txt) with an action noun (data/group_protest_actions.txt) within
    three words, whose subject, agent after "przez" or relative pronoun's antecedent is an organisation.
    None for none or two. Worked out once per document (linear)."""
    memo = doc.__dict__.get("_protest_organiser", False)
    if memo is not False:
        return memo
    toks, found = doc.toks, {}
    verbs, actions = lexicon_set("organiser_verbs.txt"), lexicon_set("group_protest_actions.txt")
    runs = lexicon_set("organiser_run_verbs.txt")
    for t in toks:
        if t.reading is None or t.reading.pos not in ("fin", "praet", "ppas", "ger"):
            continue
        if t.lemma.lower() in runs and t.reading.pos in ("fin", "praet"):
            if not _runs_action(toks, t.i, actions):
                continue
        elif t.lemma.lower() not in verbs or not any(
                toks[j].lemma.lower() in actions for j in range(max(0, t.i - 3), min(len(toks), t.i + 4))
                if toks[j].sent == t.sent):
            continue
        k = t.i - 1
        while k > 0 and t.i - k <= 2 and toks[k].lemma.lower() != "który":
            k -= 1
        if toks[k].lemma.lower() == "który" and k > 1 and toks[k - 1].text in ",(":
            m = doc.mention.get(k - 2)  # "Michał X z AgroUnii (która organizowała protest)": the antecedent
            if m is not None and m[2] == k - 2 and m[0].type == "organization":
                found[m[0].name] = m[0]
            continue
        a, b = doc.sent_range(t.sent)
        for j in range(max(a, t.i - 8), min(b, t.i + 9)):
            m = doc.mention.get(j)
            if m is None or m[1] != j or m[0].type != "organization":
                continue
            prev = toks[j - 1] if j > a else None
            after_prep = prev is not None and prev.reading is not None and prev.reading.pos == "prep"
            if (after_prep and prev.lower == "przez" and j > t.i) or (not after_prep and any(
                    r.has("nom") for r in toks[j].readings)):
                found[m[0].name] = m[0]
    memo = next(iter(found.values())) if len(found) == 1 else None
    doc.__dict__["_protest_organiser"] = memo
    return memo


def _runs_action(toks, v: int, actions: frozenset[str]) -> bool:
    """A protest action noun in the accusative, not after a preposition, in the clause of the verb at ``v``
    (no punctuation between, eight words at most): the action the verb's subject runs ("demonstracje w
    całym kraju prowadzi związek X")."""
    for step in (-1, 1):
        j = v + step
        while 0 <= j < len(toks) and abs(j - v) <= 8 and toks[j].sent == toks[v].sent and not toks[j].is_punct:
            t, prev = toks[j], toks[j - 1] if j > 0 else None
            if t.lemma.lower() in actions and any(r.has("acc") for r in t.readings if r.pos == "subst") \
                    and not (prev is not None and prev.reading is not None and prev.reading.pos == "prep"):
                return True
            j += step
    return False


def led_protesters(doc, actor: Optional[Actor]) -> Optional[Actor]:
    """A group speaker named as protest participants ("protestujący", "strajkujące pielęgniarki",
    data/group_protest_participants.txt) is the one organisation that organised the action, when the text
    names one (GUIDELINES: a named organisation that leads the group speaks); anyone else as given."""
    if actor is None or actor.type != "group":
        return actor
    words = actor.name.lower().split()
    if not any(({w} | {r.lemma.lower() for r in readings(w)}) & lexicon_set("group_protest_participants.txt")
               for w in words):
        return actor
    return protest_organiser(doc) or actor
