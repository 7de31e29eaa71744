"""Quotes, round 9: layouts of real pages (invented sentences of the same constructions, other words and
names). Each row: text -> expected quotes (kind, speaker, via, text start); negatives included."""
import pytest

from .test_quotes import assert_quotes, quotes

LABELS = [
    # an interview's or sports page's label: a paragraph opening with a name and a colon, a dash or none
    ("Po meczu\n\nJan Wilk: - Dziś murawa nie pomagała. Było bardzo ślisko, ale nie można na to zrzucać winy."
     "\n\nTomasz Sowa: - Był dziś problem z boiskiem. Nie wiem, czy to się poprawi.\n\nObaj piłkarze wyszli do "
     "dziennikarzy.",
     [("direct", "Jan Wilk", None, "Dziś murawa nie pomagała"),
      ("direct", "Tomasz Sowa", None, "Był dziś problem z boiskiem")]),
    ("Po meczu\n\nJan Wilk: Dziś murawa nie pomagała. Było bardzo ślisko, ale nie można na to zrzucać winy.",
     [("direct", "Jan Wilk", None, "Dziś murawa nie pomagała")]),
    # a page excerpt opening with the label (two sentences and a full stop: no headline)
    ("Jan Wilk: - Dziś murawa nie pomagała. Było bardzo ślisko, ale trudno.\n\nTomasz Sowa zszedł z boiska.",
     [("direct", "Jan Wilk", None, "Dziś murawa nie pomagała")]),
    # a headline label without quotation marks is a quote too (GUIDELINES, decided in the sixth session)
    ("Jan Wilk: Dziś murawa nie pomagała\n\nTomasz Sowa rozmawiał z dziennikarzami.",
     [("direct", "Jan Wilk", None, "Dziś murawa nie pomagała")]),
    # negative: a list after a colon is no label
    ("Po meczu\n\nSkład: Jan Wilk, Tomasz Sowa, Adam Kruk i inni zawodnicy pierwszej drużyny.", []),
    # a speech verb with its "o" phrase before the colon and the dash
    ("Po meczu\n\nTrener Jan Bór mówił też o debiucie Adama Kruka: - Wielka sprawa, zasłużył na to. "
     "Zagrał bardzo dobrze.",
     [("direct", "Jan Bór", None, "Wielka sprawa")]),
]

SHOUTS = [
    # a subheading's label with an addressee, and a shouted word; the chant in the body
    ("Strajk w szpitalach\n\nPielęgniarki protestowały przed urzędem.\n\nProtestujące do Nowaka: Oszust!\n\n"
     "Wojewoda Jan Nowak wyszedł do protestujących. - Zrobimy wszystko - dodał. - Oszust! Oszust! - krzyczały "
     "pielęgniarki.",
     [("direct", "protestujące", None, "Oszust!"), ("direct", "Jan Nowak", None, "Zrobimy wszystko"),
      ("direct", "pielęgniarki", None, "Oszust! Oszust!")]),
    # negatives: a section label, and a label with a phrase and no shout
    ("Strajk\n\nPielęgniarki protestowały.\n\nSport: Wisła!\n\nMieszkańcy do burmistrza: nowe drogi\n\n"
     "Wojewoda Jan Nowak wyszedł do nich.", []),
]

RELAYS = [
    # "jak podaje X" inside a dash quote's attribution names the outlet; it is no quote of its own
    ("Wojewoda Jan Nowak wyszedł do protestujących. - Nie będzie pielęgniarek, odejdą z pracy. To jest nie do "
     "przyjęcia - powiedziała, jak podaje portal tvn24.pl, jedna ze strajkujących.",
     [("direct", None, "tvn24.pl", "Nie będzie pielęgniarek")]),
    # negative: the same phrase opening a sentence still gives the outlet's claim
    ("Minister mówił długo. Jak podaje PAP, rozmowy potrwają do piątku.",
     [("indirect", "PAP", None, "rozmowy potrwają")]),
    # "według" after a noun phrase's word is manner ("by the rates"), no source phrase
    ("Lekarze żądają rozliczania dyżurów medycznych według stawek kontraktowych, a nie etatowych, oraz nowych "
     "etatów.", []),
    # negative: after a verb it is a source
    ("Rynek rośnie. Inflacja jest według ekspertów banku, zbyt wysoka.", [("indirect", None, None, "zbyt wysoka")]),
    # "według" inside a list item, then a comma and "lub": no source phrase
    ("Kierowcom zostawiono dwa wyjścia: parkowanie auta na placu targowym według godzin otwarcia, lub "
     "zakup abonamentu na parking przy dworcu.", []),
]


@pytest.mark.parametrize("text,expected", LABELS + SHOUTS + RELAYS)
def test_round9_layouts(text, expected):
    assert_quotes(text, expected)


RUNS = [
    # unmarked sentences closed by a dash attribution: back over the speaker's comment (verbless, present
    # tense, first person) to the paragraph's start; after an attribution in the same paragraph, from there
    ("Spółka odwołała kursy.\n\nTo całkowicie nieodpowiedzialne wobec klientów. Nigdy nie widziałem czegoś "
     "takiego. Jeżeli firma nie była gotowa, to powinna zrezygnować w lipcu - powiedział Adam Kruk, prezes "
     "spółki Kolej Pomorska. A tak klientom przed wakacjami robi się kłopot. Wiele osób kupiło bilety i "
     "zostały z niczym - dodał prezes.\n\nNie wiadomo, czy klienci znajdą bilety gdzie indziej. W naszej "
     "spółce jest sprzedaż z wyprzedzeniem. Wiele biletów znika bardzo szybko - zwrócił uwagę prezes spółki.",
     [("direct", "Adam Kruk", None, "To całkowicie nieodpowiedzialne"),
      ("direct", "Adam Kruk", None, "A tak klientom"),
      ("direct", "Adam Kruk", None, "Nie wiadomo, czy klienci")]),
    # the writer's narrative (a past tense, a person named) stops the run
    ("Wojewoda Jan Pietrzak odwiedził powiat. Ewakuacja mieszkańców nie jest na razie potrzebna. Woda opada, "
     "a wały wytrzymały - relacjonował Pietrzak.",
     [("direct", "Jan Pietrzak", None, "Ewakuacja mieszkańców")]),
    # negative: one sentence with no first person stays reported speech
    ("Wojewoda Jan Pietrzak odwiedził powiat. Woda opada, a wały wytrzymały - relacjonował Pietrzak.",
     [("indirect", "Jan Pietrzak", None, "Woda opada")]),
    # negative: a past-tense sentence before is the writer's
    ("Spółka odwołała wczoraj kursy do Gdańska. Wiele biletów znika bardzo szybko - zwrócił uwagę prezes "
     "Adam Kruk.",
     [("indirect", "Adam Kruk", None, "Wiele biletów")]),
    # an editor's note in brackets, with its dash, is passed over
    ("Spółka odwołała kursy.\n\nNa wakacje oczywiście jest przygotowywany (w Kolei Pomorskiej - przyp. red.) "
     "program dodatkowych kursów. Zrobimy wszystko, żeby klienci nie zostali bez pociągów - zapewnił prezes "
     "Adam Kruk.",
     [("direct", "Adam Kruk", None, "Na wakacje oczywiście")]),
    # negative: a present-tense sentence with an actor as its subject and a speech verb is the writer's
    ("Szczyt w Brukseli.\n\nWęgry nie ukrywają, czego chcą. Budapeszt zgodzi się na pakiet pod warunkiem, że "
     "fundusze zostaną odblokowane - przekazała w czwartek agencja MTI.",
     [("indirect", "MTI", None, "Budapeszt zgodzi się")]),
]


@pytest.mark.parametrize("text,expected", RUNS)
def test_round9_unmarked_runs(text, expected):
    assert_quotes(text, expected)


UTTERED = [
    # a verb and a noun of an utterance before a colon announce the words after it, unmarked
    ("Pociągi\n\nPrezes spółki Kolej Pomorska Adam Kruk spotkał się z dziennikarzami.\n\nPrezes Kolei Pomorskiej "
     "w rozmowie z reporterką Radia Gdańsk złożył deklarację: Ten rozkład obowiązuje do 7 czerwca i liczymy, że "
     "te trasy dostaniemy. Jeżeli tak się stanie, uruchomimy pociągi w ciągu doby.",
     [("direct", "Adam Kruk", "Radio Gdańsk", "Ten rozkład obowiązuje")]),
    # negative: a decision is no utterance
    ("Szkoła\n\nZarząd podjął decyzję: Od jutra szkoła zostaje zamknięta dla wszystkich uczniów.", []),
    # negative: the writer's own announcement (first person)
    ("Szkoła\n\nZłożyłem deklarację: Od jutra szkoła zostaje zamknięta dla wszystkich uczniów.", []),
]


@pytest.mark.parametrize("text,expected", UTTERED)
def test_round9_uttered_colon(text, expected):
    assert_quotes(text, expected)


PROBE9 = [
    # P4: a paragraph of one unmarked sentence closed by a dash attribution is direct (GUIDELINES)
    ("Wiceminister rolnictwa Jan Rak zapowiedział, że po świętach spotka się z rolnikami.\n\nNie jest to "
     "potrzebne i niczego nie zmieni w rozpoczętych procesach - powiedział.",
     [("indirect", "Jan Rak", None, "po świętach"), ("direct", "Jan Rak", None, "Nie jest to potrzebne")]),
    # ... and so is one followed by the speaker's next dash quote in the same paragraph
    ("Blokady\n\nCelem protestu nie jest utrudnianie życia kierowcom - przekonywał Adam Kos. - Chodzi o "
     "to, by władze wreszcie nas wysłuchały.",
     [("direct", "Adam Kos", None, "Celem protestu"), ("direct", "Adam Kos", None, "Chodzi o to")]),
    # negative: a lead sentence the writer's narrative continues stays reported speech
    ("Blokady\n\nRolnicy nie zejdą z dróg do końca tygodnia - zapowiedział w czwartek Adam Kos. Protest trwa od "
     "poniedziałku.",
     [("indirect", "Adam Kos", None, "Rolnicy nie zejdą")]),
    # P4: "tak" between the dash and the verb
    ("Spór o wodę.\n\nTo jest spółka, a nie klub dyskusyjny dla radnych - tak odpowiada prezes spółki Jan Gil.",
     [("direct", "Jan Gil", None, "To jest spółka")]),
    # P12: an attribution dash glued to the quote's last word
    ("Minister Jan Nowak mówił o stosunkach z sąsiadami. Uważam go za rywala. I nie zmienię zdania- powiedział "
     "Nowak.",
     [("direct", "Jan Nowak", None, "Uważam go za rywala")]),
    # negative: a suspended hyphen is no dash
    ("Bank podał, że kredyty średnio- i długoterminowe podrożały.",
     [("indirect", None, None, "kredyty średnio")]),
    # S1: a dash after a rhetorical question, then the writer's lower-case comment: no quote
    ("Wybory\n\nKto wygra jesienne wybory? - to pytanie zadaje sobie dziś cała Polska. Sondaże nie dają "
     "odpowiedzi.\n\n- Wygramy, bo mamy najlepszy program - mówi poseł Jan Kowal.",
     [("direct", "Jan Kowal", None, "Wygramy")]),
]


@pytest.mark.parametrize("text,expected", PROBE9)
def test_round9_probe9_shapes(text, expected):
    assert_quotes(text, expected)


LABEL_PHRASES = [
    # P2: a subheading label with a topic before its colon
    ("Budżet miasta\n\nBurmistrz Adam Nowicki przedstawił projekt budżetu radnym.\n\nNowicki o budżecie: Nie "
     "będzie cięć w oświacie\n\nRadni zagłosują w grudniu.",
     [("direct", "Adam Nowicki", None, "Nie będzie cięć")]),
    # S2: a body label with the role in brackets; the next dash paragraph continues the same speaker
    ("Po meczu\n\nMarek Lis (trener Warty): - Wygraliśmy zasłużenie. Tomasz Gil i Jan Bąk zagrali bardzo "
     "dobrze.\n\n- Mamy młody zespół i czasem brakuje nam spokoju w końcówce.",
     [("direct", "Marek Lis", None, "Wygraliśmy zasłużenie"), ("direct", "Marek Lis", None, "Mamy młody")]),
    # a subheading label with a two-word clause
    ("Protest rowerzystów\n\nRowerzyści protestowali w sobotę.\n\nKowalczyk: Nie odpuścimy\n\n- Będziemy "
     "protestować do skutku - powiedział prezes stowarzyszenia Jan Kowalczyk.",
     [("direct", "Jan Kowalczyk", None, "Nie odpuścimy"), ("direct", "Jan Kowalczyk", None, "Będziemy")]),
    # a subheading label made of a role noun the mention layer did not take: its holder, when named
    ("Strefa parkowania\n\nRadni przyjęli uchwałę.\n\nZastępca prezydenta: Strefa ma zwolnić miejsca, a nie "
     "zarabiać\n\nZastępca prezydenta Olsztyna Paweł Gil tłumaczył radnym zmiany.",
     [("direct", "Paweł Gil", None, "Strefa ma zwolnić")]),
    ("Wyrok\n\nSąd skazał byłego burmistrza.\n\nObrońca: Nie ma żadnych dowodów winy\n\nSąd nie zgodził się z tym.",
     [("direct", None, None, "Nie ma żadnych dowodów")]),
    # negative: a section label that is no role
    ("Wyniki\n\nFirma straciła.\n\nHarmonogram: prace ruszą w maju\n\nKurs spadł.", []),
    # negative: a verb before the colon makes a sentence, not a label
    ("Po meczu\n\nMarek Lis o tym mówił: wygraliśmy.\n\nDrużyna wraca do treningów.", []),
    # a label with a topic in a headline, no marks: a quote (GUIDELINES, decided in the sixth session)
    ("Nowicki o budżecie: Nie będzie cięć w oświacie\n\nBurmistrz Adam Nowicki przedstawił projekt radnym.",
     [("direct", "Adam Nowicki", None, "Nie będzie cięć w oświacie")]),
]


@pytest.mark.parametrize("text,expected", LABEL_PHRASES)
def test_round9_label_phrases(text, expected):
    assert_quotes(text, expected)


EXTENTS = [
    # P10: a source's acronym in brackets belongs to the source phrase, not to the quote
    ("Protest górników.\n\nWedług informacji Polskiej Grupy Górniczej (PGG), pod ziemią zostało 40 górników.",
     [("indirect", "PGG", None, "pod ziemią zostało")]),
    # P10: an editor's note in brackets at a dash quote's end stays in it, verbatim (the development real pages'
    # gold, both times: GUIDELINES, text_end verbatim); one inside stays; a bracket the quote opens closes in it
    ("Minister Jan Nowak był pytany o przepisy.\n\n- Są reguły, których musimy przestrzegać (Komisji "
     "Europejskiej - red.) - odpowiedział.",
     [("direct", "Jan Nowak", None, "Są reguły, których musimy przestrzegać (Komisji Europejskiej - red.)")]),
    ("Minister Jan Nowak był pytany o przepisy.\n\n- Są reguły (Komisji Europejskiej - red.), których musimy "
     "przestrzegać - odpowiedział.",
     [("direct", "Jan Nowak", None, "Są reguły (Komisji Europejskiej - red.), których musimy przestrzegać")]),
    ("Minister Jan Nowak był pytany o przepisy.\n\n- Są reguły, których musimy przestrzegać (i to od lat) - "
     "odpowiedział.",
     [("direct", "Jan Nowak", None, "Są reguły, których musimy przestrzegać (i to od lat)")]),
    # P10: "par." (paragraph of a law) does not end the sentence, so the quote runs on
    ("Sąd wszczął sprawę.\n\nProkurator Jan Lis przekazał, że sędzia odpowie z art. 231 par. 1 kodeksu karnego za "
     "niedopełnienie obowiązków.",
     [("indirect", "Jan Lis", None, "sędzia odpowie z art. 231 par. 1 kodeksu karnego za niedopełnienie")]),
]


@pytest.mark.parametrize("text,expected", EXTENTS)
def test_round9_extents(text, expected):
    assert_quotes(text, expected)


SOURCES = [
    # "jak czytamy w <document>," names a source: the clause after it is reported
    ("Rada przyjęła uchwałę. Jak czytamy w uchwale, opłaty za parkowanie wzrosną od stycznia.",
     [("indirect", None, None, "opłaty za parkowanie wzrosną")]),
    # a speech verb's noun object naming an act is its content, a bare act too (GUIDELINES, decided 2026-11-27)
    ("Minister zapowiedział też spotkanie ze stroną społeczną.", [("indirect", None, None, "spotkanie ze stroną")]),
    ("Trener zapowiedział odejście. Klub zapowiada odwołanie, a zawodnicy domagają się zaległych pensji.",
     [("indirect", None, None, "odejście"), ("indirect", None, None, "odwołanie")]),
    # "bronić się, że …": a defence is speech
    ("Dyrektor Jan Wilk broni się, że to rodzice odpowiadają za konflikt w klasie.",
     [("indirect", "Jan Wilk", None, "to rodzice odpowiadają")]),
    # negatives: a goalkeeper's saves, a decision defended with no clause
    ("Bramkarz Jan Wilk bronił bardzo dobrze. Minister bronił swojej decyzji przed posłami.", []),
    # negative: "jak" as "when", no document read
    ("Czytamy o tym codziennie. Jak czytamy, to się uczymy.", []),
]


@pytest.mark.parametrize("text,expected", SOURCES)
def test_round9_sources(text, expected):
    assert_quotes(text, expected)


def test_jak_clause_before_a_that_clause_starts_after_it():
    # P6's extent: "jak mówił X" inside a clause whose verb then takes "że": the reported clause after "że"
    # (its speaker, Marek Lis, is the speakers' class P6 and not asserted here)
    got = quotes("Most zamknięto.\n\nZ ustaleń inspektorów NIK, jak wcześniej mówił wojewoda Marek Lis, wynikało, "
                 "że most na Warcie wymaga pilnego remontu.")
    assert [(q[0], q[3]) for q in got] == [("indirect", "most na Warcie wymaga pilnego remontu")], got


FLASHES = [
    # a sports flash: the speech verb and its phrase before the colon, the words unmarked after it
    ("Po meczu\n\nTrener Jan Bór mówił po meczu: Zagraliśmy słabo w pierwszej połowie, ale potem było lepiej.",
     [("direct", "Jan Bór", None, "Zagraliśmy słabo")]),
    # ... or in the next paragraph, when the colon closes its own
    ("Po meczu\n\nTrener Jan Bór mówił po meczu:\n\nZagraliśmy słabo w pierwszej połowie, ale potem było lepiej."
     "\n\nDrużyna wraca do treningów.",
     [("direct", "Jan Bór", None, "Zagraliśmy słabo")]),
    # negatives: a verbless list after the colon, in the same paragraph or below
    ("Po meczu\n\nTrener Jan Bór wymienił trzy powody porażki: Słaba obrona, brak skuteczności i zmęczenie "
     "zawodników po podróży.", []),
    ("Szkoła\n\nMinister wymienił:\n\nPodwyżki dla nauczycieli, nowe podręczniki, remonty szkół.", []),
]


@pytest.mark.parametrize("text,expected", FLASHES)
def test_round9_colon_flashes(text, expected):
    assert_quotes(text, expected)


@pytest.mark.parametrize("tail,text", [
    ("(Komisji Europejskiej - red.)", "Są reguły, których musimy przestrzegać (Komisji Europejskiej - red.)"),
    ("(i to od lat)", "Są reguły, których musimy przestrzegać (i to od lat)"),
    ("(…)", "Są reguły, których musimy przestrzegać"),  # an omission mark is no one's words
    ("(...)", "Są reguły, których musimy przestrzegać"),
])
def test_dash_quote_end_and_brackets(tail, text):
    got = quotes(f"Minister Jan Nowak był pytany o przepisy.\n\n- Są reguły, których musimy przestrzegać {tail} - "
                 "odpowiedział.")
    assert [q[3] for q in got] == [text], got


NEXT_LINE = [
    # an attribution line with "tak", its verb read by another reading ("tłumaczy": also tłumacze's form)
    ("Lekarze odchodzą.\n\n\"Od dawna pracujemy ponad siły. Bywają miesiące, w których jeden lekarz ma czternaście "
     "dyżurów\"\n- tak decyzję zespołu tłumaczy kierująca oddziałem dr Anna Wilk-Kos.\n\nKoniec.",
     [("direct", "Anna Wilk-Kos", None, "Od dawna pracujemy")]),
    # an impersonal attribution line is no quote of its own and names no speaker (never the nearest person)
    ("Klub zwolnił trenera.\n\n\"Dziękujemy trenerowi za rok pracy. Wyniki są dalekie od oczekiwań, dlatego "
     "zdecydowaliśmy się na zmianę\"\n- napisano w komunikacie.\n\nKoniec.",
     [("direct", None, None, "Dziękujemy trenerowi")]),
    ("Stowarzyszenie wezwało burmistrza Jana Mazura do przeprosin. \"Pozwy przeciwko małym redakcjom mają jeden "
     "cel: zastraszyć dziennikarzy\" - napisano w oświadczeniu.",
     [("direct", None, None, "Pozwy przeciwko")]),
]


@pytest.mark.parametrize("text,expected", NEXT_LINE)
def test_round9_attribution_lines(text, expected):
    assert_quotes(text, expected)


ASIDES = [
    # a "jak" aside between commas inside a sentence: the whole sentence is the reported content
    ("Zlecenia trafiały do firmy szwagra. Powiat stracił na tym, jak wyliczyli biegli, blisko 400 tys. zł.",
     [("indirect", None, None, "Powiat stracił na tym")]),
    ("Skup płaci dziś 50 groszy. W zeszłym roku, jak wylicza Związek Sadowników, było to ok. 1,20 zł.",
     [("indirect", "Związek Sadowników", None, "W zeszłym roku")]),
    # negatives: a bare subject before the aside is its speaker; a speech verb after the aside keeps its clause
    ("Minister, jak podaje PAP, nie przyjedzie na szczyt w Rydze.",
     [("indirect", "PAP", None, "nie przyjedzie na szczyt")]),
    ("Litwini, jak podaje agencja BNS, zapowiadają, że nie podpiszą umowy.",
     [("indirect", "BNS", None, "nie podpiszą umowy")]),
]


@pytest.mark.parametrize("text,expected", ASIDES)
def test_round9_jak_asides(text, expected):
    assert_quotes(text, expected)


def test_teaser_line_holds_no_quote():
    # a teaser of another article ("ZOBACZ TEŻ: …") with a quotation in it is layout, not article text
    got = quotes("Radni bez absolutorium\n\nRada powiatu nie udzieliła absolutorium staroście.\n\nZOBACZ TEŻ: Radni "
                 "powiatu bez absolutorium. \"To kara za długi szpitala\"\n\nStarosta Jan Lis powiedział, że odwoła się "
                 "od decyzji.")
    assert [(q[0], q[1], q[3]) for q in got] == [("indirect", "Jan Lis", "odwoła się od decyzji")], got
