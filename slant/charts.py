"""Plotly figure specs as plain dicts, one function per chart.

The site embeds each spec as JSON and one static script draws it, so nothing here needs a
browser; tests validate every spec against plotly's own schema.
"""

from __future__ import annotations

from .analysis import ArticleAnalysis, StoryAnalysis

FONT = {"family": "system-ui, -apple-system, Segoe UI, Roboto, sans-serif", "size": 13}
# Okabe & Ito's colour-blind-safe palette, then darker and lighter companions for stories
# with many voices.
PALETTE = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442",
           "#000000", "#7F7F7F", "#8C564B", "#17BECF", "#BCBD22"]
CONFIG = {"displaylogo": False, "responsive": True,
          "modeBarButtonsToRemove": ["select2d", "lasso2d", "autoScale2d"]}


def _figure(title: str, caption: str, data: list[dict], **layout) -> dict:
    """A chart: its title and caption (shown as HTML, so they wrap on a phone) and the
    plotly data and layout."""
    base = {"font": FONT, "margin": {"l": 60, "r": 20, "t": 30, "b": 50},
            "paper_bgcolor": "rgba(0,0,0,0)", "plot_bgcolor": "rgba(0,0,0,0)",
            "hoverlabel": {"align": "left"},
            "legend": {"orientation": "h", "x": 0, "y": 1.02, "yanchor": "bottom"}}
    base.update(layout)
    return {"title": title, "caption": caption, "data": data, "layout": base}


def article_labels(story: StoryAnalysis) -> dict[str, str]:
    """slug -> outlet name, numbered when one outlet has several articles in the story."""
    counts: dict[str, int] = {}
    labels = {}
    for a in story.articles:
        outlet = a.article.outlet
        counts[outlet] = counts.get(outlet, 0) + 1
        labels[a.article.slug] = outlet if counts[outlet] == 1 else f"{outlet} ({counts[outlet]})"
    return labels


def _plain_labels(story: StoryAnalysis) -> dict[str, str]:
    return {slug: plain(label) for slug, label in article_labels(story).items()}


def _narrow(labels: list[str], limit: int = 12) -> list[str]:
    """Outlet labels short enough for a phone's axis (the full names are in the hover),
    numbered when shortening would make two alike (plotly merges equal categories).
    Shortened first, then escaped, so an entity is never cut in half."""
    short = [label if len(label) <= limit else label[: limit - 1].rstrip() + "…"
             for label in labels]
    if len(set(short)) < len(short):
        short = []
        for n, label in enumerate(labels, 1):
            room = limit - len(f"{n}. ")
            short.append(f"{n}. " + (label if len(label) <= room
                                      else label[: room - 1].rstrip() + "…"))
    return [plain(label) for label in short]


def _short(text: str, limit: int = 90) -> str:
    """A shortened, plotly-safe label."""
    text = text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
    return plain(text)


def tone_comparison(story: StoryAnalysis) -> dict:
    labels = _plain_labels(story)
    x = [labels[a.article.slug] for a in story.articles]
    headline = [a.tone.headline for a in story.articles]
    return _figure(
        "Headline tone and body tone",
        "VADER compound score from −1 (negative) to +1 (positive); the grey band is neutral. "
        "The body is the mean over its sentences.",
        [
            {"type": "bar", "name": "Headline", "x": x, "y": headline,
             "marker": {"color": "#1b6ca8"},
             "hovertemplate": "%{x}<br>Headline tone %{y:.3f}<extra></extra>"},
            {"type": "bar", "name": "Body (mean of sentences)", "x": x,
             "y": [round(a.tone.body, 4) for a in story.articles],
             "marker": {"color": "#d35400"},
             "hovertemplate": "%{x}<br>Body tone %{y:.3f}<extra></extra>"},
        ],
        barmode="group", height=360,
        yaxis={"range": [-1, 1], "zeroline": True, "title": {"text": "tone"}},
        xaxis={"automargin": True},
        shapes=[_NEUTRAL_BAND],
        annotations=[{"x": labels[a.article.slug], "y": 0, "text": "no headline",
                      "showarrow": False, "yshift": 12,
                      "font": {"size": 11, "color": "#555"}}
                     for a in story.articles if a.tone.headline is None])


_NEUTRAL_BAND = {"type": "rect", "xref": "paper", "x0": 0, "x1": 1, "y0": -0.05, "y1": 0.05,
                 "fillcolor": "#999", "opacity": 0.15, "line": {"width": 0}, "layer": "below"}


def coverage_matrix(story: StoryAnalysis) -> dict:
    raw_labels = article_labels(story)
    labels = _plain_labels(story)
    slugs = [a.article.slug for a in story.articles]
    facts = story.facts
    texts = {a.article.slug: a.article.text for a in story.articles}
    z, hover = [], []
    for fact in facts:
        row, row_hover = [], []
        for slug in slugs:
            span = fact.first_span(slug)
            if span:
                row.append(2 if len(fact.articles) == 1 else 1)
                s, e = span
                row_hover.append(f"<b>{labels[slug]}</b>: {_short(texts[slug][s:e], 160)}")
            else:
                row.append(0)
                row_hover.append(f"<b>{labels[slug]}</b>: not carried")
        z.append(row)
        hover.append(row_hover)
    height = max(320, 90 + 18 * len(facts))
    return _figure(
        "Facts carried by each article",
        "Each row is a fact: sentences or clauses from different articles that report the "
        "same thing. Blue: the article carries it; orange: only this article does; grey: not "
        "carried. Facts most articles share come first. Hover for each article's sentence.",
        [{
            "type": "heatmap", "z": z, "x": [labels[s] for s in slugs],
            "y": [f"{f.id} · {_short(f.text, 48)}" for f in facts],
            "meta": {"narrow_y": [f.id for f in facts],
                     "narrow_x": _narrow([raw_labels[s] for s in slugs])},
            "customdata": hover, "zmin": 0, "zmax": 2, "showscale": False, "xgap": 2, "ygap": 1,
            "colorscale": [[0, "#f1f1f1"], [0.5, "#1b6ca8"], [1, "#e67e22"]],
            "hovertemplate": "%{y}<br>%{customdata}<extra></extra>",
        }],
        height=height, margin={"l": 300, "r": 10, "t": 60, "b": 10},
        yaxis={"autorange": "reversed", "tickfont": {"size": 11}, "automargin": True},
        xaxis={"side": "top", "tickangle": 0, "automargin": True})


def voices(story: StoryAnalysis) -> dict:
    labels = _plain_labels(story)
    speakers: list[str] = []
    for a in story.articles:
        for v in a.quotes.voices:
            if v.speaker not in speakers:
                speakers.append(v.speaker)
    y = [labels[a.article.slug] for a in story.articles]
    traces = []
    for n, speaker in enumerate(speakers):
        counts = [next((v.words for v in a.quotes.voices if v.speaker == speaker), 0)
                  for a in story.articles]
        traces.append({"type": "bar", "orientation": "h", "name": plain(speaker), "y": y,
                       "x": counts,
                       "marker": {"color": PALETTE[n % len(PALETTE)]},
                       "hovertemplate": f"{_escape_template(speaker)}: %{{x}} quoted words"
                                        "<br>%{y}<extra></extra>"})
    return _figure(
        "Who is quoted, and how much",
        "Words each outlet quotes from each speaker (direct quotations only).",
        traces, barmode="stack", height=max(300, 160 + 36 * len(y)),
        xaxis={"title": {"text": "quoted words"}, "automargin": True},
        yaxis={"autorange": "reversed", "automargin": True})


def similarity_heatmap(story: StoryAnalysis) -> dict:
    raw_labels = article_labels(story)
    labels = _plain_labels(story)
    slugs = [a.article.slug for a in story.articles]
    z = [[story.similarity[a][b] for b in slugs] for a in slugs]
    return _figure(
        "How similar the texts are",
        "Cosine similarity of TF-IDF word vectors, 0 (no words in common) to 1 (identical). "
        "“rewrite” marks an article (row) flagged as a rewrite of another (column).",
        [{"type": "heatmap", "z": z, "x": [labels[s] for s in slugs],
          "y": [labels[s] for s in slugs], "zmin": 0, "zmax": 1,
          "meta": {"narrow_x": _narrow([raw_labels[s] for s in slugs]),
                   "narrow_y": _narrow([raw_labels[s] for s in slugs])},
          "colorscale": [[0, "#f4f8fb"], [1, "#1b6ca8"]], "texttemplate": "%{z:.2f}",
          "hovertemplate": "%{y} vs %{x}<br>similarity %{z:.2f}<extra></extra>"}],
        height=380, yaxis={"autorange": "reversed", "automargin": True},
        xaxis={"automargin": True},
        # Mark each flagged rewrite in its row (the rewrite) and column (its original).
        annotations=[{"x": labels[original], "y": labels[rewrite], "text": "rewrite",
                      "showarrow": False, "yshift": -12, "font": {"size": 10, "color": "#fff"}}
                     for rewrite, original in story.rewrite_of.items() if original])


def tone_along(analysis: ArticleAnalysis) -> dict:
    text = analysis.article.text
    sentences = analysis.tone.sentences
    return _figure(
        "Tone along the article",
        "VADER compound score of each sentence, in reading order; the grey band is neutral. "
        "Hover to read the sentence.",
        [{"type": "scatter", "mode": "lines+markers", "x": list(range(1, len(sentences) + 1)),
          "y": [round(s.score, 4) for s in sentences],
          "customdata": [_short(text[s.start:s.end], 140) for s in sentences],
          "line": {"color": "#1b6ca8", "width": 2}, "marker": {"size": 6},
          "hovertemplate": "Sentence %{x}: %{y:.3f}<br>%{customdata}<extra></extra>"}],
        height=320, showlegend=False,
        xaxis={"title": {"text": "sentence"}, "rangemode": "tozero"},
        yaxis={"range": [-1.05, 1.05], "title": {"text": "tone"}},
        shapes=[_NEUTRAL_BAND])


def _escape_template(text: str) -> str:
    """Plotly reads %{…} in hover templates; a speaker's name must not be taken for one."""
    return plain(text).replace("{", "(").replace("}", ")")


def plain(text: str) -> str:
    """Plotly draws <b>, <a href> and friends in labels; article text must stay text.
    Plotly decodes these entities back to the characters when it draws the label."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
