from lib import A, Q, D, C, T, art

G = "I. Conditions"

# --- pod warunkiem, że + clause ---------------------------------------------
art("cond-pod-warunkiem-ze", 1, """
Szef węgierskiej dyplomacji Gábor Kovács przekazał w czwartek, że Węgry poprą kolejny pakiet sankcji pod warunkiem, że z listy zostaną usunięci trzej rosyjscy biznesmeni.
""", group=G,
    actors=[A("Gábor Kovács", "p", [], "szef węgierskiej dyplomacji"), A("Węgry", "l")],
    quotes=[Q("Gábor Kovács", "indirect", "Węgry poprą kolejny pakiet sankcji", "trzej rosyjscy biznesmeni")],
    demands=[C("Gábor Kovács", None, "z listy zostaną usunięci")],
    timeline=[T("w czwartek", "2025-03-06", "Kovács stawia warunek poparcia sankcji")])

art("cond-pod-warunkiem-ze", 2, """
„Podpiszemy porozumienie pod warunkiem, że JSW na piśmie zagwarantuje pracę górnikom z kopalni Knurów-Szczygłowice” – mówił Artur Kowalik z Solidarności.
""", group=G,
    actors=[A("JSW", "o"), A("Knurów-Szczygłowice", "o"), A("Artur Kowalik", "p"),
            A("Solidarność", "o", ["Solidarności"])],
    quotes=[Q("Artur Kowalik", "direct", "Podpiszemy porozumienie pod warunkiem", "z kopalni Knurów-Szczygłowice")],
    demands=[C("Artur Kowalik", "JSW", "JSW na piśmie zagwarantuje")])

art("cond-pod-warunkiem-ze", 3, """
Burmistrz Polic Jakub Nowicki zapowiedział we wtorek, że zgodzi się na rozbudowę zakładów Grupy Azoty, pod warunkiem że spółka sfinansuje budowę obwodnicy miasta.
""", group=G,
    actors=[A("Police", "l", ["Polic"]), A("Jakub Nowicki", "p", [], "burmistrz Polic"),
            A("Grupa Azoty", "o", ["Grupy Azoty"])],
    quotes=[Q("Jakub Nowicki", "indirect", "zgodzi się na rozbudowę", "obwodnicy miasta")],
    demands=[C("Jakub Nowicki", "Grupa Azoty", "spółka sfinansuje budowę obwodnicy")],
    timeline=[T("we wtorek", "2025-03-11", "Nowicki stawia warunek rozbudowy zakładów")])

# --- pod warunkiem + gen (nominalised condition) -----------------------------
art("cond-pod-warunkiem-gen", 1, """
Lewica zapowiedziała, że poprze projekt ustawy szpitalnej pod warunkiem wykreślenia z niego opłat za pobyt pacjentów.
""", group=G,
    actors=[A("Lewica", "o")],
    quotes=[Q("Lewica", "indirect", "poprze projekt ustawy szpitalnej", "opłat za pobyt pacjentów")],
    demands=[C("Lewica", None, "wykreślenia z niego opłat")])

art("cond-pod-warunkiem-gen", 2, """
Kreml zgodzi się na rozmowy pokojowe wyłącznie pod warunkiem uznania przez Kijów nowych granic.
""", group=G,
    actors=[A("Kreml", "o"), A("Kijów", "l")],
    demands=[C("Kreml", "Kijów", "uznania przez Kijów nowych granic")])

art("cond-pod-warunkiem-gen", 3, """
Związek Nauczycielstwa Polskiego zawiesi akcję protestacyjną pod warunkiem podpisania przez minister edukacji Barbarę Król porozumienia płacowego.
""", group=G,
    actors=[A("Związek Nauczycielstwa Polskiego", "o"), A("Barbara Król", "p", ["Barbarę Król"], "minister edukacji")],
    demands=[C("Związek Nauczycielstwa Polskiego", "Barbara Król", "podpisania przez minister edukacji")])

# --- warunkiem (czegoś) jest X; postawić warunek: X -------------------------
art("cond-warunkiem-jest", 1, """
– Warunkiem dalszych rozmów jest wycofanie wypowiedzeń wręczonych 40 pracownikom – mówił Zbigniew Kula, przewodniczący Solidarności w Fabryce Łożysk Tocznych w Kraśniku.
""", group=G,
    actors=[A("Zbigniew Kula", "p", [], "przewodniczący Solidarności w Fabryce Łożysk Tocznych w Kraśniku"),
            A("Solidarność", "o", ["Solidarności"]),
            A("Fabryka Łożysk Tocznych w Kraśniku", "o", ["Fabryce Łożysk Tocznych w Kraśniku"])],
    quotes=[Q("Zbigniew Kula", "direct", "Warunkiem dalszych rozmów jest", "wręczonych 40 pracownikom")],
    demands=[C("Zbigniew Kula", None, "wycofanie wypowiedzeń wręczonych")])

art("cond-warunkiem-jest", 2, """
Wiceprezydent Rzeszowa Anna Cichoń poinformowała, że warunkiem przyznania dotacji jest przedstawienie przez Stal Rzeszów planu naprawczego.
""", group=G,
    actors=[A("Rzeszów", "l", ["Rzeszowa"]), A("Anna Cichoń", "p", [], "wiceprezydent Rzeszowa"),
            A("Stal Rzeszów", "o")],
    quotes=[Q("Anna Cichoń", "indirect", "warunkiem przyznania dotacji jest", "planu naprawczego")],
    demands=[C("Anna Cichoń", "Stal Rzeszów", "przedstawienie przez Stal Rzeszów")])

art("cond-warunkiem-jest", 3, """
Według Pekinu warunkiem wznowienia dialogu z Tajpej jest odrzucenie przez władze Tajwanu idei niepodległości.
""", group=G,
    actors=[A("Pekin", "l", ["Pekinu"]), A("Tajpej", "l"), A("Tajwan", "l", ["Tajwanu"])],
    quotes=[Q("Pekin", "indirect", "warunkiem wznowienia dialogu", "idei niepodległości")],
    demands=[C("Pekin", "Tajwan", "odrzucenie przez władze Tajwanu")])

# --- dopóki … nie -------------------------------------------------------------
art("cond-dopoki-nie", 1, """
Pielęgniarki ze szpitala w Nysie zapowiadają, że nie wrócą do pracy, dopóki dyrektor placówki Marek Lis nie podpisze porozumienia płacowego.
""", group=G,
    actors=[A("Nysa", "l", ["Nysie"]), A("Marek Lis", "p", [], "dyrektor placówki")],
    quotes=[Q("pielęgniarki", "indirect", "nie wrócą do pracy", "porozumienia płacowego", group=True)],
    demands=[C("pielęgniarki", "Marek Lis", "dyrektor placówki Marek Lis nie podpisze", group=True)])

art("cond-dopoki-nie", 2, """
– Dopóki nie dostaniemy gwarancji na piśmie, nie zejdziemy z drogi – mówił w poniedziałek Mariusz Kwiatek, lider protestujących rolników.
""", group=G,
    actors=[A("Mariusz Kwiatek", "p", [], "lider protestujących rolników")],
    quotes=[Q("Mariusz Kwiatek", "direct", "Dopóki nie dostaniemy gwarancji", "nie zejdziemy z drogi")],
    demands=[C("Mariusz Kwiatek", None, "nie dostaniemy gwarancji na piśmie")],
    timeline=[T("w poniedziałek", "2025-03-10", "Kwiatek stawia warunek zejścia z drogi")])

art("cond-dopoki-nie", 3, """
Minister obrony Izraela Josef Levi zapowiedział, że wojsko nie opuści południowego Libanu, dopóki Hezbollah nie złoży broni.
""", group=G,
    actors=[A("Izrael", "l", ["Izraela"]), A("Josef Levi", "p", [], "minister obrony Izraela"),
            A("Liban", "l", ["Libanu"]), A("Hezbollah", "o")],
    quotes=[Q("Josef Levi", "indirect", "wojsko nie opuści południowego Libanu", "nie złoży broni")],
    demands=[C("Josef Levi", "Hezbollah", "Hezbollah nie złoży broni")])

# --- do czasu + gen / do czasu, aż ------------------------------------------
art("cond-do-czasu", 1, """
Związkowcy z MZK w Koninie ogłosili w środę, że do czasu wypłaty zaległych pensji kierowcy nie wyjadą na trasy.
""", group=G,
    actors=[A("MZK w Koninie", "o")],
    quotes=[Q("związkowcy", "indirect", "do czasu wypłaty zaległych pensji", "nie wyjadą na trasy", group=True)],
    demands=[C("związkowcy", None, "wypłaty zaległych pensji", group=True)],
    timeline=[T("w środę", "2025-03-12", "związkowcy ogłaszają wstrzymanie kursów")])

art("cond-do-czasu", 2, """
Mołdawia wstrzymała import prądu z Naddniestrza do czasu, aż Tyraspol ureguluje zaległe płatności za gaz.
""", group=G,
    actors=[A("Mołdawia", "l"), A("Naddniestrze", "l", ["Naddniestrza"]), A("Tyraspol", "l")],
    demands=[C("Mołdawia", "Tyraspol", "Tyraspol ureguluje zaległe płatności")])

art("cond-do-czasu", 3, """
Trener Górnika Zabrze Jan Urbański zapowiedział, że do czasu wyjaśnienia sprawy przez Komisję Dyscyplinarną PZPN nie będzie wypowiadał się o sędziach.
""", group=G,
    actors=[A("Górnik Zabrze", "o", ["Górnika Zabrze"]), A("Jan Urbański", "p", [], "trener Górnika Zabrze"),
            A("Komisja Dyscyplinarna PZPN", "o", ["Komisję Dyscyplinarną PZPN"])],
    quotes=[Q("Jan Urbański", "indirect", "do czasu wyjaśnienia sprawy", "o sędziach")],
    demands=[C("Jan Urbański", "Komisja Dyscyplinarna PZPN", "wyjaśnienia sprawy przez Komisję")])

# --- dopiero (wtedy,) gdy / dopiero po + loc -----------------------------------
art("cond-dopiero", 1, """
– Zejdziemy z torów dopiero wtedy, gdy przyjedzie do nas minister rolnictwa – zapowiadał w Medyce Roman Kubik.
""", group=G,
    actors=[A("Medyka", "l", ["Medyce"]), A("Roman Kubik", "p")],
    quotes=[Q("Roman Kubik", "direct", "Zejdziemy z torów dopiero wtedy", "minister rolnictwa")],
    demands=[C("Roman Kubik", None, "przyjedzie do nas minister rolnictwa")])

art("cond-dopiero", 2, """
Wojewoda lubuski Marek Kot zapowiedział, że zgodę na budowę spalarni wyda dopiero po otrzymaniu opinii Regionalnej Dyrekcji Ochrony Środowiska w Gorzowie Wielkopolskim.
""", group=G,
    actors=[A("Marek Kot", "p", [], "wojewoda lubuski"),
            A("Regionalna Dyrekcja Ochrony Środowiska w Gorzowie Wielkopolskim", "o",
              ["Regionalnej Dyrekcji Ochrony Środowiska w Gorzowie Wielkopolskim"])],
    quotes=[Q("Marek Kot", "indirect", "zgodę na budowę spalarni", "w Gorzowie Wielkopolskim")],
    demands=[C("Marek Kot", "Regionalna Dyrekcja Ochrony Środowiska w Gorzowie Wielkopolskim", "otrzymaniu opinii Regionalnej")])

art("cond-dopiero", 3, """
Kancelaria Prezydenta poinformowała, że prezydent podejmie decyzję w sprawie ustawy dopiero po jej zaopiniowaniu przez Sąd Najwyższy.
""", group=G,
    actors=[A("Kancelaria Prezydenta", "o"), A("Sąd Najwyższy", "o")],
    quotes=[Q("Kancelaria Prezydenta", "indirect", "prezydent podejmie decyzję", "przez Sąd Najwyższy")],
    demands=[C("Kancelaria Prezydenta", "Sąd Najwyższy", "jej zaopiniowaniu przez Sąd Najwyższy")])

# --- jeśli / jeżeli … (to) + an act the actor announces --------------------------
art("cond-jesli", 1, """
– Jeżeli do końca marca nie dostaniemy propozycji, 1 kwietnia stajemy – mówiła w środę Ewa Sikora, przewodnicząca Związku Zawodowego Pracowników Skarbowych.
""", group=G,
    actors=[A("Ewa Sikora", "p", [], "przewodnicząca Związku Zawodowego Pracowników Skarbowych"),
            A("Związek Zawodowy Pracowników Skarbowych", "o", ["Związku Zawodowego Pracowników Skarbowych"])],
    quotes=[Q("Ewa Sikora", "direct", "Jeżeli do końca marca nie dostaniemy propozycji", "1 kwietnia stajemy")],
    demands=[C("Ewa Sikora", None, "do końca marca nie dostaniemy propozycji")],
    timeline=[T("do końca marca", "2025-03", "termin na propozycję dla skarbowców"),
              T("1 kwietnia", "2025-04-01", "zapowiadany strajk skarbowców"),
              T("w środę", "2025-03-12", "Sikora stawia ultimatum")])

art("cond-jesli", 2, """
Związkowcy z ZNP zapowiadają strajk w szkołach powiatu, jeśli starosta Wiesław Nocoń nie wycofa się z likwidacji trzech szkół.
""", group=G,
    actors=[A("ZNP", "o"), A("Wiesław Nocoń", "p", [], "starosta")],
    quotes=[Q("ZNP", "indirect", "strajk w szkołach powiatu", "likwidacji trzech szkół")],
    demands=[C("ZNP", "Wiesław Nocoń", "starosta Wiesław Nocoń nie wycofa się")])

art("cond-jesli", 3, """
Solidarność dała spółce Autosan czas do piątku. Jeśli do tego dnia Autosan nie wypłaci zaległych pensji, pracownicy odejdą od maszyn.
""", group=G,
    actors=[A("Solidarność", "o"), A("Autosan", "o")],
    demands=[C("Solidarność", "Autosan", "do tego dnia Autosan nie wypłaci")],
    timeline=[T("do piątku", "2025-03-14", "termin dany Autosanowi"),
              T("do tego dnia", "2025-03-14", "termin wypłaty zaległych pensji")])

art("cond-jesli", 4, """
Tramwaje Śląskie przywrócą linię nr 6, o ile Katowice dopłacą do jej utrzymania 3 mln zł rocznie.
""", group=G,
    actors=[A("Tramwaje Śląskie", "o"), A("Katowice", "l")],
    demands=[C("Tramwaje Śląskie", "Katowice", "Katowice dopłacą do jej utrzymania")])

# --- gdyby + an act the actor announces ---------------------------------------
art("cond-gdyby", 1, """
– Gdyby Sejm uchwalił tę ustawę w obecnym kształcie, zaskarżymy ją do Trybunału Konstytucyjnego – mówił prezes Naczelnej Rady Adwokackiej Tadeusz Wilk.
""", group=G,
    actors=[A("Sejm", "o"), A("Trybunał Konstytucyjny", "o", ["Trybunału Konstytucyjnego"]),
            A("Naczelna Rada Adwokacka", "o", ["Naczelnej Rady Adwokackiej"]),
            A("Tadeusz Wilk", "p", [], "prezes Naczelnej Rady Adwokackiej")],
    quotes=[Q("Tadeusz Wilk", "direct", "Gdyby Sejm uchwalił tę ustawę", "do Trybunału Konstytucyjnego")],
    demands=[C("Tadeusz Wilk", "Sejm", "Sejm uchwalił tę ustawę")])

art("cond-gdyby", 2, """
Minister handlu Danii Lars Holm zapowiedział, że gdyby Stany Zjednoczone nałożyły cła na duńskie towary, Kopenhaga odpowie cłami na amerykańską elektronikę.
""", group=G,
    actors=[A("Dania", "l", ["Danii"]), A("Lars Holm", "p", [], "minister handlu Danii"),
            A("Stany Zjednoczone", "l"), A("Kopenhaga", "l")],
    quotes=[Q("Lars Holm", "indirect", "gdyby Stany Zjednoczone nałożyły", "na amerykańską elektronikę")],
    demands=[C("Lars Holm", "Stany Zjednoczone", "Stany Zjednoczone nałożyły cła")])

art("cond-gdyby", 3, """
Rada Miasta Płocka zagroziła, że gdyby Orlen nie wywiązał się z umowy inwestycyjnej, miasto wypowie spółce dzierżawę gruntów.
""", group=G,
    actors=[A("Rada Miasta Płocka", "o"), A("Orlen", "o")],
    quotes=[Q("Rada Miasta Płocka", "indirect", "gdyby Orlen nie wywiązał się", "dzierżawę gruntów")],
    demands=[C("Rada Miasta Płocka", "Orlen", "Orlen nie wywiązał się")])

# --- w zamian za + acc ----------------------------------------------------------
art("cond-w-zamian-za", 1, """
Hamas zgodził się uwolnić trzech zakładników w zamian za zwolnienie przez Izrael 90 palestyńskich więźniów.
""", group=G,
    actors=[A("Hamas", "o"), A("Izrael", "l")],
    demands=[C("Hamas", "Izrael", "zwolnienie przez Izrael")])

art("cond-w-zamian-za", 2, """
Miasto Ełk przekaże stadion w użyczenie klubowi Mazur Ełk w zamian za prowadzenie przez klub bezpłatnych zajęć dla dzieci.
""", group=G,
    actors=[A("Ełk", "l"), A("Mazur Ełk", "o")],
    demands=[C("Ełk", "Mazur Ełk", "prowadzenie przez klub")])

art("cond-w-zamian-za", 3, """
– Zrezygnujemy z części podwyżki w zamian za gwarancję zatrudnienia do 2028 roku – zadeklarował Leszek Dudek, szef związkowców z Fabryki Maszyn Glinik.
""", group=G,
    actors=[A("Leszek Dudek", "p", [], "szef związkowców z Fabryki Maszyn Glinik"),
            A("Fabryka Maszyn Glinik", "o", ["Fabryki Maszyn Glinik"])],
    quotes=[Q("Leszek Dudek", "direct", "Zrezygnujemy z części podwyżki", "do 2028 roku")],
    demands=[C("Leszek Dudek", None, "gwarancję zatrudnienia do 2028 roku")],
    timeline=[T("do 2028 roku", "2028", "żądana gwarancja zatrudnienia")])

# --- bez X nie … ---------------------------------------------------------------
art("cond-bez-nie", 1, """
– Bez podpisu ministra pod porozumieniem nie zejdziemy z drogi – zapowiadał we wtorek w Jędrzejowie Sebastian Pawlik, lider ruchu Wolni Rolnicy.
""", group=G,
    actors=[A("Jędrzejów", "l", ["Jędrzejowie"]), A("Sebastian Pawlik", "p", [], "lider ruchu Wolni Rolnicy"),
            A("Wolni Rolnicy", "o")],
    quotes=[Q("Sebastian Pawlik", "direct", "Bez podpisu ministra pod porozumieniem", "nie zejdziemy z drogi")],
    demands=[C("Sebastian Pawlik", None, "podpisu ministra pod porozumieniem")],
    timeline=[T("we wtorek", "2025-03-11", "Pawlik stawia warunek w Jędrzejowie")])

art("cond-bez-nie", 2, """
Szef MSZ Ukrainy Dmytro Hnatiuk oświadczył, że bez wycofania rosyjskich wojsk z Zaporoskiej Elektrowni Jądrowej Kijów nie podpisze żadnego porozumienia.
""", group=G,
    actors=[A("MSZ Ukrainy", "o"), A("Dmytro Hnatiuk", "p", [], "szef MSZ Ukrainy"),
            A("Zaporoska Elektrownia Jądrowa", "o", ["Zaporoskiej Elektrowni Jądrowej"]), A("Kijów", "l")],
    quotes=[Q("Dmytro Hnatiuk", "indirect", "bez wycofania rosyjskich wojsk", "żadnego porozumienia")],
    demands=[C("Dmytro Hnatiuk", None, "wycofania rosyjskich wojsk")])

art("cond-bez-nie", 3, """
„Bez utrzymania KRUS w obecnym kształcie nie poprzemy reformy emerytalnej” – napisała na Facebooku posłanka PSL Jolanta Mazurek.
""", group=G,
    actors=[A("KRUS", "o"), A("Facebook", "m", ["Facebooku"]), A("PSL", "o"),
            A("Jolanta Mazurek", "p", [], "posłanka PSL")],
    quotes=[Q("Jolanta Mazurek", "direct", "Bez utrzymania KRUS w obecnym kształcie", "reformy emerytalnej", via="Facebook")],
    demands=[C("Jolanta Mazurek", None, "utrzymania KRUS w obecnym kształcie")])

# --- uzależniać X od Y ----------------------------------------------------------
art("cond-uzaleznia", 1, """
Związkowcy z WZZ Sierpień 80 uzależniają zawieszenie sporu w kopalni Bobrek od wypłaty zaległych premii za 2024 rok.
""", group=G,
    actors=[A("WZZ Sierpień 80", "o"), A("Bobrek", "o")],
    demands=[C("WZZ Sierpień 80", None, "wypłaty zaległych premii")],
    timeline=[T("za 2024 rok", "2024", "zaległe premie górników")])

art("cond-uzaleznia", 2, """
Słowacja uzależnia swoje poparcie dla pakietu od gwarancji Komisji Europejskiej w sprawie dostaw gazu.
""", group=G,
    actors=[A("Słowacja", "l"), A("Komisja Europejska", "o", ["Komisji Europejskiej"])],
    demands=[C("Słowacja", "Komisja Europejska", "gwarancji Komisji Europejskiej")])

art("cond-uzaleznia", 3, """
Selekcjoner Thomas Berger uzależnił przedłużenie kontraktu od tego, czy Polski Związek Piłki Siatkowej zatrudni nowego trenera przygotowania fizycznego.
""", group=G,
    actors=[A("Thomas Berger", "p", [], "selekcjoner"), A("Polski Związek Piłki Siatkowej", "o")],
    demands=[C("Thomas Berger", "Polski Związek Piłki Siatkowej", "Polski Związek Piłki Siatkowej zatrudni")])

