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

Modules: this one finds prose frames and assembles the records; ``demand_lists`` the enumerated
lists and lists continued over sentences; ``demand_items`` cuts a demanded span into items and names
their actions; ``demand_resolve`` gives the frames their parties and dates, with ``demand_parties``
(subjects, groups, quotes) and ``demand_addressees`` (of whom); ``conditions`` finds the one-off
conditions.
"""
from __future__ import annotations

from typing import Optional, Sequence

from ..lexicon import role_words
from ..model import Actor, Demand, Quote, Timex
from ..nlp import QUOTE_CLOSE, QUOTE_OPEN, Text
from .conditions import find_conditions
from .demand_items import action_of, condition_action, gerund_nominative, head, noun_cases, split_items, trim
from .demand_lists import COPULA, FOUND, EnumeratedLists, Frame as _Frame
from .demand_resolve import Dates, resolve
from .demand_layout import is_heading, is_heading_line
from .demand_parties import Parties, lex
from .quotes import _Doc

__all__ = ["extract_demands", "gerund_nominative", "action_of"]

CLAUSE_END = ("bo", "ponieważ", "gdyż", "zanim", "jeśli", "jeżeli", "dopóki", "ale", "lecz", "jednak", "choć",
              "chociaż", "mimo", "gdy", "kiedy", "argumentując", "tłumacząc", "twierdząc", "podkreślając")


def _verb_entries() -> dict[str, Optional[str]]:
    out: dict[str, Optional[str]] = {}
    for line in lex("demand_verbs.txt"):
        parts = line.split()
        out[parts[0]] = parts[1] if len(parts) > 1 else None
    return out


class _Finder(EnumeratedLists):
    def __init__(self, doc: _Doc, parties: Parties) -> None:
        self.doc, self.P = doc, parties
        self.toks = doc.toks
        self.raw = doc.text.text
        self.verbs = _verb_entries()
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

    def skip_addressee(self, k: int, b: int, of: list[Actor]) -> int:
        """Past "od X", "wobec X", "do X" (with the named X collected into ``of``) and skip words."""
        toks = self.toks
        while k < b:
            k = self.skip_words(k, b)
            if of and k + 2 < b and toks[k].lower in ("i", "oraz") and toks[k + 1].lower in ("od", "ode", "wobec"):
                k += 1  # "od klubu i od ligi": a second addressee with its own preposition
            if k < b and toks[k].lower in ("od", "ode", "wobec", "do") and k + 1 < b:
                got = self.P._coordinated(k + 1, b)
                if got:
                    of += [x for x in got if x not in of]
                    k = self._after_actors(k + 1, b)
                    continue
                if toks[k].lower in ("od", "wobec") and k + 1 < b and head(toks, k + 1, b) is not None:
                    # "od rządu", "od władz miasta": an addressee the text does not name
                    h = head(toks, k + 1, b)
                    j = h + 1
                    if toks[h].lemma in lex("addressee_bodies.txt") or toks[h].lemma in ("minister", "ministra"):
                        if j + 1 < b and toks[j].pos in ("subst", "adj") and any(r.has("gen") for r in toks[j].readings) \
                                and (toks[j + 1].text == ":" or {r.pos for r in toks[j + 1].readings} & {"subst", "ger", "adj"}
                                     and not any(r.pos == "prep" for r in toks[j + 1].readings)):
                            j += 1  # "od władz miasta: …", "od dyrekcji szpitala podwyżki …", not "od zarządu podwyżek od …"
                    if toks[h].lemma in lex("addressee_bodies.txt") and j + 1 < b and toks[j].lower in ("w", "we") \
                            and (self.doc.mention.get(j + 1) or (None, -1))[1] == j + 1 \
                            and self.doc.mention[j + 1][0].type == "place":
                        j += 1  # "od władz w Teheranie": the seat names the government addressed
                    m = self.doc.mention.get(j)
                    if m and m[1] == j:
                        if m[0] not in of and m[0].type != "media":
                            of.append(m[0])  # "od klubu Orzeł Kielce", "od państw Zachodu"
                        j = m[2] + 1
                    got = self.P.addressees(k, j)
                    of += [x for x in got if x not in of]
                    k = j
                    if k < b and toks[k].lower in ("i", "oraz") and k + 1 < b and toks[k + 1].lower not in ("od",):
                        pass
                    continue
            break
        return k

    def _after_actors(self, k: int, b: int) -> int:
        toks = self.toks
        while k < b:
            got = self.P.actor_at(k, b)
            if got is None:
                break
            k = got[1]
            if k < b and toks[k].lower in ("i", "oraz", ",") and k + 1 < b and self.P.actor_at(k + 1, b):
                k += 1
                continue
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

    # ------------------------------------------------------------ frames
    def verb_frame(self, k: int, b: int) -> Optional[_Frame]:
        toks = self.toks
        t = toks[k]
        lemma = next((r.lemma for r in [t.reading] + list(t.readings) if r is not None and r.lemma in self.verbs
                      and r.pos in ("fin", "praet", "inf", "impt", "pcon")), None)
        if lemma is None or (k > 0 and toks[k - 1].lower == "nie"):
            return None
        if k > 0 and toks[k - 1].lemma in ("który", "co", "jaki") and toks[k - 1].lower not in ("którzy", "która", "który") \
                and not (k > 1 and toks[k - 2].pos == "prep") and not self._colon_list(k, b):
            # "gwarancji, których zażądała": the demanded thing is named before; not "wniosek, w którym
            # zażądają …" (the relative word is an adverbial) nor "czego oczekuje od X: A, B" (a list follows)
            return None
        prep = self.verbs[lemma]
        tag = t.reading.tag if t.reading else ""
        first_person = ":pri" in tag or ":sec" in tag
        if lemma == "prosić" and not (t.pos == "fin" and ":pri" in tag):
            return None
        if t.pos == "inf" and k > 0 and toks[k - 1].lemmas() & {"móc", "mieć", "trzeba", "warto", "należy", "można", "powinien"}:
            return None  # "komisja może wezwać klub do wyjaśnień", "trzeba domagać się …": no one demands
        a = self.doc.sent_range(t.sent)[0]
        if k > a + 1 and (toks[k - 1].text in "–—" or toks[k - 1].text == "-" and self.raw[toks[k - 1].idx - 1:toks[k - 1].idx] == " ") \
                and prep is None and t.pos in ("praet", "fin") and not first_person \
                and not self._closes_aside(a, k - 1):
            # "X ma do piątku przedstawić plan – zażądał Y": the demand is the speech before the attribution
            x = a
            while x < k - 1 and (toks[x].text in "–—-" or toks[x].text in QUOTE_OPEN):
                x += 1
            item = trim(toks, x, k - 1)
            if item[1] <= item[0] or not any(toks[j].pos in ("fin", "praet", "bedzie", "inf") for j in range(*item)):
                return None
            got = self.P.clause_subject(*item, heads=True) or self._named_subject(*item)
            return _Frame(k, [item], of=[got] if got is not None else [], clause=True)
        of: list[Actor] = []
        o = k + 1
        if lemma in ("zobowiązać", "zobowiązywać") and (k + 1 < b and toks[k + 1].lower == "się"
                                                           or k > 0 and toks[k - 1].lower == "się"):
            return None  # "zobowiązał się do …": a commitment, not a demand made of someone
        if lemma in ("wezwać", "wzywać", "zobowiązać", "zobowiązywać"):
            j = self.skip_words(o, b)
            while j < b and j - o < 3 and toks[j].pos == "adv" and j not in self.doc.mention:
                j += 1  # "wezwał jednocześnie X do …"
            got = self.P._coordinated(j, b)
            of += got
        o = self.skip_addressee(o, b, of)
        if of and prep is None:
            colon = next((j for j in range(o, min(b, o + 6)) if toks[j].text == ":"), None)
            if colon is not None and not any(toks[j].pos in ("fin", "praet") for j in range(o, colon)):
                o = colon  # "od RPEC i władz miasta: A, B"
        clause = False
        if prep is not None:
            # the demanded thing follows the verb's preposition: "wezwał X do A", "apeluje do X o A"
            j = o
            while j < b and j - o < 8 and toks[j].lower != prep and toks[j].text not in ".;":
                if toks[j].lower in ("do", "przeciwko", "przeciw") and prep == "o":
                    got = self.P._coordinated(j + 1, b)  # "apeluje do X o A", "wystąpi przeciwko X o A"
                    of += [x for x in got if x not in of]
                j += 1
            if j < b and toks[j].lower == prep and j - o < 8:
                o = j + 1
                if lemma in ("wystąpić", "występować") and not of and \
                        not any(toks[x].lower in ("do", "przeciwko", "przeciw") for x in range(k, j)):
                    return None  # "wystąpił o wyznaczenie mediatora": an application, unless made to someone
            elif o < b and toks[o].text == "," and o + 1 < b and toks[o + 1].lower in ("by", "aby", "żeby"):
                o, clause = o + 2, True
            elif o < b and toks[o].lower == "do" and (c := self._wish_after_addressee(o, j)) is not None:
                o, clause = c, True  # "zaapelował do posłów, by nie odkładali prac": the addressee names no actor
            else:
                before = self._fronted(k, prep)
                if before is None:
                    return None
                return _Frame(k, [before], of=of)
        if o < b and toks[o].text == ":":
            o += 1
        if o + 1 < b and (toks[o].text.isdigit() and len(toks[o].text) <= 2 or toks[o].text in "abcdefgh") \
                and toks[o + 1].text in ").":
            o += 2  # "żąda: 1) A; 2) B; 3) C"
        colon = next((j for j in range(o, min(b, o + 3)) if toks[j].text == ":"), None)
        if colon is not None and colon + 1 < b:
            o = colon + 1 + (toks[colon + 1].lower == (prep or "o"))  # "prosimy o jedno: o spotkanie …"
        if o < b and toks[o].text == "," and o + 1 < b and toks[o + 1].lower in ("że", "iż", "by", "aby", "żeby"):
            o, clause = o + 2, True
        elif o < b and toks[o].lower in ("by", "aby", "żeby") and lemma == "chcieć":
            o, clause = o + 1, True
        if lemma == "oczekiwać" and o < b and toks[o].lower in ("na", "w", "z"):
            return None  # "oczekuje na decyzję": waiting, not demanding
        if lemma == "oczekiwać" and not of and not (first_person and self.in_quote(k)) and \
                not any(toks[j].lower in ("od", "ode") for j in range(k + 1, min(b, o + 1))) and \
                not (toks[a].lower in ("od", "ode") or a + 1 < k and toks[a].text in "–—-„\"" and toks[a + 1].lower == "od"):
            return None  # "analitycy oczekują obniżki stóp": a forecast; a demand is expected of someone
            # (of someone the sentence may front: "Od miasta fani oczekują trzech rzeczy: …")
        if o >= b:
            return None
        e = self.clause_end(o, b, self.in_quote(k))
        if e <= o:
            return None
        if lemma == "chcieć" and not clause and self._own_plan(o, e):
            return None
        if not clause:
            h = head(toks, o, e)
            if h is None and prep is None:
                o2 = self._after_role_addressee(k + 1, o)
                if o2 is not None and head(toks, o2, e) is not None:
                    o, h = o2, head(toks, o2, e)  # "od byłego dyrektora zwrotu 1,4 mln zł": not "dyrektora zwrotu"
            if h is None and not (lemma == "chcieć" and toks[o].pos == "inf"):
                return None
            if h is not None and self.announcement(o, e):
                return _Frame(k, [], of=of)  # "domaga się spełnienia trzech warunków": items follow
            if lemma == "chcieć" and not self._wanting_party(k, first_person, h is not None and toks[h].pos != "inf"):
                return None
        if lemma == "chcieć" and clause and (not self._wanting_party(k, first_person, True) or self._nobody_asked(o, e)):
            return None
        if lemma == "chcieć" and clause and first_person and self.P.clause_subject(o, e, heads=True) is None:
            return None  # "Chcemy, żeby nasze dzieci miały gdzie pójść": a wish that asks no named party to act
        items = [trim(toks, o, e)] if clause else split_items(toks, o, e, prep)
        items = [it for it in items if it[1] > it[0]]
        if not items:
            return None
        if not of:
            of += self._fronted_addressee(a, k)
        f = _Frame(k, items, of=of, clause=clause)
        opened = self._aside_opened(a, k - 1)
        if opened is not None:
            f.by = self.P.subject(opened)  # "a zawodnicy - w tym kapitan X - domagają się": the subject before the aside
        return f

    def _wish_after_addressee(self, o: int, j: int) -> Optional[int]:
        """The start of a ", by/aby/żeby" clause closing the addressee phrase "do X" at ``o`` (nouns and
        adjectives only, before ``j``): the token after the complementiser."""
        toks = self.toks
        for c in range(o + 1, j):
            if toks[c].text == "," and c + 1 < j and toks[c + 1].lower in ("by", "aby", "żeby"):
                return c + 2 if c > o + 1 else None
            if toks[c].pos not in ("subst", "adj", "ppas", "brev") and c not in self.doc.mention:
                return None
        return None

    def _closes_aside(self, a: int, d: int) -> bool:
        """The dash at ``d`` closes an aside a dash opened after the sentence's first word ("a zawodnicy -
        w tym kapitan X - domagają się …"): the verb goes on with its own subject, no attribution."""
        return self._aside_opened(a, d) is not None

    def _aside_opened(self, a: int, d: int) -> Optional[int]:
        """The dash opening the aside the dash at ``d`` closes (see ``_closes_aside``), if any."""
        toks, raw = self.toks, self.raw
        if d <= a or not (toks[d].text in "–—" or toks[d].text == "-" and raw[toks[d].idx - 1:toks[d].idx] == " "):
            return None
        dashes = [j for j in range(a + 1, d) if toks[j].text in "–—" or toks[j].text == "-" and raw[toks[j].idx - 1:toks[j].idx] == " "]
        if len(dashes) % 2 == 1 and not any(toks[j].text in QUOTE_CLOSE for j in range(a, d)):
            return dashes[-1]
        return None

    def _named_subject(self, a: int, b: int) -> Optional[Actor]:
        """The organisation a clause opens with as "<noun> (<noun>) <Name>" ("Zarząd spółki Orlen ma …",
        "Spółka PKP Cargo musi …"): the first name before any preposition or verb."""
        toks = self.toks
        for j in range(a, min(b, a + 4)):
            m = self.doc.mention.get(j)
            if m and m[1] == j:
                return m[0] if m[0].type in ("organization", "person", "place") else None
            if toks[j].pos not in ("subst", "adj") or toks[j].pos == "prep":
                return None
        return None

    def _after_role_addressee(self, a: int, o: int) -> Optional[int]:
        """The token after a role noun addressed with "od" in [a, o) ("od byłego dyrektora"), when the
        addressee read took the demanded noun for the role's genitive complement."""
        toks = self.toks
        j = next((x for x in range(a, o) if toks[x].lower in ("od", "ode")), None)
        if j is None:
            return None
        j += 1
        while j < o and toks[j].pos in ("adj", "ppas") and not toks[j].is_title:
            j += 1
        return j + 1 if j + 1 < o and toks[j].lemma in role_words() else None

    def _colon_list(self, k: int, b: int) -> bool:
        """A colon follows the verb within its clause ("wyliczył, czego oczekuje od X: A, B")."""
        toks = self.toks
        for j in range(k + 1, min(b, k + 10)):
            if toks[j].text == ":":
                return j + 1 < b
            if toks[j].text in ",;–—" or toks[j].pos in ("fin", "praet"):
                return False
        return False

    def _fronted_addressee(self, a: int, k: int) -> list[Actor]:
        """The addressee fronted at the head of the sentence, before the subject and the verb at ``k``
        ("Od Zachodu Kreml domaga się …", "Od Marka W. śledczy chcą zwrotu …"); a time ("Od poniedziałku
        …") or an unnamed party names none."""
        toks = self.toks
        x = a
        while x < k and (toks[x].text in "–—-„\"" or toks[x].lower in ("a", "natomiast", "zaś")):
            x += 1
        if x + 1 < k and toks[x].lower in ("od", "ode", "wobec"):
            return [g for g in self.P._coordinated(x + 1, k) if g.type != "media"]
        return []

    def _fronted(self, k: int, prep: str) -> Optional[tuple[int, int]]:
        """"O uregulowanie najmu od lat apelował Związek …": the object before the verb."""
        toks = self.toks
        a = self.doc.sent_range(toks[k].sent)[0]
        if toks[a].lower == prep and head(toks, a + 1, k) is not None:
            e = a + 1
            while e < k and not (toks[e].lower in ("od", "już", "wielokrotnie") or toks[e].pos in ("fin", "praet")):
                e += 1
            return trim(toks, a + 1, e)
        return None

    def _wanting_party(self, k: int, first_person: bool, thing: bool) -> bool:
        """chcieć demands only of a named party or a group ("Lewica chce …", "Rodzice chcą, by …")."""
        if first_person:
            return self.in_quote(k)
        p = self.P.subject(k)
        if not thing and (k > 0 and self.toks[k - 1].lemma in role_words()
                          or p is not None and p.actor is not None and p.actor.type in ("person", "media")):
            return False  # "premier chce zamknąć spór": a person's own intention, not a demand made of anyone
        if p is None and thing and k > 0 and any(r.pos == "subst" and r.has("nom") for r in self.toks[k - 1].readings) \
                and not self.toks[k - 1].is_title and not self.in_quote(k):
            return True  # "Ukraińska strona chce także …": a subject the text names by a common noun
        s = self.toks[k].sent
        a = self.doc.sent_range(s)[0]
        if p is None and thing and k == a and s > 0 and not self.in_quote(k):
            a0, b0 = self.doc.sent_range(s - 1)
            if self.doc.para[a0] == self.doc.para[k] and any(self._is_trigger(j) for j in range(a0, b0)):
                return True  # "X domagają się A. Chcą też B": the demanders of the sentence before
        return p is not None

    def _own_plan(self, o: int, e: int) -> bool:
        """"chce wydobywać wapień", "chce jednak najpierw ocenić, czy …", "chcemy tu żyć": an infinitive
        after chcieć (adverbs before it aside) is the subject's own plan, no demand made of anyone, unless
        it asks for a thing (data/demand_obtain_verbs.txt: "chce zachować dla siebie dwanaście resortów")."""
        toks = self.toks
        j = o
        while j < e and j - o < 3 and toks[j].pos in ("adv", "qub", "conj") and toks[j].text.isalpha():
            j += 1
        infs = [r.lemma for r in toks[j].readings if r.pos == "inf"] if j < e else []
        return bool(infs) and not set(infs) & self.obtain  # the tagger may read "żyć" as a noun

    def _nobody_asked(self, o: int, e: int) -> bool:
        """A wished clause whose subject is an indefinite pronoun ("żeby ktoś wreszcie nas słuchał";
        data/demand_indefinite_subjects.txt) asks no party to act."""
        toks = self.toks
        return any(toks[j].lower in self.indefinite for j in range(o, min(e, o + 3)))

    def announcement(self, o: int, e: int) -> bool:
        """The object names demands without stating them: "spełnienia trzech warunków", "trzech rzeczy",
        "trzech zmian", "zmian w uchwale …" (data/demand_announce_nouns.txt; a count word before a noun
        that ends the object)."""
        toks = self.toks
        for j in range(o, min(e, o + 4)):
            if toks[j].pos == "prep":
                return False
            if toks[j].lemma in self.nouns or toks[j].lemma in self.announce_nouns and (
                    not self.announce_nouns[toks[j].lemma] or self._plural_genitive(j)) \
                    or toks[j].pos == "num" and toks[j].text.isalpha() and j + 2 == e and toks[j + 1].pos == "subst":
                return not any(toks[x].text == ":" for x in range(j, e))
        return False

    def _plural_genitive(self, j: int) -> bool:
        """Only a genitive plural ("zmian"): "zmiany wysokości podwyżek" (genitive singular) is one change."""
        rs = [r for r in [self.toks[j].reading] + list(self.toks[j].readings) if r is not None and r.pos == "subst"]
        return bool(rs) and all(r.has("pl") and r.has("gen") for r in rs)

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
        if not (t.lemma in self.nouns or {r.lemma for r in t.readings if r.pos == "subst"} & self.nouns):
            return None
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
                                              or before.lemma in ("swój", "własny"))
            if counted and not any(toks[x].text == ":" for x in range(k, b)):
                return _Frame(k, [], of=self.P.addressees(a, b) + self.P.datives(a, b))
            if counted and k + 1 < b and toks[k + 1].text == ":":
                # "pismo z trzema postulatami: A, B, a także C", "wymienia swoje żądania: A, B oraz C": the
                # count or the possessive announces the list after the colon
                e = self.clause_end(k + 2, b, self.in_quote(k))
                items = split_items(toks, k + 2, e)
                if items and head(toks, k + 2, e) is not None:
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
            c = j
            while j < b and (toks[j].text in "–—-:" or toks[j].lower in COPULA or toks[j].lower in ("m.in.", "przede", "wszystkim")):
                j += 1
            h = head(toks, j, b) if j > c else None
            if h is not None and any(toks[x].lower in COPULA for x in range(c, j)) and \
                    not any(r.pos in ("adj", "ppas") for r in toks[h].readings):  # "są jasne" is no list
                items = split_items(toks, j, self.clause_end(j, b, self.in_quote(k)))
                if items:
                    return _Frame(k, items, by=owner, inherit=owner is None)
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
        # "apel o A", "z apelem o A", "petycja do X o A"
        if t.lemma in ("apel", "petycja", "wezwanie", "list") or prev == "z":
            j = k + 1
            of: list[Actor] = []
            while j < b and j - k < 9 and toks[j].lower != "o" and toks[j].text not in ",.;" \
                    and toks[j].pos not in ("fin", "praet", "bedzie", "impt"):
                # a verb ends the noun's phrase: "W petycji komitet domaga się A o B" is the verb's frame
                if toks[j].lower == "do":
                    of += [x for x in self.P._coordinated(j + 1, b) if x not in of]
                j += 1
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
        n = len(doc.text.sents)
        for s in range(n):
            if s in self.used or self.heading(s):
                continue
            a, b = doc.sent_range(s)
            f = self.series(s)
            if f is not None:
                out.append(f)
                continue
            if is_heading_line(doc, a) and is_heading_line(doc, b - 1):
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
            f = self.ordinal_frame(a, b) or self.address_frame(a, b) or self.first_after_announcement(s, out)
            found = [f] if f is not None else []
            k = a
            while k < b:
                if found and found[-1].items and found[-1].items[0][0] > found[-1].trig and k < found[-1].items[-1][1]:
                    k = found[-1].items[-1][1]
                    continue
                g = None if is_heading_line(doc, k) else (self.verb_frame(k, b) or self.noun_frame(k, a, b, s))
                if g is not None:
                    found.append(g)
                    k = max(k + 1, g.items[-1][1] if g.items else k + 1)
                    continue
                # ", a trzecim — A" inside a sentence
                if toks[k].text == "," and k + 2 < b and toks[k + 1].lower == "a":
                    g = self.ordinal_frame(k + 1, b)
                    if g is not None:
                        found.append(g)
                        k = max(k + 1, g.items[-1][1])
                        continue
                k += 1
            out += found
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

    def _is_trigger(self, k: int) -> bool:
        t = self.toks[k]
        return bool(t.lemmas() & self.triggers) and \
            not (k > 0 and self.toks[k - 1].lower == "pod")


def extract_demands(text: Text, actors: Sequence[Actor], timeline: Sequence[Timex] = (),
                    quotes: Sequence[Quote] = ()) -> list[Demand]:
    """Items (numbered in text order) then conditions."""
    doc = _Doc(text, actors)
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
        """Not an appeal without content ("o powściągliwość", "o wzajemny kompromis")."""
        words = [t for t in toks[a:b] if not t.is_punct and t.pos not in ("adj", "adja")]
        return not (len(words) == 1 and words[0].lemma in vague)

    for f in frames:
        f.items = [it for it in f.items if content(*it)]
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
            out.append(Demand(n=len(out) + 1, text=raw[start:end], kind="item",
                              by=f.by.name if f.by else None, of=", ".join(x.name for x in f.of) or None,
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
