"""Speakers, round 12 (extract/speakers.py, speaker_*.py): tables of invented text -> expected (kind,
speaker, via, text start) per quote, with negatives. The mechanisms come from wrong speakers on the
development real pages r37-r60; the sentences and names are invented."""
import pytest

from .test_speakers import assert_quotes

ANONYMOUS_SOURCE = [
    # an unnamed informant (data/anonymous_source_nouns.txt) speaks, whatever outlet is its complement: the
    # outlet is the channel at most, never the speaker; a bare verb after it goes on with no one
    ('Według źródła portalu Fakty24.pl, podczas wtorkowej narady ministrów nikt nie zgłosił sprzeciwu.\n\n'
     '- „Dzisiaj, kiedy komisarz Wolski pytał o pieniądze, nikt nie protestował. Nikt nic nie mówił”\n\n'
     '- podaje źródło Fakty24.pl.\n\n'
     'Informator wskazał, że kwestia „zmierza ku temu, by Warszawa otrzymała te środki”. Przyznał przy tym, '
     'że termin dawno minął.\n\n- „Na razie mamy do czynienia z kompromitacją urzędników”\n\n- podkreślił.',
     [("indirect", None, "Fakty24.pl", "podczas"), ("direct", None, None, "„Dzisiaj"),
      ("partial", None, None, "zmierza"), ("indirect", None, None, "termin"),
      ("direct", None, None, "„Na razie")]),
    ('Źródło portalu Wiadomości24.pl podało, że zarząd spółki nie ustąpi. Dodało, że strajk potrwa.',
     [("indirect", None, "Wiadomości24.pl", "zarząd"), ("indirect", None, None, "strajk")]),
    # negatives: an informant named in apposition is that person; an outlet that reports is its speaker
    ('Rozmówca portalu Wiadomości24.pl Jan Wilk podkreślił, że zarząd spółki nie ustąpi.',
     [("indirect", "Jan Wilk", "Wiadomości24.pl", "zarząd")]),
    ('Nasz rozmówca, Jan Wilk, podkreślił, że zarząd spółki nie ustąpi. Dodał, że strajk potrwa długo.',
     [("indirect", "Jan Wilk", None, "zarząd"), ("indirect", "Jan Wilk", None, "strajk")]),
    ('Jak podał portal Wiadomości24.pl, zarząd spółki nie ustąpi.',
     [("indirect", "Wiadomości24.pl", None, "zarząd")]),
]


@pytest.mark.parametrize("text,expected", ANONYMOUS_SOURCE)
def test_unnamed_informant_is_no_outlet(text, expected):
    assert_quotes(text, expected)


ZERO_CHAIN = [
    # a sentence that opens with a bare verb keeps its subject: a speaker inside its relative clause
    # ("rzecznika X, który powiedział, że …") is not who the next bare verb refers to
    ('"Nigdy nie widziałem czegoś takiego" - ocenił w rozmowie z PAP mecenas Lisowski.\n\n'
     'Odniósł się także do słów rzecznika Sądu Rejonowego, który powiedział, że rozprawa była nagrywana. '
     '"Dobrze, że tym razem wszystko zostało zarejestrowane" - powiedział.\n\nZaznaczył, że podobny incydent '
     'zdarzył się wcześniej.',
     [("direct", "Lisowski", "PAP", "Nigdy"), ("indirect", "Sąd Rejonowy", None, "rozprawa"),
      ("direct", "Lisowski", None, "Dobrze"), ("indirect", "Lisowski", None, "podobny")]),
    # negatives: the bare opening verb of another gender is someone else's; an explicit subject opens the
    # sentence, and the one it names goes on
    ('"Nigdy nie widziałam czegoś takiego" - oceniła w rozmowie z PAP mecenas Anna Lisowska.\n\n'
     'Odniosła się także do słów rzecznika sądu Jana Wrony, który powiedział, że rozprawa była nagrywana. '
     '"Nie ma tu żadnej wątpliwości" - powiedział.',
     [("direct", "Anna Lisowska", "PAP", "Nigdy"), ("indirect", "Jan Wrona", None, "rozprawa"),
      ("direct", "Jan Wrona", None, "Nie ma")]),
    ('"Nigdy nie widziałem czegoś takiego" - ocenił w rozmowie z PAP mecenas Lisowski.\n\n'
     'Do jego słów odniósł się rzecznik sądu Jan Wrona. Powiedział, że rozprawa była nagrywana. '
     '"Nie ma tu żadnej wątpliwości" - dodał.',
     [("direct", "Lisowski", "PAP", "Nigdy"), ("indirect", "Jan Wrona", None, "rozprawa"),
      ("direct", "Jan Wrona", None, "Nie ma")]),
]


@pytest.mark.parametrize("text,expected", ZERO_CHAIN)
def test_bare_verb_goes_on_past_a_relative_clauses_speaker(text, expected):
    assert_quotes(text, expected)


ROLE_COMPLEMENT = [
    # a person right after a role noun whom the verb's gender rules out is the role's genitive complement
    # (a woman's surname shows no case: "trener Kowal" coaches Anna Kowal): the role's holder speaks
    ('O formę Anny Kowal spokojny jest jej trener Piotr Zawada, który przyznał, że w pierwszym meczu Polka '
     'miała problemy.\n\n- Deszcz daje o sobie znać. Zagrała taki mecz, jaki sobie założyliśmy - przyznał '
     'trener Kowal w rozmowie z Polskim Radiem.',
     [("indirect", "Piotr Zawada", None, "w pierwszym"), ("direct", "Piotr Zawada", "Polskie Radio", "Deszcz")]),
    # no one named holds the role: no one, never the player
    ('Anna Kowal wygrała w poniedziałek turniej w Rzymie.\n\n- Zagrała taki mecz, jaki sobie założyliśmy - '
     'przyznał trener Kowal.',
     [("direct", None, None, "Zagrała")]),
    # negatives: the verb agrees with the person after the role noun: she holds it
    ('Anna Kowal wygrała w poniedziałek turniej w Rzymie.\n\n- Zagrałam taki mecz, jaki sobie założyłam - '
     'przyznała tenisistka Kowal.',
     [("direct", "Anna Kowal", None, "Zagrałam")]),
    ('Trenerka Anna Kowal prowadzi zespół od roku.\n\n- Zagrały taki mecz, jaki sobie założyłyśmy - przyznała '
     'trener Kowal.',
     [("direct", "Anna Kowal", None, "Zagrały")]),
]


@pytest.mark.parametrize("text,expected", ROLE_COMPLEMENT)
def test_person_the_verb_rules_out_after_a_role_is_its_complement(text, expected):
    assert_quotes(text, expected)


HEAD_INTRODUCED = [
    # a body's unnamed head in the attribution ("prezes PSR") is the one person the sentence before
    # introduces as the speaker, even after a body named as a noun's complement there ("stanowiska PSR");
    # the body speaks only when the text names no one who can hold the post (GUIDELINES, Speakers)
    ('Na temat stanowiska PSR wypowiedział się w TVN24 Władysław Nowak-Lipski.\n\n- To jest bardzo poważna '
     'sprawa. Dlatego opozycja nie może stać biernie - powiedział prezes PSR.',
     [("direct", "Władysław Nowak-Lipski", None, "To jest")]),
    # negatives: no person introduced; the body's noun-complement; one the verb disagrees with
    ('PSR zapowiada sprzeciw wobec ustawy.\n\n- To jest bardzo poważna sprawa - powiedział prezes PSR.',
     [("direct", "PSR", None, "To jest")]),
    ('Wniosek PSR trafił do Sejmu w piątek.\n\n- To jest bardzo poważna sprawa - powiedział prezes PSR.',
     [("direct", "PSR", None, "To jest")]),
    ('Na temat stanowiska PSR wypowiedziała się w TVN24 Anna Nowak-Lipska.\n\n- To jest bardzo poważna sprawa '
     '- powiedział prezes PSR.',
     [("direct", "PSR", None, "To jest")]),
]


@pytest.mark.parametrize("text,expected", HEAD_INTRODUCED)
def test_unnamed_head_is_the_person_just_introduced(text, expected):
    assert_quotes(text, expected)


RUNS_THE_PROTEST = [
    # protesters at an action one named organisation runs ("prowadzi" with the action as its object)
    # speak for it (GUIDELINES, Group speakers; data/organiser_run_verbs.txt)
    ('"Dość niskich płac" – pod takim hasłem pikiety w całym kraju przed urzędami miast prowadzi Związek '
     'Zawodowy Maszynistów. Pracownicy protestują, bo rząd nie spełnił ich postulatów.\n\n"Jesteśmy wkurzeni, '
     'bo mało zarabiamy. Nikt nas nie słucha" - mówią protestujący w Radomiu.',
     [("partial", "Związek Zawodowy Maszynistów", None, "Dość"),
      ("direct", "Związek Zawodowy Maszynistów", None, "Jesteśmy")]),
    # negative: the action after a preposition is no object run: the protesters speak as a group
    ('Policja prowadzi działania wokół protestu Związku Zawodowego Maszynistów.\n\n"Jesteśmy wkurzeni, bo mało '
     'zarabiamy" - mówią protestujący w Radomiu.',
     [("direct", "protestujący", None, "Jesteśmy")]),
]


@pytest.mark.parametrize("text,expected", RUNS_THE_PROTEST)
def test_protesters_at_an_action_a_body_runs_speak_for_it(text, expected):
    assert_quotes(text, expected)


ADVERBS_BEFORE_THE_VERB = [
    # adverbs between a plural subject and its verb ("już dziś": "dziś" also reads as an indeclinable noun)
    # are passed: the group before them speaks, and the dash paragraph after continues it
    ('Hodowcy już dziś zapowiedzieli, że będą protestować dalej.\n\n- Planujemy kolejną blokadę na środę. '
     'Jesteśmy pod ścianą.',
     [("indirect", "hodowcy", None, "będą"), ("direct", "hodowcy", None, "Planujemy")]),
    # negatives: a plural noun that names no actor stays no one; a coordinated verb keeps its subject
    ('Spółdzielnie mieszkaniowe już dziś zapowiadają, że czynsze wzrosną.',
     [("indirect", None, None, "czynsze")]),
    ('Uczestnicy nieśli transparenty i skandowali „Szpital zostaje w mieście”.',
     [("partial", "uczestnicy", None, "Szpital")]),
]


@pytest.mark.parametrize("text,expected", ADVERBS_BEFORE_THE_VERB)
def test_adverbs_between_a_plural_subject_and_its_verb(text, expected):
    assert_quotes(text, expected)


INFORMATION_GIVEN_BY = [
    # after "według", an information noun (data/source_info_nouns.txt) with a passive participle and
    # "przez X": X is the source
    ('Według informacji przedstawionych przez Ministerstwo Rolnictwa w poniedziałek, umowy podpisało 85 proc. '
     'rolników.',
     [("indirect", "Ministerstwo Rolnictwa", None, "")]),
    ('Według danych opublikowanych przez GUS, bezrobocie spadło do 5 proc.',
     [("indirect", "GUS", None, "bezrobocie")]),
    # negative: persons acted on by the body named are the source, not the body
    ('Według osób zatrzymanych przez Policję w piątek, protest był spokojny.',
     [("indirect", None, None, "")]),
]


@pytest.mark.parametrize("text,expected", INFORMATION_GIVEN_BY)
def test_body_that_gave_the_information_is_its_source(text, expected):
    assert_quotes(text, expected)


COORDINATED_PERSONS = [
    # a subject of two persons joined by "i" (with their roles' words between) is neither alone: a dash
    # paragraph or bare verb after it has no speaker rather than the nearer one or a name further back
    ('Kowalski uważa, że brak rozwiązania będzie problemem. Podobne stanowisko przedstawili niedawno premier '
     'Jan Lis i wicepremier, szef MON Adam Wolski.\n\n– Okaże się to niezbędne dla państwa ukraińskiego.',
     [("direct", None, None, "Okaże")]),
    ('Premier Jan Lis i minister Adam Wolski przedstawili w piątek plan reformy.\n\nDodał, że ustawa trafi do '
     'Sejmu w marcu.',
     [("indirect", None, None, "ustawa")]),
    # negatives: one person is the subject
    ('Kowalski uważa, że brak rozwiązania będzie problemem. Podobne stanowisko przedstawił niedawno '
     'wicepremier, szef MON Adam Wolski.\n\n– Okaże się to niezbędne dla państwa ukraińskiego.',
     [("direct", "Adam Wolski", None, "Okaże")]),
    ('Premier Jan Lis przedstawił w piątek plan reformy.\n\nDodał, że ustawa trafi do Sejmu w marcu.',
     [("indirect", "Jan Lis", None, "ustawa")]),
]


@pytest.mark.parametrize("text,expected", COORDINATED_PERSONS)
def test_two_coordinated_persons_are_no_single_speaker(text, expected):
    assert_quotes(text, expected)
