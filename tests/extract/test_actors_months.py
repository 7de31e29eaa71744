"""Actors (#15): a capitalised month with a year's two digits is a body's name, not a date ("Sierpień
'80", "Sierpnia 80", "z Sierpnia'80"), named by the month's nominative and the digits as written; a quoted
name after an adjective and an institution's noun is part of that name; an adjective written in the
nominative stays as written. Invented sentences -> the actors found (name, type, aliases).
"""
import pytest

from newslens import nlp
from newslens.extract.actors import extract_actors


def _found(text):
    return {(a.name, a.type) for a in extract_actors(nlp.analyze(text))}


NAMES = [
    ("Protest poparł Wolny Związek Zawodowy \"Lipiec '76\" z Radomia.",
     {("Wolny Związek Zawodowy \"Lipiec '76\"", "organization"), ("Radom", "place")}),
    ("Anna Wilk z Grudnia'70 zapowiedziała pikietę.", {("Anna Wilk", "person"), ("Grudzień'70", "organization")}),
    ("Szef Czerwca 56 Adam Lis ocenił projekt.", {("Czerwiec 56", "organization"), ("Adam Lis", "person")}),
    ("Głos zabrał Krajowy Związek Sadowników „Złote Jabłko”.",
     {("Krajowy Związek Sadowników „Złote Jabłko”", "organization")}),
]

DATES = [
    # a date: the day before the month, the year in full, or a count's noun after the digits
    ("Strajk wybuchł 14 sierpnia 1980 roku w stoczni.", set()),
    ("Umowę podpisano 31 Sierpnia 80 lat temu.", set()),
    ("W zakładzie od lipca 76 osób straciło pracę.", set()),
]


@pytest.mark.parametrize("text,want", NAMES)
def test_a_month_with_a_years_two_digits_names_a_body(text, want):
    assert _found(text) == want


@pytest.mark.parametrize("text,_", DATES)
def test_a_date_or_a_count_is_no_body_named_by_a_month(text, _):
    assert not [n for n, _t in _found(text) if any(c.isdigit() for c in n)]


def test_the_quoted_form_joins_the_full_name():
    found = {a.name: a for a in extract_actors(nlp.analyze(
        "Strajk ogłosił Wolny Związek Zawodowy \"Lipiec '76\". Nie ustąpimy - mówią przedstawiciele \"Lipca '76\".")) }
    assert list(found) == ["Wolny Związek Zawodowy \"Lipiec '76\""]
    assert "Lipca '76" in found["Wolny Związek Zawodowy \"Lipiec '76\""].aliases
