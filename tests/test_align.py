"""Quote and demand alignment by content words: paraphrase, partial quotes, no overlap."""
import pytest

from newslens import align, nlp


def unit(text, article=0, index=0, speaker=None):
    return align.Unit(article, index, text, speaker, align.words_of(text))


def weights(*texts):
    return align.idf(d for t in texts for d in align.sentence_keys(nlp.analyze(t)))


FULL = ("Zawsze jesteśmy gotowi wysłuchać naszych zachodnich kolegów, jeśli zgłoszą kolejną prośbę o "
        "zorganizowanie rozmowy. Mam nadzieję, że będą mogli nam zaproponować jakieś poważne podejście, które "
        "przyczyni się do rozładowania napięć.")
PARTIAL = "poważne podejście, które przyczyni się do rozładowania napięć"
PARAPHRASE = ("Zawsze jesteśmy gotowi wysłuchać zachodnich kolegów, jeśli znów poproszą o rozmowę. Liczę, że "
              "zaproponują nam poważne podejście, które pomoże rozładować napięcia.")
OTHER = "Rolnicy zablokowali drogę krajową numer 8 i zapowiadają protest aż do skutku."


def test_content_words_drop_function_words_and_keep_names():
    keys = {w.key for w in align.words_of("Pieskow powiedział, że to jest do stołu negocjacyjnego w Moskwie.")}
    assert keys == {"piesko", "powied", "stoł", "negocj", "moskwa"}
    assert not keys & {"to", "być", "do", "w", "że"}


def test_lemma_key_joins_aspect_pairs_and_derived_words():
    def same(a, b):
        return bool(align.lemma_keys(a) & align.lemma_keys(b))

    assert same("poprosić", "prosić") and same("wysłuchać", "słuchać") and same("zaproponować", "proponować")
    assert same("negocjacja", "negocjacyjny") and same("zachód", "zachodni")
    assert not same("rozmowa", "rozmieszczać")


def test_partial_quote_is_contained_in_the_full_sentence():
    w = weights(FULL, PARTIAL, OTHER)
    c, shared, n = align.score_pair(unit(PARTIAL, 0), unit(FULL, 1), w)
    assert c == pytest.approx(1.0)
    assert n >= 4 and "podejście" in shared


def test_paraphrase_at_the_word_level_links():
    w = weights(FULL, PARAPHRASE, OTHER)
    links = align.align([unit(FULL, 0), unit(PARAPHRASE, 1)], w)
    assert len(links) == 1 and links[0].a == (0, 0) and links[0].b == (1, 0)
    assert 0.5 <= links[0].containment < 1.0  # not the same words: poproszą/prośbę, pomoże/przyczyni


def test_no_overlap_no_link():
    w = weights(FULL, OTHER)
    assert align.align([unit(FULL, 0), unit(OTHER, 1)], w) == []
    c, _shared, n = align.score_pair(unit(FULL, 0), unit(OTHER, 1), w)
    assert c < 0.2 and n <= 1


def test_one_shared_word_is_not_enough():
    # "negocjacji" in both, nothing else: below min_shared
    a, b = "nie ma jeszcze platformy do negocjacji", "usiąść do stołu negocjacji z Rosjanami w Genewie"
    w = weights(a, b)
    assert align.align([unit(a, 0), unit(b, 1)], w) == []


def test_same_article_is_never_linked():
    w = weights(FULL, PARTIAL)
    assert align.align([unit(FULL, 0, 0), unit(PARTIAL, 0, 1)], w) == []


def test_other_speaker_needs_a_closer_match():
    a, b = "chęć wysłuchania naszych obaw i propozycji", "wysłuchania obaw Rosji i zachodnich propozycji rozmów o napięciach"
    w = weights(a, b)
    assert align.align([unit(a, 0, speaker="Dmitrij Pieskow"), unit(b, 1, speaker="Pieskow")], w)
    assert not align.align([unit(a, 0, speaker="Dmitrij Pieskow"), unit(b, 1, speaker="Siergiej Ławrow")], w)


def test_frequent_words_weigh_less():
    # "Rosja" and "NATO" are in every sentence: sharing only them and one rare word stays below half
    texts = ["Rosja i NATO rozmawiały.", "Rosja krytykuje NATO.", "NATO odpowiada Rosji.",
             "Rosja żąda od NATO wycofania rakiet z Rumunii.", "Rosja i NATO w Genewie o ćwiczeniach wojskowych."]
    w = weights(*texts)
    c, _s, _n = align.score_pair(unit(texts[3], 0), unit(texts[4], 1), w)
    assert c < 0.5


def test_groups_are_connected_components_with_singletons():
    units = [align.Unit(0, 0, "a"), align.Unit(0, 1, "b"), align.Unit(1, 0, "c"), align.Unit(2, 0, "d")]
    links = [align.Link((0, 0), (1, 0), 1.0, ()), align.Link((1, 0), (2, 0), 0.7, ())]
    assert align.groups(units, links) == [[(0, 0), (1, 0), (2, 0)], [(0, 1)]]


def test_pair_scores_count_unordered_pairs():
    s = align.pair_scores([("a", "b"), ("c", "a"), ("x", "y")], [("b", "a"), ("a", "c"), ("d", "e")])
    assert (s.tp, s.fp, s.fn) == (2, 1, 1)
    assert s.precision == pytest.approx(2 / 3) and s.recall == pytest.approx(2 / 3)
    assert s.misses == (("d", "e"),) and s.spurious == (("x", "y"),)
    assert align.pair_scores([], []).precision is None


def test_find_span():
    text = "Ławrow: „Zawsze się zgadzaliśmy”. I dalej: „zawsze”."
    assert align.find_span(text, "Zawsze się", "zgadzaliśmy") == (9, 31)
    assert align.find_span(text, "nigdy", "x") is None


def test_pair_scores_edges_follow_the_scorer():
    # nothing linked but pairs in the hand alignment: recall 0, F1 0 (not undefined), as evaluate.PRF says
    s = align.pair_scores([], [("a", "b")])
    assert (s.precision, s.recall, s.f1) == (None, 0.0, 0.0)
    s = align.pair_scores([("a", "b"), ("c", "d")], [("b", "a")])  # order inside a pair does not matter
    assert (s.tp, s.fp, s.fn, s.precision, s.recall) == (1, 1, 0, 0.5, 1.0)
    assert abs(s.f1 - 2 / 3) < 1e-9
