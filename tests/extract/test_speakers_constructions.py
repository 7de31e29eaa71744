"""Speakers, the construction table (bench/constructions/speakers, eleventh session): tables of invented
text -> expected (kind, speaker, via, text start) per quote, one table per construction of Polish news
prose, with negatives. Sentences and names are invented."""
import pytest

from .test_speakers import assert_quotes

FINDING_FRONTED = [
    # "wynika, że" with its source phrase fronted before the verb ("Z raportu X wynika, że …"): the actor
    # the phrase names is the speaker, past adjectives, a genitive noun, a participle's agent or an outlet's
    # title in quotation marks (then the outlet speaks and is no via), in the present or the past
    ('Z danych Głównego Urzędu Statystycznego za luty wynika, iż inflacja spadła do 4 proc.',
     [("indirect", "Główny Urząd Statystyczny", None, "inflacja spadła")]),
    ('Z najnowszego sondażu CBOS wynikało, że większość Polaków popiera budowę elektrowni.',
     [("indirect", "CBOS", None, "większość Polaków")]),
    ('Z analizy przygotowanej przez Instytut Badań Strukturalnych wynika, że bezrobocie wzrośnie.',
     [("indirect", "Instytut Badań Strukturalnych", None, "bezrobocie wzrośnie")]),
    ('Z nieoficjalnych ustaleń „Dziennika Łódzkiego” wynika, że prezydent miasta poda się do dymisji.',
     [("indirect", "Dziennik Łódzki", None, "prezydent miasta")]),
    # negatives: a source phrase that names no one leaves the speaker empty; a pronoun's inference is no
    # quote; inside a person's reported clause the finding is that person's words
    ('Z raportu wynika, że co piąta szkoła nie ma sali gimnastycznej.',
     [("indirect", None, None, "co piąta szkoła")]),
    ('Minister Jan Kos przedstawił dane. Z tego wynika, że budżet się nie domknie.', []),
    ('Posłanka Anna Lis powiedziała, że z raportu NIK wynika, iż szpitale nie są gotowe.',
     [("indirect", "Anna Lis", None, "z raportu NIK")]),
]


@pytest.mark.parametrize("text,expected", FINDING_FRONTED)
def test_a_fronted_source_of_wynika_is_the_speaker(text, expected):
    assert_quotes(text, expected)


SUBJECT_FIRST_ATTRIBUTION = [
    # a closing quotation mark and a dash, then a clause that opens with its subject (a name, a role with
    # its name, a group) and goes on with any verb, not one of saying ("nie krył", "wzruszyła ramionami",
    # "tak odpowiada"): the quote is direct and the subject its speaker
    ('Drużyna wygrała w Lublinie.\n\n„Takiego wyniku nikt się nie spodziewał” – Marek Wilk nie ukrywał '
     'zadowolenia po meczu.',
     [("direct", "Marek Wilk", None, "Takiego wyniku")]),
    ('Radni odrzucili projekt.\n\n„Nie pozwolimy zamknąć tej szkoły w środku roku” – Ewa Sowa wzruszyła '
     'ramionami na sesji.',
     [("direct", "Ewa Sowa", None, "Nie pozwolimy")]),
    ('Drużyna przegrała w Lublinie.\n\n„Zagraliśmy najsłabszy mecz w tym sezonie” – trener Wisły Płock Jan '
     'Kos nie krył rozczarowania.',
     [("direct", "Jan Kos", None, "Zagraliśmy")]),
    ('Pacjenci skarżą się na kolejki.\n\n„Nowe przepisy skrócą czas oczekiwania na wizytę” – rzeczniczka '
     'szpitala w Radomiu Ewa Sowa tak odpowiada na pytania pacjentów.',
     [("direct", "Ewa Sowa", None, "Nowe przepisy")]),
    ('Radni odrzucili projekt.\n\n„Nie pozwolimy zamknąć tej szkoły w środku roku” – mieszkańcy Zawady nie '
     'kryją oburzenia.',
     [("direct", "mieszkańcy Zawady", None, "Nie pozwolimy")]),
    # negatives: a clause whose subject names no actor ("sprawa trafiła") leaves the words a fragment; inside
    # a dash paragraph a dash before a subject is the speaker's own words, not an attribution
    ('Pacjenci skarżą się na kolejki.\n\n„Nowe przepisy skrócą czas oczekiwania na wizytę u lekarza” – '
     'sprawa trafiła do sądu w Lublinie.',
     [("partial", None, None, "Nowe przepisy")]),
    ('Prezes Jan Kos odwiedził zakład.\n\n– Jest tylko jedno wyjście z tej sytuacji – Adam Lis musi odejść z '
     'zarządu.',
     [("direct", "Jan Kos", None, "Jest tylko jedno wyjście z tej sytuacji – Adam Lis")]),
]


@pytest.mark.parametrize("text,expected", SUBJECT_FIRST_ATTRIBUTION)
def test_a_dash_clause_opening_with_its_subject_attributes_the_quote(text, expected):
    assert_quotes(text, expected)


ACTION_PARTICIPANTS = [
    # a group named as the participants of an action ("uczestnicy blokady", "Jej uczestnicy" after the
    # picket) speaks for the one organisation the text says organised the action, or whose members it
    # says took part ("Kierowcy zrzeszeni w X protestowali"), before or after the verb
    ('Blokadę drogi zorganizował Związek Zawodowy Rolnictwa Samoobrona. – Będziemy tu stać do skutku – '
     'zapowiadali uczestnicy blokady.',
     [("direct", "Związek Zawodowy Rolnictwa Samoobrona", None, "Będziemy")]),
    ('Pikietę zorganizowało Stowarzyszenie Lokatorów Ursusa. Jej uczestnicy mówili, że czynsze są za wysokie.',
     [("indirect", "Stowarzyszenie Lokatorów Ursusa", None, "czynsze")]),
    ('Kierowcy zrzeszeni w Ogólnopolskim Związku Przewoźników protestowali w piątek pod Sejmem. Uczestnicy '
     'protestu mówili, że paliwo jest za drogie.',
     [("indirect", "Ogólnopolski Związek Przewoźników", None, "paliwo")]),
    ('Demonstrację zorganizował Komitet Obrony Demokracji. – Nie oddamy sądów – skandowali jej uczestnicy.',
     [("direct", "Komitet Obrony Demokracji", None, "Nie oddamy")]),
    # negatives: two organisers, none named, or no action (a conference): the group speaks as named
    ('Pikietę zorganizowały Związek Nauczycielstwa Polskiego i Solidarność Oświatowa. – Pensje są za niskie – '
     'mówili uczestnicy pikiety.',
     [("direct", "uczestnicy pikiety", None, "Pensje")]),
    ('Mieszkańcy protestowali przed ratuszem. – Nikt nas nie słucha – mówili uczestnicy protestu.',
     [("direct", "uczestnicy protestu", None, "Nikt nas")]),
    ('Konferencję zorganizował Związek Nauczycielstwa Polskiego. – Szkoły potrzebują pieniędzy – mówili '
     'uczestnicy konferencji.',
     [("direct", "uczestnicy konferencji", None, "Szkoły")]),
]


@pytest.mark.parametrize("text,expected", ACTION_PARTICIPANTS)
def test_participants_of_an_organised_action_speak_for_its_organiser(text, expected):
    assert_quotes(text, expected)


FINAL_JAK_ASIDE = [
    # a sentence closed by ", jak <speech verb> X.": the main clause before the comma is X's words, whatever
    # stands between the verb and its subject (a day, "w rozmowie z PAP" as via, an outlet as the speaker)
    ('Szkoła zostanie otwarta we wrześniu, jak zapowiedział burmistrz Jan Kos.',
     [("indirect", "Jan Kos", None, "Szkoła zostanie")]),
    ('Budowa obwodnicy ruszy w maju, jak poinformował w piątek „Dziennik Bałtycki”.',
     [("indirect", "Dziennik Bałtycki", None, "Budowa obwodnicy")]),
    ('Nowa linia tramwajowa powstanie do 2027 roku, jak zapewniła w rozmowie z PAP wiceprezydent Anna Lis.',
     [("indirect", "Anna Lis", "PAP", "Nowa linia")]),
    ('Podwyżki wyniosą 5 proc., jak zapowiedział minister Jan Kos.',
     [("indirect", "Jan Kos", None, "Podwyżki wyniosą")]),
    # negatives: a comparison ("a nie …, jak zakłada", "tak, jak"), a verb that takes "jak" as how, a
    # first-person clause
    ('Związek domaga się podwyżek o 15 proc. od stycznia, a nie o 5 proc., jak zakłada rząd.', []),
    ('Stało się tak, jak przewidywał minister Jan Kos.', []),
    ('Wszyscy dobrze wiedzą, jak mówi o tym minister Jan Kos.', []),
    ('Zrobimy to jeszcze w tym roku, jak obiecał minister Jan Kos.', []),
]


@pytest.mark.parametrize("text,expected", FINAL_JAK_ASIDE)
def test_a_final_jak_aside_reports_the_clause_before_it(text, expected):
    assert_quotes(text, expected)


NAMED_SOURCE_THEN_SUBJECT = [
    # "według"/"zdaniem" + a named source, then the reported clause whose subject is a lower-case noun that
    # may also read as a genitive ("stopa", "ceny", "zmiany"): a name takes no genitive noun after it, so
    # the quote starts at that subject, also after the source's "z Biura X"
    ('Według GUS stopa bezrobocia w lutym wyniosła 5,4 proc.',
     [("indirect", "GUS", None, "stopa bezrobocia")]),
    ('Według Eurostatu ceny żywności w strefie euro wzrosły o 3 proc.',
     [("indirect", "Eurostat", None, "ceny żywności")]),
    ('Według Najwyższej Izby Kontroli zmiany w prawie budowlanym nic nie dały.',
     [("indirect", "Najwyższa Izba Kontroli", None, "zmiany w prawie")]),
    ('Według szefa komisji Jana Lisa prace potrwają do maja.',
     [("indirect", "Jan Lis", None, "prace potrwają")]),
    # negative: a common noun's genitive dependents stay the source's ("według danych spółki w latach …")
    ('Według danych spółki w latach 2020-2023 zysk wzrósł dwukrotnie.',
     [("indirect", None, None, "w latach")]),
]


@pytest.mark.parametrize("text,expected", NAMED_SOURCE_THEN_SUBJECT)
def test_a_named_source_takes_no_genitive_after_it(text, expected):
    assert_quotes(text, expected)


ANNOUNCED_ACT_NOUN = [
    # a verb of announcing with a noun of an act derived from its verb as its object, and what the act acts
    # on after it (data/speech_act_nouns.txt: budowa, remont, modernizacja, likwidacja …): the act announced
    # is the quote, from the noun, past a day standing between
    ('Wójt Adam Kruk zapowiedział budowę nowej sali gimnastycznej.',
     [("indirect", "Adam Kruk", None, "budowę nowej sali")]),
    ('Prezydent Elbląga Jan Kos zapowiedział w czwartek remont mostu na Nogacie.',
     [("indirect", "Jan Kos", None, "remont mostu")]),
    ('Zarząd PKP zapowiada modernizację dworca w Olsztynie.',
     [("indirect", "PKP", None, "modernizację dworca")]),
    ('Ministra Anna Lis zapowiedziała likwidację dwóch delegatur urzędu.',
     [("indirect", "Anna Lis", None, "likwidację dwóch")]),
    # negatives: a bare act with nothing it acts on, a change, a price movement
    ('Wójt Adam Kruk zapowiedział budowę.', []),
    ('Resort zapowiada zmiany, ale dopiero od przyszłego roku.', []),
    ('Rząd zapowiedział obniżkę cen prądu.', []),
]


@pytest.mark.parametrize("text,expected", ANNOUNCED_ACT_NOUN)
def test_an_announced_act_noun_with_its_object_is_the_quote(text, expected):
    assert_quotes(text, expected)


JOINT_SPEAKERS = [
    # several named persons coordinated as the subject right before a plural speech verb make one quote
    # whose speaker lists them comma-separated in the text's order (GUIDELINES, decided 2026-11-27), with
    # their roles between, two or three of them, an adverb of doing it together before the verb
    ('Jan Kos i Anna Lis zapowiedzieli, że wystartują w wyborach.',
     [("indirect", "Jan Kos, Anna Lis", None, "wystartują")]),
    ('Marszałek Sejmu Tomasz Wolny i marszałek Senatu Halina Gruszka zapewnili w czwartek, że ustawa zostanie '
     'przyjęta jeszcze w marcu.',
     [("indirect", "Tomasz Wolny, Halina Gruszka", None, "ustawa zostanie")]),
    ('Premier Jan Kos, minister Anna Lis i wojewoda Adam Bór zapewnili wspólnie, że szpital nie zostanie '
     'zamknięty.',
     [("indirect", "Jan Kos, Anna Lis, Adam Bór", None, "szpital nie")]),
    ('Radna Ewa Sowa oraz radny Marek Wilk ocenili, że budżet jest nierealny.',
     [("indirect", "Ewa Sowa, Marek Wilk", None, "budżet jest")]),
    # negatives: one of the two speaks alone after a sentence naming both; a person in a relative clause is
    # no co-subject
    ('Jan Kos i Anna Lis spotkali się w Sejmie. Kos zapewnił, że szpital nie zostanie zamknięty.',
     [("indirect", "Jan Kos", None, "szpital nie")]),
    ('Jan Kos, który rozmawiał z Anną Lis, zapewnił, że szpital nie zostanie zamknięty.',
     [("indirect", "Jan Kos", None, "szpital nie")]),
]


@pytest.mark.parametrize("text,expected", JOINT_SPEAKERS)
def test_coordinated_named_subjects_speak_together(text, expected):
    assert_quotes(text, expected)


LEARNT = [
    # what a person, a group or a body learnt ("dowiedzieć się, że …") is no one's statement
    ('Rodzice uczniów dowiedzieli się w piątek, że szkoła zostanie zamknięta.', []),
    ('Minister Jan Kos dowiedział się w piątek, że jego wniosek odrzucono.', []),
    ('Mieszkańcy osiedla dowiadują się z gazet, że ich blok zostanie wyburzony.', []),
    ('Zarząd Spółki Meblomax dowiedział się, że bank wypowiedział kredyt.', []),
    # negatives: an outlet that learnt reports it, as "jak ustaliła" does
    ('Jak dowiedziała się „Gazeta Olsztyńska”, zarząd portu rozważa sprzedaż udziałów.',
     [("indirect", "Gazeta Olsztyńska", None, "zarząd portu")]),
    ('Radio Olsztyn dowiedziało się, że zarząd portu rozważa sprzedaż udziałów.',
     [("indirect", "Radio Olsztyn", None, "zarząd portu")]),
]


@pytest.mark.parametrize("text,expected", LEARNT)
def test_what_someone_learnt_is_no_quote_unless_an_outlet_reports_it(text, expected):
    assert_quotes(text, expected)


ATTRIBUTION_INSIDE_MARKS = [
    # a dash attribution inside the quotation marks: two sentences around it make two quotes of the speaker
    # it names (the first ends before the dash), one sentence interrupted by it makes one quote
    ('Rada miasta debatowała nad budżetem.\n\n„Budżet jest nierealny – ocenił radny Marek Wilk. – Nie '
     'zagłosujemy za nim”.',
     [("direct", "Marek Wilk", None, "Budżet jest nierealny"), ("direct", "Marek Wilk", None, "Nie zagłosujemy")]),
    ('Pacjenci się niepokoją.\n\n„Szpital nie zostanie zamknięty – zapewniła dyrektor Anna Lis. – Pracujemy nad '
     'nowym kontraktem”.',
     [("direct", "Anna Lis", None, "Szpital nie"), ("direct", "Anna Lis", None, "Pracujemy")]),
    ('Związkowcy protestują.\n\n"Nie damy się zastraszyć - powiedział przewodniczący Adam Bór. - Strajk potrwa do '
     'skutku".',
     [("direct", "Adam Bór", None, "Nie damy"), ("direct", "Adam Bór", None, "Strajk potrwa")]),
    ('Mecz może zostać przełożony.\n\n„Jeśli pogoda dopisze – mówi trener Jan Kos – zagramy w sobotę”.',
     [("direct", "Jan Kos", None, "Jeśli pogoda dopisze – mówi trener Jan Kos – zagramy")]),
    # negative: a first-person aside between dashes is the speaker's own; the attribution after the marks speaks
    ('Posłowie krytykują rząd.\n\n„Rząd – mówię to z przykrością – nie dotrzymał słowa” – powiedział poseł Jan Kos.',
     [("direct", "Jan Kos", None, "Rząd – mówię")]),
]


@pytest.mark.parametrize("text,expected", ATTRIBUTION_INSIDE_MARKS)
def test_an_attribution_inside_the_marks_names_the_speaker(text, expected):
    assert_quotes(text, expected)


INTERVIEW_LEAD = [
    # after an interview's lead "Z X rozmawia Y." the interviewer's questions (a dash paragraph that asks, a
    # paragraph under the interviewer's label, asking or not) are no quotes; the dash paragraphs that answer
    # are the interviewee's
    ('Z Adamem Lisem, dyrektorem zoo w Opolu, rozmawia Marta Kos.\n\n– Ile zwierząt przybyło w tym roku?\n\n'
     '– Urodziło się pięć żyraf i dwa słonie.\n\n– A co z nowym wybiegiem?\n\n– Budowa ruszy jesienią.',
     [("direct", "Adam Lis", None, "Urodziło się"), ("direct", "Adam Lis", None, "Budowa ruszy")]),
    ('Z Ewą Sową rozmawia Jan Kos.\n\nJan Kos: Jak się pani czuje po finale?\n\nEwa Sowa: Jestem zmęczona, ale '
     'bardzo szczęśliwa.',
     [("direct", "Ewa Sowa", None, "Jestem zmęczona")]),
    ('Z Ewą Sową rozmawiał Jan Kos.\n\nJan Kos: Mówiła pani wcześniej o kontuzji kolana.\n\nEwa Sowa: Kolano już '
     'nie boli i mogę trenować.',
     [("direct", "Ewa Sowa", None, "Kolano już")]),
    ('Z Katarzyną Wilk, burmistrz Ustki, rozmawiała Ewa Bór.\n\n– Czy plaża będzie otwarta w czerwcu?\n\n– Tak, '
     'ratownicy zaczną dyżury pierwszego czerwca.',
     [("direct", "Katarzyna Wilk", None, "Tak, ratownicy")]),
    # negative: with no interview lead, a question a named speaker asks in a dash paragraph is his quote
    ('Radni debatowali o budżecie.\n\n– Kto za to zapłaci? – pyta radny Jan Kos.\n\n– Miasto ma na to '
     'pieniądze – odpowiada burmistrz Adam Bór.',
     [("direct", "Jan Kos", None, "Kto za to"), ("direct", "Adam Bór", None, "Miasto ma")]),
]


@pytest.mark.parametrize("text,expected", INTERVIEW_LEAD)
def test_an_interview_lead_gives_the_answers_to_the_interviewee(text, expected):
    assert_quotes(text, expected)


ATTRIBUTION_WITH_PARTICIPLE = [
    # a dash attribution whose verb is no speech verb ('ucięła', 'uciął') followed by a participle's phrase
    # after a comma ('odnosząc się do …', 'pytana o …', 'zapytany o …'): the phrase belongs to the
    # attribution, the quote ends at the dash and its speaker is the subject
    ('Sprawa wróciła na sesję.\n\n– Nie będę tego komentować – ucięła radna Anna Lis, pytana o przyszłość klubu.',
     [("direct", "Anna Lis", None, "Nie będę tego komentować")]),
    ('Sprawa wróciła na sesję.\n\n– Nie mam nic do dodania – uciął trener Jan Kos, odnosząc się do doniesień '
     'o zwolnieniu.',
     [("direct", "Jan Kos", None, "Nie mam nic do dodania")]),
    ('Klub milczy.\n\n– Na razie nie ma o czym mówić – ucięła rzeczniczka klubu Ewa Sowa, zapytana o transfer.',
     [("direct", "Ewa Sowa", None, "Na razie nie ma")]),
    ('Sprawa wróciła na sesję.\n\n„Nie będę tego komentować” – ucięła radna Anna Lis, odnosząc się do pytań '
     'dziennikarzy.',
     [("direct", "Anna Lis", None, "Nie będę tego komentować")]),
    # negative: a participle phrase with a reported clause of its own ('dodając, że …') is a quote of its own
    ('Sprawa wróciła na sesję.\n\n– Szpital zostanie otwarty w maju – zapewnił dyrektor Jan Kos, dodając, że '
     'pieniądze już są.',
     [("direct", "Jan Kos", None, "Szpital zostanie"), ("indirect", "Jan Kos", None, "pieniądze już są")]),
]


@pytest.mark.parametrize("text,expected", ATTRIBUTION_WITH_PARTICIPLE)
def test_a_participle_phrase_after_the_attribution_belongs_to_it(text, expected):
    assert_quotes(text, expected)


WORDS_OWNER = [
    # a bare speech verb after a quotation whose sentence before names whose words they are ("Słowa X
    # wywołały …", "Wypowiedź X …"): X, in the genitive after the noun and its role's words, agreeing
    ('Słowa ministra zdrowia Jana Kosa wywołały oburzenie lekarzy. „Lekarze zarabiają wystarczająco” – mówił '
     'w radiu.',
     [("direct", "Jan Kos", None, "Lekarze zarabiają")]),
    ('Wypowiedź posłanki Anny Lis oburzyła rolników. „Rolnicy dostali już dość pieniędzy” – stwierdziła w Sejmie.',
     [("direct", "Anna Lis", None, "Rolnicy dostali")]),
    ('Słowa trenera Marka Wilka zaskoczyły kibiców. „Ten sezon jest dla nas stracony” – przyznał po meczu.',
     [("direct", "Marek Wilk", None, "Ten sezon")]),
    ('Słowa burmistrz Ewy Sowy odbiły się echem. „Nie podniesiemy podatków w przyszłym roku” – zapewniała na '
     'sesji.',
     [("direct", "Ewa Sowa", None, "Nie podniesiemy")]),
    # negative: the verb's gender does not fit the owner of the words: no one
    ('Słowa posłanki Anny Lis oburzyły rolników. „Rolnicy dostali już dość pieniędzy” – mówił w radiu.',
     [("direct", None, None, "Rolnicy dostali")]),
]


@pytest.mark.parametrize("text,expected", WORDS_OWNER)
def test_the_owner_of_the_words_named_before_speaks(text, expected):
    assert_quotes(text, expected)
