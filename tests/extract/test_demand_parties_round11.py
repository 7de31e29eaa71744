"""Demand parties, round 11 (issue 14, `by` and `of` on real pages): invented sentences of the
constructions real pages and batch J use, negatives included. No sentence comes from a real page."""
import pytest

from .test_demand_round5 import demands


def parties(text, kind="item"):
    return [(d.text, d.by, d.of) for d in demands(text) if d.kind == kind]


@pytest.mark.parametrize("text,expected", [
    # demands sent to a named body with a verb of sending: its addressee for the list that follows
    ("Związek Zawodowy Leśników ma trzy postulaty. Postulaty, które związek przesłał do Ministerstwa Klimatu "
     "jeszcze w marcu, są trzy. Pierwszy dotyczy podwyżki płac. Drugi to nowe etaty w nadleśnictwach.",
     [("podwyżki płac", "Związek Zawodowy Leśników", "Ministerstwo Klimatu"),
      ("nowe etaty w nadleśnictwach", "Związek Zawodowy Leśników", "Ministerstwo Klimatu")]),
    # negative: demands presented somewhere, sent to no one: no addressee
    ("Związek Zawodowy Leśników przedstawił postulaty w Opolu. Leśnicy domagają się podwyżki płac.",
     [("podwyżki płac", "Związek Zawodowy Leśników", None)]),
])
def test_demands_sent_to_a_body(text, expected):
    assert parties(text) == expected


@pytest.mark.parametrize("text,by", [
    # a series item holds no demander: the one before it in its sentence, else the sentence before
    ("Postulaty, które Związek Zawodowy Leśników przesłał do ministerstwa, są dwa. Pierwszy dotyczy dotacji "
     "dla GOPR i TOPR. Drugi to nowe etaty.", "Związek Zawodowy Leśników"),
])
def test_no_demander_inside_the_item(text, by):
    got = parties(text)
    assert got and got[0][1] == by


@pytest.mark.parametrize("text,of", [
    # "resort" is the ministry the text names
    ("Ministerstwo Klimatu zapowiedziało zmiany. Związek Zawodowy Leśników oczekuje od resortu podwyżki płac.",
     "Ministerstwo Klimatu"),
    # negative: no ministry named, no addressee
    ("Związek Zawodowy Leśników oczekuje od resortu podwyżki płac.", None),
])
def test_resort_is_the_ministry_named(text, of):
    got = parties(text)
    assert got and got[0][2] == of


@pytest.mark.parametrize("text,by", [
    # an organisation that declared the protest action leads the group that demands
    ("We wtorek Związek Zawodowy Oświaty ogłosił pogotowie strajkowe. Nauczyciele domagają się podwyżek płac.",
     "Związek Zawodowy Oświaty"),
    # negative: it declared something else, the group stays
    ("We wtorek Związek Zawodowy Oświaty ogłosił konkurs dla szkół. Nauczyciele domagają się podwyżek płac.",
     "nauczyciele"),
])
def test_declared_protest_leads_the_group(text, by):
    got = parties(text)
    assert got and got[0][1] == by


@pytest.mark.parametrize("text,by", [
    # a group counted by a numeral is the subject of its sentence, in the genitive
    ("W holu szpitala protestuje około 20 rezydentów. Domagają się m.in. wzrostu płac i skrócenia dyżurów.",
     "rezydenci"),
    ("Pod urzędem zebrało się kilkuset rolników. Domagają się dopłat do nawozów.", "rolnicy"),
    # negative: a counted group governed by a noun after a preposition is no subject
    ("Minister spotkał się wczoraj z grupą 20 rezydentów. Domagają się m.in. wzrostu płac i skrócenia dyżurów.",
     None),
])
def test_counted_group_is_a_subject(text, by):
    got = parties(text)
    assert got and got[0][1] == by


@pytest.mark.parametrize("text,of", [
    # a date before the subject of a condition, its month read otherwise by the tagger ("maja")
    ("Ministerstwo Infrastruktury nie odpowiedziało na pismo. Jan Lis zapowiedział, że jeśli do 31 maja "
     "ministerstwo nie przedstawi projektu, kierowcy zablokują drogi.", "Ministerstwo Infrastruktury"),
    # negative: no ministry named
    ("Jan Lis zapowiedział, że jeśli do 31 maja ministerstwo nie przedstawi projektu, kierowcy zablokują drogi.",
     None),
])
def test_condition_subject_after_a_date(text, of):
    got = parties(text, "condition")
    assert got and got[0][2] == of
