"""Addressees of demands (``of``): a mixin of :class:`demand_parties.Parties`.

"od X", "do X" (apel, petycja, list, wezwanie), "wobec X", "wezwał X do", "spełnienia przez X"; a
role noun's named holder ("minister zdrowia"); a person addressed in speech ("Pani minister, …",
"Panie Burmistrzu, …", "Pani Elżbieto, …"); names in the dative ("przekazali Koalicji …"); the parties
of the agreement in question ("umowy z USA i NATO"); the addressee of a petition or letter sent
nearby, and who sent it. Split out of ``demand_parties`` (which kept subjects, groups and quotes) when
that module passed 600 lines; the methods use the indexes ``Parties.__init__`` builds.
"""
from __future__ import annotations

import bisect
from functools import lru_cache
from typing import TYPE_CHECKING, Optional, Sequence

from ..lexicon import gazetteer, role_words, word_keys
from ..model import Actor
from ..nlp import CASES, read_lexicon
from .quotes import _after_preposition

if TYPE_CHECKING:
    from .demand_parties import Party


@lru_cache(maxsize=None)
def lex(name: str) -> frozenset[str]:
    return frozenset(read_lexicon(name))


@lru_cache(maxsize=1)
def holder_nouns() -> frozenset[str]:
    """Nouns that name a person by the position held: the role nouns, and the nouns of
    data/addressee_role_nouns.txt ("właściciel", "rektor") that only resolve to a person the text
    names in apposition to them."""
    return role_words() | lex("addressee_role_nouns.txt")


def _cases(t) -> set[str]:
    """The cases of every nominal reading of a token (the tagger's choice aside)."""
    return {c for r in t.readings if r.pos in ("subst", "adj", "ign") for c in CASES if r.has(c)}


class Addressees:
    """Finding the addressees named around a demand (see the module docstring)."""

    def vocative_before(self, k: int) -> Optional[Actor]:
        """The person addressed at the start of the speech holding token ``k`` ("Pani minister, …")."""
        doc, toks = self.doc, self.doc.toks
        q = self.quote_at(toks[k].idx)
        if q is not None:
            a = doc.tok_index(q.start)
        else:
            a = k
            while a > 0 and self.quoted[a - 1] and doc.para[a - 1] == doc.para[k]:
                a -= 1
        return self.vocative(a, min(len(toks), max(k, a + 6)))

    def datives(self, a: int, b: int) -> list[Actor]:
        """Named actors in the dative, not after a preposition ("przekazali Koalicji Obywatelskiej")."""
        doc, toks = self.doc, self.doc.toks
        out = []
        for k in range(a, b):
            m = doc.mention.get(k)
            if m and k == m[1] and not _after_preposition(doc, m) and any(r.has("dat") for r in toks[k].readings) \
                    and not any(r.has("nom") for r in toks[k].readings) and m[0].type != "media" \
                    and k > 0 and (toks[k - 1].pos in ("fin", "praet", "inf", "adv", "ppas")
                                   or toks[k - 1].is_punct and toks[k - 1].text not in ":,"  # (a list after a colon or comma keeps the head's case)
                                   or k > 1 and toks[k - 1].lemma.lower() in holder_nouns()  # "przekazali premierowi X"
                                   and any(r.has("dat") for r in toks[k - 1].readings)
                                   and (toks[k - 2].pos in ("fin", "praet", "inf", "adv", "ppas") or toks[k - 2].is_punct)):
                if m[0] not in out:
                    out.append(m[0])
                out += [x for x in self._dative_conjuncts(m[2] + 1, b) if x not in out]
            if not m and toks[k].lemmas() & lex("addressee_bodies.txt") and any(r.has("dat") for r in toks[k].readings):
                got = self.actor_at(k + 1, b) if k + 1 < b else None
                if got is not None and got[0] not in out:
                    out.append(got[0])  # "zarządowi Wartbusa"
            if not m and k > a and toks[k].lemma in role_words() and self._dative_only(k) and self._verb_governs(k, a):
                got = self.layer.get(k)  # "postawił prezydentowi dwa warunki": the president named
                holder = self.by_name.get(got[0].actor) if got is not None and not got[0].group else self.role_holder(k)
                if holder is not None and holder not in out:
                    out.append(holder)
                continue
            if not m and k > a and toks[k].pos == "subst" and self._dative_only(k) and self._verb_governs(k, a):
                org = self.org_by_head(k)  # "przekazał spółce oraz Ministerstwu X pismo": the one company named
                if org is not None and org.type != "media":
                    if org not in out:
                        out.append(org)
                    out += [x for x in self._dative_conjuncts(k + 1, b) if x not in out]
        return out

    def _verb_governs(self, k: int, a: int) -> bool:
        """A verb stands at most four tokens before ``k`` with no punctuation or preposition governing
        ``k`` between ("przekazał spółce", "przekazał we wtorek spółce"; not "w spółce")."""
        toks = self.doc.toks
        if toks[k - 1].pos == "prep":
            return False
        for j in range(k - 1, max(a, k - 5) - 1, -1):
            if toks[j].is_punct:
                return False
            if toks[j].pos in ("fin", "praet", "inf", "ppas"):
                return True
        return False

    def _dative_only(self, k: int) -> bool:
        """Token ``k`` reads as a dative and as no nominative or accusative (the case shows)."""
        rs = self.doc.toks[k].readings
        return any(r.has("dat") for r in rs) and not any(r.has("nom") or r.has("acc") for r in rs)

    def _dative_conjuncts(self, j: int, b: int) -> list[Actor]:
        """Datives coordinated after a dative recipient ending before ``j`` ("spółce oraz Ministerstwu
        Aktywów Państwowych", "wojewodzie i marszałkowi"): each resolved through ``actor_at`` and in the
        dative itself."""
        toks = self.doc.toks
        out: list[Actor] = []
        while j + 1 < b and toks[j].lower in ("i", "oraz", ",") and self._dative_only(j + 1):
            got = self.actor_at(j + 1, b)
            if got is None or got[0].type == "media":
                break
            out.append(got[0])
            j = got[1]
        return out

    def counterparties(self, k: int, inside: Sequence[tuple[int, int]] = ()) -> tuple[list[Actor], Optional[int]]:
        """The parties of the agreement in question ("umowy z USA i NATO") in this or the two
        previous sentences of the paragraph or the one before; (actors, sentence). An agreement named
        inside a demanded item (token ranges ``inside``: "wykluczenia branży z umowy z Ukrainą") is what
        is demanded, not the demander's own agreement."""
        doc, toks = self.doc, self.doc.toks
        s = toks[k].sent
        nouns = lex("counterparty_nouns.txt")
        for s0 in (s, s - 1, s - 2):
            if s0 < 0 or doc.para[doc.sent_range(s0)[0]] < doc.para[k] - 1:
                break
            a, b = doc.sent_range(s0)
            for j in range(a, b):
                if toks[j].lemma not in nouns or any(x <= j < y for x, y in inside):
                    continue
                found: list[Actor] = []
                for x in range(j + 1, min(j + 8, b)):
                    if toks[x].lower == "z":
                        found += [m for m in self._parties_after(x, b) if m not in found]
                if found:
                    return found, s0
        return [], None

    def _parties_after(self, k: int, b: int) -> list[Actor]:
        """"z USA", "jedną z USA, drugą z NATO", "z Rosją i Chinami" after token ``k``."""
        doc, toks = self.doc, self.doc.toks
        out, j = [], k + 1
        while j < b:
            m = doc.mention.get(j)
            if m and j == m[1]:
                if m[0].type == "media":
                    break  # "w rozmowie z Radiem X": an interview, no party
                out.append(m[0])
                j = m[2] + 1
                if j < b and toks[j].lower in ("i", "oraz", ","):
                    j += 1
                    continue
                break
            if toks[j].lower in ("jedną", "jednym", "drugą", "drugim", "z", ",", "państw", "krajów", "członków"):
                j += 1
                continue
            break
        return out

    def both_sides(self, a: int, b: int) -> bool:
        """The span [a, b) addresses "both parties" ("wezwał obie strony do …", "apeluję do obu stron o …")."""
        toks = self.doc.toks
        return any(toks[j].lemma in ("oba", "obydwa") and toks[j + 1].lemma == "strona" for j in range(a, b - 1))

    def dispute_parties(self, k: int, demander: Optional[Actor], other: Optional[Actor],
                        other_of: Sequence[Actor]) -> list[Actor]:
        """The two parties of the dispute "both parties" at token ``k`` refers to: ``other``, the named
        demander of an earlier demand in the article, and the party it demanded of (``other_of``), else
        the organisation the text places the dispute in before ``k`` ("referendum strajkowe w spółce X",
        data/demand_dispute_nouns.txt). Fewer than two named parties: none (the text does not state them)."""
        if other is None or other == demander:
            return []
        out = [other] + [x for x in other_of if x != other and x != demander]
        if len(out) < 2:
            doc, toks = self.doc, self.doc.toks
            nouns = lex("demand_dispute_nouns.txt")
            for j in range(k - 1, -1, -1):
                if toks[j].lemma not in nouns or toks[j].pos != "subst":
                    continue
                x = j + 1
                while x < min(j + 4, k) and toks[x].lower not in ("w", "we"):
                    x += 1
                if x + 1 >= k or toks[x].lower not in ("w", "we"):
                    continue
                got = self.actor_at(x + 1, k)
                if got is None and x + 2 < k and toks[x + 1].pos == "subst":
                    got = self.actor_at(x + 2, k)  # "w spółce Polregio"
                if got is not None and got[0].type == "organization" and got[0] not in out and got[0] != demander:
                    out.append(got[0])
                    break
        return out if len(out) >= 2 else []

    def context_addressee(self, k: int) -> list[Actor]:
        """The addressee of a petition or letter sent in this or the two previous sentences of the paragraph."""
        doc = self.doc
        s = doc.toks[k].sent
        # a letter in the paragraph before speaks for a paragraph that opens with the demand, or for a speech
        # that goes on about it; a narrated scene later in the paragraph is another event ("Posiedzenie
        # zostało przerwane przez związkowców, którzy …, domagając się …")
        first = (s == 0 or doc.para[doc.sent_range(s)[0]] != doc.para[doc.sent_range(s - 1)[0]]
                 or self.quoted[k] or self.quote_at(doc.toks[k].idx) is not None)
        for s0 in (s, s - 1, s - 2, s - 3):
            if s0 < 0 or doc.para[doc.sent_range(s0)[0]] < doc.para[k] - (1 if first else 0):
                break
            if s0 in self.sent_to:
                return list(self.sent_to[s0])
        # the petition is named again nearby ("Petycję odebrał wicewojewoda. Związek wylicza w niej …"), or
        # in the attribution closing the quote that holds the demand ("„Apelujemy o …” – czytamy w liście"):
        # the addressee it was sent to earlier
        closing = self.closing_carrier(doc.toks[k].idx)
        if closing is not None:
            got = self.sent_earlier(closing)
            if got is not None:
                return list(self.sent_to[got])
        for s0 in (s, s - 1, s - 2):
            if s0 >= 0 and s0 in self.carrier_sents and doc.para[doc.sent_range(s0)[0]] >= doc.para[k] - (1 if first else 0):
                got = self.sent_earlier(s0)
                if got is not None:
                    return list(self.sent_to[got])
        return []

    def closing_carrier(self, offset: int) -> Optional[int]:
        """The sentence of the attribution that closes the quote holding ``offset`` when it reads the quote
        from a petition or letter ("„…” – czytamy w liście", "„…” – napisali w piśmie"): the sentence where
        the quote ends or the next one, a carrier sentence that sends nothing itself. None otherwise."""
        q = self.quote_at(offset)
        if q is None or q.end <= q.start:
            return None
        doc, toks = self.doc, self.doc.toks
        j = doc.tok_index(q.end - 1)
        end = j + 1
        while end < len(toks) and (toks[end].is_punct or toks[end].text in "”\"»"):
            end += 1
        if end >= len(toks) or doc.para[end] != doc.para[j]:
            return None
        s0 = toks[end].sent
        return s0 if s0 in self.carrier_sents and s0 not in self.sent_to else None

    def senders_document(self, k: int, by: Actor) -> list[Actor]:
        """The addressees of a petition or letter that the demander ``by`` itself sends, named in the
        paragraph of token ``k``, the one before it or the one after it, the nearest first ("Protestujący
        domagają się A. … Pismo z postulatami komitet skierował do Ministerstwa X oraz do Komisji Y"):
        the document carries its sender's demands. Another sender's document is no evidence."""
        doc = self.doc
        s, p = doc.toks[k].sent, doc.para[k]
        keys, paras = self._carrier_keys()
        near = keys[bisect.bisect_left(paras, p - 1):bisect.bisect_right(paras, p + 1)]
        for s0 in sorted(near, key=lambda x: (abs(x - s), x)):
            sender = self.sentence_subject(s0, outside_quotes=True)
            if sender is not None and sender.actor is not None and sender.actor == by:
                return [x for x in self.sent_to[s0] if x != by]
        return []

    def _carrier_keys(self) -> tuple[list[int], list[int]]:
        """The sentences that send a petition or letter to a named addressee and name the document, in
        text order, and the paragraph of each one's first token (non-decreasing): found once per document."""
        got = self.__dict__.get("_carrier_index")
        if got is None:
            doc = self.doc
            keys = [s0 for s0 in self.sent_to_keys if s0 in self.carrier_sents]
            got = self._carrier_index = (keys, [doc.para[doc.sent_range(s0)[0]] for s0 in keys])
        return got

    def answering_party(self, k: int, by: Optional[Actor] = None) -> list[Actor]:
        """The party that answers the demands ending at token ``k`` in this or the next two sentences (the
        next paragraph at most): the named subject of "<X> <verb> te/wszystkie <demand noun>" ("Sąd oddalił
        wszystkie wnioski", "Jeśli pani prezydent spełni te żądania, …") is the party they were made of;
        never the demander ``by``."""
        doc, toks = self.doc, self.doc.toks
        verbs, dets = lex("demand_answer_verbs.txt"), lex("demand_answer_determiners.txt")
        nouns = lex("demand_nouns.txt") | {"wniosek"}
        s = toks[k].sent
        for s0 in (s, s + 1, s + 2):
            if s0 >= len(doc.text.sents):
                break
            a, b = doc.sent_range(s0)
            if doc.para[a] > doc.para[k] + 1:
                break
            for j in range(max(a, k) if s0 == s else a, b):
                if toks[j].lemma not in verbs or toks[j].pos not in ("fin", "praet", "bedzie", "inf"):
                    continue
                if not any(toks[x - 1].lower in dets and toks[x].lemmas() & nouns for x in range(j + 2, min(b, j + 4))):
                    continue
                for x in range(j - 1, max(a, j - 4) - 1, -1):
                    got = self.actor_at(x, j)
                    if got is not None and got[1] == j and got[0].type in ("organization", "person", "place") \
                            and got[0] != by:
                        return [got[0]]
        return []

    def announced_to(self, by: Actor) -> list[Actor]:
        """The addressee an announcement of demands names for demander ``by`` anywhere in the article,
        the headline included ("Komisja … stawia Polsce twarde warunki", "Ankara wylicza warunki dla
        Szwecji i Finlandii"): the fact is stated once for all the demander's items."""
        if not hasattr(self, "_announced"):
            self._announced = self._announcements()
        return [x for x in self._announced.get(by.name, []) if x != by]

    def _announcements(self) -> dict[str, list[Actor]]:
        doc, toks = self.doc, self.doc.toks
        verbs, nouns = lex("demand_announce_verbs.txt"), lex("demand_nouns.txt")
        out: dict[str, list[Actor]] = {}
        for k, t in enumerate(toks):
            if t.lemma not in verbs or t.pos not in ("fin", "praet") or (k > 0 and toks[k - 1].lower == "nie"):
                continue
            b = doc.sent_range(t.sent)[1]
            n = next((j for j in range(k + 1, min(b, k + 6))
                      if any(r.pos == "subst" and r.lemma in nouns and (r.has("pl") or r.lemma == "ultimatum")
                             for r in toks[j].readings)), None)
            if n is None:
                continue
            to = self.datives(k + 1, n)
            if not to and n + 1 < b and toks[n + 1].lower == "dla":
                to = self._coordinated(n + 2, b)
            who = self.subject(k) or self.sentence_subject(t.sent)
            if to and who is not None and who.actor is not None and who.name not in out:
                out[who.name] = [x for x in to if x != who.actor]
        return out

    def dispute_counterparty(self, k: int, by: Optional[Actor], group: bool) -> list[Actor]:
        """The named organisation the text sets, before token ``k``, on the other side of a dispute or of
        talks ("Spór między związkowcami a spółką X", "rozmowy między zarządem spółki X a związkami", "spór
        zbiorowy z firmą X"; data/demand_dispute_sides.txt) from the demander: the workers' or union's
        demand with no addressee of its own is made of it. Only for a demander that is a group or one side
        named in those statements, and only when exactly one organisation is on the other side (two are not
        told apart: none)."""
        if not hasattr(self, "_disputes"):
            self._disputes = self._dispute_sides()
        s = self.doc.toks[k].sent
        before = [(sides, own) for s0, sides, own in self._disputes if s0 <= s]
        if not before or not (group or any(by in sides or by == own for sides, own in before)):
            return []
        other = {x.name: x for sides, _own in before for x in sides if x != by}
        return list(other.values()) if len(other) == 1 else []

    def _dispute_sides(self) -> list[tuple[int, list[Actor], Optional[Actor]]]:
        """(sentence, the named organisations on the sides, the subject that is in dispute "z X")."""
        doc, toks = self.doc, self.doc.toks
        nouns = lex("demand_dispute_sides.txt")
        out = []
        for j, t in enumerate(toks):
            if not t.lemmas() & nouns or t.pos != "subst" or self.quoted[j]:
                continue
            b = doc.sent_range(t.sent)[1]
            x = j + 1
            while x < min(b, j + 4) and toks[x].lower not in ("między", "pomiędzy", "z", "ze") and not toks[x].is_punct:
                x += 1  # "spór zbiorowy z …", "rozmowy ostatniej szansy między …"
            if x >= min(b, j + 4) or toks[x].is_punct:
                continue
            sides, own = [], None
            if toks[x].lower in ("z", "ze"):
                if not t.lemmas() & lex("demand_dispute_nouns.txt"):
                    continue  # "negocjacje z X", "rozmowy z X" name whom one talks with, not the other side
                got = self.actor_at(x + 1, b)
                sides = [got[0]] if got is not None else []
                subj = self.sentence_subject(t.sent, outside_quotes=True)
                own = subj.actor if subj is not None else None  # "Komisja X weszła w spór zbiorowy z …"
            else:
                got = self.actor_at(x + 1, b)
                if got is not None:
                    sides.append(got[0])
                # the second side after "a"/"i" (a dash-parenthesis may stand between: "X - …. - a Y")
                y = next((y for y in range(got[1] if got is not None else x + 2, b) if toks[y].lower in ("a", "i")), None)
                if y is not None:
                    got = self.actor_at(y + 1, b)
                    if got is not None:
                        sides.append(got[0])
            sides = [a for a in sides if a.type == "organization"]
            if sides:
                out.append((t.sent, sides, own))
        return out

    def sent_earlier(self, s: int, within: int = 20) -> Optional[int]:
        """The latest sentence at or before ``s`` (at most ``within`` back) that sent a petition or letter
        to a named addressee."""
        i = bisect.bisect_right(self.sent_to_keys, s) - 1
        return self.sent_to_keys[i] if i >= 0 and self.sent_to_keys[i] >= s - within else None

    def carrier_author(self, s: int) -> Optional[Party]:
        """Who wrote the petition or letter a sentence quotes from ("… – czytamy w piśmie"): the subject
        of the sentence that sent it."""
        got = self.sent_earlier(s)
        return self.sentence_subject(got) if got is not None else None

    # ------------------------------------------------------------ addressees
    def actor_at(self, k: int, end: int) -> Optional[tuple[Actor, int]]:
        """The actor named at token ``k`` (a mention, a role noun such as "minister zdrowia" → its
        holder, an organisation's head noun such as "sądu"), with the token after it."""
        doc, toks = self.doc, self.doc.toks
        if k < end and toks[k].lemma.lower() in lex("demand_honorifics.txt") and toks[k].is_title and k > doc.sent_range(toks[k].sent)[0] \
                and (self.quoted[k] or self.quote_at(toks[k].idx) is not None):
            # "Wymagamy od Pana …" inside a speech: the person the speech addresses ("Panie Prezydencie, …"),
            # never an actor named "Pan"
            voc = self.vocative_before(k)
            return (voc, k + 1) if voc is not None else None
        m = doc.mention.get(k)
        if m and k == m[1]:
            return m[0], m[2] + 1
        if k >= end:
            return None
        t = toks[k]
        if t.pos == "ppron3" and k not in self.layer:
            got = self.antecedent(k)  # "wezwał go do …", "domagają się od niej …"
            return (got, k + 1) if got is not None else None
        if t.text in "„\"«" and k + 1 < end:
            # a quoted name: 'od "Tygodnika Rzeczyckiego"' (the quotation mark is no word of the phrase)
            m = doc.mention.get(k + 1)
            if m and k + 1 == m[1]:
                j = m[2] + 1
                return m[0], j + (j < end and toks[j].text in "”\"»")
            return None
        if t.lemma in ("były", "ówczesny") and k + 1 < end:
            former = self.former_holder(k)
            if former is not None:  # "od byłego dyrektora" → the person the text calls its former director
                return former, k + 2
        if t.pos in ("adj", "ppas") and not t.is_title and k + 1 < end and k not in self.layer \
                and t.lemma.lower() not in role_words():  # ("przewodniczącego" is tagged an adjective)
            nxt = self.actor_at(k + 1, end)
            if nxt is not None and t.lemma in ("były", "ówczesny") and not (nxt[0].role or "").startswith(("był", "ówczesn")):
                return None  # "od byłego dyrektora" is not the director now in office
            return nxt if nxt is not None and (k + 1 in self.layer or k + 1 in doc.mention
                                               or toks[k + 1].lemma in role_words()
                                               or toks[k + 1].lemmas() & lex("addressee_bodies.txt")) else None
        got = self.layer.get(k)
        if got is not None and got[1] == k and not got[0].group and got[0].actor in self.by_name:
            actor = self.by_name[got[0].actor]
            return actor, self._past_complement(got[2] + 1, actor, end)  # "do burmistrza Hałasa"
        if t.lemmas() & lex("addressee_bodies.txt") and k + 1 < end:
            m2 = doc.mention.get(k + 1)
            if m2 and m2[1] == k + 1:
                return m2[0], m2[2] + 1  # "od zarządu PGG", "do władz Mińska"
            m2 = doc.mention.get(k + 2)
            if m2 and m2[1] == k + 2 and m2[0].type == "organization" and toks[k + 1].pos == "subst" \
                    and not toks[k + 1].is_title and "gen" in _cases(toks[k + 1]) \
                    and (toks[k + 1].lemmas() & lex("apposition_nouns.txt") or self.org_by_head(k + 1) == m2[0]):
                return m2[0], m2[2] + 1  # "między zarządem spółki X a …": the kind noun the text gives X
        if t.lemma.lower() in holder_nouns() or {r.lemma.lower() for r in t.readings} & holder_nouns():
            actor = self.role_holder(k)
            if actor is not None:
                j = k + 1
                while j < end and toks[j].pos in ("subst", "adj") and j not in doc.mention and not toks[j].is_punct \
                        and toks[j].case() & {"gen"}:
                    j += 1
                j = self._past_complement(j, actor, end)
                if toks[k].lemma.lower() not in role_words() and not (doc.mention.get(j - 1, (None,))[0] == actor):
                    j = k + 1  # "od właściciela spłaty długów": a noun of holding takes no complement unless it names the holder
                return actor, j
            if toks[k].lemma.lower() in role_words() and k + 1 < end:
                # the unnamed head of a named body stands for it (GUIDELINES): "na ręce przewodniczącego rady
                # nadzorczej", "od prezesa Związku X"
                m2 = doc.mention.get(k + 1)
                if m2 and m2[1] == k + 1 and m2[0].type == "organization" and "gen" in _cases(toks[k + 1]):
                    return m2[0], m2[2] + 1
                body = self.org_by_head(k + 1) if not toks[k + 1].is_title and "gen" in _cases(toks[k + 1]) else None
                if body is not None and body.type == "organization":
                    j = k + 2
                    while j < end and toks[j].pos == "adj" and not toks[j].is_title and "gen" in _cases(toks[j]):
                        j += 1  # "rady nadzorczej"
                    return body, j
        org = self.org_by_head(k)
        if org is not None:
            m2 = doc.mention.get(k + 1)
            if m2 and m2[1] == k + 1 and m2[0] == org:
                return org, m2[2] + 1  # "od klubu Orzeł Kielce": the name in apposition is the same party
            return org, k + 1  # "od Komisji" → Komisja Europejska
        short = self.short_name(k)
        if short is not None:
            return short, k + 1  # "od Sojuszu" → NATO (Sojusz Północnoatlantycki)
        return None

    def short_name(self, k: int) -> Optional[Actor]:
        """A capitalised noun inside a sentence that is the first word of a longer listed name of an actor
        of the text (gazetteer.tsv: "Sojusz" of "Sojusz Północnoatlantycki" → NATO): that actor, when
        exactly one such actor is in the text."""
        t = self.doc.toks[k]
        if not t.is_title or t.sent_start or t.pos != "subst" or k in self.doc.mention:
            return None
        got = {e.canonical for key in word_keys(t.text) for e in gazetteer().get(key, ())
               if len(e.words) > 1 and e.canonical in self.by_name}
        return self.by_name[next(iter(got))] if len(got) == 1 else None

    def _past_complement(self, j: int, actor: Actor, end: int) -> int:
        """The token after a role noun's named complement: a place or body in the genitive ("od
        prezydenta Olsztyna": not a second addressee unless coordinated on) and the holder's own name
        ("do burmistrza Hałasa", "od prezydenta Olsztyna Andrzeja Malickiego")."""
        doc, toks = self.doc, self.doc.toks
        m2 = doc.mention.get(j)
        if m2 and j == m2[1] and m2[0] != actor and m2[0].type in ("place", "organization") \
                and "gen" in _cases(toks[j]) and not (m2[2] + 1 < end and toks[m2[2] + 1].lower in ("i", "oraz", ",")):
            j = m2[2] + 1
            m2 = doc.mention.get(j)
        if m2 and j == m2[1] and m2[0] == actor:
            j = m2[2] + 1
        return j

    def addressees(self, a: int, b: int, verb: Optional[int] = None) -> list[Actor]:
        """Addressees named in the lead span [a, b): "od X", "do X", "wobec X", "przez X", "na ręce X",
        "wezwał X do"."""
        doc, toks = self.doc, self.doc.toks
        out: list[Actor] = []
        k = a
        while k < b:
            low = toks[k].lower
            if low in ("od", "do", "wobec", "przez", "ode", "przeciwko", "przeciw") and k + 1 < b \
                    or low == "ręce" and k > a and toks[k - 1].lower == "na" and k + 1 < b:  # "złożyli na ręce starosty"
                got = self._coordinated(k + 1, b)
                if got:
                    out += [x for x in got if x not in out]
            k += 1
        if verb is not None and toks[verb].lemma in ("wezwać", "wzywać"):
            got = self._coordinated(verb + 1, b)
            out += [x for x in got if x not in out]
        return out

    def _coordinated(self, k: int, b: int) -> list[Actor]:
        """"X", "X i Y", "X, Y i Z" starting at token ``k``."""
        doc, toks = self.doc, self.doc.toks
        out = []
        if k < b and toks[k].lower == "zarówno":
            k += 1  # "zarówno X, jak i Y"
        while k < b:
            got = self.actor_at(k, b)
            if got is None:
                break
            out.append(got[0])
            k = got[1]
            if k + 2 < b and toks[k].text == "," and toks[k + 1].lower == "jak" and toks[k + 2].lower == "i" \
                    and self.actor_at(k + 3, b):
                k += 3
                continue
            if k < b and toks[k].lower in ("i", "oraz", ",") and k + 1 < b and self.actor_at(k + 1, b):
                k += 1
                continue
            break
        return out

    def vocative(self, a: int, b: int) -> Optional[Actor]:
        """A person addressed at the start of a quote: "Pani minister, …", "Panie Burmistrzu, …",
        "Pani Elżbieto, …" (a first name in the vocative → the named person with that first name)."""
        doc, toks = self.doc, self.doc.toks
        for k in range(a, min(b, a + 6)):
            if toks[k].lemma.lower() not in ("pan", "pani") or k + 1 >= b:
                continue
            got = self.layer.get(k) or self.layer.get(k + 1)
            if got is not None and not got[0].group and got[0].actor in self.by_name \
                    and self.by_name[got[0].actor].type == "person":
                return self.by_name[got[0].actor]  # the mention layer linked the address to its holder
            t = toks[k + 1]
            if t.lemma.lower() in role_words() or {r.lemma.lower() for r in t.readings} & role_words():
                words = {r.lemma.lower() for r in t.readings} | {t.lemma.lower()}
                words |= {"wice" + w for w in words}  # a deputy minister is addressed "Pani minister"
                cands = [x for x in doc.actors if x.type == "person" and x.role and x.role.split()[0] in words]
                if toks[k].lemma.lower() == "pani":
                    fem = [x for x in cands if x.name.split()[0].endswith("a")]
                    cands = fem or cands
                if cands:
                    return cands[0]
            for r in t.readings:
                if r.has("voc") and "imię" in r.quals:
                    first = r.lemma.split(":")[0]
                    hit = [x for x in doc.actors if x.type == "person" and x.name.split()[0] == first]
                    if hit:
                        return hit[0]
        return None
