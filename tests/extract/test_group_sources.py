"""Investigators as a source are the group 'śledczy' (GUIDELINES, decided in the sixth session), as
experts and analysts are. Invented rows: text -> (kind, speaker, via, text start); negatives included."""
import pytest

from .test_quotes import assert_quotes

ROWS = [
    # the office is named in the sentence before: the source is still the investigators as a group
    ("Prokuratura Okręgowa w Toruniu postawiła zarzuty byłemu skarbnikowi gminy. Według śledczych w latach "
     "2020-2023 gmina przepłaciła za usługi co najmniej 2 mln zł.",
     [("indirect", "śledczy", None, "w latach 2020-2023 gmina przepłaciła")]),
    ("Śledczy podają, że burmistrz przyjął łapówkę w wysokości pół miliona złotych.",
     [("indirect", "śledczy", None, "burmistrz przyjął łapówkę")]),
    # negative: one investigator is no group
    ("Według śledczego skarbnik działał sam i nie miał wspólników w urzędzie.",
     [("indirect", None, None, "skarbnik działał sam")]),
]


@pytest.mark.parametrize("text, expected", ROWS)
def test_investigators_as_a_source(text, expected):
    assert_quotes(text, expected)


NAMES = [
    # 'też' has a reading as the determiner 'tenże', which is no part of the group's name
    ("Do protestu dołączyli też kierowcy niezrzeszeni. - Nikt nas nie pyta o zdanie - mówili dziennikarzom.",
     [("direct", "kierowcy", None, "Nikt nas nie pyta")]),
    ("Na placu stanęli także rolnicy z Mazur. - Nie odejdziemy stąd - mówili.",
     [("direct", "rolnicy z Mazur", None, "Nie odejdziemy stąd")]),
]


@pytest.mark.parametrize("text, expected", NAMES)
def test_group_names_leave_out_particles(text, expected):
    assert_quotes(text, expected)
