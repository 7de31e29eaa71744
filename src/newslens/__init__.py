"""newslens: a Polish news article in, an analytical brief out (actors, quotes, demands, timeline)."""
from .analysis import Analysis, analyze
from .compare import Comparison, compare
from .loader import Article, InputError, load_article
from .model import Actor, ArticleInfo, Demand, Extraction, Quote, Timex

__version__ = "0.1.0"
__all__ = ["analyze", "Analysis", "compare", "Comparison", "Article", "InputError", "load_article", "Actor", "ArticleInfo",
           "Demand", "Extraction", "Quote", "Timex", "__version__"]
