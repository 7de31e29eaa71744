"""Speakers, round 16 (extract/speakers.py and neighbours): tables of invented text -> expected (kind,
speaker, via, text start) per quote, with negatives. Mechanisms, not sentences. Sentences and names are
invented."""
import pytest

from .test_speakers import assert_quotes

INFLECTED_SURNAME = [
    # a man's surname in -o/-a alone in the genitive ("Moniuszki", "Fredry", "Sapiehy") reads in the
    # dictionary as a plural nominative too; one person's surname in the plural is no subject, so a bare
    # verb after it goes on to the speaker before (a woman here: a man whose first name the dictionary does
    # not know has no gender to disagree with her verbs)
    ('Opozycjonistka Ewa Lis mówiła w Sejmie o wyborach. „Rząd jest słaby” – podkreśliła.\n\nProsiła, by '
     'Moniuszki nie uznawać za prezydenta. Apelowała też o uznanie Moniuszki za sponsora przemocy.\n\n'
     '„Zmiana jest możliwa i nadejdzie szybciej, niż się wydaje” – mówiła.\n\nKrytykuje ją dyktator Ołeksij '
     'Moniuszko.',
     [("direct", "Ewa Lis", None, "Rząd jest"), ("direct", "Ewa Lis", None, "Zmiana jest")]),
    ('Radna Anna Kowal mówiła o budżecie. „Miasto ma długi” – podkreśliła.\n\nProsiła, by Fredry nie '
     'wybierać ponownie. Apelowała też o odwołanie Fredry z funkcji.\n\n„Trzeba to zmienić jeszcze w tym '
     'roku” – mówiła.\n\nBurmistrz Aslan Fredro milczy.',
     [("direct", "Anna Kowal", None, "Miasto ma"), ("direct", "Anna Kowal", None, "Trzeba to")]),
    ('Minister Joanna Wrona odwiedziła Lublin. „Szpital dostanie pieniądze” – zapewniła.\n\nSkrytykowała '
     'decyzje Sapiehy. Zarzuciła też zaniedbania ekipie Sapiehy.\n\n„Nie będzie już takich opóźnień w '
     'naszym regionie” – dodała.\n\nDyrektor Tamaz Sapieha odpowiada, że opóźnień nie było.',
     [("direct", "Joanna Wrona", None, "Szpital"), ("indirect", "Joanna Wrona", None, "zaniedbania"),
      ("direct", "Joanna Wrona", None, "Nie będzie"), ("indirect", "Tamaz Sapieha", None, "opóźnień nie")]),
    # negatives: the surname as written in the name is a nominative and still the subject, alone or after
    # the first name
    ('Dyktator Ołeksij Moniuszko odwiedził Mińsk. Posłanka Ewa Lis go krytykuje. Moniuszko odpowiedział, że '
     'krytyka jest niesłuszna.',
     [("indirect", "Ołeksij Moniuszko", None, "krytyka jest")]),
    ('Posłanka Ewa Lis krytykuje dyktatora. Ołeksij Moniuszko odpowiedział, że krytyka jest niesłuszna.',
     [("indirect", "Ołeksij Moniuszko", None, "krytyka jest")]),
]


@pytest.mark.parametrize("text,expected", INFLECTED_SURNAME)
def test_a_surname_in_an_oblique_case_is_no_subject(text, expected):
    assert_quotes(text, expected)


NOT_THE_SUBJECT = [
    # a dash paragraph with no speech clause after narration: the person the narration names is its speaker
    # only as the subject of its main clause; a role in the dative read through an adjective ('byłemu
    # premierowi'), a word that is no plural noun before a singular verb ('uzależnione jest') and the subject
    # of a later clause (', a … przejął zastępca X') introduce no one; the run falls back on the previous
    # speaker, unless a subject named since breaks it ('Premier musiała …'): then no one, never that subject
    ('Premier Anna Zając przyjęła dymisje trzech ministrów.\n\nJak podaje „Gazeta Miejska”, ministrowie nie '
     'chcieli odejść. Premier musiała ich zmusić.\n\nSprawa miała być efektem blokowania zarzutów politykom, w '
     'tym Janowi Wronce, byłemu premierowi z PO.\n\n– W tej sprawie było już kilka poważnych kłótni w '
     'prokuraturze okręgowej.',
     [("indirect", "Gazeta Miejska", None, "ministrowie"), ("direct", None, None, "W tej sprawie")]),
    ('– Jeżeli nas nie przyjmą, to zostaniemy pod ministerstwem – zapewnia Robert Kos, hodowca z Pilczyna.\n\n'
     'Od wyniku rozmów uzależnione jest także wznowienie protestu w środę. – Wiemy, że na drogi wychodzą też '
     'rolnicy z sąsiednich powiatów.',
     [("direct", "Robert Kos", None, "Jeżeli"), ("direct", "Robert Kos", None, "Wiemy")]),
    ('– Referendum nic nie zmieni – uważa politolog Jan Kruk.\n\nAgenci zatrzymali w urzędzie prezydenta '
     'miasta. Usłyszał dwa zarzuty. Pierwszy dotyczy łapówki. Drugi dotyczy przetargów.\n\nSąd nie zgodził się '
     'na areszt, a obowiązki prezydenta przejął zastępca Marek Żak.\n\n– W ocenie prokuratora areszt najlepiej '
     'zabezpieczyłby tok postępowania w tej sprawie.',
     [("direct", "Jan Kruk", None, "Referendum"), ("direct", None, None, "W ocenie")]),
    # negatives: the subject of the narration's main clause, a paragraph of its own or a sentence in the
    # quote's paragraph, still speaks
    ('Kopalnia ogłosiła zwolnienia. – To bolesna decyzja – powiedział prezes Adam Bór.\n\nBurmistrz Jan Sowa '
     'nie krył oburzenia.\n\n– To skandal i zdrada całego miasta przez zarząd kopalni.',
     [("direct", "Adam Bór", None, "To bolesna"), ("direct", "Jan Sowa", None, "To skandal")]),
    ('Kopalnia ogłosiła zwolnienia. – To bolesna decyzja – powiedział prezes Adam Bór. Związkowcy są '
     'rozgoryczeni. – Zarząd zarabia, a pracownicy tracą wszystko.',
     [("direct", "Adam Bór", None, "To bolesna"), ("direct", "związkowcy", None, "Zarząd zarabia")]),
]


@pytest.mark.parametrize("text,expected", NOT_THE_SUBJECT)
def test_a_dash_paragraph_is_credited_to_a_main_subject_or_the_previous_speaker(text, expected):
    assert_quotes(text, expected)


QUOTES_OWN_FIRST_WORD = [
    # a bare speech verb right after a quotation ('… – dodała', '…”, dodał') whose last sentence opens with a
    # noun: that noun is the speaker's own word, not the verb's subject; the verb goes on to the speaker
    # before, in any layout (straight marks, dash paragraph, a comma after the closing mark)
    ('Przewodnicząca związku Anna Lis zaznaczyła, że związki nie uznają decyzji sądu. "Nie dostaliśmy '
     'żadnego pisma. Odpowiedź sądu nie dotyczy naszego związku" - dodała.',
     [("indirect", "Anna Lis", None, "związki"), ("direct", "Anna Lis", None, "Nie dostaliśmy")]),
    ('Burmistrz Jan Wrona domaga się uniewinnienia. - Od miesięcy jestem atakowany za swoją pracę. Baner '
     'jest tego najlepszym przykładem - tłumaczył już wcześniej.',
     [("direct", "Jan Wrona", None, "Od miesięcy")]),
    ('Prezes Adam Bór zapowiedział zmiany w spółce. „Rozmawiamy z bankami od tygodni. Plan naprawczy jest '
     'już prawie gotowy”, dodał.',
     [("direct", "Adam Bór", None, "Rozmawiamy")]),
    ('Sołtyska Ewa Kos zapowiada protest. – Czekamy na autobus od roku. Gmina nic nie robi w tej sprawie – '
     'przekonywała.',
     [("indirect", "Ewa Kos", None, "protest"), ("direct", "Ewa Kos", None, "Czekamy")]),
    # negatives: a noun opening a sentence of the writer's is its subject still (a body no actor names: no
    # speaker, never the one who spoke before)
    ('Radna Anna Lis mówiła o budżecie. „Miasto ma długi” – podkreśliła. Rada ostrzega, że długi będą rosły.',
     [("direct", "Anna Lis", None, "Miasto"), ("indirect", None, None, "długi będą")]),
    ('Radna Anna Lis mówiła o budżecie. „Miasto ma długi” – podkreśliła. Dyrekcja szpitala odpowiada, że '
     'długi maleją.',
     [("direct", "Anna Lis", None, "Miasto"), ("indirect", None, None, "długi maleją")]),
]


@pytest.mark.parametrize("text,expected", QUOTES_OWN_FIRST_WORD)
def test_a_quotations_first_noun_is_no_subject_of_its_attribution(text, expected):
    assert_quotes(text, expected)


NO_GROUP_HERE = [
    # a group's word is a bare verb's antecedent only where it can be a plural subject: not a noun in the
    # genitive its adjective shows ('do krajowej energetyki', 'polskiej energetyki'), not the verb of the
    # persons named before it ('X, Y i Z przybyli do Kijowa': no group, and the persons speak together)
    ('Związkowcy domagają się zbytu węgla do krajowej energetyki i zmniejszenia importu. Sprzeciwiają się '
     'też - jak mówią - planom "cichej likwidacji kopalń".',
     [("indirect", "związkowcy", None, "Sprzeciwiają")]),
    ('Kanclerz Jan Nowak, prezydent Adam Lis i premier Piotr Wrona przybyli do Kijowa. Zagrozili, że w '
     'przeciwnym razie nałożą na Moskwę sankcje.',
     [("indirect", None, None, "w przeciwnym")]),
    ('Minister spotkał się z przedstawicielami polskiej energetyki. Zapowiedzieli, że ceny prądu wzrosną.',
     [("indirect", None, None, "ceny prądu")]),
    # negatives: an adjective of the noun before ('na zebraniu wiejskim') shares no form with the group's
    # word, which stays the subject; a group with its own adjective is the subject
    ('Na wczorajszym zebraniu wiejskim mieszkańcy wezwali wójta do dymisji. Zarzucili mu też, że dogadał się '
     'z inwestorem.',
     [("indirect", "mieszkańcy", None, "dogadał")]),
    ('Protestujący rolnicy przyjechali do Warszawy. Zapowiedzieli, że wrócą w piątek.',
     [("indirect", "protestujący rolnicy", None, "wrócą")]),
]


@pytest.mark.parametrize("text,expected", NO_GROUP_HERE)
def test_a_group_word_that_cannot_be_a_plural_subject_speaks_for_no_one(text, expected):
    assert_quotes(text, expected)
