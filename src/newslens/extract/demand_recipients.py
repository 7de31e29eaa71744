"""Where demands were sent: a mixin of :class:`demand_parties.Parties` that indexes, per sentence, the
named recipients of demands sent with a verb of sending ("Postulaty, które związek przesłał do X",
"przekazało zarówno resortowi X, jak i prezydentowi Y"), of a document filed at a body ("W Kancelarii X
zostało złożone pismo") and of a recipient stated with "adresat" ("Jej adresatem jest starosta X").
Split out of ``demand_parties`` (over 600 lines) unchanged; the methods use the indexes
``Parties.__init__`` builds (``doc``, ``quoted``, ``addressees``, ``datives``, ``actor_at``).
"""
from __future__ import annotations

from ..model import Actor
from .demand_addressees import lex


class Recipients:
    """Recipients of demands and documents sent (see the module docstring)."""

    def _demands_sent(self, a: int, b: int) -> list[Actor]:
        """The named addressees a sentence [a, b) sends demands to: a demand noun (data/demand_nouns.txt)
        and a verb of sending (data/demand_send_verbs.txt) with "do X" or a dative after it ("Postulaty,
        które związek przesłał do Ministerstwa X, są trzy", "przekazali wojewodzie Y swoje żądania")."""
        toks = self.doc.toks
        nouns = lex("demand_nouns.txt")
        for k in range(a, b):  # (asked for every sentence: loops rather than a generator)
            for r in toks[k].readings:
                if r.lemma in nouns and r.pos == "subst":
                    return self._sent_recipients(a, b)
        return []

    def _sent_recipients(self, a: int, b: int) -> list[Actor]:
        """The named recipients after the first verb of sending (data/demand_send_verbs.txt) in [a, b):
        "do X", datives ("przekazało we wtorek zarówno resortowi X, jak i prezydentowi Y Z")."""
        toks = self.doc.toks
        verbs = lex("demand_send_verbs.txt")
        for v in range(a, b):
            if toks[v].lemma in verbs and toks[v].pos in ("fin", "praet", "inf", "ppas", "pcon", "bedzie"):
                got = [x for x in self.addressees(v + 1, b) if toks[v + 1].lower in ("do", "na")
                       or x in self.addressees(v + 1, min(b, v + 8))]
                got += [x for x in self.datives(v + 1, b) if x not in got]
                k = v + 1
                while k < b:  # "przekazało we wtorek zarówno resortowi X, jak i prezydentowi Y Z": the recipients
                    nouns = [r for r in toks[k].readings if r.pos == "subst"]  # ("resortowi" also reads as an adjective)
                    if nouns and all(r.has("dat") and not r.has("nom") and not r.has("acc") for r in nouns) \
                            and toks[k - 1].pos != "prep" and not self.quoted[k]:
                        hit = self.actor_at(k, b)
                        if toks[k].lemmas() & lex("addressee_bodies.txt"):
                            # "zarządowi X" is X; "przekazał zarządowi listę" names no party (GUIDELINES)
                            m2 = self.doc.mention.get(k + 1)
                            hit = (m2[0], m2[2] + 1) if m2 and m2[1] == k + 1 else None
                        if hit is not None and hit[0].type in ("person", "organization") and hit[0] not in got:
                            got.append(hit[0])
                        k = hit[1] if hit is not None else k + 1
                        continue
                    k += 1
                if not got and toks[v].lemma in ("złożyć", "składać"):
                    got = self._filed_at(v, a, b)
                return got
        return []

    def _filed_at(self, v: int, a: int, b: int) -> list[Actor]:
        """The named organisation a document is filed at with the verb at ``v`` when no recipient is named:
        "w X" opening the clause right before the verb ("W Kancelarii X zostało złożone pismo") or within
        three words after it ("złożyli petycję w Urzędzie X"); not a phrase of another word ("Komitet
        działający w Spółce X złożył …")."""
        toks, mention = self.doc.toks, self.doc.mention
        for j in range(max(a, v - 8), min(b - 1, v + 4)):
            if toks[j].lower not in ("w", "we") or self.quoted[j]:
                continue
            m = mention.get(j + 1)
            if not (m and m[1] == j + 1 and m[0].type == "organization"):
                continue
            before = j > v and all(not toks[x].is_punct for x in range(v + 1, j))
            opens = j < v and (j == a or toks[j - 1].is_punct or toks[j - 1].pos in ("conj", "adv")) \
                and all(toks[x].lemma in ("zostać", "być") or x == v for x in range(m[2] + 1, v + 1))
            if before or opens:
                return [m[0]]
        return []

    def _stated_recipient(self, a: int, b: int) -> list[Actor]:
        """The named recipients a sentence [a, b) states with "adresat" and a copula ("Jej adresatem jest
        starosta Jan Lis", "Adresatami listu są premier X i minister Y")."""
        toks = self.doc.toks
        for k in range(a, b):
            if toks[k].lemma != "adresat":
                continue
            j = next((x for x in range(k + 1, min(k + 4, b)) if toks[x].lemma == "być"), None)
            if j is None:
                return []
            got = self._coordinated(j + 1, b)
            if not got:  # a role noun and its adjectives before the name: "starosta pilczyński Jan Lis"
                x = next((x for x in range(j + 1, min(j + 5, b)) if x in self.doc.mention), None)
                got = self._coordinated(x, b) if x is not None and self.doc.mention[x][1] == x else []
            return [m for m in got if m.type in ("person", "organization", "place")]
        return []
