"""Actors on the invented tests of the real-page probe (docs/real-probe-2026-11-26.md), with negatives."""
import pytest

from newslens import nlp
from newslens.extract.actors import extract_actors


def _by_name(text):
    return {a.name: a for a in extract_actors(nlp.analyze(text))}


# C3: a genitive person's name right before the nominative subject's name is a second actor
ADJACENT = [
    ("Rozmowy w Wiedniu. O roli premiera Czech Pavla Dvoraka Jan Novotny powiedział, że była kluczowa.",
     "Jan Novotny", None),
    ("Spotkanie w Berlinie. Za głównego rywala Klausa Webera Jürgen Hoffmann uważa partię Zielonych.",
     "Jürgen Hoffmann", None),
    ("Po spotkaniu doradca premiera Adama Wolskiego Tomasz Gajda poinformował, że rozmowy trwają.",
     "Tomasz Gajda", "doradca premiera Adama Wolskiego"),
    # real page 07: unknown names, the genitive one with an adjectival oblique ending
    ("Po turze doradca prezydenta Ukrainy Wołodymyra Zełenskiego Mychajło Podolak poinformował, że jest źle.",
     "Mychajło Podolak", "doradca prezydenta Ukrainy Wołodymyra Zełenskiego"),
]


@pytest.mark.parametrize("text,subject,role", ADJACENT)
def test_a_genitive_name_before_the_subject_is_another_person(text, subject, role):
    found = _by_name(text)
    assert subject in found and found[subject].role == role
    people = [a for a in found.values() if a.type == "person"]
    assert len(people) == 2 and all(len(a.name.split()) == 2 for a in people)


def test_an_unknown_genitive_name_gets_its_nominative_and_the_nearest_role():
    found = _by_name("Po turze doradca prezydenta Ukrainy Wołodymyra Zełenskiego Mychajło Podolak poinformował.")
    assert found["Wołodymyr Zełenski"].role == "prezydent Ukrainy"


def test_the_genitive_name_keeps_its_own_nominative_and_role():
    found = _by_name("Po spotkaniu doradca premiera Adama Wolskiego Tomasz Gajda poinformował, że rozmowy trwają.")
    assert found["Adam Wolski"].role == "premier"


@pytest.mark.parametrize("text,name", [
    ("Na sesji przemawiał Jan Maria Rokita, a po nim inni.", "Jan Maria Rokita"),  # a second first name
    ("Karol Wiśniewski, burmistrz Opola, przekazał, że ratusz przygotuje nowy plan.", "Karol Wiśniewski"),
    ("Głos zabrała Anna Maria Wesołowska z Łodzi.", "Anna Maria Wesołowska"),
])
def test_one_persons_name_stays_whole(text, name):
    assert name in _by_name(text)


# the layout engineer's finding: a name stops at the first word of a layout span glued after it
@pytest.mark.parametrize("text", [
    "Minister rolnictwa Czesław Borowik Fot. PAP/Leszek Szymański\n\nBorowik spotkał się z rolnikami w Sejmie.",
    "Na zdjęciu Czesław Borowik Fot. Jan Nowak / Agencja Gazeta\n\nBorowik spotkał się z rolnikami w Sejmie.",
])
def test_a_name_stops_at_a_credit_glued_after_it(text):
    found = _by_name(text)
    assert found["Czesław Borowik"].type == "person"
    assert not any("Fot" in name for name in found)


# the gazetteer engineer's finding: a one-word outlet that is a common noun, opening a sentence
@pytest.mark.parametrize("text", ["Fakt, że rząd milczy, jest znaczący.", "Polityka rządu jest błędna."])
def test_a_common_word_opening_a_sentence_is_no_outlet(text):
    assert _by_name(text) == {}


@pytest.mark.parametrize("text,name", [
    ("Fakt podał, że minister odejdzie.", "Fakt"),  # the subject of a reporting verb
    ("„Polityka” pisze o tym od lat.", "Polityka"),  # in quotation marks
    ("Jak podaje Fakt, minister odejdzie.", "Fakt"),  # not opening the sentence
    ("Sejm przyjął ustawę.", "Sejm"),  # a listed body, no outlet
])
def test_the_outlet_stays_where_it_is_one(text, name):
    assert name in _by_name(text)


# C13: events, holidays, weapons and diseases are no actors
@pytest.mark.parametrize("text", [
    "Na Dzień Matki miasto przygotowało koncert.",
    "Wojsko otrzymało pierwsze baterie Patriot.",
    "Minister mówił o epidemii COVID-19 w szpitalach.",
    "Pacjent zachorował na COVID-19.",
    "Organizatorzy zapowiedzieli Festiwal Muzyki Dawnej.",
])
def test_events_weapons_and_diseases_are_no_actors(text):
    assert _by_name(text) == {}


def test_a_body_named_like_an_event_word_stays():
    found = _by_name("Forum Związków Zawodowych poparło protest, a Konferencja Episkopatu Polski milczała.")
    assert "Forum Związków Zawodowych" in found and "Konferencja Episkopatu Polski" in found


# C16 (N3): one-word names listed among persons are persons when they may be surnames
def test_surnames_listed_among_persons_are_persons():
    found = _by_name("W składzie znaleźli się Skóraś, Piątek, Kozłowski i Zalewski. Trener pochwalił Piątka.")
    assert {n: a.type for n, a in found.items()} == {n: "person" for n in ("Skóraś", "Piątek", "Kozłowski", "Zalewski")}
    assert found["Piątek"].role is None  # "Trener pochwalił": a verb ends the role chain


@pytest.mark.parametrize("text,name,typ", [
    ("Do Warszawy, Krakowa, Piątku i Łodzi pojechał Jan Kowalski.", "Piątek", "place"),  # a list of places
    ("Kopalnie Pniówek, Budryk i Knurów zwolnią ludzi.", "Knurów", "place"),  # one person only
])
def test_a_list_without_two_persons_keeps_its_types(text, name, typ):
    assert _by_name(text)[name].type == typ


# C19: multiword organisation names stay whole
def test_an_adjective_and_a_noun_that_is_also_a_first_name_open_a_body():
    found = _by_name('"Nie zgodzimy się na nowe opłaty" - mówił z kolei Jan Bór, dyrektor związku Polski Przemysł Drzewny.')
    assert found["Polski Przemysł Drzewny"].type == "organization"
    assert found["Jan Bór"].role == "dyrektor związku Polski Przemysł Drzewny"
    assert set(found) == {"Jan Bór", "Polski Przemysł Drzewny"}


@pytest.mark.parametrize("text,name", [
    ("Działacze NSZZ Rolników Indywidualnych „Solidarność” przyjechali pod Sejm.",
     "NSZZ Rolników Indywidualnych „Solidarność”"),
    ("Działacze NSZZ „Solidarność” przyjechali pod Sejm.", "NSZZ Solidarność"),
])
def test_an_acronym_with_a_quoted_own_name_is_one_body(text, name):
    found = _by_name(text)
    assert set(found) == {name, "Sejm"} and found[name].type == "organization"


@pytest.mark.parametrize("text,names", [
    ("Rzecznik ZUS Jan Kos przekazał, że PiS „Dobra Zmiana” to hasło.", {"ZUS", "Jan Kos", "PiS"}),
    ("Wielki Jan Nowak przyszedł.", {"Jan Nowak"}),  # a first name after an adjective stays a first name
])
def test_no_body_without_its_quoted_name_or_common_noun(text, names):
    assert names <= set(_by_name(text))


# C13: a competition named for its plural entrants, an event's name in apposition to an event noun
@pytest.mark.parametrize("text", [
    "Polska wygrała w Lidze Narodów z Estonią.",
    "Szef MSZ Litwy wziął udział w Warsaw Security Forum, konferencji poświęconej bezpieczeństwu.",
])
def test_competitions_and_events_are_no_actors(text):
    found = _by_name(text)
    assert not any(n.startswith(("Liga", "Warsaw")) for n in found)
    assert found  # Polska, MSZ Litwy stay


@pytest.mark.parametrize("text,name", [
    ("Polska Liga Siatkówki ogłosiła terminarz.", "Polska Liga Siatkówki"),
    ("Jan Kowalski, organizator konferencji, przemawiał.", "Jan Kowalski"),
    ("Delegacja przyjechała do Wierzbowa, konferencji nie było.", "Wierzbowo"),
])
def test_bodies_people_and_places_beside_event_words_stay(text, name):
    assert name in _by_name(text)


# C16 (N1): an unknown word's own nominative in the text outweighs the guesser's paradigms
def test_the_texts_nominative_names_an_unknown_place():
    found = _by_name("Minister odwiedził Buczę i Irpień. - W Buczy zginęło wielu cywilów - mówił w Irpieniu.")
    assert "Irpieniu" in found["Irpień"].aliases and not any(n.startswith("Irpieni") for n in found)


def test_without_the_nominative_the_guess_stands():
    found = _by_name("Minister mówił w Irpieniu o odbudowie.")
    assert len(found) == 1  # one place, whatever its guessed lemma


# C16: a listed mixed-case acronym with its case ending after a dash is the listed party
@pytest.mark.parametrize("text,alias", [
    ("Politycy PiS-u skrytykowali rząd.", "PiS-u"),
    ("Prezes PiS Jarosław Kaczyński mówił o PiS-ie.", "PiS-ie"),
])
def test_an_acronym_with_a_case_ending_is_the_listed_party(text, alias):
    found = _by_name(text)
    assert alias in found["PiS"].aliases and not any("-" in n for n in found)


# C3, real page 05: a lone surname before the verb after a name read in oblique cases only
def test_a_lone_surname_after_a_genitive_name_is_the_subject():
    found = _by_name("Za jedyny sposób wywarcia presji na Władimira Putina Sybiha uznaje zwiększenie sankcji.")
    assert set(found) == {"Władimir Putin", "Sybiha"} and found["Sybiha"].type == "person"


@pytest.mark.parametrize("text,name", [
    ("Rozmowa Władimira Putina trwała godzinę.", "Władimir Putin"),  # no name after it
    ("Na sesji przemawiał Jan Maria Rokita.", "Jan Maria Rokita"),
])
def test_no_second_person_without_a_name_after(text, name):
    assert set(_by_name(text)) == {name}
