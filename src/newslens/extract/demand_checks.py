"""Whose demand a frame of demanding is not, and what its object does not state: a mixin of the demand
finder (``demands._Finder``) the verb frames (``demand_verb_frames.VerbFrames``) use. chcieć demands
only of a named party or a group (``_wanting_party``), "walczą o" only of a group that makes demands
(``_demanding_group``); an infinitive after chcieć is the subject's own plan (``_own_plan``), a wished
clause with an indefinite subject asks no one (``_nobody_asked``), and an object that names demands
without stating them ("spełnienia trzech warunków") announces them (``announcement``).
"""
from __future__ import annotations

from ..lexicon import role_words
from ..nlp import QUOTE_OPEN, readings
from .demand_parties import lex


class FrameChecks:
    """Finder methods: whose demand a frame is not, and an object that only announces demands."""

    def _wanting_party(self, k: int, first_person: bool, thing: bool) -> bool:
        """chcieć demands only of a named party or a group ("Lewica chce …", "Rodzice chcą, by …")."""
        if first_person:
            return self.in_quote(k)
        p = self.P.subject(k)
        if not thing and (k > 0 and self.toks[k - 1].lemma in role_words()
                          or p is not None and p.actor is not None and p.actor.type in ("person", "media")):
            return False  # "premier chce zamknąć spór": a person's own intention, not a demand made of anyone
        if p is None and thing and k > 0 and any(r.pos == "subst" and r.has("nom") for r in self.toks[k - 1].readings) \
                and not self.toks[k - 1].is_title and not self.in_quote(k):
            return True  # "Ukraińska strona chce także …": a subject the text names by a common noun
        s = self.toks[k].sent
        a = self.doc.sent_range(s)[0]
        opens = k == a or k - a <= 2 and all(self.toks[j].pos in ("adv", "qub", "part") for j in range(a, k))
        if p is None and thing and opens and s > 0 and not self.in_quote(k):
            # the verb opens its sentence, or only a connective adverb stands before it ("Ponadto chce …")
            a0, b0 = self.doc.sent_range(s - 1)
            if self.doc.para[a0] == self.doc.para[k] and any(self._is_trigger(j) for j in range(a0, b0)):
                return True  # "X domagają się A. Chcą też B": the demanders of the sentence before
            tag = self.toks[k].reading.tag if self.toks[k].reading else ""
            if self.doc.para[a0] == self.doc.para[k] and ":pl:" in tag:
                before = self.P.sentence_subject(s - 1, outside_quotes=True)
                if before is not None and before.group:
                    return True  # "Ratownicy zapowiadają protest. Chcą, by …": the group the sentence before names
        return p is not None

    def _demanding_group(self, k: int) -> bool:
        """The verb at ``k`` has a group that makes demands as its subject (data/demand_struggle_groups.txt):
        in its own clause, or the group whose words a reported clause gives ("Rolnicy powtarzali, że … i
        oczekują natychmiastowych działań": no forecast, as "analitycy oczekują obniżki stóp" is)."""
        if self._struggling_group(k):
            return True
        p = self.P.subject(k) or (self.P.who_says(k) if self.in_quote(k) else None)
        if p is None or not p.group or not p.name:
            return False
        return bool({r.lemma.lower() for r in readings(p.name.split()[0])} & lex("demand_struggle_groups.txt"))

    def _struggling_group(self, k: int) -> bool:
        """The subject of "walczą o" at ``k`` is a group that makes demands (data/demand_struggle_groups.txt):
        the first nominative plural noun of the sentence before the verb, or "przedstawiciele/członkowie"
        with such a group in the genitive after it."""
        toks = self.toks
        groups = lex("demand_struggle_groups.txt")
        a = self.doc.sent_range(toks[k].sent)[0]
        for j in range(a, k):
            t = toks[j]
            if t.pos == "prep" or t.text in ",;:":
                return False
            if not any(r.pos in ("subst", "adj", "pact") and r.has("nom") and r.has("pl") for r in t.readings):
                continue
            if t.pos == "adj" and j + 1 < k and toks[j + 1].pos == "subst":
                continue  # "Ratownicy medyczni", "Zdesperowane pielęgniarki": the noun after
            lemmas = {r.lemma.lower() for r in t.readings}
            if lemmas & {"przedstawiciel", "członek"} and j + 1 < k:
                lemmas = {r.lemma.lower() for r in toks[j + 1].readings if r.has("gen")}
            return bool(lemmas & groups)
        return False

    def _own_plan(self, o: int, e: int) -> bool:
        """"chce wydobywać wapień", "chce jednak najpierw ocenić, czy …", "chcemy tu żyć": an infinitive
        after chcieć (adverbs before it aside) is the subject's own plan, no demand made of anyone, unless
        it asks for a thing (data/demand_obtain_verbs.txt: "chce zachować dla siebie dwanaście resortów")."""
        toks = self.toks
        j = o
        while j < e and j - o < 4 and (toks[j].pos in ("adv", "qub", "conj", "interj") and toks[j].text.isalpha()
                                       and not any(r.pos == "inf" for r in toks[j].readings)
                                       or toks[j].text in QUOTE_OPEN):
            j += 1  # (a quotation of the words: 'chciała „szczegółowo zapisać …”'; "dalej" may be tagged an interjection)
        infs = [r.lemma for r in toks[j].readings if r.pos == "inf"] if j < e else []
        return bool(infs) and not set(infs) & self.obtain  # the tagger may read "żyć" as a noun

    def _nobody_asked(self, o: int, e: int) -> bool:
        """A wished clause whose subject is an indefinite pronoun ("żeby ktoś wreszcie nas słuchał";
        data/demand_indefinite_subjects.txt) asks no party to act."""
        toks = self.toks
        return any(toks[j].lower in self.indefinite for j in range(o, min(e, o + 3)))

    def announcement(self, o: int, e: int) -> bool:
        """The object names demands without stating them: "spełnienia trzech warunków", "trzech rzeczy",
        "trzech zmian", "zmian w uchwale …" (data/demand_announce_nouns.txt; a count word before a noun
        that ends the object)."""
        toks = self.toks
        for j in range(o, min(e, o + 4)):
            if toks[j].pos == "prep":
                return False
            if toks[j].lemma in self.nouns and self._thing_complement(j, e):
                return False  # "lepszych warunków pracy": the noun with its complement is the thing demanded
            if toks[j].lemma in self.nouns or toks[j].lemma in self.announce_nouns and (
                    not self.announce_nouns[toks[j].lemma] or self._plural_genitive(j)) \
                    or toks[j].pos == "num" and toks[j].text.isalpha() and j + 2 == e and toks[j + 1].pos == "subst":
                return not any(toks[x].text == ":" or toks[x].text == "," and x + 1 < e and (
                    toks[x + 1].lower in ("aby", "by", "żeby")
                    or toks[x + 1].lower == "tak" and x + 2 < e and toks[x + 2].lower in ("aby", "by", "żeby"))
                               for x in range(j, e))  # ("zmian w prawie, (tak) aby mogli …": the purpose states them)
        return False

    def _thing_complement(self, j: int, e: int) -> bool:
        """A genitive common noun right after the noun of demanding at ``j``, no count word before it and
        no party in it: "godziwych warunków pracy i płacy" is the thing demanded, "spełnienia warunków
        protestujących" or "trzech warunków" announce the demands."""
        toks = self.toks
        x = j + 1
        if x >= e or x in self.doc.mention or self.P.group_at(x) is not None or toks[x].is_title \
                or toks[x].pos not in ("subst", "ger") or not any(r.has("gen") for r in toks[x].readings):
            return False
        return not any(toks[y].pos in ("num", "numcol") for y in range(max(0, j - 2), j))

    def _plural_genitive(self, j: int) -> bool:
        """Only a genitive plural ("zmian"): "zmiany wysokości podwyżek" (genitive singular) is one change."""
        rs = [r for r in [self.toks[j].reading] + list(self.toks[j].readings) if r is not None and r.pos == "subst"]
        return bool(rs) and all(r.has("pl") and r.has("gen") for r in rs)
