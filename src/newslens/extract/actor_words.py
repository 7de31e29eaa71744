"""Actor words: what one token (or a token and its neighbours) says about the actor names around it.

Gazetteer matching on nominative lemmas (``gazetteer.tsv``), name qualifiers of morfeusz2 readings
(first names, surnames, geographic names), institution heads and context nouns, clause openings,
acronyms and Roman numerals, places read as adjectives of a name ("Polskiej Ligi Siatkówki"), a
city in the nominative after a club's or firm's name ("Legii Warszawa", "MPK Łódź"), club acronyms
(``club_prefixes.txt``), name particles and dash-joined double surnames. ``actors.py`` builds runs
and mentions from these.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from ..guesser import adjectival_guesses, guess
from ..lexicon import context_types, gazetteer, lexicon_set, role_words, word_keys
from .actor_marks import after_layout_mark
from .names import label_surname, particle_split
from ..nlp import CASES, DASHES, GENDERS, QUOTE_CLOSE, QUOTE_OPEN, Text, Tok, abbreviations, is_initial, readings


# (id of the readings, lemma, form) -> (readings, lemma keys, gazetteer candidates): the readings are
# shared by every token of a form (nlp.readings), so this is worked out once per form and reading
# choice, not per token; the readings are held, so their id is not reused while the entry stays.
_by_form: dict[tuple, tuple] = {}


def _form_keys(t: Tok) -> tuple:
    rs = t.readings
    upper = t.text[:1].isupper()
    key = (id(rs), t.lemma, t.lower, upper)
    got = _by_form.get(key)
    if got is None or got[0] is not rs:
        if len(_by_form) > 200_000:
            _by_form.clear()
        keys = {r.lemma.lower() for r in rs} | {t.lower, t.lemma.lower()}
        stem = t.text.partition("-")[0]
        if _acronym_with_ending(t.text, stem):
            keys.add(stem.lower())  # "PiS-u", "PiS-ie": an acronym with its case ending (gaz_match)
        entries = gazetteer().get(t.lower, []) + [e for k in keys - {t.lower} for e in gazetteer().get(k, [])]
        if not upper:  # a word in lower case never opens a capitalised entry (gaz_match's first-word test),
            entries = [e for e in entries  # only one spelt with a dot ("Gazeta.pl" as "gazeta.pl")
                       if not e.words[0][:1].isupper() or "." in e.words[0].rstrip(".")]
        got = _by_form[key] = (rs, keys, entries)
    return got


def lemma_keys(t: Tok) -> set[str]:
    """The lower-cased lemmas of every reading, the chosen lemma and the form (shared: not to be changed)."""
    return _form_keys(t)[1]


def gaz_entries(t: Tok) -> list:
    """The gazetteer entries whose first word may be token ``t`` (by form, then by lemma), in the
    order ``gaz_match`` tries them (shared: not to be changed)."""
    return _form_keys(t)[2]


@lru_cache(maxsize=100_000)
def _number_fits(form: str, word: str) -> bool:
    """A form read as a listed word's lemma is that word only in the word's number, where the word is a
    common noun made a title: a title does not take the other number ("Fakty" is no form of the daily
    "Fakt", "Polityk" none of the weekly "Polityka"); a proper name's plural is its own ("Polskie")."""
    keys = word_keys(word)
    numbers = {n for r in readings(word) if r.has("nom") and r.lemma.lower() in keys and r.lemma[:1].islower()
               and r.pos == "subst" for n in ("sg", "pl") if r.has(n)}
    hits = [r for r in readings(form) if r.lemma.lower() in keys and r.pos != "ign"]
    return not numbers or not hits or any(r.has(n) for r in hits for n in numbers)


def _acronym_with_ending(form: str, word: str) -> bool:
    """``form`` is the acronym ``word`` with a case ending of up to three small letters after a dash."""
    stem, dash, ending = form.partition("-")
    return bool(dash) and stem == word and 0 < len(ending) <= 3 and ending.islower() and is_acronym_word(word)


def gaz_match(toks: list[Tok], i: int) -> Optional[tuple[int, str, str, str]]:
    """Longest gazetteer entry starting at token ``i``: (end token, canonical, type, the variant matched)."""
    t = toks[i]
    if not t.is_word and not t.text.isdigit():
        return None
    quotes = QUOTE_OPEN + QUOTE_CLOSE
    for entry in gaz_entries(t):
        n = len(entry.words)
        if i + n > len(toks):
            continue
        ok = True
        p = i  # the text's token for word k: quotation marks inside a name are skipped (NSZZ „Solidarność”)
        for k in range(n):
            if k:
                p += 1
                while n > 1 and p < len(toks) - 1 and toks[p].text in quotes and toks[p].sent == t.sent:
                    p += 1
            if p >= len(toks):
                ok = False
                break
            tok, word = toks[p], entry.words[k]
            if k and (tok.sent != t.sent or "\n" in tok.text):
                ok = False
                break
            if "-" in tok.text and _acronym_with_ending(tok.text, word):
                continue  # "PiS-u", "PiS-ie": a listed acronym with its case ending
            if "-" in tok.text and "-" not in word and not word.isupper():
                ok = False  # "Łódź-Bałuty" is not Łódź
                break
            if "." in word.rstrip("."):
                if tok.lower != word.lower():
                    ok = False
                    break
            elif word.isupper() and len(word) > 1:
                if not (tok.text == word or tok.text.startswith(word + "-")):
                    ok = False
                    break
            elif word[:1].isupper() and not tok.is_title:
                ok = False
                break
            elif not (lemma_keys(tok) & entry.keys[k]) or (tok.lower != word.lower() and not _number_fits(tok.text, word)):
                ok = False
                break
        if ok:
            end = p + 1
            if end < len(toks) and toks[end].text in QUOTE_CLOSE and any(x.text in quotes for x in toks[i + 1:end]):
                end += 1  # the closing mark of a quoted part
            return end, entry.canonical, entry.type, " ".join(entry.words)
    return None


def agreeing_adjective(adj: Tok, noun: Tok) -> bool:
    """``adj`` has an adjective reading in the case, number and gender of a common noun reading of
    ``noun`` ("Polskiej Ligi"; not "Polski Donald")."""
    return any(a.pos == "adj" and n.pos == "subst" and n.lemma[:1].islower() and all(
        any(a.has(v) and n.has(v) for v in vs) for vs in (CASES, ("sg", "pl"), GENDERS))
        for a in adj.readings for n in noun.readings)


def place_read_as_adjective(toks: list[Tok], i: int) -> bool:
    """A listed place's form that is here an adjective of a name: before its noun ("Polskiej Ligi
    Siatkówki", "Polski Ład") or after it ("Ciepłownictwo Polskie")."""
    t = toks[i]
    for k in (i - 1, i + 1):
        if not (0 <= k < len(toks)) or toks[k].sent != t.sent or not (toks[k].is_title and toks[k].is_word):
            continue
        if k < i and (toks[k].sent_start or is_acronym(toks[k])):
            continue  # "Rząd Polski zdecydował": a capitalised common noun, the country after it
        if agreeing_adjective(t, toks[k]) and not gaz_match(toks, k):
            return True
    return False


def listed_place_as_adjective(toks: list[Tok], i: int, listed: Optional[tuple[int, str, str, str]]) -> bool:
    """The one-word listed place ``listed`` matched at ``i`` is an adjective of a name here."""
    return listed is not None and listed[2] == "place" and listed[0] == i + 1 and place_read_as_adjective(toks, i)


def listed_word_as_adjective(toks: list[Tok], i: int, listed: Optional[tuple[int, str, str, str]]) -> bool:
    """A one-word listed name matched at ``i`` that here is an adjective agreeing with the common
    noun right before it, inside a longer name ("Krajowe Biuro Wyborcze", "Krajowego Biura
    Wyborczego": not the outlet "Wyborcza"; "Gazety Wyborczej" matches the outlet at its noun)."""
    if listed is None or listed[0] != i + 1 or i == 0:
        return False
    prev = toks[i - 1]
    return prev.sent == toks[i].sent and prev.is_title and prev.is_word and not prev.sent_start \
        and agreeing_adjective(toks[i], prev) and not gaz_match(toks, i - 1)


def guessed_adjective_of(noun: Tok, word: Tok) -> bool:
    """An unknown capitalised ``word`` that declines as an adjective (``guesser.adjectival``) in a
    case and number of the common noun ``noun`` before it, feminine with a feminine noun: a place's
    adjective in a name ("Rady Powiatu Pilczyńskiego", "Starostwo Powiatowe w Borsku" aside)."""
    if not word.guessed or noun.guessed:
        return False
    for r in noun.readings:
        if r.pos != "subst" or not r.lemma[:1].islower() or not r.has("sg"):
            continue
        for g in adjectival_guesses(word.text):
            if (g.gender == "f") == r.has("f") and any(r.has(c) for c in g.cases):
                return True
    return False


@lru_cache(maxsize=1)
def listed_offices() -> frozenset[str]:
    """Listed acronyms of an office every country has (MSZ: Ministerstwo Spraw Zagranicznych)."""
    heads = lexicon_set("institution_heads.txt")
    return frozenset(e.canonical for entries in gazetteer().values() for e in entries
                     if e.canonical.isupper() and e.words[0].lower() in heads)


def country_in_genitive(text: Text, k: int) -> bool:
    """A place declined in the genitive right after (no space but one): "MSZ Rosji", "MSZ Kataru", not
    "USA"; listed, or a geographic name to morfeusz2."""
    toks = text.toks
    if k >= len(toks) or k == 0 or toks[k].sent != toks[k - 1].sent or text.text[toks[k - 1].end:toks[k].idx] != " ":
        return False
    listed = gaz_match(toks, k)
    if not listed and toks[k].is_title and not (k + 1 < len(toks) and toks[k + 1].sent == toks[k].sent
                                                 and text.text[toks[k].end:toks[k + 1].idx] == "-"):
        # a place the gazetteer does not list, read by morfeusz2 as a geographic name in the genitive
        # ("rzecznik MSZ Kataru Madżid al-Ansari")
        return not person_quals(toks[k]) and any(r.has("gen") and "nazwa_geograficzna" in r.quals
                                                 and r.lemma != toks[k].text for r in toks[k].readings)
    return bool(listed) and listed[2] == "place" and listed[0] == k + 1 and toks[k].text != listed[1] \
        and any(r.has("gen") for r in toks[k].readings)


_ACRONYM = re.compile(r"[^\W\d_a-ząćęłńóśźż]{2,}(?:[a-ząćęłńóśźż][^\W\d_a-ząćęłńóśźż]+)*")


_PAST_VERB = re.compile(r"(?:ow|yw|iw)a(?:ł|ła|ło|li|ły)$")  # the past tense of the -ować/-ywać verbs
_ACRONYM_WORD = re.compile(r"[^\W\d_a-ząćęłńóśźż](?:[a-ząćęłńóśźż]?[^\W\d_a-ząćęłńóśźż])+")


def is_acronym_word(word: str) -> bool:
    """Capitals, each lower-case letter between two of them ("PGE", "GiEK", "OZZPiP"; not "Bank")."""
    return bool(_ACRONYM_WORD.fullmatch(word))


def is_acronym(t: Tok) -> bool:
    """Capital letters, a single lower-case one between them allowed ("KGHM", "OZZPiP", "PiS"; not
    "MWh", "McDonald")."""
    return _acronym_form(t.text)


@lru_cache(maxsize=100_000)
def _acronym_form(text: str) -> bool:
    return len(text) > 1 and text.isalpha() and bool(_ACRONYM.fullmatch(text))


ROMAN_NUMERAL = re.compile(r"X{0,3}(IX|IV|V?I{0,3})")


def is_roman_numeral(t: Tok) -> bool:
    """"III ligi", "XX wieku": a Roman numeral of I, V and X, not an acronym; a school class's label, a
    numeral with its letter ("klasa IVa", "do klasy IIIb"), is none either."""
    return (len(t.text) > 1 and bool(ROMAN_NUMERAL.fullmatch(t.text))) \
        or (len(t.text) > 1 and t.text[-1] in "abcdefgh" and bool(ROMAN_NUMERAL.fullmatch(t.text[:-1])))


def is_domain(t: Tok) -> bool:
    return "." in t.text and t.text[:1].isalpha() and not t.text.endswith(".")


def opens_clause(toks: list[Tok], i: int) -> bool:
    """Sentence start, or the first word after an opening quote, colon or dash."""
    if toks[i].sent_start:
        return True
    prev = toks[i - 1] if i else None
    if prev is not None and prev.sent == toks[i].sent and abbreviations().get(prev.lower):
        return True  # "… w 2026 r. Średnia cena …": an abbreviation that may close a sentence
    return prev is not None and (prev.text in QUOTE_OPEN + ":" + DASHES or after_layout_mark(toks, i))


def is_institution(t: Tok) -> bool:
    return bool({r.lemma.lower() for r in t.readings if r.pos == "subst"} & lexicon_set("institution_heads.txt"))


def adjective_before_institution(toks: list[Tok], i: int) -> bool:
    """An adjective opening an institution's name, agreeing with it: "Wojewódzki Sąd …", "Okręgowa
    Inspekcja Pracy" (not "Radni Rady Gminy": a plural noun before a genitive)."""
    return i + 1 < len(toks) and toks[i + 1].sent == toks[i].sent and toks[i + 1].is_title \
        and is_institution(toks[i + 1]) and agreeing_adjective(toks[i], toks[i + 1])


def is_unit_noun(t: Tok) -> bool:
    """A noun naming a territorial unit of a body (``territorial_words.txt``: oddział, okręg, region)."""
    return any(r.pos == "subst" and r.lemma.lower() in lexicon_set("territorial_words.txt") for r in t.readings)


@lru_cache(maxsize=1)
def _foreign_adjectives() -> frozenset[str]:
    """Adjectives of a country other than Poland (``country_adjectives.tsv``, masculine lemmas)."""
    from ..nlp import read_lexicon

    return frozenset(line.split("\t")[0] for line in read_lexicon("country_adjectives.tsv")) - {"polski"}


@lru_cache(maxsize=1)
def _listed_heads() -> dict[str, tuple[str, ...]]:
    """A listed organisation's canonical name -> the first words of its listed forms ("MSZ" ->
    Ministerstwo, MSZ): what an adjective before its acronym agrees with."""
    out: dict[str, set[str]] = {}
    for entries in gazetteer().values():
        for e in entries:
            if e.type == "organization":
                out.setdefault(e.canonical, set()).add(e.words[0])
    return {k: tuple(sorted(v)) for k, v in out.items()}


def foreign_body_end(toks: list[Tok], i: int) -> Optional[int]:
    """One past a listed organisation's name after a capitalised adjective of another country than
    Poland that agrees with it ("Greckie MSZ", "Tureckie Ministerstwo Spraw Zagranicznych"): the listed
    body is the Polish one, the adjective names the other country's, and the two words are one name
    (as "MSZ Rosji" is). None elsewhere; "Polskie MSZ" is the listed body itself."""
    t = toks[i]
    if not t.is_title or i + 1 >= len(toks) or toks[i + 1].sent != t.sent or t.end + 1 != toks[i + 1].idx:
        return None
    if not any(r.pos == "adj" and r.lemma.lower() in _foreign_adjectives() for r in t.readings):
        return None
    listed = gaz_match(toks, i + 1)
    if not listed or listed[2] != "organization":
        return None
    heads = [toks[i + 1]] if not is_acronym(toks[i + 1]) else \
        [Tok(0, w, 0, readings(w), None) for w in _listed_heads().get(listed[1], ()) if not w.isupper()]
    return listed[0] if any(_agrees_nominal(t, h) for h in heads) else None


def _agrees_nominal(adj: Tok, noun: Tok) -> bool:
    """``adj`` agrees with a common-noun reading of ``noun`` in case, number and gender, the noun's
    word capitalised or not (a listed name's first word: "Ministerstwo")."""
    return any(a.pos == "adj" and n.pos == "subst" and n.lemma[:1].islower() and all(
        any(a.has(v) and n.has(v) for v in vs) for vs in (CASES, ("sg", "pl"), GENDERS))
        for a in adj.readings for n in noun.readings)


def is_name_token(toks: list[Tok], i: int) -> bool:
    t = toks[i]
    if not (t.is_word and t.is_title):
        return False
    if opens_clause(toks, i) or i and toks[i - 1].text == ";" and toks[i - 1].sent == t.sent:  # a list's item
        if adjective_before_institution(toks, i) or office_name(toks, i):
            return True  # "Krajowy Związek Zawodowy …", "Komisarz Wyborczy w …" opening a sentence
        if foreign_body_end(toks, i):
            return True  # "Greckie MSZ podkreśla …": another country's body, named by the listed Polish one
        if i + 2 < len(toks) and toks[i + 1].sent == t.sent and toks[i + 1].is_title and toks[i + 1].is_word \
                and toks[i + 2].sent == t.sent and toks[i + 2].is_title and toks[i + 2].is_word \
                and agreeing_adjective(t, toks[i + 1]):
            return True  # "Polskie Porty Lotnicze …", "Polskie Linie Lotnicze LOT …": an adjective opening a name
        if i + 1 < len(toks) and toks[i + 1].sent == t.sent and toks[i + 1].is_title and toks[i + 1].is_word \
                and agreeing_adjective(t, toks[i + 1]) and any(
                    "nazwa_geograficzna" in r.quals or r.pos == "subst" and r.lemma[:1].isupper() and
                    any(q.startswith("człon") for q in r.quals) for r in toks[i + 1].readings):
            return True  # "Bukowa Góra nie chce kamieniołomu": a place's adjective and its noun opening a sentence
        if (is_institution(t) or t.lemma.lower() in context_types() or t.lemma.lower() in lexicon_set("programme_heads.txt")) \
                and i + 1 < len(toks) \
                and toks[i + 1].is_title and toks[i + 1].is_word and toks[i + 1].sent == t.sent:
            return True  # "Sąd Apelacyjny …", "Urząd Regulacji Energetyki …", "„Dziennik Bałtycki”"
        if is_institution(t) and i + 2 < len(toks) and toks[i + 1].lower in ("ds.", "do") \
                and toks[i + 2].is_title and toks[i + 2].is_word and toks[i + 2].sent == t.sent \
                and (toks[i + 1].lower == "ds." or "sprawa" in toks[i + 2].lemmas()):
            return True  # "Komisja ds. Licencji Klubowych PZPN …", "Rada do Spraw …" opening a sentence
        if is_unit_noun(t) and i + 1 < len(toks) and toks[i + 1].sent == t.sent and is_acronym(toks[i + 1]):
            return True  # "Oddział ZNP we Wrocławiu …": a body's unit named after the body
        if is_first_name(t) and all(r.pos == "subst" for r in t.readings) and _surname_after(toks, i):
            return True  # "Marek K. odpowie …", "Róża Nowak mówi …": a first name with a common noun's homograph
        if t.guessed and _PAST_VERB.search(t.lower) and i + 1 < len(toks) and toks[i + 1].text[:1].islower():
            return False  # "Poinfromował też, że …": a misspelt verb in the past tense, no surname
        # otherwise a clause's first word is a name only when no ordinary reading exists
        return t.guessed or not any(r.lemma[:1].islower() for r in t.readings) or label_surname(toks, i)
    return True


def all_quals(t: Tok) -> set[str]:
    return {q for r in t.readings for q in r.quals}


def person_quals(t: Tok) -> set[str]:
    """Name qualifiers of the singular readings: one person ("Koleje" is no surname for being
    Kolej's depreciative plural)."""
    return {q for r in t.readings if r.has("sg") or not r.has("pl") for q in r.quals} & NAME_QUALS


def is_first_name(t: Tok) -> bool:
    """A known first name of a person in the singular ("Piotrkowie" is no first name for being Piotrek's
    plural, "Węgla" none for an animal's name Węgiel)."""
    return not t.guessed and not particle_split(t.text) \
        and any("imię" in r.quals and r.has("sg") and (r.has("m1") or r.has("f")) for r in t.readings)


NAME_QUALS = frozenset({"imię", "nazwisko", "człon_nazwiska"})


def context_type(t: Optional[Tok]) -> Optional[str]:
    """The type a word signals for the name after it (``context.tsv``), by any noun reading."""
    if t is None:
        return None
    ctx = context_types()
    return ctx.get(t.lemma.lower()) or ctx.get(t.lower) or next(
        (ctx[r.lemma.lower()] for r in t.readings if r.pos == "subst" and r.lemma.lower() in ctx), None)


def dash_joined(text: Text, j: int) -> bool:
    """A dash between two capitalised words of a person's name with no space around it."""
    toks = text.toks
    return 1 <= j < len(toks) - 1 and toks[j].text in DASHES and toks[j - 1].end == toks[j].idx \
        and toks[j].end == toks[j + 1].idx and toks[j + 1].is_title and toks[j + 1].is_word \
        and toks[j + 1].sent == toks[j].sent and toks[j - 1].is_title \
        and (person_quals(toks[j - 1]) or toks[j - 1].guessed) and (person_quals(toks[j + 1]) or toks[j + 1].guessed)


@lru_cache(maxsize=1)
def _legal_forms() -> dict[str, tuple[str, ...]]:
    """legal_forms.txt by first character, longest first: only those can start at a character."""
    forms = sorted(lexicon_set("legal_forms.txt"), key=len, reverse=True)
    return {c: tuple(f for f in forms if f[:1] == c) for c in {f[:1] for f in forms}}


def legal_form_end(text: Text, j: int) -> Optional[int]:
    """One past the last token of a company's legal form written at ``j`` after one space
    ("Farmavita SA", "Superliga sp. z o.o.", ``legal_forms.txt``); None when there is none."""
    toks = text.toks
    if not 1 <= j < len(toks) or text.text[toks[j - 1].end:toks[j].idx] != " ":
        return None
    start = toks[j].idx
    for form in _legal_forms().get(text.text[start:start + 1], ()):
        end = start + len(form)
        if text.text.startswith(form, start) and not text.text[end:end + 1].isalnum():
            k = j
            while k < len(toks) and toks[k].end <= end:
                k += 1
            if toks[k - 1].end == end:
                return k
    return None


def city_after(toks: list[Tok], k: int, listed_only: bool = False) -> bool:
    """A place of one word in the nominative at ``k`` ("Łódź", not "Łodzi"): listed, or a geographic
    name of the dictionary given as its lemma ("Gorzów")."""
    if k >= len(toks) or toks[k].sent != toks[k - 1].sent:
        return False
    listed = gaz_match(toks, k)
    if listed or listed_only:
        return bool(listed) and listed[2] == "place" and listed[0] == k + 1 and toks[k].text == listed[1]
    if k + 1 < len(toks) and toks[k + 1].sent == toks[k].sent and toks[k + 1].is_title:
        return False  # an unlisted one ends the name: "Zielona Góra", "Dębowa Wola" are not two
    return any("nazwa_geograficzna" in r.quals and r.lemma == toks[k].text and r.has("nom") for r in toks[k].readings)


def club_prefix(t: Tok) -> bool:
    """An acronym opening a sports club's name (``club_prefixes.txt``): KS, MKS, GKS, AZS …"""
    return t.text in lexicon_set("club_prefixes.txt")


def club_with_city(toks: list[Tok], j: int, listed_only: bool = False) -> bool:
    """A city or country in the nominative (``city_after``) right after an inflected capitalised noun
    (no nominative reading, not a first name) or a word no dictionary knows: a club's or firm's name
    that keeps its city uninflected ("Legii Warszawa", "EkoTerm Polska")."""
    x = toks[j - 1]
    brand = any(c.isupper() for c in x.text[1:]) and not x.text.isupper()  # "EkoTerm", "WindPol"
    # a first name in an oblique case before a city in the nominative is a club's ("z Lechem Poznań"),
    # unless the city's word is also a surname in that case ("Adama Kreta": Adam Kret)
    return city_after(toks, j, listed_only) and x.is_title and x.is_word \
        and (not is_first_name(x) or (not any(r.has("nom") for r in x.readings) and not _surname_agreeing(x, toks[j]))) \
        and (brand or (not any((r.has("nom") and r.has("sg")) or (r.pos == "adj" and r.has("sg")) for r in x.readings)
                       and any(r.pos == "subst" for r in x.readings))) \
        and not gaz_match(toks, j - 1) and not context_type(x)


def _surname_agreeing(first: Tok, word: Tok) -> bool:
    """``word`` has a surname reading in a case and gender of a first-name reading of ``first``."""
    names = [r for r in first.readings if "imię" in r.quals]
    return any("nazwisko" in s.quals and any(s.has(c) and n.has(c) for c in CASES)
               and any(s.has(g) and n.has(g) for g in GENDERS) for s in word.readings for n in names)


def particle_name(t: Tok) -> bool:
    """A lower-case name particle joined by a hyphen to a name: "al-Ansari", "ar-Rahman"."""
    head, _, rest = t.text.partition("-")
    return bool(rest) and rest[:1].isupper() and (head in lexicon_set("name_particles.txt") or len(head) == 2)


def hyphenated_given_name(t: Tok) -> bool:
    """A Chinese-style given name: "Wen-lung", "Ching-te" (the part after the hyphen in lower case)."""
    first, _, second = t.text.partition("-")
    return bool(second) and second[:1].islower() and first[:1].isupper() and second.isalpha()


@lru_cache(maxsize=1)
def place_preps() -> dict[str, bool]:
    """Preposition -> whether an unknown word after it is a place too (``place_prepositions.txt``)."""
    return {w.rstrip("!"): w.endswith("!") for w in lexicon_set("place_prepositions.txt")}


def _surname_after(toks: list[Tok], i: int) -> bool:
    """The word after ``i`` in its sentence is a surname, a surname's initial or a word no dictionary
    knows, capitalised and not a listed name ("Marek K.", "Marek Nowak"; not "Marek Polski" when
    Polski is listed)."""
    if i + 1 >= len(toks) or toks[i + 1].sent != toks[i].sent:
        return False
    t = toks[i + 1]
    if not (t.is_title and t.is_word) or gaz_match(toks, i + 1):
        return False
    initial = is_initial(t.text) or (len(t.text) == 1 and t.text.isupper() and i + 2 < len(toks) and toks[i + 2].text == ".")
    return initial or t.guessed or any("nazwisko" in r.quals for r in t.readings)


def proper_noun(t: Tok) -> bool:
    """Every reading of ``t`` is a proper noun's ("Rokitnica", a village's name): no adjective or common
    noun that would make it part of a body's descriptive name."""
    return bool(t.readings) and all(r.pos == "subst" and r.lemma[:1].isupper() for r in t.readings)


def sponsored_competition(text: Text, k: int) -> bool:
    """A capitalised competition noun (``competition_heads.txt``) right after a listed firm's name ending
    before token ``k``: the pair names a sponsored league or cup ("Tauron Lidze", "PGNiG Superlidze")."""
    toks = text.toks
    return k < len(toks) and toks[k].sent == toks[k - 1].sent and toks[k].is_title \
        and text.text[toks[k - 1].end:toks[k].idx] == " " \
        and any(r.pos == "subst" and r.lemma.lower() in lexicon_set("competition_heads.txt") for r in toks[k].readings)


def descriptive_head(text: Text, i: int) -> bool:
    """A head of ``name_heads.txt`` opening a descriptive name, a capitalised word other than an acronym
    right after it ("Klub Radnych PiS", "Klubu Uczelnianego AZS"; not "Klub PSL")."""
    toks = text.toks
    return i + 1 < len(toks) and toks[i + 1].sent == toks[i].sent and toks[i + 1].is_title and toks[i + 1].is_word \
        and not is_acronym(toks[i + 1]) and text.text[toks[i].end:toks[i + 1].idx] == " " \
        and any(r.pos == "subst" and r.lemma.lower() in lexicon_set("name_heads.txt") for r in toks[i].readings)


def nominative_ending(word: str) -> bool:
    """The guesser's paradigms read ``word`` itself as a nominative with some support (a feminine or
    personal noun: "Litani", "Meloni", "Natanz"), not only as a last resort ("Azowstalu": 0.15)."""
    return any(g.lemma == word and "nom" in g.cases and g.gender in ("f", "m1") and g.score >= 0.4
               for g in guess(word))


OBLIQUE_SURNAME_ENDINGS = ("skiego", "ckiego", "dzkiego", "skiemu", "ckiemu", "dzkiemu")


def second_person(toks: list[Tok], i: int, j: int) -> bool:
    """A person's name of two words or more ``i:j`` (a first name or an unknown word, then a surname) is
    followed at ``j`` by another person's name in the nominative: "premiera Adama Wolskiego Tomasz Gajda
    poinformował", "rywala Klausa Webera Jürgen Hoffmann uważa", or a lone surname before the verb after
    a name in an oblique case ("presji na Władimira Putina Sybiha uznaje …"). The word before ``j`` is a
    surname, not a second first name ("Jan Maria Rokita"), and either ``j`` is a known first name or that
    surname is read in oblique cases only, so the cases differ."""
    if j - i < 2 or j + 1 >= len(toks) or toks[j + 1].sent != toks[j].sent:
        return False
    first, last, nxt, after = toks[i], toks[j - 1], toks[j], toks[j + 1]
    if not (is_first_name(first) or first.guessed) or is_first_name(last) or any(
            "imię" in r.quals for r in last.readings) or not (nxt.is_title and nxt.is_word):
        return False
    nominative = any("imię" in r.quals and r.has("nom") and r.has("sg") for r in nxt.readings)
    # a surname read in oblique cases only, or an unknown one with an adjectival oblique ending
    # ("Wołodymyra Zełenskiego Mychajło Podolak")
    oblique = (not last.guessed and last.readings and all(not r.has("nom") for r in last.readings)) \
        or (last.guessed and last.lower.endswith(OBLIQUE_SURNAME_ENDINGS))
    if not after.is_title:
        # a lone surname, the verb right after it
        return bool(oblique) and not is_first_name(nxt) and any(r.pos in ("fin", "praet") for r in after.readings) \
            and (nxt.guessed or any("nazwisko" in r.quals and r.has("nom") for r in nxt.readings))
    surname_nom = after.guessed or any(r.has("nom") for r in after.readings)
    return surname_nom and ((nominative and is_first_name(nxt)) or (oblique and (nxt.guessed or nominative)))


def common_word_opening(toks: list[Tok], i: int, listed: Optional[tuple[int, str, str, str]]) -> bool:
    """A listed one-word outlet's name that is also a common noun, opening a sentence, not in quotation marks and
    not the subject of a reporting verb, is the common word: "Fakt, że rząd …", "Polityka rządu jest
    błędna" (not "Fakt podał, że …", '„Polityka” pisze …')."""
    t = toks[i]
    if not listed or listed[0] != i + 1 or listed[2] != "media" or not t.sent_start:
        return False
    if i and toks[i - 1].sent == t.sent and toks[i - 1].text in QUOTE_OPEN:
        return False
    if not any(r.pos == "subst" and r.has("nom") and "nazwa_pospolita" in r.quals and r.lemma == t.lower
               for r in t.readings):
        return False
    verbs = lexicon_set("speech_verbs.txt") | lexicon_set("outlet_report_verbs.txt")
    for k in range(i + 1, min(i + 5, len(toks))):
        if toks[k].sent != t.sent or toks[k].is_punct:
            break
        if any(r.pos in ("fin", "praet", "bedzie") and r.lemma in verbs for r in toks[k].readings):
            return False
    return True


def surname_like_place(toks: list[Tok], i: int) -> bool:
    """A first name at ``i`` (a word whose nouns are all first names) and a place's name right after it in
    the same case, number and gender ("Annę Moskwę", "Anna Moskwa"; not "Ewa Kraków"): the place's name
    is the person's surname."""
    first, place = toks[i], toks[i + 1]
    names = [r for r in first.readings if r.pos == "subst" and "imię" in r.quals]
    return bool(names) and all("imię" in r.quals or r.pos != "subst" for r in first.readings) and any(
        r.pos == "subst" and all(any(r.has(v) and n.has(v) for v in vs) for vs in (CASES, ("sg", "pl"), GENDERS))
        for r in place.readings for n in names)


def office_name(toks: list[Tok], i: int) -> bool:
    """A role noun and a capitalised adjective that agrees with its declined reading and heads nothing
    after it: an office named as a body ("Komisarz Wyborczy w Wałbrzychu", "Prokurator Krajowy"), not a
    title before a name ("Minister Kierwiński") or before a body ("Rzecznik Polskiej Ligi Siatkówki")."""
    if not (i + 2 <= len(toks) - 1 and toks[i + 1].sent == toks[i].sent and toks[i + 1].is_title):
        return False
    role = [r for r in toks[i].readings if r.pos == "subst" and r.lemma.lower() in role_words()
            and not all(r.has(c) for c in CASES)]
    if not role or is_first_name(toks[i + 1]) or (gaz_match(toks, i + 1) or (0, "", ""))[2] in ("organization", "place"):
        return False  # "Europoseł Polski 2050": a listed body or place after the title (no role noun: no office)
    adj = [a for a in toks[i + 1].readings if a.pos == "adj"]
    nxt = toks[i + 2]
    heads = nxt.sent == toks[i].sent and nxt.is_title and any(
        n.pos == "subst" and any(a.has(c) and n.has(c) for c in CASES) for a in adj for n in nxt.readings)
    return not heads and any(all(any(a.has(v) and r.has(v) for v in vs) for vs in (CASES, ("sg", "pl"), GENDERS))
                             for a in adj for r in role)
