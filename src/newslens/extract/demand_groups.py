"""Groups and organisations as parties of demands: a mixin of :class:`demand_parties.Parties`.

A group noun ("rolnicy", "związkowcy z OZZPiP", data/demand_groups.txt) stands for the organisation it
belongs to ("z X", "zrzeszeni w X", "posłowie X", "jego przedstawiciele") or that leads it ("Protest
organizuje Komitet X", data/demand_leaders.txt); otherwise it is written as the group, in the nominative
plural, with ``group=True``. An organisation may be named by its head noun ("Związek domaga się" → the
union named in the text). Also the small word tests the party resolvers share (``Party``, nominative
plurals, plural and nominative readings).
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass
from functools import lru_cache
from typing import Optional

from ..lexicon import gazetteer, word_keys
from ..model import Actor
from ..nlp import Tok, morfeusz, read_lexicon, readings
from .demand_addressees import lex
from .mentions import LEAD_PARTICIPLES
from .quotes import _nominative


@lru_cache(maxsize=1)
def _group_synonyms() -> dict[str, str]:
    """Group nouns that name the group another one names (data/demand_group_synonyms.txt)."""
    return dict(line.split() for line in lex("demand_group_synonyms.txt"))


@lru_cache(maxsize=None)
def _groups() -> tuple[frozenset[str], frozenset[str]]:
    """(group lemmas, those that need a named complement: "przedstawiciele X", "władze X")."""
    words = read_lexicon("demand_groups.txt")
    return frozenset(w.rstrip("+") for w in words), frozenset(w.rstrip("+") for w in words if w.endswith("+"))


@lru_cache(maxsize=None)
def _members() -> dict[str, tuple[str, ...]]:
    """Member noun → the institution heads it stands for ("prokurator" → "prokuratura")."""
    out: dict[str, tuple[str, ...]] = {}
    for line in read_lexicon("member_institutions.txt"):
        member, *insts = line.split()
        out[member] = tuple(insts)
    return out


@dataclass(frozen=True)
class Party:
    name: str
    group: bool = False
    actor: Optional[Actor] = None


def _party(actor: Optional[Actor]) -> Optional[Party]:
    return Party(actor.name, False, actor) if actor is not None else None


@lru_cache(maxsize=2048)
def nominative_plural(lemma: str) -> str:
    """``rolnik`` → ``rolnicy``, ``protestujący`` → ``protestujący``."""
    try:
        forms = morfeusz().generate(lemma)
    except RuntimeError:
        return lemma
    for f, _l, t, _q, _m in forms:
        parts = t.split(":")
        if parts[0] == "pact" and "neg" in parts:
            continue  # "demonstrować" → "demonstrujący", not the negated "niedemonstrujący"
        if parts[0] in ("subst", "adj", "pact") and len(parts) > 2 and "pl" in parts[1].split(".") \
                and "nom" in parts[2].split(".") and (parts[0] != "subst" or len(parts) < 4 or "m1" in parts[3]
                                                       or not any(p in ("m2", "m3", "f", "n") for p in parts[3].split("."))):
            if parts[0] == "subst" or "m1" in ":".join(parts[3:]):
                return f
    for f, _l, t, _q, _m in forms:  # a feminine group: "zawodniczka" → "zawodniczki"
        parts = t.split(":")
        if parts[0] == "subst" and len(parts) > 3 and "pl" in parts[1].split(".") and "nom" in parts[2].split(".") \
                and "f" in parts[3].split("."):
            return f
    return lemma


def _noun_lemmas(t: Tok) -> set[str]:
    return {r.lemma.lower() for r in t.readings if r.pos in ("subst", "ger", "depr", "adj", "pact")} | {t.lemma.lower()}


def _plural(t: Tok) -> bool:
    """A group noun with a plural reading; an undeclined surname's number-less reading ("Burmistrz":
    subst:sg.pl:…:f) is none."""
    return any(r.tag.split(":")[1:2] == ["pl"] for r in t.readings if r.pos in ("subst", "adj", "pact", "ger", "depr"))


def _nom(t: Tok) -> bool:
    return any(r.has("nom") for r in t.readings)


def _nomish(t: Tok) -> bool:
    """May be a nominative: a nominative reading, or an acronym (KO, PSL: undeclined)."""
    return _nominative(t) or (len(t.text) > 1 and t.text.isupper())


def _town(word: str, places: dict) -> bool:
    """A place of the text by that very form, a one-word place of the gazetteer ("Lublin") or a
    geographical name in its dictionary form ("Opole", "Ciechanów"): the town a club's name ends in."""
    return word in places or any(r.lemma == word and "nazwa_geograficzna" in r.quals for r in readings(word)) \
        or any(e.type == "place" and len(e.words) == 1 and e.words[0] == word
               for key in word_keys(word) for e in gazetteer().get(key, ()))


class GroupParties:
    """Finder methods for organisations and groups (see the module docstring)."""

    def _kind_nouns(self, heads: frozenset[str]) -> None:
        """Index the actors a text refers to by a common noun of their kind that their names lack
        (data/demand_kind_nouns.txt): "klub" → the sports club named "<Name> <City>", "miasto" → the
        town whose office, council or mayor the text names, "gazeta" → the newspaper named."""
        actors = self.doc.actors
        places = {a.name: a for a in actors if a.type == "place"}

        def place_of(word: str) -> Optional[Actor]:
            word = word.strip('„”"().,')
            if word in places:
                return places[word]
            return next((places[r.lemma] for r in readings(word) if r.lemma in places), None)

        kinds = {line.split()[0]: line.split()[1:] for line in lex("demand_kind_nouns.txt")}
        blocked = heads | lex("workplace_heads.txt")
        found: dict[str, list[Actor]] = {}
        for a in actors:
            words = a.name.split()
            lemmas = {r.lemma.lower() for w in words for r in readings(w.strip('„”"'))}
            if "klub" in kinds and a.type == "organization" and 2 <= len(words) <= 4 and _town(words[-1], places) \
                    and all(w[:1].isupper() for w in words) and not lemmas & blocked \
                    and (words[0].isupper() or not any(r.pos == "adj" for r in readings(words[0]))):
                # (a club's name opens with a noun or an acronym: "Wspólne Wierzbowo" is a committee)
                found.setdefault("klub", []).append(a)  # "Znicz Jarosław"
            if "miasto" in kinds and a.type == "organization" and len(words) >= 3 and lemmas & {"urząd", "rada"} \
                    and lemmas & {"miasto", "miejski"}:
                got = place_of(words[-1])  # "Urząd Miasta Kalisza", "Rada Miejska w Łowiczu"
                if got is not None:
                    found.setdefault("miasto", []).append(got)
            role = (a.role or "").split()
            if "miasto" in kinds and a.type == "person" and len(role) == 2 and role[0].lower() in ("prezydent", "burmistrz"):
                got = place_of(role[1])  # "prezydent Ciechanowa"
                if got is not None:
                    found.setdefault("miasto", []).append(got)
            if "organizacja" in kinds and a.type == "organization" and words \
                    and {r.lemma.lower() for r in readings(words[0].strip('„”"'))} & lex("member_body_heads.txt"):
                found.setdefault("organizacja", []).append(a)  # "Stowarzyszenie X"
            if "gazeta" in kinds and a.type == "media" and lemmas & set(kinds["gazeta"]) \
                    and {r.lemma.lower() for r in readings(words[0])} & set(kinds["gazeta"]):
                found.setdefault("gazeta", []).append(a)  # "Tygodnik Rzeczycki"
        for noun, got in found.items():
            for a in got:
                if a not in self.by_head.get(noun, ()):
                    self.by_head.setdefault(noun, []).append(a)

    # ------------------------------------------------------------ organisations and groups
    def latest_actor(self, k: int, types: tuple[str, ...] = ("organization",)) -> Optional[Actor]:
        """The actor of the latest mention starting before token ``k`` among ``types``."""
        i = bisect.bisect_left(self.starts, k) - 1
        while i >= 0:
            m = self.doc.mention.get(self.starts[i])
            if m and m[0].type in types:
                return m[0]
            i -= 1
        return None

    def org_by_head(self, k: int) -> Optional[Actor]:
        """A common noun that heads a named organisation's name: "Związek" → Związek Nauczycielstwa
        Polskiego (the latest such organisation mentioned before, else the first in the text)."""
        t = self.doc.toks[k]
        if k in self.doc.mention:
            return None
        if t.is_title and not t.sent_start and k + 1 < len(self.doc.toks) and self.doc.toks[k + 1].is_title:
            return None  # part of a name the actor extractor did not find
        lemmas = _noun_lemmas(t)
        lemmas |= {inst for lem in lemmas for inst in _members().get(lem, ())}  # "prokurator" → prokuratura
        cands = [a for lem in lemmas for a in self.by_head.get(lem, ())]
        if not cands:
            return None
        got = self._last_mentioned(cands, k)
        return got if got is None or not self._other_qualifier(k, got) else None

    def _other_qualifier(self, k: int, org: Actor) -> bool:
        """An organ noun at ``k`` (data/organ_nouns.txt: zarząd, dyrekcja) qualified by a lower-case kind of
        body or place in the genitive (data/institution_heads.txt, workplace_heads.txt, demand_organ_owners.txt)
        that the organisation's name does not hold is the organ of another body ("od zarządu spółki" is not
        the Zarząd Morski Portu Gdańsk, "dyrekcję parku" not a Regionalna Dyrekcja)."""
        toks = self.doc.toks
        j = k + 1
        if j >= len(toks) or toks[j].is_title or j in self.doc.mention or not _noun_lemmas(toks[k]) & lex("organ_nouns.txt"):
            return False
        got = self.layer.get(j) if hasattr(self, "layer") else None
        if got is not None and got[0].actor == org.name:
            return False  # "zarządu spółki", the text's name for this very organisation
        # a body's or place's noun in the genitive: "dyrekcję parku" is not the Regionalna Dyrekcja Ochrony
        # Środowiska (data/demand_organ_owners.txt; "od zarządu podwyżki" names what is demanded)
        kinds = {r.lemma.lower() for r in toks[j].readings if r.pos == "subst" and r.has("gen")} & \
            (lex("institution_heads.txt") | lex("workplace_heads.txt") | lex("demand_organ_owners.txt"))
        words = {r.lemma.lower() for w in org.name.split() for r in readings(w)}
        return bool(kinds) and not kinds & words

    def _leader(self) -> Optional[Actor]:
        """The organisation that organises or leads the protest ("Protest organizuje Komitet X")."""
        doc = self.doc
        leaders, declare, actions = lex("demand_leaders.txt"), lex("demand_declare_verbs.txt"), lex("group_protest_actions.txt")
        for s in range(len(doc.text.sents)):
            a, b = doc.sent_range(s)
            # "Protest organizuje Komitet X"; "ZNP ogłosiło pogotowie protestacyjne" (a declared action only)
            verbs = [k for k in range(a, b) if doc.toks[k].pos in ("fin", "praet") and (doc.toks[k].lemma in leaders
                     or doc.toks[k].lemma in declare and any(doc.toks[j].lemma.lower() in actions and j not in doc.mention
                                                             for j in range(k + 1, min(b, k + 4))))]
            if not verbs:
                # "ZNP zamierza zorganizować demonstrację": an organising infinitive after the subject's verb, with
                # an action word within three words after it; the organisation opening the sentence organises
                inf = next((k for k in range(a + 1, b) if doc.toks[k].pos == "inf" and doc.toks[k].lemma in leaders
                            and any(doc.toks[j].pos in ("fin", "praet") for j in range(max(a, k - 4), k))
                            and any(doc.toks[j].lemma.lower() in actions and j not in doc.mention
                                    for j in range(k + 1, min(b, k + 4)))), None)
                m = doc.mention.get(a) if inf is not None else None
                if m and m[1] == a and m[0].type == "organization" and any(r.has("nom") for r in doc.toks[a].readings):
                    return m[0]
                continue
            v = verbs[0]
            m = doc.mention.get(v - 1) if v > a else None
            if m and m[2] == v - 1 and m[0].type == "organization" and not (m[1] > a and doc.toks[m[1] - 1].pos == "prep"):
                return m[0]  # "ZNP zorganizował manifestację przed ministerstwem": the subject organises
            # 'prowadzi związek zawodowy „X"': past a classifier and its adjective, the marks count for no word
            marks = sum(1 for k in range(v + 1, min(b, v + 6)) if doc.toks[k].text in "„\"«")
            for k in range(v + 1, min(b, v + 4 + min(marks, 2))):
                m = doc.mention.get(k)
                if m and k == m[1] and m[0].type == "organization":
                    if k > v + 1 and doc.toks[k - 1].pos == "prep" and doc.toks[k - 1].lower != "przez":
                        break  # "… manifestację przed Ministerstwem X": the place, not the organiser
                    return m[0]
            if v >= 3 and doc.toks[v - 1].lemma == "który" and doc.toks[v - 2].text in (",", "("):
                m = doc.mention.get(v - 3)
                if m and m[0].type == "organization":
                    return m[0]  # "Stowarzyszenie X, które reprezentuje ponad 200 rodzin", "z Y (która organizowała protest)"
        return None

    def group_at(self, k: int) -> Optional[Party]:
        """The party a group noun at ``k`` stands for (see the module docstring)."""
        doc, toks = self.doc, self.doc.toks
        groups, needy = _groups()
        lemmas = {_group_synonyms().get(x, x) for x in _noun_lemmas(toks[k])}  # "fani" are "kibice"
        lem = next((l for l in lemmas if l in groups), None)
        if lem is None or not _plural(toks[k]):
            return None  # ("Burmistrz zaapelował": one person, unnamed, no group)
        end = doc.sent_range(toks[k].sent)[1]
        j = k + 1
        while j < end and (toks[j].pos in ("adj",) or {r.lemma.lower() for r in toks[j].readings} & LEAD_PARTICIPLES) \
                and j not in doc.mention:
            j += 1  # "rolnicy zrzeszeni", "związkowcy protestujący"
        prep = j < end and toks[j].lower in ("z", "ze", "w", "we") and j + 1 < end
        if prep:
            j += 1
        while j < end and toks[j].text in "„\"«":
            j += 1  # 'związkowcy z "Solidarności"'
        m = doc.mention.get(j)
        if m and j == m[1] and (lem in lex("demand_worker_nouns.txt")
                                or not prep and lem not in needy and lem not in lex("demand_member_nouns.txt")):
            m = None  # "pracownicy MZK", "studenci Uniwersytetu X": a body its group is no member of leads it not
        if m and j == m[1] and (m[0].type == "organization" or (m[0].type == "place" and lem in needy)) \
                and not (prep and (m[0].role or "").split()[:1] and (m[0].role or "").split()[0] in lex("demand_workplaces.txt")) \
                and not (prep and {r.lemma.lower() for r in readings(m[0].name.split()[0])} & lex("demand_workplaces.txt")):
            # "władze Tajwanu", "władze w Tajpej"; not "rolnicy z województwa", "mieszkańcy Kielc", nor the
            # workplace a group comes from ("górnicy z PGG", a mine: its employer leads no protest; "z Kopalni
            # Wujek", the workplace's name opening with its kind)
            return _party(m[0])
        if not m and j < end and not toks[j].is_title and (
                (prep and toks[j - 1].lower in ("w", "we") and j - 2 > k
                 and {r.lemma.lower() for r in toks[j - 2].readings} & LEAD_PARTICIPLES)
                or (not prep and j == k + 1 and lem in needy and any(r.has("gen") for r in toks[j].readings))):
            org = self.org_by_head(j)
            if org is not None:
                return _party(org)  # "rybacy zrzeszeni w stowarzyszeniu", "członkowie komitetu": the one named
        if k > 0 and toks[k - 1].lower in ("jego", "jej", "ich"):
            s = toks[k].sent
            if s > 0 and toks[k - 1].lower in ("jego", "jej"):
                # "Do sporu włączyło się Stowarzyszenie X. … jego członkowie": the organisation the sentence
                # before is about, not a name inside its name
                prev = self.sentence_subject(s - 1)
                if prev is not None and prev.actor is not None and prev.actor.type == "organization":
                    return prev
            return _party(self.latest_actor(k) or self.latest_actor(k, ("place",)))
        if lem not in needy:  # the one resolver of groups to their leading organisation (groups.py)
            adjs = {toks[x].lemma.lower() for x in range(k + 1, j) if toks[x].pos == "adj"}
            name = self.group_leaders.leader(lem, adjs, toks[k].idx)
            if name is not None and name in self.by_name:
                return _party(self.by_name[name])
        if self.leader is not None and lem in lex("demand_led_groups.txt"):
            return _party(self.leader)
        if lem in needy:
            return None
        return Party(self._group_words(k, nominative_plural(lem)), True)

    def _group_words(self, k: int, name: str) -> str:
        """The group as the text names it: plural adjectives and group nouns before token ``k`` join
        its name ("Protestujący lekarze rezydenci" → "protestujący lekarze rezydenci")."""
        toks = self.doc.toks
        a = self.doc.sent_range(toks[k].sent)[0]
        words: list[str] = []
        j = k - 1
        while j >= a and toks[j].is_word and (not toks[j].is_title or j == a) and j not in self.doc.mention \
                and toks[j].pos not in ("qub", "adv", "conj", "comp") \
                and any(r.has("pl") and r.has("nom") and (r.pos in ("adj", "pact", "ppas") or r.lemma in _groups()[0])
                        for r in toks[j].readings):
            words.insert(0, toks[j].lower)
            j -= 1
        first = name.split()[0] if name else ""
        words = [w for w in words if w != first]
        return " ".join(words + [name]) if words else name
