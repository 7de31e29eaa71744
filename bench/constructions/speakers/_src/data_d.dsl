@ ind-ze-1
Wicepremier Anna Grzelak oświadczyła w czwartek, że koalicja przetrwa mimo sporu o budżet. Przyznała jednak, że rozmowy z partnerami są trudne.
> A Anna Grzelak | person | | wicepremier
> Q Anna Grzelak | indirect | koalicja przetrwa | mimo sporu o budżet | ~
> Q Anna Grzelak | indirect | rozmowy z partnerami są trudne | rozmowy z partnerami są trudne | ~
> T w czwartek | 2025-03-06 | oświadczenie wicepremier

@ ind-ze-2
Zarząd Grupy Żywiec szacuje, że sprzedaż piwa spadnie w tym roku o 5 proc.
> N The board (zarząd) of a named company speaks for it, as its unnamed head does.
> A Grupa Żywiec | organization | Grupy Żywiec | ~
> Q Grupa Żywiec | indirect | sprzedaż piwa spadnie | o 5 proc. | ~
> T w tym roku | 2025 | spadek sprzedaży piwa

@ ind-ze-3
Związkowcy z kopalni Bogdanka zarzucili zarządowi, że ukrywa prawdziwe dane o wydobyciu.
> A Bogdanka | organization | | ~
> Q związkowcy z kopalni Bogdanka | indirect | ukrywa prawdziwe dane | o wydobyciu | ~ | g

@ ind-iz-1
Rzecznik rządu Piotr Sawicki poinformował, iż posiedzenie Rady Ministrów odbędzie się wyjątkowo w czwartek.
> A Piotr Sawicki | person | | rzecznik rządu
> A Rada Ministrów | organization | Rady Ministrów | ~
> Q Piotr Sawicki | indirect | posiedzenie Rady Ministrów | wyjątkowo w czwartek | ~
> T w czwartek | 2025-03-13 | posiedzenie Rady Ministrów

@ ind-iz-2
W piśmie do wojewody spółka PKS Warmiak stwierdza, iż kursy do mniejszych miejscowości są nierentowne.
> A PKS Warmiak | organization | | ~
> Q PKS Warmiak | indirect | kursy do mniejszych miejscowości | są nierentowne | ~

@ ind-iz-3
Prof. Jerzy Malinowski z Uniwersytetu Medycznego w Białymstoku podkreśla, iż liczba zawałów wśród trzydziestolatków rośnie z roku na rok.
> A Jerzy Malinowski | person | | ~
> A Uniwersytet Medyczny w Białymstoku | organization | Uniwersytetu Medycznego w Białymstoku | ~
> Q Jerzy Malinowski | indirect | liczba zawałów wśród trzydziestolatków | rośnie z roku na rok | ~

@ ind-jakoby-1
Rzeczniczka Podkarpackich Zakładów Lotniczych zaprzeczyła, jakoby firma planowała zwolnienia w zakładzie w Mielcu.
> N A denial with jakoby reports the denied claim; annotated as indirect from the clause after jakoby.
> A Podkarpackie Zakłady Lotnicze | organization | Podkarpackich Zakładów Lotniczych | ~
> A Mielec | place | Mielcu | ~
> Q Podkarpackie Zakłady Lotnicze | indirect | firma planowała zwolnienia | w zakładzie w Mielcu | ~

@ ind-jakoby-2
Minister sportu Łukasz Żak zdementował w poniedziałek pogłoski, jakoby miał odejść z rządu.
> A Łukasz Żak | person | | minister sportu
> Q Łukasz Żak | indirect | miał odejść z rządu | miał odejść z rządu | ~
> T w poniedziałek | 2025-03-10 | minister sportu dementuje pogłoski

@ ind-jakoby-3
Brytyjskie media donosiły, jakoby Everton miał zostać sprzedany inwestorom z Kataru.
> A Everton | organization | | ~
> A Katar | place | Kataru | ~
> Q ~ | indirect | Everton miał zostać sprzedany | inwestorom z Kataru | ~

@ ind-interrog-1
Pytany, czy zamierza kandydować ponownie, prezydent Krosna Witold Sołtys odpowiedział, że decyzję ogłosi w maju.
> A Krosno | place | Krosna | ~
> A Witold Sołtys | person | | prezydent Krosna
> Q Witold Sołtys | indirect | decyzję ogłosi w maju | decyzję ogłosi w maju | ~
> T w maju | 2025-05 | prezydent Krosna ogłasza decyzję

@ ind-interrog-2
Posłanka Lewicy Marta Woźniak pytała w Sejmie, dlaczego rząd od roku nie wypłacił rekompensat powodzianom.
> N A question asked by an actor (not a journalist) is reported speech: indirect, from the interrogative word.
> A Lewica | organization | Lewicy | ~
> A Marta Woźniak | person | | posłanka Lewicy
> A Sejm | organization | Sejmie | ~
> Q Marta Woźniak | indirect | dlaczego rząd od roku | rekompensat powodzianom | ~
> T od roku | 2024-03-12/2025-03-12 | rząd nie wypłaca rekompensat

@ ind-interrog-3
Burmistrz Helu Ewa Kamińska-Lis zapytała w liście do ministra infrastruktury, czy pociągi wrócą na półwysep w czerwcu.
> A Hel | place | Helu | ~
> A Ewa Kamińska-Lis | person | | burmistrz Helu
> Q Ewa Kamińska-Lis | indirect | czy pociągi wrócą na półwysep | w czerwcu | ~
> T w czerwcu | 2025-06 | możliwy powrót pociągów na Hel

@ ind-wedlug-1
Według Głównego Urzędu Statystycznego stopa bezrobocia w lutym wyniosła 5,4 proc.
> A Główny Urząd Statystyczny | organization | Głównego Urzędu Statystycznego | ~
> Q Główny Urząd Statystyczny | indirect | stopa bezrobocia w lutym | wyniosła 5,4 proc. | ~
> T w lutym | 2025-02 | stopa bezrobocia 5,4 proc.

@ ind-wedlug-2
Według wiceministra infrastruktury Stanisława Bukowskiego przetarg na obwodnicę Kłodzka zostanie rozstrzygnięty do końca roku.
> A Stanisław Bukowski | person | Stanisława Bukowskiego | wiceminister infrastruktury
> A Kłodzko | place | Kłodzka | ~
> Q Stanisław Bukowski | indirect | przetarg na obwodnicę Kłodzka | rozstrzygnięty do końca roku | ~
> T do końca roku | 2025 | rozstrzygnięcie przetargu na obwodnicę

@ ind-wedlug-3
Dyrektorka Teatru Dramatycznego w Elblągu Lena Orzeł nie kryje rozczarowania. Według niej decyzja ratusza oznacza koniec sceny kameralnej.
> A Teatr Dramatyczny w Elblągu | organization | Teatru Dramatycznego w Elblągu | ~
> A Lena Orzeł | person | | dyrektorka Teatru Dramatycznego w Elblągu
> Q Lena Orzeł | indirect | decyzja ratusza oznacza | koniec sceny kameralnej | ~

@ ind-zdaniem-1
Zdaniem szefa Polskiej Izby Turystyki Jarosława Mroza tegoroczny sezon będzie rekordowy.
> A Polska Izba Turystyki | organization | Polskiej Izby Turystyki | ~
> A Jarosław Mróz | person | Jarosława Mroza | szef Polskiej Izby Turystyki
> Q Jarosław Mróz | indirect | tegoroczny sezon będzie rekordowy | tegoroczny sezon będzie rekordowy | ~
> T tegoroczny | 2025 | rekordowy sezon turystyczny

@ ind-zdaniem-2
Zdaniem ekspertów zmiany w prawie wodnym niczego nie poprawią.
> Q eksperci | indirect | zmiany w prawie wodnym | niczego nie poprawią | ~ | g

@ ind-zdaniem-3
Zdaniem Kremla rozmowy pokojowe nie mają sensu bez uznania „nowych realiów terytorialnych”.
> N The reported clause holds a quoted fragment of three words, so only the fragment is annotated.
> A Kreml | organization | Kremla | ~
> Q Kreml | partial | nowych realiów terytorialnych | nowych realiów terytorialnych | ~

@ ind-jak-verb-1
Jak podkreślił wojewoda opolski Edward Pietrzyk, wszystkie drogi w regionie są już przejezdne.
> A Edward Pietrzyk | person | | wojewoda opolski
> Q Edward Pietrzyk | indirect | wszystkie drogi w regionie | są już przejezdne | ~

@ ind-jak-verb-2
Szpital Wojewódzki w Koszalinie, jak poinformowała jego rzeczniczka, przyjmuje już pacjentów bez ograniczeń.
> N The parenthetical splits the reported clause; the span runs from its subject to its end, across the parenthetical.
> A Szpital Wojewódzki w Koszalinie | organization | | ~
> Q Szpital Wojewódzki w Koszalinie | indirect | Szpital Wojewódzki w Koszalinie | pacjentów bez ograniczeń | ~

@ ind-jak-verb-3
Ruch na przejściu w Dorohusku zostanie wznowiony w czwartek, jak zapewnia Straż Graniczna.
> A Dorohusk | place | Dorohusku | ~
> A Straż Graniczna | organization | | ~
> Q Straż Graniczna | indirect | Ruch na przejściu w Dorohusku | zostanie wznowiony w czwartek | ~
> T w czwartek | 2025-03-13 | wznowienie ruchu w Dorohusku

@ ind-jak-podaje-1
Jak podaje PAP, w wypadku na autostradzie A4 pod Legnicą rannych zostało sześć osób.
> A PAP | media | | ~
> A Legnica | place | Legnicą | ~
> Q PAP | indirect | w wypadku na autostradzie A4 | rannych zostało sześć osób | ~

@ ind-jak-podaje-2
Jak podaje agencja Reuters, minister finansów Japonii Kenji Sato zapowiedział interwencję na rynku walutowym.
> A Reuters | media | | ~
> A Japonia | place | Japonii | ~
> A Kenji Sato | person | | minister finansów Japonii
> Q Kenji Sato | indirect | interwencję na rynku walutowym | interwencję na rynku walutowym | Reuters

@ ind-jak-podaje-3
Jak donosi „Gazeta Wyborcza”, powołując się na źródła w ministerstwie, reforma zostanie przesunięta na przyszły rok.
> A Gazeta Wyborcza | media | | ~
> Q ~ | indirect | reforma zostanie przesunięta | na przyszły rok | Gazeta Wyborcza
> T na przyszły rok | 2026 | przesunięcie reformy

@ ind-jak-podaje-4
Agencja TASS podaje, że minister obrony Rosji Anatolij Żukow oświadczył w poniedziałek, iż wojska rosyjskie zajęły dwie wsie w obwodzie charkowskim.
> N A reporting frame (TASS podaje, że …) is no quote itself; the inner statement is relayed via the agency.
> A TASS | media | | ~
> A Rosja | place | Rosji | ~
> A Anatolij Żukow | person | | minister obrony Rosji
> A obwód charkowski | place | obwodzie charkowskim | ~
> Q Anatolij Żukow | indirect | wojska rosyjskie zajęły dwie wsie | w obwodzie charkowskim | TASS
> T w poniedziałek | 2025-03-10 | oświadczenie ministra obrony Rosji

@ ind-cytowany-1
Szef ukraińskiego MSZ Andrij Kowalenko, cytowany przez agencję Ukrinform, powiedział, że Kijów nie zgodzi się na zamrożenie konfliktu.
> A MSZ | organization | | ~
> A Andrij Kowalenko | person | | szef ukraińskiego MSZ
> A Ukrinform | media | | ~
> A Kijów | place | | ~
> Q Andrij Kowalenko | indirect | Kijów nie zgodzi się | na zamrożenie konfliktu | Ukrinform

@ ind-cytowany-2
„Nie ma żadnego planu B” – mówił szwedzki minister obrony Lars Eriksson, cytowany przez dziennik „Dagens Nyheter”.
> A Lars Eriksson | person | | szwedzki minister obrony
> A Dagens Nyheter | media | | ~
> Q Lars Eriksson | direct | Nie ma żadnego planu B | Nie ma żadnego planu B | Dagens Nyheter

@ ind-cytowany-3
Cytowana przez portal Onet posłanka KO Renata Szczęsna przyznała, że w klubie są różne zdania na temat projektu.
> A Onet | media | | ~
> A KO | organization | | ~
> A Renata Szczęsna | person | | posłanka KO
> Q Renata Szczęsna | indirect | w klubie są różne zdania | na temat projektu | Onet

@ ind-rozmowa-1
W wywiadzie dla „Gazety Krakowskiej” prezydent Krakowa Adam Bieniek zapowiedział wprowadzenie strefy czystego transportu od lipca.
> A Gazeta Krakowska | media | Gazety Krakowskiej | ~
> A Kraków | place | Krakowa | ~
> A Adam Bieniek | person | | prezydent Krakowa
> Q Adam Bieniek | indirect | wprowadzenie strefy czystego transportu | od lipca | Gazeta Krakowska
> T od lipca | 2025-07 | strefa czystego transportu w Krakowie

@ ind-rozmowa-2
W rozmowie z dziennikarzami w Brukseli premier Belgii Luc Vermeulen przyznał, że jego rząd nie ma większości dla reformy.
> A Bruksela | place | Brukseli | ~
> A Belgia | place | Belgii | ~
> A Luc Vermeulen | person | | premier Belgii
> Q Luc Vermeulen | indirect | jego rząd nie ma większości | dla reformy | ~

@ ind-rozmowa-3
W rozmowie z radiem TOK FM rzecznik Polskiej Agencji Żeglugi Powietrznej Paweł Kwiatek wyjaśnił, że opóźnienia wynikały z awarii systemu. Dodał, że usterka została już usunięta.

Jak zaznaczył, podobna awaria nie zdarzyła się od 2019 roku.
> N The next sentence inherits the outlet; the next paragraph does not.
> A TOK FM | media | | ~
> A Polska Agencja Żeglugi Powietrznej | organization | Polskiej Agencji Żeglugi Powietrznej | ~
> A Paweł Kwiatek | person | | rzecznik Polskiej Agencji Żeglugi Powietrznej
> Q Paweł Kwiatek | indirect | opóźnienia wynikały z awarii | z awarii systemu | TOK FM
> Q Paweł Kwiatek | indirect | usterka została już usunięta | usterka została już usunięta | TOK FM
> Q Paweł Kwiatek | indirect | podobna awaria nie zdarzyła się | od 2019 roku | ~
> T od 2019 roku | 2019 | ostatnia podobna awaria

@ ind-rozmowa-4
– Nie zamierzam rezygnować z mandatu – powiedziała PAP posłanka Polski 2050 Dorota Krzywicka.
> A PAP | media | | ~
> A Polska 2050 | organization | Polski 2050 | ~
> A Dorota Krzywicka | person | | posłanka Polski 2050
> Q Dorota Krzywicka | direct | Nie zamierzam rezygnować z mandatu | Nie zamierzam rezygnować z mandatu | PAP

@ ind-platform-1
Burmistrz Szczawnicy Karol Hawrot napisał na Facebooku, że kolejka na Palenicę ruszy w sobotę.
> A Szczawnica | place | Szczawnicy | ~
> A Karol Hawrot | person | | burmistrz Szczawnicy
> A Facebook | media | Facebooku | ~
> A Palenica | place | Palenicę | ~
> Q Karol Hawrot | indirect | kolejka na Palenicę ruszy | ruszy w sobotę | Facebook
> T w sobotę | 2025-03-15 | start kolejki na Palenicę

@ ind-platform-2
„Dziękuję wszystkim za wsparcie. Wracam do treningów za tydzień” – napisała na Instagramie tenisistka Julia Korzeniowska.
> A Instagram | media | Instagramie | ~
> A Julia Korzeniowska | person | | tenisistka
> Q Julia Korzeniowska | direct | Dziękuję wszystkim za wsparcie | do treningów za tydzień | Instagram
> T za tydzień | 2025-03-19 | powrót tenisistki do treningów

@ ind-platform-3
„Rosja znów testuje naszą cierpliwość” – ocenił na platformie X szef litewskiej dyplomacji Tomas Petraitis.
> A Rosja | place | | ~
> A X | media | | ~
> A Tomas Petraitis | person | | szef litewskiej dyplomacji
> Q Tomas Petraitis | direct | Rosja znów testuje | naszą cierpliwość | X

@ ind-powolujac-1
Agencja Bloomberg, powołując się na anonimowe źródła, podała, że Intel wstrzymuje budowę fabryki pod Magdeburgiem.
> A Bloomberg | media | | ~
> A Intel | organization | | ~
> A Magdeburg | place | Magdeburgiem | ~
> Q ~ | indirect | Intel wstrzymuje budowę fabryki | pod Magdeburgiem | Bloomberg

@ ind-powolujac-2
Powołując się na dane Ministerstwa Zdrowia, „Dziennik Gazeta Prawna” pisze, że w szpitalach brakuje 5 tys. pielęgniarek.
> A Ministerstwo Zdrowia | organization | Ministerstwa Zdrowia | ~
> A Dziennik Gazeta Prawna | media | | ~
> Q Ministerstwo Zdrowia | indirect | w szpitalach brakuje | 5 tys. pielęgniarek | Dziennik Gazeta Prawna

@ ind-powolujac-3
Portal Politico, powołując się na dwóch unijnych dyplomatów, informuje, że nowy pakiet sankcji zostanie przyjęty w przyszłym tygodniu.
> A Politico | media | | ~
> Q unijni dyplomaci | indirect | nowy pakiet sankcji | przyjęty w przyszłym tygodniu | Politico | g
> T w przyszłym tygodniu | 2025-03-17/2025-03-23 | przyjęcie pakietu sankcji

@ ind-np-object-1
Związek Zawodowy Kontrolerów Ruchu Lotniczego zapowiedział strajk ostrzegawczy na 20 marca.
> A Związek Zawodowy Kontrolerów Ruchu Lotniczego | organization | | ~
> Q Związek Zawodowy Kontrolerów Ruchu Lotniczego | indirect | strajk ostrzegawczy | na 20 marca | ~
> T na 20 marca | 2025-03-20 | strajk ostrzegawczy kontrolerów

@ ind-np-object-2
Zarząd Fabryki Łożysk Tocznych w Kraśniku poinformował o zwolnieniach grupowych.
> A Fabryka Łożysk Tocznych w Kraśniku | organization | Fabryki Łożysk Tocznych w Kraśniku | ~
> Q Fabryka Łożysk Tocznych w Kraśniku | indirect | o zwolnieniach grupowych | o zwolnieniach grupowych | ~

@ ind-np-object-3
Burmistrz Kętrzyna Ryszard Niedziałek zapowiedział w poniedziałek odwołanie dyrektora miejskiego muzeum.
> A Kętrzyn | place | Kętrzyna | ~
> A Ryszard Niedziałek | person | | burmistrz Kętrzyna
> Q Ryszard Niedziałek | indirect | odwołanie dyrektora miejskiego muzeum | odwołanie dyrektora miejskiego muzeum | ~
> T w poniedziałek | 2025-03-10 | zapowiedź odwołania dyrektora muzeum

@ ind-reportive-mial-1
Trener Feyenoordu Arne de Vries miał powiedzieć zawodnikom w szatni, że żaden z nich nie jest pewny miejsca w składzie.
> N Reportive mieć (miał powiedzieć) still attributes the words to the named speaker.
> A Feyenoord | organization | Feyenoordu | ~
> A Arne de Vries | person | | trener Feyenoordu
> Q Arne de Vries | indirect | żaden z nich nie jest pewny | miejsca w składzie | ~

@ ind-reportive-mial-2
Jak ustalił Onet, minister zdrowia Katarzyna Grab miała przekazać dyrektorom szpitali, że nadwykonania zostaną zapłacone w kwietniu.
> N The outlet's finding is someone else's words: the outlet is the via, the minister the speaker.
> A Onet | media | | ~
> A Katarzyna Grab | person | | minister zdrowia
> Q Katarzyna Grab | indirect | nadwykonania zostaną zapłacone | w kwietniu | Onet
> T w kwietniu | 2025-04 | zapłata za nadwykonania

@ ind-reportive-mial-3
Według nieoficjalnych informacji prezes Stoczni Gdańskiej Henryk Wiśniewski miał zapowiedzieć na zebraniu zarządu swoją rezygnację.
> A Stocznia Gdańska | organization | Stoczni Gdańskiej | ~
> A Henryk Wiśniewski | person | | prezes Stoczni Gdańskiej
> Q Henryk Wiśniewski | indirect | swoją rezygnację | swoją rezygnację | ~

@ ind-wynika-z-1
Z raportu Najwyższej Izby Kontroli wynika, że co trzecia gmina nie ma aktualnego planu zagospodarowania przestrzennego.
> A Najwyższa Izba Kontroli | organization | Najwyższej Izby Kontroli | ~
> Q Najwyższa Izba Kontroli | indirect | co trzecia gmina | planu zagospodarowania przestrzennego | ~

@ ind-wynika-z-2
Z danych Straży Granicznej wynika, że w lutym granicę z Białorusią próbowało nielegalnie przekroczyć 1,2 tys. osób.
> A Straż Graniczna | organization | Straży Granicznej | ~
> A Białoruś | place | Białorusią | ~
> Q Straż Graniczna | indirect | w lutym granicę z Białorusią | 1,2 tys. osób | ~
> T w lutym | 2025-02 | próby nielegalnego przekroczenia granicy

@ ind-wynika-z-3
W opublikowanym we wtorek raporcie Amnesty International czytamy, że władze Gruzji stosowały przemoc wobec demonstrantów.
> A Amnesty International | organization | | ~
> A Gruzja | place | Gruzji | ~
> Q Amnesty International | indirect | władze Gruzji stosowały przemoc | wobec demonstrantów | ~
> T we wtorek | 2025-03-11 | publikacja raportu Amnesty International

@ ind-partial-inside-1
Rzecznik PSL Miłosz Kuc powiedział, że projekt jest „niedopracowany i szkodliwy dla rolników”.
> A PSL | organization | | ~
> A Miłosz Kuc | person | | rzecznik PSL
> Q Miłosz Kuc | partial | niedopracowany i szkodliwy dla rolników | szkodliwy dla rolników | ~

@ ind-partial-inside-2
Prezes UOKiK Marek Lech przekazał, że kary nałożone na operatora sieci komórkowej są „najwyższe w historii urzędu”, a postępowanie „wykazało rażące naruszenia praw konsumentów”.
> A UOKiK | organization | | ~
> A Marek Lech | person | | prezes UOKiK
> Q Marek Lech | partial | najwyższe w historii urzędu | w historii urzędu | ~
> Q Marek Lech | partial | wykazało rażące naruszenia praw konsumentów | praw konsumentów | ~

@ ind-partial-inside-3
Wójt gminy Ruda Tomasz Rybka stwierdził, że cały projekt to „czysta fikcja”, bo gmina nie ma na niego pieniędzy.
> N The quoted fragment has two words (no quote), so the whole reported clause is the indirect quote, as in the dev gold's „cały pakiet”.
> A Ruda | place | | ~
> A Tomasz Rybka | person | | wójt gminy Ruda
> Q Tomasz Rybka | indirect | cały projekt to | nie ma na niego pieniędzy | ~

@ ind-partial-np-1
Przewodniczący Polski 2050 Marek Kłos nazwał projekt budżetu „kreatywną księgowością na niespotykaną skalę”.
> A Polska 2050 | organization | Polski 2050 | ~
> A Marek Kłos | person | | przewodniczący Polski 2050
> Q Marek Kłos | partial | kreatywną księgowością na niespotykaną skalę | na niespotykaną skalę | ~

@ ind-partial-np-2
Ekolodzy mówią o „największej katastrofie na Odrze od dekad”.
> A Odra | place | Odrze | ~
> Q ekolodzy | partial | największej katastrofie na Odrze | od dekad | ~ | g

@ ind-partial-np-3
Sąd Okręgowy w Opolu skazał w środę na dwa lata w zawieszeniu kierowcę, który spowodował wypadek na obwodnicy miasta. Wyrok adwokatka pokrzywdzonych Iwona Gołąb określiła jako „kpinę z ofiar”.
> A Sąd Okręgowy w Opolu | organization | | ~
> A Iwona Gołąb | person | | adwokatka pokrzywdzonych
> Q Iwona Gołąb | partial | kpinę z ofiar | kpinę z ofiar | ~
> T w środę | 2025-03-12 | wyrok sądu w Opolu

@ ind-continuation-1
W rozmowie z Radiem Olsztyn marszałek województwa Marek Brzeziński powiedział, że linia kolejowa do Ełku zostanie zelektryfikowana. Dodał, że prace rozpoczną się w 2026 roku.
> A Radio Olsztyn | media | Radiem Olsztyn | ~
> A Marek Brzeziński | person | | marszałek województwa
> A Ełk | place | Ełku | ~
> Q Marek Brzeziński | indirect | linia kolejowa do Ełku | zostanie zelektryfikowana | Radio Olsztyn
> Q Marek Brzeziński | indirect | prace rozpoczną się w 2026 roku | prace rozpoczną się w 2026 roku | Radio Olsztyn
> T w 2026 roku | 2026 | początek elektryfikacji linii do Ełku

@ ind-continuation-2
W Radiu Zet minister infrastruktury Karol Malec zapowiedział, że nowe lotnisko pod Baranowem zostanie otwarte w 2032 roku. Innego zdania jest ekspert rynku lotniczego Adrian Furgał. Twierdzi, że realny termin to 2035 rok.
> N The zero subject of Twierdzi refers to the second speaker, who does not inherit the first speaker's outlet.
> A Radio Zet | media | Radiu Zet | ~
> A Karol Malec | person | | minister infrastruktury
> A Baranów | place | Baranowem | ~
> A Adrian Furgał | person | | ekspert rynku lotniczego
> Q Karol Malec | indirect | nowe lotnisko pod Baranowem | otwarte w 2032 roku | Radio Zet
> Q Adrian Furgał | indirect | realny termin to 2035 rok | realny termin to 2035 rok | ~
> T w 2032 roku | 2032 | otwarcie lotniska według ministra
> T 2035 rok | 2035 | realny termin otwarcia lotniska według eksperta

@ ind-continuation-3
– Nie będzie żadnych cięć w szpitalach – zapewniła w TVP Info ministra zdrowia Anna Kalinowska. Podkreśliła też, że pieniądze na podwyżki dla pielęgniarek są zabezpieczone.
> A TVP Info | media | | ~
> A Anna Kalinowska | person | | ministra zdrowia
> Q Anna Kalinowska | direct | Nie będzie żadnych cięć | w szpitalach | TVP Info
> Q Anna Kalinowska | indirect | pieniądze na podwyżki dla pielęgniarek | są zabezpieczone | TVP Info
