"""Actors: people, organisations, places and media named in the article.

Mentions come from the gazetteer (matched on nominative lemmas, so any inflected form counts),
from runs of capitalised words read with morfeusz2 name qualifiers and the guesser, and from a
region noun with its adjective ("województwo lubuskie", "woj. lubelskie", "obwodów: zaporoskiego i
chersońskiego": ``actor_regions.py``). Web layout lines (credits, teasers) give none. A run
(``actor_runs.py``) is cut where a title, an address word, an organisation in the genitive or a first
name after a role's complement shows two names side by side; it spans an institution's seat ("Rada
Gminy w X"), "do Spraw", a genitive acronym, an outlet's place ("Radio Lublin") and a club's city
("Legii Warszawa"). Its type comes from the words before it and in it (``actor_types.py``);
programmes, documents and roads are none.

What single tokens say (gazetteer matches, name qualifiers, clause openings, acronyms, a club's
city) is in ``actor_words.py``; what a run is (its type, or no actor) in ``actor_types.py``; the
Mention record and the passes over a clause's first word in ``actor_mentions.py``. Quoted names and
credit lines are read in ``actor_quoted.py``. Each run carries scored nominative candidates (``names.py``: case agreement of all its words);
``merge.py`` unites the forms of one actor and picks its name, then shorter forms (a surname, an
initial, a familiar first name, a shorter organisation name, an acronym) join the full name.
Roles are read from the words before (an apposition chain) or in apposition after a name.
"""
from __future__ import annotations

from collections import OrderedDict
from typing import Optional

from ..lexicon import lexicon_set
from ..model import Actor
from .actor_marks import shouted
from .actor_saints import saint_name_end
from .actor_words import (adjective_before_institution, office_name, city_after, club_prefix,
                          nominative_ending, sponsored_competition, country_in_genitive, dash_joined, gaz_match,
                          hyphenated_given_name, legal_form_end, is_acronym, is_acronym_word, is_domain, is_first_name,
                          is_institution, is_name_token, opens_clause, is_roman_numeral, listed_offices,
                          listed_place_as_adjective, person_quals, second_person, common_word_opening, gaz_entries)
from .actor_listed import channel_number, coordinated_branch, names_a_branch, own_part_end, own_part_name
from .actor_mentions import (Mention, acronym_pairs, church_mention, clause_initial_surnames, coordinated_people,
                             mentions_before_cut, named_elsewhere, team_mention)
from .actor_quoted import acronym_quoted_end, credit_tails, handles, quoted_name as _quoted_name, quoted_outlet as _quoted_outlet, \
    quoted_tail as _quoted_tail
from .actor_types import (capitals_no_name, classified_head, letter_code, classifier_in_apposition, coordinated_unknown, described_by, event_in_apposition, listed_type, located_in,
                          names_no_actor, platform_letter, run_type, same_form_adjectives, street_before)
from .actor_demonyms import one_of_a_people
from .actor_months import month_year_name
from .actor_units import union_units
from .actor_apposed import holder_start
from .actor_nicknames import nicknames
from .actor_offices import held_offices
from .actor_streets import street_name
from .actor_regions import region_abbreviations, region_mentions
from .actor_runs import own_name_after_acronym, run_end as _run_end
from .merge import (People, fold_spelling, initials, initials_with_conjunctions, initials_without_parent,
                    initials_without_classifier, initials_without_seat, lone_initial, unify)
from .short_forms import short_forms
from .roles import descriptor, is_role as _is_role, role_after, role_before
from .names import (addressed, label_surname, apposition_cases, best, complement_case, governed_cases, nominal_candidates,
                    person_candidates, told_cases)
from ..nlp import CASES, DASHES, QUOTE_OPEN, Text, Tok, layout_lines, readings, tokens_in_spans


def _hyphen_run(text: Text, a: int, b: int) -> list[Tok]:
    """The run's tokens with a dash-joined double surname read as one hyphenated word."""
    toks = text.toks
    run: list[Tok] = []
    k = a
    while k < b:
        if k + 2 < b and dash_joined(text, k + 1):
            word = f"{toks[k].text}-{toks[k + 2].text}"
            rs = readings(word)
            run.append(Tok(k, word, toks[k].idx, rs, rs[0] if rs else None, toks[k].sent, toks[k].sent_start,
                           word, False))
            k += 3
            continue
        run.append(toks[k])
        k += 1
    return run


def _given_name_start(run: list[Tok]) -> Optional[int]:
    """Where a Chinese-style name starts inside a run: the surname before its hyphenated given name
    ("z Kinmen Hung Wen-lung" -> "Hung Wen-lung")."""
    for k in range(2, len(run)):
        if hyphenated_given_name(run[k]):
            return k - 1
    return None


def _domain_end(text: Text, i: int) -> Optional[int]:
    """One past a portal's address the tokenizer split at its dot: a capitalised word or an acronym, a
    dot and a top-level domain (``top_level_domains.txt``), no space between them ("z portalem
    Meczyki.pl." and "WNP.PL przewodniczący" come as three tokens); None elsewhere."""
    toks = text.toks
    if i + 2 >= len(toks) or toks[i + 1].text != "." or not (toks[i].is_title or is_acronym(toks[i])) \
            or toks[i].end != toks[i + 1].idx or toks[i + 1].end != toks[i + 2].idx:
        return None
    tld = toks[i + 2].text.rstrip(".")
    if tld.lower() not in lexicon_set("top_level_domains.txt") or not tld.isalpha() \
            or (i + 3 < len(toks) and toks[i + 3].idx == toks[i + 2].end and toks[i + 3].is_word):
        return None
    return i + 3


def _named_after(toks: list[Tok], i: int, j: int, typ: Optional[str]) -> Optional[str]:
    """"szpital Jonschera": a lower-case noun of a place named after a person (``eponym_nouns.txt``) and
    one capitalised word no first name, in the genitive only, is that body's name (the noun's lemma and
    the word as written); None otherwise."""
    if typ != "organization" or j - i != 1 or not i or toks[i - 1].sent != toks[i].sent or toks[i - 1].is_title:
        return None
    noun = next((r.lemma for r in toks[i - 1].readings if r.pos == "subst" and r.has("sg")
                 and r.lemma in lexicon_set("eponym_nouns.txt")), None)
    t = toks[i]
    if noun is None or is_first_name(t) or any(r.has("nom") for r in t.readings if r.pos == "subst"):
        return None
    return f"{noun} {t.text}"


def _coordinated_case(toks: list[Tok], a: int) -> frozenset[str]:
    """The oblique cases of a person's surname right before "i"/"oraz" before ``a`` (a name the
    dictionary knows only in them, not in the nominative): a coordinated name is in that case too."""
    if a < 2 or toks[a - 1].lower not in ("i", "oraz") or toks[a - 2].sent != toks[a].sent or not toks[a - 2].is_title:
        return frozenset()
    named = [r for r in toks[a - 2].readings if r.pos == "subst" and "nazwisko" in r.quals]
    cases = frozenset(c for r in named for c in CASES if r.has(c))
    return cases if cases and "nom" not in cases else frozenset()


def _run_candidates(text: Text, a: int, b: int, typ: str, surfaces: frozenset[str],
                    memo: dict) -> dict[str, float]:
    """Nominative candidates of a run; a run read the same way before (same words, readings and
    governing case) is not read again."""
    toks = text.toks
    run = _hyphen_run(text, a, b) if any(t.text in DASHES for t in toks[a:b]) else toks[a:b]
    gov = governed_cases(toks, a) or (apposition_cases(toks, a) if typ == "person" else frozenset())
    told = told_cases(toks, a, b) if typ == "person" else frozenset()
    if told:
        gov = (gov & told) or (gov if gov else told)  # "X Y, radny …", "minister X Y oświadczyła": a nominative
    if typ == "person" and any(second_person(toks, a - n, a) for n in (2, 3) if a - n >= 0):
        gov = frozenset({"nom"})  # "premiera Adama Wolskiego Tomasz Gajda": the role is the genitive name's
    elif typ == "person" and second_person(toks, a, b):
        gov = frozenset(CASES) - {"nom", "voc"}  # and that name is in another case than the subject's
    coordinated = _coordinated_case(toks, a) if typ == "person" else frozenset()
    if coordinated and not governed_cases(toks, a):
        gov = coordinated  # "Donaldowi Trumpowi i Kamali Harris": the first person's case
    # a person's name with a word the dictionary does not know, opening a sentence, is its subject: "Naim
    # Kassem, który …" is not the instrumental of a "Nai Kass" (foreign names end like Polish case endings)
    subject = not gov and typ == "person" and toks[a].sent_start and any(t.guessed for t in run)
    address = typ == "person" and addressed(toks, a)
    key = (typ == "person", tuple((t.text, t.reading, t.guessed) for t in run), gov, address, subject,
           typ != "person" and not gov and complement_case(toks, a), bool(told))
    if key not in memo:
        memo[key] = person_candidates(run, gov, surfaces, address, subject, bool(told)) if typ == "person" \
            else nominal_candidates(run, gov) if gov else nominal_candidates(run, complement_case(toks, a), 0.3)
        if typ != "person" and len(run) == 1:
            # a one-word name's lemma the text also gives as a word of its own is evidence, as for a
            # person's ("mieszkańcy Rzędzin" beside "komitet „Nowe Rzędziny”": Rzędziny)
            # ("mówił w Irpieniu" beside "odwiedził Irpień": for a word the dictionary does not know, the
            # text's own nominative outweighs the guesser's paradigms, which read Irpienio)
            seen = 1.0 if run[0].guessed else 0.3
            memo[key] = {name: score + seen * (name != run[0].text and name in surfaces)
                         for name, score in memo[key].items()}
            if run[0].guessed and not gov and nominative_ending(run[0].text):
                # a word the dictionary does not know, no preposition before it, ending as nominatives also
                # end ("rzeki Litani" -> Litania; not "Azowstalu"): a lemma the guesser makes up from the
                # ending is weak evidence, the surface form stays unless the text gives the lemma
                memo[key] = {name: score - 0.5 * (name != run[0].text and name not in surfaces)
                             for name, score in memo[key].items()}
        if typ == "place" and len(run) == 1:
            # a place's name is the lemma of its geographic reading, not of a surname or common noun of
            # the same form: "w Szymanach" -> Szymany (not Szyman), "z Mikołajek" -> Mikołajki
            geo = {r.lemma for r in run[0].readings if "nazwa_geograficzna" in r.quals}
            memo[key] = {name: score + 0.2 * (name in geo) for name, score in memo[key].items()}
    return memo[key]


_inert: dict[tuple, tuple] = {}  # (id of the readings, lemma, form) -> (readings, inert), as nlp.per_form keeps it


def _inert_form(t: Tok) -> bool:
    """A token not in title case that opens nothing ``find_mentions`` looks for at it: no saint's title,
    quotation mark or "+", team noun, gazetteer entry, acronym, region noun or domain; the loop passes
    it over (the test of every branch for such a token, once per form). Whether the next word is a
    saint's title (a church's noun before it) is the caller's."""
    rs = t.readings  # (nlp.per_form's memo written out: no closure and call per token)
    key = (id(rs), t.lemma, t.text)
    got = _inert.get(key)
    if got is None or got[0] is not rs:
        if len(_inert) > 200_000:
            _inert.clear()
        got = _inert[key] = (rs, _inert_now(t, rs))
    return got[1]


def _inert_now(t: Tok, rs: tuple) -> bool:
    return not t.is_title and t.lower not in lexicon_set("saint_titles.txt") \
        and t.text not in QUOTE_OPEN and t.text != "+" \
        and not any(r.pos == "subst" and r.has("sg") and r.lemma in lexicon_set("team_nouns.txt") for r in rs) \
        and not ((t.is_word or t.text.isdigit()) and gaz_entries(t)) and not is_acronym(t) \
        and t.lemma.lower() not in lexicon_set("region_nouns.txt") and t.lower not in region_abbreviations() \
        and not is_domain(t)


def find_mentions(text: Text) -> list[Mention]:
    """Every actor mention, in text order."""
    toks = text.toks
    surfaces = frozenset(t.text for t in toks if t.is_title)
    layout = sorted(layout_lines(text.text) + credit_tails(text.text) + handles(text.text))
    layout = [sp for k, sp in enumerate(layout) if not (k and layout[k - 1][1] > sp[0])]  # no overlaps
    in_layout = tokens_in_spans(text, layout)
    memo: dict = {}
    out: list[Mention] = []
    # words the text writes in lower case: the same word capitalised opening a clause is that common word
    # ("Hejtman dodał" beside "hejtman Kraju Libereckiego"), even when the dictionary does not know it
    lowered = frozenset(t.text for t in toks if t.is_word and t.text[:1].islower())
    after_first = frozenset(  # surnames: words after a first name, unknown words after one ("Dmitrij Pieskow")
        toks[k + 1].text for k in range(len(toks) - 1)
        if toks[k + 1].is_title and toks[k].sent == toks[k + 1].sent
        and (is_first_name(toks[k]) or (toks[k].guessed and toks[k + 1].guessed and not gaz_match(toks, k))))
    saints = lexicon_set("saint_titles.txt")
    things: set[str] = set()  # initials of the programmes' and documents' names dropped below
    ntoks = len(toks)
    i = 0
    inert = _inert
    while i < ntoks:
        t = toks[i]  # (_inert_form's memo read here: no call for the four tokens in five that are inert)
        got = inert.get((id(t.readings), t.lemma, t.text))
        if (got[1] if got is not None and got[0] is t.readings else _inert_form(t)) \
                and not (i + 1 < ntoks and toks[i + 1].lower in saints):
            i += 1  # every test below fails for it (a church's noun is one before a saint's title)
            continue
        if i in in_layout:  # "Fot. PAP/EPA", "ZOBACZ TAKŻE: …"
            i += 1
            continue
        split = _domain_end(text, i)
        if split:  # "z portalem Meczyki.pl.": the address the tokenizer split, one portal
            end = toks[i + 2].idx + len(toks[i + 2].text.rstrip("."))
            address = text.text[toks[i].idx:end]
            out.append(Mention(i, split, address, "media", toks[i].idx, end, address))
            i = split
            continue
        month = month_year_name(text, i)
        if month:  # "Sierpień '80", "z Sierpnia'80": a body named by a month and a year's two digits
            out.append(month)
            i = month.b
            continue
        # a national team is an actor apart only with its age category ("reprezentację Polski U-21");
        # the senior team ("mecze reprezentacji Polski") is its country, read below as a listed place
        team = team_mention(text, i)
        church = church_mention(text, i) or (team if team is not None and team.b - team.a > 2 else None)
        if church:  # "na plebanii kościoła św. Augustyna", "reprezentację Polski U-21"
            out.append(church)
            i = church.b
            continue
        saint = saint_name_end(toks, i)
        if saint:
            i = saint  # "ul. św. Marcina", "w dniu św. Jana": a saint's name is no actor of the text
            continue
        close = _quoted_name(toks, i)
        if close:  # "komitet „Nowe Rzędziny”": the quoted name as written
            surface = text.text[toks[i + 1].idx:toks[close - 1].end]
            out.append(Mention(i + 1, close, surface, "organization", toks[i + 1].idx, toks[close - 1].end, surface))
            i = close + 1
            continue
        close = _quoted_outlet(toks, i)
        if close:  # 'Jak podaje "Echo Dnia"', 'cytowany przez „Głos Pomorza”': the outlet's title
            cands = nominal_candidates(toks[i + 1:close])
            out.append(Mention(i + 1, close, best(cands), "media", toks[i + 1].idx, toks[close - 1].end,
                               text.text[toks[i + 1].idx:toks[close - 1].end],
                               tuple(sorted(cands.items(), key=lambda kv: -kv[1]))))
            i = close + 1
            continue
        g = gaz_match(toks, i)
        if g and (is_institution(toks[i]) or adjective_before_institution(toks, i)) and is_name_token(toks, i) \
                and _run_end(text, i) > g[0]:
            g = None  # "Komisja Europejska" is listed, "Komisja Nadzoru Finansowego", "Polska Grupa Górnicza" longer
        if g and street_before(toks, i):
            g = None  # "na placu Unii Lubelskiej": a street's name (names_no_actor below), not the listed actor
        if listed_place_as_adjective(toks, i, g):
            g = None  # "Polskiej Ligi Siatkówki", "Polski Ład": an adjective opening a name
        if common_word_opening(toks, i, g):
            i += 1  # "Fakt, że rząd …", "Polityka rządu jest błędna": the common word, not the outlet
            continue
        sponsor = g[0] if g and g[2] == "organization" else i + 1 if is_acronym(toks[i]) else None
        if sponsor and sponsored_competition(text, sponsor):
            i = sponsor + 1  # "w Tauron Lidze", "w PGNiG Superlidze": a competition, not the firm
            continue
        if g and one_of_a_people(toks, i, g):
            i = g[0]  # "Polak podziękował", "z Hiszpanką Marią …": one person's nationality, no actor
            continue
        if g:
            end, canonical, typ, variant = g
            edition = gaz_match(toks, end) if typ == "media" and end < len(toks) else None
            if edition and edition[2] == "place" and edition[0] == end + 1 and toks[end].text == edition[1] \
                    and toks[end].sent == toks[i].sent and text.text[toks[end - 1].end:toks[end].idx] == " ":
                canonical, end = f"{canonical} {edition[1]}", end + 1  # "TVP3 Katowice", "Business Insider Polska"
                variant = canonical
            elif typ == "media" and channel_number(text, end):
                canonical, variant, end = f"{canonical} {toks[end].text}", "", end + 1  # "Polskie Radio 24"
            elif canonical in listed_offices() and country_in_genitive(text, end):
                canonical, variant, end = f"{canonical} {toks[end].text}", "", end + 1  # "rzeczniczka MSZ Rosji"
            elif typ in ("organization", "media") and names_a_branch(text, i, end, after_first):
                canonical, variant, end = f"{canonical} {toks[end].text}", "", end + 1  # "PGE Obrót", "Politico Europe"
                more = coordinated_branch(text, end)
                if more > end:  # "PGE Górnictwo i Energetyka Konwencjonalna"
                    canonical, end = f"{canonical} {text.text[toks[end].idx:toks[more - 1].end]}", more
            elif typ == "organization" and own_part_end(text, i, end) > end:  # "Solidarności Oświatowej": a part's own name
                part = own_part_end(text, i, end)
                canonical, variant, end = f"{canonical} {own_part_name(text, end, part)}", "", part
            close = _quoted_tail(text, i, end) if typ == "organization" and end == i + 1 and is_acronym(toks[i]) else None
            if close:  # 'OPZZ „Forum Pracy”': an acronym and its own quoted name are one body's name, as written
                canonical, variant, end = f"{canonical} {text.text[toks[end].idx:toks[close].end]}", "", close + 1
            if typ == "organization":
                end = legal_form_end(text, end) or end  # "Orlen SA": the legal form is the listed firm's
            out.append(Mention(i, end, canonical, typ, toks[i].idx, toks[end - 1].end, text.text[toks[i].idx:toks[end - 1].end],
                               variant=variant))
            i = end
            continue
        if platform_letter(toks, i):  # "napisał na X", "na platformie X"
            out.append(Mention(i, i + 1, toks[i].text, "media", toks[i].idx, toks[i].end, toks[i].text))
            i += 1
            continue
        regions = region_mentions(toks, i, text.text)
        if regions:  # "województwie lubuskim", "z woj. lubelskiego", "obwodów: zaporoskiego i chersońskiego"
            out.extend(regions)
            i = regions[-1].b
            continue
        if is_domain(toks[i]):
            out.append(Mention(i, i + 1, toks[i].text, "media", toks[i].idx, toks[i].end, toks[i].text))
            i += 1
            continue
        if toks[i].guessed and toks[i].lower in lowered and opens_clause(toks, i) \
                and not (i + 1 < len(toks) and toks[i + 1].sent == toks[i].sent and toks[i + 1].is_title):
            i += 1  # "Hejtman dodał, że …" in a text that says "hejtman Kraju Libereckiego"
            continue
        if not (is_name_token(toks, i) or toks[i].is_title and toks[i].is_word and legal_form_end(text, i + 1)) \
                or is_roman_numeral(toks[i]) or shouted(toks, i) or capitals_no_name(text, i) or letter_code(toks[i]):  # "Superliga sp. z o.o.": a common noun named as a company
            i += 1
            continue
        j = _run_end(text, i)
        # a name stops at the first word of a layout line glued after it ("Czesław Borowik Fot. PAP")
        j = next((k for k in range(i + 1, j) if k in in_layout), j)
        cut = _given_name_start(toks[i:j])
        if cut:
            j = i + cut
        if names_no_actor(toks, i, j):
            # the thing's name goes on through a listed word ("Programu Operacyjnego Polska Wschodnia",
            # "Akademickich Mistrzostw Polski"): no actor in it
            while j < len(toks) and toks[j].sent == toks[i].sent and text.text[toks[j - 1].end:toks[j].idx] == " ":
                if toks[j].is_title and toks[j].is_word and not is_first_name(toks[j]) and not is_acronym(toks[j]):
                    j += 1  # but "Zjazdu Delegatów ZZM": the acronym after the event's name is a body's
                elif toks[j].lower == "i" and j + 1 < len(toks) and toks[j + 1].sent == toks[i].sent \
                        and toks[j + 1].is_title and (same_form_adjectives(toks[j - 1], toks[j + 1]) or street_before(toks, i)):
                    # "Programu Rozwoju Gminnej i Powiatowej Infrastruktury Drogowej": coordinated adjectives;
                    j += 2  # "przy ul. Żwirki i Wigury": a street named for two
                else:
                    break
            if j - i > 1:  # "w sprawie ZUZP … Zakładowego Układu Zbiorowego Pracy": the acronym of its initials is it too
                things.add(initials(text.text[toks[i].idx:toks[j - 1].end]))
            if j + 2 < len(toks) and toks[j].text == "(" and toks[j + 2].text == ")" and is_acronym(toks[j + 1]) \
                    and toks[j + 2].sent == toks[i].sent:
                j += 3  # "Europejskiego Nakazu Aresztowania (ENA)": the acronym the text gives the thing is its name too
            i = j
            continue
        if event_in_apposition(toks, i, j):
            i = j  # "w Warsaw Security Forum, konferencji …": an event's name
            continue
        if street_name(toks, i, j):
            i = j  # "na Głównym Rynku", "na Krakowskim Przedmieściu": a location, no actor
            continue
        if j - i == 1 and any(r.pos == "subst" and r.lemma.lower() in lexicon_set("address_words.txt") for r in toks[i].readings):
            i = j  # "jak Pan mieszka", "od Pana": the polite "you" capitalised in a letter or an appeal
            continue
        quoted_body = j - i == 1 and is_institution(toks[i]) and toks[i].is_title and _quoted_tail(text, i, j) is not None
        if j - i == 1 and is_institution(toks[i]) and not quoted_body and not classified_head(toks, i):  # "Rady", "Sąd": a common noun
            i = j
            continue
        if j - i > 1 and not office_name(toks, i) and (_is_role(toks[i]) or toks[i].lower in lexicon_set("address_words.txt")
                          or toks[i].lemma.lower() in lexicon_set("name_titles.txt")):
            i += 1  # "Minister Kierwiński", "Prezes Rady Ministrów", "Pan Wójt", "Radny Kot": a title, then the name
            continue
        if j - i > 1 and toks[i].lemma.lower() in lexicon_set("organ_nouns.txt") and (
                is_acronym(toks[i + 1]) or (gaz_match(toks, i + 1) or (0, "", ""))[2] == "organization"):
            i += 1  # "Zarząd MPK proponuje …": the organisation's board speaks for it
            continue
        if j - i > 1 and classifier_in_apposition(toks, i):
            i += 1  # "Spółka Komunikacja Podgórska", "Portal Dziennik Bałucki": the noun, then the name
            continue
        legal = next(((k, e) for k in range(i + 1, j + 1) for e in [legal_form_end(text, k)] if e), None)
        if legal:
            j, legal = legal  # "Farmavita SA", "Ekstraklasy SA": a company's name with its legal form
            form = text.text[toks[j].idx:toks[legal - 1].end]
            # no case from the words before: the company is often in apposition ("producent leków Farmavita SA")
            cands = {f"{c} {form}": v for c, v in nominal_candidates(toks[i:j]).items()}
            out.append(Mention(i, legal, best(cands), "organization", toks[i].idx, toks[legal - 1].end,
                               text.text[toks[i].idx:toks[legal - 1].end], tuple(sorted(cands.items(), key=lambda kv: -kv[1]))))
            i = legal
            continue
        typ = "organization" if quoted_body else run_type(toks, i, j)  # 'Stowarzyszenie "Nasza Góra"'
        if typ and out and out[-1].b == i - 1 and out[-1].type == "place" and coordinated_unknown(toks, out[-1].b - 1, i, j):
            typ = "place"  # "na Fordo, Natanz i Isfahan": an unknown name coordinated with a place is a place
        listed_as = listed_type(toks, out, i)
        if typ and listed_as:
            typ = listed_as  # "w kopalniach Pniówek, Budryk i Knurów-Szczygłowice": the plural noun types the list
        if j - i > 3 and (is_first_name(toks[i]) or toks[i].guessed) and any(dash_joined(text, k) for k in range(i + 1, j)):
            typ = "person"  # "Paulina Hennig–Kloska"
        if typ and j - i == 1 and label_surname(toks, i):
            typ = "person"  # "Żuraw: …": a headline's speaker label is a person, whatever else the word names
        if typ and j - i == 1 and any(second_person(toks, i - n, i) for n in (2, 3) if i - n >= 0):
            typ = "person"  # "na Władimira Putina Sybiha uznaje": a surname after another person's name
        if typ == "person" and located_in(toks, i, j):
            typ = "place"  # "zakład w Chrzanowie", "w Sławomierzu": where, not who
        acronym_own = j - i == 2 and own_name_after_acronym(toks, i)
        if typ and acronym_own:
            typ = "organization"  # "w PG Silesia": an acronym and its unknown own name, a body wherever it stands
        if typ:
            # a club's name after its acronym keeps its words as written ("z MKS Sokół Ostrołęka")
            # and an acronym's complement before its quoted name ("NSZZ Rolników Indywidualnych „Solidarność”")
            # and a club's own name with "dla" after its noun, in apposition ("z klubu Razem dla Gminy")
            kept = j - i > 1 and (acronym_own or club_prefix(toks[i]) or acronym_quoted_end(text, i) == j
                                  or (any(t.lower == "dla" for t in toks[i:j]) and not is_institution(toks[i])))
            cands = {text.text[toks[i].idx:toks[j - 1].end]: 1.0} if kept \
                else {toks[i].text: 1.0} if j - i == 2 and is_acronym(toks[i]) and city_after(toks, i + 1) \
                else _run_candidates(text, i, j, typ, surfaces, memo)  # "MPK Łódź" is MPK
            name = best(cands)
            close = _quoted_tail(text, i, j) if typ == "organization" else None
            if close:  # "Stowarzyszenie Kibiców Unii Wierzbowo „Wierni Barwom”": the quoted part is the name's
                quoted = text.text[toks[j].idx:toks[close].end]
                name, j, cands = f"{name} {quoted}", close + 1, {f"{c} {quoted}": v for c, v in cands.items()}
            head, dash, ending = name.partition("-")  # "WIBOR-u": an acronym's case ending
            if name not in lexicon_set("not_actors.txt") and not (dash and (ending.islower() or not ending) and head in lexicon_set("not_actors.txt")):
                prev = toks[i - 1] if i and toks[i - 1].sent == toks[i].sent else None
                eponym = _named_after(toks, i, j, typ)
                if eponym:  # "łódzkiego szpitala Jonschera": the hospital named after a person
                    out.append(Mention(i - 1, j, eponym, typ, prev.idx, toks[j - 1].end, text.text[prev.idx:toks[j - 1].end]))
                    i = j
                    continue
                out.append(Mention(i, j, name, typ, toks[i].idx, toks[j - 1].end, text.text[toks[i].idx:toks[j - 1].end],
                                   tuple(sorted(cands.items(), key=lambda kv: -kv[1])),
                                   described=described_by(prev, typ)))
        i = j
    if things:  # an unlisted acronym spelling a dropped thing's initials names that thing
        out = [m for m in out if not (m.b - m.a == 1 and m.name in things and is_acronym(toks[m.a]) and not gaz_match(toks, m.a))]
    out = coordinated_people(toks, _person_tails(text, union_units(text, out), surfaces, memo))
    return clause_initial_surnames(text, named_elsewhere(text, out), layout)


def _person_tails(text: Text, found: list[Mention], surfaces: frozenset[str], memo: dict) -> list[Mention]:
    """A body's or place's run that ends in the surname of a person the text names on its own ("hejtman
    Kraju Libereckiego Martin Půta" beside "Puta", "dla radia Kossuth Orbán" beside "Viktor Orbán") is
    two names: the person (with the word before the surname when it may be a first name) and the rest."""
    toks = text.toks
    surnames = {fold_spelling(m.name.split()[-1]) for m in found
                if m.type == "person" and (m.b - m.a > 1 or not is_first_name(toks[m.a]))}
    full = {fold_spelling(m.name.split()[-1]) for m in found if m.type == "person" and m.b - m.a > 1}
    out = []
    for m in found:
        k = m.b - 1
        held = holder_start(text, m) if m.cands else None
        if held:  # "premiera Wielkiej Brytanii Borisa Johnsona": the role's complement, then its holder
            typ = run_type(toks, m.a, held) or ("place" if m.type == "person" else m.type)
            for a, b, kind in ((m.a, held, typ), (held, m.b, "person")):
                cands = _run_candidates(text, a, b, kind, surfaces, memo)
                out.append(Mention(a, b, best(cands), kind, toks[a].idx, toks[b - 1].end, text.text[toks[a].idx:toks[b - 1].end],
                                   tuple(sorted(cands.items(), key=lambda kv: -kv[1]))))
            continue
        if m.type == "person" or not m.cands or k - m.a < 1 or fold_spelling(toks[k].text) not in surnames \
                or not toks[k].is_title or is_first_name(toks[k]) or (gaz_match(toks, k) or (0, "", ""))[2] == "place" \
                or any("nazwa_geograficzna" in r.quals for r in toks[k].readings) \
                or any(t.text in DASHES for t in toks[m.a:m.b]):
            out.append(m)
            continue
        first = toks[k - 1]
        cut = k - 1 if k - 1 > m.a and (is_first_name(first) or first.guessed or person_quals(first)) else k
        if cut == k and fold_spelling(toks[k].text) not in full:
            out.append(m)  # a surname alone, no first name before it, named by no full name: "Zakłady Metalowe Wiertex"
            continue
        typ = run_type(toks, m.a, cut) or m.type
        for a, b, kind in ((m.a, cut, "person" if typ == "person" else typ), (cut, m.b, "person")):
            cands = _run_candidates(text, a, b, kind, surfaces, memo)
            out.append(Mention(a, b, best(cands), kind, toks[a].idx, toks[b - 1].end, text.text[toks[a].idx:toks[b - 1].end],
                               tuple(sorted(cands.items(), key=lambda kv: -kv[1])), described=m.described))
    return out


def _named_pairs(groups: dict, types: dict[str, str]) -> list[str]:
    """One-word names that join with a hyphen two or more capitalised parts, each of them an actor the
    text names on its own (its name, or a person's surname): a pairing of those actors ("rozmowy
    Nowak-Kowalczyk", "sojusz PSL-Lewica"), no actor of its own. A double surname ("Kosiniak-Kamysz")
    or a compound name whose parts name no one else stays, and so does one a common noun before it makes
    one body ("w kopalni Piast-Ziemowit", beside "w Piaście" and "w Ziemowicie": its two parts)."""
    own = {n for n in groups if "-" not in n} | {n.split()[-1] for n in groups if types[n] == "person" and " " in n}
    out = []
    for name in groups:
        parts = name.split("-")
        if " " not in name and len(parts) > 1 and all(p[:1].isupper() and p in own for p in parts) \
                and not any(m.described for m in groups[name]):
            out.append(name)
    return out


def _fullest_listed(name: str, ms: list[Mention]) -> str:
    """A listed actor the text never calls by its listed name is named by the fullest form the text
    gives ("Stany Zjednoczone" for USA, "Najwyższa Izba Kontroli" for NIK, "Unia" for UE); a demonym
    ("Rosjanie") never names its country. Where the text uses the listed name, it stays ("Rosja"
    beside "Federacja Rosyjska", as the reference article's gold has it)."""
    seen = {m.variant for m in ms if m.variant and m.name == name}
    if not seen or name.lower() in {v.lower() for v in seen}:  # "Ria Nowosti" is RIA Nowosti
        return name
    # a variant in lower case is a form of the name ("linkedinie", platforms.txt), never a name of its own
    forms = [v for v in seen if not v.islower()
             and not any(r.has("m1") for r in readings(v.split()[-1]) if r.pos == "subst")]
    return max(forms, key=lambda v: (len(v.split()), v == name, len(v)), default=name)


def extract_actors(text: Text) -> list[Actor]:
    """Actors with canonical names, types, roles, aliases and mention counts, by first mention."""
    mentions = nicknames(text, unify(acronym_pairs(text, mentions_before_cut(text, find_mentions))))
    people = People(mentions)
    spelled: dict[str, str] = {}  # acronym -> the name it abbreviates
    for m in mentions:  # "Urząd Regulacji Energetyki" spells out "URE"
        if m.type in ("organization", "media") and len(m.name.split()) > 1 and len(initials(m.name)) > 1:
            spelled.setdefault(initials(m.name), m.name)
            spelled.setdefault(initials_with_conjunctions(m.name), m.name)
            spelled.setdefault(initials_with_conjunctions(m.name).upper(), m.name)  # "OZZPIP" as "OZZPiP"
            if len(initials_without_seat(m.name)) > 1:
                spelled.setdefault(initials_without_seat(m.name), m.name)
            if len(initials_without_parent(m.name)) > 1:  # "BSW" for Biuro Spraw Wewnętrznych KGP
                spelled.setdefault(initials_without_parent(m.name), m.name)
            if initials_without_classifier(m.name):  # "SBB" for Stowarzyszenie Stop Bankowemu Bezprawiu
                spelled.setdefault(initials_without_classifier(m.name), m.name)
            if "-" in m.name:  # "UWM" for Uniwersytet Warmińsko-Mazurski w Olsztynie: each part of a compound
                spelled.setdefault(initials_without_seat(m.name.replace("-", " ")), m.name)
    for m in mentions:  # "ZNP" is named after "Związek Nauczycielstwa Polskiego" when the text spells it out
        if m.type in ("organization", "media") and m.name.isupper() and m.b - m.a > 1:
            full = best(nominal_candidates(text.toks[m.a:m.b]))
            if initials(full) == m.name:
                spelled.setdefault(m.name, full)
    groups: "OrderedDict[str, list[Mention]]" = OrderedDict()
    types: dict[str, str] = {}
    for m in mentions:
        # "ZZK RP" spells "Związek Zawodowy Kierowców RP" as "ZZKRP" does
        name = spelled.get(m.name) or ((m.name.isupper() or all(is_acronym_word(w) for w in m.name.split()))
                                       and spelled.get(m.name.replace(" ", ""))) or m.name
        typ = m.type
        if m.type == "person" or (" " not in name and m.cands):  # a listed name is not a surname
            full = people.full_name(m)
            if full:
                name, typ = full, "person"
            elif m.b - m.a == 1 and m.cands and _is_role(text.toks[m.a]):
                continue  # "Burmistrz: pójdziemy do sądu": a role alone names no one, unless a surname ("Król")
            elif lone_initial(name) and m.type != "media":  # ("na X." is the platform)
                continue  # "K." beside no one, or two, whose surname is that initial: no actor of its own
        groups.setdefault(name, []).append(m)
        types.setdefault(name, typ)
    for name in _named_pairs(groups, types):
        del groups[name]  # "spotkanie Nowak-Kowalczyk", "sojusz PSL-Lewica": two actors named elsewhere
    shorter = short_forms(groups, types)
    for short, full in shorter.items():
        while full in shorter and shorter[full] != short:  # "Rada" -> "Rada Miejska" -> "Rada Miejska w …"
            full = shorter[full]
        if short in groups and full in groups and short != full:
            groups[full] = sorted(groups[full] + groups.pop(short), key=lambda m: m.a)
    for office, holder in held_offices(text, groups, types).items():
        groups[holder] = sorted(groups[holder] + groups.pop(office), key=lambda m: m.a)  # "RPO" is Adam Bodnar
    actors = []
    for name, ms in groups.items():
        typ = types[name]
        name = _fullest_listed(name, ms)
        role = None
        for m in ms:
            subject = typ == "person" and any(second_person(text.toks, m.a - n, m.a) for n in (2, 3) if m.a - n >= 0)
            held = typ == "person" and second_person(text.toks, m.a, m.b)  # the genitive name of the pair
            case = "nom" if subject else "gen" if held else None
            role = (role_before(text, m, case) or role_after(text, m)) if typ == "person" \
                else descriptor(text, m)
            if role:
                break
        aliases = tuple(OrderedDict.fromkeys(m.surface for m in ms if m.surface != name))
        actors.append(Actor(name=name, type=typ, role=role, mentions=len(ms), aliases=aliases,
                            first_offset=ms[0].start, offsets=tuple((m.start, m.end) for m in ms)))
    return actors
