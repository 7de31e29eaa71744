"""Speakers (extract/speakers.py, speaker_roles.py, speaker_sources.py): tables of invented text ->
expected (kind, speaker, via, text start) per quote, with negatives where the speaker must stay empty.
The constructions come from misses on real pages; the sentences and names are invented."""
import pytest

from newslens import nlp
from newslens.extract.actors import extract_actors
from newslens.extract.quotes import extract_quotes


def quotes(text):
    t = nlp.analyze(text)
    return [(q.kind, q.speaker, q.via, q.text) for q in extract_quotes(t, extract_actors(t))]


def assert_quotes(text, expected):
    got = quotes(text)
    assert [(k, s, v) for k, s, v, _ in got] == [(k, s, v) for k, s, v, _ in expected], got
    for (_, _, _, g), (_, _, _, e) in zip(got, expected):
        assert g.startswith(e), (g, e)


SAID_HERE = [
    # a role noun after a first-person quote naming someone else: the one named in the quote is its object,
    # the role's holder is the one who just spoke
    ('Piotr Zieliński skrytykował rząd.\n\n"Od miesięcy rachunki tylko rosną, a rząd nic nie robi" – wskazał '
     'Piotr Zieliński.\n\n"Dlatego zaprosiłem na piątek minister Annę Lis i ministra Bąka na otwartą rozmowę" '
     '– przekazał prezydencki minister.',
     [("direct", "Piotr Zieliński", None, "Od miesięcy"), ("direct", "Piotr Zieliński", None, "Dlatego zaprosiłem")]),
    # negative: the minister named before the quote, outside it, still holds the role
    ('Minister Anna Lis odwiedziła szpital w Radomiu.\n\n"Zaprosiłam do ministerstwa dyrektorów wszystkich '
     'szpitali w regionie" – przekazała minister.',
     [("direct", "Anna Lis", None, "Zaprosiłam")]),
]


@pytest.mark.parametrize("text,expected", SAID_HERE)
def test_role_holder_named_only_in_the_quote_is_not_its_speaker(text, expected):
    assert_quotes(text, expected)
