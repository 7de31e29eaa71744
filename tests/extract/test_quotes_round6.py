"""Round 6 (issue 13): the attribution clause's arguments. Table of invented text -> (kind, speaker, via,
text start), negatives included."""
import pytest

from newslens import nlp
from newslens.extract.actors import extract_actors
from newslens.extract.quotes import extract_quotes


def quotes(text):
    t = nlp.analyze(text)
    return [(q.kind, q.speaker, q.via, q.text) for q in extract_quotes(t, extract_actors(t))]


CASES = [
    # a name inside a prepositional phrase of the subject ("z firmy X", "z banku X") is no subject
    ("Analityk Jan Nowak z firmy doradczej Delta Partners ocenił, że ceny paliw spadną jesienią.",
     [("indirect", "Jan Nowak", None, "ceny paliw spadną")]),
    ("Ekspertka Anna Wiśniewska z banku inwestycyjnego Goldman Sachs oceniła, że stopy procentowe wzrosną.",
     [("indirect", "Anna Wiśniewska", None, "stopy procentowe wzrosną")]),
    # negatives: a nominative name after a complete phrase is the subject; a time adjunct is no phrase of it
    ("W piątek prezes Jan Nowak powiedział, że zakład nie zostanie zamknięty.",
     [("indirect", "Jan Nowak", None, "zakład nie zostanie zamknięty")]),
    ("– Nie podpiszemy tego porozumienia – mówiła na spotkaniu Anna Kowalska.",
     [("direct", "Anna Kowalska", None, "Nie podpiszemy tego porozumienia")]),
    ("– Nie wyjedziemy stąd z pustymi rękami – mówił do zebranych Marek Lis.",
     [("direct", "Marek Lis", None, "Nie wyjedziemy stąd")]),
    # a body named in the subject phrase before its person ("radna Polski 2050 X") is the person's complement;
    # a body alone is the subject
    ("– Nie zgadzamy się na wycinkę – mówiła z kolei radna Polski 2050 Anna Kowalska.",
     [("direct", "Anna Kowalska", None, "Nie zgadzamy się")]),
    ("– Nie zgadzamy się na wycinkę – oświadczyło Stowarzyszenie Mieszkańców Pieczewa.",
     [("direct", "Stowarzyszenie Mieszkańców Pieczewa", None, "Nie zgadzamy się")]),
    ("– Nie zgadzamy się na wycinkę – mówiła w rozmowie z TVN24 Anna Kowalska.",
     [("direct", "Anna Kowalska", "TVN24", "Nie zgadzamy się")]),
    # a spokesperson role read as a body's unnamed spokesperson is the spokesperson whose quote ended just
    # before; another holder, or one who spoke sentences earlier, leaves the body
    ("Rzecznik prezydenta Jan Lis zabrał głos w sprawie Ministerstwa Zdrowia. – Nie ma żadnej decyzji – mówił Lis. "
     "Według rzecznika ministerstwa rozmowy wciąż trwają.",
     [("direct", "Jan Lis", None, "Nie ma żadnej decyzji"), ("indirect", "Jan Lis", None, "wciąż trwają")]),
    ("Minister Jan Lis zabrał głos w sprawie Ministerstwa Zdrowia. – Nie ma żadnej decyzji – mówił Lis. "
     "Według rzecznika ministerstwa rozmowy wciąż trwają.",
     [("direct", "Jan Lis", None, "Nie ma żadnej decyzji"), ("indirect", "Ministerstwo Zdrowia", None, "wciąż trwają")]),
    ("Rzecznik prezydenta Jan Lis zabrał głos w sprawie Ministerstwa Zdrowia. – Nie ma żadnej decyzji – mówił Lis."
     "\n\nPo południu odbyła się konferencja. Sala była pełna. Posłowie wyszli. Według rzecznika ministerstwa "
     "rozmowy wciąż trwają.",
     [("direct", "Jan Lis", None, "Nie ma żadnej decyzji"), ("indirect", "Ministerstwo Zdrowia", None, "wciąż trwają")]),
    # a masculine personal noun as the clause's subject (an epithet) is the person named before, as an
    # unresolved role is; with no person before, or a non-personal noun, no speaker
    ("Na decyzję zarządu zareagował przyjmujący Marek Lis. Siatkarz napisał, że szuka nowego klubu.",
     [("indirect", "Marek Lis", None, "szuka nowego klubu")]),
    ("Mecenas Piotr Zawada złożył apelację.\n\n– Ten wyrok nie ma szans się utrzymać – przekonywał prawnik.",
     [("direct", "Piotr Zawada", None, "Ten wyrok nie ma szans")]),
    ("Sala była pełna.\n\n– Wszyscy czekamy na decyzję ministra – mówił rolnik.",
     [("direct", None, None, "Wszyscy czekamy")]),
    ("Prezes Anna Lis złożyła rezygnację. Spółka poinformowała, że szuka następcy.",
     [("indirect", None, None, "szuka następcy")]),
    ("Anna Lis złożyła apelację. Prawnik napisał, że wyrok jest niesprawiedliwy.",
     [("indirect", None, None, "wyrok jest niesprawiedliwy")]),
    # a capitalised head noun alone inside a sentence is the text's short form of the one body so named;
    # a longer name is its own body
    ("Rada Polityki Pieniężnej podniosła stopy procentowe. Decyzję skrytykowała Konfederacja Lewiatan. W komunikacie "
     "po posiedzeniu Rada napisała, że inflacja jest zbyt wysoka.",
     [("indirect", "Rada Polityki Pieniężnej", None, "inflacja jest zbyt wysoka")]),
    ("Rada Polityki Pieniężnej podniosła stopy procentowe. W komunikacie po posiedzeniu Rada Ministrów napisała, że "
     "inflacja jest zbyt wysoka.", [("indirect", "Rada Ministrów", None, "inflacja jest zbyt wysoka")]),
    # an unnamed spokesperson or press office of a body speaks for it: "spółka" names the one works or
    # enterprise named; two such bodies, no speaker; a body named "Biuro …" speaks itself
    ("Zakłady Metalowe Ferrum ogłosiły zwolnienia grupowe. Rzecznik spółki poinformował, że rozmowy będą kontynuowane.",
     [("indirect", "Zakłady Metalowe Ferrum", None, "rozmowy będą kontynuowane")]),
    ("Zakłady Metalowe Ferrum i Przedsiębiorstwo Budowlane Mostostal ogłosiły zwolnienia. Rzecznik spółki poinformował, "
     "że rozmowy będą kontynuowane.", [("indirect", None, None, "rozmowy będą kontynuowane")]),
    ("Lekarze protestują od tygodnia. Biuro prasowe Urzędu Marszałkowskiego w Opolu przekazało, że wojewoda zna sprawę.",
     [("indirect", "Urząd Marszałkowski w Opolu", None, "wojewoda zna sprawę")]),
    ("Lekarze protestują od tygodnia. Biuro Bezpieczeństwa Narodowego przekazało, że prezydent zna sprawę.",
     [("indirect", "Biuro Bezpieczeństwa Narodowego", None, "prezydent zna sprawę")]),
    # a part of a group as the subject ("Część mieszkańców", "Część z nich") is the group, without its quantifier;
    # "z nich" after a body (no group named), no speaker
    ("Radni spierają się o strefę. Część mieszkańców centrum, z którymi rozmawialiśmy, mówi, że to walka o kilka złotych.",
     [("indirect", "mieszkańcy centrum", None, "to walka o kilka złotych")]),
    ("Sadownicy z Lubelszczyzny są podzieleni. Część z nich przekonuje, że ceny wzrosną jesienią.",
     [("indirect", "sadownicy z Lubelszczyzny", None, "ceny wzrosną jesienią")]),
    ("Rada Miasta jest podzielona. Część z nich przekonuje, że ceny wzrosną jesienią.",
     [("indirect", None, None, "ceny wzrosną jesienią")]),
    # "zrzeszeni w stowarzyszeniu": the one association named before leads the group; another kind of body or
    # two associations: the group speaks as itself
    ("Stowarzyszenie Kupców Starego Miasta złożyło petycję. Kupcy zrzeszeni w stowarzyszeniu zapowiadają, że zamkną "
     "sklepy w sobotę.", [("indirect", "Stowarzyszenie Kupców Starego Miasta", None, "zamkną sklepy")]),
    ("Stowarzyszenie Kupców Starego Miasta złożyło petycję. Kupcy zrzeszeni w związku zapowiadają, że zamkną "
     "sklepy w sobotę.", [("indirect", "kupcy zrzeszeni", None, "zamkną sklepy")]),
    ("Stowarzyszenie Kupców Starego Miasta i Stowarzyszenie Rzemieślników złożyły petycję. Kupcy zrzeszeni w "
     "stowarzyszeniu zapowiadają, że zamkną sklepy w sobotę.", [("indirect", "kupcy zrzeszeni", None, "zamkną sklepy")]),
    # agreement: a group is plural, so a singular verb never takes it; a subject inside reported speech is what
    # was said, not a speaker
    ("Jak przekazał rzecznik prokuratury Jan Lis, śledczy ustalili, że Marek Nowak przekazywał kosztorysy firmie. "
     "– Szkoda to milion złotych – powiedział prokurator.",
     [("indirect", "śledczy", None, "Marek Nowak przekazywał"), ("direct", "Jan Lis", None, "Szkoda to milion")]),
    ("Śledczy ustalili przebieg zdarzeń w Kielcach. – Sprawa jest bardzo poważna – powiedział.",
     [("direct", None, None, "Sprawa jest bardzo poważna")]),
    # an outlet with its classifier in the nominative after the verb is the clause's subject: it relays an
    # unnamed source (via) or is the source itself; an acronym after a phrase's noun ("z delegacją ONZ") is inside
    # that phrase, so a bare "– przekazał PAP" (the addressee) leaves the person who spoke
    ("Delegacje spotkały się w Stambule z przedstawicielami ONZ. Moskwa zgodzi się na przepuszczenie statków pod "
     "warunkiem kontroli – przekazała w czwartek agencja TASS, powołując się na źródło w delegacji.",
     [("indirect", None, "TASS", "Moskwa zgodzi się")]),
    ("Delegacje spotkały się w Stambule z przedstawicielami ONZ. Moskwa zgodzi się na przepuszczenie statków pod "
     "warunkiem kontroli – podała w czwartek agencja TASS.", [("indirect", "TASS", None, "Moskwa zgodzi się")]),
    ("Minister Jan Lis spotkał się z delegacją ONZ. – Porozumienie jest blisko – przekazał PAP.",
     [("direct", "Jan Lis", "PAP", "Porozumienie jest blisko")]),
    # "magistrat"/"ratusz" is the one town office named before, "Urząd Miejski X" too; a regional office is none
    ("Urząd Miejski Wrocławia przekazał, że prezydent spotka się ze związkowcami. Jak podkreśla magistrat, na "
     "zwiększenie dodatków potrzebna byłaby zgoda radnych.",
     [("indirect", "Urząd Miejski Wrocławia", None, "prezydent spotka się"),
      ("indirect", "Urząd Miejski Wrocławia", None, "na zwiększenie dodatków")]),
    ("Urząd Marszałkowski Województwa Dolnośląskiego przekazał, że marszałek spotka się ze związkowcami. Jak podkreśla "
     "magistrat, na zwiększenie dodatków potrzebna byłaby zgoda radnych.",
     [("indirect", "Urząd Marszałkowski Województwa Dolnośląskiego", None, "marszałek spotka się"),
      ("indirect", None, None, "na zwiększenie dodatków")]),
    # a relative clause's subject is its antecedent only when they agree: "którzy" (plural) skips the parliament
    # the group's phrase names; an agreeing antecedent stays
    ("Decyzję skrytykowali europosłowie z kilku frakcji Parlamentu Europejskiego, którzy zarzucili Komisji, że "
     "ustąpiła za wcześnie.", [("indirect", "europosłowie", None, "ustąpiła za wcześnie")]),
    ("Decyzję skrytykowali politycy Konfederacji, którzy zarzucili rządowi, że ustąpił za wcześnie.",
     [("indirect", "Konfederacja", None, "ustąpił za wcześnie")]),
    ("Decyzję skrytykował rzecznik Komisji Europejskiej Jan Lis, który zarzucił rządowi, że ustąpił za wcześnie.",
     [("indirect", "Jan Lis", None, "ustąpił za wcześnie")]),
    # a teaser line ("CZYTAJ TAKŻE: …") is no article text: the mention layer takes no group from it, so zero
    # anaphora cannot either (a group named in the body still can)
    ("Rada Polityki Pieniężnej podniosła stopy procentowe.\n\nCZYTAJ TAKŻE: Raty pójdą w górę. Ile zapłacą "
     "kredytobiorcy?\n\nCo miesiąc wyliczają, że rata kredytu wzrośnie o 120 zł.",
     [("indirect", None, None, "rata kredytu wzrośnie")]),
    # a group whose council or self-government was named speaks as itself; a union leads its members
    ("Rada Pracowników Huty Zawiercie wydała oświadczenie. Pracownicy huty mówią, że czują się oszukani przez zarząd.",
     [("indirect", "pracownicy huty", None, "czują się oszukani")]),
    ("Samorząd Studentów Uniwersytetu Opolskiego zwołał pikietę. Studenci zapowiadają, że przyjdą na protest w czwartek.",
     [("indirect", "studenci", None, "przyjdą na protest")]),
    ("Związek Zawodowy Ratowników Medycznych zwołał pikietę. Ratownicy zapowiadają, że przyjdą na protest w czwartek.",
     [("indirect", "Związek Zawodowy Ratowników Medycznych", None, "przyjdą na protest")]),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_attribution_clause(text, expected):
    got = quotes(text)
    assert [(k, s, v) for k, s, v, _ in got] == [(k, s, v) for k, s, v, _ in expected], got
    for (_, _, _, g), (_, _, _, e) in zip(got, expected):
        assert g.startswith(e)
