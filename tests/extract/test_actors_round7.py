"""Actors, round 7 (issue 15): invented sentences -> expected (name, type), negatives included."""
import pytest

from newslens import nlp
from newslens.extract.actors import extract_actors


def _by_name(text):
    return {a.name: a for a in extract_actors(nlp.analyze(text))}


def names(text):
    return set(_by_name(text))


# a company's legal form ends its name and belongs to it; no actor "SA" of its own
LEGAL_FORMS = [
    ("Producent mebli Drewmax SA zwolni stu pracowników.", "Drewmax SA"),
    ("Do zarzutów odniosła się Kolejka sp. z o.o., która prowadzi przewozy.", "Kolejka sp. z o.o."),
    ("Zarząd spółki Bałtyk Trans S.A. nie komentuje sprawy.", "Bałtyk Trans S.A."),
    ("Prezes Ekstraklasy SA zapowiedział zmiany.", "Ekstraklasa SA"),
]
LEGAL_NEGATIVES = [
    # no legal form: the name stays as it is, "SA" after a sentence is no part of a name
    ("Producent mebli Drewmax zwolni stu pracowników.", {"Drewmax"}, {"Drewmax SA"}),
    # an acronym of its own after a comma is a second actor
    ("Kontrolę prowadzi Drewmax, SA odmówiła komentarza.", {"Drewmax"}, {"Drewmax SA"}),
]


@pytest.mark.parametrize("text,name", LEGAL_FORMS)
def test_legal_form_belongs_to_the_company(text, name):
    found = _by_name(text)
    assert name in found and found[name].type == "organization"
    assert not {"SA", "S.A."} & set(found)


@pytest.mark.parametrize("text,present,absent", LEGAL_NEGATIVES)
def test_no_legal_form_no_extension(text, present, absent):
    found = names(text)
    assert present <= found and not absent & found


def test_the_company_without_its_legal_form_joins_it():
    found = _by_name("Spółka Drewmax SA zwolni stu pracowników. Drewmax nie komentuje decyzji.")
    assert "Drewmax SA" in found and "Drewmax" not in found


# a country's name in the nominative after a firm's unknown name names its national company
BRANCHES = [
    ("Fatalne wieści z Kalisza. Brixtel Polska wycofał się ze sponsorowania klubu.", "Brixtel Polska"),
    ("Spółką kieruje prezes zarządu Vendrik Systems Polska Jan Nowak.", "Vendrik Systems Polska"),
]
BRANCH_NEGATIVES = [
    # a known word before the country: the country is an actor of its own
    ("Rząd ogłosił, że Polska nie zgodzi się na te warunki.", {"Polska"}),
    # the country in another case is no part of the firm's name
    ("Brixtel Polski nie zostawi bez pomocy.", {"Brixtel"}),
]


@pytest.mark.parametrize("text,name", BRANCHES)
def test_a_firms_national_company(text, name):
    found = _by_name(text)
    assert name in found and found[name].type == "organization" and "Polska" not in found


@pytest.mark.parametrize("text,present", BRANCH_NEGATIVES)
def test_country_stays_a_place(text, present):
    assert present <= names(text)


# a place's name is the lemma of its geographic reading (plural-only towns), not a surname of that form
PLACES = [
    ("Lotnisko w Szymanach stoi puste od jesieni.", "Szymany"),
    ("Turyści z Mikołajek narzekają na ceny.", "Mikołajki"),
    ("Mieszkańcy Ząbek protestowali przed urzędem.", "Ząbki"),
]
PLACE_NEGATIVES = [
    # a person of that surname stays a person
    ("Andrzej Szyman zapowiedział zmiany. Szyman nie chciał mówić więcej.", {"Andrzej Szyman"}, {"Szymany"}),
    # a town with one geographic reading is unchanged
    ("Radni z Kielc spotkali się w Krakowie.", {"Kielce", "Kraków"}, set()),
]


@pytest.mark.parametrize("text,name", PLACES)
def test_plural_only_town_in_the_nominative(text, name):
    found = _by_name(text)
    assert name in found and found[name].type == "place"


@pytest.mark.parametrize("text,present,absent", PLACE_NEGATIVES)
def test_geographic_reading_does_not_touch_people(text, present, absent):
    found = names(text)
    assert present <= found and not absent & found


# a surname the dictionary knows in the nominative only is also a man's surname in an oblique case
# when the text gives that surname on its own ("Gustawa Marka Brzezina" beside "Brzezin" -> Brzezin);
# two first names then a surname are a person
SURNAMES = [
    ("Pismo do wojewody Jana Marka Brzezina trafiło wczoraj. Brzezin odpowie w piątek.", "Jan Marek Brzezin"),
    ("Wojewoda Jan Marek Brzezin odpowiedział na list. Wcześniej list do Jana Marka Brzezina wysłali radni.",
     "Jan Marek Brzezin"),
]
SURNAME_NEGATIVES = [
    # the nominative stays what it is, for a man and for a woman
    ("Pismo podpisał Marek Brzezina. Wczoraj Marka Brzezinę przesłuchano.", "Marek Brzezina"),
    ("Anna Brzezina zabrała głos. Z Anną Brzeziną rozmawiał wójt.", "Anna Brzezina"),
    # no evidence in the text: the dictionary's surname stays
    ("Pismo do wojewody Jana Marka Brzezina trafiło wczoraj.", "Jan Marek Brzezina"),
]


@pytest.mark.parametrize("text,name", SURNAMES)
def test_oblique_surname_returns_to_its_nominative(text, name):
    found = _by_name(text)
    assert set(found) == {name} and found[name].type == "person"


@pytest.mark.parametrize("text,name", SURNAME_NEGATIVES)
def test_nominative_surname_stays(text, name):
    assert set(names(text)) == {name}


# a hyphenated double surname written as two words is the one person who has it
DOUBLE = [
    ("- mówi Ewa Sowa-Kowal, radna. Jak dodała Sowa Kowal, petycję podpisało stu mieszkańców.",
     "Ewa Sowa-Kowal", "Sowa Kowal"),
]
DOUBLE_NEGATIVES = [
    # a person with one of the two surnames is somebody else
    ("- mówi Ewa Sowa-Kowal, radna. Jak dodał Piotr Kowal, petycję podpisało stu mieszkańców.",
     {"Ewa Sowa-Kowal", "Piotr Kowal"}),
    # two people with the double surname: the two words name neither
    ("Ewa Sowa-Kowal i Jan Sowa-Kowal przyszli razem. Sowa Kowal to znane nazwisko.",
     {"Ewa Sowa-Kowal", "Jan Sowa-Kowal"}),
]


@pytest.mark.parametrize("text,name,form", DOUBLE)
def test_double_surname_in_two_words_merges(text, name, form):
    found = _by_name(text)
    assert name in found and form not in found and form in found[name].aliases


@pytest.mark.parametrize("text,present", DOUBLE_NEGATIVES)
def test_double_surname_negatives(text, present):
    assert present <= names(text)


# exercises, stock indices and holidays are no actors; the noun before "pod nazwą" types the name
NOT_ACTORS = [
    ("Ruszyły ćwiczenia Baltic Shield z udziałem wojsk NATO.", {"NATO"}, {"Baltic Shield"}),
    ("Indeks Kranex Top spadł o 2 proc., a Orlen zyskał.", {"Orlen"}, {"Kranex Top"}),
    ("Jeśli wojewoda nie odpowie do Wielkanocy, protestujący zablokują drogę.", set(), {"Wielkanoc"}),
    ("Potem ruszy kolejna część manewrów pod nazwą Tarcza-25, w której weźmie udział wojsko.", set(), {"Tarcza-25"}),
]
NOT_ACTOR_NEGATIVES = [
    # the noun after the exercise names the body that holds it: an actor
    ("Ćwiczenia prowadzi Dowództwo Operacyjne.", {"Dowództwo Operacyjne"}),
    # a firm "o nazwie X" is a firm
    ("Kontrakt dostała firma o nazwie Brixtel, która działa od roku.", {"Brixtel"}),
]


@pytest.mark.parametrize("text,present,absent", NOT_ACTORS)
def test_events_and_indices_are_no_actors(text, present, absent):
    found = names(text)
    assert present <= found and not absent & found


@pytest.mark.parametrize("text,present", NOT_ACTOR_NEGATIVES)
def test_named_bodies_stay(text, present):
    assert present <= names(text)


# teasers of videos and other articles are layout lines: no actors come from them
TEASERS = [
    "Premier spotkał się z rolnikami.\n\nOGLĄDAJ TAKŻE: Tłumy na granicy w Kaliszu. Relacja reportera\n\nRolnicy wyjechali.",
    "Premier spotkał się z rolnikami.\n\nWIDEO: Jak wygląda Bogatynia po sporze o Turów\n\nRolnicy wyjechali.",
    "Premier spotkał się z rolnikami.\n\nSPRAWDŹ: Ceny jabłek w Grójcu. Jest gorzej niż przed rokiem\n\nRolnicy wyjechali.",
]


@pytest.mark.parametrize("text", TEASERS)
def test_teaser_lines_name_no_actors(text):
    assert not names(text) & {"TAKŻE", "Kalisz", "Bogatynia", "Turów", "Grójec"}


def test_a_sentence_opening_with_the_verb_is_text():
    assert "Kalisz" in names("Premier spotkał się z rolnikami.\n\nSprawdź, jak wygląda Kalisz po powodzi.")


def test_a_handball_clubs_acronym_opens_its_name_and_its_short_form_joins():
    found = _by_name("Zawodnicy SPR Stal Mielec nie dostali pensji. Stal nie zagra w lidze, a prezes Stali milczy.")
    assert "SPR Stal Mielec" in found and not {"SPR", "Stal"} & set(found)


# a quoted foreign title keeps its lower-case particles
TITLES = [
    ('Rząd jest gotowy rozmawiać, jak podaje "Voice of Kyiv", ale nie od razu.', "Voice of Kyiv"),
    ("Ministrowie spotkali się w Rzymie, jak podaje „Gazzetta della Sera”.", "Gazzetta della Sera"),
]


@pytest.mark.parametrize("text,name", TITLES)
def test_quoted_title_with_particles(text, name):
    found = _by_name(text)
    assert name in found and found[name].type == "media"


def test_a_quoted_phrase_in_lower_case_is_no_title():
    # a lower-case word not followed by a capitalised one ends no title: no outlet
    found = names('Rząd jest gotowy rozmawiać, jak podaje "Voice of victims", ale nie od razu.')
    assert not any(n.startswith("Voice of") for n in found)


# a run of unknown words holding a firm's word is a company; a mine named by its own name is one
COMPANIES = [
    ("Z lotniska nie polecą już samoloty Nortek Air do Oslo.", "Nortek Air"),
    ("Terminal należy do duńskiej grupy Kestrup Logistics, a jego polską spółką kieruje Jan Nowak.", "Kestrup Logistics"),
    ("Górnicy z kopalni Bogdanów protestują przed cechownią.", "Bogdanów"),
]
COMPANY_NEGATIVES = [
    # a first name, then a surname: a person even beside a firm's word
    ("Głos zabrał Jan Capital, prezes klubu.", "Jan Capital", "person"),
]


@pytest.mark.parametrize("text,name", COMPANIES)
def test_company_words_and_mines_type_an_organisation(text, name):
    found = _by_name(text)
    assert name in found and found[name].type == "organization"


@pytest.mark.parametrize("text,name,typ", COMPANY_NEGATIVES)
def test_company_word_after_a_first_name(text, name, typ):
    found = _by_name(text)
    assert name in found and found[name].type == typ


def test_a_parent_named_before_its_national_company_stays_apart():
    # the brief's negative: two organisations sharing words do not merge
    found = _by_name("Terminal należy do grupy Kestrup Logistics, a jego polską spółką kieruje prezes "
                     "zarządu Kestrup Logistics Polska Jan Nowak.")
    assert {"Kestrup Logistics", "Kestrup Logistics Polska"} <= set(found)


def test_the_national_company_then_its_short_name_is_one():
    found = _by_name("Brixtel Polska wycofał się ze sponsorowania klubu. Brixtel nie podał powodów.")
    assert "Brixtel Polska" in found and "Brixtel" not in found


# a school board (kuratorium) exists in every region: it is named with its seat
SEATS = [
    ("Petycję wysłano do Kuratorium Oświaty w Rzeszowie. Kuratorium Oświaty w Rzeszowie odpowiedziało.",
     "Kuratorium Oświaty w Rzeszowie"),
]


@pytest.mark.parametrize("text,name", SEATS)
def test_regional_body_with_its_seat(text, name):
    found = _by_name(text)
    assert name in found and "Rzeszów" not in found


def test_a_ministry_in_the_capital_is_not_named_with_it():
    found = names("Rodzice protestowali przed Ministerstwem Edukacji w Warszawie.")
    assert "Ministerstwo Edukacji" in found and "Warszawa" in found


# a plural common noun opening a list of names types every name in it
LISTS = [
    ("Wydobycie spadło w kopalniach Bogdanów, Sobieski i Knurów-Szczygłowice.",
     {"Bogdanów": "organization", "Sobieski": "organization", "Knurów-Szczygłowice": "organization"}),
]
LIST_NEGATIVES = [
    # a singular noun types only its own name: the next name is what it is
    ("Wydobycie spadło w kopalni Bogdanów, a Jan Sobieski zabrał głos.", {"Bogdanów": "organization",
                                                                         "Jan Sobieski": "person"}),
]


@pytest.mark.parametrize("text,types", LISTS + LIST_NEGATIVES)
def test_list_after_a_plural_noun(text, types):
    found = _by_name(text)
    assert {n: found[n].type for n in types if n in found} == types


# an office every country has, with a country the gazetteer does not list, in the genitive
OFFICES = [
    ("Rzecznik MSZ Kataru Madżid al-Ansari powiedział, że rozmowy trwają.", {"MSZ Kataru", "Madżid al-Ansari"}),
]
OFFICE_NEGATIVES = [
    # a person's surname after the office is no place
    ("Rzecznik MSZ Paweł Wroński powiedział, że rozmowy trwają.", {"MSZ", "Paweł Wroński"}),
    # a first name with a geographic genitive reading too ("Jan": Jany) is a first name
    ("Rzecznik MSZ Jan Lis odpisał, że Polska nie zmieni zdania.", {"MSZ", "Jan Lis"}),
]


@pytest.mark.parametrize("text,present", OFFICES + OFFICE_NEGATIVES)
def test_office_with_its_country(text, present):
    assert present <= names(text)
