"""Actors, round 13 (#15): invented sentences -> (name, type), negatives included.

- a national team is an actor apart only with its age category ("reprezentacja Czech U-19"); the
  senior team named by its noun and its country ("mecz reprezentacji Czech") stands for the country,
  as a demonym does: the place, with the genitive as its alias, and no organisation.
"""
import pytest

from newslens import nlp
from newslens.extract.actors import extract_actors


def _by_name(text):
    return {a.name: a for a in extract_actors(nlp.analyze(text))}


TEAMS = [
    # the senior team: its country, no organisation
    ("Za miesiąc czekają nas mecze reprezentacji Czech z Norwegią.", "Czechy", "place"),
    ("Selekcjoner kadry Węgier ogłosił w piątek powołania.", "Węgry", "place"),
    ("Kibice reprezentacji Portugalii przyjechali pociągiem.", "Portugalia", "place"),
    # an age category makes it a team of its own (and the country is then no actor)
    ("Trener ma poprowadzić reprezentację Czech U-19 w eliminacjach.", "reprezentacja Czech U-19", "organization"),
    ("Bramkarz kadry Węgier U21 doznał kontuzji.", "kadra Węgier U21", "organization"),
]


@pytest.mark.parametrize("text,name,typ", TEAMS)
def test_a_national_team_is_its_country_unless_an_age_category_names_it(text, name, typ):
    found = _by_name(text)
    assert name in found and found[name].type == typ, found
    assert not [n for n in found if n != name and n.split()[0] in ("reprezentacja", "kadra")], found
    if typ == "organization":
        assert not [a for a in found.values() if a.type == "place"], found
