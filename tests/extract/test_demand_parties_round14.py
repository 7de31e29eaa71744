"""Demand parties, issue 14 (round 12 of the team, `by` and `of` of demands in constructions not seen):
mechanisms, not constructions. Invented sentences, negatives included. No sentence comes from a real page."""
import pytest

from .test_demand_round5 import demands


def parties(text, kind="item"):
    return [(d.text, d.by, d.of) for d in demands(text) if d.kind == kind]


@pytest.mark.parametrize("text,by", [
    # a member noun derived from the adjective of its body ("-owiec" from "-owy"): the one body so named
    ("Polskie Stronnictwo Ludowe zebrało się w sobotę. Ludowcy domagają się obniżenia podatku rolnego.",
     "Polskie Stronnictwo Ludowe"),
    # the body named by its acronym, the long name known for it ("PSL")
    ("Zarząd PSL zebrał się w sobotę. Ludowcy domagają się obniżenia podatku rolnego.", "PSL"),
    ("Samorząd Studentów Politechniki Opolskiej zebrał się w czwartek. Samorządowcy domagają się obniżenia "
     "opłat za akademiki.", "Samorząd Studentów Politechniki Opolskiej"),
    # an inter-union committee holds the word too ("międzyzwiązkowy")
    ("Międzyzwiązkowy Komitet Protestacyjny w Hucie Stalowa Wola ogłosił pogotowie. Związkowcy domagają się "
     "podwyżek płac o 800 zł.", "Międzyzwiązkowy Komitet Protestacyjny w Hucie Stalowa Wola"),
    # negative: two bodies hold the word: the group stays a group
    ("Związek Zawodowy Maszynistów i Związek Zawodowy Konduktorów spotkały się w Poznaniu. Związkowcy domagają "
     "się podwyżek płac o 800 zł.", "związkowcy"),
    # negative: the body named is a branch of another one named ("ZNP", "Oddział ZNP w Opolu")
    ("Oddział ZNP w Opolu poparł protest, a ZNP ogłosiło pogotowie. Związkowcy domagają się podwyżek płac o 800 zł.",
     "związkowcy"),
    # negative: no body holds the word the group's noun comes from ("rolnicy" are no "-owiec")
    ("Polskie Stronnictwo Ludowe zebrało się w sobotę. Rolnicy domagają się obniżenia podatku rolnego.", "rolnicy"),
    # negative: the body is named only after the demand
    ("Ludowcy domagają się obniżenia podatku rolnego. Polskie Stronnictwo Ludowe zebrało się w sobotę.", "ludowcy"),
])
def test_member_noun_derived_from_its_body(text, by):
    got = parties(text)
    assert got and got[0][1] == by, got


@pytest.mark.parametrize("text,of", [
    # a pronoun after the demanding verb refers to the nearest named party of its gender before it
    ("Związek Zawodowy Kolejarzy zwrócił się do wojewody opolskiego Adama Wrony. Wezwał go do zwołania "
     "rozmów w sprawie płac.", "Adam Wrona"),
    ("Związek Zawodowy Kolejarzy napisał do minister Ewy Lis. Domaga się od niej podwyżki płac o 10 procent.",
     "Ewa Lis"),
    # through a common noun the text uses for the named body ("spółka Koleje Opolskie": its classifier)
    ("Spór trwa od maja, gdy spółka Koleje Opolskie podniosła ceny biletów. Związek Zawodowy Kolejarzy "
     "pisze, że spółka nie odpowiedziała, więc wojewoda Adam Wrona wezwał ją do obniżenia cen.",
     "Koleje Opolskie"),
    # negative: the nearest noun of the pronoun's gender names no party ("ustawa"): no addressee
    ("Związek Zawodowy Kolejarzy skrytykował minister Ewę Lis za nową ustawę. Domaga się od razu, by ją "
     "wycofać, i wzywa do obniżenia cen.", None),
    # the subject of the pronoun's own clause is no antecedent, an apposition between
    ("Wojewoda Adam Wrona przyjechał w piątek do Opola. Marek Zych, lider protestujących kolejarzy, wezwał go do "
     "zwołania rozmów w sprawie płac.", "Adam Wrona"),
    # negative: a role noun no name is given for ("wojewodą"): no addressee
    ("Minister Ewa Lis spotkała się z wojewodą. Wezwała go do zwołania rozmów w sprawie płac.", None),
])
def test_pronoun_addressee_is_its_antecedent(text, of):
    got = parties(text)
    assert got and got[0][2] == of, got


@pytest.mark.parametrize("text,of", [
    # the agent of a passive demanded clause is the party asked to act
    ("Związek Zawodowy Hutników domaga się, by ustawa została przyjęta przez Sejm jeszcze w maju.", "Sejm"),
    ("Związek Zawodowy Hutników chce, by płace zostały najpierw ustalone i zatwierdzone przez Hutę Opole.",
     "Huta Opole"),
    # negative: the agent names no actor ("przez ekspertów")
    ("Związek Zawodowy Hutników domaga się, by projekt został przygotowany przez ekspertów.", None),
    # negative: "przez" in another clause than the passive one
    ("Związek Zawodowy Hutników chce, by płace zostały podniesione, a przez Hutę Opole przyjęty plan.", None),
])
def test_passive_agent_is_the_addressee(text, of):
    got = parties(text)
    assert got and got[0][2] == of, got


@pytest.mark.parametrize("text,by", [
    # a group from a workplace named with its kind ("z Kopalni X") demands as the group, not as the workplace
    ("Górnicy z Kopalni Ziemowit protestowali w piątek. Domagają się wypłaty premii i podwyżek płac.", "górnicy"),
    # while a union they belong to leads them
    ("Górnicy ze Związku Zawodowego Kadra protestowali w piątek. Domagają się wypłaty premii i podwyżek płac.",
     "Związek Zawodowy Kadra"),
])
def test_workplace_named_with_its_kind_leads_no_group(text, by):
    got = parties(text)
    assert got and got[0][1] == by, got


@pytest.mark.parametrize("text,by", [
    # a subjectless plural verb goes on with the plural subject of the sentence before
    ("Pielęgniarki ze szpitala w Opolu protestowały w piątek. Domagają się podwyżek płac o 800 zł.", "pielęgniarki"),
    # negative: the subject before is one man, the verb plural: no demander rather than a wrong one
    ("Dyrektor szpitala Adam Wrona przyjechał w piątek do Opola. Domagają się podwyżek płac o 800 zł.", None),
])
def test_subject_before_goes_on_only_in_agreement(text, by):
    got = parties(text)
    assert got and got[0][1] == by, got


@pytest.mark.parametrize("text,of", [
    # the agent of a demanded action named by a gerund is the party asked to act
    ("Związek Zawodowy Hutników domaga się pilnego rozpatrzenia projektu przez Radę Miasta Opola.",
     "Rada Miasta Opola"),
    # negative: a place after "przez" is a route, no agent
    ("Związek Zawodowy Hutników domaga się wstrzymania tranzytu stali przez Polskę.", None),
    # negative: "przez" with a time, no party
    ("Związek Zawodowy Hutników domaga się wypłaty premii przez trzy lata.", None),
])
def test_gerund_agent_is_the_addressee(text, of):
    got = parties(text)
    assert got and got[0][2] == of, got


@pytest.mark.parametrize("text,by,of", [
    # a verb of receiving makes its subject the addressee and "od X" the demander
    ("Huta Opole otrzymała od Związku Zawodowego Hutników pismo z żądaniem podwyżki płac o 800 zł.",
     "Związek Zawodowy Hutników", "Huta Opole"),
    ("Wojewoda Adam Wrona przyjął od rolników petycję z postulatami: dopłat do nawozów i kontroli zboża.",
     "rolnicy", "Adam Wrona"),
    # the document's author named in the genitive after it, its recipient before it
    ("Do Huty Opole trafiło pismo Związku Zawodowego Hutników z żądaniem podwyżki płac o 800 zł.",
     "Związek Zawodowy Hutników", "Huta Opole"),
    # the addressee the demand noun's own clause names before it
    ("Związek Zawodowy Hutników wysunął wobec Huty Opole żądanie podwyżki płac o 800 zł.",
     "Związek Zawodowy Hutników", "Huta Opole"),
    # negative: a verb of sending keeps its subject the demander
    ("Związek Zawodowy Hutników wysłał do Huty Opole pismo z żądaniem podwyżki płac o 800 zł.",
     "Związek Zawodowy Hutników", "Huta Opole"),
])
def test_receiving_and_documents(text, by, of):
    got = parties(text)
    assert got and got[0][1:] == (by, of), got


@pytest.mark.parametrize("text,by", [
    # a name in the genitive after a group noun complements it: the employer named leads no one
    ("Pracownicy Huty Opole od miesięcy domagają się podwyżek płac o 800 zł.", "pracownicy Huty Opole"),
    # a place of residence: the group as before
    ("Mieszkańcy Radomia od miesięcy domagają się budowy obwodnicy.", "mieszkańcy Radomia"),
    # a body of members named after its members leads them
    ("Związkowcy Solidarności od miesięcy domagają się podwyżek płac o 800 zł.", "Solidarność"),
])
def test_genitive_after_a_group(text, by):
    got = parties(text)
    assert got and got[0][1] == by, got


@pytest.mark.parametrize("text,by", [
    # a body named in the genitive after a group its members are not leads it not: the group demands
    ("Studenci Politechniki Opolskiej domagają się od rektora obniżenia opłat za akademiki.",
     "studenci Politechniki Opolskiej"),
    ("Kibice Odry Opole domagają się dymisji trenera.", "kibice Odry Opole"),
    ("Nauczyciele Szkoły Podstawowej nr 7 w Opolu domagają się podwyżek płac.",
     "nauczyciele Szkoły Podstawowej nr 7 w Opolu"),
    # members and representatives: the body named is theirs
    ("Radni PiS domagają się od prezydenta Opola Arkadiusza Wiśniewskiego obniżenia cen biletów.", "PiS"),
    ("Członkowie Stowarzyszenia Kibiców Odry domagają się dymisji trenera.", "Stowarzyszenie Kibiców Odry"),
])
def test_body_in_the_genitive_leads_only_its_members(text, by):
    got = parties(text)
    assert got and got[0][1] == by, got


@pytest.mark.parametrize("text,expected", [
    # a reflexive gerund is intransitive: the named genitive after "się" is who is asked to act, for
    # that item only (the next item of the list names no one)
    ("Hodowcy protestują od poniedziałku. Żądają wycofania się Komisji Europejskiej z nowych norm, "
     "obniżenia cen paliwa i dopłat do pasz.",
     [("Komisji Europejskiej", "Komisja Europejska"), ("obniżenia", None), ("dopłat", None)]),
    ("Sąsiedzi domagają się zaangażowania się burmistrza Pawła Zielińskiego w spór o wysypisko.",
     [("zaangażowania", "Paweł Zieliński")]),
    ("Posłowie opozycji żądają wycofania się Węgier z weta wobec pakietu pomocy.", [("wycofania", "Węgry")]),
    # negatives: no name right after "się"; the lead-in names its addressee, though no actor of the text
    ("Działacze domagają się wycofania się z kontraktu z Koreą Południową.", [("wycofania", None)]),
    ("Związkowcy żądają od rządu wycofania się Grecji z planu cięć.", [("wycofania", None)]),
    # a transitive gerund: its genitive is the object, no agent
    ("Kibice domagają się odwołania trenera Marka Kota.", [("odwołania", None)]),
])
def test_reflexive_gerund_names_who_acts(text, expected):
    got = parties(text)
    assert len(got) == len(expected), got
    for (text_, by, of), (word, want) in zip(got, expected):
        assert word in text_ and of == want, got


@pytest.mark.parametrize("text,of", [
    # the named organisation set on the other side of a dispute or of talks: a demanding group's addressee
    ("Trwają rozmowy między zarządem spółki Koleje Mazurskie a związkami zawodowymi. Maszyniści grożą "
     "strajkiem.\n\nPracownicy domagają się podwyżek o 600 zł.", "Koleje Mazurskie"),
    ("Spór między związkowcami a Hutą Zawiercie narasta.\n\nPracownicy chcą utrzymania dodatków stażowych.",
     "Huta Zawiercie"),
    ("Komisja Zakładowa weszła w spór zbiorowy z firmą Mostostal. Pracownicy domagają się podwyżek.", "Mostostal"),
    # negatives: two organisations on the sides; talks "z X" name whom one talks with; the demand's own
    # addressee stands; a demander that is no side (a person) gets none
    ("Rozmowy między Orlenem a Lotosem trwają. Pracownicy domagają się podwyżek.", None),
    ("Związkowcy prowadzą rozmowy z Ministerstwem Aktywów Państwowych. Pracownicy domagają się podwyżek.", None),
    ("Spór między związkowcami a Hutą Zawiercie narasta. Pracownicy domagają się od wojewody Jana Lisa mediacji.",
     "Jan Lis"),
    ("Spór między związkowcami a Hutą Zawiercie narasta. Wojewoda Jan Lis wezwał związkowców do zawieszenia "
     "protestu.", None),
])
def test_other_side_of_the_dispute(text, of):
    got = parties(text)
    assert got and got[-1][2] == of, got


@pytest.mark.parametrize("text,expected", [
    # "pracodawca" is the one workplace the text names for its workers or union (GUIDELINES: a common
    # noun for one actor named is that actor): after "pracowników" in a union's name ...
    ("Członkowie Związku Pracowników Fabryki Mebli Klose protestują pod bramą Fabryki Mebli Klose.\n\n"
     "Pracodawca wezwał do opuszczenia hali do godz. 16.", [("hali", "Fabryka Mebli Klose", None)]),
    # ... and a demanding verb in a relative clause of the document received speaks for its sender
    ("Członkowie Związku Pracowników Fabryki Mebli Klose protestują pod bramą Fabryki Mebli Klose. Okupujący "
     "halę dostali od pracodawcy w piątek pismo, w którym wzywa on do zwolnienia hali.",
     [("hali", "Fabryka Mebli Klose", None)]),
    # the union's sub-body working in a company, in dispute with its employer: its list is made of it
    ("Komisja Międzyzakładowa NSZZ \"Solidarność\" działająca w sieci drogerii Rossmann ogłosiła spór "
     "zbiorowy z pracodawcą.\n\nZwiązkowcy przedstawili swoje oczekiwania:\n\nPodwyżka płac o 500 zł; "
     "Dodatkowy dzień urlopu dla kasjerów; Bon na obiad.",
     [("Podwyżka", "Komisja Międzyzakładowa NSZZ \"Solidarność\"", "Rossmann"),
      ("urlopu", "Komisja Międzyzakładowa NSZZ \"Solidarność\"", "Rossmann"),
      ("Bon", "Komisja Międzyzakładowa NSZZ \"Solidarność\"", "Rossmann")]),
    # negatives: no workplace named; two named
    ("Protestujący okupują salę od tygodnia.\n\nPracodawca wezwał do opuszczenia budynku do godz. 18.",
     [("budynku", None, None)]),
    ("Związkowcy z Solidarności w Orlenie i z OPZZ w Lotosie protestują.\n\nPracodawca wezwał do "
     "opuszczenia budynku do godz. 18.", [("budynku", None, None)]),
])
def test_employer_and_the_document_received(text, expected):
    got = parties(text)
    assert len(got) == len(expected), got
    for (text_, by, of), (word, want_by, want_of) in zip(got, expected):
        assert word in text_ and (by, of) == (want_by, want_of), got


@pytest.mark.parametrize("text,of", [
    # the verb's own "do X" before the thing demanded addresses X (an adjective and an office noun before
    # the name: "do krajowego biura X" is X), over a letter sent the sentence before
    ("Prokuratura Okręgowa przesłała do Sądu Rejonowego w Kielcach wniosek o areszt dla wójta. Prokuratorzy "
     "zwrócili się też do warszawskiego biura Frontexu o pomoc w poszukiwaniach wójta.", "Frontex"),
    # a "do" phrase naming no actor of the text: none, not the letter's addressee
    ("Prokuratura Okręgowa przesłała do Sądu Rejonowego w Kielcach wniosek o areszt dla wójta. Jak podał jego "
     "obrońca, wójt zwrócił się do organów czeskich o ochronę przed ekstradycją.", None),
])
def test_the_verbs_own_addressee(text, of):
    got = parties(text)
    assert got and got[-1][2] == of, got
