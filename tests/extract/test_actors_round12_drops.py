"""Actors, round 12 (what is dropped): invented sentences -> names that are no actor, and the actors
that stay.

- a document or an event named by its head noun (``context.tsv`` "none": pakt, konstytucja, kodeks,
  rezolucja, deklaracja, memorandum; rzeź, masakra, bitwa) is no actor (GUIDELINES: documents,
  events);
- a hyphenated pairing of two actors the text names on their own ("rozmowy Nowak-Kowalczyk", "sojusz
  PSL-Lewica") is no actor of its own; a double surname or a compound name whose parts name no one
  else stays.
"""
import pytest

from newslens import nlp
from newslens.extract.actors import extract_actors


def _names(text):
    return {a.name for a in extract_actors(nlp.analyze(text))}


DROPPED = [
    ("Rząd przyjął w środę Pakt Klimatyczny, a opozycja zapowiedziała protest.", "Pakt Klimatyczny"),
    ("Posłowie powołali się na Konstytucję Rzeczypospolitej w czasie debaty.", "Konstytucja Rzeczypospolitej"),
    ("Historycy przypomnieli, jak przebiegała Bitwa Warszawska w sierpniu.", "Bitwa Warszawska"),
    ("Uczniowie poznali historię, jaką była Rzeź Pragi w listopadzie.", "Rzeź Pragi"),
    ("Radni przyjęli Deklarację Sąsiedzką i zamknęli sesję.", "Deklaracja Sąsiedzka"),
]


@pytest.mark.parametrize("text,name", DROPPED)
def test_a_document_or_an_event_is_no_actor(text, name):
    assert name not in _names(text)


PAIRS = [
    # (text, the pairing that is no actor, the actors that stay)
    ("Jan Nowak i Ewa Kowalczyk spotkali się w Gdyni. Rozmowy Nowak-Kowalczyk trwały trzy godziny.",
     "Nowak-Kowalczyk", {"Jan Nowak", "Ewa Kowalczyk"}),
    ("PSL i Lewica rozmawiają o wspólnej liście. Sojusz PSL-Lewica ma szanse w wyborach.",
     "PSL-Lewica", {"PSL", "Lewica"}),
]


@pytest.mark.parametrize("text,pair,kept", PAIRS)
def test_a_pairing_of_two_named_actors_is_no_actor(text, pair, kept):
    got = _names(text)
    assert pair not in got and kept <= got, got


def test_a_double_surname_stays_a_person():
    got = _names("Głos zabrała posłanka Marta Wilczyńska-Brzoza. Wilczyńska-Brzoza skrytykowała projekt.")
    assert "Marta Wilczyńska-Brzoza" in got and not any(n in got for n in ("Wilczyńska", "Brzoza"))


QUOTED_OWN_NAMES = [
    # a listed body's acronym and its own quoted name right after it: one name, as written
    ("Pikietę zorganizowały OPZZ „Forum Pracy” i związkowcy z zakładu.", "OPZZ „Forum Pracy”", "Forum Pracy"),
    ("Do rozmów zaprosiło ich ZNP „Oświata Razem”, jak podał portal.", "ZNP „Oświata Razem”", "Oświata Razem"),
]


@pytest.mark.parametrize("text,name,part", QUOTED_OWN_NAMES)
def test_an_acronym_and_its_quoted_own_name_are_one_body(text, name, part):
    got = _names(text)
    assert name in got and part not in got, got


def test_a_listed_name_with_its_quotation_marks_stays_the_listed_body():
    got = _names("Protest poparło NSZZ „Solidarność” z regionu.")
    assert "NSZZ Solidarność" in got and not any("„" in n for n in got), got
