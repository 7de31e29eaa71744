"""Guesser: inflected forms of names morfeusz2 does not know -> lemma (none of them in any list)."""
import pytest

from newslens.guesser import adjectival_guesses, guess, guess_lemma

PAIRS = [
    ("Pieskowa", "Pieskow"),  # -ow surname, genitive
    ("Ławrowem", "Ławrow"),
    ("Prigożyna", "Prigożyn"),
    ("Zełenskiego", "Zełenski"),  # adjectival surname
    ("Kuleby", "Kuleba"),  # -a masculine
    ("Wenbina", "Wenbin"),
    ("Ostrowskiemu", "Ostrowski"),
    ("Kryłowem", "Kryłow"),
    ("Bidenem", "Biden"),
    ("Chersoniu", "Chersoń"),  # -ń softens to -ni- before an ending (exemplar Poznań)
]


@pytest.mark.parametrize("form,lemma", PAIRS)
def test_pairs(form, lemma):
    assert lemma in [g.lemma for g in guess(form)[:3]]


def test_case_narrows_the_guess():
    # after a genitive first name ("Dmitrija") the surname is read as a genitive too
    assert guess_lemma("Pieskowa", case="gen") == "Pieskow"


def test_a_nominative_form_is_its_own_candidate():
    assert "Kallas" in [g.lemma for g in guess("Kallas")]


def test_an_oblique_ending_is_never_the_lemma():
    lemmas = [g.lemma for g in guess("Giorgią")]
    assert "Giorgia" in lemmas[:3] and not any(lem.startswith("Giorgią") for lem in lemmas)


@pytest.mark.parametrize("form,lemma", [("Zabłockiego", "Zabłocki"), ("Wierzchlińskiej", "Wierzchlińska"),
                                        ("Zabłockim", "Zabłocki")])
def test_adjectival_guesses_read_an_adjective_s_declension(form, lemma):
    assert lemma in {g.lemma for g in adjectival_guesses(form)}


@pytest.mark.parametrize("form", ["Hajduka", "Nowaka", "Pieskowa", "Kołodzieja"])
def test_adjectival_guesses_are_none_for_a_noun_s_declension(form):
    assert adjectival_guesses(form) == []
