"""Web-page layout lines (newslens/layout.py through nlp.layout_lines): credits, bylines, teasers,
breadcrumbs and source lines are layout; article text of every shape is not."""
import pytest

from newslens import nlp
from newslens.extract.actors import extract_actors


def spans(text: str) -> list[str]:
    return [text[a:b] for a, b in nlp.layout_lines(text)]


def actor_names(text: str) -> set[str]:
    return {a.name for a in extract_actors(nlp.analyze(text))}


HEAD = "Radni przyjęli budżet miasta\n\n"
BODY = "\n\nRadni zagłosowali za projektem przygotowanym przez burmistrza Adama Lisa w czwartek.\n"

LAYOUT = [
    # credit lines by their markers, the whole line
    (HEAD + "Źródło zdjęć: © PAP | Marek Wrona" + BODY, ["Źródło zdjęć: © PAP | Marek Wrona"]),
    (HEAD + "© Agencja Wyborcza" + BODY, ["© Agencja Wyborcza"]),
    (HEAD + "(Fot. PAP/Jan Kos)" + BODY, ["(Fot. PAP/Jan Kos)"]),
    # a credit glued to the end of a headline or caption line: only the credit
    ("Radni przyjęli budżet. Fotorzepa, Jan Kos" + BODY, ["Fotorzepa, Jan Kos"]),
    (HEAD + "Most na Wiśle nocą Źródło: Jan Kos / portal.pl" + BODY, ["Źródło: Jan Kos / portal.pl"]),
    (HEAD + "Most na Wiśle nocą Fot. East News" + BODY, ["Fot. East News"]),
    (HEAD + "Most na Wiśle nocą (fot. Reuters)" + BODY, ["(fot. Reuters)"]),
    (HEAD + "Burmistrz (fot. PAP) otworzył nowy most na rzece w czwartek.", ["(fot. PAP)"]),  # the brackets only
    (HEAD + "Wojewoda Anna Sowa na moście / Jan Kos / Forum" + BODY, ["Jan Kos / Forum"]),
    # a caption word running into the agency's name: the credit from the glue point
    (HEAD + "Wojewoda Anna SowaEast News/Getty Images" + BODY, ["East News/Getty Images"]),
    # ... and when the caption above repeats it (an image's alt text), the glued repeat as a whole
    (HEAD + "Wojewoda Anna Sowa\nWojewoda Anna SowaAgencja Wyborcza/Reuters" + BODY,
     ["Wojewoda Anna SowaAgencja Wyborcza/Reuters"]),
    # a byline: a name alone on a line after the headline, or after a credit, before the body
    (HEAD + "Karolina Wilk" + BODY, ["Karolina Wilk"]),
    (HEAD + "Fot. PAP\nTomasz Zając" + BODY, ["Fot. PAP", "Tomasz Zając"]),
    # teasers, with or without a colon, and line-final teaser words
    (HEAD + "Zobacz wideo Kulisy transferu! Trener: To był długi proces" + BODY,
     ["Zobacz wideo Kulisy transferu! Trener: To był długi proces"]),
    (HEAD + "Zobacz także Nowy most w Gdańsku otwarty" + BODY, ["Zobacz także Nowy most w Gdańsku otwarty"]),
    (HEAD + "Polecamy" + BODY, ["Polecamy"]),
    (HEAD + "WIDEO Burmistrz o budżecie" + BODY, ["WIDEO Burmistrz o budżecie"]),
    (HEAD + "REKLAMA" + BODY, ["REKLAMA"]),
    (HEAD + "PORTAL.PL POLECA" + BODY, ["PORTAL.PL POLECA"]),
    # an opener alone on its line: the titles listed under it (no sentence end), not the body after them
    (HEAD + "Zobacz też:\n\n„Chcemy być wysłuchani”, apelują mieszkańcy Lasku\n\nProtest lokatorów. „Czynsze nas "
     "zabijają”" + BODY, ["Zobacz też:", "„Chcemy być wysłuchani”, apelują mieszkańcy Lasku",
                          "Protest lokatorów. „Czynsze nas zabijają”"]),
    # a link's label at the end of a short line
    (HEAD + "Więcej o Wiśle przeczytasz TUTAJ" + BODY, ["Więcej o Wiśle przeczytasz TUTAJ"]),
    (HEAD + "Terminarz i tabelę ligi znajdziesz TUTAJ" + BODY, ["Terminarz i tabelę ligi znajdziesz TUTAJ"]),
    # a breadcrumb glued to the lead: the opener, the sections and the tag, not the lead
    ("Czytaj więcej Kraj Pogoda Burze nad Polską Instytut Meteorologii ostrzega przed burzami.",
     ["Czytaj więcej Kraj Pogoda Burze nad Polską"]),
    ("Czytaj więcej Świat Wojna w Sudanie. Rebelianci zajęli lotnisko w Chartumie.",
     ["Czytaj więcej Świat Wojna w Sudanie."]),
    # a closing source line of outlets, agencies and initials; an agency's name alone
    (HEAD + BODY + "\nPortal.pl/PAP/Polsat News/TVN24", ["Portal.pl/PAP/Polsat News/TVN24"]),
    (HEAD + BODY + "\nPAP/kk", ["PAP/kk"]),
    (HEAD + BODY + "\nIAR", ["IAR"]),
]


@pytest.mark.parametrize("text,expected", LAYOUT)
def test_layout_kinds(text, expected):
    assert spans(text) == expected


NOT_LAYOUT = [
    "Radni przyjęli budżet. Skarbnik: nie będzie cięć",  # a headline with a speaker's colon
    "Fotoradary staną przy szkołach\n\nNowe urządzenia zamontuje straż miejska.",  # "Foto…" opens no credit
    HEAD + "Erdoğan: nie damy się zwieść obietnicom",  # a subheading with a quotation
    HEAD + "„To dopiero początek”",  # a one-line quote
    HEAD + "„Nie zgodzimy się na to”\n– powiedział Adam Lis.",  # a dash line after a quote paragraph
    HEAD + "- Będziemy protestować - zapowiedział Adam Lis.",  # a dash quote
    HEAD + "• Burmistrz Adam Lis zapowiedział nowe inwestycje w Opolu.",  # a list item
    HEAD + "Polecamy zabrać ze sobą dowód osobisty - mówi rzecznik.",  # "Polecamy" in a sentence
    HEAD + "Zobacz, jak zmieni się rozkład jazdy.",  # "Zobacz," in a sentence
    HEAD + "Wideo z monitoringu trafiło do prokuratury.",  # "Wideo" as a sentence's subject
    HEAD + "Pociąg jedzie trasą Kraków / Tarnów / Rzeszów",  # a route, no agency
    HEAD + "Według sondażu Reuters/Ipsos partia traci poparcie.",  # a poll in a sentence
    "Zełenski w rozmowie z Reuters\n\nPrezydent mówił o sankcjach.",  # an agency ends a headline
    "Relacja AP, Kułeba w Kijowie\n\nMinister mówił o sankcjach.",  # an agency, then a sentence part
    HEAD + "Tabela PlusLigi i terminarz przyszłego sezonu",  # a word with a capital inside
    "Adam Lis\n\nAdam Lis został burmistrzem. Lis zapowiedział zmiany.",  # a name line the article uses
    # a caption naming a person the body uses (any case form): a caption, not a byline
    HEAD + "Zbigniew Ziobro\n\nSejm uchylił immunitet Zbigniewowi Ziobrze w piątek po południu.",
    # a name line after the body has begun, with no credit above it: a caption
    HEAD + "Burmistrz mówił o budżecie przez dwie godziny na sesji.\n\nAnna Sowa\n\nRadni głosowali.",
    "Czytaj więcej o budżecie w piątkowym wydaniu.",  # "Czytaj więcej" and no capital after it
    HEAD + "Burmistrz zapowiedział, że nowy basen powstanie właśnie TUTAJ",  # a long line: a sentence's shout
    HEAD + "Kibice czekali na piłkarzy tutaj",  # "tutaj" as written in a sentence
]


def test_a_name_line_above_a_credit_is_a_caption():
    text = HEAD + "Andrzej Nowicki\nFot. PAP/Jan Kos\n\nPrezydent podpisał ustawę o budżecie w piątek wieczorem.\n"
    assert spans(text) == ["Fot. PAP/Jan Kos"]


@pytest.mark.parametrize("text", NOT_LAYOUT)
def test_article_text_is_no_layout(text):
    assert spans(text) == []


def test_spans_are_sorted_disjoint_and_fresh():
    text = HEAD + "Fot. PAP\nTomasz Zając" + BODY + "\nZOBACZ TAKŻE: Nowy most\n\nPAP/kk"
    got = nlp.layout_lines(text)
    assert got == sorted(got) and all(a[1] <= b[0] for a, b in zip(got, got[1:]))
    got.clear()  # the caller's own list: the cached spans stay
    assert len(nlp.layout_lines(text)) == 4


# the probe's shapes (probe_report C5) end to end: layout lines give no actors, the article's stay
ACTORS = [
    ("Rada Miasta przyjęła budżet. Fotorzepa, Jerzy Dąbek\n\nRadni zagłosowali za projektem prezydenta "
     "Lublina Marka Sosny.\n", {"Marek Sosna", "Rada Miasta"}, {"Jerzy Dąbek", "Fotorzepa"}),
    ("Minister rolnictwa Czesław Borowik\nMinister rolnictwa Czesław BorowikAgencja Wyborcza/Reuters Images\n\n"
     "Borowik spotkał się z rolnikami w Sejmie.\n", {"Czesław Borowik", "Sejm"},
     {"Czesław BorowikAgencja", "Wyborcza", "Reuters Images", "Agencja Wyborcza"}),
    ("Źródło zdjęć: © PAP | Leszek Szymański\nKarolina Nowak\n\nSąd Okręgowy w Gdańsku uchylił decyzję "
     "wojewody.\n", {"Sąd Okręgowy w Gdańsku"}, {"PAP", "Leszek Szymański", "Karolina Nowak"}),
    ("Mecz w Płocku zakończył się remisem.\n\nZobacz wideo Kulisy transferu! Malinowski: To był długi proces\n\n"
     "Trener Dawid Kroczek był zadowolony z gry.\n", {"Dawid Kroczek"}, {"Kulisa", "Malinowski"}),
    ("Czytaj więcej Kraj Pogoda Burze nad Polską Instytut Meteorologii ostrzega przed burzami w Małopolsce.\n",
     {"Instytut Meteorologii", "Małopolska"}, {"Kraj Pogoda Burze", "Kraj", "Pogoda", "Bura"}),
    ("Flaga na jezdni przed ambasadą Źródło: Marek Mak / portal.pl\n\n\"Rozmowy trwają\" - napisał w serwisie X "
     "minister Radosław Sikorski.\n", {"Radosław Sikorski"}, {"Marek Mak"}),
    ("Rolnicy wyjechali na drogi.\n\nBlokady potrwają do piątku, zapowiada Michał Kołodziejczak.\n\n"
     "Portal.pl/PAP/Polsat News/TVN24\n", {"Michał Kołodziejczak"}, {"PAP", "Polsat News", "TVN24"}),
    # the negative: the same article without the credit keeps its actors
    ("Rada Miasta przyjęła budżet. Radni zagłosowali za projektem prezydenta Lublina Marka Sosny.\n",
     {"Marek Sosna", "Rada Miasta", "Lublin"}, set()),
]


@pytest.mark.parametrize("text,present,absent", ACTORS)
def test_layout_gives_no_actors(text, present, absent):
    names = actor_names(text)
    assert present <= names and not names & absent


def test_teaser_titles_stop_at_the_body():
    # under an opener alone on its line, the listing stops at the first line that ends a sentence
    text = HEAD + "Zobacz też:\n\nNowy most otwarty\n\nRadni przyjęli budżet miasta w czwartek po długiej debacie.\n\n" \
        "Podtytuł bez kropki\n"
    assert spans(text) == ["Zobacz też:", "Nowy most otwarty"]
