"""Demand parties, round 11 (issue 14, `by` and `of` on real pages): invented sentences of the
constructions real pages and batch J use, negatives included. No sentence comes from a real page."""
import pytest

from .test_demand_round5 import demands


def parties(text, kind="item"):
    return [(d.text, d.by, d.of) for d in demands(text) if d.kind == kind]


@pytest.mark.parametrize("text,expected", [
    # demands sent to a named body with a verb of sending: its addressee for the list that follows
    ("Związek Zawodowy Leśników ma trzy postulaty. Postulaty, które związek przesłał do Ministerstwa Klimatu "
     "jeszcze w marcu, są trzy. Pierwszy dotyczy podwyżki płac. Drugi to nowe etaty w nadleśnictwach.",
     [("podwyżki płac", "Związek Zawodowy Leśników", "Ministerstwo Klimatu"),
      ("nowe etaty w nadleśnictwach", "Związek Zawodowy Leśników", "Ministerstwo Klimatu")]),
    # negative: demands presented somewhere, sent to no one: no addressee
    ("Związek Zawodowy Leśników przedstawił postulaty w Opolu. Leśnicy domagają się podwyżki płac.",
     [("podwyżki płac", "Związek Zawodowy Leśników", None)]),
])
def test_demands_sent_to_a_body(text, expected):
    assert parties(text) == expected


@pytest.mark.parametrize("text,by", [
    # a series item holds no demander: the one before it in its sentence, else the sentence before
    ("Postulaty, które Związek Zawodowy Leśników przesłał do ministerstwa, są dwa. Pierwszy dotyczy dotacji "
     "dla GOPR i TOPR. Drugi to nowe etaty.", "Związek Zawodowy Leśników"),
])
def test_no_demander_inside_the_item(text, by):
    got = parties(text)
    assert got and got[0][1] == by


@pytest.mark.parametrize("text,of", [
    # "resort" is the ministry the text names
    ("Ministerstwo Klimatu zapowiedziało zmiany. Związek Zawodowy Leśników oczekuje od resortu podwyżki płac.",
     "Ministerstwo Klimatu"),
    # negative: no ministry named, no addressee
    ("Związek Zawodowy Leśników oczekuje od resortu podwyżki płac.", None),
])
def test_resort_is_the_ministry_named(text, of):
    got = parties(text)
    assert got and got[0][2] == of


@pytest.mark.parametrize("text,by", [
    # an organisation that declared the protest action leads the group that demands
    ("We wtorek Związek Zawodowy Oświaty ogłosił pogotowie strajkowe. Nauczyciele domagają się podwyżek płac.",
     "Związek Zawodowy Oświaty"),
    # negative: it declared something else, the group stays
    ("We wtorek Związek Zawodowy Oświaty ogłosił konkurs dla szkół. Nauczyciele domagają się podwyżek płac.",
     "nauczyciele"),
])
def test_declared_protest_leads_the_group(text, by):
    got = parties(text)
    assert got and got[0][1] == by


@pytest.mark.parametrize("text,by", [
    # a group counted by a numeral is the subject of its sentence, in the genitive
    ("Przed ratuszem pikietuje około 30 rezydentów. Domagają się m.in. nowych etatów i zmiany grafików.",
     "rezydenci"),
    ("Pod urzędem zebrało się kilkuset rolników. Domagają się dopłat do nawozów.", "rolnicy"),
    # negative: a counted group governed by a noun after a preposition is no subject
    ("Minister spotkał się wczoraj z grupą 30 rezydentów. Domagają się m.in. nowych etatów i zmiany grafików.",
     None),
])
def test_counted_group_is_a_subject(text, by):
    got = parties(text)
    assert got and got[0][1] == by


@pytest.mark.parametrize("text,of", [
    # a date before the subject of a condition, its month read otherwise by the tagger ("maja")
    ("Ministerstwo Infrastruktury nie odpowiedziało na pismo. Jan Lis zapowiedział, że jeśli do 31 maja "
     "ministerstwo nie przedstawi projektu, kierowcy zablokują drogi.", "Ministerstwo Infrastruktury"),
    # negative: no ministry named
    ("Jan Lis zapowiedział, że jeśli do 31 maja ministerstwo nie przedstawi projektu, kierowcy zablokują drogi.",
     None),
])
def test_condition_subject_after_a_date(text, of):
    got = parties(text, "condition")
    assert got and got[0][2] == of


@pytest.mark.parametrize("text,of", [
    # "klub" is the sports club named "<Name> <City>"
    ("Piłkarze Stali Opole nie dostali pensji. Licencja zostanie przyznana, jeśli klub przedstawi wyniki "
     "audytu – powiedział Jan Lis.", "Stal Opole"),
    # "miasto" is the town whose office the text names
    ("Urząd Miasta Kalisza obiecał dotację. Klub gra w Kaliszu od lat. Prezes Jan Lis powiedział, że klub spłaci długi pod warunkiem, "
     "że miasto przeleje obiecane pieniądze.", "Kalisz"),
    # "gazeta" is the newspaper named
    ("Radny pozwał Tygodnik Opolski. Jego pełnomocnik Jan Lis zapowiedział, że sprawa się nie skończy, "
     "dopóki gazeta nie opublikuje sprostowania.", "Tygodnik Opolski"),
    # negatives: no club, town or paper named
    ("Prezes Jan Lis powiedział, że licencja zostanie przyznana, jeśli klub przedstawi wyniki audytu.", None),
    ("Prezes Jan Lis powiedział, że klub spłaci długi pod warunkiem, że miasto przeleje obiecane pieniądze.",
     None),
])
def test_kind_noun_is_the_actor_named(text, of):
    got = parties(text, "condition")
    assert got and got[-1][2] == of


def test_second_name_after_a_preposition_is_no_sender():
    # "petycją do X i Y": Y is addressed as X is, not the petition's sender; both are the addressees
    got = parties("Ponad 900 osób podpisało się pod petycją do Urzędu Marszałkowskiego Województwa Opolskiego "
                  "i PKP Polskich Linii Kolejowych. Jej autorzy domagają się przywrócenia pociągów.")
    assert got and got[0][1] != "PKP Polskie Linie Kolejowe"
    assert got[0][2] == "Urząd Marszałkowski Województwa Opolskiego, PKP Polskie Linie Kolejowe"


@pytest.mark.parametrize("text,by", [
    # a paragraph opening with a subjectless demanding verb goes on with the last subject before it
    ("Prezydent Rosji Władimir Putin mówił o tym w czerwcu.\n\nDomagał się wówczas od Ukrainy wycofania wojsk "
     "z czterech obwodów.", "Władimir Putin"),
    # negative: the subject before is the party addressed, no demander of itself
    ("Ukraina odrzuciła ten plan w czerwcu.\n\nDomagał się wówczas od Ukrainy wycofania wojsk "
     "z czterech obwodów.", None),
])
def test_subjectless_verb_opening_a_paragraph(text, by):
    got = parties(text)
    assert got and got[0][1] == by


def test_quote_read_from_a_letter():
    # "„…” – czytamy w liście": the letter's sender demands, of the letter's addressee
    text = ("„Spotkanie powinno się odbyć jak najszybciej” – napisali w liście do premiera Jana Kowala "
            "szefowie związków zawodowych kopalni.\n\nWe wtorek rada nadzorcza odwołała dwóch wiceprezesów.\n\n"
            "„Apelujemy o zapewnienie spokoju w spółce. To, co zrobiła rada, to kpina z nas. Dlatego spotkanie "
            "z premierem jest koniecznością” – czytamy w liście.")
    got = [(t, by, of) for t, by, of in parties(text) if t.startswith("zapewnienie")]
    assert got == [("zapewnienie spokoju w spółce", "szefowie związków zawodowych kopalni", "Jan Kowal")]


@pytest.mark.parametrize("text,of", [
    # the body in front of whose building the demanders protest, in the lead-in or the sentence before
    ("Związkowcy z Solidarności pikietowali przed siedzibą Kompanii Węglowej, domagając się podwyżek.",
     "Kompania Węglowa"),
    # the party met, in the lead-in or the sentence before with the same subject
    ("Podczas spotkania z ministrem rolnictwa Janem Kowalem rolnicy domagali się wyższych cen skupu.", "Jan Kowal"),
    ("Rolnicy spotkali się w piątek z ministrem rolnictwa Janem Kowalem. Domagali się wyższych cen skupu.",
     "Jan Kowal"),
    # negatives: someone else's meeting; an interview with an outlet
    ("Jan Kowal spotkał się z Adamem Lisem. Rolnicy domagali się wyższych cen skupu.", None),
    ("Rolnicy udzielili wywiadu w rozmowie z Radiem Opole. Domagali się wyższych cen skupu.", None),
])
def test_protest_site_and_meeting(text, of):
    got = parties(text)
    assert got and got[0][2] == of


def test_letter_quote_with_its_own_speaker():
    # "„…” – napisali mieszkańcy w petycji": the attribution names who speaks; the petition's addressee stands
    text = ("Organizatorzy zebrali 900 podpisów pod petycją do ministra zdrowia Jana Kowala.\n\n"
            "„Panie ministrze, niech pan tu przyjedzie i zobaczy nasz szpital” – napisali mieszkańcy w petycji.")
    got = parties(text)
    assert got and got[0][1:] == ("mieszkańcy", "Jan Kowal")


def test_zarowno_jak_i_names_both_addressees():
    # "wezwał zarówno X, jak i Y do …": both are addressed (the Parties resolver, below the frame finder)
    from newslens import nlp
    from newslens.extract.actors import extract_actors
    from newslens.extract.demand_parties import Parties
    from newslens.extract.quotes import _Doc, extract_quotes
    t = nlp.analyze("Związek Zawodowy Kolejarzy wezwał zarówno Ministerstwo Infrastruktury, jak i Urząd "
                    "Marszałkowski do zwiększenia dotacji.")
    actors = extract_actors(t)
    doc = _Doc(t, actors)
    P = Parties(doc, extract_quotes(t, actors))
    v = next(i for i, x in enumerate(doc.toks) if x.text == "wezwał")
    assert [a.name for a in P.addressees(v + 1, len(doc.toks), verb=v)] == \
        ["Ministerstwo Infrastruktury", "Urząd Marszałkowski"]


def test_demands_handed_to_two_recipients_in_the_dative():
    # "przekazał … zarówno resortowi X, jak i prezydentowi Y Z": both recipients ("resortowi" read also
    # as an adjective by the tagger)
    got = parties("Ministerstwo Zdrowia nie odpowiedziało na apel. Postulaty związek przekazał w poniedziałek na "
                  "piśmie zarówno resortowi zdrowia, jak i prezydentowi Opola Janowi Kowalowi. Pielęgniarki chcą "
                  "przede wszystkim podwyżek płac. Drugi postulat to nowe etaty.")
    assert [of for _t, _by, of in got] == ["Ministerstwo Zdrowia, Jan Kowal"] * 2


def test_board_handed_demands_is_no_named_party():
    # negative: "przekazał zarządowi listę postulatów" with the company named before: the board is no actor
    got = parties("Pracownicy spółki Merkury Logistyka strajkują. Związek przekazał zarządowi listę postulatów. "
                  "Związkowcy chcą przede wszystkim podwyżek płac. Drugi postulat to nowe etaty.")
    assert got and all(of is None for _t, _by, of in got)


@pytest.mark.parametrize("text,by", [
    # a group's genitive complement right before the verb is no unnamed subject
    ("O to, by zatrzymać budowę wiatraka pod swoimi domami, mieszkańcy wsi walczą od maja.", "mieszkańcy wsi"),
])
def test_group_with_complement_before_the_verb(text, by):
    got = parties(text)
    assert got and got[0][1] == by


@pytest.mark.parametrize("text,expected", [
    # "organizacja" is the body of members named
    ("Stowarzyszenie Lokatorów Opola zorganizowało protest. Organizacja domaga się obniżki czynszów.",
     ("Stowarzyszenie Lokatorów Opola", None)),
    # a document filed at a body with no recipient named is addressed to that body
    ("Stowarzyszenie Lokatorów Opola złożyło w sobotę petycję. W Urzędzie Miasta Opola zostało złożone pismo "
     "z apelem o obniżkę czynszów.", ("Stowarzyszenie Lokatorów Opola", "Urząd Miasta Opola")),
    # negative: no organisation named
    ("Jan Kowal zorganizował protest. Organizacja domaga się obniżki czynszów.", (None, None)),
])
def test_organisation_noun_and_filing_place(text, expected):
    got = parties(text)
    assert got and got[0][1:] == expected


@pytest.mark.parametrize("text,expected", [
    # the unnamed head of a named body stands for it ("przewodniczącego" is tagged an adjective)
    ("Rada Nadzorcza spółki Węglex zbierze się w lutym. Związkowcy domagają się od przewodniczącego rady "
     "nadzorczej odwołania prezesa.", ("odwołania prezesa", "Rada Nadzorcza")),
])
def test_head_of_a_named_body(text, expected):
    got = parties(text)
    assert got and (got[0][0], got[0][2]) == expected


def test_source_before_a_common_subject_is_no_demander():
    # negative: "Według prezesa miasto zażądało …": the source is not the demander, the town is not named
    got = parties("Prezes klubu Jan Lis jest zaniepokojony. Według prezesa miasto zażądało od klubu wyższego czynszu.")
    assert got and got[0][1] is None


@pytest.mark.parametrize("text,of", [
    # an organ noun qualified by another body's common noun is not the organisation named by that organ noun
    ("Regionalna Dyrekcja Ochrony Środowiska w Opolu wydała opinię. Rada Gminy Lipno wzywa dyrekcję parku "
     "do zmiany planu ochrony.", None),
    # the organ noun alone refers to the organisation named with it, as before
    ("Regionalna Dyrekcja Ochrony Środowiska w Opolu wydała opinię. Rada Gminy Lipno wzywa dyrekcję "
     "do zmiany planu ochrony.", "Regionalna Dyrekcja Ochrony Środowiska w Opolu"),
])
def test_organ_of_another_body(text, of):
    got = parties(text)
    assert got and got[0][2] == of


@pytest.mark.parametrize("text,expected", [
    # a recipient in the dative in the lead-in ("postawił prezydentowi warunki") is the addressee, and no
    # demander taken from the sentence before
    ("Prezydent Opola Jan Kowal przedstawił budżet. Klub radnych postawił prezydentowi dwa warunki: utrzymanie "
     "darmowych przejazdów oraz budowę basenu.", (None, "Jan Kowal")),
    # negative: no president named, no addressee
    ("Klub radnych postawił prezydentowi dwa warunki: utrzymanie darmowych przejazdów oraz budowę basenu.",
     (None, None)),
])
def test_dative_recipient_in_the_lead_in(text, expected):
    got = parties(text)
    assert got and got[0][1:] == expected


@pytest.mark.parametrize("text,of", [
    # "nikt z <body>" opening a condition: the body named
    ("Ministerstwo Rolnictwa milczy. Jan Lis zapowiedział, że jeśli do 1 października nikt z ministerstwa nie "
     "przyjedzie do Opola, rolnicy zablokują drogi.", "Ministerstwo Rolnictwa"),
    # a holder noun with an acronym of its body before the holder's name ("rektora UWR prof. X")
    ("Samorząd zbiera podpisy pod apelem do rektora UWR prof. Adama Nowaka. Przewodnicząca Anna Lis zapowiada, "
     "że jeśli rektor nie spotka się z samorządem do piątku, studenci wyjdą na ulice.", "Adam Nowak"),
    # negative: no one named
    ("Jan Lis zapowiedział, że jeśli nikt z ministerstwa nie przyjedzie do Opola, rolnicy zablokują drogi.", None),
])
def test_condition_party_named_by_its_body_or_post(text, of):
    got = parties(text, "condition")
    assert got and got[0][2] == of


@pytest.mark.parametrize("text,by", [
    # a name in the genitive right after an organisation's name complements it: the organisation demands
    ('Kopalnia Bogdanka ogłosiła zwolnienia. W zakładzie działają dwa związki. Większy, Komisja Zakładowa NSZZ '
     '"Solidarność" Kopalni Bogdanka, zażądał od spółki wstrzymania zwolnień.',
     'Komisja Zakładowa NSZZ "Solidarność" Kopalni Bogdanka'),  # the unit's workplace is part of its name (j08)
    # negative: a name after a preposition is the addressee, the subject stands
    ("Związek Zawodowy Górników zażądał od Kopalni Bogdanka podwyżek.", "Związek Zawodowy Górników"),
])
def test_genitive_complement_of_a_name_is_no_demander(text, by):
    got = parties(text)
    assert got and got[0][1] == by


@pytest.mark.parametrize("text,of", [
    # the person who came out to the protesters is the one their speech asks
    ("Pikieta odbyła się pod urzędem. Wojewoda Adam Lis wyszedł do protestujących pielęgniarek. – Nie damy "
     "rady. Prosimy o podwyżki dla całego personelu – powiedziała jedna z nich.", "Adam Lis"),
    # negative: someone came, not to the group named
    ("Pikieta odbyła się pod urzędem. Jan Kowal przyszedł na pikietę. – Nie damy rady. Prosimy o podwyżki dla "
     "całego personelu – powiedziała jedna z pielęgniarek.", None),
])
def test_came_out_to_the_protesters(text, of):
    got = parties(text)
    assert got and got[0][2] == of


@pytest.mark.parametrize("text,by", [
    # a company's employees are a group the company does not lead
    ("Pracownicy PKS Opole strajkują od piątku. Rozpoczynając strajk, pracownicy PKS przedstawili trzy "
     "postulaty: podwyżkę płac, nowe autobusy oraz odwołanie prezesa.", "pracownicy PKS"),
    # negative: members of a party named after them are the party
    ("Posłowie Lewicy domagają się podwyżek dla nauczycieli.", "Lewica"),
])
def test_employees_are_no_employer(text, by):
    got = parties(text)
    assert got and got[0][1] == by


@pytest.mark.parametrize("text,by", [
    # the goals of a protest are its organiser's, also when a spokesperson of the organiser states them
    ("Związek Zawodowy Oświaty zamierza w piątek zorganizować demonstrację w Opolu. Głównym celem protestu są "
     "podwyżki płac – poinformowała rzeczniczka ZZO Anna Lis.", "Związek Zawodowy Oświaty"),
    # negative: no organiser named, the speaker stays
    ("Nauczyciele wyjdą w piątek na ulice Opola. Głównym celem protestu są podwyżki płac – poinformowała "
     "Anna Lis.", "Anna Lis"),
])
def test_protest_goals_are_the_organisers(text, by):
    got = parties(text)
    assert got and got[0][1] == by
