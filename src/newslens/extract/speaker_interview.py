"""An interview introduced by its lead ("Z Janem Kosem, prezesem X, rozmawia Anna Lis."): the person after
"Z" answers, the subject of "rozmawia" asks. GUIDELINES (Interviews; construction table dir-interview): the
interviewer's questions are no quotes, the answers are the interviewee's direct quotes. After such a lead a
quote with no speech verb of its own (a dash or label paragraph) that the extractor gave to either of them
by continuation, or to no one, is the interviewee's answer unless it asks (ends with "?"); a paragraph
labelled with the interviewer's name, or a question, is dropped."""
from __future__ import annotations

from typing import Optional

from ..model import Actor
from .quote_doc import _Doc


def _lead(doc: _Doc) -> Optional[tuple[Actor, Actor, int]]:
    """(interviewee, interviewer, character offset of the lead's end) of the first sentence that reads
    "Z <person> (, apposition,) rozmawia <person>." (any tense of "rozmawiać"), else None."""
    toks = doc.toks
    for s in range(len(doc.text.sents)):
        a, b = doc.sent_range(s)
        if b - a < 4 or toks[a].lower not in ("z", "ze"):
            continue
        m1 = doc.mention.get(a + 1)
        if m1 is None or m1[1] != a + 1 or m1[0].type != "person":
            continue
        v = next((k for k in range(m1[2] + 1, min(m1[2] + 12, b)) if toks[k].lemma == "rozmawiać"), None)
        if v is None or toks[v].reading is None or toks[v].reading.pos not in ("fin", "praet"):
            continue
        m2 = doc.mention.get(v + 1)
        if m2 is None or m2[1] != v + 1 or m2[0].type != "person" or m2[0] is m1[0] \
                or any(not t.is_punct for t in toks[m2[2] + 1:b]):
            continue
        return m1[0], m2[0], toks[b - 1].end
    return None


def interview_turns(doc: _Doc, results: list) -> list:
    """``results`` with the interview's turns settled (see the module's docstring)."""
    lead = _lead(doc)
    if lead is None:
        return results
    guest, host, after = lead
    out = []
    for f in results:
        if f.start < after or f.verb_tok is not None or f.kind != "direct" \
                or (f.speaker is not None and f.speaker is not host and f.speaker is not guest):
            out.append(f)
            continue
        asks = doc.text.text[f.start:f.end].rstrip(" \"”»«.").endswith("?")
        if asks or (f.speaker is host and f.explicit and not f.continues):
            continue  # the interviewer's question, or a paragraph under the interviewer's own label
        f.speaker = guest
        out.append(f)
    return out
