# ---
# jupyter:
#   jupytext:
#     formats: ipynb,py:percent
#     notebook_metadata_filter: -jupytext.text_representation.jupytext_version,-jupytext.text_representation.format_version
#     text_representation:
#       extension: .py
#       format_name: percent
#   kernelspec:
#     display_name: newslens
#     language: python
#     name: newslens
# ---

# %%
# newslens comparison: executed by papermill (`newslens compare`), rendered by nbconvert with no input.
# All logic lives in the `newslens` package; this notebook only calls it.

# %% tags=["parameters"]
article_paths: list[str] = [
    "../data/raw/lawrow-warunki-rozmow.txt",
    "../data/compare/kurier-lawrow-warunki.txt",
    "../data/compare/obserwator-kreml-rozmowy.txt",
]  # two or more articles on one story
output_dir: str | None = None  # where comparison.json, tables/ and figures/ go

# %%
# %matplotlib inline
import warnings

warnings.filterwarnings("ignore")

from IPython.display import HTML, display

import newslens
from newslens import present
from newslens.compare import (actors_table, articles_table, dates_table, groups_table, only_table,
                              timeline_chart, title_block)

present.style_charts()
comparison = newslens.compare(article_paths)
if output_dir:
    comparison.save(output_dir)
display(HTML(title_block(comparison)))

# %%
display(HTML(present.section("The articles", "Each article side by side: outlet, publication date, length, "
                             "what was extracted and the sources it cites (agencies, broadcasters, other outlets).")))
display(HTML(articles_table(comparison)))

# %%
display(HTML(present.section("Actors across articles", "Who appears where and how often: mentions per "
                             "article (— where an article does not name the actor).")))
display(HTML(actors_table(comparison)))

# %%
display(HTML(present.section("The same utterance across outlets", "Quotes aligned by their words: each row "
                             "is one statement, each column what an outlet carried of it — its kind, the "
                             "share of the fullest version (when partial) and the outlet it came through.")))
if comparison.quotes.empty:
    display(HTML(present.note("No quotes found in these articles.")))
else:
    display(HTML(groups_table(comparison, "quotes")))
    display(HTML(present.subheading("Quoted by one article only") + only_table(comparison, "quotes")))

# %%
display(HTML(present.section("Demands and conditions", "Enumerated demands and one-off conditions, aligned "
                             "across the articles the same way.")))
if comparison.demands.empty:
    display(HTML(present.note("No demands or conditions found in these articles.")))
else:
    display(HTML(groups_table(comparison, "demands")))
    display(HTML(present.subheading("In one article only") + only_table(comparison, "demands")))

# %%
display(HTML(present.section("One timeline", "Every date each article gives, on one axis, and the same "
                             "dates as a table: which expression each article uses for it.")))
if comparison.timeline.empty:
    display(HTML(present.note("No temporal expressions found.")))
else:
    display(present.show_figure(timeline_chart(comparison), output_dir, "timeline"))
    display(HTML(dates_table(comparison)))
