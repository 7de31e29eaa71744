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
