from lib import A, Q, D, C, T, art

G = "D. Demands in speech and headlines"

# --- first-person performatives in a direct quote: Żądamy / Wzywamy / Apelujemy
art("dem-cytat-performatyw", 1, """
– Żądamy natychmiastowego wstrzymania wycinki w Bieszczadach – mówił w sobotę przed siedzibą Lasów Państwowych w Krośnie Piotr Zalewski ze stowarzyszenia Dzika Polska.
""", group=G,
    actors=[A("Bieszczady", "l", ["Bieszczadach"]), A("Lasy Państwowe", "o", ["Lasów Państwowych"]),
            A("Krosno", "l", ["Krośnie"]), A("Piotr Zalewski", "p"), A("Dzika Polska", "o")],
    quotes=[Q("Piotr Zalewski", "direct", "Żądamy natychmiastowego wstrzymania wycinki", "wycinki w Bieszczadach")],
    demands=[D("Piotr Zalewski", None, "natychmiastowego wstrzymania wycinki")],
    timeline=[T("w sobotę", "2025-03-08", "protest przed siedzibą Lasów Państwowych w Krośnie")])

art("dem-cytat-performatyw", 2, """
„Wzywamy Moskwę do natychmiastowego zawieszenia broni i powrotu do rozmów” – napisał na platformie X szef MSZ Litwy Darius Petrauskas.
""", group=G,
    actors=[A("Moskwa", "l", ["Moskwę"]), A("X", "m"), A("MSZ Litwy", "o"),
            A("Darius Petrauskas", "p", [], "szef MSZ Litwy")],
    quotes=[Q("Darius Petrauskas", "direct", "Wzywamy Moskwę do natychmiastowego", "powrotu do rozmów", via="X")],
    demands=[D("Darius Petrauskas", "Moskwa", "natychmiastowego zawieszenia broni"),
             D("Darius Petrauskas", "Moskwa", "powrotu do rozmów")])

art("dem-cytat-performatyw", 3, """
– Apelujemy do posłów o odrzucenie tego projektu już w pierwszym czytaniu – mówiła w Sejmie Maria Wrona, przewodnicząca Federacji Konsumentów.
""", group=G,
    actors=[A("Sejm", "o", ["Sejmie"]), A("Maria Wrona", "p", [], "przewodnicząca Federacji Konsumentów"),
            A("Federacja Konsumentów", "o", ["Federacji Konsumentów"])],
    quotes=[Q("Maria Wrona", "direct", "Apelujemy do posłów", "w pierwszym czytaniu")],
    demands=[D("Maria Wrona", None, "odrzucenie tego projektu")])

# --- imperative / niech / proszę + inf addressed to a named party -------------
art("dem-tryb-rozkazujacy", 1, """
„Panie ministrze, niech pan przyjedzie do Szczecina i zobaczy tę stocznię” – napisali w liście do ministra aktywów państwowych Jakuba Roka związkowcy ze Stoczni Szczecińskiej.
""", group=G,
    actors=[A("Szczecin", "l", ["Szczecina"]),
            A("Jakub Rok", "p", ["Jakuba Roka"], "minister aktywów państwowych"),
            A("Stocznia Szczecińska", "o", ["Stoczni Szczecińskiej"])],
    quotes=[Q("związkowcy", "direct", "Panie ministrze, niech pan przyjedzie", "zobaczy tę stocznię", group=True)],
    demands=[D("związkowcy", "Jakub Rok", "niech pan przyjedzie do Szczecina", group=True)])

art("dem-tryb-rozkazujacy", 2, """
– Pani minister, proszę wycofać to rozporządzenie, zanim zbankrutują pierwsze ciepłownie – apelowała w Sejmie posłanka PSL Urszula Kamińska do minister klimatu Pauliny Kruk.
""", group=G,
    actors=[A("Sejm", "o", ["Sejmie"]), A("PSL", "o"), A("Urszula Kamińska", "p", [], "posłanka PSL"),
            A("Paulina Kruk", "p", ["Pauliny Kruk"], "minister klimatu")],
    quotes=[Q("Urszula Kamińska", "direct", "Pani minister, proszę wycofać to rozporządzenie", "zbankrutują pierwsze ciepłownie")],
    demands=[D("Urszula Kamińska", "Paulina Kruk", "wycofać to rozporządzenie")])

art("dem-tryb-rozkazujacy", 3, """
– Panie wojewodo, niech urząd wreszcie wypłaci nam odszkodowania za ziemię pod lotnisko – mówił w Świdniku sołtys Kazimierzówki Józef Pieróg do wojewody Tadeusza Kłosa.
""", group=G,
    actors=[A("Świdnik", "l", ["Świdniku"]), A("Kazimierzówka", "l", ["Kazimierzówki"]),
            A("Józef Pieróg", "p", [], "sołtys Kazimierzówki"),
            A("Tadeusz Kłos", "p", ["Tadeusza Kłosa"], "wojewoda")],
    quotes=[Q("Józef Pieróg", "direct", "Panie wojewodo, niech urząd", "za ziemię pod lotnisko")],
    demands=[D("Józef Pieróg", "Tadeusz Kłos", "niech urząd wreszcie wypłaci")])

# --- headline statement: restated in the body (annotate once, in the body) or headline only
art("dem-naglowek", 1, """
Pielęgniarki z Kielc żądają podwyżek

Pielęgniarki Wojewódzkiego Szpitala Zespolonego w Kielcach domagają się podwyżki o 1500 zł. Dyrekcja proponuje 500 zł.
""", group=G,
    actors=[A("Kielce", "l", ["Kielc"]),
            A("Wojewódzki Szpital Zespolony w Kielcach", "o", ["Wojewódzkiego Szpitala Zespolonego w Kielcach"])],
    demands=[D("pielęgniarki", None, "podwyżki o 1500 zł", group=True)])

art("dem-naglowek", 2, """
Ryanair: lotnisko w Modlinie musi obniżyć opłaty

Irlandzki przewoźnik zapowiedział, że przeniesie część samolotów do Katowic, jeśli Port Lotniczy Warszawa-Modlin nie obniży opłat lotniskowych.
""", group=G,
    actors=[A("Ryanair", "o"), A("Modlin", "l", ["Modlinie"]), A("Katowice", "l", ["Katowic"]),
            A("Port Lotniczy Warszawa-Modlin", "o")],
    quotes=[Q("Ryanair", "direct", "lotnisko w Modlinie musi obniżyć opłaty", "musi obniżyć opłaty"),
            Q("Ryanair", "indirect", "przeniesie część samolotów do Katowic", "nie obniży opłat lotniskowych")],
    demands=[C("Ryanair", "Port Lotniczy Warszawa-Modlin", "Port Lotniczy Warszawa-Modlin nie obniży")])

art("dem-naglowek", 3, """
Związkowcy z Solarisa żądają podwyżek. Spółka odmawia

W środę w Bolechowie odbyło się kolejne spotkanie przedstawicieli załogi z zarządem Solarisa. Rozmowy zakończyły się bez porozumienia.
""", group=G,
    actors=[A("Solaris", "o", ["Solarisa"]), A("Bolechowo", "l", ["Bolechowie"])],
    demands=[D("związkowcy", None, "podwyżek", group=True)],
    timeline=[T("W środę", "2025-03-12", "spotkanie przedstawicieli załogi z zarządem Solarisa")])

G = "F. Status of the demand: rejected, negative content, restated"

# --- a demand reported as rejected is still a demand ---------------------------
art("dem-odrzucone", 1, """
Zarząd PKP Cargo odrzucił żądanie związkowców, którzy domagali się od spółki podwyżek o 900 zł.
""", group=G,
    actors=[A("PKP Cargo", "o")],
    demands=[D("związkowcy", "PKP Cargo", "podwyżek o 900 zł", group=True)])

art("dem-odrzucone", 2, """
Kreml odrzucił w środę żądanie Kijowa, aby Rosja wstrzymała ataki na porty czarnomorskie.
""", group=G,
    actors=[A("Kreml", "o"), A("Kijów", "l", ["Kijowa"]), A("Rosja", "l")],
    demands=[D("Kijów", "Rosja", "Rosja wstrzymała ataki")],
    timeline=[T("w środę", "2025-03-12", "Kreml odrzuca żądanie Kijowa")])

art("dem-odrzucone", 3, """
Rada Miasta Kielce nie przyjęła wniosku mieszkańców Baranówka o budowę ronda na skrzyżowaniu ulic Jagiellońskiej i Piekoszowskiej.
""", group=G,
    actors=[A("Rada Miasta Kielce", "o"), A("Baranówek", "l", ["Baranówka"])],
    demands=[D("mieszkańcy", "Rada Miasta Kielce", "budowę ronda", group=True)])

# --- negative content: demand that someone not act --------------------------
art("dem-tresc-przeczaca", 1, """
Greenpeace domaga się niewydawania kolejnych koncesji na wydobycie ropy na Bałtyku.
""", group=G,
    actors=[A("Greenpeace", "o"), A("Bałtyk", "l", ["Bałtyku"])],
    demands=[D("Greenpeace", None, "niewydawania kolejnych koncesji")])

art("dem-tresc-przeczaca", 2, """
Przedsiębiorcy z Podhala zażądali, by gminy nie podnosiły w tym roku opłaty miejscowej.
""", group=G,
    actors=[A("Podhale", "l", ["Podhala"])],
    demands=[D("przedsiębiorcy", None, "gminy nie podnosiły", group=True)],
    timeline=[T("w tym roku", "2025", "opłata miejscowa")])

art("dem-tresc-przeczaca", 3, """
Komisja Europejska wezwała Włochy, aby nie wprowadzały podatku od usług cyfrowych przed zakończeniem rozmów w OECD.
""", group=G,
    actors=[A("Komisja Europejska", "o"), A("Włochy", "l"), A("OECD", "o")],
    demands=[D("Komisja Europejska", "Włochy", "nie wprowadzały podatku")])

# --- one demand restated (lead, quote, summary) is annotated once --------------
art("dem-ponowienie", 1, """
Związek Zawodowy Taksówkarzy Warszawskich żąda od Urzędu Miasta Stołecznego Warszawy wprowadzenia limitu licencji. – Bez limitu ta branża upadnie – mówił w środę przewodniczący związku Waldemar Kos. Związek podtrzymał swoje żądanie także po spotkaniu z wiceprezydentem miasta.
""", group=G,
    actors=[A("Związek Zawodowy Taksówkarzy Warszawskich", "o"),
            A("Urząd Miasta Stołecznego Warszawy", "o", ["Urzędu Miasta Stołecznego Warszawy"]),
            A("Waldemar Kos", "p", [], "przewodniczący związku")],
    quotes=[Q("Waldemar Kos", "direct", "Bez limitu ta branża upadnie", "Bez limitu ta branża upadnie")],
    demands=[D("Związek Zawodowy Taksówkarzy Warszawskich", "Urząd Miasta Stołecznego Warszawy", "wprowadzenia limitu licencji")],
    timeline=[T("w środę", "2025-03-12", "Kos mówi o limicie licencji")])

art("dem-ponowienie", 2, """
Lekarze z Opola chcą więcej etatów. W liście do dyrektor szpitala Anny Pyki postulują zatrudnienie pięciu anestezjologów. To samo żądanie powtórzyli na wtorkowej pikiecie.
""", group=G,
    actors=[A("Opole", "l", ["Opola"]), A("Anna Pyka", "p", ["Anny Pyki"], "dyrektor szpitala")],
    demands=[D("lekarze", "Anna Pyka", "zatrudnienie pięciu anestezjologów", group=True)],
    timeline=[T("wtorkowej", "2025-03-11", "pikieta lekarzy")])

art("dem-ponowienie", 3, """
Francuskie MSZ zażądało od Azerbejdżanu uwolnienia zatrzymanego w Baku Pierre'a Duranda. „Domagamy się natychmiastowego uwolnienia naszego obywatela” – powiedział rzecznik resortu.
""", group=G,
    actors=[A("MSZ", "o"), A("Azerbejdżan", "l", ["Azerbejdżanu"]), A("Baku", "l"),
            A("Pierre Durand", "p", ["Pierre'a Duranda"])],
    quotes=[Q("MSZ", "direct", "Domagamy się natychmiastowego uwolnienia", "naszego obywatela")],
    demands=[D("MSZ", "Azerbejdżan", "uwolnienia zatrzymanego w Baku")])
