from lib import A, Q, D, C, T, art

G = "B. Nominal and copular frames"

# --- (Głównym / Kolejnym / Jednym z) postulatem jest X; Drugi – to X --------
art("dem-postulatem-jest", 1, """
Głównym postulatem protestujących taksówkarzy jest zaostrzenie kontroli kierowców pracujących dla aplikacji przewozowych. Protest zablokował we wtorek centrum Poznania.
""", group=G,
    actors=[A("Poznań", "l", ["Poznania"])],
    demands=[D("taksówkarze", None, "zaostrzenie kontroli kierowców", group=True)],
    timeline=[T("we wtorek", "2025-03-11", "protest taksówkarzy w Poznaniu")])

art("dem-postulatem-jest", 2, """
OPZZ domaga się podniesienia płacy minimalnej do 5 tys. zł. Kolejnym postulatem centrali jest przywrócenie emerytur stażowych.
""", group=G,
    actors=[A("OPZZ", "o")],
    demands=[D("OPZZ", None, "podniesienia płacy minimalnej"),
             D("OPZZ", None, "przywrócenie emerytur stażowych")])

art("dem-postulatem-jest", 3, """
Jednym z postulatów Stowarzyszenia Kierowców Ciężarówek jest budowa strzeżonych parkingów przy autostradzie A2. Drugi – to skrócenie odpraw na przejściu w Świecku.
""", group=G,
    actors=[A("Stowarzyszenie Kierowców Ciężarówek", "o", ["Stowarzyszenia Kierowców Ciężarówek"]),
            A("Świecko", "l", ["Świecku"])],
    demands=[D("Stowarzyszenie Kierowców Ciężarówek", None, "budowa strzeżonych parkingów"),
             D("Stowarzyszenie Kierowców Ciężarówek", None, "skrócenie odpraw na przejściu")])

# --- wśród postulatów znalazły się: …; lista / pakiet żądań obejmuje … -------
art("dem-lista-postulatow", 1, """
Rolnicy z Podlasia protestowali w poniedziałek przed urzędem wojewódzkim w Białymstoku. Wśród postulatów, które przekazali wojewodzie Mariuszowi Dąbrowskiemu, znalazło się wstrzymanie importu zboża z Ukrainy i wyższe dopłaty do paliwa rolniczego.
""", group=G,
    actors=[A("Podlasie", "l", ["Podlasia"]), A("Białystok", "l", ["Białymstoku"]),
            A("Mariusz Dąbrowski", "p", ["Mariuszowi Dąbrowskiemu"], "wojewoda"), A("Ukraina", "l", ["Ukrainy"])],
    demands=[D("rolnicy", "Mariusz Dąbrowski", "wstrzymanie importu zboża", group=True),
             D("rolnicy", "Mariusz Dąbrowski", "wyższe dopłaty do paliwa rolniczego", group=True)],
    timeline=[T("w poniedziałek", "2025-03-10", "protest rolników w Białymstoku")])

art("dem-lista-postulatow", 2, """
Lista postulatów Związku Nauczycielstwa Polskiego obejmuje trzy punkty: podwyżkę o 15 proc., zmniejszenie pensum i likwidację oceny pracy nauczycieli.
""", group=G,
    actors=[A("Związek Nauczycielstwa Polskiego", "o", ["Związku Nauczycielstwa Polskiego"])],
    demands=[D("Związek Nauczycielstwa Polskiego", None, "podwyżkę o 15 proc."),
             D("Związek Nauczycielstwa Polskiego", None, "zmniejszenie pensum"),
             D("Związek Nauczycielstwa Polskiego", None, "likwidację oceny pracy nauczycieli")])

art("dem-lista-postulatow", 3, """
Pakiet żądań, który Zrzeszenie Międzynarodowych Przewoźników Drogowych wysłało do Komisji Europejskiej, obejmuje przywrócenie zezwoleń dla firm z Ukrainy oraz osobną kolejkę dla pustych ciężarówek.
""", group=G,
    actors=[A("Zrzeszenie Międzynarodowych Przewoźników Drogowych", "o"),
            A("Komisja Europejska", "o", ["Komisji Europejskiej"]), A("Ukraina", "l", ["Ukrainy"])],
    demands=[D("Zrzeszenie Międzynarodowych Przewoźników Drogowych", "Komisja Europejska", "przywrócenie zezwoleń dla firm z Ukrainy"),
             D("Zrzeszenie Międzynarodowych Przewoźników Drogowych", "Komisja Europejska", "osobną kolejkę dla pustych ciężarówek")])

# --- nominal heads: żądanie X, prośba o, petycja do X o, list z apelem o ------
art("dem-rzeczownik", 1, """
Żądanie dymisji ministra sportu Pawła Zająca zgłosiło w środę Prawo i Sprawiedliwość. Powodem są nieprawidłowości w programie budowy boisk.
""", group=G,
    actors=[A("Paweł Zając", "p", ["Pawła Zająca"], "minister sportu"), A("Prawo i Sprawiedliwość", "o")],
    demands=[D("Prawo i Sprawiedliwość", None, "dymisji ministra sportu")],
    timeline=[T("w środę", "2025-03-12", "PiS zgłasza żądanie dymisji ministra sportu")])

art("dem-rzeczownik", 2, """
Ponad 5 tys. mieszkańców Torunia podpisało petycję do prezydenta miasta Piotra Mroza o wstrzymanie sprzedaży zabytkowej zajezdni tramwajowej.
""", group=G,
    actors=[A("Toruń", "l", ["Torunia"]), A("Piotr Mróz", "p", ["Piotra Mroza"], "prezydent miasta")],
    demands=[D("mieszkańcy", "Piotr Mróz", "wstrzymanie sprzedaży zabytkowej zajezdni", group=True)])

art("dem-rzeczownik", 3, """
Rektorzy dwunastu uczelni wysłali list otwarty do minister nauki Anny Lis z apelem o zwiększenie subwencji na badania. „Bez tych pieniędzy polska nauka zostanie w tyle” – piszą.
""", group=G,
    actors=[A("Anna Lis", "p", ["Anny Lis"], "minister nauki")],
    quotes=[Q("rektorzy", "direct", "Bez tych pieniędzy polska nauka", "zostanie w tyle", group=True)],
    demands=[D("rektorzy", "Anna Lis", "zwiększenie subwencji na badania", group=True)])

# --- warunki as a list of demands: stawiać komuś warunki: …; warunki są … ------
art("dem-warunki", 1, """
Związek Zawodowy Maszynistów Kolejowych postawił PKP Intercity warunki. Pierwszy to podwyżka o 1200 zł, drugi – przywrócenie dodatku za pracę w nocy.
""", group=G,
    actors=[A("Związek Zawodowy Maszynistów Kolejowych", "o"), A("PKP Intercity", "o")],
    demands=[D("Związek Zawodowy Maszynistów Kolejowych", "PKP Intercity", "podwyżka o 1200 zł"),
             D("Związek Zawodowy Maszynistów Kolejowych", "PKP Intercity", "przywrócenie dodatku za pracę")])

art("dem-warunki", 2, """
– Nasze warunki są proste: wycofanie rozporządzenia i rozmowy przy jednym stole – mówił w Lublinie Adam Borowik z Lubelskiej Izby Rolniczej.
""", group=G,
    actors=[A("Lublin", "l", ["Lublinie"]), A("Adam Borowik", "p"),
            A("Lubelska Izba Rolnicza", "o", ["Lubelskiej Izby Rolniczej"])],
    quotes=[Q("Adam Borowik", "direct", "Nasze warunki są proste", "rozmowy przy jednym stole")],
    demands=[D("Adam Borowik", None, "wycofanie rozporządzenia"),
             D("Adam Borowik", None, "rozmowy przy jednym stole")])

art("dem-warunki", 3, """
Kreml stawia Kijowowi warunki: uznanie aneksji Krymu i rezygnację z członkostwa w NATO.
""", group=G,
    actors=[A("Kreml", "o"), A("Kijów", "l", ["Kijowowi"]), A("Krym", "l", ["Krymu"]), A("NATO", "o")],
    demands=[D("Kreml", "Kijów", "uznanie aneksji Krymu"),
             D("Kreml", "Kijów", "rezygnację z członkostwa w NATO")])

G = "C. Participles, passives and impersonals"

# --- participles: domagający się, żądający, wzywający ---------------------
art("dem-imieslow", 1, """
Domagający się podwyżek pracownicy Poczty Polskiej pikietowali we wtorek przed siedzibą spółki w Warszawie.
""", group=G,
    actors=[A("Poczta Polska", "o", ["Poczty Polskiej"]), A("Warszawa", "l", ["Warszawie"])],
    demands=[D("pracownicy", None, "podwyżek", group=True)],
    timeline=[T("we wtorek", "2025-03-11", "pikieta pracowników Poczty Polskiej")])

art("dem-imieslow", 2, """
Stowarzyszenie Otwarte Klatki, żądające całkowitego zakazu chowu klatkowego kur, zebrało ponad 80 tys. podpisów pod obywatelskim projektem ustawy.
""", group=G,
    actors=[A("Stowarzyszenie Otwarte Klatki", "o")],
    demands=[D("Stowarzyszenie Otwarte Klatki", None, "całkowitego zakazu chowu klatkowego")])

art("dem-imieslow", 3, """
Wzywający do bojkotu drugiej tury wyborów opozycjoniści zebrali się w sobotę przed parlamentem w Tbilisi.
""", group=G,
    actors=[A("Tbilisi", "l")],
    demands=[D("opozycjoniści", None, "bojkotu drugiej tury wyborów", group=True)],
    timeline=[T("w sobotę", "2025-03-08", "wiec opozycji w Tbilisi")])

# --- impersonal -no/-to with a named issuer; passive with przez ------------
art("dem-bezosobowe-bierne", 1, """
W przyjętym we wtorek stanowisku Rady Powiatu Nowotarskiego zażądano od Ministerstwa Zdrowia zwiększenia ryczałtu dla szpitala w Nowym Targu.
""", group=G,
    actors=[A("Rada Powiatu Nowotarskiego", "o", ["Rady Powiatu Nowotarskiego"]),
            A("Ministerstwo Zdrowia", "o", ["Ministerstwa Zdrowia"]), A("Nowy Targ", "l", ["Nowym Targu"])],
    demands=[D("Rada Powiatu Nowotarskiego", "Ministerstwo Zdrowia", "zwiększenia ryczałtu dla szpitala")],
    timeline=[T("we wtorek", "2025-03-11", "rada powiatu przyjmuje stanowisko")])

art("dem-bezosobowe-bierne", 2, """
Prezes spółki Miejskie Ciepłownie Marek Ryba został wezwany przez radnych Lewicy do złożenia wyjaśnień na najbliższej sesji rady miasta. Chodzi o podwyżkę cen ciepła o 30 proc.
""", group=G,
    actors=[A("Miejskie Ciepłownie", "o"), A("Marek Ryba", "p", [], "prezes spółki Miejskie Ciepłownie"),
            A("Lewica", "o", ["Lewicy"])],
    demands=[D("Lewica", "Marek Ryba", "złożenia wyjaśnień")])

art("dem-bezosobowe-bierne", 3, """
Żądanie zwrotu dotacji zostało skierowane przez Urząd Marszałkowski Województwa Śląskiego do klubu GKS Katowice. Klub ma oddać 1,2 mln zł.
""", group=G,
    actors=[A("Urząd Marszałkowski Województwa Śląskiego", "o"), A("GKS Katowice", "o")],
    demands=[D("Urząd Marszałkowski Województwa Śląskiego", "GKS Katowice", "zwrotu dotacji")])
