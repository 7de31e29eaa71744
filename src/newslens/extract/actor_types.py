"""Actor runs: what a run of capitalised words is (``actors.py`` finds the runs).

Its head noun; its type from the words before it and in it (``context.tsv``, ``institution_heads.txt``,
``place_prepositions.txt``, ``residence_nouns.txt``, ``media_frames.txt``, name qualifiers of morfeusz2
readings, the guesser); whether it names no actor (a programme, document, road: ``context.tsv``'s
"none" nouns, ``programme_heads.txt``); a classifying noun in apposition before a name ("Spółka
Komunikacja Podgórska"); a one-letter platform ("na X"); an unknown name coordinated with a place.
Regions ("województwo lubuskie") are read in ``actor_regions.py``.
"""
from __future__ import annotations

import re
from typing import Optional

from ..guesser import guess
from ..lexicon import context_types, lexicon_set, role_words
from .actor_words import (agreeing_adjective, all_quals, city_after, club_prefix, club_with_city, context_type,
                          gaz_match, hyphenated_given_name, is_acronym, is_first_name, is_institution, is_unit_noun,
                          listed_place_as_adjective, office_name, particle_name, person_quals, place_preps)
from .names import apposition_cases, governed_cases, particle_split
from ..nlp import CASES, GENDERS, QUOTE_OPEN, Tok, readings


def _head(run: list[Tok]) -> int:
    """Index of the head noun: the first word not an adjective agreeing with the next one."""
    for k, t in enumerate(run[:-1]):
        nxt = run[k + 1]
        adj = [r for r in t.readings if r.pos == "adj"]
        if not any(a.has(c) and n.has(c) for a in adj for n in nxt.readings if n.pos == "subst" for c in CASES):
            return k
    return len(run) - 1


def _enterprise(run: list[Tok]) -> bool:
    """The run is an enterprise's name: its head noun is one of ``enterprise_heads.txt`` (a common noun's
    reading) and the words after it are the head's adjectives ("Koleje Mazowieckie", "Port Lotniczy …") or
    a name that does not agree with it ("Huta Mikołów"); a head marked * takes only the latter."""
    k = _head(run)
    heads = lexicon_set("enterprise_heads.txt")
    head = run[k]
    lemmas = {r.lemma for r in head.readings if r.pos == "subst" and r.lemma[:1].islower()}
    if not lemmas & {h.rstrip("*") for h in heads}:
        return False
    marked = all(f"{lemma}*" in heads for lemma in lemmas & {h.rstrip("*") for h in heads})
    if k + 1 < len(run):
        agrees = any(a.pos == "adj" and n.pos == "subst" and n.lemma in lemmas and all(
            any(a.has(v) and n.has(v) for v in vs) for vs in (CASES, ("sg", "pl"), GENDERS))
            for a in run[k + 1].readings for n in head.readings)
        return not agrees or not marked
    return k > 0 and not marked  # "Państwowe Porty": adjectives before the head, none after


def _titled(toks: list[Tok], a: int) -> bool:
    """A role noun right before the run, or before one genitive word ("prezydent Tajwanu …"), or
    heading an apposition chain before it ("sekretarz stanu USA Antony Blinken")."""
    roles = role_words()
    for k in (a - 1, a - 2):
        if k < 0 or toks[k].sent != toks[a].sent or toks[k].is_punct:
            return False
        if toks[k].lemma.lower() in roles and (k == a - 1 or not toks[k].text[:1].isupper() or toks[k].sent_start):
            return True
    return a >= 3 and bool(apposition_cases(toks, a, window=4))


def _complement_of_role(toks: list[Tok], a: int, b: int) -> bool:
    """One unknown word right after a role, in a case the role noun is not in: its genitive
    complement ("szef Mosadu"), not the person ("premier Fico")."""
    if b - a != 1 or not toks[a].guessed or a == 0:
        return False
    role = toks[a - 1]
    role_cases = {c for r in role.readings if r.pos == "subst" for c in CASES if r.has(c)}
    top = guess(toks[a].text)[0]
    return bool(role_cases) and not (top.cases & role_cases)


def _classifier_named(toks: list[Tok], a: int, b: int) -> bool:
    """One word right after a lower-case noun that says what kind of body or outlet the name after it
    names (``context.tsv``: firma, spółka, partia, portal): the body's name, whatever role noun comes
    before the noun ("prezes firmy Kwarcex" is the firm's head, not a man named Kwarcex)."""
    if b - a != 1 or a == 0 or toks[a - 1].sent != toks[a].sent or not toks[a - 1].is_word or toks[a - 1].is_title:
        return False
    return context_type(toks[a - 1]) in ("organization", "media")


def after_role(role: Tok, t: Tok) -> Optional[str]:
    """The type of one known word right after a role noun. Its genitive complement is a body ("trener
    Stali", "piłkarz Legii", "rzecznik Pałacu"): a common noun naming no person, in no case the role
    noun is in, with no geographic reading. A surname in the role noun's case, written in its base form,
    is the person in apposition ("prezydent Nowak", though "Nowak" also reads as a village's genitive).
    None otherwise."""
    held = [r for r in role.readings if r.pos == "subst" and r.lemma.lower() in role_words()]
    # an indeclinable reading ("rzecznik" of a woman, in every case) only where the noun has no other
    declined = [r for r in held if not all(r.has(c) for c in CASES)] or held
    role_cases = {c for r in declined for c in CASES if r.has(c)}
    subst = [r for r in t.readings if r.pos == "subst"]
    if not role_cases or not subst or t.guessed or any("imię" in r.quals for r in subst):
        return None
    if any(r.lemma == t.text and "nazwisko" in r.quals and any(r.has(c) for c in role_cases) for r in subst) \
            and not any(r.lemma == t.text for r in subst if "nazwa_geograficzna" in r.quals):
        return "person"
    if not any(r.has(c) for r in subst for c in role_cases) and not any("nazwa_geograficzna" in r.quals for r in subst) \
            and any(r.lemma[:1].islower() and not r.has("m1") for r in subst):
        return "organization"
    return None


_ORG_PART = frozenset({"człon_nazwy_organizacji", "nazwa_organizacji"})


def organisation_word(t: Tok) -> bool:
    """A word the dictionary knows only as (part of) an organisation's name, no common noun, person or
    place: "Polonia" (of "Polonia Warszawa"), "Cracovia"."""
    return bool(t.readings) and all(r.pos == "subst" and r.lemma[:1].isupper() and "nazwisko" not in r.quals
                                    and "imię" not in r.quals and "nazwa_geograficzna" not in r.quals
                                    for r in t.readings) \
        and any(set(r.quals) & _ORG_PART for r in t.readings)


def _named_for_town(noun: Tok, town: Tok) -> bool:
    """A capitalised common noun in the nominative (no person's, no place's, no institution's noun) and a
    town in the nominative the dictionary knows: a club or a firm named with its town ("Motor Zamość",
    "Stal Mielec"), not a place."""
    return any(r.lemma == town.text and "nazwa_geograficzna" in r.quals and r.has("nom") for r in town.readings) \
        and not is_first_name(noun) and not is_institution(noun) and noun.lemma.lower() not in role_words() \
        and not any("nazwa_geograficzna" in r.quals for r in noun.readings) \
        and (any(r.pos == "subst" and r.lemma[:1].islower() and r.has("nom") and r.has("sg") and not r.has("m1")
                 for r in noun.readings) or organisation_word(noun))  # "Polonia Warszawa"


def run_type(toks: list[Tok], a: int, b: int) -> Optional[str]:
    run = toks[a:b]
    prev = toks[a - 1] if a > 0 and toks[a - 1].sent == run[0].sent else None
    nxt = toks[b] if b < len(toks) and toks[b].sent == run[0].sent else None
    if len(run) == 1 and prev is not None and not is_institution(run[0]) and after_role(prev, run[0]) \
            and (nxt is None or not (nxt.is_title or nxt.lower in ("i", "oraz"))):
        # "trener Stali": the club; "prezydent Nowak": the person. Not where a name follows, whose role the
        # words are ("prezes Motoru Ryszard Kalinowski", "Minister Klimatu i Środowiska"), nor for a body's
        # common noun that refers back to a named one ("szef Sojuszu")
        return after_role(prev, run[0])
    if prev is not None and prev.text in QUOTE_OPEN and a > 1 and toks[a - 2].sent == prev.sent:
        prev = toks[a - 2]  # dziennik „Süddeutsche Zeitung”
    if prev is not None and "nazwa" in {r.lemma for r in prev.readings} and a > 2 and toks[a - 2].lower in ("pod", "o") \
            and toks[a - 3].sent == prev.sent and context_type(toks[a - 3]):
        prev = toks[a - 3]  # "manewry pod nazwą Dragon-24", "firma o nazwie X": the noun names what it is
    named = [t.guessed or bool(person_quals(t)) or t.lower in lexicon_set("name_particles.txt") for t in run]
    if len(run) > 1 and office_name(toks, a):
        return "organization"  # "Komisarz Wyborczy w Wałbrzychu": an office named as a body, with its seat
    if len(run) == 2 and prev is not None and prev.lower in place_preps() and any(
            "nazwa_geograficzna" in r.quals and agreeing_adjective(run[1], run[0]) for r in run[0].readings if r.pos == "subst"):
        return "place"  # "w Rudzie Śląskiej", "pod Nową Solą": a place and its adjective after a place's preposition
    if len(run) == 2:
        if club_with_city(toks, b - 1):
            return "organization"  # "z Pogonią Szczecin"
        if _named_for_town(run[0], run[1]):
            return "organization"  # "Motor Zamość nie zamierza …": a common noun named with its town
    if len(run) > 1 and club_prefix(run[0]) or (len(run) == 2 and is_acronym(run[0]) and city_after(toks, a + 1)):
        return "organization"  # "KS Prosna Kalisz", "MPK Łódź"
    if len(run) > 1 and run[-1].text in lexicon_set("club_suffixes.txt"):
        return "organization"  # "Charlotte FC"
    if len(run) > 1 and any(t.text in lexicon_set("company_words.txt") for t in run[1:]) and not is_first_name(run[0]):
        return "organization"  # "Wizz Air", "grupy Nordhavn Logistics", "Domu Maklerskiego Vistula Invest"
    if len(run) > 1 and run[-1].text in lexicon_set("branch_countries.txt") and all(t.guessed for t in run[:-1]):
        return "organization"  # "Agrotech Polska", "prezes Nordhavn Logistics Polska": a firm's national company
    # a person's particle is written in lower case ("al-Ansari"); "Al-Awsat", "Al-Dżazira" open outlets' names
    if len(run) > 1 and any((particle_name(t) and t.text[:1].islower()) or hyphenated_given_name(t) for t in run[1:]):
        return "person"  # "Madżid al-Ansari", "Hung Wen-lung"
    if len(run) > 1 and (is_first_name(run[0]) or run[0].guessed) and all(named) \
            and any(t.lower in lexicon_set("name_particles.txt") or is_first_name(t) for t in run):
        return "person"  # "prezes związku Sławomir Broniarz", "Ursula von der Leyen"
    if len(run) > 2 and "nazwisko" in person_quals(run[0]) and all(named) \
            and any(t.lower in lexicon_set("name_particles.txt") for t in run[1:-1]):
        return "person"  # "Szynkowski vel Sęk": a surname, a particle, a name
    if 2 < len(run) <= 4 and is_first_name(run[0]) and is_first_name(run[1]) and not any(
            is_institution(t) or is_acronym(t) for t in run):
        return "person"  # "Gustaw Marek Brzezin": two first names, then a surname that also names a place
    if 1 < len(run) <= 3 and is_first_name(run[0]) and not any(
            is_institution(t) or ({"nazwa_geograficzna", "nazwa_organizacji"} & all_quals(t)
                                   and not any(r.pos == "adj" for r in t.readings)) for t in run[1:]):
        return "person"  # "Rafał Mekler", "Leonid Słucki": a surname that is also a common word
    if any(t.guessed for t in run) and not any(is_acronym(t) or is_institution(t) for t in run) \
            and _titled(toks, a) and not _complement_of_role(toks, a, b) and not _classifier_named(toks, a, b):
        return "person"  # "prezydent Tajwanu Lai Ching-te"
    if len(run) > 1 and (is_institution(run[0]) or is_institution(run[_head(run)])
                         or (len(run) > 2 and is_acronym(run[0]) and is_institution(run[1]))):  # "ING Bank Śląski"
        return "organization"  # "w mieście Spółdzielnia Mieszkaniowa …": an institution whatever the context
    if len(run) > 1 and any(is_acronym(t) for t in run[1:]) and any(is_unit_noun(t) for t in run):
        return "organization"  # "Oddział Wojewódzki NFZ", "Oddział ZNP we Wrocławiu": a body's unit
    head = run[_head(run)]
    listed = gaz_match(toks, a + _head(run)) if len(run) > 2 and _head(run) else None
    if listed and listed[2] == "organization" and listed[0] == a + _head(run) + 1:
        return "organization"  # "Krajowa Unia Producentów Soków": a listed body's word heads the name
    if prev is not None and prev.lemma.lower() in lexicon_set("residence_nouns.txt") and not is_acronym(run[0]) \
            and (head.guessed or any(r.pos == "subst" and r.lemma[:1].isupper() for r in head.readings)):
        return "place"  # "mieszkańcy Pilczyna": where a group lives (residence_nouns.txt), not "Domu Pomocy …"
    ctx = context_type(prev)
    if ctx in ("organization", "media") and len(run) == 1 and run[0].readings and not is_acronym(run[0]) and all(
            r.pos == "subst" and {"nazwisko", "imię"} & set(r.quals) and not r.has("nom") for r in run[0].readings):
        return "person"  # "partii Tuska", "firmy Kowalskiego": the body's leader or owner, a person's oblique name
    if ctx and not (ctx == "place" and len(run) == 1 and is_acronym(run[0])):  # "regionu OZZPiP" is no place
        return None if ctx == "none" else ctx  # "wyrzutni Grad", "programu X": a thing, no actor
    if media_frame(toks, a) and all(t.guessed or is_acronym(t) or particle_split(t.text) for t in run) \
            and not any(person_quals(t) and not is_acronym(t) and not particle_split(t.text) for t in run):
        return "media"  # "w rozmowie z CBS", "w wywiadzie dla Yle" (media_frames.txt)
    if len(run) == 1 and is_acronym(run[0]):
        return "organization"  # "KAS", never the surname Kas
    # "Dziennik Bałtycki", "Gazeta Krakowska"; after agreeing adjectives, the head noun: "Polskie Radio",
    # "Świętokrzyski Park Narodowy"
    head_ctx = context_types().get(run[0].lemma.lower()) or context_types().get(run[_head(run)].lemma.lower())
    if len(run) > 1 and head_ctx:
        return head_ctx
    if len(run) > 1 and (listed_place_as_adjective(toks, a, gaz_match(toks, a)) or (
            "nazwa_geograficzna" in all_quals(run[0]) and agreeing_adjective(run[0], run[1])
            and not any(q == "nazwa_geograficzna" or q.startswith("człon") for q in all_quals(run[1])))):
        # "Polska Liga Siatkówki", "Lubelski Węgiel Bogdanka": a place's adjective and a common noun
        # (but "Zielona Góra": the noun names a place too)
        return "organization"
    quals = set().union(*(all_quals(t) for t in run))
    if prev is not None and len(run) == 1 and prev.lower in place_preps() \
            and ((run[0].guessed and place_preps()[prev.lower]) or "nazwa_geograficzna" in quals):
        return "place"  # "w Cardiff", "pod Kaliszem", "do Sieradza"
    if len(run) > 1 and _enterprise(run):
        return "organization"  # "Huty Mikołów", "w Kolejach Mazowieckich": an enterprise, not the place in its name
    if "imię" not in quals and any("nazwa_geograficzna" in all_quals(t) for t in (run[_head(run)], run[0])):
        return "place"  # "Zielona Góra", "Kalisz": a place, unless a person of that surname is named
    if all(t.guessed or person_quals(t) for t in run) and any(person_quals(t) for t in run):
        return "person"
    if "nazwa_organizacji" in quals:
        return "organization"
    if "nazwa_geograficzna" in quals and (len(run) == 1 or not all(
            r.lemma[:1].islower() for r in run[_head(run)].readings if r.pos == "subst")):
        return "place"  # but "Koleje Mazowieckie": a common noun heads an organisation's name
    if len(run) > 1 and run[-1].guessed and prev is not None and place_preps().get(prev.lower):
        return "place"  # "w Tel Awiwie", "w Bat Jamie"
    if all(t.guessed for t in run):
        # one unknown word is a firm, a programme's owner, a platform more often than a person
        # never named in full (a surname of a person named in full joins that person later), unless it
        # ends as foreign surnames do ("Pieskow", "Tkaczenko": surname_endings.txt)
        surname = _foreign_surname(run[0])
        return "organization" if len(run) == 1 and not surname else "person"
    if len(run) == 1 and run[0].text.isupper() and len(run[0].text) > 1:
        return "organization"
    if len(run) == 2 and run[1].guessed and _foreign_surname(run[1]) and run[0].readings and all(
            r.pos == "subst" and r.lemma[:1].islower() and not r.has("nom") for r in run[0].readings):
        return "person"  # "Nikola Marić": a foreign first name the dictionary knows only as an oblique common noun
    if len(run) >= 2 and any(r.pos in ("subst", "adj") for r in run[0].readings):
        return "organization"
    if len(run) >= 2 and prev is not None and prev.lower in place_preps() and place_preps()[prev.lower]:
        return "place"  # "w Tel Awiwie"
    return None


def media_frame(toks: list[Tok], a: int) -> bool:
    """The run at ``a`` follows a frame naming the outlet someone spoke to or through
    (``media_frames.txt``): "w rozmowie z …", "w wywiadzie dla …", "na antenie …"."""
    frames = lexicon_set("media_frames.txt")
    sent = toks[a].sent
    if a < 1 or toks[a - 1].sent != sent:
        return False
    prev = toks[a - 1]
    if any(r.pos == "subst" and r.has("sg") and r.lemma.lower() in frames for r in prev.readings):
        return True
    if a < 2 or toks[a - 2].sent != sent:
        return False
    return any(f"{r.lemma.lower()} {prev.lower}" in frames for r in toks[a - 2].readings
               if r.pos != "subst" or r.has("sg"))


def _word_cases(t: Tok) -> set[str]:
    if t.guessed:
        return {c for g in guess(t.text) for c in g.cases}
    return {c for r in t.readings if r.pos == "subst" for c in CASES if r.has(c)}


def coordinated_unknown(toks: list[Tok], last: int, a: int, b: int) -> bool:
    """Unknown words ``a:b`` joined by a comma or a conjunction to a name ending at ``last``, in a case
    that name's word may be in, closing the list: punctuation or the sentence's end after them ("w
    Berlinie i Trakbus ogłosił" is two clauses)."""
    conj = (",", "i", "oraz", "lub", "albo")
    closed = b >= len(toks) or toks[b].sent != toks[a].sent or toks[b].is_punct or toks[b].lower in conj
    return closed and all(t.guessed for t in toks[a:b]) and toks[a - 1].lower in conj \
        and toks[a - 1].sent == toks[a].sent and bool(_word_cases(toks[last]) & _word_cases(toks[b - 1]))


def platform_letter(toks: list[Tok], i: int) -> bool:
    """A one-letter platform name (X) after "na" or an outlet's noun ("na platformie X"), not
    followed by a dot (an initial) nor by another capitalised word (a numeral in a name)."""
    t = toks[i]
    if len(t.text) != 1 or not t.text.isupper() or i == 0 or toks[i - 1].sent != t.sent:
        return False
    nxt = toks[i + 1] if i + 1 < len(toks) and toks[i + 1].sent == t.sent else None
    if nxt is not None and (nxt.text == "." and nxt.idx == t.end or nxt.is_title):
        return False
    prev = toks[i - 1]
    return prev.lower == "na" or context_type(prev) == "media"


def names_no_actor(toks: list[Tok], i: int, j: int) -> bool:
    """The run ``i:j`` names a programme, document, road, pipeline or weapon: it opens with, or
    follows, a noun of type "none" in ``context.tsv`` ("Program Czyste Powietrze", "gazociągu Nord
    Stream", "przy ul. Fabrycznej"), or its head noun after its adjectives is one ("Krajowego Planu
    Odbudowy")."""
    ctx = context_types()
    if ctx.get(toks[i].lemma.lower()) == "none" or ctx.get(toks[i].lower) == "none":
        return True
    if j - i > 1 and any(r.pos == "subst" and r.lemma[:1].islower() and ctx.get(r.lemma) == "none" for r in toks[i].readings):
        return True  # "Trasy Łazienkowskiej", "Plany Odbudowy": a reading of the first word the lemma chosen hides
    if j - i > 1 and any(r.pos == "subst" and r.lemma.lower() in lexicon_set("street_nouns.txt") for r in toks[i].readings):
        return True  # "na Placu Zawiszy", "Aleje Jerozolimskie": a street's name
    head = toks[i + _head(toks[i:j])] if j - i > 1 else toks[i]
    if head is not toks[i] and any(r.pos == "subst" and ctx.get(r.lemma.lower()) == "none" for r in head.readings):
        return True
    if j - i == 2 and any(r.pos == "subst" and r.lemma.lower() in lexicon_set("competition_heads.txt")
                          for r in toks[i].readings) and toks[i + 1].readings \
            and all(r.pos == "subst" and r.has("pl") and r.has("gen") and r.lemma[:1].islower()
                    for r in toks[i + 1].readings):
        return True  # "w Lidze Narodów", "Ligi Mistrzów": a competition named for its plural entrants
    if j - i > 1 and toks[j - 1].text in lexicon_set("competition_tails.txt"):
        return True  # "Leagues Cup", "ATP Finals": an English competition's name ends with its head noun
    funds = lexicon_set("programme_heads.txt")  # "Fundusz Kościelny", "Społecznego Funduszu Klimatycznego"
    if j - i > 1 and any(r.pos == "subst" and r.lemma.lower() in funds for t in (toks[i], head) for r in t.readings):
        return True
    prev = toks[i - 1] if i and toks[i - 1].sent == toks[i].sent else None
    if prev is not None and not prev.is_title and i > 1 and toks[i - 2].sent == prev.sent \
            and agreeing_adjective(prev, toks[i - 2]):
        prev = toks[i - 2]  # "na drodze ekspresowej S11", "nocnej linii N1": the noun before its adjective
    if prev is not None and j - i == 1 and re.fullmatch(r"[A-Z]{1,2}\d{1,3}", toks[i].text) \
            and prev.lemma.lower() in lexicon_set("code_nouns.txt"):
        return True  # "nocnej linii N1": a line's code
    return prev is not None and "none" in (ctx.get(prev.lemma.lower()), ctx.get(prev.lower)) or street_before(toks, i)


_FUNCTION_POS = frozenset({"qub", "conj", "comp", "interj", "part", "ppron3", "ppron12"})


_CODE = re.compile(r"[A-Z]{1,2}\d{1,3}")


def letter_code(t: Tok) -> bool:
    """A code of one or two capitals and a number ("na S3", "z A2", "N1", "F16"): a road, a line, a model
    or a format, no party. A forum of states so named is listed in the gazetteer (G7, G20), matched before."""
    return _CODE.fullmatch(t.text) is not None


def capitals_no_name(text, i: int) -> bool:
    """A word in capitals that names no one: a function word shouted ("Swoje NIE dla spalarni": the
    dictionary knows it in lower case as a particle, conjunction or pronoun only), a page's marker in
    square brackets ("[WIDEO]", "[ZDJĘCIA]") or a unit after a number ("na 96 FM", "5 GW")."""
    toks = text.toks
    t = toks[i]
    if not (len(t.text) > 1 and t.text.isalpha() and t.text.isupper()):
        return False
    low = readings(t.text.lower())
    if low and all(r.pos in _FUNCTION_POS for r in low):
        return True
    prev = toks[i - 1] if i and toks[i - 1].sent == t.sent else None
    nxt = toks[i + 1] if i + 1 < len(toks) and toks[i + 1].sent == t.sent else None
    if prev is not None and prev.text == "[" and nxt is not None and nxt.text == "]":
        return True
    return prev is not None and prev.text.isdigit() and text.text[prev.end:t.idx] == " "


def street_before(toks: list[Tok], i: int) -> bool:
    """The word before ``i`` is a street's or square's common noun (``street_nouns.txt``): what follows
    is the street's name ("na placu Unii Lubelskiej", "przy ul. Żwirki i Wigury"), no actor."""
    if not i or toks[i - 1].sent != toks[i].sent or toks[i - 1].is_title:
        return False
    streets = lexicon_set("street_nouns.txt")  # one street: "na ulice Warszawy" are the city's streets
    return toks[i - 1].lower in streets or any(r.pos == "subst" and r.has("sg") and r.lemma in streets
                                               for r in toks[i - 1].readings)


def classifier_in_apposition(toks: list[Tok], i: int) -> bool:
    """A classifying noun (``apposition_nouns.txt``) before a name in its own case that is no adjective
    agreeing with it: "Spółka Komunikacja Podgórska", "Platforma Airbnb", "Spółka PGE"."""
    t, nxt = toks[i], toks[i + 1]
    if t.lemma.lower() not in lexicon_set("apposition_nouns.txt") or not t.readings:
        return False
    if is_acronym(nxt) or nxt.guessed or any(a.islower() and b.isupper() for a, b in zip(nxt.text, nxt.text[1:])):
        return True  # "Spółka PGE", "Spółka EkoTerm Energia": a brand's inner capital is no common noun's
    if agreeing_adjective(nxt, t) or any(r.pos == "subst" and r.has("gen") and not r.has("nom")
                                         and "nazwa_geograficzna" not in r.quals for r in nxt.readings):
        return False  # "Portal Samorządowy", "Agencja Mienia Wojskowego": one name (not "Miasta Wierzbowa")
    cases = {c for r in t.readings if r.pos == "subst" and r.lemma.lower() == t.lemma.lower() for c in CASES if r.has(c)}
    return any(r.pos == "subst" and r.has(c) for r in nxt.readings for c in cases)


def event_in_apposition(toks: list[Tok], i: int, j: int) -> bool:
    """The name ``i:j`` is followed by a comma and an event's noun (``event_nouns.txt``) in a case the
    name may be in: "w Warsaw Security Forum, konferencji poświęconej bezpieczeństwu" names an event."""
    if j + 1 >= len(toks) or toks[j].text != "," or toks[j + 1].sent != toks[i].sent:
        return False
    if any("nazwa_geograficzna" in r.quals for t in toks[i:j] for r in t.readings):
        return False  # "do Wierzbowa, konferencji nie było": a place's name stays
    noun = toks[j + 1]
    gov = governed_cases(toks, i)
    return any(r.pos == "subst" and r.lemma.lower() in lexicon_set("event_nouns.txt") and r.has("sg")
               and (not gov or any(r.has(c) for c in gov)) for r in noun.readings)


def same_form_adjectives(a: Tok, b: Tok) -> bool:
    """Two adjectives in one case, number and gender ("Gminnej i Powiatowej"): coordinated in one name."""
    return any(x.pos == "adj" and y.pos == "adj" and all(any(x.has(v) and y.has(v) for v in vs)
                                                       for vs in (CASES, ("sg", "pl"), GENDERS))
               for x in a.readings for y in b.readings)


def listed_type(toks: list[Tok], found: list, i: int) -> Optional[str]:
    """The type a plural common noun gives a list of names it opens, for a name at ``i`` joined to the
    list by a comma or "i" ("w kopalniach Pniówek, Budryk i Knurów-Szczygłowice": three mines)."""
    conj = (",", "i", "oraz")
    k = len(found) - 1
    at = i
    while k >= 0 and found[k].b == at - 1 and toks[at - 1].lower in conj and toks[at - 1].sent == toks[i].sent:
        at = found[k].a
        k -= 1
    if at == i or at < 1:
        return None
    noun = toks[at - 1]
    typ = context_type(noun) if noun.sent == toks[i].sent and not noun.is_title else None
    if typ in (None, "none") or not all(r.has("pl") for r in noun.readings if r.pos == "subst") \
            or found[k + 1].type != typ:
        return None
    return typ


def classified_head(toks: list[Tok], i: int) -> bool:
    """A lone capitalised head noun of bodies ("Porozumienie", "Wspólnota") in the nominative right after a
    body's classifier noun in the singular in another case ("lider partii Porozumienie"): the body's own
    name in apposition, closed by punctuation, no common noun."""
    prev = toks[i - 1] if i and toks[i - 1].sent == toks[i].sent else None
    nxt = toks[i + 1] if i + 1 < len(toks) and toks[i + 1].sent == toks[i].sent else None
    if prev is None or prev.is_title or context_type(prev) != "organization" or nxt is not None and nxt.is_word:
        return False  # (a word after it: the next clause's subject, "dla partii Wspólnota może …")
    cls = [r for r in prev.readings if r.pos == "subst" and r.has("sg") and context_types().get(r.lemma.lower()) == "organization"]
    return bool(cls) and not any(r.has("nom") for r in cls) and any(r.pos == "subst" and r.has("nom") and r.has("sg") for r in toks[i].readings)


def described_by(prev: Optional[Tok], typ: str) -> bool:
    """The lower-case common noun before a name gives it its type ("archipelagu Kinmen", "firmy X"); a
    plural noun names a name's members, not the name ("krajami Mercosur": the bloc, not a place)."""
    return prev is not None and not prev.is_title and context_type(prev) == typ \
        and any(r.pos == "subst" and r.has("sg") for r in prev.readings)


def _foreign_surname(t: Tok) -> bool:
    """A word that ends as foreign surnames do ("Pieskow", "Tkaczenko", "Marić": surname_endings.txt)."""
    return any(t.text.endswith(e) for e in lexicon_set("surname_endings.txt"))


def located_in(toks: list[Tok], a: int, b: int) -> bool:
    """One capitalised word in the locative right after "w"/"we" names where something is or happens (a
    town, a body, a mine), never a person, whom Polish puts "u" or "przy", not "w": "zakład w Chrzanowie",
    "w Piaście" (a mine), "w Sławomierzu" (a town named like a first name)."""
    return b - a == 1 and a > 0 and toks[a - 1].lower in ("w", "we") and toks[a - 1].sent == toks[a].sent \
        and any(r.pos == "subst" and r.has("loc") for r in toks[a].readings)
