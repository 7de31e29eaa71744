"""Where a capitalised run ends (``actors.find_mentions`` reads the run from its first word): what a
name spans (an institution's seat, "do Spraw", a genitive acronym, a club's city, a person's particles,
a double surname) and where two names side by side part. Split from ``actors.py`` verbatim."""
from __future__ import annotations

from ..lexicon import context_types, lexicon_set
from .actor_quoted import acronym_quoted_end
from .actor_types import organisation_word
from .actor_words import (adjective_before_institution, agreeing_adjective, city_after, club_prefix, club_with_city,
                          context_type, dash_joined, descriptive_head, foreign_body_end, gaz_match, guessed_adjective_of, is_acronym,
                          is_first_name, is_institution, is_unit_noun, listed_place_as_adjective,
                          listed_word_as_adjective, office_name, particle_name, person_quals, place_preps,
                          proper_noun, second_person, surname_like_place)
from .roles import is_role as _is_role
from ..nlp import CASES, DASHES, GENDERS, Text, Tok


def run_end(text: Text, i: int) -> int:
    """One past the last token of the capitalised run starting at ``i``.

    A run spans title-case words separated by single spaces; an institution's run also spans
    ``w <Miejsce>``, ``i <Nazwa>`` and a country in the genitive; lower-case name particles
    (``von der``) join a person's name. Acronyms stand alone ("JSW Tomasz Siemieniec"), and a
    first name after non-person words starts a new run ("spółki Gdańskie Wody Piotrowi …").
    """
    toks = text.toks
    sent = toks[i].sent
    institution = is_institution(toks[i]) or adjective_before_institution(toks, i) or descriptive_head(text, i) \
        or office_name(toks, i)
    outlet = context_types().get(toks[i].lemma.lower()) == "media" and not toks[i].sent_start
    # an unknown word the word before types as a body ("w firmie Agros-Nova Piotr Szymczak") is no
    # person's first word: a first name after it starts a name of its own
    typed = i > 0 and toks[i - 1].sent == sent and context_type(toks[i - 1]) in ("organization", "media", "place")
    personal = is_first_name(toks[i]) or (toks[i].guessed and not typed)
    complement = i > 0 and toks[i - 1].sent == sent and _is_role(toks[i - 1])  # "Rzeczniczka Polregio Anna Kuc"
    # "szef związku w Bogdance Krzysztof Stasiak": an unknown place after a preposition, then a person
    located = i > 0 and toks[i - 1].sent == sent and place_preps().get(toks[i - 1].lower, False)
    particles = lexicon_set("name_particles.txt")
    workplace = any(r.pos == "subst" and r.lemma.lower() in lexicon_set("workplace_heads.txt") for r in toks[i].readings)

    def spaced(k: int) -> bool:
        return text.text[toks[k - 1].end:toks[k].idx] == " "

    def title(k: int) -> bool:
        return k < len(toks) and toks[k].sent == sent and toks[k].is_title and toks[k].is_word and spaced(k)

    foreign = foreign_body_end(toks, i)
    if foreign:
        return foreign  # "Greckie MSZ", "Tureckie Ministerstwo Spraw Zagranicznych": another country's body
    club = club_prefix(toks[i]) and title(i + 1) and not is_first_name(toks[i + 1])
    own_name = False
    if is_acronym(toks[i]) and not club and city_after(toks, i + 1) and title(i + 1):
        return i + 2  # "MPK Łódź", "MZK Gorzów": an acronym with its city in the nominative
    if is_acronym(toks[i]) and not club and title(i + 1) and title(i + 2) and is_institution(toks[i + 1]) \
            and not is_acronym(toks[i + 1]) and agreeing_adjective(toks[i + 2], toks[i + 1]):
        k = i + 3  # "ING Banku Śląskiego": an acronym naming a body with its head noun and adjectives
        while title(k) and agreeing_adjective(toks[k], toks[i + 1]):
            k += 1
        return k
    quoted = None if club else acronym_quoted_end(text, i)
    if quoted:
        return quoted  # "NSZZ Rolników Indywidualnych „Solidarność”": an acronym, words, a quoted own name
    if is_acronym(toks[i]) and not club and own_name_after_acronym(toks, i) and title(i + 1):
        return i + 2  # "PG Silesia", "PKS Nadpilica": an unlisted acronym and its own name, one body
    if is_acronym(toks[i]) and not (title(i + 1) and is_acronym(toks[i + 1])) and not club:
        return i + 1
    if not institution and title(i + 1) and any("nazwa_organizacji" in r.quals for r in toks[i].readings) \
            and not any(r.has("nom") for r in toks[i].readings):
        return i + 1  # "biura politycznego Hamasu Osama Hamdan": an organisation in the genitive, then a person
    j = i + 1
    while j < len(toks) and toks[j].sent == sent:
        t = toks[j]
        if title(j) and j == i + 1 and office_name(toks, i):
            j += 1  # "Komisarz Wyborczy", "Prokurator Krajowy": the office's adjective, listed or not
            continue
        if title(j):
            if personal and second_person(toks, i, j):
                break  # "premiera Adama Wolskiego Tomasz Gajda": a genitive name, then the subject's
            if personal and len(t.text) == 2 and t.text[1] == "." and t.text[0].isupper():
                return j + 1  # "Andrzeja W. Wyrok …": a surname's initial ends the name
            if (institution or any(is_unit_noun(x) for x in toks[i:j])) and is_acronym(t) \
                    and not all(is_acronym(x) for x in toks[i:j]):
                # "Rada UE", "Departament Stanu USA", "Oddziału Wojewódzkiego NFZ": an acronym in the
                # genitive ends the name, with the seat of a body's unit ("Oddział ZNP we Wrocławiu")
                k = j + 1
                if title(k) and is_acronym(toks[k]) and not title(k + 1) \
                        and (gaz_match(toks, k) or (0, "", ""))[2] == "organization":
                    k += 1  # "Federacji ZZG JSW": the body's acronym, then its listed parent's
                if any(is_unit_noun(x) for x in toks[i:j]) and k + 1 < len(toks) and toks[k].lower in ("w", "we") \
                        and spaced(k) and title(k + 1) and not is_acronym(toks[k + 1]):
                    k += 2
                    while title(k) and not is_acronym(toks[k]) and not is_first_name(toks[k]):
                        k += 1
                return k
            if t.text in lexicon_set("club_suffixes.txt") and not title(j + 1):
                return j + 1  # "Charlotte FC", "Inter Miami CF": a club's name ends with its suffix
            if (is_acronym(t) and not all(is_acronym(x) for x in toks[i:j])) \
                    or (is_first_name(t) and not (personal and (is_first_name(toks[i]) or not complement)
                                                   and not (j == i + 1 and located))
                        and not (outlet and j == i + 1) and (personal or title(j + 1))
                        and not (j == i + 1 and not personal and agreeing_adjective(toks[i], t))) \
                    or (institution and t.guessed and not guessed_adjective_of(toks[j - 1], t)
                        and (title(j + 1) or not _company_head(toks, i, j))):
                break  # "Rzeczniczka Polregio Anna Kuc": a known first name starts a person's name
            # "Zakłady Metalowe Wiertex", "Zakładów Chemicznych Rokitnica": a firm's own name (a word the
            # dictionary does not know, or a proper noun after a workplace's common name)
            own_name = own_name or (institution and (t.guessed or (workplace and proper_noun(t))))
            listed = gaz_match(toks, j)
            if listed and listed[2] == "place" and is_acronym(t) and all(is_acronym(x) for x in toks[i:j]):
                return j + 1  # "ZZK RP": a country's acronym after an organisation's is part of its name
            city = city_after(toks, j, listed_only=institution)  # "Stowarzyszenie Kibiców Sokół 1946"
            if club and city and not title(j + 1):
                return j + 1  # "MKS Sokół Ostrołęka": the club's city in the nominative ends its name
            if city and club_with_city(toks, j, listed_only=institution):
                # "Legii Warszawa", "z Pogonią Szczecin": an inflected name with its city in the nominative,
                # its adjective too ("Podlaskiego Cukru Sokółka"); "Zarząd" before it is no part of it
                whole = j - 1 == i or (j - 2 >= i and agreeing_adjective(toks[j - 2], toks[j - 1])) or (
                    institution and j - 1 - i >= 2 and toks[i].lemma.lower() not in lexicon_set("organ_nouns.txt"))
                # ("Stowarzyszenie Kibiców Legii Warszawa": the club is the association's complement)
                return j + 1 if whole else j - 1
            if listed_place_as_adjective(toks, j, listed) or (institution and listed_word_as_adjective(toks, j, listed)):
                j += 1  # "Izba Gospodarcza Ciepłownictwo Polskie": an adjective of the name, not the country
                continue
            if listed and institution and listed[2] == "organization" and j - i >= 2 \
                    and any(r.has("gen") for r in t.readings) and listed[0] > j:
                j = listed[0]  # "Rada Krajowa Polski 2050": an organ named with its organisation
                continue
            if listed and j - i == 1 and listed[0] == j + 1 and not is_acronym(t) and agreeing_adjective(toks[i], t) \
                    and not any(r.pos == "subst" for r in toks[i].readings) and title(j + 1):
                j += 1  # "Krajowa Unia Producentów Soków": a listed word as the head of a longer name after its adjective
                continue
            if listed and listed[2] == "place" and listed[0] == j + 1 and t.text in lexicon_set("branch_countries.txt") \
                    and all(x.guessed and not is_first_name(x) for x in toks[i:j]):
                return j + 1  # "Agrotech Polska", "Nordhavn Logistics Polska": a firm's national company
            # "Rady Miasta Lublin": a town in the nominative after a unit noun in the genitive names the unit
            unit = institution and listed and listed[2] == "place" and toks[j - 1].lemma.lower() in ("miasto", "gmina")
            if listed and listed[2] == "place" and listed[0] == j + 1 and j == i + 1 and surname_like_place(toks, i) \
                    and not title(j + 1):
                return j + 1  # "minister klimatu Annę Moskwę": a surname that is also a city's name
            if listed and listed[2] == "place" and listed[0] == j + 1 and j == i + 1 and t.text == listed[1] \
                    and organisation_word(toks[i]) and not title(j + 1):
                return j + 1  # "Polonia Warszawa": a word only ever part of a body's name, then its city
            if listed and not outlet and not club and not unit \
                    and not (institution and t.case() & {"gen"} and listed[2] == "place"):
                break  # but "Radio Lublin", "Radiem Elka": an outlet's name may hold a place or a first name
            if outlet and j == i + 1 and listed and listed[2] == "place" and listed[0] == j + 1:
                return j + 1  # "z Radiem Wrocław Hajduk dodał": the outlet's city ends its name
            j += 1
            continue
        territorial = ((j - i == 2 and any(r.pos == "adj" for r in toks[i + 1].readings))
                       or any(r.lemma.lower() in lexicon_set("territorial_words.txt") for x in toks[i:j] for r in x.readings)) \
            and (gaz_match(toks, i) or (None,))[0] != j  # a listed body is one of a kind: "Parlament Europejski w Strasburgu"
        after = toks[j + 1] if j + 1 < len(toks) and toks[j + 1].sent == sent else None
        if institution and spaced(j) and t.text.isdigit() and len(t.text) == 4 and toks[j - 1].is_title \
                and (after is None or after.lower not in ("r", "roku", "rok", "r.")) and after is not None \
                and after.text not in DASHES + "-/":
            j += 1  # "Stowarzyszenie Kibiców Sokół 1946": a founding year in the name
            continue
        if t.lower == "nad" and j == i + 1 and spaced(j) and title(j + 1) \
                and any("nazwa_geograficzna" in r.quals for r in toks[i].readings) \
                and any("nazwa_geograficzna" in r.quals and r.has("inst") for r in toks[j + 1].readings):
            return j + 2  # "w Nakle nad Notecią", "Kostrzyn nad Odrą": a town named with its river (not "pod")
        if t.lower == "dla" and spaced(j) and title(j + 1) and i > 0 and toks[i - 1].sent == sent \
                and not toks[i - 1].is_title and toks[i - 1].lemma.lower() in lexicon_set("club_name_nouns.txt"):
            j += 2  # "z klubu Wspólnie dla Powiatu", "klubu Koalicja dla Miasta": a council club's own name
            continue
        if t.lower == "dla" and j == i + 1 and spaced(j) and title(j + 1) and not is_first_name(toks[j + 1]) \
                and toks[i].lemma.lower() in lexicon_set("club_name_nouns.txt"):
            j += 2  # "zarzuty Koalicji dla Miasta": the club's noun opens its own name
            continue
        if institution and t.lower == "dla" and spaced(j) and title(j + 1) and any(
                r.has("gen") and ("nazwa_geograficzna" in r.quals or (gaz_match(toks, j + 1) or (0, "", ""))[2] == "place")
                for r in toks[j + 1].readings):
            j += 2  # "Sąd Rejonowy dla Warszawy-Mokotowa", "Sąd Okręgowy dla Łodzi": the body's district
            continue
        if institution and spaced(j) and t.lower == "nr" and after is not None and after.text.isdigit() \
                and text.text[t.end:after.idx] == " ":
            j += 2  # "Gimnazjum nr 2"
            continue
        if institution and t.lower in ("do", "ds.") and title(j + 1) and spaced(j) \
                and (t.lower == "ds." or "sprawa" in toks[j + 1].lemmas()):
            j += 2  # "Rada do Spraw Kontynentalnych", "Komisja ds. Licencji Klubowych"
            continue
        if institution and ((t.lower in ("w", "we", "na") and territorial and not own_name) or t.lower == "i") and title(j + 1) \
                and spaced(j) and not is_acronym(toks[j + 1]) and (t.lower != "i" or not (
                    is_first_name(toks[j + 1]) or is_institution(toks[j + 1])
                    or adjective_before_institution(toks, j + 1) or _second_name(toks, j + 1))):
            # "… Lekarzy i Naczelna Rada Lekarska", "Urząd Wojewódzki i Wody Polskie": two names
            j += 2
            continue
        k = j
        # "Szynkowski vel Sęk": a surname, a particle and a name, the sentence's first words too
        named = personal or "nazwisko" in person_quals(toks[j - 1])
        while named and k < len(toks) and toks[k].lower in particles and spaced(k):
            k += 1
        if k > j and title(k):  # "Ursula von der Leyen"
            j = k + 1
            continue
        if personal and spaced(j) and particle_name(t):  # "Abd ar-Rahman", "Madżid al-Ansari"
            j += 1
            continue
        if dash_joined(text, j):  # "Paulina Hennig–Kloska": a double surname written with a dash
            j += 2
            continue
        break
    return j


def own_name_after_acronym(toks: list[Tok], i: int) -> bool:
    """An acronym no list knows, then one capitalised word that is no common noun, no person's name and
    no town (a word the dictionary does not know, or a geographic name only), the name ending there: one
    body's name ("w PG Silesia", "PKS Nadpilica"). A listed acronym stays apart: the word after it is its
    holder or another name ("szef NATO Rutte"); so does an acronym with its city ("MPK Łódź")."""
    k = i + 1
    if not is_acronym(toks[i]) or k >= len(toks) or toks[k].sent != toks[i].sent or gaz_match(toks, i) \
            or is_acronym(toks[k]) or gaz_match(toks, k) or city_after(toks, k):
        return False
    t = toks[k]
    nxt = toks[k + 1] if k + 1 < len(toks) and toks[k + 1].sent == t.sent else None
    return t.is_title and t.is_word and bool(t.readings) and not is_first_name(t) \
        and all(r.pos == "ign" or (r.pos == "subst" and tuple(r.quals) == ("nazwa_geograficzna",)) for r in t.readings) \
        and not (nxt is not None and nxt.is_title and nxt.is_word)


def _company_head(toks: list[Tok], i: int, j: int) -> bool:
    """The institution's words ``i:j`` are a workplace's common name in the nominative, its own name to
    follow ("Zakłady Metalowe Wiertex", "Spółdzielnia Mieszkaniowa Piast"; workplace_heads.txt)."""
    heads = lexicon_set("workplace_heads.txt")
    return any(r.pos == "subst" and r.has("nom") and r.lemma.lower() in heads for r in toks[i].readings) \
        and all(agreeing_adjective(t, toks[i]) for t in toks[i + 1:j])


def _second_name(toks: list[Tok], k: int) -> bool:
    """The capitalised words after an "i" inside an institution's run open a name of their own: an
    adjective and a noun agreeing only outside the genitive ("Urząd Wojewódzki i Wody Polskie",
    "Związek Zawodowy Kolejarzy i Krajowa Sekcja Kolejarzy"), where a name's own coordinated
    complement is a genitive ("Ministerstwo Rodziny i Polityki Społecznej", "Instytut Meteorologii i
    Gospodarki Wodnej") or a lone word ("Personelu Pokładowego i Lotniczego")."""
    if k + 1 >= len(toks) or toks[k + 1].sent != toks[k].sent or not (toks[k + 1].is_title and toks[k + 1].is_word):
        return False
    a, b = toks[k], toks[k + 1]
    cases = set()
    for adj, noun in ((a, b), (b, a)):
        for x in adj.readings:
            for n in noun.readings:
                if x.pos == "adj" and n.pos == "subst" and n.lemma[:1].islower() \
                        and any(x.has(v) and n.has(v) for v in ("sg", "pl")) \
                        and any(x.has(g) and n.has(g) for g in GENDERS):
                    cases |= {c for c in CASES if x.has(c) and n.has(c)}
    return bool(cases) and "gen" not in cases
