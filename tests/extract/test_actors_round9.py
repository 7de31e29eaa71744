"""Actors, round 9 (the real-page classes): invented sentences -> expected actors, and negatives.

A familiar first name, a unit's acronym after its full name, two acronyms for one body, a school
class's label, the polite "Pan", a church named by its saint, a page cut off inside a name.
"""
import pytest

from newslens import nlp
from newslens.extract.actors import extract_actors


def _by_name(text):
    return {a.name: a for a in extract_actors(nlp.analyze(text))}


# (text, full name, the short form that must be one of its aliases)
JOINED = [
    # a familiar first name alone is the one person named in full with that given name
    ("Trener chwalił Tomasza Wilka. Tomek grał dziś najlepiej w drużynie.", "Tomasz Wilk", "Tomek"),
    ("Bramkę zdobył Jakub Sowa, a kibice skandowali: Kuba! Kubie należą się brawa.", "Jakub Sowa", "Kubie"),
    ("Ciepło wyrażał się o Janie Malinowskim. Janek zawsze walczy do końca.", "Jan Malinowski", "Janek"),
    # a familiar first name with the same surname
    ("Na liście są Wojciech Kruk i Bartosz Lis. Wojtek Kruk nie przyjechał na zgrupowanie.", "Wojciech Kruk",
     "Wojtek Kruk"),
    # a unit's acronym leaves out its parent's acronym after its name
    ("Śledztwo prowadzi Centralne Biuro Zwalczania Cyberprzestępczości KGP. Funkcjonariusze CBZC weszli do "
     "biura spółki.", "Centralne Biuro Zwalczania Cyberprzestępczości KGP", "CBZC"),
    ("Kontrolę zlecił Departament Ochrony Zdrowia MSWiA. Urzędnicy DOZ nie odpowiedzieli na pytania.",
     "Departament Ochrony Zdrowia MSWiA", "DOZ"),
    # two acronyms side by side for one body the text names with its acronym and its own name
    ("Zarząd PKP Intercity zapowiada nowe połączenia. W PKP IC trwa przegląd składów.", "PKP Intercity", "PKP IC"),
    ("Spółka PKP Polskie Linie Kolejowe remontuje tory. Rzecznik PKP PLK potwierdził opóźnienia.",
     "PKP Polskie Linie Kolejowe", "PKP PLK"),
]


@pytest.mark.parametrize("text,name,form", JOINED)
def test_a_short_form_joins_its_full_name(text, name, form):
    found = _by_name(text)
    assert name in found and form in found[name].aliases, found
    assert form not in found


# (text, a name that must not be an actor, actors that must stay)
NO_ACTOR = [
    # a school class's label is no body
    ("Rodzice uczniów z klasy IIIb napisali do kuratora. Klasa IVa dostanie nowego wychowawcę.", "IIIb", ()),
    ("Rodzice uczniów z klasy IIIb napisali do kuratora. Klasa IVa dostanie nowego wychowawcę.", "IVa", ()),
    # the polite "Pan"/"Pani" of an appeal or a letter is no person
    ("– Panie Burmistrzu, czekamy, aż Pan odpowie. Oczekujemy od Pana decyzji – mówiła Ewa Sowa.", "Pan",
     ("Ewa Sowa",)),
    # a saint's name is part of a church's or a street's name, no person
    ("Proboszcz parafii św. Wawrzyńca w Sulejowie zaprasza na festyn.", "Wawrzyniec", ()),
    ("Biuro mieści się przy ul. św. Marcina w Poznaniu.", "Marcin", ("Poznań",)),
    # "Via Baltica" is no class label
    ("Budowa drogi Via Baltica opóźni się o rok.", "IVa", ()),
]


@pytest.mark.parametrize("text,absent,present", NO_ACTOR)
def test_no_actor(text, absent, present):
    found = _by_name(text)
    assert absent not in found, found
    assert all(p in found for p in present), found


@pytest.mark.parametrize("text,people", [
    # a familiar first name two people may go by joins neither
    ("Jan Kruk i Jan Lis trenują razem. Janek dostał powołanie.", ("Jan Kruk", "Jan Lis")),
    ("Tomasz Wilk i Tomasz Sowa trenują razem. Tomek dostał powołanie.", ("Tomasz Wilk", "Tomasz Sowa")),
    # a first name that is no familiar form of the full one ("Janina" is not Jan)
    ("Jan Kruk dostał powołanie. Janina cieszy się razem z nim.", ("Jan Kruk",)),
])
def test_a_familiar_name_of_two_people_or_none_joins_no_one(text, people):
    found = _by_name(text)
    for p in people:
        assert p in found and not any(a[:3] == "Jan" or a[:3] == "Tom" for a in found[p].aliases), found


def test_a_class_label_does_not_swallow_the_school_after_it():
    found = _by_name("Do rodziców z klasy IIa Niepublicznej Szkoły Podstawowej Orion w Gdańsku trafił list.")
    assert "Niepubliczna Szkoła Podstawowa Orion w Gdańsku" in found, found
    assert found["Niepubliczna Szkoła Podstawowa Orion w Gdańsku"].type == "organization"
    assert "Gdańsk" not in found and "IIa" not in found


@pytest.mark.parametrize("text,name,typ,alias", [
    ("Do włamania doszło w zakrystii kościoła św. Floriana w Kaliszu. Policja przesłuchała kościelnego.",
     "kościół św. Floriana", "place", "kościoła św. Floriana"),
    ("Koncert odbędzie się w bazylice świętego Jana Pawła II.", "bazylika świętego Jana Pawła II", "place",
     "bazylice świętego Jana Pawła II"),
    ("Zbiórkę prowadzi parafia św. Piotra i Pawła. Proboszcz parafii św. Piotra i Pawła dziękuje.",
     "parafia św. Piotra i Pawła", "organization", "parafii św. Piotra i Pawła"),
])
def test_a_church_named_by_its_saint(text, name, typ, alias):
    found = _by_name(text)
    assert name in found and found[name].type == typ, found
    assert alias in found[name].aliases
    assert not [a for a in found.values() if a.type == "person"], found


@pytest.mark.parametrize("text,absent,present", [
    # the page stops inside a name: the cut word names no one, nor the capitalised word glued to it
    ("Tomasz Wilk wygrał etap.\n\nJak przekazał wtedy rzecznik Komendy Miejskiej Policji Andrz",
     "Andrz", ("Tomasz Wilk", "Komenda Miejska Policji")),
    ("Tomasz Wilk wygrał etap.\n\nTym składem drużyna raczej nie wyjdzie już na boisko Sport Med",
     "Sport Med", ("Tomasz Wilk",)),
    ("Tomasz Wilk wygrał etap.\n\nTym składem drużyna raczej nie wyjdzie już na boisko Sport Med",
     "Sport", ()),
])
def test_a_page_cut_inside_a_name(text, absent, present):
    found = _by_name(text)
    assert absent not in found, found
    assert all(p in found for p in present), found


def test_a_text_that_ends_as_texts_end_keeps_its_last_name():
    # a caption or a short last line without a full stop is no cut page
    found = _by_name("Tomasz Wilk wygrał etap.\n\nNa zdjęciu Bartosz Lis")
    assert "Bartosz Lis" in found
    found = _by_name("Tomasz Wilk wygrał etap i podziękował kibicom, jak podało Radio Lublin.")
    assert "Radio Lublin" in found


@pytest.mark.parametrize("text,name,typ", [
    # a one-word complement of a role noun, in another case, is the body the role is held in
    ("Kapitan Ruchu przyznał po meczu, że zespół zagrał słabo.", "Ruch", "organization"),
    ("Trener Stali: Przegraliśmy zasłużenie", "Stal", "organization"),
    ("Po spotkaniu rzecznik Ratusza odmówił komentarza.", "Ratusz", "organization"),
    # a surname in the role noun's case is the person, though it also reads as a village's genitive
    ("Pytany, czy prezydent Nowak poprze ustawę, minister milczał.", "Nowak", "person"),
])
def test_a_word_after_a_role_noun(text, name, typ):
    found = _by_name(text)
    assert name in found and found[name].type == typ, found


@pytest.mark.parametrize("text,absent", [
    # the role is the person's after it: no body from its complement
    ("Trener Stali Marek Jeż nie krył rozczarowania.", "Stal"),
    # a body's common noun refers back to the one named ("szef Sojuszu" for NATO): no actor of its own
    ("Szczyt NATO zakończył się w piątek. Szef Sojuszu zapowiedział kolejne ćwiczenia.", "Sojusz"),
    # the genitive of a person after a role noun is the person, not a body
    ("Asystent Nowaka Jan Kruk nie chciał rozmawiać.", "Nowak"),
])
def test_no_body_after_a_role_noun(text, absent):
    found = _by_name(text)
    assert absent not in found or found[absent].type != "organization", found


def test_a_councillors_title_before_a_surname():
    found = _by_name("Radny Kot chce odwołania burmistrza\n\nNa sesji radny Adam Kot zabrał głos jako pierwszy.")
    assert "Adam Kot" in found and "Kot" in found["Adam Kot"].aliases
    assert not [n for n in found if n.startswith("Radny")], found


@pytest.mark.parametrize("text,name,form", [
    # a compound adjective in a name inflects on its last part; the acronym takes each part's letter
    ("Akademiki Uniwersytetu Kujawsko-Pomorskiego w Toruniu podrożeją. Władze UKP tłumaczą to cenami prądu.",
     "Uniwersytet Kujawsko-Pomorski w Toruniu", "UKP"),
    # "ts" and "c" spell one sound in a foreign name written two ways
    ("Premier Nikos Papatsanis przyjechał do Aten. — Rozmowy trwają — napisał Papacanis.", "Nikos Papatsanis",
     "Papacanis"),
    # a foreign surname spelled with other vowels inside it
    ("Szwedzki obrońca Lars Gustensen nie dostał pensji. - Czekamy od marca - mówił Gustiansen.",
     "Lars Gustensen", "Gustiansen"),
])
def test_a_name_spelled_two_ways_is_one_actor(text, name, form):
    found = _by_name(text)
    assert name in found and form in found[name].aliases, found
    assert form not in found


def test_known_surnames_with_other_vowels_stay_apart():
    found = _by_name("Mówili Jan Kowalik i Anna Kowalak. Kowalak dodała, że nie zgadza się z Kowalikiem.")
    assert "Kowalik" not in found.get("Anna Kowalak").aliases, found


def test_a_body_named_with_a_place_goes_by_its_first_word():
    found = _by_name("Magazynierzy firmy Tabaro strajkują od wtorku. Zarząd Tabaro Polska ocenił w środę, że "
                     "rozmowy wrócą po akcji.")
    assert "Tabaro Polska" in found and "Tabaro" in found["Tabaro Polska"].aliases, found
    assert "Tabaro" not in found


@pytest.mark.parametrize("text,name,typ", [
    # a place and its adjective after a place's preposition, though its noun is also a first name's form
    ("Górnicy protestowali w Rudzie Śląskiej przed siedzibą spółki.", "Ruda Śląska", "place"),
    # a person's oblique name after a body's noun is the body's leader or owner, no body
    ("Nowe władze partii Tuska zapowiedziały zmiany w regulaminie.", "Tusk", "person"),
    # an acronym there stays the body ("banku ING", though morfeusz2 reads "ING" as a first name's genitive)
    ("Ekonomiści banku ING ocenili, że stopy spadną.", "ING", "organization"),
    # the farmers' union by its acronym, one actor
    ("Protest poparła NSZZ Solidarność RI. Przewodniczący Solidarności RI Jan Bąk zapowiedział blokady.",
     "Solidarność RI", "organization"),
    # an acronym after an event's name is a body of its own
    ("Podczas Zjazdu Delegatów ZZM minister obiecał zmiany.", "ZZM", "organization"),
])
def test_typed_as_the_construction_says(text, name, typ):
    found = _by_name(text)
    assert name in found and found[name].type == typ, found


@pytest.mark.parametrize("text,absent", [
    # words in capitals that are no acronyms
    ("Szczegóły oferty znajdziesz TUTAJ.", "TUTAJ"),
    ("Związkowcy z OPZZ ostrzegają.\n\nNIE BĘDZIE PODWYŻEK W TYM ROKU\n\nRząd milczy.", "Tym Roku"),
    ("Związkowcy z OPZZ ostrzegają.\n\nNIE BĘDZIE PODWYŻEK W TYM ROKU\n\nRząd milczy.", "PODWYŻEK"),
    # events: a congress of delegates, the Round Table talks
    ("Podczas Zjazdu Delegatów ZZM minister obiecał zmiany.", "Zjazd Delegatów"),
    ("Przyszli w rocznicę obrad Okrągłego Stołu.", "Okrągły Stół"),
    ("Protest poparła NSZZ Solidarność RI.", "RI"),
])
def test_no_actor_in_capitals_or_events(text, absent):
    found = _by_name(text)
    assert absent not in found and absent.upper() not in found, found


def test_acronyms_in_capitals_stay():
    found = _by_name("Związkowcy z OPZZ i NSZZ pytają o dostęp do systemu SWIFT. Rzecznik PKP milczy.")
    assert {"OPZZ", "NSZZ", "SWIFT", "PKP"} <= set(found), found


@pytest.mark.parametrize("text,name,typ", [
    # one unknown word ending as foreign surnames end is a person, not a firm
    ("Zacharczikow mówił też, że stanowisko Kijowa jest znane.", "Zacharczikow", "person"),
    ("Wcześniej Hryhorczenko zaprzeczył tym doniesieniom.", "Hryhorczenko", "person"),
    ("Wcześniej Miedwiediewa zaprzeczyła tym doniesieniom.", "Miedwiediewa", "person"),
    # any other unknown word stays a firm
    ("Przewoźnik Trakbus zawiesił kursy.", "Trakbus", "organization"),
])
def test_one_unknown_word_by_its_ending(text, name, typ):
    found = _by_name(text)
    assert name in found and found[name].type == typ, found


@pytest.mark.parametrize("text,name", [
    ("Radni opozycji z klubu Razem dla Gminy zapowiedzieli skargę do wojewody.", "Razem dla Gminy"),
    ("Wniosek złożył komitet Przyszłość dla Regionu w poniedziałek.", "Przyszłość dla Regionu"),
])
def test_a_clubs_own_name_runs_through_dla(text, name):
    found = _by_name(text)
    assert name in found and found[name].type == "organization", found


def test_dla_outside_a_clubs_name_ends_the_name():
    found = _by_name("Pieniądze dla Ukrainy przekazała Komisja Europejska.")
    assert "Ukraina" in found and not [n for n in found if " dla " in n], found


@pytest.mark.parametrize("text,name,form", [
    ("Radni wezwali minister Annę Moskwę do wstrzymania pozwoleń.", "Anna Moskwa", "Annę Moskwę"),
    ("Głos zabrała posłanka Ewa Warszawa z klubu opozycji.", "Ewa Warszawa", None),
])
def test_a_surname_that_names_a_city(text, name, form):
    found = _by_name(text)
    assert name in found and found[name].type == "person", found
    assert not [a for a in found.values() if a.type == "place"], found
    assert form is None or form in found[name].aliases


def test_a_first_name_and_a_city_of_another_gender_stay_apart():
    found = _by_name("Na scenie w Krakowie wystąpiła Ewa. Ewa Kraków pokochała od pierwszego dnia.")
    assert "Kraków" in found and found["Kraków"].type == "place", found


def test_an_ombudsman_is_a_body():
    found = _by_name("Skargę rozpatrzy Rzecznik Finansowy. Pomocy udzielił Rzecznik Praw Obywatelskich, a RPO "
                     "wystąpił do sądu. Rzecznik rządu Piotr Kos milczał.")
    assert found["Rzecznik Finansowy"].type == "organization", found
    assert "RPO" in found["Rzecznik Praw Obywatelskich"].aliases
    assert "Prawa Obywatelskie" not in found and found["Piotr Kos"].type == "person"


def test_okecie_is_the_warsaw_airport():
    found = _by_name("Samoloty lądują na Lotnisku Chopina. Na Okęciu od rana trwa strajk obsługi naziemnej.")
    assert "Okęciu" in found["Lotnisko Chopina"].aliases and found["Lotnisko Chopina"].type == "place", found
    assert "Okęcie" not in found


def test_a_club_named_with_its_town_goes_by_its_noun():
    found = _by_name("Trener ma ważny kontrakt, a Młot Sieradz nie odda go za darmo. Rozmowy z Młotem trwają.")
    assert "Młot Sieradz" in found and found["Młot Sieradz"].type == "organization", found
    assert "Młotem" in found["Młot Sieradz"].aliases and "Młot" not in found


def test_a_first_name_or_a_place_before_a_town_is_no_club():
    found = _by_name("Rozmawiał z nim wczoraj Marek Sieradz, radny. Wcześniej Ruda Śląska przyjęła budżet.")
    assert found["Marek Sieradz"].type == "person" and found["Ruda Śląska"].type == "place", found


def test_a_town_named_with_its_river():
    found = _by_name("Most w Kostrzynie nad Odrą zamknięto. Firma z Komornik pod Poznaniem wygrała przetarg.")
    assert "Kostrzyn nad Odrą" in found and found["Kostrzyn nad Odrą"].type == "place", found
    assert "Odra" not in found and "Poznań" in found  # "pod" names a town near another, not one name


def test_an_interest_rate_index_is_no_actor():
    found = _by_name("Prezes banku broni WIBOR-u. Pozwy kwestionujących WIBOR nie zmienią strategii. "
                     "Stowarzyszenie Kredytobiorców WIBOR napisało list.")
    assert "WIBOR" not in found and "WIBOR-u" not in found, found
    assert "Stowarzyszenie Kredytobiorców WIBOR" in found


@pytest.mark.parametrize("text,name", [
    ("Komisarz Wyborczy w Koninie w czwartek zarządził referendum.", "Komisarz Wyborczy w Koninie"),
    ("Sprawę przejął Prokurator Krajowy, który nie odpowiada na pytania.", "Prokurator Krajowy"),
])
def test_an_office_named_as_a_body(text, name):
    found = _by_name(text)
    assert name in found and found[name].type == "organization", found
    assert len(found) == 1, found


@pytest.mark.parametrize("text,body", [
    # a title before a body's name, a listed one or one whose noun the adjective heads
    ("Rzecznik Polskiej Ligi Koszykówki milczy.", "Polska Liga Koszykówki"),
    ("Europoseł Polski 2050 Jan Lis protestuje.", "Polska 2050"),
])
def test_a_title_before_a_body_is_no_office(text, body):
    found = _by_name(text)
    assert body in found and not [n for n in found if n.split()[0] in ("Rzecznik", "Europoseł")], found


def test_a_national_team_named_with_its_country():
    found = _by_name("Trener ma poprowadzić reprezentację Czech U-19 w eliminacjach. Kadra Węgier czeka na rywala.")
    assert "reprezentacja Czech U-19" in found and found["reprezentacja Czech U-19"].type == "organization", found
    assert "Czechy" not in found  # the country is the team's, no actor of its own there
    found = _by_name("Reprezentacja przegrała w Pradze, a kibice Czech świętowali.")
    assert not [n for n in found if n.startswith("reprezentacja")], found


def test_football_clubs_by_their_listed_names():
    found = _by_name("Piłkarze Legii pokonali Jagiellonię. Trener Lecha Poznań był zadowolony.")
    assert found["Legia"].type == "organization" and found["Jagiellonia"].type == "organization", found
    assert found["Lech Poznań"].type == "organization"
    found = _by_name("Lech Wałęsa przyjechał do Poznania.")  # a first name is no club
    assert "Lech Poznań" not in found and "Lech Wałęsa" in found
