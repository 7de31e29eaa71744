# ---
# jupyter:
#   jupytext:
#     formats: ipynb,py:percent
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
# Open this file in JupyterLab as a notebook (`make lab`). Change the parameters and rerun: the tables
# are interactive (sort, search, page) and every frame is a plain pandas DataFrame to slice further.
# All logic lives in the `newslens` package; this notebook only calls it.

# %% tags=["parameters"]
article_path: str = "../data/raw/lawrow-warunki-rozmow.txt"
published: str | None = None  # ISO date; None: sidecar, else inferred from the text
speaker: str | None = None  # show only this speaker's quotes, e.g. "Siergiej Ławrow"
focus_start: str | None = None  # re-plot the timeline with another focus window, e.g. "2022-01-01"
focus_end: str | None = None

# %%
# %matplotlib inline
from itables import init_notebook_mode, show

import newslens
from newslens import present

init_notebook_mode(all_interactive=False)
present.style_charts()
analysis = newslens.analyze(article_path, published=published)
print(analysis.article.title, "|", analysis.article.published)

# %% [markdown]
# ## Actors

# %%
show(analysis.actors, paging=True)

# %% [markdown]
# ## Quotes (filtered by `speaker` when set)

# %%
quotes = analysis.quotes
show(quotes if speaker is None else quotes[quotes["speaker"] == speaker])
show(quotes.groupby("speaker", dropna=False)["kind"].value_counts().unstack(fill_value=0))

# %% [markdown]
# ## Demands and conditions

# %%
show(analysis.demands)

# %% [markdown]
# ## Timeline, with the focus window of your choice

# %%
refocused = analysis.with_focus(focus_start, focus_end)
show(refocused.timeline)
fig = present.timeline_chart(refocused)
