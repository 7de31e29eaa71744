"""Forms that show a word is no subject of a speech verb (split from ``speakers.py``): a person's surname in an
oblique case, a group's word that cannot be a plural subject where it stands, and the first noun of a
quotation right before its attribution."""
from __future__ import annotations

from ..model import Actor
from ..nlp import QUOTE_CLOSE, Tok
from .quote_doc import _Doc, is_dash


def _group_subject(doc: _Doc, m: tuple[Actor, int, int]) -> bool:
    """A group's word can be a plural subject where it stands: not after an adjective that cannot be a plural
    nominative ("do krajowej energetyki": the genitive of another noun), not a verb right after the named
    subject it belongs to ("X, Y i Z przybyli do Kijowa": 'przybyli' has a past-tense reading)."""
    toks = doc.toks
    before = toks[m[1] - 1] if m[1] > 0 else None
    if before is not None and before.is_word and before.text[:1].islower() and before.readings \
            and all(r.pos in ("adj", "ppas", "pact") for r in before.readings):
        shared = _number_case(before) & _number_case(toks[doc.head.get(m[1], m[1])])
        if shared and ("pl", "nom") not in shared:
            return False  # (an adjective of the noun before, "na zebraniu wiejskim mieszkańcy", shares no form)
    if m[1] == m[2] and before is not None and any(r.pos == "praet" for r in toks[m[1]].readings):
        named = doc.mention.get(m[1] - 1)
        if named is not None and named[0].type in ("person", "organization") and named[0] is not m[0]:
            return False
    return True


def _number_case(t: Tok) -> set[tuple[str, str]]:
    """The (number, case) pairs a declinable word's readings allow ("krajowej": (sg, gen), (sg, dat), …)."""
    out = set()
    for r in t.readings:
        parts = (r.tag or "").split(":")
        if r.pos in ("adj", "ppas", "pact", "subst", "depr", "ger") and len(parts) > 2 and parts[1] in ("sg", "pl"):
            out.update((parts[1], c) for c in parts[2].split("."))
    return out


def _inflected_surname(t: Tok, person: Actor) -> bool:
    """A person's surname alone, spelt otherwise than in the canonical (nominative) name and with no singular
    nominative reading: an oblique case ("Łukaszenki", "Nowakowi"), whatever plural nominative the dictionary
    offers ("Łukaszenki" as a plural of the surname names a family, never the one person)."""
    words = person.name.split()
    if len(words) < 2 or t.text in words or not t.is_word or not t.text[:1].isupper():
        return False
    tagged = [r for r in t.readings if r.tag and r.tag != "ign"]
    return bool(tagged) and not any(r.has("sg") and r.has("nom") for r in tagged)


def _quote_before(doc: _Doc, a: int, v: int) -> bool:
    """The verb ``v`` opens an attribution right after a quotation that runs from the sentence start ``a`` (a
    dash or a closing mark before the verb: '„… . Odpowiedź nie dotyczy nas” – dodała', '– … . Baner jest
    przykładem – tłumaczył'): the sentence's first noun is the speaker's own word, not the verb's subject."""
    j = v - 1
    while j > a and doc.toks[j].text == ",":
        j -= 1  # '„…”, dodała'
    return j > a and (is_dash(doc, j) or doc.toks[j].text in QUOTE_CLOSE)
