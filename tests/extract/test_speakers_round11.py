"""Speakers, round 11 (extract/speakers.py, speaker_*.py, mentions.py, mention_roles.py): tables of
invented text -> expected (kind, speaker, via, text start) per quote, with negatives where the speaker
must stay empty or the body really is the speaker. The constructions come from wrong speakers on the
development real pages; the sentences and names are invented."""
import pytest

from .test_speakers import assert_quotes

NAME_FORMS = [
    # a one-word surname at a clause start that the actor extractor did not record there is still its person
    ('Zarząd spółki Rolmex przyjął rezygnację złożoną przez Zagórowskiego. Związki groziły strajkiem.\n\n'
     'Zagórowski oświadczył w piątek, że odejdzie, jeśli załoga wróci do pracy.',
     [("indirect", "Zagórowski", None, "odejdzie")]),
    ('Związki domagały się dymisji prezesa. Jak podała rzeczniczka spółki, rezygnację złożył Kowalewski.\n\n'
     'Kowalewski oświadczył w piątek, że odejdzie, jeśli załoga wróci do pracy.',
     [("indirect", None, None, "rezygnację złożył"), ("indirect", "Kowalewski", None, "odejdzie")]),
    # a woman's double-barrelled surname agrees with a feminine verb ("dodała")
    ('Jak podała Nowicka-Bajer, przyczyną rezygnacji prezesa jest „fala nienawiści wobec całego zarządu”. '
     '"Ta kampania trwała od wielu miesięcy i nasilała się w czasie strajku" - dodała w komunikacie spółki '
     'Rolmex.',
     [("partial", "Nowicka-Bajer", None, "fala nienawiści"), ("direct", "Nowicka-Bajer", None, "Ta kampania")]),
    # negative: a man's double-barrelled surname does not take the feminine verb
    ('Jak podał Nowak-Lisiecki, przyczyną rezygnacji prezesa jest „fala nienawiści wobec całego zarządu”. '
     '"Ta kampania trwała od wielu miesięcy i nasilała się w czasie strajku" - dodała w komunikacie.',
     [("partial", "Nowak-Lisiecki", None, "fala nienawiści"), ("direct", None, None, "Ta kampania")]),
]


@pytest.mark.parametrize("text,expected", NAME_FORMS)
def test_name_forms_of_one_word_and_double_barrelled_surnames(text, expected):
    assert_quotes(text, expected)


PERSON_FOR_BODY = [
    # a named spokesperson set off by dashes or brackets speaks as the person, and the bare role noun later
    # refers back to him (GUIDELINES: a named spokesperson speaks as the person)
    ('Prokurator Jan Wilk – rzecznik Prokuratury Regionalnej w Lublinie – wskazał, że chodzi o „udział w '
     'zorganizowanej grupie przestępczej”. Nie chciał jednak podać szczegółów, ponieważ zarzuty „nie zostały '
     'jeszcze ogłoszone podejrzanym”.\n\nWedług portalu Onet były prezes spółki przebywa za granicą.\n\n'
     'Rzecznik wskazał, że prokuratura zamierza „ogłosić zarzuty zagrożone karą do ośmiu lat więzienia”.',
     [("partial", "Jan Wilk", None, "udział"), ("partial", "Jan Wilk", None, "nie zostały"),
      ("indirect", "Onet", None, "były prezes"), ("partial", "Jan Wilk", None, "ogłosić zarzuty")]),
    ('Marek Sosna (rzecznik Urzędu Miasta Lublin) przekazał, że remont mostu potrwa do jesieni. Rzecznik dodał, '
     'że objazdy będą oznakowane.',
     [("indirect", "Marek Sosna", None, "remont mostu"), ("indirect", "Marek Sosna", None, "objazdy")]),
    # negative: an unnamed spokesperson of a named body speaks for the body
    ('Rzecznik Prokuratury Regionalnej w Lublinie wskazał, że śledztwo „jest na bardzo wczesnym etapie”.',
     [("partial", "Prokuratura Regionalna w Lublinie", None, "jest na bardzo")]),
    # negative: a spokesperson of a body the text never names: no one
    ('Wiceprezes spółki Jan Lis-Nowak stwierdził, że zarząd „nie ma sobie nic do zarzucenia”. Rzecznik spółki '
     'przekazał, że sprawą zajmie się rada nadzorcza.',
     [("partial", "Jan Lis-Nowak", None, "nie ma sobie"), ("indirect", None, None, "sprawą zajmie")]),
]


@pytest.mark.parametrize("text,expected", PERSON_FOR_BODY)
def test_named_spokesperson_in_apposition_speaks_as_the_person(text, expected):
    assert_quotes(text, expected)


HEAD_REFERS_BACK = [
    # a body's head noun refers back to the person who spoke, across one sentence that names no one else
    ('Protest nauczycieli zacznie się we wrześniu. Jan Mrozek przekazał, że związek omówił kilka form protestu '
     'z nauczycielami z regionów. Decyzja w tej sprawie zapadnie pod koniec miesiąca. Jak podkreślał prezes '
     'Związku Pedagogów, przygotowania idą „z ogromnym zaangażowaniem wszystkich członków”.',
     [("indirect", "Jan Mrozek", None, "związek omówił"), ("partial", "Jan Mrozek", None, "z ogromnym")]),
    ('W sobotę w Lublinie odbywa się kongres Unii Wsi. - To my zdecydowaliśmy o kształcie koalicji - '
     'podkreślił Adam Wierzba.\n\nLider partii odniósł się również do spadku poparcia dla Unii Wsi.\n\n'
     '- Mówiono nam, że nas już nie będzie. I tak będzie tym razem - zapewnił szef Unii Wsi.',
     [("direct", "Adam Wierzba", None, "To my"), ("direct", "Adam Wierzba", None, "Mówiono nam")]),
    # negative: the sentence between names another person: the head speaks for the body
    ('Protest nauczycieli zacznie się we wrześniu. Jan Mrozek przekazał, że związek omówił kilka form protestu '
     'z nauczycielami z regionów. Minister Anna Bąk zapowiedziała spotkanie w tej sprawie. Jak podkreślał '
     'prezes Związku Pedagogów, przygotowania idą „z ogromnym zaangażowaniem wszystkich członków”.',
     [("indirect", "Jan Mrozek", None, "związek omówił"), ("indirect", "Anna Bąk", None, "spotkanie"),
      ("partial", "Związek Pedagogów", None, "z ogromnym")]),
    # negative: no one spoke before: the unnamed head speaks for the body
    ('Protest nauczycieli zacznie się we wrześniu. Jak podkreślał prezes Związku Pedagogów, przygotowania idą '
     '„z ogromnym zaangażowaniem wszystkich członków”.',
     [("partial", "Związek Pedagogów", None, "z ogromnym")]),
]


@pytest.mark.parametrize("text,expected", HEAD_REFERS_BACK)
def test_head_noun_refers_back_to_the_person_who_spoke(text, expected):
    assert_quotes(text, expected)


ROLE_AFTER_VERB = [
    # a role noun closing the attribution ("– zaznaczył minister.") names a person: never the body that
    # spoke before it; the person who holds it when the text names one
    ('Minister Adam Wrona odniósł się do sprawy w radiu. Posiedzenie sądu trwało trzy godziny, co zdaniem PK '
     'oznacza, że zatrzymany był przetrzymywany nielegalnie. "Śledztwo zleciłem dwa tygodnie temu i zostanie '
     'doprowadzone do końca" - zaznaczył minister.',
     [("indirect", "PK", None, "Posiedzenie"), ("direct", "Adam Wrona", None, "Śledztwo")]),
    # negative: no minister named: no one (not the body of the sentence before)
    ('Posiedzenie sądu trwało trzy godziny, co zdaniem PK oznacza, że zatrzymany był przetrzymywany '
     'nielegalnie. "Śledztwo zleciłem dwa tygodnie temu i zostanie doprowadzone do końca" - zaznaczył minister.',
     [("indirect", "PK", None, "Posiedzenie"), ("direct", None, None, "Śledztwo")]),
]


@pytest.mark.parametrize("text,expected", ROLE_AFTER_VERB)
def test_role_noun_after_the_verb_is_a_person(text, expected):
    assert_quotes(text, expected)


JOURNALISTS = [
    # journalists as the subject report their outlet's findings: the one outlet named just before
    ('Były prezes spółki może trafić na listę poszukiwanych. Jego sprawę opisał portal Wiadomości24. Jak podawali '
     'dziennikarze, obaj podejrzani mieli zostać zatrzymani kilka tygodni temu, ale przebywali za granicą.',
     [("indirect", "Wiadomości24", None, "obaj podejrzani")]),
    ('Sprawę opisał portal Wiadomości24. Dziennikarze ustalili, że obaj podejrzani przebywają za granicą.',
     [("indirect", "Wiadomości24", None, "obaj podejrzani")]),
    # negatives: two outlets, or none, named: no one
    ('Sprawę opisały portal Wiadomości24 i „Gazeta Lubelska”. Jak podawali dziennikarze, obaj podejrzani '
     'przebywają za granicą.',
     [("indirect", None, None, "obaj podejrzani")]),
    ('Na konferencji pojawiło się wielu reporterów. Jak podawali dziennikarze, obaj podejrzani przebywają za '
     'granicą.',
     [("indirect", None, None, "obaj podejrzani")]),
]


@pytest.mark.parametrize("text,expected", JOURNALISTS)
def test_journalists_report_for_their_outlet(text, expected):
    assert_quotes(text, expected)


SUBJECT_SEARCH = [
    # an acronym after a chain of genitives is a complement, not the subject before the verb
    ('W listopadzie premier Adam Wolny podczas Zjazdu Delegatów ZNP zapewniał nauczycieli, że ustawa zostanie '
     'przyspieszona.',
     [("indirect", "Adam Wolny", None, "ustawa")]),
    ('Sekretarz stanu USA Marek Rubin przyleciał do Rijadu. Sekretarz stanu USA zaznaczył w rozmowie z '
     'dziennikarzami, że pokój to „kwestia trudnych decyzji po obu stronach”.',
     [("partial", "Marek Rubin", None, "kwestia trudnych")]),
    # a bracketed aside between the name and the verb is no subject
    ('Z kolei eurodeputowana Anna Lis z grupy zielonych (Zieloni) podkreślała, że należy zwiększyć nacisk na '
     'komisję.',
     [("indirect", "Anna Lis", None, "należy zwię")]),
    # a verb coordinated after a reported clause shares the first verb's subject, not a name said in it
    ('Dzień wcześniej premier Węgier Wiktor Orlik powiedział, że Budapeszt jest otwarty na negocjacje z '
     'Brukselą, jednak zaznaczył, że postulaty dotyczące funduszy pozostają aktualne.',
     [("indirect", "Wiktor Orlik", None, "Budapeszt"), ("indirect", "Wiktor Orlik", None, "postulaty")]),
    # negative: another subject after the comma speaks herself
    ('Wcześniej prezydent Rosji Władimir Sorokin powiedział, że jest gotowy do rozmów, a Anna Lis zaznaczyła, '
     'że warunki pozostają niezmienne.',
     [("indirect", "Anna Lis", None, "warunki")]),
]


@pytest.mark.parametrize("text,expected", SUBJECT_SEARCH)
def test_subject_search_passes_complements_asides_and_reported_clauses(text, expected):
    assert_quotes(text, expected)


PAGE_OPENS_MID_ARTICLE = [
    # a page that opens with a bare speech verb before anyone is named: the person the text names first, as
    # the subject of a speech verb of its own clause
    ('Ratownicy planują ogólnopolski protest\n\nZaznaczył, że decyzja o formie protestu zapadnie 17 czerwca w '
     'Radomiu podczas zjazdu związku.\n\nRząd nie wykazuje dobrej woli\n\n"Przedstawiliśmy postulaty, ale nikt '
     'nie chce z nami rozmawiać" - podkreślił Robert Kulesza.',
     [("indirect", "Robert Kulesza", None, "decyzja o formie"), ("direct", "Robert Kulesza", None, "Przedstawiliśmy")]),
    # a role noun closing the first attribution: the person named next, who may hold it
    ('- Zarządziłem wzmocnioną ochronę granicy i zwiększenie obecności policji. Nie damy się szantażować - '
     'oświadczył premier.\n\nWcześniej tego samego dnia Viktor Halmos ocenił, że w Kijowie zapadła decyzja o '
     'kontynuowaniu wojny.',
     [("direct", "Viktor Halmos", None, "Zarządziłem"), ("indirect", "Viktor Halmos", None, "w Kijowie")]),
    # negatives: the first person named is no speaker there; a subject of the verb's own names no actor
    ('Zaznaczył, że decyzja o formie protestu zapadnie w czerwcu.\n\nMinister Anna Bąk spotkała się z '
     'ratownikami. "Przedstawiliśmy postulaty, ale nikt nie chce z nami rozmawiać" - podkreślił Robert Kulesza.',
     [("indirect", None, None, "decyzja o formie"), ("direct", "Robert Kulesza", None, "Przedstawiliśmy")]),
    ('Węgierska linia wyjaśniła, że trasy "nie osiągnęły zakładanego poziomu rentowności".\n\nRzeczniczka '
     'lotniska Anna Wilk przyznała, że decyzja była zaskoczeniem.',
     [("partial", None, None, "nie osiągnęły"), ("indirect", "Anna Wilk", None, "decyzja była")]),
]


@pytest.mark.parametrize("text,expected", PAGE_OPENS_MID_ARTICLE)
def test_bare_verb_opening_the_page_is_the_first_named_speaker(text, expected):
    assert_quotes(text, expected)


ITS_HEAD = [
    # "Jej lider", "Jego rzecznik" after a body named just before and no person of that gender: the body's
    # unnamed head speaks for it (GUIDELINES)
    ('Premier Viktor Halmos skrytykował opozycję. Partia Odnowy wielokrotnie podkreślała, że nie wyśle żołnierzy '
     'na Ukrainę. Jej lider podkreślił też, że jest przeciwny szybkiemu wejściu Ukrainy do Unii.',
     [("indirect", "Partia Odnowy", None, "nie wyśle"), ("indirect", "Partia Odnowy", None, "jest przeciwny")]),
    # negative: a woman named in the sentence before may be whose leader it is: no one
    ('Partia Odnowy wielokrotnie podkreślała, że nie wyśle żołnierzy na Ukrainę. Anna Kos, przewodnicząca klubu, '
     'zabrała głos w Sejmie. Jej lider podkreślił też, że jest przeciwny szybkiemu wejściu Ukrainy do Unii.',
     [("indirect", "Partia Odnowy", None, "nie wyśle"), ("indirect", None, None, "jest przeciwny")]),
]


@pytest.mark.parametrize("text,expected", ITS_HEAD)
def test_possessive_head_of_a_body_speaks_for_it(text, expected):
    assert_quotes(text, expected)


LABELS_AND_INTERVIEWS = [
    # a line that is only a person's name (and role) labels the dash answers below it, until the next label
    ('Opinie po meczu Warty Sieradz z Pogonią Zamość\n\nAdam Strzelecki, trener Pogoni Zamość\n\n– Chciałbym '
     'przeprosić kibiców za to, co muszą oglądać. Odpowiedzialność biorę na siebie.\n\n– Przygotowaliśmy na ten '
     'mecz inne ustawienie. Nie zadziałało i przegraliśmy.\n\nJan Kurek, trener Warty Sieradz\n\n– Jesteśmy '
     'zadowoleni. Strzeliliśmy trzy bramki, a mogliśmy więcej.',
     [("direct", "Adam Strzelecki", None, "Chciałbym"), ("direct", "Adam Strzelecki", None, "Przygotowaliśmy"),
      ("direct", "Jan Kurek", None, "Jesteśmy")]),
    # a subheading with a verb of its own is no label, but its subject speaks in the section below it
    ('Opinie po meczu Warty Sieradz z Pogonią Zamość\n\nAdam Strzelecki przeprasza kibiców\n\n– Chciałbym '
     'przeprosić kibiców za to, co muszą oglądać. Odpowiedzialność biorę na siebie.',
     [("direct", "Adam Strzelecki", None, "Chciałbym")]),
    # negative: a subheading that names no one
    ('Opinie po meczu Warty Sieradz z Pogonią Zamość\n\nPrzeprosiny po porażce\n\n– Chciałbym przeprosić '
     'kibiców za to, co muszą oglądać. Odpowiedzialność biorę na siebie.',
     [("direct", None, None, "Chciałbym")]),
    # an interview: a question paragraph (asking, or speaking to the interviewee in the second person) between
    # two dash answers: the answer continues the one who answered before
    ('Marek Bielik: Haha, coś w tym jest, chociaż on trafił w lepszym stylu.\n\nAle ty też ostatnio często '
     'trafiasz do siatki. Widać, że jesteś w formie.\n\n- Faktycznie, nie narzekam. Czuję się świetnie.\n\n'
     'W marcu czekają was ważne spotkania w eliminacjach. Przeciwko tej drużynie strzelałeś już dwa razy.\n\n'
     '- Chętnie dołożę trzeciego gola. Każdy punkt jest teraz na wagę złota.\n\nOd porażki w Tiranie minęły '
     'dwa miesiące. Potrafisz wytłumaczyć, co tam poszło nie tak?\n\n- Trudno to wyjaśnić. Wygrywaliśmy 1:0 i '
     'panowaliśmy nad grą.',
     [("direct", "Marek Bielik", None, "Haha"), ("direct", "Marek Bielik", None, "Faktycznie"),
      ("direct", "Marek Bielik", None, "Chętnie"), ("direct", "Marek Bielik", None, "Trudno")]),
]


@pytest.mark.parametrize("text,expected", LABELS_AND_INTERVIEWS)
def test_speaker_labels_and_interview_answers(text, expected):
    assert_quotes(text, expected)


DOCUMENT_AUTHORS = [
    # "czytamy w liście": the speaker of an earlier quote whose attribution names the same document
    ('"Spotkanie powinno odbyć się jak najszybciej" - napisali w poniedziałkowym liście do premiera Adama '
     'Wolnego szefowie związków zawodowych kopalni.\n\nRada nadzorcza odwołała w czwartek dwóch wiceprezesów. '
     'Związkowcy zapowiedzieli protesty.\n\n"Apelujemy o stabilność. To, co zrobili przedstawiciele Skarbu '
     'Państwa, to kpina z nas" - czytamy w poniedziałkowym liście.',
     [("direct", "szefowie związków zawodowych kopalni", None, "Spotkanie"),
      ("indirect", "związkowcy", None, "protesty"),  # an announced act (GUIDELINES 2026-11-27)
      ("direct", "szefowie związków zawodowych kopalni", None, "Apelujemy")]),
    # the body named in the document's own phrase wrote it; an addressee after "do" did not
    ('"Spotkanie powinno odbyć się jak najszybciej" - napisali w liście do premiera Adama Wolnego szefowie '
     'związków zawodowych.\n\n"Apelujemy o stabilność" - czytamy w komunikacie spółki Węglokoks.',
     [("direct", "szefowie związków zawodowych", None, "Spotkanie"), ("direct", "Węglokoks", None, "Apelujemy")]),
    ('Szefowie związków wysłali list do premiera.\n\n"Apelujemy o stabilność" - czytamy w liście do premiera '
     'Adama Wolnego.',
     [("direct", "szefowie związków", None, "Apelujemy")]),
    # negative: no one named as the writer: no one (never a name inside the quoted words)
    ('Rada nadzorcza zebrała się w czwartek.\n\n"To, co zrobili przedstawiciele Skarbu Państwa, to kpina z nas" '
     '- czytamy w liście.',
     [("direct", None, None, "To, co zrobili")]),
]


@pytest.mark.parametrize("text,expected", DOCUMENT_AUTHORS)
def test_document_quoted_with_czytamy_is_its_writers(text, expected):
    assert_quotes(text, expected)


PARTICIPLE_GROUPS = [
    # a protest verb's participle standing for those who protest is the group that speaks (GUIDELINES: the group
    # as the text names it where it speaks), not the group named in the sentence before
    ('Od rana strajkują górnicy we wszystkich kopalniach spółki. Pikietujący ostrzegają, że to dopiero początek.',
     [("indirect", "pikietujący", None, "to dopiero")]),
    # a participle before a group noun qualifies it: the noun names the group
    ('Od rana strajkują górnicy we wszystkich kopalniach spółki. Manifestujący przed ratuszem związkowcy '
     'ostrzegają, że to dopiero początek.',
     [("indirect", "związkowcy", None, "to dopiero")]),
]


@pytest.mark.parametrize("text,expected", PARTICIPLE_GROUPS)
def test_protest_participle_names_the_group(text, expected):
    assert_quotes(text, expected)


SLOGANS = [
    # a quotation in a sentence that names it a slogan is the words of the sentence's subject, who carry it
    ('Rodzice zebrali się przed ratuszem. Uczestnicy nieśli flagi i transparenty z hasłami: „Szkoła '
     'to nie nasz koszt”, „Nie zabierajcie nam szkoły” itp.',
     [("partial", "uczestnicy", None, "Szkoła to"), ("partial", "uczestnicy", None, "Nie zabierajcie")]),
    # the subject that agrees with the verb, not a body in an adjunct
    ('„Zostawcie nasze stare lipy” – z takim napisem na banerach przyszli we wtorek na posiedzenie Zarządu '
     'Dzielnicy mieszkańcy osiedla.',
     [("partial", "mieszkańcy osiedla", None, "Zostawcie")]),
    # negatives: no slogan noun in the quotation's sentence; no subject that carries it
    ('Uczestnicy pikiety mieli ze sobą balony. Na kartonach było widać rysunki: „Szkoła to nie nasz koszt”, '
     '„Nie zabierajcie nam szkoły”.',
     [("partial", None, None, "Szkoła to"), ("partial", None, None, "Nie zabierajcie")]),
    ('Hasła „Szkoła to nie nasz koszt” i „Nie zabierajcie nam szkoły” widniały na kartonach przed ratuszem.',
     [("partial", None, None, "Nie zabierajcie")]),
]


@pytest.mark.parametrize("text,expected", SLOGANS)
def test_slogan_is_the_words_of_those_who_carry_it(text, expected):
    assert_quotes(text, expected)


FRAGMENT_OF_THE_SUBJECT = [
    # a quoted fragment opening a clause of its own in a person's sentence with no speech verb is that
    # person's words
    ('Minister Adam Kowal przekazał lekarzom list od premier Anny Zięby. Premier zaprosiła w nim lekarzy na '
     'rozmowy, ale „dopiero po zakończeniu trwającego protestu”.',
     [("partial", "Anna Zięba", None, "dopiero po")]),
    # negatives: a phrase the writer quotes as an object or after a preposition; a body's sentence
    ('Adam Kowal trafił w piątek do „najcięższego więzienia w całym kraju”.',
     [("partial", None, None, "najcięższego")]),
    ('Adam Kowal odwiedził „najpiękniejszy zakątek całego regionu”.',
     [("partial", None, None, "najpiękniejszy")]),
    ('Policja zatrzymała w piątek „króla dopalaczy z całego regionu”.',
     [("partial", None, None, "króla")]),
]


@pytest.mark.parametrize("text,expected", FRAGMENT_OF_THE_SUBJECT)
def test_fragment_in_a_persons_clause_is_their_words(text, expected):
    assert_quotes(text, expected)


UNNAMED_HEAD = [
    # an unnamed head of a named body, as the subject, speaks for the body (GUIDELINES), for any head noun
    # (data/body_head_roles.txt)
    ('Lekarze rezydenci protestują od tygodnia. Marszałek Senatu poinformował, że w środę premier Anna Zięba '
     'spotka się z protestującymi.',
     [("indirect", "Senat", None, "w środę")]),
    # negative: the text names the holder: the person
    ('Marszałek Senatu Jan Bąk przyjął w poniedziałek lekarzy. Lekarze protestują od tygodnia. Marszałek Senatu '
     'poinformował, że w środę premier spotka się z protestującymi.',
     [("indirect", "Jan Bąk", None, "w środę")]),
    # negative: the head of a body the text never names: no one
    ('Lekarze złożyli petycję do marszałka Senatu. Dyrektor szpitala poinformował, że protest potrwa do piątku.',
     [("indirect", None, None, "protest potrwa")]),
]


@pytest.mark.parametrize("text,expected", UNNAMED_HEAD)
def test_unnamed_head_of_a_named_body_speaks_for_it(text, expected):
    assert_quotes(text, expected)


def test_head_in_an_oblique_case_is_no_mention_of_the_body():
    # "do marszałka Senatu" is whom a petition went to, not the Senate acting: only the subject case links
    from newslens import nlp
    from newslens.extract.actors import extract_actors
    from newslens.extract.mentions import link_mentions
    t = nlp.analyze('Lekarze złożyli petycję do marszałka Senatu. Senat zbierze się w piątek.')
    got = [(m.actor, m.kind, t.text[m.start:m.end]) for m in link_mentions(t, extract_actors(t))]
    assert ("Senat", "role", "marszałka Senatu") not in got and ("Senat", "name", "Senatu") in got, got


HEADLINE_INFLECTED = [
    # a headline quotation that shortens a body quote with a word in another inflected form ("martwimy" for
    # "musimy … martwić") is that quote's speaker's
    ('Kapitan Pogoni: Coraz bardziej martwimy się o utrzymanie\n\n– Nie wiem, co dodać. Znów zeszliśmy z '
     'boiska bez gola – mówił Marek Bielik po spotkaniu. – Prawda jest taka, że seria porażek trwa i musimy '
     'coraz bardziej martwić się o utrzymanie – dodał.',
     [("direct", "Marek Bielik", None, "Coraz bardziej"), ("direct", "Marek Bielik", None, "Nie wiem"),
      ("direct", "Marek Bielik", None, "Prawda jest")]),
    # negative: no body quote holds the headline's words: no one
    ('Kapitan Pogoni: Coraz bardziej martwimy się o utrzymanie\n\n– Nie wiem, co dodać. Znów zeszliśmy z '
     'boiska bez gola – mówił Marek Bielik po spotkaniu. – Prawda jest taka, że seria porażek trwa i tracimy '
     'dystans do rywali – dodał.',
     [("direct", None, None, "Coraz bardziej"), ("direct", "Marek Bielik", None, "Nie wiem"),
      ("direct", "Marek Bielik", None, "Prawda jest")]),
]


@pytest.mark.parametrize("text,expected", HEADLINE_INFLECTED)
def test_headline_quote_shortening_a_body_quote_in_other_forms(text, expected):
    assert_quotes(text, expected)


PERSON_NOUN_OF_A_BODY = [
    # a person's noun with a body as its complement ("Właściciel KS Orlęta", "Były szkoleniowiec KS Orlęta") is
    # the subject: a person who spoke before, never the body
    ('Pytany o transparent, Adam Wilk odpowiedział, że nikt nie kocha klubu KS Orlęta bardziej niż on. '
     'Właściciel KS Orlęta przyznał jednak, że rozmawia z potencjalnym inwestorem.',
     [("indirect", "Adam Wilk", None, "nikt nie kocha"), ("indirect", "Adam Wilk", None, "rozmawia")]),
    ('Zwolniony trener Jan Lis nie ukrywa żalu. - Od sierpnia nikt nie dostał pensji - powiedział. Były '
     'szkoleniowiec KS Orlęta dodał, że o decyzji dowiedział się "bez słowa wyjaśnienia ze strony zarządu".',
     [("direct", "Jan Lis", None, "Od sierpnia"), ("partial", "Jan Lis", None, "bez słowa")]),
    # negatives: no one spoke before: no one; a representative speaks for the body
    ('Kibice KS Orlęta protestowali przed stadionem. Właściciel KS Orlęta przyznał, że rozmawia z potencjalnym '
     'inwestorem.',
     [("indirect", None, None, "rozmawia")]),
    ('Przedstawiciel KS Orlęta poinformował, że klub rozmawia z potencjalnym inwestorem.',
     [("indirect", "KS Orlęta", None, "klub rozmawia")]),
]


@pytest.mark.parametrize("text,expected", PERSON_NOUN_OF_A_BODY)
def test_person_noun_with_a_body_complement_is_a_person(text, expected):
    assert_quotes(text, expected)


UNKNOWN_NAME_COMPLEMENT = [
    # a body's name the dictionary does not know shows no case; right after a member noun it is still the
    # complement, so the body speaks ("przedstawiciele Farmtopii", GUIDELINES: a named organisation that
    # represents them)
    ('Protest zorganizowała Farmtopia, a jej lider Jan Kos wezwał rolników na ulice. „Będziemy kontynuować '
     'starania, aby politycy zrobili swoje” – podkreślili przedstawiciele Farmtopii.',
     [("direct", "Farmtopia", None, "Będziemy")]),
    # negative: representatives of a group the text names no body for stay the group
    ('Protest zorganizowała Farmtopia, a jej lider Jan Kos wezwał rolników na ulice. „Będziemy kontynuować '
     'starania, aby politycy zrobili swoje” – podkreślili przedstawiciele rolników.',
     [("direct", "przedstawiciele", None, "Będziemy")]),
]


@pytest.mark.parametrize("text,expected", UNKNOWN_NAME_COMPLEMENT)
def test_unknown_body_name_after_a_member_noun_leads_the_group(text, expected):
    assert_quotes(text, expected)


GROUP_IN_SCARE_QUOTES = [
    # a group named in quotation marks right before the verb is its subject (scare quotes, no one's words),
    # not the addressee after the verb
    ('Demonstracja przeszła pod Sejm.\n\n"Frankowicze" mówili prezydentowi Andrzejowi Nowakowi wprost, że jego '
     'projekt to "ustawka z bankami na szkodę klientów".',
     [("partial", "frankowicze", None, "ustawka")]),
]


@pytest.mark.parametrize("text,expected", GROUP_IN_SCARE_QUOTES)
def test_group_in_scare_quotes_is_the_subject(text, expected):
    assert_quotes(text, expected)


SLOGAN_NEIGHBOURS = [
    # a quotation alone on its line that the next sentence names a slogan: that sentence's carrier
    ('Akademiki zdrożeją od października.\n\n"Studenci nie są bankomatem"\n\nTak brzmi hasło, pod którym '
     'Samorząd Studentów Politechniki zbiera podpisy pod apelem do rektora.',
     [("direct", "Samorząd Studentów Politechniki", None, "Studenci nie")]),
    # a slogan's sentence with no subject: the group the sentence before names
    ('W środę przed bramą zakładu zebrało się kilkuset protestujących. Na transparentach można było przeczytać '
     '"Panie prezesie, dość obietnic bez pokrycia".',
     [("partial", "protestujący", None, "Panie prezesie")]),
    # negative: the next sentence names no slogan
    ('"Studenci nie są bankomatem"\n\nTakie słowa padły na spotkaniu, na którym Samorząd Studentów Politechniki '
     'zbierał podpisy.',
     [("direct", None, None, "Studenci nie")]),
]


@pytest.mark.parametrize("text,expected", SLOGAN_NEIGHBOURS)
def test_slogan_named_by_the_next_sentence_or_carried_by_the_group_before(text, expected):
    assert_quotes(text, expected)


UNDER_A_SUBHEADING = [
    # a quotation paragraph with no speech clause right under a subheading is the words of the subheading's
    # subject (or of its label before the colon)
    ('Protest przeciw spalarni trwa od miesiąca. Petycję złożono w urzędzie.\n\nMieszkańcy nie godzą się też na '
     '"strukturę właścicielską"\n\n"Uważamy, że taka instalacja musi pozostać w rękach miasta i jego spółek. '
     'Prosimy pana prezydenta, by jeszcze raz przemyślał tę decyzję.',
     [("direct", "mieszkańcy", None, "Uważamy")]),
    ('Kierowcy MZK strajkują od piątku.\n\nStrajk MZK w Lublinie. Kierowcy: Nie mieliśmy innego wyjścia\n\n'
     '- Prezydent złożył do prokuratury zawiadomienie',
     [("direct", "kierowcy", None, "Nie mieliśmy"), ("direct", "kierowcy", None, "Prezydent złożył")]),
    # negative: a body named as a noun's complement in the subheading is no subject
    ('Kierowcy MZK strajkują od piątku.\n\nStrajk MZK w Lublinie trwa\n\n- Prezydent złożył do prokuratury '
     'zawiadomienie',
     [("direct", None, None, "Prezydent złożył")]),
]


@pytest.mark.parametrize("text,expected", UNDER_A_SUBHEADING)
def test_quotation_under_a_subheading_is_its_subjects(text, expected):
    assert_quotes(text, expected)


DATIVE_BODY = [
    # a body's name in the dative after the verb ("Sejmowi": its adjective reading "sejmowi" is nominative)
    # is the addressee, never the subject: no one rather than the addressee
    ('Nauczyciele protestują od września. W ostatnich miesiącach wielokrotnie zarzucał rządowi i Sejmowi, że '
     'prace nad ustawą idą zbyt wolno.',
     [("indirect", None, None, "prace nad")]),
    ('Nauczyciele protestują od września. Zarzucał rządowi i Sejmowi, że prace nad ustawą idą zbyt wolno.',
     [("indirect", None, None, "prace nad")]),
]


@pytest.mark.parametrize("text,expected", DATIVE_BODY)
def test_body_in_the_dative_is_no_subject(text, expected):
    assert_quotes(text, expected)
