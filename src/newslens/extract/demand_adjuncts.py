"""Adjuncts between a verb of demanding with a genitive object and that object ("domagali się wczoraj na
sesji rady miasta budowy …", "domagała się w Sejmie od minister X informacji …"): adverbs, prepositional
phrases of place, occasion or means with their noun's genitive complements that name a party or an
occasion, compound prepositions ("w sprawie X") and the addressee after them. A mixin of the demand
finder, as ``demand_verb_frames.VerbFrames`` (which uses it) is: it uses the finder's ``skip_words``,
``skip_addressee``, ``names_act`` and party ranking ``P``. Also the party an attributive participle of
demanding modifies, after it ("rolnicy domagający się …") or before it ("Domagający się A pracownicy …").
"""
from __future__ import annotations

from typing import Optional

from ..clause_phrases import governed_cases
from ..clauses import clause_of
from ..lexicon import role_words
from ..model import Actor
from .demand_checks import FrameChecks
from .demand_items import head
from .demand_parties import lex

GENITIVE_VERBS = ("domagać", "żądać", "zażądać", "oczekiwać", "wymagać")  # the demanded thing: a genitive object
ADJUNCT_PREPS = ("w", "we", "na", "podczas", "przy", "przed", "pod", "nad", "przez", "poprzez", "z", "ze")
# (not "po": "po raz kolejny", "po pieniądze")


class AdjunctSteps(FrameChecks):
    """Finder methods that step over the adjuncts after a verb of demanding."""

    def _past_adjuncts(self, o: int, b: int, of: list[Actor]) -> int:
        """Past the adjuncts standing between a verb of demanding with a genitive object and that object:
        adverbs ("wczoraj", "znów"), prepositional phrases of place, occasion or means ("w Sejmie", "na
        sesji rady miasta", "podczas spotkania z wojewodą", "przed urzędem") and addressees after them
        ("w Sejmie od minister X"). The phrase's noun takes with it its genitive complements that name
        a party (a name, a body, a role: "rady miasta", "komisji sejmowej"), not the thing demanded.
        Unmoved unless a genitive noun or gerund heads what follows."""
        toks = self.toks
        j, found = o, list(of)
        while j < b:
            x = self.skip_words(j, b)
            if x >= b:
                break
            t = toks[x]
            if t.lower in ADJUNCT_PREPS and any(r.pos == "prep" for r in t.readings):
                end = self._pp_end(x + 1, b, governed_cases(t))
                if end is None:
                    break
                j = end
            elif t.pos in ("adv", "qub") and t.lower != "nie" and x not in self.doc.mention \
                    and not any(r.pos in ("subst", "ger", "adj") for r in t.readings):
                j = x + 1
            else:
                j = x
                if toks[x].lower in ("od", "ode", "wobec"):
                    y = self.skip_addressee(x, b, found)
                    if y == x:
                        break
                    j = y
                    continue
                break
            if j == o:
                break
        if j == o:
            return o
        h = head(toks, j, b)
        if h is None or h > j + 3 or not any(r.has("gen") and r.pos in ("subst", "ger") for r in toks[h].readings) \
                or h in self.doc.mention or self.P.group_at(h) is not None:
            return o
        c = clause_of(self.doc.text, h)
        if c is not None and c.subject is not None and c.subject.start <= h < c.subject.end:
            return o  # "Dojścia do X żądają w nowym apelu protestujący bibliotekarze": the subject after the verb
        of += [x for x in found if x not in of]
        return j

    def _pp_end(self, i: int, b: int, cases: frozenset) -> Optional[int]:
        """The end of the noun phrase a preposition of an adjunct governs from ``i`` (in ``cases``), with
        its agreeing adjectives and its genitive complements that name a party or an occasion ("rady
        miasta", "komisji sejmowej", "(przy okazji) negocjacji"), one more genitive after a body or a role
        unless it names an act ("komisji oświaty", not "rady miasta budowy"), and the genitive a noun of
        a compound preposition requires ("w sprawie obwodnicy"); None if no such phrase starts there."""
        toks = self.toks
        bodies = lex("demand_deciding_bodies.txt") | lex("addressee_bodies.txt") | role_words()
        parties = bodies | lex("demand_occasion_nouns.txt")
        x = i
        while x + 1 < b and x not in self.doc.mention \
                and any(r.pos in ("adj", "ppas", "num") and any(r.has(c) for c in cases) for r in toks[x].readings) \
                and any(r.pos in ("adj", "ppas", "subst", "ger") and any(r.has(c) for c in cases) for r in toks[x + 1].readings):
            x += 1  # "na wtorkowej sesji", "w nowym apelu" (the tagger's first reading of "nowym": a surname)
        m = self.doc.mention.get(x)
        if m and m[1] == x:
            return m[2] + 1  # "w Sejmie", "przed Urzędem Wojewódzkim"
        if not (x < b and not toks[x].is_punct and any(r.pos in ("subst", "ger") and any(r.has(c) for c in cases)
                                                       for r in toks[x].readings)):
            return None
        owner = toks[x].lemma.lower() in bodies
        if toks[x].lemma.lower() in lex("demand_adjunct_prep_nouns.txt"):
            return self._pp_end(x + 1, b, frozenset({"gen"}))  # "w sprawie obwodnicy", "w imieniu mieszkańców"
        x += 1
        while x < b:
            m = self.doc.mention.get(x)
            if m and m[1] == x:
                return m[2] + 1  # "na sesji rady miasta Oleśnicy"
            if toks[x].pos in ("adj", "ppas") and not any(r.pos in ("subst", "ger") for r in toks[x].readings):
                x += 1  # "komisji sejmowej"
                continue
            gen = [r for r in toks[x].readings if r.pos == "subst" and r.has("gen")]
            if any(r.lemma.lower() in parties for r in gen):
                owner = any(r.lemma.lower() in bodies for r in gen)
                x += 1  # "rady miasta", "(przy okazji) negocjacji"
                continue
            if owner and gen and not self.names_act(x) and not toks[x].is_title:
                owner = False
                x += 1  # "komisji oświaty", "ministra zdrowia"
                continue
            break
        return x

    def _participle_owner(self, k: int):
        """The named party an attributive participle of demanding at ``k`` modifies ("Stowarzyszenie X,
        domagające się …", "rolnicy domagający się …"), if any."""
        n = k - 1 - (k > 1 and self.toks[k - 1].text == ",")
        if n < 0:
            return None
        m = self.doc.mention.get(n)
        return self.P.party_at(m[1] if m else n)

    def _prenominal_owner(self, k: int, b: int):
        """The named party or group a participle of demanding opening its phrase before its noun modifies
        ("Domagający się podwyżek pracownicy Poczty Polskiej pikietowali", "Wzywający do bojkotu wyborów
        opozycjoniści zebrali się"): the first noun after it in the nominative agreeing with it in number and
        gender, a party, before the clause's verb: (party, its token); None otherwise."""
        toks = self.toks
        a = self.doc.sent_range(toks[k].sent)[0]
        if not (k == a or toks[k - 1].text in "–—-„\"" or toks[k - 1].lower in ("a", "i", "także", "również")):
            return None
        feats = {tuple(r.tag.split(":")[1:4]) for r in toks[k].readings if r.pos == "pact" and ":nom" in r.tag}
        if not feats:
            return None
        for x in range(k + 1, min(b, k + 16)):
            if toks[x].pos in ("fin", "praet", "bedzie") or toks[x].text in ",;:–—":
                return None
            if any(r.pos == "subst" and any(r.tag.split(":")[1] == f[0] and "nom" in r.tag.split(":")[2].split(".")
                                            and set(r.tag.split(":")[3].split(".")) & set(f[2].split(".")) for f in feats)
                   for r in toks[x].readings):
                got = self.P.party_at(x) or self.P.group_at(x)
                if got is None and x in self.doc.mention:
                    got = self.P.party_at(self.doc.mention[x][1])
                if got is not None:
                    return got, x
        return None
