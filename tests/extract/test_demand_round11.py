"""Demands, round 11 (issue 14, recall on the 66 development real pages): invented sentences of the
constructions real pages use, negatives included. No sentence comes from a real page."""
import pytest

from .test_demand_round5 import conditions, demands, items


@pytest.mark.parametrize("text,expected", [
    # two adjectives coordinated before one gerund: one item, not "zaprzestania chamskiego" and a second
    ("„Żądamy: realnego wzrostu płac, zaprzestania nierealnych norm, zaprzestania chamskiego i lekceważącego "
     "traktowania pracowników” – napisali związkowcy w liście.",
     ["realnego wzrostu płac", "zaprzestania nierealnych norm",
      "zaprzestania chamskiego i lekceważącego traktowania pracowników"]),
    # negative: a gerund with its object before "i" and an adjective with its gerund after: two items
    ("Rolnicy domagają się obniżenia podatku rolnego, zniesienia opłat i szybkiego wypłacenia dopłat.",
     ["obniżenia podatku rolnego", "zniesienia opłat", "szybkiego wypłacenia dopłat"]),
])
def test_adjectives_of_one_gerund_stay_one_item(text, expected):
    assert items(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a list of conditions: clauses with verbs of their own, commas and a final "i"
    ("Dyrektor szpitala Adam Lis zapowiedział, że zrezygnuje, jeśli zostaną spełnione trzy warunki: będzie "
     "podpisana umowa z gminą, pracownicy od środy wrócą do biur i w umowie zostanie opisana kwestia dodatków.",
     ["będzie podpisana umowa z gminą", "pracownicy od środy wrócą do biur", "w umowie zostanie opisana kwestia dodatków"]),
    ("– Odejdę ze stanowiska, jeśli zapisy ugody staną się umową, zostanie wyjaśniony punkt dotyczący premii i "
     "pracownicy wrócą do biur w środę – powiedział prezes spółki Jan Nowak.",
     ["zapisy ugody staną się umową", "zostanie wyjaśniony punkt dotyczący premii", "pracownicy wrócą do biur w środę"]),
    # negatives: one subject with two verbs; a comma before the main clause; nouns coordinated in one clause
    ("– Podpiszemy umowę, jeśli burmistrz Adam Lis przyjedzie i przeprosi mieszkańców – powiedział sołtys Jan Kos.",
     ["burmistrz Adam Lis przyjedzie i przeprosi mieszkańców"]),
    ("Jak zapowiada związek, jeśli załoga poprze protest, strajk rozpocznie się 3 maja.", ["załoga poprze protest"]),
    ("– Wrócimy do pracy, jeśli zarząd podniesie pensje, premie i dodatki – powiedział Jan Kos ze związku.",
     ["zarząd podniesie pensje, premie i dodatki"]),
])
def test_a_list_of_conditions_is_one_condition_each(text, expected):
    got = conditions(text)
    assert [x[: len(e)] for x, e in zip(got, expected)] == expected and len(got) == len(expected)


@pytest.mark.parametrize("text,expected", [
    # an adjunct or an adverb between the verb and the addressee or the thing demanded
    ("– Oczekujemy w tej sprawie pisemnych wyjaśnień – mówi radny Jan Kos.", ["pisemnych wyjaśnień"]),
    ("Związek Zawodowy Kolejarzy domagał się wówczas od spółki PKP Cargo podwyżek płac oraz nowych etatów.",
     ["podwyżek płac", "nowych etatów"]),
    # a colon inside the first item (the places it lists) is no colon of the lead-in
    ("Związek Zawodowy Kolejarzy domaga się od spółki PKP Cargo otwarcia zamkniętych stacji: Lipna, Wólki i Brzegu "
     "oraz przywrócenia nocnych kursów.",
     ["otwarcia zamkniętych stacji: Lipna, Wólki i Brzegu", "przywrócenia nocnych kursów"]),
    # a noun of demanding with its genitive complement is the thing demanded
    ("– Od początku domagaliśmy się bezpiecznych warunków nauki i dojazdu – mówiła przewodnicząca samorządu Ewa Lis.",
     ["bezpiecznych warunków nauki i dojazdu"]),
    # negatives: a count or a party's demands announce the items that follow
    ("Rolnicy domagają się spełnienia trzech warunków. Pierwszy to zakaz importu zboża.", ["zakaz importu zboża"]),
    ("Rolnicy domagają się spełnienia warunków protestujących.", []),
])
def test_words_between_the_verb_and_the_thing(text, expected):
    assert items(text) == expected


@pytest.mark.parametrize("text,expected", [
    # the saved page cut the last paragraph off mid-sentence: it is no headline
    ("Rolnicy protestują\n\nRolnicy z gminy Lipno od tygodnia blokują drogę krajową.\n\n"
     "Rolnicy domagają się m.in. obniżenia cen nawozów i podniesienia cen skupu zboża. Chcieli też",
     ["obniżenia cen nawozów", "podniesienia cen skupu zboża"]),
    # negatives: a headline at the top and a short last line (a caption) are headings: no wish there is a demand
    ("Rolnicy chcą niższych cen nawozów\n\nRolnicy z gminy Lipno od tygodnia blokują drogę krajową.", []),
    ("Rolnicy z gminy Lipno od tygodnia blokują drogę krajową.\n\nRolnicy chcą niższych cen nawozów", []),
])
def test_a_cut_off_last_paragraph_is_no_heading(text, expected):
    assert items(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a lead-in ending with a colon, the list a paragraph of its own without markers
    ("Strajk w MPK\n\nRozpoczynając strajk, kierowcy MPK przedstawili cztery postulaty:\n\nOdwołanie pana Jana Kosa z "
     "funkcji prezesa spółki (prezes już odszedł), wzrost płac od 1.07.2023 o kwotę 800 zł brutto, zmniejszenie premii "
     "do 5 procent, powołanie na prezesa pana Adama Lisa.\n\nSpółka odpowiada, że nie ma pieniędzy.",
     ["Odwołanie pana Jana Kosa z funkcji prezesa spółki (prezes już odszedł)", "wzrost płac od 1.07.2023 o kwotę 800 zł brutto",
      "zmniejszenie premii do 5 procent", "powołanie na prezesa pana Adama Lisa"]),
    # negative: the paragraph after the colon is prose with a verb of its own
    ("Strajk w MPK\n\nRozpoczynając strajk, kierowcy MPK przedstawili cztery postulaty:\n\nKierowcy są zmęczeni, "
     "pracują po 12 godzin, a zarząd milczy.", []),
])
def test_a_list_in_the_paragraph_after_a_colon(text, expected):
    assert items(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a verbless sentence of genitives right after a demand in the genitive: the list goes on
    ("– Domagamy się w pierwszej kolejności przywrócenia mnie na etat. Zwrotu potrąceń dla kierowców, jawnej siatki płac "
     "w zakładzie - bo to jest zakład gminny - powiedziała Ewa Lis, przewodnicząca komisji.",
     ["przywrócenia mnie na etat", "Zwrotu potrąceń dla kierowców", "jawnej siatki płac w zakładzie"]),
    # negatives: a sentence with a verb (also one tagged a participle), a pronoun, another speaker's quote
    ("– Domagamy się w pierwszej kolejności przywrócenia mnie na etat. Zarząd milczy - powiedziała Ewa Lis.",
     ["przywrócenia mnie na etat"]),
    ("– Domagamy się w pierwszej kolejności przywrócenia mnie na etat. Nic więcej - powiedziała Ewa Lis.",
     ["przywrócenia mnie na etat"]),
    ('Związek Pracodawców domaga się obniżki składek. "Firmy dostaną w styczniu cios: droższy kredyt i wyższe składki" '
     "- napisał prezes związku Jan Kos.", ["obniżki składek"]),
])
def test_a_list_going_on_in_the_next_sentence(text, expected):
    assert items(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a "niech" clause answering a condition in speech demands the act
    ("„Nie przerwiemy pikiety. Jeśli nie umieją, ani nie chcą, to niech ustąpią. Mamy własnych kandydatów” – "
     "podkreślali działacze komitetu strajkowego.", ["niech ustąpią"]),
    ("„A jeśli Pekin mówi, że rzekomo chce pokoju, niech udowodni to czynami” - przekonuje Jan Kos.",
     ["niech udowodni to czynami"]),
    # negatives: a "niech" without a condition (a wish, a toast), and one outside speech
    ("„Niech żyje Polska!” - krzyczał Jan Kos.", []),
    ("Jeśli rząd myśli o pokoju, niech pokaże to czynami. Tak pisze dziś wielu komentatorów.", []),
])
def test_a_jussive_answering_a_condition(text, expected):
    assert items(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a condition of two negated verbs joined by ", ani" is one condition
    ("„Jeśli nie umieją, ani nie chcą, to niech ustąpią” – podkreślali działacze komitetu strajkowego.",
     ["nie umieją, ani nie chcą"]),
    # an inference ("to znaczy, że …") after "jeśli" sets no condition; a step the speaker takes does
    ("„Jeśli nie ma żadnych gestów ze strony zarządu, to znaczy, że prezes chce nas zwodzić” - dodaje Piotr Lis.",
     []),
    ("„Jeśli nie ma wzajemnych działań, to wstrzymamy rozmowy” - dodaje Jan Kos.", ["nie ma wzajemnych działań"]),
])
def test_conditions_of_negated_verbs_and_inferences(text, expected):
    got = conditions(text)
    assert [x[: len(e)] for x, e in zip(got, expected)] == expected and len(got) == len(expected)


@pytest.mark.parametrize("text,expected", [
    # a reported request with a finite clause after it is a demand of whoever the clause asks to act
    ("Podczas pikiety odczytano petycję do radnych. Rodzice proszą w niej, by na sesji radni zagłosowali przeciwko "
     "uchwale o likwidacji szkoły.", ["na sesji radni zagłosowali przeciwko uchwale o likwidacji szkoły"]),
    ("Wojewoda Jan Kos „poprosił” też, żeby zebrani wybrali spośród siebie trzy osoby.",
     ["zebrani wybrali spośród siebie trzy osoby"]),
    # negatives: the reporter asked not to name a source (an infinitive), a request for a comment
    ("Rozmówca poprosił, by nie podawać jego nazwiska.", []),
    ("Rzecznik spółki Jan Kos prosił o cierpliwość i nie odpowiadał na pytania.", []),
    # waiting for a named party to act, in speech; not waiting for something or for a time
    ("„Czekamy, żeby rząd spełnił nasz pierwszy postulat” - mówi Anna Kos, szefowa stowarzyszenia.",
     ["rząd spełnił nasz pierwszy postulat"]),
    ("Pasażerowie czekają na pociąg od dwóch godzin.", []),
    ("„Czekamy już dwa lata” - mówi Anna Kos, szefowa stowarzyszenia.", []),
    # a complementiser with a person ending ("żebyśmy")
    ("„Pekin chce, żebyśmy po prostu oddali wyspy” – argumentował minister Jan Kos.", ["po prostu oddali wyspy"]),
])
def test_requests_waits_and_wishes_with_a_clause(text, expected):
    assert items(text) == expected


@pytest.mark.parametrize("text,expected", [
    # clauses coordinated by a repeated complementiser are one item each
    ("„Zabiegamy o to, żeby szkoła została w gminie, żeby nikt jej nam nie zamykał” – mówiła Ewa Lis, szefowa komitetu.",
     ["szkoła została w gminie", "nikt jej nam nie zamykał"]),
    # negative: a correlative "na to, by" inside an item of a list after a colon stays in its item (the things
    # the colon spells out are the items, session 11: the dev gold of blind-h09)
    ("Izraelski rząd domaga się, by porozumienie objęło dwa elementy: wycofanie bojowników na północ oraz zgodę na to, "
     "by armia mogła uderzyć, gdy tylko strona libańska nie zareaguje.",
     ["wycofanie bojowników na północ", "zgodę na to, by armia mogła uderzyć"]),
])
def test_coordinated_wish_clauses(text, expected):
    assert items(text) == expected


@pytest.mark.parametrize("text,expected", [
    # an attributive participle of demanding whose noun is a named party or a group
    ("Przed urzędem stanęli rolnicy domagający się wyższych cen skupu.", [("wyższych cen skupu", "rolnicy")]),
    ("Petycję złożyło Stowarzyszenie Frankowiczów, domagające się uchwalenia ustawy.",
     [("uchwalenia ustawy", "Stowarzyszenie Frankowiczów")]),
    # negative: the noun names no party (who demands is left open: no item rather than a wrong demander)
    ("To jest kolejna inicjatywa, domagająca się odejścia Jana Kosa z funkcji ministra.", []),
])
def test_a_participle_of_demanding(text, expected):
    assert [(d.text, d.by) for d in demands(text) if d.kind == "item"] == expected


@pytest.mark.parametrize("text,expected", [
    # a leading "gdy tylko" in speech
    ('- Gdy tylko te cele zostaną osiągnięte, "operacja" zostanie zakończona - wskazał rzecznik rządu Jan Kos.',
     ["te cele zostaną osiągnięte"]),
    # "dopiero po" in a quoted fragment of the actor's words, after a past report
    ('Premier Anna Kos zaprosiła w nim lekarzy na rozmowy, ale "dopiero po zakończeniu trwającego protestu".',
     ["zakończeniu trwającego protestu"]),
    # "w przypadku X" in a threat
    ("Pielęgniarki groziły jednak odejściem od łóżek w przypadku braku podwyżek dla oddziału.", ["braku podwyżek dla oddziału"]),
    # "zależy od tego, czy A i czy B"
    ("Jak zaznaczył Piotr Lis, to ile potrwa blokada, będzie zależało od tego, czy wojewoda spotka się z "
     "rolnikami i czy zechce przyjąć choć jeden z ich wniosków.",
     ["wojewoda spotka się z rolnikami", "czy zechce przyjąć choć jeden z ich wniosków"]),
    # negatives: a past event; "w przypadku" without a threat; an indefinite party; a count of people
    ("Przyjechali dopiero po zakończeniu meczu.", []),
    ("W przypadku kobiet ryzyko jest wyższe.", []),
    ('Pytany o termin protestu, odpowiedział, że "wszystko zależy od tego, czy ktoś w końcu odbierze telefon".', []),
])
def test_more_condition_openers(text, expected):
    got = conditions(text)
    assert [x[: len(e)] for x, e in zip(got, expected)] == expected and len(got) == len(expected)


def test_an_ordinal_inside_a_sentence_needs_demands_near():
    assert items("Obaj zostali zatrzymani za granicą. Pierwszy miał przebywać na Cyprze, a drugi – ponoć w Hiszpanii.") == []
    assert items("Związek Zawodowy Kolejarzy postawił dwa warunki. Pierwszy to podwyżka płac, a drugi – nowe etaty.") \
        == ["podwyżka płac", "nowe etaty"]


@pytest.mark.parametrize("text,expected", [
    # a first-person conditional of expecting in speech
    ("– Odpowiedź przyszła szybko, ja oczekiwałbym, żeby ta odpowiedź była bardziej konkretna – powiedział radny "
     "Piotr Lis.", ["ta odpowiedź była bardziej konkretna"]),
    # negative: a first-person conditional of wanting to know, a purpose clause after it
    ("– Chcielibyśmy to wiedzieć, żeby móc wytłumaczyć wszystko mieszkańcom – powiedział wiceminister Jan Kos.", []),
    # a noun of demanding right before ", żeby" and a finite clause; coordinated clauses one item each
    ("– Ja mam oczekiwanie, żeby gmina tej szkoły nie likwidowała, żeby dzieci miały blisko – mówiła jedna z matek.",
     ["gmina tej szkoły nie likwidowała", "dzieci miały blisko"]),
    # negative: the noun explains an item ("czyli wymogu, by …")
    ("Pierwszym żądaniem związku jest wprowadzenie klauzul lustrzanych, czyli wymogu, by importowana żywność "
     "spełniała te same normy.",
     ["wprowadzenie klauzul lustrzanych, czyli wymogu, by importowana żywność spełniała te same normy"]),
    # "z żądaniem" and its genitive object, the demander after the verb
    ("Wniosek do prezydenta miasta z żądaniem wstrzymania wycinki drzew w parku złożyło we wtorek Stowarzyszenie "
     "Zielone Lipno.", ["wstrzymania wycinki drzew w parku"]),
    # the goal of a protest; negative: a goal that only draws attention
    ("Głównym celem protestu są wyższe stawki dla ratowników oraz powiązanie ich płac z płacą minimalną — "
     "poinformował rzecznik komitetu Piotr Lis.",
     ["wyższe stawki dla ratowników", "powiązanie ich płac z płacą minimalną"]),
    ("Celem pikiety jest zwrócenie uwagi na problem.", []),
    # "postulaty …, bo są one znane: to A oraz B"
    ("Sadownicy mówili zgodnie. Szkoda czasu na wyliczanie postulatów, bo są one znane: to szybkie "
     "wstrzymanie importu jabłek oraz zniesienie opłat targowych.",
     ["szybkie wstrzymanie importu jabłek", "zniesienie opłat targowych"]),
])
def test_nouns_and_conditionals_of_demanding(text, expected):
    assert items(text) == expected


def test_the_demander_after_the_verb_not_a_name_in_the_object():
    got = [(d.text, d.by) for d in demands("Wniosek do rady powiatu z żądaniem przyjęcia projektu uchwały "
                                           "autorstwa PSL złożyło we wtorek Stowarzyszenie Zielone Lipno.")]
    assert got == [("przyjęcia projektu uchwały autorstwa PSL", "Stowarzyszenie Zielone Lipno")]


@pytest.mark.parametrize("text,expected", [
    # a headline's demand the body does not state again
    ("Związki kolejarzy wnioskują o wyłączenie spółki spod nadzoru ministerstwa\n\nZwiązek Zawodowy Kolejarzy napisał "
     "list do premiera. Domaga się w nim spotkania w tym tygodniu.",
     ["wyłączenie spółki spod nadzoru ministerstwa", "spotkania w tym tygodniu"]),
    # the body states it again: once, where the body states it
    ("Kierowcy domagają się podwyżki\n\nKierowcy MPK w Lipnie strajkują od rana. Związek Zawodowy Kierowców domaga się "
     "podwyżki o 800 zł.", ["podwyżki o 800 zł."]),
    # negatives: a wish in a headline ("chcą"), a prosecutor's request for a sentence in a subheading
    ("Ratownicy chcą stałego finansowania\n\nRatownicy przedstawili posłom swoje postulaty.", []),
    ("Proces byłego starosty\n\nSąd wysłuchał w środę ostatnich świadków.\n\nProkuratura wnosi o 3 lata więzienia\n\n"
     "Obrona chce uniewinnienia.", []),
])
def test_a_headline_demand_the_body_does_not_restate(text, expected):
    assert items(text) == expected


@pytest.mark.parametrize("text,expected", [
    # an application made to the court a relative clause names; the item ends with the relative clause
    ("Obrońca mówił, że sąd, do którego prokuratura wystąpiła o zakaz kontaktu wobec Piotra L., zajął się wnioskiem zbyt wolno.",
     ["zakaz kontaktu wobec Piotra L."]),
    # a fronted object with "nie A, ale B", the demanders after the verb
    ("Zwiększenia nie o 20, ale chociaż o 10 proc. budżetu na oświatę żądają w petycji protestujący rodzice.",
     ["Zwiększenia nie o 20, ale chociaż o 10 proc. budżetu na oświatę"]),
    # a proposal that another party act
    ("Prezydent Jan Kos przemawiał w środę w Kijowie. Zaproponował, aby zamiast oświadczeń Pekin zgodził się na "
     "spotkania techniczne.", ["zamiast oświadczeń Pekin zgodził się na spotkania techniczne"]),
    # negatives: an application to no one, a proposal of a thing, two commas before the verb
    ("Spółka wystąpiła o dotację.", []),
    ("Minister zaproponował nowy termin rozmów.", []),
    ("Podwyżek, dodatków, premii żądają nauczyciele.", []),
])
def test_relatives_fronted_objects_and_proposals(text, expected):
    assert items(text) == expected


def test_a_proposal_is_made_by_the_subject_before_not_the_clause_subject():
    got = demands("Prezydent Jan Kos przemawiał w środę w Kijowie. Zaproponował, aby zamiast oświadczeń Pekin zgodził "
                  "się na spotkania techniczne.")
    assert [d.by for d in got] == ["Jan Kos"]


@pytest.mark.parametrize("text,expected", [
    # a demanded clause with two predicates joined by "i": two demands
    ("Wojewoda Piotr Lis apelował we wtorek, by rolnicy zdjęli blokadę drogi i „wrócili na swoje pola”.",
     ["rolnicy zdjęli blokadę drogi", "„wrócili na swoje pola”"]),
    # negative: "i" joins two objects of one predicate
    ("Minister Jan Kos apelował w poniedziałek, by lekarze zawiesili protest i głodówkę.",
     ["lekarze zawiesili protest i głodówkę"]),
])
def test_two_predicates_of_a_demanded_clause(text, expected):
    assert items(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a suggestion in speech that a party act ("warto byłoby rozważyć, żeby X …")
    ("„Sądzę, że w tej chwili warto byłoby rozważyć, żeby państwo przenieśli pikietę pod urząd, co nie oznacza: "
     "zakończyli protest” – dodał wojewoda Piotr Lis.", ["państwo przenieśli pikietę pod urząd"]),
    # negatives: "warto" with an infinitive asks no one; outside speech
    ("„Warto poczekać na decyzję sądu” – dodał minister Jan Kos.", []),
    ("Warto byłoby, żeby rząd to przemyślał.", []),
])
def test_a_suggestion_in_speech(text, expected):
    assert items(text) == expected


def test_a_short_cut_off_last_paragraph_holds_its_condition():
    # the page cut the last paragraph after eight words or more: no heading, its condition counts
    text = ("Związkowcy zawiesili strajk w kopalni Lipno.\n\nZawieszając protest, związkowcy zapowiadali, że jeżeli "
            "prezes nie odejdzie")
    assert conditions(text) == ["prezes nie odejdzie"]


@pytest.mark.parametrize("text,expected", [
    # a premise about the situation ("jeśli to jest …") is no condition on an act
    ("„Jeśli to jest jedyna droga, w której możemy osiągnąć pokój, oczywiście, że to zrobimy” – zapowiedział "
     "prezydent Jan Kos.", []),
    # negative: an act of a party after "jeśli"
    ("„Jeśli to ministerstwo nie przyjedzie, zablokujemy drogę” – zapowiedział sołtys Jan Kos.",
     ["to ministerstwo nie przyjedzie"]),
])
def test_a_premise_is_no_condition(text, expected):
    got = conditions(text)
    assert [x[: len(e)] for x, e in zip(got, expected)] == expected and len(got) == len(expected)


@pytest.mark.parametrize("text,expected", [
    # a series item opening with its own subject and demanding verb is what that verb asks for (seen in the
    # rendered report: the item had read 'związek chce zmniejszenia …', its action 'związek')
    ("Związek Nauczycielstwa Polskiego przedstawił trzy postulaty. Po pierwsze, związek chce zmniejszenia pensum "
     "w klasach łączonych. Po drugie, domaga się, by dodatek za wychowawstwo wynosił 500 zł. Trzeci dotyczy "
     "zniesienia rocznych sprawozdań.",
     ["zmniejszenia pensum w klasach łączonych", "dodatek za wychowawstwo wynosił 500 zł.",
      "zniesienia rocznych sprawozdań"]),
    # negative: items with no verb of their own stay whole
    ("Związek Nauczycielstwa Polskiego przedstawił trzy postulaty. Po pierwsze, mniejsze pensum w klasach "
     "łączonych. Po drugie, wyższy dodatek za wychowawstwo. Trzeci dotyczy zniesienia rocznych sprawozdań.",
     ["mniejsze pensum w klasach łączonych", "wyższy dodatek za wychowawstwo", "zniesienia rocznych sprawozdań"]),
])
def test_a_series_item_with_its_own_demanding_clause_is_its_object(text, expected):
    assert items(text) == expected


@pytest.mark.parametrize("text,expected", [
    # the word right before the verb after "z żądaniami" is the verb's subject, not the demanded thing
    ("Pismo z żądaniami związek złożył dyrektorowi szpitala we wtorek. Przede wszystkim chodzi o podwyżkę "
     "o 300 zł dla każdej pielęgniarki.", ["podwyżkę o 300 zł dla każdej pielęgniarki"]),
    # negative: a genitive object after "z żądaniem" is the demand
    ("Petycję do Rady Miasta z żądaniem budowy przejścia dla pieszych złożyło w sobotę Stowarzyszenie Nasza Wola.",
     ["budowy przejścia dla pieszych"]),
])
def test_the_subject_after_z_zadaniami_is_no_demand(text, expected):
    got = items(text)  # (the item may keep the frame's own words before it: 'chodzi o podwyżkę …')
    assert len(got) == len(expected) and all(g.endswith(e) for g, e in zip(got, expected))
