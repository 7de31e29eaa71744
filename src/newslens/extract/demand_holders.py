"""Who a common noun, a pronoun or a member noun stands for, for the demand parties: a mixin of
:class:`demand_parties.Parties`. A role noun's named holder ("minister zdrowia", "były dyrektor", the one
person named in apposition to a holder noun), a pronoun's antecedent among the named parties ("Wezwał go
do …"), and the body a member noun is derived from ("ludowcy" → PSL). Split out of ``demand_addressees``
and ``demand_parties`` when they passed 600 lines; the methods moved unchanged and use the indexes
``Parties.__init__`` builds.
"""
from __future__ import annotations

import bisect
from functools import lru_cache
from typing import Optional

from ..lexicon import gazetteer, role_words
from ..model import Actor
from ..nlp import morfeusz, readings
from .demand_addressees import _cases, holder_nouns, lex
from .quote_doc import actor_gender
from .quotes import _role_actor


@lru_cache(maxsize=1)
def _party_heads() -> frozenset[str]:
    """Common nouns that may name a party: holders, bodies, institutions, classifiers of names."""
    return holder_nouns() | lex("addressee_bodies.txt") | lex("institution_heads.txt") | lex("apposition_nouns.txt")


@lru_cache(maxsize=1)
def _variants() -> dict[str, tuple[str, ...]]:
    """Canonical name → the other names the gazetteer lists for it ("PSL" → "Polskie Stronnictwo Ludowe")."""
    out: dict[str, set[str]] = {}
    for entries in gazetteer().values():
        for e in entries:
            out.setdefault(e.canonical, set()).add(" ".join(e.words))
    return {k: tuple(sorted(v - {k})) for k, v in out.items()}


@lru_cache(maxsize=4096)
def _forms(word: str) -> frozenset[str]:
    """The forms of the nouns a word may be a form of ("związek" → "związku", "związki", …)."""
    out = {word}
    for r in readings(word):
        if r.pos == "subst":
            try:
                out |= {f.lower() for f, *_ in morfeusz().generate(r.lemma.split(":")[0])}
            except RuntimeError:
                pass
    return frozenset(out)


class Holders:
    """Who a common noun, a pronoun or a member noun stands for (see the module docstring)."""

    def antecedent(self, k: int) -> Optional[Actor]:
        """The actor a singular third-person pronoun at ``k`` in an oblique case refers to ("Związek zwrócił
        się do wojewody X. Wezwał go do …", "spółka złożyła wniosek, ale regulator wezwał ją do …"): the
        nearest noun or name before it, in this sentence or the one before, in the pronoun's gender and
        number, that is no nominative of the pronoun's own sentence (its clause's subject, which the
        pronoun cannot refer to). That noun must name an actor of the text (a name, a role's holder, a
        common noun for a named body), else None: a pronoun for a thing or for someone unnamed is no party."""
        doc, toks = self.doc, self.doc.toks
        r = toks[k].reading
        if r is None or not r.has("sg") or r.has("nom") or toks[k].lower in ("jego", "jej") and r.has("gen") \
                and not (k > 0 and toks[k - 1].pos == "prep"):
            return None  # ("jego", "jej" without a preposition: a possessive, no party)
        gender = "f" if r.has("f") else "m" if r.has("m1") or r.has("m2") or r.has("m3") else None
        if gender is None:
            return None
        s = toks[k].sent
        a = doc.sent_range(s - 1)[0] if s > 0 else doc.sent_range(s)[0]
        j = k - 1
        while j >= a:
            m = doc.mention.get(j)
            start = m[1] if m else j
            t = toks[start]
            # a nominative of the pronoun's own clause (no other finite verb between): its subject
            own = t.sent == s and sum(toks[x].pos in ("fin", "praet") for x in range(start, k)) <= 1 \
                and any(x.has("nom") for x in t.readings if x.pos in ("subst", "ign", "adj"))
            if m:
                if not own and m[0].type in ("person", "organization"):
                    g = actor_gender(m[0])
                    if g == gender:
                        return m[0]
                    if g is None:
                        return None  # a name of unknown gender between: not sure which one is meant
                j = start - 1
                continue
            got = self.layer.get(j)
            if got is not None and got[1] < j:
                j = got[1]
                continue
            genders = ("f",) if gender == "f" else ("m1", "m2", "m3")
            nouns = [x for x in t.readings if x.pos == "subst" and x.has("sg") and any(x.has(g) for g in genders)]
            # a noun that may name a party: a person's ("lider"), a holder's, a body's ("spółka", "sąd"); a
            # thing ("w piątek", "wniosek") is no one a demand is made of
            if not t.is_title and not own and any(x.has("m1") or x.lemma.lower() in self.by_head
                                                  or x.lemma.lower() in _party_heads() for x in nouns):
                hit = self.actor_at(j, j + 1) if t.pos != "ppron3" else None
                return hit[0] if hit is not None and hit[0].type in ("person", "organization") else None
            j -= 1
        return None

    def former_holder(self, k: int) -> Optional[Actor]:
        """The one named person the text calls "były <role>" in apposition ("Andrzej W., były dyrektor
        szpitala", "były starosta Henryk M."), for "były <role>" at token ``k`` ("od byłego dyrektora",
        "przeciwko byłemu staroście"); None when no or several persons are so named."""
        doc, toks = self.doc, self.doc.toks
        if k + 1 >= len(toks) or toks[k + 1].lemma not in role_words():
            return None
        role = toks[k + 1].lemma
        if not hasattr(self, "_former"):
            self._former: dict[str, set] = {}
            for j in range(len(toks) - 1):
                if toks[j].lemma not in ("były", "ówczesny") or toks[j + 1].lemma not in role_words():
                    continue
                found = []
                if j >= 2 and toks[j - 1].text == ",":
                    m = doc.mention.get(j - 2) or (doc.mention.get(j - 3) if j >= 3 and toks[j - 2].text == "." else None)
                    if m and m[0].type == "person":
                        found.append(m[0])  # "Henryk M., były starosta"
                for x in range(j + 2, min(j + 8, len(toks))):
                    m = doc.mention.get(x)
                    if m and x == m[1]:
                        if m[0].type == "person":
                            found.append(m[0])  # "były starosta wierzbnicki Henryk M."
                        break
                    if toks[x].is_punct:
                        break
                for a in found:
                    self._former.setdefault(toks[j + 1].lemma, set()).add(a)
        got = self._former.get(role, set())
        return next(iter(got)) if len(got) == 1 else None

    def role_holder(self, k: int) -> Optional[Actor]:
        """The named person a role noun at ``k`` refers to ("minister zdrowia" → the minister); else the
        one person the text names in apposition to that noun ("Rektor prof. Marek Wiśniewski")."""
        doc, toks = self.doc, self.doc.toks
        words = [toks[k].lemma.lower()] + [toks[j].lower for j in range(k + 1, min(k + 3, len(toks)))]
        cands = [a for a in doc.actors if a.type == "person" and a.role and a.role.split()[0] == words[0]]
        if len(cands) > 1:  # "minister zdrowia" among several ministers
            fit = [a for a in cands if a.role.split()[1:2] and a.role.split()[1] in words[1:]]
            cands = fit or cands
        if cands:
            return cands[0]
        got = _role_actor(doc, toks[k], k) if toks[k].lemma in role_words() else None
        return got if got is not None else self.apposed_holder(words[0])

    def apposed_holder(self, noun: str) -> Optional[Actor]:
        """The one named person the text puts right after a holder noun (lemma ``noun``) in the same
        case, titles and the noun's genitive complement between ("Rektor prof. Marek Wiśniewski",
        "właściciela klubu Ryszarda Kępy", "prezydent Olsztyna Andrzej Malicki"): the actor table may
        have given that person no role or another title. None when no or several persons are so named."""
        if not hasattr(self, "_apposed"):
            doc, toks = self.doc, self.doc.toks
            nouns = holder_nouns()
            self._apposed: dict[str, set] = {}
            for j, t in enumerate(toks):
                lem = t.lemma.lower()
                if lem not in nouns or t.pos != "subst":
                    continue
                case = _cases(t)
                x = j + 1
                while x < min(j + 7, len(toks)) and toks[x].sent == t.sent:
                    m = doc.mention.get(x)
                    if m and m[1] == x:
                        if m[0].type == "person":
                            if case & _cases(toks[x]):
                                self._apposed.setdefault(lem, set()).add(m[0])
                            break
                        if m[0].type in ("place", "organization") and ("gen" in _cases(toks[x]) or toks[x].text.isupper()):
                            x = m[2] + 1  # "prezydent Olsztyna Andrzej Malicki", "rektora UWM prof. X"
                            continue
                        break
                    u = toks[x]
                    if u.text == "." or u.pos in ("brev", "ign") and u.text.endswith(".") or u.lower in ("dr", "prof", "hab", "inż", "mgr") \
                            or u.pos in ("subst", "adj") and not u.is_title and "gen" in _cases(u):
                        x += 1  # a title ("prof.", "dr hab.") or the noun's complement ("klubu")
                        continue
                    break
        got = self._apposed.get(noun, set())
        return next(iter(got)) if len(got) == 1 else None

    def derived_body(self, group: str, at: int) -> Optional[Actor]:
        """The one organisation named before offset ``at`` whose name holds the word the member noun
        heading the group ``group`` is derived from (data/demand_member_suffixes.txt: "-owiec" from "-owy"):
        "ludowcy" are the Polskie Stronnictwo Ludowe, "samorządowcy" a Samorząd Studentów, "związkowcy" the
        one union or inter-union committee named. Two such organisations, or one and a branch of it
        ("ZNP", "Oddział ZNP we Wrocławiu"), or none: None (the group stays a group)."""
        suffixes = lex("demand_member_suffixes.txt")
        lem = next((r.lemma.lower() for w in group.split() for r in readings(w)
                    if r.pos == "subst" and any(r.lemma.lower().endswith(x) for x in suffixes)), None)
        stem = next((lem[:-len(x)] for x in suffixes if lem and lem.endswith(x)), None)
        if stem is None or len(stem) < 3:
            return None
        firsts, found = self._derived_from(stem)
        n = bisect.bisect_left(firsts, at)
        if n != 1:
            return None
        body = found[0]
        branched = self.__dict__.setdefault("_branched", {})
        if id(body) not in branched:
            branched[id(body)] = any(a != body and a.type == "organization" and body.name in a.name.split()
                                     for a in self.doc.actors)
        if branched[id(body)]:
            return None  # a branch named by its parent's name ("Oddział ZNP we Wrocławiu") may be the one meant
        return body

    def _derived_from(self, stem: str) -> tuple[list[int], list[Actor]]:
        """The organisations whose name (an alias, a variant) holds a word derived from ``stem``, by their
        first offset, and those offsets: found once per stem and document."""
        cache = self.__dict__.setdefault("_derived", {})
        got = cache.get(stem)
        if got is None:
            orgs = []
            for a in self.doc.actors:
                if a.type != "organization":
                    continue
                names = (a.name, *a.aliases, *_variants().get(a.name, ()))  # "PSL": Polskie Stronnictwo Ludowe
                words = [w.strip('„”"().,').lower() for n in names for w in n.replace("-", " ").split()]
                if any(stem + "ow" in w or any(f.startswith(stem) for f in _forms(w)) for w in words):
                    orgs.append((min((x for x, _y in a.offsets), default=a.first_offset), a))
            orgs.sort(key=lambda o: o[0])
            got = cache[stem] = ([o[0] for o in orgs], [o[1] for o in orgs])
        return got

    def courts(self) -> list[Actor]:
        """The one court the text names (an organisation whose name's first word is a court's head noun,
        data/demand_court_heads.txt), as a list; none or two and more (a court and its appeal court): []."""
        heads = lex("demand_court_heads.txt")
        got = [a for a in self.doc.actors if a.type == "organization" and a.name.split()
               and {r.lemma.lower() for r in readings(a.name.split()[0])} & heads]
        return got if len(got) == 1 else []

    def employer(self) -> Optional[Actor]:
        """The one organisation the text names as the workplace of the workers or the union it is about,
        for the common noun "pracodawca" (GUIDELINES: a common noun the text uses for one actor it names is
        that actor): the body in the genitive after "pracownik" ("Związek Pracowników X", "pracownicy
        X"), or the one a union or its sub-body works in ("Komisja Zakładowa … działająca w sieci sklepów
        X", "Solidarność w X"; data/demand_union_words.txt). Two such organisations, or none: None."""
        doc, toks = self.doc, self.doc.toks
        unions = lex("demand_union_words.txt")
        found: dict[str, Actor] = {}
        orgs = [a for a in doc.actors if a.type == "organization"]
        for a in orgs:  # a union named for the workers of another: "Solidarność Pracowników Poczty Polskiej"
            words = a.name.split()
            rest = next((" ".join(words[i + 1:]) for i, w in enumerate(words) if w in ("Pracowników", "pracowników")), "")
            got = next((b for b in orgs if b != a and rest and rest in (b.name,) + tuple(b.aliases)), None)
            if got is not None:
                found.setdefault(got.name, got)
        for k0, m in doc.mention.items():
            if k0 != m[1] or m[0].type != "organization":
                continue
            j = k0 - 1
            if j >= 0 and toks[j].lemmas() & {"pracownik"} and not toks[j].is_title \
                    or j >= 0 and toks[j].lower in ("pracowników", "pracownic"):
                found.setdefault(m[0].name, m[0])  # "pracownicy X", "Solidarność Pracowników X"
                continue
            # "w X", "w sieci X", "w sieci sklepów X" right after a union's name (or "działający")
            while j >= 0 and toks[j].pos == "subst" and not toks[j].is_title and j not in doc.mention and k0 - j <= 2:
                j -= 1
            if j < 1 or toks[j].lower not in ("w", "we"):
                continue
            i = j - 1
            if toks[i].lemma in ("działający", "działać"):
                i -= 1
            m2 = doc.mention.get(i)
            if m2 is not None and m2[0] != m[0] and m2[0].type == "organization" \
                    and {r.lemma.lower() for w in m2[0].name.split() for r in readings(w.strip('„”"'))} & unions:
                found.setdefault(m[0].name, m[0])
        return next(iter(found.values())) if len(found) == 1 else None
