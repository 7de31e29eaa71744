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

# %% [markdown]
# # Exploring one article with newslens
# **How to use**
# 1. **Choose the article**: set `article_path` below to a `.txt`, `.md` or saved `.html` article, or to
#    a folder of them (`pick` then chooses one, by position or file name). Paths are relative to this
#    `notebooks/` folder.
# 2. **Run all**: *Run ▸ Run All Cells*.
# 3. **Filter quotes by speaker**: click a name in the *speaker* pane above the quotes table (click
#    again to clear), or set `speaker` and run all again.
# 4. **Refocus the timeline**: set `focus_start` and `focus_end` (ISO dates) and run all again.
# 5. **Open the rendered report**: `make report ARTICLE=<path>` (or `newslens render <path>`) writes
#    `report/<id>/report.html`; the *rendered report* cell links to it.
#
# Tables sort, search and page; every frame is a plain pandas DataFrame to slice further. All logic
# lives in the `newslens` package; this notebook only calls it.

# %% tags=["parameters"]
article_path: str = "../data/raw/lawrow-warunki-rozmow.txt"  # an article, or a folder of articles
pick: int | str = 0  # in a folder: which article (its position in the list, or its file name)
published: str | None = None  # ISO date; None: sidecar, else inferred from the text
speaker: str | None = None  # show only this speaker's quotes, e.g. "Siergiej Ławrow"
focus_start: str | None = None  # re-plot the timeline with another focus window, e.g. "2022-01-01"
focus_end: str | None = None

# %%
# %matplotlib inline
from html import escape
from pathlib import Path
from urllib.parse import quote

import itables.options
import pandas as pd
from IPython.display import HTML, display
from itables import init_notebook_mode, show

import newslens
from newslens import present
from newslens.cli import expand_inputs

init_notebook_mode(all_interactive=False)
itables.options.classes = "display compact"  # long quotes wrap instead of widening the table
itables.options.css = ".dt-container td:not(.dt-type-numeric), .dt-container th:not(.dt-type-numeric) {text-align: left}"
present.style_charts()
articles = expand_inputs((article_path,))  # one file, or every article of a folder
chosen = articles[pick] if isinstance(pick, int) else Path(article_path) / pick
if len(articles) > 1:
    print(f"{len(articles)} articles in {article_path}; exploring {chosen.name} (set `pick` for another)")
    show(pd.DataFrame({"file": [p.name for p in articles]}))
analysis = newslens.analyze(chosen, published=published)
display(HTML(present.title_block(analysis)))

# %% [markdown]
# ## Actors

# %%
show(present.interactive(analysis.actors), paging=True)

# %% [markdown]
# ## Quotes (click a speaker to filter; `speaker` filters before the table is drawn)

# %%
quotes = present.interactive(analysis.quotes)  # no speaker or outlet: the empty mark, not NaN
show(quotes if speaker is None else quotes[quotes["speaker"] == speaker],
     layout={"top1": "searchPanes"}, searchPanes={"columns": [0], "layout": "columns-1", "initCollapsed": False})
show(quotes.groupby("speaker")["kind"].value_counts().unstack(fill_value=0))

# %% [markdown]
# ## Demands and conditions

# %%
show(present.interactive(analysis.demands))

# %% [markdown]
# ## Timeline, with the focus window of your choice

# %%
refocused = analysis.with_focus(focus_start, focus_end)
show(present.interactive(refocused.timeline))
fig = present.timeline_chart(refocused)

# %% [markdown]
# ## The rendered report

# %%
report = Path("..", "report", analysis.article.id, "report.html")  # where `make report` writes it
if report.exists():
    display(HTML(f'Open <a href="{escape(quote(report.as_posix()))}">{escape(str(report))}</a> '
                 "(or right-click it in the file browser: Open in New Browser Tab)"))
else:
    print(f"Not rendered yet: run  make report ARTICLE={chosen.resolve()}")

# %% [markdown]
# ## Several outlets on one story

# %%
# Several outlets on one story: quotes and demands aligned across articles (`newslens compare A B … --out DIR`
# renders it as a report). Every accessor is a DataFrame: articles, actors, quotes, quote_groups, demands,
# demand_groups, timeline, dates, differences.
comparison = newslens.compare(["../data/raw/lawrow-warunki-rozmow.txt", "../data/compare/kurier-lawrow-warunki.txt",
                               "../data/compare/obserwator-kreml-rozmowy.txt"])
print("\n".join(comparison.summary()))
show(comparison.quote_groups)
