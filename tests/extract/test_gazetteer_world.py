"""The world gazetteer (gazetteer_world.tsv): outlets, bodies and places real Polish news cites.

Invented sentences -> the actor (name, type) a row gives, in inflected forms and by acronym; and
negatives: the common words some titles are made of stay common words in running text.
"""
import pytest

from newslens import nlp
from newslens.extract.actors import extract_actors
from newslens.nlp import read_lexicon


def _found(text):
    return {a.name: a.type for a in extract_actors(nlp.analyze(text))}


POLISH_MEDIA = [
    ('"Puls Biznesu" przypomina, że spółka straciła rynek.', "Puls Biznesu", "media"),
    ("Jak podaje Echo Dnia, prezydent miasta odejdzie.", "Echo Dnia", "media"),
    ('W rozmowie z "Dziennikiem Bałtyckim" prezydent zapowiedział zmiany.', "Dziennik Bałtycki", "media"),
    ("W rozmowie z Gazetą Krakowską wójt zapowiedział zmiany.", "Gazeta Krakowska", "media"),
    ("Dziennikowi Zachodniemu udało się ustalić, że kopalnia stanie.", "Dziennik Zachodni", "media"),
    ("Rozmówca TOK FM stwierdził, że to błąd.", "TOK FM", "media"),
    ("W TVN24 BiS minister mówił o inflacji.", "TVN24 BiS", "media"),
    ("Na antenie Telewizji Republika poseł powiedział, że to skandal.", "Telewizja Republika", "media"),
    ("W Przeglądzie Sportowym trener mówił o kadrze.", "Przegląd Sportowy", "media"),
    ('Według "Parkietu" spółka ma nowego prezesa.', "Parkiet", "media"),
    ("W Radiu 357 minister mówił o inflacji.", "Radio 357", "media"),
    ("Jak podaje ISBnews, spółka zarobiła więcej.", "ISBnews", "media"),
    ("Portal Bankier.pl przeanalizował oferty banków.", "Bankier.pl", "media"),
    # the acronym the press uses is the name; the spelled-out name, when the text gives only it
    ("Rzecznik powiedział w rozmowie z KAI, że składki zostaną.", "KAI", "media"),
    ("Rzecznik powiedział Katolickiej Agencji Informacyjnej, że składki zostaną.",
     "Katolicka Agencja Informacyjna", "media"),
    ("Słuchacze Radia Poznań pytali o remont mostu.", "Radio Poznań", "media"),
]


@pytest.mark.parametrize("text,name,typ", POLISH_MEDIA)
def test_listed_outlet_is_found(text, name, typ):
    found = _found(text)
    assert found.get(name) == typ, found


FOREIGN_MEDIA = [
    ('Jak pisze "Frankfurter Allgemeine Zeitung", rząd w Berlinie jest podzielony.',
     "Frankfurter Allgemeine Zeitung", "media"),
    ('W rozmowie z "Süddeutsche Zeitung" kanclerz zapowiedział zmiany.', "Süddeutsche Zeitung", "media"),
    ('Dziennik "Haaretz" podał, że armia wkroczyła do miasta.', "Haaretz", "media"),
    ("Według Izwiestii Kreml nie zgodzi się na rozejm.", "Izwiestia", "media"),
    ('W rozmowie z "Izwiestiami" rzecznik Kremla zaprzeczył.', "Izwiestia", "media"),
    ("W wywiadzie dla CBS prezydent zapowiedział cła.", "CBS", "media"),
    ('Brytyjski "Daily Mail" pisze o skandalu.', "Daily Mail", "media"),
    ("Agencja Yonhap podała, że Pjongjang wystrzelił rakietę.", "Yonhap", "media"),
    ('Chiński "Global Times" ostrzega Tajwan.', "Global Times", "media"),
    ("Fińska Yle podała, że granica zostanie zamknięta.", "Yle", "media"),
    ("Jak podaje UNIAN, w Charkowie słychać było wybuchy.", "UNIAN", "media"),
    ("W rozmowie z Kyiv Independent minister mówił o pomocy.", "Kyiv Independent", "media"),
    ('Według "La Repubblica" premier Włoch odwiedzi Kijów.', "La Repubblica", "media"),
    ('Gazeta "Corriere della Sera" pisze o kryzysie rządu.', "Corriere della Sera", "media"),
]


@pytest.mark.parametrize("text,name,typ", FOREIGN_MEDIA)
def test_foreign_outlet_is_found(text, name, typ):
    found = _found(text)
    assert found.get(name) == typ, found


POLISH_BODIES = [
    ("Rzecznik MSWiA poinformował o zatrzymaniu.", "MSWiA", "organization"),
    ("Minister zapowiedział, że Ministerstwo Zdrowia zmieni przepisy.", "Ministerstwo Zdrowia", "organization"),
    ("Decyzję wydało wczoraj Ministerstwo Rolnictwa i Rozwoju Wsi.", "Ministerstwo Rolnictwa i Rozwoju Wsi",
     "organization"),
    ("Według danych ZUS emerytury wzrosną.", "ZUS", "organization"),
    ("Funkcjonariusze Straży Granicznej zatrzymali dwóch mężczyzn.", "Straż Graniczna", "organization"),
    ("Kontrolerzy Państwowej Inspekcji Pracy weszli do zakładu.", "Państwowa Inspekcja Pracy", "organization"),
    ("Akcje spółki notowane są na GPW od 2010 roku.", "GPW", "organization"),
    ("Giełda Papierów Wartościowych w Warszawie zawiesiła obrót akcjami.",
     "Giełda Papierów Wartościowych w Warszawie", "organization"),
    ("Lasy Państwowe ostrzegają przed pożarami.", "Lasy Państwowe", "organization"),
    ("Wody Polskie odpowiadają za wały.", "Wody Polskie", "organization"),
    ("Uczeni z Polskiej Akademii Nauk ostrzegają przed suszą.", "Polska Akademia Nauk", "organization"),
    # an acronym morfeusz2 also reads as a person's noun (pan, Kas) is the canonical: a text giving only
    # it is named by it
    ("Pan prezes PAN powiedział, że nauka cierpi.", "PAN", "organization"),
    ("Pracownicy KAS protestują przed urzędem.", "KAS", "organization"),
    ("Sprawę zbada Krajowa Izba Odwoławcza.", "Krajowa Izba Odwoławcza", "organization"),
]


@pytest.mark.parametrize("text,name,typ", POLISH_BODIES)
def test_polish_body_is_found(text, name, typ):
    found = _found(text)
    assert found.get(name) == typ, found


PARTIES_UNIONS_FIRMS = [
    ("Posłowie Solidarnej Polski zagłosowali przeciw.", "Solidarna Polska", "organization"),
    ("Partia Razem złożyła projekt ustawy.", "Partia Razem", "organization"),
    ("Lekarze z OZZL protestują przed ministerstwem.", "OZZL", "organization"),
    ("Ogólnopolski Związek Zawodowy Pielęgniarek i Położnych zapowiedział pikietę.",
     "Ogólnopolski Związek Zawodowy Pielęgniarek i Położnych", "organization"),
    ("Ekspert Konfederacji Lewiatan ocenił, że to błąd.", "Konfederacja Lewiatan", "organization"),
    ("Prezes Pracodawców RP skrytykował podwyżkę.", "Pracodawcy RP", "organization"),
    ("Caritas Polska zebrała pieniądze dla powodzian.", "Caritas Polska", "organization"),
    # the union named without "w Polsce", as the press often does
    ("Przewodniczący Związku Zawodowego Maszynistów Kolejowych zapowiedział strajk.",
     "Związek Zawodowy Maszynistów Kolejowych", "organization"),
    # firms the name runs took for a person or cut short
    ("Rzecznik Poczty Polskiej zapowiedział zmiany.", "Poczta Polska", "organization"),
    ("Sieć Żabka otworzy tysiąc sklepów.", "Żabka", "organization"),
    ("Sklepy Biedronki będą zamknięte w święto.", "Biedronka", "organization"),
    ("Spółka PKP PLK remontuje tory.", "PKP PLK", "organization"),
    ("Wczoraj Alior Bank ogłosił zwolnienia.", "Alior Bank", "organization"),
    ("Wczoraj Lockheed Martin ogłosił zwolnienia.", "Lockheed Martin", "organization"),
]


@pytest.mark.parametrize("text,name,typ", PARTIES_UNIONS_FIRMS)
def test_party_union_or_firm_is_found(text, name, typ):
    found = _found(text)
    assert found.get(name) == typ, found


INTERNATIONAL = [
    ("Prezes EBC zapowiedziała zmiany stóp.", "EBC", "organization"),
    ("Funkcjonariusze Frontexu pomagają na granicy.", "Frontex", "organization"),
    ("Jak podaje Europol, gang działał w pięciu krajach.", "Europol", "organization"),
    ("Raport MAEA wskazuje na wzbogacanie uranu.", "MAEA", "organization"),
    ("Międzynarodowy Trybunał Karny wydał nakaz aresztowania.", "Międzynarodowy Trybunał Karny", "organization"),
    ("Rebelianci Huti zaatakowali statek na Morzu Czerwonym.", "Huti", "organization"),
    ("Rzecznik Pałacu Elizejskiego zaprzeczył doniesieniom.", "Pałac Elizejski", "organization"),
    ("Posłowie Bundestagu przyjęli ustawę.", "Bundestag", "organization"),
    ("W Knesecie doszło do awantury.", "Kneset", "organization"),
    ("Siły Obronne Izraela poinformowały o ataku. Rzecznik IDF potwierdził straty.",
     "Siły Obronne Izraela", "organization"),
    ("Państwo Islamskie przyznało się do zamachu.", "Państwo Islamskie", "organization"),
    ("Kraje Mercosuru podpisały umowę.", "Mercosur", "organization"),
]


@pytest.mark.parametrize("text,name,typ", INTERNATIONAL)
def test_international_body_is_found(text, name, typ):
    found = _found(text)
    assert found.get(name) == typ, found


PLACES = [
    ("Rosjanie zaatakowali Krzywy Róg. W Krzywym Rogu zginęły dwie osoby.", "Krzywy Róg", "place"),
    ("Ostrzał Sum trwał całą noc. W Sumach nie ma prądu.", "Sumy", "place"),
    ("Delegacja przyjechała wczoraj z Pokrowska na rozmowy.", "Pokrowsk", "place"),
    ("Wczoraj rano Dubaj ogłosił nowe przepisy.", "Dubaj", "place"),
    ("Rozmowy Serbii z Kosowem utknęły.", "Kosowo", "place"),
    ("Kraje Ameryki Łacińskiej protestują.", "Ameryka Łacińska", "place"),
    ("Rolnicy z Ameryki Południowej eksportują wołowinę.", "Ameryka Południowa", "place"),
    ("Statek przepłynął przez Kanał Sueski.", "Kanał Sueski", "place"),
    ("Delegacja przyjechała wczoraj z Republiki Południowej Afryki.", "Republika Południowej Afryki", "place"),
    ("Wojska weszły do Chan Junis.", "Chan Junis", "place"),
]


@pytest.mark.parametrize("text,name,typ", PLACES)
def test_place_is_found(text, name, typ):
    found = _found(text)
    assert found.get(name) == typ, found


def test_domain_in_lower_case_is_named_as_written():
    """A lower-case domain is no name the fullest-form choice may give (actors._fullest_listed), so a
    row listing it would name the outlet by a form the text never gives; unlisted, the domain is an
    outlet named as written."""
    found = _found("Minister, cytowana przez serwis rynekzdrowia.pl, dodała, że resort przedstawi analizę.")
    assert found.get("rynekzdrowia.pl") == "media" and "Rynek Zdrowia" not in found, found


def test_spelled_out_name_is_the_name():
    """A text that gives an office's full name and its acronym names it in full (the GUIDELINES' fullest
    nominative form): the full name is the row's canonical, the acronym its variant."""
    found = _found("Urząd Ochrony Konkurencji i Konsumentów wszczął postępowanie. Prezes UOKiK nałożył karę.")
    assert found.get("Urząd Ochrony Konkurencji i Konsumentów") == "organization" and "UOKiK" not in found


# the common words a title is made of, used as common words: no actor
COMMON_WORDS = [
    ("To fakt, że rząd nie zdążył z ustawą.", {"Fakt"}),
    ("Posłowie uważają, że polityka rządu w tej sprawie jest błędna.", {"Polityka"}),
    ("Na parkiecie giełdy panowała panika.", {"Parkiet"}),
    ("Przegląd sytuacji na granicy pokazał problemy.", {"Przegląd Sportowy"}),
    ("Do rzeczy wrócił dopiero po godzinie.", {"Do Rzeczy"}),
    ("Echo dnia wczorajszego jeszcze nie przebrzmiało.", {"Echo Dnia"}),
    ("Dziennik pokładowy zaginął razem z kapitanem.", {"Dziennik Polski", "Dziennik.pl"}),
    ("W Bałtyku pojawiły się meduzy, a ratownicy ostrzegają.", {"Meduza"}),
    ("W lasach państwowych trwa wycinka.", {"Lasy Państwowe"}),
    ("Razem z nim przyszli radni.", {"Partia Razem", "Razem"}),
    ("Porozumienie zostało podpisane w piątek.", {"Porozumienie", "Porozumienie Jarosława Gowina"}),
    ("Pracodawcy w regionie skarżą się na brak rąk do pracy.", {"Pracodawcy RP"}),
    ("Kwiat lotosu jest symbolem Indii.", {"Grupa Lotos"}),
    ("Państwo islamskie prawo jest surowe.", {"Państwo Islamskie"}),
    ("Sumy przeznaczone na remont są za małe, a rząd obiecał większe sumy.", {"Sumy"}),
    # a listed place is no prefix of a longer town's name
    ("Brześć Kujawski leży na Kujawach.", {"Brześć"}),
    ("Wody polskich rzek są zanieczyszczone.", {"Wody Polskie"}),
]


@pytest.mark.parametrize("text,absent", COMMON_WORDS)
def test_common_words_name_no_outlet(text, absent):
    found = _found(text)
    assert not absent & set(found), found


def test_rows_are_well_formed_and_not_listed_twice():
    first = {line.split("\t")[0] for line in read_lexicon("gazetteer.tsv")}
    names = []
    for line in read_lexicon("gazetteer_world.tsv"):
        parts = line.split("\t")
        assert len(parts) in (2, 3) and parts[1] in ("media", "organization", "place"), line
        assert parts[0] not in first, f"{parts[0]} is in gazetteer.tsv already"
        names.append(parts[0])
        for variant in [parts[0]] + (parts[2].split("|") if len(parts) > 2 else []):
            # a hyphenated word's keys are its first part's lemmas: "Al-Arabija" would match any "Al"
            assert "-" not in variant, variant
            # a lower-case domain as a variant (not as the canonical): see test_domain_in_lower_case_…
            assert variant == parts[0] or not (variant.islower() and "." in variant), variant
    assert len(names) == len(set(names))
    assert len(names) > 50
