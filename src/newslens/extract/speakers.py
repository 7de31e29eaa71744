"""Who said it: the subject before or after the speech verb (names, role nouns, head nouns, groups from
the mention layer, with agreement), an unnamed explicit subject (no speaker), zero anaphora (the
nearest agreeing speaker or subject before), sources after "według"/"wynika z". A letter's author,
outlets relaying others and the channel (``via``) are in ``speaker_sources.py``; who holds a role noun
that speaks in ``speaker_roles.py``; a speaker carried across sentences and paragraphs in
``speaker_paragraphs.py``; a heading quote's speaker from the body in ``speaker_heading.py``.
"""
from __future__ import annotations

from typing import Optional

from ..lexicon import lexicon_set, role_words
from ..model import Actor
from ..nlp import QUOTE_CLOSE, QUOTE_OPEN, Tok
from .quote_doc import (ACCORDING, COMPLEMENTIZERS, COORD, PRONOUN_GENDER, _agrees, _classifier, _agrees_at, _verb_lemma,
                        _Doc, _Found, _found_in, _noun_genders, _quoted_spans, _source_after, _verb_gender,
                        VERBAL, actor_gender, in_oblique, is_dash)
from .quote_doc import mention_nominative as _case_nominative
from .mention_roles import _head_classes, _oblique_name, role_class
from .speaker_sources import (_body_by_head, _document_author, _document_author_named, _journalists_outlet, _noun_source,
                              _finding_source, _outlet_noun,
                              _person_after)
from .groups import led_protesters
from .speaker_groups import participants_body
from .speaker_heading import _speaker_from_body  # noqa: F401 (quotes.py imports it from here)
from .speaker_paragraphs import (_continue_speaker, _first_subject, _named_just_before,  # noqa: F401 (quotes.py)
                                 _heading_subject, _quote_paragraph_continues, _speaks_again)
from .speaker_roles import _journalist_for, _may_hold, _role_actor, _said_here, _spokesperson_who_spoke
from .speaker_fragments import _fragment_subject, _slogan_carriers
from .speaker_cataphora import _named_after, _words_owner
from .speaker_forms import _group_subject, _inflected_surname, _quote_before
from .speaker_sides import _country_side
from .speaker_clauses import _personal_clause, _role_complement, clause_subject, impersonal_statement
from .speaker_nouns import (PART, _acronym_complement, _anonymous_source, _anonymous_source_at,  # noqa: F401
                           _antecedent, _coordinated_persons, _epithet, _group_part, _own_subject,
                           _quantifier_only)  # (speaker_fragments.py imports some from here)


# ---------------------------------------------------------------- subjects and speakers


def mention_nominative(doc: _Doc, m: tuple[Actor, int, int]) -> bool:
    """A mention in the nominative (quote_doc.mention_nominative), and a person's surname alone written as in
    the person's canonical (nominative) name: "– mówiła Zacharowa", which the dictionary reads only as the
    genitive of a man's "Zacharow" (a woman's surname declines: "Zacharowej", "Zacharową")."""
    if m[0].type == "person" and doc.head.get(m[1]) is None and not _oblique_name(doc.toks, m, any_case=True):
        words = m[0].name.split()  # ("Marija Zacharowa": a first name spelt otherwise; "Anny Nowak", "Annie
        # Kral" are oblique)
        if len(words) > 1 and doc.toks[m[2]].text == words[-1]:
            return True
    if m[0].type != "person" and m[1] == m[2] and doc.head.get(m[1]) is None:
        subst = [r for r in doc.toks[m[1]].readings if r.pos == "subst"]
        if subst and not any(r.has("nom") for r in subst):
            return False  # "Sejmowi" is the name's dative; its adjective reading ("sejmowi" posłowie) names no body
    if m[0].type == "person" and doc.head.get(m[1]) is None and _oblique_name(doc.toks, m, any_case=True):
        return False  # the first name shows the case the surname hides: "o zawodniczce Annie Kral"
    if m[0].type == "group" and not _group_subject(doc, m):
        return False
    if m[0].type == "person" and m[1] == m[2] and doc.head.get(m[1]) is None and _inflected_surname(doc.toks[m[1]], m[0]):
        return False  # "reżim Łukaszenki" (Alaksandr Łukaszenka): a one person's surname with no singular nominative
    name = doc.mention.get(m[2] + 1)
    if m[0].type == "person" and name is not None and name[0] is m[0] and name[1] == m[2] + 1 \
            and _oblique_name(doc.toks, name):
        return False  # a role before the person's name in the genitive is genitive too ("premiera Adama Wolskiego")
    return _case_nominative(doc, m)


SUBORDINATORS = ("czy", "gdy", "kiedy", "jeśli", "jeżeli", "choć", "chociaż", "aby", "żeby", "by", "bo", "ponieważ")
UNNAMED = Actor("", "unnamed")  # an explicit subject that names no actor: the speaker stays None
ROLE = Actor("", "role")  # an unresolved role noun is the subject: only a person can be its holder


def _subject_after(doc: _Doc, v: int, unnamed: bool = False, until: Optional[int] = None) -> Optional[Actor]:
    """Inverted subject: ``– powiedział Pieskow``, ``dodał rzecznik Kremla Dmitrij Pieskow``. With
    ``unnamed``, an explicit subject that names no actor (``jedna z mieszkanek``) returns UNNAMED."""
    role = whose = None
    end = doc.sent_range(doc.sent_of(v))[1]
    if until is not None and v < until < end:
        end = until  # the quote itself follows the verb ("zapowiedział spotkanie …"): no subject inside it
    in_pp = False
    for k in range(v + 1, min(v + 14, end)):  # past adjuncts: "napisał w piątek na Facebooku Nowak"
        t = doc.toks[k]
        if t.text == ",":
            named = _apposed_after_comma(doc, k, end)
            if named is not None:
                return named  # "– mówiła po meczu rozgrywająca zespołu, Anna Wrona."
        if t.text in ",.:;?!" or t.lower in COMPLEMENTIZERS or is_dash(doc, k):
            break
        m = doc.mention.get(k)
        if m and k == m[1] and in_oblique(doc, m):
            in_pp = False  # the name closes the preposition's object: "w TVN24 poseł …" has a subject after it
            continue  # an adjunct's name: "na konferencji w Tajpej", "w rozmowie z PAP"
        if t.pos == "prep":
            in_pp = True
            continue
        if in_pp and m is None and t.pos in ("adj", "subst", "num", "ger", "ppron3", "ppas", "pact"):
            continue  # the preposition's object
        in_pp = False
        if m is None and _anonymous_source(doc, k) and any(r.has("nom") for r in t.readings if r.pos == "subst"):
            return UNNAMED if unnamed else None  # "– podaje źródło portalu X.": an unnamed informant, not the outlet
        if unnamed and m is None and role is None and v > 0 and doc.toks[v - 1].lower == "jak" and t.is_title \
                and t.is_word and t.lemma not in role_words():
            return UNNAMED  # "Jak podaje „Echo Dnia”, …": a name no actor took is the source; no one else
        if m is None and role is None and t.is_word and t.text[:1].islower() and t.lemma not in role_words() and (
                (t.lemma in ("jeden", "inny", "kolejny", "drugi") and k + 1 < end and doc.toks[k + 1].lower == "z")
                or (t.pos == "subst" and t.reading is not None and t.reading.has("nom")
                    and not any(r.pos == "adj" for r in t.readings)  # "słowacki premier"
                    and not any(j in doc.mention for j in range(k + 1, min(k + 4, end))))):  # "portal Euractiv"
            closes = k + 1 >= end or doc.toks[k + 1].text in ".,;" or (  # "– dodał pomocnik Lechii."
                k + 2 <= end and any(r.has("gen") for r in doc.toks[k + 1].readings if r.pos == "subst")
                and (k + 2 == end or doc.toks[k + 2].text in ".,;"))
            if unnamed and _epithet(t) and closes:
                return ROLE  # "– przekonywał prawnik.": a person noun closing the clause names the one who spoke
            outlet = _outlet_noun(doc, k, v) if unnamed and (k + 1 >= end or doc.toks[k + 1].text in ".,;") else None
            outlet = outlet or (_journalists_outlet(doc, k, v) if unnamed and (k + 1 >= end or doc.toks[k + 1].text
                                                                                in ".,;") else None)
            if outlet is not None:
                return outlet  # "– podała gazeta.": the one outlet the text named
            named = _person_after(doc, k + 2, end) if k + 2 < end and doc.toks[k + 1].lower == "z" else None
            if named is not None:
                return named  # "– mówi nam jeden z liderów Ruchu X Adam Bór.": the one named is that one
            return UNNAMED if unnamed else None  # "– pytała jedna z mieszkanek", "jak szacują prawnicy"
        if m and k == m[1] and k in doc.head and m[0].type == "person" and (
                not any(s < t.idx and not _said_here(doc, s, v) for s, _ in m[0].offsets)
                or not _agrees_at(doc, _verb_gender(doc.toks[v]), m)):
            m = None  # a role's holder named before only in the words said here ("Zaprosiłem minister Annę
            # Lis …" – przekazał minister), or one the verb disagrees with ("– zauważył szef gabinetu" after
            # "Szefowa URE Anna Mazur"): the role stays unresolved (the one who just spoke may hold it)
        if m and k == m[1] and k in doc.head and doc.toks[doc.head[k]].lemma.lower() in role_words() \
                and m[0].type == "person" and mention_nominative(doc, m):
            last = doc.last_speaker(v)  # "Biden ocenił, że … – Najpierw … – stwierdził amerykański prezydent"
            near = doc.toks[doc.sent_range(max(0, doc.sent_of(v) - 1))[0]].idx
            if last is not None and last is not m[0] and last.type == "person" and not last.role and \
                    not any(near <= s < doc.toks[v].idx for s, _ in m[0].offsets):
                return last
        if m and k == m[1]:
            if role is not None and m[0].type != "person":
                holder = _person_after(doc, m[2] + 1, end)  # "sekretarz prasowy prezydenta Federacji Rosyjskiej
                if holder is not None:  # Dmitrij Pieskow": the chain's complement, then the person who holds it
                    return holder
                if k == role.i + 1:  # "dodał prezes ZNP", "mówił napastnik Barcelony": the role's complement,
                    doc.__dict__.setdefault("_complement_of", {})[v] = m[0]  # never the speaker itself
                break
            said = _verb_gender(doc.toks[v])
            if role is not None and k == role.i + 1 and m[0].type == "person" and said in ("m", "f") \
                    and actor_gender(m[0]) in ("m", "f") and actor_gender(m[0]) != said:
                whose = m[0]  # "– przyznał trener Kowal" (Anna Kowal): a name the verb disagrees with right after
                break  # the role noun is its genitive complement ("trener Kowal" coaches her), never its holder
            if not mention_nominative(doc, m):
                continue
            holder = doc.mention.get(m[2] + 1)
            if m[0].type != "person" and holder is not None and holder[1] == m[2] + 1 and holder[0].type == "person" \
                    and mention_nominative(doc, holder):
                return holder[0]  # "radna Polski 2050 Marta Wilk": the body is the person's complement
            if m[0].type != "media":
                after = m[2] + 1  # "– wyjaśnia przewodniczący Związku X – Jan Pawlak.": the holder in apposition
                if after in doc.mention and doc.mention[after][0] is m[0] and doc.mention[after][1] == after:
                    after = doc.mention[after][2] + 1  # past the body's name after its role noun
                named = _apposed_after_comma(doc, after, end) if k in doc.head and after < end \
                    and (is_dash(doc, after) or doc.toks[after].text == ",") else None
                if named is None and k in doc.head and m[0].type == "organization" \
                        and role_class(doc.toks[doc.head[k]].lemma.lower()) in _head_classes():
                    doc.__dict__.setdefault("_head_body", {})[v] = m[0]  # "– powiedział prezes PSR": the
                    # unnamed head speaks for the body, unless the sentence before introduced the one who speaks
                return named or m[0]
            if v > 0 and doc.toks[v - 1].lower == "jak":  # "jak podała agencja Xinhua, …": the outlet is the source,
                later = _person_after(doc, m[2] + 1, end)  # unless a person follows as the subject: then the
                return later or m[0]  # outlet is the addressee ("Jak poinformował PAP prezes … Jan Lis, …")
            prev = doc.toks[m[1] - 1]
            if _classifier(prev) == "media" and any(r.pos == "subst" and r.has("nom") for r in prev.readings) \
                    and not prev.is_title:
                return _person_after(doc, m[2] + 1, end) or m[0]  # "– przekazała agencja TASS": the outlet's
                # own clause (a source it relays is read later); a bare "– przekazał PAP" is its addressee
        if t.lemma in role_words() and role is None:
            role = t
    if role is None:
        return None
    held = _role_actor(doc, role, v, not_holder=whose)
    if held is None and unnamed and role.reading is not None and role.reading.has("nom"):
        doc.__dict__.setdefault("_role_after", {})[v] = role.i  # (a journalist never holds it: _journalist_for)
        return ROLE  # "– zaznaczył minister.": a person, never a body before
    return held


def _apposed_after_comma(doc: _Doc, c: int, end: int) -> Optional[Actor]:
    """The person a comma introduces as the apposition of the words before it, closing the clause: a
    nominative name, perhaps after a lower-case role phrase, then a comma or the clause's end
    (``…, Anna Wrona.``, ``wicepremier, minister rolnictwa Joanna Lipa.``, ``stojący przed bramą, Adam
    Lis, trzymając …``). None when a verb or anything else stands between."""
    got = _person_after(doc, c + 1, end, oblique=True)
    if got is None or not mention_nominative(doc, got):
        return None
    actor, first, last = got
    if any(doc.toks[j].is_title or (doc.toks[j].reading is not None and doc.toks[j].reading.pos in VERBAL)
           for j in range(c + 1, first)):
        return None
    nxt = doc.mention.get(last + 1)
    if nxt is not None and nxt[0] is actor and nxt[1] == last + 1:
        last = nxt[2]  # the role's mention, then the name: "minister rolnictwa Joanna Lipa"
    after = last + 1
    return actor if after >= end or doc.toks[after].text in ".,;!?…" else None


def _subject_before(doc: _Doc, v: int, stop: int, unnamed: bool = False) -> tuple[Optional[Actor], bool]:
    """Nominative subject before the verb within its clause; (actor, coordinated-with-previous-verb).
    With ``unnamed``, a relative clause's antecedent that names no actor returns UNNAMED."""
    k = v - 1
    gender = _verb_gender(doc.toks[v])
    if unnamed and gender == "pl":  # "Spółdzielnie mieszkaniowe zapowiadają": a plural subject that names no actor
        j = v - 1
        while j > stop and j not in doc.mention and doc.toks[j].readings \
                and (all(r.pos == "adj" for r in doc.toks[j].readings)
                     or (any(r.pos in ("adv", "qub", "part") for r in doc.toks[j].readings)
                         and not any(r.pos == "conj" for r in doc.toks[j].readings))):
            j -= 1  # (and the adverbs before the verb: "Rolnicy już dziś zapowiedzieli", "dziś" no noun here)
        r = doc.toks[j].reading if j >= stop else None
        complement = j - 1 >= stop and j - 1 in doc.mention and doc.mention[j - 1][0].type == "group" \
            and any(x.has("gen") for x in doc.toks[j].readings)  # "Mieszkańcy wsi zapowiedzieli": a complement
        if r is not None and j not in doc.mention and not complement and r.pos == "subst" and r.has("pl") \
                and r.has("nom") \
                and not r.is_proper and (not doc.toks[j].is_title or doc.toks[j].sent_start):
            return _journalists_outlet(doc, j, v) or UNNAMED, False  # ("Dziennikarze portalu ustalili": its outlet)
    role_subject = False  # an unresolved role noun right before the verb was passed
    if _after_report(doc, v, stop):
        return None, True  # "X powiedział, że Kreml jest gotowy …, jednak zaznaczył, że …": X's second verb
    while k >= stop:
        t = doc.toks[k]
        if t.text == ")":  # a bracketed aside is no subject: "Anna Lis z frakcji liberałów (Renew Europe) mówiła"
            j = k - 1
            while j > stop and doc.toks[j].text not in "()" and k - j < 12:
                j -= 1
            if doc.toks[j].text == "(":
                k = j - 1
                continue
        if t.lower in COMPLEMENTIZERS or t.text in ":" or is_dash(doc, k) or t.text in "”\"»":
            break
        if t.lower in COORD and k == v - 1:
            return None, True
        if t.lemma.lower() == "który" and k >= 2 and doc.toks[k - 1].text == ",":
            m = _antecedent(doc, k, k - 2)
            if m:  # "politycy Konfederacji, którzy zarzucili mu, że …"
                return m[0], False
            if unnamed and doc.toks[k - 2].is_word and not doc.toks[k - 2].is_title \
                    and any(r.pos == "subst" for r in doc.toks[k - 2].readings):
                return UNNAMED, False  # "wyjaśnieniom oskarżonego, który przekonywał, że …": no name, no guess
        if t.text == "," and k > stop:
            # skip a relative clause ", który … ," between the subject and the verb
            j = k - 1
            while j >= stop and doc.toks[j].text != ",":
                j -= 1
            rel = j + 1 + (j + 2 < k and doc.toks[j + 1].pos == "prep")  # ", z którymi rozmawialiśmy,"
            participle = j >= stop and j + 1 < k and any(r.pos in ("ppas", "pact", "pcon") for r in doc.toks[j + 1].readings) \
                and doc.toks[j + 1].text[:1].islower()  # ", cytowany przez agencję X,", ", powołując się na X,"
            content = doc.toks[j + 1].lower in CONTENT_CLAUSE and all(  # the verb opens the main clause after it
                doc.toks[x].pos in ("adv", "qub") for x in range(k + 1, v))
            if j >= stop and rel < k and (doc.toks[rel].lemma.lower() == "który" or participle or content
                                          or doc.toks[j + 1].lower in SUBORDINATORS):
                k = j - 1  # (also a clause of its own: "X pytany o to, czy Y traktuje Z …, odpowiedział", and a
                # content clause: "Na uwagę X, że prezydent Y nie należy do …, odpowiedział")
                continue
        m = doc.mention.get(k)
        noun = k if m is None else m[1] - 1 if m[0].type != "person" and m[1] > stop else None
        if unnamed and noun is not None and _anonymous_source(doc, noun) \
                and any(r.has("nom") for r in doc.toks[noun].readings if r.pos == "subst"):
            return UNNAMED, False  # "Informator wskazał", "Źródło portalu X podało": an unnamed informant speaks
        holder = doc.mention.get(m[1] - 1) if m and m[1] > 0 else None
        if m and m[0].type != "person" and holder is not None and holder[0].type == "person" and holder[1] in doc.head:
            k = m[1] - 1  # "Szef MON zapowiedział": the role's holder speaks, not its complement
            continue
        organ = _organ_before(doc, m) if m is not None and m[0].type == "organization" else None
        if organ is not None:  # "Zarząd Legii Warszawa poinformował": the body speaks through its organ
            if gender is None or gender in _noun_genders(doc.toks[organ]):
                return m[0], False
            k = organ - 1
            continue
        complement = m is not None and m[0].type in ("organization", "media") and m[1] > 0 and m[1] not in doc.head \
            and doc.toks[m[1] - 1].lemma.lower() in role_words() and doc.toks[m[1] - 1].reading is not None \
            and doc.toks[m[1] - 1].reading.has("sg")  # "Szef KZZRM ostrzegał": the role speaks (not "Ekonomiści PKO")
        complement = complement or (m is not None and _acronym_complement(doc, m))
        if unnamed and m is not None and m[0].type in ("organization", "media") and m[1] > stop and m[1] not in doc.head \
                and _epithet(doc.toks[m[1] - 1]) and (doc.toks[m[1] - 1].text[:1].islower() or doc.toks[m[1] - 1].sent_start) \
                and doc.toks[m[1] - 1].lemma.lower() not in role_words() | lexicon_set("body_representatives.txt") \
                and gender in ("m", "sg", None):
            return ROLE, False  # "Były szkoleniowiec Warty dodał", "Właściciel klubu przyznał": a person's noun with the
            # body as its complement is the subject; only a person who spoke before can be it
        if m and not in_oblique(doc, m) and not complement:
            if m[2] == v - 1 and m[0].type in ("person", "organization") and gender and _agrees_at(doc, gender, m) \
                    and not (m[0].type == "person" and _oblique_name(doc.toks, m)):
                return m[0], False  # the name right before the verb, agreeing with it
            if mention_nominative(doc, m) and _agrees_at(doc, gender, m):
                return (UNNAMED if role_subject else m[0]), False  # never a name beyond the role
        if m:
            k = m[1] - 1
            continue
        if t.lemma in role_words() and t.reading and t.reading.has("nom"):
            actor = _role_actor(doc, t, v)
            if actor:
                return actor, False
            if unnamed and not any(doc.toks[j].text == "," for j in range(k + 1, v)):
                # "Jak podaje agencja X, minister zapewnił": a role no one named holds is the subject;
                # no speaker rather than a name further back (the outlet, a body in an aside)
                role_subject = True
                doc.__dict__.setdefault("_role_subject", {})[v] = k
        k -= 1
    if role_subject:
        return ROLE, False  # only a person who spoke before can hold it (zero anaphora, persons only)
    a = doc.sent_range(doc.sent_of(v))[0]
    r = doc.toks[v].reading
    if gender is None and r is not None and r.pos == "fin" and r.has("sg") and r.has("ter"):
        gender = "sg"  # "Część mieszkańców … mówi": a present-tense verb shows its number only
    part = _group_part(doc, a, v) if unnamed and stop == a and v > a and gender in ("m", "f", "n", "sg") else None
    if part is not None:
        return part, False
    if unnamed and stop == a and v > a and a not in doc.mention and gender in ("m", "f", "n", "sg") \
            and _own_subject(doc.toks[a], gender) and doc.toks[a].lemma.lower() not in role_words() \
            and not _quote_before(doc, a, v):
        if gender == "m" and _epithet(doc.toks[a]):
            return ROLE, False  # "Siatkarz napisał", "Włodarz gminy przypomniał": the person named before
        outlet = _outlet_noun(doc, a, v) if a + 1 == v or doc.toks[a + 1].is_punct else None
        if outlet is not None:
            return outlet, False  # "Dziennik przypomina, że …": the one outlet the text named
        body = _body_by_head(doc, a) if a + 1 == v or doc.toks[a + 1].is_punct else None
        if body is None and a + 2 == v and doc.toks[a].lemma.lower() in lexicon_set("organ_nouns.txt") \
                and doc.toks[a + 1].text[:1].islower() and any(r.has("gen") for r in doc.toks[a + 1].readings):
            body = _body_by_head(doc, a + 1)  # "Dyrekcja placówki poinformowała": the one such body named
        if body is not None and (gender == "sg" or _agrees(gender, body)):
            return body, False  # "Szkoła broni się, że …" in the lead: the one school the text names
        return UNNAMED, False  # "Biuro do Spraw Tajwanu zapowiedziało": a subject that names no actor
    return None, False


CONTENT_CLAUSE = frozenset({"że", "iż", "jakoby"})  # a content clause: its subject is not the main verb's
CLAUSE_OPENERS = CONTENT_CLAUSE | {"czy"}
AFTER_REPORT = frozenset({"jednak", "ale", "lecz", "a", "i", "oraz", "natomiast", "zaś", "jednocześnie", "też",
                          "także", "również", "przy", "tym"})


def _after_report(doc: _Doc, v: int, stop: int) -> bool:
    """The verb follows a comma, perhaps with conjunctions or adverbs (", jednak zaznaczył"), that closes a
    reported clause: a complementizer after a speech verb earlier in the sentence, no finite clause of its own
    between. The verb is coordinated with that speech verb and shares its subject; a name inside the
    reported clause is what was said, not who said it."""
    k = v - 1
    while k > stop and doc.toks[k].lower in AFTER_REPORT:
        k -= 1
    if k <= stop or doc.toks[k].text != ",":
        return False
    for j in range(k - 1, stop, -1):
        t = doc.toks[j]
        if t.lower in COMPLEMENTIZERS:
            return any(_verb_lemma(doc.toks[x]) for x in range(stop, j))
        if t.text in ";:" or t.lemma.lower() == "który" or is_dash(doc, j):
            return False
    return False


def _organ_before(doc: _Doc, m: tuple[Actor, int, int]) -> Optional[int]:
    """The organ noun in the nominative right before a body's genitive mention ("Zarząd Legii Warszawa",
    "dyrekcja szpitala"), not governed by a preposition; None otherwise."""
    j = m[1] - 1
    if j < 0 or m[1] in doc.head and doc.toks[m[1]].lemma.lower() in lexicon_set("organ_nouns.txt"):
        return None
    while j > 0 and m[1] - j < 3 and doc.toks[j].pos == "adj" and doc.toks[j].text[:1].islower():
        j -= 1  # "Biuro prasowe X", "Zarząd główny X": the organ's own adjectives
    t = doc.toks[j]
    if t.lemma.lower() not in lexicon_set("organ_nouns.txt") or t.sent != doc.toks[m[1]].sent \
            or not any(r.pos == "subst" and r.has("nom") for r in t.readings) or mention_nominative(doc, m):
        return None
    if j > 0 and doc.toks[j - 1].reading is not None and doc.toks[j - 1].reading.pos == "prep":
        return None
    return j


def _zero_opening(doc: _Doc, a: int, b: int, gender: Optional[str]) -> Optional[int]:
    """The verb that opens sentence ``a:b`` with no subject of its own (zero anaphora: "Odniósł się też do
    słów rzecznika X, który powiedział, że …"), agreeing with ``gender`` (a past tense's m/f/n/pl), after at
    most two adverbs, particles or conjunctions; None otherwise."""
    if gender not in ("m", "f", "n", "pl"):
        return None
    for k in range(a, min(a + 3, b)):
        t = doc.toks[k]
        if k in doc.mention or not t.is_word or t.reading is None:
            return None
        if t.reading.pos == "praet":
            if _verb_gender(t) != gender or doc.toks[k].idx in _quoted_spans(doc):
                return None
            subj = _subject_after(doc, k, unnamed=True)  # (a name after it that disagrees is an oblique's)
            return k if subj is None or (subj not in (UNNAMED, ROLE, PART) and not _agrees(gender, subj)) else None
        if t.reading.pos not in ("adv", "qub", "conj"):
            return None
    return None


def _resolve_zero(doc: _Doc, found: list[_Found], v: int, gender: Optional[str],
                  speakers_only: bool = False, persons_only: bool = False, depth: int = 0) -> Optional[Actor]:
    """A bare verb's speaker: the nearest preceding speaker, then subject, that agrees with it.

    Mentions inside quotes are what was said, not who said it: they are skipped. A sentence before that
    opens with a bare verb of the same gender has the same subject: the speakers and names inside it (a
    relative clause's "rzecznika X, który powiedział, że …") are passed, and the search goes on before it.
    """
    s = doc.sent_of(v)
    for back in range(0, 4):
        if s - back < 0:
            break
        a, b = doc.sent_range(s - back)
        limit = min(b, v)
        zero = _zero_opening(doc, a, limit, gender) if back and depth < 3 else None
        if zero is not None:
            own = next((f for f in _found_in(doc, found, s - back) if f.verb_tok == zero), None)
            if own is not None and (own.speaker is not None or own.explicit):
                return own.speaker  # the opening verb's own quote already names its speaker
            return _resolve_zero(doc, found, a, gender, speakers_only, persons_only, depth + 1)
        prior = [f for f in sorted(_found_in(doc, found, s - back), key=lambda f: -f.start)
                 if (f.speaker is not None or f.explicit) and a <= f.verb_tok < limit
                 and (f.speaker is None or not persons_only or f.speaker.type != "media")
                 and not (back == 0 and f.speaker is not None and f.speaker.type == "media"
                          and doc.toks[f.verb_tok].lower in ACCORDING)]
        # ("Według TASS dyplomatka oświadczyła": the outlet framing the verb's own sentence is its channel)
        for f in prior:  # a body that spoke through a spokesperson takes its verb's gender ("Rzecznik … przekazał")
            if persons_only and (f.speaker is None or f.speaker.type != "person"):
                if doc.toks[f.verb_tok].lower in ACCORDING or any(g.start <= doc.toks[f.verb_tok].idx < g.end
                                                                  for g in found if g is not f):
                    continue
                return None  # a role's holder is the one who spoke last: after "Ministerstwo odpowiada, że …" (a
                # new side, named or not) "– … – przekazał rzecznik." is its unnamed spokesperson, never a person
                # before (a body speaking inside another's words, "…, że śledczy ustalili, że …", or an opinion
                # framed in passing, "…, co zdaniem PK może …", is no new side)
            if f.speaker is None:  # an unnamed speaker ("Informator wskazał, że … Przyznał, że …") goes on
                if gender is not None and _verb_gender(doc.toks[f.verb_tok]) == gender:
                    return None
                continue
            if _agrees(gender, f.speaker) or (f.speaker.type in ("organization", "media") and gender is not None
                                              and _verb_gender(doc.toks[f.verb_tok]) == gender):
                return f.speaker
        if speakers_only:
            continue
        said = [(g.start, g.end) for g in _found_in(doc, found, s - back) if g.kind == "indirect"]
        subjects = []
        clause = False  # in the verb's own sentence, past "że"/"czy": "Na uwagę X, że minister Y nie …, odpowiedział"
        for k in range(a, limit):
            clause = clause or (back == 0 and doc.toks[k].lower in CLAUSE_OPENERS) or (
                back > 0 and doc.toks[k].lower in CONTENT_CLAUSE and k > a and doc.toks[k - 1].text == ","
                and _personal_clause(doc, a, k))
            # (in a sentence before, the subject of a content clause after a verb with a person of its own,
            # "Wszyscy wiedzą, że ZNP nie usiądzie do rozmów", is what was said or thought, even when the clause
            # went unread as a quote: never the bare verb's; after "Okazało się, że …" it is the topic)
            m = doc.mention.get(k)
            if m and k == m[1] and m[0].type in (("person",) if persons_only else ("person", "organization", "group")) and \
                    not clause and doc.toks[k].idx not in _quoted_spans(doc) and mention_nominative(doc, m) \
                    and not any(x <= doc.toks[k].idx < y for x, y in said) \
                    and not in_oblique(doc, m) and not _role_complement(doc, m) \
                    and not (m[0].type == "group" and _quantifier_only(m[0].name)):
                # (a subject inside reported speech is what was said, one in a clause before the verb is that
                # clause's; a role's complement is no subject; "inni" names no group)
                subjects.append(m)
        for m in reversed(subjects):
            if m[0].type == "person" and _coordinated_persons(doc, m):
                return None  # "X i Y przedstawili …": a subject of two, neither of whom speaks alone after it
            if _agrees_at(doc, gender, m) and (m[0].type == "person" or gender is not None):
                return m[0]
    return None


def _attribute(doc: _Doc, f: _Found, found: list[_Found], frames: dict[int, Actor]) -> None:
    toks = doc.toks
    v = f.verb_tok
    if v is None:
        if f.speaker is None and not f.explicit:
            f.speaker = _slogan_carriers(doc, f) or _quote_paragraph_continues(doc, f) or _fragment_subject(doc, f) \
                or _heading_subject(doc, f)  # (a quotation paragraph under a subheading that names who speaks)
            if f.speaker is None and f.kind == "direct":
                f.speaker = _named_after(doc, f)  # "„…”. Tak sytuację skomentował X.", "„…” – to słowa X."
        return
    t = toks[v]
    if t.lower == "zdaniem" and v > 0 and toks[v - 1].lower in PRONOUN_GENDER:
        m = doc.mention.get(v - 1)  # the mention layer's pronoun, when it is safe
        f.speaker = m[0] if m else _resolve_zero(doc, found, v - 1, PRONOUN_GENDER[toks[v - 1].lower])
        return
    if t.lower in ACCORDING:
        k = v + 1
        anon = _anonymous_source_at(doc, k)
        if anon is not None:  # "Według źródła portalu X, …": an unnamed informant speaks; the outlet is the channel
            f.speaker, f.explicit = None, True
            f.via = f.via or next((doc.mention[j][0] for j in range(anon + 1, min(anon + 3, len(toks)))
                                   if j in doc.mention and doc.mention[j][0].type == "media"), None)
            return
        m = _source_after(doc, k)
        author = _document_author_named(doc, k) if m is None else None
        if author is not None:  # "Według aktu oskarżenia …" and "Akt oskarżenia skierowała … Prokuratura X"
            f.speaker, f.explicit = author, True
        elif m:
            f.speaker, f.explicit = _spokesperson_who_spoke(doc, v, m[0]), True
        elif toks[k].lower in PRONOUN_GENDER:
            f.speaker = _resolve_zero(doc, found, v, PRONOUN_GENDER[toks[k].lower])
        else:
            body = _noun_source(doc, k, v)  # "Według gazety …", "zdaniem resortu …": the one such actor named
            if body is not None:
                f.speaker, f.explicit = body, True
        return
    if t.lemma == "wynikać":  # "jak wynika z informacji „Gazety Wrocławskiej”": the named source
        f.speaker, f.explicit = _finding_source(doc, v), True  # (or fronted: "Z raportu NIK wynika, że …")
        return
    if t.lemma == "cytować" and t.reading is not None and t.reading.pos in ("fin", "praet"):
        # "– cytuje rzecznika resortu agencja Xinhua": the outlet relays (the via); its object spoke
        end = doc.sent_range(doc.sent_of(v))[1]
        obj = next((doc.mention[k] for k in range(v + 1, end) if k in doc.mention and doc.mention[k][1] == k
                    and doc.mention[k][0].type != "media" and not mention_nominative(doc, doc.mention[k])), None)
        f.speaker, f.explicit = (obj[0] if obj else None), True
        return
    if impersonal_statement(doc, v):  # "– napisano w oświadczeniu (spółki X)": the document's author
        f.speaker, f.explicit = _document_author(doc, v), True
        return
    if t.lemma == "czytać" and t.reading is not None and t.reading.has("pri"):
        f.speaker, f.explicit = _document_author(doc, v), True  # "– czytamy w liście"
        return
    side = _country_side(doc, v)
    if side is not None:  # "jak podała strona ukraińska", "Grecka strona odpowiada": the country (speaker_sides.py)
        f.speaker, f.explicit = side[0], True
        return
    # the subject follows the verb when the clause opens with it ("– powiedział X", "Jak podał X",
    # "W piątek napisał X" once nothing before qualifies); otherwise it precedes ("X wezwał Y do …")
    prev = toks[v - 1] if v > 0 and toks[v - 1].sent == t.sent else None
    inverted = prev is None or prev.is_punct or prev.lower in ("jak", "co")
    j = v - 1  # "jak wcześniej mówił wojewoda X", "jak już przyznał X": adverbs between "jak" and the verb
    while not inverted and j > 0 and v - j <= 2 and toks[j].sent == t.sent and toks[j].pos in ("adv", "qub"):
        j -= 1
        inverted = toks[j].lower == "jak" and toks[j].sent == t.sent
    until = doc.tok_index(f.start) if f.start > t.idx else None
    titled = v >= 2 and toks[v - 1].text in QUOTE_CLOSE and v - 2 in doc.mention \
        and doc.mention[v - 2][0].type in ("media", "group") and doc.mention[v - 2][1] > 0 \
        and toks[doc.mention[v - 2][1] - 1].text in QUOTE_OPEN  # the whole quotation is a name: '„Frankowicze” zarzucali'
    subj = _subject_after(doc, v, unnamed=True, until=until) if inverted and not titled else None
    if subj is None and v >= 2 and toks[v - 1].text in QUOTE_CLOSE:  # '„Puls Biznesu” przypomina, że …' (and a
        # group in scare quotes: '„Frankowicze” zarzucali …'):
        m = doc.mention.get(v - 2)  # an outlet's title in quotation marks is the subject, not words said
        if m is not None and (m[0].type == "media" or (m[0].type == "group" and _agrees_at(doc, _verb_gender(t), m))) \
                and m[1] > 0 and toks[m[1] - 1].text in QUOTE_OPEN \
                and mention_nominative(doc, m) and not any(  # ('W rozmowie z "Dziennikiem" powiedział': the via)
                    toks[j].pos == "prep" for j in range(max(doc.sent_range(doc.sent_of(v))[0], m[1] - 4), m[1] - 1)):
            subj = m[0]
    coordinated = False
    if subj is None:
        a = doc.sent_range(doc.sent_of(v))[0]
        stop = a
        subj, coordinated = _subject_before(doc, v, stop, unnamed=True)
    if subj is None and not coordinated and not inverted:
        subj = _subject_after(doc, v, unnamed=True, until=until)
    if subj is UNNAMED:
        f.speaker, f.explicit = None, True
        return
    if subj is not None and subj.type == "group" and _quantifier_only(subj.name):
        subj = PART  # "Niektórzy zostają, inni zadeklarowali, że …": some of the group named before
    if subj is PART:  # "Część z nich przekonuje": the group the text named just before, else no one
        subj = _resolve_zero(doc, found, v, "pl")
        f.speaker, f.explicit = (subj if subj is not None and subj.type == "group" else None), True
        return
    role_only = subj is ROLE
    if role_only:
        subj = None
    if subj is None and coordinated:
        prev = [g for g in _found_in(doc, found, doc.sent_of(v)) if g.verb_tok < v]
        if prev:
            subj = prev[-1].speaker
            f.via = f.via or prev[-1].via
    if subj is not None and doc.__dict__.get("_head_body", {}).get(v) is subj:
        start = doc.tok_index(f.start) if f.end <= t.idx else v  # "Na ten temat wypowiedział się X. – … –
        before = doc.sent_range(doc.sent_of(start) - 1) if doc.sent_of(start) else (0, 0)  # powiedział prezes
        if not any(doc.toks[k].idx in _quoted_spans(doc) for k in range(*before)):  # PSR.": X, introduced, holds
            subj = _named_just_before(doc, start, _verb_gender(t)) or subj  # it (a quote's own speaker before
            # is the one the head answers: "– … – mówi X. – … – odpowiada prezes spółki Y")
    f.explicit = subj is not None
    subj = _spokesperson_who_spoke(doc, v, subj, doc.tok_index(f.start) if f.end <= t.idx else None)
    if subj is None:
        complement = doc.__dict__.get("_complement_of", {}).get(v)
        # "– przekonywał poseł Polski 2050": a role no one in the text holds; only someone who spoke just
        # before can be it, never the party in its complement nor a name merely mentioned
        back = v  # a quote of several sentences before its verb is what was said: look back from where it opens
        if f.kind == "direct" and f.end <= t.idx and doc.sent_of(doc.tok_index(f.start)) < doc.sent_of(v):
            back = doc.tok_index(f.start)  # ("Zdaniem X … – Na spotkaniu … . Chcemy zmian. – przekonywał.")
        subj = _resolve_zero(doc, found, back, _verb_gender(t), speakers_only=complement is not None,
                             persons_only=role_only)  # a role's holder: the body the speaker spoke about is no holder
        if subj is not None and role_only and not _may_hold(doc, subj, doc.__dict__.get("_role_subject", {}).get(v)):
            subj = None  # "wiceminister zapewnił" after "szef MSZ X" spoke: X holds another post
        after = doc.__dict__.get("_role_after", {}).get(v) if role_only else None
        if subj is not None and after is not None and _journalist_for(doc, subj, doc.toks[after].lemma.lower()):
            subj = None  # "Reporter X rozmawiał z radnym. – … – mówił radny.": the one who asks holds no post
        if subj is not None and (subj is complement or (role_only and subj.type != "person")):
            subj = None  # "Jak podała agencja X, wicepremier zapewniła": a role is no outlet or body
        if subj is None and complement is not None:  # "X był gościem audycji. – … – wskazał wicemarszałek Sejmu."
            subj = _named_just_before(doc, doc.tok_index(f.start) if f.end <= t.idx else v, _verb_gender(t))
        if subj is None and complement is None:
            subj = _speaks_again(doc, v, _verb_gender(t))  # "– … – dodał. / Pieskow mówił też, że …"
            if subj is not None and role_only and not _may_hold(doc, subj, doc.__dict__.get("_role_subject", {}).get(v)):
                subj = None  # ("– … – oświadczył premier. / Orban ocenił, że …": a person who may hold it)
    if subj is None and f.kind == "direct" and f.end <= t.idx:
        subj = _named_after(doc, f)  # "„…” – to słowa burmistrza X."
    f.speaker = participants_body(doc, led_protesters(doc, subj), v)  # "protestujący" after "X (który
    # organizował protest)", "uczestnicy marszu" after "Marsz zorganizowany przez X": X
    if f.speaker is None and not f.explicit and not role_only:  # no subject found, none resolved (and no role
        f.speaker = clause_subject(doc, v) or (  # whose holder is unknown): the name the clause's agreeing subject
            _words_owner(doc, f, v) if f.kind == "direct" and f.end <= doc.toks[v].idx else None)  # is; "Słowa X …"
