"""Demands in running prose, generalised on the former blind batch (issue 14): who demands and of
whom when the text does not say it in the demanding clause itself. Invented sentences, negatives included."""
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


def items(text):
    return [(d.text, d.by, d.of) for d in demands(text) if d.kind == "item"]


ITEMS = [
    # a demanding verb in a relative clause with a preposition ("w którym") states a demand; the main
    # clause's subject makes it
    ("Związek Zawodowy Leśników wysłał w piątek pismo do ministra Jana Kowalskiego, w którym wzywa do "
     "wstrzymania wycinki.",
     [("wstrzymania wycinki", "Związek Zawodowy Leśników", "Jan Kowalski")]),
    # "czego oczekuje od X: A, B, a także C": the question word is no object when a list follows the colon
    ("Minister Piotr Lis wyliczył, czego oczekuje od władz w Mińsku: uwolnienia więźniów, otwarcia przejść "
     "granicznych, a także zwrotu zatrzymanych ciężarówek.",
     [("uwolnienia więźniów", "Piotr Lis", "Mińsk"), ("otwarcia przejść granicznych", "Piotr Lis", "Mińsk"),
      ("zwrotu zatrzymanych ciężarówek", "Piotr Lis", "Mińsk")]),
    # "Pierwszy z nich to A. Drugi – B" after an announcing sentence
    ("Związek Sadowników Polskich przedstawił w środę swoje postulaty. Pierwszy z nich to zakaz importu "
     "jabłek. Drugi – skup interwencyjny owoców.",
     [("zakaz importu jabłek", "Związek Sadowników Polskich", None),
      ("skup interwencyjny owoców", "Związek Sadowników Polskich", None)]),
    # "Warunki są jasne" joined to the sentence before after a year's dot: that sentence's subject sets them
    ("Według dziennika Komisja Europejska może przesunąć termin na 2027 r. Warunki są jasne. To przyjęcie "
     "ustawy do końca roku oraz przedstawienie planu inwestycji.",
     [("przyjęcie ustawy do końca roku", "Komisja Europejska", None),
      ("przedstawienie planu inwestycji", "Komisja Europejska", None)]),
    # "wezwała X do": X is the addressee, not the subject; the demander is the subject before
    ("Ostro zareagowała rzeczniczka MSZ Litwy Anna Kowalska. W piątek wezwała NATO do wzmocnienia "
     "granicy.",
     [("wzmocnienia granicy", "Anna Kowalska", "NATO")]),
    # an adverb between "wezwał" and the addressee
    ("Jan Nowak wezwał jednocześnie Przedsiębiorstwo Komunikacyjne Beskidy do przywrócenia kursów.",
     [("przywrócenia kursów", "Jan Nowak", "Przedsiębiorstwo Komunikacyjne Beskidy")]),
    # a list spread over sentences: "Trzecie żądanie dotyczy A", "Na liście znalazło się również B"
    ("Związek Zawodowy Strażaków domaga się od Ministerstwa Spraw Wewnętrznych podwyżek. Trzecie żądanie "
     "dotyczy skrócenia służby. Na liście znalazło się również utworzenie funduszu mieszkaniowego.",
     [("podwyżek", "Związek Zawodowy Strażaków", "Ministerstwo Spraw Wewnętrznych"),
      ("skrócenia służby", "Związek Zawodowy Strażaków", "Ministerstwo Spraw Wewnętrznych"),
      ("utworzenie funduszu mieszkaniowego", "Związek Zawodowy Strażaków", "Ministerstwo Spraw Wewnętrznych")]),
    # "od byłego dyrektora zwrotu …": the demanded noun is no complement of the role, and a former
    # director is not the director in office
    ("Dyrektor szpitala Anna Nowak milczy. Fundacja Zdrowie domaga się od byłego dyrektora zwrotu 2 mln zł.",
     [("zwrotu 2 mln zł.", "Fundacja Zdrowie", None)]),  # "zł." is one token
    # a court obliging someone ("zobowiązał X do A") orders by its own authority: no demand (GUIDELINES,
    # decided 2026-11-27, tenth session); a party's motion to it is one
    ("Sąd Rejonowy w Radomiu orzekł łagodniej, ale zobowiązał oskarżonego do naprawienia szkody.", []),
    ("Rada gminy zobowiązała wójta do przygotowania projektu uchwały.", []),
    # an agreement named inside the demanded item is demanded, not the demander's own agreement
    ("Związek Sadowników Polskich domaga się wykluczenia jabłek z umowy handlowej UE z Mołdawią.",
     [("wykluczenia jabłek z umowy handlowej UE z Mołdawią", "Związek Sadowników Polskich", None)]),
    # an appeal with content stays a demand
    ("Kanclerz Olaf Scholz zaapelował do obu stron o kompromis w sprawie płac.",
     [("kompromis w sprawie płac", "Olaf Scholz", None)]),
    # a role noun opening the sentence with its complement: the person named after it is the subject,
    # not the organisation in the complement
    ("Przewodniczący Związku Kolejarzy w PKP Jan Kowalski przedstawił żądania. Po pierwsze, podwyżek płac. "
     "Po drugie, skrócenia zmian.",
     [("podwyżek płac", "Jan Kowalski", None), ("skrócenia zmian", "Jan Kowalski", None)]),
    # "Chcą też B" with no subject goes on with the demanders of the sentence before
    ("Ogólnopolski Związek Zawodowy Pielęgniarek i Położnych zorganizował pikietę. Pielęgniarki domagają się "
     "od Szpitala Wojewódzkiego w Opolu podwyżek. Chcą też zatrudnienia nowych pielęgniarek.",
     [("podwyżek", "Ogólnopolski Związek Zawodowy Pielęgniarek i Położnych", "Szpital Wojewódzki w Opolu"),
      ("zatrudnienia nowych pielęgniarek", "Ogólnopolski Związek Zawodowy Pielęgniarek i Położnych",
       "Szpital Wojewódzki w Opolu")]),
    # a person after a role noun is its apposition, not the role's complement ("burmistrze Jan Kowalski")
    ("Burmistrz Jan Kowalski zaapelował do mieszkańców o oszczędzanie wody.",
     [("oszczędzanie wody", "Jan Kowalski", None)]),
    # a demand reported as rejected is still a demand: "żądanie X dotyczące A", "postulaty X w sprawie A"
    ("Rząd odrzucił żądanie Związku Zawodowego Górników dotyczące podwyżek o 15 proc.",
     [("podwyżek o 15 proc.", "Związek Zawodowy Górników", None)]),
    # a demanding verb in the attribution after a dash: the speech before it is the demand, "X ma …" its addressee
    ("Zarząd spółki Orlen ma do piątku przedstawić plan naprawczy – zażądał minister aktywów Jan Kowalski.",
     [("Zarząd spółki Orlen ma do piątku przedstawić plan naprawczy", "Jan Kowalski", "Orlen")]),
    # the same demander's next demand goes to the same addressee
    ("Pielęgniarki domagają się od Ministerstwa Zdrowia podwyżek. Wśród żądań pielęgniarek znalazło się "
     "także skrócenie dyżurów.",
     [("podwyżek", "pielęgniarki", "Ministerstwo Zdrowia"), ("skrócenie dyżurów", "pielęgniarki", "Ministerstwo Zdrowia")]),
]


def test_feminine_group_and_the_club_addressed():
    """A feminine group is written in its nominative plural; "od klubu" is the one club named (KS, MKS …)."""
    got = items("Licencję MKS Warta Gniezno zawieszono. Siatkarki domagają się od klubu wypłaty pensji.")
    assert [(t, by) for t, by, _ in got] == [("wypłaty pensji", "siatkarki")]
    assert (got[0][2] or "").startswith("MKS")  # the club's actor, however much of its name is found
    assert items("Siatkarki domagają się od klubu wypłaty pensji.") == [("wypłaty pensji", "siatkarki", None)]


@pytest.mark.parametrize("text,expected", ITEMS)
def test_prose_items_and_parties(text, expected):
    assert items(text) == expected


@pytest.mark.parametrize("text", [
    "Rada przyjęła uchwałę, której żądali mieszkańcy.",  # a relative object: the thing is named before
    "Minister wyliczył, czego oczekuje po rozmowach.",  # no list follows: a wish, not stated demands
    "Pierwszy z nich wygrał wyścig.",  # an ordinal without demands announced
    "Rada wybrała nowego prezesa. Na liście znalazło się dwadzieścia nazwisk.",  # a list, no demands before
    "Spółka Kolej Górska zobowiązała się do remontu torów.",  # a commitment, not a demand
    "Sekretarz generalny ONZ António Guterres zaapelował o powściągliwość.",  # an appeal without content
    "Kanclerz Olaf Scholz zaapelował do obu stron o wzajemny kompromis.",
    "Jak ustalił portal, premier chce zamknąć spór do końca lutego.",  # a person's own intention
    "Minister Jan Kowalski chce zamknąć spór do końca lutego.",
    "Pada deszcz. Chcą też zatrudnienia nowych pielęgniarek.",  # no demand before: no demander
    "– Podwyżki dla kolejarzy – domagał się Jan Nowak.",  # no clause before the dash: a headline-like phrase
    "Żądania dotyczące płac są nie do przyjęcia – oświadczył rzecznik.",  # no demander named with them
])
def test_not_prose_items(text):
    assert items(text) == []


CONDITIONS = [
    # "dopiero po tym, jak …": the condition starts after "tym, jak"; it ends at the year's dot the
    # splitter kept; "Według X" makes X the party that sets it
    ("Według Urzędu Miasta Radomia dotacja zostanie wypłacona dopiero po tym, jak klub rozliczy transzę z "
     "2024 r. Radni milczą.",
     "klub rozliczy transzę z 2024 r.", "Urząd Miasta Radomia"),
    # the agent of the demanded act ("przez X") is the one the condition waits for
    ("Lekarze z Porozumienia Rezydentów zapowiedzieli głodówkę. Warunkiem jej zakończenia jest podpisanie "
     "porozumienia przez ministra zdrowia Adama Niedzielskiego.",
     "podpisanie porozumienia przez ministra zdrowia Adama Niedzielskiego", "Porozumienie Rezydentów"),
    # "Według X" opening the sentence: X sets the condition, also when named by an inflected surname only
    ("Minister Jan Kowalski przyleciał do Wilna. Według Kowalskiego Polska będzie gotowa rozmawiać dopiero "
     "wtedy, gdy Rosja wycofa wojska.",
     "Rosja wycofa wojska", "Jan Kowalski"),
    # "X – jak zapowiedziała Y – zbuduje …": the speaker in the aside sets it, not the main clause's subject
    ("Jeśli do piątku nie dojdzie do porozumienia, Warszawa – jak zapowiedziała w radiu Anna Nowak – zbuduje "
     "koalicję.",
     "do piątku nie dojdzie do porozumienia", "Anna Nowak"),
    # the city hall ("ratusz") is the city's office named in the text
    ("Urząd Miasta Radomia wydał komunikat. Według ratusza dotacja zostanie wypłacona dopiero po tym, jak "
     "klub rozliczy transzę.",
     "klub rozliczy transzę", "Urząd Miasta Radomia"),
    # the sentence's own subject reports it, whoever spoke in the sentence before
    ("Rzeczniczka MSZ Chin Mao Ning oświadczyła, że załoga naruszyła przepisy. Komitet Obrony Rybaków "
     "zapowiedział, że rybacy wrócą do domu dopiero po zakończeniu śledztwa.",
     "zakończeniu śledztwa", "Komitet Obrony Rybaków"),
    # reported speech: the speaker sets the condition, not a place in the speaker's role
    ("Zastępczyni prezydenta Radomia Ewa Lis przekazała, że pieniądze trafią do klubu dopiero po "
     "przedstawieniu planu naprawczego.",
     "przedstawieniu planu naprawczego", "Ewa Lis"),
]


@pytest.mark.parametrize("text,start,by", CONDITIONS)
def test_condition_parties(text, start, by):
    got = [(d.text, d.by) for d in demands(text) if d.kind == "condition"]
    assert got == [(start, by)] or (len(got) == 1 and got[0][0].startswith(start) and got[0][1] == by), got


def test_the_party_a_condition_waits_for_does_not_set_it():
    got = [(d.text, d.by, d.of) for d in demands(
        "Związek Zawodowy Pielęgniarek przekazał petycję minister zdrowia Annie Kowalskiej. Jeśli do końca maja "
        "minister nie zaprosi go na rozmowy, zaostrzy protest.") if d.kind == "condition"]
    assert got == [("do końca maja minister nie zaprosi go na rozmowy", "Związek Zawodowy Pielęgniarek", "Anna Kowalska")]


def test_a_list_announced_by_a_trigger_noun_is_the_sentence_subjects():
    text = ("Związkowcy z Ogólnopolskiego Związku Kolejarzy przedstawili zarządowi spółki listę żądań:\n"
            "• podwyżkę płac,\n• skrócenie zmian.\n")
    assert items(text) == [("podwyżkę płac", "Ogólnopolski Związek Kolejarzy", None),
                           ("skrócenie zmian", "Ogólnopolski Związek Kolejarzy", None)]
    assert items("Rada przedstawiła listę kandydatów.") == []


def test_a_petition_named_again_keeps_its_addressee_and_author():
    text = ("Związek Zawodowy Kolejarzy przekazał petycję do ministra infrastruktury Jana Kowalskiego. "
            "Związkowcy protestowali przez dwie godziny. Pociągi jeździły z opóźnieniem.\n\n"
            "Petycję odebrał wiceminister. Związek wylicza w niej swoje postulaty. Kolejarze domagają się "
            "przede wszystkim podwyżek.\n\n"
            "„Panie ministrze, domagamy się spotkania” – czytamy w piśmie.")
    got = items(text)
    assert [(t, of) for t, _, of in got] == [("podwyżek", "Jan Kowalski"), ("spotkania", "Jan Kowalski")]
    assert got[1][1] == "Związek Zawodowy Kolejarzy"  # who sent the letter the quote is read from
    # no petition named again near the demand: its addressee is not carried over
    far = items("Związek Zawodowy Kolejarzy przekazał petycję do ministra infrastruktury Jana Kowalskiego.\n\n"
                "Pociągi jeździły z opóźnieniem.\n\nTydzień później kolejarze domagają się od spółki podwyżek.")
    assert [of for *_, of in far] == [None]


@pytest.mark.parametrize("text,expected", [
    # "jego członkowie" are the members of the organisation the sentence before is about
    ("Do sporu włączyło się Stowarzyszenie Miłośników Kolei Wąskotorowej. Jego członkowie domagają się "
     "remontu torów.",
     [("remontu torów", "Stowarzyszenie Miłośników Kolei Wąskotorowej", None)]),
    # members go on with their organisation's list in the same paragraph
    ("Komitet Protestacyjny Hutników domaga się podwyżek. Związkowcy chcą także, by zarząd wycofał "
     "się z planu zwolnień.",
     [("podwyżek", "Komitet Protestacyjny Hutników", None),
      ("zarząd wycofał się z planu zwolnień", "Komitet Protestacyjny Hutników", None)]),
    # not across paragraphs
    ("Komitet Protestacyjny Hutników domaga się podwyżek.\n\nZwiązkowcy chcą także, by zarząd wycofał "
     "się z planu zwolnień.",
     [("podwyżek", "Komitet Protestacyjny Hutników", None),
      ("zarząd wycofał się z planu zwolnień", "związkowcy", None)]),
])
def test_members_of_an_organisation(text, expected):
    assert items(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a group whose noun the named organisation's name carries is that organisation (groups.py) ...
    ("Ogólnopolski Związek Zawodowy Ratowników Medycznych zwołał pikietę. Ratownicy domagają się podwyżek.",
     [("podwyżek", "Ogólnopolski Związek Zawodowy Ratowników Medycznych", None)]),
    # ... unless the group's own adjective is not in the name: then it demands as itself
    ("Ogólnopolski Związek Zawodowy Ratowników Medycznych zwołał pikietę. Ratownicy kontraktowi domagają się "
     "podwyżek.",
     [("podwyżek", "ratownicy kontraktowi", None)]),
])
def test_group_led_by_the_organisation_named_for_it(text, expected):
    assert items(text) == expected


@pytest.mark.parametrize("text,start,of", [
    # a date opening the condition is skipped to find the actor it waits for
    ("Minister Jan Kowalski zapowiedział sankcje, jeśli do 31 sierpnia Teheran nie zmieni kursu.",
     "do 31 sierpnia Teheran nie zmieni kursu", "Teheran"),
    # a petition sent to X and named again nearby: the condition waits for X's answer
    ("Związek Zawodowy Celników wysłał petycję do premiera Donalda Tuska. Petycję podpisało 5 tys. osób. "
     "– Jeśli do połowy maja nie dostaniemy odpowiedzi, wyjdziemy na ulice – zapowiedziała Anna Lis.",
     "do połowy maja nie dostaniemy odpowiedzi", "Donald Tusk"),
    # "ze stanowiska" is a post, not the document: no addressee carried over
    ("Związek Zawodowy Celników wysłał stanowisko do premiera Donalda Tuska.\n\nPada deszcz.\n\n"
     "Rada odwołała Jana Nowaka ze stanowiska. – Jeśli do połowy maja nie dostaniemy odpowiedzi, wyjdziemy na ulice – zapowiedziała Anna Lis.",
     "do połowy maja nie dostaniemy odpowiedzi", None),
])
def test_condition_addressee(text, start, of):
    got = [(d.text, d.of) for d in demands(text) if d.kind == "condition"]
    assert got == [(start, of)]


def test_a_condition_set_with_a_protest_measure():
    got = [(d.text, d.of) for d in demands(
        "Komitet Protestacyjny Hutników dał zarządowi czas do piątku. Jeśli do tego dnia PKP Cargo nie "
        "wycofa się z planu zwolnień, odbędzie się referendum strajkowe.") if d.kind == "condition"]
    assert got == [("do tego dnia PKP Cargo nie wycofa się z planu zwolnień", "PKP Cargo")]
    assert [d for d in demands("Jeśli pogoda dopisze, odbędzie się festyn.") if d.kind == "condition"] == []


@pytest.mark.parametrize("text,of", [
    # a head noun opening the condition is the organisation of that kind named in the text
    ("Licencję MKS Warta Gniezno zawieszono. – Pieniądze wypłacimy, jeśli klub rozliczy dotację – zapowiedział "
     "Jan Nowak.", "MKS Warta Gniezno"),
    # ... not when its adjective names another one ("sąd apelacyjny" after the Sąd Okręgowy)
    ("Sąd Okręgowy w Lublinie skazał starostę. – Jeśli sąd apelacyjny nie uchyli wyroku, złożymy kasację – "
     "zapowiedział Jan Nowak.", None),
])
def test_condition_opened_by_a_head_noun(text, of):
    got = [d.of for d in demands(text) if d.kind == "condition"]
    assert len(got) == 1 and (got[0] or "").startswith(of or "") and (of is not None or got[0] is None)


def test_a_conditions_date_is_not_the_date_of_what_it_conditions():
    got = [(d.kind, d.date) for d in demands(
        "Związek Zawodowy Kolejarzy zapowiada, że jeśli do końca kwietnia nie dojdzie do porozumienia, od 1 maja "
        "kolejarze odmówią nadgodzin.", published="2025-03-19") if d.kind == "condition"]
    assert got == [("condition", None)]
    said = [(d.kind, d.date) for d in demands(
        "3 marca Związek Zawodowy Kolejarzy zapowiedział, że jeśli do końca kwietnia nie dojdzie do porozumienia, "
        "kolejarze odmówią nadgodzin.", published="2025-03-19") if d.kind == "condition"]
    assert said == [("condition", "2025-03-03")]


def test_condition_agent_after_przez_is_its_addressee():
    got = [d.of for d in demands("Lekarze z Porozumienia Rezydentów zapowiedzieli głodówkę. Warunkiem jej "
                                 "zakończenia jest podpisanie porozumienia przez ministra zdrowia Adama "
                                 "Niedzielskiego.") if d.kind == "condition"]
    assert got == ["Adam Niedzielski"]


@pytest.mark.parametrize("text,by", [
    # a demand noun with its owner in the genitive: the owner demands, not the sentence's subject
    ("Rosja odpowiedziała w piątek na apel prezydenta Francji Pierre’a Laurenta o zawieszenie broni.", "Pierre Laurent"),
    ("Rząd odpowiedział na apel prezydenta Francji Emmanuela Macrona o zawieszenie broni.", "Emmanuel Macron"),
    ("Rząd odrzucił apel Komisji Europejskiej o zwrot dotacji.", "Komisja Europejska"),
    # no owner after the noun: the sentence's subject still demands
    ("Związek Zawodowy Leśników wystosował apel o podwyżki dla pracowników.", "Związek Zawodowy Leśników"),
])
def test_the_owner_of_a_demand_noun_demands(text, by):
    assert [d.by for d in demands(text) if d.kind == "item"] == [by]
