"""newslens: a Polish news article in, an analytical brief out (actors, quotes, demands, timeline)."""
from .analysis import Analysis, analyze
from .loader import Article, InputError, load_article
from .model import Actor, ArticleInfo, Demand, Extraction, Quote, Timex

__version__ = "0.1.0"
__all__ = ["analyze", "Analysis", "Article", "InputError", "load_article", "Actor", "ArticleInfo",
           "Demand", "Extraction", "Quote", "Timex", "__version__"]
