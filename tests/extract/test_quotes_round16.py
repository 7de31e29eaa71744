"""Quotes, round 16 (extract/quotes.py): tables of invented text -> expected (kind, speaker, via, text start)
per quote, with negatives. Mechanisms, not sentences. Sentences and names are invented."""
import pytest

from .test_speakers import assert_quotes

CLAUSE_OVERLAPPING_A_FRAGMENT = [
    # a reported clause and a quoted fragment of the same verb that overlap: the fragment alone (GUIDELINES
    # "partial"), whether the fragment runs past the clause's end (a sentence break inside the marks cut the
    # clause, 'S.A., tj.'), the clause opens right before the marks ('że urząd "…"'), the clause is read inside
    # the marks (', w tym …'), or the marks open the clause after a source phrase ('Według X, "…"')
    ('Szef związku Jan Guzik podkreślił w liście, że jest jeszcze szansa na porozumienie, „zanim strajk obejmie '
     'wszystkie kopalnie Węglopolu S.A., tj. całą spółkę”.',
     [("partial", "Jan Guzik", None, "zanim strajk")]),
    ('Poseł Adam Kruk zadeklarował, że wróci do kraju. Jak dodał – po drugie – według Kruka muszą wrócić '
     '„odwołani prezesi sądów, w tym sądu okręgowego w Lublinie, oraz sędziowie odsunięci od orzekania”.',
     [("indirect", "Adam Kruk", None, "wróci"), ("partial", "Adam Kruk", None, "odwołani prezesi")]),
    ('Rzecznik urzędu Adam Lis przekazał PAP, że urząd "analizuje pismo związku i odpowie na nie w ciągu '
     'tygodnia".',
     [("partial", "Adam Lis", "PAP", "analizuje pismo")]),
    ('Według premiera Jana Wrony, "musimy zdecydowanie działać w sprawie sankcji na gaz i ropę. Jeżeli nie '
     'zapłacimy tej ceny dziś, zapłacimy ją jutro".',
     [("partial", "Jan Wrona", None, "musimy zdecydowanie")]),
    # negatives: a clause with no marks in it stays a quote of its own beside the next sentence's quotation;
    # a fragment wholly inside the clause was the fragment alone before
    ('Prezes Jan Guzik powiedział, że spółka ma długi. „Nie ma pieniędzy na podwyżki w tym roku” – dodał.',
     [("indirect", "Jan Guzik", None, "spółka ma"), ("direct", "Jan Guzik", None, "Nie ma")]),
    ('Prezes Jan Guzik powiedział, że spółka ma długi i „nie ma pieniędzy na podwyżki w tym roku”.',
     [("partial", "Jan Guzik", None, "nie ma")]),
]


@pytest.mark.parametrize("text,expected", CLAUSE_OVERLAPPING_A_FRAGMENT)
def test_a_clause_overlapping_its_fragment_is_the_fragment(text, expected):
    assert_quotes(text, expected)
