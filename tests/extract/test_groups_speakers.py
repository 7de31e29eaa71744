"""Protest participants as speakers (extract/groups.py: protest_organiser, led_protesters): the one named
organisation the text says organised the action speaks for them (GUIDELINES group speakers), wherever the
text says so; otherwise the group speaks as itself. Invented texts."""
import pytest

from newslens import nlp
from newslens.extract.actors import extract_actors
from newslens.extract.quotes import extract_quotes


def speakers(text):
    t = nlp.analyze(text)
    return [(q.speaker, q.group, q.text[:20]) for q in extract_quotes(t, extract_actors(t))]


CASES = [
    # the organiser named after the protesters speak, in a relative clause: it leads them
    ("Sadownicy przyjechali do Lublina. Protestujący mówią, że ceny skupu są za niskie. Jak mówił lider protestu "
     "Adam Kos ze Związku Sadowników RP (który organizował protest), rolnicy zostaną do wieczora.",
     [("Związek Sadowników RP", False, "ceny skupu są za nis"), ("Adam Kos", False, "rolnicy zostaną do w")]),
    # the organiser as the subject of an organising verb before
    ("Blokadę drogi zorganizował Komitet Obrony Przewoźników. Protestujący zapowiadają, że nie przepuszczą "
     "ciężarówek do piątku.",
     [("Komitet Obrony Przewoźników", False, "nie przepuszczą cięż")]),
    # negative: two organisations organised it: the group speaks as itself
    ("Protest zorganizowały Związek Sadowników RP i Komitet Obrony Wsi. Protestujący zapowiadają, że nie "
     "przepuszczą ciężarówek do piątku.",
     [("protestujący", True, "nie przepuszczą cięż")]),
    # negative: the organising verb's object is no protest action
    ("Starostwo Powiatowe w Zgierzu zorganizuje dowóz uczniów. Protestujący zapowiadają, że nie przepuszczą "
     "autobusów do piątku.",
     [("protestujący", True, "nie przepuszczą auto")]),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_protesters_are_the_organiser_of_the_action(text, expected):
    assert speakers(text) == expected


EXPERTS = [
    # economists or analysts of a named body speak for it (as the dev gold has "Ekonomiści banku ING" -> ING)
    ("Ekonomiści Polskiego Instytutu Ekonomicznego szacują, że import wołowiny wzrośnie o jedną trzecią.",
     [("Polski Instytut Ekonomiczny", False, "import wołowiny wzro")]),
    # negative: unnamed economists are a group speaking as itself
    ("Ekonomiści szacują, że import wołowiny wzrośnie o jedną trzecią.",
     [("ekonomiści", True, "import wołowiny wzro")]),
]


@pytest.mark.parametrize("text,expected", EXPERTS)
def test_experts_of_a_named_body(text, expected):
    assert speakers(text) == expected
