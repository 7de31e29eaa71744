"""Quotes: tables of text -> expected (kind, speaker, via, text start), negatives included."""
import pytest

from newslens import nlp
from newslens.extract.actors import extract_actors
from newslens.extract.quotes import extract_quotes, quote_marks


def quotes(text):
    t = nlp.analyze(text)
    return [(q.kind, q.speaker, q.via, q.text) for q in extract_quotes(t, extract_actors(t))]


def assert_quotes(text, expected):
    """The text's quotes are ``expected``: (kind, speaker, via) each, and each text starts as given."""
    got = quotes(text)
    assert [(k, s, v) for k, s, v, _ in got] == [(k, s, v) for k, s, v, _ in expected], got
    for (_, _, _, g), (_, _, _, e) in zip(got, expected):
        assert g.startswith(e), (g, e)


def test_reference_article_quotes_match_gold(reference, gold):
    got = reference.extraction.quotes
    assert len(got) == len(gold["quotes"])
    for g, q in zip(gold["quotes"], got):
        assert g["text_start"] in q.text
        assert (q.kind, q.speaker, q.via) == (g["kind"], g["speaker"], g["via"])


CASES = [
    # dialogue dash with a named speaker, then a bare feminine verb resolved by agreement
    ("Minister Anna Nowak spotkała się z Janem Kowalskim. – Nie zgadzamy się na to – powiedziała.",
     [("direct", "Anna Nowak", None, "Nie zgadzamy się na to")]),
    ("Jan Kowalski rozmawiał z Anną Nowak. – Nie zgadzamy się na to – powiedział.",
     [("direct", "Jan Kowalski", None, "Nie zgadzamy się na to")]),
    # role instead of a name
    ("Rzecznik rządu Piotr Müller odniósł się do sprawy. – Nie ma takiej decyzji – dodał rzecznik.",
     [("direct", "Piotr Müller", None, "Nie ma takiej decyzji")]),
    # reported speech with the outlet in the clause
    ("Donald Tusk powiedział w rozmowie z TVN24, że rząd nie podniesie podatków.",
     [("indirect", "Donald Tusk", "TVN24", "rząd nie podniesie podatków")]),
    ("Jak podaje PAP, premier Mateusz Morawiecki oświadczył, że szczyt się odbędzie.",
     [("indirect", "Mateusz Morawiecki", "PAP", "szczyt się odbędzie")]),
    # według niego: pronoun resolved to the previous speaker
    ("Prezes Jarosław Kaczyński skrytykował plan. Według niego reforma jest zbyt kosztowna.",
     [("indirect", "Jarosław Kaczyński", None, "reforma jest zbyt kosztowna")]),
    # quoted sentence followed by its speech clause, and a partial in the author's sentence
    ("„Nie pozwolimy na zamknięcie szkół” – zapowiedział Sławomir Broniarz. Związek jest „gotowy do "
     "dalszych rozmów z rządem”.",
     [("direct", "Sławomir Broniarz", None, "Nie pozwolimy na zamknięcie szkół"),
      ("partial", None, None, "gotowy do dalszych rozmów z rządem")]),
    # colon introduces a direct quote
    ("Wołodymyr Zełenski napisał: „Ukraina się nie podda i będzie walczyć do końca”.",
     [("direct", "Wołodymyr Zełenski", None, "Ukraina się nie podda i będzie walczyć do końca")]),
    # cytowany przez agencję
    ("– Sytuacja jest stabilna – stwierdził Olaf Scholz, cytowany przez agencję Reuters.",
     [("direct", "Olaf Scholz", "Reuters", "Sytuacja jest stabilna")]),
    # a hyphen-minus is a dialogue dash, after a quotation mark or opening a paragraph
    ('Spotkanie trwało do wieczora. "Nie ustąpimy ani o krok w tej sprawie" - stwierdził Jan Kowalski.',
     [("direct", "Jan Kowalski", None, "Nie ustąpimy ani o krok")]),
    ("Spotkanie trwało do wieczora.\n\n- Nie ustąpimy ani o krok w tej sprawie - mówił Jan Kowalski.",
     [("direct", "Jan Kowalski", None, "Nie ustąpimy ani o krok")]),
    # block layout: the quote paragraph, then its attribution alone on the next line (no quote itself)
    ('Rozmowy trwały.\n\n"Nie ustąpimy ani o krok. Czekamy na ruch rządu"\n- powiedział Jan Kowalski, szef komitetu.',
     [("direct", "Jan Kowalski", None, "Nie ustąpimy ani o krok. Czekamy")]),
    ("Rozmowy trwały.\n\n– Nie ustąpimy ani o krok w tej sprawie.\n– mówiła Anna Lis, rzeczniczka komitetu.",
     [("direct", "Anna Lis", None, "Nie ustąpimy ani o krok")]),
    # mixed quotation marks pair opener with the nearest closer: two partials, no fragment between
    ('Jan Nowak ocenił, że warunki „tylko po wycofaniu wojsk" są "nie do przyjęcia dla nas".',
     [("partial", "Jan Nowak", None, "tylko po wycofaniu wojsk"), ("partial", "Jan Nowak", None, "nie do przyjęcia")]),
    # a subheading with a speaker's colon, and one that only repeats words said in the body
    ("Strajk trwa\n\nJan Kowalski, szef komitetu, mówił o proteście.\n\nKowalski: Nie będzie żadnych ustępstw\n\nZarząd milczy.",
     [("direct", "Jan Kowalski", None, "Nie będzie żadnych ustępstw")]),
    # ... with the words in quotation marks, straight or typographic: one quote, not one with the mark again
    ('Strajk trwa\n\nJan Kowalski, szef komitetu, mówił o proteście.\n\nKowalski: "Nie będzie żadnych ustępstw"\n\nZarząd milczy.',
     [("direct", "Jan Kowalski", None, "Nie będzie żadnych ustępstw")]),
    ("Strajk trwa\n\nJan Kowalski, szef komitetu, mówił o proteście.\n\nKowalski: „Nie będzie żadnych ustępstw”\n\nZarząd milczy.",
     [("direct", "Jan Kowalski", None, "Nie będzie żadnych ustępstw")]),
    ("Strajk trwa\n\n– Nie wyjedziemy stąd. To dopiero początek – powiedział Jan Kowalski.\n\n„To dopiero początek”\n\nZarząd milczy.",
     [("direct", "Jan Kowalski", None, "Nie wyjedziemy stąd"), ("direct", "Jan Kowalski", None, "To dopiero początek")]),
    # a group speaks (relative clause with a preposition skipped); an outlet in the clause of a partial
    ("Protest trwa. Rolnicy, z którymi rozmawialiśmy, skarżą się, że ceny spadły o połowę.",
     [("indirect", "rolnicy", None, "ceny spadły o połowę")]),
    ("Starosta Jan Nowak napisał na Facebooku, że powiat „nie ma pieniędzy na podwyżki w tym roku”.",
     [("partial", "Jan Nowak", "Facebook", "nie ma pieniędzy")]),
    # an answer after "zapytany o …," is no journalist's question; a dash after "odparł:" is a quote
    ('Francuski prezydent Jacques Moreau, zapytany przez dziennikarzy o szanse szczytu, odparł krótko: '
     '"Bez porozumienia zostanie nam tylko wojna".',
     [("direct", "Jacques Moreau", None, "Bez porozumienia zostanie")]),
    ("Minister Jan Kowalski mówił o budżecie. Pytany o podwyżki, odparł: - Nie będę uprzedzał decyzji rządu.",
     [("direct", "Jan Kowalski", None, "Nie będę uprzedzał")]),
    # reported speech without "że": "jego zdaniem …", "Jak ustaliło <medium>, …", "X – zapowiedział Y."
    ("Minister Jan Kowalski skrytykował projekt. Jego zdaniem reforma nie przyniesie oszczędności.",
     [("indirect", "Jan Kowalski", None, "reforma nie przyniesie")]),
    ("Jak ustaliło Radio Zachód, negocjatorzy zaproponowali partnerom jedno miejsce w zarządzie.",
     [("indirect", "Radio Zachód", None, "negocjatorzy zaproponowali")]),
    ("Przejścia graniczne pozostaną zamknięte do końca lutego – zapowiedział w czwartek minister Marek Nowicki.",
     [("indirect", "Marek Nowicki", None, "Przejścia graniczne pozostaną")]),
    # an unnamed explicit subject ("jedna z mieszkanek") is no one: not the last speaker
    ("Jan Kowalski milczał. – Jak mam zapłacić za ciepło? – pytała podczas spotkania jedna z mieszkanek.",
     [("direct", None, None, "Jak mam zapłacić")]),
    # a group with an inserted participle clause naming the outlet that relays it
    ("Amerykańscy farmerzy, cytowani przez agencję Bloomberg, twierdzą, że cła kosztują ich więcej.",
     [("indirect", "amerykańscy farmerzy", "Bloomberg", "cła kosztują")]),
    # the subject after the verb and its adjuncts; a role noun with an adjective refers back
    ("Spotkanie trwało. – Nie ustąpimy – powiedział w piątek na konferencji w Gdańsku rzecznik ratusza Jan Nowak.",
     [("direct", "Jan Nowak", None, "Nie ustąpimy")]),
    ("Robert Fico mówił o sankcjach. – Po pierwsze, chcemy gwarancji – mówił słowacki premier.",
     [("direct", "Robert Fico", None, "Po pierwsze")]),
    # a foreign name says nothing of gender: the feminine role and verb still agree with it
    ("Rzeczniczka MSZ Chin Mao Ning oświadczyła, że jednostka naruszyła przepisy.",
     [("indirect", "Mao Ning", None, "jednostka naruszyła")]),
    # the subject before the verb outranks the object after it ("X wezwał Pekin do …")
    ('Departament Stanu USA wezwał Pekin do działań, które "podnoszą napięcie w cieśninie".',
     [("partial", "Departament Stanu USA", None, "podnoszą napięcie")]),
    # a headline's colon names the speaker of its own sentence, not the sentence before
    ("Rada przedłuża sankcje. Kowalski: „Nie ma powodu, by cokolwiek zmieniać”\n\nPremier Jan Kowalski mówił o tym.",
     [("direct", "Jan Kowalski", None, "Nie ma powodu")]),
    # "czytamy w nim": the author of the letter named before
    ("Stowarzyszenie Szkoła Blisko Domu wysłało list do burmistrza. „Oczekujemy jasnych decyzji, a nie "
     "przepychanek” – czytamy w nim.",
     [("direct", "Stowarzyszenie Szkoła Blisko Domu", None, "Oczekujemy jasnych decyzji")]),
    # a role agrees by its own noun: "Rzecznik Komisji" takes a masculine verb, the Commission speaks
    ("Rzecznik Komisji Europejskiej przypomniał, że polityka handlowa należy do Unii.",
     [("indirect", "Komisja Europejska", None, "polityka handlowa")]),
    # a plural present verb with no subject: the group of the sentence before
    ("Pasażerowie, z którymi rozmawialiśmy, rozumieją kierowców. Skarżą się jednak, że autobusy jeżdżą rzadko.",
     [("indirect", "pasażerowie", None, "autobusy jeżdżą")]),
    # a role noun in a heading and in the body refers back to its holder, an address is no actor
    ("Wójt gminy Dębowa Wola Stanisław Rak milczy. Mieszkańcy piszą: „Szanowny Panie Wójcie, nie chcemy farmy”."
     "\n\nWójt zapowiada, że gmina się odwoła.",
     [("direct", "mieszkańcy", None, "Szanowny Panie Wójcie"), ("indirect", "Stanisław Rak", None, "gmina się odwoła")]),
    # an organisation's head noun (here in capitals) in a subheading
    ("Spółka Wartbus podała wyniki.\n\nSPÓŁKA: OFERTA JEST OSTATECZNA\n\nZwiązkowcy protestują.",
     [("direct", "Wartbus", None, "OFERTA JEST OSTATECZNA")]),
    # a plural role noun is a group ("unijni dyplomaci"), not the ambassador named earlier
    ("Ambasador Jan Sadowski chwalił porozumienie. Jak przyznają unijni dyplomaci, bez polskiej presji "
     "próg byłby wyższy.",
     [("indirect", "unijni dyplomaci", None, "bez polskiej presji")]),
    # reported speech as an "o" phrase; "według <role>" inside a sentence reports the whole sentence
    ("Prezes spółki Tadeusz Nowicki milczał. Pytany o podwyżki, wspomniał o propozycji dwóch złotych na godzinę.",
     [("indirect", "Tadeusz Nowicki", None, "o propozycji dwóch złotych")]),
    ("Minister Dariusz Klimczak rozmawiał z przewoźnikami. Warunkiem dalszych rozmów jest według ministra "
     "odblokowanie ruchu.",
     [("indirect", "Dariusz Klimczak", None, "Warunkiem dalszych rozmów")]),
    # an outlet relaying unnamed sources is the via, not the speaker
    ("Onet, powołując się na źródła w koalicji, podaje, że partia chce dwunastu ministerstw.",
     [("indirect", None, "Onet", "partia chce")]),
    # "Jak poinformował PAP <person>, …": the outlet is the addressee and the channel, the person speaks;
    # with no person after it the outlet is the source, and a name after a preposition is no subject
    ("Jak poinformował PAP prezes spółdzielni Adam Kręcki, w proteście bierze udział 40 łodzi.",
     [("indirect", "Adam Kręcki", "PAP", "w proteście bierze")]),
    ("Jak poinformował PAP po rozmowie z Adamem Kręckim, protest trwa.",
     [("indirect", "PAP", None, "protest trwa")]),
    # an organisation the text interviews the speaker for is an outlet (via) unless it is an institution
    ("Premier Finlandii Anna Lehto powiedziała w wywiadzie dla Yle, że jej kraj jest gotów do rozmów.",
     [("indirect", "Anna Lehto", "Yle", "jej kraj jest gotów")]),
    ("Minister Jan Lis powiedział w rozmowie z Deutschlandfunk, że rząd nie ustąpi.",
     [("indirect", "Jan Lis", "Deutschlandfunk", "rząd nie ustąpi")]),
    ("Wójt Jan Lis powiedział w rozmowie z Urzędem Marszałkowskim, że gmina nie ustąpi.",
     [("indirect", "Jan Lis", None, "gmina nie ustąpi")]),
    ("Premier Jan Lis powiedział po rozmowie z Lewicą, że koalicja przetrwa.",  # a meeting, and a listed party
     [("indirect", "Jan Lis", None, "koalicja przetrwa")]),
    # a trailing attribution after a comma: the subject follows the verb
    ("Ceny wzrosną jeszcze w tym roku, zapowiedział minister Jan Lis.",
     [("indirect", "Jan Lis", None, "Ceny wzrosną")]),
    # a role no one named holds, as the subject: no speaker, never the outlet of the frame before it
    ("Jak przekazała agencja Interfax, wicepremier zapewniła wieczorem, że rząd \"nie cofnie się ani o krok\".",
     [("partial", None, "Interfax", "nie cofnie się")]),
    # ... but a role its holder named before fills keeps that holder
    ("Wicepremier Anna Kowalska była w Moskwie. Jak przekazała agencja Interfax, wicepremier zapewniła wieczorem, "
     "że rząd \"nie cofnie się ani o krok\".",
     [("partial", "Anna Kowalska", "Interfax", "nie cofnie się")]),
    # ... also when the relaying phrase follows "Jak podaje X,": it is the attribution, not the content; unnamed
    # officials stay no speaker (not a group), a named source speaks; with no relaying phrase the outlet speaks
    ("Jak podaje Bloomberg, powołując się na greckich urzędników, Ateny zgodzą się na nowy plan.",
     [("indirect", None, "Bloomberg", "Ateny zgodzą się")]),
    ("Jak podaje Bloomberg, powołując się na ministra Jana Lisa, rząd przyjmie plan w piątek.",
     [("indirect", "Jan Lis", "Bloomberg", "rząd przyjmie plan")]),
    ("Jak podaje Bloomberg, rząd przyjmie plan w piątek.", [("indirect", "Bloomberg", None, "rząd przyjmie plan")]),
    # a quoted fragment after a verb of demanding: the demanders' words (a group led by a named body)
    ('Protestujący z Forum Rodzin Zakładników zablokowali autostradę. Domagają się od rządu zawarcia '
     'porozumienia "za wszelką cenę".',
     [("partial", "Forum Rodzin Zakładników", None, "za wszelką cenę")]),
    # an outlet inside the verb's prepositional phrase is the channel's name, not the subject
    ('Gospodarzem będzie prezydent Alaksandr Łukaszenka, który - jak zapewnił w rozmowie z telewizją ONT - '
     '"nie zamierza siedzieć przy stole" rozmów.',
     [("partial", "Alaksandr Łukaszenka", "ONT", "nie zamierza siedzieć")]),
    # a role subheading before the paragraph that names the one holder of that role
    ("Wojewoda uchylił uchwałę.\n\nBurmistrz: pójdziemy do sądu\n\nBurmistrz Opola Waldemar Żak zapowiedział skargę.",
     [("direct", "Waldemar Żak", None, "pójdziemy do sądu"),
      ("indirect", "Waldemar Żak", None, "skargę")]),  # (an announced legal action is reported content: round 15)
    # ... even when a holder of the same class spoke above: the subheading labels the section below it;
    # with no holder named below, the last one seen keeps it
    ("Prezes klubu Jan Lis mówi, że zawodnicy dostaną pensje.\n\nPrezes: pieniędzy nie ma wcale\n\n"
     "Inaczej widzi to miasto. Prezes spółki miejskiej Adam Wrona odpowiedział, że spółka nie zapłaci.",
     [("indirect", "Jan Lis", None, "zawodnicy dostaną"), ("direct", "Adam Wrona", None, "pieniędzy nie ma"),
      ("indirect", "Adam Wrona", None, "spółka nie zapłaci")]),
    ("Prezes klubu Jan Lis mówi, że zawodnicy dostaną pensje.\n\nPrezes: pieniędzy nie ma wcale\n\n"
     "Klub czeka na decyzję miasta.",
     [("indirect", "Jan Lis", None, "zawodnicy dostaną"), ("direct", "Jan Lis", None, "pieniędzy nie ma")]),
    # a platform is the via of a post ("napisał na X", "w serwisie LinkedIn")
    ("Minister Jan Kowalski napisał na X, że rząd nie zmieni planu.",
     [("indirect", "Jan Kowalski", "X", "rząd nie zmieni planu")]),
    ("Posłanka Anna Lis napisała w serwisie LinkedIn, że firma „nie zapłaci ani złotówki więcej”.",
     [("partial", "Anna Lis", "LinkedIn", "nie zapłaci")]),
    # "Dodał, że …" keeps the outlet; the same speaker in another paragraph does not
    ("Minister Jan Kowalski powiedział w rozmowie z RMF FM, że rząd nie zmieni planu. Dodał, że podatki nie "
     "wzrosną.\n\nKowalski przekonywał też, że budżet jest bezpieczny.",
     [("indirect", "Jan Kowalski", "RMF FM", "rząd nie zmieni"), ("indirect", "Jan Kowalski", "RMF FM", "podatki"),
      ("indirect", "Jan Kowalski", None, "budżet jest bezpieczny")]),
    # a subheading repeating body words in another letter case still finds their speaker
    ("Rzeczniczka Anna Lis mówiła w Brukseli. „To dwie osobne sprawy i nie będziemy ich łączyć” – powiedziała "
     "Lis.\n\n„Dwie osobne sprawy”\n\nKomisja milczy.",
     [("direct", "Anna Lis", None, "To dwie osobne"), ("direct", "Anna Lis", None, "Dwie osobne sprawy")]),
    # the subject after a temporal adjunct is no adjunct ("poinformował w środę Komitet X")
    ("W referendum za protestem opowiedziało się 91 proc. głosujących — poinformował w środę Międzyzwiązkowy "
     "Komitet Strajkowy.",
     [("indirect", "Międzyzwiązkowy Komitet Strajkowy", None, "W referendum")]),
    # "wynika z <document> X": X is the source; the attribution may trail after a comma
    ("Jak wynika z informacji „Gazety Wrocławskiej”, podobne podwyżki zatwierdzono dla pięciu ciepłowni.",
     [("indirect", "Gazeta Wrocławska", None, "podobne podwyżki")]),
    ("Rosja zgodziła się na wstrzymanie działań zbrojnych na morzu — wynika z komunikatu Kremla.",
     [("indirect", "Kreml", None, "Rosja zgodziła się")]),
    ("Prezes Iwona Górska broniła taryfy. Podwyżka byłaby jeszcze wyższa, gdyby spółka nie kupiła węgla wiosną, "
     "podkreśliła prezes.",
     [("indirect", "Iwona Górska", None, "Podwyżka byłaby")]),
    # a role noun with no holder is not the organisation in its complement (only a spokesperson is)
    ("Kapitan kadry Robert Lewandowski przyznał, że zespół potrzebował zwycięstwa. „Wreszcie zagraliśmy "
     "odważnie i z głową” – mówił napastnik Barcelony.",
     [("indirect", "Robert Lewandowski", None, "zespół potrzebował"),
      ("direct", "Robert Lewandowski", None, "Wreszcie zagraliśmy")]),
    # a role noun right after another person's speech is that speaker when its holder is not in sight
    ("Prezydent Andrzej Duda spotkał się z Joe Bidenem. Biden ocenił, że Ukraina nie jest gotowa. – Najpierw "
     "trzeba zakończyć wojnę – stwierdził amerykański prezydent.",
     [("indirect", "Joe Biden", None, "Ukraina nie jest"), ("direct", "Joe Biden", None, "Najpierw trzeba")]),
    # members of a party named in their genitive: the party speaks
    ('Posłowie Polski 2050 z Wielkopolski wezwali rząd do uruchomienia "natychmiastowej pomocy dla producentów".',
     [("partial", "Polska 2050", None, "natychmiastowej pomocy")]),
    # a quotation line that no one says in the body: a direct quote with no speaker (never a guess)
    ("„Nikt nas nie słucha”\n\nZarząd milczy.", [("direct", None, None, "Nikt nas nie słucha")]),
    # a role's holder speaks, not the organisation in its complement
    ("Szef MSWiA Tomasz Wrona odwiedził Suwałki. Szef MSWiA zapowiedział, że patrole zostaną wzmocnione.",
     [("indirect", "Tomasz Wrona", None, "patrole zostaną")]),
    # a role whose complement differs from the held role's is not that person (the speaker before is)
    ("Szef MSWiA Tomasz Wrona odwiedził Suwałki. – To nasz obowiązek – mówił Jens Holm. Pytany o koszty, "
     "szef Agencji odpowiedział, że budżet wystarczy.",
     [("direct", "Jens Holm", None, "To nasz obowiązek"), ("indirect", "Jens Holm", None, "budżet wystarczy")]),
    # a head noun alone is the one organisation of that head named so far (another named later does not count)
    ("Sąd Rejonowy w Kaliszu skazał rolnika. Sąd zastrzegł, że kara może zostać złagodzona. Wniosek trafi do "
     "Sądu Okręgowego w Koninie.",
     [("indirect", "Sąd Rejonowy w Kaliszu", None, "kara może")]),
    # any masculine-personal plural noun is a group speaking as itself; experts stay an unnamed source
    ("Premier Jan Lis zapowiedział reformę. Leśnicy przekonują natomiast, że wycinka szkodzi lasom.",
     [("indirect", "leśnicy", None, "wycinka szkodzi")]),
    ("Premier Jan Lis zapowiedział reformę. Prawnicy przekonują natomiast, że ustawa jest sprzeczna z prawem.",
     [("indirect", None, None, "ustawa jest")]),
    # a women's team in a headline: the group before the colon
    ("Koszykarki: „Nikt nam nie zapłacił od marca”\n\nKlub milczy.",
     [("direct", "koszykarki", None, "Nikt nam nie")]),
    # a bare spokesperson after an unnamed spokesperson of a named body speaks for that body; a masculine
    # role noun naming a woman ("minister") does not take a masculine verb
    ("Minister Anna Kruk spotkała się z rolnikami. Rzecznik Ministerstwa Rolnictwa przekazał, że minister "
     "przeanalizuje postulaty. Pytany o termin, rzecznik odpowiedział, że kalendarz jest pełny.",
     [("indirect", "Ministerstwo Rolnictwa", None, "minister przeanalizuje"),
      ("indirect", "Ministerstwo Rolnictwa", None, "kalendarz jest")]),
    # ... but not when a person holds that role in the text
    ("Rzecznik Ministerstwa Rolnictwa przekazał, że decyzji nie ma. Rzecznik rządu Piotr Lis milczał. Pytany o "
     "termin, rzecznik odpowiedział, że kalendarz jest pełny.",
     [("indirect", "Ministerstwo Rolnictwa", None, "decyzji nie ma"), ("indirect", "Piotr Lis", None, "kalendarz")]),
    # a role whose only holder is named later is the speaker just before ("Francuski minister zaznaczył")
    ("Szef dyplomacji Jan Nowak przyjechał do Rygi. – Czas ucieka – powiedział Nowak. Polski minister "
     "zaznaczył, że sankcje zostaną utrzymane. W piątek minister finansów Ewa Lis przedstawi budżet.",
     [("direct", "Jan Nowak", None, "Czas ucieka"), ("indirect", "Jan Nowak", None, "sankcje zostaną")]),
    # ... and with no one in sight a holder named later in the text is still the one (a lead sentence)
    ("Wójt zapowiada, że gmina się odwoła.\n\nWójt gminy Dębina Tomasz Rak był zaskoczony wyrokiem.",
     [("indirect", "Tomasz Rak", None, "gmina się odwoła")]),
    # a spokesperson of a body named by its head noun speaks for the one such body named before; with
    # none named, the spokesperson is no one in the text (never the person who spoke just before)
    ("Komisja Europejska odrzuciła wniosek. „To koniec” – napisał komisarz Jan Lis. Rzeczniczka Komisji "
     "przypomniała, że termin minął.",
     [("direct", "Jan Lis", None, "To koniec"), ("indirect", "Komisja Europejska", None, "termin minął")]),
    ("Rząd złożył wniosek. „To koniec” – napisał komisarz Jan Lis. Rzeczniczka komisji przypomniała, że "
     "termin minął.",
     [("direct", "Jan Lis", None, "To koniec"), ("indirect", None, None, "termin minął")]),
    # a plural subject that names no actor and no group speaks for itself: no speaker, not the group before
    ("Rolnicy protestują od tygodnia. Hurtownie zbożowe zapowiadają, że ceny nie wzrosną.",
     [("indirect", None, None, "ceny nie wzrosną")]),
    # an aside "- jak <verb> X -" inside the sentence: the sentence around it, or after a bare conjunction
    # only what follows the aside
    ("Jeśli rząd nie ustąpi, rolnicy - jak zapowiedział w rozmowie z TVN24 Jan Lis - zablokują drogi.",
     [("indirect", "Jan Lis", "TVN24", "Jeśli rząd nie ustąpi")]),
    ("Rozmowy trwały dwa dni, ale - jak podkreśla Anna Wrona - nie przyniosły wyników.",
     [("indirect", "Anna Wrona", None, "nie przyniosły wyników")]),
    # an announced act as a verbal noun object is reported speech with no "że"; a body that spoke through
    # its spokesperson is the bare verb's speaker in the next sentence, with the same outlet
    ("Wojewoda Jan Lis zapowiedział przekazanie petycji do ministra jeszcze w piątek.",
     [("indirect", "Jan Lis", None, "przekazanie petycji")]),
    ("Rzecznik Ministerstwa Rolnictwa przekazał PAP, że resort analizuje wnioski. Zapowiedział też spotkanie "
     "z rolnikami w przyszłym tygodniu.",
     [("indirect", "Ministerstwo Rolnictwa", "PAP", "resort analizuje"),
      ("indirect", "Ministerstwo Rolnictwa", "PAP", "spotkanie z rolnikami")]),
    # the same speaker named again in the next sentence keeps the outlet; an inflected surname the actor
    # extractor left out is still that person ("Według Pieskowa")
    ("Rzecznik Kremla Dmitrij Pieskow ocenił w rozmowie z agencją TASS, że decyzja jest błędem. Według "
     "Pieskowa Moskwa odpowie na nią w ciągu tygodnia.",
     [("indirect", "Dmitrij Pieskow", "TASS", "decyzja jest"), ("indirect", "Dmitrij Pieskow", "TASS", "Moskwa odpowie")]),
    # ... not another speaker's, nor one two sentences later
    ("Jan Lis powiedział w rozmowie z TVN24, że szpital przetrwa. Anna Wrona oceniła, że to za mało.",
     [("indirect", "Jan Lis", "TVN24", "szpital przetrwa"), ("indirect", "Anna Wrona", None, "to za mało")]),
    # a speech verb, adverbs, a colon and a dialogue dash inside the paragraph: a direct quote
    ("Pytany o termin, minister Jan Lis odpowiedział krótko: - Pracujemy. Nikt nie stawia warunków.",
     [("direct", "Jan Lis", None, "Pracujemy. Nikt")]),
    # a verb that reports speech when negated: "nie ukrywa, że …" (speech_negated_verbs.txt)
    ("Prezes spółki Jan Lis nie ukrywa, że to ostatnie ostrzeżenie.",
     [("indirect", "Jan Lis", None, "to ostatnie ostrzeżenie")]),
    # a role no one in the text holds, with a party as its complement, after an outlet in a preposition:
    # someone who spoke just before, never the party nor a name merely mentioned; else no one
    ("Nowa Partia ma inne zdanie. Jan Lis napisał na X, że „każdy dzień zwłoki kosztuje miliony”. Nowa Partia "
     "domaga się od premiera Donalda Tuska ustawy.\n\n- Nie wymyślamy niczego nowego - przekonywał w TVN24 "
     "poseł Nowej Partii.",
     [("partial", "Jan Lis", "X", "każdy dzień"), ("direct", "Jan Lis", "TVN24", "Nie wymyślamy")]),
    ("Nowa Partia domaga się od premiera Donalda Tuska ustawy.\n\n- Nie wymyślamy niczego nowego - "
     "przekonywał w TVN24 poseł Nowej Partii.",
     [("direct", None, "TVN24", "Nie wymyślamy")]),
    # the sentence announcing a quote gives its channel: same speaker, a speech verb, no quote of its own
    ("Jan Lis w nagraniu opublikowanym na Facebooku wyliczał swoje warunki.\n\nTo zdanie jest innego akapitu.",
     []),
    ("Jan Lis w nagraniu opublikowanym na Facebooku wyliczał swoje warunki. - Po pierwsze, chcemy pieniędzy. Po "
     "drugie, chcemy czasu - mówił Lis.",
     [("direct", "Jan Lis", "Facebook", "Po pierwsze")]),
    ("Anna Wrona napisała na Facebooku, że chce pieniędzy. - Po drugie, chcemy czasu - mówił Jan Lis.",
     [("indirect", "Anna Wrona", "Facebook", "chce pieniędzy"), ("direct", "Jan Lis", None, "Po drugie")]),
    ("Jan Lis w wywiadzie dla telewizji TVN24 określił swoje warunki. - Po pierwsze, chcemy czasu - mówił Lis.",
     [("direct", "Jan Lis", None, "Po pierwsze")]),  # an outlet announced is not the next quote's channel
    # a platform the actor extractor typed as something else is still the channel
    ('"Zaproponowaliśmy podwyżkę o 450 zł i nagrodę" - napisała Anna Lis w komunikacie na LinkedInie.',
     [("direct", "Anna Lis", "LinkedIn", "Zaproponowaliśmy")]),
    # a letter's author: the subject a few sentences before "czytamy w piśmie" (here a group its union leads)
    ("Związek Zawodowy Sadowników złożył petycję. Sadownicy domagają się dopłat do nawozów. Kolejnym postulatem "
     "jest skup interwencyjny. Wśród żądań jest też kontrola importu.\n\n"
     "\"Panie ministrze, czekamy na spotkanie jeszcze w tym miesiącu\" - czytamy w piśmie.",
     [("direct", "Związek Zawodowy Sadowników", None, "Panie ministrze")]),
    # an indirect question that announces a list after a colon is the reported content
    ("Minister Jan Lis wyliczył, czego oczekuje od rządu: podwyżek, etatów i nowych karetek.",
     [("indirect", "Jan Lis", None, "czego oczekuje")]),
    # a counted group is the subject in the genitive ("przyszło kilkunastu rolników"): a bare plural verb's speaker
    ("Na sesję przyszło kilkunastu sadowników z Grójca. – Czekamy na to od lat – mówili po wyjściu z sali.",
     [("direct", "sadownicy z Grójca", None, "Czekamy na to")]),
    # a group noun for people who take part or a side (group_nouns.txt): a bare plural verb's speaker
    ("Trenerzy, z którymi rozmawialiśmy, są podzieleni. - Przepis pomaga tylko na papierze - mówili.",
     [("direct", "trenerzy", None, "Przepis pomaga")]),
    ("Trener Jan Lis, z którym rozmawialiśmy, jest zły. - Przepis pomaga tylko na papierze - mówił.",
     [("direct", "Jan Lis", None, "Przepis pomaga")]),
    # a quoted fragment in the headline takes the speaker of the body quote holding its words
    ('"Nie oddamy szkoły". Rodzice protestowali przed urzędem\n\n- Nie oddamy szkoły! Nie oddamy dzieci! - '
     'skandowali protestujący.',
     [("partial", "protestujący", None, "Nie oddamy szkoły"), ("direct", "protestujący", None, "Nie oddamy szkoły!")]),
    # a sentence-initial subject that names no actor: no speaker, not the body named in the sentence before
    # ("Biuro do Spraw Morskich" opening the sentence is a named body since daae76a: a common noun here)
    ("Rzeczniczka MSZ Anna Lis oświadczyła, że statek złamał prawo. Urząd morski zapowiedział, że "
     "załoga wróci w piątek.",
     [("indirect", "Anna Lis", None, "statek złamał"), ("indirect", None, None, "załoga wróci")]),
    # ... but a head noun of a body named before is that body
    ("Sąd Rejonowy w Kole oddalił pozew. Sąd zastrzegł, że wyrok nie jest prawomocny.",
     [("indirect", "Sąd Rejonowy w Kole", None, "wyrok nie jest")]),
    # more speech verbs (speech_verbs.txt): "odpisał w serwisie X, że …"
    ("Rzecznik MSZ Jan Lis odpisał w serwisie X, że Polska nie zmieni zdania.",
     [("indirect", "Jan Lis", "X", "Polska nie zmieni")]),
    # a relative clause's unnamed antecedent speaks: no speaker, never the name before it; the outer reported
    # clause is a quote of its own, up to the relative clause
    ("Sędzia Anna Lis podkreśliła, że sąd odrzucił wyjaśnienia świadka, który przekonywał, że \"nic nie widział "
     "tamtej nocy\".",
     [("indirect", "Anna Lis", None, "sąd odrzucił"), ("partial", None, None, "nic nie widział")]),
    # a reporting frame whose own clause holds a speech clause with quoted fragments: the fragments are the
    # inner speaker's, relayed by the outlet; the frame is no quote of its own
    ("Jak przekazała agencja Interfax, wicepremier Olga Wiśniewa oznajmiła wieczorem w telewizji, że rząd "
     "\"nie cofnie się ani o krok\".",
     [("partial", "Olga Wiśniewa", "Interfax", "nie cofnie się")]),
    ("Dziennik Bałtycki pisze, że burmistrz Adam Kręcki zapowiedział na sesji, że czekają go \"twarde rozmowy z wojewodą\".",
     [("partial", "Adam Kręcki", "Dziennik Bałtycki", "twarde rozmowy")]),
    # a body whose name opens with an adjective agrees by its head noun ("Ministerstwo": neuter), not by the
    # adjective's plural noun reading
    ("Czeskie Ministerstwo Rolnictwa oświadczyło, że nie zgodzi się na nowe cła.",
     [("indirect", "Czeskie Ministerstwo Rolnictwa", None, "nie zgodzi się")]),
    # a body right after a singular role noun is the role's complement, not the subject; the role's holder is
    # only a person who spoke before (the body quoted in between is no holder)
    ("– Nie odpuścimy – mówił przewodniczący związku Jan Lis. Według danych Ogólnopolskiego Związku Zawodowego "
     "Lekarzy odeszło 300 osób. Szef OZZL ostrzegał, że szpitale staną.",
     [("direct", "Jan Lis", None, "Nie odpuścimy"), ("indirect", "Ogólnopolski Związek Zawodowy Lekarzy", None, "odeszło"),
      ("indirect", "Jan Lis", None, "szpitale staną")]),
    # with no holder named in the text, the unnamed head speaks for the body (GUIDELINES, decided 2026-11-26,
    # fifth session; this row had expected no speaker before)
    ("Szef OZZL ostrzegał, że szpitale staną.", [("indirect", "OZZL", None, "szpitale staną")]),
    # a body's organ in the nominative before the body's genitive name: the body speaks (the organ's gender
    # agrees with the verb, not the body's name); a role before the organ keeps its holder the speaker
    ("Zarząd Legii Warszawa poinformował w sobotę, że trener odchodzi.",
     [("indirect", "Legia Warszawa", None, "trener odchodzi")]),
    ("Prezes zarządu Legii Warszawa Jan Lis poinformował, że trener odchodzi.",
     [("indirect", "Jan Lis", None, "trener odchodzi")]),
    # negative: the organ governed by a preposition is no subject
    ("Na posiedzeniu zarządu Legii Warszawa ustalono, że trener odchodzi.", []),
    # members of a body named by its head noun ("członkowie komitetu") speak for the one such body named before;
    # with two such bodies, or another kind of body, the group stays itself
    ("Protest zwołał Komitet Obrony Szkoły w Lipnie. Jak przekonują członkowie komitetu, szkoła jest potrzebna.",
     [("indirect", "Komitet Obrony Szkoły w Lipnie", None, "szkoła jest")]),
    ("Protest zwołał Komitet Obrony Szkoły w Lipnie. Jak przekonują członkowie związku, szkoła jest potrzebna.",
     [("indirect", "członkowie związku", None, "szkoła jest")]),
    ("Komitet Obrony Szkoły w Lipnie i Komitet Ratowania Szpitala zwołały protest. Jak przekonują członkowie "
     "komitetu, szkoła jest potrzebna.", [("indirect", "członkowie komitetu", None, "szkoła jest")]),
    # a group from a named place is some of them, not the members of the body whose name carries the noun
    ("Blokadę zorganizowało Stowarzyszenie Rybaków Bałtyckich. Rybacy z Helu przekonują, że sezon był zły.",
     [("indirect", "rybacy z Helu", None, "sezon był zły")]),
    ("Blokadę zorganizowało Stowarzyszenie Rybaków Bałtyckich. Rybacy przekonują, że sezon był zły.",
     [("indirect", "Stowarzyszenie Rybaków Bałtyckich", None, "sezon był zły")]),
    # "według" + a document noun with its adjectives + the source: the source speaks, the clause after it is said;
    # with no source named, the genitive phrase is no part of what is said and there is no speaker
    ("Według ostatniego raportu Międzynarodowej Agencji Energii Atomowej Iran zgromadził 30 kg uranu.",
     [("indirect", "Międzynarodowa Agencja Energii Atomowej", None, "Iran zgromadził")]),
    ("Według wstępnych danych GUS inflacja spadła.", [("indirect", "GUS", None, "inflacja spadła")]),
    ("Według ostatniego raportu inflacja spadła w Polsce.", [("indirect", None, None, "inflacja spadła")]),
    # "szef MSZ" is a minister (role_classes.txt): "minister" later is that person; a role of another listed
    # class ("wiceminister") is not, and stays empty; a role in no listed class is no evidence either way
    ("– Nie ustąpimy – mówił szef MSZ Radosław Sikorski. Jak podaje PAP, minister zapewnił później, że rozmowy "
     "trwają.", [("direct", "Radosław Sikorski", None, "Nie ustąpimy"),
                 ("indirect", "Radosław Sikorski", "PAP", "rozmowy trwają")]),
    ("– Nie ustąpimy – mówił szef MSZ Radosław Sikorski. Jak podaje PAP, wiceminister zapewnił później, że "
     "rozmowy trwają.", [("direct", "Radosław Sikorski", None, "Nie ustąpimy"), ("indirect", None, "PAP", "rozmowy")]),
    ('– Nie ustąpimy – mówił sekretarz generalny NATO Mark Rutte. Pytany o Rosję, szef Sojuszu odpowiedział, że '
     '"to jej wina".', [("direct", "Mark Rutte", None, "Nie ustąpimy"), ("partial", "Mark Rutte", None, "to jej")]),
    # a possessive before a member noun: the members of the one agreeing body named just before speak for it;
    # a man named there too ("jego"), or a pronoun of another gender, leave the group itself
    ("Polska 2050 zabiega o resort klimatu. Jej politycy zastrzegają, że poprą rząd tylko z harmonogramem.",
     [("indirect", "Polska 2050", None, "poprą rząd")]),
    ("Polska 2050 zabiega o resort klimatu. Jego politycy zastrzegają, że poprą rząd tylko z harmonogramem.",
     [("indirect", "politycy", None, "poprą rząd")]),
    ("Protest zorganizował Komitet Obrony Szpitala. Jego członkowie przekonują, że oddział jest potrzebny.",
     [("indirect", "Komitet Obrony Szpitala", None, "oddział jest")]),
    ("Komitet Obrony Szpitala spotkał się z Janem Lisem. Jego członkowie przekonują, że oddział jest potrzebny.",
     [("indirect", "członkowie", None, "oddział jest")]),
    # "organizatorzy" are the one organisation the text said organised the action (its subject, or "przez X");
    # two co-organisers, or none named, leave the group itself
    ("Akcję zorganizowało Stowarzyszenie Rybaków Bałtyckich. Blokada potrwa - jak zapowiadają organizatorzy - do "
     "piątku.", [("indirect", "Stowarzyszenie Rybaków Bałtyckich", None, "Blokada potrwa")]),
    ("Protest zorganizowany przez Związek Zawodowy Kierowców trwa. Organizatorzy zapowiadają, że potrwa do piątku.",
     [("indirect", "Związek Zawodowy Kierowców", None, "potrwa do piątku")]),
    ("Akcję zorganizowało Stowarzyszenie Rybaków Bałtyckich wspólnie z Krajowym Związkiem Rybaków. Organizatorzy "
     "zapowiadają, że blokada potrwa do piątku.", [("indirect", "organizatorzy", None, "blokada potrwa")]),
    ("Organizatorzy zapowiadają, że blokada potrwa do piątku.", [("indirect", "organizatorzy", None, "blokada")]),
    # a residence noun's lower-case genitive complement is no unnamed plural subject ("Mieszkańcy wsi"); a plural
    # noun subject that names no actor still is (no speaker)
    ("Mieszkańcy wsi zapowiedzieli, że droga jest niebezpieczna.",
     [("indirect", "mieszkańcy wsi", None, "droga jest")]),
    ("Spółdzielnie mieszkaniowe zapowiadają, że lokatorzy nie zapłacą.", [("indirect", None, None, "lokatorzy")]),
    # a sentence-initial speech verb the tagger reads as a noun ("Twierdzą": twierdza) still has its number, so a
    # bare plural verb takes the group named just before
    ("Przed urzędem zebrali się hodowcy. Twierdzą, że ceny mleka spadły.",
     [("indirect", "hodowcy", None, "ceny mleka")]),
    # a head noun with a qualifier that the named body's name holds is that body ("Resort zdrowia" after
    # "Ministerstwo Zdrowia"); another qualifier names another body; a word the tagger reads as the clause's
    # subject is no qualifier ("Według ratusza klub …")
    ("Ministerstwo Zdrowia przygotowało projekt. Resort zdrowia zapewnia, że szpitale dostaną pieniądze.",
     [("indirect", "Ministerstwo Zdrowia", None, "szpitale dostaną")]),
    ("Ministerstwo Zdrowia przygotowało projekt. Resort finansów zapewnia, że szpitale dostaną pieniądze.",
     [("indirect", None, None, "szpitale dostaną")]),
    ("Urząd Miasta Kalisza odmówił. Według ratusza klub nie rozliczył dotacji.",
     [("indirect", "Urząd Miasta Kalisza", None, "klub nie rozliczył")]),
    # a body's own "według" statement merged with the next sentence (a sentence end after "r." the splitter
    # missed) is no reporting frame: it is kept, up to that sentence end; an outlet's "według" frame still relays
    ("Urząd Miasta Kalisza zabrał głos. Według ratusza dotacja zostanie wypłacona w 2025 r. Radni z komisji sportu "
     "przypominają, że kontrola wykazała zaległości.",
     [("indirect", "Urząd Miasta Kalisza", None, "dotacja zostanie wypłacona w 2025 r."),
      ("indirect", None, None, "kontrola wykazała")]),
    ("Według agencji TASS minister Siergiej Ławrow zapewnił, że wojska się wycofają.",
     [("indirect", "Siergiej Ławrow", "TASS", "wojska się wycofają")]),
    # an apposition after a body's name gives its kind ("…, największa spółka węglowa w Europie, …"): "Spółka"
    # later is that body; with no such evidence the head noun stays unlinked
    ("Polska Grupa Górnicza, największa spółka węglowa w Europie, odpowiedziała na zarzuty. Spółka podkreśla, że "
     "wypłaci premie.", [("indirect", "Polska Grupa Górnicza", None, "wypłaci premie")]),
    ("Polska Grupa Górnicza odpowiedziała na zarzuty. Spółka podkreśla, że wypłaci premie.",
     [("indirect", None, None, "wypłaci premie")]),
    # a headline that shortens a body quote takes its speaker (the words in order, with gaps); two body quotes
    # holding them, or words spread too far, leave it empty
    ('Minister stawia warunki. "Szkoły otworzymy, gdy spadnie liczba zakażeń"\n\n„Szkoły otworzymy dopiero wtedy, '
     'gdy spadnie liczba zakażeń w regionie. Nie będziemy ryzykować” – mówił minister Jan Lis.',
     [("direct", "Jan Lis", None, "Szkoły otworzymy, gdy"), ("direct", "Jan Lis", None, "Szkoły otworzymy dopiero")]),
    ('Minister stawia warunki. "Szkoły otworzymy, gdy spadnie liczba zakażeń"\n\n„Szkoły otworzymy dopiero wtedy, '
     'gdy spadnie liczba zakażeń” – mówił minister Jan Lis. „Szkoły otworzymy wtedy, gdy spadnie liczba zakażeń” – '
     'odparła posłanka Anna Kowalska.',
     [("direct", None, None, "Szkoły otworzymy, gdy"), ("direct", "Jan Lis", None, "Szkoły otworzymy dopiero"),
      ("direct", "Anna Kowalska", None, "Szkoły otworzymy wtedy")]),
    # a name in apposition takes its classifier's case: "z telewizją X" is an oblique name (the via), never the
    # subject; the speaker is the one named before (zero anaphora); a nominative classifier still names the source
    ("Minister Jan Lis wrócił z Brukseli. W rozmowie z prywatną telewizją Polsat zapowiedział, że podatki nie wzrosną.",
     [("indirect", "Jan Lis", "Polsat", "podatki nie wzrosną")]),
    ("Posłanka Anna Nowak skrytykowała projekt. W wywiadzie dla rozgłośni RMF powiedziała, że ustawa jest zła.",
     [("indirect", "Anna Nowak", "RMF", "ustawa jest zła")]),
    ("Jak podaje agencja Reuters, rozmowy zostaną wznowione w maju.",
     [("indirect", "Reuters", None, "rozmowy zostaną wznowione")]),
    ("W rozmowie z agencją PAP Komisja Europejska zapowiedziała, że termin zostanie przesunięty.",
     [("indirect", "Komisja Europejska", "PAP", "termin zostanie przesunięty")]),
    # a person in the genitive after a nominative role noun is whose the role is, never its holder: the holder
    # follows ("Obrońca Adama W. mec. Ewa Lis") or stays unnamed; a genitive role agreeing with the name holds it
    ("Sąd przesłuchał oskarżonego. Obrońca Adama W. mec. Ewa Lis przekonywała, że jej klient jest niewinny. "
     "„Mój klient nic nie podpisał” – mówiła mecenas.",
     [("indirect", "Ewa Lis", None, "jej klient jest niewinny"), ("direct", "Ewa Lis", None, "Mój klient nic")]),
    ("Sąd przesłuchał oskarżonego. Obrońca Adama W. przekonywał, że jego klient jest niewinny. "
     "„Mój klient nic nie podpisał” – mówił mecenas.",
     [("indirect", None, None, "jego klient jest niewinny"), ("direct", None, None, "Mój klient nic")]),
    ("Rzecznik Anny Nowak przekonywał, że posłanka nie złamała prawa.",
     [("indirect", None, None, "posłanka nie złamała prawa")]),
    ("Sąd wysłuchał obrońcy Adama Lisa. Obrońca przekonywał, że jego klient jest niewinny.",
     [("indirect", "Adam Lis", None, "jego klient jest niewinny")]),
    # a present-tense verb after a sentence-initial common noun in the nominative singular that names no actor:
    # that noun is the subject, no speaker rather than the last one (a bare verb still continues the speaker)
    ("Handlowcy z rynku zapowiadają, że zamkną sklepy. Część klientów, z którymi rozmawialiśmy, mówi jednak, że "
     "spór jest bez sensu.",
     [("indirect", "handlowcy", None, "zamkną sklepy"), ("indirect", None, None, "spór jest bez sensu")]),
    ("Prezes Jan Lis zapowiedział, że zamknie sklepy. Większość klientów mówi, że spór jest bez sensu.",
     [("indirect", "Jan Lis", None, "zamknie sklepy"), ("indirect", None, None, "spór jest bez sensu")]),
    ("Prezes Jan Lis zapowiedział, że zamknie sklepy. Jednocześnie mówi, że spór jest bez sensu.",
     [("indirect", "Jan Lis", None, "zamknie sklepy"), ("indirect", "Jan Lis", None, "spór jest bez sensu")]),
    # "Jak podaje X, …" whose X no actor took (a quoted title): no speaker rather than the one before;
    # a recognised outlet is the source
    ("Mieszkańcy wsi mówili, że droga się kruszy. Jak twierdzi „Głos Regionu”, proces potrwa do jesieni.",
     [("indirect", "mieszkańcy wsi", None, "droga się kruszy"), ("indirect", None, None, "proces potrwa")]),
    # a quoted title with an outlet's reporting verb is an outlet (actors.py, outlet_report_verbs.txt)
    ("Mieszkańcy wsi mówili, że droga się kruszy. Jak podaje „Głos Regionu”, proces potrwa do jesieni.",
     [("indirect", "mieszkańcy wsi", None, "droga się kruszy"), ("indirect", "Głos Regionu", None, "proces potrwa")]),
    ("Mieszkańcy wsi mówili, że droga się kruszy. Jak podaje Polsat News, proces potrwa do jesieni.",
     [("indirect", "mieszkańcy wsi", None, "droga się kruszy"), ("indirect", "Polsat News", None, "proces potrwa")]),
    # an envoy is a role: the holder named before speaks, never the body in its complement; none named: empty
    ("Szef dyplomacji spotkał się ze specjalnym wysłannikiem ONZ Janem Lisem. Specjalny wysłannik ONZ przekonuje, "
     "że rozmowy będą kontynuowane.", [("indirect", "Jan Lis", None, "rozmowy będą kontynuowane")]),
    ("Specjalny wysłannik ONZ przekonuje, że rozmowy będą kontynuowane.",
     [("indirect", None, None, "rozmowy będą kontynuowane")]),
    # "według" + a two-noun document ("aktu oskarżenia"): the one body the text names as the subject of a sentence
    # naming the same document; none or two such bodies: no speaker
    ("Według aktu oskarżenia wójt przyjmował łapówki. Akt oskarżenia skierowała do sądu Prokuratura Rejonowa w Opolu.",
     [("indirect", "Prokuratura Rejonowa w Opolu", None, "oskarżenia wójt")]),
    ("Według aktu oskarżenia wójt przyjmował łapówki. Sprawą zajmuje się Prokuratura Rejonowa w Opolu.",
     [("indirect", None, None, "oskarżenia wójt")]),
    ("Według aktu oskarżenia wójt przyjmował łapówki. Akt oskarżenia przygotowała Prokuratura Rejonowa w Opolu, "
     "a poprawiła go Prokuratura Okręgowa w Opolu.", [("indirect", None, None, "oskarżenia wójt")]),
    # "Według resortu" + a noun that may be the clause's nominative subject and is no part of the body's name: the
    # one ministry named before; a noun of its name qualifies it ("resortu rolnictwa"); two ministries: empty
    ("Ministerstwo Rolnictwa odpowiedziało na apel. Według resortu farmy wiatrowe mają powstać później.",
     [("indirect", "Ministerstwo Rolnictwa", None, "farmy wiatrowe")]),
    ("Ministerstwo Rolnictwa odpowiedziało na apel. Według resortu rolnictwa ceny zbóż mają wzrosnąć.",
     [("indirect", "Ministerstwo Rolnictwa", None, "ceny zbóż")]),
    ("Ministerstwo Rolnictwa i Ministerstwo Finansów odpowiedziały na apel. Według resortu ceny zbóż mają wzrosnąć.",
     [("indirect", None, None, "ceny zbóż")]),
    # an outlet relaying a role's holder named in the genitive: the holder speaks, the outlet is the via
    ("Portal wnp.pl, powołując się na rzecznika spółki Jana Lisa, podał, że kopalnia nie ma pieniędzy.",
     [("indirect", "Jan Lis", "wnp.pl", "kopalnia nie ma pieniędzy")]),
    ('Minister stawia warunki. "Szkoły otworzymy, gdy spadnie liczba zakażeń"\n\n„Szkoły otworzymy, ale nie wtedy, '
     'gdy rośnie liczba chorych, tylko gdy spadnie cała liczba zakażeń i zgonów w całym kraju” – mówił minister Jan Lis.',
     [("direct", None, None, "Szkoły otworzymy, gdy"), ("direct", "Jan Lis", None, "Szkoły otworzymy, ale")]),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_quote_patterns(text, expected):
    assert_quotes(text, expected)


NEGATIVES = [
    "Rosja prowadzi tzw. „operację specjalną” na Ukrainie od lutego.",  # scare quotes, a term
    "Film „Pod Mocnym Aniołem Wielkiej Polski” wszedł do kin w piątek.",  # a title
    "Reporter zapytał: „Czy rząd poda się do dymisji?”",  # a journalist's question
    "Jan Kowalski obawia się, że ceny wzrosną jeszcze w tym roku.",  # a mental state, not speech
    "Wyniki „Gazety Wyborczej” i „Rzeczpospolitej” spadły.",  # names of papers
    "Rozmowa Putin – Biden? Pieskow wskazuje warunek.",  # a dash inside a headline
    "Płace rosły w latach 2021-2023 wolniej, a związek - jak zwykle - milczał.",  # a range, an aside
    "Ceny wzrosną, a rząd milczy, jak wynika z danych.",  # "wynika z" with no named source and no clause
    "Partia zdobyła 35 proc. głosów – wynika z danych Państwowej Komisji Wyborczej.",  # data, not a statement
    "Prezes ukrywa, że spółka ma długi.",  # "ukrywać" without "nie" hides, it does not say
    "Dziennikarz zapytał, czego oczekuje od rządu: podwyżek czy etatów.",  # a question asked, not content
    "Jan Lis wyjaśnił, co się stało w piątek w Kaliszu.",  # an indirect question with no list announced
]


@pytest.mark.parametrize("text", NEGATIVES)
def test_not_quotes(text):
    assert quotes(text) == []


@pytest.mark.parametrize("text", [
    "Minister powiedział: „To jest początek. A dalej nic.",
    "„„„ ” ” „ a b c” – powiedział.",
    "– – – –",
    '"Nie" "tak" "" "',
])
def test_unbalanced_marks_never_crash_or_swallow(text):
    for q in quotes(text):
        assert len(q[3]) < len(text)


def test_quote_marks_stay_in_their_paragraph():
    text = "Powiedział „to jest\nnowy akapit” i wyszedł."
    assert quote_marks(text) == []
    assert quote_marks("„ab cd” i «ef gh»") == [(1, 6), (11, 16)]


# a quote paragraph with neither marks nor a dash, its attribution opening the next line (a portal layout)
UNMARKED_BLOCKS = [
    ("Spór w zakładzie\n\nDyrektor Jan Lis spotkał się w piątek z załogą.\n\nNie zgodzimy się na kolejne "
     "zwolnienia, bo ludzie już teraz pracują ponad siły\n— powiedział przewodniczący związku Piotr Wilk.",
     [("direct", "Piotr Wilk", None, "Nie zgodzimy się")]),
    ("Protest pod urzędem\n\nMieszkańcy czekali od rana.\n\nTo miasto zapomniało o naszej dzielnicy. Czekamy "
     "na remont od dziesięciu lat.\n\n– mówiła Anna Nowak, która mieszka tu od urodzenia.",
     [("direct", "Anna Nowak", None, "To miasto zapomniało")]),
]
UNMARKED_NEGATIVES = [
    # a paragraph already quoted with marks or a dash keeps its own quote only; a short line is no quote
    ("Protest\n\n„Nie zgodzimy się na kolejne zwolnienia w tym roku”\n— powiedział Piotr Wilk.",
     [("direct", "Piotr Wilk", None, "Nie zgodzimy się")]),
    ("Protest\n\nKoniec sporu\n— powiedział Piotr Wilk.", []),
    # the headline is never the quote
    ("Nie zgodzimy się na kolejne zwolnienia w tym roku\n— powiedział Piotr Wilk.", []),
]


@pytest.mark.parametrize("text,expected", UNMARKED_BLOCKS + UNMARKED_NEGATIVES)
def test_unmarked_paragraph_quoted_by_the_next_line(text, expected):
    assert_quotes(text, expected)


@pytest.mark.parametrize("text,expected", [
    ("Jan Lis był na miejscu. Jak jednak dodał, rolnicy będą chcieli rozmawiać z ministrem.",
     [("indirect", "Jan Lis", None, "rolnicy będą chcieli")]),
    ("Anna Lis była na miejscu. Jak przy tym zaznaczyła, rolnicy będą chcieli rozmawiać z ministrem.",
     [("indirect", "Anna Lis", None, "rolnicy będą chcieli")]),
    ("Anna Lis była na miejscu. Jak też podkreśliła w rozmowie z PAP, rolnicy zostaną do wieczora.",
     [("indirect", "Anna Lis", "PAP", "rolnicy zostaną")]),
    # a particle does not make any word before the verb a source clause: "tak jak" compares
    ("Rolnicy przyjechali tak, jak zwykle przyjeżdżają, ciągnikami.", []),
])
def test_jak_source_clause_with_particles(text, expected):
    assert_quotes(text, expected)


@pytest.mark.parametrize("text", [
    "Przypomnijmy, że w 2019 r. sąd nakazał miastu powtórzenie konsultacji.",  # the writer's imperative
    "Dodajmy, że minister Jan Lis nie odpowiedział na pytania.",
    "Przypomnę, że ustawa weszła w życie w marcu.",  # the writer's first person
])
def test_the_writers_own_voice_is_no_reported_speech(text):
    assert quotes(text) == []


def test_a_third_persons_report_next_to_the_writers_voice_stays():
    got = quotes("Przypomnijmy, że sąd orzekł w marcu. Minister Jan Lis powiedział, że odwoła się od wyroku.")
    assert [(k, s) for k, s, _, _ in got] == [("indirect", "Jan Lis")]


PRIOR = "Prezydent Ukrainy Wołodymyr Zełenski wezwał do rozmów. - Nadszedł czas na spotkanie - powiedział.\n\n"


@pytest.mark.parametrize("text,speaker", [
    # an apposition chain after the verb: role, adjective, a second role and its complement, the holder
    (PRIOR + "Rosja wyśle delegację do Mińska - powiedział dziennikarzom sekretarz prasowy prezydenta Federacji "
     "Rosyjskiej Dmitrij Pieskow.", "Dmitrij Pieskow"),
    (PRIOR + "Rosja wyśle delegację do Mińska - dodał doradca prezydenta Francji Jan Nowak.", "Jan Nowak"),
    # a role whose complement names a body and no holder follows: never the person who spoke before
    (PRIOR + "Rosja wyśle delegację do Mińska - dodał rzecznik NATO.", "NATO"),
])
def test_chain_after_the_verb_ends_in_its_holder(text, speaker):
    assert quotes(text)[-1][1] == speaker


@pytest.mark.parametrize("text,speaker", [
    # a role whose complement names another actor is not the holder of the same role elsewhere
    ("Tytuł\n\nPrezydent Ukrainy Wołodymyr Zełenski przyjechał do Kijowa.\n\n"
     "Prezydent Rosji powiedział w piątek, że wojna potrwa długo.", None),
    ("Tytuł\n\nPrezydent Ukrainy Wołodymyr Zełenski przyjechał do Kijowa.\n\n"
     "Prezydent Ukrainy powiedział w piątek, że wojna potrwa długo.", "Wołodymyr Zełenski"),
    # a complement that names no actor is no evidence against the holder named before
    ("Tytuł\n\nSekretarz generalny NATO Mark Rutte przyjechał do Wilna.\n\n"
     "Szef Sojuszu powiedział w piątek, że batalion zostanie na Litwie.", "Mark Rutte"),
])
def test_a_role_with_another_actors_complement_is_not_the_holder_named_before(text, speaker):
    assert quotes(text)[-1][1] == speaker


# a dash attribution recognised by its shape, whatever its verb: the quote ends at the dash, and the
# speaker is the clause's subject, never the person named before
ATTRIBUTION_SHAPES = [
    ("Po meczu mówił Jan Wilk. - Zagraliśmy za wolno - przyznał Wilk. - Rywal był lepszy w każdym "
     "elemencie - nie tracił humoru Tomasz Sowa.",
     [("direct", "Jan Wilk", None, "Zagraliśmy"), ("direct", "Tomasz Sowa", None, "Rywal był lepszy w każdym elemencie")]),
    ("Sędzia Ewa Grabowska otworzyła posiedzenie. - Przegraliśmy przez własne błędy. Obrona zagrała słabo "
     "- podsumował występ zespołu trener Adam Nowak.",
     [("direct", "Adam Nowak", None, "Przegraliśmy przez własne błędy. Obrona zagrała słabo")]),
    ("Wójt Karol Mazur otworzył zebranie. - Ta droga czeka na remont od lat - to z kolei sołtys Jerzy Kania.",
     [("direct", "Jerzy Kania", None, "Ta droga czeka na remont od lat")]),
    ("Głos zabrał kapitan drużyny Marek Zając. - Trudno było wygrać - zaczął spokojnie. Potem dodał, że "
     "drużyna jest zmęczona.",
     [("direct", "Marek Zając", None, "Trudno było wygrać"), ("indirect", "Marek Zając", None, "drużyna jest zmęczona")]),
    # the outlet that quotes someone relays; its object spoke
    ("Minister Jan Lis skrytykował decyzję. - To czysty protekcjonizm, który uderzy w konsumentów - cytuje "
     "ministra agencja Reuters.",
     [("direct", "Jan Lis", "Reuters", "To czysty protekcjonizm, który uderzy w konsumentów")]),
    # one of a group, unnamed: no speaker rather than the person named before
    ("Hodowcy przyszli pod urząd. Przemawiał Adam Lis.\nI nikt nas tu nie słucha od miesięcy\n— rzucił inny z "
     "protestujących.",
     [("direct", None, None, "I nikt nas tu nie słucha")]),
]
ATTRIBUTION_SHAPE_NEGATIVES = [
    # a first-person aside inside the quote is the speaker's own words, not an attribution
    ("- Ceny rosną - mówię to od lat - i nikt nic nie robi - dodał Jan Lis.",
     [("direct", "Jan Lis", None, "Ceny rosną - mówię to od lat - i nikt nic nie robi")]),
    # a parenthesis with no verb stays inside the quote
    ("- Nie chodzi o pieniądze - a przynajmniej nie tylko o nie - ale o szacunek - mówił Jan Lis.",
     [("direct", "Jan Lis", None, "Nie chodzi o pieniądze - a przynajmniej")]),
]


@pytest.mark.parametrize("text,expected", ATTRIBUTION_SHAPES + ATTRIBUTION_SHAPE_NEGATIVES)
def test_dash_attribution_by_its_shape(text, expected):
    assert_quotes(text, expected)


@pytest.mark.parametrize("text,expected", [
    ('"Nie oddamy ani metra ziemi. To nasza ostatnia propozycja"- powiedział w Polsat News minister rolnictwa Jan Buk.',
     [("direct", "Jan Buk", "Polsat News", "Nie oddamy ani metra ziemi.")]),
    ("- Nie ma możliwości, że szkoły zostaną zamknięte -deklaruje minister edukacji Ewa Kos. Placówki będą "
     "kontrolowane przez kuratorów.",
     [("direct", "Ewa Kos", None, "Nie ma możliwości, że szkoły zostaną zamknięte")]),
    # a range, a sign and a word's own hyphen are no dashes
    ("Koszt wyniesie 20-30 mln zł, a temperatura spadnie do -5 stopni w polsko-niemieckim regionie.", []),
])
def test_a_dash_glued_on_one_side(text, expected):
    assert_quotes(text, expected)


@pytest.mark.parametrize("text,expected", [
    ('"Zakład nie zostanie zamknięty w tym roku" - tak przed wtorkowym spotkaniem ze związkowcami mówił w Radiu '
     'Kraków prezes spółki Marek Sikora.', [("direct", "Marek Sikora", "Radio Kraków", "Zakład nie zostanie")]),
    ("- Daliśmy z siebie wszystko, zabrakło sił w końcówce - mówiła po przegranym półfinale w Lublinie "
     "rozgrywająca zespołu, Anna Wrona.", [("direct", "Anna Wrona", None, "Daliśmy z siebie")]),
    ('"Zakończyłam spotkanie z szefami resortów rolnictwa Czech i Słowacji" - napisała w serwisie X we wtorek '
     'wieczorem wicepremier, minister rolnictwa Joanna Lipa.', [("direct", "Joanna Lipa", "X", "Zakończyłam")]),
    ("Hodowcy przyszli pod urząd wojewódzki w Olsztynie.\nTo jest ostatnie ostrzeżenie dla urzędników, bo nikt nie "
     "odpowiada na nasze pisma\n— powiedział stojący przed bramą urzędu, Adam Lis, trzymając w ręku transparent.",
     [("direct", "Adam Lis", None, "To jest ostatnie ostrzeżenie")]),
    # a comma followed by a clause of its own is no apposition
    ("- Zrobimy wszystko - mówił w piątek trener, a Jan Wilk dodał, że drużyna jest gotowa.",
     [("direct", None, None, "Zrobimy wszystko"), ("indirect", "Jan Wilk", None, "drużyna jest gotowa")]),
])
def test_the_speaker_behind_adjuncts_or_a_comma(text, expected):
    assert_quotes(text, expected)


@pytest.mark.parametrize("text,speaker", [
    # a role noun with a body's acronym for the person named with that post ("wiceszef MF" = wiceminister)
    ("Wiceminister finansów Paweł Baran był gościem radia. - Budżet jest bezpieczny - mówił Baran. "
     "- Deficyt nie przekroczy planu - dodawał wiceszef MF.", "Paweł Baran"),
    # the body after a role noun is the role's complement, not the subject a bare verb refers back to
    ('Prok. Ewa Lis, rzeczniczka Prokuratury Okręgowej w Lublinie, odniosła się do sprawy. "Śledztwo jest na '
     'wczesnym etapie i nie mogę podać szczegółów" - powiedziała.', "Ewa Lis"),
    ('Szefowa czeskiego MSZ Jana Dvorakova skomentowała ofertę. Jej zdaniem propozycja jest "nie do przyjęcia '
     'w obecnym kształcie".', "Jana Dvorakova"),
    # an unnamed spokesperson still speaks for the body
    ('Rzeczniczka Prokuratury Okręgowej w Lublinie odniosła się do sprawy. "Śledztwo jest na wczesnym etapie '
     'i nie możemy podać szczegółów" - powiedziała.', "Prokuratura Okręgowa w Lublinie"),
])
def test_a_role_with_a_body_refers_to_the_person_named_with_it(text, speaker):
    assert quotes(text)[-1][1] == speaker


@pytest.mark.parametrize("text,expected", [
    ("Starosta Jan Kowal uspokaja: - Inwestycje drogowe nie są zagrożone, mimo droższego asfaltu.",
     [("direct", "Jan Kowal", None, "Inwestycje drogowe")]),
    ("Rzeczniczka sądu Anna Brzoza mówiła: Otrzymaliśmy wniosek w poniedziałek i rozpatrzymy go niezwłocznie. "
     "Termin posiedzenia zostanie podany później.", [("direct", "Anna Brzoza", None, "Otrzymaliśmy wniosek")]),
    ("Minister Adam Sroka mówił o szpitalach. I dodaje: Przygotowujemy listę placówek, które przyjmą pacjentów.",
     [("direct", "Adam Sroka", None, "Przygotowujemy listę")]),
    # not quotes: a list of names after the colon, a teaser, a list item after a colon and a dash
    ("Minister wymienił kraje: Polskę, Niemcy, Francję i Hiszpanię jako najważniejszych partnerów.", []),
    ("Zobacz: Ile zarabia nauczyciel w tym roku? Sprawdzamy stawki w całym kraju", []),
    ("Związek żąda: - podwyżek o 15 procent dla wszystkich pracowników.", []),
])
def test_a_colon_introduces_the_speakers_words(text, expected):
    assert_quotes(text, expected)


@pytest.mark.parametrize("text,expected", [
    ('"Autobusy wrócą na wszystkie linie". Adam Kruk dla Radia Olsztyn o zmianach w rozkładach\n\nMiasto zmienia '
     'rozkłady od poniedziałku.', [("direct", "Adam Kruk", "Radio Olsztyn", "Autobusy wrócą")]),
    # "dla" before something that is no outlet is no interview label
    ('"Autobusy wrócą na wszystkie linie". Adam Kruk dla mieszkańców ma dobre wieści\n\nMiasto zmienia '
     'rozkłady od poniedziałku.', [("direct", None, None, "Autobusy wrócą")]),
])
def test_an_interview_label_after_a_headline_quote(text, expected):
    got = quotes(text)
    assert [(k, s, v) for k, s, v, _ in got] == [(k, s, v) for k, s, v, _ in expected], got


@pytest.mark.parametrize("text,expected", [
    ("Kapitan Adam Kruk był w dobrym humorze. - Po sobotniej wygranej czujecie już awans? - zapytał dziennikarz "
     "Polsatu Sport. - Jeszcze nie, przed nami dwa mecze - odpowiedział Kruk.",
     [("direct", "Adam Kruk", None, "Jeszcze nie")]),
    # anyone else's question is a quote
    ("Poseł Jan Lis zabrał głos. - Kto za to zapłaci? - pytał Lis.", [("direct", "Jan Lis", None, "Kto za to")]),
])
def test_a_journalists_question_is_no_quote(text, expected):
    got = quotes(text)
    assert [(k, s, v) for k, s, v, _ in got] == [(k, s, v) for k, s, v, _ in expected], got


@pytest.mark.parametrize("text,expected", [
    ('Jan Radzik mówił o strajku.\n\n"Puls Biznesu" przypomina, że w lipcu związki zawodowe wystąpiły do premiera.',
     [("indirect", "Puls Biznesu", None, "w lipcu związki")]),
    # an outlet in quotation marks after a preposition is the channel, the person the speaker
    ('Jan Radzik nie zgadza się z zarzutami. W rozmowie z "Dziennikiem Bałtyckim" powiedział, że umowy były zgodne '
     'z prawem.', [("indirect", "Jan Radzik", "Dziennik Bałtycki", "umowy były zgodne")]),
])
def test_an_outlets_title_in_quotation_marks_as_the_subject(text, expected):
    got = quotes(text)
    assert [(k, s, v) for k, s, v, _ in got] == [(k, s, v) for k, s, v, _ in expected], got


@pytest.mark.parametrize("text,speaker", [
    # a person in the genitive inside the speaker's apposition is whose the role is, never the speaker
    ('Jan Kos, rzecznik premiera Adama Wolskiego przekazał, że Czechy "są gotowe do rozmów o granicy".', "Jan Kos"),
    ("Po spotkaniu Tomasz Gajda, doradca premiera Adama Wolskiego, poinformował, że rozmowy będą kontynuowane.",
     "Tomasz Gajda"),
    ("Marta Nowicka, rzeczniczka burmistrza Karola Wiśniewskiego, przekazała, że ratusz przygotuje nowy plan.",
     "Marta Nowicka"),
    ("Karol Wiśniewski, burmistrz Opola, przekazał, że ratusz przygotuje nowy plan.", "Karol Wiśniewski"),
])
def test_a_genitive_name_in_the_apposition_is_not_the_speaker(text, speaker):
    assert quotes(text)[0][1] == speaker


@pytest.mark.parametrize("text,speaker", [
    # an unnamed head of a body the text names speaks for it, as an unnamed spokesperson does
    ("Resort zdrowia odpowiedział protestującym. - Nie widzę podstaw do zmiany decyzji - podkreślił szef "
     "Ministerstwa Zdrowia.", "Ministerstwo Zdrowia"),
    # when the text names the holder, the role noun is that person
    ("Minister zdrowia Adam Nowak spotkał się z protestującymi. - Nie widzę podstaw do zmiany decyzji - "
     "podkreślił szef Ministerstwa Zdrowia.", "Adam Nowak"),
    # another role noun (an epithet) refers back to the person, never to the body in its complement
    ("Kapitan kadry Robert Lewandowski przyznał, że zespół potrzebował zwycięstwa. „Wreszcie zagraliśmy "
     "odważnie” – mówił napastnik Barcelony.", "Robert Lewandowski"),
])
def test_an_unnamed_head_speaks_for_the_body(text, speaker):
    assert quotes(text)[-1][1] == speaker


@pytest.mark.parametrize("text,expected", [
    # a pair of dashes around an aside: the second one is no attribution dash
    ("Protest zorganizował Związek Sadowników. Jego prezes, Adam Lipski - który wcześniej spotkał się z "
     "dziennikarzami w Grójcu - zapowiedział, że po południu ciągniki wjadą do Radomia.",
     [("indirect", "Adam Lipski", None, "po południu ciągniki")]),
    # a dash after a full stop opens the speaker's words: the attribution dash after them still counts
    ("Minister Jan Lis zapewnił, że rozmowy odbędą się wiosną. - Jesteśmy gotowi gościć obie strony w każdej "
     "chwili - oświadczył Lis.", [("indirect", "Jan Lis", None, "rozmowy odbędą się"),
                                 ("direct", "Jan Lis", None, "Jesteśmy gotowi")]),
])
def test_an_aside_between_dashes(text, expected):
    assert_quotes(text, expected)


@pytest.mark.parametrize("text,expected", [
    # unmarked sentences in the first person closed by a dash attribution: the speaker's own words, direct,
    # from where the first person starts
    ("Minister Tomasz Bąk był gościem radia. Nie widzę szans na porozumienie w tym tygodniu. Druga strona nadal "
     "stawia warunki nie do przyjęcia - powiedział Bąk.",
     [("direct", "Tomasz Bąk", None, "Nie widzę szans na porozumienie w tym tygodniu. Druga strona")]),
    # no first person, but two sentences of comment (present tense, no actor as subject): the speaker's run,
    # direct (real-page probe C7, K2b; round 9); one such sentence alone stays reported speech
    # (test_quotes_round9.RUNS)
    ("Wojewoda Jan Pietrzak odwiedził powiat. Ewakuacja mieszkańców nie jest na razie potrzebna. Woda opada, a "
     "wały wytrzymały - relacjonował Pietrzak.", [("direct", "Jan Pietrzak", None, "Ewakuacja mieszkańców")]),
    # "ma" is the verb mieć, not the possessive
    ("Rosja zgodziła się na rozejm, ale porozumienie ma wejść w życie dopiero po zniesieniu sankcji - wynika z "
     "komunikatu Kremla.", [("indirect", "Kreml", None, "Rosja zgodziła się")]),
])
def test_unmarked_first_person_sentences_before_a_dash_attribution(text, expected):
    assert_quotes(text, expected)


def test_a_fragment_starting_with_its_reporting_frame_does_not_crash():
    # the fragment and the frame holding it open at the same word: the frame is not settled yet, so the
    # fragment gets no outlet from it (this raised StopIteration before)
    got = quotes('Tytuł\n\nMinister powiedział, że "to nie do przyjęcia" – dodał Jan Nowak.')
    assert [(k, t) for k, _, _, t in got] == [("partial", "to nie do przyjęcia")]
