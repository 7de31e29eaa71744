"""Actors, round 12 (the unseen real pages r37-r60 after their single scoring): invented sentences,
negatives included. No sentence comes from a real page."""
import pytest

from newslens import nlp
from newslens.extract.actors import extract_actors


def actors(text):
    return {(a.name, a.type) for a in extract_actors(nlp.analyze(text))}


@pytest.mark.parametrize("text,expected,absent", [
    # a foreign first name the dictionary knows only as an oblique common noun (nikol, genitive) before a
    # surname it does not know with a foreign ending: a person, named as written
    ("- Witajcie w domu - zaczął z uśmiechem Nikola Marić.", ("Nikola Marić", "person"), ("Nikol Marić", "organization")),
    # one unknown word with that ending alone: a person too ("Grbić" once named in full elsewhere)
    ("Trener Kovačević przyznał, że drużyna jest zmęczona. Zespół prowadzi Kovačević od roku.",
     ("Kovačević", "person"), ("Kovačević", "organization")),
    # negative: a noun that names a firm before the name keeps it an organisation
    ("Fabrykę w Radomiu przejęła firma Kovačić.", ("Kovačić", "organization"), ("Kovačić", "person")),
])
def test_foreign_names_after_a_first_name_the_dictionary_lacks(text, expected, absent):
    got = actors(text)
    assert expected in got and absent not in got


@pytest.mark.parametrize("text,name,present", [
    # an adverb opening the clause is no surname, though the dictionary has a surname Szybko
    ("Prezes przyznał, że zawodnicy są zmęczeni. Szybko jednak sprostował swoje słowa.", "Szybko", False),
    # negative: a surname whose common homograph is a noun of another gender stays the man ("ziobro" is neuter)
    ("Ziobro w piątek odnosił się do zarzutów prokuratury.", "Ziobro", True),
])
def test_a_clause_opening_adverb_is_no_surname(text, name, present):
    assert any(n == name for n, _t in actors(text)) == present
