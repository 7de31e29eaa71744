"""Demand frames headed by a verb of demanding (data/demand_verbs.txt): "domaga się od X: A, B, a
także C", "wezwał X do A", "apeluje do X o A", "oczekujemy, że …", "chce, by …", "X ma do piątku
przedstawić plan – zażądał Y". A mixin of the demand finder (``demands._Finder``), as
``demand_lists.EnumeratedLists`` is: it uses the finder's ``clause_end``, ``skip_words``, ``in_quote``,
``_is_trigger`` and word lists. It finds where the demanded span starts (past the addressee "od X",
"do X", the verb's preposition, a colon or a complementiser), whose demand it is not (a forecast, an
own plan, a wish that asks no one: ``demand_checks.FrameChecks``) and the addressee the sentence fronts.
"""
from __future__ import annotations

from typing import Optional

from ..lexicon import role_words
from ..model import Actor
from ..nlp import QUOTE_CLOSE, QUOTE_OPEN
from .demand_adjuncts import GENITIVE_VERBS, AdjunctSteps
from .demand_items import head, split_items, trim
from .demand_lists import Frame as _Frame
from .demand_parties import lex


WISH = ("by", "aby", "żeby")
URGING = ("zachęcać", "zachęcić", "nakłaniać", "nakłonić")  # as "wezwać", with the party urged after the verb
THAT_WISH = ("że", "iż", "by", "aby", "żeby")
GENITIVE_VERBS = ("domagać", "żądać", "zażądać", "oczekiwać", "wymagać")  # the demanded thing: a genitive object
ADJUNCT_PREPS = ("w", "we", "na", "podczas", "przy", "przed", "pod", "nad", "przez", "poprzez", "z", "ze")  # not "po": "po raz …"


def _comp(t, words: tuple[str, ...]) -> bool:
    """The token is one of the complementisers ``words``, also with a person ending ("żebyśmy", "abyście")."""
    return t.lower in words or t.pos == "comp" and t.lemma in words


def verb_entries() -> dict[str, Optional[str]]:
    """data/demand_verbs.txt: a verb's lemma -> the preposition its demanded thing follows, if any."""
    out: dict[str, Optional[str]] = {}
    for line in lex("demand_verbs.txt"):
        parts = line.split()
        out[parts[0]] = parts[1] if len(parts) > 1 else None
    return out


class VerbFrames(AdjunctSteps):
    """Finder methods for frames headed by a verb of demanding."""

    # ------------------------------------------------------------ addressees after the verb
    def skip_addressee(self, k: int, b: int, of: list[Actor]) -> int:
        """Past "od X", "wobec X", "do X" (with the named X collected into ``of``), "dla X" (whom the
        demanded thing concerns: "zażądał dla oskarżonego trzech lat więzienia") and skip words."""
        toks = self.toks
        while k < b:
            k = self.skip_words(k, b)
            if k + 2 < b and toks[k].lower == "dla":
                m = self.doc.mention.get(k + 1)
                h = m[2] if m and m[1] == k + 1 else head(toks, k + 1, b)
                if h is not None and h < k + 4:
                    j = h + 1
                    m = self.doc.mention.get(j)
                    if m and m[1] == j:
                        j = m[2] + 1  # "dla burmistrza Jana Kosa"
                    if head(toks, j, b) is not None:
                        k = j
                        continue
            if of and k + 2 < b and toks[k].lower in ("i", "oraz") and toks[k + 1].lower in ("od", "ode", "wobec"):
                k += 1  # "od klubu i od ligi": a second addressee with its own preposition
            if k < b and toks[k].lower in ("od", "ode", "wobec", "do") and k + 1 < b:
                got = self.P._coordinated(k + 1, b)
                if got:
                    of += [x for x in got if x not in of]
                    k = self._after_actors(k + 1, b)
                    continue
                if toks[k + 1].lemma.lower() in lex("demand_honorifics.txt") and toks[k + 1].is_title:
                    k += 2  # "od Pana" addressing someone the text does not name
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

    # ------------------------------------------------------------ verb frames
    def verb_frame(self, k: int, b: int) -> Optional[_Frame]:
        toks = self.toks
        t = toks[k]
        lemma = next((r.lemma for r in [t.reading] + list(t.readings) if r is not None and r.lemma in self.verbs
                      and (r.pos in ("fin", "praet", "inf", "impt", "pcon") or r.pos == "pact" and r.lemma != "chcieć")), None)
        # (an attributive participle: "inicjatywa, domagająca się odejścia X")
        if lemma is None or (k > 0 and toks[k - 1].lower == "nie"):
            return None
        if k > 0 and toks[k - 1].lemma in ("który", "co", "jaki") and toks[k - 1].lower not in ("którzy", "która", "który") \
                and not (k > 1 and toks[k - 2].pos == "prep") and not self._colon_list(k, b):
            # "gwarancji, których zażądała": the demanded thing is named before; not "wniosek, w którym
            # zażądają …" (the relative word is an adverbial) nor "czego oczekuje od X: A, B" (a list follows)
            return None
        owner, owner_at = None, None
        if t.pos == "pact" or not any(r.pos in ("fin", "praet", "inf", "impt", "pcon") and r.lemma == lemma for r in t.readings):
            owner = self._participle_owner(k)
            if owner is None:
                got = self._prenominal_owner(k, b)  # "Domagający się podwyżek pracownicy Poczty …"
                if got is None:
                    return None  # "inicjatywa, domagająca się …": a demander the text does not name
                owner, owner_at = got
        prep = self.verbs[lemma]
        tag = t.reading.tag if t.reading else ""
        first_person = ":pri" in tag or ":sec" in tag or t.pos == "praet" and t.lower.endswith(("bym", "byśmy")) \
            and lemma != "chcieć"  # "oczekiwałbym, żeby …" (not "Chcielibyśmy to wiedzieć, żeby móc …")
        if lemma == "namawiać" and not (t.pos == "fin" and ":pri" in tag):
            return None
        if lemma in ("prosić", "poprosić") and not (t.pos == "fin" and ":pri" in tag or self._first_person_wish(k)
                                                   or t.pos in ("fin", "praet") and self._asks_someone(k, b)
                                                   or t.pos in ("fin", "praet") and not first_person and self._asks_an_act(k, b)
                                                   or t.pos in ("fin", "praet") and not first_person and self._asks_to_do(k, b)):
            return None
        if lemma in ("proponować", "zaproponować") and not (t.pos in ("fin", "praet") and self._asks_someone(k, b)):
            return None  # "Zaproponował, aby Moskwa zgodziła się na …"; not "zaproponował nowy termin", "proponuje wyjazd"
        if lemma == "czekać" and not (first_person and self.in_quote(k) and self._asks_someone(k, b)):
            return None  # "Czekamy, żeby rząd spełnił …" in speech; not "czekają na decyzję", "czekał dwa lata"
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
        if lemma in ("wezwać", "wzywać", "zobowiązać", "zobowiązywać") + URGING:
            j = self.skip_words(o, b)
            while j < b and j - o < 3 and toks[j].pos in ("adv", "qub") and j not in self.doc.mention:
                j += 1  # "wezwał jednocześnie X do …"
            got = self.P._coordinated(j, b)
            of += got
            if lemma in URGING and not got and not (j < b and any(
                    r.pos == "subst" and r.has("acc") and r.lemma.lower() in lex("demand_deciding_bodies.txt") | role_words()
                    for r in toks[j].readings)):
                return None  # "zachęcamy do lektury": urging no party
        if lemma in ("prosić", "poprosić") and prep == "o":
            j = self.skip_words(o, b)
            of += [x for x in self.P._coordinated(j, b) if x.type != "media"]  # "poprosiła GDDKiA o …": the one asked
        o = self.skip_addressee(o, b, of)
        if of and prep is None:
            colon = next((j for j in range(o, min(b, o + 6)) if toks[j].text == ":"), None)
            if colon is not None and not any(toks[j].pos in ("fin", "praet") for j in range(o, colon)) \
                    and head(toks, colon + 1, b) is not None:
                o = colon  # "od RPEC i władz miasta: A, B"; not "od X wycofania wojsk z obwodów: zaporoskiego i …"
        clause = False
        if prep is not None:
            # the demanded thing follows the verb's preposition: "wezwał X do A", "apeluje do X o A"
            j, n = o, 0  # (n: words stepped over, a named addressee counting as one)
            while j < b and n < 8 and toks[j].lower != prep and toks[j].text not in ".;" and not (j == o and _comp(toks[j], WISH)):
                if toks[j].text == "," and j + 1 < b and _comp(toks[j + 1], WISH):
                    break  # "proszą, by radni zagłosowali przeciwko uchwale o …", "apeluje stanowczo, by zadbać o …":
                    # the clause, not "o …" inside it
                n += 1
                if toks[j].lower in ("do", "przeciwko", "przeciw") and prep == "o":
                    got = self.P._coordinated(j + 1, b)  # "apeluje do X o A", "wystąpi przeciwko X o A"
                    of += [x for x in got if x not in of]
                    if got:  # "apelowała zarówno do X, jak i do Y o A"
                        j = max(j + 1, self._after_actors(j + 1, b))
                        n += 1
                        continue
                m = self.doc.mention.get(j)
                if m and m[1] == j and m[2] > j:  # a name counts as one word ("lobbując w Ministerstwie X o A"),
                    j = m[2] + 1  # its acronym in brackets after it as none ("w Ministerstwie X (MX) o A")
                    if j + 2 < b and toks[j].text == "(" and toks[j + 2].text == ")" and toks[j + 1].text.isupper():
                        j += 3
                    continue
                j += 1
            if j < b and toks[j].lower == prep and n < 8:
                o = j + 1
                if lemma in ("zwrócić", "zwracać") and not (
                        (of or any(toks[x].lower == "do" for x in range(k, j)))
                        and not (k + 1 < b and toks[k + 1].lower != "się" and toks[k - 1].lower != "się")
                        and not (first_person and not self.in_quote(k)) and not self._conditional(a, b)
                        and not any(toks[x].lemma in lex("demand_reporting_terms.txt") for x in range(o, min(b, o + 3)))):
                    return None  # "zwrócił się do X o A": a request made to someone; not the reporter's
                    # ("zwróciliśmy się do ratusza o komentarz"), nor a threat ("jeśli …, zwróci się do X o A"),
                    # nor "zwrócił uwagę o …"
                if lemma in ("wystąpić", "występować") and not of and \
                        not any(toks[x].lower in ("do", "przeciwko", "przeciw") for x in range(k, j)) \
                        and not any(toks[x].lower == "do" and toks[x + 1].lemma == "który" for x in range(max(a, k - 4), k - 1)):
                    # (not "sąd, do którego prokuratura wystąpiła o areszt": made to the court the relative names)
                    return None  # "wystąpił o wyznaczenie mediatora": an application, unless made to someone
            elif o < b and toks[o].text == "," and o + 1 < b and _comp(toks[o + 1], WISH):
                o, clause = o + 2, True
            elif o < b and _comp(toks[o], WISH) and self._wish_verb(o + 1, b):
                o, clause = o + 1, True  # "apelujemy by …" with no comma
            elif o < b and toks[o].lower == "do" and (c := self._wish_after_addressee(o, b)) is not None:
                o, clause = c, True  # "zaapelował do posłów, by nie odkładali prac": the addressee names no actor
            elif (c := self._wish_after_adjunct(o, b)) is not None:
                o, clause = c, True  # "apelował podczas poniedziałkowego (9 października) zebrania posłów, by …"
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
        else:
            colon = next((j for j in range(o, min(b - 1, o + 8)) if toks[j].text == ":"), None)
            if colon is not None and not any(toks[x].pos in ("fin", "praet", "bedzie") or toks[x].text in ",;–—"
                                             for x in range(o, colon)) \
                    and any(toks[x].lemma in self.nouns or toks[x].lemma in self.announce_nouns for x in range(o, colon)):
                o = colon + 1  # "domagają się spełnienia trzech głównych postulatów: A, B oraz C": the list after
        if o + 2 < b and toks[o].lemma == "ten" and toks[o + 1].text == "," and _comp(toks[o + 2], THAT_WISH):
            o, clause = o + 3, True  # "apelują o to, by rząd …", "domagają się tego, żeby …": the clause is demanded
        elif o < b and toks[o].text == "," and o + 1 < b and _comp(toks[o + 1], THAT_WISH):
            o, clause = o + 2, True
        elif o < b and _comp(toks[o], WISH) and (lemma == "chcieć" or prep is None and self._wish_verb(o + 1, b)):
            o, clause = o + 1, True  # "chcą, by …"; "domagamy się by …" with no comma
        if lemma == "oczekiwać" and o < b and toks[o].lower in ("na", "w", "z"):
            return None  # "oczekuje na decyzję": waiting, not demanding
        if lemma == "oczekiwać" and not of and not (first_person and self.in_quote(k)) and not self._demanding_group(k) and \
                not any(toks[j].lower in ("od", "ode") for j in range(k + 1, min(b, o + 1))) and \
                not (toks[a].lower in ("od", "ode") or a + 1 < k and toks[a].text in "–—-„\"" and toks[a + 1].lower == "od"):
            return None  # "analitycy oczekują obniżki stóp": a forecast; a demand is expected of someone
            # (of someone the sentence may front: "Od miasta fani oczekują trzech rzeczy: …")
        if lemma in ("walczyć", "zawalczyć") and not self._struggling_group(k):
            return None  # "piłkarze walczą o mistrzostwo", "pacjent walczy o życie": no demand
        if lemma == "wymagać" and not (any(toks[j].lower in ("od", "ode") for j in range(k + 1, min(b, o + 1)))
                                       and (first_person and self.in_quote(k) or self.P.subject(k) is not None)):
            return None  # "Wymagamy od Pana decyzji"; not "projekt wymaga zmian", "ustawa wymaga od firm …"
        if o >= b:
            return None
        e = self.clause_end(o, b, self.in_quote(k))
        if owner_at is not None:
            e = min(e, owner_at)  # the participle's phrase ends at the noun it modifies
        if any(toks[x].lower == "do" and toks[x + 1].lemma == "który" for x in range(max(a, k - 4), k - 1)):
            e = next((x for x in range(o, e) if toks[x].text == ","), e)  # the relative clause ends at its comma
        elif k > a and toks[k - 1].lemma == "który":  # "Pracownicy, którzy walczą o A, zostali …": the main verb
            e = next((x for x in range(o, e - 1) if toks[x].text == "," and toks[x + 1].pos in ("fin", "praet", "bedzie")), e)
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
            if h is None and prep is None and lemma in GENITIVE_VERBS:
                o2 = self._past_adjuncts(o, e, of)
                if o2 > o:  # "domagali się wczoraj na sesji rady miasta budowy …", "w Sejmie od minister X informacji"
                    o, h = o2, head(toks, o2, e)
            if h is not None and prep is None and lemma in ("żądać", "zażądać", "domagać") \
                    and (h in self.doc.mention or h in self.P.layer or self.P.group_at(h) is not None) \
                    and not any(r.has("gen") for r in toks[h].readings if r.pos in ("subst", "ger", "depr", "adj")):
                h = None  # "Podwyżek domagają się nauczyciele": the party in the nominative after the verb is its subject
            if h is None and prep is None and lemma in ("żądać", "zażądać", "domagać", "oczekiwać"):
                before = self._fronted_object(k)
                if before is not None:  # "Dojścia do 7 proc. PKB żądają protestujący rezydenci": the subject after
                    return _Frame(k, [before], by=self.P.subject(k), of=of)
            if h is None and not (lemma == "chcieć" and toks[o].pos == "inf"):
                return None
            if h is not None and self.announcement(o, e):
                c = next((x for x in range(o + 1, e - 1) if toks[x - 1].text == "," and toks[x].lower in ("czyli", "tj.", "mianowicie")), None)
                if c is not None and head(toks, c + 1, e) is not None:
                    # "domagają się spełnienia swoich warunków, czyli A": the apposition states them, one item
                    return _Frame(k, [trim(toks, o, e)], of=of)
                return _Frame(k, [], of=of)  # "domaga się spełnienia trzech warunków": items follow
            if lemma == "chcieć" and not self._wanting_party(k, first_person, h is not None and toks[h].pos != "inf"):
                return None
        if lemma == "chcieć" and clause and (not self._wanting_party(k, first_person, True) or self._nobody_asked(o, e)):
            return None
        if lemma == "chcieć" and clause and first_person and self.P.clause_subject(o, e, heads=True) is None \
                and not self._body_subject(o, e):
            return None  # "Chcemy, żeby nasze dzieci miały gdzie pójść": a wish that asks no named party to act
        items = self._wish_clauses(o, e) if clause else split_items(toks, o, e, prep)
        items = [it for it in items if it[1] > it[0]]
        if not items:
            return None
        if not of:
            of += self._fronted_addressee(a, k)
        if owner is None and clause and k == a and toks[k].pos in ("fin", "praet") and t.sent > 0 \
                and self.doc.para[self.doc.sent_range(t.sent - 1)[0]] == self.doc.para[k]:
            # "X przemawiał w Kijowie. Zaproponował, aby Pekin …": the verb without a subject goes on with the
            # subject of the sentence before, not the subject of the clause it demands
            owner = self.P.sentence_subject(t.sent - 1, outside_quotes=True)
        f = _Frame(k, items, of=of, clause=clause, by=owner)
        opened = self._aside_opened(a, k - 1)
        if opened is not None:
            f.by = self.P.subject(opened)  # "a zawodnicy - w tym kapitan X - domagają się": the subject before the aside
        return f

    def _asks_someone(self, k: int, b: int) -> bool:
        """A ", by/aby/żeby" clause with a finite verb follows the verb at ``k`` within a few words (quotation
        marks, adverbs and "w niej"-like adjuncts between): "Protestujący proszą w niej, by radni
        zagłosowali …", 'poprosił” też, żeby zebrani wyłonili …'; not "poprosił, by nie podawać nazwiska"
        (an infinitive: the reporter is asked) nor "prosił o komentarz"."""
        toks = self.toks
        for c in range(k + 1, min(b - 2, k + 6)):
            if toks[c].pos in ("fin", "praet", "inf", "bedzie") or toks[c].text in ";:–—" or toks[c].lower == "o":
                return False
            if toks[c].text == ",":
                return _comp(toks[c + 1], WISH) and \
                    any(toks[x].pos in ("praet", "fin") for x in range(c + 2, min(b, c + 10)))
        return False

    def _body_subject(self, o: int, e: int) -> bool:
        """The clause [o, e) has a deciding body or a person named by role as its subject before its verb
        ("aby rząd ten problem rozwiązał", "żeby pan minister przyjechał"; data/demand_deciding_bodies.txt)."""
        toks = self.toks
        bodies = lex("demand_deciding_bodies.txt") | role_words()
        for x in range(o, e):
            if toks[x].pos in ("fin", "praet", "bedzie") or toks[x].text in ",;:":
                return False
            if any(r.pos == "subst" and r.has("nom") and r.lemma.lower() in bodies for r in toks[x].readings):
                return True
        return False

    def _asks_an_act(self, k: int, b: int) -> bool:
        """A third-person "prosi o" followed by an act (``names_act``: "ministerstwo prosi o zmianę projektu"):
        a request made of someone; not a thing asked for ("prosił o komentarz", "prosi o pomoc")."""
        toks = self.toks
        j, n = k + 1, 0
        while j < b and n < 3 and toks[j].lower != "o":
            if toks[j].text in ",.;:" or toks[j].pos in ("fin", "praet"):
                return False
            got = self.P.actor_at(j, b)  # the person or body asked counts as one word, its role and name
            j, n = (got[1] if got is not None and got[1] > j else j + 1), n + 1  # ("poprosiła ministra X Y o …")
        if not (j < b and toks[j].lower == "o"):
            return False
        h = head(toks, j + 1, b)
        terms = lex("demand_reporting_terms.txt")
        return h is not None and h <= j + 3 and self.names_act(h) \
            and not any(toks[x].lemma in terms for x in range(h, min(b, h + 3)))

    def names_act(self, h: int) -> bool:
        """The head at ``h`` names an act: a gerund or a noun of an act (data/demand_act_nouns.txt:
        "zmianę projektu", "budowę sygnalizacji"), not a thing ("pomoc", "komentarz")."""
        t = self.toks[h]
        return any(r.pos == "ger" for r in t.readings) or t.lemma in lex("demand_act_nouns.txt")

    def _wish_clauses(self, o: int, e: int) -> list[tuple[int, int]]:
        """A demanded clause and the ones coordinated with it by a repeated complementiser, each an item:
        "żeby szkoła została w gminie, żeby nikt jej nam nie zamykał"."""
        toks = self.toks
        cuts = [c for c in range(o + 1, e - 1) if toks[c].text == "," and _comp(toks[c + 1], WISH)
                and toks[c - 1].lemma not in ("ten", "to")
                and any(r.pos in ("praet", "fin", "bedzie") for x in range(o, c) for r in toks[x].readings)]
        if any(toks[x].text == ":" for x in range(o, cuts[-1] if cuts else o)):
            return [trim(toks, o, e)]  # "by porozumienie objęło trzy elementy: A, B, a także zgodę na to, by …"
        ands = [c for c in range(o + 2, e - 1) if toks[c].lower == "i" and not cuts
                and (toks[c + 1].pos in ("praet", "fin") or toks[c + 1].text in QUOTE_OPEN and c + 2 < e
                     and toks[c + 2].pos in ("praet", "fin"))
                and any(r.pos in ("praet", "fin") for x in range(o, c) for r in toks[x].readings)]
        if len(ands) == 1:
            return [trim(toks, o, ands[0]), trim(toks, ands[0] + 1, e)]  # "by rolnicy zdjęli blokadę drogi i „wrócili na swoje pola”"
        acts = [] if cuts or ands else self._infinitive_ands(o, e)
        if acts:  # "by nie zamykać szkoły i utrzymać jej finansowanie", "by jeszcze dziś ujawnić A i by ujawnić B"
            out, start = [], o
            for c in acts:
                out.append(trim(toks, start, c))
                start = c + 1 + _comp(toks[c + 1], WISH)
            return out + [trim(toks, start, e)]
        more = [c for c in range(o + 2, e - 3) if not cuts and toks[c].text == "," and toks[c + 1].lower == "a"
                and toks[c + 2].lower in ("nawet", "także", "również", "wręcz")
                and any(toks[x].pos in ("praet", "fin") for x in range(c + 3, min(e, c + 6)))
                and any(r.pos in ("praet", "fin") for x in range(o, c) for r in toks[x].readings)]
        if len(more) == 1:  # "żeby ukarał zastępcę, a nawet go zwolnił": a second act asked, its own item
            return [trim(toks, o, more[0]), trim(toks, more[0] + 3, e)]
        out, start = [], o
        for c in cuts:
            out.append(trim(toks, start, c))
            start = c + 2
        out.append(trim(toks, start, e))
        return out

    def _infinitive_ands(self, o: int, e: int) -> list[int]:
        """The "i" of [o, e) that open a second act asked of no named subject after a first one: "i" before
        an infinitive (its "nie" or an adverb between) when the clause so far has an infinitive and no
        finite verb, or "i" before a repeated complementiser ("by ujawnić A i by ujawnić B")."""
        toks = self.toks
        out = []
        inf = finite = False  # what [o, c) holds, kept in one pass (not a scan per "i")
        for c in range(o, e - 1):
            if c >= o + 2 and toks[c].lower == "i" and inf and not finite:
                n = c + 1
                while n < e - 1 and n - c < 3 and (toks[n].lower == "nie" or toks[n].pos in ("adv", "qub")):
                    n += 1
                if _comp(toks[c + 1], WISH) or toks[n].pos == "inf":
                    out.append(c)
            inf = inf or toks[c].pos == "inf"
            finite = finite or toks[c].pos in ("fin", "praet", "bedzie")
        return out

    def _first_person_wish(self, k: int) -> bool:
        """An infinitive after a first-person "chcieć" ("Chciałbym poprosić …", "chcemy poprosić …"): the
        speaker makes the request."""
        toks = self.toks
        if toks[k].pos != "inf" or k == 0 or toks[k - 1].lemma != "chcieć":
            return False
        w = toks[k - 1]
        return w.lower.endswith(("bym", "byśmy")) or w.pos == "fin" and ":pri" in (w.reading.tag if w.reading else "")

    def _wish_after_addressee(self, o: int, j: int) -> Optional[int]:
        """The start of a ", by/aby/żeby" clause closing the addressee phrase "do X" at ``o`` (nouns and
        adjectives only, before ``j``): the token after the complementiser."""
        toks = self.toks
        for c in range(o + 1, j):
            if toks[c].text == "," and c + 1 < j and _comp(toks[c + 1], WISH):
                return c + 2 if c > o + 1 else None
            if toks[c].pos not in ("subst", "adj", "ppas", "brev") and c not in self.doc.mention:
                return None
        return None

    def _wish_after_adjunct(self, o: int, b: int) -> Optional[int]:
        """The start of a ", by/aby/żeby" clause with a finite verb after an adjunct of the verb (a time, a
        place, an occasion: no verb and no other comma before it, at most 14 tokens): the token after the
        complementiser."""
        toks = self.toks
        for c in range(o, min(b - 2, o + 14)):
            if toks[c].pos in ("fin", "praet", "inf", "bedzie") or toks[c].text in ";:–—":
                return None
            if toks[c].text == ",":
                if _comp(toks[c + 1], WISH) and c > o and self._wish_verb(c + 2, b):
                    return c + 2
                return None
        return None

    def _wish_verb(self, o: int, b: int) -> bool:
        """The clause a complementiser of wishing opens at ``o`` has a verb within a few words: a finite
        one ("by rząd wycofał …") or an infinitive, the act asked with no subject ("żeby odciąć X od …", "by
        jeszcze dziś ujawnić …", "by nie zamykać …")."""
        return any(self.toks[x].pos in ("praet", "fin", "inf") for x in range(o, min(b, o + 8)))

    def _asks_to_do(self, k: int, b: int) -> bool:
        """A third-person "prosić" with a ", by/aby/żeby" clause of an infinitive right after it ("Prosiła, by
        nie zamykać szkoły"): an act asked of whoever can do it; not a request about the reporting itself
        ("prosił, by nie podawać jego nazwiska"; data/demand_reporting_terms.txt)."""
        toks = self.toks
        c = k + 1
        if not (c + 2 < b and toks[c].text == "," and _comp(toks[c + 1], WISH)):
            return False
        e = self.clause_end(c + 2, b, self.in_quote(k))
        v = next((y for y in range(c + 2, min(e, c + 7)) if toks[y].pos in ("inf", "fin", "praet", "bedzie")
                  or toks[y].text in ",;:"), None)
        if v is None or toks[v].pos != "inf":
            return False
        terms = lex("demand_reporting_terms.txt")
        return not any(toks[y].lemma in terms for y in range(c + 2, e))

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

    def _fronted_object(self, k: int) -> Optional[tuple[int, int]]:
        """The genitive object of a verb of demanding at ``k`` fronted to the head of its sentence, the
        verb's subject after it ("Podwyżek o 15 proc. domagają się nauczyciele"): a noun or gerund in the
        genitive opening the sentence, no verb, comma or quotation between it and the verb."""
        toks = self.toks
        a = self.doc.sent_range(toks[k].sent)[0]
        end = k - 1 if k > a and toks[k - 1].lower == "się" else k
        h = head(toks, a, end)
        if h is None or h >= end or not any(r.has("gen") and r.pos in ("subst", "ger") for r in toks[h].readings) \
                or h in self.doc.mention or toks[h].lemma in ("co", "to", "ten"):
            return None
        if any(toks[x].pos in ("fin", "praet", "inf", "bedzie") or toks[x].text in ";:–—\"„”" for x in range(a, end)):
            return None
        if any(r.lemma.lower() in role_words() and r.has("nom") for r in toks[h].readings):
            return None  # "Posłanka Lewicy X domagała się …": a person by role ("posłanka" also reads as a genitive)
        commas = [x for x in range(a, end) if toks[x].text == ","]
        if commas and not (len(commas) == 1 and commas[0] + 1 < end and toks[commas[0] + 1].lower in ("ale", "lecz")
                           and any(toks[x].lower == "nie" for x in range(a, commas[0]))):
            return None  # one comma only in "nie A, ale (chociaż) B": "Dojścia nie do 7, ale do 6 proc. PKB żądają …"
        return trim(toks, a, end)
