"""Demands, round 7 (issue 14): one resolver for a party phrase. Invented sentences, negatives included."""
import pytest

from newslens import nlp
from newslens.extract.actors import extract_actors
from newslens.extract.demands import extract_demands
from newslens.extract.quotes import extract_quotes
from newslens.extract.timeline import extract_timeline


def demands(text, published="2025-03-01"):
    t = nlp.analyze(text)
    actors = extract_actors(t)
    return extract_demands(t, actors, extract_timeline(t, published), extract_quotes(t, actors))


def parties(text, kind):
    """(text opening, by, of) per record of ``kind``."""
    return [(d.text[:20], d.by, d.of) for d in demands(text) if d.kind == kind]


@pytest.mark.parametrize("text,expected", [
    # a quoted name after the preposition: the quotation mark is no word of the phrase
    ('Dziennik "Kurier Zagórski" opisał sprawę. Starosta Jan Lis domagał się od "Kuriera Zagórskiego": '
     'przeprosin na łamach gazety, wpłaty 5 tys. zł na schronisko.',
     [("przeprosin na łamach", "Jan Lis", "Kurier Zagórski"), ("wpłaty 5 tys. zł na ", "Jan Lis", "Kurier Zagórski")]),
    # a quoted phrase that names no actor: nothing is guessed
    ('Starosta Jan Lis domagał się od "tych pismaków": przeprosin na łamach gazety, wpłaty 5 tys. zł na schronisko.',
     [("przeprosin na łamach", "Jan Lis", None), ("wpłaty 5 tys. zł na ", "Jan Lis", None)]),
])
def test_quoted_addressee(text, expected):
    assert parties(text, "item") == expected


@pytest.mark.parametrize("text,expected", [
    # a document's recipients in the dative, coordinated, the first by its head noun (the one company
    # named): the group of its signatories demands as the committee that sent it
    ("Komitet Strajkowy działający w Kujawskiej Spółce Cukrowej przekazał w środę spółce oraz Ministerstwu "
     "Rozwoju pismo z postulatami. Związkowcy domagają się przede wszystkim podwyżki płac o 15 procent.",
     [("podwyżki płac o 15 p", "Komitet Strajkowy", "Kujawska Spółka Cukrowa, Ministerstwo Rozwoju")]),
    # a head noun after a preposition is no recipient ("w spółce"): no addressee is guessed
    ("Komitet Strajkowy działający w Kujawskiej Spółce Cukrowej złożył w spółce pismo z postulatami. "
     "Związkowcy domagają się przede wszystkim podwyżki płac o 15 procent.",
     [("podwyżki płac o 15 p", "Komitet Strajkowy", None)]),
])
def test_dative_recipients(text, expected):
    assert parties(text, "item") == expected


@pytest.mark.parametrize("text,expected", [
    # the sentence announcing a list gives its demander and, after its demand verb, its addressee;
    # a demonym plural names its country (the gazetteer's demonyms)
    ("Wiceminister Jan Nowak wyliczył w wywiadzie, czego Warszawa oczekuje od Niemców. Po pierwsze - zwrotu "
     "zagrabionych dzieł sztuki. Po drugie - wypłaty odszkodowań dla ofiar.", ["Niemcy", "Niemcy"]),
    # no addressee stated after the demand verb: none, though a country is named in the sentence
    ("Wiceminister Jan Nowak wyliczył w wywiadzie, czego Warszawa oczekuje po rozmowach w Berlinie. Po "
     "pierwsze - zwrotu zagrabionych dzieł sztuki. Po drugie - wypłaty odszkodowań dla ofiar.", [None, None]),
    ("Wiceminister Jan Nowak pojechał do Berlina i wyliczył, czego Warszawa oczekuje. Po pierwsze - zwrotu "
     "zagrabionych dzieł sztuki. Po drugie - wypłaty odszkodowań dla ofiar.", [None, None]),
])
def test_announced_addressee(text, expected):
    assert [d.of for d in demands(text) if d.kind == "item"] == expected


@pytest.mark.parametrize("text,expected", [
    # a classifier noun and the name it classifies open the condition's clause: the named actor
    ("Burmistrz Jan Lis zapowiedział, że gmina przejmie budynek, ale dopiero po tym, jak spółka Edu-Plan "
     "rozliczy się z dotacji.", ["Edu-Plan"]),
    # the classifier alone names nothing: no addressee
    ("Burmistrz Jan Lis zapowiedział, że gmina przejmie budynek, ale dopiero po tym, jak spółka rozliczy "
     "się z dotacji.", [None]),
])
def test_condition_classifier_subject(text, expected):
    assert [d.of for d in demands(text) if d.kind == "condition"] == expected


@pytest.mark.parametrize("text,expected", [
    # a capitalised first word of a longer listed name stands for that actor of the text
    ("Rosja krytykuje manewry NATO w Polsce. Moskwa żąda od Sojuszu: wycofania wojsk z Polski, rezygnacji "
     "z ćwiczeń na Bałtyku.", ["NATO", "NATO"]),
    # the actor is not in the text: nothing is guessed
    ("Rosja krytykuje manewry w Polsce. Moskwa żąda od Sojuszu: wycofania wojsk z Polski, rezygnacji z "
     "ćwiczeń na Bałtyku.", [None, None]),
])
def test_short_listed_name(text, expected):
    assert [d.of for d in demands(text) if d.kind == "item"] == expected


@pytest.mark.parametrize("text,expected", [
    # a possessive before a demand noun announces the list after its colon, as a count does
    ("Prezydent Jan Lis milczy. Komitet Obrony Parku w petycji do prezydenta wymienia swoje żądania: wstrzymanie "
     "wycinki drzew, przywrócenie ścieżek rowerowych oraz opublikowanie pełnych planów inwestycji.",
     ["wstrzymanie wycinki ", "przywrócenie ścieżek", "opublikowanie pełnyc"]),
    # no colon: the noun announces demands stated elsewhere, no item is read from the sentence
    ("Prezydent Jan Lis milczy. Komitet Obrony Parku w petycji do prezydenta wymienia swoje żądania, a także "
     "zapowiada protest przed ratuszem.", []),
])
def test_possessive_colon_list(text, expected):
    assert [d.text[:20] for d in demands(text) if d.kind == "item"] == expected


@pytest.mark.parametrize("text,expected", [
    # a genitive complement's own coordination inside the first item: the list goes on after its "i"
    ("Komitet Obrony Parku domaga się od burmistrza: ochrony terenów zielonych, skwerów i parków, "
     "zakończenia wycinki drzew, a także publikacji planów.",
     ["ochrony terenów zielonych, skwerów i parków", "zakończenia wycinki drzew", "publikacji planów"]),
    # the "i" ends the list: its items stay apart
    ("Komitet Obrony Parku domaga się od burmistrza: zakończenia wycinki drzew, publikacji planów i "
     "wstrzymania budowy.",
     ["zakończenia wycinki drzew", "publikacji planów", "wstrzymania budowy"]),
])
def test_inner_genitive_list(text, expected):
    assert [d.text for d in demands(text) if d.kind == "item"] == expected


@pytest.mark.parametrize("text,expected", [
    # an appeal or wish whose object is one abstract noun states no demand
    ("Rzecznik praw pacjenta Jan Lis apeluje do posłów o pośpiech.", []),
    ("- Nie chcemy przywilejów, chcemy przewidywalności - mówił biskup Jan Lis.", []),
    ('"Prosimy o wysłuchanie" - czytamy w petycji mieszkańców do wojewody Jana Lisa.', []),
    # the same noun with content is a demand
    ("Rzecznik praw pacjenta Jan Lis apeluje do posłów o pośpiech w pracach nad ustawą o rejestrze.",
     ["pośpiech w pracach nad ustawą o rejestrze"]),
])
def test_vague_objects(text, expected):
    assert [d.text for d in demands(text) if d.kind == "item"] == expected


@pytest.mark.parametrize("text,expected", [
    # a first-person wish whose clause names no party to act is no demand
    ('"Chcemy, żeby nasze dzieci miały gdzie się uczyć" - mówi Anna Lis, mama siedmiolatka.', []),
    ("- Chcemy, żeby szkoła uczyła się na błędach - mówił wiceminister edukacji Jan Lis.", []),
    # the clause names the party asked to act: a demand of it
    ('"Chcemy, żeby burmistrz Adam Nowak przywrócił kursy autobusów" - mówi Anna Lis, sołtyska.',
     [("burmistrz Adam Nowak przywrócił kursy autobusów", "Adam Nowak")]),
])
def test_first_person_wish(text, expected):
    assert [(d.text, d.of) for d in demands(text) if d.kind == "item"] == expected


@pytest.mark.parametrize("text,expected", [
    # an ordinal demand noun with its owner in the genitive before the copula
    ("Związek Nauczycielstwa Polskiego domaga się od Ministerstwa Edukacji podwyżek płac. Kolejnym postulatem związku jest "
     "skrócenie pensum.", [("podwyżek płac", "Związek Nauczycielstwa Polskiego"),
                           ("skrócenie pensum", "Związek Nauczycielstwa Polskiego")]),
    # a genitive not followed by a copula is no owner: no frame from it
    ("Związek Nauczycielstwa Polskiego domaga się od Ministerstwa Edukacji podwyżek płac. Kolejnym postulatem związku "
     "zajmie się komisja.", [("podwyżek płac", "Związek Nauczycielstwa Polskiego")]),
])
def test_ordinal_with_owner(text, expected):
    assert [(d.text, d.by) for d in demands(text) if d.kind == "item"] == expected


@pytest.mark.parametrize("text,expected", [
    # an appeal to a party the text does not name, with a wished clause after it
    ("Rzecznik praw dziecka Jan Lis zaapelował do radnych, by nie zamykali szkoły.",
     [("nie zamykali szkoły", "Jan Lis", None)]),
    # no clause after the addressee phrase: nothing is read from it
    ("Rzecznik praw dziecka Jan Lis zaapelował do radnych z całego powiatu.", []),
])
def test_appeal_clause_after_addressee(text, expected):
    assert [(d.text, d.by, d.of) for d in demands(text) if d.kind == "item"] == expected
