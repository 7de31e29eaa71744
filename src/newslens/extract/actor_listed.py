"""What follows a listed firm's or outlet's name and belongs to it: a branch or edition named after it
("PGE Obrót", "Politico Europe"), its coordinated part ("PGE Górnictwo i Energetyka Konwencjonalna"),
a channel's number ("Polskie Radio 24"). Read by ``actors.find_mentions`` on a gazetteer match."""
from __future__ import annotations

from ..lexicon import lexicon_set
from ..nlp import QUOTE_CLOSE, Text, head_gender, nominative_adj
from .actor_words import agreeing_adjective, context_type, gaz_match, is_acronym, is_first_name, particle_name, person_quals
from .roles import is_role


def names_a_branch(text: Text, i: int, end: int, surnames: frozenset[str]) -> bool:
    """A listed firm or outlet (tokens ``i:end``) followed by one capitalised word in the nominative
    that is no name of its own (no person's name, no listed actor, no acronym, no word the text
    gives after a first name, ``surnames``): a branch or edition named after it ("PGE Obrót",
    "Tauron Sprzedaż", "Politico Europe"; not "agencji TASS Pieskow")."""
    toks = text.toks
    if end >= len(toks) or toks[end].sent != toks[i].sent or text.text[toks[end - 1].end:toks[end].idx] != " ":
        return False
    t = toks[end]
    if not (t.is_title and t.is_word) or "-" in t.text or is_acronym(t) or person_quals(t) or gaz_match(toks, end) \
            or is_role(t) or context_type(t):
        return False
    if t.text in surnames:
        return False
    if end + 1 < len(toks) and toks[end + 1].sent == t.sent and (toks[end + 1].is_title and toks[end + 1].is_word
                                                                 or particle_name(toks[end + 1])
                                                                 or toks[end + 1].lower in lexicon_set("name_particles.txt")):
        return False  # a longer run of names ("MSZ Madżid al-Ansari")
    return t.guessed or any(r.pos == "subst" and r.has("nom") and r.lemma[:1].islower() for r in t.readings)


def channel_number(text: Text, k: int) -> bool:
    """A number of one to three digits right after an outlet's name that ends the clause: its channel
    ("cytowany przez Polskie Radio 24.", "w Radiu 357,"), not a count ("Radio Zet 5 razy")."""
    toks = text.toks
    if k >= len(toks) or not toks[k].text.isdigit() or len(toks[k].text) > 3 or toks[k].sent != toks[k - 1].sent \
            or text.text[toks[k - 1].end:toks[k].idx] != " ":
        return False
    return k + 1 >= len(toks) or toks[k + 1].sent != toks[k].sent or toks[k + 1].text in ".,;:)!?" + QUOTE_CLOSE


def coordinated_branch(text: Text, k: int) -> int:
    """One past a branch name's coordinated part at ``k``: "i", a capitalised common noun and the
    capitalised adjectives agreeing with it ("PGE Górnictwo i Energetyka Konwencjonalna"); ``k`` when
    there is none (a listed name, a first name or an acronym after "i" is a name of its own)."""
    toks = text.toks
    if k + 2 >= len(toks) or toks[k].lower != "i" or toks[k].sent != toks[k - 1].sent:
        return k
    noun = toks[k + 1]
    if not (noun.is_title and noun.is_word) or noun.sent != toks[k].sent or is_acronym(noun) or is_first_name(noun) \
            or gaz_match(toks, k + 1) or not any(r.pos == "subst" and r.lemma[:1].islower() for r in noun.readings):
        return k
    j = k + 2
    while j < len(toks) and toks[j].sent == noun.sent and toks[j].is_title and agreeing_adjective(toks[j], noun):
        j += 1
    return j if j > k + 2 else k


def own_part_end(text: Text, i: int, end: int) -> int:
    """One past the capitalised words that make a listed body's name (tokens ``i:end``) the name of a
    part of it: adjectives agreeing with its last word ("Solidarności Oświatowej"), or the plural
    genitive of a common noun naming its members and the capitalised words after it ("Solidarności
    Pracowników Kolei Miejskich"); ``end`` when none (an acronym, a listed name, a person's name after it)."""
    toks = text.toks
    last = toks[end - 1]

    def glued(k: int) -> bool:
        return k < len(toks) and toks[k].sent == last.sent and toks[k].is_title and toks[k].is_word \
            and text.text[toks[k - 1].end:toks[k].idx] == " " and not gaz_match(toks, k) and not person_quals(toks[k])

    if is_acronym(last):
        return end
    k = end
    while glued(k) and agreeing_adjective(toks[k], last):
        k += 1
    if k > end or not glued(k) or not toks[k].readings or is_first_name(toks[k]) or not all(
            r.pos == "subst" and r.has("pl") and r.has("gen") and r.lemma[:1].islower() for r in toks[k].readings):
        return k
    k += 1
    while k < len(toks) and toks[k].sent == last.sent and toks[k].is_title and toks[k].is_word \
            and text.text[toks[k - 1].end:toks[k].idx] == " " and not is_first_name(toks[k]):
        k += 1
    return k


def own_part_name(text: Text, end: int, part: int) -> str:
    """The words ``end:part`` of :func:`own_part_end` as they follow the listed name in the nominative:
    its adjectives in the nominative of the name's gender ("Oświatowej" -> "Oświatowa"), the genitive
    after them as written."""
    toks = text.toks
    words, k = [], end
    while k < part and any(r.pos == "adj" for r in toks[k].readings):
        lemma = next(r.lemma for r in toks[k].readings if r.pos == "adj")
        form = nominative_adj(lemma, head_gender(toks[end - 1]))
        words.append(form[:1].upper() + form[1:])
        k += 1
    return " ".join(words + [text.text[toks[k].idx:toks[part - 1].end]] if k < part else words)
