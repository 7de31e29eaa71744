"""Actors, round 15 (#15, second round): invented sentences -> expected names, negatives included.

- an acronym of a common noun names no body, with a case ending after a hyphen or a dash too: a vehicle
  (TIR), a system of refereeing (VAR); a firm whose name only begins with those letters stays;
- an unlisted acronym and its own name (unknown to the dictionary, or a geographic name only) is one body.
"""
import pytest

from newslens import nlp
from newslens.extract.actors import extract_actors


def _names(text):
    return {a.name for a in extract_actors(nlp.analyze(text))}


COMMON_ACRONYMS = [
    ("Na przejściu w Koroszczynie stało wczoraj kilkadziesiąt TIR–ów.", {"Koroszczyn"}),
    ("Kierowca TIR-a zasnął za kierownicą pod Kutnem.", {"Kutno"}),
    ("Sędzia Marciniak obejrzał sytuację na VAR-ze i odwołał karnego.", {"Marciniak"}),
    ("Po analizie VAR-u bramka nie została uznana, a VAR znów był w centrum uwagi.", set()),
]

FIRMS = [  # a firm whose name opens with those letters is a firm
    ("Spółka Varta ogłosiła zwolnienia, a Tiran Logistics przejął jej magazyny.", {"Varta", "Tiran Logistics"}),
]


@pytest.mark.parametrize("text,want", COMMON_ACRONYMS)
def test_common_acronym_names_no_body(text, want):
    assert _names(text) == want


@pytest.mark.parametrize("text,want", FIRMS)
def test_firm_stays(text, want):
    assert want <= _names(text)


# an unlisted acronym (a firm's common name) and then its own name, a word the dictionary does not know or
# a geographic name only and no town, is one body; a listed acronym's holder stays a person, an acronym's
# city stays apart from it
OWN_NAMES = [
    ("Protestują związkowcy z PG Silesia, a zarząd PG Silesia milczy.", "PG Silesia"),
    ("W zakładzie należącym do PGK Ekowod trwa kontrola.", "PGK Ekowod"),
    ("Spółka ZWiK Wodrex podniosła ceny wody.", "ZWiK Wodrex"),
    ("Od lipca PKS Trawelko zawiesza kursy do trzech wsi.", "PKS Trawelko"),
]

HOLDERS = [  # a listed acronym, then a person; an acronym with a town
    ("Szef NATO Rutte przyjechał do Wilna.", {"NATO", "Rutte"}),
    ("Prezes PZU Jan Grzebyk odwołał spotkanie.", {"PZU", "Jan Grzebyk"}),
    ("Bilety w MPK Łódź zdrożeją od stycznia.", {"MPK"}),
    ("Od lipca PKS Podhale zawiesza kursy do trzech wsi.", {"PKS"}),  # a place in the nominative: as MPK Łódź
]


@pytest.mark.parametrize("text,want", OWN_NAMES)
def test_acronym_and_own_name_one_body(text, want):
    got = {a.name: a.type for a in extract_actors(nlp.analyze(text))}
    assert got.get(want) == "organization"
    assert not {n for n in got if n != want and n in want.split()}


@pytest.mark.parametrize("text,want", HOLDERS)
def test_listed_acronym_then_person(text, want):
    assert want <= _names(text)


# an office held by one person (a body named by a role noun) written right before its holder is the holder's
# role: its other mentions name the holder; named with no holder, it stays an organisation
HELD = [
    ("Apel poparł Rzecznik Praw Obywatelskich Jan Borek. RPO napisał do premiera.",
     "Jan Borek", {"Rzecznik Praw Obywatelskich", "RPO"}),
    ("Oświadczenie wydał Rzecznik Praw Dziecka Adam Wicher.", "Adam Wicher", {"Rzecznik Praw Dziecka"}),
    ("Jako Rzecznik Praw Pacjenta nie mogę milczeć - mówi Rzecznik Praw Pacjenta Ewa Kruk.",
     "Ewa Kruk", {"Rzecznik Praw Pacjenta"}),
]

NOT_HELD = [  # no holder named right after the office; a body in a role's complement
    ("Sprawa trafi do Rzecznika Praw Obywatelskich.", "Rzecznik Praw Obywatelskich"),
    ("Rzecznik Kremla Dmitrij Pieskow zaprzeczył. Kreml milczy.", "Kreml"),
]


@pytest.mark.parametrize("text,holder,office", HELD)
def test_office_named_before_its_holder(text, holder, office):
    got = {a.name: a for a in extract_actors(nlp.analyze(text))}
    assert holder in got and got[holder].type == "person"
    assert not office & set(got)
    assert office <= set(got[holder].aliases)


@pytest.mark.parametrize("text,want", NOT_HELD)
def test_office_without_holder_stays(text, want):
    got = {a.name: a.type for a in extract_actors(nlp.analyze(text))}
    assert got.get(want) == "organization"


# a street or square named by its head noun and an agreeing adjective is a location, no actor (GUIDELINES);
# a listed outlet named with such a noun stays, and so do regions and towns named with an adjective
STREETS = [
    ("Kupcy z Głównego Rynku w Kaliszu protestują.", {"Kalisz"}),
    ("Policja zatrzymała 20 osób na Krakowskim Przedmieściu.", set()),
    ("Demonstranci przeszli z Placu Zamkowego przez Stary Rynek.", set()),
    ("Manifestacja przeszła Alejami Jerozolimskimi.", set()),
]

NOT_STREETS = [
    ("Portal Rynek Kolejowy pisze, że strajk na Dolnym Śląsku trwa.", {"Rynek Kolejowy", "Dolny Śląsk"}),
    ("Protest odbył się w Zielonej Górze.", {"Zielona Góra"}),
]


@pytest.mark.parametrize("text,want", STREETS)
def test_street_is_no_actor(text, want):
    assert _names(text) == want


@pytest.mark.parametrize("text,want", NOT_STREETS)
def test_places_and_outlets_stay(text, want):
    assert want <= _names(text)


# a capitalised common word after a layout mark the sentence splitter leaves inside a sentence (a numbered
# list's item, a bracketed cut in a quotation) opens a sentence: no name; a name there stays
MARKS = [
    ("Protestujący żądają:\n1. Renta socjalna ma wzrosnąć.\n2. Rząd ma przygotować ustawę.", set()),
    ("– Nie mamy już siły. (…) Jak nic się nie zmieni, wyjdziemy na ulice – mówi Jan Bór.", {"Jan Bór"}),
    ("– Nie mamy już siły. [...] Jak nic się nie zmieni, wyjdziemy na ulice.", set()),
]

MARKED_NAMES = [
    ("Plan na rok:\n1. Ministerstwo Zdrowia przygotuje ustawę.\n2. Sejm ją uchwali.", {"Ministerstwo Zdrowia", "Sejm"}),
    ("– Rozmawiałem z nim. (…) Tusk obiecał pomoc.", {"Tusk"}),
]


@pytest.mark.parametrize("text,want", MARKS)
def test_common_word_after_layout_mark(text, want):
    assert _names(text) == want


@pytest.mark.parametrize("text,want", MARKED_NAMES)
def test_name_after_layout_mark_stays(text, want):
    assert want <= _names(text)


# a page cut inside its last sentence: the last word completes a name begun before it (a surname after a known
# first name, a firm's own name after a workplace's noun and its adjectives) and is kept; a cut after a role or
# a body's name still names no one (test_actors_round9's rows)
_LEAD = "Tomasz Wilk wygrał etap.\n\n"
CUT_NAMES = [
    (_LEAD + "Jak zaznaczyła wtedy rzeczniczka spółki JSW Katarzyna Jabło", "Katarzyna Jabło", "person"),
    (_LEAD + "Oferty zostaną ocenione w marcu. Sprzedaż udziałów spółki zależnej Cargotor", "Cargotor", "organization"),
    (_LEAD + "Po meczu z dziennikarzami rozmawiał kapitan drużyny Marek Sobczyk", "Marek Sobczyk", "person"),
]

CUT_FRAGMENTS = [
    (_LEAD + "Jak przekazał wtedy rzecznik komendy miejskiej policji Sylwes", "Sylwes"),
    (_LEAD + "Tym składem drużyna raczej nie wyjdzie już na boisko Sport Med", "Sport Med"),
]


@pytest.mark.parametrize("text,name,typ", CUT_NAMES)
def test_cut_page_last_word_completes_a_name(text, name, typ):
    got = {a.name: a.type for a in extract_actors(nlp.analyze(text))}
    assert got.get(name) == typ


@pytest.mark.parametrize("text,absent", CUT_FRAGMENTS)
def test_cut_page_fragment_names_no_one(text, absent):
    assert absent not in _names(text)


def test_cut_page_last_word_that_begins_a_longer_word_of_the_text():
    text = _LEAD + "Firma Master wywozi odpady. Paliwo spalono w instalacji należącej do gminnej spółki Mast"
    assert "Mast" not in _names(text)
