"""Actors: tables of text -> expected (name, type), negatives, merging, roles."""
import pytest

from newslens import nlp
from newslens.extract.actors import extract_actors


def actors(text):
    return {(a.name, a.type) for a in extract_actors(nlp.analyze(text))}


CASES = [
    ("Rzecznik Kremla Dmitrij Pieskow powiedział, że rozmowy trwają.",
     {("Dmitrij Pieskow", "person")}),
    ("Sąd Apelacyjny w Krakowie uchylił wyrok.", {("Sąd Apelacyjny w Krakowie", "organization")}),
    ("Protest odbył się przed Ministerstwem Zdrowia w Warszawie.",
     {("Ministerstwo Zdrowia", "organization"), ("Warszawa", "place")}),
    ("Komitet Obrony Przewoźników i Pracodawców Transportu domaga się zmian.",
     {("Komitet Obrony Przewoźników i Pracodawców Transportu", "organization")}),
    ("Rzecznik JSW Tomasz Siemieniec zapewnił, że zarząd jest gotowy do rozmów.",
     {("JSW", "organization"), ("Tomasz Siemieniec", "person")}),
    ("Prokuratura postawiła zarzuty prezesowi spółki Gdańskie Wody Piotrowi Zielińskiemu.",
     {("Piotr Zieliński", "person")}),  # the first name starts a new run
    ("Ursula von der Leyen napisała list do rolników.", {("Ursula von der Leyen", "person")}),
    ("Spotkał się z minister Barbarą Nowacką i posłanką Pauliną Hennig-Kloską.",
     {("Barbara Nowacka", "person"), ("Paulina Hennig-Kloska", "person")}),
    ("Jak podaje portal money.pl, ceny wzrosną.", {("money.pl", "media")}),
    ("Mecenas udzielił wywiadu „Gazecie Krakowskiej” w Nowym Targu.",
     {("Gazeta Krakowska", "media"), ("Nowy Targ", "place")}),
    ("Mecz odbędzie się w Cardiff.", {("Cardiff", "place")}),
    ("Zaprzysiężony prezydent Tajwanu Lai Ching-te zapewnił o obronie wyspy.",
     {("Lai Ching-te", "person"), ("Tajwan", "place")}),
    # an unknown place's adjective after its genitive noun ends an institution's name
    ("Wniosek trafi do Rady Powiatu Zabłockiego w przyszłym tygodniu.",
     {("Rada Powiatu Zabłockiego", "organization")}),
    ("Uchwałę podjęła Rada Gminy Wierzchlińskiej jednogłośnie.", {("Rada Gminy Wierzchlińskiej", "organization")}),
    ("Na sesji Sejmiku Województwa Zabłockiego Jan Nowak zabrał głos.",
     {("Sejmik Województwa Zabłockiego", "organization"), ("Jan Nowak", "person")}),
    # a listed one-word name that is an adjective of the noun before it belongs to that name
    ("Jak poinformowało Krajowe Biuro Wyborcze, podpisy są ważne.", {("Krajowe Biuro Wyborcze", "organization")}),
    ("Pismo wysłano do Krajowego Biura Wyborczego w poniedziałek.", {("Krajowe Biuro Wyborcze", "organization")}),
    ("Wywiadu udzielił dziennikarzom Gazety Wyborczej w Łodzi.", {("Gazeta Wyborcza", "media")}),
    # listed national bodies (gazetteer.tsv), by name or acronym
    ("Stanowisko przedstawiła Konferencja Episkopatu Polski po zebraniu.",
     {("Konferencja Episkopatu Polski", "organization")}),
    ("Biskupi z Konferencji Episkopatu Polski spotkali się z premierem.",
     {("Konferencja Episkopatu Polski", "organization")}),
    # a name quoted after an organisation's common noun is that organisation's name, as written
    ("Podpisy zbierają członkowie komitetu „Czysta Wierzchlina” od marca.",
     {("Czysta Wierzchlina", "organization")}),
    ("Stowarzyszenie lokatorskie \"Nasz Dom dla Wszystkich\" złożyło skargę.",
     {("Nasz Dom dla Wszystkich", "organization")}),
    ("Pieniądze przekazała fundacja „Zielony Las” z Lublina.",
     {("Zielony Las", "organization"), ("Lublin", "place")}),
    # an unknown word after a role's apposition chain is a person's name ("Antony" is no known first name)
    ("Na pytania odpowiadał sekretarz stanu USA Antony Blinken w piątek.", {("Antony Blinken", "person")}),
    ("Głos zabrał minister spraw zagranicznych Chin Wang Yi.", {("Wang Yi", "person")}),
    # an outlet's city ends its name: a surname after it is a person's
    ("W rozmowie z Radiem Gdańsk Kowalczyk przyznał, że nie. Adam Kowalczyk kieruje klubem.",
     {("Radio Gdańsk", "media"), ("Adam Kowalczyk", "person")}),
    ("Wywiadu udzielił Radiu Kraków w poniedziałek.", {("Radio Kraków", "media")}),
    # a one-word place's lemma the text gives elsewhere as a word of its own wins ("Rzędzin" is also a town)
    ("Mieszkańcy Rzędzin protestowali. Komitet „Wolne Rzędziny” zebrał podpisy.", {("Rzędziny", "place")}),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_actor_table(text, expected):
    assert expected <= actors(text)


NEGATIVES = [
    # a common noun is not the outlet whose name is one of its forms
    ("Politycy opozycji skrytykowali projekt.", {"Polityka"}),
    # an alliance's alias is not a place
    ("NATO wzmocni flankę. Sojusz nie wyklucza dalszych kroków.", {"Sojusz"}),
    # programmes, documents, roads, pipelines, operations and units are not actors
    ("Gmina dołączyła do programu Czyste Powietrze.", {"Czyste Powietrze"}),
    ("Traktat Lizboński zmienił zasady głosowania.", {"Traktat Lizboński"}),
    ("Spór dotyczy gazociągu Nord Stream i terminalu LNG.", {"Nord Stream", "LNG"}),
    ("Ciągniki stanęły na drodze S11 pod Kaliszem.", {"S11"}),
    ("Ćwiczenia pod kryptonimem Burza Piaskowa trwały dwa dni.", {"Burza Piaskowa"}),
    ("Rosja nie wycofała wyrzutni Grad z Donbasu.", {"Grad"}),  # a weapon named after its noun
    ("Farma ma mieć moc 50 MW i ograniczy emisję CO2.", {"MW", "CO2"}),
    ("Inflacja spadła, a PKB wzrósł o 3 proc.", {"PKB"}),  # an economic acronym
    ("Rolnicy żądają wycofania Zielonego Ładu.", {"Zielony Ład"}),  # a policy
    ("Koniec złych czasów – mówił rano.", {"Koniec"}),  # a sentence's first word
    ("W poniedziałek i we wtorek nic się nie działo.", {"Poniedziałek", "W"}),
    # a name whose head noun after its adjectives is a plan, strategy or programme is no actor
    ("Fundusze z Regionalnego Planu Rozwoju pozostają zamrożone.", {"Regionalny Plan Rozwoju"}),
    # a fund is a programme, not an actor (programme_heads.txt), capitalised or opening a sentence
    ("Fundusz Kościelny do likwidacji? Rząd chce, by Fundusz Kościelny zastąpił odpis.",
     {"Fundusz Kościelny", "Kościelny"}),
    ("Pieniądze ze Społecznego Funduszu Klimatycznego trafią do regionów.", {"Społeczny Fundusz Klimatyczny"}),
    ("Rząd przyjął Narodową Strategię Onkologiczną.", {"Narodowa Strategia Onkologiczna"}),
    # Roman numerals, rooms and venues, official journals, energy units and technical acronyms
    ("Klub spadł do II ligi, a w XX wieku grał w I lidze.", {"II", "XX", "I"}),
    ("Konferencja odbyła się w Sali Kolumnowej Sejmu.", {"Sala Kolumnowa"}),
    ("Stadion Leśny w Rudzie czeka na remont.", {"Leśny", "Stadion Leśny"}),
    ("Rozmawiali w Gabinecie Owalnym przez godzinę.", {"Gabinet Owalny"}),
    ("Rozporządzenie opublikowano w Dzienniku Ustaw w piątek.", {"Dziennik Ustaw"}),
    ("Cena wyniesie 480 zł/MWh, a moc 2 kW.", {"MWh", "kW"}),
    ("Pacjent czekał na SOR sześć godzin, a lokalizator GPS nie działał.", {"SOR", "GPS"}),
    # an institution's name keeps its adjective: no truncated name, no outlet read from it
    ("Krajowe Biuro Wyborcze sprawdzi podpisy do piątku.", {"Krajowe Biuro", "Wyborcza"}),
    ("Rada Powiatu Zabłockiego zbierze się w marcu.", {"Rada Powiatu", "Zabłocki"}),
    ("Konferencja Klimatyczna w Glasgow zakończyła się w piątek.", {"Konferencja Klimatyczna w Glasgow"}),  # an event
    # a quotation after a verb or a quoted phrase of common words is no organisation's name
    ("Komitet skandował „Precz z podwyżkami” pod ratuszem.", {"Precz z podwyżkami", "Precz"}),
    ("Członkowie komitetu „nie chcą zmian”, mówił sołtys.", {"nie chcą zmian"}),
    ("W rozmowie z Radiem Gdańsk Kowalczyk przyznał, że nie. Adam Kowalczyk kieruje klubem.",
     {"Radio Gdańsk Kowalczyk"}),
]


@pytest.mark.parametrize("text,absent", NEGATIVES)
def test_not_actors(text, absent):
    found = extract_actors(nlp.analyze(text))
    assert not {a.name for a in found} & absent
    assert all(a.type in ("person", "organization", "place", "media") for a in found)


def test_surname_merges_with_full_name_and_counts_mentions():
    text = ("Prezes związku Sławomir Broniarz spotkał się z ministrem. – Nie będziemy czekać – powiedział Broniarz. "
            "Broniarz zapowiedział referendum.")
    got = {a.name: a for a in extract_actors(nlp.analyze(text))}
    assert "Broniarz" not in got
    assert got["Sławomir Broniarz"].mentions == 3
    assert got["Sławomir Broniarz"].role == "prezes związku"


def test_acronym_merges_with_the_name_it_spells():
    text = "Urząd Regulacji Energetyki zatwierdził taryfy. Prezes URE Rafał Gawin mówił o cenach."
    got = {a.name: a for a in extract_actors(nlp.analyze(text))}
    assert "URE" not in got
    assert got["Urząd Regulacji Energetyki"].mentions == 2
    assert "URE" in got["Urząd Regulacji Energetyki"].aliases


def test_reference_article_gives_exactly_its_gold_actors(reference, gold):
    got = {(a.name, a.type) for a in reference.extraction.actors}
    assert got == {(a["name"], a["type"]) for a in gold["actors"]}


LAYOUT = [
    # photo credits, source lines and teasers of other articles are not article text
    ("Wójt Adam Lis otworzył most.\nFot. Jan Kos / Kurier Gminny\n", {"Adam Lis"}, {"Jan Kos", "Kurier Gminny"}),
    ("Burmistrz Ewa Sowa zamknęła szkołę.\nŹródło: PAP, Reuters", {"Ewa Sowa"}, {"PAP", "Reuters"}),
    ("Minister Piotr Wrona odszedł.\n\nZOBACZ TAKŻE: Ceny w Berlinie rosną. Co na to Scholz?\n",
     {"Piotr Wrona"}, {"Berlin", "Scholz", "TAKŻE"}),
    ("Polecamy: Nowy port w Gdyni\nFotografie pokazał Onet.", {"Onet"}, {"Gdynia"}),  # "Fotografie" opens no credit
    # a caption's credits after " / ": the caption's names stay, the photographer's and agency's do not
    ("Wójt Adam Lis na sesji rady / Jan Kos / Agencja Kadr\n\nWójt Adam Lis otworzył most.", {"Adam Lis"},
     {"Jan Kos", "Kadr", "Agencja Kadr"}),
    ("Pociąg jedzie trasą Kraków / Tarnów / Rzeszów, a potem wraca.", {"Kraków", "Tarnów", "Rzeszów"}, set()),
    # an agency's signature alone on a line in brackets; an aside in brackets inside a sentence stays text
    ("Wójt Adam Lis otworzył most.\n(PAP)\n(kk/IAR)", {"Adam Lis"}, {"PAP", "IAR"}),
    ("Wójt Adam Lis (PSL) otworzył most.", {"Adam Lis", "PSL"}, set()),
]


@pytest.mark.parametrize("text,present,absent", LAYOUT)
def test_layout_lines_give_no_actors(text, present, absent):
    names = {n for n, _ in actors(text)}
    assert present <= names and not names & absent


# surface form in context -> canonical nominative name and type; many of these names are in no list
NAMES = [
    ("Rozmawiał wczoraj z Giorgią Meloni o migracji.", ("Giorgia Meloni", "person")),
    ("Kanclerz spotkał się z Olafem Scholzem w Berlinie.", ("Olaf Scholz", "person")),
    ("Rozmowa z Kają Kallas trwała godzinę.", ("Kaja Kallas", "person")),
    ("Depesza trafiła do Barbary Wróblewskiej, a nie do sekretariatu.", ("Barbara Wróblewska", "person")),
    ("Projekt trafi na posiedzenie Rady Ministrów we wtorek.", ("Rada Ministrów", "organization")),
    ("Wniosek złożono do Naczelnej Rady Adwokackiej.", ("Naczelna Rada Adwokacka", "organization")),
    ("Posiedzenie Rady Miasta zwołano na piątek.", ("Rada Miasta", "organization")),
    ("Radni spierali się z Krajową Izbą Gospodarczą.", ("Krajowa Izba Gospodarcza", "organization")),
    ("Statek zatonął na Morzu Czarnym.", ("Morze Czarne", "place")),
    ("Posłowie Polski 2050 głosowali przeciw.", ("Polska 2050", "organization")),
    ("Wójt przyjechał do Bobrownik, a potem do Kuźnicy.", ("Bobrowniki", "place")),
    # a name in apposition takes the case of its role noun, the head of the chain
    ("List trafił do doradcy prezydenta Francji Luisa Guterresa.", ("Luis Guterres", "person")),
    ("Rozmawiał z rzecznikiem rządu Hansem Möllerem.", ("Hans Möller", "person")),
    # a country's form that is an adjective of a name opens or ends that name (Polskiej Ligi, Transport Polski)
    ("Rzecznik Polskiej Ligi Koszykówki zapowiedział zmiany.", ("Polska Liga Koszykówki", "organization")),
    ("Przewoźnicy zrzeszeni w Izbie Handlowej Transport Polski protestują.",
     ("Izba Handlowa Transport Polski", "organization")),
    ("Rząd Polski zdecydował o tym wczoraj.", ("Polska", "place")),  # a common noun, then the country
    ("Ambasador Polski Jan Nowak przyjechał.", ("Polska", "place")),  # a first name is no common noun
    ("Współprzewodniczący Nowej Lewicy zabrał głos.", ("Nowa Lewica", "organization")),
    # a listed firm or outlet and one common noun after it name a branch or an edition
    ("Nowe ceny zatwierdzono dla spółek PGE Dystrybucja i Tauron Ciepło.", ("PGE Dystrybucja", "organization")),
    ("Nowe ceny zatwierdzono dla spółek PGE Dystrybucja i Tauron Ciepło.", ("Tauron Ciepło", "organization")),
    ("Taryfy zatwierdzono też dla spółki Energa Operator.", ("Energa Operator", "organization")),
    ("Jak pisze portal Politico Europe, komisarz zrezygnował.", ("Politico Europe", "media")),
    # a double surname written with a dash (no spaces) is one hyphenated surname
    ("Rozmawiali z Anną Nowak–Jeleńską wczoraj.", ("Anna Nowak-Jeleńska", "person")),
    ("Mecz Polska–Czechy zakończył się remisem.", ("Czechy", "place")),  # no person's name: two actors
    # a town of two words: "-owie"/"-owa" before its adjective are the -ów town's forms, not -owo's
    ("Kierowcy z Tomaszowa Mazowieckiego protestują.", ("Tomaszów Mazowiecki", "place")),
    ("Targi odbyły się w Gorzowie Wielkopolskim.", ("Gorzów Wielkopolski", "place")),
    ("Zajezdnia w Zalesiu Górnym stoi.", ("Zalesie Górne", "place")),  # not an -ów town
    ("Mieszkańcy Miasteczka Śląskiego protestują.", ("Miasteczko Śląskie", "place")),
    # numbers in names: a founding year, "nr N"; an organ with an adjective named with its listed organisation
    ("Stowarzyszenie Miłośników Orła 1921 wydało oświadczenie.", ("Stowarzyszenie Miłośników Orła 1921", "organization")),
    ("Do Szkoły Podstawowej nr 5 w Lipnie chodzi 300 dzieci.", ("Szkoła Podstawowa nr 5 w Lipnie", "organization")),
    ("Decyzję podjęła Rada Naczelna Polski 2050 w sobotę.", ("Rada Naczelna Polski 2050", "organization")),
    ("Związek Zawodowy Górników 2024 r. zapowiedział strajk.", ("Związek Zawodowy Górników", "organization")),  # a date
    # an abbreviation that may close a sentence (zł., r.) does not glue the next word onto a name
    ("Remont kosztował 3 mln zł. Wyrok Sąd Rejonowy w Kole wydał w piątek.", ("Sąd Rejonowy w Kole", "organization")),
    # a country's office (a listed ministry's acronym) with the country declined after it; a region noun
    ("Oświadczenie wydał rzecznik MSZ Węgier w czwartek.", ("MSZ Węgier", "organization")),
    ("Rzecznik MSZ Paweł Wroński odmówił.", ("MSZ", "organization")),
    ("Wojsko ćwiczy przy granicy obwodu królewieckiego.", ("obwód królewiecki", "place")),
    ("Sprawą zajmie się Rada Bezpieczeństwa ONZ, a sekretarz ONZ milczy.", ("Rada Bezpieczeństwa ONZ", "organization")),
    ("Cytowany przez agencję Reutera minister dodał, że nie.", ("Reuters", "media")),
    # an unknown name closing a list after a place is a place; a new clause after a place is not a list
    ("Drony uderzyły w Kumzar, Sirrik i Tabuk.", ("Tabuk", "place")),
    ("Inspektorzy pojadą do Kumzaru i Sirriku, a potem wrócą.", ("Sirrik", "place")),
    ("Spotkali się w Berlinie i Trakbus ogłosił upadłość.", ("Trakbus", "organization")),
    # an adjective keeps its degree in the nominative (morfeusz2 lemmatises "Wyższego" to "wysoki")
    ("Kontrolę prowadzą inspektorzy Wyższego Urzędu Górniczego.", ("Wyższy Urząd Górniczy", "organization")),
    ("Studenci Wyższej Szkoły Handlowej w Radomiu protestują.", ("Wyższa Szkoła Handlowa w Radomiu", "organization")),
    # a place after a preposition, then a person; a first name with no surname after it ends no name
    ("Przemawiał szef związku w Łaziskach Marek Brodka.", ("Marek Brodka", "person")),
    ("Minister zażądał wyjaśnień od Podlaskiego Cukru Sokółka.", ("Podlaski Cukier Sokółka", "organization")),
    ("Minister zażądał od zarządu Lubelskiego Węgla Bogdanka wyjaśnień.", ("Lubelski Węgiel Bogdanka", "organization")),
    ("Mieszkańcy Nowego Sącza czekają na pociąg.", ("Nowy Sącz", "place")),  # the noun names a place too
    # a club's inflected name with its city in the nominative, the city in no list
    ("Mecz Stali Gorzów z Wisłą odbędzie się w sobotę.", ("Stal Gorzów", "organization")),
    ("Stowarzyszenie Kibiców Sokół 1946 wydało oświadczenie.", ("Stowarzyszenie Kibiców Sokół 1946", "organization")),
    ("Zarząd PKS Lipno proponuje podwyżkę o 1 zł.", ("PKS", "organization")),
    ("Zarząd Województwa Mazowieckiego przyjął uchwałę.", ("Zarząd Województwa Mazowieckiego", "organization")),
    # an acronym with a lower-case letter inside is an acronym, not a person's word; an initial ends a name
    ("Mówiła przewodnicząca regionu OZZPiP Beata Krawczyk.", ("OZZPiP", "organization")),
    ("Mówiła przewodnicząca regionu OZZPiP Beata Krawczyk.", ("Beata Krawczyk", "person")),
    ("Sąd skazał Tomasza K. Wyrok nie jest prawomocny.", ("Tomasz K.", "person")),
    # a plural noun opening a sentence is no adjective of the institution after it; a brand keeps its capitals
    ("Radni Rady Gminy Lipno zbiorą się w środę.", ("Rada Gminy Lipno", "organization")),
    ("Budowę planuje spółka AgroWat Polska z Opola.", ("AgroWat Polska", "organization")),
    ("Projekt spółki WindPolu upadł.", ("WindPol", "organization")),
    # a club as an association's complement; a club named with a first name before its city
    ("Kibice ze Stowarzyszenia Kibiców Pogoni Szczecin protestują.",
     ("Stowarzyszenie Kibiców Pogoni Szczecin", "organization")),
    ("Mecz z Lechem Poznań przełożono.", ("Lech Poznań", "organization")),
    ("Rozmawiał z Lechem Wałęsą w Gdańsku.", ("Lech Wałęsa", "person")),
    ("Powołał się na wiceprezesa spółki Adama Kreta, podał portal.", ("Adam Kret", "person")),  # Kreta: a surname too
    # a title capitalised before the name is the role, not part of it
    ("– Nie ustąpimy – mówił Minister Kierwiński.", ("Kierwiński", "person")),
    ("Prezes Rady Ministrów podpisał rozporządzenie.", ("Rada Ministrów", "organization")),
    # a known first name after a name the dictionary does not know starts the person's name
    ("Rzeczniczka Trakbusu Anna Kuc odmówiła komentarza.", ("Anna Kuc", "person")),
    # types: an acronym is an organisation; a place after a spatial preposition; a place's name
    ("Pracownicy KAS protestują.", ("KAS", "organization")),
    ("Rolnicy zablokowali drogę pod Kaliszem.", ("Kalisz", "place")),
    ("Radni z Zielonej Góry przyjęli budżet.", ("Zielona Góra", "place")),
    ("Szpital czeka na aneks z Narodowym Funduszem Zdrowia.", ("Narodowy Fundusz Zdrowia", "organization")),
    # a fund that is an institution is listed; a fund before a name does not cancel it
    ("Prognozę obniżył Międzynarodowy Fundusz Walutowy.", ("Międzynarodowy Fundusz Walutowy", "organization")),
    ("Środki z funduszy Unii Europejskiej trafią do gmin.", ("Unia Europejska", "organization")),
    # a classifying noun opening a sentence is not part of the name in apposition after it (apposition_nouns.txt)
    ("Spółka Transport Mazurski zawiesiła kursy na trzech liniach.", ("Transport Mazurski", "organization")),
    ("Portal Kurier Nadmorski podał, że wójt odejdzie.", ("Kurier Nadmorski", "media")),
    ("Firma Budimex wygrała przetarg.", ("Budimex", "organization")),
    ("Agencja Mienia Wojskowego sprzedała działkę.", ("Agencja Mienia Wojskowego", "organization")),  # a genitive
    ("Portal Samorządowy opublikował listę.", ("Portal Samorządowy", "media")),  # an adjective
    ("Trener AZS Koszalin podał się do dymisji.", ("AZS Koszalin", "organization")),
    ("Władze UKS Jedynka Tarnów przyznały, że klub ma długi.", ("UKS Jedynka Tarnów", "organization")),
    # an institution that exists in many places keeps its seat (territorial_words.txt)
    ("Pacjentkę przewieziono do Szpitala Specjalistycznego w Chełmie.",
     ("Szpital Specjalistyczny w Chełmie", "organization")),
    ("Oświadczenie wydał Związek Ukraińców na Słowacji.", ("Związek Ukraińców na Słowacji", "organization")),
    ("Dyrektorem Zachodniego Centrum Medycznego w Kole został lekarz.",
     ("Zachodnie Centrum Medyczne w Kole", "organization")),
    # an institution's name ends with an acronym in the genitive, spans "do Spraw" / "ds."
    ("Wniosek trafił do Rady UE w piątek.", ("Rada UE", "organization")),
    ("Rzecznik Departamentu Stanu USA skomentował sprawę.", ("Departament Stanu USA", "organization")),
    ("Oświadczenie wydała tajwańska Rada do Spraw Kontynentalnych.", ("Rada do Spraw Kontynentalnych", "organization")),
    ("Sprawą zajmie się Komisja ds. Licencji Klubowych PZPN.",
     ("Komisja ds. Licencji Klubowych PZPN", "organization")),
    # an outlet's name may hold a place or a first name
    ("Starosta udzielił wywiadu Radiu Lublin.", ("Radio Lublin", "media")),
    ("Powiedział to w rozmowie z Radiem Elka.", ("Radio Elka", "media")),
    ("Jak ustalił „Kurier Lubelski”, wójt odejdzie.", ("Kurier Lubelski", "media")),
    # the word before a name signals its type, past an opening quote, by any noun reading
    ("Jak relacjonuje dziennik „Frankfurter Rundschau”, rozmowy trwały.", ("Frankfurter Rundschau", "media")),
    ("Rzeczniczka powiedziała portalowi Rynek Kolejowy, że nie.", ("Rynek Kolejowy", "media")),
    ("Zatrzymano rybaków z archipelagu Kinmen.", ("Kinmen", "place")),
    # an institution is one whatever the word before it; an adjectival surname after a first name
    ("W mieście Spółdzielnia Mieszkaniowa Jutrzenka protestuje.",
     ("Spółdzielnia Mieszkaniowa Jutrzenka", "organization")),
    ("Szef komisji Dumy Leonid Słucki powiedział, że nie.", ("Leonid Słucki", "person")),
    # an unknown foreign name stays in the nominative unless a case ending shows
    ("Szef związku Claus Weselsky zapowiedział strajk.", ("Claus Weselsky", "person")),
    ("Sekretarz António Guterres zaapelował o rozejm.", ("António Guterres", "person")),
    # a region named by a lower-case noun and an adjective
    ("Rolnicy z województwa lubelskiego protestują.", ("województwo lubelskie", "place")),
    # a hyphenated district is not the city it starts with; "i" does not join two institutions
    ("Pracownicy Urzędu Skarbowego Łódź-Bałuty protestują.", ("Urząd Skarbowy Łódź-Bałuty", "organization")),
    ("List podpisały Ogólnopolski Związek Lekarzy i Naczelna Rada Lekarska.",
     ("Naczelna Rada Lekarska", "organization")),
    # an adjective after the head agrees with it, in the plural too; a depreciative plural is no surname
    ("Podobny spór zakończył się porozumieniem z Kolei Dolnośląskich.", ("Koleje Dolnośląskie", "organization")),
    ("Pismo trafiło do Zrzeszenia Międzynarodowych Przewoźników Drogowych.",
     ("Zrzeszenie Międzynarodowych Przewoźników Drogowych", "organization")),  # an adjective of the complement
    # names with particles and Chinese-style given names; a compound place in no list
    ("Rozmawiał z nim szejk Abdullah ibn Zajed an-Nahajan.", ("Abdullah ibn Zajed an-Nahajan", "person")),
    ("Rzecznik katarskiego MSZ Ahmad al-Chalifa napisał to.", ("Ahmad al-Chalifa", "person")),
    ("Głos zabrał szef stowarzyszenia rybaków z Matsu Lin Wen-hua.", ("Lin Wen-hua", "person")),
    ("Demonstranci zebrali się w Tel Awiwie przed ministerstwem.", ("Tel Awiw", "place")),
    ("Do rozmów zasiadł szef egipskiego wywiadu Abbas Kamil.", ("Abbas Kamil", "person")),
    # a club's or firm's name keeps its city in the nominative while the first word inflects
    ("Zarząd Wisły Kraków zwolnił trenera.", ("Wisła Kraków", "organization")),
    ("Mecz z Pogonią Szczecin odbędzie się w lutym.", ("Pogoń Szczecin", "organization")),
    # an outlet's regional or national edition
    ("Powiedział to w rozmowie z TVP3 Gdańsk.", ("TVP3 Gdańsk", "media")),
    ("Jak podaje Business Insider Polska, ceny wzrosną.", ("Business Insider Polska", "media")),
    # an organisation in the genitive after a role is not part of the person's name, nor a person
    ("Powiedział członek biura politycznego Hamasu Osama Hamdan.", ("Osama Hamdan", "person")),
    ("W rozmowach uczestniczył szef Mosadu Dawid Barnea.", ("Mosad", "organization")),
    # an adjective opening an institution's name is not the country it names
    ("Komitet protestacyjny w Polskiej Grupie Górniczej dał zarządowi czas.",
     ("Polska Grupa Górnicza", "organization")),
    # a name after a common noun is its genitive complement ("mieszkańcy Radziejowa": Radziejów, not Radziejowa)
    ("Mieszkańcy Radziejowa protestowali przed szpitalem.", ("Radziejów", "place")),
    ("Władze Leszna zapowiedziały rozmowy.", ("Leszno", "place")),
    # hyphenated names inflect part by part
    ("Protest odbył się w Jastrzębiu-Zdroju.", ("Jastrzębie-Zdrój", "place")),
    ("Wiec zwołano w Kędzierzynie-Koźlu.", ("Kędzierzyn-Koźle", "place")),
    ("Wypowiedź ministra Andrzeja Domańskiego-Nowaka zaskoczyła.", ("Andrzej Domański-Nowak", "person")),
    # a one-letter platform after "na" or an outlet's noun
    ("Minister napisał na X, że rozmowy trwają.", ("X", "media")),
    ("Oświadczenie pojawiło się na platformie X w nocy.", ("X", "media")),
    # quotation marks inside a listed name
    ("Związkowcy z NSZZ „Solidarność” zapowiedzieli strajk.", ("NSZZ Solidarność", "organization")),
    # a seat of power named for its office is an organisation; a capital named for its government is a place
    ("Biały Dom nie skomentował decyzji.", ("Biały Dom", "organization")),  # a seat of power: its office
    ("Pentagon nie odpowiedział na pytania.", ("Pentagon", "organization")),
    ("Moskwa nie skomentowała decyzji.", ("Moskwa", "place")),  # a capital named for its government stays a place
    # an unknown word or acronym in a frame naming the outlet someone spoke to is an outlet (media_frames.txt)
    ("Minister ocenił w rozmowie z Wiadomostfunk, że nie.", ("Wiadomostfunk", "media")),
    ("Prezydent powiedział w wywiadzie dla Ylex, że tak.", ("Ylex", "media")),
    ("Rzecznik powiedział w rozmowie z KRT, że nie.", ("KRT", "media")),
    # every platform of platforms.txt is an outlet, named as listed
    ("Spółka napisała w komunikacie opublikowanym na LinkedInie, że nie.", ("LinkedIn", "media")),
    ("Wpis pojawił się na Bluesky wczoraj.", ("Bluesky", "media")),
    ("Ks. Jan Nowak odprawił mszę. Obrońca, mec. Piotr Zawadzki, dodał, że nie.", ("Piotr Zawadzki", "person")),
    ("Ks. Jan Nowak odprawił mszę.", ("Jan Nowak", "person")),
    # where a group lives is a place (residence_nouns.txt), also a name morfeusz2 knows only as part of one
    ("Kilkaset osób przeszło ulicami Pilczyna. Mieszkańcy Pilczyna protestują.", ("Pilczyn", "place")),
    ("Mieszkańcy Wierzchlina protestują. Wierzchlin ma 3 tys. mieszkańców.", ("Wierzchlin", "place")),
    # a quoted name after an institution's name is part of it; PAP's plus signs quote a name as „…” do
    ('Protestuje Stowarzyszenie Kibiców Unii Zabłocie "Wierni Barwom". Zarząd milczy.',
     ('Stowarzyszenie Kibiców Unii Zabłocie "Wierni Barwom"', "organization")),
    ("Głównym oskarżonym jest prezes spółki +Eko-Kompost+ Marek K.", ("Eko-Kompost", "organization")),
    # a clause-initial adjective agreeing with the capitalised noun after it opens the name
    ("Polskie Porty Lotnicze, które zarządzają lotniskiem, uspokajają.", ("Polskie Porty Lotnicze", "organization")),
    ("Rejsy odwołano.\n\nPolskie Linie Lotnicze LOT tłumaczą to strajkiem.", ("Polskie Linie Lotnicze", "organization")),
    # a first name that is also a common noun's form opens a clause with the surname after it
    ("Rada zebrała się w piątek.\n\nMarek Wrzosek odpowie za zaniedbania.", ("Marek Wrzosek", "person")),
    ("Sąd orzekł w piątek. Marek K. odpowie za zaniedbania.", ("Marek K.", "person")),
]


@pytest.mark.parametrize("text,expected", NAMES)
def test_canonical_names(text, expected):
    assert expected in actors(text)


NOT_NAMES = [
    ("Projekt trafi na posiedzenie Rady Ministrów we wtorek.", {"Rad Ministrów", "Rady Ministrów", "Rado Ministrów"}),
    ("Statek zatonął na Morzu Czarnym.", {"Morze Czarnym", "Morzu Czarnym"}),
    ("Wniosek złożono do Naczelnej Rady Adwokackiej.", {"Naczelny Rad Adwokacki"}),
    ("– Nie ustąpimy – mówił Minister Kierwiński.", {"Minister Kierwiński"}),
    ("Rzeczniczka Trakbusu Anna Kuc odmówiła komentarza.", {"Trakbusu Anna Kuc", "Trakbus Anna Kuc"}),
    ("Wniosek trafił do Rady UE w piątek.", {"Rado", "Rada", "Rady"}),
    ("Starosta udzielił wywiadu Radiu Lublin.", {"Lublin"}),
    ("Protest odbył się przed Ministerstwem Zdrowia w Warszawie.", {"Ministerstwo Zdrowia w Warszawie"}),
    ("Spotkanie zorganizowano w Ministerstwie Rolnictwa w Poznaniu.", {"Ministerstwo Rolnictwa w Poznaniu"}),
    ("Spółka Transport Mazurski zawiesiła kursy.", {"Spółka Transport Mazurski", "Spółka"}),
    ("Portal Kurier Nadmorski podał, że wójt odejdzie.", {"Portal Kurier Nadmorski"}),
    ("Zarząd PKS Lipno proponuje podwyżkę o 1 zł.", {"Zarząd PKS", "Zarząd PKS Lipno"}),  # organ_nouns.txt
    ("Przemawiał szef związku w Łaziskach Marek Brodka.", {"Łaziska Marek Brodka"}),
    ("Remont kosztował 3 mln zł. Wyrok Sąd Rejonowy w Kole wydał w piątek.", {"Wyrok Sąd Rejonowy", "Wyrok Sąd Rejonowy w Kole"}),
    ("Nowe ceny obowiązują od 2026 r. Średnia stawka wyniesie 500 zł.", {"Średnia"}),
    ("Rzecznik PGE Marcin Wolny odmówił komentarza.", {"PGE Marcin", "PGE Marcin Wolny"}),
    ("Rzecznik Kremla Igor Bałatow ocenił to. Cytowany przez TASS Bałatow dodał, że nie.", {"TASS Bałatow"}),
    ("Rzecznik katarskiego MSZ Halid al-Nuri potwierdził.", {"MSZ Halid", "MSZ Halid al-Nuri"}),
    ("Rzecznik Polskiej Ligi Koszykówki zapowiedział zmiany.", {"Polska", "Liga Koszykówki", "Ligi Koszykówki"}),
    ("Nowe przepisy to część programu, który nazwano Polski Ład.", {"Polska", "Ład", "Polski Ład"}),
    ("Siatkarki GKS Wilga Garwolin nie dostały pensji.", {"GKS", "Wilga", "Wilga Garwolin"}),
    ("Prezes JSW Tomasz Nowak zapewnił o wypłatach.", {"JSW Tomasz Nowak"}),  # no club prefix
    ("Zarząd województwa nie zdecydował.", {"województwo", "Województwo"}),
    ("Burmistrz: pójdziemy do sądu", {"Burmistrz"}),
    ("– Panie Wójcie, to skandal – wołali mieszkańcy. Pan Wójt nie odpowiedział.", {"Pan Wójt", "Wójt"}),
    ("Statki nie wpłyną do wschodniej części Morza Czarnego Ukraina nie ustąpi.", {"Czarne Ukraina", "Morze"}),
    ("Zarząd Wisły Kraków zwolnił trenera.", {"Zarząd Wisły", "Kraków"}),
    ("Związkowcy z NSZZ „Solidarność” zapowiedzieli strajk.", {"NSZZ"}),
    ("Sprawa trafiła na X. Kongres w piątek.", {"X"}),
    ("Pracownicy Urzędu Skarbowego Łódź-Bałuty protestują.", {"Łódź"}),
    ("Rozmawiał z Radiem Poznań Marek Sobczak.", {"Radio Poznań Marek Sobczak"}),
    # an abbreviated title is no part of the name nor a name of its own (abbreviations.txt, roles.txt)
    ("Ks. Jan Nowak odprawił mszę. Obrońca, mec. Piotr Zawadzki, dodał, że nie.",
     {"Ks. Jan Nowak", "Ks", "Mec", "Mec. Piotr Zawadzki"}),
    ("Polskie Porty Lotnicze, które zarządzają lotniskiem, uspokajają.", {"Porty Lotnicze"}),
    # a quotation after a name that is no name of its own (lower case) stays out of it
    ("Komitet Obrony Szpitala „nie ustąpi” – mówią mieszkańcy.", {"Komitet Obrony Szpitala „nie ustąpi”"}),
    # a clause-initial first name that is also a pronoun or adjective ("Sam", "sam") opens no name
    ("Sam Kowalczyk tego nie wie.", {"Sam Kowalczyk"}),
]


@pytest.mark.parametrize("text,absent", NOT_NAMES)
def test_no_oblique_or_titled_names(text, absent):
    assert not {n for n, _ in actors(text)} & absent


MERGES = [
    # (text, the one actor, forms it must keep as aliases)
    ("Premier Robert Fico przyjechał do Brukseli. Rząd Roberta Fica się nie zgodził.",
     "Robert Fico", {"Roberta Fica"}),
    ("Kierowcy firmy Trakbus strajkują. W Trakbusie nie ma podwyżek. Zarząd Trakbusa milczy.",
     "Trakbus", {"Trakbusie", "Trakbusa"}),
    ("Wiceminister Andrij Demczenko odpowiedział. Demchenko dodał, że granica jest otwarta.",
     "Andrij Demczenko", {"Demchenko"}),
    # a surname alone spelt one letter otherwise than the full name's is that person
    ("Minister Mohammad Dżawadijan przyjechał do Genewy. Dżawadian ostrzegł, że nie ustąpi.",
     "Mohammad Dżawadijan", {"Dżawadian"}),
    # a foreign first name read into Polish from an oblique form is the name the text writes out
    ("Premier Dick Schoof przyjechał do Brukseli. Rozmawiano z Dickiem Schoof o budżecie.",
     "Dick Schoof", set()),
    ("Sekretarz Mark Rutte przyjechał do Wilna. Prezydent spotkał się z Markiem Rutte.", "Mark Rutte", set()),
    # of two spellings of one name, the Polish one names the actor
    ("Premier Benjamin Netanyahu odmówił. Benjamin Netanjahu dodał, że nie.",
     "Benjamin Netanjahu", {"Benjamin Netanyahu"}),
    ("Na ulice Leszna nie wyjechał autobus. W Lesznie trwa strajk.", "Leszno", {"Leszna", "Lesznie"}),
    ("Szefem rady jest Zbigniew Hałas. Decyzja Hałasa zaskoczyła radnych.", "Zbigniew Hałas", {"Hałasa"}),
    ("Spotkali się z Elżbietą Rzepką. – Pani Elżbieto, to nie wystarczy – mówił radny.",
     "Elżbieta Rzepka", {"Elżbieto"}),
    ("Wicepremier Władysław Kosiniak-Kamysz milczy. Kosiniak Kamysz nie odpisał.",
     "Władysław Kosiniak-Kamysz", {"Kosiniak Kamysz"}),
    ("Prezes spółki Marek W. usłyszał zarzuty. Zatrzymano Marka Wolnego w środę.", "Marek Wolny", {"Marek W."}),
    ("Spółka Trakbus Energia buduje farmę. Przedstawiciele Trakbusu milczą.", "Trakbus Energia", {"Trakbusu"}),
    ("Rada Gminy w Dębinie przyjęła uchwałę. Rada Gminy zbierze się znowu.", "Rada Gminy w Dębinie", {"Rada Gminy"}),
    ("Poseł Jan Kalisz przyjechał. Kalisz zapowiedział wniosek.", "Jan Kalisz", {"Kalisz"}),
    ("Poseł Jan Król zabrał głos. Król zapowiedział wniosek.", "Jan Król", {"Król"}),  # a surname that is a role
    ("Posłanka Paulina Hennig-Kloska odpowiedziała. Hennig-Kloskę pytano o to wczoraj.",
     "Paulina Hennig-Kloska", {"Hennig-Kloskę"}),
    # a familiar first name with the same surname; an acronym with a lower-case conjunction
    ("Lider protestu Przemysław Kaczor zapowiedział blokadę. Na zdjęciu Przemek Kaczor. Kaczor dodał, że nie.",
     "Przemysław Kaczor", {"Przemek Kaczor"}),
    ("Związek OZZPiP protestuje. Ogólnopolski Związek Zawodowy Pielęgniarek i Położnych wydał komunikat.",
     "Ogólnopolski Związek Zawodowy Pielęgniarek i Położnych", {"OZZPiP"}),
    # a club's acronym opens its name up to its city; the name without them is the club (club_prefixes.txt)
    ("Siatkarki GKS Wilga Garwolin nie dostały pensji. Wilga ma długi, a zarząd Wilgi milczy.",
     "GKS Wilga Garwolin", {"Wilga", "Wilgi"}),
    ("Mecz z MKS Orkan Rumia przełożono. Orkan Rumia zagra w maju.", "MKS Orkan Rumia", {"Orkan Rumia"}),
    # an acronym leaves out the seat of the name it spells
    ("Kierowcy Wojewódzkiego Przedsiębiorstwa Komunikacji w Lesznie strajkują. Rzecznik WPK milczy.",
     "Wojewódzkie Przedsiębiorstwo Komunikacji w Lesznie", {"WPK"}),
    # English "gh" spells a sound Polish writes with one letter: one name, the Polish spelling names it
    ("Rozmowę prowadził Mohammad Bagherzadeh. Mohammad Bakerzadeh dodał, że Teheran czeka.",
     "Mohammad Bakerzadeh", {"Mohammad Bagherzadeh"}),
    ("Mówiła minister Joanna Wirska–Bednarz. Wirska-Bednarz dodała, że nie.", "Joanna Wirska-Bednarz",
     {"Joanna Wirska–Bednarz"}),
    # an acronym with its city in the nominative is the acronym's actor; a club's name without its city
    ("Kierowcy Miejskiego Zakładu Komunikacji w Pile strajkują. Rzecznik MZK Piła milczy.",
     "Miejski Zakład Komunikacji w Pile", {"MZK Piła"}),
    ("Mecz z KS Orlęta Biała Podlaska przełożono. Orlęta zagrają w maju.", "KS Orlęta Biała Podlaska", {"Orlęta"}),
    # a club named "<noun> <city>" is that club where a clause opens with its name or its first word
    ("Trener Pogoni Szczecin odszedł.\n\nPogoń Szczecin bez trenera. Pogoń zajmuje piąte miejsce.",
     "Pogoń Szczecin", {"Pogoń"}),
    # a person's name is singular: "Henryk" is not the genitive plural of Henryka
    ("Starosta Henryk M. usłyszał zarzuty. Rada odwołała Henryka M. ze stanowiska.", "Henryk M.", {"Henryka M."}),
    # a form a first name takes in another case is that name, not a nominative the dictionary lacks
    # ("Marka" is Marek's genitive after a role noun, not a woman Marka)
    ("Oskarżonym jest prezes spółki Marek K. Obrońca Marka K. zapowiedział apelację.", "Marek K.", {"Marka K."}),
    ("Wójt Adam Wrzos odszedł. Zastępca Adama Wrzosa przejął urząd.", "Adam Wrzos", {"Adama Wrzosa"}),
    # a surname written as in its own language with a Polish case ending added (name_case_endings.txt),
    # inside a clause or opening one
    ("Sekretarz Mark Rutte przyjechał. Ruttego pytano o wydatki.", "Mark Rutte", {"Ruttego"}),
    ("Rzecznik Dmitrij Pieskow zaprzeczył. Pieskowa zapytano o to. Wczoraj Pieskowowi nie odpowiedziano.",
     "Dmitrij Pieskow", {"Pieskowa", "Pieskowowi"}),
    ("Prezydent Emmanuel Macron przyjechał. Wieczorem Macronowi podziękowano.", "Emmanuel Macron", {"Macronowi"}),
    # a surname in -a declines with a consonant alternation; a woman's adjectival one in -owa as one
    ("Prezydent Alaksandr Łukaszenka ostrzegł. Łukaszence zależy na sankcjach. Łukaszenki nie było.",
     "Alaksandr Łukaszenka", {"Łukaszence", "Łukaszenki"}),
    ("Rzeczniczka Maria Zacharowa odpowiedziała. Zacharowej nie spodobał się wpis.", "Maria Zacharowa",
     {"Zacharowej"}),
    ("Prezydent Andrzej Duda przyjechał. Dudzie podziękowano.", "Andrzej Duda", {"Dudzie"}),
    ("Premier Robert Fico przyjechał. Ficowi podziękowano.", "Robert Fico", {"Ficowi"}),
    # a clause-initial surname in another case: a surname reading's lemma, a double surname too
    ("Posłanka Anna Nowak-Kowalska odpowiedziała. Nowak-Kowalskiej nie przekonano.", "Anna Nowak-Kowalska",
     {"Nowak-Kowalskiej"}),
    ("Posłanka Anna Kowalska przyszła. Kowalskiej nie przekonano.", "Anna Kowalska", {"Kowalskiej"}),
    # a surname after a lower-case particle goes by its bare form
    ("Prezydent Egiptu Abd al-Fattah as-Sisi przyjął delegację. Sisi dodał, że nie.", "Abd al-Fattah as-Sisi",
     {"Sisi"}),
    # an oblique form written elsewhere is no evidence for a last-resort reading of the nominative
    ("Premier Benjamin Netanjahu odpowiedział. Netanjahu dodał, że nie. Netanjahua krytykuje opozycja.",
     "Benjamin Netanjahu", {"Netanjahua"}),
    # an unknown town in -ń: its oblique forms soften the -ń (guesser_paradigms.txt: Poznań)
    ("Władze Chersonia apelują. W Chersoniu trwa ewakuacja. Chersoń jest ostrzeliwany.", "Chersoń",
     {"Chersonia", "Chersoniu"}),
]


@pytest.mark.parametrize("text,name,forms", MERGES)
def test_forms_of_one_actor_merge(text, name, forms):
    got = extract_actors(nlp.analyze(text))
    one = [a for a in got if a.name == name]
    assert len(one) == 1 and forms <= set(one[0].aliases)
    assert not any(a.name in forms for a in got)


def test_a_man_and_a_woman_of_one_surname_stay_two():
    got = {a.name for a in extract_actors(nlp.analyze("Aleksander Wrona i Aleksandra Wrona przyszli razem."))}
    assert {"Aleksander Wrona", "Aleksandra Wrona"} <= got


def test_similar_surnames_of_two_people_do_not_join_a_surname_alone():
    got = {a.name for a in extract_actors(nlp.analyze(
        "Jan Nowakowski rozmawiał z Piotrem Nowakowiczem. Nowakowicz milczał, Kowalewska też.  Anna Kowalewski przyszła."))}
    assert {"Jan Nowakowski", "Piotr Nowakowicz"} <= got
    got = extract_actors(nlp.analyze("Jan Zarębski i Adam Zarembski przyszli razem. Zarenbski nic nie powiedział."))
    assert {"Jan Zarębski", "Adam Zarembski"} <= {a.name for a in got}
    assert not any("Zarenbski" in a.aliases for a in got)  # near two spellings: the surname alone joins neither


def test_two_first_names_one_letter_apart_both_written_out_stay_two():
    got = {a.name for a in extract_actors(nlp.analyze("Anna Kowalska i Hanna Kowalska przyszły razem na sesję."))}
    assert {"Anna Kowalska", "Hanna Kowalska"} <= got


def test_a_case_form_joins_only_a_person_whose_surname_takes_its_ending():
    # two people of one surname: the form with an ending joins neither; a longer surname is not an ending
    got = extract_actors(nlp.analyze("Mark Rutte i Anna Rutte przyszli. Ruttego pytano o to."))
    assert {"Mark Rutte", "Anna Rutte"} <= {a.name for a in got}
    assert not any("Ruttego" in a.aliases for a in got if a.name in ("Mark Rutte", "Anna Rutte"))
    got = {a.name: a for a in extract_actors(nlp.analyze("Jan Nowak przyszedł. Nowakowski dodał, że nie."))}
    assert "Nowakowski" not in got["Jan Nowak"].aliases
    # a feminine ending is no case of a man's surname; an adjectival surname's forms are the dictionary's
    got = {a.name: a for a in extract_actors(nlp.analyze("Minister Iwan Petrow przyjechał. Wczoraj Petrowej nie było."))}
    assert "Petrowej" not in got["Iwan Petrow"].aliases
    got = {a.name: a for a in extract_actors(nlp.analyze("Posłanka Anna Kowalska przyszła. Wczoraj Kowalskiego nie było."))}
    assert "Kowalskiego" not in got["Anna Kowalska"].aliases


def test_a_residence_noun_types_no_institution_a_place():
    got = actors("Mieszkańcy Domu Pomocy Społecznej protestują. Mieszkańcy MPK nie ma.")
    assert ("Dom Pomocy Społecznej", "organization") in got and ("MPK", "organization") in got


def test_a_media_frame_types_no_person_and_no_plural_talks():
    got = extract_actors(nlp.analyze(
        "Premier Mark Tillens przyjechał. W rozmowie z Tillensem ustalono plan. W rozmowach z KRT nie ustalono nic."))
    got = {a.name: a for a in got}
    assert got["Mark Tillens"].type == "person" and "Tillensem" in got["Mark Tillens"].aliases
    assert got["KRT"].type == "organization"


def test_different_people_do_not_merge():
    got = {a.name for a in extract_actors(nlp.analyze(
        "Jan Kowalski spotkał się z Anną Kowalską. Kowalska odpowiedziała, że Piotr Nowak też przyjdzie."))}
    assert {"Jan Kowalski", "Anna Kowalska", "Piotr Nowak"} <= got


ROLES = [
    ("Spotkał się z doradcą prezydenta Francji Janem Nowakiem.", "Jan Nowak", "doradca prezydenta Francji"),
    ("Rzecznik ministra zdrowia Jan Kos odmówił komentarza.", "Jan Kos", "rzecznik ministra zdrowia"),
    ("– Nie ustąpimy – mówił Minister Kierwiński.", "Kierwiński", "minister"),
    # a role's own adjectives go to the nominative with it; a genitive complement's stay as written
    ("Rozmawiała z sekretarzem generalnym Rady Europy Janem Lisem.", "Jan Lis", "sekretarz generalny Rady Europy"),
    ("Merz spotkał się z szefową unijnej dyplomacji Ewą Sową.", "Ewa Sowa", "szefowa unijnej dyplomacji"),
    ("Rzecznik prasowy ministra zdrowia Jan Kos odmówił.", "Jan Kos", "rzecznik prasowy ministra zdrowia"),
    # "premier" reads also as a woman's indeclinable title (every case, feminine): that reading agrees
    # with any feminine adjective, so it must not pull a genitive name's adjective into the nominative
    ("W Rzymie premier Wielkiej Brytanii Jan Lis spotkał się z prezydentem.", "Jan Lis", "premier Wielkiej Brytanii"),
    ("Wczoraj premier Nowej Zelandii Anna Kos odwiedziła Warszawę.", "Anna Kos", "premier Nowej Zelandii"),
    ("Do Paryża przyjechał premier Czeskiej Republiki Jan Lis.", "Jan Lis", "premier Czeskiej Republiki"),
    ("W Berlinie minister Wielkiej Brytanii Jan Lis mówił o cłach.", "Jan Lis", "minister Wielkiej Brytanii"),
    # a role shared by two holders joined by "i": the first holder's name is no part of the second's role
    ("Do protestujących zjechali prezydenccy ministrowie Karol Lis i Mateusz Kos.", "Mateusz Kos", "minister"),
    ("Spotkali się rzecznicy ministra zdrowia Jan Kos i Anna Lis.", "Anna Lis", "rzecznik ministra zdrowia"),
    ("Z ministrami Janem Kosem i Adamem Wolskim rozmawiano długo.", "Adam Wolski", "minister"),
    ("Przyszli wiceministrowie Jan Kos oraz Ewa Nowak.", "Ewa Nowak", "wiceminister"),
]


@pytest.mark.parametrize("text,name,role", ROLES)
def test_role_of_an_apposition_chain(text, name, role):
    got = {a.name: a for a in extract_actors(nlp.analyze(text))}
    assert got[name].role == role
    assert ("Francja", "place") in actors(text) or "Francji" not in text


LISTED = [
    # a listed actor the text never calls by its listed name takes the fullest form the text gives
    ("Stany Zjednoczone nałożyły cła na stal.", ("Stany Zjednoczone", "place")),
    ("Raport Najwyższej Izby Kontroli wskazał błędy.", ("Najwyższa Izba Kontroli", "organization")),
    # where the text uses the listed name, it stays; a demonym never names its country
    ("Rosja odpowiedziała. Federacja Rosyjska nie uzna decyzji.", ("Rosja", "place")),
    ("Rosjanie odrzucili propozycję.", ("Rosja", "place")),
]


@pytest.mark.parametrize("text,expected", LISTED)
def test_listed_actor_named_by_the_fullest_form_given(text, expected):
    assert expected in actors(text)


@pytest.mark.parametrize("text,roles", [
    # a name in the genitive holds the nearest role noun, not the chain's head
    ("Jan Kos, rzecznik premiera Adama Wolskiego przekazał, że rozmowy trwają.",
     {"Jan Kos": "rzecznik premiera Adama Wolskiego", "Adam Wolski": "premier"}),
    ("Marta Nowicka, rzeczniczka burmistrza Karola Wiśniewskiego, przekazała, że plan jest gotowy.",
     {"Marta Nowicka": "rzeczniczka burmistrza Karola Wiśniewskiego", "Karol Wiśniewski": "burmistrz"}),
    # a nominative name after the chain holds the chain's head
    ("Doradca prezydenta Francji Jan Nowak przyjechał do Warszawy.", {"Jan Nowak": "doradca prezydenta Francji"}),
])
def test_roles_in_apposition_chains(text, roles):
    t = nlp.analyze(text)
    got = {a.name: a.role for a in extract_actors(t) if a.type == "person"}
    assert got == roles
