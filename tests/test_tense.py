"""Tense of the clause around a date: nearest verb, clause boundaries, modals, planning forms."""
import pytest

from newslens import nlp
from newslens.tense import span_tense

CASES = [
    ("Minister spotkał się z rolnikami w czwartek.", "w czwartek", "past"),
    ("Kadra zagra we wtorek z Walią.", "we wtorek", "future"),
    ("Premier ma spotkać się ze związkowcami w piątek.", "w piątek", "future"),
    ("Szkoły mogą stanąć w kwietniu.", "w kwietniu", "future"),
    ("Budżet będzie gotowy w maju.", "w maju", "future"),
    ("Kolejny szczyt zaplanowano na lipiec.", "na lipiec", "future"),
    ("Protesty trwają od 9 lutego.", "od 9 lutego", "present"),
    ("ZNP domaga się podwyżek od 1 września.", "od 1 września", "future"),
    # the date belongs to the announcing verb, not to what is announced
    ("Komisja zapowiedziała w czwartek, że przedstawi propozycje.", "w czwartek", "past"),
    ("Komisja zapowiedziała w czwartek, że przedstawi propozycje do połowy marca.", "do połowy marca", "future"),
    # a participle right next to the date wins over the main verb
    ("Prezydent, zaprzysiężony w poniedziałek, zapewnił, że wyspa będzie bronić demokracji.", "w poniedziałek", "past"),
    ("Od lipca wyższe rachunki za prąd.", "Od lipca", None),
]


@pytest.mark.parametrize("text,span,expected", CASES)
def test_span_tense(text, span, expected):
    a = text.index(span)
    assert span_tense(nlp.analyze(text), a, a + len(span)) == expected
