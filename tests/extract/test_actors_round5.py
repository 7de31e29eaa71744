"""Actors, round 5 (issue 15): invented sentences -> expected (name, type), negatives included."""
import pytest

from newslens import nlp
from newslens.extract.actors import extract_actors


def actors(text):
    return {(a.name, a.type) for a in extract_actors(nlp.analyze(text))}


# a body's unknown name that the word before types (firma, spółka, portal ...) is no person's first word:
# a first name after it opens a person's name of its own
SPLIT = [
    ("Dyrektor handlowy w firmie Wertopol Anna Kuc zapewniła, że ceny wzrosną.",
     {("Wertopol", "organization"), ("Anna Kuc", "person")}),
    ("Rzecznik w spółce Agrimex-Bud Tomasz Lis odmówił komentarza.", {("Tomasz Lis", "person")}),
]
# of two first names one form may stand for, the established Polish one (the dictionary also knows it
# as a surname) wins: "Jacka" is Jacek's, "Marka" Marek's
FIRST_NAMES = [
    ("Pismo trafiło do burmistrza Jacka Wrony w piątek.", ("Jacek Wrona", "person")),
    ("Rozmawialiśmy z trenerem Jackiem Bielą.", ("Jacek Biela", "person")),
    ("Skargę złożył Jacek Wrona, sąsiad inwestora.", ("Jacek Wrona", "person")),
]
NEGATIVES = [
    ("Dyrektor handlowy w firmie Wertopol Anna Kuc zapewniła, że ceny wzrosną.", {"Wertopol Anna Kuc"}),
    ("Rzecznik w spółce Agrimex-Bud Tomasz Lis odmówił komentarza.", {"Agrimex-Bud Tomasz Lis"}),
    ("Pismo trafiło do burmistrza Jacka Wrony w piątek.", {"Jack Wrona"}),
    # no word before types the unknown word: an unknown first name then a known one stays one person
    ("Giorgia Anna Meloni przyjechała do Warszawy.", {"Giorgia", "Anna Meloni"}),
]


@pytest.mark.parametrize("text,expected", SPLIT)
def test_a_typed_body_then_a_person(text, expected):
    assert expected <= actors(text)


@pytest.mark.parametrize("text,expected", FIRST_NAMES)
def test_established_first_name(text, expected):
    assert expected in actors(text)


@pytest.mark.parametrize("text,absent", NEGATIVES)
def test_not_names(text, absent):
    assert not {n for n, _ in actors(text)} & absent


def _by_name(text):
    return {a.name: a for a in extract_actors(nlp.analyze(text))}


# a body's name written with and without a hyphen is one actor, its other spelling an alias;
# people are not matched so ("Nowak-Kowal" and "Nowakkowal" may be two persons)
VARIANTS = [
    ("Spółka Grodbet chce budować. Wczoraj firma Grod-Bet złożyła wniosek.", "Grodbet", {"Grod-Bet"}),
    ("Portal Info-Sfera podał to pierwszy. Według portalu Infosfera wójt odejdzie.", "Infosfera", {"Info-Sfera"}),
    ("Firma Eko-Trans wygrała przetarg. Spółka Ekotrans odwołała się od decyzji.", "Ekotrans", {"Eko-Trans"}),
]


@pytest.mark.parametrize("text,name,forms", VARIANTS)
def test_spelling_variants_of_a_body_merge(text, name, forms):
    found = _by_name(text)
    assert name in found and forms <= set(found[name].aliases)
    assert not set(found) & forms


def test_people_written_with_and_without_a_hyphen_stay_two():
    found = _by_name("Jan Nowak-Kowal i Janina Nowakkowal przyszli na sesję.")
    assert {"Jan Nowak-Kowal", "Janina Nowakkowal"} <= set(found)


def test_different_bodies_with_a_hyphen_stay_two():
    found = _by_name("Wczoraj spółka Eko-Bud przegrała z firmą Ekobudex.")
    assert {"Eko-Bud", "Ekobudex"} <= set(found)


# an acronym inside a name gives all its letters to the name's acronym ("Związek Sadowników RP" is
# ZSRP), and a country's acronym after an organisation's acronym is part of it ("ZZK RP")
ACRONYMS = [
    ("Wczoraj Związek Hodowców RP zapowiedział protest. Według ZHRP ceny spadły.", "Związek Hodowców RP", {"ZHRP"}),
    ("Wczoraj Związek Zawodowy Kierowców RP ogłosił strajk. Przewodniczący ZZK RP Jan Lis dodał, że nie.",
     "Związek Zawodowy Kierowców RP", set()),
]


@pytest.mark.parametrize("text,name,forms", ACRONYMS)
def test_acronym_holding_an_acronym(text, name, forms):
    found = _by_name(text)
    assert name in found and forms <= set(found[name].aliases)
    assert not set(found) & {"ZZK", "RP", "ZHRP", "Rzeczpospolita Polska", "Polska"}


def test_an_acronym_of_other_letters_stays_apart():
    found = _by_name("Wczoraj Związek Hodowców RP zapowiedział protest. ZHR nie komentuje.")
    assert "ZHR" in found and "Związek Hodowców RP" in found


def _types(text):
    return {a.name: a.type for a in extract_actors(nlp.analyze(text))}


# the type a singular common noun before a name states outvotes the types its other mentions get from
# the name alone; a plural noun names the name's members and states nothing of the name
TYPED = [
    ("Kuter zatrzymano koło archipelagu Penghu. Rybacy z Penghu protestują. Napięcie wokół Penghu rośnie.",
     "Penghu", "place"),
    ("Umowę podpisała firma Nortex. Według Nortex umowa jest ważna. Nortex nie komentuje.", "Nortex", "organization"),
]


@pytest.mark.parametrize("text,name,typ", TYPED)
def test_a_stated_type_outvotes_the_rest(text, name, typ):
    assert _types(text).get(name) == typ


def test_a_plural_noun_before_a_name_states_no_type():
    found = _types("Rolnicy protestują przeciw umowie z krajami Mercosur. Umowa z Mercosurem zaszkodzi wsi. "
                   "Rząd zablokuje umowę z Mercosurem.")
    assert found.get("Mercosur") != "place"


# a site named as such is a place (context.tsv: lotnisko, park, pałac), the head noun after agreeing
# adjectives types the name as its first word does; a seat of power listed as an organisation stays one
SITES = [
    ("Kontrolerzy pracują na Lotnisku Reymonta od rana.", ("Lotnisko Reymonta", "place")),
    ("Negocjacje toczą się w Pałacu Lubomirskich w Rzeszowie.", ("Pałac Lubomirskich", "place")),
    ("Kopalnia ma powstać tuż przy granicy Bieszczadzkiego Parku Narodowego.", ("Bieszczadzki Park Narodowy", "place")),
    ("Wójt powiedział w rozmowie ze Słowackim Radiem, że nie ustąpi.", ("Słowackie Radio", "media")),
]
SITE_NEGATIVES = [
    ("Rzecznik przekazał, że Pałac Prezydencki nie komentuje sprawy.", ("Pałac Prezydencki", "organization")),
    ("Dyrektor Szpitala Wojewódzkiego Jan Lis odmówił.", ("Szpital Wojewódzki", "organization")),
]


@pytest.mark.parametrize("text,expected", SITES + SITE_NEGATIVES)
def test_sites_and_head_nouns_type_the_name(text, expected):
    assert expected in actors(text)


# a title quoted as the source of "jak" + an outlet's reporting verb, or after a media frame, is an outlet,
# though its words are common nouns; another verb ("mówi", "śpiewał") names no outlet
OUTLETS = [
    ('Sesję przełożono. Jak podaje "Echo Powiatu", radni nie zdążyli.', ("Echo Powiatu", "media")),
    ("Cytowany przez „Wieści Gminne” wójt zaprzeczył.", ("Wieści Gminne", "media")),
    ('Jak ustalił "Kurier Doliny", przetarg unieważniono.', ("Kurier Doliny", "media")),
]
OUTLET_NEGATIVES = [
    ('Jak mówi "Wielki Brat", nic się nie stanie.', {"Wielki Brat"}),
    ('Jak podkreśla "Nasza Wieś", to koniec.', {"Nasza Wieś"}),
]


@pytest.mark.parametrize("text,expected", OUTLETS)
def test_quoted_source_of_a_report_is_an_outlet(text, expected):
    assert expected in actors(text)


@pytest.mark.parametrize("text,absent", OUTLET_NEGATIVES)
def test_other_quoted_subjects_are_no_outlets(text, absent):
    assert not {n for n, t in actors(text) if t == "media"} & absent
