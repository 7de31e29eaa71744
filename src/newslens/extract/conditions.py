"""One-off conditions: what an actor makes its action depend on.

Openers: "pod warunkiem (, że) …", "warunkiem (X) jest …", "dopóki … (nie) …", "do czasu …",
"dopiero po …", "dopiero (wtedy,) gdy/kiedy …", "tylko wtedy, gdy …", "jeśli/jeżeli … (to)" and a
leading "gdy/kiedy/jak tylko …" when it conditions what someone announces or says (inside a quote, or
in a sentence with a verb of speaking or a demanding context, and not about the past; not a rule,
"należy X, jeżeli …"), "Bez X nie ma …" in speech, and the condition a
sentence announces and the next quote states ("określił warunek … – Chęć USA … – wskazał").

Tests on a condition's clauses (past, experience, inference, rule, …) and the cutting of a listed
condition into one per clause live in ``condition_clauses``.

``by`` is the speaker of the quote holding the condition, else the subject of the sentence (a group
resolved as for demands); ``of`` is the named actor the condition waits for: "od X" inside it, or the
actor that opens it ("dopóki Rosja nie wypełni …", "jeśli pani minister nas nie wysłucha").
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from itertools import accumulate
from typing import Optional, Sequence

from ..model import Actor
from .demand_layout import is_attributed_quote, is_heading, is_heading_line
from .demand_addressees import holder_nouns
from .demand_items import head, split_items
from .condition_openers import more_openers
from .condition_clauses import (_bare_property, _clauses, _experienced, _general, _inference, _opinion, _past,
                                _possibility, _premise,
                                _reporting, _state, _rule, _threat_words, _trim, _validity, _verb_in)
from .demand_parties import Parties, Party, lex
from .quotes import _Doc

LEADING_BEFORE = ("że", "iż", "–", "—", "-", "„", "\"", "to", "a", "ale", "i", "lecz")


# the first words of the openers ``openers`` looks for (its branches' tests of ``low``); a verb of
# depending ("zależało od tego, czy") is found by its lemma
_OPENER_WORDS = frozenset({"pod", "warunkiem", "dopóki", "dopóty", "do", "dopiero", "tylko", "jeśli", "jeżeli",
                           "gdy", "kiedy", "jak", "w", "bez", "o", "byle", "byleby", "aż"})
# conditional conjunctions of one class with "jeśli" (a condition of an act, tested as "jeśli" is): "o ile"
# (provided), "byle/byleby" after a comma (provided that: "skrócimy trasę, byle projekt ruszył")
_IF = ("jeśli", "jeżeli")


@dataclass
class Condition:
    trig: int
    span: tuple[int, int]
    by: Optional[Party] = None
    of: list[Actor] = field(default_factory=list)
    lead: str = ""


class _Finder:
    def __init__(self, doc: _Doc, P: Parties) -> None:
        self.doc, self.P, self.toks = doc, P, doc.toks
        self.context = lex("demand_context.txt") | lex("demand_triggers.txt") | lex("speech_verbs.txt") | \
            lex("condition_context.txt")
        self.demanding = lex("demand_triggers.txt") | lex("demand_context.txt") | lex("condition_context.txt") | \
            {line.split()[0] for line in lex("demand_verbs.txt")} | lex("demand_nouns.txt")
        self._said: dict[tuple[int, int], bool] = {}  # speech(): a sentence's context words, looked up once

    def speech(self, a: int, b: int, k: int) -> bool:
        """Said by someone: inside a quote, or a sentence with a verb of speaking or demanding."""
        if self.P.quote_at(self.toks[k].idx) is not None or self.P.quoted[k]:
            return True
        said = self._said.get((a, b))
        if said is None:  # (once per sentence, not once per opener in it: a long line of "jeśli" was quadratic)
            said = self._said[(a, b)] = any(self.toks[j].lemmas() & self.context for j in range(a, b))
        if said:
            return True
        # a leading "Jeśli …" right after a demand or an ultimatum in its paragraph ("Ekstraklasa zażądała
        # od PZPN A. Jeśli zarząd federacji nie zmieni przepisu …, kluby nie zgodzą się …")
        s = self.toks[a].sent
        if k != a or s == 0:
            return False
        for s0 in (s - 1, s - 2):
            a0, b0 = self.doc.sent_range(s0) if s0 >= 0 else (0, 0)
            if s0 < 0 or self.doc.para[a0] != self.doc.para[a] or is_heading(self.doc, s0):
                return False
            if any(self.toks[j].lemmas() & self.demanding for j in range(a0, b0)) or self._deadline_given(a0, b0):
                return True
        return False

    def _deadline_given(self, a: int, b: int) -> bool:
        """[a, b) gives a party time to act, an ultimatum: "dała spółce X czas do piątku", "wyznaczył
        ministrowi termin do końca marca" (a verb of giving or setting, then "czas"/"termin" and "do")."""
        toks = self.toks
        for j in range(a, b - 2):
            if toks[j].lemma in ("dać", "dawać", "wyznaczyć", "wyznaczać") and toks[j].pos in ("fin", "praet"):
                n = next((x for x in range(j + 1, min(b - 1, j + 6)) if toks[x].lemma in ("czas", "termin")), None)
                if n is not None and toks[n + 1].lower == "do":
                    return True
        return False

    def _announced_before(self, a: int, k: int, b: int) -> bool:
        """The clause before "o ile" at ``k`` opens with a named actor announcing its own act in the future
        and the clause after it asks a party to act (a named actor or a deciding body as its subject: "Orlen
        obniży ceny, o ile rząd zmniejszy akcyzę"): a condition set with no verb of speaking; not a plan
        hanging on a state ("…, o ile ceny miedzi wzrosną")."""
        toks = self.toks
        v = next((j for j in range(a, k) if toks[j].pos in ("fin", "praet", "bedzie", "inf")), None)
        if v is None or not (toks[v].pos == "bedzie" or toks[v].pos == "fin" and ":perf" in (toks[v].reading.tag or "")) \
                or self.P.clause_subject(a, v, heads=True) is None:
            return False
        o = k + 2
        w = next((j for j in range(o, b) if toks[j].pos in ("fin", "praet", "bedzie") or toks[j].text in ",;–—"), o)
        return self.P.clause_subject(o, w, heads=True) is not None or any(
            r.pos == "subst" and r.has("nom") and r.lemma.lower() in lex("demand_deciding_bodies.txt")
            for x in range(o, min(w, o + 3)) for r in toks[x].readings)

    def as_soon_as(self, s: int, k: int) -> bool:
        """"Gdy tylko X, …" opens sentence ``s`` (a dash or a quotation mark before it aside) after conditions
        were announced or demanded in it or the sentence before ("wskazał warunki. Gdy tylko Kijów wycofa
        wojska, operacja zostanie zakończona"); not a time ('spotka się, "gdy tylko pozwoli kalendarz"')."""
        toks = self.toks
        a, b = self.doc.sent_range(s)
        if not (k == a or k == a + 1 and toks[a].text in "–—-„\""):
            return False
        lo = self.doc.sent_range(s - 1)[0] if s > 0 else a
        if self.P.quote_at(toks[k].idx) is not None or self.P.quoted[k]:
            return True  # '„Gdy tylko te cele zostaną osiągnięte, operacja zostanie zakończona” – wskazał X'
        return any(toks[j].lemmas() & self.demanding for j in range(lo, b))

    def end(self, start: int, b: int, leading: bool) -> int:
        """Where the condition ends: the comma before the main clause (leading), else the clause end."""
        toks = self.doc.toks
        quote_open = any(toks[j].text in "„«" for j in range(start, b))
        for j in range(start, b):
            t = toks[j]
            if t.text in ";–—" or (t.text == "-" and j > start):
                return j
            if t.text in "”»" and not quote_open:
                return j
            if t.lower in ("r.", "zł.", "proc.") and j + 1 < b and toks[j + 1].is_title and j + 2 < b and toks[j + 2].is_word \
                    and not toks[j + 1].text.isupper():
                return j + 1  # "… z 2024 r. Radni …": the splitter kept the next sentence after a unit's dot
            if t.text == "," and leading and _verb_in(self.doc, start, j) and not (
                    j + 1 < b and toks[j + 1].lower in ("że", "iż", "by", "aby", "żeby", "ile", "co", "kto", "jak", "ani")
                    or j + 1 < b and toks[j + 1].lemma == "który"):
                return j  # the comma before the main clause, not one opening a clause inside the condition
            if t.text == "," and j + 1 < b and toks[j + 1].lower in ("ale", "a", "lecz", "bo", "ponieważ", "gdyż", "czyli"):
                return j
        return b

    def openers(self, s: int) -> list[tuple[int, int, bool]]:
        """(trigger, condition start, leading?) in sentence ``s``."""
        doc, toks = self.doc, self.toks
        a, b = doc.sent_range(s)
        out = []
        for k in range(a, b):
            low = toks[k].lower
            if low not in _OPENER_WORDS and toks[k].lemma != "zależeć":
                continue  # no branch below opens at it
            nxt = toks[k + 1].lower if k + 1 < b else ""
            leading = k == a or toks[k - 1].lower in LEADING_BEFORE or toks[k - 1].text in "„\"–—-"
            if low == "pod" and k + 1 < b and toks[k + 1].lemma == "warunek":
                j = k + 2
                while j < b and toks[j].lower in (",", "że", "iż"):
                    j += 1
                out.append((k, j, False))
            elif low == "warunkiem" and k + 1 < b and not (k > a and toks[k - 1].lower == "pod"):
                j = next((x for x in range(k + 1, min(b, k + 7)) if toks[x].lower in ("jest", "będzie", "było", "pozostaje")), None)
                if j is None:
                    continue
                j += 1
                while j < b and toks[j].lower in ("jednak", "zaś", "natomiast", "przy", "tym", "tu", "tutaj"):
                    j += 1
                if j + 1 < b and toks[j].lower in ("według", "zdaniem"):
                    m = doc.mention.get(j + 1)
                    j = (m[2] + 1) if m else j + 2
                out.append((k, j, False))
            elif low in ("dopóki", "dopóty"):
                out.append((k, k + 1, leading))
            elif low == "do" and nxt == "czasu" and k + 2 < b:
                j = k + 2
                while j < b and toks[j].lower in (",", "gdy", "aż", "kiedy", "dopóki"):
                    j += 1
                if j == k + 2 and not any(r.pos == "ger" or (r.pos == "subst" and r.has("gen")) for r in toks[j].readings):
                    continue
                out.append((k, j, leading))
            elif low in ("dopiero", "tylko") and nxt in ("po", "gdy", "kiedy", "wtedy", ",", "wówczas"):
                j = k + 1
                while j < b and toks[j].lower in ("wtedy", "wówczas", ","):
                    j += 1
                if j >= b or toks[j].lower not in ("po", "gdy", "kiedy"):
                    continue
                if low == "tylko" and toks[j].lower == "po":
                    continue
                quoted = k > a and toks[k - 1].text in "„\"«" and toks[j].lower == "po"
                if _past(doc, k, a) and not quoted:
                    continue  # "przyjechali dopiero po godzinie": a past event, no condition
                    # (a quoted fragment is the actor's own words: 'zaprosiła ich, ale „dopiero po zakończeniu protestu”')
                o = j + 1
                if o + 2 < b and toks[o].lower == "tym" and toks[o + 1].text == "," and toks[o + 2].lower in ("jak", "gdy"):
                    o += 3  # "dopiero po tym, jak klub rozliczy …"
                out.append((k, o, False))
            elif low == "aż" and k > a + 1 and toks[k - 1].text == "," and (
                    toks[k - 2].lower in ("dopóty", "długo") or f"{toks[k - 3].lower} {toks[k - 2].lower}" == "do skutku"):
                out.append((k, k + 1, False))  # "będziemy protestować do skutku, aż minister …": until, as "dopóki … nie"
            elif (low in _IF and nxt not in ("chodzi",) or low in ("gdy", "kiedy", "jak") and nxt == "tylko" and self.as_soon_as(s, k)
                  or low == "o" and nxt == "ile" and not (k > a and toks[k - 1].lower in ("na", "w", "o"))
                  and not any(toks[x].lemmas() & {"wiedzieć", "wiadomo", "pytać", "zapytać", "pytanie", "sprawdzić", "ocenić",
                                                  "obliczyć", "policzyć", "zależeć", "ustalić"} for x in range(max(a, k - 3), k))
                  and any(toks[x].pos == "bedzie" or toks[x].pos == "fin" and ":perf" in (toks[x].reading.tag or "")
                          for x in range(a, k))  # "Warszawa poprze kompromis, o ile …": an act ahead (not "widać, o ile …")
                  or low in ("byle", "byleby") and k > a and toks[k - 1].text == ",") \
                    and not (k > a and toks[k - 1].lower in ("nawet", "chyba")) \
                    and not (nxt in ("nie", "tak") and k + 2 < b and toks[k + 2].text == ","):  # "Jeśli nie, …": elliptic
                if not self.speech(a, b, k) and not (low == "o" and self._announced_before(a, k, b)):
                    continue
                if leading:
                    e = self.end(k + 1 + (nxt in ("tylko", "ile")), b, True)
                    stop = next((j for j in range(e + 1, b) if toks[j].text in "–—" or toks[j].text == "-"), b)
                    past = e < b and _past(doc, e, a, forward=True, b=stop)
                else:  # "Rosja zgodzi się na rozejm, jeśli …": the main clause is before
                    past = _past(doc, k, a)
                o1 = k + 1 + (nxt in ("tylko", "ile"))  # "Gdy tylko Kijów wycofa wojska, …": as soon as
                cond_end = self.end(o1, b, leading)
                if (past or _past(doc, o1, a, forward=True, b=cond_end, report=False)) and low not in ("byle", "byleby"):
                    # ("byle projekt ruszył": the past form after "byle" is no past)
                    continue  # about the past ("jeśli porozumienie nie zostało podpisane, to dlatego …")
                # the main clause: after the condition, or before it back to the reporting "że" ("zapewnił
                # nas, że spółka podniesie ceny, jeśli …": "nas" is the reporter's)
                main = (cond_end + 1, b) if leading else \
                    (max([a] + [j + 1 for j in range(a, k) if toks[j].lower in ("że", "iż") or toks[j].text == ":"]), k)
                if _inference(doc, *main):
                    continue  # "Jeśli nie ma …, to znaczy, że …": the speaker's inference, no condition set
                if _state(doc, *main):
                    continue  # "…, to załoga jest zdeterminowana", "…, to poczekamy": a state, no act announced
                if _experienced(doc, *main):
                    continue  # "…, zostaniemy bez wody": what will happen to the speaker, no condition set
                if _possibility(doc, *main) and not any(toks[x].lower == "tylko" for x in range(max(a, k - 2), k)) \
                        and not (self.P.clause_subject(o1, cond_end, heads=True) is not None and not any(
                            toks[x].pos in ("subst", "ppron3", "ppron12") and toks[x].reading is not None
                            and toks[x].reading.has("nom") for x in range(main[0], next(
                                (y for y in range(*main) if toks[y].text in "–—"), main[1])))):
                    continue  # "…, wówczas mogłoby dojść do …": what may happen, no condition set (not "może
                    # popłynąć tylko, jeżeli …", an exclusive condition; nor "jeśli Ameryka zniesie sankcje, będzie
                    # mogła dołączyć": what the named party may do once it acts, the main clause's zero subject, an offer)
                if _validity(doc, a, b):
                    continue  # "Referendum będzie ważne, jeśli …": a procedural rule, no condition set
                if _rule(doc, *main):
                    continue  # "zatrzymanego należy zwolnić, jeżeli …": a legal rule, no condition set
                out.append((k, o1, leading))
            elif low == "w" and nxt in ("przypadku", "razie") and k + 2 < b and toks[k + 2].pos in ("subst", "ger") \
                    and any(r.has("gen") for r in toks[k + 2].readings) and k + 2 not in doc.mention \
                    and any(toks[j].lemmas() & _threat_words() for j in range(a, b)):
                out.append((k, k + 2, False))  # "groziły odejściem od łóżek w przypadku braku podwyżek"
            elif toks[k].lemma == "zależeć" and k + 4 < b and toks[k + 1].lower == "od" and toks[k + 2].lemma == "ten" \
                    and toks[k + 3].text == "," and toks[k + 4].lower in ("czy", "jak", "kiedy") \
                    and not (k + 5 < b and toks[k + 5].lower in lex("demand_indefinite_subjects.txt")):
                out.append((k, k + 5, False))  # "będzie zależało od tego, czy zarząd …"; not "czy ktoś odbierze telefon"
            elif low == "bez" and leading and (self.P.quote_at(toks[k].idx) is not None or self.P.quoted[k]) \
                    and k + 1 < b and not toks[k + 1].pos.startswith("ppron") and toks[k + 1].lemma not in ("to", "ten", "on"):
                j = next((x for x in range(k + 1, min(b, k + 8)) if toks[x].lower == "nie"), None)
                if j is not None and j + 1 < b and toks[j + 1].lower in ("ma", "będzie"):
                    out.append((k, k + 1, True))
        return out

    def announced(self, s: int) -> Optional[tuple[int, int, int]]:
        """"określił warunek … – Chęć USA … – wskazał": (trigger, start, end) in the next sentence."""
        doc, toks = self.doc, self.toks
        a, b = doc.sent_range(s)
        for k in range(a, b):
            if toks[k].lemma == "warunek" and toks[k].reading and toks[k].reading.has("acc") \
                    and s + 1 < len(doc.text.sents) and not (k > a and toks[k - 1].lower in ("pod", "własne", "swoje")) \
                    and not (k > a and toks[k - 1].lemma in ("taki", "ten", "tamten", "ów")):
                # ("zgodziła się na taki warunek": a condition stated before, the next sentence states none)
                a2, b2 = doc.sent_range(s + 1)
                if toks[a2].text in "–—„\"" and a2 + 1 < b2:
                    end = next((j for j in range(a2 + 2, b2) if toks[j].text in "–—”\""), b2)
                    return k, a2 + 1, end
        return None


    def set_as(self, s: int) -> list[tuple[int, int, int]]:
        """Conditions a verb of setting states with the noun "warunek" (data/condition_setting_verbs.txt):
        "postawiła warunek, by w KPO znalazło się A" (a clause with a finite verb, not a purpose "spełnić
        warunek, by dostać …") and "jako warunek (rozmów) uznaje A oraz B" (each nominal item one
        condition): (trigger, start, end) each."""
        doc, toks = self.doc, self.toks
        a, b = doc.sent_range(s)
        setting = lex("condition_setting_verbs.txt")
        out: list[tuple[int, int, int]] = []
        for k in range(a, b - 2):
            if toks[k].lemma != "warunek" or toks[k].pos != "subst":
                continue
            if toks[k - 1].lower == "jako" if k > a else False:
                v = next((j for j in range(k + 1, min(b, k + 7)) if toks[j].pos in ("fin", "praet")), None)
                if v is None or toks[v].lemma not in setting or any(toks[j].text in ",;:–—" for j in range(k + 1, v)):
                    continue
                o = v + 1
                while o < b and toks[o].lower in ("też", "także", "również", "m.in.", "przede", "wszystkim", "się"):
                    o += 1
                e = self.end(o, b, False)
                if head(toks, o, e) is not None:
                    out += [(k - 1, x, y) for x, y in split_items(toks, o, e)]
            elif toks[k + 1].text == "," and toks[k + 2].lower in ("by", "aby", "żeby") and k > a \
                    and any(toks[j].lemma in setting and toks[j].pos in ("fin", "praet", "inf")
                            for j in range(max(a, k - 3), k)):
                o = k + 3
                e = self.end(o, b, False)
                if any(toks[j].pos in ("fin", "praet") for j in range(o, e)):
                    out.append((k, o, e))
        return out


def find_conditions(doc: _Doc, P: Parties, taken: Sequence[tuple[int, int]] = ()) -> list[Condition]:
    """Every one-off condition, in text order, with its parties."""
    toks = doc.toks
    f = _Finder(doc, P)
    out: list[Condition] = []
    starts: set[int] = set()
    # the demanded items' spans, sorted by start with the furthest end reached so far: whether an
    # offset lies inside one is a bisection, not a scan of every item (quadratic on a long article)
    spans_taken = sorted(taken)
    taken_starts = [x for x, _y in spans_taken]
    taken_reach = list(accumulate((y for _x, y in spans_taken), max))
    for s in range(len(doc.text.sents)):
        a, b = doc.sent_range(s)
        if is_heading(doc, s) and not is_attributed_quote(doc, s):
            continue
        spans = []
        ann = f.announced(s)
        if ann is not None:
            spans.append((ann[0], ann[1], ann[2]))
        for k, start, leading in f.openers(s):
            if start >= b or is_heading_line(doc, k, True):
                continue
            spans.append((k, start, f.end(start, b, leading)))
        spans += f.set_as(s)
        spans += [(k, start, end if end is not None else f.end(start, b, leading))
                  for k, start, end, leading in more_openers(doc, s, f.speech)]
        spans = [(k, x, y) for k, start, end in spans for x, y in _clauses(doc, *_trim(doc, start, end))]
        for k, start, end in spans:
            start, end = _trim(doc, start, end)
            if end <= start or start in starts:
                continue
            off = toks[start].idx
            n_before = bisect.bisect_right(taken_starts, off)
            if (n_before and taken_reach[n_before - 1] > off) or any(c.span[0] <= start < c.span[1] for c in out[-3:]):
                continue  # inside a demanded item or a condition already found
            if _opinion(doc, start, end) or _bare_property(doc, start, end) or _premise(doc, start, end) \
                    or _general(doc, start, end):
                continue  # "Jeśli ludzie uważają, że …", "jeżeli są konieczne", "jeśli ktoś chce …": a premise, no condition on an act
            starts.add(start)
            c = Condition(k, (start, end), lead=doc.text.text[slice(*doc.text.sent_span(toks[k].sent))].strip())
            of = [x for x in P.addressees(start, end) if _after_from(doc, P, x, start, end)]
            if not of:
                of = _required_of(doc, P, start, end)  # "jeśli klub rozliczy …" → the club named
            if not of and _receives(doc, start, end):
                # "Jeśli do połowy listopada nie dostaniemy odpowiedzi …" after a petition sent to X: X is
                # to answer; a condition that receives nothing asks the petition's addressee nothing
                of = P.context_addressee(k)
            if not of:
                of = _document_issuer(doc, P, start, end)  # "gdy zobaczymy podpisaną uchwałę Rady Miejskiej X"
            if not of:
                of = _met_party(doc, P, start, end)  # "do czasu podjęcia rozmów z panią premier"
            if not of and out and out[-1].trig == k:
                of = list(out[-1].of)  # "jako warunek uznaje zaakceptowanie przez X A oraz B": one list, one party
            c.of = of
            c.by = _by(doc, P, k, end)
            if c.by is not None and c.by.actor is not None and c.by.actor.type == "media":
                c.by = _past_media(doc, P, toks[k].sent)
            if c.by is not None and c.by.actor is not None and c.by.actor in of:
                # "Jeśli minister nie zaprosi ich …, zamierzają …": the party the condition waits for does
                # not set it; the main clause has no subject of its own, the sentence before names it
                s = toks[k].sent
                c.by = P.sentence_subject(s - 1, outside_quotes=True) if s > 0 else None
                if c.by is not None and c.by.actor is not None and c.by.actor in of:
                    c.by = None
            s0 = toks[k].sent - 1
            if s0 >= 0 and k == doc.sent_range(s0 + 1)[0] and f._deadline_given(*doc.sent_range(s0)) \
                    and not f.speech(*doc.sent_range(s0 + 1), k + 1):
                # "Solidarność dała spółce X czas do piątku. Jeśli do tego dnia X nie wypłaci …": the one who gave
                # the time sets the condition, of the party given it
                c.by = P.sentence_subject(s0, outside_quotes=True) or c.by
                c.of = c.of or [x for x in P.datives(*doc.sent_range(s0)) if c.by is None or x != c.by.actor]
            if not c.of and c.by is not None and c.by.actor is not None:
                c.of = _answer_to_own_document(doc, P, start, end, c.by.actor)
            out.append(c)
    return sorted(out, key=lambda c: c.span[0])


def _document_issuer(doc: _Doc, P: Parties, a: int, b: int) -> list[Actor]:
    """The actor named in the genitive right after a noun of a document or act the condition waits for
    (data/condition_document_nouns.txt), adjectives between: "zobaczymy podpisaną uchwałę Rady Miejskiej
    Leszna" → Rada Miejska Leszna, "jeśli nie dostaniemy zgody wojewody Jana Lisa" → the voivode; a
    name or a holder noun only ("zgoda rady miejskiej" names no council of the text)."""
    toks = doc.toks
    nouns = lex("condition_document_nouns.txt")
    for j in range(a, b - 1):
        if toks[j].lemma not in nouns or toks[j].pos != "subst":
            continue
        x = j + 1
        while x < b and toks[x].pos in ("adj", "ppas") and x not in doc.mention and not toks[x].is_title:
            x += 1
        named = x < b and ((doc.mention.get(x) or (None, -1))[1] == x or toks[x].lemma.lower() in holder_nouns())
        got = P.actor_at(x, b) if named and any(r.has("gen") for r in toks[x].readings) else None
        if got is not None and got[0].type in ("organization", "person", "place"):
            return [got[0]]
    return []


def _answer_to_own_document(doc: _Doc, P: Parties, a: int, b: int, by: Actor) -> list[Actor]:
    """A condition waiting for the answer to a document ("jeśli do czwartku nie dostaną odpowiedzi na
    pismo"): the addressees of the latest petition or letter its setter sent before it."""
    toks = doc.toks
    carriers = P.carriers
    if not any(toks[j].lemmas() & carriers and toks[j - 1].lower == "na" and toks[j - 2].lemma == "odpowiedź"
               and any(r.has("acc") for r in toks[j].readings) for j in range(max(a, 2), b)):
        return []  # (not "odpowiedzi na piśmie": in writing)
    s = toks[a].sent
    for s0 in reversed([x for x in P.sent_to_keys if x < s]):
        sender = P.sentence_subject(s0, outside_quotes=True)
        if sender is not None and sender.actor == by:
            return [x for x in P.sent_to[s0] if x != by]
    return []


def _required_of(doc: _Doc, P: Parties, a: int, b: int) -> list[Actor]:
    """The named actors whose action the condition [a, b) requires: the subject opening its clause and
    the named actors coordinated with it ("pod warunkiem, że Włochy i Hiszpania przeprowadzą …"); when
    the clause is the speaker's own (a first-person verb and no named subject: "gdy będziemy mieć
    pewność, że Rosja nie wykorzysta …"), the subject of the clause it embeds. None named: none."""
    got = P.clause_subject(a, b, heads=True)
    if got is not None:
        return [got] + _coordinated_subjects(doc, P, got, a, b)
    toks = doc.toks
    verb = next((j for j in range(a, b) if toks[j].pos in ("fin", "praet", "bedzie")), None)
    if verb is None or toks[verb].reading is None or ":pri" not in toks[verb].reading.tag:
        return []
    that = next((j for j in range(verb + 1, b) if toks[j].lower in ("że", "iż")), None)
    if that is None or any(toks[j].text in ",;" and j != that - 1 for j in range(verb + 1, that)):
        return []
    got = P.clause_subject(that + 1, b, heads=True)
    return [got] + _coordinated_subjects(doc, P, got, that + 1, b) if got is not None else []


def _met_party(doc: _Doc, P: Parties, a: int, b: int) -> list[Actor]:
    """The condition waits for a meeting or talks with a named party: a noun of meeting or talks
    (data/condition_meeting_nouns.txt), not the clause's nominative subject, and within three words "z" with a named person or organisation, or
    a role noun's named holder ("po spotkaniu z minister X", "do czasu podjęcia rozmów z panią premier",
    "jeśli nie dojdzie do spotkania z wicepremierem X"): that party is to meet them."""
    toks, nouns = doc.toks, lex("condition_meeting_nouns.txt")
    for j in range(a, b - 2):
        if not any(r.lemma in nouns and r.pos in ("subst", "ger") for r in toks[j].readings) \
                or toks[j].reading is not None and toks[j].reading.has("nom"):
            continue  # (a gerund's lemma is its verb's: "spotkaniu" → spotkać; "jeśli trwają negocjacje z X":
            # talks going on, the subject, are no meeting waited for)
        for x in range(j + 1, min(b - 1, j + 4)):
            if toks[x].is_punct:
                break
            if toks[x].lower in ("z", "ze"):
                y = x + 1 + (toks[x + 1].lemma in ("pan", "pani") and x + 2 < b)
                got = P.actor_at(y, b)
                if got is not None and got[0].type in ("person", "organization"):
                    return [got[0]]
                if toks[y].lemma in holder_nouns():
                    got = P.actor_at(y + 1, b) if y + 1 < b else None  # "z minister X": the name after the role
                    if got is not None and got[0].type == "person":
                        return [got[0]]
                    holder = P.role_holder(y)
                    if holder is not None:
                        return [holder]
                break
    return []


def _coordinated_subjects(doc: _Doc, P: Parties, first: Actor, a: int, b: int) -> list[Actor]:
    """Named actors coordinated with the subject ``first`` opening [a, b) ("Włochy i Hiszpania
    przeprowadzą"), in the nominative, before a plural verb; none otherwise."""
    toks = doc.toks
    k = next((j for j in range(a, min(b, a + 8)) if (doc.mention.get(j) or (None, -1))[1] == j
              and doc.mention[j][0] == first), None)
    if k is None:
        return []
    out: list[Actor] = []
    j = doc.mention[k][2] + 1
    while j + 1 < b and toks[j].lower in ("i", "oraz", ","):
        m = doc.mention.get(j + 1)
        if not (m and m[1] == j + 1 and m[0] != first and m[0] not in out and m[0].type != "media"
                and any(r.has("nom") for r in toks[j + 1].readings)):
            break
        out.append(m[0])
        j = m[2] + 1
    verb = next((x for x in range(j, min(b, j + 4)) if toks[x].pos in ("fin", "praet", "bedzie")), None)
    if not out or verb is None or toks[verb].reading is None or ":pl" not in toks[verb].reading.tag:
        return []
    return out


def _past_media(doc: _Doc, P: Parties, s: int) -> Optional[Party]:
    """An outlet relays a condition, it sets none ("W rozmowie z telewizją RTS zapowiedział, że …",
    "Czesi, jak podaje agencja ČTK, nie wykluczają …"): the sentence's own subject (outlets are skipped),
    else, for a verb without a subject, the subject of the sentence before in the paragraph; else no one."""
    got = P.sentence_subject(s, outside_quotes=True)
    if got is not None:
        return got
    a = doc.sent_range(s)[0]
    if s > 0 and doc.para[doc.sent_range(s - 1)[0]] == doc.para[a]:
        got = P.sentence_subject(s - 1, outside_quotes=True)
        if got is not None and (got.actor is None or got.actor.type != "media"):
            return got
    return None


def _receives(doc: _Doc, a: int, b: int) -> bool:
    """The condition's demanders wait to receive something: a first-person plural verb of receiving
    (data/condition_receipt_verbs.txt: "nie dostaniemy odpowiedzi", "otrzymamy gwarancje")."""
    verbs = lex("condition_receipt_verbs.txt")
    return any(t.lemma in verbs and t.pos in ("fin", "praet", "bedzie") and t.reading is not None
               and ":pl:pri" in t.reading.tag for t in doc.toks[a:b])


def _after_from(doc: _Doc, P: Parties, actor: Actor, a: int, b: int) -> bool:
    """The actor is named after "od" in [a, b) ("otrzyma od Komisji gwarancje"), or is the agent after
    "przez" ("podpisanie porozumienia przez ministra zdrowia X"), not after "do" nor a participle's agent
    ("części okupowanej przez X", tagged a participle or an adjective)."""
    toks = doc.toks
    return any(toks[k].lower in ("od", "ode") and (doc.mention.get(k + 1, (None,))[0] == actor
                                                    or toks[k + 1].lemma.lower() in actor.name.lower().split()
                                                    or toks[k + 1].text in actor.name)
               or toks[k].lower == "przez" and k > a and toks[k - 1].pos not in ("ppas", "adj") and (P.actor_at(k + 1, b) or (None,))[0] == actor
               for k in range(a, b - 1))


def _surname(doc: _Doc, k: int) -> Optional[Party]:
    """A person named by an inflected surname the actor layer did not link ("według Pieskowa")."""
    surnames = doc.__dict__.get("_surnames")
    if surnames is None:  # built once per document
        surnames = doc.__dict__["_surnames"] = {a.name.split()[-1]: a for a in doc.actors
                                                if a.type == "person" and len(a.name.split()[-1]) > 3}
    text = doc.toks[k].text
    for cut in range(0, 4):
        actor = surnames.get(text[:len(text) - cut] if cut else text)
        if actor is not None:
            return Party(actor.name, False, actor)
    return None


def _by(doc: _Doc, P: Parties, k: int, end: int) -> Optional[Party]:
    """Who sets the condition: the speaker of the speech in quotation marks (or a dash paragraph)
    holding it; else the subject of its sentence, which reports it ("Juncker zastrzegł, że …"),
    unless the sentence opens with "Jak dodał, …" (then the speaker before)."""
    toks = doc.toks
    q = P.quote_at(toks[k].idx)
    if P.quoted[k] or (q is not None and q.kind == "direct"):
        return P.who_says(k)
    s = toks[k].sent
    a, b = doc.sent_range(s)
    if a + 1 < k and toks[a].lower in ("według", "zdaniem", "wedle"):
        got = P.party_at(a + 1) or _surname(doc, a + 1)
        if got is not None:
            return got  # "Według Pieskowa Moskwa będzie gotowa … dopiero wtedy, gdy …"
    aside = next((j for j in range(a + 1, b - 1) if toks[j].lower == "jak" and toks[j - 1].text in "–—-,"
                  and toks[j + 1].pos in ("praet", "fin") and toks[j + 1].lemmas() & _reporting()), None)
    if aside is not None:
        for x in range(aside + 2, b):  # "Warszawa – jak zapowiedziała w radiu Hennig-Kloska – zbuduje …"
            if toks[x].text in "–—-" or toks[x].text == ",":
                break
            m = doc.mention.get(x)
            if m and m[1] == x and m[0].type in ("person", "organization"):
                return Party(m[0].name, False, m[0])
    if q is not None and q.speaker:
        got = P.speaker_at(toks[k].idx)
        lo, hi = doc.text.sent_span(s)
        if got is not None and got.actor is not None and any(lo <= x < hi for x, _y in got.actor.offsets):
            return got  # reported speech whose speaker this sentence names: "X przekazała, że … dopiero po …"
    zero = toks[a].lower == "jak" and a + 1 < b and toks[a + 1].pos in ("praet", "fin")
    if zero:  # "Jak dodał, …": the speaker of the sentence before
        return P.speaker_at(toks[k].idx) or (P.who_says(doc.sent_range(s - 1)[0]) if s > 0 else None) \
            or (P.sentence_subject(s - 1) if s > 0 else None)
    # "Dopóki Rosja nie wycofa wojsk, sankcje zostaną utrzymane – oświadczyła X": the attribution
    dash = next((j for j in range(k, b - 1) if toks[j].text in "–—" and toks[j + 1].pos in ("fin", "praet")), None)
    if dash is not None:
        got = P.subject(dash + 1)
        if got is not None:
            return got
    if toks[k].lower in ("dopóki", "jeśli", "jeżeli", "do") and k == a:
        # the sentence opens with the condition itself: the subject of the main clause after it
        return P.speaker_at(toks[k].idx) or P.sentence_subject(s, start=end) or P.subject(k)
    return P.sentence_subject(s) or P.speaker_at(toks[k].idx) or P.subject(k)
