@ dir-quote-pl-1
„Nie podniesiemy cen biletów w tym roku. Budżet miasta to wytrzyma” – powiedział w poniedziałek prezydent Torunia Marek Zawadzki.
> A Marek Zawadzki | person | | prezydent Torunia
> A Toruń | place | Torunia | ~
> Q Marek Zawadzki | direct | Nie podniesiemy cen biletów | Budżet miasta to wytrzyma | ~
> T w tym roku | 2025 | ceny biletów bez podwyżki
> T w poniedziałek | 2025-03-10 | prezydent Torunia mówi o cenach biletów

@ dir-quote-pl-2
Spółka Wodociągi Kieleckie zapowiedziała remont sieci w Kielcach. „Prace potrwają do końca czerwca, ale mieszkańcy nie zostaną bez wody” – zapewniła jej rzeczniczka Joanna Sikora.
> A Wodociągi Kieleckie | organization | | ~
> A Kielce | place | Kielcach | ~
> A Joanna Sikora | person | | rzeczniczka
> Q Wodociągi Kieleckie | indirect | remont sieci w Kielcach | remont sieci w Kielcach | ~
> Q Joanna Sikora | direct | Prace potrwają do końca czerwca | nie zostaną bez wody | ~
> T do końca czerwca | 2025-06 | koniec remontu sieci

@ dir-quote-pl-3
„Jesteśmy gotowi do rozmów. Nie oznacza to jednak, że przyjmiemy każde warunki” – oświadczył w piątek minister spraw zagranicznych Węgier Péter Kovács.
> A Péter Kovács | person | | minister spraw zagranicznych Węgier
> A Węgry | place | Węgier | ~
> Q Péter Kovács | direct | Jesteśmy gotowi do rozmów | przyjmiemy każde warunki | ~
> T w piątek | 2025-03-07 | oświadczenie szefa węgierskiej dyplomacji

@ dir-quote-straight-1
"Most będzie zamknięty przez trzy tygodnie. Objazd poprowadzimy przez Zabłocie" - przekazał we wtorek Zarząd Dróg Miejskich w Opolu.
> A Zarząd Dróg Miejskich w Opolu | organization | | ~
> A Zabłocie | place | | ~
> Q Zarząd Dróg Miejskich w Opolu | direct | Most będzie zamknięty | poprowadzimy przez Zabłocie | ~
> T we wtorek | 2025-03-11 | ZDM informuje o zamknięciu mostu

@ dir-quote-straight-2
"Nie było żadnego porozumienia za plecami rady. Wszystkie umowy są jawne" - tak zarzuty opozycji skomentował burmistrz Sanoka Tomasz Lisowski.
> A Tomasz Lisowski | person | | burmistrz Sanoka
> A Sanok | place | Sanoka | ~
> Q Tomasz Lisowski | direct | Nie było żadnego porozumienia | Wszystkie umowy są jawne | ~

@ dir-quote-straight-3
Dyrekcja szpitala w Pile odpiera zarzuty pacjentów. „Szpital pracuje normalnie, planowe zabiegi się odbywają" – zapewniła dyrektor placówki Ewa Mroczek.
> A Piła | place | Pile | ~
> A Ewa Mroczek | person | | dyrektor placówki
> Q Ewa Mroczek | direct | Szpital pracuje normalnie | planowe zabiegi się odbywają | ~

@ dir-quote-guillemets-1
»Ta ustawa nie przejdzie w obecnym kształcie« – zapowiedział w środę szef klubu Lewicy Adam Czerwiński.
> A Adam Czerwiński | person | | szef klubu Lewicy
> A Lewica | organization | Lewicy | ~
> Q Adam Czerwiński | direct | Ta ustawa nie przejdzie | w obecnym kształcie | ~
> T w środę | 2025-03-12 | zapowiedź szefa klubu Lewicy

@ dir-quote-guillemets-2
«Nie zamierzamy rezygnować z inwestycji w Gdańsku» – powiedział w rozmowie z „Dziennikiem Bałtyckim” prezes firmy Baltic Steel Henrik Larsen.
> A Gdańsk | place | Gdańsku | ~
> A Dziennik Bałtycki | media | Dziennikiem Bałtyckim | ~
> A Baltic Steel | organization | | ~
> A Henrik Larsen | person | | prezes firmy Baltic Steel
> Q Henrik Larsen | direct | Nie zamierzamy rezygnować | z inwestycji w Gdańsku | Dziennik Bałtycki

@ dir-quote-guillemets-3
„Minister powiedział nam: »poczekajcie jeszcze trochę«. My czekamy od dwóch lat” – mówi Zofia Kaczmarek z Ogólnopolskiego Związku Zawodowego Położnych.
> N The inner »poczekajcie jeszcze trochę« (three words, an unnamed minister's words inside Kaczmarek's quote) is not annotated apart: only the outer direct quote.
> A Zofia Kaczmarek | person | | ~
> A Ogólnopolski Związek Zawodowy Położnych | organization | Ogólnopolskiego Związku Zawodowego Położnych | ~
> Q Zofia Kaczmarek | direct | Minister powiedział nam | My czekamy od dwóch lat | ~
> T od dwóch lat | 2023-03-12/2025-03-12 | położne czekają

@ dir-dash-en-1
– Pociągi na tej linii wrócą najwcześniej w maju. Czekamy na decyzję wojewody – powiedział we wtorek dyrektor Zakładu Linii Kolejowych w Lublinie Piotr Jabłoński.
> A Piotr Jabłoński | person | | dyrektor Zakładu Linii Kolejowych w Lublinie
> A Zakład Linii Kolejowych w Lublinie | organization | Zakładu Linii Kolejowych w Lublinie | ~
> Q Piotr Jabłoński | direct | Pociągi na tej linii wrócą | Czekamy na decyzję wojewody | ~
> T w maju | 2025-05 | powrót pociągów na linię
> T we wtorek | 2025-03-11 | wypowiedź dyrektora zakładu linii kolejowych

@ dir-dash-en-2
– Sprzedaż spadła o jedną piątą. Klienci wybierają tańsze sklepy – mówi Halina Borowska, właścicielka piekarni w Radomiu.

– Ceny mąki rosną od jesieni – dodaje jej wspólnik Roman Kita.
> A Halina Borowska | person | | właścicielka piekarni w Radomiu
> A Radom | place | Radomiu | ~
> A Roman Kita | person | | wspólnik
> Q Halina Borowska | direct | Sprzedaż spadła o jedną piątą | wybierają tańsze sklepy | ~
> Q Roman Kita | direct | Ceny mąki rosną od jesieni | Ceny mąki rosną od jesieni | ~
> T od jesieni | 2024-09/2024-11 | wzrost cen mąki

@ dir-dash-en-3
Wojewoda podlaska Anna Rutkowska odwiedziła w sobotę przejście graniczne w Kuźnicy. – Sytuacja jest stabilna, służby pracują całą dobę – zapewniła.
> A Anna Rutkowska | person | | wojewoda podlaska
> A Kuźnica | place | Kuźnicy | ~
> Q Anna Rutkowska | direct | Sytuacja jest stabilna | pracują całą dobę | ~
> T w sobotę | 2025-03-08 | wizyta wojewody na przejściu w Kuźnicy

@ dir-dash-em-1
— Nie ma zgody na likwidację oddziału. Zrobimy wszystko, żeby go obronić — mówił w czwartek starosta kolski Jerzy Mazur.
> A Jerzy Mazur | person | | starosta kolski
> Q Jerzy Mazur | direct | Nie ma zgody na likwidację oddziału | żeby go obronić | ~
> T w czwartek | 2025-03-06 | wypowiedź starosty kolskiego

@ dir-dash-em-2
— Dostaliśmy zgłoszenie od sąsiadów i natychmiast wysłaliśmy patrol — relacjonuje rzeczniczka bocheńskiej policji Karolina Dąbek.
> A Karolina Dąbek | person | | rzeczniczka bocheńskiej policji
> Q Karolina Dąbek | direct | Dostaliśmy zgłoszenie od sąsiadów | natychmiast wysłaliśmy patrol | ~

@ dir-dash-em-3
Rzecznik Ministerstwa Finansów Paweł Brzeski odpowiada krótko: — Projekt jest gotowy i trafi do konsultacji w przyszłym tygodniu.
> A Ministerstwo Finansów | organization | Ministerstwa Finansów | ~
> A Paweł Brzeski | person | | rzecznik Ministerstwa Finansów
> Q Paweł Brzeski | direct | Projekt jest gotowy | do konsultacji w przyszłym tygodniu | ~
> T w przyszłym tygodniu | 2025-03-17/2025-03-23 | projekt trafia do konsultacji

@ dir-dash-hyphen-1
- Mamy już ponad sto zgłoszeń. Liczymy, że do piątku będzie ich dwa razy więcej - mówi koordynatorka zbiórki Marta Zielińska z fundacji Pomocna Dłoń.
> A Marta Zielińska | person | | koordynatorka zbiórki
> A Pomocna Dłoń | organization | | ~
> Q Marta Zielińska | direct | Mamy już ponad sto zgłoszeń | dwa razy więcej | ~
> T do piątku | 2025-03-14 | spodziewane podwojenie liczby zgłoszeń

@ dir-dash-hyphen-2
- Takiej powodzi nie było tu od 1997 roku. Woda zabrała nam dwa mosty - ocenił wójt gminy Kłodzko Zbigniew Lis.
> A Zbigniew Lis | person | | wójt gminy Kłodzko
> A Kłodzko | place | | ~
> Q Zbigniew Lis | direct | Takiej powodzi nie było tu | zabrała nam dwa mosty | ~
> T od 1997 roku | 1997 | poprzednia tak duża powódź

@ dir-dash-hyphen-3
Zarząd Transportu Miejskiego w Poznaniu zmienia trasy tramwajów. - Od soboty tramwaje nie pojadą ulicą Głogowską. Remont potrwa do końca kwietnia - przekazała rzeczniczka ZTM Agnieszka Poręba.
> A Zarząd Transportu Miejskiego w Poznaniu | organization | ZTM | ~
> A Agnieszka Poręba | person | | rzeczniczka ZTM
> Q Agnieszka Poręba | direct | Od soboty tramwaje nie pojadą | do końca kwietnia | ~
> T Od soboty | 2025-03-15 | tramwaje przestają jeździć ulicą Głogowską
> T do końca kwietnia | 2025-04 | koniec remontu

@ dir-dash-continuation-1
– Inwestycja ruszy jesienią – zapowiedział burmistrz Wieliczki Artur Kozioł.

– Pieniądze mamy zabezpieczone w budżecie. Przetarg ogłosimy w kwietniu.
> A Artur Kozioł | person | | burmistrz Wieliczki
> A Wieliczka | place | Wieliczki | ~
> Q Artur Kozioł | direct | Inwestycja ruszy jesienią | Inwestycja ruszy jesienią | ~
> Q Artur Kozioł | direct | Pieniądze mamy zabezpieczone | Przetarg ogłosimy w kwietniu | ~
> T jesienią | 2025-09/2025-11 | start inwestycji w Wieliczce
> T w kwietniu | 2025-04 | ogłoszenie przetargu

@ dir-dash-continuation-2
Szefowa sanepidu w Olsztynie Barbara Lewandowska uspokaja mieszkańców:

– Woda z wodociągu jest już zdatna do picia. Ostatnie badania nie wykazały bakterii.

– Nie trzeba jej już przegotowywać.
> A Olsztyn | place | Olsztynie | ~
> A Barbara Lewandowska | person | | szefowa sanepidu w Olsztynie
> Q Barbara Lewandowska | direct | Woda z wodociągu jest już zdatna | nie wykazały bakterii | ~
> Q Barbara Lewandowska | direct | Nie trzeba jej już przegotowywać | Nie trzeba jej już przegotowywać | ~

@ dir-dash-continuation-3
– Kolejka do kardiologa to dziś pół roku – mówi dr Irena Smolarek, kierowniczka przychodni w Płocku.

– Bez nowych lekarzy to się nie zmieni – odpowiada dyrektor szpitala Jan Gawlik.

– Szpital od dwóch lat szuka kardiologów, ale chętnych brak.
> A Irena Smolarek | person | | kierowniczka przychodni w Płocku
> A Płock | place | Płocku | ~
> A Jan Gawlik | person | | dyrektor szpitala
> Q Irena Smolarek | direct | Kolejka do kardiologa | to dziś pół roku | ~
> Q Jan Gawlik | direct | Bez nowych lekarzy | to się nie zmieni | ~
> Q Jan Gawlik | direct | Szpital od dwóch lat szuka | ale chętnych brak | ~
> T od dwóch lat | 2023-03-12/2025-03-12 | szpital szuka kardiologów

@ dir-unmarked-dash-1
Nie zgodzimy się na żadne cięcia w oświacie. To jest nasza czerwona linia - powiedział w poniedziałek przewodniczący rady miasta Lublin Piotr Nowaczyk.
> A Piotr Nowaczyk | person | | przewodniczący rady miasta Lublin
> A Lublin | place | | ~
> Q Piotr Nowaczyk | direct | Nie zgodzimy się na żadne cięcia | nasza czerwona linia | ~
> T w poniedziałek | 2025-03-10 | wypowiedź przewodniczącego rady miasta

@ dir-unmarked-dash-2
Woda w jeziorze jest czysta i nie ma powodu do paniki. Kąpielisko otworzymy zgodnie z planem — stwierdziła dyrektor Ośrodka Sportu i Rekreacji w Ełku Dorota Staniszewska.
> A Ośrodek Sportu i Rekreacji w Ełku | organization | Ośrodka Sportu i Rekreacji w Ełku | ~
> A Dorota Staniszewska | person | | dyrektor Ośrodka Sportu i Rekreacji w Ełku
> Q Dorota Staniszewska | direct | Woda w jeziorze jest czysta | otworzymy zgodnie z planem | ~

@ dir-unmarked-dash-3
Radni PiS w Rzeszowie krytykują projekt budżetu.

Miasto zadłuża się ponad miarę, a mieszkańcy zapłacą za to w kolejnych latach – przekonywał na sesji radny Grzegorz Bąk.
> A PiS | organization | | ~
> A Rzeszów | place | Rzeszowie | ~
> A Grzegorz Bąk | person | | radny
> Q Grzegorz Bąk | direct | Miasto zadłuża się ponad miarę | w kolejnych latach | ~

@ dir-nextline-1
„Aneks jest gotowy, ale nie podpiszemy go w obecnym kształcie”
– powiedział prezes Polskiej Grupy Górniczej Jan Wrzos.
> A Polska Grupa Górnicza | organization | Polskiej Grupy Górniczej | ~
> A Jan Wrzos | person | | prezes Polskiej Grupy Górniczej
> Q Jan Wrzos | direct | Aneks jest gotowy | w obecnym kształcie | ~

@ dir-nextline-2
"Wszystkie loty do Tel Awiwu zostały odwołane do niedzieli. Pasażerowie dostaną SMS-y z informacją o zwrocie"
- przekazał w środę rzecznik PLL LOT Tomasz Borkowski.
> A Tel Awiw | place | Tel Awiwu | ~
> A PLL LOT | organization | | ~
> A Tomasz Borkowski | person | | rzecznik PLL LOT
> Q Tomasz Borkowski | direct | Wszystkie loty do Tel Awiwu | z informacją o zwrocie | ~
> T do niedzieli | 2025-03-16 | odwołane loty do Tel Awiwu
> T w środę | 2025-03-12 | komunikat rzecznika PLL LOT

@ dir-nextline-3
- Decyzja zapadnie w kwietniu. Do tego czasu szkoła działa normalnie
– mówi dyrektorka podstawówki w Chełmie Iwona Kruk.
> A Chełm | place | Chełmie | ~
> A Iwona Kruk | person | | dyrektorka podstawówki w Chełmie
> Q Iwona Kruk | direct | Decyzja zapadnie w kwietniu | szkoła działa normalnie | ~
> T w kwietniu | 2025-04 | decyzja w sprawie szkoły
> T Do tego czasu | 2025-04 | szkoła działa normalnie

@ dir-interview-1
Z Januszem Kowalewskim, prezesem Polskiej Izby Handlu Spożywczego, rozmawia Ewa Grad.

– Czy ceny żywności będą dalej rosnąć?

– Spodziewamy się stabilizacji w kwietniu. Potem wszystko zależy od pogody i cen energii.

– A masło?

– Masło stanieje najwcześniej latem.
> A Janusz Kowalewski | person | Januszem Kowalewskim | prezes Polskiej Izby Handlu Spożywczego
> A Polska Izba Handlu Spożywczego | organization | Polskiej Izby Handlu Spożywczego | ~
> A Ewa Grad | person | | ~
> Q Janusz Kowalewski | direct | Spodziewamy się stabilizacji w kwietniu | od pogody i cen energii | ~
> Q Janusz Kowalewski | direct | Masło stanieje najwcześniej latem | Masło stanieje najwcześniej latem | ~
> T w kwietniu | 2025-04 | spodziewana stabilizacja cen żywności
> T latem | 2025-06/2025-08 | masło tanieje najwcześniej

@ dir-interview-2
Rozmowa z kpt. Moniką Zych, pilotką śmigłowca LPR.

Jak wyglądał pani pierwszy lot ratunkowy?

Lecieliśmy do wypadku pod Zakopanem. Wiatr był tak silny, że ledwo usiedliśmy na polanie.

Bała się pani?

Strach przyszedł dopiero po lądowaniu.
> N Interview layout without dashes: the interviewer's questions are no quotes, each answer paragraph is a direct quote of the interviewee.
> A Monika Zych | person | Moniką Zych | pilotka śmigłowca LPR
> A LPR | organization | | ~
> A Zakopane | place | Zakopanem | ~
> Q Monika Zych | direct | Lecieliśmy do wypadku pod Zakopanem | ledwo usiedliśmy na polanie | ~
> Q Monika Zych | direct | Strach przyszedł dopiero po lądowaniu | Strach przyszedł dopiero po lądowaniu | ~

@ dir-interview-3
W rozmowie z Radiem Kraków wiceprezydent miasta Anna Bielecka mówiła o nowym parkingu.

– Kiedy ruszy budowa?

– Łopaty wbijemy w czerwcu. Parking ma być gotowy przed końcem przyszłego roku.
> A Radio Kraków | media | Radiem Kraków | ~
> A Anna Bielecka | person | | wiceprezydent miasta
> Q Anna Bielecka | direct | Łopaty wbijemy w czerwcu | przed końcem przyszłego roku | ~
> T w czerwcu | 2025-06 | początek budowy parkingu
> T przed końcem przyszłego roku | 2026 | parking gotowy
