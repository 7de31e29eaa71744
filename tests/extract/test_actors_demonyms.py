"""Actors (#15), demonyms (GUIDELINES, 2026-11-27): a people's name in the plural stands for its country;
one person named by nationality is no actor. Invented sentences -> the actors found (name, type).
"""
import pytest

from newslens import nlp
from newslens.extract.actor_demonyms import is_demonym
from newslens.extract.actors import extract_actors


def _found(text):
    return {(a.name, a.type) for a in extract_actors(nlp.analyze(text))}


ONE_PERSON = [
    # a singular demonym in any case names one person: no actor, the person's own name stays
    ("Jako pierwszy Polak zdobył medal na tym torze.", set()),
    ("Polka obroniła tytuł w Madrycie.", {("Madryt", "place")}),
    ("W półfinale zmierzy się z Czeszką Martą Vondrą.", {("Marta Vondra", "person")}),
    ("Najpierw pokonała Hiszpankę Lucię Ortegę, potem Amerykankę.", {("Lucia Ortega", "person")}),
    ("Po meczu Serb podziękował kibicom.", set()),
    ("Wygrał z Rosjaninem Igorem Lebiediewem w dwóch setach.", {("Igor Lebiediew", "person")}),
]

THE_COUNTRY = [
    # the plural: the people, its country
    ("Polacy wygrali z Duńczykami.", {("Polska", "place"), ("Dania", "place")}),
    ("Nasza drużyna pokonała Czechów.", {("Czechy", "place")}),
    ("Polki przegrały w finale.", {("Polska", "place")}),
    # a form that is also the genitive of a plural country's name is the country
    ("Towar sprowadzono z Włoch.", {("Włochy", "place")}),
    ("Premier Włoch Sergio Bianchi przyjechał do Wiednia.", {("Włochy", "place"), ("Sergio Bianchi", "person"),
                                                              ("Wiedeń", "place")}),
    ("Minister spraw zagranicznych Niemiec Karl Hoffmann odpowiedział.", {("Niemcy", "place"), ("Karl Hoffmann", "person")}),
]


@pytest.mark.parametrize("text,want", ONE_PERSON + THE_COUNTRY)
def test_a_singular_demonym_is_no_actor_a_plural_one_is_the_country(text, want):
    assert _found(text) == want


@pytest.mark.parametrize("word,want", [
    ("Polak", True), ("Czeszka", True), ("Amerykanin", True), ("Hiszpanka", True),
    ("Ameryka", False), ("RP", False), ("Rzeczpospolita Polska", False), ("Polacy", False),
])
def test_a_demonym_is_a_singular_common_noun_of_a_person(word, want):
    assert is_demonym(word) is want
