@ att-before-colon-1
Minister zdrowia Krystyna Wolska powiedziała w Sejmie: „Nie zamkniemy żadnego szpitala powiatowego”.
> A Krystyna Wolska | person | | minister zdrowia
> A Sejm | organization | Sejmie | ~
> Q Krystyna Wolska | direct | Nie zamkniemy żadnego szpitala | szpitala powiatowego | ~

@ att-before-colon-2
Prezes NBP zabrał głos po posiedzeniu RPP: "Inflacja spadnie poniżej trzech procent dopiero w przyszłym roku".
> N An unnamed head of a named organisation speaks for it: the speaker is NBP.
> A NBP | organization | | ~
> A RPP | organization | | ~
> Q NBP | direct | Inflacja spadnie poniżej trzech procent | dopiero w przyszłym roku | ~
> T w przyszłym roku | 2026 | inflacja spada poniżej trzech procent

@ att-before-colon-3
Na konferencji w Brukseli komisarz UE ds. obrony Lars Henriksen mówił: „Europa musi wydawać więcej na własne bezpieczeństwo. Czas półśrodków się skończył”.
> A Bruksela | place | Brukseli | ~
> A UE | organization | | ~
> A Lars Henriksen | person | | komisarz UE ds. obrony
> A Europa | place | | ~
> Q Lars Henriksen | direct | Europa musi wydawać więcej | Czas półśrodków się skończył | ~

@ att-after-inverted-1
„Na razie nie ma mowy o podwyżkach czynszów” – powiedziała nam w piątek po posiedzeniu zarządu prezes spółdzielni Bożena Kamińska.
> A Bożena Kamińska | person | | prezes spółdzielni
> Q Bożena Kamińska | direct | Na razie nie ma mowy | o podwyżkach czynszów | ~
> T w piątek | 2025-03-07 | wypowiedź prezes spółdzielni po posiedzeniu zarządu

@ att-after-inverted-2
"To nie jest koniec tej sprawy" - zapowiedział wieczorem na antenie TVN24 były minister sprawiedliwości Adam Rogalski.
> A TVN24 | media | | ~
> A Adam Rogalski | person | | były minister sprawiedliwości
> Q Adam Rogalski | direct | To nie jest koniec tej sprawy | To nie jest koniec tej sprawy | TVN24

@ att-after-inverted-3
– Wyniki są lepsze, niż zakładaliśmy – ocenia w rozmowie z „Pulsem Biznesu” Grzegorz Adamczyk, główny ekonomista Banku Pomorskiego.
> A Puls Biznesu | media | Pulsem Biznesu | ~
> A Grzegorz Adamczyk | person | | główny ekonomista Banku Pomorskiego
> A Bank Pomorski | organization | Banku Pomorskiego | ~
> Q Grzegorz Adamczyk | direct | Wyniki są lepsze | niż zakładaliśmy | Puls Biznesu

@ att-after-svo-1
„Nie spodziewałem się takiego wyniku” – Kamil Stępień nie krył radości po zwycięstwie w Zakopanem.
> A Kamil Stępień | person | | ~
> A Zakopane | place | Zakopanem | ~
> Q Kamil Stępień | direct | Nie spodziewałem się takiego wyniku | Nie spodziewałem się takiego wyniku | ~

@ att-after-svo-2
– To jakiś absurd. Nikt nas nie pytał o zdanie – rozkłada ręce sołtys Zawady Henryk Pawlak.
> A Zawada | place | Zawady | ~
> A Henryk Pawlak | person | | sołtys Zawady
> Q Henryk Pawlak | direct | To jakiś absurd | nie pytał o zdanie | ~

@ att-after-svo-3
„Pracujemy nad tym od miesięcy” – rzeczniczka urzędu marszałkowskiego w Katowicach Anna Lis tak odpowiada na nasze pytania.
> A Katowice | place | Katowicach | ~
> A Anna Lis | person | | rzeczniczka urzędu marszałkowskiego w Katowicach
> Q Anna Lis | direct | Pracujemy nad tym od miesięcy | Pracujemy nad tym od miesięcy | ~

@ att-inside-1
„Nie poprzemy tego projektu – powiedział Wiktor Orłowski, szef klubu Konfederacji. – Jest sprzeczny z konstytucją”.
> N A quote split by its attribution into two sentences is two direct quotes, as the dev gold has it for dash quotes split by an attribution.
> A Wiktor Orłowski | person | | szef klubu Konfederacji
> A Konfederacja | organization | Konfederacji | ~
> Q Wiktor Orłowski | direct | Nie poprzemy tego projektu | Nie poprzemy tego projektu | ~
> Q Wiktor Orłowski | direct | Jest sprzeczny z konstytucją | Jest sprzeczny z konstytucją | ~

@ att-inside-2
– Sezon był trudny – przyznał trener Arkadiusz Wilk. – Ale drużyna pokazała charakter i w kwietniu zagramy o awans – dodał.
> A Arkadiusz Wilk | person | | trener
> Q Arkadiusz Wilk | direct | Sezon był trudny | Sezon był trudny | ~
> Q Arkadiusz Wilk | direct | Ale drużyna pokazała charakter | zagramy o awans | ~
> T w kwietniu | 2025-04 | mecze o awans

@ att-inside-3
„Jeżeli prognozy się sprawdzą – mówi hydrolog Jakub Sarna z IMGW – fala kulminacyjna dotrze do Wrocławia w czwartek wieczorem”.
> N One sentence interrupted by its attribution is one direct quote; its span runs across the attribution.
> A Jakub Sarna | person | | hydrolog
> A IMGW | organization | | ~
> A Wrocław | place | Wrocławia | ~
> Q Jakub Sarna | direct | Jeżeli prognozy się sprawdzą | w czwartek wieczorem | ~
> T w czwartek wieczorem | 2025-03-13 | fala kulminacyjna dociera do Wrocławia

@ att-context-sentence-1
Innego zdania jest wiceprezydent Gliwic Ewa Barańska. – Parking pod dworcem jest potrzebny od lat. Nie zrezygnujemy z niego.
> A Gliwice | place | Gliwic | ~
> A Ewa Barańska | person | | wiceprezydent Gliwic
> Q Ewa Barańska | direct | Parking pod dworcem | Nie zrezygnujemy z niego | ~

@ att-context-sentence-2
Rzecznik praw pacjenta Bartłomiej Chmielewski zabrał głos w tej sprawie w poniedziałek. „Zbadamy każdą skargę, a wyniki przekażemy rodzinom”.
> A Bartłomiej Chmielewski | person | | rzecznik praw pacjenta
> Q Bartłomiej Chmielewski | direct | Zbadamy każdą skargę | przekażemy rodzinom | ~
> T w poniedziałek | 2025-03-10 | rzecznik praw pacjenta zabiera głos

@ att-context-sentence-3
Spokojna jest za to Renata Ostrowska z Koła Gospodyń Wiejskich w Lipnie. - Przygotowania idą zgodnie z planem, festyn na pewno się odbędzie.
> A Renata Ostrowska | person | | ~
> A Koło Gospodyń Wiejskich w Lipnie | organization | Koła Gospodyń Wiejskich w Lipnie | ~
> Q Renata Ostrowska | direct | Przygotowania idą zgodnie z planem | na pewno się odbędzie | ~

@ att-verb-lexicon-1
„Ta reforma była konieczna” – przekonywał premier Czech Jiří Novotný. „Bez niej system emerytalny by zbankrutował” – dodał.
> A Czechy | place | Czech | ~
> A Jiří Novotný | person | | premier Czech
> Q Jiří Novotný | direct | Ta reforma była konieczna | Ta reforma była konieczna | ~
> Q Jiří Novotný | direct | Bez niej system emerytalny | by zbankrutował | ~

@ att-verb-lexicon-2
– Nikt nie zostanie zwolniony – zapewnia prezes spółki Meblomax Ryszard Kania. Związkowcy są sceptyczni. – Słyszeliśmy to już w zeszłym roku – kwituje przewodniczący zakładowej Solidarności Leszek Duda.
> A Meblomax | organization | | ~
> A Ryszard Kania | person | | prezes spółki Meblomax
> A Solidarność | organization | Solidarności | ~
> A Leszek Duda | person | | przewodniczący zakładowej Solidarności
> Q Ryszard Kania | direct | Nikt nie zostanie zwolniony | Nikt nie zostanie zwolniony | ~
> Q Leszek Duda | direct | Słyszeliśmy to już | w zeszłym roku | ~
> T w zeszłym roku | 2024 | zapewnienia prezesa, które słyszeli związkowcy

@ att-verb-lexicon-3
– Przymrozki potrwają do niedzieli – ostrzega synoptyczka IMGW Aleksandra Żurek. – Sadownicy powinni zabezpieczyć uprawy – radzi.
> A IMGW | organization | | ~
> A Aleksandra Żurek | person | | synoptyczka IMGW
> Q Aleksandra Żurek | direct | Przymrozki potrwają do niedzieli | Przymrozki potrwają do niedzieli | ~
> Q Aleksandra Żurek | direct | Sadownicy powinni zabezpieczyć uprawy | Sadownicy powinni zabezpieczyć uprawy | ~
> T do niedzieli | 2025-03-16 | koniec przymrozków

@ att-noun-frame-1
„Spółka nie wypłaci dywidendy za 2024 rok, a zysk przeznaczy na inwestycje” – czytamy w komunikacie giełdowym Grupy Azoty.
> A Grupa Azoty | organization | Grupy Azoty | ~
> Q Grupa Azoty | direct | Spółka nie wypłaci dywidendy | przeznaczy na inwestycje | ~
> T za 2024 rok | 2024 | rok obrotowy bez dywidendy

@ att-noun-frame-2
Komunikat wydał też sztab kryzysowy wojewody. Czytamy w nim: „Sytuacja na rzekach jest stabilna, ale stany alarmowe utrzymują się w trzech powiatach”.
> N The statement's issuer is an unnamed body (no actor), so the speaker is null.
> Q ~ | direct | Sytuacja na rzekach jest stabilna | utrzymują się w trzech powiatach | ~

@ att-noun-frame-3
Słowa wiceministra edukacji Karola Wierzby wywołały burzę. „Nauczyciele mają za dużo wolnego i za mało pracują” – mówił we wtorek w Polsat News.
> A Karol Wierzba | person | Karola Wierzby | wiceminister edukacji
> A Polsat News | media | | ~
> Q Karol Wierzba | direct | Nauczyciele mają za dużo wolnego | za mało pracują | Polsat News
> T we wtorek | 2025-03-11 | wypowiedź wiceministra w Polsat News

@ att-participle-1
Pytany o przyszłość zakładu w Stalowej Woli, prezes Huty Stalowa Wola Kazimierz Bielawski odpowiedział: „Produkcja zostanie utrzymana co najmniej do 2027 roku”.
> A Stalowa Wola | place | Stalowej Woli | ~
> A Huta Stalowa Wola | organization | Huty Stalowa Wola | ~
> A Kazimierz Bielawski | person | | prezes Huty Stalowa Wola
> Q Kazimierz Bielawski | direct | Produkcja zostanie utrzymana | do 2027 roku | ~
> T do 2027 roku | 2027 | utrzymanie produkcji w hucie

@ att-participle-2
Zwracając się do protestujących rolników, minister rolnictwa Tadeusz Grochal zapewnił, że skup interwencyjny ruszy w kwietniu, i dodał: „Nikogo nie zostawimy bez pomocy”.
> A Tadeusz Grochal | person | | minister rolnictwa
> Q Tadeusz Grochal | indirect | skup interwencyjny ruszy w kwietniu | skup interwencyjny ruszy w kwietniu | ~
> Q Tadeusz Grochal | direct | Nikogo nie zostawimy bez pomocy | Nikogo nie zostawimy bez pomocy | ~
> T w kwietniu | 2025-04 | start skupu interwencyjnego

@ att-participle-3
– Nie będę komentować plotek – ucięła rzeczniczka Legii Warszawa Anna Wicher, odnosząc się do doniesień o transferze kapitana drużyny.
> A Legia Warszawa | organization | Legii Warszawa | ~
> A Anna Wicher | person | | rzeczniczka Legii Warszawa
> Q Anna Wicher | direct | Nie będę komentować plotek | Nie będę komentować plotek | ~
