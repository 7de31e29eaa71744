"""Quotes, round 11: misses and spurious quotes on the development real pages, as invented sentences of
the same constructions (other words and names). Each row: text -> expected quotes (kind, speaker, via,
text start); END rows check where a quote ends."""
import pytest

from .test_quotes import assert_quotes, quotes

CLAUSES = [
    # a dash attribution whose verb reports a clause of its own: the clause is the quote, not the words
    # before the dash
    ("Rzeczniczka Ewa Lis dodała, że do strajku dołączą kolejni. Pytana, ilu ich będzie - odpowiedziała, "
     "że tego nie wie.",
     [("indirect", "Ewa Lis", None, "do strajku dołączą kolejni"), ("indirect", "Ewa Lis", None, "tego nie wie")]),
    # negative: a plain dash attribution still closes the words before it
    ("Rzeczniczka Ewa Lis była w szpitalu. Do strajku dołączą kolejni pracownicy - odpowiedziała.",
     [("indirect", "Ewa Lis", None, "Do strajku dołączą")]),
    # a noun of a view after a verb of having is a state of mind, not an utterance
    ("Inna z uczestniczek protestu – Ewa Lis – ma nadzieję, że miasto nie sprzeda działki.", []),
    ("Radny Jan Kot wyraził nadzieję, że miasto nie sprzeda działki.",
     [("indirect", "Jan Kot", None, "miasto nie sprzeda działki")]),
    # a source phrase with no comma, the reported sentence's subject and verb after it
    ("Według ministra finansów związkowcy oczekują, że wszyscy będą z nimi rozmawiać na kolanach.",
     [("indirect", None, None, "związkowcy oczekują, że wszyscy")]),
    # negative: the source phrase closed by a comma, and the owner of the source's noun
    ("Według danych GUS, inflacja spadła do 3 proc.", [("indirect", "GUS", None, "inflacja spadła")]),
    ("Według informacji agencji Reuters, następny pakiet sankcji obejmie banki.",
     [("indirect", "Reuters", None, "następny pakiet")]),
    # a banner list: the next quotation's verb is no attribution of the one before it
    ('Na marszu były transparenty z napisami: "Burmistrz drugi raz nie wygra", "Prezesie obiecałeś", '
     '"Stop wycince".', [("partial", None, None, "Burmistrz drugi raz")]),
]


@pytest.mark.parametrize("text,expected", CLAUSES)
def test_reported_clauses(text, expected):
    assert_quotes(text, expected)


ENDS = [
    # a reported clause ends before the subject's next speech verb after a comma
    ("Wcześniej prezydent Adam Lis powiedział, że miasto jest gotowe do rozmów z protestującymi, jednak "
     "zaznaczył, że warunki pozostają niezmienne.",
     ["miasto jest gotowe do rozmów z protestującymi", "warunki pozostają niezmienne"]),
    ("Burmistrz Anna Kot oświadczyła, że szkoła zostanie otwarta, ale dodała, że nie we wrześniu.",
     ["szkoła zostanie otwarta", "nie we wrześniu"]),
    # negative: a verb of the reported clause's own subject after a comma stays in it
    ("Burmistrz Anna Kot oświadczyła, że szkoła, która została zamknięta, będzie otwarta we wrześniu.",
     ["szkoła, która została zamknięta, będzie otwarta we wrześniu"]),
    # a sentence end the splitter keeps after a year's "r.": the clause ends with the year
    ("Rzecznik Kremla Adam Lis stwierdził, że kadencja prezydenta zakończyła się w 2024 r. Ukraińskie prawo "
     "zabrania jednak wyborów.", ["kadencja prezydenta zakończyła się w 2024 r."]),
    # negative: a name after "r." goes on with the sentence
    ("Minister Adam Lis powiedział, że w 2024 r. Polska wyda więcej na obronę.",
     ["w 2024 r. Polska wyda więcej na obronę"]),
]


@pytest.mark.parametrize("text,expected", ENDS)
def test_reported_clause_ends(text, expected):
    assert [q[3] for q in quotes(text)] == expected
