"""The token tests and small lookups ``mentions.link_mentions`` uses: plural group nouns (``rolnicy``,
``protestujący``), the organisers an organising verb's sentence names, the body a possessive pronoun
before a member noun refers to, surname forms, legal forms and brand names.

Split out of ``mentions.py`` (output unchanged); ``mentions`` re-exports the names other modules import
from it (``group_nouns``, ``_group_noun``, ``_agree_pl``, ``_plural_nominative``, ``_listed_bodies``)."""
from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING, Optional

from ..lexicon import gazetteer, lexicon_set, role_words
from ..model import Actor
from ..nlp import CASES, Text, Tok, per_reading, plural_nominative, read_lexicon, readings
from .groups import member_orgs
from .mention_roles import _role_lemma, role_class

if TYPE_CHECKING:
    from .mentions import _Index


_plural_nominative = plural_nominative  # the name mentions and groups import


@lru_cache(maxsize=1)
def group_nouns() -> tuple[frozenset[str], frozenset[str]]:
    """(group lemmas, member nouns among them: a named organisation in their genitive leads them)."""
    words = read_lexicon("group_nouns.txt")
    return frozenset(w.rstrip("+") for w in words), frozenset(w.rstrip("+") for w in words if w.endswith("+"))


# the group lemma of each form and reading choice (nlp.per_reading)
_group_by_form: dict[tuple, tuple] = {}


def _group_noun(t: Tok) -> Optional[str]:
    """The group lemma of a plural token (rolnicy, protestujący), or None."""
    if not t.is_word or (t.is_title and not t.sent_start):
        return None
    return per_reading(_group_by_form, t, _group_of)


def _group_of(rs: tuple, chosen) -> Optional[str]:
    nouns = group_nouns()[0]
    for r in ([chosen] if chosen else []) + list(rs):
        if r is not None and r.lemma in nouns and r.has("pl") and r.pos in ("subst", "adj", "pact") \
                and not r.is_proper:
            return r.lemma.lower()
    for r in rs:  # "Manifestujący ostrzegają": a protest verb's participle standing for those who protest
        if r.pos == "pact" and r.has("pl") and r.has("nom") and r.has("m1") \
                and r.lemma.lower() in lexicon_set("group_protest_participants.txt"):
            return r.lemma.lower()
    if chosen is None or chosen.pos not in ("subst", "depr"):
        return None
    only_plural = not any(x.has("sg") for x in rs if x.pos in ("subst", "depr"))
    for r in rs:  # any masculine-personal plural noun names people: "ekolodzy", "piłkarze", "ciepłownicy";
        # a role noun too when the form can only be plural ("ekonomiści", "analitycy"; "Premier" may be one person)
        if r.pos in ("subst", "depr") and r.has("pl") and r.has("nom") and (r.has("m1") or r.pos == "depr") \
                and not r.is_proper and (only_plural or r.lemma.lower() not in role_words()) \
                and r.lemma.lower() not in lexicon_set("not_group_nouns.txt"):
            return r.lemma.lower()
    return None


_sg_nouns_by_form: dict[int, tuple] = {}


def _sg_noun_lemmas(rs: tuple) -> tuple[str, ...]:
    """The lower-cased lemmas of the singular common-noun readings, in reading order: once per
    readings tuple (shared by every token of a form), not per token."""
    got = _sg_nouns_by_form.get(id(rs))
    if got is None or got[0] is not rs:
        if len(_sg_nouns_by_form) > 200_000:
            _sg_nouns_by_form.clear()
        got = _sg_nouns_by_form[id(rs)] = (rs, tuple(r.lemma.lower() for r in rs if r.pos == "subst"
                                                    and r.has("sg") and not r.is_proper))
    return got[1]


def _agree_pl(adj: Tok, head: Tok) -> bool:
    cases = {c for r in head.readings if r.has("pl") for c in CASES if r.has(c)}
    return any(r.pos in ("adj", "pact", "ppas") and r.has("pl") and any(r.has(c) for c in cases) for r in adj.readings)


def _organisers(text: Text, idx: "_Index", t: Tok) -> set[str]:
    """The organisations an organising verb's sentence names as its organiser: in the nominative, not after
    a preposition but "przez" ("zorganizowany przez X") or "wspólnie z"/"razem z" (a co-organiser)."""
    toks = text.toks
    a, b = text.sents[t.sent]
    out = set()
    for k in range(a, b):
        m = idx.at.get(k)
        if m is None or m[1] != k or m[0].type != "organization" or abs(k - t.i) > 8:
            continue
        prev = toks[k - 1] if k > a else None
        after_prep = prev is not None and prev.reading is not None and prev.reading.pos == "prep"
        jointly = after_prep and prev.lower in ("z", "ze") and k - 2 >= a and toks[k - 2].lower in ("wspólnie", "razem")
        if (after_prep and prev.lower == "przez" and k > t.i) or jointly or (not after_prep and any(
                r.has("nom") for r in toks[k].readings)):
            out.add(m[0].name)
    return out


def _owning_body(toks: list[Tok], i: int, pron: str, recent, recent_orgs, gender) -> Optional[Actor]:
    """A possessive pronoun before a member noun ("Jego członkowie", "Jej politycy"): the one organisation
    named in this or the previous sentence whose gender agrees, when no person of that gender is named
    there too; None otherwise."""
    if i + 1 >= len(toks) or toks[i].lower not in ("jego", "jej") or toks[i + 1].sent != toks[i].sent:
        return None
    head = _role_lemma(toks[i + 1])  # "Jej lider", "Jego rzecznik": a body's head or spokesperson
    head = head if head is not None and toks[i + 1].reading is not None and toks[i + 1].reading.has("sg") \
        and role_class(head) in (role_class("szef"), role_class("rzecznik")) else None
    if head is None and _group_noun(toks[i + 1]) not in group_nouns()[1]:
        return None
    from .quote_doc import actor_gender
    sent = toks[i].sent
    while recent_orgs and recent_orgs[0][0] < sent - 1:
        recent_orgs.popleft()
    if any(s >= sent - 1 and gender.get(n) == pron for s, n in recent):
        return None  # "jego" may be a man's
    want = {"m": ("m", "n"), "f": ("f",)}[pron]
    orgs = {a.name: a for _s, a in recent_orgs if actor_gender(a) in want}
    if not orgs:  # an acronym shows no gender ("TISZA"): the one body named there, when it is the only one
        named = {a.name: a for _s, a in recent_orgs}
        orgs = {n: a for n, a in named.items() if actor_gender(a) is None} if len(named) == 1 else {}
    return next(iter(orgs.values())) if len(orgs) == 1 else None


SURNAME_ENDINGS = (("owi", ""), ("iem", ""), ("em", ""), ("a", ""), ("u", ""), ("ie", ""), ("y", ""),
                   ("skiej", "ska"), ("ską", "ska"), ("ckiej", "cka"), ("cką", "cka"), ("iego", "i"), ("im", "i"))


def _short_form(toks: list[Tok], i: int) -> bool:
    """A capitalised head noun standing alone inside a sentence ("W komunikacie Rada napisała", "Spółka"
    as the text's short form of a body's name): not after a capitalised word nor before one (no part of a
    longer name), not an acronym."""
    t = toks[i]
    if not t.text[:1].isupper() or t.text.isupper():
        return False
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    return toks[i - 1].text[:1].islower() and toks[i - 1].is_word and \
        (nxt is None or not (nxt.is_word and nxt.text[:1].isupper()))


def _inflected_surname(form: str, surnames: dict[str, Actor]) -> Optional[Actor]:
    """The person whose surname this form inflects ("pieskowa" -> Pieskow, "kowalskiej" -> Kowalska):
    a case ending replaced, the stem at least four letters, only when exactly one surname fits."""
    if not surnames:
        return None
    hits: dict[str, Actor] = {}
    for end, base in SURNAME_ENDINGS:
        if form.endswith(end) and len(form) - len(end) >= 4:
            person = surnames.get(form[:-len(end)] + base)
            if person is not None:
                hits[person.name] = person
    return next(iter(hits.values())) if len(hits) == 1 else None


@lru_cache(maxsize=1)
def _listed_bodies() -> frozenset[str]:
    return frozenset(e.canonical for entries in gazetteer().values() for e in entries)


def _legal_form(name: str) -> bool:
    """A company's name ending in a legal form (data/legal_forms.txt: "Farmavita SA", "Superliga sp. z o.o.")."""
    return any(name.endswith(" " + form) and len(name) > len(form) + 1 for form in lexicon_set("legal_forms.txt"))


def _brand_name(name: str, institutions: frozenset[str] | set[str]) -> bool:
    """A name with no institution head and no union word, not an acronym: a company's brand ("Wartbus",
    "Koleje Dolnośląskie"), never "Solidarność", "PSL", "Związek …", "Urząd …"."""
    words = name.replace("-", " ").split()
    if not words or any(w.isupper() and len(w) > 1 or w[:1].isdigit() for w in words) or name in _listed_bodies():
        return False  # an acronym, "Polska 2050", a party or body the gazetteer lists (Lewica, Konfederacja)
    union = {lemma for kinds in member_orgs().values() for kind in kinds for lemma in kind}
    return not any({r.lemma.lower() for r in readings(w)} & (set(institutions) | union) for w in words)
