"""Speakers, round 14 (extract/speakers.py, speaker_paragraphs.py, quote_doc.in_oblique): tables of invented
text -> expected (kind, speaker, via, text start) per quote, with negatives. Mechanisms, not sentences: a
time phrase before the subject, and a quotation continuing its speaker inside one paragraph. Sentences and
names are invented."""
import pytest

from .test_speakers import assert_quotes

CALENDAR_PHRASE = [
    # a month or a weekday closes its prepositional phrase: a name after it that shows no case (an acronym, a
    # foreign surname) is the subject, not the phrase's complement; no one named before takes its place
    ('Prezes Jan Lis mówi, że podatki nie wzrosną.\n\nW lipcu ZNP zapowiedział, że strajk nie zostanie '
     'zawieszony.',
     [("indirect", "Jan Lis", None, "podatki"), ("indirect", "ZNP", None, "strajk")]),
    ('Prezes Jan Lis mówi, że podatki nie wzrosną.\n\nW lipcu Tavakoli zapowiedział, że rząd nie ustąpi.',
     [("indirect", "Jan Lis", None, "podatki"), ("indirect", "Tavakoli", None, "rząd")]),
    # negative: a common noun of place between them keeps the acronym its complement ("w siedzibie ZNP")
    ('Prezes Jan Lis mówi, że podatki nie wzrosną.\n\nW siedzibie ZNP zapowiedział, że strajk nie zostanie '
     'zawieszony.',
     [("indirect", "Jan Lis", None, "podatki"), ("indirect", "Jan Lis", None, "strajk")]),
]


@pytest.mark.parametrize("text,expected", CALENDAR_PHRASE)
def test_a_name_after_a_time_phrase_is_the_subject(text, expected):
    assert_quotes(text, expected)


INLINE_CONTINUATION = [
    # a quotation opening the sentence right after another quote's own speech clause, in the same paragraph,
    # continues that speaker (as a quotation paragraph after it does)
    ('Burmistrz Adam Sowa odniósł się do decyzji wojewody.\n\n„Nie zgadzam się na zamknięcie szkoły” – '
     'napisał Adam Sowa na Facebooku. „Będę o nią walczył w sądzie, bo dzieci potrzebują jej na miejscu”.',
     [("direct", "Adam Sowa", "Facebook", "Nie zgadzam"), ("direct", "Adam Sowa", None, "Będę o nią")]),
    # negatives: the writer's words between the two quotations break the run; so does a quotation the
    # writer's words follow
    ('Burmistrz Adam Sowa odniósł się do decyzji wojewody.\n\n„Nie zgadzam się na zamknięcie szkoły” – '
     'napisał Adam Sowa na Facebooku. Wojewoda nie odpowiedział. „Będę o nią walczył w sądzie, bo dzieci '
     'potrzebują jej na miejscu”.',
     [("direct", "Adam Sowa", "Facebook", "Nie zgadzam"), ("direct", None, None, "Będę o nią")]),
]


@pytest.mark.parametrize("text,expected", INLINE_CONTINUATION)
def test_a_quotation_after_its_speakers_clause_continues_him(text, expected):
    assert_quotes(text, expected)


JOURNALIST_HOLDS_NO_POST = [
    # a person the text introduces as a journalist (the one who asks) holds no other post: a role noun
    # closing a speech clause ("– mówił radny") that no one named holds stays empty, never the reporter
    ('Reporter Radia Wisła Adam Lis rozmawiał z jednym z radnych gminy Brzozów. – Od roku prosimy o chodnik '
     'przy szkole – mówił radny.',
     [("direct", None, None, "Od roku")]),
    # negative: a councillor named before holds it
    ('Radny gminy Brzozów Adam Lis spotkał się z mieszkańcami. – Od roku prosimy o chodnik przy szkole – '
     'mówił radny.',
     [("direct", "Adam Lis", None, "Od roku")]),
]


@pytest.mark.parametrize("text,expected", JOURNALIST_HOLDS_NO_POST)
def test_a_journalist_holds_no_other_post(text, expected):
    assert_quotes(text, expected)


EPITHET_OF_ANOTHER_BODY = [
    # "reporter" refers back to the reporter named with his outlet only when the same outlet (or none)
    # follows it: "reporter brzozow24.pl" is not "Reporter Radia Wisła Adam Lis"
    ('Reporter Radia Wisła Adam Lis był na miejscu.\n\n– Kierowcy stoją w korku od rana – relacjonował Adam '
     'Lis.\n\n– Policja kieruje wszystkich na objazd przez las – przekazał reporter brzozow24.pl.',
     [("direct", "Adam Lis", None, "Kierowcy"), ("direct", None, None, "Policja")]),
    # negative: the noun with no body after it is the same reporter
    ('Reporter Radia Wisła Adam Lis był na miejscu.\n\n– Kierowcy stoją w korku od rana – relacjonował Adam '
     'Lis.\n\n– Policja kieruje wszystkich na objazd przez las – przekazał reporter.',
     [("direct", "Adam Lis", None, "Kierowcy"), ("direct", "Adam Lis", None, "Policja")]),
]


@pytest.mark.parametrize("text,expected", EPITHET_OF_ANOTHER_BODY)
def test_an_epithet_with_another_body_is_another_person(text, expected):
    assert_quotes(text, expected)


CONTENT_CLAUSE_SUBJECT = [
    # a bare speech verb continues the subject of a sentence before; the subject of a content clause there
    # (", że PSL nie poprze ustawy") is what someone said, felt or knew, not a candidate
    ('Prezes związku Jan Lis przyjechał do Sejmu. – Nie odpuścimy – zapewnił. Poinfomował też, że PSL nie '
     'poprze ustawy.\n\n– To koniec dialogu z rządem – stwierdził.',
     [("direct", "Jan Lis", None, "Nie odpuścimy"), ("direct", "Jan Lis", None, "To koniec")]),
    ('Prezes związku Jan Lis przyjechał do Sejmu. – Nie odpuścimy – zapewnił. Wszyscy wiedzieli, że PSL nie '
     'poprze ustawy.\n\n– To koniec dialogu z rządem – stwierdził.',
     [("direct", "Jan Lis", None, "Nie odpuścimy"), ("direct", "Jan Lis", None, "To koniec")]),
    # negatives: a new subject of the main clause is the one who speaks next; after an impersonal main
    # clause ("Cieszy go, że …", as "Okazało się, że …") the clause's subject is the topic who speaks
    ('Prezes związku Jan Lis przyjechał do Sejmu. – Nie odpuścimy – zapewnił. Cieszy go, że PSL nie poprze '
     'ustawy.\n\n– To koniec dialogu z rządem – stwierdził.',
     [("direct", "Jan Lis", None, "Nie odpuścimy"), ("direct", "PSL", None, "To koniec")]),
    ('Prezes związku Jan Lis przyjechał do Sejmu. – Nie odpuścimy – zapewnił. Szef PSL Adam Bór jest innego '
     'zdania.\n\n– To koniec dialogu z rządem – stwierdził.',
     [("direct", "Jan Lis", None, "Nie odpuścimy"), ("direct", "Adam Bór", None, "To koniec")]),
]


@pytest.mark.parametrize("text,expected", CONTENT_CLAUSE_SUBJECT)
def test_a_content_clause_subject_does_not_continue(text, expected):
    assert_quotes(text, expected)
