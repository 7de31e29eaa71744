"""Speakers, round 16 (extract/speakers.py and neighbours): tables of invented text -> expected (kind,
speaker, via, text start) per quote, with negatives. Mechanisms, not sentences. Sentences and names are
invented."""
import pytest

from .test_speakers import assert_quotes

INFLECTED_SURNAME = [
    # a man's surname in -o/-a alone in the genitive ("Moniuszki", "Fredry", "Sapiehy") reads in the
    # dictionary as a plural nominative too; one person's surname in the plural is no subject, so a bare
    # verb after it goes on to the speaker before (a woman here: a man whose first name the dictionary does
    # not know has no gender to disagree with her verbs)
    ('Opozycjonistka Ewa Lis mówiła w Sejmie o wyborach. „Rząd jest słaby” – podkreśliła.\n\nProsiła, by '
     'Moniuszki nie uznawać za prezydenta. Apelowała też o uznanie Moniuszki za sponsora przemocy.\n\n'
     '„Zmiana jest możliwa i nadejdzie szybciej, niż się wydaje” – mówiła.\n\nKrytykuje ją dyktator Ołeksij '
     'Moniuszko.',
     [("direct", "Ewa Lis", None, "Rząd jest"), ("direct", "Ewa Lis", None, "Zmiana jest")]),
    ('Radna Anna Kowal mówiła o budżecie. „Miasto ma długi” – podkreśliła.\n\nProsiła, by Fredry nie '
     'wybierać ponownie. Apelowała też o odwołanie Fredry z funkcji.\n\n„Trzeba to zmienić jeszcze w tym '
     'roku” – mówiła.\n\nBurmistrz Aslan Fredro milczy.',
     [("direct", "Anna Kowal", None, "Miasto ma"), ("direct", "Anna Kowal", None, "Trzeba to")]),
    ('Minister Joanna Wrona odwiedziła Lublin. „Szpital dostanie pieniądze” – zapewniła.\n\nSkrytykowała '
     'decyzje Sapiehy. Zarzuciła też zaniedbania ekipie Sapiehy.\n\n„Nie będzie już takich opóźnień w '
     'naszym regionie” – dodała.\n\nDyrektor Tamaz Sapieha odpowiada, że opóźnień nie było.',
     [("direct", "Joanna Wrona", None, "Szpital"), ("indirect", "Joanna Wrona", None, "zaniedbania"),
      ("direct", "Joanna Wrona", None, "Nie będzie"), ("indirect", "Tamaz Sapieha", None, "opóźnień nie")]),
    # negatives: the surname as written in the name is a nominative and still the subject, alone or after
    # the first name
    ('Dyktator Ołeksij Moniuszko odwiedził Mińsk. Posłanka Ewa Lis go krytykuje. Moniuszko odpowiedział, że '
     'krytyka jest niesłuszna.',
     [("indirect", "Ołeksij Moniuszko", None, "krytyka jest")]),
    ('Posłanka Ewa Lis krytykuje dyktatora. Ołeksij Moniuszko odpowiedział, że krytyka jest niesłuszna.',
     [("indirect", "Ołeksij Moniuszko", None, "krytyka jest")]),
]


@pytest.mark.parametrize("text,expected", INFLECTED_SURNAME)
def test_a_surname_in_an_oblique_case_is_no_subject(text, expected):
    assert_quotes(text, expected)
