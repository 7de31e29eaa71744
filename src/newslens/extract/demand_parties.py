"""Who demands (``by``) and of whom (``of``): the quotes, the mention layer and the subjects here, groups
and organisations in ``demand_groups``, addressees in ``demand_addressees``.

``by``: the demanding verb's subject, which may be a named actor, a role noun that refers to a named
person ("szef związku"), an organisation named by its head noun ("Związek domaga się" → the union
named in the text), or a group ("rolnicy", "związkowcy z OZZPiP"). A group is resolved to the
organisation it belongs to ("z X", "zrzeszeni w X", "posłowie X", "jego przedstawiciele") or that
leads it ("Protest organizuje Komitet X"); otherwise it is written as the group, in the nominative
plural, with ``group=True``. A demand inside a quote with no subject of its own is the speaker's.

``of``: "od X", "do X" (apel, petycja, list, wezwanie), "wobec X", "wezwał X do", "spełnienia
przez X", a person addressed by role or first name ("Pani minister, …", "Panie Burmistrzu, …",
"Pani Elżbieto, …") → the named holder: the methods of the ``Addressees`` mixin (demand_addressees.py).
"""
from __future__ import annotations

import bisect
from typing import Optional, Sequence

from ..lexicon import role_words
from ..model import Actor, Quote
from ..nlp import in_quotes, readings
from .demand_addressees import Addressees, holder_nouns, lex
from .demand_epithets import epithet_holder
from .demand_holders import Holders
from .demand_recipients import Recipients
from .demand_groups import GroupParties, Party, _groups, _noun_lemmas, _nom, _nomish, _party, _plural, nominative_plural
from .groups import GroupLeaders
from .mentions import Mention, link_mentions, mentions_by_token
from .quotes import COMPLEMENTIZERS, DASHES, _Doc, _after_preposition, _subject_after, _subject_before, \
    mention_nominative

__all__ = ["Parties", "Party", "lex", "nominative_plural", "_party"]


class Parties(Addressees, GroupParties, Recipients, Holders):
    """Per-document indexes for resolving ``by`` and ``of`` (built once, linear in the text)."""

    def __init__(self, doc: _Doc, quotes: Sequence[Quote] = ()) -> None:
        self.doc = doc
        toks = doc.toks
        # quotes by sentence, to find the quote holding an offset without scanning all of them
        self.quotes_in: dict[int, list[Quote]] = {}
        for q in quotes:
            if q.end <= q.start:
                continue
            a, b = doc.tok_index(q.start), doc.tok_index(max(q.start, q.end - 1))
            for s in range(toks[a].sent, toks[b].sent + 1):
                self.quotes_in.setdefault(s, []).append(q)
        # organisations by the lemmas of the common nouns in their names ("Związek", "Izba", "Komitet")
        heads = lex("institution_heads.txt")
        self.by_head: dict[str, list[Actor]] = {}
        acronyms = dict(line.split() for line in lex("demand_name_acronyms.txt"))
        for actor in doc.actors:
            if actor.type not in ("organization",):
                continue
            first = actor.name.split()[0]
            if first in acronyms:  # "KS Prosna Kalisz" is the club ("od klubu")
                self.by_head.setdefault(acronyms[first], []).append(actor)
            for w in actor.name.split():
                for r in readings(w):
                    if r.pos == "subst" and r.lemma.lower() in heads:
                        self.by_head.setdefault(r.lemma.lower(), []).append(actor)
            for w in actor.name.split():  # "od ligi" → Polska Liga Siatkówki, not the Komisja … Ligi
                lems = {r.lemma.lower() for r in readings(w) if r.pos == "subst"}
                if lems & heads:
                    break
                body = next(iter(lems & lex("demand_body_heads.txt")), None)
                if body is not None:
                    if actor not in self.by_head.get(body, ()):
                        self.by_head.setdefault(body, []).append(actor)
                    break
        apposition = lex("apposition_nouns.txt")
        # a head noun the text puts before a name that lacks it ('Komitet referendalny „Borsk dla
        # Mieszkańców"', 'stowarzyszenie "Wierni Barwom"'): the text states that name is of that kind
        for k0, m in doc.mention.items():
            if k0 != m[1] or m[0].type != "organization":
                continue
            j = k0 - 1
            quoted = j >= 0 and toks[j].text in "„\"«"
            if quoted:
                j -= 1
            if j >= 0 and toks[j].pos == "adj" and not toks[j].is_title:
                j -= 1
            if j < 0 or j in doc.mention or toks[j].sent != toks[k0].sent:
                continue
            # a name in quotation marks, or one in the head's own case after a classifying noun ("spółka
            # X"); not a genitive complement ("zarząd PZPN", "biuro polityczne Hamasu")
            lems = {r.lemma.lower() for r in toks[j].readings if r.pos == "subst"} & heads
            if not quoted:
                lems &= apposition
                if not (toks[j].case() & toks[k0].case() - {"gen"}):
                    lems = set()
            for lem in lems:
                if m[0] not in self.by_head.get(lem, ()):
                    self.by_head.setdefault(lem, []).append(m[0])
        for line in lex("head_synonyms.txt"):
            # a noun naming an organisation by its kind ("resort" → the ministry named, "spółka" → the
            # works named): the organisations whose names hold that kind's head (and one of the words given)
            noun, head, *words = line.split()
            for org in self.by_head.get(head, ()):
                if (not words or set(words) & {r.lemma.lower() for w in org.name.split() for r in readings(w)}) \
                        and org not in self.by_head.get(noun, ()):
                    self.by_head.setdefault(noun, []).append(org)
        self._kind_nouns(heads)
        boss = self.employer()
        if boss is not None and boss not in self.by_head.get("pracodawca", ()):
            self.by_head.setdefault("pracodawca", []).append(boss)  # "pracodawca" → the workplace named
        for actor in doc.actors:
            # the classifier the text put before an organisation's name ("spółka Tauron Sprzedaż", its role;
            # data/apposition_nouns.txt, not "klub Wspólne Wierzbowo", a council's club): the text's common
            # noun for it ("regulator wezwał spółkę", GUIDELINES: "spółka" is that actor)
            role = (actor.role or "").split()
            if actor.type != "organization" or len(role) != 1:
                continue
            for lem in {r.lemma.lower() for r in readings(role[0]) if r.pos == "subst"} & apposition:
                if actor not in self.by_head.get(lem, ()):
                    self.by_head.setdefault(lem, []).append(actor)
        # mention starts (token indices) of every actor, sorted: "the latest mention before k"
        self.starts: list[int] = sorted({m[1] for m in doc.mention.values()})
        self.leader: Optional[Actor] = self._leader()
        # the mention layer: role nouns, vocatives, pronouns and groups linked to their actors
        self.layer: dict[int, tuple[Mention, int, int, int]] = mentions_by_token(
            doc.text, link_mentions(doc.text, doc.actors))
        self.by_name = {a.name: a for a in doc.actors}
        self.group_leaders = GroupLeaders(doc.actors)
        self.quoted = in_quotes(doc.text)
        # sentences that send a petition, letter or demands to a named addressee ("skierował petycję
        # do premiera Donalda Tuska", "przekazali zarządowi Wartbusa pismo z żądaniami")
        self.sent_to: dict[int, list[Actor]] = {}
        self.carrier_sents: set[int] = set()  # sentences that name a petition or letter at all
        words = lex("demand_carriers.txt")
        carriers = frozenset(w.rstrip("-") for w in words)
        self.carriers = carriers
        plain = frozenset(w for w in words if not w.endswith("-"))
        for s in range(len(doc.text.sents)):
            a, b = doc.sent_range(s)
            ks = [k for k in range(a, b) if not carriers.isdisjoint(toks[k].lemmas())]
            if ks:
                if any(toks[k].lemmas() & plain for k in ks):
                    self.carrier_sents.add(s)
                got = self.addressees(a, b) + self.datives(a, b)
                got += [x for x in self._sent_recipients(a, b) if x not in got]
                if got:
                    self.sent_to[s] = got
            if s not in self.sent_to:
                got = self._demands_sent(a, b)
                if got:
                    self.sent_to[s] = got
            got = self._stated_recipient(a, b)
            if got and s not in self.sent_to:
                # "Jej adresatem jest starosta X", "Adresatem petycji jest Y": the document's recipient
                self.sent_to[s] = got
                self.carrier_sents.add(s)
        self.sent_to_keys = sorted(self.sent_to)
        # the addressee one item of a list names in its own words ("wycofania się X z …"), by its token range
        self.item_of: dict[tuple[int, int], list[Actor]] = {}

    # ------------------------------------------------------------ quotes
    def quote_at(self, offset: int) -> Optional[Quote]:
        """The innermost quote holding ``offset``."""
        s = self.doc.toks[self.doc.tok_index(offset)].sent
        inside = [q for q in self.quotes_in.get(s, ()) if q.start <= offset < q.end]
        return min(inside, key=lambda q: q.end - q.start) if inside else None

    def speaker_at(self, offset: int) -> Optional[Party]:
        q = self.quote_at(offset)
        if q is None or not q.speaker:
            return None
        first = self.__dict__.get("_first_by_name")
        if first is None:  # each name's first actor, as a scan of the actors would find it
            first = self._first_by_name = {}
            for a in self.doc.actors:
                first.setdefault(a.name, a)
        actor = first.get(q.speaker)
        if actor is None and q.speaker[:1].islower():
            org = self._member_org(q.speaker, self.doc.tok_index(q.start))
            if org is not None:
                return _party(org)
        return Party(q.speaker, actor is None and q.speaker[:1].islower(), actor)

    def _member_org(self, name: str, k: int) -> Optional[Actor]:
        """A group speaker named "<member noun> <head noun>" ("członkowie komitetu") is the organisation
        that head noun names (the latest such before token ``k``, as :meth:`org_by_head`)."""
        words = name.split()
        if len(words) != 2 or not {r.lemma.lower() for r in readings(words[0])} & _groups()[1]:
            return None
        heads = {r.lemma.lower() for r in readings(words[1]) if r.pos == "subst" and r.has("gen")}
        cands = [a for lem in heads for a in self.by_head.get(lem, ())]
        if not cands:
            return None
        return self._last_mentioned(cands, k)

    def _last_mentioned(self, cands: list, k: int):
        """Of the candidate actors, the one mentioned last before token ``k`` (else the first)."""
        by_actor = self._starts_by_actor()
        best, best_at = None, -1
        for a in cands:
            got = by_actor.get(a.name)
            if got is None or (got[0] is not a and got[0] != a):
                continue
            i = bisect.bisect_left(got[1], k) - 1
            if i >= 0 and got[1][i] > best_at:
                best, best_at = got[0], got[1][i]
        return best if best is not None else cands[0]

    def _starts_by_actor(self) -> dict:
        """Each mentioned actor's name -> (the actor as the mention layer holds it, its mention starts in
        text order): one bisection per candidate instead of a walk back over every mention. Keyed by
        name, not by the actor: hashing an actor hashes all its offsets, as long as the text."""
        got = self.__dict__.get("_by_actor")
        if got is None:
            got = {}
            for s in self.starts:
                m = self.doc.mention.get(s)
                if m:
                    got.setdefault(m[0].name, (m[0], []))[1].append(s)
            self._by_actor = got
        return got

    def who_says(self, k: int) -> Optional[Party]:
        """The speaker of the speech holding token ``k``: the quote's speaker, else the reporting
        clause of its sentence ("Trump odpowiedział: „…”"), else the attribution line after it
        ("„…” / – mówiła rzeczniczka X"), else a "Jak dodał, …" speaker before."""
        doc, toks = self.doc, self.doc.toks
        got = self.speaker_at(toks[k].idx)
        if got is not None:
            return got
        s = toks[k].sent
        a, b = doc.sent_range(s)
        if self.quoted[k] and not all(self.quoted[j] or toks[j].is_punct for j in range(a, b)):
            got = self.sentence_subject(s, outside_quotes=True)
            if got is not None:
                return got
        j = b
        while j < len(toks) and (self.quoted[j] or toks[j].text in "”\"»") and toks[j].sent <= s + 3:
            j += 1  # past the rest of the speech
        if j < len(toks) and (toks[j].text in DASHES or toks[j].text == "-") and j + 1 < len(toks):
            v = next((x for x in range(j + 1, min(len(toks), j + 4)) if toks[x].pos in ("fin", "praet")), None)
            if v is not None:
                got = self.subject(v)
                if got is not None:
                    return got
        return None

    # ------------------------------------------------------------ the mention layer
    def party_at(self, k: int) -> Optional[Party]:
        """The party a mention at token ``k`` stands for (a name, a role's holder, a group)."""
        got = self.layer.get(k)
        if got is not None:
            m = got[0]
            if m.group and not _plural(self.doc.toks[got[3]]):
                return None  # "Burmistrz zaapelował": one person the text leaves unnamed, no group
            if m.group:
                led = self.group_at(got[3])
                if (led is None or led.group) and got[1] != got[3]:
                    led = self.group_at(got[1]) or led  # "rybacy zrzeszeni w stowarzyszeniu": from the group noun
                if led is not None and not led.group:
                    return led
                name = self._group_words(got[1], m.actor)
                nxt = self.doc.mention.get(got[2] + 1)
                if nxt is not None and nxt[1] == got[2] + 1 and nxt[0].type == "place" \
                        and nxt[0].name not in name and not any(w in name for w in nxt[0].aliases):
                    toks = self.doc.toks  # "mieszkańcy Radomia": the place the group is named by
                    name += " " + self.doc.text.text[toks[nxt[1]].idx:toks[nxt[2]].end]
                return Party(name, True)
            return Party(m.actor, False, self.by_name.get(m.actor))
        m = self.doc.mention.get(k)
        if m is not None:
            return _party(m[0])
        return self.group_at(k) or _party(self.org_by_head(k))

    def clause_subject(self, a: int, b: int, heads: bool = False) -> Optional[Actor]:
        """A named actor opening a clause ("Pekin zwolni ich …", "pani minister nas nie wysłucha"),
        after adverbials of time ("do 15 lutego zarząd …")."""
        toks = self.doc.toks
        k = a
        def adjunct(j: int) -> bool:  # a preposition of an adjunct ("zamiast oświadczeń Moskwa …"), not the agent's
            return toks[j].lower in ("do", "od", "w", "na", "po") or toks[j].lower != "przez" \
                and toks[j].pos in ("prep", "conj") and any(r.pos == "prep" for r in toks[j].readings)
            # ("zamiast" is tagged a conjunction first; "miasto", a noun, has a preposition's reading too)
        while k < b and (toks[k].pos in ("adv", "qub") or toks[k].lower in ("nie", "we") or adjunct(k)
                         or toks[k].pos in ("num", "adj") or toks[k].text.isdigit()
                         or (k > a and adjunct(k - 1) and toks[k].pos == "subst"
                             and k not in self.layer and k not in self.doc.mention)
                         or (k > a + 1 and toks[k - 2].lower in ("do", "od", "w", "na", "po")
                             and (toks[k - 1].lemma in ("koniec", "początek", "połowa", "środek", "czas", "ten")
                                  or toks[k - 1].text.isdigit())
                             and (toks[k].case() & {"gen"} or any(r.has("gen") for r in toks[k].readings))
                             and k not in self.layer and k not in self.doc.mention)):
            # "do końca października minister …", "do 31 sierpnia Teheran …" (also a month the tagger read
            # otherwise: "do 31 maja")
            k += 1
        if k >= b or (k > a + 1 and toks[k - 2].pos == "prep" and toks[k - 1].pos == "subst" and k - 1 not in self.layer
                      and k - 1 not in self.doc.mention and toks[k].case() & {"gen"}):
            return None  # a genitive after a skipped prepositional noun is its complement ("na konto spółki …")
        got = self.layer.get(k)
        if got is not None and not got[0].group and _nomish(toks[got[3]]):
            return self.by_name.get(got[0].actor)
        if toks[k].lemma in ("nikt", "ktoś", "ktokolwiek") and k + 2 < b and toks[k + 1].lower in ("z", "ze"):
            hit = self.actor_at(k + 2, b)  # "jeśli nikt z ministerstwa nie przyjedzie": the ministry named
            return hit[0] if hit is not None and hit[0].type == "organization" else None
        m = self.doc.mention.get(k)
        if m is not None and k == m[1] and mention_nominative(self.doc, m):
            return m[0]
        p = self.group_at(k)
        if p is not None and not p.group and p.actor is not None:
            return p.actor
        if k + 1 < b and toks[k].pos == "subst" and toks[k].lemma.lower() in lex("apposition_nouns.txt") and _nom(toks[k]):
            m = self.doc.mention.get(k + 1)
            if m is not None and k + 1 == m[1] and mention_nominative(self.doc, m):
                return m[0]  # a classifier and the name it classifies: "spółka Edu-Start rozliczy się …"
        r = k + 1 if toks[k].lemma.lower() in ("pan", "pani") and k + 1 < b else k
        if toks[r].lemma in holder_nouns() and _nom(toks[r]):
            return self.role_holder(r)  # "minister rolnictwa przyjedzie …", "pani minister nas nie wysłucha"
        if heads and _nom(toks[k]):
            org = self.org_by_head(k)  # "Komisja musi pokazać …" → Komisja Europejska
            if org is not None and k + 1 < b and toks[k + 1].pos == "adj" and not toks[k + 1].is_title \
                    and toks[k + 1].lemma.lower() not in {r.lemma.lower() for w in org.name.split() for r in readings(w)}:
                return None  # "sąd apelacyjny" is not the Sąd Okręgowy named before
            return org
        return None

    # ------------------------------------------------------------ subjects
    def subject(self, v: int, stop: Optional[int] = None) -> Optional[Party]:
        """The subject of the clause of token ``v`` (a verb or a demand noun)."""
        doc, toks = self.doc, self.doc.toks
        a = doc.sent_range(toks[v].sent)[0] if stop is None else stop
        if toks[v].pos == "pcon":
            # "Związkowcy manifestowali przed X, domagając się …", "związkowców, którzy weszli do sali,
            # domagając się …": an adverbial participle shares the subject of the finite verb before it
            w = next((j for j in range(v - 1, a - 1, -1) if toks[j].pos in ("fin", "praet")), None)
            if w is not None:
                return self.subject(w, stop)
        own = self._group_in_clause(v, a)
        if own is not None:
            return own  # "Jak mówił X, strajkujący chcą …": the clause's own group, not the name before the comma
        actor, _coord = _subject_before(doc, v, a)
        if actor is not None:
            actor = self._name_owner(actor, v, a)
            return self._complement_of_group(actor, v, a) or _party(actor)
        k = v - 1
        passed_verb = False  # a finite verb between: a relative clause of its own ("X, którzy protestują, apelowałbym")
        while k >= a:
            t = toks[k]
            if t.lower in COMPLEMENTIZERS or t.text in ":;" or t.text in DASHES or t.text in "”\"»„":
                break
            if t.lemma == "który" and t.lower in ("którzy", "który", "która", "które") and k >= a + 2 \
                    and toks[k - 1].text == "," and not passed_verb:
                # "żądania górników, którzy domagają się …"; "z bohaterami, którzy strajkują, domagając się …":
                # those who strike (the protest verb's group, or the organiser leading it)
                return self.party_at(k - 2) or self._acting_group(v)
            passed_verb = passed_verb or t.pos in ("fin", "praet")
            got = self.layer.get(k)
            if got is not None:
                source = got[1] > a and toks[got[1] - 1].lower in ("według", "zdaniem", "wedle")
                head = self.layer.get(got[1] - 1) if got[0].kind == "name" and got[1] > a else None
                if head is not None and head[0].group and head[2] == got[1] - 1 \
                        and any(r.has("gen") for r in toks[got[1]].readings):
                    k = got[1] - 1  # "Pracownicy Huty X domagają się": the name complements the group before it
                    continue
                if _nomish(toks[got[3]]) and not (got[1] > a and toks[got[1] - 1].pos == "prep") and not source \
                        and not (got[0].kind == "pronoun" and toks[got[1]].lower in ("jego", "jej", "ich")):
                    owner = self._owner_of(got[1], a) if got[0].kind == "name" else None
                    return _party(owner) if owner is not None else self.party_at(got[1])
                k = got[1] - 1
                continue
            if k not in doc.mention and _nom(t) and not (k > a and toks[k - 1].pos == "prep"):
                p = self.group_at(k)
                if p is None and (not t.is_title or k == a or t.sent_start):
                    p = _party(self.org_by_head(k))
                p = p or epithet_holder(doc, self, k)  # "Ukraiński przywódca chce, by …": the person described
                if p is not None:
                    return p
            k -= 1
        actor = _subject_after(doc, v)
        end = doc.sent_range(toks[v].sent)[1]
        at = next((j for j in range(v + 1, end) if (doc.mention.get(j) or (None, -1))[1] == j and doc.mention[j][0] == actor), None)
        if actor is not None and not (at is not None and any(r.pos == "prep" for r in toks[at - 1].readings)) \
                and not (at is not None and self._disagrees_after(v, at)):
            return _party(actor)  # (not a name a possible preposition governs: "wobec Węgier", tagged as an adverb)
        for k in range(v + 1, min(v + 6, end)):
            t = toks[k]
            if t.text in ",.:;" or t.lower in COMPLEMENTIZERS:
                break
            got = self.layer.get(k)
            if got is not None and _nomish(toks[got[3]]) and toks[got[1] - 1].pos != "prep" \
                    and not self._disagrees_after(v, got[1]):
                return self.party_at(got[1])
            if _nom(t) and not toks[k - 1].pos == "prep" and k not in doc.mention and not self._disagrees_after(v, k):
                p = self.group_at(k) or _party(self.org_by_head(k))
                if p is not None:
                    return p
        return None

    def _acting_group(self, v: int) -> Optional[Party]:
        """The group a plural protest verb names by its doers (data/demand_led_groups.txt: strajkować →
        "strajkujący"), led by the protest's organiser when the text names one."""
        t = self.doc.toks[v]
        if t.pos not in ("fin", "praet") or t.lemma not in lex("demand_led_groups.txt") or not (t.reading and t.reading.has("pl")):
            return None
        return _party(self.leader) if self.leader is not None else Party(nominative_plural(t.lemma), True)

    def _disagrees_after(self, v: int, at: int) -> bool:
        """The word at ``at`` after the singular verb ``v`` is nominative only in the plural, so it is no
        subject of the verb ("Wezwał do zwołania posiedzenia Izby": 'Izby' is the genitive singular)."""
        toks = self.doc.toks
        r = toks[v].reading
        if r is None or r.pos not in ("fin", "praet") or not r.has("sg") or r.has("pl"):
            return False
        nom = [x for x in toks[at].readings if x.pos == "subst" and x.has("nom")]
        return bool(nom) and all(x.has("pl") and not x.has("sg") for x in nom)

    def _name_owner(self, actor: Actor, v: int, a: int) -> Actor:
        """The organisation whose name the subject found before ``v`` complements in the genitive, right
        after it ("Komisja Zakładowa NSZZ X Huty Y, zażądała": the committee demands, not the works); else
        the subject found."""
        doc = self.doc
        k = v - 1
        while k >= a and not (k in doc.mention and doc.mention[k][0] == actor):
            k -= 1
        if k < a:
            return actor
        owner = self._owner_of(doc.mention[k][1], a)
        return owner if owner is not None and owner != actor else actor

    def _owner_of(self, start: int, a: int) -> Optional[Actor]:
        """The organisation named right before a name starting at token ``start`` in the genitive (or with
        capitalised genitives left out of its mention between: "Huty" of "Huty Mikołów")."""
        doc, toks = self.doc, self.doc.toks
        j = start - 1
        if not any(r.has("gen") for r in toks[start].readings) and not (j >= a and toks[j].is_title and j not in doc.mention):
            return None
        while j >= a and j not in doc.mention and toks[j].is_title and any(r.has("gen") for r in toks[j].readings):
            j -= 1
        m = doc.mention.get(j)
        return m[0] if j >= a and m is not None and m[2] == j and m[0].type == "organization" else None

    def _group_in_clause(self, v: int, a: int) -> Optional[Party]:
        """A group noun in the nominative plural opening the clause of the plural verb at ``v``, after a
        comma ("…, demonstrujący dzisiaj w Warszawie chcą …"), or opening the sentence with the workplace
        it comes from ("Górnicy z kopalni X oczekują …"); only adverbs and a prepositional phrase may stand
        between it and the verb."""
        doc, toks = self.doc, self.doc.toks
        tag = toks[v].reading.tag if toks[v].reading else ""
        if ":pl:" not in tag:
            return None
        k = v - 1
        workplace = False  # at the sentence's start only a group of a workplace ("Górnicy z kopalni X") counts
        while k >= a and v - k <= 7:
            t = toks[k]
            m = doc.mention.get(k)
            if m is not None and m[0].type == "place" and m[1] - 1 > a and toks[m[1] - 1].pos == "prep":
                k = m[1] - 2  # "w Warszawie"
                continue
            if m is not None and m[1] - 2 > a and toks[m[1] - 2].lower in ("z", "ze") \
                    and toks[m[1] - 1].lemma.lower() in lex("demand_workplaces.txt") and not toks[m[1] - 1].is_title:
                k, workplace = m[1] - 3, True  # "Górnicy z kopalni Bogdanka oczekują": the workplace is no subject
                continue
            if m is not None and m[1] - 1 > a and toks[m[1] - 1].lower in ("z", "ze") \
                    and (m[0].role or "").split()[:1] and (m[0].role or "").split()[0] in lex("demand_workplaces.txt"):
                k, workplace = m[1] - 2, True  # "Górnicy z PGG oczekują" (PGG a mine)
                continue
            if t.is_punct or t.pos in ("fin", "praet", "conj", "comp") or m is not None:
                return None
            if (k > a and toks[k - 1].text == "," or workplace and (k == a or k == a + 1 and toks[a].text in "–—-„\"")) \
                    and any(r.has("nom") and r.has("pl") for r in t.readings):
                got = self.layer.get(k)
                if got is not None and got[1] == k and got[0].group:
                    return self.party_at(k)
                if got is not None and got[1] == k and workplace and not got[0].group:
                    lem = next((x for x in _noun_lemmas(t) if x in _groups()[0]), None)
                    if lem is not None:  # the layer made the workplace lead them ("Górnicy z PGG"): the group
                        return Party(nominative_plural(lem), True)
                if got is None and self.group_at(k) is not None:
                    return self.group_at(k)
            k -= 1
        return None

    def common_subject(self, v: int) -> bool:
        """The verb's subject right before it is a common noun that names no actor ("miasto zażądało",
        "rząd domaga się"): the demander is then unnamed, not someone from the sentence before."""
        toks = self.doc.toks
        if v == 0:
            return False
        t = toks[v - 1]
        if v > 1 and toks[v - 2].pos == "prep":
            return False  # "W piątek wezwała …": a time adverbial, not the subject
        if v > 1 and (v - 2 in self.layer or v - 2 in self.doc.mention) and any(r.has("gen") for r in t.readings) \
                and _nomish(self.doc.toks[v - 2]):
            return False  # "mieszkańcy osiedla walczą": the genitive complement of the party before it
        return (not t.is_title or t.sent_start) and v - 1 not in self.layer and v - 1 not in self.doc.mention \
            and any(r.pos == "subst" and r.has("nom") for r in t.readings) and self.group_at(v - 1) is None \
            and self.org_by_head(v - 1) is None \
            and not (_noun_lemmas(t) & _groups()[0] and (_plural(t) or _noun_lemmas(t) & _groups()[1])) \
            and epithet_holder(self.doc, self, v - 1) is None  # "ukraiński przywódca" describes a person named
        # (a singular group noun, "Burmistrz zaapelował", is one unnamed person; "strona" names a side)

    def _complement_of_group(self, actor: Actor, v: int, a: int) -> Optional[Party]:
        """The subject found is the genitive complement of a group noun before it ("Mieszkańcy
        Radomia apelują", "Posłowie PiS domagają się"): the group (or the organisation) demands."""
        doc, toks = self.doc, self.doc.toks
        if actor.type == "person":
            return None  # "Burmistrz Jan Kowalski zaapelował": a person after a role noun is its apposition
        k = v - 1
        while k >= a and not (k in doc.mention and doc.mention[k][0] == actor):
            k -= 1
        if k < a:
            return None
        start = doc.mention[k][1]
        if start - 1 < a or start - 1 in doc.mention:
            return None
        g = start - 1
        groups, needy = _groups()
        lemmas = _noun_lemmas(toks[g])
        if not (lemmas & groups or lemmas & lex("group_nouns.txt")) or not any(r.has("pl") for r in toks[g].readings):
            return None
        if (actor.type == "organization" and lemmas & lex("demand_member_nouns.txt")) or lemmas & needy:
            return _party(actor)  # (not "Pracownicy Huty X", "Studenci Uniwersytetu X": a body they are no members of)
        lem = next(iter(sorted(lemmas & (groups | lex("group_nouns.txt")))))
        surface = doc.text.text[toks[start].idx:toks[doc.mention[k][2]].end]
        return Party(self._group_words(g, nominative_plural(lem)) + " " + surface, True)

    def sentence_subject(self, s: int, outside_quotes: bool = False, start: Optional[int] = None,
                         end: Optional[int] = None) -> Optional[Party]:
        """The first subject of sentence ``s`` (for a verb without one: "Domagają się od rządu …");
        with ``outside_quotes``, of its reporting clause only ("Trump odpowiedział: „…”"); before token
        ``end`` only (what is demanded holds no demander: "Pierwszy dotyczy dotacji dla X i Y")."""
        doc, toks = self.doc, self.doc.toks
        a, b = doc.sent_range(s)
        if end is not None:
            b = max(a, min(b, end))
        governed = -1  # the last token of a name a preposition governs: "do X i Y" governs Y too
        for k in range(a if start is None else max(a, start), b):
            if toks[k].lower in COMPLEMENTIZERS:
                break
            if outside_quotes and self.quoted[k]:
                continue
            got = self.layer.get(k)
            if got is not None and got[1] == k and got[0].kind != "name":
                if _nomish(toks[got[3]]) and not (k > a and toks[k - 1].pos == "prep") \
                        and not (got[0].kind == "pronoun" and toks[k].lower in ("jego", "jej", "ich")) \
                        or got[0].kind == "group" and self._counted(k, a):
                    return self.party_at(k)
                continue
            m = doc.mention.get(k)
            if m and k == m[1] and (_after_preposition(doc, m) or k > a and any(r.pos == "prep" for r in toks[k - 1].readings)
                                    or k - 2 == governed and toks[k - 1].lower in ("i", "oraz", "lub", "albo", ",")):
                governed = m[2]  # "petycją do Urzędu X i PKP Y": the second name is no subject either
                continue
            if m and k == m[1] and m[0].type != "media" and mention_nominative(doc, m):
                # (a word that may be a preposition governs the name: "wobec Węgier", tagged as an adverb)
                return _party(m[0])
            if m or got is not None:
                continue
            if _nom(toks[k]) and not (k > a and toks[k - 1].pos == "prep"):
                # a role noun with its holder named after it, before its verb: the person, not the body the
                # role noun belongs to ("Unijny komisarz ds. handlu Valdis Dombrovskis zapewnił …")
                p = self._apposed_person(k, b) if toks[k].lemma in role_words() else None
                p = p or self.group_at(k) or _party(self.org_by_head(k)) or epithet_holder(doc, self, k)
                if p is not None:
                    return p  # "Przewodniczący Solidarności w JSW Sławomir Kozłowski przedstawił …"
        return None

    def _counted(self, k: int, a: int) -> bool:
        """The group at token ``k`` is counted by a numeral before it, in the genitive plural, as a subject
        is ("protestuje około 20 rezydentów", "przyszło kilkuset rolników"): not one governed by a
        preposition ("wśród 20 rezydentów"); an approximating "około", "ponad", "blisko" may open it."""
        toks = self.doc.toks
        j = k - 1
        if j < a or not (toks[j].pos in ("dig", "num") or toks[j].text.isdigit()) \
                or not any(r.has("gen") and r.has("pl") for r in toks[k].readings):
            return False
        if j > a and toks[j - 1].lower in ("około", "ponad", "blisko", "niemal", "prawie"):
            j -= 1
        return not (j > a and (toks[j - 1].pos == "prep" or toks[j - 1].pos == "subst" and toks[j - 1].case() - {"nom"}))

    def nominative_in(self, s: int, actor: Actor, k: int) -> bool:
        """Sentence ``s`` names ``actor`` before token ``k`` in the nominative, outside a prepositional
        phrase ("Sąd orzekł …, ale zobowiązał …"; not "złożyli na ręce starosty")."""
        doc, toks = self.doc, self.doc.toks
        a = doc.sent_range(s)[0]

        def oblique(j: int) -> bool:  # "od sądu", "na ręce starosty"
            return j > a and (toks[j - 1].pos == "prep" or j > a + 1 and toks[j - 1].pos == "subst" and toks[j - 2].pos == "prep")
        for j in range(a, k):
            m = doc.mention.get(j)
            if m and m[1] == j and m[0] == actor and not oblique(j) and mention_nominative(doc, m):
                return True
            got = self.layer.get(j)
            if got is not None and got[1] == j and got[0].actor == actor.name and _nomish(toks[got[3]]) and not oblique(j):
                return True
        return False

    def _apposed_person(self, k: int, b: int) -> Optional[Party]:
        """The person named right after a role noun and its complement, before any verb."""
        doc, toks = self.doc, self.doc.toks
        for j in range(k + 1, min(b, k + 7)):
            if toks[j].pos in ("fin", "praet") or toks[j].text in ",;:–—" or toks[j].lower in COMPLEMENTIZERS:
                return None
            m = doc.mention.get(j)
            if m and j == m[1] and m[0].type == "person":
                return _party(m[0])
        return None
