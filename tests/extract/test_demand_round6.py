"""Demands, round 6 (issue 14): `of` by structure. Invented sentences, negatives included."""
import pytest

from newslens import nlp
from newslens.extract.actors import extract_actors
from newslens.extract.demands import extract_demands
from newslens.extract.quotes import extract_quotes
from newslens.extract.timeline import extract_timeline


def demands(text, published="2025-03-01"):
    t = nlp.analyze(text)
    actors = extract_actors(t)
    return extract_demands(t, actors, extract_timeline(t, published), extract_quotes(t, actors))


def parties(text, kind, expected):
    """(the expected opening if the record's text starts with it, else its text; ``of``) per record."""
    got = [d for d in demands(text) if d.kind == kind]
    return [(e[0] if d.text.startswith(e[0]) else d.text, d.of) for d, e in zip(got, expected)] + \
        [(d.text, d.of) for d in got[len(expected):]]


@pytest.mark.parametrize("text,kind,expected", [
    # a holder noun resolves to the one person the text names in apposition to it (titles between)
    ("Rektor prof. Adam Zieliński wysłał list do studentów. W petycji do rektora samorząd domaga się "
     "obniżenia opłat za akademiki.", "item", [("obniżenia opłat za akademi", "Adam Zieliński")]),
    ("Kibice przedstawili żądania wobec właściciela klubu Jerzego Malinowskiego. Kibice domagają się od "
     "właściciela spłaty długów wobec piłkarzy.", "item", [("spłaty długów wobec piłkar", "Jerzy Malinowski")]),
    ("Burmistrz Tomasz Lis zaznaczył, że pomoc będzie możliwa dopiero wtedy, gdy właściciel Jan Kurek "
     "przedstawi audyt. Wcześniej właściciel klubu Jan Kurek milczał.", "condition",
     [("właściciel Jan Kurek przed", "Jan Kurek")]),
    # no person named in apposition: the holder noun stays unresolved
    ("Burmistrz Tomasz Lis zaznaczył, że pomoc będzie możliwa dopiero wtedy, gdy właściciel przedstawi "
     "audyt finansów.", "condition", [("właściciel przedstawi audy", None)]),
    # two persons so named: no guess
    ("Właściciel Jan Kurek milczy, a właściciel Adam Nowak wyjechał. Kibice domagają się od właściciela "
     "spłaty długów.", "item", [("spłaty długów", None)]),
    # a role's genitive place is its complement, not what is demanded: "od prezydenta Olsztyna trzech zmian"
    ("Prezydent Olsztyna Andrzej Malicki milczy. Stowarzyszenie Mieszkańców Pieczewa domaga się od "
     "prezydenta Olsztyna dwóch zmian. Pierwsza to przesunięcie torowiska. Druga - budowa ekranów.",
     "item", [("przesunięcie torowiska", "Andrzej Malicki"), ("budowa ekranów", "Andrzej Malicki")]),
])
def test_addressee_by_role(text, kind, expected):
    assert parties(text, kind, expected) == expected


@pytest.mark.parametrize("text,expected", [
    # the named subjects of the condition clause, coordinated ones with a plural verb
    ("Premier Mark Rutte zgodzi się na dotacje tylko pod warunkiem, że Włochy i Hiszpania przeprowadzą "
     "reformy rynku pracy.", [("Włochy i Hiszpania", "Włochy, Hiszpania")]),
    # a singular verb: the second name is no subject of it
    ("Premier Mark Rutte zgodzi się na dotacje pod warunkiem, że Włochy i Komisja Europejska poprze reformy.",
     [("Włochy i Komisja", "Włochy")]),
    # the speaker's own clause embeds the clause that names the actor
    ("Minister Dmytro Kułeba powiedział: \"Porty zostaną otwarte dopiero wtedy, gdy będziemy mieć pewność, "
     "że Rosja nie wykorzysta korytarza do ataku\".", [("będziemy mieć pewność", "Rosja")]),
    # no named actor in the embedded clause, or a condition no one is asked to meet: empty
    ("Minister Dmytro Kułeba zapowiedział, że porty zostaną otwarte dopiero wtedy, gdy będziemy pewni, że nie "
     "będzie ataku.", [("będziemy pewni", None)]),
    ("Rzecznik Jan Lis zapowiedział, że związek odwoła strajk, jeśli nie będzie pieniędzy na podwyżki.",
     [("nie będzie pieniędzy", None)]),
])
def test_condition_of_is_the_subject_of_its_clause(text, expected):
    assert parties(text, "condition", expected) == expected


@pytest.mark.parametrize("text,expected", [
    # the demander's own letter, sent after the list, carries it to its addressees
    ("Komitet Obrony Rolników domaga się przede wszystkim zakazu importu zboża. Kolejnym postulatem jest "
     "podniesienie dopłat do nawozów.\n\nPismo z postulatami komitet skierował do Ministerstwa Rolnictwa oraz "
     "do Komisji Europejskiej.", [("zakazu importu zboża", "Ministerstwo Rolnictwa, Komisja Europejska"),
                                  ("podniesienie dopłat", "Ministerstwo Rolnictwa, Komisja Europejska")]),
    # another sender's letter is no evidence of this demander's addressee
    ("Komitet Obrony Rolników domaga się przede wszystkim zakazu importu zboża.\n\nPismo w tej sprawie "
     "Związek Sadowników skierował do Ministerstwa Rolnictwa.", [("zakazu importu zboża", None)]),
    # the lead-in names an addressee that is no actor: the letter's addressee is not carried over
    ("Komitet Obrony Rolników domaga się od spółki przede wszystkim zakupu zboża.\n\nPismo komitet "
     "skierował do Ministerstwa Rolnictwa.", [("zakupu zboża", None)]),
    # a letter three paragraphs later is too far to be the list's
    ("Komitet Obrony Rolników domaga się przede wszystkim zakazu importu zboża.\n\nRolnicy protestują od "
     "tygodnia.\n\nCeny spadają.\n\nPismo komitet skierował do Ministerstwa Rolnictwa.",
     [("zakazu importu zboża", None)]),
])
def test_the_demanders_own_document(text, expected):
    assert parties(text, "item", expected) == expected


@pytest.mark.parametrize("text,expected", [
    # the addressee fronted before the subject and the verb
    ("Rosja oczekuje od Kijowa wycofania wojsk. Od Zachodu Kreml domaga się z kolei zniesienia sankcji.",
     [("wycofania wojsk", "Kijów"), ("zniesienia sankcji", "Zachód")]),
    ("Prokuratura Rejonowa w Opolu oskarżyła Jana Nowaka i Adama Lisa. Od Adama Lisa śledczy chcą zwrotu "
     "600 tys. zł.", [("zwrotu 600 tys. zł", "Adam Lis")]),
    # a fronted time names no addressee
    ("Od poniedziałku Związek Zawodowy Kolejarzy domaga się podwyżek.", [("podwyżek", None)]),
])
def test_fronted_addressee(text, expected):
    assert parties(text, "item", expected) == expected


def by_of(text):
    return [(d.text, d.by, d.of) for d in demands(text) if d.kind == "item"]


def test_the_addressee_is_no_demander():
    # a petition handed "na ręce" its addressee: the addressee is no subject, the group before demands
    got = by_of("Swoje żądania mają też mieszkańcy Opola. W petycji, którą złożyli na ręce starosty Adama Lisa, "
                "domagają się przede wszystkim budowy drogi. Kolejnym postulatem jest remont szkoły.")
    assert [(t[:14], of) for t, _, of in got] == [("budowy drogi", "Adam Lis"), ("remont szkoły", "Adam Lis")]
    assert all(by is not None and by.endswith("mieszkańcy Opola") for _, by, _ in got)
    # the list goes on with the addressee it was stated for; its unnamed demander is not guessed from it
    got = by_of("W petycji stowarzyszenie domaga się od Regionalnej Dyrekcji Ochrony Środowiska w Kielcach "
                "uchylenia decyzji. Kolejnym postulatem jest zbadanie studni.")
    assert got[-1][1:] == (None, "Regionalna Dyrekcja Ochrony Środowiska w Kielcach")
    # a demander named in the nominative in its own sentence stays the demander
    got = by_of("Prokuratura Okręgowa w Olsztynie domagała się od Sądu Okręgowego w Olsztynie kary więzienia. "
                "Sąd Okręgowy w Olsztynie orzekł łagodniej, a Fundacja Zdrowie zażądała od skazanego zwrotu kosztów leczenia.")
    assert got[-1][1] == "Fundacja Zdrowie"
    # a court's order ("zobowiązał X do A") is no demand (GUIDELINES, tenth session): the last demand stays the motion's
    got = by_of("Prokuratura Okręgowa w Olsztynie domagała się od Sądu Okręgowego w Olsztynie kary więzienia. "
                "Sąd Okręgowy w Olsztynie orzekł łagodniej, ale zobowiązał skazanego do naprawienia szkody.")
    assert [t[:14] for t, _, _ in got] == ["kary więzienia"]


@pytest.mark.parametrize("text,expected", [
    # a condition waiting for a document or act: its issuer named in the genitive
    ("Rada Miejska Leszna zbierze się w piątek. Przewodniczący Marek Kaczmarek odpowiedział: - Strajk zawiesimy "
     "dopiero wtedy, gdy zobaczymy podpisaną uchwałę Rady Miejskiej Leszna o dopłacie.",
     [("zobaczymy podpisaną", "Rada Miejska Leszna")]),
    # a lower-case body names no actor of the text
    ("Rada Ministrów przyjęła projekt. Prezes Piotr Zając zapowiedział, że taryfa wzrośnie dopiero po tym, jak "
     "zgoda rady miejskiej na zmianę budżetu zostanie wydana.", [("zgoda rady miejskiej", None)]),
    # the answer to the setter's own letter: the letter's addressee
    ("Ogólnopolski Związek Zawodowy Pielęgniarek skierował do starosty Adama Lisa pismo z żądaniami. "
     "Rzeczniczka Ewa Nowak dodała, że fundusz nie ma wpływu. Związek zapowiada, że jeśli do czwartku nie "
     "dostanie odpowiedzi na pismo, rozpocznie pikietę.", [("do czwartku", "Adam Lis")]),
    # "odpowiedzi na piśmie" is an answer in writing, to no document
    ("Ogólnopolski Związek Zawodowy Pielęgniarek skierował do starosty Adama Lisa pismo z żądaniami. Związek "
     "zapowiada, że jeśli do czwartku nie dostanie odpowiedzi na piśmie, rozpocznie pikietę.", [("do czwartku", None)]),
])
def test_condition_waiting_for_a_document(text, expected):
    assert parties(text, "condition", expected) == expected


def item_texts(text):
    return [d.text for d in demands(text) if d.kind == "item"]


@pytest.mark.parametrize("text,expected", [
    # an item with its own inner list ("pensji, dodatków i stażu pracy") before the final "a także"
    ("Związek Zawodowy Pielęgniarek domaga się: utrzymania oddziału do końca roku, przeniesienia położnych na "
     "inne oddziały bez obniżenia pensji, dodatków i stażu pracy, a także pisemnej gwarancji zatrudnienia.",
     ["utrzymania oddziału do końca roku",
      "przeniesienia położnych na inne oddziały bez obniżenia pensji, dodatków i stażu pracy",
      "pisemnej gwarancji zatrudnienia"]),
    # an item's own contrast (", a nie tylko …") before the list goes on
    ("Stowarzyszenie Nasza Wieś domaga się uchylenia decyzji, ponownych badań, z udziałem niezależnych ekspertów, "
     "a nie tylko firmy inwestora, oraz zorganizowania rozprawy we wsi.",
     ["uchylenia decyzji", "ponownych badań, z udziałem niezależnych ekspertów, a nie tylko firmy inwestora",
      "zorganizowania rozprawy we wsi"]),
    # a contrast closing the list is not demanded
    ("Związek Zawodowy Rolników domaga się podwyżek płac, a nie jednorazowych premii.", ["podwyżek płac"]),
    # a prepositional phrase's own list stays in its item
    ("Związek Zawodowy Rolników domaga się dopłat do nawozów, paliwa i energii, zakazu importu zboża oraz "
     "dymisji wiceministra.", ["dopłat do nawozów, paliwa i energii", "zakazu importu zboża", "dymisji wiceministra"]),
])
def test_an_item_with_its_own_commas(text, expected):
    assert item_texts(text) == expected


def test_a_semicolon_list_goes_on_after_an_items_contrast():
    assert item_texts("Lekarze rezydenci ze Szpitala Wojewódzkiego żądają trzech rzeczy: podniesienia dodatku do "
                      "1500 zł; rozliczania dyżurów według stawek kontraktowych, a nie etatowych; wreszcie "
                      "zatrudnienia sześciu specjalistów.") == [
        "podniesienia dodatku do 1500 zł", "rozliczania dyżurów według stawek kontraktowych, a nie etatowych",
        "zatrudnienia sześciu specjalistów"]


@pytest.mark.parametrize("text,expected", [
    # "fani" are the "kibice" the supporters' association leads
    ("Stowarzyszenie Kibiców Orła Kielce protestuje. Fani domagają się dymisji trenera.",
     [("dymisji trenera", "Stowarzyszenie Kibiców Orła Kielce")]),
    # no such association: the group as named
    ("Fani domagają się dymisji trenera.", [("dymisji trenera", "fani")]),
])
def test_group_synonyms(text, expected):
    assert [(t[:len(e[0])], by) for (t, by, _), e in zip(by_of(text), expected)] == expected


def test_an_unnamed_addressee_in_the_lead_in_is_not_replaced_by_a_named_one():
    got = by_of("Komitet Obrony Rolników domaga się od ministra Jana Lisa zakazu importu zboża. Kolejnym "
                "postulatem jest podniesienie dopłat. Od spółki komitet domaga się z kolei zakupu zboża.")
    assert [of for *_, of in got] == ["Jan Lis", "Jan Lis", None]


@pytest.mark.parametrize("text,expected", [
    # a count before a demand noun and a colon: the list after it
    ("Polskie Stronnictwo Ludowe przekazało premierowi Donaldowi Tuskowi pismo z trzema postulatami: utrzymanie "
     "odległości 700 metrów, zgodę rady gminy, wyrażoną w drodze uchwały, a także udział mieszkańców w zyskach.",
     [("utrzymanie odległości 700 metrów", "Donald Tusk"), ("zgodę rady gminy, wyrażoną w drodze uchwały", "Donald Tusk"),
      ("udział mieszkańców w zyskach", "Donald Tusk")]),
    # "oczekiwać" with its addressee fronted is a demand, not a forecast; the unnamed "miasto" is no actor
    ("Stowarzyszenie Kibiców Orła Kielce protestuje. Od miasta fani oczekują natomiast dwóch rzeczy: przejęcia "
     "kosztów stadionu oraz zwiększenia dotacji.", [("przejęcia kosztów stadionu", None), ("zwiększenia dotacji", None)]),
    # no addressee and no first person: a forecast
    ("Analitycy oczekują obniżki stóp procentowych.", []),
])
def test_count_announced_colon_list(text, expected):
    got = [d for d in demands(text) if d.kind == "item"]
    assert [(d.text, d.of) for d in got] == expected


def test_the_person_who_states_it_not_the_body_or_country():
    # a role noun with its holder named after it: the person, not the body of the role ("komisarz" -> Komisja)
    got = [(d.by, d.of) for d in demands(
        "Komisja Europejska nałożyła cła na Chiny. Unijny komisarz ds. handlu Valdis Dombrovskis zapewnił, że "
        "Bruksela zastąpi cła zobowiązaniami, pod warunkiem że Chiny wycofają dotacje.") if d.kind == "condition"]
    assert got and got[0][0] == "Valdis Dombrovskis"
    # a zero-subject verb after its speaker's sentence: a name after "wobec" is no subject
    got = by_of("Premier Viktor Orbán zapowiedział w radiu, że Węgry zawetują budżet. Zażądał też od Komisji "
                "Europejskiej zamknięcia postępowania wobec Węgier.")
    assert got and got[-1][1:] == ("Viktor Orbán", "Komisja Europejska")
