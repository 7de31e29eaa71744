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
# newslens report: executed by papermill (`newslens render`), rendered by nbconvert with no input.
# All logic lives in the `newslens` package; this notebook only calls it.

# %% tags=["parameters"]
article_path: str = "../data/raw/lawrow-warunki-rozmow.txt"
published: str | None = None  # ISO date; None: sidecar, else inferred from the text
title: str | None = None
focus_start: str | None = None  # timeline focus window; None: the article's densest span
focus_end: str | None = None
output_dir: str | None = None  # where extract.json, tables/ and figures/ go

# %%
# %matplotlib inline
import warnings

warnings.filterwarnings("ignore")

from IPython.display import HTML, display

import newslens
from newslens import present, quality

present.style_charts()
analysis = newslens.analyze(article_path, published=published, title=title, focus=(focus_start, focus_end))
if output_dir:
    analysis.save(output_dir)
display(HTML(present.title_block(analysis)))

# %%
# Each chart is drawn once, saved as PNG and SVG, and the saved PNG is what is shown.
display(HTML(present.section("Actors", "People, organizations, places and media named in the article, "
                             "with the role the text gives them and how often they are mentioned.")))
if analysis.actors.empty:
    display(HTML(present.note("No actors found.")))
else:
    display(HTML(present.actors_table(analysis)))
    display(present.show_figure(present.mentions_chart(analysis), output_dir, "actor-mentions"))

# %%
display(HTML(present.section("Quotes", "Who said what: direct quotes, partial quotes inside the author's sentences "
                             "and reported speech, with the outlet they were relayed through.")))
if analysis.quotes.empty:
    display(HTML(present.note("No quotes found.")))
else:
    display(HTML(present.quotes_table(analysis)))
    display(HTML(present.subheading("By speaker") + present.speakers_table(analysis)))
    display(present.show_figure(present.quote_share_chart(analysis), output_dir, "quote-share"))

# %%
display(HTML(present.section("Demands", "Enumerated demands: each item of a list of demands or postulates, "
                             "who made it, of whom and on which day (when the text says); below them, one-off "
                             "conditions.")))
if analysis.demands.empty:
    display(HTML(present.note("No enumerated demands or conditions found.")))
else:
    display(HTML(present.demands_lead_in(analysis) + present.demands_table(analysis, "item")))
    if (analysis.demands["kind"] == "condition").any():
        display(HTML(present.subheading("Conditions") + present.demands_table(analysis, "condition")))

# %%
display(HTML(present.section("Timeline", "Every temporal expression normalised to an ISO date (relative dates "
                             "anchored on the publication date), with the event it dates.")))
if analysis.timeline.empty:
    display(HTML(present.note("No temporal expressions found.")))
else:
    display(present.show_figure(present.timeline_chart(analysis), output_dir, "timeline"))
    display(HTML(present.timeline_table(analysis)))

# %%
display(HTML(present.section("The article", "The text with the extraction marked: actors underlined in "
                             "their type's colour, quotes, demands and dates shaded.")))
display(HTML(present.legend() + present.highlighted_article(analysis)))

# %%
gold = quality.gold_for(analysis)
if gold is not None:
    display(HTML(present.section("Extraction quality", "This article has a hand annotation (gold file): "
                                 "how the extraction scores against it, and what it missed.")))
    display(HTML(quality.report_html(analysis, gold)))
