"""Demands: what is demanded, by whom, of whom (kind ``item``), then one-off conditions
(kind ``condition``, see ``conditions.py``).

Items come from
- enumerated lists after a demanding lead-in: numbered or bulleted lines, and series of sentences
  ("Po pierwsze, … Po drugie, … Trzeci dotyczy …");
- prose frames in one sentence: a verb of demanding (data/demand_verbs.txt: "domaga się od X: A, B,
  a także C", "wezwał X do A", "apeluje do X o A", "oczekujemy, że …", "chce, by …") or a noun of
  demanding ("Wśród żądań rolników znalazły się: A, B", "Kolejnym postulatem jest A", "Drugi – to A",
  "apel o A", "petycja do X o A", "Warunki są jasne. To A, B i C");
- a sentence that announces demands without stating them ("Kreml domaga się spełnienia trzech
  warunków", "ZNP przedstawił trzy postulaty") gives ``by`` and ``of`` to the items that follow in the
  next sentences ("Kolejnym postulatem …", "Drugim warunkiem …", "Po pierwsze …").
Headlines and subheadings (lines without closing punctuation) state no demands.

Modules: this one finds noun frames, runs all frames over the sentences and assembles the records;
``demand_verb_frames`` the frames a verb of demanding heads; ``demand_lists`` the enumerated lists and
lists continued over sentences; ``demand_items`` cuts a demanded span into items and names
their actions; ``demand_resolve`` gives the frames their parties and dates, with ``demand_parties``
(subjects, groups, quotes) and ``demand_addressees`` (of whom); ``demand_prose_frames`` the prose frames
of round 11 (a protest's goal, "z żądaniem X", "niech" answering a condition, headlines); ``conditions``
finds the one-off conditions.
"""
from __future__ import annotations

from typing import Optional, Sequence

from ..model import Actor, Demand, Quote, Timex
from ..nlp import QUOTE_CLOSE, QUOTE_OPEN, Text
from .conditions import find_conditions
from .demand_joint import joint_demanders
from .demand_items import action_of, condition_action, gerund_nominative, head, noun_cases, spelled_out, split_items, trim
from .demand_lists import COPULA, FOUND, EnumeratedLists, Frame as _Frame
from .demand_resolve import Dates, resolve
from .demand_layout import is_heading, is_heading_line
from .demand_parties import Parties, lex
from .demand_prose_frames import ProseFrames
from .demand_verb_frames import VerbFrames, verb_entries
from .quotes import _Doc

__all__ = ["extract_demands", "gerund_nominative", "action_of"]

CLAUSE_END = ("bo", "ponieważ", "gdyż", "zanim", "jeśli", "jeżeli", "dopóki", "ale", "lecz", "jednak", "choć",
              "chociaż", "mimo", "gdy", "kiedy", "argumentując", "tłumacząc", "twierdząc", "podkreślając")


class _Finder(EnumeratedLists, VerbFrames, ProseFrames):
    def __init__(self, doc: _Doc, parties: Parties) -> None:
        self.doc, self.P = doc, parties
        self.toks = doc.toks
        self.raw = doc.text.text
        self.verbs = verb_entries()
        self.nouns = lex("demand_nouns.txt")
        self.ordinals = lex("demand_ordinals.txt")
        self.skip = sorted((tuple(p.split()) for p in lex("demand_skip.txt")), key=len, reverse=True)
        self.skip_by_first: dict[str, list[tuple[str, ...]]] = {}  # longest first, as in self.skip
        for phrase in self.skip:
            self.skip_by_first.setdefault(phrase[0], []).append(phrase)
        self.series_context = lex("demand_series_context.txt")
        self.among = [tuple(p.split()) for p in lex("demand_among.txt")]
        self.first_markers = [tuple(p.split()) for p in lex("demand_first_markers.txt")]
        self.obtain = lex("demand_obtain_verbs.txt")
        self.indefinite = lex("demand_indefinite_subjects.txt")
        self.announce_nouns = {line.split()[0]: line.split()[1:] == ["pl"] for line in lex("demand_announce_nouns.txt")}
        self.used: set[int] = set()  # sentences taken by enumerated lists
        self.timex_end: dict[int, int] = {}  # first token of a timex -> the token after it (set by the caller)
        self.triggers = self.nouns | set(self.verbs) | lex("demand_triggers.txt")
        self.list_nouns = lex("demand_list_nouns.txt")
        self.about = lex("demand_about_words.txt")
        self.goal_nouns = lex("demand_goal_nouns.txt")
        self.heading_verbs = lex("demand_heading_verbs.txt")
        self.expressive = lex("demand_goal_expressive.txt")
        self.protest_nouns = lex("demand_protest_words.txt") | lex("demand_context.txt")
        self.clear = lex("demand_clear_terms.txt")
        self.support_nouns = {line.split()[0]: (line.split()[1] if len(line.split()) > 1 else None)
                              for line in lex("demand_support_nouns.txt")}
        self.support_verbs = lex("demand_support_verbs.txt")
        self.content_verbs = {line.split()[0]: (line.split()[1] if len(line.split()) > 1 else None)
                              for line in lex("demand_content_verbs.txt")}
        self.frame_lemmas = frozenset(self.verbs) | self.nouns | self.goal_nouns | frozenset(self.support_nouns)

    # ------------------------------------------------------------ helpers
    def heading(self, s: int) -> bool:
        return is_heading(self.doc, s)

    def skip_words(self, k: int, b: int) -> int:
        """Past the lead-in words (data/demand_skip.txt) and dates ("zażądała w czwartek od X …": a
        timex of the timeline between the verb and what it demands is no part of it)."""
        toks = self.toks
        moved = True
        while moved and k < b:
            moved = False
            end = self.timex_end.get(k)
            if end is not None and end < b:
                k, moved = end, True
                continue
            for phrase in self.skip_by_first.get(toks[k].lower, ()):
                n = len(phrase)
                if k + n <= b and tuple(toks[j].lower for j in range(k, k + n)) == phrase:
                    k += n
                    moved = True
                    break
        return k

    def clause_end(self, o: int, b: int, in_quote: bool, abbrev: bool = True) -> int:
        """Where the demanded span [o, …) ends: a dash, a closing quotation mark of the speech, a
        conjunction opening another clause (", bo", ", ale", ", jeśli" …)."""
        toks = self.toks
        for k in range(o, b):
            t = toks[k]
            if (t.text in "–—" or (t.text == "-" and self.raw[t.idx - 1:t.idx] == " ")) and k > o and \
                    (toks[k - 1].text in ".!?…" or toks[k - 1].text in QUOTE_CLOSE
                     or (k + 1 < b and toks[k + 1].pos in ("fin", "praet")) or in_quote):
                return k  # the speech's attribution ("… – wyliczała.") or the end of the speech
            if in_quote and t.text in QUOTE_CLOSE and t.text not in QUOTE_OPEN and \
                    not any(toks[j].text in QUOTE_OPEN for j in range(o, k)):
                return k
            if t.text == "," and k + 1 < b and toks[k + 1].lower in CLAUSE_END:
                return k
            if t.text == "," and k + 2 < b and toks[k + 1].lower == "a" and toks[k + 2].lower == "nie" \
                    and not self._list_goes_on(k + 3, b):
                return k  # "X, a nie Y": Y is not demanded (unless the list goes on after it: an item's own contrast)
            if t.text == ";" and k + 1 < b and self.is_trigger_ahead(k + 1, b):
                return k
            if abbrev and len(t.text) > 1 and t.text.endswith(".") and k + 1 < b and toks[k + 1].is_title \
                    and self.is_trigger_ahead(k + 1, min(b, k + 3)):
                return k + 1  # "… o 700 zł. Kolejnym postulatem jest …": the splitter kept one sentence
            if t.text == "," and any(toks[j].lemma in self.verbs and toks[j].pos in ("inf", "fin", "praet", "pcon", "bedzie")
                                     for j in range(k + 1, min(b, k + 4))):
                return k  # "chcą podwyżek, domagać się też będą odwołania …": another verb of demanding, its own frame
            if t.text == "," and k + 2 < b and toks[k + 1].lower == "a" and self.is_trigger_ahead(k + 2, min(b, k + 6)):
                return k  # ", a wśród jej żądań znalazło się …", ", a trzecim — …"
        return b

    def _list_goes_on(self, k: int, b: int) -> bool:
        """A list's final conjunction follows in [k, b) after a comma, before any clause end
        ("…, z udziałem ekspertów, a nie tylko firmy wskazanej przez inwestora, oraz zorganizowania …")."""
        toks = self.toks
        for j in range(k, b - 1):
            if toks[j].text == ";":  # "…, a nie etatowych; wreszcie zatrudnienia …": a semicolon list goes on
                x = j + 1 + (toks[j + 1].lower in ("wreszcie", "po", "także", "również") and toks[j + 1].pos != "prep")
                return head(toks, x, b) is not None
            if toks[j].text in ".–—" or toks[j].text == "," and toks[j + 1].lower in CLAUSE_END:
                return False
            if toks[j].text == "," and (toks[j + 1].lower == "oraz" or j + 2 < b and
                                        f"{toks[j + 1].lower} {toks[j + 2].lower}" in ("a także", "a również", "a ponadto")):
                return head(toks, j + 2 + (toks[j + 1].lower != "oraz"), b) is not None
        return False

    def is_trigger_ahead(self, k: int, b: int) -> bool:
        toks = self.toks
        return any(toks[j].lemma in self.nouns or toks[j].lemma in self.verbs or
                   {r.lemma for r in toks[j].readings} & self.ordinals for j in range(k, min(b, k + 4)))

    def in_quote(self, k: int) -> bool:
        return self.P.quote_at(self.toks[k].idx) is not None or self.P.quoted[k]

    # ------------------------------------------------------------ noun frames
    def _among(self, k: int, a: int) -> bool:
        """A phrase placing things among the demands precedes the noun at ``k``, a possessive between
        ("Wśród żądań …", "Na liście postulatów …", "wśród jej żądań …"; data/demand_among.txt)."""
        toks = self.toks
        j = k - 1 if k > a and toks[k - 1].lower in ("jej", "jego", "ich", "naszych", "swoich") else k
        for phrase in self.among:
            n = len(phrase)
            if j - n >= a and tuple(toks[x].lower for x in range(j - n, j)) == phrase:
                return True
        return False

    def noun_frame(self, k: int, a: int, b: int, s: int) -> Optional[_Frame]:
        """Frames headed by a noun of demanding at token ``k``."""
        toks = self.toks
        t = toks[k]
        if t.lemma in self.goal_nouns:
            return self.goal_frame(k, b)
        if not (t.lemma in self.nouns or {r.lemma for r in t.readings if r.pos == "subst"} & self.nouns):
            return None
        f = self.known_list(k, b) or self.noun_clause(k, b) or self.with_demand(k, a, b)
        if f is not None:
            return f
        prev = toks[k - 1].lower if k > a else ""
        # "Wśród żądań (rolników) znalazły się: A, B"; "wśród jej żądań znalazło się również A"
        wsrod = self._among(k, a)
        noun = t.lemma in self.nouns or any(r.pos == "subst" and r.lemma in self.nouns for r in t.readings)
        # ("trzy żądania" is also read as the gerund of żądać: the noun reading counts)
        if not wsrod and noun and not (k > a and toks[k - 1].lower == "pod") \
                and not (k + 1 < b and toks[k + 1].lower == "o"):
            # "Kreml stawia trzy warunki", "przedstawił trzy postulaty", "pismo z żądaniami": announced
            before = toks[k - 1] if k > a else None
            counted = before is not None and (before.pos in ("num", "numcol") or before.lower in ("swoje", "swoich", "własne", "nasze", "z")
                                              or before.lemma in ("swój", "własny") or before.lemma in self.list_nouns) \
                or self._asks_for(a, k, b)  # "listę żądań", "Jakie są postulaty protestujących?"
            if counted and self._copula_after(k, b) is not None and not self._asks_for(a, k, b):
                counted = False  # "Nasze postulaty to A i B": the noun opens a clause that states them
            if counted and before.lower == "z" and k > a + 1 and toks[k - 2].lower == "jednym" \
                    and self._genitive_to_copula(k + 1, b) is not None:
                counted = False  # "Jednym z postulatów X jest A": one of them is stated
            if not counted and k + 2 < b and toks[k + 1].text == ":" and t.lemma in ("warunek", "warunki") \
                    and any(r.lemma in ("warunek", "warunki") and r.has("pl") for r in t.readings) \
                    and any(toks[x].lemma in lex("condition_setting_verbs.txt") and toks[x].pos in ("fin", "praet")
                            for x in range(max(a, k - 4), k)):
                counted = True  # "Kreml stawia Kijowowi warunki: A i B": conditions put to another party are items
            if not counted and k + 2 < b and toks[k + 1].text == ":" and t.lemma not in ("warunek", "warunki") \
                    and any(r.pos == "subst" and r.lemma in self.nouns and r.has("pl") for r in t.readings):
                counted = True  # "składają się na nią żądania: A, B", "przedstawili postulaty: A, B": the colon lists them
            if counted and not any(toks[x].text == ":" for x in range(k, b)):
                # asked of whom ("Jakie są postulaty protestujących?"): the noun's genitive demands
                owner = self.P.party_at(k + 1) if k + 1 < b and self._asks_for(a, k, b) else None
                return _Frame(k, [], by=owner, of=self.P.addressees(a, b) + self.P.datives(a, b))
            if counted and k + 1 < b and toks[k + 1].text == ":":
                # "pismo z trzema postulatami: A, B, a także C", "wymienia swoje żądania: A, B oraz C": the
                # count or the possessive announces the list after the colon
                e = self.clause_end(k + 2, b, self.in_quote(k))
                items = split_items(toks, k + 2, e)
                o = trim(toks, k + 2, e)[0]  # past a list's first marker ("postulatów: 1) A; 2) B")
                if items and head(toks, o, e) is not None:
                    return _Frame(k, items, of=self.P.addressees(a, k) + self.P.datives(a, k))
        if wsrod:
            j = k + 1
            owner = None
            while j < b and toks[j].lower not in FOUND and j - k < 14:
                j += 1
            if j >= b or toks[j].lower not in FOUND:
                return None
            if j > k + 1:
                owner = self.P.subject(j, stop=k + 1) if toks[k + 1].text == "," else self.P.party_at(k + 1)
            o = j + 1
            o = self.skip_words(o, b)
            if o < b and toks[o].text == ":":
                o += 1
            e = self.clause_end(o, b, self.in_quote(k))
            items = split_items(toks, o, e)
            of = self.P.addressees(k + 1, j) + self.P.datives(k + 1, j)
            f = _Frame(k, items, by=owner, of=of, inherit=owner is None)
            return f if items else None
        # "Kolejnym postulatem jest A", "Drugi postulat – to A", "Pierwszy warunek to A"
        if k > a and {r.lemma for r in toks[k - 1].readings} & self.ordinals:
            j = k + 1
            owner = None
            g = j
            while g < b and g - j < 3 and toks[g].pos in ("subst", "adj") and "gen" in noun_cases(toks[g]):
                g += 1  # "Kolejnym postulatem samorządu jest …": the noun's genitive names whose it is
            if g > j and g < b and toks[g].lower in COPULA:
                owner = self.P.party_at(j)
                j = g
            while j < b and (toks[j].text in "–—-" or toks[j].lower in COPULA or toks[j].lemma == "dotyczyć"):
                j += 1
            if j == k + 1:
                return None
            items = split_items(toks, j, self.clause_end(j, b, self.in_quote(k)))
            return _Frame(k, items, by=owner, inherit=owner is None) if items else None
        # "Postulaty związkowców to A, B i C", "Ich głównym postulatem jest A": the noun opens its clause
        opening = k == a or all(toks[x].pos in ("adj", "ppron3", "ppron12") or toks[x].lower in (
            "ich", "jego", "jej", "nasze", "naszym", "naszymi", "ich", "m.in.") or toks[x].text in "–—-„\""
            or toks[x].pos in ("adv", "conj") and toks[x].lemma not in ("nie",)  # "Dlatego naszym postulatem jest A"
            or x + 2 == k and toks[x].lower == "jednym" and toks[x + 1].lower == "z"  # "Jednym z postulatów X jest A"
            or x + 1 == k and toks[x].lower == "z" and x > a and toks[x - 1].lower == "jednym"
            for x in range(a, k))
        if opening and t.lemma in self.nouns and t.lemma not in ("apel", "petycja") \
                and not (t.lemma == "warunek" and not any(r.has("pl") for r in t.readings if r.lemma == "warunek")):
            # ("Warunkiem jest A" states a one-off condition, see conditions.py)
            j = k + 1
            owner = None
            if j < b and j not in self.doc.mention and self.P.group_at(j) is not None:
                owner = self.P.group_at(j)
                j += 1
            elif j < b and j in self.doc.mention:
                owner = self.P.party_at(j)
                j = self.doc.mention[j][2] + 1
            g = self._genitive_to_copula(k + 1, b)
            if g is not None and g > j:  # "Głównym postulatem protestujących taksówkarzy jest A": the genitive's noun
                nouns = [x for x in range(k + 1, g) if x in self.doc.mention or toks[x].pos == "subst"]
                nouns += [x for x in range(k + 1, g) if x not in nouns]
                got = next((p for p in (self.P.party_at(x) or self.P.group_at(x) for x in nouns) if p is not None), None)
                if got is not None and (got.group or any(x in self.doc.mention for x in range(k + 1, g))):
                    owner, j = got, g  # (a group noun read as an organisation that leads it elsewhere in the
                    # text is left out: dev blind-n06's gold writes that group as the group, a gold question)
            if owner is None and k > a and toks[k - 1].lower in ("ich", "jego", "jej") and s > 0 \
                    and self.doc.para[self.doc.sent_range(s - 1)[0]] == self.doc.para[k]:
                owner = self.P.sentence_subject(s - 1, outside_quotes=True)  # "X stawia sprawę ostrzej. Jego postulaty to …"
            cop, of_ = self._copula_after(j - 1, b), []
            if cop is not None and cop > j and toks[j].lower in ("wobec", "do", "od"):
                of_ = self.P.addressees(j, cop)  # "Jego postulaty wobec właściciela to: A, B"
                j = cop
            c = j
            while j < b and (toks[j].text in "–—-:" or toks[j].lower in COPULA or toks[j].lower in ("m.in.", "przede", "wszystkim")):
                j += 1
            h = head(toks, j, b) if j > c else None
            if j > c and j + 2 < b and any(toks[x].lower in COPULA for x in range(c, j)) \
                    and any(r.pos in ("adj", "ppas") for r in toks[j].readings) and toks[j + 1].text == ":":
                # "Ich postulaty są znane: to A oraz B": the list after the colon
                o = j + 2
                while o < b and (toks[o].lower in ("to", "są") or toks[o].text in "–—-"):
                    o += 1
                items = split_items(toks, o, self.clause_end(o, b, self.in_quote(k))) if head(toks, o, b) is not None else []
                if owner is None and k > a and toks[k - 1].lower in ("ich", "jego", "jej") and s > 0 \
                        and self.doc.para[self.doc.sent_range(s - 1)[0]] == self.doc.para[k]:
                    owner = self.P.sentence_subject(s - 1, outside_quotes=True)  # "Rolnicy …. Ich postulaty są znane: …"
                if items:
                    return _Frame(k, items, by=owner, of=of_, inherit=owner is None)
            if h is not None and any(toks[x].lower in COPULA for x in range(c, j)) and \
                    not any(r.pos in ("adj", "ppas") for r in toks[h].readings):  # "są jasne" is no list
                items = split_items(toks, j, self.clause_end(j, b, self.in_quote(k)))
                if items:
                    return _Frame(k, items, by=owner, of=of_, inherit=owner is None)
        # "(odrzucił) żądanie związku dotyczące podwyżek", "postulaty rolników w sprawie A": the noun's
        # genitive names the demander, the phrase after it what is demanded (a rejected demand is a demand)
        if ({t.lemma} | {r.lemma for r in t.readings}) & self.nouns and t.lemma not in ("warunek",):
            j = k + 1
            owner = None
            if j < b and (j in self.doc.mention or self.P.group_at(j) is not None) and any(r.has("gen") for r in toks[j].readings):
                owner = self.P.party_at(j)
                j = self.doc.mention[j][2] + 1 if j in self.doc.mention else j + 1
            about = j < b and toks[j].lemma in ("dotyczący", "dotyczyć") and toks[j].pos in ("pact", "adj")
            if owner is not None and (about or j + 1 < b and toks[j].lower == "w" and toks[j + 1].lower == "sprawie"):
                o = j + (1 if about else 2)
                e = self.clause_end(o, b, self.in_quote(k))
                e = next((x for x in range(o, e) if toks[x].pos in ("fin", "praet", "bedzie")), e)
                if head(toks, o, e) is not None:
                    items = split_items(toks, o, e)
                    if items:
                        return _Frame(k, items, by=owner)
            got = self.genitive_thing(k, b)  # "postulat odwołania prezesa", "postulat związkowców odwołania X"
            if got is not None:
                return got
        # "apel o A", "z apelem o A", "petycja do X o A"
        if ({t.lemma} | {r.lemma for r in t.readings if r.pos == "subst"}) & {"apel", "petycja", "wezwanie", "list"} or prev == "z":
            j = k + 1
            of: list[Actor] = []
            while j < b and j - k < 9 and toks[j].lower != "o" and toks[j].text not in ",.;" \
                    and toks[j].pos not in ("fin", "praet", "bedzie", "impt"):
                # a verb ends the noun's phrase: "W petycji komitet domaga się A o B" is the verb's frame
                if toks[j].lower == "do":
                    of += [x for x in self.P._coordinated(j + 1, b) if x not in of]
                j += 1
            if j + 2 < b and toks[j].text == "," and toks[j + 1].lower in ("by", "aby", "żeby") and t.lower[:4] != "list" \
                    and any(toks[x].pos in ("praet", "fin") for x in range(j + 2, min(b, j + 10))):
                # "Wysyłamy wezwanie do burmistrza X, aby spotkał się z nami": the clause is demanded of X
                e = self.clause_end(j + 2, b, self.in_quote(k))
                return _Frame(k, [trim(toks, j + 2, e)], of=of, clause=True) if e > j + 2 else None
            if j < b and toks[j].lower == "o" and head(toks, j + 1, b) is not None:
                e = self.clause_end(j + 1, b, self.in_quote(k))
                items = split_items(toks, j + 1, e, "o")
                of += [x for x in self.P.addressees(a, k) if x not in of]
                return _Frame(k, items, of=of) if items else None
        return None

    def address_frame(self, a: int, b: int) -> Optional[_Frame]:
        """"„Panie ministrze, niech pan tu przyjedzie …”": a request made to a person addressed in speech
        (a vocative, then "niech" or an imperative)."""
        toks = self.toks
        k = a
        while k < b and (toks[k].text in "–—-" or toks[k].text in QUOTE_OPEN):
            k += 1
        if not (k + 2 < b and toks[k].lemma.lower() in ("pan", "pani") and self.in_quote(k)):
            return None
        comma = next((j for j in range(k + 1, min(b, k + 4)) if toks[j].text == ","), None)
        if comma is None or comma + 1 >= b:
            return None
        o = comma + 1
        if not (toks[o].lower == "niech" or toks[o].pos == "impt"):
            return None
        e = self.clause_end(o, b, True)
        voc = self.P.vocative(k, comma + 1)
        return _Frame(o, [trim(toks, o, e)], of=[voc] if voc else [], clause=True) if e > o else None

    # ------------------------------------------------------------ all frames
    def frames(self) -> list[_Frame]:
        doc, toks = self.doc, self.toks
        out: list[_Frame] = []
        headed = self.heading_frames()
        self.headed = {id(f) for f in headed}
        n = len(doc.text.sents)
        for s in range(n):
            if s in self.used or self.heading(s):
                continue
            a, b = doc.sent_range(s)
            f = self.series(s)
            if f is not None:
                out.append(f)
                continue
            if is_heading_line(doc, a, True) and is_heading_line(doc, b - 1, True):
                continue
            trig = next((k for k in range(a, b) if self._is_trigger(k)), None)
            if trig is not None:
                f = self.line_list(s, trig)
                if f is not None:
                    out.append(f)
                    continue
            f = self.clear_terms(s) or self.among_them(s) or self.on_the_list(s)
            if f is not None:
                out.append(f)
                continue
            f = self.ordinal_frame(a, b) or self.address_frame(a, b) or self.first_after_announcement(s, out) \
                or self.about_after_announcement(s, out) or self.list_goes_on(s, out)
            found = [f] if f is not None else []
            k = a
            while k < b:
                if found and found[-1].items and found[-1].items[0][0] > found[-1].trig and k < found[-1].items[-1][1]:
                    k = found[-1].items[-1][1]
                    continue
                g = None if is_heading_line(doc, k, True) or not self._may_head(toks[k]) \
                    else (self.verb_frame(k, b) or self.support_frame(k, a, b) or self.content_frame(k, a, b)
                          or self.noun_frame(k, a, b, s)
                          or self.jussive_frame(k, a, b) or self.suggestion_frame(k, a, b))
                if g is not None:
                    found.append(g)
                    k = max(k + 1, g.items[-1][1] if g.items else k + 1)
                    continue
                # ", a trzecim — A" inside a sentence
                if toks[k].text == "," and k + 2 < b and toks[k + 1].lower == "a" and (found or self._demands_near(s)):
                    g = self.ordinal_frame(k + 1, b)
                    if g is not None:
                        found.append(g)
                        k = max(k + 1, g.items[-1][1])
                        continue
                k += 1
            out += found
        for h in headed:  # each headline's frames before the first frame after them, the others' order kept
            at = next((i for i, f in enumerate(out) if f.trig > h.trig), len(out))
            out.insert(at, h)
        return out

    def first_after_announcement(self, s: int, before: list[_Frame]) -> Optional[_Frame]:
        """The first item stated right after a sentence announcing demands without stating them, opened
        by a first-item phrase ("Komitet stawia trzy żądania. Przede wszystkim burmistrz ma wycofać się z
        podwyżki."; data/demand_first_markers.txt). The item is a clause: its subject is the addressee."""
        doc, toks = self.doc, self.toks
        if not before or before[-1].items or toks[before[-1].trig].sent != s - 1:
            return None
        a, b = doc.sent_range(s)
        if doc.para[a] != doc.para[before[-1].trig]:
            return None
        for phrase in self.first_markers:
            n = len(phrase)
            if a + n < b and tuple(toks[x].lower for x in range(a, a + n)) == phrase:
                o = a + n + (toks[a + n].text == ",")
                e = self.clause_end(o, b, self.in_quote(o))
                if e > o and any(r.pos in ("fin", "praet", "bedzie") for x in range(o, e) for r in toks[x].readings):
                    return _Frame(a, [trim(toks, o, e)], inherit=True, clause=True)
        return None

    def _asks_for(self, a: int, k: int, b: int) -> bool:
        """The sentence asks what the demands are ("Jakie są postulaty protestujących?", "Jakie żądania
        stawiają związkowcy?"): an interrogative opens it before the noun at ``k``, a question mark ends it."""
        toks = self.toks
        x = a
        while x < k and (toks[x].text in "–—-„\"" or toks[x].lower in ("a", "i", "więc", "zatem")):
            x += 1
        return x < k and toks[x].lemma in ("jaki", "czego", "co") and toks[x].lower not in ("co", "czy") \
            and toks[b - 1].text == "?" and not self.in_quote(k)

    def about_after_announcement(self, s: int, before: list[_Frame]) -> Optional[_Frame]:
        """The items a sentence announcing demands without stating them leaves for the next one, stated
        with the impersonal "chodzi o" ("Związkowcy przekazali zarządowi listę żądań. Chodzi m.in. o A i
        B"; data/demand_about_words.txt): they continue the announcement (its demander and addressee)."""
        doc, toks = self.doc, self.toks
        if not before or before[-1].items or toks[before[-1].trig].sent != s - 1:
            return None
        a, b = doc.sent_range(s)
        if doc.para[a] != doc.para[before[-1].trig] or toks[a].lower not in self.about:
            return None
        o = self.skip_words(a + 1, b)
        if not (o + 1 < b and toks[o].lower == "o") or head(toks, o + 1, b) is None:
            return None
        items = split_items(toks, o + 1, self.clause_end(o + 1, b, self.in_quote(o)), "o")
        return _Frame(a, items, inherit=True) if items else None

    def _may_head(self, t) -> bool:
        """A verb, noun or goal noun of demanding among ``t``'s lemmas, or "niech"/"warto": what the first
        test of ``verb_frame``, ``noun_frame``, ``jussive_frame`` or ``suggestion_frame`` asks; no frame
        starts at any other token, so ``frames`` tries none there."""
        return not t.lemmas().isdisjoint(self.frame_lemmas) \
            or (t.reading is not None and t.reading.lemma in self.frame_lemmas) or t.lower in ("niech", "warto")

    def _is_trigger(self, k: int) -> bool:
        t = self.toks[k]
        return not t.lemmas().isdisjoint(self.triggers) and \
            not (k > 0 and self.toks[k - 1].lower == "pod")


def extract_demands(text: Text, actors: Sequence[Actor], timeline: Sequence[Timex] = (),
                    quotes: Sequence[Quote] = ()) -> list[Demand]:
    """Items (numbered in text order) then conditions."""
    honorifics = lex("demand_honorifics.txt")
    # an honorific of address taken for a name ("od Pana") is no party: the speech's addressee is
    doc = _Doc(text, [a for a in actors if a.name.lower() not in honorifics])
    P = Parties(doc, quotes)
    finder = _Finder(doc, P)
    for tx in timeline:
        if tx.end > tx.start:
            a, b = doc.tok_index(tx.start), doc.tok_index(tx.end - 1) + 1
            if doc.toks[a].idx == tx.start:
                finder.timex_end[a] = b
    frames = finder.frames()
    dates = Dates(timeline)
    resolve(doc, P, frames, finder)
    frames = [f for f in frames if f.items]
    toks, raw = doc.toks, text.text
    out: list[Demand] = []

    def spoken(offset: int) -> bool:
        q = P.quote_at(offset)
        return P.quoted[doc.tok_index(offset)] or (q is not None and q.kind == "direct")

    vague = lex("demand_vague.txt")

    def content(a: int, b: int) -> bool:
        """Not an appeal without content ("o powściągliwość", "o wzajemny kompromis", "by zachować spokój") nor
        a pronoun ("o to")."""
        words = [t for t in toks[a:b] if not t.is_punct and t.pos not in ("adj", "adja") and t.lower != "się"] \
            or [t for t in toks[a:b] if not t.is_punct]  # "o to": the pronoun is tagged an adjective (ten)
        if len(words) > 1 and words[0].pos == "inf":
            words = words[1:]  # an infinitive keeping or showing it: "zachować spokój", "wykazać cierpliwość"
        words = [t for t in words if t.lower not in ("i", "oraz")]  # "o spokój i rozwagę"
        return not (0 < len(words) <= 2 and all(t.lemma in vague for t in words))

    for f in frames:
        f.items = [it for it in f.items if content(*it)]
        f.items = [x for n, it in enumerate(f.items) for x in spelled_out(toks, *it, listed=n == 0 and len(f.items) > 1)]
    # a headline's demand the body states again is stated once, where the body states it
    body = {action_of(toks[a:b]) for f in frames if id(f) not in finder.headed for a, b in f.items}
    for f in frames:
        if id(f) in finder.headed:
            f.items = [(a, b) for a, b in f.items if action_of(toks[a:b]) not in body]
    frames = [f for f in frames if f.items]
    # one demand of one demander is stated once however often the text restates it (GUIDELINES, decided
    # 2026-11-27): an item of a later frame whose demander and demanded act (its head) an earlier frame's
    # item has is that demand restated ("domaga się zwołania posiedzenia Sejmu … . Apeluje o natychmiastowe
    # zwołanie Sejmu"); two items of one list are two demands ("zniesienia limitu, zniesienia kar")
    stated: dict[tuple[str, str], int] = {}
    for f in sorted(frames, key=lambda f: f.items[0][0]):
        if f.by is None:
            continue
        kept = []
        for a, b in f.items:
            key = (f.by.name, action_of(toks[a:b]) or "")
            if key[1] and stated.get(key, id(f)) != id(f):
                continue
            stated.setdefault(key, id(f))
            kept.append((a, b))
        f.items = kept
    frames = [f for f in frames if f.items]
    seen: set[tuple[int, int]] = set()
    for f in sorted(frames, key=lambda f: f.items[0][0]):
        s = toks[f.trig].sent
        lead_span = doc.text.sent_span(s)
        first = toks[f.items[0][0]]
        lead = raw[lead_span[0]: first.idx].strip() if first.sent == s else \
            raw[lead_span[0]: toks[doc.sent_range(first.sent)[0]].idx if first.sent > s else lead_span[1]].strip() + \
            (" " + raw[doc.text.sent_span(first.sent)[0]: first.idx].strip() if first.sent > s else "")
        if f.announced is not None and f.announced < s:
            # "Kreml domaga się … spełnienia trzech warunków. Warunki są jasne. To …": the announcement leads in
            other = doc.text.sent_span(f.announced)
            lead = raw[other[0]:other[1]].strip() + " " + lead
            lead_span = (other[0], lead_span[1])
        if f.of_sent is not None and f.of_sent != s:
            other = doc.text.sent_span(f.of_sent)
            lead = raw[other[0]:other[1]].strip() + " " + lead
            lead_span = (min(lead_span[0], other[0]), max(lead_span[1], other[1]))
        spans = [(toks[a].idx, toks[b - 1].end) for a, b in f.items]
        for a, b in f.items:
            start, end = toks[a].idx, toks[b - 1].end
            if (start, end) in seen:
                continue
            seen.add((start, end))
            by = joint_demanders(doc, P, f.trig, f.by) or f.by  # "Niemcy, Francja i Polska zażądały …"
            out.append(Demand(n=len(out) + 1, text=raw[start:end], kind="item",
                              by=by.name if by else None, of=", ".join(x.name for x in P.item_of.get((a, b), f.of)) or None,
                              action=condition_action(toks[a + 1:b]) if toks[a].lower == "niech" else action_of(toks[a:b]),
                              start=start, end=end,
                              lead_in=(lead.rstrip(":") + " …") if lead else None,
                              date=dates.when(lead_span, spans, spoken),
                              group=bool(f.by and f.by.group)))
    taken = [(d.start, d.end) for d in out]
    for c in find_conditions(doc, P, taken):
        a, b = c.span
        start, end = toks[a].idx, toks[b - 1].end
        # what the condition conditions ("…, od 1 maja ratownicy zaczną …") is dated by its own days, not
        # the day the condition was set: the span from the trigger to a dash (the attribution) is left out
        sa, sb = doc.sent_range(toks[c.trig].sent)
        dash = next((j for j in range(b, sb) if toks[j].text in "–—" or toks[j].text == "-" and raw[toks[j].idx - 1:toks[j].idx] == " "), sb)
        said = (toks[c.trig].idx, toks[dash - 1].end if dash > c.trig else end)
        out.append(Demand(n=len(out) + 1, text=raw[start:end], kind="condition",
                          by=c.by.name if c.by else None, of=", ".join(x.name for x in c.of) or None,
                          action=condition_action(toks[a:b]), start=start, end=end, lead_in=c.lead,
                          date=dates.when(doc.text.sent_span(toks[c.trig].sent), [(start, end), said], spoken),
                          group=bool(c.by and c.by.group)))
    return out
