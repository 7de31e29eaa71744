"""newslens: a Polish news article in, an analytical brief out (actors, quotes, demands, timeline)."""
from .loader import Article, InputError, load_article
from .model import Actor, ArticleInfo, Demand, Extraction, Quote, Timex

import sys as _sys
import types as _types

_LAZY = {"analyze": "analysis", "Analysis": "analysis", "compare": "compare", "Comparison": "compare"}


def __getattr__(name: str):
    """``analyze``/``compare`` import pandas: loaded on first use, so ``newslens extract`` starts fast."""
    if name in _LAZY:
        import importlib

        module = importlib.import_module(f".{_LAZY[name]}", __name__)
        for key, where in _LAZY.items():
            if where == _LAZY[name]:
                globals()[key] = getattr(module, key)
        return globals()[name]
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


class _Package(_types.ModuleType):
    def __setattr__(self, name, value):
        if name == "compare" and isinstance(value, _types.ModuleType):
            return  # importing the submodule newslens.compare must not hide the function newslens.compare
        super().__setattr__(name, value)


_sys.modules[__name__].__class__ = _Package

__version__ = "0.1.0"
__all__ = ["analyze", "Analysis", "compare", "Comparison", "Article", "InputError", "load_article", "Actor", "ArticleInfo",
           "Demand", "Extraction", "Quote", "Timex", "__version__"]
