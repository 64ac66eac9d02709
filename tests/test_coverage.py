from slant.coverage import align

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
