"""Dash quotes: ``– … – powiedział X.``, a dash paragraph with no speech clause (the previous speaker goes on),
a dash after a colon and a verb or a speaker's label. Moved verbatim out of ``quotes`` (output unchanged) when
that module passed 600 lines in round 12.
"""
from __future__ import annotations

from typing import Optional

from ..clauses import clause_of
from ..lexicon import role_words
from ..nlp import QUOTE_OPEN
from .quote_clauses import _finite_third
from .quote_doc import (ATTRIBUTION_REACH, COMPLEMENTIZERS, _Doc, _Found, _verb_lemma, attribution_line,
                        attribution_shape, is_dash)
from .quote_layouts import _asked_before, _journalist_asks, _list_line, _paragraph_label


NOTE_REACH = 12  # tokens back from a dash quote's end to an editor's note opening bracket


def _dash_quotes(doc: _Doc) -> list[_Found]:
    """``– … – powiedział X.``; a dash paragraph without a speech clause still is a quote."""
    text, toks = doc.text.text, doc.toks
    out: list[_Found] = []
    for t in toks:
        if not is_dash(doc, t.i) or attribution_line(doc, t.i) is not None:
            continue  # no dash, or a line that only attributes the quote above it
        if t.i + 1 < len(toks) and toks[t.i + 1].text[:1].islower() and _verb_lemma(toks[t.i + 1]):
            asked = _asked_before(doc, t.i)
            if asked is not None:
                out.append(asked)
            continue  # "– pytała jedna z mieszkanek": the attribution after a quote, not a new quote
        i = t.i
        starts_para = i == 0 or doc.para[i] != doc.para[i - 1]
        after_end = i > 0 and toks[i - 1].text[-1:] in ".!?…”\"" and doc.para[i - 1] == doc.para[i] and \
            (toks[i - 1].text[-1:] in ".!?…" or (i > 1 and toks[i - 2].text[-1:] in ".!?…"))
        intro = label = None  # "odparł: – Nie będę …": a dash after a speech verb and a colon
        if i > 1 and toks[i - 1].text == ":" and doc.para[i - 1] == doc.para[i]:
            for j in range(i - 2, max(0, i - 5), -1):  # "odpowiedział krótko: – …": adverbs between
                if _verb_lemma(toks[j]) or (  # "Starosta uspokaja: – Inwestycje …": any verb, before a sentence
                        _finite_third(toks[j]) and i + 1 < len(toks) and toks[i + 1].is_title):
                    intro, after_end = j, True
                    break
                if toks[j].pos != "adv":
                    break
            if intro is None:
                label = _paragraph_label(doc, i - 1)
                if label is not None:  # "Jan Wilk: – Dziś murawa nie pomagała.": an interview's label
                    after_end = True
                else:  # "mówił też o debiucie Jana Kruka: – …": a speech verb and its phrases, no comma
                    intro = next((j for j in range(i - 2, max(0, i - 12), -1) if toks[j].is_punct or _verb_lemma(toks[j])
                                  or (_finite_third(toks[j]) and i + 1 < len(toks) and toks[i + 1].is_title)), None)
                    # ("stawia też warunek PiS: – Jeśli …": any verb of the clause, before a sentence, as above)
                    intro = intro if intro is not None and not toks[intro].is_punct else None
                    after_end = after_end or intro is not None
        if not (starts_para or after_end) or i + 1 >= len(toks) or doc.para[i + 1] != doc.para[i]:
            continue
        if not starts_para and intro is None and label is None and toks[i + 1].text[:1].islower():
            continue  # "Kto wygra? – to pytanie zadaje sobie …": a quote's words open with a capital
        if starts_para and i > 0 and _list_line(text, t.idx):
            continue  # a bulleted item after "…: " or another item, not dialogue
        # the quote runs to a dash followed by a speech verb, or to the end of the paragraph
        k, verb = i + 1, None
        while k < len(toks) and doc.para[k] == doc.para[i]:
            if k > i + 1 and is_dash(doc, k):
                for j in range(k + 1, min(k + 4, len(toks))):
                    if _verb_lemma(toks[j]) and not (toks[j].reading is not None and toks[j].reading.has("pri")):
                        # (a first-person verb, "– mówię to od lat –", is the speaker's own aside)
                        verb = j
                        break
                    if toks[j].is_punct:
                        break
                if verb is None:
                    verb = attribution_shape(doc, k)  # "– nie tracił humoru Sowa.": any verb, by its shape
                if verb is not None:
                    break
                prev = toks[k - 1].text[-1:]
                if prev in ".!?…":  # a new dialogue dash: this quote ends here
                    break
            k += 1
        last = k - 1
        while last > i and toks[last].is_punct and toks[last].text not in ".!?…":
            last -= 1
        note = next((x for x in range(last, max(i, last - NOTE_REACH), -1) if toks[x].text in "()"), None)
        close = next((x for x in range(note + 1, k) if toks[x].text == ")"), None) \
            if note is not None and toks[note].text == "(" else None
        if close is not None and all(x.text in ("…", ".") for x in toks[note + 1:close]):
            last = note - 1  # "… słuchać, rozmawiać (…) – mówił.": an omission mark, no one's words
            while last > i and toks[last].is_punct and toks[last].text not in ".!?…":
                last -= 1
        elif close is not None:
            last = max(last, close)  # "… (i to od lat) – odpowiedział", "… przestrzegać (Komisji Europejskiej –
            # red.) – odpowiedział": the bracket the quote opened closes in it; an editor's note stays verbatim
        start, end = toks[i + 1].idx, toks[last].end
        if end <= start:
            continue
        if verb is None and k < len(toks) and attribution_line(doc, k) is not None:
            verb = attribution_line(doc, k)  # block layout: the attribution stands on the next line
        if verb is not None and _journalist_asks(doc, verb):
            continue  # "– Czujecie już awans? – zapytał dziennikarz Polsatu": a question, no one's quote
        if verb is None and intro is not None:
            verb, k = intro, doc.sent_range(doc.sent_of(intro))[0]
        f = _Found("direct", start, end, verb_tok=verb)
        if verb is None and label is not None:
            f.speaker, f.explicit = label, True
        elif verb is not None:
            s_end = doc.sent_range(doc.sent_of(verb))[1]
            f.attr_span = (k, s_end)
        else:
            f.continues = True
        out.append(f)
    return out


def closing_attribution(doc: _Doc, j: int, b: int) -> Optional[tuple[int, int]]:
    """The attribution that closes the sentence holding a quoted fragment which ends at token ``j`` (the
    sentence ends before ``b``): a dialogue dash after the fragment opening a clause whose speech verb comes
    within three words. The writer's words before that dash report the speaker's, so a fragment quoted in
    them is the speaker's too (``Instalacja „…” – napisał prezes X.``, ``Gdy … przedstawiono „…”, odmówił –
    oświadczył X.``). Returns (dash, verb) for the sentence's last dash, else None."""
    toks = doc.toks
    for k in range(b - 1, j, -1):
        if not is_dash(doc, k) or doc.para[k] != doc.para[j]:
            continue
        for v in range(k + 1, min(k + 4, b)):
            if toks[v].text in QUOTE_OPEN:
                break
            if _verb_lemma(toks[v]):
                return k, v
        return None  # a dash of another use (a parenthesis, a pause): no attribution
    return None


def subject_attribution(doc: "_Doc", k: int) -> Optional[int]:
    """The predicate of an attribution after the dash at ``k`` that opens with its subject, the verb any
    (``„…” – X nie krył radości.``, ``„…” – rzeczniczka urzędu X tak odpowiada na pytania.``): the clause
    after the dash (clauses.py) opens with a nominative subject naming an actor (a person, a body, a group,
    an outlet), its finite verb in the third person agrees and follows it, and it runs to a full stop or
    the paragraph's end within a few words with no clause of its own. Read after a closing quotation mark
    only: inside a dash paragraph a dash before a subject is the speaker's own aside (``– Jest jedno
    wyjście – X musi odejść.``). Returns the verb, else None."""
    toks = doc.toks
    j = k + 1
    if j >= len(toks) or doc.para[j] != doc.para[k] or not toks[j].is_word:
        return None
    end = next((e for e in range(j, min(j + ATTRIBUTION_REACH, len(toks)))
                if toks[e].text in ".!?…" or doc.para[e] != doc.para[k] or is_dash(doc, e)), None)
    if end is None or is_dash(doc, end) or any(t.lower in COMPLEMENTIZERS or t.text in ",:;\"„”" for t in toks[j:end]):
        return None
    c = clause_of(doc.text, j)
    if c is None or c.start not in (k, j) or c.predicate is None or c.subject is None \
            or c.subject.case != "nom" or not c.subject.end <= c.predicate.tok < end or c.predicate.person != "ter":
        return None
    last = (c.subject.name[1] if c.subject.name else c.subject.end) - 1
    m = doc.mention.get(last)
    if m is None or m[2] != last or m[0].type not in ("person", "organization", "group", "media") \
            or not (j in (c.subject.start, m[1]) or (toks[j].lemma.lower() in role_words() and toks[j].text[:1].islower()
                                                     and not any(doc.mention[x][0].type == "person" for x in range(j, m[1]) if x in doc.mention))):
        return None  # (the subject opens the clause, or the role noun before its name: "rzeczniczka urzędu w X Y")
    return c.predicate.tok


def inner_attribution(doc: _Doc, i: int, j: int) -> Optional[tuple[int, int, int]]:
    """A dash attribution inside quotation marks (tokens ``i``..``j``, the marks' words): ``„… – powiedział
    X, szef klubu Y. – …”`` (two sentences: the quote ends before the dash, the words after the second dash
    are the next quote of the same speaker) or ``„Jeżeli … – mówi X – fala …”`` (one sentence interrupted:
    one quote). A dash, then a lower-case speech verb not in the first person within three words, and the
    attribution closed by a dash before the closing mark (after a full stop or not). Returns (dash, verb,
    end of the first quote's words: the token after them), else None."""
    toks = doc.toks
    for d in range(i + 2, j - 2):
        if not is_dash(doc, d) or doc.para[d] != doc.para[i]:
            continue
        verb = next((v for v in range(d + 1, min(d + 4, j)) if _verb_lemma(toks[v]) and toks[v].text[:1].islower()
                     and not (toks[v].reading is not None and toks[v].reading.has("pri"))), None)
        if verb is None:
            continue
        close = next((c for c in range(verb + 1, min(verb + ATTRIBUTION_REACH, j)) if is_dash(doc, c)), None)
        if close is None or close + 1 >= j or any(t.lower in COMPLEMENTIZERS or t.text in ":;" for t in toks[verb:close]):
            return None
        stop = toks[close - 1].text in ".!?…"
        return d, verb, (d if stop else j + 1)
    return None
