"""Timeline: (sentence, publication date) -> (expression, value) tables, negatives, focus window."""
import pytest

from newslens import nlp
from newslens.extract.timeline import extract_timeline, find_timexes, focus_window, infer_published


def timexes(text, published):
    return [(t.expression, t.value) for t in extract_timeline(nlp.analyze(text), published)]


CASES = [
    # explicit dates
    ("Spotkanie odbyło się 17 grudnia 2021 r. w Genewie.", "2022-10-30", ("17 grudnia 2021 r.", "2021-12-17")),
    ("Raport opublikowano 03.04.2023 w Brukseli.", "2024-01-01", ("03.04.2023", "2023-04-03")),
    ("W czerwcu 2022 r. zniesiono zezwolenia.", "2024-01-01", ("W czerwcu 2022 r.", "2022-06")),
    # year rollover: a January article about December means the previous year
    ("Rosja przekazała projekty 17 grudnia.", "2022-01-20", ("17 grudnia", "2021-12-17")),
    ("W grudniu ceny spadły.", "2022-01-20", ("W grudniu", "2021-12")),
    # and a December article about a planned January date means the next one
    ("Ustawa wejdzie w życie 1 stycznia.", "2023-12-15", ("1 stycznia", "2024-01-01")),
    # weekdays: past tense -> on or before publication, future -> the next one
    ("Minister spotkał się z rolnikami w czwartek.", "2024-03-25", ("w czwartek", "2024-03-21")),
    ("Kadra zagra we wtorek z Walią.", "2024-03-25", ("we wtorek", "2024-03-26")),
    ("Premier ma spotkać się ze związkowcami w piątek.", "2024-02-14", ("w piątek", "2024-02-16")),
    ("Kolejna blokada zaplanowana jest na poniedziałek.", "2024-02-23", ("na poniedziałek", "2024-02-26")),
    ("Pociągi stoją do piątku.", "2024-01-10", ("do piątku", "2024-01-12")),
    ("Rada zebrała się w środę.", "2024-03-13", ("w środę", "2024-03-13")),
    ("Dane opublikowane we wtorek pokazują spadek.", "2023-10-17", ("we wtorek", "2023-10-17")),
    ("W ubiegły piątek doszło do wypadku.", "2024-03-15", ("W ubiegły piątek", "2024-03-08")),
    # months, relative years, limits
    ("Szkoły mogą stanąć w kwietniu.", "2024-03-13", ("w kwietniu", "2024-04")),
    ("Spółka zleciła audyt w marcu ubiegłego roku.", "2024-04-19", ("w marcu ubiegłego roku", "2023-03")),
    ("Komisja przedstawi propozycje do połowy marca.", "2024-02-23", ("do połowy marca", "2024-03")),
    ("Od lipca wyższe rachunki za prąd.", "2024-06-28", ("Od lipca", "2024-07")),
    ("Protesty trwają od 9 lutego.", "2024-02-23", ("od 9 lutego", "2024-02-09")),
    ("Wrócili do sytuacji z grudnia-stycznia.", "2022-10-30", ("grudnia-stycznia", "2021-12/2022-01")),
    # deictic and relative
    ("Wczoraj rząd przyjął projekt.", "2024-05-10", ("Wczoraj", "2024-05-09")),
    ("Dziś ruszają zapisy.", "2024-05-10", ("Dziś", "2024-05-10")),
    ("W przyszłym tygodniu rząd przyjmie projekt.", "2024-05-10", ("W przyszłym tygodniu", "2024-05-13/2024-05-19")),
    ("W zeszłym miesiącu inflacja wyniosła 2,5 proc.", "2024-06-28", ("W zeszłym miesiącu", "2024-05")),
    ("Dwa lata temu było inaczej.", "2024-06-28", ("Dwa lata temu", "2022")),
    ("W ciągu ostatnich sześciu miesięcy ceny wzrosły.", "2022-10-30", ("W ciągu ostatnich sześciu miesięcy", "2022-05/2022-10")),
    # ranges, decades, seasons, turns of the year
    ("Turniej odbędzie się od 14 czerwca do 14 lipca.", "2024-03-25", ("od 14 czerwca do 14 lipca", "2024-06-14/2024-07-14")),
    ("Protest trwał od 2 października do 1 listopada 2017 r.", "2024-06-05", ("od 2 października do 1 listopada 2017 r.", "2017-10-02/2017-11-01")),
    ("Szczyt trwał 11-12 lipca.", "2023-07-13", ("11-12 lipca", "2023-07-11/2023-07-12")),
    ("Strajk zaczął się w nocy z wtorku na środę.", "2024-01-10", ("w nocy z wtorku na środę", "2024-01-09/2024-01-10")),
    ("W latach 2019-2022 spółka przepłaciła.", "2024-04-19", ("W latach 2019-2022", "2019/2022")),
    ("To kryzys z lat 90.", "2024-05-24", ("z lat 90.", "1990/1999")),
    ("Proces ruszył na przełomie 2021 i 2022 roku.", "2024-01-10", ("na przełomie 2021 i 2022 roku", "2021-12/2022-01")),
    ("Obniżki można się spodziewać na przełomie roku.", "2023-11-09", ("na przełomie roku", "2023-12/2024-01")),
    ("Wnioski będzie można składać jesienią.", "2024-06-28", ("jesienią", "2024-09/2024-11")),
    ("W poniedziałek 4 marca rolnicy wyjadą na drogi.", "2024-03-01", ("W poniedziałek 4 marca", "2024-03-04")),
]


@pytest.mark.parametrize("text,published,expected", CASES)
def test_expression_and_value(text, published, expected):
    assert expected in timexes(text, published)


NEGATIVES = [
    ("Polska pokonała Estonię 5:1 na Euro 2024.", "2024-03-25"),  # score, year inside a name
    ("Od miesięcy nic się nie zmienia.", "2024-03-25"),  # duration without an anchor
    ("Kadencja trwa dwa lata, a zimy są łagodne.", "2024-03-25"),  # "lata" is not summer
    ("Po niedzielnych wyborach i wtorkowym meczu kibice świętowali.", "2024-03-25"),  # adjectives
    ("Zebrało się 1500 osób, a przyjechało 2024 ciągników.", "2024-03-25"),  # numbers
]


@pytest.mark.parametrize("text,published", NEGATIVES)
def test_negatives(text, published):
    assert timexes(text, published) == []


def test_without_publication_date_only_absolute_dates_resolve():
    got = timexes("Wczoraj minister przypomniał o wydarzeniach z 17 grudnia 2021 r.", None)
    assert got == [("17 grudnia 2021 r.", "2021-12-17")]


def test_infer_published_takes_the_latest_full_date():
    t = nlp.analyze("Warszawa, 5 marca 2024 r. Przypomnijmy, że 1 lutego 2024 r. wprowadzono zmiany.")
    assert infer_published(t) == "2024-03-05"


def test_invalid_dates_are_dropped():
    assert find_timexes("Spotkanie 31 lutego 2024 r. i 45.13.2024", None) == []


def test_focus_window_is_the_densest_three_months(reference):
    assert reference.focus == ("2021-12-01", "2022-02-28")
    assert focus_window(reference.extraction.timeline) == ("2021-12-01", "2022-02-28")


def test_reference_article_timeline_matches_gold(reference, gold):
    got = [(t.expression, t.value) for t in reference.extraction.timeline]
    assert got == [(g["expression"], g["value"]) for g in gold["timeline"]]
