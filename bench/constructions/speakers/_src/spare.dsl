@ dir-quote-pl-4
„To był najtrudniejszy sezon w historii klubu. Zawodniczki dały z siebie wszystko” – mówiła po meczu trenerka Wisły Kraków Agnieszka Wróbel.
> A Agnieszka Wróbel | person | | trenerka Wisły Kraków
> A Wisła Kraków | organization | Wisły Kraków | ~
> Q Agnieszka Wróbel | direct | To był najtrudniejszy sezon | dały z siebie wszystko | ~

@ dir-quote-straight-3
Rzecznik PKP Intercity Michał Kurek tłumaczył: "Opóźnienia wynikają z awarii sieci trakcyjnej pod Kutnem. Pasażerowie otrzymają zwrot pieniędzy za bilety".
> A PKP Intercity | organization | | ~
> A Michał Kurek | person | | rzecznik PKP Intercity
> A Kutno | place | Kutnem | ~
> Q Michał Kurek | direct | Opóźnienia wynikają z awarii | zwrot pieniędzy za bilety | ~

@ att-verb-lexicon-4
„Było ciężko, ale nie żałuję ani jednego dnia” – wspomina himalaistka Monika Gąsior, która w lutym weszła na K2. „Następny cel to Nanga Parbat” – zdradza.
> A Monika Gąsior | person | | himalaistka
> A K2 | place | | ~
> A Nanga Parbat | place | | ~
> Q Monika Gąsior | direct | Było ciężko | ani jednego dnia | ~
> Q Monika Gąsior | direct | Następny cel to Nanga Parbat | Następny cel to Nanga Parbat | ~
> T w lutym | 2025-02 | wejście na K2

@ att-noun-frame-2
W oświadczeniu opublikowanym w poniedziałek Związek Nauczycielstwa Polskiego napisał: "Nie zgadzamy się na zwiększenie pensum bez rozmów ze związkami".
> A Związek Nauczycielstwa Polskiego | organization | | ~
> Q Związek Nauczycielstwa Polskiego | direct | Nie zgadzamy się na zwiększenie pensum | bez rozmów ze związkami | ~
> T w poniedziałek | 2025-03-10 | oświadczenie ZNP

@ spk-org-3
PSL ogłosiło, że wystawi własnego kandydata w wyborach na prezydenta Krakowa.
> A PSL | organization | | ~
> A Kraków | place | Krakowa | ~
> Q PSL | indirect | wystawi własnego kandydata | na prezydenta Krakowa | ~

@ spk-spokesperson-2
Rzecznik Pentagonu powiedział w poniedziałek, że dostawy amunicji dla Ukrainy nie zostaną wstrzymane.
> A Pentagon | organization | Pentagonu | ~
> A Ukraina | place | Ukrainy | ~
> Q Pentagon | indirect | dostawy amunicji dla Ukrainy | nie zostaną wstrzymane | ~
> T w poniedziałek | 2025-03-10 | wypowiedź rzecznika Pentagonu

@ spk-group-2
Mieszkańcy Legnicy skarżą się, że od tygodni na ich osiedlu nie działa oświetlenie ulic.
> A Legnica | place | Legnicy | ~
> Q mieszkańcy Legnicy | indirect | od tygodni na ich osiedlu | nie działa oświetlenie ulic | ~ | g

@ spk-pronoun-zero-2
Posłanka Iwona Brzezińska zrezygnowała w środę z funkcji wiceprzewodniczącej komisji zdrowia. Tłumaczyła, że nie chce firmować decyzji, z którymi się nie zgadza. Dodała, że pozostanie w klubie.
> A Iwona Brzezińska | person | | posłanka
> Q Iwona Brzezińska | indirect | nie chce firmować decyzji | z którymi się nie zgadza | ~
> Q Iwona Brzezińska | indirect | pozostanie w klubie | pozostanie w klubie | ~
> T w środę | 2025-03-12 | rezygnacja posłanki z funkcji w komisji

@ spk-impersonal-4
W kuluarach Sejmu mówi się, że premier planuje rekonstrukcję rządu jeszcze w tym miesiącu.
> N Impersonal hearsay (mówi się, że): reported content with no source, speaker null.
> A Sejm | organization | Sejmu | ~
> Q ~ | indirect | premier planuje rekonstrukcję rządu | jeszcze w tym miesiącu | ~
> T w tym miesiącu | 2025-03 | planowana rekonstrukcja rządu

@ spk-headline-label-6
Nowicka o reformie: „To krok w dobrą stronę”

Minister pracy Ewa Nowicka pochwaliła w czwartek projekt reformy emerytur przygotowany przez ZUS. „To krok w dobrą stronę, choć wymaga jeszcze poprawek” – mówiła w TVN24.
> A Ewa Nowicka | person | Nowicka | minister pracy
> A ZUS | organization | | ~
> A TVN24 | media | | ~
> Q Ewa Nowicka | direct | To krok w dobrą stronę | To krok w dobrą stronę | ~
> Q Ewa Nowicka | direct | To krok w dobrą stronę, choć | wymaga jeszcze poprawek | TVN24
> T w czwartek | 2025-03-06 | minister pracy chwali projekt reformy

@ ind-ze-2
Strażacy ocenili, że pożar hali magazynowej w Siemianowicach Śląskich był podpaleniem.
> A Siemianowice Śląskie | place | Siemianowicach Śląskich | ~
> Q strażacy | indirect | pożar hali magazynowej | był podpaleniem | ~ | g

@ ind-wedlug-4
Według danych Eurostatu Polska ma jeden z najniższych poziomów bezrobocia w UE.
> A Eurostat | organization | Eurostatu | ~
> A Polska | place | | ~
> A UE | organization | | ~
> Q Eurostat | indirect | Polska ma jeden z najniższych | poziomów bezrobocia w UE | ~

@ ind-jak-verb-4
Nowa hala, jak zapowiada dyrektor MOSiR w Zamościu Adam Kruk, zostanie otwarta we wrześniu.
> A MOSiR w Zamościu | organization | | ~
> A Adam Kruk | person | | dyrektor MOSiR w Zamościu
> Q Adam Kruk | indirect | Nowa hala | zostanie otwarta we wrześniu | ~
> T we wrześniu | 2025-09 | otwarcie nowej hali

@ ind-rozmowa-1
W rozmowie z Polsat News minister edukacji Joanna Kurek powiedziała, że nowa podstawa programowa zacznie obowiązywać od września.
> A Polsat News | media | | ~
> A Joanna Kurek | person | | minister edukacji
> Q Joanna Kurek | indirect | nowa podstawa programowa | obowiązywać od września | Polsat News
> T od września | 2025-09 | nowa podstawa programowa

@ ind-platform-3
Gubernator obwodu kurskiego Siergiej Andriejew przekazał w serwisie Telegram, że w nocy drony uszkodziły dwie podstacje energetyczne.
> A obwód kurski | place | obwodu kurskiego | ~
> A Siergiej Andriejew | person | | gubernator obwodu kurskiego
> A Telegram | media | | ~
> Q Siergiej Andriejew | indirect | w nocy drony uszkodziły | dwie podstacje energetyczne | Telegram

@ ind-partial-inside-3
Zdaniem ministra rozwoju Krzysztofa Pawlaka nowe przepisy „zakończą patologię na rynku mieszkaniowym”.
> A Krzysztof Pawlak | person | Krzysztofa Pawlaka | minister rozwoju
> Q Krzysztof Pawlak | partial | zakończą patologię na rynku mieszkaniowym | na rynku mieszkaniowym | ~

@ neg-mental-nadzieja-1
Sadownicy z okolic Grójca mają nadzieję, że ceny jabłek w końcu wzrosną.
> N Mental state (mieć nadzieję, że): no quote.
> A Grójec | place | Grójca | ~

