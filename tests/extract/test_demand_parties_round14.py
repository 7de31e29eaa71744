"""Demand parties, issue 14 (round 12 of the team, `by` and `of` of demands in constructions not seen):
mechanisms, not constructions. Invented sentences, negatives included. No sentence comes from a real page."""
import pytest

from .test_demand_round5 import demands


def parties(text, kind="item"):
    return [(d.text, d.by, d.of) for d in demands(text) if d.kind == kind]


@pytest.mark.parametrize("text,by", [
    # a member noun derived from the adjective of its body ("-owiec" from "-owy"): the one body so named
    ("Polskie Stronnictwo Ludowe zebrało się w sobotę. Ludowcy domagają się obniżenia podatku rolnego.",
     "Polskie Stronnictwo Ludowe"),
    # the body named by its acronym, the long name known for it ("PSL")
    ("Zarząd PSL zebrał się w sobotę. Ludowcy domagają się obniżenia podatku rolnego.", "PSL"),
    ("Samorząd Studentów Politechniki Opolskiej zebrał się w czwartek. Samorządowcy domagają się obniżenia "
     "opłat za akademiki.", "Samorząd Studentów Politechniki Opolskiej"),
    # an inter-union committee holds the word too ("międzyzwiązkowy")
    ("Międzyzwiązkowy Komitet Protestacyjny w Hucie Stalowa Wola ogłosił pogotowie. Związkowcy domagają się "
     "podwyżek płac o 800 zł.", "Międzyzwiązkowy Komitet Protestacyjny w Hucie Stalowa Wola"),
    # negative: two bodies hold the word: the group stays a group
    ("Związek Zawodowy Maszynistów i Związek Zawodowy Konduktorów spotkały się w Poznaniu. Związkowcy domagają "
     "się podwyżek płac o 800 zł.", "związkowcy"),
    # negative: the body named is a branch of another one named ("ZNP", "Oddział ZNP w Opolu")
    ("Oddział ZNP w Opolu poparł protest, a ZNP ogłosiło pogotowie. Związkowcy domagają się podwyżek płac o 800 zł.",
     "związkowcy"),
    # negative: no body holds the word the group's noun comes from ("rolnicy" are no "-owiec")
    ("Polskie Stronnictwo Ludowe zebrało się w sobotę. Rolnicy domagają się obniżenia podatku rolnego.", "rolnicy"),
    # negative: the body is named only after the demand
    ("Ludowcy domagają się obniżenia podatku rolnego. Polskie Stronnictwo Ludowe zebrało się w sobotę.", "ludowcy"),
])
def test_member_noun_derived_from_its_body(text, by):
    got = parties(text)
    assert got and got[0][1] == by, got

