"""Actors, round 12 (how a type is decided, from the words around a name): invented sentences ->
(name, type), negatives included.

- a lower-case noun that says what kind of body or outlet follows (``context.tsv``: firma, spółka,
  portal) names the one word after it, even when a role noun comes before the noun: "prezes firmy X"
  is the firm's head, X the firm;
- one word the dictionary lacks, ending as the Slavic adjectival surnames end (-ski, -cki, -dzki,
  -ska, -cka, -dzka; transliterated -skyj, -skij: ``surname_endings.txt``), is a person; any other
  unknown word alone stays a firm or body;
- a name after a noun of an administrative division or a part of a town (``context.tsv``: prowincja,
  komitat, hrabstwo, kanton, rejon, dzielnica, miejscowość) is a place.
"""
import pytest

from newslens import nlp
from newslens.extract.actors import extract_actors


def _types(text):
    return {a.name: a.type for a in extract_actors(nlp.analyze(text))}


TYPED = [
    # a kind-of-body noun between a role noun and one word: the word is the body's name
    ("Umowę podpisał w piątek prezes spółki Dremtax, która buduje nowy zakład.", "Dremtax", "organization"),
    ("Ofertę złożył wiceprezes firmy Kwarcex z Radomia.", "Kwarcex", "organization"),
    ("Tekst przygotował redaktor naczelny portalu Zwiadnik, który opisał sprawę jako pierwszy.", "Zwiadnik", "media"),
    # ... but a first name and a surname after the noun are the role's holder
    ("Sprawę skomentował prezes spółki Marek Dobrzycki.", "Marek Dobrzycki", "person"),
    # and a role noun with a proper-noun complement before an unknown name still gives a person
    ("Do Warszawy przyleciał prezydent Tajwanu Lai Ching-te.", "Lai Ching-te", "person"),
    # an unknown word ending as the Slavic adjectival surnames end is a person
    ("Hrabyński ogłosił w czwartek nowe sankcje wobec banków.", "Hrabyński", "person"),
    ("Według mediów Zabrodecki nie pojawi się na szczycie.", "Zabrodecki", "person"),
    ("Wołodymyrskyj zapowiedział, że nie podpisze porozumienia.", "Wołodymyrskyj", "person"),
    # any other unknown word alone stays a firm or body
    ("Trakbex ogłosił w czwartek nowe ceny biletów.", "Trakbex", "organization"),
    # an administrative division of another country or a part of a town names a place
    ("Walki trwały w prowincji Kardawan przez cały tydzień.", "Kardawan", "place"),
    ("Władze komitatu Bereżwar zakazały lotów dronów.", "Bereżwar", "place"),
    ("Mieszkańcy dzielnicy Zorniki protestowali przed ratuszem.", "Zorniki", "place"),
]


@pytest.mark.parametrize("text,name,typ", TYPED)
def test_type_from_the_words_around_a_name(text, name, typ):
    got = _types(text)
    assert got.get(name) == typ, got


CANONICAL = [
    # a foreign name the dictionary lacks, written once: the name as written, not a case the guesser
    # reads into it that merely looks less foreign ("Yiy" as if "Yiyu" were its locative)
    ("W drugiej rundzie zmierzy się z Chinką Yiyu Zhang z Szanghaju.", "Yiyu Zhang"),
    ("Spotkał się w Pekinie z Haoyu Chen, szefem delegacji.", "Haoyu Chen"),
]


@pytest.mark.parametrize("text,name", CANONICAL)
def test_a_foreign_name_written_once_keeps_its_spelling(text, name):
    assert name in _types(text)
