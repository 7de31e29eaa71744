"""Mention layer: tables of text -> expected (surface, kind, actor, group), negatives included."""
import pytest

from newslens import nlp
from newslens.extract.actors import extract_actors
from newslens.extract.mentions import Mention, link_mentions


def mentions(text):
    t = nlp.analyze(text)
    return [(m.surface(text), m.kind, m.actor, m.group) for m in link_mentions(t, extract_actors(t))]


CASES = [
    # a role noun in apposition is the person it titles; later the bare role refers back to them
    ("Rzecznik rządu Piotr Müller odpowiedział. Jak dodał rzecznik rządu, decyzji nie ma.",
     [("Rzecznik rządu", "role", "Piotr Müller"), ("rzecznik rządu", "role", "Piotr Müller")]),
    # a role of the same class and gender: "szefowa" refers back to the "przewodnicząca" named earlier
    ("Anna Lis, przewodnicząca związku, mówiła o proteście. – To początek – dodała szefowa związkowców.",
     [("przewodnicząca związku", "role", "Anna Lis"), ("szefowa związkowców", "role", "Anna Lis")]),
    # "pani minister": the minister named in the text
    ("Związkowcy spotkali się z minister Ewą Kruk. Pani minister, czekamy na odpowiedź.",
     [("minister", "role", "Ewa Kruk"), ("Pani minister", "role", "Ewa Kruk")]),
    # an unnamed spokesperson of a named organisation speaks for it
    ("Rzecznik MEN przekazał, że pieniędzy nie ma.", [("Rzecznik", "role", "MEN")]),
    # ... and is not the other spokesperson named earlier
    ("Rzecznik rządu Piotr Müller milczał. Rzecznik MEN przekazał, że pieniędzy nie ma.",
     [("Rzecznik rządu", "role", "Piotr Müller"), ("Rzecznik", "role", "MEN")]),
    # a vocative first name after "pani"
    ("Spotkali się z Elżbietą Rzepką. – Pani Elżbieto, decyzja należy do pani – mówił radny.",
     [("Elżbieto", "name", "Elżbieta Rzepka")]),
    # a pronoun when only one person of its gender is in sight
    ("Tomasz Nowicki skrytykował plan. Według niego reforma jest za droga.",
     [("niego", "pronoun", "Tomasz Nowicki")]),
    # groups: led by a named organisation, or the group itself in the nominative plural
    ("Rolnicy zrzeszeni w Związku Rolników Polskich zablokowali drogę.",
     [("Rolnicy", "group", "Związek Rolników Polskich")]),
    # an organisation's head noun alone, after the organisation was named
    ("Związek Nauczycielstwa Polskiego protestuje. Związek domaga się podwyżek.",
     [("Związek", "noun", "Związek Nauczycielstwa Polskiego")]),
    # a member group led by the party in its genitive; a plural role noun is a group
    ("Działacze Związku Nauczycielstwa Polskiego wezwali rząd do działania.",
     [("Działacze", "group", "Związek Nauczycielstwa Polskiego")]),
    # a title between the role and the name: "rzecznik prokuratury prok. Jan Olszak"
    ("Rzecznik Prokuratury Okręgowej w Lublinie prok. Jan Olszak dodał, że tak.",
     [("Rzecznik", "role", "Jan Olszak")]),
    # a place of residence stays in the group's name (not in the mention); a lower-case genitive too
    ("Do protestujących rolników dołączyli mieszkańcy Kalisza i byli pracownicy starostwa.",
     [("protestujących rolników", "group", "protestujący rolnicy"), ("mieszkańcy", "group", "mieszkańcy Kalisza"),
      ("byli pracownicy starostwa", "group", "byli pracownicy starostwa")]),
    # a workplace does not lead its staff: the group speaks as itself
    ("Pielęgniarki z Mazowieckiego Szpitala Specjalistycznego zapowiedziały protest.",
     [("Pielęgniarki", "group", "pielęgniarki")]),
    # a leading organisation in quotation marks
    ('Związkowcy z "Solidarności" zapowiadają strajk.', [("Związkowcy", "group", "Solidarność")]),
    # groups.py: the one trade union named before leads "związkowcy"; a name that carries the group
    # leads it (its adjectives too); a postposed adjective the name lacks makes another group
    ("Ogólnopolski Związek Zawodowy Sadowników ogłosił protest. Związkowcy czekają na ministra.",
     [("Związkowcy", "group", "Ogólnopolski Związek Zawodowy Sadowników")]),
    ("Stowarzyszenie Kibiców Warty Gniezno wydało oświadczenie. Kibice żądają dymisji trenera.",
     [("Kibice", "group", "Stowarzyszenie Kibiców Warty Gniezno")]),
    ("Krajowy Związek Zawodowy Ratowników Medycznych apeluje. Ratownicy medyczni są zmęczeni.",
     [("Ratownicy medyczni", "group", "Krajowy Związek Zawodowy Ratowników Medycznych")]),
    ("Krajowy Związek Zawodowy Ratowników Medycznych apeluje. Ratownicy kontraktowi są zmęczeni.",
     [("Ratownicy kontraktowi", "group", "ratownicy kontraktowi")]),
    # ... not when the group is restricted to some of its members, nor with two unions named,
    # nor when the union is named only after the group
    ("Związek Zawodowy Sadowników protestuje. Sadownicy, z którymi rozmawialiśmy, są zmęczeni.",
     [("Sadownicy", "group", "sadownicy")]),
    ("Związek Zawodowy Górników i Związek Zawodowy Hutników protestują. Związkowcy czekają.",
     [("Związkowcy", "group", "związkowcy")]),
    ("Związkowcy czekają na ministra. Związek Zawodowy Kolejarzy zapowiada protest.",
     [("Związkowcy", "group", "związkowcy")]),
    # "szef resortu" is the minister (role_classes.txt), not the head of an office named after her
    ("Minister energii Anna Lis spotkała się z prezes URE Ewą Nowak. Szefowa resortu energii milczała.",
     [("Minister energii", "role", "Anna Lis"), ("Szefowa resortu energii", "role", "Anna Lis")]),
    # a company described as a carrier or a firm: the one company named before (head_synonyms.txt)
    ("Spółka Autobusy Dębina zawiesiła kursy. Przewoźnik zastrzegł, że to nie koniec.",
     [("Przewoźnik", "noun", "Autobusy Dębina")]),
    # "spółka"/"przewoźnik" with no company so named: the one body named by a brand, not a union or an office
    ("Pracownicy firmy Wartbus protestują, Solidarność ich wspiera. Spółka odpowiada, że nie ma pieniędzy.",
     [("Spółka", "noun", "Wartbus")]),
    ("Pociągi Kolei Mazurskich stoją. Urząd Marszałkowski milczy. Przewoźnik zapewnia, że pociągi pojadą.",
     [("Przewoźnik", "noun", "Koleje Mazurskie")]),
    # an inflected surname: a case ending replaced, only when one surname fits
    ("Ewa Kowalska i Dmitrij Pieskow rozmawiali. Według Pieskowa i Kowalskiej to koniec.",
     [("Pieskowa", "name", "Dmitrij Pieskow"), ("Kowalskiej", "name", "Ewa Kowalska")]),
    # a town hall is the town's office named before, never another office (head_synonyms.txt)
    ("Urząd Miasta Kalisza milczy. Według ratusza dotacja wpłynie w piątek.",
     [("ratusza", "noun", "Urząd Miasta Kalisza")]),
    # residents are named without where they live; a school is a workplace, not the group's leader
    # the name keeps where they live (the mention is the noun alone: the complement keeps its own mentions)
    ("Mieszkańcy gmin nadgranicznych skarżą się na korki.", [("Mieszkańcy", "group", "mieszkańcy gmin nadgranicznych")]),
    # a quantifier is no part of the name
    ("Niektórzy mieszkańcy Kalisza skarżą się na korki.",
     [("Niektórzy mieszkańcy", "group", "mieszkańcy Kalisza")]),
    ("Nauczyciele z Liceum Ogólnokształcącego nr 3 w Lesznie protestują.", [("Nauczyciele", "group", "nauczyciele")]),
    # any masculine-personal plural noun (also its depreciative form) names a group
    # people who act as a group by their part in an event or a side they take (group_nouns.txt)
    ("Zwolennicy obwodnicy i uczestnicy pikiety protestowali przed urzędem.",
     [("Zwolennicy obwodnicy", "group", "zwolennicy obwodnicy"), ("uczestnicy pikiety", "group", "uczestnicy pikiety")]),
    ("Trenerzy młodzieży i rybacy czekali w porcie.",
     [("Trenerzy młodzieży", "group", "trenerzy młodzieży"), ("rybacy", "group", "rybacy")]),
    ("Ekolodzy i piłkarze protestowali razem.", [("Ekolodzy", "group", "ekolodzy"), ("piłkarze", "group", "piłkarze")]),
    # a workplace that carries the group's noun in its name does not make it another organisation's
    ("Dyspozytorzy medyczni dołączyli do protestu Związku Zawodowego Ratowników.",
     [("Dyspozytorzy medyczni", "group", "dyspozytorzy medyczni")]),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_mentions_link_to_actors(text, expected):
    got = mentions(text)
    for surface, kind, actor in expected:
        assert any(g[:3] == (surface, kind, actor) for g in got), got
    groups = {g[2]: g[3] for g in got if g[1] == "group"}
    for surface, kind, actor in expected:
        if kind == "group":
            assert groups[actor] == (actor[:1].islower()), got


NEGATIVES = [
    # a pronoun with two men in sight is not linked (not safe)
    ("Tomasz Nowicki i Jan Lis skrytykowali plan. Według niego reforma jest za droga.", "niego"),
    # a role noun with no holder and no organisation is no mention
    ("Premier nie skomentował sprawy.", "Premier"),
    # a feminine role never refers back to a man
    ("Jan Lis, przewodniczący związku, milczał. Szefowa związku zabrała głos.", "Szefowa"),
    # a singular group noun ("jeden z rolników" speaks for himself) is no group
    ("Rolnik z Kalisza mówił o cenach.", "Rolnik"),
    # a head noun qualified by its own genitive is another body ("ministerstwo rolnictwa")
    ("Ministerstwo Zdrowia milczy. Rolnicy chcą, by ministerstwo rolnictwa działało.", "ministerstwo"),
    ("Urząd Regulacji Energetyki milczy. Według ratusza dotacja wpłynie w piątek.", "ratusza"),
    # experts and people in general are no group (data/not_group_nouns.txt)
    ("Eksperci ostrzegają przed kryzysem.", "Eksperci"),
    ("Ludzie czekają na autobus.", "Ludzie"),
    # two brand-named bodies: "spółka" is not safe; an acronym or a union is no company
    ("Pociągi Kolei Mazurskich stoją, Wartbus protestuje. Spółka odpowiada, że nie ma pieniędzy.", "Spółka"),
    ("Posłowie PSL są przeciw. Spółka odpowiada, że nie ma pieniędzy.", "Spółka"),
    ("Solidarność protestuje. Spółka odpowiada, że nie ma pieniędzy.", "Spółka"),
    ("Lewica jest przeciw. Spółka odpowiada, że nie ma pieniędzy.", "Spółka"),  # a party the gazetteer lists
    # an address and a role noun are no name ("Pan Wójt" from "Szanowny Panie Wójcie")
    ("Mieszkańcy piszą: „Szanowny Panie Wójcie, nie chcemy farmy”.", "Wójcie"),
]


@pytest.mark.parametrize("text,surface", NEGATIVES)
def test_no_mention(text, surface):
    assert not any(g[0].startswith(surface) for g in mentions(text))


def test_mentions_are_frozen_ordered_and_disjoint():
    text = "Prezes ZNP Jan Broniarz powiedział, że związkowcy z ZNP nie ustąpią. Broniarz dodał, że to koniec."
    t = nlp.analyze(text)
    got = link_mentions(t, extract_actors(t))
    assert all(isinstance(m, Mention) for m in got)
    assert [m.start for m in got] == sorted(m.start for m in got)
    assert all(a.end <= b.start for a, b in zip(got, got[1:]))
    with pytest.raises(AttributeError):
        got[0].actor = "x"  # type: ignore[misc]
    assert link_mentions(nlp.analyze(""), []) == ()


def _org_at(text, name, form):
    at = text.index(form)
    from newslens.model import Actor
    return Actor(name, "organization", first_offset=at, offsets=((at, at + len(form)),))


@pytest.mark.parametrize("text,name,form,expected", [
    # the actor extractor recorded one form only: the other inflected form of the whole name is the same body
    ("Biuro do Spraw Morskich zapowiedziało kontrolę. Rzecznik Biura do Spraw Morskich odmówił komentarza.",
     "Biuro do Spraw Morskich", "Biura do Spraw Morskich", ["Biuro do Spraw Morskich", "Biura do Spraw Morskich"]),
    ("Ministerstwo Zdrowia milczy. Według Ministerstwa Zdrowia dane są niepełne.",
     "Ministerstwo Zdrowia", "Ministerstwo Zdrowia", ["Ministerstwo Zdrowia", "Ministerstwa Zdrowia"]),
    # negatives: a part of the name, or the same words with other capitalisation, are not the name
    ("Ministerstwo Zdrowia milczy. Według ministerstwa dane są niepełne.",
     "Ministerstwo Zdrowia", "Ministerstwo Zdrowia", ["Ministerstwo Zdrowia"]),
    ("Biuro do Spraw Morskich zapowiedziało kontrolę. Biuro do spraw morskich w Gdyni milczy.",
     "Biuro do Spraw Morskich", "Biuro do Spraw Morskich", ["Biuro do Spraw Morskich"]),
])
def test_other_inflected_forms_of_an_organisation_name(text, name, form, expected):
    t = nlp.analyze(text)
    got = [m.surface(text) for m in link_mentions(t, [_org_at(text, name, form)]) if m.kind == "name"]
    assert got == expected
