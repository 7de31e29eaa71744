"""Names (#15): where the clause says a person's name is a nominative (a finite verb right after it,
behind a role noun; or a comma apposition in the nominative), a first name the dictionary reads only as
an oblique form of a Polish name is a foreign name as written ("Mari", not Maria; "Annie", not Anna); two
spellings of one first name a letter apart, both written, are one person named by the first.
Invented sentences -> (name, aliases) of the people found.
"""
import pytest

from newslens import nlp
from newslens.extract.actors import extract_actors


def _people(text):
    return {a.name: a.aliases for a in extract_actors(nlp.analyze(text)) if a.type == "person"}


TOLD = [
    # a role noun before, a verb right after: the subject, written in the nominative
    ("Minister zdrowia Mari Lahtinen zapowiedziała nowe przepisy.", "Mari Lahtinen"),
    ("Francuska minister kultury Annie Dufresne oświadczyła w radiu, że nie.", "Annie Dufresne"),
    # a comma apposition in the nominative
    ("Na antenie radia Fili Borko, radny z Opola, mówił o parku.", "Fili Borko"),
]

NOT_TOLD = [
    # a role in an oblique case, or an object before the verb: the dictionary's reading stays
    ("Prokurator przesłuchał wczoraj ministra Jana Kowalskiego.", "Jan Kowalski"),
    ("Ministra Jana Kowalskiego wezwał wczoraj prokurator.", "Jan Kowalski"),
    # a genitive after the role: the role's complement, the subject unnamed
    ("Pełnomocnik Adama W. przekonywał, że to pomyłka.", "Adam W."),
]


@pytest.mark.parametrize("text,name", TOLD)
def test_a_name_the_clause_makes_a_nominative_is_written_as_the_text_writes_it(text, name):
    assert name in _people(text)


@pytest.mark.parametrize("text,name", NOT_TOLD)
def test_an_oblique_name_keeps_its_nominative_reading(text, name):
    people = _people(text)
    assert name in people, people
    assert not [n for n in people if n.split()[0] in ("Jana", "Ministra", "Adama")], people


def test_two_spellings_of_one_first_name_are_one_person_named_by_the_first():
    people = _people("Minister kultury Annie Dufresne oświadczyła, że nie. "
                     "Później minister Anne Dufresne zażądała zmian w ustawie.")
    assert list(people) == ["Annie Dufresne"]
    assert "Anne Dufresne" in people["Annie Dufresne"]
