from slant.coverage import align, classify

TEXTS = {
    "wire": ("Harris met Guatemalan President Alejandro Giammattei on Monday in Guatemala City.\n\n"
             "The United States will send 500,000 vaccine doses to Guatemala this month.\n\n"
             "Protesters gathered outside the national palace during the visit."),
    "daily": ("On Monday Harris met President Alejandro Giammattei in Guatemala City for talks.\n\n"
              "Washington will send 500,000 vaccine doses to Guatemala this month, officials "
              "said.\n\n"
              "The vice president will travel on to Mexico on Tuesday afternoon."),
    "weekly": ("Harris and President Giammattei met on Monday in Guatemala City.\n\n"
               "Mexico's president will host Harris on Tuesday afternoon in the capital."),
}


def test_matching_sentences_become_one_fact_with_evidence():
    coverage = align(TEXTS)
    meeting = next(f for f in coverage.facts if "wire" in f.articles and "daily" in f.articles
                   and "Monday" in f.text)
    assert set(meeting.articles) == {"wire", "daily", "weekly"}
    for evidence in meeting.evidence:
        sentence = TEXTS[evidence.article][evidence.start:evidence.end]
        assert "Monday" in sentence and "Giammattei" in sentence


def test_included_omitted_unique():
    coverage = align(TEXTS)
    facts = {f.id: f for f in coverage.facts}
    wire = coverage.articles["wire"]
    protest = [fid for fid in wire.unique if "Protesters" in facts[fid].text]
    assert protest, "the protest sentence is only in the wire story"
    vaccines = next(f for f in coverage.facts if "vaccine" in f.text)
    assert set(vaccines.articles) == {"wire", "daily"}
    # weekly lacks the vaccines fact, which two others carry: omitted.
    assert vaccines.id in coverage.articles["weekly"].omitted
    assert vaccines.id not in coverage.articles["wire"].omitted
    assert set(wire.included) >= set(wire.unique)


def test_consensus_facts_come_first():
    facts = align(TEXTS).facts
    sizes = [len(f.articles) for f in facts]
    assert sizes == sorted(sizes, reverse=True)
    assert sizes[0] == 3


def test_different_numbers_are_not_merged_by_accident():
    texts = {"a": "The storm killed 12 people in the northern highlands on Friday.",
             "b": "Officials opened 40 new shelters for families in the capital on Sunday."}
    facts = align(texts).facts
    assert all(len(f.articles) == 1 for f in facts)


def test_a_rewrite_and_its_original_count_as_one_source():
    from slant.coverage import classify

    coverage = align(TEXTS)
    # Pretend "daily" rewrites "wire": the vaccines fact then has one source, not two.
    per_article = classify(coverage.facts, list(TEXTS),
                           {"wire": "wire", "daily": "wire", "weekly": "weekly"})
    vaccines = next(f for f in coverage.facts if "vaccine" in f.text)
    assert vaccines.id not in per_article["weekly"].omitted
    assert vaccines.id in per_article["wire"].unique and vaccines.id in per_article["daily"].unique


def test_a_sentence_joining_two_clauses_is_cut_in_two():
    from slant.coverage import clauses
    from slant.quotes import quote_spans
    from slant.text import Span
    text = ("Two hurricanes devastated the western highlands last fall, and climate change "
            "keeps drying out farmland across the eastern provinces.")
    pieces = [p.text for p in clauses(text, Span(0, len(text), text), quote_spans(text))]
    assert pieces == ["Two hurricanes devastated the western highlands last fall, and ",
                      "climate change keeps drying out farmland across the eastern provinces."]
    # A short tail stays with its clause; a break inside quotation marks is not a cut.
    short = "Officials counted the ballots twice, and again."
    assert len(clauses(short, Span(0, len(short), short), quote_spans(short))) == 1
    quoted = ('“We rebuilt the bridges across the river, and the roads into the hills '
              'are next,” the mayor said.')
    assert len(clauses(quoted, Span(0, len(quoted), quoted), quote_spans(quoted))) == 1


def test_a_quotation_over_several_sentences_is_one_statement():
    from slant.coverage import statements
    from slant.quotes import quote_spans
    text = ("“We are deeply saddened by this tragic incident. Our thoughts are with the "
            "families,” the company said in a statement.\n\nPolice are still searching.")
    units = [s.text for s in statements(text, quote_spans(text))]
    assert units == ["“We are deeply saddened by this tragic incident. Our thoughts are with "
                     "the families,” the company said in a statement.",
                     "Police are still searching."]


def test_a_lede_packing_two_facts_lines_up_with_both():
    texts = {
        "daily": ("Two hurricanes devastated the western highlands last fall, and climate "
                  "change keeps drying out farmland across the eastern provinces."),
        "wire": ("Farmers say climate change keeps drying out farmland in the eastern "
                 "provinces.\n\nThe ministry counts the damage from the hurricanes that "
                 "devastated the western highlands last fall."),
    }
    coverage = align(texts)
    shared = [f for f in coverage.facts if set(f.articles) == {"daily", "wire"}]
    assert len(shared) == 2
    # Each fact's evidence in the lede is its own clause, not the whole sentence.
    spans = {texts["daily"][slice(*f.first_span("daily"))] for f in shared}
    assert len(spans) == 2
    assert sum("hurricanes" in s for s in spans) == sum("climate" in s for s in spans) == 1


def test_pair_model_scores_a_paraphrase_above_an_unrelated_sentence():
    import numpy as np

    from slant.coverage import _units, unit_similarity
    texts = {
        "a": ("Police named Travis Reinking of Morton, Illinois, as the suspect on Sunday.\n\n"
              "The restaurant stayed closed while detectives worked inside."),
        "b": ("Travis Reinking, of Morton, Ill., was identified by police as the suspect.\n\n"
              "Volunteers collected money for the families of the victims."),
    }
    units = _units(texts)
    sim = unit_similarity(units, texts)
    assert np.allclose(sim, sim.T) and sim.min() >= 0 and sim.max() <= 1
    labels = [span.text[:12] for _, span in units]
    suspect_a, closed_a = labels.index("Police named"), labels.index("The restaura")
    suspect_b = labels.index("Travis Reink")
    assert sim[suspect_a, suspect_b] > 0.5 > sim[closed_a, suspect_b]


def test_pair_weights_are_the_ones_fitted_on_the_gold():
    """PAIR_WEIGHTS must be what benchmarks/fit_coverage.py fits (needs the corpus story)."""
    import sys
    from pathlib import Path

    import pytest
    root = Path(__file__).resolve().parent.parent
    sys.path.insert(0, str(root / "benchmarks"))
    import fit_coverage
    from goldtext import CORPUS
    from sklearn.linear_model import LogisticRegression

    from slant.content import load_site_content
    from slant.coverage import PAIR_BIAS, PAIR_WEIGHTS
    if not CORPUS.exists():
        pytest.skip(f"no corpus at {CORPUS}")
    content = load_site_content(root / "content")
    seeds = {a.source: a.text for s in content.stories for a in s.articles if a.source}
    x, y = fit_coverage.examples("coverage.json", seeds)
    model = LogisticRegression(max_iter=1000).fit(x, y)
    assert list(PAIR_WEIGHTS.values()) == [round(float(w), 2) for w in model.coef_[0]]
    assert PAIR_BIAS == round(float(model.intercept_[0]), 2)


def test_a_clause_label_shows_where_its_sentence_goes_on():
    texts = {
        "daily": ("Two hurricanes devastated the western highlands last fall, and climate "
                  "change keeps drying out farmland across the eastern provinces."),
        "wire": ("Farmers say climate change keeps drying out farmland in the eastern "
                 "provinces.\n\nThe ministry counts the damage from the hurricanes that "
                 "devastated the western highlands last fall."),
    }
    labels = {f.text for f in align(texts).facts if "daily" in f.articles}
    assert "Two hurricanes devastated the western highlands last fall…" in labels
    assert any(t.startswith("…climate change keeps") for t in labels)


def test_lists_and_asides_are_not_cut_as_clauses():
    from slant.coverage import clauses
    from slant.quotes import quote_spans
    from slant.text import Span
    for text in ("Officials from the State Department, the Justice Department, and the "
                 "Department of Homeland Security met with the delegation on Tuesday.",
                 "Three countries — Guatemala, Honduras and El Salvador — account for most of "
                 "the families arriving at the southern border this spring."):
        assert len(clauses(text, Span(0, len(text), text), quote_spans(text))) == 1, text


def test_a_label_after_a_sub_heading_is_a_whole_sentence():
    from slant.coverage import label
    from slant.text import Span
    text = "The border\n\nMore than 178,000 migrants arrived at the border in April."
    start = text.index("More")
    assert label(text, Span(start, len(text), text[start:])) == text[start:]


def test_consensus_is_what_most_independent_sources_carry():
    coverage = align(TEXTS)
    meeting = next(f for f in coverage.facts if len(f.articles) == 3)
    per_article = classify(coverage.facts, list(TEXTS))
    assert meeting.id in per_article["weekly"].consensus_carried
    vaccines = next(f for f in coverage.facts if "vaccine" in f.text)  # 2 of 3 sources
    assert vaccines.id in per_article["weekly"].consensus_left_out
    assert per_article["weekly"].consensus_share < 1.0 == per_article["daily"].consensus_share
    # A rewrite and its original are one source: two of three articles are then only one of
    # two sources, not a majority.
    rewritten = classify(coverage.facts, list(TEXTS),
                         source={"wire": "wire", "daily": "wire", "weekly": "weekly"})
    assert vaccines.id not in rewritten["weekly"].consensus_left_out


def test_different_days_are_different_facts():
    texts = {
        "a": "Harris met President Giammattei in Guatemala City on Monday for migration talks.",
        "b": "Harris will meet President Giammattei in Guatemala City on Tuesday for talks.",
    }
    assert all(len(f.articles) == 1 for f in align(texts).facts)


def test_different_months_are_different_facts():
    texts = {
        "a": "The ministry said exports to Mexico fell sharply in January after the new tariff.",
        "b": "The ministry said exports to Mexico fell sharply in March after the new tariff.",
    }
    assert all(len(f.articles) == 1 for f in align(texts).facts)


def test_a_sentence_an_article_repeats_word_for_word_is_one_unit():
    from slant.coverage import _units
    line = "The council approved the new budget for the city schools on Monday night. "
    units = _units({"a": line * 50 + "The mayor vetoed the plan for the harbour on Tuesday."})
    assert len(units) == 2
