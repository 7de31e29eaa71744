"""Actors (#15): after "w"/"we", one capitalised word in the locative names where something is or happens
(a town, a body, a mine), never a person ("zakład w Chrzanowie", "w Sławomierzu"); a hyphenated name a
common noun before it makes one body ("w kopalni Piast-Ziemowit") is no pairing of its parts.
Invented sentences -> the actors found (name, type).
"""
import pytest

from newslens import nlp
from newslens.extract.actors import extract_actors


def _found(text):
    return {(a.name, a.type) for a in extract_actors(nlp.analyze(text))}


LOCATED = [
    # a town whose locative is also a surname's plural ("Chrzan" -> "Chrzanowie"), one actor with its other form
    ("Rano fabryka Dexel w Chrzanowie stanęła. Protest nie kończy się na Chrzanowie.",
     {("Dexel", "organization"), ("Chrzanów", "place")}),
    # a town named like a first name
    ("Ceny biletów MZK w Sławomierzu wzrosną od stycznia.", {("MZK", "organization"), ("Sławomierz", "place")}),
    ("Zebranie odbyło się w Sławomierzu.", {("Sławomierz", "place")}),
]

PEOPLE_STAY = [
    # a person after other prepositions, after "w" in the accusative, or a full name, stays a person
    ("O sprawie rozmawiano z Janem Kowalskim w Krakowie.", {("Jan Kowalski", "person"), ("Kraków", "place")}),
    ("Wierzymy w Nowaka, powiedział Jan Nowak.", {("Jan Nowak", "person")}),
    ("Zaufanie do Tuska spadło.", {("Tusk", "person")}),
]


@pytest.mark.parametrize("text,want", LOCATED + PEOPLE_STAY)
def test_a_word_in_the_locative_after_w_is_a_place_not_a_person(text, want):
    assert _found(text) == want


def test_a_compound_name_a_noun_makes_one_body_is_no_pairing():
    text = ("Górnicy protestują w kopalni Borek-Zalesie. W Borku zostało 5 osób, a w Zalesiu 12. "
            "Sojusz PSL-Lewica też zabrał głos. PSL i Lewica wydały oświadczenie.")
    found = {n for n, _ in _found(text)}
    assert "Borek-Zalesie" in found
    assert "PSL-Lewica" not in found and {"PSL", "Lewica"} <= found
