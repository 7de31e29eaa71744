from lib import A, Q, D, C, T, art

G = "N. Negatives (near misses)"

art("neg-walczyc-medal", 1, """
Sprinterka AZS Poznań Julia Wróbel powalczy w niedzielę o medal halowych mistrzostw Europy w Apeldoorn.
""", group=G,
    actors=[A("AZS Poznań", "o"), A("Julia Wróbel", "p", [], "sprinterka AZS Poznań"), A("Apeldoorn", "l")],
    timeline=[T("w niedzielę", "2025-03-16", "Wróbel walczy o medal")])

art("neg-prosic-komentarz", 1, """
Poprosiliśmy biuro prasowe Orlenu o komentarz, ale do chwili publikacji nie otrzymaliśmy odpowiedzi.
""", group=G,
    actors=[A("Orlen", "o", ["Orlenu"])])

art("neg-sad-nakazal", 1, """
Sąd Okręgowy w Krakowie nakazał spółce Wawel Deweloper rozbiórkę nielegalnie wzniesionego piętra kamienicy. Wyrok jest prawomocny.
""", group=G,
    actors=[A("Sąd Okręgowy w Krakowie", "o"), A("Wawel Deweloper", "o")])

art("neg-polecil", 1, """
Prezes spółki Enea Marek Grzyb polecił dyrektorom elektrowni przygotowanie planów oszczędnościowych do końca kwietnia.
""", group=G,
    actors=[A("Enea", "o"), A("Marek Grzyb", "p", [], "prezes spółki Enea")],
    timeline=[T("do końca kwietnia", "2025-04", "termin planów oszczędnościowych")])

art("neg-chcemy-pracowac", 1, """
– Chcemy normalnie pracować i leczyć ludzi w naszym mieście – mówiła Dorota Sęp, pielęgniarka ze szpitala w Ostródzie.
""", group=G,
    actors=[A("Dorota Sęp", "p", [], "pielęgniarka ze szpitala w Ostródzie"), A("Ostróda", "l", ["Ostródzie"])],
    quotes=[Q("Dorota Sęp", "direct", "Chcemy normalnie pracować", "w naszym mieście")])

art("neg-zyczenie", 1, """
Przydałaby się wreszcie obwodnica Kłodawy. Kierowcy ciężarówek tracą tu codziennie godziny w korkach.
""", group=G,
    actors=[A("Kłodawa", "l", ["Kłodawy"])])

art("neg-powinien", 1, """
Zdaniem ekonomisty Uniwersytetu Ekonomicznego w Katowicach Jerzego Gila rząd powinien obniżyć VAT na żywność do zera.
""", group=G,
    actors=[A("Uniwersytet Ekonomiczny w Katowicach", "o", ["Uniwersytetu Ekonomicznego w Katowicach"]),
            A("Jerzy Gil", "p", ["Jerzego Gila"], "ekonomista Uniwersytetu Ekonomicznego w Katowicach")],
    quotes=[Q("Jerzy Gil", "indirect", "rząd powinien obniżyć VAT", "do zera")])

art("neg-proponujemy", 1, """
Ministerstwo Edukacji Narodowej proponuje nauczycielom podwyżki o 5 proc. od września. – Proponujemy tyle, na ile stać budżet – mówiła wiceminister Halina Sobczak.
""", group=G,
    actors=[A("Ministerstwo Edukacji Narodowej", "o"), A("Halina Sobczak", "p", [], "wiceminister")],
    quotes=[Q("Halina Sobczak", "direct", "Proponujemy tyle, na ile stać budżet", "na ile stać budżet")],
    timeline=[T("od września", "2025-09", "proponowane podwyżki dla nauczycieli")])

art("neg-czekamy", 1, """
– Czekamy na decyzję ministerstwa i na razie nic nie wiemy – mówił sołtys wsi Bobrowo Kazimierz Nowicki.
""", group=G,
    actors=[A("Bobrowo", "l"), A("Kazimierz Nowicki", "p", [], "sołtys wsi Bobrowo")],
    quotes=[Q("Kazimierz Nowicki", "direct", "Czekamy na decyzję ministerstwa", "nic nie wiemy")])

art("neg-obawa", 1, """
Hotelarze z Kołobrzegu obawiają się, że wyższa opłata miejscowa odstraszy turystów.
""", group=G,
    actors=[A("Kołobrzeg", "l", ["Kołobrzegu"])])

art("neg-pytanie", 1, """
Czy rząd obniży akcyzę na paliwo? Na to pytanie minister finansów Piotr Góra nie odpowiedział w środę dziennikarzom.
""", group=G,
    actors=[A("Piotr Góra", "p", [], "minister finansów")],
    timeline=[T("w środę", "2025-03-12", "Góra nie odpowiada na pytanie o akcyzę")])

art("neg-apel-ostroznosc", 1, """
Komenda Wojewódzka Policji w Rzeszowie apeluje do kierowców o ostrożność na oblodzonych drogach Podkarpacia.
""", group=G,
    actors=[A("Komenda Wojewódzka Policji w Rzeszowie", "o"), A("Podkarpacie", "l", ["Podkarpacia"])])

art("neg-zapowiedz", 1, """
Związek Zawodowy Kierowców Komunikacji Miejskiej zapowiedział na piątek protest przed ratuszem w Gorzowie Wielkopolskim.
""", group=G,
    actors=[A("Związek Zawodowy Kierowców Komunikacji Miejskiej", "o"),
            A("Gorzów Wielkopolski", "l", ["Gorzowie Wielkopolskim"])],
    quotes=[Q("Związek Zawodowy Kierowców Komunikacji Miejskiej", "indirect", "protest przed ratuszem", "w Gorzowie Wielkopolskim")],
    timeline=[T("na piątek", "2025-03-14", "protest kierowców przed ratuszem")])

art("neg-nie-domaga", 1, """
Prezes ZNP Sławomir Wrona zapewnił we wtorek, że związek nie domaga się dymisji minister edukacji.
""", group=G,
    actors=[A("ZNP", "o"), A("Sławomir Wrona", "p", [], "prezes ZNP")],
    quotes=[Q("Sławomir Wrona", "indirect", "związek nie domaga się dymisji", "minister edukacji")],
    timeline=[T("we wtorek", "2025-03-11", "Wrona zapewnia o stanowisku ZNP")])

art("neg-demander-nienazwany", 1, """
Właściciel działki pod Kórnikiem domaga się od gminy odszkodowania za drogę, która powstała na jego gruncie.
""", group=G,
    actors=[A("Kórnik", "l", ["Kórnikiem"])])

art("neg-transparent", 1, """
Na transparentach protestujących przed Sejmem można było przeczytać hasła „Stop likwidacji szkół wiejskich” i „Ręce precz od edukacji”.
""", group=G,
    actors=[A("Sejm", "o", ["Sejmem"])])

art("neg-wezwac-sluzby", 1, """
Sąsiedzi wezwali straż pożarną, gdy z okna kamienicy w centrum Bydgoszczy zaczął wydobywać się dym.
""", group=G,
    actors=[A("Bydgoszcz", "l", ["Bydgoszczy"])])

art("neg-jesli-stan", 1, """
Lekarze rezydenci od rana protestują przed gmachem resortu zdrowia, ale rozmów na razie nie ma. – Jeśli ministerstwo zmieni zdanie, jesteśmy gotowi rozmawiać – mówił przewodniczący OZZL Grzegorz Nowak.
""", group=G,
    actors=[A("OZZL", "o"), A("Grzegorz Nowak", "p", [], "przewodniczący OZZL")],
    quotes=[Q("Grzegorz Nowak", "direct", "Jeśli ministerstwo zmieni zdanie", "jesteśmy gotowi rozmawiać")])

art("neg-jesli-prognoza", 1, """
Ekonomiści szacują, że jeśli zima będzie łagodna, hurtowe ceny gazu spadną o jedną dziesiątą.
""", group=G,
    quotes=[Q("ekonomiści", "indirect", "jeśli zima będzie łagodna", "o jedną dziesiątą", group=True)])

art("neg-gdyby-kontrfakt", 1, """
Zdaniem socjologa Marka Cichego z Uniwersytetu Wrocławskiego, gdyby rząd wcześniej podniósł płace, do strajku by nie doszło.
""", group=G,
    actors=[A("Marek Cichy", "p", ["Marka Cichego"], "socjolog"),
            A("Uniwersytet Wrocławski", "o", ["Uniwersytetu Wrocławskiego"])],
    quotes=[Q("Marek Cichy", "indirect", "gdyby rząd wcześniej podniósł płace", "do strajku by nie doszło")])

art("neg-w-przeciwnym-razie", 1, """
Związek Zawodowy Maszynistów Kolejowych żąda od PKP Intercity podwyżek o 1000 zł. W przeciwnym razie związkowcy przeprowadzą referendum strajkowe.
""", group=G,
    actors=[A("Związek Zawodowy Maszynistów Kolejowych", "o"), A("PKP Intercity", "o")],
    demands=[D("Związek Zawodowy Maszynistów Kolejowych", "PKP Intercity", "podwyżek o 1000 zł")])

