"""Demands, round 9 (real-page classes, issue 14): invented sentences of the constructions real pages
use, negatives included. No sentence comes from a real page."""
import pytest

from .test_demand_round5 import demands


def parties(text, kind="item"):
    """(text opening, by, of) per record of ``kind``."""
    return [(d.text[:20], d.by, d.of) for d in demands(text) if d.kind == kind]


@pytest.mark.parametrize("text,expected", [
    # a first-person request in a speech whose speaker the text leaves unnamed: the person named in an
    # earlier sentence of the same speech is no demander; the voivode who came out to the protesters is the
    # one asked (round 11: the real page of this construction has him as 'of'; the row had null)
    ("Wojewoda Jan Lis wyszedł do protestujących. - Nie da się tak dłużej pracować. To, co zrobił minister "
     "Adam Bąk, jest skandalem. Prosimy o pomoc, może u pana premiera. Minister Bąk zgotował nam piekło - "
     "powiedziała jedna z pielęgniarek.", [("pomoc, może u pana p", None, "Jan Lis")]),
    # the same speech with a named speaker: the speaker demands, of the voivode who came out
    ("Wojewoda Jan Lis wyszedł do protestujących. - Nie da się tak dłużej pracować. To, co zrobił minister "
     "Adam Bąk, jest skandalem. Prosimy o pomoc, może u pana premiera - powiedziała Anna Kos, szefowa związku.",
     [("pomoc, może u pana p", "Anna Kos", "Jan Lis")]),
    # a sentence before the speech, outside it, still names who sent the letter quoted
    ("Związek Pielęgniarek wysłał list do ministra. „Oczekujemy pilnego spotkania w sprawie płac” – czytamy w nim.",
     [("pilnego spotkania w ", "Związek Pielęgniarek", None)]),
])
def test_unnamed_speaker_names_no_demander(text, expected):
    assert parties(text) == expected


@pytest.mark.parametrize("text,expected", [
    # wymagać od X: a demand; "od Pana" in a speech is the person the speech addresses by role
    ("Minister zdrowia Piotr Gil spotkał się z protestującymi. – Panie Ministrze, przyszliśmy tu po odpowiedź. "
     "Wymagamy od Pana jasnej deklaracji w sprawie szpitala – mówił Adam Wrona.",
     [("jasnej deklaracji w ", "Adam Wrona", "Piotr Gil")]),
    # no minister named: the address names no one (no actor "Pan")
    ("– Panie Ministrze, przyszliśmy tu po odpowiedź. Wymagamy od Pana jasnej deklaracji w sprawie szpitala "
     "– mówił Adam Wrona.", [("jasnej deklaracji w ", "Adam Wrona", None)]),
    ("Związek Nauczycieli wymaga od ministra Jana Lisa podwyżek dla wszystkich nauczycieli.",
     [("podwyżek dla wszystk", "Związek Nauczycieli", "Jan Lis")]),
    # requiring is no demand: a law or a situation is no party, a project asks no one
    ("Nowa ustawa wymaga od pracodawców zgłoszenia każdego wypadku.", []),
    ("Projekt wymaga jeszcze wielu poprawek, a sytuacja wymaga od nas cierpliwości.", []),
])
def test_wymagac_od(text, expected):
    assert parties(text) == expected


def test_honorific_condition_names_no_actor_pan():
    text = ("– Panie Dyrektorze, czekamy od miesięcy. Jeżeli Pan powie, że nic się nie da zrobić, to odejdziemy "
            "z pracy – mówiła Ewa Sowa.")
    got = parties(text, "condition")
    assert got and all(of != "Pan" for _, _, of in got)


@pytest.mark.parametrize("text,expected", [
    # a list of demands announced, its items stated next with the impersonal "chodzi o"
    ("Pielęgniarki ze szpitala w Radomiu przekazały dyrekcji listę żądań. Chodzi o 800 zł podwyżki dla każdej z nich.",
     [("800 zł podwyżki dla ", "pielęgniarki", None)]),
    # a question announces them: the noun's genitive demands; the relative clause's subject inside the
    # item ("które górnicy stracili") is no demander
    ("Górnicy z kopalni Wieczorek protestowali w Katowicach. Jakie są żądania protestujących? Chodzi m.in. o "
     "wypłatę premii, które górnicy stracili w zeszłym roku, ale też o nowe umowy.",
     [("wypłatę premii, któr", "protestujący", None)]),
    ("Związkowcy przekazali zarządowi huty pakiet postulatów. Chodzi przede wszystkim o podwyżki płac "
     "oraz o nowy regulamin premiowania.",
     [("podwyżki płac", "związkowcy", None), ("nowy regulamin premi", "związkowcy", None)]),
    # no announcement before: "chodzi o" states a purpose or a topic, no demand
    ("Celem protestu nie jest utrudnianie życia kierowcom. Chodzi o to, by skłonić rząd do rozmów.", []),
    ("Jakie są szanse na porozumienie? Chodzi o rozmowy, które trwają od miesiąca.", []),
    # the announcement two sentences back, or in another paragraph, announces nothing here
    ("Górnicy przekazali zarządowi listę żądań.\n\nChodzi o wypłatę zaległych premii.", []),
])
def test_chodzi_o_after_announcement(text, expected):
    assert parties(text) == expected


@pytest.mark.parametrize("text,head", [
    # an amount before the thing demanded: the item is found and named by the thing
    ("Pielęgniarki domagają się 800 zł podwyżki dla każdej z nich.", "podwyżka"),
    ("Pielęgniarki domagają się 15 proc. podwyżki.", "podwyżka"),
])
def test_amount_before_the_demanded_noun(text, head):
    got = [d for d in demands(text) if d.kind == "item"]
    assert [(d.by, d.action) for d in got] == [("pielęgniarki", head)]


def test_repeated_preposition_is_no_part_of_the_next_item():
    text = "Związkowcy apelują do zarządu o podwyżki płac oraz o nowy regulamin premiowania."
    assert [d.text for d in demands(text) if d.kind == "item"] == ["podwyżki płac", "nowy regulamin premiowania"]


@pytest.mark.parametrize("text,expected", [
    # reported speech whose clause has its own group subject: the group demands, not the one reporting
    ("Jak mówił szef związku Jan Kot, strajkujący chcą od burmistrza Piotra Lasa podwyżki o 500 zł.",
     [("podwyżki o 500 zł.", "strajkujący", "Piotr Las")]),
    # a participle group noun (lemma the verb) is named in the nominative plural, not negated
    ("Jak mówił szef związku Jan Kot, demonstrujący dzisiaj w Katowicach chcą od burmistrza Piotra Lasa podwyżek.",
     [("podwyżek", "demonstrujący", "Piotr Las")]),
    # no group of its own: the reported clause's subject is the speaker's
    ("Jak mówił Jan Kot, szef związku, związek domaga się od burmistrza Piotra Lasa podwyżek.",
     [("podwyżek", "Jan Kot", "Piotr Las")]),
    # the organisation that organised the protest, named in a parenthesised relative clause, leads the group
    ("Lider protestu Adam Wilk ze Stowarzyszenia Rolnik Polski (które zorganizowało protest) mówił, że demonstrujący "
     "chcą od ministra Jana Bąka dopłat do nawozów.", [("dopłat do nawozów", "Stowarzyszenie Rolnik Polski", "Jan Bąk")]),
    # the organisation only named, no word that it organised the protest: the group stays the group
    ("Lider protestu Adam Wilk z KZRKiOR mówił, że demonstrujący chcą od ministra Jana Bąka dopłat do nawozów.",
     [("dopłat do nawozów", "demonstrujący", "Jan Bąk")]),
])
def test_group_subject_of_reported_clause(text, expected):
    assert parties(text) == expected


@pytest.mark.parametrize("text,expected", [
    # "jako warunek (X) uznaje A oraz B": each nominal item one condition of the subject; the agent of a
    # gerund ("przez Słowację") is whose act it requires, a participle's agent ("zajętej przez Węgry") not;
    # an item of the same list that names no party is put to the same one
    ("Węgry deklarują gotowość do rozmów, ale jako warunek uznają zaakceptowanie przez Słowację utraty zajętej "
     "przez Węgry części pogranicza oraz zwrot zajętych ciężarówek.",
     [("zaakceptowanie przez", "Węgry", "Słowacja"), ("zwrot zajętych cięża", "Węgry", "Słowacja")]),
    ("Słowacja jako warunek rozpoczęcia rozmów przedstawiała zniesienie węgierskich ceł na stal.",
     [("zniesienie węgierski", "Słowacja", None)]),
    # "postawiła warunek, by …" with a finite clause
    ("W zeszłym roku szefowa Komisji Europejskiej Anna Berg postawiła warunek, by w polskim planie znalazło się "
     "zobowiązanie do likwidacji izby.", [("w polskim planie zna", "Anna Berg", None)]),
    # a purpose ("spełniła warunek, by otrzymać …") sets no condition
    ("Gmina spełniła warunek, by otrzymać dotację z funduszu.", []),
    # "taki warunek" refers back: the next speech states no condition
    ("Wiceminister potwierdził, że Litwa zgodziła się na taki warunek podczas negocjacji. – Taki był nasz wybór, "
     "dlatego zgodziliśmy się na to, co zapisano w umowie – dodał Piotr Zając.", []),
])
def test_condition_set_with_warunek(text, expected):
    assert parties(text, "condition") == expected


@pytest.mark.parametrize("text,expected", [
    # a quoted infinitive after chcieć is still the subject's own plan, no demand
    ('Przyznał, że Polska zgodziła się na to w negocjacjach, w których Komisja chciała "dokładnie opisać pewne '
     'sprawy".', []),
    # a quoted thing wanted by a group is a demand
    ("Rolnicy chcą „natychmiastowego wstrzymania importu”.", [("„natychmiastowego ws", "rolnicy", None)]),
])
def test_quoted_wish(text, expected):
    assert parties(text) == expected


@pytest.mark.parametrize("text,expected", [
    # "Chcą, by …" opening a sentence: the group the sentence before names (no demand verb there)
    ("Ratownicy medyczni zapowiadają protest. Chcą, by ratownik z dziesięcioletnim stażem zarabiał tyle, co lekarz.",
     [("ratownik z dziesięci", "ratownicy medyczni", None)]),
    ("Mieszkańcy Pilczyna są zaniepokojeni. Chcą, żeby gmina wstrzymała budowę spalarni.",
     [("gmina wstrzymała bud", "mieszkańcy Pilczyna", None)]),
    # a first-person wish outside a speech, and a singular person's wish: no demand inferred
    ("Pogoda w weekend ma się poprawić. Chcemy, żeby było cieplej.", []),
    ("Minister Jan Lis odwiedził szpital. Chce, by dyrektor przedstawił plan naprawczy.", []),
])
def test_chca_by_after_a_group(text, expected):
    assert parties(text) == expected


@pytest.mark.parametrize("text,expected", [
    # "walczą o X": a demand of a group that makes demands
    ("Związkowcy walczą o podwyżki dla pracowników kopalni.", [("podwyżki dla pracown", "związkowcy", None)]),
    ("Ratownicy medyczni walczą o 20 proc. podwyżki od stycznia.", [("20 proc. podwyżki od", "ratownicy medyczni", None)]),
    # a contest or a struggle for life is no demand
    ("Piłkarze Legii walczą o mistrzostwo Polski.", []),
    ("Pacjent walczy o życie w szpitalu.", []),
    ("Legia walczy o mistrzostwo Polski.", []),
])
def test_walcza_o(text, expected):
    assert parties(text) == expected


@pytest.mark.parametrize("text,expected", [
    # probe9 P9: a wish about oneself in a speech is no demand; an anaphoric "o to" states none
    ("- Chcemy dalej być spichlerzem Europy i nie oddamy tego - mówił przewodniczący związku hodowców Jan Kos.", []),
    ("- Wnioskuję o to, bo brakuje kluczowych decyzji dla miasta - mówił radny Adam Kot.", []),
    # "o to, by …", "tego, żeby …": the clause after the pronoun is what is demanded
    ("Związkowcy apelują o to, by rząd wycofał projekt ustawy.", [("rząd wycofał projekt", "związkowcy", None)]),
    ("Rolnicy domagają się tego, żeby minister Jan Lis podał się do dymisji.",
     [("minister Jan Lis pod", "rolnicy", "Jan Lis")]),
])
def test_no_content_and_pronoun_clauses(text, expected):
    assert parties(text) == expected


@pytest.mark.parametrize("text,expected", [
    # probe9 P5: the group in a relative clause of its own inside the speech is no demander: the speaker is
    ("„Szanując rezydentów, którzy protestują od tygodnia, apelowałbym o inną formę tej akcji. Zwrócili już na "
     "siebie uwagę” – mówił w Sejmie minister zdrowia Jan Sowa.", [("inną formę tej akcji", "Jan Sowa", None)]),
    # the relative clause whose verb demands still names its group
    ("Ministerstwo odrzuciło żądania górników, którzy domagają się podwyżek o 10 proc.",
     [("podwyżek o 10 proc.", "górnicy", None)]),
])
def test_relative_clause_group(text, expected):
    assert parties(text) == expected


@pytest.mark.parametrize("text,expected", [
    # probe9 P1a: oczekiwać of a group that makes demands is a demand, also in a reported clause
    ("Rolnicy powtarzali, że nie mogą czekać do wiosny i oczekują natychmiastowych działań rządu.",
     [("natychmiastowych dzi", "rolnicy", None)]),
    # the workplace a group comes from is no demander ("górnicy z kopalni X")
    ("– To tylko ostrzeżenie. Górnicy z kopalni Bogdanka oczekują konkretnych decyzji i działań – zapowiada Adam "
     "Kruk, szef związku w kopalni.", [("konkretnych decyzji ", "górnicy", None)]),
    # a forecast or a wait is no demand
    ("Analitycy oczekują obniżki stóp procentowych w marcu.", []),
    ("Rolnicy oczekują na decyzję sądu.", []),
])
def test_oczekiwac_of_a_group(text, expected):
    assert parties(text) == expected


def items(text):
    return [(d.text, d.by, d.of) for d in demands(text) if d.kind == "item"]


@pytest.mark.parametrize("text,expected", [
    # probe9 P1b: a second demand after a first one
    ("Pielęgniarki domagają się podwyżek. Chcą też zmian w regulaminie, aby mogły rzadziej pracować w nocy.",
     [("podwyżek", "pielęgniarki", None),
      ("zmian w regulaminie, aby mogły rzadziej pracować w nocy", "pielęgniarki", None)]),
    ("Motorniczowie chcą podwyżek, a domagać się będą też odwołania dyrektora zajezdni.",
     [("podwyżek", "motorniczowie", None), ("odwołania dyrektora zajezdni", "motorniczowie", None)]),
    # "A i <gerund> B, C oraz D": four items; an "i" inside an item with a list of its own stays
    ("W poniedziałek hodowcy zablokowali drogi. Ich główne postulaty to: skup mleka po cenach minimalnych i "
     "wstrzymanie importu serów, dopłaty do pasz oraz tańszy prąd.",
     [("skup mleka po cenach minimalnych", "hodowcy", None), ("wstrzymanie importu serów", "hodowcy", None),
      ("dopłaty do pasz", "hodowcy", None), ("tańszy prąd", "hodowcy", None)]),
])
def test_second_demands(text, expected):
    assert items(text) == expected


@pytest.mark.parametrize("text,expected", [
    # probe9 P1c: "postulatami pozostają A oraz B", an amount with a hyphenated adjective
    ("Związek Zawodowy Maszynistów zapowiedział protest. Jego największymi postulatami pozostają 10-procentowe "
     "podwyżki oraz krótsze zmiany.",
     [("10-procentowe podwyżki", "Związek Zawodowy Maszynistów", None),
      ("krótsze zmiany", "Związek Zawodowy Maszynistów", None)]),
])
def test_copula_pozostaja(text, expected):
    assert items(text) == expected


def test_long_line_without_full_stop_is_no_heading():
    # probe9 P1d: a paragraph whose full stop the page dropped still states its list
    text = ("Nauczyciele protestowali przed kuratorium w Opolu, domagając się: 15-procentowej podwyżki płac dla "
            "wszystkich pracowników oświaty, zmniejszenia liczby uczniów w klasach, dodatku za wychowawstwo oraz "
            "realnego wsparcia psychologów w szkołach\n\nKurator nie wyszedł do protestujących.")
    assert [d.text[:20] for d in demands(text) if d.kind == "item"] == [
        "15-procentowej podwy", "zmniejszenia liczby ", "dodatku za wychowaws", "realnego wsparcia ps"]
    # a short headline without a full stop is a headline: its demand counts once, where the body restates it
    assert [d.text for d in demands("Nauczyciele domagają się podwyżek\n\nKurator nie wyszedł do protestujących. "
                                    "Związek Nauczycielstwa Polskiego domaga się podwyżek o 15 proc.")] == ["podwyżek o 15 proc."]


@pytest.mark.parametrize("text,expected", [
    # probe9 P1d: "wezwanie do X, aby …" in a speech; "apelował <adjunct>, by …"
    ("- Wysyłamy wezwanie do wójta Pawła Gila, aby zwołał sesję w sprawie szkoły - mówił Adam Wróbel ze "
     "stowarzyszenia rodziców.", [("zwołał sesję w sprawie szkoły", "Adam Wróbel", "Paweł Gil")]),
    ("Wojewoda Jan Lis apelował podczas środowego spotkania ze starostami, by rolnicy zdjęli blokady.",
     [("rolnicy zdjęli blokady", "Jan Lis", None)]),
    # a purpose ("list, aby poinformować"), a payment summons: no demand
    ("Związkowcy napisali list do premiera, aby poinformować go o sytuacji.", []),
    ("Firma wysłała klientowi wezwanie do zapłaty.", []),
    # a singular group noun is one unnamed person, not a group, and the addressees in the clause demand nothing
    ("Burmistrz zaapelował, by mieszkańcy oszczędzali wodę.", [("mieszkańcy oszczędzali wodę", None, None)]),
])
def test_wish_clauses_after_nouns_and_adjuncts(text, expected):
    assert items(text) == expected


@pytest.mark.parametrize("text,expected", [
    # the announcing object before a colon is no part of the first item
    ("Nauczyciele domagają się spełnienia trzech głównych postulatów: podwyżek o 20 proc., krótszego pensum oraz "
     "wyższych dodatków.", [("podwyżek o 20 proc.", "nauczyciele", None), ("krótszego pensum", "nauczyciele", None),
                            ("wyższych dodatków", "nauczyciele", None)]),
    # "Ich postulaty są znane: to A oraz B": the list after the colon, whose demanders the sentence before names
    ("Rolnicy spotkali się z ministrem. Ich postulaty są znane: to wstrzymanie importu zboża oraz niższe ceny nawozów.",
     [("wstrzymanie importu zboża", "rolnicy", None), ("niższe ceny nawozów", "rolnicy", None)]),
    # an adjective closing the sentence states no list
    ("Postulaty związkowców są proste i zrozumiałe.", []),
])
def test_lists_after_a_colon(text, expected):
    assert items(text) == expected


@pytest.mark.parametrize("text,expected", [
    # probe9 P1c: the genitive object fronted, the subject after the verb
    ("Dojścia do 5 proc. budżetu na kulturę żądają w nowym apelu protestujący bibliotekarze.",
     [("Dojścia do 5 proc. budżetu na kulturę", "protestujący bibliotekarze", None)]),
    ("Podwyżek o 15 proc. domagają się od wójta nauczyciele.", [("Podwyżek o 15 proc.", "nauczyciele", None)]),
    # the nominative subject after the verb is never the demanded thing; a fronted pronoun states nothing
    ("Tego domagają się związkowcy.", []),
    ("Czego domagają się rolnicy?", []),
])
def test_fronted_object(text, expected):
    assert items(text) == expected


@pytest.mark.parametrize("text,expected", [
    # probe9 P9: a legal or normative rule ("należy", "trzeba" + infinitive) sets no condition
    ("Prokurator przypomniał, że zatrzymanego należy zwolnić, jeżeli w ciągu 48 godzin nie zostanie przekazany "
     "do dyspozycji sądu.", []),
    ("Jeżeli zarząd chce zmian, to trzeba o tym rozmawiać przy stole – stwierdził Jan Lis.", []),
    # the speakers' own step ("trzeba będzie", a first-person condition) is still a condition
    ("Jeżeli do piątku nie dostaniemy odpowiedzi, trzeba będzie zaostrzyć protest – zapowiedział Jan Lis.",
     [("do piątku nie dostan", "Jan Lis", None)]),
])
def test_rules_are_no_conditions(text, expected):
    assert parties(text, "condition") == expected


@pytest.mark.parametrize("text,expected", [
    # probe9 S4: "Gdy tylko X, …" after conditions were announced states one
    ("Rzecznik Kremla Adam Pietrow wskazał warunki zakończenia operacji. Gdy tylko Kijów wycofa wojska z czterech "
     "obwodów, operacja zostanie zakończona – powiedział.", [("Kijów wycofa wojska ", "Adam Pietrow", "Kijów")]),
    # a time, not a condition: no demanding context, or not opening the sentence
    ('Jego rzeczniczka przekazała, że Jan Rak spotka się z kibicami, "gdy tylko pozwoli na to kalendarz".', []),
    ("Gdy tylko przyjechaliśmy na miejsce, zaczęło padać – opowiadał Jan Lis.", []),
])
def test_gdy_tylko(text, expected):
    assert parties(text, "condition") == expected


@pytest.mark.parametrize("text,expected", [
    # an adverbial participle shares the subject of the finite verb before it: the relative clause's
    # antecedent, not a company named sentences before
    ("Rada nadzorcza spółki Koleje Górskie zawiesiła trzech dyrektorów. Obrady zostały przerwane przez kilkunastu "
     "związkowców, którzy wtargnęli na salę, domagając się unieważnienia decyzji o zawieszeniu dyrektorów.",
     [("unieważnienia decyzji o zawieszeniu dyrektorów", "związkowcy", None)]),
    # the organiser is the subject of "zorganizował", not the ministry the demonstration stood before; the
    # ministry in front of which they protest is the addressee (round 9 second phase: a protest's site)
    ("ZNP zwołał manifestację przed Ministerstwem Edukacji Narodowej. Związkowcy pikietowali przed "
     "Ministerstwem Edukacji Narodowej, domagając się wyższych pensji oraz mniejszych klas.",
     [("wyższych pensji", "ZNP", "Ministerstwo Edukacji Narodowej"),
      ("mniejszych klas", "ZNP", "Ministerstwo Edukacji Narodowej")]),
])
def test_participle_subject_and_organiser(text, expected):
    assert items(text) == expected


def test_group_of_a_named_workplace_is_no_organisation():
    # "Górnicy z PGG" where the text calls PGG a mine: the employer leads no protest, the group demands
    text = ("Zarząd kopalni PGG nie odpowiedział na pismo. – Górnicy z PGG oczekują konkretnych decyzji – zapowiada "
            "Jan Kos.")
    assert items(text) == [("konkretnych decyzji", "górnicy", None)]
    # an organisation that represents its members still leads them
    assert items("Rezydenci z Porozumienia Rezydentów domagają się podwyżek.") == [
        ("podwyżek", "Porozumienie Rezydentów", None)]
