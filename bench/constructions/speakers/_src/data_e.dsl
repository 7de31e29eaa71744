@ neg-mental-obawiac-1
Mieszkańcy Głogowa obawiają się, że nowa spalarnia zatruje powietrze w mieście.
> N Mental state (obawiać się, że): no quote.
> A Głogów | place | Głogowa | ~

@ neg-mental-uwazac-1
Wiesław Kukla, prezes spółki Agrotech, uważa, że firma poradzi sobie bez kredytu.
> N Mental state (uważać, że): no quote.
> A Wiesław Kukla | person | | prezes spółki Agrotech
> A Agrotech | organization | | ~

@ neg-mental-przekonany-1
Trener Górnika Zabrze Kamil Brzoza jest przekonany, że jego drużyna utrzyma się w ekstraklasie.
> N Mental state (być przekonanym, że): no quote.
> A Górnik Zabrze | organization | Górnika Zabrze | ~
> A Kamil Brzoza | person | | trener Górnika Zabrze

@ neg-perception-1
Dopiero w piątek rodzice uczniów z Dębicy dowiedzieli się, że szkoła zostanie zamknięta.
> N Learning of a fact (dowiedzieć się, że) names no speaker: no quote.
> A Dębica | place | Dębicy | ~
> T w piątek | 2025-03-07 | rodzice dowiadują się o zamknięciu szkoły

@ neg-journalist-question-1
Zapytaliśmy Urząd Miasta Szczecin, ile kosztowała nowa iluminacja ratusza. Do chwili publikacji nie otrzymaliśmy odpowiedzi.
> N The journalists' question is no quote.
> A Urząd Miasta Szczecin | organization | | ~

@ neg-journalist-question-2
„Czy miasto stać na taką inwestycję?” – zapytał dziennikarz TVN24 podczas konferencji prezydenta Lublina Jana Sowy.
> N A journalist's question in quotation marks is no quote.
> A TVN24 | media | | ~
> A Lublin | place | Lublina | ~
> A Jan Sowa | person | Jana Sowy | prezydent Lublina

@ neg-refused-comment-1
Pytany o przyczyny awarii, rzecznik Tauronu odmówił komentarza.
> N A refusal to comment reports no content.
> A Tauron | organization | Tauronu | ~

@ neg-scare-quotes-1
Nowe osiedle na obrzeżach Kalisza mieszkańcy nazywają „betonozą”. Na 12 hektarach posadzono tam zaledwie 40 drzew.
> N One word in quotation marks (a nickname) is no quote.
> A Kalisz | place | Kalisza | ~

@ neg-scare-quotes-2
Poseł Jan Wolski, nazywany w partii „szarą eminencją”, nie zabrał głosu w debacie.
> N Two words in quotation marks are no quote.
> A Jan Wolski | person | | poseł

@ neg-title-1
W piątek do kin wchodzi film „Chłopi na wojnie” w reżyserii Anny Kubackiej.
> N A title in quotation marks is no quote.
> A Anna Kubacka | person | Anny Kubackiej | ~
> T W piątek | 2025-03-14 | premiera filmu

@ neg-notice-1
Na drzwiach apteki w Sopocie wisi kartka: „Lek chwilowo niedostępny, prosimy pytać w przyszłym tygodniu”.
> N A written notice is treated like a placard: no quote.
> A Sopot | place | Sopocie | ~
> T w przyszłym tygodniu | 2025-03-17/2025-03-23 | lek znów dostępny w aptece

@ neg-banner-1
Protestujący przed urzędem wojewódzkim w Białymstoku nieśli transparenty z hasłem „Ręce precz od naszych lasów”.
> N A slogan written on banners is neither a quote nor a demand.
> A Białystok | place | Białymstoku | ~

@ neg-topic-1
Ministrowie rolnictwa Polski i Ukrainy rozmawiali w poniedziałek o imporcie zboża.
> N A mere topic of talks (rozmawiać o) is no quote.
> A Polska | place | Polski | ~
> A Ukraina | place | Ukrainy | ~
> T w poniedziałek | 2025-03-10 | rozmowa ministrów rolnictwa

@ neg-appeal-1
Prezydent Elbląga Michał Kołek zaapelował do mieszkańców o spokój.
> N An appeal without reported content is no quote; apelować o is a demanding frame, so it is a demand item.
> A Elbląg | place | Elbląga | ~
> A Michał Kołek | person | | prezydent Elbląga
> D Michał Kołek | ~ | item | spokój

@ neg-headline-nolabel-1
Wójt Baranowa o nowej szkole

Wójt gminy Baranów Tadeusz Pęk spotkał się w poniedziałek z rodzicami uczniów.
> N A headline that reports without a speaker label is no quote.
> A Baranów | place | Baranowa | ~
> A Tadeusz Pęk | person | | wójt gminy Baranów
> T w poniedziałek | 2025-03-10 | spotkanie wójta z rodzicami

@ neg-headline-topic-colon-1
Ceny paliw: co dalej?

W poniedziałek litr benzyny kosztował na stacjach Orlenu średnio 6,15 zł.
> N A colon after a topic, not a speaker, is no quote label.
> A Orlen | organization | Orlenu | ~
> T W poniedziałek | 2025-03-10 | cena benzyny na stacjach Orlenu

@ neg-dash-bullets-1
Rada Miasta Kielce przyjęła budżet na 2025 rok. Najwięcej pieniędzy trafi na:
- budowę hali sportowej,
- remont dworca autobusowego,
- zakup autobusów elektrycznych.
> N Hyphen bullets of a list are no dialogue dashes.
> A Rada Miasta Kielce | organization | | ~
> T na 2025 rok | 2025 | budżet miasta

@ neg-planned-speech-1
Prezydent Estonii Kaarel Tamm wygłosi w piątek przemówienie w parlamencie w Tallinnie.
> N A speech announced for later reports no content.
> A Estonia | place | Estonii | ~
> A Kaarel Tamm | person | | prezydent Estonii
> A Tallinn | place | Tallinnie | ~
> T w piątek | 2025-03-14 | przemówienie prezydenta Estonii

@ neg-speech-act-1
Minister sportu Łukasz Żak pogratulował w niedzielę siatkarzom awansu do finału.
> N A speech act without reported content (pogratulować) is no quote.
> A Łukasz Żak | person | | minister sportu
> T w niedzielę | 2025-03-09 | gratulacje ministra sportu

@ neg-dash-parenthetical-1
Nowy most na Wiśle w Toruniu – najdłuższy w regionie – zostanie otwarty w czerwcu.
> N Parenthetical dashes inside a sentence are no dialogue dashes.
> A Wisła | place | Wiśle | ~
> A Toruń | place | Toruniu | ~
> T w czerwcu | 2025-06 | otwarcie mostu
