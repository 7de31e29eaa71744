from lib import A, Q, D, C, T, art

G = "A. Verbs of demanding (valency frames)"

# --- domagać się + gen (od + gen) ---------------------------------------
art("dem-domagac-gen", 1, """
Ogólnopolski Związek Zawodowy Położnych domaga się od Narodowego Funduszu Zdrowia podwyżki wyceny porodu o 20 proc. Pismo w tej sprawie związek wysłał we wtorek do centrali funduszu w Warszawie.
""", group=G,
    actors=[A("Ogólnopolski Związek Zawodowy Położnych", "o"),
            A("Narodowy Fundusz Zdrowia", "o", ["Narodowego Funduszu Zdrowia"]),
            A("Warszawa", "l", ["Warszawie"])],
    demands=[D("Ogólnopolski Związek Zawodowy Położnych", "Narodowy Fundusz Zdrowia", "podwyżki wyceny porodu o 20 proc.")],
    timeline=[T("we wtorek", "2025-03-11", "związek wysyła pismo do NFZ")])

art("dem-domagac-gen", 2, """
Mieszkańcy Oleśnicy domagali się wczoraj na sesji rady miasta budowy ekranów akustycznych wzdłuż obwodnicy. – Przy otwartym oknie nie da się tu spać – mówiła Halina Kubiak, która mieszka przy samej trasie.
""", group=G,
    actors=[A("Oleśnica", "l", ["Oleśnicy"]), A("Halina Kubiak", "p")],
    quotes=[Q("Halina Kubiak", "direct", "Przy otwartym oknie nie da się tu spać", "nie da się tu spać")],
    demands=[D("mieszkańcy", None, "budowy ekranów akustycznych", group=True)],
    timeline=[T("wczoraj", "2025-03-11", "mieszkańcy na sesji rady miasta")])

art("dem-domagac-gen", 3, """
Posłanka Lewicy Agata Szymańska domagała się w Sejmie od minister zdrowia Ewy Wolskiej informacji o czasie oczekiwania na leczenie onkologiczne. Resort nie odpowiedział jeszcze na pytania posłanki.
""", group=G,
    actors=[A("Lewica", "o", ["Lewicy"]), A("Agata Szymańska", "p", [], "posłanka Lewicy"),
            A("Sejm", "o", ["Sejmie"]), A("Ewa Wolska", "p", ["Ewy Wolskiej"], "minister zdrowia")],
    demands=[D("Agata Szymańska", "Ewa Wolska", "informacji o czasie oczekiwania")])

# --- domagać się / żądać, żeby/aby/by + clause ---------------------------
art("dem-zdanie-zeby", 1, """
Związek Zawodowy Kontrolerów Ruchu Lotniczego domaga się, aby Polska Agencja Żeglugi Powietrznej przywróciła dodatek za dyżury nocne. Spór trwa od stycznia.
""", group=G,
    actors=[A("Związek Zawodowy Kontrolerów Ruchu Lotniczego", "o"),
            A("Polska Agencja Żeglugi Powietrznej", "o")],
    demands=[D("Związek Zawodowy Kontrolerów Ruchu Lotniczego", "Polska Agencja Żeglugi Powietrznej",
               "Polska Agencja Żeglugi Powietrznej przywróciła")],
    timeline=[T("od stycznia", "2025-01", "początek sporu kontrolerów z PAŻP")])

art("dem-zdanie-zeby", 2, """
Rodzice uczniów ze wsi Bajtkowo zażądali, żeby burmistrz Ełku Marek Ostrowski przywrócił szkolny autobus. Gmina zlikwidowała kurs od 1 marca.
""", group=G,
    actors=[A("Bajtkowo", "l"), A("Ełk", "l", ["Ełku"]), A("Marek Ostrowski", "p", [], "burmistrz Ełku")],
    demands=[D("rodzice", "Marek Ostrowski", "burmistrz Ełku Marek Ostrowski przywrócił", group=True)],
    timeline=[T("od 1 marca", "2025-03-01", "gmina likwiduje kurs szkolnego autobusu")])

art("dem-zdanie-zeby", 3, """
Wicepremier Ukrainy Ołeh Bondar przekazał w poniedziałek, że Kijów domaga się, by Unia Europejska jeszcze w tym roku otworzyła pierwsze rozdziały negocjacji akcesyjnych.
""", group=G,
    actors=[A("Ukraina", "l", ["Ukrainy"]), A("Ołeh Bondar", "p", [], "wicepremier Ukrainy"),
            A("Kijów", "l"), A("Unia Europejska", "o")],
    quotes=[Q("Ołeh Bondar", "indirect", "Kijów domaga się", "negocjacji akcesyjnych")],
    demands=[D("Kijów", "Unia Europejska", "Unia Europejska jeszcze w tym roku otworzyła")],
    timeline=[T("w poniedziałek", "2025-03-10", "Bondar przekazuje stanowisko Kijowa"),
              T("w tym roku", "2025", "UE ma otworzyć pierwsze rozdziały negocjacji")])

# --- żądać / zażądać + gen (od + gen) -----------------------------------
art("dem-zadac-gen", 1, """
Rosja zażądała od Norwegii zwolnienia trawlera zatrzymanego w porcie w Tromsø i jego załogi. Norweskie MSZ odpowiedziało, że statek łowił w strefie zamkniętej dla połowów.
""", group=G,
    actors=[A("Rosja", "l"), A("Norwegia", "l", ["Norwegii"]), A("Tromsø", "l"), A("MSZ", "o")],
    quotes=[Q("MSZ", "indirect", "statek łowił w strefie", "zamkniętej dla połowów")],
    demands=[D("Rosja", "Norwegia", "zwolnienia trawlera zatrzymanego")])

art("dem-zadac-gen", 2, """
Prezydent Gniezna Adam Kruk zażądał od firmy Ekotrans zapłaty 300 tys. zł kar umownych za opóźnienia w wywozie odpadów. Spółka ma na to czas do końca marca.
""", group=G,
    actors=[A("Gniezno", "l", ["Gniezna"]), A("Adam Kruk", "p", [], "prezydent Gniezna"), A("Ekotrans", "o")],
    demands=[D("Adam Kruk", "Ekotrans", "zapłaty 300 tys. zł kar umownych")],
    timeline=[T("do końca marca", "2025-03", "termin zapłaty kar przez Ekotrans")])

art("dem-zadac-gen", 3, """
Hiszpańska spółka Solaria Verde żąda od władz Portugalii 120 mln euro odszkodowania za cofnięcie koncesji na morską farmę wiatrową. Lizbona nie skomentowała jeszcze pozwu.
""", group=G,
    actors=[A("Solaria Verde", "o"), A("Portugalia", "l", ["Portugalii"]), A("Lizbona", "l")],
    demands=[D("Solaria Verde", "Portugalia", "120 mln euro odszkodowania")])

# --- wzywać / wezwać (kogoś) do + gen; wzywać, aby ----------------------
art("dem-wzywac", 1, """
Polska 2050 wezwała koalicjantów do przyspieszenia prac nad ustawą o asystencji osobistej. Projekt od listopada czeka na pierwsze czytanie.
""", group=G,
    actors=[A("Polska 2050", "o")],
    demands=[D("Polska 2050", None, "przyspieszenia prac nad ustawą")],
    timeline=[T("od listopada", "2024-11", "projekt czeka na pierwsze czytanie")])

art("dem-wzywac", 2, """
Minister obrony Estonii Andres Kull wezwał w środę Niemcy do zwiększenia wydatków na obronność do 3,5 proc. PKB. – Europa nie ma już czasu na półśrodki – mówił w Tallinie.
""", group=G,
    actors=[A("Estonia", "l", ["Estonii"]), A("Andres Kull", "p", [], "minister obrony Estonii"),
            A("Niemcy", "l"), A("Europa", "l"), A("Tallin", "l", ["Tallinie"])],
    quotes=[Q("Andres Kull", "direct", "Europa nie ma już czasu na półśrodki", "nie ma już czasu na półśrodki")],
    demands=[D("Andres Kull", "Niemcy", "zwiększenia wydatków na obronność")],
    timeline=[T("w środę", "2025-03-12", "Kull wzywa Niemcy do zwiększenia wydatków")])

art("dem-wzywac", 3, """
Fundacja ClientEarth wzywa, aby Ministerstwo Klimatu i Środowiska opublikowało pełny raport o jakości powietrza za 2024 rok. Według fundacji dokument jest gotowy od miesięcy.
""", group=G,
    actors=[A("Fundacja ClientEarth", "o"), A("Ministerstwo Klimatu i Środowiska", "o")],
    quotes=[Q("Fundacja ClientEarth", "indirect", "dokument jest gotowy od miesięcy", "dokument jest gotowy od miesięcy")],
    demands=[D("Fundacja ClientEarth", "Ministerstwo Klimatu i Środowiska", "Ministerstwo Klimatu i Środowiska opublikowało")],
    timeline=[T("za 2024 rok", "2024", "raport o jakości powietrza")])

# --- apelować do + gen o + acc; zaapelować, aby ---------------------------
art("dem-apelowac", 1, """
Wójt gminy Czarna Woda Ireneusz Mazur zaapelował do wojewody Joanny Pietrzak o pilną pomoc dla sadowników poszkodowanych przez lutowe przymrozki.
""", group=G,
    actors=[A("Czarna Woda", "l"), A("Ireneusz Mazur", "p", [], "wójt gminy Czarna Woda"),
            A("Joanna Pietrzak", "p", ["Joanny Pietrzak"], "wojewoda")],
    demands=[D("Ireneusz Mazur", "Joanna Pietrzak", "pilną pomoc dla sadowników")],
    timeline=[T("lutowe", "2025-02", "przymrozki niszczą sady")])

art("dem-apelowac", 2, """
Rzecznik Praw Obywatelskich zaapelował we wtorek, aby Sejm jak najszybciej uchwalił przepisy o asystencji osobistej dla osób z niepełnosprawnościami.
""", group=G,
    actors=[A("Rzecznik Praw Obywatelskich", "o"), A("Sejm", "o")],
    demands=[D("Rzecznik Praw Obywatelskich", "Sejm", "Sejm jak najszybciej uchwalił")],
    timeline=[T("we wtorek", "2025-03-11", "RPO apeluje do Sejmu")])

art("dem-apelowac", 3, """
Lekarze rodzinni z Porozumienia Zielonogórskiego apelują do Ministerstwa Zdrowia o przesunięcie terminu wdrożenia centralnej e-rejestracji. Obecnie przychodnie mają na to czas do 1 lipca.
""", group=G,
    actors=[A("Porozumienie Zielonogórskie", "o", ["Porozumienia Zielonogórskiego"]),
            A("Ministerstwo Zdrowia", "o", ["Ministerstwa Zdrowia"])],
    demands=[D("Porozumienie Zielonogórskie", "Ministerstwo Zdrowia", "przesunięcie terminu wdrożenia")],
    timeline=[T("do 1 lipca", "2025-07-01", "termin wdrożenia e-rejestracji")])

# --- postulować + acc / postulować, by ------------------------------------
art("dem-postulowac", 1, """
Konfederacja Lewiatan postuluje obniżenie składki zdrowotnej dla przedsiębiorców od 2026 roku. Według wyliczeń organizacji zmiana kosztowałaby budżet około 5 mld zł rocznie.
""", group=G,
    actors=[A("Konfederacja Lewiatan", "o")],
    quotes=[Q("Konfederacja Lewiatan", "indirect", "zmiana kosztowałaby budżet", "5 mld zł rocznie")],
    demands=[D("Konfederacja Lewiatan", None, "obniżenie składki zdrowotnej")],
    timeline=[T("od 2026 roku", "2026", "postulowane obniżenie składki zdrowotnej")])

art("dem-postulowac", 2, """
Naczelna Rada Adwokacka od lat postuluje, by stawki za obrony z urzędu były co roku waloryzowane o wskaźnik inflacji.
""", group=G,
    actors=[A("Naczelna Rada Adwokacka", "o")],
    demands=[D("Naczelna Rada Adwokacka", None, "stawki za obrony z urzędu")])

art("dem-postulowac", 3, """
Związek Powiatów Polskich postulował w środę, aby długi szpitali powiatowych przejął Narodowy Fundusz Zdrowia. W Polsce zadłużonych jest ponad 140 takich placówek.
""", group=G,
    actors=[A("Związek Powiatów Polskich", "o"), A("Narodowy Fundusz Zdrowia", "o"), A("Polska", "l", ["Polsce"])],
    demands=[D("Związek Powiatów Polskich", "Narodowy Fundusz Zdrowia", "długi szpitali powiatowych przejął")],
    timeline=[T("w środę", "2025-03-12", "ZPP przedstawia postulat")])

# --- oczekiwać + gen od + gen; oczekiwać, że; oczekiwanie wobec ------------
art("dem-oczekiwac", 1, """
Urząd Miasta Krakowa oczekuje od PKP Polskich Linii Kolejowych harmonogramu przebudowy wiaduktów na Grzegórzkach do końca kwietnia. Prace mają ruszyć jesienią.
""", group=G,
    actors=[A("Urząd Miasta Krakowa", "o"),
            A("PKP Polskie Linie Kolejowe", "o", ["PKP Polskich Linii Kolejowych"]),
            A("Grzegórzki", "l", ["Grzegórzkach"])],
    demands=[D("Urząd Miasta Krakowa", "PKP Polskie Linie Kolejowe", "harmonogramu przebudowy wiaduktów")],
    timeline=[T("do końca kwietnia", "2025-04", "termin przedstawienia harmonogramu"),
              T("jesienią", "2025-09/2025-11", "początek przebudowy wiaduktów")])

art("dem-oczekiwac", 2, """
Prezes Wisły Płock Tomasz Marzec oczekuje, że PZPN wyjaśni decyzje sędziego z sobotniego meczu z Lechem Poznań. Lech wygrał po rzucie karnym podyktowanym w doliczonym czasie gry.
""", group=G,
    actors=[A("Wisła Płock", "o", ["Wisły Płock"]), A("Tomasz Marzec", "p", [], "prezes Wisły Płock"),
            A("PZPN", "o"), A("Lech Poznań", "o", ["Lechem Poznań"])],
    demands=[D("Tomasz Marzec", "PZPN", "PZPN wyjaśni decyzje sędziego")],
    timeline=[T("sobotniego", "2025-03-08", "mecz Wisły Płock z Lechem Poznań")])

art("dem-oczekiwac", 3, """
Polska ma wobec Stanów Zjednoczonych jedno oczekiwanie: utrzymanie amerykańskich żołnierzy na wschodniej flance NATO.
""", group=G,
    actors=[A("Polska", "l"), A("Stany Zjednoczone", "l", ["Stanów Zjednoczonych"]), A("NATO", "o")],
    demands=[D("Polska", "Stany Zjednoczone", "utrzymanie amerykańskich żołnierzy")])

# --- chcieć + gen / chcieć, by (of a party that wants another to act) -------
art("dem-chciec", 1, """
Kierowcy MPK Lublin chcą podwyżek o 800 zł brutto. Spółka proponuje 300 zł i zapowiada, że więcej nie da.
""", group=G,
    actors=[A("MPK Lublin", "o")],
    quotes=[Q("MPK Lublin", "indirect", "więcej nie da", "więcej nie da")],
    demands=[D("kierowcy", None, "podwyżek o 800 zł brutto", group=True)])

art("dem-chciec", 2, """
Związkowcy z Solidarności chcą, by Poczta Polska wycofała się z planu zwolnień grupowych. Spółka zamierza do końca roku zlikwidować 5 tys. etatów.
""", group=G,
    actors=[A("Solidarność", "o", ["Solidarności"]), A("Poczta Polska", "o")],
    demands=[D("Solidarność", "Poczta Polska", "Poczta Polska wycofała się")],
    timeline=[T("do końca roku", "2025", "Poczta Polska likwiduje etaty")])

art("dem-chciec", 3, """
Związkowcy z kopalni Bielszowice zaprosili premiera Donalda Tuska na spotkanie. – Chcemy, żeby pan premier przyjechał do Rudy Śląskiej i sam zobaczył, jak wygląda ta kopalnia – mówił Damian Gruszka z WZZ Sierpień 80.
""", group=G,
    actors=[A("Bielszowice", "o"), A("Donald Tusk", "p", ["Donalda Tuska"], "premier"),
            A("Ruda Śląska", "l", ["Rudy Śląskiej"]), A("Damian Gruszka", "p"), A("WZZ Sierpień 80", "o")],
    quotes=[Q("Damian Gruszka", "direct", "Chcemy, żeby pan premier przyjechał", "jak wygląda ta kopalnia")],
    demands=[D("Damian Gruszka", "Donald Tusk", "pan premier przyjechał do Rudy Śląskiej")])

# --- prosić kogoś o; zwrócić się do X z prośbą o ---------------------------
art("dem-prosic", 1, """
Rada Gminy Kołbaskowo poprosiła Generalną Dyrekcję Dróg Krajowych i Autostrad o budowę kładki dla pieszych nad drogą S6 w Przecławiu.
""", group=G,
    actors=[A("Rada Gminy Kołbaskowo", "o"),
            A("Generalna Dyrekcja Dróg Krajowych i Autostrad", "o", ["Generalną Dyrekcję Dróg Krajowych i Autostrad"]),
            A("Przecław", "l", ["Przecławiu"])],
    demands=[D("Rada Gminy Kołbaskowo", "Generalna Dyrekcja Dróg Krajowych i Autostrad", "budowę kładki dla pieszych")])

art("dem-prosic", 2, """
Przewodnicząca Opolskiej Izby Rolniczej Beata Kos poprosiła ministra rolnictwa Stefana Nowaka o pilne spotkanie w sprawie cen zbóż. – Rolnicy nie mogą dłużej czekać – podkreśliła.
""", group=G,
    actors=[A("Opolska Izba Rolnicza", "o", ["Opolskiej Izby Rolniczej"]),
            A("Beata Kos", "p", [], "przewodnicząca Opolskiej Izby Rolniczej"),
            A("Stefan Nowak", "p", ["Stefana Nowaka"], "minister rolnictwa")],
    quotes=[Q("Beata Kos", "direct", "Rolnicy nie mogą dłużej czekać", "Rolnicy nie mogą dłużej czekać")],
    demands=[D("Beata Kos", "Stefan Nowak", "pilne spotkanie w sprawie cen zbóż")])

art("dem-prosic", 3, """
Zarząd Powiatu Bocheńskiego zwrócił się do Ministerstwa Infrastruktury z prośbą o dofinansowanie remontu mostu w Łapanowie. Koszt prac szacowany jest na 18 mln zł.
""", group=G,
    actors=[A("Zarząd Powiatu Bocheńskiego", "o"), A("Ministerstwo Infrastruktury", "o", ["Ministerstwa Infrastruktury"]),
            A("Łapanów", "l", ["Łapanowie"])],
    demands=[D("Zarząd Powiatu Bocheńskiego", "Ministerstwo Infrastruktury", "dofinansowanie remontu mostu")])

# --- V + o + acc: walczyć o (1-2), upominać się o (3), ubiegać się o (4), zabiegać o (5)
art("dem-o-biernik", 3, """
Pielęgniarki ze szpitala w Łomży od miesięcy upominają się o wypłatę zaległych dodatków za pracę w nocy.
""", group=G,
    actors=[A("Łomża", "l", ["Łomży"])],
    demands=[D("pielęgniarki", None, "wypłatę zaległych dodatków", group=True)])

art("dem-o-biernik", 4, """
Gmina Lipnica Murowana ubiega się o 4 mln zł z Narodowego Funduszu Ochrony Środowiska i Gospodarki Wodnej na termomodernizację trzech szkół. Wniosek złożył w lutym wójt Jan Wąs.
""", group=G,
    actors=[A("Lipnica Murowana", "l"),
            A("Narodowy Fundusz Ochrony Środowiska i Gospodarki Wodnej", "o", ["Narodowego Funduszu Ochrony Środowiska i Gospodarki Wodnej"]),
            A("Jan Wąs", "p", [], "wójt")],
    demands=[D("Lipnica Murowana", "Narodowy Fundusz Ochrony Środowiska i Gospodarki Wodnej", "4 mln zł z Narodowego Funduszu")],
    timeline=[T("w lutym", "2025-02", "wójt składa wniosek o dotację")])

art("dem-o-biernik", 5, """
Polskie Stronnictwo Ludowe zabiega o to, by w drugiej połowie kadencji stanowisko wicemarszałka Senatu przypadło jego kandydatowi. Rozmowy z koalicjantami trwają od tygodnia.
""", group=G,
    actors=[A("Polskie Stronnictwo Ludowe", "o"), A("Senat", "o", ["Senatu"])],
    demands=[D("Polskie Stronnictwo Ludowe", None, "w drugiej połowie kadencji stanowisko")],
    timeline=[T("od tygodnia", "2025-03-05/2025-03-12", "rozmowy PSL z koalicjantami")])

# --- walczyć o (something another party is to give or do) ------------------
art("dem-o-biernik", 1, """
Ratownicy medyczni zrzeszeni w Ogólnopolskim Związku Zawodowym Ratowników Medycznych walczą o dodatek za pracę w warunkach szkodliwych. Związek zapowiada pikietę na 24 marca.
""", group=G,
    actors=[A("Ogólnopolski Związek Zawodowy Ratowników Medycznych", "o", ["Ogólnopolskim Związku Zawodowym Ratowników Medycznych"])],
    quotes=[Q("Ogólnopolski Związek Zawodowy Ratowników Medycznych", "indirect", "pikietę na 24 marca", "pikietę na 24 marca")],
    demands=[D("Ogólnopolski Związek Zawodowy Ratowników Medycznych", None, "dodatek za pracę w warunkach szkodliwych")],
    timeline=[T("na 24 marca", "2025-03-24", "pikieta ratowników medycznych")])

art("dem-o-biernik", 2, """
Mieszkańcy Podkowy Leśnej walczą o zachowanie przejazdu kolejowego przy ul. Modrzewiowej. Zarządca linii planuje jego likwidację w maju.
""", group=G,
    actors=[A("Podkowa Leśna", "l", ["Podkowy Leśnej"])],
    demands=[D("mieszkańcy", None, "zachowanie przejazdu kolejowego", group=True)],
    timeline=[T("w maju", "2025-05", "planowana likwidacja przejazdu")])

# --- wnioskować o, wnieść o, wystąpić do X o, wniosek o (a motion to a body) -
art("dem-wnioskowac", 1, """
Prokuratura Okręgowa w Gdańsku wystąpiła do Sądu Rejonowego Gdańsk-Południe o trzymiesięczny areszt dla byłego prezesa spółki Portowe Dźwigi. Sąd zdecyduje w czwartek.
""", group=G,
    actors=[A("Prokuratura Okręgowa w Gdańsku", "o"),
            A("Sąd Rejonowy Gdańsk-Południe", "o", ["Sądu Rejonowego Gdańsk-Południe"]),
            A("Portowe Dźwigi", "o")],
    demands=[D("Prokuratura Okręgowa w Gdańsku", "Sąd Rejonowy Gdańsk-Południe", "trzymiesięczny areszt")],
    timeline=[T("w czwartek", "2025-03-13", "sąd decyduje o areszcie")])

art("dem-wnioskowac", 2, """
Obrońca oskarżonego mec. Karolina Zięba wniosła przed Sądem Okręgowym w Łodzi o uniewinnienie swojego klienta. Wyrok zapadnie 20 marca.
""", group=G,
    actors=[A("Karolina Zięba", "p", [], "obrońca oskarżonego"),
            A("Sąd Okręgowy w Łodzi", "o", ["Sądem Okręgowym w Łodzi"])],
    demands=[D("Karolina Zięba", "Sąd Okręgowy w Łodzi", "uniewinnienie swojego klienta")],
    timeline=[T("20 marca", "2025-03-20", "ogłoszenie wyroku")])

art("dem-wnioskowac", 3, """
Radni Koalicji Obywatelskiej złożyli wniosek o odwołanie przewodniczącego rady miasta Zbigniewa Pawlaka. Głosowanie odbędzie się na sesji w przyszłym tygodniu.
""", group=G,
    actors=[A("Koalicja Obywatelska", "o", ["Koalicji Obywatelskiej"]),
            A("Zbigniew Pawlak", "p", ["Zbigniewa Pawlaka"], "przewodniczący rady miasta")],
    demands=[D("Koalicja Obywatelska", None, "odwołanie przewodniczącego rady miasta")],
    timeline=[T("w przyszłym tygodniu", "2025-03-17/2025-03-23", "głosowanie nad odwołaniem przewodniczącego")])

# --- nalegać (na + acc / by), naciskać na X, by ---------------------------
art("dem-nalegac", 1, """
Stany Zjednoczone naciskają na Koreę Południową, by szybciej zwiększyła zakupy amerykańskiego gazu skroplonego.
""", group=G,
    actors=[A("Stany Zjednoczone", "l"), A("Korea Południowa", "l", ["Koreę Południową"])],
    demands=[D("Stany Zjednoczone", "Korea Południowa", "szybciej zwiększyła zakupy")])

art("dem-nalegac", 2, """
Francja nalega, by Unia Europejska przyjęła kolejny pakiet sankcji wobec Rosji jeszcze w marcu. Przeciw są Węgry.
""", group=G,
    actors=[A("Francja", "l"), A("Unia Europejska", "o"), A("Rosja", "l", ["Rosji"]), A("Węgry", "l")],
    demands=[D("Francja", "Unia Europejska", "Unia Europejska przyjęła kolejny pakiet")],
    timeline=[T("w marcu", "2025-03", "przyjęcie kolejnego pakietu sankcji")])

art("dem-nalegac", 3, """
Rodzice uczniów z Zalesia nalegali we wtorek na spotkanie z małopolską kurator oświaty Joanną Bielak. Kuratorium zgodziło się na rozmowy w kwietniu.
""", group=G,
    actors=[A("Zalesie", "l", ["Zalesia"]), A("Joanna Bielak", "p", ["Joanną Bielak"], "małopolska kurator oświaty")],
    demands=[D("rodzice", "Joanna Bielak", "spotkanie z małopolską kurator", group=True)],
    timeline=[T("we wtorek", "2025-03-11", "rodzice naciskają na spotkanie"),
              T("w kwietniu", "2025-04", "rozmowy w kuratorium")])
