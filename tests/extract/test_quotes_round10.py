"""Quotes, round 9 second phase: misses on the development real pages, as invented sentences of the same
constructions (other words and names). Each row: text -> expected quotes (kind, speaker, via, text start)."""
import pytest

from .test_quotes import assert_quotes, quotes

DASH_RUNS = [
    # an unmarked sentence closed by a dash attribution may hold a dash of its own after a clause
    ("Minister Adam Wrona mówił długo o szpitalach. Jeśli to jest jedyna droga, w której możemy uratować oddział "
     "– oczywiście, że to zrobimy - zapowiedział.",
     [("direct", "Adam Wrona", None, "Jeśli to jest jedyna droga")]),
    # negative: after a bare subject the two dashes close an aside, and the clause after 'że' is reported
    ("Protest zorganizował Związek Sadowników. Jego prezes, Adam Lipski - który wcześniej spotkał się z "
     "dziennikarzami w Grójcu - zapowiedział, że po południu ciągniki wjadą do Radomia.",
     [("indirect", "Adam Lipski", None, "po południu ciągniki")]),
    # a clause reported inside the speaker's own unmarked words is no quote of its own
    ("Wojewoda Adam Lis przyjechał na miejsce.\n\nNie lubię tego człowieka. I, szczerze mówiąc, myślę, że on "
     "również mnie nie lubi- powiedział wojewoda.",
     [("direct", "Adam Lis", None, "Nie lubię tego człowieka. I, szczerze")]),
    ("Rzeczniczka sądu Ewa Malec odniosła się do wyroku.\n\nMusimy poczekać na uzasadnienie. Nasza ocena, "
     "przedstawiana wielokrotnie przez prezesa Jana Kota, wskazuje, że wyrok jest błędny - zapewniła rzeczniczka.",
     [("direct", "Ewa Malec", None, "Musimy poczekać na uzasadnienie")]),
    # a one-sentence paragraph ending in a relative clause before the dash attribution
    ("Wiceminister Jan Bąk zapowiedział, że przyjedzie do Lublina.\n\nNie jest ani potrzebny, ani nie zmieni "
     "decyzji, które są podjęte - powiedział.",
     [("indirect", "Jan Bąk", None, "przyjedzie do Lublina"),
      ("direct", "Jan Bąk", None, "Nie jest ani potrzebny")]),
    # negative: "X, który …, zapowiedział …" without a dash: the comma closes the subject's relative clause (the
    # words before it are no quote; the announced act after the verb is, GUIDELINES 2026-11-27)
    ("Radny Jan Kruk, który od lat walczy o park, zapowiedział złożenie skargi.",
     [("indirect", "Jan Kruk", None, "złożenie skargi")]),
]


@pytest.mark.parametrize("text,expected", DASH_RUNS)
def test_dash_attribution_runs(text, expected):
    assert_quotes(text, expected)


def test_a_reported_clause_stops_before_a_dash_quote_in_its_sentence():
    # the splitter keeps "r. - Turcja" in one sentence: the reported clause ends before the dash quote
    got = quotes("Prezydent Adam Lis zapewnił, że kolejna runda rozmów odbędzie się w Gdańsku, tak jak w 2022 r. "
                 "- Jesteśmy gotowi gościć obie strony w każdej chwili - oświadczył Lis.")
    assert [(k, s) for k, s, _, _ in got] == [("indirect", "Adam Lis"), ("direct", "Adam Lis")], got
    assert got[0][3].startswith("kolejna runda") and got[0][3].endswith("w 2022 r."), got
    assert got[1][3].startswith("Jesteśmy gotowi") and got[1][3].endswith("w każdej chwili"), got


CONDITIONS = [
    # the "że" after "pod warunkiem" is the condition's, not the speech verb's: the "Jak mówił" clause is the quote
    ("W czwartek upłynął termin. Jak mówił Adam Kruk, zarząd wciąż czeka na spotkanie z marszałkiem, chociaż rolnicy "
     "zgłaszają także chęć spotkań z innymi radnymi, pod warunkiem, że będą to ludzie z upoważnieniem "
     "marszałka.",
     [("indirect", "Adam Kruk", None, "zarząd wciąż czeka")]),
    ("Związkowcy deklarują gotowość do rozmów, pod warunkiem, że wojewoda przyjedzie.", []),
    # negative: a speech verb's own "że" after a phrase between commas
    ("Minister Jan Bąk powiedział w piątek, w rozmowie z radiem, że rozmowy się odbędą.",
     [("indirect", "Jan Bąk", None, "rozmowy się odbędą")]),
]


@pytest.mark.parametrize("text,expected", CONDITIONS)
def test_a_condition_clause_is_no_reported_clause(text, expected):
    assert_quotes(text, expected)


HEADLINE_ROLES = [
    # a headline label made of a role noun and its body's name: the holder the text names speaks
    ("Kapitan Wisły: Coraz mocniej patrzymy w dół\n\n– Co mogę powiedzieć? Znowu przegraliśmy – mówił Adam Bryła, "
     "kapitan Wisły.",
     [("direct", "Adam Bryła", None, "Coraz mocniej patrzymy"), ("direct", "Adam Bryła", None, "Co mogę")]),
    # ... null when the text names no holder of that role (the body in a short form the text does not link)
    ("Kapitan Wisły: Coraz mocniej patrzymy w dół\n\n– Co mogę powiedzieć? Znowu przegraliśmy – mówił Adam Bryła.",
     [("direct", None, None, "Coraz mocniej patrzymy"), ("direct", "Adam Bryła", None, "Co mogę")]),
    # two labels in one headline: a role noun alone is a label too, and so is a common noun for a person
    # speaking to someone (round 11: GUIDELINES' speaker label before a colon; the real page's gold has it, null)
    ("Rolnik: Mówi pan o planach, to niech je pan pokaże. Minister: Spokojnie, młody człowieku\n\nMinister "
     "rolnictwa Jan Kos zorganizował spotkanie z rolnikami.",
     [("direct", None, None, "Mówi pan o planach"), ("direct", "Jan Kos", None, "Spokojnie, młody człowieku")]),
    # negative: a role label before two words without a verb is a topic, no quote
    ("Minister: nowe przepisy\n\nMinister rolnictwa Jan Kos zorganizował spotkanie z rolnikami.", []),
]


@pytest.mark.parametrize("text,expected", HEADLINE_ROLES)
def test_headline_role_labels(text, expected):
    assert_quotes(text, expected)


REPORTED_ENDS = [
    # a reported clause ends before an adverbial participle of speech that brings its own quote
    ('Premier Jan Lis obiecywał rolnikom, że ustawa zostanie poprawiona, mówiąc: "Nikt tu niczego nie '
     'odkłada".', ["ustawa zostanie poprawiona", "Nikt tu niczego nie odkłada"]),
    ("Minister Jan Bąk powiedział, że szpital zostanie otwarty, dodając, że pieniądze są w budżecie.",
     ["szpital zostanie otwarty", "pieniądze są w budżecie"]),
    # ... and before the writer's comment on it with a subject of its own ("co samorząd uznał za …")
    ("Wojewoda Anna Bąk oznajmiła, że dotacje będą dopiero od 2029 r., co samorząd uznał za kpinę.",
     ["dotacje będą dopiero od 2029 r."]),
    # negatives: "co oznacza" (no subject of its own) and "śledzić, co partie obiecają" stay in the clause
    ("Minister Jan Bąk powiedział, że szpital zostanie zamknięty, co oznacza, że pacjenci pojadą do Lublina.",
     ["szpital zostanie zamknięty, co oznacza, że pacjenci pojadą do Lublina"]),
    ("Prezes Jan Bąk zapowiedział, że związek będzie śledzić, co partie obiecają rolnikom.",
     ["związek będzie śledzić, co partie obiecają rolnikom"]),
]


@pytest.mark.parametrize("text,expected", REPORTED_ENDS)
def test_reported_clause_ends(text, expected):
    assert [q[3] for q in quotes(text)] == expected


SOURCES = [
    # "z <source> wynika, że …": the source's finding is reported; a "Choć …, to …" main clause is not in it
    ("Choć do wyborów zostało trochę czasu, a z sondaży wynika, że prowadzi partia Zielonych przed Ludowcami, to "
     "politycy myślą już o koalicji.", [("indirect", None, None, "prowadzi partia Zielonych przed Ludowcami")]),
    ("Wynika z raportu NIK, że szpitale w regionie są zadłużone.", [("indirect", "NIK", None, "szpitale w regionie")]),
    # negatives: the writer's inference, and a finding inside someone's reported clause (his words)
    ("Z tego wynika, że szkoła będzie zamknięta.", []),
    ("Prokurator Jan Lis mówił, że z opinii biegłego wynika, iż kierowca jechał za szybko.",
     [("indirect", "Jan Lis", None, "z opinii biegłego wynika")]),
]


@pytest.mark.parametrize("text,expected", SOURCES)
def test_a_source_finding(text, expected):
    assert_quotes(text, expected)


VIEWS = [
    # a verb and a noun of a stated view before ", że": reported speech
    ("Przewodniczący protestujących wyraził zrozumienie, że przygotowanie rozwiązań wymaga czasu.",
     [("indirect", None, None, "przygotowanie rozwiązań wymaga czasu")]),
    ("Rosja od dawna forsuje narrację, że prezydent Ukrainy rządzi nielegalnie.",
     [("indirect", "Rosja", None, "prezydent Ukrainy rządzi nielegalnie")]),
    # negatives: a mental verb alone, and another noun before ", że"
    ("Minister zrozumiał, że przegrał.", []),
    ("Minister ma dowód, że firma kłamała.", []),
]


@pytest.mark.parametrize("text,expected", VIEWS)
def test_a_stated_view(text, expected):
    assert_quotes(text, expected)
