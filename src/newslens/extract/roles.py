"""Roles: what the text calls an actor, read next to one of its mentions.

A person's role is the role noun (``roles.txt``) before the name with the genitive words up to it,
the whole apposition chain ("doradca prezydenta Francji Jan Nowak" -> "doradca prezydenta
Francji"), or a role in apposition after it ("Nowak, prezes spółki, …"); an organisation's or
outlet's is its descriptor ("rosyjską, państwową agencję TASS" -> "rosyjska, państwowa agencja").
"""
from __future__ import annotations

from typing import Optional

from ..lexicon import context_types, role_words
from ..nlp import CASES, GENDERS, Text, Tok, head_gender, nominative_adj
from .names import nominative_of

_MEDIA_OR_ORG_HEADS = {"media", "organization"}


def is_role(t: Tok) -> bool:
    """A role noun that titles a name (``roles.txt``), capitalised as a title or at a sentence start."""
    return t.lemma.lower() in role_words() or t.lower in role_words() or \
        any(r.lemma.lower() in role_words() for r in t.readings if r.pos == "subst")


VERBS = ("fin", "praet", "bedzie", "impt", "pcon", "pant", "inf", "imps", "winien")


def role_before(text: Text, m, case: Optional[str] = None) -> Optional[str]:
    """The role in the apposition chain before mention ``m``; with ``case`` (the name's case, when known)
    the chain's head must read in it ("O roli premiera Czech Pavla Dvoraka Jan Novotny powiedział": the
    genitive premier is Pavel Dvorak's, not the nominative Jan Novotny's)."""
    toks = text.toks
    roles = role_words()
    k = m.a - 1
    steps = 0
    while k >= 0 and steps < 6 and toks[k].sent == toks[m.a].sent:
        t = toks[k]
        if t.is_punct or (t.readings and all(r.pos in VERBS for r in t.readings)):
            return None  # "Trener pochwalił Piątka": a verb ends the apposition chain
        held = next((r.lemma for r in t.readings if r.pos == "subst" and r.has("gen") and r.lemma.lower() in roles), None)
        if held is not None and (case == "gen" or (case is None and _genitive_name(toks[m.a:m.b]))):
            # "rzecznik premiera Adama Wolskiego": a name in the genitive holds the nearest role, the
            # premier's, not the chain's head (that is the spokesman's, named elsewhere)
            return " ".join([held] + _agreeing_adjectives(t, held, toks[k + 1:m.a]))
        if t.lemma.lower() in roles or t.lower in roles:
            # an apposition chain: "doradca prezydenta Francji Jan Nowak" -> "doradca prezydenta Francji"
            while k > 0 and toks[k - 1].sent == t.sent and any(r.has("gen") for r in toks[k].readings if r.pos == "subst"):
                if is_role(toks[k - 1]):
                    k -= 1
                elif k > 1 and toks[k - 2].sent == t.sent and is_role(toks[k - 2]) \
                        and any(r.pos == "adj" for r in toks[k - 1].readings) and not toks[k - 1].is_title:
                    k -= 2  # "rzecznik prasowy ministra zdrowia Jan Kos": an adjective of the head role
                else:
                    break
            t = toks[k]
            if case and not any(r.has(case) for r in t.readings if r.pos == "subst" and r.lemma.lower() in roles):
                return None
            lemma = t.lemma if t.lemma.lower() in roles else next(
                (r.lemma for r in t.readings if r.pos == "subst" and r.lemma.lower() in roles), t.text)
            rest = toks[k + 1:m.a]
            if any(x.lower in ("i", "oraz", "lub", "albo") for x in rest):
                # "ministrowie Karol Rabenda i Mateusz Kotecki": the role is shared, and the words up to the
                # conjunction name the first holder, not the role ("minister", not "minister Karol Rabenda i")
                rest = rest[:next(j for j, x in enumerate(rest) if x.lower in ("i", "oraz", "lub", "albo")
                                  or x.is_title and (x.guessed or any("imię" in r.quals or "nazwisko" in r.quals
                                                                         for r in x.readings)))]
            words = [lemma] + _agreeing_adjectives(t, lemma, rest)
            return " ".join(words)
        k -= 1
        steps += 1
    return None


def _genitive_name(words: list[Tok]) -> bool:
    """Every word of the name reads as a genitive and none as a nominative ("Adama Wolskiego"); a name the
    dictionary does not know, or one that may be nominative ("Jan Kos", "Joe Biden"), is not."""
    words = [w for w in words if w.is_word]
    return bool(words) and all(
        any(r.has("gen") for r in w.readings if r.pos != "ign") and not any(r.has("nom") for r in w.readings)
        for w in words)


def _agreeing_adjectives(role: Tok, lemma: str, rest: list[Tok]) -> list[str]:
    """The words after a role noun, its agreeing adjectives in the nominative ("sekretarza generalnego
    ONZ" -> "sekretarz generalny ONZ"; "szefową unijnej dyplomacji" keeps its genitive)."""
    nouns = [r for r in role.readings if r.pos == "subst" and r.lemma == lemma and r.has("sg")]
    # an indeclinable reading (a woman's title: "pani premier", every case) agrees with anything:
    # "premier Wielkiej Brytanii" is the man's title with a genitive name, not a "wielka" premier
    nouns = [r for r in nouns if not all(r.has(c) for c in CASES)] or nouns
    words = []
    k = 0
    while k < len(rest):
        adj = next((a for a in rest[k].readings if a.pos == "adj" and a.has("sg") for n in nouns
                    if any(a.has(c) and n.has(c) for c in CASES) and any(a.has(g) and n.has(g) for g in GENDERS)),
                   None)
        if adj is None:
            break
        gender = next((g for g in ("m1", "f", "n") if adj.has(g) and any(n.has(g) for n in nouns)), "m1")
        words.append(nominative_of(adj, gender, "sg"))
        k += 1
    return words + [x.text for x in rest[k:]]


def role_after(text: Text, m) -> Optional[str]:
    toks = text.toks
    if m.b + 1 >= len(toks) or toks[m.b].text != ",":
        return None
    k = m.b + 1
    if toks[k].lemma.lower() not in role_words():
        return None
    words = [toks[k].lemma]
    k += 1
    while k < len(toks) and len(words) < 7 and toks[k].sent == toks[m.a].sent and not toks[k].is_punct \
            and not _predicate(toks[k]):
        words.append(toks[k].text)
        k += 1
    # the apposition ends at a comma or dash, or where the predicate starts when the writer left the
    # closing comma out ("Jan Kos, rzecznik premiera Adama Wolskiego przekazał, …"), or at the sentence's end
    # ("… - mówił Jan Bór, dyrektor związku Polski Przemysł Drzewny.")
    end = k >= len(toks) or toks[k].sent != toks[m.a].sent or toks[k].text in ".;"
    return " ".join(words) if end or toks[k].text in ",–—" or _predicate(toks[k]) else None


def _predicate(t: Tok) -> bool:
    r = t.reading
    return r is not None and (r.pos == "praet" or (r.pos == "fin" and r.has("ter")))


def descriptor(text: Text, m) -> Optional[str]:
    """'rosyjską, państwową agencję TASS' -> 'rosyjska, państwowa agencja'."""
    toks = text.toks
    k = m.a - 1
    if k < 0 or context_types().get(toks[k].lemma.lower()) not in _MEDIA_OR_ORG_HEADS:
        return None
    head = toks[k]
    gender = head_gender(head)
    words = [head.lemma]
    k -= 1
    while k >= 0 and toks[k].sent == head.sent:
        t = toks[k]
        if t.text == "," and k > 0 and toks[k - 1].pos == "adj":
            words.insert(0, ",")
            k -= 1
            continue
        if t.pos == "adj" and t.case() & head.case():
            words.insert(0, nominative_adj(t.lemma, gender))
            k -= 1
            continue
        break
    if words and words[0] == ",":
        words = words[1:]
    return " ".join(words).replace(" ,", ",")
