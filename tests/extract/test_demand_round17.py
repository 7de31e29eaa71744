"""Demands and conditions, session 11 (issue 14): classes found in the misses of the real pages of set I
and checked against the dev gold. Invented sentences, negatives included."""
import pytest

from newslens import nlp
from newslens.extract.actors import extract_actors
from newslens.extract.demands import extract_demands
from newslens.extract.quotes import extract_quotes
from newslens.model import Actor

from .test_demand_round5 import demands


def items(text):
    return [(d.text, d.by, d.of) for d in demands(text) if d.kind == "item"]


@pytest.mark.parametrize("text,expected", [
    # a verb of demanding with a clause of an infinitive: the act asked with no subject (I: r215, r231, r233)
    ("– Domagamy się by jeszcze dziś opublikować wszystkie dokumenty – dodał poseł Adam Nowak.",
     [("jeszcze dziś opublikować wszystkie dokumenty", "Adam Nowak", None)]),
    ("Burmistrz Jan Kowal apeluje stanowczo, by zadbać o bezpieczeństwo dzieci na przejściach.",
     [("zadbać o bezpieczeństwo dzieci na przejściach", "Jan Kowal", None)]),
    ("Posłanka Anna Lis przemawiała w Sejmie. Prosiła, by Nowaka nie wybierać na prezesa i utrzymać "
     "finansowanie szkół.",
     [("Nowaka nie wybierać na prezesa", "Anna Lis", None), ("utrzymać finansowanie szkół", "Anna Lis", None)]),
    ("– Żądamy, by jeszcze dziś zwołać komisję i by jeszcze dziś wyjaśnić, kto wiedział o awarii – mówi "
     "radny Piotr Zieliński.",
     [("jeszcze dziś zwołać komisję", "Piotr Zieliński", None),
      ("jeszcze dziś wyjaśnić, kto wiedział o awarii", "Piotr Zieliński", None)]),
    # one act with two verbs sharing its object stays one item; a finite clause is unchanged
    ("Burmistrz Jan Kowal prosi, by ratować i remontować zabytki.", [("ratować i remontować zabytki", "Jan Kowal", None)]),
    ("Rada Gminy Zalesie apeluje, żeby Jan Nowak wycofał wniosek.", [("Jan Nowak wycofał wniosek", "Rada Gminy Zalesie", "Jan Nowak")]),
    # negatives: a request about the reporting itself; a request for a thing; an infinitive after a modal
    ("Rzecznik Jan Nowak prosił, by nie podawać jego nazwiska.", []),
    ("Rzecznik Jan Nowak prosił o komentarz do decyzji.", []),
    ("Związkowcy z huty mogą, by zdążyć przed zimą, zacząć remont sami.", []),
])
def test_a_clause_of_an_infinitive_is_demanded(text, expected):
    assert items(text) == expected


def texts(text):
    return [d.text for d in demands(text) if d.kind == "item"]


@pytest.mark.parametrize("text,expected", [
    # two acts joined by "i", a gerund and a noun of an act, each with its own complement: two items
    # (I: r211, r237; dev: blind-m02)
    ("Minister Jan Kowal zaapelował do kierowców o zawieszenie blokady na czas ferii i powrót do rozmów po 10 lutego.",
     ["zawieszenie blokady na czas ferii", "powrót do rozmów po 10 lutego"]),
    ("Rolnicy z Podlasia protestują. Ich główne postulaty to szybkie wyłapanie dzików i gwarancja stałych cen skupu.",
     ["szybkie wyłapanie dzików", "gwarancja stałych cen skupu"]),
    ("Radni żądają od burmistrza jasnej deklaracji w sprawie obwodnicy i wpisania do budżetu pieniędzy na remont.",
     ["jasnej deklaracji w sprawie obwodnicy", "wpisania do budżetu pieniędzy na remont"]),
    # negatives: a genitive after the act's genitive complement may be its second complement; a thing is no act
    ("Związkowcy żądają wstrzymania budowy i modernizacji mostu.", ["wstrzymania budowy i modernizacji mostu"]),
    ("Związkowcy żądają zapewnienia bezpieczeństwa i spokoju mieszkańcom.", ["zapewnienia bezpieczeństwa i spokoju mieszkańcom"]),
    ("Kierowcy domagają się podwyżki płac i dodatku za nadgodziny.", ["podwyżki płac i dodatku za nadgodziny"]),
])
def test_an_act_and_an_act_noun_are_two_items(text, expected):
    assert texts(text) == expected


def conditions(text):
    return [d.text for d in demands(text) if d.kind == "condition"]


@pytest.mark.parametrize("text,expected", [
    # "jeśli …" before a main clause that states a state, not an act announced: no condition (I: r207, r231, r237)
    ("– To ostatnia szansa. Jeżeli się nie dogadamy, to niestety ludzie są zdeterminowani – powiedział "
     "związkowiec Jan Kowal.", []),
    ("Premier Jan Kowal mówił w Brukseli. \"Straty będą jeszcze większe, jeżeli ustąpimy agresorowi\" – powiedział.", []),
    ("– Jeżeli w piątek nas nie wpuszczą, to tam zaczekamy, aż ktoś do nas wyjdzie – mówi rolnik Jan Kowal.", []),
    ("– Jeżeli zarząd nie podpisze porozumienia, to jesteśmy gotowi do strajku – mówi związkowiec Jan Kowal.", []),
    # negatives: an act announced; a protest as the copula's subject; a warning in the sentence
    ("– Jeżeli zarząd nie podpisze porozumienia, będziemy protestować – mówi związkowiec Jan Kowal.",
     ["zarząd nie podpisze porozumienia"]),
    ("– Jeśli do piątku nie będzie odpowiedzi, od poniedziałku strajk będzie bezterminowy – dodał Jan Kowal.",
     ["do piątku nie będzie odpowiedzi"]),
    ("Rada Nadzorcza Huty Zawisza zastrzegła, że kolejne zwolnienia są możliwe, jeśli zamówienia spadną.",
     ["zamówienia spadną"]),
])
def test_a_state_in_the_main_clause_sets_no_condition(text, expected):
    assert conditions(text) == expected


def parties(text, extra=()):
    """Items and demanders; ``extra`` names things the actor layer took for actors (a holiday's bonus)."""
    t = nlp.analyze(text)
    actors = list(extract_actors(t))
    for name in extra:
        stem = name[:-1]
        offs = []
        i = text.find(stem)
        while i >= 0:
            j = i
            while j < len(text) and text[j].isalpha():
                j += 1
            offs.append((i, j))
            i = text.find(stem, j)
        actors.append(Actor(name=name, type="organization", mentions=len(offs), first_offset=offs[0][0], offsets=tuple(offs)))
    return [(d.text, d.by) for d in extract_demands(t, actors, [], extract_quotes(t, actors)) if d.kind == "item"]


@pytest.mark.parametrize("text,extra,expected", [
    # a name inside a thing demanded is not who demands it (I: r211, r233)
    ("Hutnicy domagają się podwyżek. Chcą również wypłaty całej Barbórki i gwarancji zatrudnienia.", ["Barbórka"],
     [("podwyżek", "hutnicy"), ("wypłaty całej Barbórki i gwarancji zatrudnienia", "hutnicy")]),
    ("Kierowcy domagają się podwyżek. Żądają także premii z okazji Barbórki.", ["Barbórka"],
     [("podwyżek", "kierowcy"), ("premii z okazji Barbórki", "kierowcy")]),
    ("Posłanka Anna Lis przemawiała w Sejmie. \"Musimy działać\" – mówiła.\n\nProsiła, by Jana Kowala nie "
     "wybierać na prezesa. Apelowała też o zwołanie komisji w sprawie Jana Kowala.",
     (), [("Jana Kowala nie wybierać na prezesa", None), ("zwołanie komisji w sprawie Jana Kowala", None)]),
    # negatives: the demander named as the subject before the verb, or in the sentence before outside any item
    ("Związek Zawodowy Kolejarzy chce wypłaty premii dla Związku Zawodowego Kolejarzy.", (),
     [("wypłaty premii dla Związku Zawodowego Kolejarzy", "Związek Zawodowy Kolejarzy")]),
    ("Posłanka Anna Lis przemawiała w Sejmie. Apelowała o zwołanie komisji.", (),
     [("zwołanie komisji", "Anna Lis")]),
])
def test_a_name_inside_the_thing_demanded_is_no_demander(text, extra, expected):
    assert parties(text, extra) == expected


@pytest.mark.parametrize("text,expected", [
    # an item that names its demands in general and spells them out after a colon: the things after it
    # (I: r205; dev: blind-h09)
    ("Związkowcy domagają się podwyżki płac o 10 proc. oraz działań na rzecz ratowania hutnictwa: zapewnienia "
     "zamówień dla krajowych hut i ograniczenia importu stali.",
     ["podwyżki płac o 10 proc.", "zapewnienia zamówień dla krajowych hut", "ograniczenia importu stali"]),
    ("Związek Zawodowy Kolejarzy domaga się, by umowa objęła trzy sprawy: wycofanie planu zwolnień, podwyżkę "
     "płac, a także zgodę na to, by pracownicy mogli odejść na emeryturę.",
     ["wycofanie planu zwolnień", "podwyżkę płac", "zgodę na to, by pracownicy mogli odejść na emeryturę"]),
    ("Rolnicy żądają pomocy dla gospodarstw: dopłat do paliwa, umorzenia kredytów oraz skupu zboża.",
     ["dopłat do paliwa", "umorzenia kredytów", "skupu zboża"]),
    # negatives: one thing after the colon; a colon inside a quoted title
    ("Rolnicy żądają działań w jednej sprawie: ograniczenia importu zboża.",
     ["działań w jednej sprawie: ograniczenia importu zboża"]),
    ("Rolnicy żądają wycofania ustawy „Rolnictwo 2030: plan, cele i zadania”.",
     ["wycofania ustawy „Rolnictwo 2030: plan, cele i zadania”"]),
])
def test_an_item_spelled_out_after_a_colon(text, expected):
    assert texts(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a thing and then an act joined by "i", each with its own complement, in one case (dev: blind-j05)
    ("Pacjenci apelują do ministerstwa o kampanię informacyjną i wskazanie tańszych leków.",
     ["kampanię informacyjną", "wskazanie tańszych leków"]),
    ("Rodzice apelują do dyrekcji o regulamin opłat i wydłużenie godzin pracy przedszkola.",
     ["regulamin opłat", "wydłużenie godzin pracy przedszkola"]),
    # a genitive after the thing's own words may still be its complement: one item
    ("Rodzice domagają się nowego regulaminu i wydłużenia godzin pracy przedszkola.",
     ["nowego regulaminu i wydłużenia godzin pracy przedszkola"]),
    # negatives: an act and then a thing that may join its complement; an act without its own complement
    ("Kibice żądają przedstawienia planu spłaty długów wobec zawodników i trenerów.",
     ["przedstawienia planu spłaty długów wobec zawodników i trenerów"]),
    ("Rodzice domagają się regulaminu i wydłużenia.", ["regulaminu i wydłużenia"]),
])
def test_a_thing_and_an_act_are_two_items(text, expected):
    assert texts(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a singular noun of demanding whose genitive names the thing demanded (I: r201; dev: blind-i02)
    ("Samorząd wysłał pismo do ministra edukacji Jana Kowala. W piśmie pojawia się także postulat osobnego "
     "programu remontów akademików.", ["osobnego programu remontów akademików"]),
    ("Rada Osiedla Zielone ponowiła żądanie budowy kładki nad torami.", ["budowy kładki nad torami"]),
    ("Szef związku Adam Nowak w liście do ministra Jana Kowala powtórzył postulat związkowców odwołania "
     "prezesa kopalni.", ["odwołania prezesa kopalni"]),
    # negatives: whose demand it is, a body, a person by role; an adjective; a count
    ("Minister odrzucił żądanie związku.", []),
    ("Minister odrzucił żądanie zarządu spółki.", []),
    ("Rzecznik mówił o postulacie ministra zdrowia.", []),
    ("Związkowcy przedstawili postulat płacowy.", []),
])
def test_a_noun_of_demanding_with_its_genitive_thing(text, expected):
    assert texts(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a list layout whose lead-in demands nothing (I: r223, r239): lines after a participle's or a
    # proposal's colon, an ordinal counting other things
    ("Spółka tłumaczy, że tylko zatwierdza cennik, proponowany przez gminę:\n- Media pisały o podwyżkach - mówi "
     "rzecznik Jan Kowal.\n- Te stawki zatwierdzono rok temu - dodaje.", []),
    ("Zarząd zaproponował związkowcom nowy harmonogram:\n- przerwa w poniedziałek;\n- praca w sobotę.", []),
    ("Burmistrz Jan Kowal usłyszał w prokuraturze dwa zarzuty. Pierwszy dotyczy przyjęcia łapówki w zamian za "
     "przetarg. Drugi zarzut dotyczy prania pieniędzy.", []),
    # negatives: a demanding lead-in before the lines; an ordinal after announced demands
    ("Związkowcy z huty domagają się od zarządu:\n- podwyżki płac o 500 zł;\n- wypłaty premii.",
     ["podwyżki płac o 500 zł", "wypłaty premii"]),
    ("Stowarzyszenie Kibiców Orła przedstawiło dwa postulaty. Pierwszy dotyczy dymisji prezesa klubu. Drugi to "
     "publikacja audytu.", ["dymisji prezesa klubu", "publikacja audytu"]),
])
def test_a_list_layout_needs_a_demanding_lead_in(text, expected):
    assert texts(text) == expected


@pytest.mark.parametrize("text,expected", [
    # an appeal without content stays none in the clause of an infinitive (the negatives of eb40296's class,
    # as "o powściągliwość" already is) and when its vague nouns are coordinated
    ("Wojewoda Jan Kowal zaapelował do mieszkańców, by zachować spokój.", []),
    ("Wojewoda Jan Kowal apeluje, żeby zachować rozwagę i cierpliwość.", []),
    ("Wojewoda Jan Kowal apeluje o spokój i rozwagę.", []),
    # negatives: an act with content
    ("Wojewoda Jan Kowal apeluje, żeby zamknąć szkoły.", ["zamknąć szkoły"]),
    ("Wojewoda Jan Kowal apeluje o spokój na granicy i wycofanie wojsk.", ["spokój na granicy", "wycofanie wojsk"]),
])
def test_an_appeal_without_content_in_an_infinitive(text, expected):
    assert texts(text) == expected


def motions(text):
    return [(d.text, d.by, d.of) for d in demands(text) if d.kind == "item"]


@pytest.mark.parametrize("text,expected", [
    # a motion filed with a court, named by the noun "wniosek" (I: r203, r223): a measure a party to the
    # proceedings asks for, and a motion its gerund's agent files ("po skierowaniu przez X wniosku, by …")
    ("Prokuratura Rejonowa w Lesznie skierowała wniosek o areszt dla burmistrza, jednak Sąd Rejonowy w Lesznie "
     "się na to nie zgodził.", [("areszt dla burmistrza", "Prokuratura Rejonowa w Lesznie", "Sąd Rejonowy w Lesznie")]),
    ("Mecenas Piotr Dąbek złożył wniosek o dozór policji zamiast aresztu. Sąd Okręgowy w Kaliszu rozpatrzy go w piątek.",
     [("dozór policji zamiast aresztu", "Piotr Dąbek", "Sąd Okręgowy w Kaliszu")]),
    ("W piątek Sąd Okręgowy w Warszawie zdecydował, że strajk nie może się odbyć. Stało się to po skierowaniu przez "
     "PKP Cargo wniosku, by sąd zakazał związkom przeprowadzenia strajku.",
     [("sąd zakazał związkom przeprowadzenia strajku", "PKP Cargo", "Sąd Okręgowy w Warszawie")]),
    # negatives: the genitive after "obrońca" is the client; an application for a thing; no court named
    ("Obrońca Jana Kowala złożył wniosek o dozór policji zamiast aresztu. Sąd Okręgowy w Kaliszu rozpatrzy go w piątek.", []),
    ("Gminy Zalesie i Borki złożyły wnioski o dotacje. Sąd Okręgowy w Kaliszu rozpatrzy sprawę w piątek.", []),
    ("Prokuratura Rejonowa w Lesznie skierowała wniosek o areszt dla burmistrza.", []),
])
def test_a_motion_named_by_its_noun(text, expected):
    assert motions(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a plural noun of demanding whose genitive names an act; the agent of "sformułowane przez X" demands (I: r229)
    ("Żądania zmian w umowie handlowej, sformułowane przez premiera Kanady Marka Carneya, są nie do przyjęcia – "
     "ocenił negocjator Jan Kowal.", [("zmian w umowie handlowej", "Marek Carney")]),
    ("Związek Zawodowy Kolejarzy przedstawił postulaty podwyżek płac dla maszynistów.",
     [("podwyżek płac dla maszynistów", "Związek Zawodowy Kolejarzy")]),
    # negative: a plural's genitive that is no act
    ("Minister odrzucił postulaty organizacji.", []),
])
def test_a_plural_noun_of_demanding_with_its_act(text, expected):
    assert [(d.text, d.by) for d in demands(text) if d.kind == "item"] == expected
