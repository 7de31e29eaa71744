"""Quotes, round 11: misses and spurious quotes on the development real pages, as invented sentences of
the same constructions (other words and names). Each row: text -> expected quotes (kind, speaker, via,
text start); END rows check where a quote ends."""
import pytest

from .test_quotes import assert_quotes, quotes

CLAUSES = [
    # a dash attribution whose verb reports a clause of its own: the clause is the quote, not the words
    # before the dash
    ("Rzeczniczka Ewa Lis dodała, że do strajku dołączą kolejni. Pytana, ilu ich będzie - odpowiedziała, "
     "że tego nie wie.",
     [("indirect", "Ewa Lis", None, "do strajku dołączą kolejni"), ("indirect", "Ewa Lis", None, "tego nie wie")]),
    # negative: a plain dash attribution still closes the words before it
    ("Rzeczniczka Ewa Lis była w szpitalu. Do strajku dołączą kolejni pracownicy - odpowiedziała.",
     [("indirect", "Ewa Lis", None, "Do strajku dołączą")]),
    # a noun of a view after a verb of having is a state of mind, not an utterance
    ("Inna z uczestniczek protestu – Ewa Lis – ma nadzieję, że miasto nie sprzeda działki.", []),
    ("Radny Jan Kot wyraził nadzieję, że miasto nie sprzeda działki.",
     [("indirect", "Jan Kot", None, "miasto nie sprzeda działki")]),
    # a source phrase with no comma, the reported sentence's subject and verb after it
    ("Według ministra finansów związkowcy oczekują, że wszyscy będą z nimi rozmawiać na kolanach.",
     [("indirect", None, None, "związkowcy oczekują, że wszyscy")]),
    # negative: the source phrase closed by a comma, and the owner of the source's noun
    ("Według danych GUS, inflacja spadła do 3 proc.", [("indirect", "GUS", None, "inflacja spadła")]),
    ("Według informacji agencji Reuters, następny pakiet sankcji obejmie banki.",
     [("indirect", "Reuters", None, "następny pakiet")]),
    # a banner list: the next quotation's verb is no attribution of the one before it
    ('Na marszu były transparenty z napisami: "Burmistrz drugi raz nie wygra", "Prezesie obiecałeś", '
     '"Stop wycince".', [("partial", None, None, "Burmistrz drugi raz")]),
]


@pytest.mark.parametrize("text,expected", CLAUSES)
def test_reported_clauses(text, expected):
    assert_quotes(text, expected)


ENDS = [
    # a reported clause ends before the subject's next speech verb after a comma
    ("Wcześniej prezydent Adam Lis powiedział, że miasto jest gotowe do rozmów z protestującymi, jednak "
     "zaznaczył, że warunki pozostają niezmienne.",
     ["miasto jest gotowe do rozmów z protestującymi", "warunki pozostają niezmienne"]),
    ("Burmistrz Anna Kot oświadczyła, że szkoła zostanie otwarta, ale dodała, że nie we wrześniu.",
     ["szkoła zostanie otwarta", "nie we wrześniu"]),
    # negative: a verb of the reported clause's own subject after a comma stays in it
    ("Burmistrz Anna Kot oświadczyła, że szkoła, która została zamknięta, będzie otwarta we wrześniu.",
     ["szkoła, która została zamknięta, będzie otwarta we wrześniu"]),
    # a sentence end the splitter keeps after a year's "r.": the clause ends with the year
    ("Rzecznik ratusza Adam Lis stwierdził, że umowa z wykonawcą wygasła w 2023 r. Miejskie przepisy "
     "nie pozwalają jednak jej przedłużyć.", ["umowa z wykonawcą wygasła w 2023 r."]),
    # negative: a name after "r." goes on with the sentence
    ("Minister Adam Lis powiedział, że w 2024 r. Polska wyda więcej na obronę.",
     ["w 2024 r. Polska wyda więcej na obronę"]),
]


@pytest.mark.parametrize("text,expected", ENDS)
def test_reported_clause_ends(text, expected):
    assert [q[3] for q in quotes(text)] == expected


LABELS = [
    # a subheading in capitals whose label gives the initial and the surname
    ("Posłowie Lewicy krytykują rząd\n\nPoseł Lewicy Krzysztof Sowa mówił długo o budżecie w Sejmie.\n\n"
     "K.SOWA: NIE POPRZEMY BUDŻETU I NIE WEJDZIEMY DO RZĄDU\n\nSowa dodał, że to ostateczna decyzja.",
     [("direct", "Krzysztof Sowa", None, "NIE POPRZEMY BUDŻETU"),
      ("indirect", "Krzysztof Sowa", None, "to ostateczna decyzja")]),
    # a subheading's second sentence opening with a group's label, the group speaking in the first person;
    # negative: a profession's label over a section in the third person stays no one's words
    ("Strajk w Toruniu trwa\n\nKierowcy autobusów nie wyjechali na trasy.\n\nStrajk MZK w Toruniu. Kierowcy: "
     "Nie mieliśmy innego wyjścia\n\nAnalitycy: rynek był przygotowany na strajk\n\nMiasto uruchomiło "
     "komunikację zastępczą.",
     [("direct", "kierowcy", None, "Nie mieliśmy innego wyjścia")]),
    # a headline's label that is a common noun for a person, speaking to someone: an unnamed speaker
    ("Rolnik: Mówi pan o pomocy, to niech ją pan pokaże. Minister: Spokojnie, młody człowieku\n\n"
     "Minister rolnictwa Adam Wrona spotkał się z rolnikami.",
     [("direct", None, None, "Mówi pan o pomocy"), ("direct", "Adam Wrona", None, "Spokojnie, młody")]),
    # negative: a section's label in no person
    ("Pogoda: jutro deszcz w całym kraju\n\nSynoptycy zapowiadają opady.", []),
    # an interview's label before an answer opening with an interjection; negative: names listed after a
    # speech verb's colon
    ("Rozmawialiśmy z napastnikiem Wisły.\n\nKarol Wilk: Haha, można tak powiedzieć, choć ten gol był chyba "
     "ładniejszy.\n\nMinister wymienił: Polskę, Niemcy i Francję jako kraje, które pomogą.",
     [("direct", "Karol Wilk", None, "Haha, można tak powiedzieć")]),
]


@pytest.mark.parametrize("text,expected", LABELS)
def test_labels(text, expected):
    assert_quotes(text, expected)


ANNOUNCED_ACTIONS = [
    # a speech verb's object naming a collective action (data/speech_object_nouns.txt), after a time phrase,
    # an adjective or a head noun
    ("Rolnicy zapowiadają po świętach kolejne protesty.", [("indirect", "rolnicy", None, "po świętach kolejne")]),
    ("Szef związku Adam Lis zapowiedział też podobne protesty w innych kopalniach spółki.",
     [("indirect", "Adam Lis", None, "podobne protesty w innych")]),
    ("Związek Zawodowy Maszynistów zapowiada kolejne dni strajku: 20 i 27 maja.",
     [("indirect", "Związek Zawodowy Maszynistów", None, "kolejne dni strajku: 20 i 27 maja")]),
    ("Kibice zapowiadają bojkot meczów do końca sezonu.", [("indirect", "kibice", None, "bojkot meczów")]),
    # a bare act too (GUIDELINES, decided 2026-11-27: "zapowiedział strajk"), up to the writer's ", a" clause
    ("Kibice zapowiadają bojkot meczów, a klub milczy.", [("indirect", "kibice", None, "bojkot meczów")]),
    # negatives: an object that is no action; a colon right after the verb is the colon finder's
    ("Prezes zapowiedział duże zmiany w składzie drużyny.", []),
]


@pytest.mark.parametrize("text,expected", ANNOUNCED_ACTIONS)
def test_announced_actions(text, expected):
    assert_quotes(text, expected)


def test_a_label_of_a_two_part_name():
    # a two-part name joined by "vel" before the colon (how the actor layer names the person is its own)
    got = quotes("Wiceminister Szymon Adamski vel Kot mówił o konsulu.\n\nAdamski vel Kot: Będzie nowy polski konsul "
                 "w Kanadzie\n\nKonsul zostanie wybrany wkrótce.")
    assert [(k, t) for k, _, _, t in got] == [("direct", "Będzie nowy polski konsul w Kanadzie")]
    assert "Adamski" in got[0][1]


ABOUT = [
    # "informować o …" reports what was made known, as "wspomnieć o …"; a ", a …" clause after the phrase is the
    # writer's
    ("Rzecznik rządu Adam Lis informuje o powołaniu przy ministerstwie zespołu ds. płac.",
     [("indirect", "Adam Lis", None, "o powołaniu przy ministerstwie")]),
    ("Huta Bobrek poinformowała we wtorek o zamiarze przeprowadzenia zwolnień grupowych, a związkowcy "
     "zapowiedzieli spór.", [("indirect", "Huta Bobrek", None, "o zamiarze przeprowadzenia"),
                              ("indirect", "związkowcy", None, "spór")]),  # (an announced dispute: round 15)
    # negatives: "o tym, że …" reports the clause; a verb in a clause of wish is an act asked for
    ("Minister Jan Kot poinformował o tym, że szpital zostanie zamknięty.",
     [("indirect", "Jan Kot", None, "szpital zostanie zamknięty")]),
    ("Zawodnicy chcą, by zarząd co tydzień informował ich o stanie rozmów ze sponsorami.", []),
]


@pytest.mark.parametrize("text,expected", ABOUT)
def test_about_phrases(text, expected):
    assert_quotes(text, expected)


def test_an_about_phrase_ends_before_the_writers_next_clause():
    got = quotes("Huta Bobrek poinformowała we wtorek o zamiarze przeprowadzenia zwolnień grupowych, a związkowcy "
                 "zapowiedzieli spór.")
    assert got[0][3] == "o zamiarze przeprowadzenia zwolnień grupowych"


def test_a_headline_quote_ends_before_the_credit_on_its_line():
    got = quotes("Nowak: Kowalski mówił otwarcie, że chce całego miasta Źródło: TVN24\n\nPrezydent Jan Nowak mówił o "
                 "wyborach.")
    assert [(k, s, t) for k, s, _, t in got] == [("direct", "Jan Nowak", "Kowalski mówił otwarcie, że chce całego miasta")]


QUESTIONS = [
    # a paragraph of one question closed by a dash attribution (the splitter ends the sentence at "?")
    ("Posłowie krytykowali komisję.\n\nJak przebiegają te rozmowy? - pytał poseł Jan Olbrycht z PO, zarzucając "
     "komisji, że traktuje je jako tajne.",
     [("direct", "Jan Olbrycht", None, "Jak przebiegają te rozmowy?"),
      ("indirect", "Jan Olbrycht", None, "traktuje je jako tajne")]),
    ("Mieszkańcy przyszli pod ratusz.\n\nDlaczego nikt nas nie słucha! - wołała radna Anna Kot.",
     [("direct", "Anna Kot", None, "Dlaczego nikt nas nie słucha!")]),
    # negatives: a journalist's question; a question inside a dash quote is the dash quote's
    ("Premier Jan Lis przyjechał do Gdańska.\n\nCzy rząd poda się do dymisji? - zapytał dziennikarz TVN24.", []),
    ("Lokatorzy boją się rachunków.\n\n– Mam 1900 zł emerytury. Jak mam zapłacić 600 zł za ciepło? – pytała "
     "mieszkanka Ewa Lis.", [("direct", "Ewa Lis", None, "Mam 1900 zł emerytury. Jak mam")]),
]


@pytest.mark.parametrize("text,expected", QUESTIONS)
def test_questions_before_a_dash_attribution(text, expected):
    assert_quotes(text, expected)


PARAGRAPHS = [
    # the speaker's first-person words closed by a dash attribution take the paragraph's opening sentence
    # when it neither names the speaker nor reports anyone
    ("Działkowcy protestują.\n\nObietnice złożył pan wiceprezydent Nowicki. Sądziliśmy, że to uczciwa rozmowa, "
     "a czujemy się oszukani - dodaje Iwona Lis.",
     [("direct", "Iwona Lis", None, "Obietnice złożył pan wiceprezydent Nowicki. Sądziliśmy")]),
    # negatives: a sentence about the speaker; a sentence reporting someone; words not in the first person
    ("Radio.\n\nMinister Jan Bąk był gościem radia. Nie widzę szans na porozumienie. Druga strona stawia "
     "warunki – powiedział Bąk.", [("direct", "Jan Bąk", None, "Nie widzę szans")]),
    ("Rozmowy w Stambule.\n\nRosja nie ukrywa, czego oczekuje. Nie zgodzimy się na inspekcje bez naszych "
     "ludzi - przekazał Adam Lis z rosyjskiej delegacji.",
     [("direct", "Adam Lis", None, "Nie zgodzimy się")]),
    ("Granica.\n\nStanowczo zareagowali ukraińscy urzędnicy. Kijów jest gotów rozmawiać pod warunkiem, że Polska "
     "odblokuje przejścia - przekazał wiceminister Adam Lis.",
     [("indirect", "Adam Lis", None, "Kijów jest gotów")]),
]


@pytest.mark.parametrize("text,expected", PARAGRAPHS)
def test_paragraphs_closed_by_a_dash_attribution(text, expected):
    assert_quotes(text, expected)


ANNOUNCED = [
    # a sentence that only announces the speaker closes a paragraph; the next, unmarked and in the first person,
    # is the speaker's
    ("Mieszkańcy protestowali\n\nZ pomysłem nie zgadzają się mieszkańcy. Mówi jeden z przedstawicieli Adam Kruk.\n\n"
     "Mam wrażenie, że działki sprzedaje się deweloperom. Zastanawiamy się, gdzie będzie szkoła.\n\nRadni głosowali.",
     [("direct", "Adam Kruk", None, "Mam wrażenie, że działki")]),
    # negatives: the next paragraph reports with a speech verb of its own; the announcing sentence has a clause
    ("Mieszkańcy protestowali\n\nZ pomysłem nie zgadzają się mieszkańcy. Mówi jeden z przedstawicieli Adam Kruk.\n\n"
     "Jeden z nas, Paweł K., powiedział nam, że działki sprzedaje się deweloperom.",
     [("indirect", "Paweł K.", None, "działki sprzedaje")]),
    # a page cut off right after an opening quotation mark: nothing follows it, no quote (and no crash)
    ("Z pomysłem nie zgadzają się mieszkańcy. Mówi jeden z przedstawicieli Adam Kruk.\n\n„", []),
    ("Mówi jeden z przedstawicieli Adam Kruk.\nMówi jeden z nich, Jan Wilk.\n„", []),
]


@pytest.mark.parametrize("text,expected", ANNOUNCED)
def test_announced_paragraphs(text, expected):
    assert_quotes(text, expected)


IMPERSONAL_AND_RELATIVE = [
    # "Jak poinformowano, …": an impersonal report, no one named; "Jak dodano, …" goes on with the source before
    ("Marsz przeszedł pod Sejm. Jak poinformowano, w kancelarii złożono pismo z apelem o wycofanie projektu.",
     [("indirect", None, None, "w kancelarii złożono pismo")]),
    ("Biuro prasowe Urzędu Wojewódzkiego przekazało nam w środę, że wojewoda zna sprawę. Jak dodano, decyzja "
     "zapadnie w przyszłym tygodniu.",
     [("indirect", "Urząd Wojewódzki", None, "wojewoda zna sprawę"),
      ("indirect", "Urząd Wojewódzki", None, "decyzja zapadnie")]),
    # ", o czym informował X": the clause before it (from its "że") is what X reported
    ("Możliwe, że dawny skarbnik zostanie wezwany ponownie, z uwagi na to, że chyba wyjechał już do Hiszpanii, "
     "o czym informował dziennik Fakt.", [("indirect", "Fakt", None, "chyba wyjechał już do Hiszpanii")]),
    # a chant of exclamations with a verb, all words capitalised, is words said, not a title
    ('Przed urzędem stanęli protestujący. "Nie dla spalarni w Lesie!", skandowali protestujący, a potem zaczęli '
     'wołać "Kowal, Kowal! Zapraszamy!"',
     [("direct", "protestujący", None, "Nie dla spalarni"), ("partial", "protestujący", None, "Kowal, Kowal!")]),
    ('Na scenie zagrał zespół "Wielka Wojna Światów".', []),  # negative: a name in capitals
]


@pytest.mark.parametrize("text,expected", IMPERSONAL_AND_RELATIVE)
def test_impersonal_relative_and_chants(text, expected):
    assert_quotes(text, expected)


SPOKEN = [
    # a speech verb's colon before lower-case words in the first or second person
    ("Cisza nie potrwała długo: przemówienia radnych zagłuszali mieszkańcy, którzy pod sceną powtarzali jedno: nie "
     "obiecujcie nam parków, nie chcemy bajek. Nie ma po co mówić o planach, bo je znamy.",
     [("direct", "mieszkańcy", None, "nie obiecujcie nam parków")]),
    # negative: a list in the third person after the colon
    ("Minister wymienił: dopłaty, kredyty i ulgi jako najważniejsze narzędzia, które rząd ma.", []),
    # an aside between dashes inside a predicate coordinated after "i" reports that predicate
    ("Wiadukt był na początku marca zamknięty dla ruchu i jest teraz - jak podała spółka kolejowa - naprawiany.",
     [("indirect", None, None, "jest teraz - jak podała")]),
    # negative: an aside after a bare subject reports the whole sentence
    ("Nowa hala - jak zapowiedziała burmistrz Anna Lis - powstanie do końca roku.",
     [("indirect", "Anna Lis", None, "Nowa hala - jak")]),
]


@pytest.mark.parametrize("text,expected", SPOKEN)
def test_spoken_colons_and_asides(text, expected):
    assert_quotes(text, expected)


ELSEWHERE = [
    # a first-person paragraph under a speaker's label subheading goes on with the label's speaker
    ("Wiceminister Adam Kowal mówił o konsulu.\n\nKowal: Do Toronto pojedzie nowy konsul\n\nTamtejszy resort nie "
     "pokazał nam żadnych papierów potwierdzających winę dyplomaty.\n\nSprawa trafi do sądu.",
     [("direct", "Adam Kowal", None, "Do Toronto pojedzie"), ("direct", "Adam Kowal", None, "Tamtejszy resort")]),
    # a paragraph opened by a quotation mark that never closes (a page cut off, a quote over paragraphs)
    ('Protest w Tychach\n\nMieszkańcy nie godzą się na budowę spalarni.\n\n"Sądzimy, że instalacja tego rodzaju powinna '
     'być własnością miasta i pozostać pod jego kontrolą. Prosimy pana burmistrza o pilną rozmowę',
     [("direct", None, None, "Sądzimy, że instalacja")]),
    # a line announcing a body's statement above it
    ("Protest w banku Horyzont\n\nPracownicy banku Horyzont protestowali w piątek przed centralą.\n\nPoniżej "
     "oświadczenie Banku Horyzont:\n\nBank Horyzont przestrzega praw pracowniczych oraz respektuje uprawnienia "
     "związków. Bank oferuje pracownikom konkurencyjne płace.",
     [("direct", "Bank Horyzont", None, "Bank Horyzont przestrzega")]),
    # negatives: a third-person paragraph under the label; a balanced quotation is the mark finder's
    ("Wiceminister Adam Kowal mówił o konsulu.\n\nKowal: Będzie nowy polski konsul w Kanadzie\n\nKonsul zostanie "
     "wybrany przez ministerstwo w przyszłym miesiącu.",
     [("direct", "Adam Kowal", None, "Będzie nowy polski konsul")]),
]


@pytest.mark.parametrize("text,expected", ELSEWHERE)
def test_paragraphs_attributed_elsewhere(text, expected):
    assert_quotes(text, expected)


def test_a_headline_that_reports_holds_no_quote():
    # GUIDELINES: a headline that reports without a speaker's label is no quote; the body's report is
    got = quotes("Kreml zapowiada, że Rosja osiągnie cele\n\nRzecznik Kremla Dmitrij Pieskow powiedział, że cele "
                 "zostaną osiągnięte.")
    assert [(k, s, t) for k, s, _, t in got] == [("indirect", "Dmitrij Pieskow", "cele zostaną osiągnięte")]
    # negative: a first paragraph closed by a full stop is body text, its report a quote
    got = quotes("Rzecznik Kremla Dmitrij Pieskow powiedział, że cele zostaną osiągnięte.\n\nRosja prowadzi wojnę.")
    assert [(k, t) for k, _, _, t in got] == [("indirect", "cele zostaną osiągnięte")]


def test_an_about_phrase_needs_two_words_and_yields_to_a_clause():
    # "o" phrases start at the preposition; a clause after "że" is the content; a one-word topic is none
    got = quotes("Kapitan Jan Kruk wspomniał o kolegach, którzy dojeżdżają na treningi godzinę. Prezes Adam Lis "
                 "wspomniał o ministrze, że nie odpowiada na listy. Prezes Adam Lis wspominał o właścicielu.")
    assert [t for _, _, _, t in got] == ["o kolegach, którzy dojeżdżają na treningi godzinę", "nie odpowiada na listy"]


OBJECTS = [
    # a subject with a relative clause before the verb: no trailing attribution ("…, zapowiedział minister X" needs
    # a subject after the verb); the announced inspection is the quote (round 11: dev gold, the negative of
    # test_quotes before, moved here)
    ("Inspekcja Handlowa, która w maju dostała skargę od klientów, zapowiedziała kontrolę w sklepie Lis.",
     [("indirect", "Inspekcja Handlowa", None, "kontrolę w sklepie Lis")]),
    ("Urząd Morski przypomniał, że blokada była nielegalna, i zapowiedział wnioski o ukaranie uczestników.",
     [("indirect", "Urząd Morski", None, "blokada była nielegalna"),
      ("indirect", "Urząd Morski", None, "wnioski o ukaranie")]),
    # a verb of reproach: the accusative object after the ones reproached in the dative
    ("Komitet Obywatelski zarzuca burmistrzowi przede wszystkim budowę hali sportowej, której koszt wzrósł "
     "dwukrotnie.", [("indirect", "Komitet Obywatelski", None, "budowę hali sportowej")]),
    # negatives: a clause after "że" is the content; no one reproached before the object
    ("Radny Jan Lis zarzucił burmistrzowi, że ukrywa koszty.", [("indirect", "Jan Lis", None, "ukrywa koszty")]),
    ("Radny Jan Lis zarzucił kłamstwo całej komisji.", []),
]


@pytest.mark.parametrize("text,expected", OBJECTS)
def test_objects_of_announcing_and_reproach(text, expected):
    assert_quotes(text, expected)


PROPOSALS_AND_NOTES = [
    # a proposal's clause after "aby"; negative: an appeal with "by" is a demand, no quote
    ("Prezydent Adam Lis mówił o rozmowach. Zaproponował, aby zamiast oświadczeń strony zgodziły się na spotkania "
     "techniczne. Rzecznik Jan Kot zaapelował do posłów, by nie odkładali prac.",
     [("indirect", "Adam Lis", None, "zamiast oświadczeń strony")]),
    # an editor's note with a dash inside a quoted fragment does not end the reported clause: the fragment is
    # the clause's, listed alone
    ('Burmistrz Gdyni Jan Wrona był w Warszawie. Rano Wrona ocenił, że w środę w Sopocie '
     '"odbyła się długa narada, podczas której pomorscy samorządowcy, z (marszałkiem województwa pomorskiego '
     '- red.) Adamem Struszem na czele, uzgodnili z ministrem dalsze cięcia w kolei".',
     [("partial", "Jan Wrona", None, "odbyła się długa narada")]),
]


@pytest.mark.parametrize("text,expected", PROPOSALS_AND_NOTES)
def test_proposals_and_notes(text, expected):
    assert_quotes(text, expected)
