"""Noun phrases, prepositional phrases and agreement over morfeusz2's readings, for ``clauses.py``.

A token's nominal features are the (case, number, gender) triples of all its nominal readings (not only
the one the tagger chose: "Jan" is also an indeclinable feminine noun, "Pielęgniarki" also a genitive
singular), so that a phrase is built from what its words can agree on and a subject is chosen by what
agrees with the predicate. Per form, worked out once (``nlp.per_form``). Linear in the clause.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Optional, Sequence

from .nlp import CASES, GENDERS, Tok, per_form, read_lexicon

NOMINAL = frozenset({"subst", "depr", "adj", "num", "numcol", "ppron3", "ppron12", "ger", "siebie"})
NOT_NOMINAL = frozenset({"fin", "praet", "bedzie", "impt", "imps", "inf", "winien", "pred", "prep", "conj", "comp",
                         "qub", "part", "adv", "interj", "pcon", "pant", "aglt", "interp"})
ALL = frozenset((c, n, g) for c in CASES for n in ("sg", "pl") for g in GENDERS)
_feats_memo: dict = {}


@lru_cache(maxsize=1)
def clause_words() -> dict[str, str]:
    """word -> class (comp, rel, coord, prep) from ``data/clause_words.tsv``."""
    out = {}
    for line in read_lexicon("clause_words.tsv"):
        word, _, kind = line.partition("\t")
        out[word.strip()] = kind.strip()
    return out


def word_class(t: Tok) -> Optional[str]:
    """The closed class of a clause-opening word (by form, then by lemma for the pronouns: "którym")."""
    w = clause_words()
    got = w.get(t.lower)
    if got is None and t.lemma.lower() in w and w[t.lemma.lower()] == "rel":
        got = "rel"
    if got is None and t.lower.endswith(("bym", "byś", "byśmy", "byście")):  # "żebyśmy", "gdybym"
        stem = t.lower[: t.lower.rindex("by") + 2]
        if w.get(stem) == "comp":
            got = "comp"
    return got


def _triples(rs: tuple, _extra) -> tuple[frozenset, Optional[str], frozenset, bool]:
    """(all nominal triples, person of a ppron12, the noun readings' triples, a numeral reading)"""
    out, nouns, declined = set(), set(), set()
    person = None
    for r in rs:
        if r.pos not in NOMINAL:
            continue
        p = r.tag.split(":")
        if len(p) < 4:
            continue
        cases = p[2].split(".")
        for n in p[1].split("."):
            for c in cases:
                for g in p[3].split("."):
                    if c in CASES and g in GENDERS:
                        out.add((c, n, g))
                        if r.pos in ("subst", "depr"):
                            nouns.add((c, n, g))
                        if len(cases) < 6:
                            declined.add((c, n, g))
        if r.pos == "ppron12":
            person = "pri" if r.has("pri") else "sec"
    return frozenset(out), person, frozenset(nouns), any(r.pos == "num" for r in rs), frozenset(declined)


def declined_features(t: Tok) -> frozenset:
    """The triples of the readings that show a case (not an indeclinable noun's every case at once)."""
    if t.reading is None or t.reading.pos in ("ign", "brev"):
        return features(t)
    return per_form(_feats_memo, t.readings, None, _triples)[4]


def noun_features(t: Tok) -> frozenset:
    """The triples of the token's noun readings (empty for a word without one, or an unknown word)."""
    if t.reading is None or t.reading.pos in ("ign", "brev"):
        return frozenset()
    return per_form(_feats_memo, t.readings, None, _triples)[2]


def is_numeral(t: Tok) -> bool:
    return t.reading is not None and per_form(_feats_memo, t.readings, None, _triples)[3]


def features(t: Tok) -> frozenset:
    """The token's (case, number, gender) triples; ``ALL`` for an abbreviation, an acronym or a title
    before a name ("prof.", "PiS"); an unknown capitalised word: nominative when the guesser takes it
    for its own lemma, else any other case."""
    r = t.reading
    if r is not None and r.pos == "brev":
        return ALL
    if not t.is_word:
        return frozenset()
    if len(t.text) > 1 and t.text.isupper() and (r is None or r.pos in ("ign", "subst")):
        return ALL
    if r is None or r.pos == "ign":
        if not t.is_title:
            return frozenset()
        nom = t.lemma == t.text
        return frozenset(x for x in ALL if (x[0] == "nom") == nom)
    return per_form(_feats_memo, t.readings, None, _triples)[0]


def person_of(t: Tok) -> str:
    return per_form(_feats_memo, t.readings, None, _triples)[1] or "ter"


def nominal(t: Tok) -> bool:
    """A word that can head or join a noun phrase: a nominal reading, unless the tagger chose a closed
    class or a verb for it (a capitalised word inside the sentence may still be a name: "Rada")."""
    if not t.is_word:
        return False
    r = t.reading
    if r is None or r.pos == "ign" or r.pos == "brev":
        return t.is_title
    if r.pos in NOT_NOMINAL and not (t.is_title and not t.sent_start and r.pos not in ("prep", "conj", "comp")):
        return False
    f = features(t)
    if (not t.is_title or t.sent_start) and any(x.pos == "adv" for x in t.readings) and len({c for c, _n, _g in f}) >= 6:
        return False  # an indeclinable noun that is also an adverb: "wczoraj", "dziś"
    return bool(f)


@dataclass(frozen=True)
class Phrase:
    """A noun phrase (an object or a subject) or a prepositional phrase (``prep`` set): token range
    ``start:end`` (the head, its agreeing words, genitive complements, a name in apposition), its
    character offsets, the case (for a PP, the case the preposition governs), the head word, and
    ``name``: the token range of a proper name in apposition ("rzecznik resortu Jan Nowak")."""
    head: int
    start: int
    end: int
    char_start: int
    char_end: int
    case: str
    prep: Optional[str] = None
    name: Optional[tuple[int, int]] = None


@dataclass
class _NP:
    start: int
    end: int
    head: int
    feats: frozenset
    name: Optional[tuple[int, int]] = None
    prep: Optional[str] = None
    prep_tok: Optional[int] = None


def _is_head(t: Tok) -> bool:
    r = t.reading
    return r is None or r.pos in ("subst", "depr", "ppron3", "ppron12", "ger", "num", "ign", "brev", "siebie") \
        or _name_word(t)


POSSESSIVE = frozenset({"jego", "jej", "ich"})
PRONOUNS = frozenset({"ppron3", "ppron12", "siebie"})
PRONOUN_NOUNS = frozenset({"to", "co", "kto", "nic", "nikt", "coś", "ktoś", "wszystko", "wszyscy"})  # no complement


def _core(toks: Sequence[Tok], i: int, end: int, restrict: Optional[frozenset]) -> Optional[_NP]:
    """Agreeing words from ``i`` (adjectives, the noun, names after it): the longest run whose
    features intersect."""
    if toks[i].lower in POSSESSIVE and i + 1 < end and nominal(toks[i + 1]) \
            and toks[i + 1].reading is not None and toks[i + 1].reading.pos not in PRONOUNS:
        np = _core(toks, i + 1, end, restrict)  # "jego zastępca": the possessive determines the noun
        if np is not None:
            np.start = i
        return np
    f = features(toks[i])
    if restrict is not None:
        f = frozenset(x for x in f if x[0] in restrict)
    if not f:
        return None
    j = i + 1
    if is_numeral(toks[i]) and j < end and any(x[0] == "gen" for x in features(toks[j])):
        f = frozenset(x for x in f if x[1] == "pl")  # "dwóch posłów", "pięć osób": the noun in the genitive
        while j < end and nominal(toks[j]) and any(x[0] == "gen" for x in features(toks[j])):
            j += 1
        return _NP(i, j, i, f, None)
    if toks[i].reading is not None and toks[i].reading.pos in PRONOUNS or _acronym(toks[i]):
        return _NP(i, j, i, f, None)  # an acronym shows no case: alone ("powiedział PAP Jan Nowak")
    noun = _common_noun(toks[i])
    while j < end and nominal(toks[j]) and toks[j].idx - toks[j - 1].end <= 1:
        if noun and _common_noun(toks[j]) or toks[j].reading is not None and toks[j].reading.pos in PRONOUNS \
                or _acronym(toks[j]):
            break  # one common noun a core: a second is a complement ("prezes spółki")
        g = features(toks[j])
        both = f & g if g is not ALL else f
        if not both:
            break
        if noun and _name_word(toks[j]) and g is not ALL and not _name_agrees(both, toks[j - 1], toks[j]):
            break  # a name agreeing with the noun only through its indeclinable reading, in an oblique case:
            # "dyrektor Spółdzielni", "rzecznik Anny Nowak" (not "dyrektor Halina Mak": a woman holds it)
        f, j = both, j + 1
        noun = noun or _common_noun(toks[j - 1])
    head = next((k for k in range(i, j) if _is_head(toks[k])), j - 1)
    first = next((k for k in range(head, j) if _name_word(toks[k])), None)
    return _NP(i, j, head, f, (first, j) if first is not None else None)


def _name_agrees(shared: frozenset, noun: Tok, name: Tok) -> bool:
    """A name after a noun is its apposition when they share a case through readings that show it on
    both ("ministrem Janem"), or a nominative singular that one of them shows ("dyrektor Halina Mak": a
    woman holds the post); not through indeclinable readings alone ("na antenie Adam", "rzecznik Anny")."""
    dn, dm = declined_features(noun), declined_features(name)
    if shared & dn & dm:
        return True
    return any(c == "nom" and n == "sg" for c, n, _g in shared & (dn | dm))


def _also_nominative(t: Tok) -> bool:
    """Every genitive reading of the word is matched by a nominative of the same number and gender: an
    indeclinable noun ("dyrektor" of a woman, "Nowak"), which starts a phrase of its own rather than
    complement the noun before."""
    f = features(t)
    return all(("nom", n, g) in f for c, n, g in f if c == "gen")


def _acronym(t: Tok) -> bool:
    return len(t.text) > 1 and t.text.isupper() and t.is_word


def _common_noun(t: Tok) -> bool:
    return not _name_word(t) and t.reading is not None and t.reading.pos in ("subst", "depr", "ger")


def _name_word(t: Tok) -> bool:
    """A capitalised word inside the sentence, or opening it as a proper name ("Marek")."""
    return t.is_title and t.is_word and (not t.sent_start or any(r.is_proper for r in t.readings)
                                         or t.reading is None or t.reading.pos == "ign")


def noun_phrase(toks: Sequence[Tok], i: int, end: int, restrict: Optional[frozenset] = None) -> Optional[_NP]:
    """The noun phrase starting at token ``i`` (before ``end``): its agreeing core, then genitive
    complements ("rzecznik resortu zdrowia"), then a capitalised name agreeing with the core in case,
    number and gender ("rzecznik resortu Jan Nowak": apposition), then an apposition between commas
    ("Jan Nowak, rzecznik resortu,") when the comma closes it or the range ends."""
    np = _core(toks, i, end, restrict)
    if np is None:
        return None
    j = np.end
    lower_head = not _name_word(toks[np.head])
    while j < end and nominal(toks[j]) and toks[j].idx - toks[j - 1].end <= 1:
        cand = _core(toks, j, end, None)
        if cand is None:
            break
        if toks[np.head].reading is not None and toks[np.head].reading.pos in ("subst", "ger", "depr") \
                and toks[np.head].lemma.lower() not in PRONOUN_NOUNS \
                and toks[j].reading is not None and toks[j].reading.pos not in PRONOUNS \
                and any(x[0] == "gen" for x in cand.feats) and not _also_nominative(toks[j]) \
                and not (_name_word(toks[j]) and any(x[0] == "nom" for x in cand.feats)):  # "posłanka Lewicy"
            gen = _core(toks, j, end, frozenset({"gen"}))
            np.end = j = gen.end  # a genitive complement
            continue
        shared = cand.feats & np.feats
        if toks[j].is_title and np.name is None and lower_head and _name_agrees(shared, toks[np.head], toks[j]):
            np.end, np.name = cand.end, (j, cand.end)  # the name after a role noun
            j = cand.end
        break
    if j + 2 < end and toks[j].text == "," and nominal(toks[j + 1]):
        app = noun_phrase(toks, j + 1, end)
        if app is not None and app.feats & np.feats and (app.end == end or toks[app.end].text == ","):
            np.end = app.end
    return np


def predicate_features(verb: Tok, r, clause_toks: Sequence[Tok]) -> tuple[Optional[str], Optional[str], frozenset]:
    """(person, number, genders) a subject of ``verb`` (its finite reading ``r``) must agree with; for
    praet the genders of the tag."""
    p = r.tag.split(":")
    number = p[1] if len(p) > 1 and p[1] in ("sg", "pl") else None
    person = next((x for x in ("pri", "sec", "ter") if r.has(x)), None)
    genders: frozenset = frozenset()
    if r.pos in ("praet", "winien") and len(p) > 2:
        genders = frozenset(p[2].split("."))
        person = _aglt_person(verb, clause_toks) or "ter"
    return person, number, genders


def _aglt_person(verb: Tok, clause_toks: Sequence[Tok]) -> Optional[str]:
    """The person of a past tense or "powinien" from its agglutinate: on the verb ("zrobiłem",
    "zrobiłabyś", "powinniśmy") or on a word before it in the clause ("żebyśmy zrobili", "gdybym")."""
    low = verb.lower
    if low.endswith(("śmy", "łem", "łam", "bym", "nem", "nam")):
        return "pri"
    if low.endswith(("ście", "łeś", "łaś", "byś", "neś", "naś")):
        return "sec"
    for t in clause_toks:
        if t.i >= verb.i:
            break
        w = t.lower
        if w.endswith(("bym", "byśmy")) or w in ("em", "śmy"):
            return "pri"
        if w.endswith(("byś", "byście")):
            return "sec"
    return None


def agrees(np: _NP, person: Optional[str], number: Optional[str], genders: frozenset, toks: Sequence[Tok]) -> bool:
    """Whether noun phrase ``np`` can be the nominative subject of a predicate of this person, number
    and (past tense) gender."""
    noms = [x for x in np.feats if x[0] == "nom"]
    if not noms:
        return False
    if person_of(toks[np.head]) != (person or "ter"):
        return False
    head = toks[np.head].reading
    if head is not None and head.pos in ("num", "numcol"):
        return number == "pl" or "n" in genders or not genders  # "dwóch posłów powiedziało", "trzy osoby zginęły"
    return any((number is None or n == number) and (not genders or g in genders) for _c, n, g in noms)


def unambiguous_nominative(np: _NP, toks: Sequence[Tok], number: Optional[str] = None,
                           genders: frozenset = frozenset()) -> bool:
    """No accusative reading of the number and gender its nominative agrees with: "minister", "policja",
    "Jan Kowalczyk" (whose indeclinable feminine reading is not the masculine the verb asks for); not
    "rząd", "ministerstwo", "media"."""
    feats = np.feats & noun_features(toks[np.head]) or np.feats  # a name's adjective reading aside ("Kowalski")
    noms = {(n, g) for c, n, g in feats if c == "nom" and (number is None or n == number)
            and (not genders or g in genders)}
    return not any(c == "acc" and (n, g) in noms for c, n, g in feats)


def object_case(np: _NP, negated: bool) -> Optional[str]:
    cases = {x[0] for x in np.feats}
    order = ("gen", "acc", "dat", "inst") if negated else ("acc", "gen", "inst", "dat")
    return next((c for c in order if c in cases), None)


def pp_case(prep: Tok, np: _NP, governs: frozenset) -> Optional[str]:
    cases = {x[0] for x in np.feats} & governs
    return next((c for c in ("loc", "gen", "inst", "acc", "dat", "nom") if c in cases), None)


def governed_cases(t: Tok) -> frozenset:
    """The cases a preposition governs (all its readings); a noun used as a preposition: genitive."""
    if word_class(t) == "prep":
        return frozenset({"gen"})
    return frozenset(r.tag.split(":")[1] for r in t.readings if r.pos == "prep" and ":" in r.tag)
