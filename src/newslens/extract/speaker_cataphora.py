"""A quotation whose speaker the text names right after it, pointing back at the words (cataphora from the
reader's side): "„…”. Tak sytuację skomentował burmistrz X.", "„…” – to słowa X.", "„…”. Takimi słowami
zwrócił się do radnych X." The sentence (or the dash clause) that follows opens with a demonstrative of
manner or of the words (data/cataphora_openers.txt) and either has a speech verb, whose subject spoke, or
names the words ("słowa", "wypowiedź", data/quote_speech_nouns.txt) with their owner in the genitive.
"""
from __future__ import annotations

from typing import Optional

from ..lexicon import lexicon_set
from ..model import Actor
from ..nlp import QUOTE_CLOSE
from .quote_doc import _Doc, _Found, _verb_lemma, is_dash

WORD_NOUNS = frozenset({"fragment", "cytat"})  # the words themselves, with quote_speech_nouns.txt
TYPES = ("person", "organization", "group", "media")


def _named_after(doc: _Doc, f: _Found) -> Optional[Actor]:
    """The speaker the text names right after direct quote ``f`` with a pointing opener; None otherwise."""
    from .speakers import UNNAMED, ROLE, _subject_after, _subject_before
    toks = doc.toks
    j = doc.tok_index(max(f.end - 1, f.start)) + 1
    while j < len(toks) and (toks[j].text in QUOTE_CLOSE or toks[j].text in ".!?…") and not is_dash(doc, j):
        j += 1
    if j < len(toks) and is_dash(doc, j):
        j += 1  # "„…” – to słowa X."
    if j >= len(toks) or doc.para[j] != doc.para[doc.tok_index(f.start)] \
            or toks[j].lower not in lexicon_set("cataphora_openers.txt"):
        return None
    end = doc.sent_range(doc.sent_of(j))[1]
    nouns = lexicon_set("quote_speech_nouns.txt") | WORD_NOUNS
    for k in range(j + 1, min(j + 6, end)):
        t = toks[k]
        if _verb_lemma(t) and t.reading is not None and t.reading.pos in ("praet", "fin"):
            subj = _subject_after(doc, k, unnamed=True)  # "Tak sytuację skomentował burmistrz X."
            if subj is None:  # "Tak burmistrz X odpowiedział radnym."
                subj = _subject_before(doc, k, j + 1, unnamed=True)[0]
            return None if subj in (UNNAMED, ROLE) or (subj is not None and subj.type not in TYPES) else subj
        if t.lemma.lower() in nouns and toks[j].lower in ("to", "tymi", "takimi", "takie"):
            m = doc.mention.get(k + 1)  # "To słowa burmistrza X", "to fragment wypowiedzi X"
            if m is None and k + 2 < end and toks[k + 1].lemma.lower() in nouns:
                m = doc.mention.get(k + 2)
            if m is not None and m[0].type in ("person", "organization", "group") \
                    and any(r.has("gen") for r in toks[m[2]].readings):
                return m[0]
            if t.lemma.lower() not in ("słowo",):
                return None
    return None


OWNED_WORDS = frozenset({"słowo", "wypowiedź"})


def _words_owner(doc: _Doc, f: _Found, v: int) -> Optional[Actor]:
    """A bare speech verb after quote ``f`` whose speaker the sentence before names as the owner of the
    words it talks about ("Słowa wiceministra X wywołały burzę. „…” – mówił we wtorek."): the person in the
    genitive right after "słowa"/"wypowiedź" (its role's words between), agreeing with the verb; None
    otherwise."""
    from .quote_doc import _agrees_at, _verb_gender
    toks = doc.toks
    s = doc.sent_of(doc.tok_index(f.start)) - 1
    if s < 0 or doc.para[doc.sent_range(s)[0]] != doc.para[doc.tok_index(f.start)]:
        return None
    a, b = doc.sent_range(s)
    for k in range(a, b - 1):
        if toks[k].lemma.lower() not in OWNED_WORDS or not any(r.has("nom") for r in toks[k].readings):
            continue
        j = k + 1
        while j < b and j not in doc.mention and toks[j].is_word and toks[j].text[:1].islower() and j - k <= 3:
            j += 1  # the role's words: "słowa wiceministra edukacji X"
        m = doc.mention.get(j)
        if m is not None and m[0].type == "person" and any(r.has("gen") for r in toks[m[2]].readings) \
                and _agrees_at(doc, _verb_gender(toks[v]), m):
            return m[0]
    return None
