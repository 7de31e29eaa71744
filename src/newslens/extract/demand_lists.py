"""Enumerated demand lists: numbered or bulleted lines after a lead-in ending with a colon, and
series of sentences ("Po pierwsze, A. Po drugie, B. Trzeci dotyczy C.") after a demanding or
enumerating lead; lists continued in prose ("Warunki są jasne. To A, B i C", "Wśród nich znalazły
się: A, B", "Na liście znalazło się również C"). A mixin of the demand finder (``demands._Finder``): it uses the finder's
``clause_end`` and word lists.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Optional

from ..model import Actor
from ..nlp import QUOTE_OPEN
from .demand_items import head, split_items, trim
from .demand_parties import Party, lex

MARKER = re.compile(r"^\s*(?:\d{1,2}[.)]|[a-h]\)|[-–—•*·])\s+")
COPULA = ("jest", "są", "był", "była", "było", "były", "to", "będzie", "będą", "pozostaje", "pozostają", "pozostawały")
FOUND = ("znalazły", "znalazło", "znalazł", "znalazła", "znajdują", "znajduje", "jest", "są", "było", "były", "był")
ORDINAL_ADVERBS = ("pierwsze", "drugie", "trzecie", "czwarte", "piąte", "szóste", "siódme", "ósme", "dziewiąte",
                   "dziesiąte")


@dataclass
class Frame:
    """One demanding statement: its items (token ranges) and parties."""

    trig: int  # the trigger token
    items: list[tuple[int, int]]
    by: Optional[Party] = None
    of: list[Actor] = field(default_factory=list)
    lead: str = ""
    clause: bool = False  # the item is a clause ("Pekin zwolni ich …"): its subject may be the addressee
    inherit: bool = False  # a continuation: takes by/of from the frame before it
    of_sent: Optional[int] = None  # the sentence naming the parties of the agreement in question
    of_source: str = ""  # the evidence ``of`` comes from (see ``demand_resolve._addressee``)
    announced: Optional[int] = None  # the sentence that announced these demands (continuations)


def _marker_kind(marker: str) -> str:
    """'number' for 1) / 1. / a), else the bullet character itself."""
    m = marker.strip()
    return "number" if m[:1].isalnum() else m[:1]



class EnumeratedLists:
    """Finder methods for lists whose items are lines or sentences."""

    # ------------------------------------------------------------ enumerated lists
    def line_list(self, s: int, t: int) -> Optional[Frame]:
        """Numbered or bulleted lines after a lead-in that ends with a colon."""
        doc, toks, text = self.doc, self.toks, self.raw
        a, b = doc.sent_range(s)
        colon = next((k for k in range(t, b) if toks[k].text == ":"), None)
        if colon is None or colon < b - 2:
            return None
        if not any(self._is_trigger(k) and not self._weak_trigger(k) for k in range(t, colon)):
            return None  # "cennik, proponowany przez ratusz:": the lead-in demands nothing
        n = len(doc.text.sents)
        items: list[tuple[int, int]] = []
        kind = ""
        taken = []
        for s2 in range(s + 1, n):
            a2, b2 = doc.sent_range(s2)
            line_start = text.rfind("\n", 0, toks[a2].idx) + 1
            line = text[line_start: toks[a2].idx + 4]
            mark = MARKER.match(line) or (toks[a2].idx == line_start and MARKER.match(text[line_start:]))
            prev_end = toks[items[-1][1] - 1].end if items else toks[b - 1].end
            if mark and items and ("\n\n" in text[prev_end:line_start] or _marker_kind(mark.group(0)) != kind):
                break  # a blank line or another kind of marker ends the list ("– Pracujemy …" is dialogue)
            if mark:
                kind = _marker_kind(mark.group(0))
                ia, ib = trim(toks, a2, b2)
                if ib > ia:
                    items.append((ia, ib))
                    taken.append(s2)
                    continue
            if items and doc.para[a2] == doc.para[items[-1][0]] and not MARKER.match(line):
                items[-1] = (items[-1][0], trim(toks, a2, b2)[1])  # an item running over two sentences
                taken.append(s2)
                continue
            break
        if not items:
            return self._paragraph_list(s, t, colon)
        if len(items) < 2:
            # one line holding "• A; • B; • C" is split by the sentence splitter differently: try inline
            return None
        self.used.update(taken)
        of = self.P.addressees(a, colon)
        return Frame(t, items, of=of)

    def _weak_trigger(self, k: int) -> bool:
        """The trigger at ``k`` demands nothing itself: an attributive participle of a verb of demanding or
        proposing ("cennik, proponowany przez ratusz", "postulowana zmiana") or a verb of proposing (GUIDELINES:
        "proponujemy" is no demand)."""
        t = self.toks[k]
        return t.pos in ("pact", "ppas") or t.lemma in ("proponować", "zaproponować")

    def _counted_demands(self, s: int) -> bool:
        """A word of demanding (a trigger or data/demand_series_context.txt) in sentence ``s`` or one of the
        three before it in its paragraph or the one before: what an ordinal counts ("Pierwszy dotyczy …",
        "Drugi – to …") are demands ("usłyszał dwa zarzuty. Pierwszy dotyczy …" counts charges)."""
        doc, toks = self.doc, self.toks
        a = doc.sent_range(s)[0]
        for s0 in range(max(0, s - 3), s + 1):
            a0, b0 = doc.sent_range(s0)
            if doc.para[a0] < doc.para[a] - 1:
                continue
            if any(x.lemmas() & (self.series_context | self.triggers) for x in toks[a0:b0]):
                return True
        return False

    def _paragraph_list(self, s: int, t: int, colon: int) -> Optional[Frame]:
        """A lead-in ending with a colon ("… przedstawili pięć postulatów:"), then a paragraph of its own
        that is the list: a sentence opening with a noun or gerund, cut by its commas or semicolons into
        two items or more."""
        doc, toks = self.doc, self.toks
        if s + 1 >= len(doc.text.sents):
            return None
        a, b = doc.sent_range(s)
        a2, b2 = doc.sent_range(s + 1)
        if doc.para[a2] == doc.para[a] or head(toks, a2, b2) is None or self.in_quote(a2) \
                or any(toks[j].pos in ("fin", "praet", "bedzie") for j in range(a2, min(b2, a2 + 3))):
            return None
        items = split_items(toks, a2, b2)
        if len(items) < 2:
            return None
        self.used.add(s + 1)
        return Frame(t, items, of=self.P.addressees(a, colon))

    def series(self, s: int) -> Optional[Frame]:
        """"Po pierwsze, A. Po drugie, B. Trzeci dotyczy C." after a demanding or enumerating lead."""
        doc, toks = self.doc, self.toks
        n = len(doc.text.sents)
        a, b = doc.sent_range(s)
        k = a
        while k < b and (toks[k].text in "–—-" or toks[k].text in QUOTE_OPEN):
            k += 1
        if not (k + 1 < b and toks[k].lower == "po" and toks[k + 1].lower == ORDINAL_ADVERBS[0]):
            return None
        # the lead: this sentence's beginning or up to three sentences before (same or previous paragraph)
        ctx = False
        for s0 in range(max(0, s - 3), s + 1):
            a0, b0 = doc.sent_range(s0)
            if doc.para[a0] < doc.para[a] - 1:
                continue
            lem = {l for x in toks[a0:b0] for l in x.lemmas()}
            if lem & (self.series_context | self.triggers):
                ctx = True
        items: list[tuple[int, int]] = []
        of: list = []
        taken = []
        num = 0
        last = s
        for s2 in range(s, min(n, s + 12)):
            a2, b2 = doc.sent_range(s2)
            k = a2 if s2 != s else k
            while k < b2 and (toks[k].text in "–—-" or toks[k].text in QUOTE_OPEN):
                k += 1
            adverb = k + 1 < b2 and toks[k].lower == "po" and toks[k + 1].lower == ORDINAL_ADVERBS[min(num, 9)]
            adjective = num > 0 and k < b2 and {r.lemma for r in toks[k].readings} & self.ordinals \
                and toks[k].lower not in ("kolejny", "kolejne") and toks[k].pos in ("adj", "subst")
            if not (adverb or adjective):
                if num:
                    break
                continue
            o = k + 2 if adverb else k + 1
            while o < b2 and (toks[o].text in ",:–—-" or toks[o].lemma == "dotyczyć"):
                o += 1
            e = self.clause_end(o, b2, True, abbrev=False)
            # "… 500 zł. Trzeci dotyczy …": a sentence the splitter left joined after an abbreviation
            cut = next((j for j in range(o + 1, e - 1) if toks[j].text.endswith(".") and toks[j + 1].is_title
                        and {r.lemma for r in toks[j + 1].readings} & self.ordinals), None)
            if cut is not None:
                items.append(trim(toks, o, cut + (toks[cut].text != ".")))
                o = cut + 2
                while o < e and (toks[o].text in ",:–—-" or toks[o].lemma == "dotyczyć"):
                    o += 1
                num += 1
            own = self._own_frame(o, e)
            if own is not None:  # "Po pierwsze, związek domaga się od ministra X A": X is addressed,
                of += [x for x in own.of if x not in of]  # and the item is A, not the clause that asks for it
                o = own.items[0][0]
            item = trim(toks, o, e)
            if item[0] < item[1]:  # "Po drugie." with no words after it counts in the series but is no item
                items.append(item)
            taken.append(s2)
            num += 1
            last = s2
            if not ctx:
                lem = {l for x in toks[a2:b2] for l in x.lemmas()}
                ctx = bool(lem & (self.series_context | self.triggers))
        if not ctx and last + 1 < n:
            a3, b3 = doc.sent_range(last + 1)
            lem = {l for x in toks[a3:min(b3, a3 + 8)] for l in x.lemmas()}
            ctx = bool(lem & self.series_context)
        if num < 2 or not ctx or not items:
            return None
        self.used.update(taken)
        return Frame(toks[a].i, items, of=of, inherit=True, clause=True)

    def _own_frame(self, o: int, e: int) -> Optional[Frame]:
        """A series item that opens with its own demanding clause ("Po pierwsze, związek domaga się od
        ministra X A"): that clause's frame, whose object is the item and whose addressee holds."""
        toks = self.toks
        for v in range(o, min(e, o + 4)):
            if toks[v].pos in ("fin", "praet") and toks[v].lemmas() & set(self.verbs):
                f = self.verb_frame(v, e)
                return f if f is not None and f.items and f.items[0][0] > v else None
            if toks[v].text in ",;:" or toks[v].pos in ("prep",):
                return None
        return None

    # ------------------------------------------------------------ lists continued in prose
    def on_the_list(self, s: int) -> Optional[Frame]:
        """"Na liście (postulatów) znalazło się również A" continuing a demand of the sentences before."""
        doc, toks = self.doc, self.toks
        a, b = doc.sent_range(s)
        if not (a + 1 < b and toks[a].lower == "na" and "lista" in toks[a + 1].lemmas()) or s == 0:
            return None
        a0 = doc.sent_range(max(0, s - 2))[0]
        b0 = doc.sent_range(s - 1)[1]
        if not any(toks[j].lemmas() & self.triggers for j in range(a0, b0)):
            return None  # "Na liście znalazło się 20 nazwisk": no demands before
        j = next((x for x in range(a + 2, min(b, a + 5)) if toks[x].lower in FOUND), None)
        if j is None or any(toks[x].lemmas() & self.triggers for x in range(a + 2, j)):
            return None  # "Na liście żądań znalazły się …" is a noun frame
        if j > a + 2 and toks[a + 2].pos == "subst" and any(r.has("gen") for r in toks[a + 2].readings):
            return None  # "Na liście gości znalazł się …": a list of something else than demands
        o = self.skip_words(j + 1, b)
        if o < b and toks[o].text == ":":
            o += 1
        items = split_items(toks, o, self.clause_end(o, b, self.in_quote(a)))
        return Frame(a, items, inherit=True) if items and head(toks, o, b) is not None else None

    def among_them(self, s: int) -> Optional[Frame]:
        """"(…) swoje postulaty. Wśród nich znalazły się: A, B, a także C" (the list of the sentence before)."""
        doc, toks = self.doc, self.toks
        a, b = doc.sent_range(s)
        if not (a + 1 < b and toks[a].lower == "wśród" and toks[a + 1].lower == "nich") or s == 0:
            return None
        a0, b0 = doc.sent_range(s - 1)
        if not any(toks[j].lemma in self.nouns for j in range(a0, b0)):
            return None
        j = next((x for x in range(a + 2, min(b, a + 6)) if toks[x].lower in FOUND), None)
        if j is None:
            return None
        o = self.skip_words(j + 1, b)
        if o < b and toks[o].text == ":":
            o += 1
        items = split_items(toks, o, self.clause_end(o, b, self.in_quote(a)))
        if not items:
            return None
        by = self.P.sentence_subject(s - 1)
        return Frame(a, items, by=by, of=self.P.addressees(a0, b0) + self.P.datives(a0, b0))

    def clear_terms(self, s: int) -> Optional[Frame]:
        """"(Nasze) warunki są jasne. To A, B i C": the items are in the next sentence."""
        toks = self.toks
        a, b = self.doc.sent_range(s)
        # at the sentence start, or after an abbreviation's dot the splitter kept ("… na 2028 r. Warunki są jasne.")
        nouns = [k for k in range(a, b) if toks[k].lemma.lower() in self.nouns and any(r.has("pl") for r in toks[k].readings)
                 and (k < a + 4 or toks[k].is_title and len(toks[k - 1].text) > 1 and toks[k - 1].text.endswith("."))]
        if not nouns or s + 1 >= len(self.doc.text.sents):
            return None
        k = nouns[0]
        joined = k >= a + 4
        c = k + 1
        m = self.doc.mention.get(c)
        if m is not None and m[1] == c:
            c = m[2] + 1  # "Warunki Turcji są jasne": whose terms
        elif c < b and toks[c].pos == "subst" and toks[c].reading is not None and toks[c].reading.has("gen"):
            c += 1  # "Postulaty związku są jasne"
        if not (c < b and (toks[c].lower == "brzmią" or toks[c].lower == "są" and c + 1 < b
                           and toks[c + 1].lemma in lex("demand_clear_terms.txt"))):
            return None
        a2, b2 = self.doc.sent_range(s + 1)
        if toks[a2].lower != "to":
            return None
        o = self.skip_words(a2 + 1, b2)
        items = split_items(toks, o, self.clause_end(o, b2, self.in_quote(a2)))
        if not items:
            return None
        self.used.add(s + 1)
        owner = None
        if k > a and toks[k - 1].lower in ("nasze", "moje"):
            owner = self.P.speaker_at(toks[k].idx)
        elif joined:  # "X może zaakceptować Y. Warunki są jasne.": X sets them
            owner = self.P.sentence_subject(s)
        return Frame(k, items, by=owner, inherit=owner is None)

    def ordinal_frame(self, a: int, b: int) -> Optional[Frame]:
        """"Drugi – to A", "Trzeci – uwolnienie B", "Trzeci dotyczy C" (the noun is the previous one's)."""
        toks = self.toks
        k = a
        if k < b and toks[k].text in "–—-":
            k += 1
        if k < b and toks[k].lower == "a":
            k += 1
        if not (k < b and {r.lemma for r in toks[k].readings} & self.ordinals and toks[k].pos in ("adj", "subst")):
            return None
        if k + 1 < b and toks[k + 1].lemma in self.nouns:
            return None  # handled as a noun frame
        j = k + 1
        if j + 1 < b and toks[j].lower == "z" and toks[j + 1].lower == "nich":
            j += 2  # "Pierwszy z nich to A" (the demands announced before)
        moved = False
        while j < b and (toks[j].text in "–—-:" or toks[j].lower in COPULA or toks[j].lemma == "dotyczyć"):
            j += 1
            moved = True
        if not moved or not self._counted_demands(toks[k].sent):
            return None  # (an ordinal counting other things: "usłyszał dwa zarzuty. Pierwszy dotyczy …")
        items = split_items(toks, j, self.clause_end(j, b, self.in_quote(k)))
        return Frame(k, items, inherit=True) if items else None
