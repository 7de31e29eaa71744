"""Extractors: pure functions over an analysed text, returning frozen records with offsets."""
from __future__ import annotations

from ..loader import Article
from ..model import ArticleInfo, Extraction
from .. import nlp
from ..corpus import fewer_collections
from .actors import extract_actors
from .demands import extract_demands
from .quotes import extract_quotes
from .timeline import extract_timeline, infer_published

__all__ = ["extract", "extract_actors", "extract_quotes", "extract_demands", "extract_timeline"]


def extract(article: Article) -> Extraction:
    """Run every extractor on ``article``; the publication date is inferred when missing. The cyclic
    collector runs less often meanwhile (``corpus.fewer_collections``: on a long text its full
    collections walked every token made so far, over and over)."""
    with fewer_collections():
        return _extract(article)


def _extract(article: Article) -> Extraction:
    text = nlp.analyze(article.text)
    published, inferred = article.published, False
    if not published:
        published, inferred = infer_published(text), True
    actors = extract_actors(text)
    quotes = extract_quotes(text, actors)
    timeline = extract_timeline(text, published)
    demands = extract_demands(text, actors, timeline, quotes)
    info = ArticleInfo(
        id=article.id, title=article.title, published=published, published_inferred=inferred and published is not None,
        language=article.language, source=article.source, url=article.url, outlet=article.outlet,
        n_words=sum(1 for t in text.toks if t.is_word), n_sentences=len(text.sents),
    )
    return Extraction(info, tuple(actors), tuple(quotes), tuple(demands), tuple(timeline))
