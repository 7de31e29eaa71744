from lib import A, Q, D, C, T, art

G = "G. Demander forms"

# --- zero subject / pronoun referring back -----------------------------------
art("by-zaimek-zero", 1, """
Związek Zawodowy Górników w Polsce nie zgadza się na nowy plan restrukturyzacji. Domaga się też wypłaty zaległych nagród jubileuszowych.
""", group=G,
    actors=[A("Związek Zawodowy Górników w Polsce", "o")],
    demands=[D("Związek Zawodowy Górników w Polsce", None, "wypłaty zaległych nagród jubileuszowych")])

art("by-zaimek-zero", 2, """
Burmistrz Zakopanego Jan Gąsienica od miesięcy krytykuje rozkład jazdy pociągów. W poniedziałek zaapelował do PKP Intercity o uruchomienie nocnego połączenia z Gdynią.
""", group=G,
    actors=[A("Zakopane", "l", ["Zakopanego"]), A("Jan Gąsienica", "p", [], "burmistrz Zakopanego"),
            A("PKP Intercity", "o"), A("Gdynia", "l", ["Gdynią"])],
    demands=[D("Jan Gąsienica", "PKP Intercity", "uruchomienie nocnego połączenia")],
    timeline=[T("W poniedziałek", "2025-03-10", "Gąsienica apeluje do PKP Intercity")])

art("by-zaimek-zero", 3, """
Przedstawiciele Związku Powiatów Polskich spotkali się we wtorek z ministrem zdrowia. Ich zdaniem sieć szpitali wymaga pilnych zmian. Chcą, by NFZ przejął część długów szpitali powiatowych.
""", group=G,
    actors=[A("Związek Powiatów Polskich", "o", ["Związku Powiatów Polskich"]), A("NFZ", "o")],
    quotes=[Q("Związek Powiatów Polskich", "indirect", "sieć szpitali wymaga pilnych zmian", "wymaga pilnych zmian")],
    demands=[D("Związek Powiatów Polskich", "NFZ", "NFZ przejął część długów")],
    timeline=[T("we wtorek", "2025-03-11", "spotkanie ZPP z ministrem zdrowia")])

# --- relative clause: X, który / która / które domaga się … ------------------
art("by-zdanie-wzgledne", 1, """
Stowarzyszenie Miasto Jest Nasze, które od lat domaga się zakazu reklam wielkoformatowych, złożyło w ratuszu projekt uchwały krajobrazowej.
""", group=G,
    actors=[A("Stowarzyszenie Miasto Jest Nasze", "o")],
    demands=[D("Stowarzyszenie Miasto Jest Nasze", None, "zakazu reklam wielkoformatowych")])

art("by-zdanie-wzgledne", 2, """
Nauczyciele, którzy żądają od gminy Kołaczyce wypłaty zaległego dodatku motywacyjnego, zapowiadają pikietę przed urzędem.
""", group=G,
    actors=[A("Kołaczyce", "l")],
    quotes=[Q("nauczyciele", "indirect", "pikietę przed urzędem", "pikietę przed urzędem", group=True)],
    demands=[D("nauczyciele", "Kołaczyce", "wypłaty zaległego dodatku", group=True)])

art("by-zdanie-wzgledne", 3, """
Europosłanka Konfederacji Joanna Sitek, która od miesięcy apeluje do Komisji Europejskiej o wycofanie Zielonego Ładu, zorganizowała w Parlamencie Europejskim debatę z rolnikami.
""", group=G,
    actors=[A("Konfederacja", "o", ["Konfederacji"]), A("Joanna Sitek", "p", [], "europosłanka Konfederacji"),
            A("Komisja Europejska", "o", ["Komisji Europejskiej"]),
            A("Parlament Europejski", "o", ["Parlamencie Europejskim"])],
    demands=[D("Joanna Sitek", "Komisja Europejska", "wycofanie Zielonego Ładu")])

# --- subject after the verb, object fronted ---------------------------------
art("by-inwersja", 1, """
Dymisji ministra spraw wewnętrznych domaga się Konfederacja. Powodem jest wtorkowy incydent na przejściu granicznym w Terespolu.
""", group=G,
    actors=[A("Konfederacja", "o"), A("Terespol", "l", ["Terespolu"])],
    demands=[D("Konfederacja", None, "Dymisji ministra spraw wewnętrznych")],
    timeline=[T("wtorkowy", "2025-03-11", "incydent na przejściu w Terespolu")])

art("by-inwersja", 2, """
O zwrot nadpłaconych opłat za odpady apeluje do gminy Wieliczka Stowarzyszenie Lokatorów i Właścicieli Mieszkań.
""", group=G,
    actors=[A("Wieliczka", "l"), A("Stowarzyszenie Lokatorów i Właścicieli Mieszkań", "o")],
    demands=[D("Stowarzyszenie Lokatorów i Właścicieli Mieszkań", "Wieliczka", "zwrot nadpłaconych opłat")])

art("by-inwersja", 3, """
Przeprosin od Polskiego Związku Piłki Nożnej żąda norweska sędzia Ingrid Larsen, którą kibice obrażali podczas meczu w Białymstoku.
""", group=G,
    actors=[A("Polski Związek Piłki Nożnej", "o", ["Polskiego Związku Piłki Nożnej"]),
            A("Ingrid Larsen", "p", [], "norweska sędzia"), A("Białystok", "l", ["Białymstoku"])],
    demands=[D("Ingrid Larsen", "Polski Związek Piłki Nożnej", "Przeprosin")])

# --- group noun with no named organisation: group: true ---------------------
art("by-grupa", 1, """
Mieszkańcy Pilchowic zablokowali w poniedziałek drogę wojewódzką nr 921. Domagają się budowy chodnika i ograniczenia ruchu ciężarówek.
""", group=G,
    actors=[A("Pilchowice", "l", ["Pilchowic"])],
    demands=[D("mieszkańcy", None, "budowy chodnika", group=True),
             D("mieszkańcy", None, "ograniczenia ruchu ciężarówek", group=True)],
    timeline=[T("w poniedziałek", "2025-03-10", "blokada drogi w Pilchowicach")])

art("by-grupa", 2, """
Studenci Uniwersytetu Warszawskiego, którzy od wtorku okupują budynek rektoratu, żądają od władz uczelni obniżenia opłat za akademiki.
""", group=G,
    actors=[A("Uniwersytet Warszawski", "o", ["Uniwersytetu Warszawskiego"])],
    demands=[D("studenci", "Uniwersytet Warszawski", "obniżenia opłat za akademiki", group=True)],
    timeline=[T("od wtorku", "2025-03-11", "początek okupacji rektoratu")])

art("by-grupa", 3, """
– Chcemy uczciwych cen za zboże, a nie jałmużny! – krzyczeli rolnicy zgromadzeni w czwartek przed Sejmem.
""", group=G,
    actors=[A("Sejm", "o", ["Sejmem"])],
    quotes=[Q("rolnicy", "direct", "Chcemy uczciwych cen za zboże", "a nie jałmużny", group=True)],
    demands=[D("rolnicy", None, "uczciwych cen za zboże", group=True)],
    timeline=[T("w czwartek", "2025-03-06", "protest rolników przed Sejmem")])

# --- group led by a named organisation: the organisation demands -------------
art("by-grupa-organizacja", 1, """
Lekarze zrzeszeni w Ogólnopolskim Związku Zawodowym Lekarzy domagają się od NFZ podniesienia wyceny świadczeń na szpitalnych oddziałach ratunkowych.
""", group=G,
    actors=[A("Ogólnopolski Związek Zawodowy Lekarzy", "o", ["Ogólnopolskim Związku Zawodowym Lekarzy"]), A("NFZ", "o")],
    demands=[D("Ogólnopolski Związek Zawodowy Lekarzy", "NFZ", "podniesienia wyceny świadczeń")])

art("by-grupa-organizacja", 2, """
Protestujący z Ogólnopolskiego Komitetu Obrony Wsi zablokowali we wtorek rondo w Grójcu. Żądają wprowadzenia ceny minimalnej na jabłka przemysłowe.
""", group=G,
    actors=[A("Ogólnopolski Komitet Obrony Wsi", "o", ["Ogólnopolskiego Komitetu Obrony Wsi"]),
            A("Grójec", "l", ["Grójcu"])],
    demands=[D("Ogólnopolski Komitet Obrony Wsi", None, "wprowadzenia ceny minimalnej")],
    timeline=[T("we wtorek", "2025-03-11", "blokada ronda w Grójcu")])

art("by-grupa-organizacja", 3, """
Marsz zorganizowany przez Fundację Kobiety Wsi przeszedł w sobotę ulicami Kutna. Uczestnicy domagali się ponownego otwarcia porodówki w miejscowym szpitalu.
""", group=G,
    actors=[A("Fundacja Kobiety Wsi", "o", ["Fundację Kobiety Wsi"]), A("Kutno", "l", ["Kutna"])],
    demands=[D("Fundacja Kobiety Wsi", None, "ponownego otwarcia porodówki")],
    timeline=[T("w sobotę", "2025-03-08", "marsz w Kutnie")])

# --- unnamed spokesperson or head of a named organisation ----------------------
art("by-rzecznik", 1, """
Rzecznik RegioJet przekazał, że przewoźnik domaga się od PKP Polskich Linii Kolejowych zwrotu 4 mln zł za kursy odwołane z powodu remontów.
""", group=G,
    actors=[A("RegioJet", "o"), A("PKP Polskie Linie Kolejowe", "o", ["PKP Polskich Linii Kolejowych"])],
    quotes=[Q("RegioJet", "indirect", "przewoźnik domaga się od PKP", "z powodu remontów")],
    demands=[D("RegioJet", "PKP Polskie Linie Kolejowe", "zwrotu 4 mln zł")])

art("by-rzecznik", 2, """
Rzeczniczka Komisji Europejskiej zaapelowała we wtorek do Węgier o odblokowanie unijnych pieniędzy na wsparcie Ukrainy.
""", group=G,
    actors=[A("Komisja Europejska", "o", ["Komisji Europejskiej"]), A("Węgry", "l", ["Węgier"]),
            A("Ukraina", "l", ["Ukrainy"])],
    demands=[D("Komisja Europejska", "Węgry", "odblokowanie unijnych pieniędzy")],
    timeline=[T("we wtorek", "2025-03-11", "KE apeluje do Węgier")])

art("by-rzecznik", 3, """
Prezes Zakładów Azotowych Puławy zwrócił się do Ministerstwa Aktywów Państwowych z wnioskiem o dokapitalizowanie spółki kwotą 500 mln zł.
""", group=G,
    actors=[A("Zakłady Azotowe Puławy", "o", ["Zakładów Azotowych Puławy"]),
            A("Ministerstwo Aktywów Państwowych", "o", ["Ministerstwa Aktywów Państwowych"])],
    demands=[D("Zakłady Azotowe Puławy", "Ministerstwo Aktywów Państwowych", "dokapitalizowanie spółki")])

# --- metonyms: demonym, seat of power, władze X -----------------------------
art("by-metonimia", 1, """
Amerykanie zażądali od Duńczyków zgody na rozbudowę bazy wojskowej na Grenlandii.
""", group=G,
    actors=[A("Stany Zjednoczone", "l", ["Amerykanie"]), A("Dania", "l", ["Duńczyków"]),
            A("Grenlandia", "l", ["Grenlandii"])],
    demands=[D("Stany Zjednoczone", "Dania", "zgody na rozbudowę bazy")])

art("by-metonimia", 2, """
Biały Dom wezwał Kongres do szybkiego przyjęcia ustawy o wydatkach obronnych.
""", group=G,
    actors=[A("Biały Dom", "o"), A("Kongres", "o")],
    demands=[D("Biały Dom", "Kongres", "szybkiego przyjęcia ustawy")])

art("by-metonimia", 3, """
Władze Armenii zażądały od Rosji wycofania rosyjskich pograniczników z lotniska w Erywaniu.
""", group=G,
    actors=[A("Armenia", "l", ["Armenii"]), A("Rosja", "l", ["Rosji"]), A("Erywań", "l", ["Erywaniu"])],
    demands=[D("Armenia", "Rosja", "wycofania rosyjskich pograniczników")])

# --- demand inside a reporting frame: the inner subject demands --------------
art("by-w-ramie-relacji", 1, """
Jak ustaliła „Rzeczpospolita”, PGE domaga się od Ministerstwa Klimatu i Środowiska rekompensat za zamrożenie cen prądu w drugiej połowie roku.
""", group=G,
    actors=[A("Rzeczpospolita", "m"), A("PGE", "o"),
            A("Ministerstwo Klimatu i Środowiska", "o", ["Ministerstwa Klimatu i Środowiska"])],
    quotes=[Q("Rzeczpospolita", "indirect", "PGE domaga się od Ministerstwa", "w drugiej połowie roku")],
    demands=[D("PGE", "Ministerstwo Klimatu i Środowiska", "rekompensat za zamrożenie cen prądu")],
    timeline=[T("w drugiej połowie roku", "2025-07/2025-12", "zamrożenie cen prądu")])

art("by-w-ramie-relacji", 2, """
Według prezesa Motoru Lublin Tomasza Żelaznego miasto Lublin zażądało od klubu 2 mln zł za wynajem stadionu w nowym sezonie.
""", group=G,
    actors=[A("Motor Lublin", "o", ["Motoru Lublin"]),
            A("Tomasz Żelazny", "p", ["Tomasza Żelaznego"], "prezes Motoru Lublin"), A("Lublin", "l")],
    quotes=[Q("Tomasz Żelazny", "indirect", "miasto Lublin zażądało od klubu", "w nowym sezonie")],
    demands=[D("Lublin", "Motor Lublin", "2 mln zł za wynajem stadionu")])

art("by-w-ramie-relacji", 3, """
Rzecznik MSZ Piotr Kowal poinformował w czwartek, że Białoruś zażądała od Polski zmniejszenia liczby dyplomatów w Mińsku.
""", group=G,
    actors=[A("MSZ", "o"), A("Piotr Kowal", "p", [], "rzecznik MSZ"), A("Białoruś", "l"),
            A("Polska", "l", ["Polski"]), A("Mińsk", "l", ["Mińsku"])],
    quotes=[Q("Piotr Kowal", "indirect", "Białoruś zażądała od Polski", "dyplomatów w Mińsku")],
    demands=[D("Białoruś", "Polska", "zmniejszenia liczby dyplomatów")],
    timeline=[T("w czwartek", "2025-03-06", "Kowal informuje o żądaniu Białorusi")])

G = "H. Addressee forms"

# --- dative recipient: wręczyć / przekazać / postawić komuś ------------------
art("of-celownik", 1, """
Sołtysi z gminy Rytro wręczyli wojewodzie małopolskiemu Krzysztofowi Janikowi petycję o budowę wału przeciwpowodziowego.
""", group=G,
    actors=[A("Rytro", "l"), A("Krzysztof Janik", "p", ["Krzysztofowi Janikowi"], "wojewoda małopolski")],
    demands=[D("sołtysi", "Krzysztof Janik", "budowę wału przeciwpowodziowego", group=True)])

art("of-celownik", 2, """
Solidarność postawiła spółce Stellantis ultimatum: podwyżki o 10 proc. albo strajk w fabryce w Tychach.
""", group=G,
    actors=[A("Solidarność", "o"), A("Stellantis", "o"), A("Tychy", "l", ["Tychach"])],
    demands=[D("Solidarność", "Stellantis", "podwyżki o 10 proc.")])

art("of-celownik", 3, """
Uczniowie z Wałbrzycha wysłali Rzecznikowi Praw Dziecka list z prośbą o interwencję w sprawie likwidacji ich szkoły.
""", group=G,
    actors=[A("Wałbrzych", "l", ["Wałbrzycha"]), A("Rzecznik Praw Dziecka", "o", ["Rzecznikowi Praw Dziecka"])],
    demands=[D("uczniowie", "Rzecznik Praw Dziecka", "interwencję w sprawie likwidacji", group=True)])

# --- vocative, role noun or common noun for a named actor -------------------
art("of-rola-rzeczownik", 1, """
Mieszkańcy Wadowic spotkali się z burmistrzem Marcinem Sarną. – Panie burmistrzu, żądamy remontu ulicy Lwowskiej jeszcze w tym roku – mówił Kazimierz Pietrzyk.
""", group=G,
    actors=[A("Wadowice", "l", ["Wadowic"]), A("Marcin Sarna", "p", ["Marcinem Sarną"], "burmistrz"),
            A("Kazimierz Pietrzyk", "p")],
    quotes=[Q("Kazimierz Pietrzyk", "direct", "Panie burmistrzu, żądamy remontu", "jeszcze w tym roku")],
    demands=[D("Kazimierz Pietrzyk", "Marcin Sarna", "remontu ulicy Lwowskiej")],
    timeline=[T("w tym roku", "2025", "żądany remont ulicy Lwowskiej")])

art("of-rola-rzeczownik", 2, """
Zagłębie Sosnowiec zakończyło rundę z długami. Stowarzyszenie kibiców Wierna Trybuna domaga się od klubu publikacji raportu finansowego za ubiegły rok.
""", group=G,
    actors=[A("Zagłębie Sosnowiec", "o"), A("Wierna Trybuna", "o")],
    demands=[D("Wierna Trybuna", "Zagłębie Sosnowiec", "publikacji raportu finansowego")],
    timeline=[T("za ubiegły rok", "2024", "raport finansowy Zagłębia")])

art("of-rola-rzeczownik", 3, """
Minister infrastruktury Adam Wrzos zapowiedział w poniedziałek nowe przepisy o przewozach autokarowych. Przewoźnicy domagają się od ministra wydłużenia okresu przejściowego do końca 2026 r.
""", group=G,
    actors=[A("Adam Wrzos", "p", [], "minister infrastruktury")],
    quotes=[Q("Adam Wrzos", "indirect", "nowe przepisy o przewozach autokarowych", "nowe przepisy o przewozach autokarowych")],
    demands=[D("przewoźnicy", "Adam Wrzos", "wydłużenia okresu przejściowego", group=True)],
    timeline=[T("w poniedziałek", "2025-03-10", "Wrzos zapowiada nowe przepisy"),
              T("do końca 2026 r.", "2026", "żądany koniec okresu przejściowego")])

# --- addressee only implied (employer) or an unnamed body: of null ---------------
art("of-domniemany-null", 1, """
Pracownicy fabryki mebli Klose w Bydgoszczy domagają się podwyżek o 600 zł. Rozmowy z zarządem nic nie dały.
""", group=G,
    actors=[A("Klose", "o"), A("Bydgoszcz", "l", ["Bydgoszczy"])],
    demands=[D("pracownicy", None, "podwyżek o 600 zł", group=True)])

art("of-domniemany-null", 2, """
Związek zawodowy Inicjatywa Pracownicza domaga się wyższych stawek dla magazynierów w centrum logistycznym Amazon w Sadach.
""", group=G,
    actors=[A("Inicjatywa Pracownicza", "o"), A("Amazon", "o"), A("Sady", "l", ["Sadach"])],
    demands=[D("Inicjatywa Pracownicza", None, "wyższych stawek dla magazynierów")])

art("of-domniemany-null", 3, """
Ogólnopolskie Stowarzyszenie Przewoźników domaga się od rządu obniżenia akcyzy na olej napędowy.
""", group=G,
    actors=[A("Ogólnopolskie Stowarzyszenie Przewoźników", "o")],
    demands=[D("Ogólnopolskie Stowarzyszenie Przewoźników", None, "obniżenia akcyzy na olej napędowy")])
