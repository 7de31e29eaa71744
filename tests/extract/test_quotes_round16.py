"""Quotes, round 16 (extract/quotes.py): tables of invented text -> expected (kind, speaker, via, text start)
per quote, with negatives. Mechanisms, not sentences. Sentences and names are invented."""
import pytest

from .test_speakers import assert_quotes

CLAUSE_OVERLAPPING_A_FRAGMENT = [
    # a reported clause and a quoted fragment of the same verb that overlap: the fragment alone (GUIDELINES
    # "partial"), whether the fragment runs past the clause's end (a sentence break inside the marks cut the
    # clause, 'S.A., tj.'), the clause opens right before the marks ('że urząd "…"'), the clause is read inside
    # the marks (', w tym …'), or the marks open the clause after a source phrase ('Według X, "…"')
    ('Szef związku Jan Guzik podkreślił w liście, że jest jeszcze szansa na porozumienie, „zanim strajk obejmie '
     'wszystkie kopalnie Węglopolu S.A., tj. całą spółkę”.',
     [("partial", "Jan Guzik", None, "zanim strajk")]),
    ('Poseł Adam Kruk zadeklarował, że wróci do kraju. Jak dodał – po drugie – według Kruka muszą wrócić '
     '„odwołani prezesi sądów, w tym sądu okręgowego w Lublinie, oraz sędziowie odsunięci od orzekania”.',
     [("indirect", "Adam Kruk", None, "wróci"), ("partial", "Adam Kruk", None, "odwołani prezesi")]),
    ('Rzecznik urzędu Adam Lis przekazał PAP, że urząd "analizuje pismo związku i odpowie na nie w ciągu '
     'tygodnia".',
     [("partial", "Adam Lis", "PAP", "analizuje pismo")]),
    ('Według premiera Jana Wrony, "musimy zdecydowanie działać w sprawie sankcji na gaz i ropę. Jeżeli nie '
     'zapłacimy tej ceny dziś, zapłacimy ją jutro".',
     [("partial", "Jan Wrona", None, "musimy zdecydowanie")]),
    # negatives: a clause with no marks in it stays a quote of its own beside the next sentence's quotation;
    # a fragment wholly inside the clause was the fragment alone before
    ('Prezes Jan Guzik powiedział, że spółka ma długi. „Nie ma pieniędzy na podwyżki w tym roku” – dodał.',
     [("indirect", "Jan Guzik", None, "spółka ma"), ("direct", "Jan Guzik", None, "Nie ma")]),
    ('Prezes Jan Guzik powiedział, że spółka ma długi i „nie ma pieniędzy na podwyżki w tym roku”.',
     [("partial", "Jan Guzik", None, "nie ma")]),
]


@pytest.mark.parametrize("text,expected", CLAUSE_OVERLAPPING_A_FRAGMENT)
def test_a_clause_overlapping_its_fragment_is_the_fragment(text, expected):
    assert_quotes(text, expected)


FRAGMENT_AFTER_AN_IMPERSONAL_ADDING = [
    # a quoted fragment after an impersonal 'dodano'/'dodawano' in the paragraph of the previous quote is that
    # quote's source's, as 'Jak dodano, …' is (whatever the previous quote's layout: a letter read, a clause, a
    # statement)
    ('„Warunkiem porozumienia jest odwołanie prezesa spółki” – czytamy w liście przewodniczącego związku Jana '
     'Guzika. Dodano, że w obecnej sytuacji konieczna jest „zdecydowana reakcja ministra skarbu państwa”.',
     [("direct", "Jan Guzik", None, "Warunkiem"), ("partial", "Jan Guzik", None, "zdecydowana")]),
    ('Rzeczniczka spółki Anna Lis przekazała nam, że zarząd analizuje sprawę. Dodano, że decyzja zapadnie '
     '„najpóźniej w przyszłym tygodniu”.',
     [("indirect", "Anna Lis", None, "zarząd"), ("partial", "Anna Lis", None, "najpóźniej")]),
    ('Rzecznik szpitala Adam Bór przekazał, że „brakuje już wolnych łóżek na oddziałach”. Dodawano też, że '
     'sytuacja jest „bardzo poważna od ponad tygodnia”.',
     [("partial", "Adam Bór", None, "brakuje"), ("partial", "Adam Bór", None, "bardzo poważna")]),
    ('„Sytuacja w szpitalu jest bardzo trudna” – napisał w oświadczeniu dyrektor Adam Bór. Dodano, że pacjenci '
     '„nie muszą się niczego obawiać”.',
     [("direct", "Adam Bór", None, "Sytuacja"), ("partial", "Adam Bór", None, "nie muszą")]),
    # negatives: in a new paragraph the previous source does not go on; an explicit subject that names no
    # actor adds its own words
    ('Rzeczniczka spółki Anna Lis przekazała nam, że zarząd analizuje sprawę.\n\nW komunikacie dodano, że '
     'decyzja zapadnie „najpóźniej w przyszłym tygodniu”.',
     [("indirect", "Anna Lis", None, "zarząd"), ("partial", None, None, "najpóźniej")]),
    ('„Nie podpiszemy porozumienia” – czytamy w liście związku. Zarząd dodał, że „nie ma pieniędzy na '
     'podwyżki”.',
     [("direct", None, None, "Nie podpiszemy"), ("partial", None, None, "nie ma")]),
]


@pytest.mark.parametrize("text,expected", FRAGMENT_AFTER_AN_IMPERSONAL_ADDING)
def test_a_fragment_after_an_impersonal_adding_verb_is_the_previous_sources(text, expected):
    assert_quotes(text, expected)


STANCE_ATTRIBUTION = [
    # a verb of opinion or feeling right after the dash, with a named subject, attributes the words before it
    # as a speech verb does ('… – uważa prof. X', '… - martwi się prezes Y', '… – cieszy się trenerka Z'); the
    # layout decides the kind as for 'mówi' (the paragraph's words, or its last sentence)
    ('Kibice ogłosili bojkot meczów.\n\nKibice mają prawo do własnych poglądów. Nie jest to przyjemna sprawa '
     'dla klubu - martwi się prezes Jan Burski.',
     [("direct", "Jan Burski", None, "Kibice mają")]),
    ('Referendum odbędzie się w maju.\n\nLawiny lokalnych referendów nie będzie. Może to jednak zachęcić '
     'opozycję do większej aktywności – uważa prof. Adam Lis, politolog z Uniwersytetu Gdańskiego.',
     [("direct", "Adam Lis", None, "Lawiny")]),
    ('Drużyna wygrała trzeci mecz z rzędu.\n\nTo był bardzo dobry mecz w naszym wykonaniu. Dziewczyny zagrały '
     'świetnie w obronie – cieszy się trenerka Anna Wilk.',
     [("indirect", "Anna Wilk", None, "Dziewczyny")]),
    # negatives: the same verb with a clause of its own is a view, no quote (GUIDELINES); with no subject
    # after it ('uważa się'), nothing attributes the words
    ('Referendum odbędzie się w maju.\n\nPrezes Jan Burski uważa, że kibice mają prawo do protestu przed '
     'stadionem.',
     []),
    ('Referendum odbędzie się w maju.\n\nLawiny lokalnych referendów nie będzie w tym roku w naszym regionie – '
     'uważa się powszechnie.',
     []),
]


@pytest.mark.parametrize("text,expected", STANCE_ATTRIBUTION)
def test_a_verb_of_opinion_or_feeling_after_the_dash_attributes_the_words(text, expected):
    assert_quotes(text, expected)


CONTENT_MADE_KNOWN_AGAIN = [
    # 'powtórzyć'/'powtarzać' and 'potwierdzić'/'potwierdzać' with a noun object that is the content made
    # known (a demand, 'postulat'/'żądanie', or an act or step of speech_object_nouns.txt) report it as
    # 'zapowiedzieć' does (GUIDELINES "indirect": the quote starts at the object)
    ('Przewodniczący związku Jan Guzik w liście do ministra powtórzył postulat odwołania prezesa spółki Adama '
     'Bora.',
     [("indirect", "Jan Guzik", None, "postulat odwołania")]),
    ('Rzeczniczka spółki Anna Lis potwierdziła udział zarządu w rozmowach z rządem w przyszłym tygodniu.',
     [("indirect", "Anna Lis", None, "udział zarządu")]),
    ('Protestujący rolnicy powtarzają żądanie podwyżki cen skupu o dwadzieścia procent.',
     [("indirect", "protestujący rolnicy", None, "żądanie podwyżki")]),
    ('Minister Jan Wrona potwierdził spotkanie z protestującymi rolnikami w piątek w Lublinie.',
     [("indirect", "Jan Wrona", None, "spotkanie z")]),
    # negatives: a demonstrative object points back to content stated elsewhere; an object that is no act
    # or demand ('informacje') is none
    ('Związek Adama Bora od miesięcy powtarza ten postulat.', []),
    ('Rzeczniczka spółki Anna Lis potwierdziła informacje prasowe.', []),
]


@pytest.mark.parametrize("text,expected", CONTENT_MADE_KNOWN_AGAIN)
def test_a_demand_or_step_repeated_or_confirmed_is_reported(text, expected):
    assert_quotes(text, expected)


OBJECT_AFTER_ADJUNCTS = [
    # an announced or confirmed act as the verb's noun object also after the adjuncts that stand between
    # (a day, a month or 'w przyszłym tygodniu'; the channel, 'w rozmowie z X', 'na antenie X'): the quote
    # starts at the object, the channel is its via; the act's noun read through any of its readings
    # ('rozmowy': 'rozmowa', not only the plural-only 'rozmowy')
    ('Wiceminister Marek Wąs zapowiedział w czwartek na antenie Radia Opole posiedzenie zespołu trójstronnego '
     'na początku stycznia.',
     [("indirect", "Marek Wąs", "Radio Opole", "posiedzenie zespołu")]),
    ('Rzeczniczka Anna Lis potwierdziła w rozmowie z PAP udział zarządu w rozmowach z rządem w przyszłym '
     'tygodniu.',
     [("indirect", "Anna Lis", "PAP", "udział zarządu")]),
    ('Prezes związku Jan Kos zapowiedział w przyszłym tygodniu rozmowy z ministerstwem o dodatkowych '
     'pieniądzach.',
     [("indirect", "Jan Kos", None, "rozmowy z ministerstwem")]),
    ('Zarząd Lokali Komunalnych zapowiedział w styczniu podwyżkę stawek czynszu o 20 proc.',
     [("indirect", "Zarząd Lokali Komunalnych", None, "podwyżkę stawek")]),
    # negatives: a clause after the adjuncts is the content as before; a topic after 'mówić o' is none
    ('Prezes Jan Kos zapowiedział w rozmowie z PAP, że związek nie ustąpi.',
     [("indirect", "Jan Kos", "PAP", "związek nie")]),
    ('Prezes Jan Kos mówił w czwartek na antenie Radia Opole o rozmowach z ministerstwem.', []),
]


@pytest.mark.parametrize("text,expected", OBJECT_AFTER_ADJUNCTS)
def test_an_announced_act_after_the_verbs_adjuncts_is_reported(text, expected):
    assert_quotes(text, expected)


OBJECT_AFTER_A_PARTICIPLE = [
    # the act's noun after a participle's phrase that stands before it, the participle's agent ('przez X')
    # included: the quote starts at the participle, as the object's first word
    ('Przewodnicząca związku Anna Lis potwierdziła w rozmowie z PAP zapowiadaną wcześniej przez związkowców na '
     '1 maja akcję protestacyjną.',
     [("indirect", "Anna Lis", "PAP", "zapowiadaną wcześniej")]),
    ('Prezes Jan Kos zapowiedział przygotowywany od miesięcy przez zarząd spółki protest pod ministerstwem.',
     [("indirect", "Jan Kos", None, "przygotowywany od")]),
    ('Rolnicy zapowiedzieli organizowaną od tygodni przez samorządowców z powiatu blokadę drogi krajowej nr 2.',
     [("indirect", "rolnicy", None, "organizowaną od")]),
    # negative: a participle's phrase before a noun that names no act ('raport') is none
    ('Rzeczniczka Anna Lis potwierdziła przygotowany przez zarząd raport o stanie spółki.', []),
]


@pytest.mark.parametrize("text,expected", OBJECT_AFTER_A_PARTICIPLE)
def test_an_announced_act_after_a_participles_phrase_is_reported(text, expected):
    assert_quotes(text, expected)
