"""Quotations with no speech verb whose speaker their own sentence gives: a slogan carried by the sentence's
subject ("hasła wypisane na kartonach: „…”"), a fragment opening a clause of its own in a person's
sentence ("Premier zaprosiła lekarzy, ale „…”"). Split from ``speakers.py`` (one concern each, output
unchanged); ``speakers.py`` imports these names back, and these read its helpers at call time (imported
inside the functions: the modules import each other).
"""
from __future__ import annotations

from typing import Optional

from ..lexicon import lexicon_set
from ..model import Actor
from ..nlp import QUOTE_OPEN
from .quote_doc import _agrees_at, _Doc, _Found, _quoted_spans, _verb_gender, in_oblique


FRAGMENT_OPENERS = frozenset({"że", "iż", "by", "aby", "żeby", "ale", "lecz", "a", "jednak", "bo", "ponieważ", "gdyż"})


def _fragment_subject(doc: _Doc, f: _Found) -> Optional[Actor]:
    """A quoted fragment with no speech verb in its sentence, inside the clause of a person named as the
    sentence's subject before it ("Ukraiński przywódca chce, by „…”", "Premier zaprosiła lekarzy na rozmowy,
    ale „…”", "Premier wyraził przekonanie, że częścią planu jest „…”"): that person's words. Only a person
    (a body's or outlet's sentence may quote a term), the sentence's first nominative mention, agreeing with
    the first finite verb after it; None otherwise."""
    from .speakers import mention_nominative
    if f.kind != "partial":
        return None
    i = doc.tok_index(f.start)
    a = doc.sent_range(doc.sent_of(i))[0]
    j = i - 1
    while j > a and doc.toks[j].text in QUOTE_OPEN:
        j -= 1
    if j <= a or not (doc.toks[j].lower in FRAGMENT_OPENERS or doc.toks[j].text in ",:" or doc.toks[j].lemma == "być"):
        return None  # the fragment opens a clause of its own ("by „…”", "ale „…”", "jest „…”"), not an object or a
        # preposition's noun the writer quotes ("trafił do „najcięższego więzienia w kraju”")
    quoted = _quoted_spans(doc)
    k = a
    while k < i:
        m = doc.mention.get(k)
        if m is not None and m[1] == k and doc.toks[k].idx not in quoted and not in_oblique(doc, m):
            break
        k += 1
    else:
        return None
    if m[0].type != "person" or not mention_nominative(doc, m) or any(doc.toks[j].is_title and doc.toks[j].pos == "subst"
                                                                      and j not in doc.mention for j in range(a, k)):
        return None
    verb = next((j for j in range(m[2] + 1, i) if doc.toks[j].pos in ("fin", "praet")), None)
    if verb is None or not _agrees_at(doc, _verb_gender(doc.toks[verb]), m) or doc.toks[verb].reading.has("pl"):
        return None
    if any(j in doc.mention and doc.mention[j][0].type == "person" and doc.mention[j][0] is not m[0]
           and mention_nominative(doc, doc.mention[j]) and not in_oblique(doc, doc.mention[j]) for j in range(verb, i)):
        return None  # another person speaks up between
    return m[0]


def _slogan_carriers(doc: _Doc, f: _Found) -> Optional[Actor]:
    """A quotation with no speech verb in a sentence that names it a slogan (data/slogan_nouns.txt: "hasła
    wypisane na kartonach: „…”", "„…” – z takim hasłem pojawili się mieszkańcy") is the words of the
    sentence's subject, who carry it: its one nominative mention of a group, person or body outside
    quotations and prepositional phrases. A quotation standing alone on its line is named a slogan by the
    next sentence ("„…” / Tak brzmi hasło, pod którym X zbiera podpisy"); with no subject in the slogan's
    sentence ("Na transparentach można było przeczytać „…”"), the one group the sentence before in the
    paragraph names. None when no sentence names a slogan or no such subject."""
    s = doc.sent_of(doc.tok_index(f.start))
    a, b = doc.sent_range(s)
    quoted = _quoted_spans(doc)
    alone = all(doc.toks[k].idx in quoted or doc.toks[k].is_punct for k in range(a, b))
    if alone and s + 1 < len(doc.text.sents):
        s += 1  # the line is only the quotation: the next sentence may name it
        a, b = doc.sent_range(s)
    if not any(doc.toks[k].lemma.lower() in lexicon_set("slogan_nouns.txt") and doc.toks[k].idx not in quoted
               for k in range(a, b)):
        return None
    got = _carriers(doc, a, b, ("group", "person", "organization"))
    if got is None and not alone and s > 0 and not _carriers(doc, a, b, ("group", "person", "organization", "media"),
                                                             any_count=True):
        c, d = doc.sent_range(s - 1)
        if doc.para[c] == doc.para[a]:
            got = _carriers(doc, c, d, ("group",))  # "Zebrało się kilkuset protestujących. Na transparentach …"
    return got


def _carriers(doc: _Doc, a: int, b: int, kinds: tuple[str, ...], any_count: bool = False):
    """The one nominative mention of ``kinds`` in tokens [a, b) outside quotations and adjuncts (the one
    agreeing with the first finite verb when several); with ``any_count``, whether there is any."""
    from .speakers import _quantifier_only, _role_complement, mention_nominative
    quoted = _quoted_spans(doc)
    subjects = {}
    for k in range(a, b):
        m = doc.mention.get(k)
        if m is not None and m[1] == k and doc.toks[k].idx not in quoted and m[0].type in kinds \
                and mention_nominative(doc, m) and not in_oblique(doc, m) and not _role_complement(doc, m) \
                and not (m[0].type == "group" and _quantifier_only(m[0].name)):
            subjects[m[0].name] = m
    if any_count:
        return bool(subjects)
    verb = next((k for k in range(a, b) if doc.toks[k].pos in ("fin", "praet") and doc.toks[k].idx not in quoted), None)
    gender = _verb_gender(doc.toks[verb]) if verb is not None else None
    if len(subjects) > 1 and gender is not None:  # "pojawili się na sesji Rady Miasta mieszkańcy": the one that agrees
        subjects = {n: m for n, m in subjects.items() if _agrees_at(doc, gender, m)}
    return next(iter(subjects.values()))[0] if len(subjects) == 1 else None
