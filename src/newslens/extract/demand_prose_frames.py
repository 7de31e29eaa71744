"""Demand frames of prose (round 11 of issue 14): a protest's goal ("Głównym celem protestu są A oraz B"),
a list known to be clear ("postulaty …, bo są one znane: to A oraz B"), a noun of demanding before a wished
clause ("mam oczekiwanie, żeby …"), "z żądaniem X", a "niech" clause answering a condition in speech, a
verbless sentence going on with a list, and the demands a headline states. A mixin of the demand finder
(``demands._Finder``), as ``demand_verb_frames.VerbFrames`` is: it uses the finder's ``clause_end``,
``in_quote``, ``verb_frame``, ``_wish_clauses``, ``_is_trigger`` and word lists.
"""
from __future__ import annotations

from typing import Optional

from ..lexicon import role_words
from ..nlp import QUOTE_OPEN, readings
from .condition_clauses import _general
from .demand_items import action_of, head, noun_cases, split_items, trim
from .demand_layout import is_heading_line
from .demand_lists import COPULA, Frame as _Frame
from .demand_parties import lex
from .quote_doc import mention_nominative


class ProseFrames:
    """Finder methods for the prose frames above."""

    def goal_frame(self, k: int, b: int) -> Optional[_Frame]:
        """"Głównym celem protestu są A oraz B": a goal noun (data/demand_goal_nouns.txt) with a noun of
        protest in the genitive, a copula, then the items; not a goal that only expresses something
        ("Celem pikiety jest zwrócenie uwagi na …"; data/demand_goal_expressive.txt)."""
        toks = self.toks
        if not (k + 2 < b and toks[k + 1].lemma in self.protest_nouns and "gen" in noun_cases(toks[k + 1])):
            return None
        j = k + 2
        while j < b and j - k < 5 and toks[j].pos in ("adj", "subst") and "gen" in noun_cases(toks[j]) | (
                {"gen"} if toks[j].pos == "adj" else set()):
            j += 1  # "celem akcji protestacyjnej nauczycieli"
        if not (j < b and toks[j].lower in ("jest", "są", "będą", "będzie", "to")):
            return None
        o = j + 1
        h = head(toks, o, b)
        if h is None or action_of(toks[h:h + 1]) in self.expressive:
            return None
        items = split_items(toks, o, self.clause_end(o, b, self.in_quote(k)))
        return _Frame(k, items) if items else None

    def known_list(self, k: int, b: int) -> Optional[_Frame]:
        """"(Nie ma sensu mówić o) postulatach, bo są one znane: to A oraz B": a plural noun of demanding, then
        in its sentence "są one/te <clear word>:" (data/demand_clear_terms.txt) and the list after the colon."""
        toks = self.toks
        if not any(r.has("pl") for r in toks[k].readings):
            return None
        for j in range(k + 1, min(b - 2, k + 9)):
            if toks[j].lemmas() & self.clear and toks[j + 1].text == ":" and any(
                    toks[x].lower in ("są", "były") for x in range(max(k + 1, j - 3), j)):
                o = j + 2
                while o < b and (toks[o].lower in ("to", "są") or toks[o].text in "–—-"):
                    o += 1
                if head(toks, o, b) is None:
                    return None
                items = split_items(toks, o, self.clause_end(o, b, self.in_quote(k)))
                s = toks[k].sent  # whose demands: the subject of the sentence before, in the paragraph
                owner = self.P.sentence_subject(s - 1, outside_quotes=True) \
                    if s > 0 and self.doc.para[self.doc.sent_range(s - 1)[0]] == self.doc.para[k] else None
                return _Frame(k, items, by=owner) if items else None
            if toks[j].text in ".;:":
                return None
        return None

    def noun_clause(self, k: int, b: int) -> Optional[_Frame]:
        """A noun of demanding right before ", by/aby/żeby" and a clause with a finite verb ("Ja mam
        oczekiwanie, żeby gmina tej szkoły nie likwidowała, żeby dzieci miały blisko", "Ich żądanie, by premier
        odszedł, odrzucono"): the clause is demanded, each coordinated clause an item. Not "warunek" (conditions.py)."""
        toks = self.toks
        c, owner = k + 1, None
        m = self.doc.mention.get(c)
        if m and m[1] == c and any(r.has("gen") for r in toks[c].readings) and m[0].type in ("organization", "person", "place"):
            owner, c = self.P.party_at(c), m[2] + 1  # "żądanie Kijowa, aby Rosja wstrzymała …": whose demand it is
        elif c < b and c not in self.doc.mention and self.P.group_at(c) is not None and any(r.has("gen") for r in toks[c].readings):
            owner, c = self.P.group_at(c), c + 1  # "postulat związkowców, by spółka …"
        k1 = c - 1
        if toks[k].lemma == "warunek" or "warunek" in toks[k].lemmas() or not (k1 + 2 < b and toks[k1 + 1].text == ","
                                                                               and toks[k1 + 2].lower in ("by", "aby", "żeby")):
            return None
        if any(toks[x].lower in ("czyli", "tj.", ",", "tzw.") for x in range(max(0, k - 2), k)):
            return None  # "…, czyli wymogu, by …": an explanation inside an item, no demand of its own
        e = self.clause_end(k1 + 3, b, self.in_quote(k))
        if not any(r.pos in ("fin", "praet") for x in range(k1 + 3, min(e, k1 + 12)) for r in toks[x].readings):
            return None
        return _Frame(k, self._wish_clauses(k1 + 3, e), clause=True, by=owner)

    def with_demand(self, k: int, a: int, b: int) -> Optional[_Frame]:
        """"(Petycję do X) z żądaniem rozpoczęcia prac nad projektem (złożyło Stowarzyszenie Y)": a noun of
        demanding after "z" with its genitive object; the object ends before a finite verb."""
        toks = self.toks
        if not (k > a and toks[k - 1].lower == "z" and k + 1 < b) or toks[k].lemma in ("warunek", "apel", "petycja"):
            return None
        if k > a + 1 and toks[k - 2].lower == "jednym":
            return None  # "Jednym z postulatów X jest A": one of the demands, stated by the copula
        h = head(toks, k + 1, b)
        if h is None or h > k + 3 or "gen" not in noun_cases(toks[h]) or h in self.doc.mention:
            return None
        e = self.clause_end(k + 1, b, self.in_quote(k))
        end = e
        e = next((x for x in range(k + 1, e) if toks[x].pos in ("fin", "praet", "bedzie")), e)
        if e == h + 1 and any(r.has("nom") for r in toks[h].readings if r.pos == "subst"):
            return None  # "Pismo z żądaniami związek złożył …": the word before the verb is its subject
        items = split_items(toks, k + 1, e)
        # who demands: the subject of the verb ending the object ("… złożyło w sobotę Stowarzyszenie Y"),
        # not a name inside the object ("projektem ustawy autorstwa Z")
        owner = None
        for j in range(e + 1, end):
            m = self.doc.mention.get(j)
            if m is not None and m[1] == j and any(r.has("nom") for r in toks[j].readings):
                owner = self.P.party_at(j)  # the subject after the verb
                break
        return _Frame(k, items, by=owner, of=self.P.addressees(a, k)) if items else None

    def _genitive_to_copula(self, j: int, b: int) -> Optional[int]:
        """The copula after a genitive phrase (a name, nouns, adjectives, participles: at most four words) from
        ``j``: "(postulatem) protestujących taksówkarzy jest", "(z postulatów) Stowarzyszenia X jest"."""
        toks = self.toks
        g = j
        while g < b and g - j < 4 and (g in self.doc.mention or any(r.pos in ("subst", "adj", "pact", "ppas", "ger")
                                                                    and r.has("gen") for r in toks[g].readings)):
            g = self.doc.mention[g][2] + 1 if g in self.doc.mention and self.doc.mention[g][1] == g else g + 1
        return g if g > j and g < b and toks[g].lower in COPULA else None

    def _copula_after(self, k: int, b: int) -> Optional[int]:
        """The copula ("to", "są", "jest") right after the noun of demanding at ``k``, or after an addressee
        phrase that follows it ("postulaty wobec zarządu to …", "żądania do ministra są …")."""
        toks = self.toks
        j = k + 1
        if j < b and toks[j].lower in ("wobec", "do", "od") and self.P.actor_at(j + 1, b) is None:
            h = head(toks, j + 1, b)
            j = h + 1 if h is not None else j
            while j < b and toks[j].pos in ("adj", "subst") and "gen" in noun_cases(toks[j]) and j - k < 6:
                j += 1
        elif j < b and toks[j].lower in ("wobec", "do", "od"):
            got = self.P.actor_at(j + 1, b)
            j = got[1] if got else j
        if j < b and toks[j].lower in COPULA and j + 1 < b and head(toks, j + 1 + (toks[j + 1].text == ":"), b) is not None:
            return j
        return None

    def heading_frames(self) -> list[_Frame]:
        """Demands a headline or subheading states with a plain verb of demanding (data/demand_heading_verbs.txt:
        "Kierowcy domagają się 1000 zł podwyżki", "Związki wnioskują o A"); the caller keeps those the body
        does not state again (a headline mostly restates the body)."""
        doc, toks = self.doc, self.toks
        out: list[_Frame] = []
        for s in range(len(doc.text.sents)):
            a, b = doc.sent_range(s)
            if not (self.heading(s) or is_heading_line(doc, a, True)):
                continue
            k = a
            while k < b and is_heading_line(doc, k, True):
                g = self.verb_frame(k, b) if toks[k].lemmas() & self.heading_verbs else None
                if g is not None and g.items and all(is_heading_line(doc, x, True) for x in (g.items[0][0], g.items[-1][1] - 1)):
                    out.append(g)
                    k = max(k + 1, g.items[-1][1])
                    continue
                k += 1
        return out

    def _demands_near(self, s: int) -> bool:
        """A trigger of demanding in sentence ``s`` or the one before ("Pierwszy miał przebywać na Cyprze, a
        drugi – ponoć w Hiszpanii" counts people, not demands)."""
        lo = self.doc.sent_range(max(0, s - 1))[0]
        return any(self._is_trigger(j) for j in range(lo, self.doc.sent_range(s)[1]))

    def jussive_frame(self, k: int, a: int, b: int) -> Optional[_Frame]:
        """"Jeśli X tego chce, (to) niech to udowodni": in speech, a "niech" clause answering a condition
        ("jeśli/jeżeli" before it in the sentence) demands the act of its subject; not a "niech" without
        a condition ("Niech żyje …", a wish)."""
        toks = self.toks
        if toks[k].lower != "niech" or not self.in_quote(k) or k < a + 3:
            return None
        j = k - 1 - (toks[k - 1].lower == "to")
        if toks[j].text != "," or not any(toks[x].lower in ("jeśli", "jeżeli") for x in range(a, j)):
            return None
        c = max(x for x in range(a, j) if toks[x].lower in ("jeśli", "jeżeli"))
        if _general(self.doc, c + 1, j):
            return None  # "Jeśli ktoś chce …, niech pokaże …": a general hypothesis asks no party
        e = self.clause_end(k, b, True)
        if not any(r.pos in ("fin", "praet", "bedzie") for x in range(k + 1, min(e, k + 4)) for r in toks[x].readings):
            return None
        return _Frame(k, [trim(toks, k, e)], clause=True)

    def list_goes_on(self, s: int, before: list[_Frame]) -> Optional[_Frame]:
        """A verbless sentence of genitive nouns right after a demand in the genitive, in its paragraph:
        the list goes on ("Domagamy się przede wszystkim przywrócenia go do pracy. Cofnięcia kar, uczciwych
        premii – …"); not a sentence with a verb of its own, nor one in another case."""
        doc, toks = self.doc, self.toks
        if not before or not before[-1].items or before[-1].clause or s == 0:
            return None
        f = before[-1]
        a, b = doc.sent_range(s)
        if toks[f.items[-1][0]].sent != s - 1 or doc.para[a] != doc.para[f.items[-1][0]]:
            return None
        h0 = head(toks, *f.items[0])
        o = a
        while o < b and (toks[o].text in "–—-" or toks[o].text in QUOTE_OPEN):
            o += 1
        if o >= b:
            return None  # a sentence of dashes and quotation marks only ("…!\n–" ending the page): no words
        e = self.clause_end(o, b, self.in_quote(o))
        h = head(toks, o, e)
        if h0 is None or h is None or any(r.pos in ("fin", "praet", "bedzie", "inf", "impt", "pred") for x in range(o, e)
                                           for r in toks[x].readings) or self.in_quote(o) != self.in_quote(f.trig):
            return None  # (any verbal reading: "Firmy dostaną …" with "dostaną" tagged a participle)
        if "gen" not in noun_cases(toks[h0]) or not {"gen"} & noun_cases(toks[h]) \
                or h in self.doc.mention or toks[h].lemma in self.indefinite or toks[h].lemma in ("nic", "coś", "wszystko", "reszta"):
            return None
        items = split_items(toks, o, e)
        return _Frame(a, items, inherit=True) if items else None

    def suggestion_frame(self, k: int, a: int, b: int) -> Optional[_Frame]:
        """In speech, "warto (byłoby) (rozważyć), żeby/by X <finite verb> …": the speaker urges X to act
        ("warto byłoby rozważyć, żeby państwo przenieśli pikietę pod urząd"); not "warto + infinitive" (no party
        asked: "warto poczekać")."""
        toks = self.toks
        if toks[k].lower != "warto" or not self.in_quote(k):
            return None
        for c in range(k + 1, min(b - 2, k + 5)):
            if toks[c].text == ",":
                if toks[c + 1].lower not in ("by", "aby", "żeby") and not (toks[c + 1].pos == "comp" and toks[c + 1].lemma in ("by", "aby", "żeby")):
                    return None
                e = self.clause_end(c + 2, b, True)
                e = next((x for x in range(c + 2, e - 1) if toks[x].text == "," and toks[x + 1].lower == "co"), e)  # ", co …": a comment
                if not any(r.pos in ("praet", "fin") for x in range(c + 2, min(e, c + 8)) for r in toks[x].readings):
                    return None
                return _Frame(k, self._wish_clauses(c + 2, e), clause=True)
            if toks[c].pos in ("fin", "praet") and toks[c].lemma != "być" or toks[c].text in ";:–—":
                return None
        return None

    # ------------------------------------------------------------ a noun's genitive thing (session 11)
    def genitive_thing(self, k: int, b: int) -> Optional[_Frame]:
        """A singular noun of demanding (postulat, żądanie) whose genitive names the thing demanded, after
        the genitive of whose it is, if any: "pojawia się także postulat osobnego programu remontów",
        "powtórzył postulat związkowców odwołania prezesa X". The thing is an act (a gerund or a noun of an
        act) or a noun with its own genitive; not a party, a body or a person named by role ("postulat
        związku", "żądanie rządu", "postulat ministra"), not a counted or plural noun (announced lists)."""
        toks = self.toks
        t = toks[k]
        nouns = [r for r in t.readings if r.pos == "subst" and r.lemma in ("postulat", "żądanie")]
        if not nouns or k > 0 and toks[k - 1].pos in ("num", "numcol"):
            return None  # ("Żądania" is read as the gerund of żądać too: the noun's reading counts)
        singular = any(r.has("sg") for r in nouns)
        j, owner = k + 1, None
        m = self.doc.mention.get(j)
        if m and m[1] == j:
            owner, j = self.P.party_at(j), m[2] + 1
        elif j < b and self.P.group_at(j) is not None:
            owner, j = self.P.group_at(j), j + 1
        h = head(toks, j, b)
        if h is None or h > j + 2 or h in self.doc.mention or self.P.group_at(h) is not None \
                or not any(r.pos in ("subst", "ger") and r.has("gen") for r in toks[h].readings) \
                or toks[h].lemma.lower() in lex("demand_deciding_bodies.txt") | role_words():
            return None
        act = self.names_act(h)
        if not act and not (singular and h + 1 < b and toks[h + 1].pos == "subst" and any(r.has("gen") for r in toks[h + 1].readings)
                            and h + 1 not in self.doc.mention):
            return None  # ("postulat płacowy", "żądanie zarządu spółki": no thing named; a plural's thing is an act:
            # "żądania zmian w umowie", not "postulatów organizacji")
        e = self.clause_end(j, b, self.in_quote(k))
        e = next((x for x in range(h, e) if toks[x].pos in ("fin", "praet", "bedzie")), e)
        agent = None
        c = next((x for x in range(h, e - 2) if toks[x].text == "," and toks[x + 1].pos == "ppas" and toks[x + 2].lower == "przez"), None)
        if c is not None:  # "Żądania zmian w umowie, sformułowane przez premiera X, …": the agent demands
            stop = next((y for y in range(c + 3, e) if toks[y].text in ",;–—"), e)
            ms = [self.doc.mention[y] for y in range(c + 3, min(stop, c + 10)) if (self.doc.mention.get(y) or (None, -1))[1] == y]
            m = next((x for x in ms if x[0].type == "person"), ms[0] if ms else None)  # "przez premiera Kanady X": X
            agent = self.P.party_at(m[1]) if m is not None else None
            e = c
        items = split_items(toks, j, e)
        # the lead-in's subject demands ("Jan Guz powtórzył postulat związkowców …": Guz), else whose it is
        a = self.doc.sent_range(t.sent)[0]
        v = next((x for x in range(k - 1, max(a, k - 12) - 1, -1) if toks[x].pos in ("fin", "praet")), None)
        by = self.P.subject(v) if v is not None and toks[v].lemma not in ("być", "pojawić", "pojawiać") else None
        return _Frame(k, items, by=agent or by or owner) if items else None

    # ------------------------------------------------------------ support verbs (round 12)
    def support_frame(self, k: int, a: int, b: int) -> Optional[_Frame]:
        """A noun of demanding as the object of a support verb (data/demand_support_nouns.txt,
        data/demand_support_verbs.txt): "Związek wysunął postulat A", "złożył do sądu wniosek o A", "wyraził
        oczekiwanie, że …", "zwrócił się do X z prośbą o A", "Wniosek o A złożył X". The noun's complement
        (its preposition's phrase, its genitive, a clause or a colon list) is demanded; not when the verb is
        negated or an infinitive after a modal ("inspektorat może skierować wniosek o ukaranie": no one
        demands yet)."""
        toks = self.toks
        t = toks[k]
        noun = next((r.lemma for r in t.readings if r.pos == "subst" and r.lemma in self.support_nouns), None)
        if noun is None or k > a and toks[k - 1].lower in ("z", "ze") and noun != "prośba":
            return None  # ("z żądaniem A", "z apelem o A": the noun frames' own)
        prep = self.support_nouns[noun]
        verb = self._support_verb(k, a, b)
        mover = None
        if verb is None and noun == "wniosek":
            verb, mover = self._moved_by(k, a)  # "po skierowaniu przez LOT wniosku, by sąd …"
        after = verb is None
        with_request = after and noun == "prośba" and k > a and toks[k - 1].lower in ("z", "ze")
        if with_request:
            after = False  # "wysłali do X pisma z prośbą o budowę Y": the act is asked whatever the verb
        if k > a and toks[k - 1].pos in ("num", "numcol") or self._conditional(a, b):
            return None  # "przedstawił trzy postulaty": announced; "złożą wniosek o A, jeśli …": a threat
        of: list = []
        for j in range(a, k):  # "Do urzędu X organizacja skierowała wniosek o A"
            if toks[j].lower == "do":
                of += [x for x in self.P._coordinated(j + 1, k) if x not in of]
        o = self.skip_addressee(k + 1, b, of)
        if o < b and toks[o].text == "," and o + 1 < b and toks[o + 1].lower in ("by", "aby", "żeby", "że", "iż") \
                and not after:
            e = self.clause_end(o + 2, b, self.in_quote(k))
            if not any(r.pos in ("fin", "praet", "bedzie", "inf") for x in range(o + 2, min(e, o + 12)) for r in toks[x].readings):
                return None
            return _Frame(k, self._wish_clauses(o + 2, e), of=of, clause=True, by=mover)
        if o < b and toks[o].text == ":" and not after:
            o += 1
            e = self.clause_end(o, b, self.in_quote(k))
            items = split_items(toks, o, e, prep) if head(toks, o + (prep is not None and toks[o].lower == prep), e) is not None else []
            return _Frame(k, items, of=of) if items else None
        owner, moved = None, False
        if prep is not None and after and not of and o == k + 1 and o < b and toks[o].lower != prep:
            got = self._genitive_owner(o, b, prep)
            if got is None:
                return None
            (owner, o), moved = got, True  # "rozpatrzy wniosek prokuratury o uchylenie immunitetu": the motion names its mover
        if prep is not None:
            if not (o + 1 < b and toks[o].lower == prep):
                return None
            o += 1
        elif o < b and (o in self.doc.mention or self.P.group_at(o) is not None):
            return None  # "postulat związku": the genitive names whose demand it is
        h = head(toks, o, b)
        if h is None or h > o + 3 or prep is None and "gen" not in noun_cases(toks[h]) or toks[o].pos in ("pact", "ppas"):
            return None  # (not "postulaty dotyczące A": a participle of the noun)
        if with_request and not self.names_act(h):
            return None  # "przyszli z prośbą o pomoc": a thing asked for, no act asked of a party
        if prep is None and not all(any(r.has("gen") for r in toks[x].readings) for x in range(o, h + 1)):
            return None  # "przedstawił postulaty zarządowi spółki": a dative, not the noun's genitive
        party = None
        if noun == "wniosek" and not of and not moved and verb is not None and not any(r.pos == "ger" for r in toks[h].readings):
            party = self._party_to_proceedings(verb)  # "Prokuratura X skierowała wniosek o areszt dla Y"
        if (noun == "wniosek" and not of or moved) and not any(r.pos == "ger" for r in toks[h].readings) \
                and not (noun == "wniosek" and not moved and self._against(h, b)) and party is None:
            return None  # "złożyły wnioski o członkostwo": an application for a thing, not a motion asking an act
        e = self.clause_end(o, b, self.in_quote(k))
        if moved:
            e = next((x for x in range(o, e) if toks[x].pos in ("fin", "praet") and x > h), e)
            items = split_items(toks, o, e, prep)
            return _Frame(k, items, by=owner) if items else None
        if after:
            # "Wniosek o A złożył X": the thing ends at the support verb after it
            v = next((x for x in range(o, e) if toks[x].pos in ("fin", "praet", "bedzie")), None)
            if v is None or not (toks[v].lemmas() & self.support_verbs) or v > 0 and toks[v - 1].lower == "nie" \
                    or k != a and not (toks[a].text in "–—-„\"" and k == a + 1):
                return None
            e = v
            owner = next((self.P.party_at(x) for x in range(v + 1, min(b, v + 4))
                          if x in self.doc.mention and self.doc.mention[x][1] == x), None)
            items = split_items(toks, o, e, prep)
            return _Frame(k, items, by=owner, of=of) if items and owner is not None else None
        else:
            e = next((x for x in range(o, e) if toks[x].pos in ("fin", "praet") and x > h), e)
        items = split_items(toks, o, e, prep)
        return _Frame(k, items, of=of, by=party or mover) if items else None

    def _moved_by(self, k: int, a: int) -> tuple[Optional[int], Optional[object]]:
        """A gerund of a support verb with its agent before the motion at ``k`` ("po skierowaniu przez LOT
        wniosku", "złożenie przez prokuraturę X wniosku"): (the gerund, the named agent); else (None, None)."""
        toks = self.toks
        j = k - 1
        m = self.doc.mention.get(j)
        if m is None or m[2] != j or m[1] - 2 < a or toks[m[1] - 1].lower != "przez":
            return None, None
        g = m[1] - 2
        if not (toks[g].pos == "ger" and toks[g].lemmas() & self.support_verbs) or g > a and toks[g - 1].lower == "nie":
            return None, None
        return g, self.P.party_at(m[1])

    def _party_to_proceedings(self, verb: int):
        """The subject of the support verb at ``verb`` when it is a named party to court proceedings moving a
        motion (data/demand_court_parties.txt: a prosecutor's office whose name holds "prokuratura"; a person
        after the title "mecenas" or "prokurator") and the text names one court: such a motion asks the
        court for a measure ("Prokuratura X skierowała wniosek o areszt", GUIDELINES: "prokurator wnioskował
        o areszt"), whatever its head. Else None ("Obrońca Jana K. złożył wniosek …": the genitive is the client)."""
        toks = self.toks
        if toks[verb].pos not in ("fin", "praet") or not self.P.courts():
            return None
        got = self.P.subject(verb)
        if got is None or got.actor is None:
            return None
        parties = lex("demand_court_parties.txt")
        words = {r.lemma.lower() for w in got.actor.name.split() for r in readings(w)}
        if words & parties:
            return got
        a = self.doc.sent_range(toks[verb].sent)[0]
        m = next((self.doc.mention[j] for j in range(a, verb) if (self.doc.mention.get(j) or (None, -1))[1] == j
                  and self.doc.mention[j][0] == got.actor), None)
        if m is not None and got.actor.type == "person" and m[1] > a \
                and toks[m[1] - 1].lower in ("mecenas", "mec.", "prokurator", "prokuratorka") and mention_nominative(self.doc, m):
            return got  # a title before the name: "mecenas Piotr Dąbek" (not "obrońca Jana K.": the client)
        return None

    def _genitive_owner(self, o: int, b: int, prep: str) -> Optional[tuple[Optional[object], int]]:
        """A motion or request named with no support verb, its mover in the genitive right after the noun
        and its preposition after that ("wniosek prokuratury o …", "wniosek rządu Jana Nowaka o …",
        "prośba mieszkańców o …"): (the mover, the preposition's index); a request is a demand whatever
        the verb that reports it (rozpatrzyć, odrzucić). The mover is a name, a group or a deciding body
        (data/demand_deciding_bodies.txt) with its genitive name."""
        toks = self.toks
        j, owner = o, None
        m = self.doc.mention.get(j)
        if m and m[1] == j:
            owner, j = self.P.party_at(j), m[2] + 1
        elif self.P.group_at(j) is not None:
            owner, j = self.P.group_at(j), j + 1
        elif j < b and toks[j].lemmas() & lex("demand_deciding_bodies.txt") and any(r.has("gen") for r in toks[j].readings):
            owner, j = self.P.party_at(j), j + 1  # (a body the text does not name: no one, "rząd" is no actor)
            m = self.doc.mention.get(j)
            if m and m[1] == j and m[0].type == "person":
                owner, j = owner or self.P.party_at(j), m[2] + 1  # "rządu Jana Nowaka": the body its head names
        else:
            return None
        if not (j < b and toks[j].lower == prep):
            return None
        return owner, j

    def _support_verb(self, k: int, a: int, b: int) -> Optional[int]:
        """The support verb whose object the noun at ``k`` is: up to six words before it, a name counting as
        one (a dative, an addressee, adverbs between: "złożył wczoraj do sądu wniosek"), not negated, not an infinitive after
        a modal of possibility or obligation."""
        toks = self.toks
        j, n = k, 0
        while n < 6:
            j -= 1
            m = self.doc.mention.get(j)
            if m and a <= m[1] < j:
                j = m[1]  # a name counts as one word ("skierowała do Sądu Okręgowego w Lublinie wniosek")
            if j < a:
                return None
            n += 1
            t = toks[j]
            if t.text in ".;:!?" or t.text == "," and j < k - 1:
                return None
            if t.lemmas() & self.support_verbs and (t.pos in ("fin", "praet", "inf", "pcon", "impt", "bedzie")
                                                    or t.pos == "ger" and self._announced_act(j, a)) or \
                    t.lemmas() & self.support_verbs and any(r.pos in ("fin", "praet", "inf", "pcon") for r in t.readings):
                if j > a and toks[j - 1].lower == "nie" or t.pos == "impt" \
                        or any(toks[x].lower == "niech" for x in range(max(a, j - 8), j)):
                    return None  # negated; asked of the addressee ("niech pan złoży wniosek o …")
                if t.pos == "inf" and j > a and toks[j - 1].lemmas() & {"móc", "trzeba", "warto", "należy", "można", "powinien"}:
                    return None
                return j
        return None

    def _announced_act(self, j: int, a: int) -> bool:
        """The gerund at ``j`` is the object of a verb of announcing or declaring right before it
        (data/condition_context.txt: "zapowiedzieli złożenie wniosku o …"): the support verb's act, announced."""
        return j > a and bool(self.toks[j - 1].lemmas() & lex("condition_context.txt")) \
            and self.toks[j - 1].pos in ("fin", "praet")

    def _against(self, h: int, b: int) -> bool:
        """The motion's thing names the party it is against: "wobec" and a name within a few words after its
        head ("wniosek o wotum nieufności wobec ministra X"): a motion asking a body to act, not an application."""
        for x in range(h + 1, min(b - 1, h + 4)):
            if self.toks[x].lower == "wobec":
                return bool(self.P._coordinated(x + 1, b))
            if self.toks[x].text in ",;:" or self.toks[x].pos in ("fin", "praet"):
                return False
        return False

    def _conditional(self, a: int, b: int) -> bool:
        """The sentence [a, b) holds a conditional clause ("…, jeśli …", "Jeżeli …, złożymy wniosek"): the
        motion it announces is a threat, an act of the speaker's own, not a demand."""
        return any(self.toks[x].lower in ("jeśli", "jeżeli", "gdyby", "jeśliby", "jeżeliby") for x in range(a, b))

    def content_frame(self, k: int, a: int, b: int) -> Optional[_Frame]:
        """A noun of demanding opening its clause as the subject of a verb of content
        (data/demand_content_verbs.txt): "Postulaty związku dotyczą m.in. A", "Lista żądań obejmuje A, B i C",
        "Żądania sprowadzają się do A". The verb's object lists the things demanded; the noun's genitive, if a
        party, demands them."""
        toks = self.toks
        t = toks[k]
        if not any(r.pos == "subst" and r.lemma in self.nouns for r in t.readings) or t.lemma in ("warunek", "warunki"):
            return None
        x = a
        while x < k and (toks[x].text in "–—-„\"" or toks[x].pos in ("adj", "adv", "conj", "ppron3")
                         or toks[x].lower in ("ich", "jego", "jej", "nasze", "te", "wszystkie")
                         or toks[x].lemma in self.list_nouns):
            x += 1
        if x != k:
            return None
        j, owner = k + 1, None
        if j < b and j in self.doc.mention and self.doc.mention[j][1] == j:
            owner = self.P.party_at(j)
            j = self.doc.mention[j][2] + 1
        elif j < b and self.P.group_at(j) is not None:
            owner = self.P.group_at(j)
            j += 1
        v = next((y for y in range(j, min(b, j + 3)) if toks[y].pos in ("fin", "praet")), None)
        if v is None or any(toks[y].text in ",;:" for y in range(j, v)):
            return None
        prep = next((self.content_verbs[r.lemma] for r in toks[v].readings if r.lemma in self.content_verbs), False)
        if prep is False or v > 0 and toks[v - 1].lower == "nie":
            return None
        o = v + 1 + (v + 1 < b and toks[v + 1].lower == "się")
        o = self.skip_words(o, b)
        while o < b and toks[o].lower in ("m.in.", "głównie", "przede", "wszystkim", "między", "innymi", "zwłaszcza", "także", ":"):
            o += 1
        if prep is not None:
            if not (o < b and toks[o].lower == prep):
                return None
            o += 1
        colon = next((y for y in range(o, min(b - 1, o + 3)) if toks[y].text == ":"), None)
        if colon is not None:
            o = colon + 1  # "sprowadzają się do jednego: A"
        if head(toks, o, b) is None:
            return None
        items = split_items(toks, o, self.clause_end(o, b, self.in_quote(k)), prep)
        return _Frame(k, items, by=owner, inherit=owner is None) if items else None
