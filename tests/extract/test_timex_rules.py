"""Timex rules of round 9: holidays as periods, 'sprzed N lat', 'w minionym tygodniu', 'od nowego roku'
(text + publication date -> expression and value), with the constructions that must stay no date."""
import pytest

from newslens import nlp
from newslens.extract.timeline import extract_timeline
from newslens.extract.timex_dates import _easter


def timexes(text, published):
    return [(t.expression, t.value) for t in extract_timeline(nlp.analyze(text), published)]


CASES = [
    # the plain plural "święta" after a preposition: the holidays lying the clause's way
    ("Kupiliśmy bilety na święta do rodziców.", "2025-12-10", ("na święta", "2025-12-24/2025-12-26")),
    ("Przed samymi świętami przewoźnik zmienia rozkład.", "2025-12-10", ("Przed samymi świętami", "2025-12-24/2025-12-26")),
    ("Przed świętami spółka odwołała kursy.", "2025-12-10", ("Przed świętami", "2025-12-24/2025-12-26")),  # ahead, past verb
    ("Po świętach wrócimy do rozmów.", "2026-03-20", ("Po świętach", "2026-04-05/2026-04-06")),  # Easter in March
    ("Po świętach związkowcy wrócili do rozmów.", "2026-01-12", ("Po świętach", "2025-12-24/2025-12-26")),
    # named holidays
    ("Do Wielkanocy nic się nie zmieni.", "2025-03-12", ("Do Wielkanocy", "2025-04-20")),
    ("Rozmowy ruszą po świętach wielkanocnych.", "2024-03-01", ("po świętach wielkanocnych", "2024-03-31/2024-04-01")),
    ("Sklepy otwarto w Wigilię.", "2024-12-27", ("w Wigilię", "2024-12-24")),
    ("Na majówkę pojedziemy nad morze.", "2025-12-10", ("Na majówkę", "2026-05-01/2026-05-03")),
    ("W sylwestra odbędzie się koncert.", "2025-12-10", ("W sylwestra", "2025-12-31")),
    ("Ruch był duży podczas majówki.", "2025-05-06", ("podczas majówki", "2025-05-01/2025-05-03")),
    # "sprzed": so many years, months, weeks before publication
    ("Sprawa kradzieży sprzed sześciu lat wraca do sądu.", "2025-08-15", ("sprzed sześciu lat", "2019")),
    ("Nagranie sprzed 6 lat obiegło sieć.", "2025-08-15", ("sprzed 6 lat", "2019")),
    ("Wyniki sprzed roku były lepsze.", "2025-08-15", ("sprzed roku", "2024")),
    ("Ceny sprzed dwóch miesięcy już nie obowiązują.", "2025-08-15", ("sprzed dwóch miesięcy", "2025-06")),
    # "minionym": the period before the publication's
    ("Rząd przekazał plan w minionym tygodniu.", "2022-05-15", ("w minionym tygodniu", "2022-05-02/2022-05-08")),
    ("W minionym roku sprzedaż spadła.", "2024-02-01", ("W minionym roku", "2023")),
    # school and academic years, written as their two calendar years
    ("Miejsce kosztuje więcej niż w ubiegłym roku akademickim.", "2023-09-28", ("w ubiegłym roku akademickim", "2022/2023")),
    ("Uczelnia nie podniesie opłat w bieżącym roku akademickim.", "2024-10-16", ("w bieżącym roku akademickim", "2024/2025")),
    ("Bilety drożały w poprzednim roku szkolnym.", "2024-03-05", ("w poprzednim roku szkolnym", "2022/2023")),
    ("W połowie roku szkolnego dyrekcja rozwiązała klasę.", "2023-09-28", ("W połowie roku szkolnego", "2022/2023")),
    ("W połowie roku szkolnego dyrekcja rozwiązała klasę.", "2024-03-05", ("W połowie roku szkolnego", "2023/2024")),
    ("Nikt nie straci pracy przed końcem roku szkolnego.", "2017-04-21", ("przed końcem roku szkolnego", "2016/2017")),
    ("W ubiegłym roku sprzedaż spadła.", "2023-09-28", ("W ubiegłym roku", "2022")),  # a calendar year stays one
    # coordinated months: one span from the first to the last; "za" + a month; "na przełom" (accusative)
    ("Korki były rekordowe w lipcu i sierpniu ubiegłego roku.", "2024-04-18", ("w lipcu i sierpniu ubiegłego roku", "2023-07/2023-08")),
    ("Klub zalega z pensjami za styczeń, luty i marzec.", "2024-04-09", ("za styczeń, luty i marzec", "2024-01/2024-03")),
    ("W maju i czerwcu 2023 r. odbyły się protesty.", "2024-04-18", ("W maju i czerwcu 2023 r.", "2023-05/2023-06")),
    ("Pracownicy dostali premię za wrzesień.", "2024-04-18", ("za wrzesień", "2023-09")),
    ("Ćwiczenia przesunięto na przełom sierpnia i września.", "2024-04-18", ("na przełom sierpnia i września", "2024-08/2024-09")),
    # a weekday of a named week; a season after a limit or in the accusative; a decade in the nominative
    ("Od poniedziałku do piątku przyszłego tygodnia pracownicy zagłosują.", "2022-10-19",
     ("Od poniedziałku do piątku przyszłego tygodnia", "2022-10-24/2022-10-28")),
    ("Zebranie odbyło się w środę ubiegłego tygodnia.", "2022-10-19", ("w środę ubiegłego tygodnia", "2022-10-12")),
    ("Na początku lata zakład stanął.", "2022-10-19", ("Na początku lata", "2022-06/2022-08")),
    ("Trener zapowiada powrót na wiosnę.", "2024-01-10", ("na wiosnę", "2024-03/2024-05")),
    ("Lekarze wspominają lata 90. bez sentymentu.", "2024-01-10", ("lata 90.", "1990/1999")),
    # the new year: the next 1 January ahead, the last one behind
    ("Od nowego roku wzrosną opłaty za wodę.", "2025-12-18", ("Od nowego roku", "2026")),
    ("Od nowego roku opłaty wzrosły o 5 proc.", "2026-01-20", ("Od nowego roku", "2026")),
]


@pytest.mark.parametrize("text,published,expected", CASES)
def test_expression_and_value(text, published, expected):
    assert expected in timexes(text, published)


NEGATIVES = [
    ("Związkowcy chcą dodatku za pracę w święta.", "2025-12-10"),  # a habit, no date
    ("Sklepy są zamknięte w niedziele i święta.", "2025-12-10"),
    ("Sylwester Nowak zabrał głos na sesji.", "2025-12-10"),  # a first name
    ("Widoki sprzed lat wracają na wystawie.", "2025-12-10"),  # no number: no anchor
    ("W nowym roku szkolnym zmieni się plan lekcji.", "2025-06-10"),  # a school year
    ("To była święta racja, przyznał radny.", "2025-12-10"),
    ("Radni głosowali za wnioskiem o zmianę planu.", "2025-12-10"),  # "za" before no month
    ("Związek od dwóch lat czeka na podwyżki.", "2025-12-10"),  # "od N lat": a duration
    ("Lato było w tym regionie gorące.", "2025-12-10"),  # a season noun with nothing anchoring it
    ("Ten zawodnik ma lata 20 za sobą.", "2025-12-10"),  # no decade without its dot
]


@pytest.mark.parametrize("text,published", NEGATIVES)
def test_negatives(text, published):
    assert timexes(text, published) == []


@pytest.mark.parametrize("year,day", [(2024, "2024-03-31"), (2025, "2025-04-20"), (2026, "2026-04-05"), (2019, "2019-04-21")])
def test_easter_sunday(year, day):
    assert _easter(year).isoformat() == day


@pytest.mark.parametrize("text,published,expected", [
    # a condition in the past tense: what someone should have done then, no plan
    ("Jeżeli dostawca nie był gotowy, to powinien odejść w październiku, kiedy zapadają decyzje.", "2025-12-10",
     ("w październiku", "2025-10")),
    ("Jeśli spółka nie była gotowa, powinna zrezygnować w październiku.", "2025-12-10", ("w październiku", "2025-10")),
    # a present or future condition keeps the date ahead
    ("Jeżeli firma nie jest gotowa, to powinna zrezygnować w marcu.", "2025-12-10", ("w marcu", "2026-03")),
    ("Jeśli rząd nie zgodził się na podwyżki, związek zacznie strajk w marcu.", "2025-12-10", ("w marcu", "2026-03")),
])
def test_obligation_after_a_past_condition_is_past(text, published, expected):
    assert expected in timexes(text, published)


@pytest.mark.parametrize("text,published,expected", [
    # a form that is both a perfective future and an imperfective present reads as the present
    ("Część rybaków od stycznia nie wypływa w morze.", "2023-02-09", ("od stycznia", "2023-01")),
    # a form that can only be perfective stays the future
    ("Rybacy wypłyną w morze w styczniu.", "2023-06-09", ("w styczniu", "2024-01")),
])
def test_present_reading_of_a_two_aspect_form(text, published, expected):
    assert expected in timexes(text, published)

