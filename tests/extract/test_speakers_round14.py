"""Speakers, round 14 (extract/speakers.py, speaker_paragraphs.py, quote_doc.in_oblique): tables of invented
text -> expected (kind, speaker, via, text start) per quote, with negatives. Mechanisms, not sentences: a
time phrase before the subject, and a quotation continuing its speaker inside one paragraph. Sentences and
names are invented."""
import pytest

from .test_speakers import assert_quotes

CALENDAR_PHRASE = [
    # a month or a weekday closes its prepositional phrase: a name after it (one whose case shows nothing,
    # a foreign surname) is the subject, not the phrase's complement; no one named before takes its place
    ('Premier Jan Lis mówi, że podatki nie wzrosną.\n\nW marcu Nazari zapowiedział, że rząd nie ustąpi.',
     [("indirect", "Jan Lis", None, "podatki"), ("indirect", "Nazari", None, "rząd")]),
    ('Minister Anna Lis twierdzi, że szpitale dostaną pieniądze.\n\nW czwartku Nazari ocenił, że to za mało.',
     [("indirect", "Anna Lis", None, "szpitale"), ("indirect", "Nazari", None, "to za mało")]),
    # negative: a preposition right before the name still governs it; its phrase is no subject
    ('Premier Jan Lis mówi, że podatki nie wzrosną.\n\nO Nazarim powiedział, że to dobry negocjator.',
     [("indirect", "Jan Lis", None, "podatki"), ("indirect", "Jan Lis", None, "to dobry")]),
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
