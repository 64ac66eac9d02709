from slant.compare import canonical_speakers, rewrites, sentence_overlap, shared_quotes, similarity
from slant.quotes import Quote


def quote(text, speaker="Alejandro Giammattei", start=0):
    return Quote(start, start + len(text), text, "full", speaker, "said")


def test_shared_quotes_match_despite_trimming_and_punctuation():
    by_article = {
        "cbs": (quote("We are not on the same side of the coin. It is obvious,"),),
        "ap": (quote("We are not on the same side of the coin. It is obvious", start=40),),
        "bbc": (quote("If you come to our border you will be turned back.", "Kamala Harris"),),
    }
    shared = shared_quotes(by_article)
    assert len(shared) == 1
    assert set(shared[0].articles) == {"cbs", "ap"}
    assert shared[0].articles["ap"] == (40, 40 + len(by_article["ap"][0].text))
    assert shared[0].speaker == "Alejandro Giammattei"


def test_one_voice_per_person_across_articles():
    by_article = {"a": (quote("x y z w", "Alejandro Giammattei"),),
                  "b": (quote("x y z w", "Giammettei"),),
                  "c": (quote("x y z w", "Giamattei"),),
                  "d": (quote("x y z w", "Kamala Harris"),)}
    names = canonical_speakers(by_article)
    assert names["Giammettei"] == names["Giamattei"] == "Alejandro Giammattei"
    assert names["Kamala Harris"] == "Kamala Harris"


ORIGINAL = ("The world leader who has spoken with Vice President Kamala Harris most often "
            "describes her as a straight-talking leader. Guatemala's president says traffickers "
            "exploited the change of administrations. He wants tougher laws against traffickers. "
            "Harris is expected to announce plans for prosecutors to work with Guatemala.")
REWRITE = ("The world leader who has had the most conversations with Vice President Kamala Harris "
           "describes her as a straight-talking leader. Guatemala's president claims traffickers "
           "exploited the change in administrations. He wants tougher laws against traffickers. "
           "Harris is expected to announce plans for prosecutors to work with Guatemala.")
OTHER = ("More than 178,000 migrants arrived at the border in April, according to officials. "
         "The vice president will visit Mexico later this week. Vaccines will be shared with "
         "the region as the pandemic drags on. Hurricanes have damaged farms.")


def test_rewrite_flag_points_from_the_rewrite_to_the_original():
    texts = {"original": ORIGINAL + " Extra reporting adds a quote from a farmer in the highlands.",
             "rewrite": REWRITE, "other": OTHER}
    sim = similarity(texts)
    assert sim["original"]["rewrite"] > 0.45 > sim["original"]["other"]
    flags = rewrites(sim, sentence_overlap(texts))
    assert flags == {"original": None, "rewrite": "original", "other": None}


def test_similarity_is_symmetric_with_unit_diagonal():
    sim = similarity({"a": ORIGINAL, "b": OTHER})
    assert sim["a"]["a"] == 1.0 and sim["a"]["b"] == sim["b"]["a"]


def test_word_for_word_passages_outside_quotes():
    from slant.compare import shared_passages

    wire = ("The storm made landfall near the port city late on Tuesday night, cutting power "
            "to more than two hundred thousand homes across the region. “We have never seen "
            "anything like this storm in all our years here,” the mayor said.")
    local = ("Residents woke to flooded streets. The storm made landfall near the port city late "
             "on Tuesday night, cutting power to more than two hundred thousand homes across the "
             "region. “We have never seen anything like this storm in all our years here,” the "
             "mayor said.")
    quote_w = wire.index("We have")
    quote_l = local.index("We have")
    quoted = {"wire": [(quote_w, wire.index("here,") + 5)],
              "local": [(quote_l, local.index("here,") + 5)]}
    passages = shared_passages({"wire": wire, "local": local}, quoted)
    assert len(passages) == 1
    start, end = passages[0].articles["local"]
    assert local[start:end].startswith("The storm made landfall")
    assert local[start:end].endswith("across the region")
    assert passages[0].words == 24
