"""Who holds a role noun that speaks: the actor the text gave that role (``_role_actor``: "– dodał
minister" is the minister named before, or the person who just spoke when the role fits them), whether
a person may hold a role of a given class (``_may_hold``, ``_fits_role``), and the spokesperson who just
spoke when a body's role noun frames the next quote (``_spokesperson_who_spoke``). Split from
``speakers.py`` (one concern each); ``speakers.py`` imports these names back.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Optional

from ..lexicon import lexicon_set, role_words
from ..model import Actor
from ..nlp import Tok, readings
from .quote_doc import _Doc, _quoted_spans
from .mention_roles import _oblique_name


def _role_actor(doc: _Doc, role_tok: Tok, before: int, not_holder: Optional[Actor] = None) -> Optional[Actor]:
    """Who holds the role noun ``role_tok`` that speaks at ``before``; never ``not_holder`` (the role's
    complement: "trener Kowal" after "Anna Kowal" with a masculine verb)."""
    lemma = role_tok.lemma.lower()
    cands = [a for a in doc.actors if a.role and lemma in a.role.lower().split() and a is not not_holder]
    whose = doc.mention.get(role_tok.i + 1)  # "Obrońca Adama W.": the role's genitive complement never holds it
    if whose is not None and whose[1] == role_tok.i + 1 and whose[0].type == "person" and _oblique_name(doc.toks, whose):
        cands = [a for a in cands if a is not whose[0]]
    own = _complement_lemmas(doc, role_tok.i)
    if own:  # "szef Sojuszu" is not the "szef MON" named in the text
        cands = [a for a in cands if not (set().union(*(_lemmas(w) for w in a.role.split()[1:])) - {lemma})
                 or own & set().union(*(_lemmas(w) for w in a.role.split()[1:]))]
    at = doc.toks[before].idx
    offsets = {id(a): [s for s, _ in a.offsets if not _said_here(doc, s, before)] for a in cands}
    cands = [a for a in cands if offsets[id(a)]]  # named only in the words this speaker says: never the speaker
    later = cands  # a holder named only later ("Wójt zapowiada …" in the lead) when no one else is in sight
    cands = [a for a in cands if min(offsets[id(a)]) < at]
    from .mention_roles import role_class
    spokesperson = role_class(lemma) == role_class("rzecznik")  # speaks for a body, never the one who just spoke
    last = None if spokesperson else _last_speaker(doc, before)
    last = None if last is not None and last is not_holder else last
    near = doc.toks[max(0, doc.sent_range(max(0, doc.sent_of(before) - 1))[0])].idx
    if last is not None and last.type == "person" and last not in cands and (not last.role or not cands) and \
            _fits_role(last, lemma) and not _journalist_for(doc, last, lemma) and not any(near <= s < at for a in cands for s in offsets[id(a)]):
        return last  # "Biden ocenił, że … – Najpierw … – stwierdził amerykański prezydent"
    return max(cands or later, key=lambda a: max((s for s in offsets[id(a)] if s < at), default=-1), default=None)


def _last_speaker(doc: _Doc, before: int) -> Optional[Actor]:
    """The speaker of the latest quote settled before token ``before`` that starts or ends in the same or
    the previous sentence (``_Doc.last_speaker``, and a quote of many sentences that ends just before:
    "– To dla mnie nagroda. … Po prostu robiłem swoje. Obrońca Lecha mówił też …")."""
    at, s = doc.toks[before].idx, doc.sent_of(before)
    done = [f for f in doc.attributed[-8:] if f.speaker is not None and f.start < at]
    last = max(done, key=lambda f: f.start) if done else None
    if last is not None and last.end <= at and doc.sent_of(doc.tok_index(max(last.end - 1, 0))) >= s - 1:
        return last.speaker
    return doc.last_speaker(before)


def _said_here(doc: _Doc, offset: int, v: int) -> bool:
    """The offset lies inside a quotation in the paragraph of the speech verb at token ``v``: words the
    speaker says ("Zaprosiłem minister Annę Lis …" – przekazał minister), not who says them."""
    return offset in _quoted_spans(doc) and doc.para[doc.tok_index(offset)] == doc.para[v]


@lru_cache(maxsize=4096)
def _lemmas(word: str) -> frozenset[str]:
    return frozenset({word.lower()} | {r.lemma.lower() for r in readings(word)})


def _complement_lemmas(doc: _Doc, i: int) -> set[str]:
    """Lemmas of a role noun's genitive complement ("szef Sojuszu", "rzecznik rządu"), up to 3 words."""
    out: set[str] = set()
    toks = doc.toks
    for k in range(i + 1, min(i + 4, len(toks))):
        t = toks[k]
        if not t.is_word or t.sent != toks[i].sent or not any(r.has("gen") for r in t.readings
                                                              if r.pos in ("subst", "adj", "ppas")):
            break
        out |= _lemmas(t.text)
    return out


def _may_hold(doc: _Doc, person: Actor, k: Optional[int]) -> bool:
    """The person may hold the role noun at ``k``: a role of its class, and where the role's complement is
    an actor and the person's role names one, the same one ("Prezydent Rosji" is not the "prezydent
    Ukrainy" named before)."""
    if k is None:
        return True
    lemma = doc.toks[k].lemma.lower()
    if not _fits_role(person, lemma) or _journalist_for(doc, person, lemma):
        return False
    m = doc.mention.get(k + 1)  # only a complement naming another actor is evidence ("szef Sojuszu" may
    if m is None or m[1] != k + 1 or not person.role:  # be the "sekretarz generalny NATO" named before)
        return True
    own = _complement_lemmas(doc, k) | {x.lower() for n in (m[0].name, *m[0].aliases) for x in n.split()}
    theirs = set().union(*(_lemmas(w) for w in person.role.split()[1:])) - {lemma}
    return not theirs or bool(own & theirs)


def _journalist_for(doc: _Doc, person: Actor, lemma: str) -> bool:
    """The text introduces the person as a journalist ("Reporter TVN24 Jan Lis rozmawiał z …", "dziennikarka
    Anna Wilk": a noun of ``journalist_nouns.txt`` right before a mention, perhaps with the outlet between) and
    the role noun ``lemma`` ("radny", "minister") is no journalist's: the one who asks holds no other post."""
    nouns = lexicon_set("journalist_nouns.txt")
    if lemma in nouns or person.type != "person":
        return False
    for start, _ in person.offsets:
        k = doc.tok_index(start) - 1
        m = doc.mention.get(k)
        if m is not None and m[0].type == "media" and m[2] == k:
            k = m[1] - 1  # past the outlet: "reporter TVN24 Jan Lis"
        if k >= 0 and doc.toks[k].is_word and doc.toks[k].lemma.lower() in nouns:
            return True
    return False


def _fits_role(person: Actor, lemma: str) -> bool:
    """A person the text gives a role of another listed class ("szef MSZ": a minister) does not hold the
    role noun ``lemma`` ("wiceminister"); a person with no known role, one of the same class, or a
    role in no listed class ("sekretarz generalny" for "szef Sojuszu") may."""
    if not person.role:
        return True
    from .mention_roles import role_class
    words = person.role.lower().split()
    keys = set(words[1:]) | {r.lemma.lower() for w in words[1:] for r in readings(w)}
    held, said = role_class(words[0], keys), role_class(lemma)
    return held == said or not (held.startswith("#") and said.startswith("#"))  # unlisted roles: no evidence


def _spokesperson_who_spoke(doc: _Doc, v: int, subj: Optional[Actor], start: Optional[int] = None) -> Optional[Actor]:
    """A role noun the mention layer read as a body's unnamed spokesperson or head ("Według rzecznika
    Kremla", "rzecznik przyznał", "– mówił przewodniczący Związku X") is the person whose quote ended just
    before (in this or the previous sentence, counted from ``start``, where the quote being attributed
    opens, when it precedes its verb) if the text gave that person a role of the same class, or no role at
    all and the noun is no spokesperson's and the verb no reply ("Jan Lis przekazał, że … Jak podkreślał
    prezes PKS, …": the role refers back to him). Anyone else keeps the body."""
    if subj is None or subj.type not in ("organization", "media"):
        return subj
    at, s = doc.toks[v].idx, doc.sent_of(v)
    if start is not None:
        at, s = min(at, doc.toks[start].idx), min(s, doc.sent_of(start))
    ended = [f for f in doc.attributed[-5:] if f.end <= at and f.speaker is not None]  # settled in text order
    last = max(ended, key=lambda f: f.end) if ended else None
    if last is None:
        return subj
    ends = doc.sent_of(doc.tok_index(max(last.end - 1, 0)))
    if ends < s - 1 and not (ends == s - 2 and doc.para[doc.sent_range(s)[0]] - doc.para[doc.tok_index(last.start)] <= 2
                             and _no_one_else(doc, doc.sent_range(s - 1), (last.speaker, subj))):
        return subj  # (one sentence between that names no one else: "X przekazał, że … . Decyzja zapadnie
    last = last.speaker  # w piątek. Jak podkreślał prezes związku, …")
    if last.type != "person":
        return subj
    from .mention_roles import role_class
    held = role_class(last.role.split()[0].lower()) if last.role else None
    if held is None and doc.toks[v].lemma in lexicon_set("speech_reply_verbs.txt"):
        return subj  # "– odpowiada prezes spółki": the other side
    a, b = doc.sent_range(doc.sent_of(v))
    for k in range(a, b):
        m = doc.mention.get(k)
        if m is None or m[1] != k or m[0] is not subj or k not in doc.head or doc.toks[doc.head[k]].idx in _quoted_spans(doc):
            continue
        lemma = doc.toks[doc.head[k]].lemma.lower()
        if lemma in role_words() and (role_class(lemma) == held if held is not None
                                      else role_class(lemma) != role_class("rzecznik")):
            return last
    return subj


def _no_one_else(doc: _Doc, span: tuple[int, int], actors: tuple[Actor, ...]) -> bool:
    """Tokens ``span`` name no person, body or group but ``actors`` (the one who spoke, the body whose role
    noun refers back to them), outside quotations."""
    quoted = _quoted_spans(doc)
    return not any(k in doc.mention and all(doc.mention[k][0] is not a for a in actors) and doc.mention[k][0].type in (
        "person", "organization", "group") and doc.toks[k].idx not in quoted for k in range(*span))
