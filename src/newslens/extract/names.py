"""Names: the nominative a run of name words stands for, as scored candidates.

A name in the text is often oblique ("z Barackiem Obamą", "Radzie Ministrów", "w Piotrkowie
Trybunalskim"). Every word offers readings (morfeusz2, or the guesser for words it does not know),
each with the cases, genders and numbers it may express; a candidate nominative is one joint reading
in which all the words agree (a person's first name and surname in the same case and gender; the
adjectives of an institution's or a place's name in the case, number and gender of its head noun),
the genitive complements staying as written ("Rada Miasta", "Izba Gospodarcza Hotelarstwa Polskiego").
A preposition before the run narrows its case ("w Lesznie": locative).

Candidates carry scores; the actor merge (``actors.py``) picks, for all forms of one actor, the
candidate that explains the most forms. A name no reading explains keeps its surface form.
"""
from __future__ import annotations

from functools import lru_cache
from itertools import product
from typing import Optional

from ..guesser import adjectival_guesses, guess
from ..lexicon import context_types, lexicon_set, role_words
from ..nlp import (CASES, GENDERS, Reading, Tok, nominative_adj, nominative_adj_degree, per_form,
                   plural_nominative, readings)

NUMBERS = ("sg", "pl")
ALL_CASES = frozenset(CASES)


def _parts(r: Reading, values: tuple[str, ...]) -> frozenset[str]:
    return frozenset(v for v in values if r.has(v))


def addressed(toks: list[Tok], a: int) -> bool:
    """A word of direct address right before token ``a`` ("Pani Elżbieto", "Drogi Janie")."""
    return a > 0 and toks[a - 1].sent == toks[a].sent and toks[a - 1].lower in lexicon_set("address_words.txt")


def complement_case(toks: list[Tok], a: int) -> frozenset[str]:
    """A name right after a common noun that takes no apposition is its genitive complement
    ("mieszkańcy Radziejowa", "ulice Leszna"); after "miasto", "firma" (``context.tsv``) it is not."""
    if a == 0 or toks[a - 1].sent != toks[a].sent:
        return frozenset()
    prev = toks[a - 1]
    if (prev.is_title and not prev.sent_start) or not prev.reading or prev.reading.pos != "subst" \
            or prev.lemma.lower() in context_types():
        return frozenset()
    return frozenset({"gen"})


def apposition_cases(toks: list[Tok], a: int, window: int = 5) -> frozenset[str]:
    """The cases of the role noun a person's name stands in apposition to ("sekretarza generalnego
    ONZ António Guterresa": genitive; "z rzecznikiem rządu Piotrem X": instrumental). The head of
    an apposition chain is its first role noun ("rzecznik ministra Jan Kos": nominative); the chain
    holds only nouns, adjectives and capitalised words, no punctuation, verb or conjunction."""
    roles = role_words()
    head: Optional[Tok] = None
    k = a - 1
    while k >= 0 and a - k <= window and toks[k].sent == toks[a].sent and toks[k].is_word:
        t = toks[k]
        if not (t.is_title or any(r.pos in ("subst", "adj") for r in t.readings)) or t.lower in ("i", "oraz", "lub"):
            break
        if t.lemma.lower() in roles and not (t.is_title and not t.sent_start):
            head = t
        k -= 1
    if head is None:
        return frozenset()
    return frozenset(c for r in head.readings if r.pos == "subst" and r.lemma.lower() == head.lemma.lower()
                     and r.has("sg") for c in CASES if r.has(c))  # one person's role is singular


def told_cases(toks: list[Tok], a: int, b: int) -> frozenset[str]:
    """The nominative, where the words right after a person's name ``a:b`` say it is one: a comma
    apposition, a noun naming a person (a role, or masculine personal) in the nominative ("Fili Gryko,
    radny …"; not the genitive of "Jana K., byłego urzędnika"); after a role noun that may be a nominative,
    a finite verb right after the name makes it the subject ("minister rolnictwa Annie Genevard
    oświadczyła": nominative; a role in an oblique case is told by ``apposition_cases``)."""
    if b + 1 >= len(toks) or toks[b].sent != toks[a].sent or toks[b + 1].sent != toks[a].sent:
        return frozenset()
    if toks[b].text == ",":
        k = b + 1
        while k + 1 < len(toks) and toks[k + 1].sent == toks[a].sent and not toks[k].is_title \
                and any(r.pos == "adj" for r in toks[k].readings) and not any(r.pos == "subst" for r in toks[k].readings):
            k += 1  # "byłego urzędnika"
        t = toks[k]
        if t.is_title:
            return frozenset()
        person = [r for r in t.readings if r.pos == "subst" and r.has("sg") and r.lemma[:1].islower()
                  and (r.lemma in role_words() or r.has("m1"))]
        # the nominative only: an oblique apposition ("Jana K., byłego urzędnika") is told by the words
        # before the name too, and a name read from them alone bridges its forms elsewhere
        return frozenset({"nom"}) if any(r.has("nom") for r in person) else frozenset()
    verb = any(r.pos in ("fin", "praet") and r.has("sg") for r in toks[b].readings) and not toks[b].is_title
    # a word in the genitive makes the name the role's complement, the subject unnamed ("Obrońca Adama W.
    # przekonywał": Adam W.'s counsel spoke)
    genitive = any(r.pos == "subst" and r.has("gen") for t in toks[a:b] for r in t.readings)
    return frozenset({"nom"}) if verb and not genitive and "nom" in apposition_cases(toks, a) else frozenset()


def governed_cases(toks: list[Tok], a: int) -> frozenset[str]:
    """The cases a preposition right before token ``a`` governs ("w" -> acc, loc), or none."""
    if a == 0 or toks[a - 1].sent != toks[a].sent:
        return frozenset()
    prev = toks[a - 1]
    return frozenset(c for r in prev.readings if r.pos == "prep" for c in CASES if r.has(c))


@lru_cache(maxsize=100_000)
def _cap(word: str, like: str) -> str:
    """``word`` capitalised as ``like`` is, letter by letter over the part they share ("EkoTermu" ->
    "EkoTerm", not "Ekoterm")."""
    if not like[:1].isupper():
        return word
    k = 0
    while k < min(len(word), len(like)) and word[k].lower() == like[k].lower():
        k += 1
    return (like[:k] + word[k:]) if k else word[:1].upper() + word[1:]


@lru_cache(maxsize=20_000)
def nominative_noun(lemma: str, gender: str, number: str) -> str:
    """The nominative of noun ``lemma`` in ``number`` ("rada", pl -> "rady"); the lemma if unknown."""
    return lemma if number == "sg" else plural_nominative(lemma) or lemma


def _nominative_degree(lemma: str, gender: str, number: str, degree: str) -> str:
    """The nominative of adjective ``lemma`` in a comparative or superlative degree ("Wyższego" ->
    "Wyższy", "Najwyższej" -> "Najwyższa"; morfeusz2 lemmatises both to the positive "wysoki")."""
    return nominative_adj_degree(lemma, gender, number, degree) or nominative_adj(lemma, gender, number)


def nominative_of(a: Reading, gender: str, number: str) -> str:
    """The nominative of the adjective reading ``a``, in its own degree."""
    degree = a.tag.split(":")[-1]
    if degree in ("com", "sup"):
        return _nominative_degree(a.lemma, gender, number, degree)
    return nominative_adj(a.lemma, gender, number)


def _part_tok(word: str) -> Tok:
    """A token for one part of a hyphenated word, read on its own."""
    rs = readings(word)
    return Tok(0, word, 0, rs, rs[0] if rs else None, 0, False, word, not rs or all(r.pos == "ign" for r in rs))


def particle_split(word: str) -> Optional[tuple[str, str]]:
    """("Al-", "Dżazirą") for a name opened by a capitalised particle and a hyphen (``name_particles.txt``:
    "Al-Arabii", "El-Sisi"): the particle never inflects, the name after it does on its own."""
    head, dash, rest = word.partition("-")
    if dash and head[:1].isupper() and head.lower() in lexicon_set("name_particles.txt") and rest[:1].isupper():
        return head + dash, rest
    return None


# --- people -----------------------------------------------------------------------------------

# nlp.per_form's memo: (id of the readings, (form, guessed)) -> (readings, the word's readings as a
# person's), worked out once per form (the clause-initial surname test asks it of every capitalised
# clause opener)
_person_words: dict[tuple, tuple] = {}


def _person_word(t: Tok) -> list[tuple[str, frozenset[str], frozenset[str], float]]:
    """(lemma, cases, genders, weight) a word of a person's name may stand for, best weight 1 (a new list)."""
    return list(per_form(_person_words, t.readings, (t.text, t.guessed), lambda rs, _: tuple(_read_person_word(t)),
                         limit=100_000))


def _read_person_word(t: Tok) -> list[tuple[str, frozenset[str], frozenset[str], float]]:
    if t.text[:1].islower():  # a particle: "von", "der"
        return [(t.text, ALL_CASES, frozenset(GENDERS), 1.0)]
    if len(t.text.rstrip(".")) == 1 and t.text[:1].isupper():  # a surname's initial: "Tomasza K."
        return [(t.text, ALL_CASES, frozenset({"m1", "f"}), 1.0)]
    first, _, second = t.text.partition("-")
    if second[:1].islower() and second.isalpha():  # "Wen-lung": a Chinese given name does not inflect
        return [(t.text, ALL_CASES, frozenset({"m1", "f"}), 1.0)]
    split = particle_split(t.text)
    if split:  # "Al-Arabii": the particle stays, the name inflects
        return [(split[0] + lemma, cases, genders, w) for lemma, cases, genders, w in _person_word(_part_tok(split[1]))]
    if "-" in t.text and not t.guessed:  # "Hennig-Kloska": each part inflects on its own
        parts = []
        for p in t.text.split("-"):
            rs = readings(p)
            parts.append(_person_word(Tok(0, p, 0, rs, None, 0, False, p,
                                          not rs or all(r.pos == "ign" for r in rs))))
        out = []
        for combo in product(*parts):
            cases = frozenset.intersection(*(c[1] for c in combo))
            genders = frozenset.intersection(*(c[2] for c in combo))
            if cases and genders:
                out.append(("-".join(c[0] for c in combo), cases, genders, min(c[3] for c in combo)))
        return out or [(t.text, ALL_CASES, frozenset({"m1", "f"}), 0.35)]
    out = []
    if t.guessed or not t.readings or all(r.pos == "ign" for r in t.readings):
        gs = guess(t.text)
        top = max(1.0, max(g.score for g in gs))  # weak guesses stay weak
        out = [(g.lemma, g.cases, frozenset({g.gender}), g.score / top) for g in gs if g.gender in ("m1", "f")]
    else:
        # one person's name is singular ("Henryk" is not the genitive plural of Henryka)
        singular = [r for r in t.readings if r.has("sg") or not r.has("pl")]
        named = [r for r in singular if {"imię", "nazwisko"} & set(r.quals)] or \
                [r for r in singular if r.lemma[:1].isupper()]
        for r in named:
            cases = _parts(r, CASES) or ALL_CASES
            genders = _parts(r, GENDERS) or frozenset(GENDERS)
            # a vocative-only reading is rare outside direct address ("Fico" is not "Fica"'s vocative);
            # of two first names a form may stand for, the one the dictionary also knows as a surname is
            # the established Polish name ("Jacka" is Jacek's, not the English Jack's)
            both = {"imię", "nazwisko"} <= set(r.quals)
            out.append((r.lemma, cases, genders, (0.4 if cases == {"voc"} else 1.0) + 0.05 * both))
        for r in t.readings:  # a surname that is also a common noun: "Dudka" -> Dudek
            if r.pos == "subst" and r.lemma[:1].islower() and not named:
                out.append((_cap(r.lemma, t.text), _parts(r, CASES) or ALL_CASES, frozenset({"m1", "f"}), 0.6))
    if (t.guessed or not t.readings or all(r.pos == "ign" for r in t.readings)) and t.text[-1:] not in "ąę":
        # foreign names often do not inflect ("z Markiem Rutte", "z Giorgią Meloni"); -ą, -ę are endings
        out.append((t.text, ALL_CASES, frozenset({"f", "m1"}), 0.2))
    elif not (t.guessed and t.text[-1:] in "ąę") and not any(lemma == t.text for lemma, *_ in out) and not any(
            "imię" in r.quals and r.has("sg") for r in t.readings):
        # "Hanna Malar", not "Malara"; but a form the dictionary reads as a first name in another case
        # is that name, not a nominative it does not know ("Obrońca Marka K." is Marek K.'s); an unknown
        # word's -ą, -ę are endings ("z Ursulą von der Leyen": Ursula)
        out.append((t.text, frozenset({"nom"}), frozenset({"f", "m1"}), 0.3))
    return out


def _oblique_surname(t: Tok, surfaces: frozenset[str]) -> list[tuple[str, frozenset[str], frozenset[str], float]]:
    """A surname the dictionary knows in the nominative only ("Brzezina") may be a man's surname it
    does not know, in an oblique case, when the text also gives that surname as a word of its own
    ("Gustawa Marka Brzezina" beside "Brzezin" -> Brzezin): the guesser's masculine oblique lemmas."""
    if t.guessed or t.text[:1].islower():
        return []
    named = [r for r in t.readings if "nazwisko" in r.quals]
    if not named or not all(r.has("nom") for r in named):
        return []
    gs = [g for g in guess(t.text) if g.gender == "m1" and "nom" not in g.cases and g.lemma != t.text
          and g.lemma in surfaces]
    return [(g.lemma, g.cases, frozenset({"m1"}), 0.5) for g in gs]


def seen_elsewhere(cand: tuple, form: str, surfaces: frozenset[str]) -> bool:
    """A lemma other than ``form`` that the text gives as a word of its own is evidence for it, when
    the word supports that reading at all: a last-resort guess (weaker than the form read as itself,
    0.2) is not rescued by it ("Benjamin Netanjahu" beside "Netanjahua": the genitive, no woman
    Netanjahua)."""
    return cand[0] != form and cand[0] in surfaces and cand[3] >= 0.2


def person_word_lemmas(t: Tok) -> set[str]:
    """The lemmas a word of a person's name may stand for, other than the word itself."""
    return {lemma for lemma, *_ in _person_word(t) if lemma != t.text}


def person_candidates(run: list[Tok], gov: frozenset[str] = frozenset(),
                      surfaces: frozenset[str] = frozenset(), address: bool = False,
                      subject: bool = False, told: bool = False) -> dict[str, float]:
    """Nominative full names a person's run may stand for, scored (higher is better).

    One candidate per case and gender in which every word has a reading; ``gov`` (the case a
    preposition before the run governs) and words also seen in the text in that form raise a
    candidate; a run that is known to be the subject (``subject``) lowers every other case. Where the
    words after the name told it is a nominative (``told``, ``told_cases``) and no reading fits, a word
    the dictionary reads in other cases only is a foreign name as written ("Mari Rantanen wymieniła",
    not Maria; "Annie", not Anna).
    """
    words = [_person_word(t) + _oblique_surname(t, surfaces) for t in run]
    out: dict[str, float] = {}
    partial: dict[str, float] = {}  # some word has no reading in the case: only if nothing fits
    written: dict[str, float] = {}  # the nominative the clause tells, some word as written: if nothing fits
    told_nom = told and gov == frozenset({"nom"})
    fit_told = False
    for case in CASES:
        nominative = told_nom and case == "nom"
        for gender in ("m1", "f"):
            score, picked, fits_all = 0.0, [], True
            for t, cs in zip(run, words):
                # a lemma the text also gives as a word of its own is evidence ("Krzysztof D." beside
                # "Krzysztofa Dudka": the man, not a woman named Krzysztofa)
                fits = [x for x in cs if case in x[1] and gender in x[2]]
                if not fits:
                    score -= 0.6
                    fits_all = False
                    # a word the dictionary reads in other cases only is, in the nominative, as written
                    # ("Mari", "Annie" are no forms of Maria, Anna where the name is a subject)
                    picked.append(t.text if nominative else max(cs, key=lambda x: x[3])[0])
                    continue
                best = max(fits, key=lambda x: x[3] + 0.3 * seen_elsewhere(x, t.text, surfaces))
                score += best[3] + 0.3 * seen_elsewhere(best, t.text, surfaces)
                picked.append(best[0])
            score /= len(words)
            if gov:
                score += 0.5 if case in gov else -0.5
            if case == "nom":
                score += 0.1
            if case == "voc" and not address:  # a vocative outside direct address is rare
                score -= 0.5
            if subject and case != "nom":
                score -= 0.5
            name = " ".join(picked)
            into = out if fits_all else written if nominative else partial
            into[name] = max(into.get(name, -9.0), score)
            fit_told = fit_told or (fits_all and told_nom and case == "nom")
    if written and not fit_told:
        return {**out, **written}  # no reading fits the case the clause tells ("Annie Genevard oświadczyła")
    return out or {**partial, **written}


# --- institutions, places, media ---------------------------------------------------------------

def _hyphenated_heads(t: Tok) -> list[tuple[str, Reading, float]]:
    """Heads of a hyphenated name, each part in the same case ("Jastrzębiu-Zdroju" -> Jastrzębie-Zdrój,
    "Bielsku-Białej" -> Bielsko-Biała); a part with no reading in the nominative stays as written
    ("Jastrzębie-Bzie")."""
    first, *rest = t.text.split("-")
    out = []
    for r in readings(first):
        if r.pos != "subst":
            continue
        gender = next((g for g in GENDERS if r.has(g)), "m3")
        number = "pl" if r.has("pl") and not r.has("sg") else "sg"
        for case in (c for c in CASES if r.has(c)):
            words = [_cap(nominative_noun(r.lemma, gender, number), first)]
            for part in rest:
                prs = readings(part)
                noun = next((x for x in prs if x.pos == "subst" and x.has(case) and x.lemma[:1].isupper()), None) \
                    or next((x for x in prs if x.pos == "subst" and x.has(case)), None)
                adj = next((x for x in prs if x.pos == "adj" and x.has(case)), None)
                if adj is not None:
                    g = next((x for x in GENDERS if adj.has(x)), gender)
                    words.append(_cap(nominative_of(adj, g, number), part))
                elif noun is not None:
                    words.append(_cap(noun.lemma, part))
                elif case == "nom":
                    words.append(part)
                else:
                    break
            else:
                lemma = "-".join(words)
                w = 0.2 if r.is_proper or any(q.startswith("człon") for q in r.quals) else 0.0
                w -= 0.3 * bool({"imię", "nazwisko"} & set(r.quals))
                out.append((lemma, Reading(lemma, f"subst:{number}:{case}:{gender}"), w))
    return out


@lru_cache(maxsize=1)
def _known_heads() -> frozenset[str]:
    """The heads of institutions' names and the nouns that type a name (``_heads``'s weight)."""
    return frozenset(lexicon_set("institution_heads.txt")) | frozenset(context_types())


def _heads(t: Tok) -> list[tuple[str, Reading, float]]:
    """(lemma, reading, weight) a word may head a name with."""
    split = particle_split(t.text)
    if split:  # "Al-Dżazirą" -> Al-Dżazira: the particle stays, the name inflects
        return [(split[0] + lemma, Reading(split[0] + lemma, r.tag), w) for lemma, r, w in _heads(_part_tok(split[1]))]
    if "-" in t.text and not t.guessed:
        return _hyphenated_heads(t)
    if t.guessed or not t.readings or all(r.pos == "ign" for r in t.readings):
        gs = guess(t.text)
        top = max(1.0, max(g.score for g in gs))
        tag = "subst:{n}:{c}:{g}"
        return [(g.lemma, Reading(g.lemma, tag.format(n="sg", c=".".join(sorted(g.cases)), g=g.gender)),
                 0.8 * g.score / top) for g in gs[:8]]
    known = _known_heads()
    out = []
    for r in t.readings:
        if r.pos != "subst":
            continue
        w = 0.0
        if r.lemma.lower() in known:
            w += 1.0
        if "nazwisko" in r.quals or "imię" in r.quals:
            w -= 0.5  # "Rady" is not the surname Rado in a name of an institution
        if any(q.startswith("człon") for q in r.quals):
            w -= 0.5  # only part of a longer name ("Leszna" is Leszno's genitive, not a town Leszna)
        if r.has("pt") or not r.has("pl"):
            w += 0.1
        if r == t.reading:
            w += 0.3
        if "nazwa_geograficzna" in r.quals and r.has("m3") and r.lemma.endswith("ów") and any(
                "nazwa_geograficzna" in x.quals and x.lemma == r.lemma[:-2] + "owo" for x in t.readings):
            w += 0.4  # "pod Józefowem", "w Ostrowie": a town in -ów far more often than in -owo (as with two words)
        out.append((r.lemma, r, w))
    return out


def _compound_adjective(t: Tok) -> Optional[tuple[str, Tok]]:
    """("Warmińsko-", the token "Mazurskiego") for a compound adjective whose first part is an adjectival
    prefix (morfeusz2 reads the whole word as that prefix only): the last part inflects, the rest stays."""
    head, dash, last = t.text.rpartition("-")
    if dash and head and last[:1].isupper() and t.readings and all(r.pos == "adja" for r in t.readings):
        return head + dash, _part_tok(last)
    return None


def _adjective_word(a: Reading, t: Tok, gender: str, number: str) -> str:
    """Adjective token ``t`` (read as ``a``) in the nominative, capitalised as written; a compound's
    prefix stays ("Warmińsko-Mazurskiego" -> "Warmińsko-Mazurski")."""
    compound = _compound_adjective(t)
    if compound:
        return compound[0] + _cap(nominative_of(a, gender, number), compound[1].text)
    if a.has("nom") and a.pos == "adj" and t.is_word and t.readings and a in t.readings:
        return t.text  # written in the nominative already: as written ("Wolny", not the archaic "wolen")
    return _cap(nominative_of(a, gender, number), t.text)


def _agrees(t: Tok, case: str, number: str, gender: str) -> Optional[Reading]:
    compound = _compound_adjective(t)
    if compound:
        return _agrees(compound[1], case, number, gender)
    for r in t.readings:
        if r.pos in ("adj", "ppas", "pact") and r.has(case) and r.has(number) and r.has(gender):
            return r
    if number == "sg" and (t.guessed or not t.readings or all(r.pos == "ign" for r in t.readings)):
        # a word the dictionary does not know that declines as an adjective in the head's case ("Kraju
        # Libereckiego" -> Kraj Liberecki): the reading of its nominative in the head's gender
        for g in adjectival_guesses(t.text):
            if case in g.cases and (g.gender == "f") == (gender == "f"):
                stem = g.lemma[:-1]
                nom = stem + ("a" if gender == "f" else "ie" if gender == "n" else "i")
                return Reading(nom, f"adj:sg:{case}:{gender}:pos")
    return None


def _modifies(adj: Tok, noun: Tok) -> bool:
    """``adj`` agrees with ``noun`` ("Międzynarodowych Przewoźników": a genitive complement)."""
    return any(a.pos == "adj" and n.pos == "subst" and any(a.has(c) and n.has(c) for c in CASES)
               and any(a.has(x) and n.has(x) for x in NUMBERS) for a in adj.readings for n in noun.readings)


def nominal_candidates(run: list[Tok], gov: frozenset[str] = frozenset(), weight: float = 0.6) -> dict[str, float]:
    """Nominative names an institution's, place's or outlet's run may stand for, scored.

    The head is the first noun after the adjectives that agree with it; the adjectives right after
    it that agree too are put in the nominative; every other word stays as written.
    """
    surface = " ".join(t.text for t in run)
    if all(t.text.isupper() or not t.is_word for t in run):
        return {surface: 1.0}
    out: dict[str, float] = {surface: 0.0}
    last = run[-1]
    if len(run) > 1 and (last.guessed or not last.readings or all(r.pos == "ign" for r in last.readings)):
        # a foreign compound name inflects on its last word ("w Tel Awiwie" -> Tel Awiw)
        gs = guess(run[-1].text)
        top = max(1.0, max(g.score for g in gs))
        for g in gs[:8]:
            score = 0.8 * g.score / top + (0.6 if gov and gov & g.cases else 0.0)
            name = " ".join(t.text for t in run[:-1]) + " " + g.lemma
            out[name] = max(out.get(name, -9.0), score)
    # a fragment opens a fixed name whose last word inflects ("w Tel Awiwie": Tel is no word of its own)
    fixed = 0
    while fixed < len(run) - 1 and (run[fixed].readings and all(r.pos == "frag" for r in run[fixed].readings)
                                    or (len(run[fixed].text) > 1 and run[fixed].text.isupper())):
        fixed += 1  # an acronym opening the name does not inflect either ("ING Banku Śląskiego")
    for h in range(fixed, len(run)):
        if h > fixed and not any(r.pos == "adj" for r in run[h - 1].readings):
            break
        guessed = run[h].guessed or not run[h].readings or all(r.pos == "ign" for r in run[h].readings)
        for lemma, r, w in _heads(run[h]):
            genders = [g for g in GENDERS if r.has(g)] or ["m3"]
            numbers = [n for n in NUMBERS if r.has(n)] or ["sg"]
            for case, gender, number in product([c for c in CASES if r.has(c)], genders, numbers):
                pre = [_agrees(t, case, number, gender) for t in run[fixed:h]]
                if not all(pre):
                    continue
                k = h + 1
                post = []
                while k < len(run):
                    a = _agrees(run[k], case, number, gender)
                    if a is None:
                        break
                    post.append(a)
                    k += 1
                score = w + 0.6 * len(pre) + 0.6 * len(post) + 0.3 * (number == "sg")
                if post and "nazwa_geograficzna" in r.quals:
                    # a town named with an adjective after it: "-owie", "-owa" are Ostrów's, not Ostrowo's
                    # ("w Ostrowie Wielkopolskim", "Piotrków Trybunalski": towns of two words end in -ów
                    # far more often than in -owo), and it is the whole of a multi-word name, not its part
                    score += 0.4 * (gender == "m3" and lemma.endswith("ów")) \
                        + 0.5 * any(q.startswith("człon") for q in r.quals)
                if k < len(run) and not any(r.pos == "subst" for r in run[k].readings if r.lemma[:1].islower()) \
                        and any(r.pos == "adj" for r in run[k].readings) \
                        and not (k + 1 < len(run) and _modifies(run[k], run[k + 1])):
                    score -= 1.0  # an adjective after the head that agrees with nothing: a wrong reading of the head
                # the nominative is the likelier reading of a known word; a guess has weighed its case
                score += (0.1 if guessed else 0.2) * (case == "nom") - 0.4 * (case == "voc")
                if gov:
                    score += weight if case in gov else -weight
                words = [t.text for t in run[:fixed]]
                words += [_adjective_word(a, t, gender, number) for a, t in zip(pre, run[fixed:])]
                words.append(_cap(nominative_noun(lemma, gender, number), run[h].text))
                words += [_adjective_word(a, t, gender, number) for a, t in zip(post, run[h + 1:])]
                words += [t.text for t in run[k:]]
                name = " ".join(words)
                out[name] = max(out.get(name, -9.0), score)
    return out


def best(cands: dict[str, float]) -> str:
    return max(cands.items(), key=lambda kv: kv[1])[0]


def label_surname(toks: list[Tok], i: int) -> bool:
    """A word that opens its sentence right before a colon and reads as a surname, no role noun: the speaker
    label of a headline ("Żuraw: nie oddamy szpitala", though "żuraw" is a crane too; not "Wójt: …")."""
    t = toks[i]
    return t.sent_start and i + 1 < len(toks) and toks[i + 1].text == ":" and toks[i + 1].sent == t.sent \
        and any("nazwisko" in r.quals for r in t.readings) and not any(r.lemma.lower() in role_words() for r in t.readings)
