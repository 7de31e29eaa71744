"""Demands: every list shape, conditions, and negatives (tables of text -> expected items)."""
import pytest

from newslens import nlp
from newslens.extract.actors import extract_actors
from newslens.extract.demands import extract_demands, gerund_nominative
from newslens.extract.quotes import extract_quotes
from newslens.extract.timeline import extract_timeline


def demands(text, published="2024-03-01"):
    t = nlp.analyze(text)
    actors = extract_actors(t)
    return extract_demands(t, actors, extract_timeline(t, published), extract_quotes(t, actors))


def items(text):
    return [(d.n, d.action, d.text, d.by, d.of) for d in demands(text) if d.kind == "item"]


def test_reference_article_six_demands(reference, gold):
    got = [d for d in reference.extraction.demands if d.kind == "item"]
    assert len(got) == 6
    for n, (g, d) in enumerate(zip(gold["demands"], got), 1):
        assert d.n == n and g["text_start"] in d.text
        assert d.by == "Rosja" and set(d.of.split(", ")) == {"USA", "NATO"}
        assert d.date == "2021-12-17"
    assert got[5].text == "regularnej wymienny informacji o ćwiczeniach wojskowych"
    assert [d.action for d in got[:5]] == ["wykluczenie", "nierozmieszczanie", "porzucenie", "nierozmieszczanie",
                                           "nieprowadzenie"]
    conditions = [d for d in reference.extraction.demands if d.kind == "condition"]
    # "gotowi wysłuchać …, jeśli zgłoszą kolejną prośbę" conditions what Russia will do (GUIDELINES)
    assert [c.by for c in conditions] == ["Siergiej Ławrow", "Siergiej Ławrow", "Dmitrij Pieskow"]
    assert conditions[0].text.startswith("pojawienia się propozycji")
    assert conditions[1].text == "zgłoszą kolejną prośbę o zorganizowanie rozmowy"
    assert conditions[2].text == "Chęć USA do wysłuchania naszych obaw"
    assert [c.n for c in conditions] == [7, 8, 9]


SHAPES = [
    # semicolon list with a final "oraz"
    ("Związek Nauczycielstwa Polskiego domaga się od rządu podwyżki płac o 20 proc.; skrócenia pensum; "
     "oraz wypłaty zaległych dodatków.",
     ["podwyżka", "skrócenie", "wypłata"], "Związek Nauczycielstwa Polskiego", None),  # "rząd" is no named actor
    # numbered items inline after a colon
    ("Związek Zawodowy Maszynistów żąda: 1) podwyżek o 500 zł; 2) skrócenia czasu pracy; 3) wypłaty premii.",
     ["podwyżka", "skrócenie", "wypłata"], "Związek Zawodowy Maszynistów", None),
    # a comma list in one sentence with "oraz"
    ("Rolnicy żądają od Komisji Europejskiej wycofania Zielonego Ładu, ograniczenia importu zboża "
     "oraz dopłat do nawozów.",
     ["wycofanie", "ograniczenie", "dopłata"], None, "Komisja Europejska"),
]


@pytest.mark.parametrize("text,actions,by,of", SHAPES)
def test_sentence_lists(text, actions, by, of):
    got = items(text)
    assert [a for _, a, _, _, _ in got] == actions
    assert [n for n, *_ in got] == list(range(1, len(actions) + 1))
    if by:
        assert got[0][3] == by
    assert got[0][4] == of


def test_numbered_list():
    text = ("Protestujący lekarze przedstawili postulaty:\n1) zwiększenie nakładów na ochronę zdrowia;\n"
            "2) skrócenie kolejek do specjalistów;\n3) podwyżki dla rezydentów.\nMinister obiecał odpowiedź.")
    got = items(text)
    assert [t for _, _, t, _, _ in got] == ["zwiększenie nakładów na ochronę zdrowia",
                                              "skrócenie kolejek do specjalistów", "podwyżki dla rezydentów"]
    assert [a for _, a, *_ in got] == ["zwiększenie", "skrócenie", "podwyżka"]


def test_bulleted_list():
    text = ("Mieszkańcy domagają się:\n- budowy obwodnicy,\n- ograniczenia ruchu ciężarówek,\n"
            "- nowego przejścia dla pieszych.\n")
    assert [a for _, a, *_ in items(text)] == ["budowa", "ograniczenie", "przejście"]


def test_po_pierwsze_across_sentences():
    text = ("Opozycja stawia rządowi żądania. Po pierwsze, dymisji ministra zdrowia. Po drugie, "
            "przyjęcia ustawy o szpitalach. Po trzecie, audytu w spółkach skarbu państwa.")
    got = items(text)
    assert [t for _, _, t, _, _ in got] == ["dymisji ministra zdrowia", "przyjęcia ustawy o szpitalach",
                                              "audytu w spółkach skarbu państwa"]


@pytest.mark.parametrize("text,expected", [
    ("Związkowcy zapowiedzieli, że nie zawieszą strajku, dopóki rząd nie przedstawi nowej oferty.",
     "rząd nie przedstawi nowej oferty"),
    ("Minister zgodził się na rozmowy pod warunkiem, że protestujący zakończą blokadę dróg.",
     "protestujący zakończą blokadę dróg"),
    ("Warunkiem jest wycofanie wojsk z granicy – oświadczył rzecznik.", "wycofanie wojsk z granicy"),
])
def test_conditions(text, expected):
    got = [d for d in demands(text) if d.kind == "condition"]
    assert [d.text for d in got] == [expected]


@pytest.mark.parametrize("text", [
    "W spotkaniu wzięli udział przedstawiciele Polski, Niemiec, Francji oraz Hiszpanii.",
    "Jan Kowalski, Anna Nowak i Piotr Wiśniewski podpisali list.",
    "Delegacja odwiedziła Warszawę, Kraków oraz Gdańsk, gdzie spotkała się z samorządowcami.",
    "Rząd oczekuje na decyzję Komisji Europejskiej.",
    "Obawia się, że jeśli nie będzie deszczu, zbiory będą niskie.",
])
def test_not_demands(text):
    assert demands(text) == []


@pytest.mark.parametrize("form,lemma,tag,expected", [
    ("wykluczenia", "wykluczyć", "ger:sg:gen:n:perf:aff", "wykluczenie"),
    ("nierozmieszczania", "rozmieszczać", "ger:sg:gen:n:imperf:neg", "nierozmieszczanie"),
    ("porzucenia", "porzucić", "ger:sg:gen:n:perf:aff", "porzucenie"),
])
def test_gerund_nominative(form, lemma, tag, expected):
    assert gerund_nominative(form, lemma, tag) == expected


# ---------------------------------------------------------------- prose (issue 14): invented sentences
PROSE = [
    # a colon list inside a sentence; an item keeps its own commas ("dopłaty do pasz, nawozów i paliwa");
    # a group with no named organisation is written as the group
    ("Wśród żądań hodowców znalazły się: dopłaty do pasz, nawozów i paliwa, zakaz importu mleka z "
     "Białorusi, a także dymisja wiceministra rolnictwa.",
     [("dopłaty do pasz, nawozów i paliwa", "hodowcy", None), ("zakaz importu mleka", "hodowcy", None),
      ("dymisja wiceministra", "hodowcy", None)]),
    # a list spread over sentences: "Kolejnym postulatem jest", "Wśród żądań znalazło się także"
    ("Związek Zawodowy Kolejarzy domaga się przede wszystkim podwyżek o 700 zł. Kolejnym postulatem jest "
     "skrócenie czasu pracy. Wśród żądań znalazło się także przywrócenie nagród jubileuszowych.",
     [("podwyżek o 700 zł", "Związek Zawodowy Kolejarzy", None),
      ("skrócenie czasu pracy", "Związek Zawodowy Kolejarzy", None),
      ("przywrócenie nagród", "Związek Zawodowy Kolejarzy", None)]),
    # ordinal words after an announcing sentence
    ("Stowarzyszenie Lokatorów stawia trzy warunki. Pierwszy warunek to obniżka czynszów. Drugi – to remont "
     "klatek schodowych. Trzeci – wymiana okien w szkole.",
     [("obniżka czynszów", "Stowarzyszenie Lokatorów", None), ("remont klatek", "Stowarzyszenie Lokatorów", None),
      ("wymiana okien", "Stowarzyszenie Lokatorów", None)]),
    # "Po pierwsze, … Po drugie, …" in speech: the speaker's; an item opening with its own demanding verb is
    # what that verb asks for (GUIDELINES: the item's first words without the lead-in)
    ("– Po pierwsze, chcemy podwyżki płac. Po drugie, żądamy nowych etatów – wyliczał Jan Kowalski, szef związku.",
     [("podwyżki płac", "Jan Kowalski", None), ("nowych etatów", "Jan Kowalski", None)]),
    # "Warunki są jasne. To …" after "X domaga się od Y spełnienia … warunków" (no item of its own)
    ("Litwa domaga się od Białorusi spełnienia dwóch warunków. Warunki są jasne. To zamknięcie bazy wojskowej "
     "oraz uwolnienie więźniów politycznych.",
     [("zamknięcie bazy wojskowej", "Litwa", "Białoruś"), ("uwolnienie więźniów", "Litwa", "Białoruś")]),
    # verbs of demanding and their addressees
    ("Francja wezwała Rosję do wycofania wojsk i zakończenia ostrzału.",
     [("wycofania wojsk", "Francja", "Rosja"), ("zakończenia ostrzału", "Francja", "Rosja")]),
    ("Polska zaapelowała do Niemiec o wstrzymanie budowy gazociągu.",
     [("wstrzymanie budowy gazociągu", "Polska", "Niemcy")]),
    ("Ukraina oczekuje od Węgier zniesienia weta.", [("zniesienia weta", "Ukraina", "Węgry")]),
    ("Lewica chce przede wszystkim resortu edukacji.", [("resortu edukacji", "Lewica", None)]),
    # a petition's recipient, addressed by role and name
    ("Mieszkańcy Kielc wysłali petycję do prezydenta miasta Jana Nowaka o budowę basenu.",
     [("budowę basenu", "mieszkańcy Kielc", "Jan Nowak")]),
    # a person addressed by role in speech is the named holder
    ("Minister zdrowia Anna Nowak przyjechała do szpitala. – Pani minister, domagamy się podwyżek dla ratowników "
     "– powiedział Piotr Lis.",
     [("podwyżek dla ratowników", "Piotr Lis", "Anna Nowak")]),
    # the recipient of the letter carrying the demands is their addressee ("zarządowi X pismo z żądaniami")
    ("Związkowcy przekazali zarządowi Orlenu pismo z żądaniami. – Po pierwsze, chcemy podwyżek. Po drugie, "
     "żądamy premii – wyliczał Jan Nowak.",
     [("podwyżek", "Jan Nowak", "Orlen"), ("premii", "Jan Nowak", "Orlen")]),
    # a request to a person addressed in speech: "Panie ministrze, niech pan …" (a vocative, then niech/imperative)
    ("„Panie ministrze, niech pan tu przyjedzie i zobaczy, ile kilometrów dzieli nas od porodówki” – napisała "
     "Anna Kowalska w liście do ministra zdrowia Łukasza Szumowskiego.",
     [("niech pan tu przyjedzie", "Anna Kowalska", "Łukasz Szumowski")]),
    # a deputy minister is addressed "Pani minister"
    ("Wiceminister finansów Ewa Nowak broniła projektu. „Pani minister, domagamy się wycofania ustawy” – "
     "powiedział poseł Jan Lis.",
     [("wycofania ustawy", "Jan Lis", "Ewa Nowak")]),
    # the next speaker's series is not addressed like the demand before it
    ("Wiceminister finansów Ewa Nowak broniła projektu. „Pani minister, domagamy się wycofania ustawy” – "
     "powiedział poseł Jan Lis. Posłanka Anna Wrona zapowiedziała poprawki. – Po pierwsze, limit powinien "
     "dotyczyć spółek. Po drugie, opłaty muszą trafiać do gmin – wyliczała.",
     [("wycofania ustawy", "Jan Lis", "Ewa Nowak"), ("limit powinien", "Anna Wrona", None),
      ("opłaty muszą", "Anna Wrona", None)]),
    # a demand reported as rejected is still a demand; "górników, którzy domagają się"
    ("Rząd odrzucił żądania górników, którzy domagają się podwyżek o 20 proc.",
     [("podwyżek o 20 proc", "górnicy", None)]),
    # an organisation named by its head noun; a group led by a named organisation; "posłowie X"
    ("Związek Nauczycielstwa Polskiego domaga się od rządu podwyżki płac. Związek chce też skrócenia pensum.",
     [("podwyżki płac", "Związek Nauczycielstwa Polskiego", None),
      ("skrócenia pensum", "Związek Nauczycielstwa Polskiego", None)]),
    ("Rolnicy blokują drogę. Protest organizuje Komitet Obrony Wsi. Rolnicy domagają się dopłat do nawozów.",
     [("dopłat do nawozów", "Komitet Obrony Wsi", None)]),
    ("Posłowie Konfederacji domagają się dymisji ministra.", [("dymisji ministra", "Konfederacja", None)]),
    # the noun of demanding opens its clause: "Postulaty X to A, B i C", "Ich głównym postulatem jest A"
    ("Postulaty związkowców to m.in. podwyżki płac, dodatki stażowe i krótszy czas pracy.",
     [("podwyżki płac", "związkowcy", None), ("dodatki stażowe", "związkowcy", None),
      ("krótszy czas pracy", "związkowcy", None)]),
    ("Związek Zawodowy Górników przedstawił żądania. Ich głównym postulatem jest utrzymanie kopalni.",
     [("utrzymanie kopalni", "Związek Zawodowy Górników", None)]),
    # a place after a group noun belongs to the group's name; "władze X" stand for X
    ("Mieszkańcy Radomia od lat apelują o budowę obwodnicy.", [("budowę obwodnicy", "mieszkańcy Radomia", None)]),
    ("Władze Tajwanu domagają się od Pekinu uwolnienia rybaków.", [("uwolnienia rybaków", "Tajwan", "Pekin")]),
    # a group as the text names it, adjectives and group nouns included; the item's head names its action
    ("Protestujący lekarze rezydenci żądają od ministra zdrowia zwiększenia nakładów.",
     [("zwiększenia nakładów", "protestujący lekarze rezydenci", None)]),
    ("Kreml zażądał od NATO gwarancji, że Ukraina nie zostanie członkiem sojuszu.",
     [("gwarancji, że Ukraina nie zostanie członkiem sojuszu", "Kreml", "NATO")]),
    # a demander the text does not name ("miasto" is no actor): by stays empty, "od klubu X" is X
    ("Miasto zażądało od klubu Orzeł Kielce zapłaty czynszu – twierdzi prezes Jan Nowak.",
     [("zapłaty czynszu", None, "Orzeł Kielce")]),
]


@pytest.mark.parametrize("text,expected", PROSE)
def test_prose_demands(text, expected):
    got = [(d.text, d.by, d.of) for d in demands(text) if d.kind == "item"]
    assert len(got) == len(expected), got
    for (text_got, by, of), (start, want_by, want_of) in zip(got, expected):
        assert text_got.startswith(start), (text_got, start)
        assert (by, of) == (want_by, want_of), text_got
    assert [d.n for d in demands(text) if d.kind == "item"] == list(range(1, len(expected) + 1))


def test_action_is_the_items_head():
    got = demands("Kreml zażądał od NATO gwarancji, że Ukraina nie zostanie członkiem sojuszu.")
    assert [d.action for d in got] == ["gwarancja"]  # not the gerund-like "zostanie" of the clause inside


def test_group_demander_is_marked():
    got = demands("Wśród żądań hodowców znalazły się: dopłaty do pasz oraz zakaz importu mleka.")
    assert got and all(d.group and d.by == "hodowcy" for d in got)
    assert not any(d.group for d in demands("Lewica chce przede wszystkim resortu edukacji."))


@pytest.mark.parametrize("text", [
    "Trzeba domagać się lepszych dróg.",  # a wish with no demander
    "Komisja może wezwać klub do wyjaśnień.",  # a possibility, not a demand
    "Rolnicy chcą dopłat\n\nRolnicy protestowali w Kielcach.",  # a headline's wish states no demand
    "Lewica poprze ustawę, nawet jeśli partnerzy będą przeciw – powiedziała Anna Nowak.",  # concessive
    "Policja przyjechała dopiero po godzinie.",  # a past event, no condition
    "Jeśli porozumienie nie zostało podpisane, to dlatego, że strony się nie dogadały – powiedział Jan Nowak.",
    "Rosja przedstawiła projekty umów, których zażądała od państw Zachodu.",  # the thing is named before
    "Spółka wystąpiła o dotację.",  # an application to no one
    "Analitycy oczekują obniżki stóp procentowych w marcu.",  # a forecast: expected of no one
    "Rynek oczekuje, że RPP obniży stopy.",
    "Chciałoby się więcej słońca w marcu.",  # an impersonal wish
    "Żądania Hamasu są nie do przyjęcia – oświadczył rzecznik.",  # demands named, none stated
])
def test_not_prose_demands(text):
    assert demands(text) == []


@pytest.mark.parametrize("text,start", [
    ("ponowne podłączenie banku oraz innych banków eksportowych", "ponowne podłączenie banku oraz innych banków eksportowych"),
    ("dopłaty do nawozów, paliwa i energii", "dopłaty do nawozów, paliwa i energii"),
    ("natychmiastowego i bezwarunkowego zawieszenia broni", "natychmiastowego i bezwarunkowego zawieszenia broni"),
    ("objęcia sankcjami firm, które budowały most, oraz wstrzymania prac", "objęcia sankcjami firm, które budowały most"),
])
def test_items_not_split_inside_a_noun_phrase(text, start):
    got = [d.text for d in demands("Kijów domaga się od Rosji: " + text + ".")]
    assert got[0] == start


@pytest.mark.parametrize("text,expected,by,of", [
    ("Jan Nowak zapowiedział, że związek nie zawiesi strajku do czasu podpisania porozumienia.",
     "podpisania porozumienia", "Jan Nowak", None),
    ("Anna Kowalska zapowiedziała, że rada poprze projekt dopiero wtedy, gdy zarząd przedstawi audyt.",
     "zarząd przedstawi audyt", "Anna Kowalska", None),
    ("– Jeśli rząd nie wycofa ustawy, wyjdziemy na ulice – zapowiedział Piotr Lis.",
     "rząd nie wycofa ustawy", "Piotr Lis", None),
    ("– Warunkiem dalszych rozmów jest według nas wycofanie wojsk – powiedział Jan Nowak.",
     "wycofanie wojsk", "Jan Nowak", None),
    ("Dopóki Rosja nie wycofa wojsk, sankcje zostaną utrzymane – oświadczyła Anna Kowalska.",
     "Rosja nie wycofa wojsk", "Anna Kowalska", "Rosja"),  # the condition waits for the actor opening it
    ("Rzecznik MSZ Jan Nowak ostrzegł, że jeśli władze w Mińsku nie uwolnią więźniów, Polska zamknie granicę.",
     "władze w Mińsku nie uwolnią więźniów", "Jan Nowak", "Mińsk"),  # "władze w X" stand for X
    ("Komisja Europejska przedstawiła projekt. Anna Kowalska zapowiedziała, że Słowacja poprze pakiet dopiero "
     "wtedy, gdy otrzyma od Komisji gwarancje.",
     "otrzyma od Komisji gwarancje", "Anna Kowalska", "Komisja Europejska"),  # "od Komisji": the head noun
    ("Rolnicy zapowiedzieli blokadę dróg, jeśli rząd nie wprowadzi embarga.",
     "rząd nie wprowadzi embarga", "rolnicy", None),  # a past report of a future condition
    ("Rosja zgodzi się na rozejm, jeśli Zachód zniesie sankcje – oświadczył Dmitrij Pieskow.",
     "Zachód zniesie sankcje", "Dmitrij Pieskow", "Zachód"),  # a trailing condition, the attribution after it
    ("Anna Nowak napisała, że związek nie zgodzi się na zmiany, jeśli do piątku ministerstwo nie przedstawi "
     "danych.", "do piątku ministerstwo nie przedstawi danych", "Anna Nowak", None),  # "ministerstwo": no actor
])
def test_one_off_conditions(text, expected, by, of):
    got = [d for d in demands(text) if d.kind == "condition"]
    assert [(d.text, d.by, d.of) for d in got] == [(expected, by, of)]


def test_date_is_when_the_demand_was_stated_not_a_date_inside_it():
    got = demands("3 marca związek zażądał od zarządu podwyżek od 1 kwietnia.", published="2025-03-10")
    assert [(d.text, d.date) for d in got] == [("podwyżek od 1 kwietnia", "2025-03-03")]
    spoken = demands("– Jeżeli 20 marca usłyszymy, że pieniędzy nie ma, od 1 kwietnia strajkujemy – zapowiedziała "
                     "Anna Nowak.", published="2025-03-10")
    assert [(d.kind, d.date) for d in spoken] == [("condition", None)]  # days named in speech


def test_announcing_sentence_leads_in_the_items_it_announced():
    got = demands("Litwa domaga się od Białorusi spełnienia dwóch warunków. Warunki są jasne. To zamknięcie bazy "
                  "wojskowej oraz uwolnienie więźniów politycznych.")
    assert got[0].lead_in.startswith("Litwa domaga się od Białorusi spełnienia dwóch warunków. Warunki są jasne. To")


# numbered lines whose items open with a capital and end with a full stop (a common web format): the
# number opening a line does not end a sentence, and the item's own capital keeps its head noun
NUMBERED_CAPITALISED = [
    ("Kierowcy PKS domagają się od zarządu:\n\n1. Podwyżki płac o 500 zł brutto.\n2. Premii za nocne kursy.\n"
     "3. Zwiększenia obsady zajezdni.", [("podwyżka", "Podwyżki płac o 500 zł brutto"), ("premia", "Premii za nocne kursy"),
                                        ("zwiększenie", "Zwiększenia obsady zajezdni")]),
    ("Związkowcy przedstawili postulaty:\n\n1. Podwyżka płac o 500 zł brutto.\n2. Premia za nocne kursy.",
     [("podwyżka", "Podwyżka płac o 500 zł brutto"), ("premia", "Premia za nocne kursy")]),
]


@pytest.mark.parametrize("text,expected", NUMBERED_CAPITALISED)
def test_numbered_lines_with_capitalised_items(text, expected):
    assert [(d.action, d.text) for d in demands(text) if d.kind == "item"] == expected


def test_a_number_ending_a_sentence_inside_a_line_still_ends_it():
    t = nlp.analyze("Drużyna zajęła miejsce 2. W kolejnym sezonie chce awansować.\n3. Podwyżka płac.")
    sents = [t.text[t.toks[a].idx:t.toks[b - 1].end] for a, b in t.sents]
    assert sents == ["Drużyna zajęła miejsce 2.", "W kolejnym sezonie chce awansować.", "3. Podwyżka płac."]
