from slant.text import is_heading, normalise, paragraphs, sentences, slugify, words


def test_normalise_keeps_quotes_and_joins_paragraphs():
    raw = "Harris “doesn’t hold back,” he said.  \r\n\r\n\r\n\r\nShe is frank.\u00a0\n"
    assert normalise(raw) == "Harris “doesn’t hold back,” he said.\n\nShe is frank."


def test_paragraph_offsets_point_into_the_text():
    text = "First paragraph here.\n\nSecond one, with a\nline break inside."
    spans = paragraphs(text)
    assert [text[s.start:s.end] for s in spans] == [s.text for s in spans]
    assert spans[1].text == "Second one, with a\nline break inside."


def test_sentences_respect_titles_initials_and_quotes():
    text = ("Mr. Biden tasked Harris with the job in March. The U.S. experts met in "
            "Washington, D.C. on Monday. “We are not on the same side,” he added. "
            "Asked why, he said: “It is obvious.” Then he left.")
    got = [s.text for s in sentences(text)]
    assert got == [
        "Mr. Biden tasked Harris with the job in March.",
        "The U.S. experts met in Washington, D.C. on Monday.",
        "“We are not on the same side,” he added.",
        "Asked why, he said: “It is obvious.”",
        "Then he left.",
    ]
    for s in sentences(text):
        assert text[s.start:s.end] == s.text


def test_paragraph_break_always_ends_a_sentence():
    text = "The border\n\nMore than 178,000 migrants arrived at the border this April."
    assert [s.text for s in sentences(text)] == ["The border", text.split("\n\n")[1]]


def test_headings_and_words():
    assert is_heading(paragraphs("Vaccine sharing")[0])
    assert not is_heading(paragraphs("Last week, the White House shared doses.")[0])
    assert words("It’s the ’90s, students’ union") == ["It’s", "the", "90s", "students",
                                                        "union"]


def test_slugify_is_ascii_and_stable():
    assert slugify("Le Monde — Édition") == "le-monde-edition"
    assert slugify("!!!", "outlet") == "outlet"


def test_hover_cards_cover_the_full_name_and_headlines_through_more():
    from slant.text import hover_cards, without_spans
    text = ("Speaker Paul Ryan Paul Davis Ryan Retirees should say 'no thanks' to the plan "
            "California Governor and family dress up MORE (R-Wis.) said so. Justice Stephen "
            "BreyerStephen BreyerDivided court leans toward allowing the plan to end soon MORE "
            "agreed. READ MORE: other stories.")
    clean, origin = without_spans(text, hover_cards(text))
    assert clean == ("Speaker Paul Ryan (R-Wis.) said so. Justice Stephen Breyer agreed. "
                     "READ MORE: other stories.")
    assert text[origin[clean.index("(R-Wis.)")]:].startswith("(R-Wis.)")
