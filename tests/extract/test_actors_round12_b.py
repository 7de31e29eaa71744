"""Actors, round 12 phase 2 (#15): what is dropped before it becomes an actor, and what still is one.
Invented sentences of the constructions of the real pages' misses; text -> set of (name, type)."""
import pytest

from newslens import nlp
from newslens.extract.actors import extract_actors


def actors(text):
    return {(a.name, a.type) for a in extract_actors(nlp.analyze(text))}


# the actor sets that must come out exactly
EXACT = [
    # a code of one or two capitals and a number is a road, a line or a model, no party
    ("Kierowcy stali w korku na S7 pod Gdańskiem.", {("Gdańsk", "place")}),
    ("Blokada trwa na A4 w pobliżu Opola.", {("Opole", "place")}),
    # ... a forum of states so named is listed: still an actor
    ("Przywódcy G7 spotkali się w Rzymie.", {("G7", "organization"), ("Rzym", "place")}),
    # a document that binds a workplace, named with capitals, is no party ...
    ("Od maja nie obowiązuje już Zakładowy Układ Zbiorowy Pracy z 2010 roku.", set()),
    ("Dyrekcja przedstawiła projekt nowego Regulaminu Premiowania pracowników.", set()),
    # ... and its acronym, given in brackets or written alone, is that document too
    ("Związkowcy chcą zmian w sprawie ZUPP. Zakładowy Układ Płacowy Pracowników wygasa w maju.", set()),
    ("Sąd wydał Europejski Nakaz Aresztowania (ENA) wobec biznesmena.", set()),
    # ... but a body named after the document noun in the genitive is its owner and stays
    ("Radni przyjęli regulamin Rady Miasta Zabłocie.", {("Rada Miasta Zabłocie", "organization")}),
    # an acronym that is not the document's initials is untouched
    ("Układ Zbiorowy Pracy podpisał ZNP.", {("ZNP", "organization")}),
    # a photo credit in square brackets names no one; the caption before it keeps its actors
    ("Sesja Rady Miasta Zabłocie [fot. Ewa Kowalczyk]\nRadni głosowali długo.",
     {("Rada Miasta Zabłocie", "organization")}),
    # an account's handle and an embedded post's trailer hold no names; the author's name is one
    ("Musimy działać razem. — Anna Kowalczyk (@Ania_Kowalczyk) April 12, 2021\nPosłanka to potwierdziła.",
     {("Anna Kowalczyk", "person")}),
    # a capitalised common noun opening a list item after a semicolon is that common word
    ("Pracownicy żądają: podwyżki o 300 zł; Bon świąteczny dla wszystkich; Dodatku za staż.", set()),
    # ... a name there is still a name
    ("Związek ogłosił wyniki; Jan Zieliński zapowiedział protest.", {("Jan Zieliński", "person")}),
    # a misspelt verb in the past tense opening a sentence is no surname
    ("Prezes mówił długo. Poinfromował też, że rozmowy ruszą.", set()),
    # a listed body's name continued by an agreeing adjective, or by its members' plural genitive and the
    # words after it, is the name of a part of it (its own actor, in the nominative)
    ("Jak mówi Jan Kos z Solidarności Oświatowej, to wyraz wsparcia.",
     {("Jan Kos", "person"), ("Solidarność Oświatowa", "organization")}),
    ("Apel podpisali przedstawiciele Solidarności Pracowników Kolei Miejskich.",
     {("Solidarność Pracowników Kolei Miejskich", "organization")}),
    # ... not a person's name after it, nor an acronym's neighbour
    ("Przewodniczący Solidarności Piotr Duda zabrał głos.", {("Solidarność", "organization"), ("Piotr Duda", "person")}),
    ("Lider PiS Jarosław Kaczyński mówił długo.", {("PiS", "organization"), ("Jarosław Kaczyński", "person")}),
    # a headline's speaker label: a surname before a colon opening its line is a person, even where the
    # word is a common noun too; a role noun there names no one, a listed place stays a place
    ("Żuraw: jeśli minister chce zmian, niech zacznie od siebie\nPolityk skomentował decyzję.", {("Żuraw", "person")}),
    ("Wójt: nie oddamy szkoły\nRadni głosowali.", set()),
    ("Moskwa: rozmowy trwają\nKreml milczy.", {("Moskwa", "place"), ("Kreml", "organization")}),
    ("Uwaga: droga jest zamknięta.", set()),
    # a lone capitalised head noun of bodies in the nominative after a body's classifier in another case is
    # that body's own name in apposition; alone, or after a classifier in its own case, a common noun
    ("Wicepremier Jan Kos, lider partii Wspólnota, ponownie zabrał głos.",
     {("Jan Kos", "person"), ("Wspólnota", "organization")}),
    ("Wspólnota zebrała się wczoraj.", set()),
    ("Posłowie partii Rady nie poparli.", set()),
]


@pytest.mark.parametrize("text,expected", EXACT)
def test_actor_sets(text, expected):
    assert actors(text) == expected


def test_a_surname_in_the_past_tense_shape_is_kept_before_a_capitalised_word():
    # the test needs a lower-case word after it: an unknown surname before a name stays a candidate
    assert ("Jan Mazurował", "person") in actors("Głos zabrał Jan Mazurował. Jan Mazurował Kowalczykowi odpowiedział.")
