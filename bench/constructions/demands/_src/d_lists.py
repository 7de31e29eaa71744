from lib import A, Q, D, C, T, art

G = "E. Coordination and lists"

# --- comma list ending with oraz / i / a także after one demanding verb ------
art("dem-lista-oraz", 1, """
Federacja Przedsiębiorców Polskich domaga się obniżenia składki zdrowotnej, uproszczenia rozliczeń VAT oraz likwidacji opłaty mocowej w rachunkach za prąd.
""", group=G,
    actors=[A("Federacja Przedsiębiorców Polskich", "o")],
    demands=[D("Federacja Przedsiębiorców Polskich", None, "obniżenia składki zdrowotnej"),
             D("Federacja Przedsiębiorców Polskich", None, "uproszczenia rozliczeń VAT"),
             D("Federacja Przedsiębiorców Polskich", None, "likwidacji opłaty mocowej")])

art("dem-lista-oraz", 2, """
Mołdawia domaga się od Rosji wycofania wojsk z Naddniestrza, wywiezienia składów amunicji z Kołbasnej, a także zaprzestania ingerencji w wybory.
""", group=G,
    actors=[A("Mołdawia", "l"), A("Rosja", "l", ["Rosji"]), A("Naddniestrze", "l", ["Naddniestrza"]),
            A("Kołbasna", "l", ["Kołbasnej"])],
    demands=[D("Mołdawia", "Rosja", "wycofania wojsk z Naddniestrza"),
             D("Mołdawia", "Rosja", "wywiezienia składów amunicji"),
             D("Mołdawia", "Rosja", "zaprzestania ingerencji w wybory")])

art("dem-lista-oraz", 3, """
Komisja Europejska wezwała Węgry do zmiany ustawy o ochronie suwerenności i przywrócenia niezależności urzędu do spraw mediów.
""", group=G,
    actors=[A("Komisja Europejska", "o"), A("Węgry", "l")],
    demands=[D("Komisja Europejska", "Węgry", "zmiany ustawy o ochronie suwerenności"),
             D("Komisja Europejska", "Węgry", "przywrócenia niezależności urzędu")])

# --- semicolon, numbered and bulleted lists after a colon ---------------------
art("dem-lista-srednik-numer", 1, """
Porozumienie Zawodów Medycznych domaga się od Ministerstwa Zdrowia: podwyżki wynagrodzeń minimalnych; finansowania szkoleń specjalizacyjnych; zatrudnienia asystentów medycznych w każdym szpitalu.
""", group=G,
    actors=[A("Porozumienie Zawodów Medycznych", "o"), A("Ministerstwo Zdrowia", "o", ["Ministerstwa Zdrowia"])],
    demands=[D("Porozumienie Zawodów Medycznych", "Ministerstwo Zdrowia", "podwyżki wynagrodzeń minimalnych"),
             D("Porozumienie Zawodów Medycznych", "Ministerstwo Zdrowia", "finansowania szkoleń specjalizacyjnych"),
             D("Porozumienie Zawodów Medycznych", "Ministerstwo Zdrowia", "zatrudnienia asystentów medycznych")])

art("dem-lista-srednik-numer", 2, """
Komitet Protestacyjny Pracowników Huty Częstochowa przedstawił w środę listę postulatów: 1) wypłata zaległych pensji; 2) gwarancja zatrudnienia do końca 2026 r.; 3) spotkanie z właścicielem zakładu.
""", group=G,
    actors=[A("Komitet Protestacyjny Pracowników Huty Częstochowa", "o")],
    demands=[D("Komitet Protestacyjny Pracowników Huty Częstochowa", None, "wypłata zaległych pensji"),
             D("Komitet Protestacyjny Pracowników Huty Częstochowa", None, "gwarancja zatrudnienia"),
             D("Komitet Protestacyjny Pracowników Huty Częstochowa", None, "spotkanie z właścicielem zakładu")],
    timeline=[T("w środę", "2025-03-12", "komitet przedstawia listę postulatów"),
              T("do końca 2026 r.", "2026", "żądana gwarancja zatrudnienia")])

art("dem-lista-srednik-numer", 3, """
Stowarzyszenie Lokatorów Kamienic przekazało prezydent Łodzi Magdalenie Sowie trzy postulaty:
- obniżenie czynszów w zasobie komunalnym,
- remont dachów w kamienicach przy ul. Wschodniej,
- wymianę pieców węglowych do końca 2026 r.
""", group=G,
    actors=[A("Stowarzyszenie Lokatorów Kamienic", "o"), A("Łódź", "l", ["Łodzi"]),
            A("Magdalena Sowa", "p", ["Magdalenie Sowie"], "prezydent Łodzi")],
    demands=[D("Stowarzyszenie Lokatorów Kamienic", "Magdalena Sowa", "obniżenie czynszów"),
             D("Stowarzyszenie Lokatorów Kamienic", "Magdalena Sowa", "remont dachów"),
             D("Stowarzyszenie Lokatorów Kamienic", "Magdalena Sowa", "wymianę pieców węglowych")],
    timeline=[T("do końca 2026 r.", "2026", "żądana wymiana pieców węglowych")])

# --- list spread over sentences: przede wszystkim … Kolejnym … Wśród żądań także; po pierwsze … po drugie; Pierwsze … Drugie …
art("dem-lista-rozproszona", 1, """
Agrounia domaga się przede wszystkim wstrzymania importu cukru z Ukrainy. Kolejnym postulatem jest podniesienie ceny skupu mleka. Wśród żądań znalazło się także odwołanie prezesa Krajowego Ośrodka Wsparcia Rolnictwa.
""", group=G,
    actors=[A("Agrounia", "o"), A("Ukraina", "l", ["Ukrainy"]),
            A("Krajowy Ośrodek Wsparcia Rolnictwa", "o", ["Krajowego Ośrodka Wsparcia Rolnictwa"])],
    demands=[D("Agrounia", None, "wstrzymania importu cukru"),
             D("Agrounia", None, "podniesienie ceny skupu mleka"),
             D("Agrounia", None, "odwołanie prezesa Krajowego Ośrodka")])

art("dem-lista-rozproszona", 2, """
– Po pierwsze, żądamy wypłaty czternastki w całości. Po drugie, gwarancji, że żadna kopalnia nie zostanie zamknięta przed 2030 rokiem – wyliczał w Katowicach Rafał Jurczyk, szef górniczej Solidarności.
""", group=G,
    actors=[A("Katowice", "l", ["Katowicach"]), A("Rafał Jurczyk", "p", [], "szef górniczej Solidarności"),
            A("Solidarność", "o", ["Solidarności"])],
    quotes=[Q("Rafał Jurczyk", "direct", "Po pierwsze, żądamy wypłaty czternastki", "przed 2030 rokiem")],
    demands=[D("Rafał Jurczyk", None, "wypłaty czternastki w całości"),
             D("Rafał Jurczyk", None, "gwarancji, że żadna kopalnia")],
    timeline=[T("przed 2030 rokiem", "2030", "granica gwarancji dla kopalń")])

art("dem-lista-rozproszona", 3, """
Mieszkańcy gdańskiej Orunii, którzy od tygodni protestują przeciw budowie spalarni, sformułowali trzy żądania. Pierwsze to wstrzymanie budowy. Drugie – publiczne konsultacje. Trzecie to lokalne referendum.
""", group=G,
    actors=[A("Orunia", "l", ["Orunii"])],
    demands=[D("mieszkańcy", None, "wstrzymanie budowy", group=True),
             D("mieszkańcy", None, "publiczne konsultacje", group=True),
             D("mieszkańcy", None, "lokalne referendum", group=True)])

# --- coordinated demanders: one demand, by lists them ------------------------
art("dem-wspolrzedni-zadajacy", 1, """
Niemcy, Francja i Polska zażądały od Iranu natychmiastowego uwolnienia zatrzymanych obywateli Unii.
""", group=G,
    actors=[A("Niemcy", "l"), A("Francja", "l"), A("Polska", "l"), A("Iran", "l", ["Iranu"]),
            A("Unia Europejska", "o", ["Unii"])],
    demands=[D("Niemcy, Francja, Polska", "Iran", "natychmiastowego uwolnienia zatrzymanych")])

art("dem-wspolrzedni-zadajacy", 2, """
Ogólnopolskie Porozumienie Związków Zawodowych oraz Forum Związków Zawodowych wspólnie wezwały rząd do podniesienia płacy minimalnej w przyszłym roku o co najmniej 10 proc.
""", group=G,
    actors=[A("Ogólnopolskie Porozumienie Związków Zawodowych", "o"), A("Forum Związków Zawodowych", "o")],
    demands=[D("Ogólnopolskie Porozumienie Związków Zawodowych, Forum Związków Zawodowych", None, "podniesienia płacy minimalnej")],
    timeline=[T("w przyszłym roku", "2026", "żądana podwyżka płacy minimalnej")])

art("dem-wspolrzedni-zadajacy", 3, """
Przywódcy Danii, Szwecji i Finlandii zaapelowali do Unii Europejskiej o szybsze uruchomienie wspólnego funduszu obronnego.
""", group=G,
    actors=[A("Dania", "l", ["Danii"]), A("Szwecja", "l", ["Szwecji"]), A("Finlandia", "l", ["Finlandii"]),
            A("Unia Europejska", "o", ["Unii Europejskiej"])],
    demands=[D("przywódcy", "Unia Europejska", "szybsze uruchomienie wspólnego funduszu", group=True)])

# --- coordinated addressees: of lists them -----------------------------------
art("dem-wspolrzedni-adresaci", 1, """
Ukraina domaga się od Węgier i Słowacji odblokowania środków na pomoc wojskową z budżetu UE.
""", group=G,
    actors=[A("Ukraina", "l"), A("Węgry", "l", ["Węgier"]), A("Słowacja", "l", ["Słowacji"]), A("UE", "o")],
    demands=[D("Ukraina", "Węgry, Słowacja", "odblokowania środków na pomoc")])

art("dem-wspolrzedni-adresaci", 2, """
Związek Gmin Wiejskich zaapelował do ministra finansów Piotra Góry i ministra infrastruktury Tomasza Walczaka o zwrot VAT od inwestycji drogowych.
""", group=G,
    actors=[A("Związek Gmin Wiejskich", "o"), A("Piotr Góra", "p", ["Piotra Góry"], "minister finansów"),
            A("Tomasz Walczak", "p", ["Tomasza Walczaka"], "minister infrastruktury")],
    demands=[D("Związek Gmin Wiejskich", "Piotr Góra, Tomasz Walczak", "zwrot VAT od inwestycji drogowych")])

art("dem-wspolrzedni-adresaci", 3, """
Egipt i Katar wezwały Izrael oraz Hamas do powrotu do negocjacji w Kairze.
""", group=G,
    actors=[A("Egipt", "l"), A("Katar", "l"), A("Izrael", "l"), A("Hamas", "o"), A("Kair", "l", ["Kairze"])],
    demands=[D("Egipt, Katar", "Izrael, Hamas", "powrotu do negocjacji w Kairze")])

# --- one item that keeps its own commas / coordination -----------------------
art("dem-pozycja-przecinki", 1, """
Krajowa Rada Izb Rolniczych domaga się dopłat do nawozów, paliwa i energii na 2025 rok.
""", group=G,
    actors=[A("Krajowa Rada Izb Rolniczych", "o")],
    demands=[D("Krajowa Rada Izb Rolniczych", None, "dopłat do nawozów, paliwa i energii")],
    timeline=[T("na 2025 rok", "2025", "żądane dopłaty dla rolników")])

art("dem-pozycja-przecinki", 2, """
Rada Rodziców Szkoły Podstawowej nr 12 w Radomiu domaga się przywrócenia lekcji pływania, rytmiki i szachów w klasach I–III.
""", group=G,
    actors=[A("Rada Rodziców Szkoły Podstawowej nr 12 w Radomiu", "o")],
    demands=[D("Rada Rodziców Szkoły Podstawowej nr 12 w Radomiu", None, "przywrócenia lekcji pływania, rytmiki i szachów")])

art("dem-pozycja-przecinki", 3, """
Ratownicy z Grupy Podhalańskiej GOPR domagają się sfinansowania zakupu skutera śnieżnego wraz z przyczepą i zapasem części oraz zwiększenia dotacji na sprzęt lawinowy.
""", group=G,
    actors=[A("Grupa Podhalańska GOPR", "o", ["Grupy Podhalańskiej GOPR"])],
    demands=[D("Grupa Podhalańska GOPR", None, "sfinansowania zakupu skutera śnieżnego"),
             D("Grupa Podhalańska GOPR", None, "zwiększenia dotacji na sprzęt lawinowy")])
