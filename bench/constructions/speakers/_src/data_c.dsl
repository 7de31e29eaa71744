@ spk-role-name-1
Wiceministra cyfryzacji Agnieszka Berezowska przekazała we wtorek, że aplikacja mObywatel zostanie rozbudowana w drugiej połowie roku.
> A Agnieszka Berezowska | person | | wiceministra cyfryzacji
> Q Agnieszka Berezowska | indirect | aplikacja mObywatel zostanie rozbudowana | w drugiej połowie roku | ~
> T we wtorek | 2025-03-11 | wiceministra zapowiada rozbudowę aplikacji
> T w drugiej połowie roku | 2025-07/2025-12 | rozbudowa aplikacji mObywatel

@ spk-role-name-2
Szef dyplomacji Francji Jean-Luc Moreau rozmawiał w środę w Warszawie z polskim odpowiednikiem. Jak relacjonował później Moreau, obie strony „mówią jednym głosem w sprawie Ukrainy”.
> A Francja | place | Francji | ~
> A Jean-Luc Moreau | person | Moreau | szef dyplomacji Francji
> A Warszawa | place | Warszawie | ~
> A Ukraina | place | Ukrainy | ~
> Q Jean-Luc Moreau | partial | mówią jednym głosem w sprawie Ukrainy | w sprawie Ukrainy | ~
> T w środę | 2025-03-12 | rozmowa szefów dyplomacji w Warszawie

@ spk-role-name-3
Małgorzata Sobczyk-Kwiecień, prezes Okręgowej Izby Lekarskiej w Łodzi, oceniła, że brak lekarzy w szpitalach powiatowych jest już krytyczny.
> A Małgorzata Sobczyk-Kwiecień | person | | prezes Okręgowej Izby Lekarskiej w Łodzi
> A Okręgowa Izba Lekarska w Łodzi | organization | Okręgowej Izby Lekarskiej w Łodzi | ~
> Q Małgorzata Sobczyk-Kwiecień | indirect | brak lekarzy w szpitalach powiatowych | jest już krytyczny | ~

@ spk-surname-back-1
Poseł KO Rafał Grabiec skrytykował w Sejmie poprzedni rząd. – Zostawiliście puste magazyny i długi – mówił Grabiec. Odpowiedział mu Zbigniew Kot z PiS: – To zwykłe kłamstwo i pan dobrze o tym wie.
> A KO | organization | | ~
> A Rafał Grabiec | person | Grabiec | poseł KO
> A Sejm | organization | Sejmie | ~
> A Zbigniew Kot | person | | ~
> A PiS | organization | | ~
> Q Rafał Grabiec | direct | Zostawiliście puste magazyny i długi | Zostawiliście puste magazyny i długi | ~
> Q Zbigniew Kot | direct | To zwykłe kłamstwo | dobrze o tym wie | ~

@ spk-surname-back-2
Kanclerz Austrii Lukas Brenner spotkał się w Wiedniu z premierem Słowacji. Zdaniem Brennera oba kraje „powinny wspólnie bronić interesów przemysłu motoryzacyjnego”.
> A Austria | place | Austrii | ~
> A Lukas Brenner | person | Brennera | kanclerz Austrii
> A Wiedeń | place | Wiedniu | ~
> A Słowacja | place | Słowacji | ~
> Q Lukas Brenner | partial | powinny wspólnie bronić interesów | przemysłu motoryzacyjnego | ~

@ spk-surname-back-3
Radna Katarzyna Zając złożyła interpelację w sprawie strefy płatnego parkowania. Według Zając miasto zarobi na niej mniej, niż zakłada. Zając dodała, że opłaty uderzą w małe sklepy.
> A Katarzyna Zając | person | Zając | radna
> Q Katarzyna Zając | indirect | miasto zarobi na niej mniej | niż zakłada | ~
> Q Katarzyna Zając | indirect | opłaty uderzą w małe sklepy | opłaty uderzą w małe sklepy | ~

@ spk-role-noun-back-1
Premier Hiszpanii Carlos Ruiz odwiedził w czwartek Warszawę. „Polska jest dla nas kluczowym partnerem” – powiedział szef hiszpańskiego rządu.
> A Hiszpania | place | Hiszpanii | ~
> A Carlos Ruiz | person | | premier Hiszpanii
> A Warszawa | place | Warszawę | ~
> A Polska | place | | ~
> Q Carlos Ruiz | direct | Polska jest dla nas | kluczowym partnerem | ~
> T w czwartek | 2025-03-06 | wizyta premiera Hiszpanii w Warszawie

@ spk-role-noun-back-2
Prezes Energi Beata Kowal mówiła w czwartek o nowej strategii grupy. – Do 2030 roku połowa naszej energii będzie pochodzić ze źródeł odnawialnych – zapowiedziała szefowa spółki.
> A Energa | organization | Energi | ~
> A Beata Kowal | person | | prezes Energi
> Q Beata Kowal | direct | Do 2030 roku połowa naszej energii | ze źródeł odnawialnych | ~
> T w czwartek | 2025-03-06 | prezes Energi mówi o strategii
> T Do 2030 roku | 2030 | połowa energii Energi ze źródeł odnawialnych

@ spk-role-noun-back-3
Od stycznia trenerem reprezentacji siatkarek jest Włoch Marco Ferri. – Mamy młody zespół i potrzebujemy czasu – mówi szkoleniowiec.
> N A singular demonym of nationality (Włoch) is no actor.
> A Marco Ferri | person | | ~
> Q Marco Ferri | direct | Mamy młody zespół | potrzebujemy czasu | ~
> T Od stycznia | 2025-01 | Ferri trenerem reprezentacji siatkarek

@ spk-org-1
Ministerstwo Klimatu i Środowiska poinformowało we wtorek, że nabór w programie Czyste Powietrze zostanie wznowiony w kwietniu.
> A Ministerstwo Klimatu i Środowiska | organization | | ~
> Q Ministerstwo Klimatu i Środowiska | indirect | nabór w programie Czyste Powietrze | wznowiony w kwietniu | ~
> T we wtorek | 2025-03-11 | komunikat ministerstwa klimatu
> T w kwietniu | 2025-04 | wznowienie naboru w programie Czyste Powietrze

@ spk-org-2
Kaufland przekazał w oświadczeniu, że wycofuje partię jogurtów ze wszystkich sklepów w Polsce.
> A Kaufland | organization | | ~
> A Polska | place | Polsce | ~
> Q Kaufland | indirect | wycofuje partię jogurtów | ze wszystkich sklepów w Polsce | ~

@ spk-org-3
Jagiellonia Białystok poinformowała, że kontrakt z trenerem wygaśnie z końcem czerwca i nie zostanie przedłużony.
> A Jagiellonia Białystok | organization | | ~
> Q Jagiellonia Białystok | indirect | kontrakt z trenerem wygaśnie | nie zostanie przedłużony | ~
> T z końcem czerwca | 2025-06-30 | wygaśnięcie kontraktu trenera

@ spk-spokesperson-1
„Na odcinku Kraków–Tarnów pociągi jeżdżą z opóźnieniem do 40 minut” – przekazała rzeczniczka PKP Polskich Linii Kolejowych.
> A Kraków | place | | ~
> A Tarnów | place | | ~
> A PKP Polskie Linie Kolejowe | organization | PKP Polskich Linii Kolejowych | ~
> Q PKP Polskie Linie Kolejowe | direct | Na odcinku Kraków–Tarnów | z opóźnieniem do 40 minut | ~

@ spk-spokesperson-2
Jak przekazała rzeczniczka Sądu Okręgowego w Poznaniu, wyrok w sprawie byłego prezesa spółki zostanie ogłoszony 28 marca.
> A Sąd Okręgowy w Poznaniu | organization | Sądu Okręgowego w Poznaniu | ~
> Q Sąd Okręgowy w Poznaniu | indirect | wyrok w sprawie byłego prezesa | zostanie ogłoszony 28 marca | ~
> T 28 marca | 2025-03-28 | ogłoszenie wyroku

@ spk-spokesperson-3
Biuro prasowe Lidla przekazało nam, że sieć nie planuje zamykania sklepów w mniejszych miastach.
> A Lidl | organization | Lidla | ~
> Q Lidl | indirect | sieć nie planuje zamykania sklepów | w mniejszych miastach | ~

@ spk-unnamed-head-1
Szef MON zapowiedział w środę zakup kolejnych śmigłowców dla wojsk aeromobilnych.
> A MON | organization | | ~
> Q MON | indirect | zakup kolejnych śmigłowców | dla wojsk aeromobilnych | ~
> T w środę | 2025-03-12 | szef MON zapowiada zakup śmigłowców

@ spk-unnamed-head-2
– Kopalnia Budryk będzie fedrować co najmniej do 2049 roku – zapewnił prezes Jastrzębskiej Spółki Węglowej.
> A Budryk | organization | | ~
> A Jastrzębska Spółka Węglowa | organization | Jastrzębskiej Spółki Węglowej | ~
> Q Jastrzębska Spółka Węglowa | direct | Kopalnia Budryk będzie fedrować | co najmniej do 2049 roku | ~
> T do 2049 roku | 2049 | wydobycie w kopalni Budryk

@ spk-unnamed-head-3
Prezesem Poczty Polskiej jest od ubiegłego roku Witold Marzec. – Zamkniemy część placówek w małych miejscowościach – zapowiedział w poniedziałek prezes Poczty Polskiej.
> N The text names the holder of the post, so the role noun refers back to him, not to the company.
> A Poczta Polska | organization | Poczty Polskiej | ~
> A Witold Marzec | person | | ~
> Q Witold Marzec | direct | Zamkniemy część placówek | w małych miejscowościach | ~
> T od ubiegłego roku | 2024 | Marzec prezesem Poczty Polskiej
> T w poniedziałek | 2025-03-10 | zapowiedź zamknięcia placówek

@ spk-group-1
Rolnicy z powiatu hrubieszowskiego blokowali w poniedziałek drogę krajową nr 74. – Ceny zboża są niższe niż koszty produkcji – mówili protestujący.
> Q protestujący | direct | Ceny zboża są niższe | niż koszty produkcji | ~ | g
> T w poniedziałek | 2025-03-10 | blokada drogi krajowej nr 74

@ spk-group-2
Jak szacują ekonomiści, inflacja w marcu spadnie do 4,5 proc.
> Q ekonomiści | indirect | inflacja w marcu spadnie | do 4,5 proc. | ~ | g
> T w marcu | 2025-03 | spadek inflacji do 4,5 proc.

@ spk-group-3
Śledztwo w sprawie pożaru hali prowadzi Prokuratura Okręgowa w Katowicach. Według śledczych ogień podłożyła jedna osoba.
> A Prokuratura Okręgowa w Katowicach | organization | | ~
> Q śledczy | indirect | ogień podłożyła jedna osoba | ogień podłożyła jedna osoba | ~ | g

@ spk-group-4
Przed urzędem wojewódzkim w Lublinie pielęgniarki skandowały: „Nie damy się zastraszyć!”.
> A Lublin | place | Lublinie | ~
> Q pielęgniarki | direct | Nie damy się zastraszyć | Nie damy się zastraszyć | ~ | g

@ spk-group-org-1
Rolnicy zrzeszeni w Solidarności RI protestowali we wtorek w Warszawie. – Nikt z ministerstwa do nas nie wyszedł – mówili uczestnicy protestu.
> A Solidarność RI | organization | Solidarności RI | ~
> A Warszawa | place | Warszawie | ~
> Q Solidarność RI | direct | Nikt z ministerstwa | do nas nie wyszedł | ~
> T we wtorek | 2025-03-11 | protest rolników w Warszawie

@ spk-group-org-2
Marsz zorganizowany przez stowarzyszenie Miasto Jest Nasze przeszedł w sobotę ulicami Warszawy. Jego uczestnicy przekonywali, że nowa linia tramwajowa zniszczy park.
> A Miasto Jest Nasze | organization | | ~
> A Warszawa | place | Warszawy | ~
> Q Miasto Jest Nasze | indirect | nowa linia tramwajowa zniszczy park | nowa linia tramwajowa zniszczy park | ~
> T w sobotę | 2025-03-08 | marsz w Warszawie

@ spk-group-org-3
Pikietę przed Sejmem zorganizowały OZZL i Porozumienie Rezydentów. – Pracujemy po 300 godzin w miesiącu – mówili protestujący lekarze.
> N Two organisers: the group speaks, named as in the attribution.
> A Sejm | organization | Sejmem | ~
> A OZZL | organization | | ~
> A Porozumienie Rezydentów | organization | | ~
> Q protestujący lekarze | direct | Pracujemy po 300 godzin | w miesiącu | ~ | g

@ spk-pronoun-zero-1
Burmistrz Ustki Marian Bielski zapowiedział w piątek budowę nowej promenady. Jak dodał, prace ruszą jesienią. Jego zdaniem inwestycja przyciągnie turystów także poza sezonem.
> A Ustka | place | Ustki | ~
> A Marian Bielski | person | | burmistrz Ustki
> Q Marian Bielski | indirect | budowę nowej promenady | budowę nowej promenady | ~
> Q Marian Bielski | indirect | prace ruszą jesienią | prace ruszą jesienią | ~
> Q Marian Bielski | indirect | inwestycja przyciągnie turystów | także poza sezonem | ~
> T w piątek | 2025-03-07 | zapowiedź budowy promenady
> T jesienią | 2025-09/2025-11 | start prac przy promenadzie

@ spk-pronoun-zero-2
Maciej Krawiec przez dwadzieścia lat prowadził schronisko w Bieszczadach. On sam twierdzi, że najtrudniejsze były zimy bez prądu.
> A Maciej Krawiec | person | | ~
> A Bieszczady | place | Bieszczadach | ~
> Q Maciej Krawiec | indirect | najtrudniejsze były zimy bez prądu | najtrudniejsze były zimy bez prądu | ~

@ spk-pronoun-zero-3
Rzeczniczka Głównego Inspektoratu Sanitarnego Ewa Mazur przekazała w środę, że skażona partia pasztetu trafiła do sklepów w pięciu województwach. Według niej produkt był w sprzedaży od 3 marca.
> A Główny Inspektorat Sanitarny | organization | Głównego Inspektoratu Sanitarnego | ~
> A Ewa Mazur | person | | rzeczniczka Głównego Inspektoratu Sanitarnego
> Q Ewa Mazur | indirect | skażona partia pasztetu | w pięciu województwach | ~
> Q Ewa Mazur | indirect | produkt był w sprzedaży | od 3 marca | ~
> T w środę | 2025-03-12 | komunikat rzeczniczki GIS
> T od 3 marca | 2025-03-03 | początek sprzedaży skażonej partii

@ spk-coordinated-1
Marszałek Sejmu Tomasz Wolny i marszałek Senatu Halina Gruszka zapewnili w czwartek, że ustawa zostanie przyjęta jeszcze w marcu.
> A Sejm | organization | Sejmu | ~
> A Tomasz Wolny | person | | marszałek Sejmu
> A Senat | organization | Senatu | ~
> A Halina Gruszka | person | | marszałek Senatu
> Q Tomasz Wolny, Halina Gruszka | indirect | ustawa zostanie przyjęta | jeszcze w marcu | ~
> T w czwartek | 2025-03-06 | zapewnienie marszałków
> T w marcu | 2025-03 | przyjęcie ustawy

@ spk-coordinated-2
„Nie ma zgody na taki podział środków” – napisali w liście do premiera burmistrzowie Hrubieszowa, Biłgoraja i Tomaszowa Lubelskiego.
> N A common noun naming several officials together makes them a group speaker.
> A Hrubieszów | place | Hrubieszowa | ~
> A Biłgoraj | place | Biłgoraja | ~
> A Tomaszów Lubelski | place | Tomaszowa Lubelskiego | ~
> Q burmistrzowie | direct | Nie ma zgody na taki podział środków | Nie ma zgody na taki podział środków | ~ | g

@ spk-coordinated-3
Polska, Litwa i Łotwa wydały w poniedziałek wspólne oświadczenie. „Granica z Białorusią pozostanie zamknięta dla ruchu towarowego” – czytamy w dokumencie.
> A Polska | place | | ~
> A Litwa | place | | ~
> A Łotwa | place | | ~
> A Białoruś | place | Białorusią | ~
> Q Polska, Litwa, Łotwa | direct | Granica z Białorusią pozostanie | dla ruchu towarowego | ~
> T w poniedziałek | 2025-03-10 | wspólne oświadczenie Polski, Litwy i Łotwy

@ spk-unnamed-person-1
– Dwa tygodnie czekałam, aż lekarz przyjdzie do ojca – mówi jedna z mieszkanek Sokółki.
> A Sokółka | place | Sokółki | ~
> Q ~ | direct | Dwa tygodnie czekałam | przyjdzie do ojca | ~

@ spk-unnamed-person-2
Jak powiedział nam jeden z radnych, który chciał zachować anonimowość, głosowanie nad budżetem zostanie przełożone na kwiecień.
> Q ~ | indirect | głosowanie nad budżetem | przełożone na kwiecień | ~
> T na kwiecień | 2025-04 | przełożone głosowanie nad budżetem

@ spk-unnamed-person-3
Anonimowy urzędnik ministerstwa powiedział agencji Reuters, że rozmowy utknęły w martwym punkcie.
> A Reuters | media | | ~
> Q ~ | indirect | rozmowy utknęły w martwym punkcie | rozmowy utknęły w martwym punkcie | Reuters

@ spk-media-own-1
Jak ustaliła „Rzeczpospolita”, rząd przygotowuje zmiany w podatku Belki.
> N A person named only inside the name of a tax (podatek Belki) is no actor.
> A Rzeczpospolita | media | | ~
> Q Rzeczpospolita | indirect | rząd przygotowuje zmiany | w podatku Belki | ~

@ spk-media-own-2
Według informacji RMF FM prokuratura postawi zarzuty byłemu prezesowi spółki jeszcze w tym tygodniu.
> A RMF FM | media | | ~
> Q RMF FM | indirect | prokuratura postawi zarzuty | jeszcze w tym tygodniu | ~
> T w tym tygodniu | 2025-03-10/2025-03-16 | prokuratura stawia zarzuty byłemu prezesowi

@ spk-media-own-3
Jak informuje portal Business Insider Polska, ceny mieszkań w Krakowie wzrosły w lutym o 3 proc.
> A Business Insider Polska | media | | ~
> A Kraków | place | Krakowie | ~
> Q Business Insider Polska | indirect | ceny mieszkań w Krakowie | o 3 proc. | ~
> T w lutym | 2025-02 | wzrost cen mieszkań w Krakowie

@ spk-metonym-1
Moskwa zapowiedziała w czwartek odpowiedź na nowe sankcje UE.
> A Moskwa | place | | ~
> A UE | organization | | ~
> Q Moskwa | indirect | odpowiedź na nowe sankcje UE | odpowiedź na nowe sankcje UE | ~
> T w czwartek | 2025-03-06 | Moskwa zapowiada odpowiedź na sankcje

@ spk-metonym-2
Biały Dom przekazał, że prezydent USA spotka się z przywódcą Chin w kwietniu.
> A Biały Dom | organization | | ~
> A USA | place | | ~
> A Chiny | place | Chin | ~
> Q Biały Dom | indirect | prezydent USA spotka się | z przywódcą Chin w kwietniu | ~
> T w kwietniu | 2025-04 | spotkanie prezydenta USA z przywódcą Chin

@ spk-metonym-3
Pekin: to wewnętrzna sprawa Chin

Chiny odrzuciły w środę krytykę Tajwanu. Rzecznik chińskiego MSZ powiedział, że manewry wojskowe w cieśninie są „wewnętrzną sprawą Chin”.
> A Pekin | place | | ~
> A Chiny | place | Chin | ~
> A Tajwan | place | Tajwanu | ~
> A MSZ | organization | | ~
> Q Pekin | direct | to wewnętrzna sprawa Chin | to wewnętrzna sprawa Chin | ~
> Q MSZ | partial | wewnętrzną sprawą Chin | wewnętrzną sprawą Chin | ~
> T w środę | 2025-03-12 | Chiny odrzucają krytykę Tajwanu

@ spk-metonym-4
Brytyjczycy zapewniają, że ich myśliwce pozostaną w Polsce do końca roku.
> N A demonym stands for its country.
> A Wielka Brytania | place | Brytyjczycy | ~
> A Polska | place | Polsce | ~
> Q Wielka Brytania | indirect | ich myśliwce pozostaną w Polsce | do końca roku | ~
> T do końca roku | 2025 | brytyjskie myśliwce w Polsce

@ spk-impersonal-1
W komunikacie przekazano, że lotnisko w Modlinie wznowi pracę w piątek.
> A Modlin | place | Modlinie | ~
> Q ~ | indirect | lotnisko w Modlinie wznowi pracę | w piątek | ~
> T w piątek | 2025-03-14 | wznowienie pracy lotniska w Modlinie

@ spk-impersonal-2
Na spotkaniu w urzędzie wojewódzkim zapowiedziano kontrole na wszystkich budowach w regionie.
> Q ~ | indirect | kontrole na wszystkich budowach | w regionie | ~

@ spk-impersonal-3
Jak poinformowano w komunikacie Państwowej Straży Pożarnej, w pożarze hali w Swarzędzu nikt nie ucierpiał.
> A Państwowa Straż Pożarna | organization | Państwowej Straży Pożarnej | ~
> A Swarzędz | place | Swarzędzu | ~
> Q Państwowa Straż Pożarna | indirect | w pożarze hali w Swarzędzu | nikt nie ucierpiał | ~

@ spk-headline-label-1
Kołodziej: nie będzie podwyżki VAT

Minister finansów Andrzej Kołodziej zapewnił w środę, że rząd nie planuje podnoszenia stawek VAT w tym roku.
> A Andrzej Kołodziej | person | Kołodziej | minister finansów
> Q Andrzej Kołodziej | direct | nie będzie podwyżki VAT | nie będzie podwyżki VAT | ~
> Q Andrzej Kołodziej | indirect | rząd nie planuje podnoszenia stawek VAT | w tym roku | ~
> T w środę | 2025-03-12 | zapewnienie ministra finansów
> T w tym roku | 2025 | brak podwyżki VAT

@ spk-headline-label-2
Prokuratura: kierowca był trzeźwy

Rzeczniczka Prokuratury Rejonowej w Sieradzu Alicja Bąk przekazała w poniedziałek, że badanie nie wykazało alkoholu we krwi kierowcy autobusu.
> N A headline label naming a body makes the body the speaker of the headline quote, although its spokeswoman says it in the body.
> A Prokuratura Rejonowa w Sieradzu | organization | Prokuratury Rejonowej w Sieradzu | ~
> A Alicja Bąk | person | | rzeczniczka Prokuratury Rejonowej w Sieradzu
> Q Prokuratura Rejonowa w Sieradzu | direct | kierowca był trzeźwy | kierowca był trzeźwy | ~
> Q Alicja Bąk | indirect | badanie nie wykazało alkoholu | we krwi kierowcy autobusu | ~
> T w poniedziałek | 2025-03-10 | komunikat prokuratury

@ spk-headline-label-3
Trener Legii: „Zasłużyliśmy na ten punkt”

Legia Warszawa zremisowała w niedzielę z Rakowem Częstochowa 1:1. – Zasłużyliśmy na ten punkt, drużyna walczyła do końca – mówił po meczu trener Legii Marek Sowa.
> A Legia Warszawa | organization | Legii | ~
> A Raków Częstochowa | organization | Rakowem Częstochowa | ~
> A Marek Sowa | person | | trener Legii
> Q Marek Sowa | direct | Zasłużyliśmy na ten punkt | Zasłużyliśmy na ten punkt | ~
> Q Marek Sowa | direct | Zasłużyliśmy na ten punkt, drużyna | walczyła do końca | ~
> T w niedzielę | 2025-03-09 | remis Legii z Rakowem

@ spk-headline-label-4
Szpital w Rypinie bez internisty

Od kwietnia oddział wewnętrzny szpitala w Rypinie może przestać przyjmować pacjentów. Dyrekcja nie znalazła lekarzy na dyżury.

Wojewoda: szpital nie zostanie zamknięty

Wojewoda kujawsko-pomorski Michał Sztorc zapewnił we wtorek, że placówka dostanie pieniądze na kontrakty lekarzy.
> N The headline has no speaker label and is no quote; the subheading's label is a role noun for the wojewoda named below it.
> A Rypin | place | Rypinie | ~
> A Michał Sztorc | person | | wojewoda kujawsko-pomorski
> Q Michał Sztorc | direct | szpital nie zostanie zamknięty | szpital nie zostanie zamknięty | ~
> Q Michał Sztorc | indirect | placówka dostanie pieniądze | na kontrakty lekarzy | ~
> T Od kwietnia | 2025-04 | oddział może przestać przyjmować pacjentów
> T we wtorek | 2025-03-11 | zapewnienie wojewody

@ spk-headline-label-5
Rolnicy: nie odpuścimy

Kilkuset rolników z Wielkopolski protestowało w poniedziałek w Poznaniu. – Będziemy tu wracać co tydzień – zapowiadali.
> A Wielkopolska | place | Wielkopolski | ~
> A Poznań | place | Poznaniu | ~
> Q rolnicy | direct | nie odpuścimy | nie odpuścimy | ~ | g
> Q rolnicy | direct | Będziemy tu wracać co tydzień | Będziemy tu wracać co tydzień | ~ | g
> T w poniedziałek | 2025-03-10 | protest rolników w Poznaniu

@ spk-headline-label-6
„To dopiero początek naszej drogi”

Siatkarze Projektu Warszawa awansowali do finału Pucharu Polski. – To dopiero początek naszej drogi, a sezon jest jeszcze długi – mówił kapitan zespołu Bartłomiej Sowiński.
> N A headline that is only a quotation is a direct quote of whoever says those words in the body.
> A Projekt Warszawa | organization | Projektu Warszawa | ~
> A Bartłomiej Sowiński | person | | kapitan zespołu
> Q Bartłomiej Sowiński | direct | To dopiero początek naszej drogi | To dopiero początek naszej drogi | ~
> Q Bartłomiej Sowiński | direct | To dopiero początek naszej drogi, a | sezon jest jeszcze długi | ~
