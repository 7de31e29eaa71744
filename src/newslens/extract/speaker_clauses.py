"""Clause-level tests for the speaker search (moved verbatim from speakers.py): a main clause with a person
of its own before a content clause, an impersonal verb quoting a written statement, a body that is a role's
complement."""
from __future__ import annotations

from typing import Optional

from ..clauses import clause_of
from ..lexicon import lexicon_set, role_words
from ..model import Actor
from .quote_doc import _Doc, _verb_gender


PAST_ENDINGS = ("ował", "owała", "owali", "ywał", "ywała", "ywali", "iwał", "iwała", "iwali")


def _personal_clause(doc: _Doc, a: int, b: int) -> bool:
    """Tokens ``a:b`` (a main clause before its content clause) hold a verb with a person as its subject: a
    past tense of a man, a woman or several, a present tense plural; or, opening the sentence, a word the
    dictionary does not know with the past-tense ending of the -ować/-ywać verbs (a misspelt verb:
    "Poinfomował, że …"). Not "Okazało się, że …", "Wiadomo, że …"."""
    for k in range(a, b):
        t = doc.toks[k]
        if _verb_gender(t) in ("m", "f", "pl"):
            return True
        if k == a and t.readings and all(r.pos == "ign" for r in t.readings) and t.lower.endswith(PAST_ENDINGS):
            return True
    return False


def impersonal_statement(doc: _Doc, v: int) -> bool:
    """An impersonal speech verb quoting a written statement: "napisano w oświadczeniu", "podkreślono w
    komunikacie X" (data/statement_documents.txt): its author speaks, as with "czytamy w …"; a bare
    "Jak poinformowano, …" names no one."""
    toks = doc.toks
    return toks[v].pos == "imps" and v + 2 < len(toks) and toks[v + 1].lower in ("w", "we") \
        and toks[v + 2].lemma.lower() in lexicon_set("statement_documents.txt")


def _role_complement(doc: _Doc, m: tuple[Actor, int, int]) -> bool:
    """A body right after a role noun or a person's role mention is that role's complement ("rzeczniczka
    Prokuratury Okręgowej", "Szefowa czeskiego MSZ"), never the subject a bare verb refers back to."""
    k = m[1]
    if m[0].type not in ("organization", "media") or k == 0:
        return False
    prev = doc.mention.get(k - 1)
    return doc.toks[k - 1].lemma.lower() in role_words() or (prev is not None and prev[0].type == "person")


def clause_subject(doc: _Doc, v: int) -> Optional[Actor]:
    """The actor the speech verb's grammatical subject names (``clauses.py``: the nominative phrase of the
    verb's own clause agreeing with it in person, number and gender, before the verb or after it and its
    adjuncts): a mention covering the phrase's head word or standing in its name ("rzecznik urzędu Jan
    Nowak": the role or the name, never the genitive "urzędu"). None when the verb is not its clause's
    predicate, the clause has no such subject, no name mention (the mention layer's role and pronoun
    mentions are the rules' to resolve) covers it, or it names an outlet (a channel)."""
    c = clause_of(doc.text, v)
    if c is None or c.predicate is None or c.predicate.tok != v or c.subject is None:
        return None
    s = c.subject
    lo, hi = (s.name if s.name is not None else (s.head, s.head + 1))
    for k in [s.head] + list(range(lo, hi)):
        m = doc.mention.get(k)
        if m is not None and (m[1] <= s.head <= m[2] or lo <= m[1] < hi) and m[0].type != "media" \
                and m[1] not in doc.head:
            return m[0]
    return None

