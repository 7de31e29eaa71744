"""Speakers, round 13 (extract/speakers.py, mention_roles.py): tables of invented text -> expected (kind,
speaker, via, text start) per quote, with negatives. Mechanisms, not sentences: the case a name shows, and
where a role noun's reference back to an earlier speaker must stop. Sentences and names are invented."""
import pytest

from .test_speakers import assert_quotes

OBLIQUE_NAME = [
    # a person's name whose first name shows an oblique case (dative, locative, instrumental, accusative)
    # is an object, never the subject, even when the surname looks nominative ("Kral", "Wrzos")
    ('Trener kadry Marek Sowa był zadowolony po meczu. – Zagrała świetnie, tak jak ustaliliśmy – mówił o '
     'swojej zawodniczce Annie Kral.',
     [("direct", "Marek Sowa", None, "Zagrała")]),
    ('Szef klubu Adam Bór ocenił sezon. – To był dobry rok – powiedział o trenerce Ewie Wrzos.',
     [("direct", "Adam Bór", None, "To był")]),
    # negatives: the same name in the nominative after the verb is its subject
    ('Trener kadry Marek Sowa był zadowolony po meczu. – Zagrałyśmy świetnie – mówiła po spotkaniu '
     'zawodniczka Anna Kral.',
     [("direct", "Anna Kral", None, "Zagrałyśmy")]),
    ('– To był dobry rok – powiedziała Ewa Wrzos.',
     [("direct", "Ewa Wrzos", None, "To był")]),
]


@pytest.mark.parametrize("text,expected", OBLIQUE_NAME)
def test_a_name_in_an_oblique_case_is_no_subject(text, expected):
    assert_quotes(text, expected)


ROLE_RUN_BREAK = [
    # a role noun no one named holds refers back to the one who spoke last; when another side spoke in
    # between (a body, or a subject that names no actor), the role is that side's: no speaker, never the
    # person before it
    ('Przedstawiciel kierowców Tomasz Bies mówi, że cierpliwość się skończyła. – Nie będziemy dłużej czekać '
     '– dodaje.\n\nMinisterstwo odpowiada, że pieniądze się znajdą. – Rozmawiamy z kierowcami – przekazał '
     'rzecznik.',
     [("indirect", "Tomasz Bies", None, "cierpliwość"), ("direct", "Tomasz Bies", None, "Nie będziemy"),
      ("indirect", None, None, "pieniądze"), ("direct", None, None, "Rozmawiamy")]),
    ('Związkowiec Paweł Dziób mówi, że górnicy są zdeterminowani. – Nie ustąpimy – dodaje.\n\nDyrekcja '
     'kopalni odpowiada, że pieniędzy nie ma. – Zrobiliśmy wszystko, co było można – przekonuje prezes.',
     [("indirect", "Paweł Dziób", None, "górnicy"), ("direct", "Paweł Dziób", None, "Nie ustąpimy"),
      ("indirect", None, None, "pieniędzy"), ("direct", None, None, "Zrobiliśmy")]),
    # negatives: with no other side between, the role refers back to the one who just spoke; a body named
    # inside that person's words is no new side
    ('Minister Tomasz Bies odwiedził szpital. Mówi, że pieniądze się znajdą. – Rozmawiamy z lekarzami – '
     'przekazał minister.',
     [("indirect", "Tomasz Bies", None, "pieniądze"), ("direct", "Tomasz Bies", None, "Rozmawiamy")]),
]


@pytest.mark.parametrize("text,expected", ROLE_RUN_BREAK)
def test_a_new_side_breaks_a_role_reference(text, expected):
    assert_quotes(text, expected)


NEW_SUBJECT_BETWEEN = [
    # a dash paragraph after a paragraph of narration whose subject is a new person or group is that
    # subject's, not the speaker of the quote before the narration
    ('Prezes firmy Jan Bury nie krył zadowolenia. – To dla nas świetny wynik – mówił.\n\nZupełnie inaczej '
     'sytuację oceniają związkowcy.\n\n– Zarząd zarabia, a pracownicy tracą.',
     [("direct", "Jan Bury", None, "To dla nas"), ("direct", "związkowcy", None, "Zarząd zarabia")]),
    ('Prezes firmy Jan Bury nie krył zadowolenia. – To dla nas świetny wynik – mówił. Związkowcy są '
     'rozgoryczeni. – Zarząd zarabia, a pracownicy tracą.',
     [("direct", "Jan Bury", None, "To dla nas"), ("direct", "związkowcy", None, "Zarząd zarabia")]),
    # negatives: a subject of two persons is neither of them alone; narration naming no one new keeps
    # the previous speaker
    ('– Nie będzie zgody na cięcia – powiedział Adam Wilk.\n\nPodobne stanowisko przedstawili wcześniej '
     'poseł Jan Sęk i senator Piotr Bór.\n\n– Szpitale muszą dostać pieniądze.',
     [("direct", "Adam Wilk", None, "Nie będzie"), ("direct", None, None, "Szpitale")]),
    ('Prezes firmy Jan Bury nie krył zadowolenia. – To dla nas świetny wynik – mówił.\n\n– Zarząd '
     'pracował na to od lat.',
     [("direct", "Jan Bury", None, "To dla nas"), ("direct", "Jan Bury", None, "Zarząd pracował")]),
]


@pytest.mark.parametrize("text,expected", NEW_SUBJECT_BETWEEN)
def test_a_new_subject_between_breaks_the_run(text, expected):
    assert_quotes(text, expected)


NOUN_SOURCE = [
    # "według"/"zdaniem" with a common noun for a body or an outlet the text named before: that actor
    ('O sprawie pisze „Kurier Nadwiślański”. Według gazety burmistrz wiedział o kontroli.',
     [("indirect", "Kurier Nadwiślański", None, "burmistrz")]),
    ('Kopalnia Wiktoria odrzuciła żądania. Według zarządu podwyżki są dziś niemożliwe.',
     [("indirect", "Kopalnia Wiktoria", None, "podwyżki")]),
    ('Liga ukarała klub Orzeł Bralin. Zdaniem klubu kibice nie mieli z tym nic wspólnego.',
     [("indirect", "Orzeł Bralin", None, "kibice")]),
    # of two outlets, the one whose findings the sentence before reports
    ('O sprawie mówiło radio RMF FM. Jak ustaliła „Gazeta Nadbrzeżna”, radni dostali pismo w piątek. Według '
     'gazety burmistrz wiedział o nim wcześniej.',
     [("indirect", "Gazeta Nadbrzeżna", None, "radni"), ("indirect", "Gazeta Nadbrzeżna", None, "burmistrz")]),
    # a bare noun that opens the one body's name ("Rzecznik Praw Pacjenta" is an office, not a spokesperson)
    ('Sprawą zajął się Rzecznik Praw Pacjenta. Zdaniem rzecznika szpital złamał przepisy.',
     [("indirect", "Rzecznik Praw Pacjenta", None, "szpital")]),
    # negatives: a role with a complement of its own; a bare role noun with no such body named;
    ('Sprawą zajął się Rzecznik Praw Pacjenta. Według rzecznika szpitala przepisy są dobre.',
     [("indirect", None, None, "przepisy")]),
    ('Sprawą zajął się szpital w Bralinie. Według rzecznika przepisy są dobre.',
     [("indirect", None, None, "przepisy")]),
    # two outlets and none reporting just before; a body the text names only later; two bodies
    ('O sprawie mówiło radio RMF FM, a potem „Gazeta Nadbrzeżna”. Według gazety burmistrz wiedział o kontroli.',
     [("indirect", None, None, "burmistrz")]),
    ('Według związku regulamin premiuje biuro. Do protestu przyłączył się Związek Zawodowy Kierowców.',
     [("indirect", None, None, "regulamin")]),
    ('Kopalnia Wiktoria i Huta Bralin odrzuciły żądania. Według zarządu podwyżki są dziś niemożliwe.',
     [("indirect", None, None, "podwyżki")]),
]


@pytest.mark.parametrize("text,expected", NOUN_SOURCE)
def test_a_common_noun_source_is_the_one_actor_it_names(text, expected):
    assert_quotes(text, expected)


CLAUSE_BEFORE_VERB = [
    # a name inside a content or question clause that stands before the speech verb ("Na uwagę X, że Y …,
    # odpowiedział") is that clause's subject, not the verb's: the verb's subject is the one before
    ('Poseł Adam Bór spotkał się z wyborcami. Na uwagę dziennikarza, że minister Jan Lis nie należy do '
     'partii, odpowiedział: „Tym lepiej, bo minister Jan Lis może być mostem między nami”.',
     [("direct", "Adam Bór", None, "Tym lepiej")]),
    ('Poseł Adam Bór spotkał się z wyborcami. Na pytanie, czy minister Jan Lis poprze projekt, odpowiedział: '
     '„Tym lepiej, bo minister może być mostem między nami”.',
     [("direct", "Adam Bór", None, "Tym lepiej")]),
    # negatives: a verb inside the content clause keeps that clause's subject; a person the sentence before
    # names inside "okazało się, że" is the one who speaks next
    ('Spółka Wartex poinformowała, że Sąd Okręgowy w Bralinie wydał postanowienie, w którym podał, że '
     'postępowanie zostało zakończone.',
     [("indirect", "Sąd Okręgowy w Bralinie", None, "postępowanie")]),
    ('Okazało się, że minister Jan Lis popełnił błąd. – Przepraszam wszystkich – powiedział.',
     [("direct", "Jan Lis", None, "Przepraszam")]),
]


@pytest.mark.parametrize("text,expected", CLAUSE_BEFORE_VERB)
def test_a_name_in_a_clause_before_the_verb_is_not_its_subject(text, expected):
    assert_quotes(text, expected)


IMPERSONAL_STATEMENT = [
    # an impersonal speech verb quoting a written statement (data/statement_documents.txt) quotes its
    # author: the actor named with the document, else the subject of the sentence before
    ('„Sytuacja klubu jest bardzo poważna” – napisano w oświadczeniu Polskiego Związku Koszykówki.',
     [("direct", "Polski Związek Koszykówki", None, "Sytuacja")]),
    ('Stowarzyszenie Dziennikarzy Lokalnych zareagowało na pozew. „Pozwy mają jeden cel: zastraszyć redakcje” '
     '– napisano w oświadczeniu.',
     [("direct", "Stowarzyszenie Dziennikarzy Lokalnych", None, "Pozwy")]),
    # negative: a bare impersonal report names no one
    ('Stowarzyszenie Dziennikarzy Lokalnych zareagowało na pozew. Jak poinformowano, sprawa trafi do sądu.',
     [("indirect", None, None, "sprawa")]),
]


@pytest.mark.parametrize("text,expected", IMPERSONAL_STATEMENT)
def test_an_impersonal_statement_quotes_its_author(text, expected):
    assert_quotes(text, expected)


NAMED_AFTER = [
    # a quotation whose speaker the next sentence (or the dash clause) names, pointing back at the words
    # (data/cataphora_openers.txt): the subject of its speech verb, or the owner of "słowa"
    ('„Nie oddamy przychodni w Bralinie”. Tak sprawę skomentował starosta Adam Wrzos.',
     [("direct", "Adam Wrzos", None, "Nie oddamy")]),
    ('„Nie oddamy przychodni w Bralinie”. Tak starosta Adam Wrzos odpowiedział radnym.',
     [("direct", "Adam Wrzos", None, "Nie oddamy")]),
    ('„Nie oddamy przychodni w Bralinie”. To słowa starosty Adama Wrzosa.',
     [("direct", "Adam Wrzos", None, "Nie oddamy")]),
    ('„Nie oddamy przychodni w Bralinie” – to słowa starosty Adama Wrzosa.',
     [("direct", "Adam Wrzos", None, "Nie oddamy")]),
    # negatives: a mental verb is no attribution; words on a banner or a title name no speaker
    ('„Nie oddamy przychodni w Bralinie”. Tak uważa większość mieszkańców powiatu.',
     [("direct", None, None, "Nie oddamy")]),
    ('„Nie oddamy przychodni w Bralinie”. To hasło widniało na transparentach.',
     [("direct", None, None, "Nie oddamy")]),
]


@pytest.mark.parametrize("text,expected", NAMED_AFTER)
def test_a_speaker_named_right_after_the_words(text, expected):
    assert_quotes(text, expected)
