import pytest

from slant.tone import analyse_tone, compound, label

TEXT = ("Officials praised the wonderful, hopeful agreement.\n\n"
        "Critics warned the deal was a disaster that would hurt families.\n\n"
        "The meeting lasted two hours.")


def test_headline_lede_body_and_gap():
    result = analyse_tone("Leaders hail a great success", TEXT)
    assert result.headline == pytest.approx(compound("Leaders hail a great success"))
    assert result.headline > 0.5
    assert len(result.sentences) == 3
    scores = [s.score for s in result.sentences]
    assert scores[0] > 0.05 and scores[1] < -0.05 and abs(scores[2]) < 0.05
    assert result.body == pytest.approx(sum(scores) / 3)
    assert result.lede == pytest.approx(scores[0])
    assert result.headline_body_gap == pytest.approx(result.headline - result.body)
    assert result.most_negative.start == TEXT.index("Critics")


def test_no_headline_gives_null_not_zero():
    result = analyse_tone(None, TEXT)
    assert result.headline is None and result.headline_body_gap is None
    assert label(result.headline) == "no headline"


def test_sub_headings_are_not_scored_as_sentences():
    result = analyse_tone(None, "Economic growth\n\nThe economy grew strongly and happily.")
    assert len(result.sentences) == 1


def test_neutral_band():
    assert label(0.04) == "neutral" and label(-0.05) == "negative" and label(0.3) == "positive"
