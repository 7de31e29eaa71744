"""Timeline: (sentence, publication date) -> (expression, value) tables, negatives, focus window."""
from datetime import date

import pytest

from newslens import nlp
from newslens.extract.timeline import extract_timeline, find_timexes, focus_window, infer_published

from ..conftest import ROOT


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
    ("Zebrało się 1500 osób, a przyjechało 2024 ciągników.", "2024-03-25"),  # numbers
    ("Pensja za miesiąc pracy wynosi 5 tys. zł.", "2024-03-25"),  # a period paid for, no date ahead
    ("Sklepy są otwarte tylko w weekendy.", "2024-03-25"),  # a habit
    ("Weekend był udany.", "2024-03-25"),  # no preposition nor modifier: which weekend is unsaid
]

# weekends (Saturday to Sunday), offsets ahead ("za tydzień"), and the last N units ("w ostatnich …")
WEEKS_AHEAD = [
    ("Rolnicy protestują od ubiegłego weekendu.", "2024-03-21", ("od ubiegłego weekendu", "2024-03-16/2024-03-17")),
    ("W weekendowych pikietach wzięło udział kilkaset osób.", "2024-03-18",
     ("weekendowych", "2024-03-16/2024-03-17")),
    ("W najbliższy weekend spadnie śnieg.", "2024-03-20", ("W najbliższy weekend", "2024-03-23/2024-03-24")),
    ("Już za tydzień kluczowy mecz.", "2024-03-20", ("za tydzień", "2024-03-27")),
    ("Za dwa miesiące wybory.", "2024-03-20", ("Za dwa miesiące", "2024-05")),
    ("W ostatnich trzech tygodniach przyjechało mniej ciężarówek.", "2024-03-22",
     ("W ostatnich trzech tygodniach", "2024-03-01/2024-03-22")),
    ("Strzela regularnie w ostatnich dwóch miesiącach.", "2024-03-22", ("w ostatnich dwóch miesiącach", "2024-02/2024-03")),
]


@pytest.mark.parametrize("text,published,expected", WEEKS_AHEAD)
def test_weekends_offsets_ahead_and_last_units(text, published, expected):
    assert expected in timexes(text, published)


# issue 21: one table per class of (sentence, publication date) -> (expression, value), each with negatives
MOOD = [
    ("Sejm mógłby zająć się projektem 7 maja.", "2025-04-10", ("7 maja", "2025-05-07")),  # conditional
    ("Rząd miałby przyjąć ustawę 12 czerwca.", "2025-04-10", ("12 czerwca", "2025-06-12")),
    ("Posiedzenie ma się odbyć w środę.", "2015-02-10", ("w środę", "2015-02-11")),  # mieć + infinitive
    ("Przyjdźcie w piątek pod ratusz!", "2024-05-16", ("w piątek", "2024-05-17")),  # imperative
    ("Oczekujemy odpowiedzi do poniedziałku – napisała w środę posłanka.", "2024-04-25",
     ("do poniedziałku", "2024-04-29")),  # appeal with a deadline, attribution after it
    ("– Prosimy o spotkanie jeszcze w lutym – apelował lider związku.", "2026-01-22", ("w lutym", "2026-02")),
    ("Związkowcy dali zarządowi czas do 20 listopada.", "2025-11-05", ("do 20 listopada", "2025-11-20")),  # deadline
    ("Jeżeli rząd nie odpowie, od 1 kwietnia stajemy.", "2025-03-12", ("od 1 kwietnia", "2025-04-01")),
    ("Wójt zaprosił obie strony na rozmowy w piątek.", "2024-05-16", ("w piątek", "2024-05-17")),  # invitation
    ("Żądamy podwyżki z wyrównaniem od stycznia.", "2023-02-02", ("od stycznia", "2023-01")),  # back pay: backward
    ("Związek wysłał pismo i czeka na odpowiedź do piątku.", "2024-05-14", ("do piątku", "2024-05-17")),
    # negatives: the same dates reported as past stay in the past
    ("Sejm zajął się projektem 7 maja.", "2025-04-10", ("7 maja", "2024-05-07")),
    ("Rząd przyjął ustawę 12 czerwca.", "2025-04-10", ("12 czerwca", "2024-06-12")),
    ("Wójt zaapelował w piątek o spokój.", "2024-05-16", ("w piątek", "2024-05-10")),
    ("Ministrowie mogli w piątek podpisać porozumienie.", "2024-05-16", ("w piątek", "2024-05-10")),
]

ADJECTIVAL = [
    ("Po wczorajszym posiedzeniu rząd milczy.", "2024-05-10", ("wczorajszym", "2024-05-09")),
    ("Poniedziałkowa decyzja zaskoczyła rynek.", "2024-05-08", ("Poniedziałkowa", "2024-05-06")),
    ("W tegorocznym budżecie brakuje pieniędzy.", "2024-05-10", ("tegorocznym", "2024")),
    ("Przyszłoroczne wybory zdecydują o wszystkim.", "2024-05-10", ("Przyszłoroczne", "2025")),
    ("Sąd utrzymał zeszłotygodniowy wyrok.", "2024-05-10", ("zeszłotygodniowy", "2024-04-29/2024-05-05")),
    ("Mamy w magazynach zeszłoroczne zboże.", "2023-09-20", ("zeszłoroczne", "2022")),
    ("Partie obiecują wiele przed październikowymi wyborami.", "2023-09-20", ("październikowymi", "2023-10")),
    ("Radni przyjęli uchwałę na marcowej sesji.", "2017-04-21", ("marcowej", "2017-03")),  # "na" governs the noun
    ("Jeśli piątkowe rozmowy nie przyniosą porozumienia, strajk wróci.", "2024-05-16", ("piątkowe", "2024-05-17")),
    ("Prokuratura odwoła się od czwartkowego wyroku.", "2019-11-15", ("czwartkowego", "2019-11-14")),  # nearer day
    ("Po sobotnim meczu kibice wyszli na ulice.", "2025-04-10", ("sobotnim", "2025-04-05")),  # past clause: last one
    ("Faworytem wtorkowego meczu są gospodarze.", "2024-03-25", ("wtorkowego", "2024-03-26")),  # no past: nearer
    ("Niedzielne wybory wygrała opozycja.", "2023-10-17", ("Niedzielne", "2023-10-15")),
    ("Rząd milczy.\n- Sobotnia manifestacja to początek - mówi lider.", "2025-08-27", ("Sobotnia", "2025-08-30")),
    # a dash quotation opening the text, or after a colon or a sentence
    ("- Tegoroczne inwestycje nie są zagrożone - powiedział starosta Jan Kowal.", "2024-09-15", ("Tegoroczne", "2024")),
    ("Prezydent uspokaja: - Przyszłoroczny budżet będzie trudny.", "2021-11-20", ("Przyszłoroczny", "2022")),
    ("Związkowcy milczą. - Wczorajszy protest to rozgrzewka - napisał lider.", "2025-10-16", ("Wczorajszy", "2025-10-15")),
]

PARTS = [
    ("W drugiej połowie 2025 roku ruszy budowa.", "2024-11-01", ("W drugiej połowie 2025 roku", "2025-07/2025-12")),
    ("Spółka zarobiła więcej w pierwszym półroczu.", "2024-09-10", ("w pierwszym półroczu", "2024-01/2024-06")),
    ("W pierwszym kwartale sprzedaż spadła.", "2024-05-10", ("W pierwszym kwartale", "2024-01/2024-03")),
    ("Sprawą zajmie się sąd w I kwartale przyszłego roku.", "2019-11-15",
     ("w I kwartale przyszłego roku", "2020-01/2020-03")),
    ("Aneks jest spodziewany w drugiej połowie roku.", "2025-03-12", ("w drugiej połowie roku", "2025-07/2025-12")),
    ("Nowe stawki obowiązują od początku przyszłego roku.", "2024-10-01", ("od początku przyszłego roku", "2025")),
    ("Związek czeka na odpowiedź do końca miesiąca.", "2017-04-21", ("do końca miesiąca", "2017-04")),
    ("Prace potrwają do końcówki września.", "2024-06-01", ("do końcówki września", "2024-09")),
    ("Decyzja zapadnie w drugiej połowie miesiąca.", "2024-06-01", ("w drugiej połowie miesiąca", "2024-06")),
    ("Umowa wygasa z końcem lutego.", "2026-01-16", ("z końcem lutego", "2026-02-28")),  # a day
    ("Dotacja trafi do spółki z końcem roku.", "2025-11-05", ("z końcem roku", "2025-12-31")),
    ("Na początku marca ceny spadły.", "2025-04-10", ("Na początku marca", "2025-03")),
    ("Referendum odbędzie się na przełomie marca i kwietnia.", "2025-01-20",
     ("na przełomie marca i kwietnia", "2025-03/2025-04")),
    ("Pieniądze trafią do spółki przed końcem roku.", "2025-11-05", ("przed końcem roku", "2025")),
    ("Budżet na ten rok został już przyjęty.", "2026-01-22", ("na ten rok", "2026")),
    ("Podwyżki mają obowiązywać od przyszłego roku.", "2026-01-22", ("od przyszłego roku", "2027")),
]

RANGES = [
    ("Strajki zaplanowano na 12-13, 19-20 i 26-27 stycznia br.", "2025-01-05",
     ("na 12-13, 19-20 i 26-27 stycznia br.", "2025-01-12/2025-01-27")),
    ("Związek zapowiada kolejne dni strajku: 20-21 i 27-28 maja.", "2024-05-16", ("20-21 i 27-28 maja", "2024-05-20/2024-05-28")),
    ("Budowa mogłaby trwać od kwietnia do grudnia 2026 r.", "2025-05-29", ("od kwietnia do grudnia 2026 r.", "2026-04/2026-12")),
    ("Rozmowy trwały od niedzieli do wtorku.", "2025-03-26", ("od niedzieli do wtorku", "2025-03-23/2025-03-25")),
    ("Blokada trwała od 6 listopada 2023 r. do połowy stycznia 2024 r.", "2026-03-03",
     ("od 6 listopada 2023 r. do połowy stycznia 2024 r.", "2023-11-06/2024-01")),
    ("Najwięcej faktur wystawiono od marca 2013 do października 2014 r.", "2019-11-15",
     ("od marca 2013 do października 2014 r.", "2013-03/2014-10")),
    ("Zgromadzenie zgłoszono od 13 do 16 października.", "2025-10-14", ("od 13 do 16 października", "2025-10-13/2025-10-16")),
    ("Rekrutacja na rok szkolny 2017/2018 stoi pod znakiem zapytania.", "2017-04-21",
     ("na rok szkolny 2017/2018", "2017/2018")),
    ("Taryfa obejmie sezon grzewczy 2022/2023.", "2022-09-30", ("sezon grzewczy 2022/2023", "2022/2023")),
    ("W sezonie 2024/25 klub zajął trzecie miejsce.", "2025-06-14", ("W sezonie 2024/25", "2024/2025")),
    ("Na przełomie 2024/2025 roku ceny spadły.", "2025-05-14", ("Na przełomie 2024/2025 roku", "2024-12/2025-01")),
    ("W roku 2024 spółka zarobiła mniej.", "2025-03-01", ("W roku 2024", "2024")),
    ("W latach 2021–2023 ceny rosły.", "2025-03-01", ("W latach 2021–2023", "2021/2023")),
    ("Sprzedaż spadła w marcu ub.r. o 3 proc.", "2025-02-10", ("w marcu ub.r.", "2024-03")),
    ("Zakład zamknięto rok temu.", "2025-02-10", ("rok temu", "2024")),
]


# the direction of a year-less date: no telling word gives the reading nearer to publication, either way
DIRECTION = [
    ("Według nich porozumienie jest możliwe jeszcze we wtorek.", "2020-07-20", ("we wtorek", "2020-07-21")),
    ("Prezes spółki gazowej w rozmowie z radiem o zimie i zapasach gazu.", "2024-10-05",
     ("zimie", "2024-12/2025-02")),  # the coming winter, not the last
    ("Stoisko komitetu na rynku w sobotę.", "2025-05-12", ("w sobotę", "2025-05-10")),  # nearer behind
    # a noun or adjective of planning before the date: what is planned lies ahead, after a past verb too
    ("Minister Jan Sowa mówił o ogłoszonym przez premiera Łotwy zamiarze przyjęcia do końca listopada ustawy o granicy.",
     "2024-09-15", ("do końca listopada", "2024-11")),
    ("Zarząd przedstawił dziś ofertę. Związek odpowiada: pogotowie strajkowe od 9 kwietnia.", "2025-04-04",
     ("od 9 kwietnia", "2025-04-09")),
    ("Pytany o podwyżki, wspomniał o propozycji 2 zł na godzinę od lipca.", "2024-05-16", ("od lipca", "2024-07")),
    ("Strajk potrwa do soboty.", "2019-10-17", ("do soboty", "2019-10-19")),  # the same form after "do": a day
    # a future weekday written on that weekday is that day; "przyszły" is the week after
    ("Minister we wtorek rozmawiał w Bejrucie, a w środę ma lecieć do Izraela.", "2024-11-20", ("w środę", "2024-11-20")),
    ("W przyszłą środę rząd zbierze się znowu.", "2024-11-20", ("W przyszłą środę", "2024-11-27")),
    ("Rodzice złożą wnioski w przyszły piątek.", "2023-08-24", ("w przyszły piątek", "2023-09-01")),  # next week's
    ("Rodzice złożą wnioski w najbliższy piątek.", "2023-08-24", ("w najbliższy piątek", "2023-08-25")),  # the next one
    # the topic of asking: the nearer reading
    ("Pytany o podwyżki od stycznia, prezes odpowiedział, że spółka nie ma pieniędzy.", "2019-10-17",
     ("od stycznia", "2020-01")),
    # a present tense with an event noun before the date is a schedule
    ("Selekcjonerka mówiła o rywalkach. - Dla nas kluczowy jest teraz turniej w Chorwacji w marcu - powiedziała.",
     "2024-09-15", ("w marcu", "2025-03")),
    # "od" with a present verb only in another clause: no verb of its own, the nearer reading
    ("Minister przedstawił dziś plan. Federacja deklaruje: bezterminowy strajk od 8 kwietnia.", "2025-04-04",
     ("od 8 kwietnia", "2025-04-08")),
    # an adjective of what is overdue puts the period after it behind, a demand's present tense aside
    ("Zawodniczki domagają się od klubu wypłaty zaległych pensji za okres od września do listopada.", "2025-12-10",
     ("od września do listopada", "2025-09/2025-11")),
    ("Zawodnicy domagają się wypłaty zaległych wynagrodzeń do 15 lipca.", "2021-07-08",
     ("do 15 lipca", "2021-07-15")),  # a deadline for paying them: ahead
    # negatives: a past clause keeps the past however near the next one is
    ("Trener mówił o planach. - Najważniejszy dla nas był mecz z Austrią w marcu - powiedział.", "2024-09-15",
     ("w marcu", "2024-03")),
    ("Od poniedziałku stoją suwnice na nabrzeżu.", "2019-07-12", ("Od poniedziałku", "2019-07-08")),  # since then
    ("Spór zbiorowy trwa od marca, a mediacja nic nie dała.", "2018-11-12", ("od marca", "2018-03")),
    ("Kolegium przyjęło pozytywną ocenę planu w środę.", "2022-06-03", ("w środę", "2022-06-01")),
    ("Związek przypomniał propozycję z marca.", "2024-02-10", ("z marca", "2023-03")),
    ("Umowa ruszy dopiero, gdy Serbia złoży podpis pod porozumieniem z lutego.", "2023-09-15",
     ("z lutego", "2023-02")),  # an origin in a future clause
    ("Zarząd spotkał się ze związkowcami we wtorek.", "2020-07-20", ("we wtorek", "2020-07-14")),
    ("Zimą magazyny były pełne.", "2024-10-05", ("Zimą", "2023-12/2024-02")),
    # a past clause does not send a year-less limit (`do`) almost a year back when the same date lies just
    # ahead: the permit, order or deadline was given in the past, what it limits lies ahead (_within_the_news)
    ("Gmina wydała zgodę na zgromadzenie do 5 stycznia.", "2023-11-28", ("do 5 stycznia", "2024-01-05")),
    ("Sędzia nakazała przekazanie akt do 20 marca.", "2022-03-14", ("do 20 marca", "2022-03-20")),
    # the same in general, either way: a year-less date the tense reads eight months or more away is the
    # one within four months of publication (a news text leaves out the year of a date near it)
    ("Autobusy nowej linii ruszają od 1 lipca.", "2022-06-23", ("od 1 lipca", "2022-07-01")),
    ("Transza, która miała wpłynąć w marcu, nie trafiła na konto klubu.", "2024-05-22", ("w marcu", "2024-03")),
    ("Chodzi o podwyżkę o 300 zł dla każdego kierowcy od 1 listopada.", "2019-10-16", ("od 1 listopada", "2019-11-01")),
    ("Mieszkańcy domagają się uchylenia styczniowej decyzji wojewody.", "2023-03-22", ("styczniowej", "2023-01")),
    # negatives: a past limit some months back stays, and so does a past date that is no limit; a far
    # reading stays when the other one is far too
    ("Strajk trwał do 5 stycznia.", "2023-06-28", ("do 5 stycznia", "2023-01-05")),
    ("Rada zebrała się 2 października.", "2022-08-30", ("2 października", "2021-10-02")),  # a past verb dates it
    ("Gmina wydała zgodę na zgromadzenie do 5 stycznia.", "2023-07-28", ("do 5 stycznia", "2023-01-05")),
    ("Wybory odbędą się w październiku.", "2022-03-15", ("w październiku", "2022-10")),
    ("Wrócili do propozycji z października.", "2022-08-30", ("z października", "2021-10")),  # an origin
]


@pytest.mark.parametrize("text,published,expected", DIRECTION)
def test_direction_of_yearless_dates(text, published, expected):
    assert expected in timexes(text, published)


@pytest.mark.parametrize("text,published,expected", MOOD + ADJECTIVAL + PARTS + RANGES)
def test_issue21_classes(text, published, expected):
    assert expected in timexes(text, published)


ISSUE21_NEGATIVES = [
    ("W drugiej połowie meczu goście strzelili gola.", "2024-05-10"),  # a half of a match
    ("Goście strzelili gola dopiero w drugiej połowie.", "2024-05-10"),  # a bare half names no period
    ("W pierwszej połowie lat 90. kraj przeżywał kryzys.", "2024-05-10"),  # a half of a decade: no such value
    ("Rocznica Powstania Listopadowego zbliża się.", "2024-05-10"),  # a capitalised adjective inside a name
    ("Pieniądze z programu Fundusze dla Lubuskiego 2021-2027 dzielą radni.", "2024-05-10"),  # years in a name
    ("Mecz zakończył się wynikiem 2018/2020 punktów.", "2024-05-10"),  # not a split year
    ("ZOBACZ TAKŻE: Ceny mieszkań w 2025 roku. Gdzie podrożało?", "2026-01-23"),  # a teaser line
    ("W końcu rząd przyjął projekt.", "2024-05-10"),  # "w końcu" = finally
    ("W dzisiejszych czasach nikt nie pisze listów.", "2024-05-10"),  # "nowadays"
    ("Wiele lat temu było inaczej.", "2024-05-10"),  # no number, no anchor
    ("Na części linii w soboty kursy są rzadsze.", "2019-10-17"),  # a plural weekday: a habit
    ("We środy urząd jest nieczynny.", "2019-10-17"),
    # a capitalised deictic word inside a name or a title
    ("Akcja pod nazwą \"Polska Stanie »Dzisiaj my Jutro WY«\" ruszyła rano.", "2020-10-07"),
    ("Fot. Marek Zalewski / Portal Mazowsze Dziś", "2025-03-19"),
    ("W kraju trwa Akcja »Jutro« wolontariuszy.", "2020-10-07"),
]


@pytest.mark.parametrize("text,published", ISSUE21_NEGATIVES)
def test_issue21_negatives(text, published):
    assert timexes(text, published) == []


@pytest.mark.parametrize("text,published,expected", [
    ("Rolnicy mówią: \"Dzisiaj blokujemy drogi\".", "2020-10-07", [("Dzisiaj", "2020-10-07")]),  # opens a quotation
    ("Minister milczy. Jutro rząd zbierze się znowu.", "2020-10-07", [("Jutro", "2020-10-08")]),
    ("Rolnicy protestują.\n- Dziś blokujemy drogi - mówi lider.", "2020-10-07", [("Dziś", "2020-10-07")]),
])
def test_capitalised_deictic_words_opening_something_stay(text, published, expected):
    assert timexes(text, published) == expected


def test_teaser_line_does_not_hide_the_body():
    got = timexes("Sejm przyjął ustawę w środę.\nCZYTAJ WIĘCEJ: Ile zarabia górnik w 2025 roku?\nSenat zbierze się w lutym.",
                  "2026-01-23")
    assert got == [("w środę", "2026-01-21"), ("w lutym", "2026-02")]


@pytest.mark.parametrize("line", [
    "SPRAWDŹ: Ceny masła w sklepach. Drożej niż przed rokiem",  # a teaser the timeline's own list lacked
    "ZOBACZ: Nowy rozkład jazdy od 15 grudnia",
    "Fot. Anna Wrzos / Portal Mazurski, 12 marca 2025",  # a credit line
])
def test_layout_lines_hold_no_timexes(line):
    got = timexes(f"Sejm przyjął ustawę w środę.\n{line}\nSenat zbierze się w lutym.", "2026-01-23")
    assert got == [("w środę", "2026-01-21"), ("w lutym", "2026-02")]


@pytest.mark.parametrize("text,published", NEGATIVES)
def test_negatives(text, published):
    assert timexes(text, published) == []


def test_without_publication_date_only_absolute_dates_resolve():
    got = timexes("Wczoraj minister przypomniał o wydarzeniach z 17 grudnia 2021 r.", None)
    assert got == [("17 grudnia 2021 r.", "2021-12-17")]


INFER = [
    # a dateline counts even when the sentence after it has another verb
    ("Warszawa, 5 marca 2024 r. Przypomnijmy, że 1 lutego 2024 r. wprowadzono zmiany.", "2024-03-05"),
    # a plan is never the publication date: the latest date reported as past is
    ("Nowe stawki od 1 stycznia 2027 r.\nRada przyjęła uchwałę 12 grudnia 2026 r. Zmiany wejdą w życie 1 stycznia 2027 r.",
     "2026-12-12"),
    ("Spotkanie odbyło się 3 marca 2024 r. Kolejne zaplanowano na 10 kwietnia 2024 r.", "2024-03-03"),
    ("Strajk trwał od 2 do 5 marca 2024 r. Minister mógłby spotkać się z nimi 20 marca 2024 r.", "2024-03-05"),
    ("Pakt ma wejść w życie w czerwcu 2024 r., a ministrowie porozumieli się 8 czerwca 2023 r.", "2023-06-08"),
    # a month reported as past counts from its first day, "od X" with a present verb is past
    ("W marcu 2024 r. rząd przyjął projekt, o którym pisaliśmy 12 lutego 2024 r.", "2024-03-01"),
    ("Protest trwa od 9 lutego 2024 r.", "2024-02-09"),
    # only plans, or no explicit date: nothing to infer from
    ("Ustawa wejdzie w życie 1 stycznia 2027 r.", None),
    ("Wczoraj minister spotkał się z rolnikami.", None),
]


@pytest.mark.parametrize("text,expected", INFER)
def test_infer_published(text, expected):
    assert infer_published(nlp.analyze(text)) == expected


BOUNDS = [
    "Rada zebrała się 4 kwietnia 2025 r. i przyjęła budżet, który 20 marca 2025 r. zaopiniowała komisja. "
    "Sesja absolutoryjna odbędzie się 30 czerwca 2025 r., a nowe stawki mają obowiązywać od 1 stycznia 2026 r.",
    "Sąd skazał burmistrza 17 grudnia 2021 r. Apelację rozpatrzy w lutym 2022 r., a wyrok mógłby zapaść 3 marca 2022 r.",
    "Związkowcy, którzy w kwietniu 2019 r. protestowali, 2 maja 2019 r. zapowiedzieli strajk 15 maja 2019 r.",
]


@pytest.mark.parametrize("text", BOUNDS)
def test_inferred_date_lies_between_past_events_and_the_latest_past_date(text):
    """Never earlier than a date reported in the past tense, never later than the latest such date."""
    from newslens.tense import span_tense
    t = nlp.analyze(text)
    got = infer_published(t)
    past = [(v[1], v[2]) for a, b, v in find_timexes(text, None) if span_tense(t, a, b) == "past"]
    planned = [v[1] for a, b, v in find_timexes(text, None) if span_tense(t, a, b) == "future"]
    assert got is not None and past and planned
    assert all(got >= start for start, _end in past)
    assert got <= max(end for _start, end in past)
    assert all(got < p for p in planned)


def test_invalid_dates_are_dropped():
    assert find_timexes("Spotkanie 31 lutego 2024 r. i 45.13.2024", None) == []


@pytest.mark.parametrize("text", ["Strajk trwał od 0 do 5 stycznia.", "W dniach 0-1 i 3 lutego nic.", "Od 31 do 0 marca."])
def test_day_zero_is_no_date_and_no_crash(text):
    assert all(not v[0].endswith("-00") for _a, _b, v in find_timexes(text, date(2024, 2, 29)))


def test_focus_window_is_the_densest_three_months(reference):
    assert reference.focus == ("2021-12-01", "2022-02-28")
    assert focus_window(reference.extraction.timeline) == ("2021-12-01", "2022-02-28")


def test_reference_article_timeline_matches_gold(reference, gold):
    got = [(t.expression, t.value) for t in reference.extraction.timeline]
    assert got == [(g["expression"], g["value"]) for g in gold["timeline"]]


def _match_signature(per_pattern):
    return [[(m.span(), m.groupdict()) for m in ms] for ms in per_pattern]


@pytest.mark.parametrize("glue", ["\n\n", " ", "„"])
def test_one_scan_for_all_patterns_finds_what_each_pattern_finds(glue):
    """Issue 17: the union scan of a long text gives every pattern exactly the matches of its finditer."""
    from newslens.extract.timex_rules import _patterns
    from newslens.extract.timex_scan import _union, first_lookahead, pattern_matches

    assert _union() is not None and all(first_lookahead(p) for p, _r in _patterns())  # the fast path is taken
    paths = sorted(p for p in (ROOT / "data" / "dev").glob("*.txt") if not p.stem.isupper())
    text = glue.join(p.read_text("utf-8") for p in paths) + glue + (
        "W latach 90. XX wieku, 1.12.2021, 2022-10-30, od 3 do 5 maja 2024 r., w nocy z 3 na 4 marca, we wtorek, "
        "przedwczoraj, Wczoraj, DZIŚ, Ubiegłej jesieni, dwa lata temu, trzy tygodnie temu, ostatnich 5 dni, "
        "na przełomie lipca i sierpnia, Między 2019 a 2021 rokiem, w przyszłym tygodniu, Przyszłotygodniowe.")
    one_by_one = pattern_matches(text, union=False)
    assert sum(map(len, one_by_one)) > 500
    assert _match_signature(pattern_matches(text, union=True)) == _match_signature(one_by_one)


def test_word_lists_in_the_union_are_trees_matching_the_same_strings():
    import re

    from newslens.extract.timex_scan import _WORD_LIST, _as_trie

    lists = r"(?:ab|a|ac\s+d|[Xx]y|b\|c)-(?i:maja|maj|marca)-(?:[Ww]e?|od)"
    tree = _WORD_LIST.sub(_as_trie, lists)
    assert tree == r"(?:a(?:b|c\s+d)?|[Xx]y|b\|c)-(?i:ma(?:j(?:a)?|rca))-(?:[Ww]e?|od)"  # a quantifier: left as it is
    strings = ["ab", "a", "ac  d", "acd", "Xy", "xy", "b|c", "b", "c", "abc"]
    for left in strings:
        for month in ["maja", "MAJ", "Marca", "mar", "majaa"]:
            for prep in ["w", "We", "od", "Od"]:
                text = f"{left}-{month}-{prep}"
                assert bool(re.fullmatch(tree, text)) == bool(re.fullmatch(lists, text)), text


def test_first_lookahead_is_empty_when_unsure():
    import re

    from newslens.extract.timex_scan import first_lookahead

    assert first_lookahead(re.compile(r"(?<![\w.])(?:[Ww]e?\s+)?(?i:maj)")) == "(?=[Ww]|(?i:[m]))"
    assert first_lookahead(re.compile(r"(?:ab)?")) == ""  # can match the empty string
    assert first_lookahead(re.compile(r"[^a]b")) == ""  # a negated set: any character may open it
    assert first_lookahead(re.compile(r".b")) == ""


# what has lasted up to publication ("od dwóch miesięcy", "od roku"): the days from that far back; an
# anaphor ("tego samego dnia", "do tego dnia", "tegoż roku") takes the day (year) of the expression before it
SINCE_AND_ANAPHORS = [
    ("Pielęgniarki protestują od dwóch miesięcy.", "2024-03-28", [("od dwóch miesięcy", "2024-01-28/2024-03-28")]),
    ("Od roku prosimy o rozmowy.", "2023-10-17", [("Od roku", "2022-10-17/2023-10-17")]),
    ("Kierowcy strajkują od tygodnia.", "2022-01-31", [("od tygodnia", "2022-01-24/2022-01-31")]),
    ("Od sześciu dni trwa blokada.", "2022-06-29", [("Od sześciu dni", "2022-06-23/2022-06-29")]),
    ("We wtorek rząd przyjął projekt. Tego samego dnia opozycja złożyła wniosek.", "2025-11-13",
     [("We wtorek", "2025-11-11"), ("Tego samego dnia", "2025-11-11")]),
    ("Związek dał spółce czas do 20 listopada. Jeśli do tego dnia nie będzie zgody, zacznie się strajk.",
     "2025-11-05", [("do 20 listopada", "2025-11-20"), ("do tego dnia", "2025-11-20")]),
    ("W sierpniu 2011 r. firma zażądała obniżki cen, a w listopadzie tegoż roku skierowała sprawę do sądu.",
     "2019-12-15", [("W sierpniu 2011 r.", "2011-08"), ("w listopadzie tegoż roku", "2011-11")]),
    # a weekday with its date in parentheses is one expression: the date's
    ("W czwartek (14 marca) minister odpowiedział posłom.", "2024-03-15", [("W czwartek (14 marca)", "2024-03-14")]),
    ("W piątek (lub w sobotę) zbierze się zarząd.", "2024-03-13", [("W piątek", "2024-03-15"), ("w sobotę", "2024-03-16")]),
    # negatives: a career, a school year, a year named, an anaphor with nothing before it, a bare "tego dnia"
    ("Pracuje w firmie od 20 lat.", "2024-03-28", []),
    ("Od roku szkolnego zmieni się podstawa programowa.", "2024-03-28", []),
    ("Tego samego dnia nikt nie przyszedł.", "2024-03-28", []),
    ("W środę nie było rozmów. Żaden rejs nie został tego dnia odwołany.", "2018-10-19", [("W środę", "2018-10-17")]),
]


@pytest.mark.parametrize("text,published,expected", SINCE_AND_ANAPHORS)
def test_durations_up_to_publication_and_anaphors(text, published, expected):
    assert timexes(text, published) == expected


# a line that stamps the page (published, updated, a date with a clock time and a credit) and a source
# citation ("Dz. U. z 2020 r.") date no event of the story; a date with a time inside a sentence does
STAMPS = [
    ("Tytuł\n\nOpublikowano: 4 października 2018, 08:05\n\nAktualizacja: 4 października 2018, 09:12\n\nW sobotę odbył się marsz.",
     "2018-10-04", [("W sobotę", "2018-09-29")]),
    ("Minister zaprosił lekarzy\n\n2019-03-14, 09:45  Polska Agencja Prasowa\n\nMinister zaprosił we wtorek lekarzy.",
     "2019-03-14", [("we wtorek", "2019-03-12")]),
    ("Przepis (Dz. U. z 2020 r. poz. 8) obowiązuje. W 2021 r. go zmieniono.", "2022-06-25", [("W 2021 r.", "2021")]),
    # negatives: a sentence opening with a stamp's word, a date with a time inside a sentence
    ("Publikacja wyników nastąpi 12 czerwca.", "2024-06-03", [("12 czerwca", "2024-06-12")]),
    ("Sesja zaczęła się 12 marca 2024, 10:00 w sali sesyjnej.", "2024-03-13", [("12 marca 2024", "2024-03-12")]),
    ("Aktywiści zebrali się 10 września 2016 r. przed Sejmem.", "2016-09-12", [("10 września 2016 r.", "2016-09-10")]),
]


@pytest.mark.parametrize("text,published,expected", STAMPS)
def test_page_stamps_and_citations_are_no_events(text, published, expected):
    assert timexes(text, published) == expected


def test_a_page_stamp_still_dates_an_undated_article():
    text = "Minister zaprosił lekarzy\n\n2019-03-14, 09:45  Polska Agencja Prasowa\n\nMinister zaprosił lekarzy."
    assert infer_published(nlp.analyze(text)) == "2019-03-14"


# holidays of the Polish calendar (data/temporal.json "holidays": movable ones from Easter), and the
# same words inside a name after a capitalised word or a word that heads a name (name_heads_before)
HOLIDAYS = [
    ("Wyrok sąd ogłosi w Wielki Czwartek.", "2021-03-11", [("w Wielki Czwartek", "2021-04-01")]),
    ("Jeśli do Bożego Ciała nie będzie decyzji, pojadą do Warszawy.", "2019-06-03", [("do Bożego Ciała", "2019-06-20")]),
    ("Premia ma trafić do górników najpóźniej na Barbórkę.", "2020-11-20", [("na Barbórkę", "2020-12-04")]),
    ("Po Wszystkich Świętych ruszy remont mostu.", "2023-10-20", [("Po Wszystkich Świętych", "2023-11-01")]),
    ("W Dniu Kobiet posłanki rozdawały kwiaty.", "2022-03-10", [("W Dniu Kobiet", "2022-03-08")]),
    # negatives: a street, a parish, a hospital named after the holiday
    ("Mieszkańcy ul. Bożego Ciała protestowali.", "2024-01-10", []),
    ("Proboszcz Parafii Wszystkich Świętych zaprosił wiernych.", "2024-01-10", []),
    ("Lekarze ze Szpitala Bożego Ciała odeszli.", "2024-01-10", []),
]


@pytest.mark.parametrize("text,published,expected", HOLIDAYS)
def test_holidays_and_names_that_hold_them(text, published, expected):
    assert timexes(text, published) == expected


# a week of a month, a span ahead counted from publication, "ten weekend", and a writer's "Przypomnijmy,
# że …" (a reminder of what happened, not a request)
WEEKS_AND_SPANS_AHEAD = [
    ("W ostatnim tygodniu lutego posłowie kłócili się o budżet.", "2026-03-02",
     [("W ostatnim tygodniu lutego", "2026-02-23/2026-02-28")]),
    ("Zjazd odbędzie się w pierwszym tygodniu marca 2024 r.", "2024-01-10",
     [("w pierwszym tygodniu marca 2024 r.", "2024-03-01/2024-03-03")]),
    ("Związek chce 900 zł podwyżki w ciągu dwóch najbliższych lat.", "2019-04-09",
     [("w ciągu dwóch najbliższych lat", "2019-04/2021-04")]),
    ("Decyzja zapadnie w ciągu najbliższych trzech tygodni.", "2024-01-10",
     [("w ciągu najbliższych trzech tygodni", "2024-01-10/2024-01-31")]),
    ("Spędzimy ten weekend na przygotowaniach.", "2025-03-07", [("ten weekend", "2025-03-08/2025-03-09")]),
    ("Przypomnijmy, że w czwartek prezes spółki, Jan Marek Nowak, złożył rezygnację.", "2021-06-12",
     [("w czwartek", "2021-06-10")]),
    # negatives: no count, and a request in the imperative still points ahead
    ("W najbliższych dniach zapadnie decyzja.", "2024-01-10", []),
    ("Przyjdźcie w piątek pod ratusz.", "2025-03-05", [("w piątek", "2025-03-07")]),
]


@pytest.mark.parametrize("text,published,expected", WEEKS_AND_SPANS_AHEAD)
def test_weeks_of_months_spans_ahead_and_reminders(text, published, expected):
    assert timexes(text, published) == expected
