"""Demand parties, round 12 (issue 14, `by` and `of` on the real pages r37-r60): mechanisms, not
constructions. Invented sentences, negatives included. No sentence comes from a real page."""
import pytest

from .test_demand_round5 import demands


def parties(text, kind="item"):
    return [(d.text, d.by, d.of) for d in demands(text) if d.kind == kind]


@pytest.mark.parametrize("text,expected", [
    # a list completing a demanded clause the lead-in opens ("aby X:"): X is asked to do each item
    ("Związek Zawodowy Kolejarzy żąda, aby spółka PKP Cargo:\n– wycofała się z planu zwolnień,\n"
     "– podniosła płace o 10 procent.",
     [("wycofała się z planu zwolnień", "Związek Zawodowy Kolejarzy", "PKP Cargo"),
      ("podniosła płace o 10 procent", "Związek Zawodowy Kolejarzy", "PKP Cargo")]),
    # negative: the clause's subject names no actor ("rząd"): no addressee
    ("Związek Zawodowy Kolejarzy żąda, aby rząd:\n– wycofał się z planu zwolnień,\n"
     "– podniósł płace o 10 procent.",
     [("wycofał się z planu zwolnień", "Związek Zawodowy Kolejarzy", None),
      ("podniósł płace o 10 procent", "Związek Zawodowy Kolejarzy", None)]),
])
def test_lead_clause_subject_is_the_addressee(text, expected):
    assert parties(text) == expected


@pytest.mark.parametrize("text,by", [
    # a verb with no subject goes on with the one who spoke in the sentence before, not with the group
    # that demanded before it (a singular verb takes no group)
    ("Kierowcy autobusów domagają się zaostrzenia kontroli. Jak przekonuje Marek Zieliński, szef związku "
     "kierowców, wszyscy przewoźnicy powinni płacić podatki. Zaapelował do rządu o przyspieszenie prac nad ustawą.",
     "Marek Zieliński"),
    # a plural verb goes on with the group
    ("Kierowcy autobusów domagają się zaostrzenia kontroli. Jak przekonuje Marek Zieliński, szef związku "
     "kierowców, wszyscy przewoźnicy powinni płacić podatki. Zaapelowali do rządu o przyspieszenie prac nad ustawą.",
     "kierowcy autobusów"),
    # a name in the genitive after the singular verb, nominative only as a plural, is no subject
    ("Rada Miejska Opola zbierze się w maju. Radny Jan Nowak zgłosił projekt uchwały. Jak dodał, projekt trafił "
     "już do komisji. Wezwał do zwołania sesji Rady i rozpatrzenia projektu.", "Jan Nowak"),
    # negative: the speaker before is a woman, the verb masculine: no demander rather than a wrong one
    ("Rada Miejska Opola zbierze się w maju. Radna Anna Nowak zgłosiła projekt uchwały. Jak dodała, projekt "
     "trafił już do komisji. Wezwał do zwołania sesji Rady i rozpatrzenia projektu.", None),
])
def test_subjectless_verb_continues_the_speaker(text, by):
    got = parties(text)
    assert got and got[-1][1] == by


@pytest.mark.parametrize("text,by", [
    # the organiser after the leading verb, past a classifier, its adjective and quotation marks
    ('Pikiety w całym kraju prowadzi związek zawodowy „Wolni Rolnicy". Protestujący domagają się podwyżek płac.',
     "Wolni Rolnicy"),
    # negative: the organisation names where the protest stands, not who leads it: the group stays
    ('Pikiety w całym kraju prowadzi wojewoda przed biurem związku „Wolni Rolnicy". Protestujący domagają się '
     'podwyżek płac.', "protestujący"),
])
def test_organiser_named_with_its_classifier(text, by):
    got = parties(text)
    assert got and got[0][1] == by


@pytest.mark.parametrize("text,by", [
    # a first-person speech no attribution closes: the one the sentence before its quotation mark is about
    ('Prezes Związku Zawodowego Kolejarzy Jan Wrona wyraził nadzieję na szybką decyzję rządu. "Rada Ministrów '
     'powinna zebrać się jutro. Jesteśmy gotowi do rozmów. Będziemy apelować do premiera o natychmiastowe spotkanie',
     "Jan Wrona"),
    # a dash paragraph after the paragraph naming the group
    ("Rolnicy zapowiedzieli, że będą protestować dalej.\n\n- Planujemy kolejną blokadę na czwartek. Już dziś "
     "apeluję do kierowców o wybieranie objazdów. Nie mamy wyjścia", "rolnicy"),
    # negative: an attribution names the speaker as no actor; the one who came out to them is asked, not asking
    ("Jedna z pikiet odbyła się pod urzędem. Wojewoda Adam Lis wyszedł do protestujących. - Nikt nas nie słucha. "
     "Prosimy o pomoc w tej sprawie - powiedziała jedna z nich.", None),
])
def test_unattributed_first_person_speech(text, by):
    got = parties(text)
    assert got and got[-1][1] == by


@pytest.mark.parametrize("text,by", [
    # a relative clause's protest verb names its doers when its antecedent names no party
    ('„Jesteśmy z naszymi kolegami, którzy od tygodnia strajkują, domagając się wyższych płac" – powiedział '
     'szef związku Jan Wrona.', "strajkujący"),
    # the organiser the text names leads them
    ('Związek Zawodowy Kolejarzy zorganizował pikietę. „Jesteśmy z naszymi kolegami, którzy od tygodnia '
     'protestują, domagając się wyższych płac" – powiedział szef związku Jan Wrona.', "Związek Zawodowy Kolejarzy"),
])
def test_relative_protest_verb_names_the_group(text, by):
    got = parties(text)
    assert got and got[0][1] == by


def test_relative_verb_of_no_protest_names_no_group():
    got = parties('„Jesteśmy z naszymi kolegami, którzy od tygodnia pracują, domagając się wyższych płac" – '
                  'powiedział szef związku Jan Wrona.')
    assert got and got[0][1] not in ("pracujący", "koledzy")


@pytest.mark.parametrize("text,by", [
    # a first-person auxiliary before the demand's infinitive ("będziemy się domagać"): the speaker demands,
    # also when a term in straight marks inside the speech ends the marks for the reader of quotes
    ('Związek Zawodowy Kolejarzy zorganizował pikietę. "Rząd ma swój "pakiet Kowalskiego". My będziemy się '
     'domagać m.in. "pakietu Kolejarzy". Zapraszamy wszystkich na pikietę" - oświadczył szef związku Jan Wrona.',
     "Jan Wrona"),
    ('„Na jesieni będziemy się domagać od Urzędu Marszałkowskiego nowych pociągów" – oświadczył szef związku '
     'Jan Wrona.', "Jan Wrona"),
])
def test_first_person_auxiliary_is_the_speaker(text, by):
    got = parties(text)
    assert got and got[-1][1] == by


@pytest.mark.parametrize("text,of", [
    # an adjunct opening the demanded clause with any preposition ("zamiast", tagged a conjunction first)
    # is passed to the clause's subject
    ("Burmistrz Adam Lis zaproponował, aby zamiast deklaracji Ministerstwo Zdrowia przedstawiło plan naprawczy.",
     "Ministerstwo Zdrowia"),
    # negative: the subject past the adjunct names no actor
    ("Burmistrz Adam Lis zaproponował, aby zamiast deklaracji rząd przedstawił plan naprawczy.", None),
])
def test_clause_subject_past_an_adjunct(text, of):
    got = parties(text)
    assert got and got[0][2] == of


@pytest.mark.parametrize("text,of", [
    # a subjectless jussive after a premise clause: the premise's subject is asked
    ('„Jeśli Ministerstwo Zdrowia twierdzi, że chce porozumienia, niech udowodni to czynami" – mówi Jan Wrona.',
     "Ministerstwo Zdrowia"),
    # negative: the premise's subject names no actor
    ('„Jeśli rząd twierdzi, że chce porozumienia, niech udowodni to czynami" – mówi Jan Wrona.', None),
])
def test_jussive_after_a_premise(text, of):
    got = parties(text)
    assert got and got[0][2] == of
