#!/usr/bin/env python3
"""Third development gold quotation set: declare it and write quotes_dev3.json.

Run from anywhere:  python benchmarks/gold/make_quotes_dev3.py

This is a DEVELOPMENT (tuning) set, like quotes_dev.json and quotes_dev2.json: it MAY be tuned
on (``benchmarks/quotes.py --gold dev3``). It is not held out. It was annotated from the
article text alone, before the extractor was run on these articles. It follows QUOTES.md
exactly and reuses the declaration helper and the corpus verification of make_quotes_gold.py
and ``check_new_ids``/``check_entries``/``main`` of make_quotes_heldout.py. Entries are
corpus-only: `start`/`end` into the article `body` plus a 12-hex sha1 of the span. No corpus
text is stored here. If the corpus is absent, a note is printed and the same JSON is written
with the entries unverified. The script asserts that no article id is in any of the six earlier
quote sets (quotes.json, quotes_dev.json, quotes_dev2.json, quotes_heldout.json,
quotes_heldout2.json, quotes_heldout3.json). Outlets may repeat (this is a tuning set).

Third development set
=====================

Selection: ten new articles, each from a story with mean_pairwise_cosine >= 0.15, none in
any quote or coverage gold file, and no story shared with a held-out article. Chosen to stress
speaker finding: pronoun chains over two people of the same gender, speakers named only in the
paragraph before or after, organisations, agencies, companies and outlets as speakers,
spokespeople and lawyers speaking for named people, colon introductions after a full sentence,
interview and press-conference exchanges, local news with ordinary people, and non-Western
names. Four outlets are new to the quote gold (Newsmax, Business Insider, The Epoch Times,
MarketWatch); "New York Post" is a sibling of "New York Post (News)"; NPR, CNN and the
Christian Science Monitor were used before. Leans: 2 left, 4 center, 4 right. Each article has
9-20 entries.

| id | outlet (lean) | story, cos | style | full | partial | scare | indirect | total |
| --- | --- | --- | --- | ---: | ---: | ---: | ---: | ---: |
| fxjdiwvW6dhdOINA | NPR Online News (center) | violence_in_america/2015-04-28, 0.207 | local street reporting; ordinary people | 8 | 0 | 0 | 7 | 15 |
| GnxwruJ28mr0bGxX | The Epoch Times (right) | violence_in_america/2020-05-31, 0.166 | family, agency, "he said" after a naming paragraph | 6 | 0 | 0 | 3 | 9 |
| DfumECjSsidJGBJM | Newsmax (right) | culture/2019-02-21, 0.237 | wire copy; speaker named a paragraph later | 4 | 0 | 4 | 10 | 18 |
| MjXuj83V8BZjQ4fF | CNN (Web News) (left) | media_bias/2018-08-28, 0.168 | a lawyer for a named man; colon quotes; relays | 6 | 0 | 1 | 7 | 14 |
| f5tgA3inZmZNVs5s | New York Post (right) | white_house/2019-05-26, 0.170 | spokespeople; state agency; zero-width spaces | 8 | 3 | 1 | 0 | 12 |
| huSqcDT8MmjllPKr | Business Insider (center) | white_house/2020-05-11, 0.164 | press-conference exchange told twice | 16 | 2 | 0 | 1 | 19 |
| viFZeajRUeQ1JBH4 | NPR Online News (center) | taxes/2013-05-10, 0.349 | agency, outlets and a group; colon blocks | 3 | 3 | 6 | 6 | 18 |
| baG7GhXJsEnpX90h | MarketWatch (right) | banking_and_finance/2020-03-09, 0.156 | companies and analysts speaking | 1 | 5 | 0 | 6 | 12 |
| ZMSFqhKXFaOWiDDK | CNN (Web News) (left) | world/2014-05-16, 0.334 | Indian election; two Singhs; spokesman | 4 | 3 | 1 | 5 | 13 |
| HAlS05J0QD9UYXrl | Christian Science Monitor (center) | terrorism/2014-12-16, 0.405 | Pakistani names; outlet relays; unmarked block | 5 | 0 | 1 | 14 | 20 |
| **total** | | | | 61 | 16 | 14 | 59 | 150 |

What each article exercises:

* NPR (Baltimore riots): ordinary people with no titles and first names outside common name
  lists (Anaya Maze, Pierre Thomas, a man who gives only "Alex", an unnamed woman); two men
  and two women, each pair in "he said" / "she said" chains; attributions interrupting the
  clause ("For far too long, she said, ..."); "wailed"; headline and photo-credit furniture.
* Epoch Times (Oakland officer shot): "said his family" / "his family told" (null with role),
  "the FBI told KRON4", a sister's Facebook post ("she wrote"), Newsom's quote with "he said"
  in the paragraph after "And Gov. Gavin Newsom also issued a response."; two photo captions.
* Newsmax (Smollett charged; Reuters copy): the lede's "Chicago's police chief said" is Eddie
  Johnson, named in the next paragraph, and "the police superintendent said" closes the piece;
  police and "police and their lawyer" as sources; relative clauses with their own "Smollett
  said"; a TV show title three times and a programme title as scare quotes.
* CNN (Lanny Davis): a lawyer speaking for Michael Cohen, two men in "he" chains, quotes that
  themselves say "he said" about the other man, "Davis said:" / "Davis replied:" after
  reported questions from two anchors, CNN relaying Cohen and an unnamed source, an unnamed CNN
  spokeswoman, "The CNN story noted".
* New York Post (Biden "low IQ"): spokeswoman Sarah Sanders and Biden's communications director
  Kate Bedingfield (two women, "she said" / "she wrote" after a male host's question), KCNA
  (misspelled in the text), Trump's tweet; quotes that open with a RIGHT double mark and carry
  zero-width spaces inside the marks.
* Business Insider (Trump and Weijia Jiang): a press-conference exchange told twice (summary
  then full story), questions "asked" in quotes versus reported questions, "hit back:",
  "said:", a second woman reporter (Kaitlan Collins), sign text, a directive's quoted words.
* NPR (IRS apology): the IRS official unnamed in the first paragraph and named in the next,
  "The Associated Press writes that ... said ...:" with AP copy in marks, "As The Hill notes:",
  "It says, in part:" before a quote with its own "said Jenny Beth Martin", an update subhead,
  the White House and its press secretary, keywords as scare quotes inside indirect clauses.
* MarketWatch (coronavirus in earnings calls): Apple, Microsoft and Walmart speaking (statement,
  "warned that", "executives there", a CFO on a call), Credit Suisse analysts, FactSet and
  Amenity analysts, "according to transcripts", a directive relayed by the Wall Street Journal,
  "See:"/"Read:"/"Coronavirus update:" link furniture.
* CNN (Modi wins): Indian names with two Singhs (Manmohan Singh via his Twitter page, Rajnath
  Singh "declared"), a party spokesman, the Election Commission and the White House in
  according-to clauses, "State Department officials told CNN", "He tweeted:" resolved to Modi,
  "Analysts predict".
* Christian Science Monitor (Peshawar school attack): Pakistani names (Mushtaq Ghani, Pervez
  Khattak, Ahsam Mukhtar, Nawaz Sharif), an unnamed Taliban spokesman ("He said"), CNN, Reuters,
  The Washington Post and the local media as relays or sources, "As the Times reports:" before a
  block quotation without marks, "CNN reports:" before a block the text does not contain, a
  data source in an according-to clause, newsletter furniture.

Hard calls (besides the per-entry notes):

1. Speakers named elsewhere: Newsmax "Chicago's police chief" and "the police superintendent"
   are Eddie Johnson; NPR "a top official from the Internal Revenue Service" is Lois Lerner
   (named in the next paragraph, cf. Newbold in quotes_heldout); Epoch "he said" is Newsom, named
   only in the sentence before; CNN "He tweeted:" is Modi. Pronoun chains follow the nearest
   matching person the paragraph is about: NPR Baltimore "he" is Pierre Thomas, then Alex; CNN
   "He now says" is Davis, and "he said" inside Davis's quotes is Cohen's words, still spoken by
   Davis; NY Post "she said" after host Chuck Todd's question is Sanders.
2. A clause that ends with a comma inside a closing mark ('... drama "Empire,"' then the
   attribution) runs through the closing mark, like the TheBlaze period case; the scare title
   inside it does not block the indirect entry (Newsmax, twice).
3. Outlets and relays: CNN "was first to report that Cohen ... claimed ..." and "CNN said Cohen
   claimed ..." go to Cohen (the outlet is an outer relay, cf. Bolton in quotes_dev2); "CNN also
   reported that ..., according to a source familiar ..." goes to the unnamed source. An outlet
   is the speaker when no one inside speaks ("CNN reports", "CNN notes", "The CNN story noted")
   or when the quoted words are its own copy: NPR "The Associated Press writes that Lerner ...
   said ...:" followed by AP text in marks that narrates "she told The AP" is partial for The
   Associated Press (cf. The Post in quotes_heldout3). Relays by Reuters, The Washington Post
   and CNN around a named person's words (Monitor) are outer layers.
4. The Monitor's "As the Times reports:" is followed by a paragraph without quote marks (a lost
   block quotation). It is annotated as an indirect clause of The New York Times (verb "reports")
   with the operation name inside it as scare; drop it if unmarked blocks should be skipped.
   "CNN reports:" before a block the text does not contain: only the clause before the colon.
5. Reporting verbs: "predict" + clause (CNN analysts) and "warned that" + statement (Microsoft)
   count; "said they should be investigated" (NPR, Carney) counts, because the verb is "said"
   (only directive verbs such as urged, called for or "insisting that ... should" are dropped).
   Not annotated: "claimed victory", "pledged reforms", "confirmed the death of", "cited
   initial reports that" (noun complement), "did not report whether ... -- only that ..." (a
   negated frame), "Walmart anticipates", reported questions ("asked why ...").
6. Documents and accounts speak for their owners: "said Singh's Twitter page" is Manmohan
   Singh; sign text "that said" is full with a null speaker and a role; the Tea Party Patriots'
   statement ("It says, in part:") is quoted with its own "said Jenny Beth Martin", and that
   named attribution wins.
7. Organisation names: "India Election Commission", "White House", "FBI", "Apple",
   "Microsoft", "Pakistani military" (written "the military", named so later in the piece),
   "Global Terrorism Database" (role "University of Maryland"), "Korean Central News Agency"
   (the text misspells it "Korean Central New Agency"; the canonical name is used, cf. the
   misspelled speaker in seed 002). Unnamed employees of named bodies are null with a role
   ("Credit Suisse analysts", "Microsoft executives", "CNN spokeswoman", "State Department
   officials"); police with no named department are null ("police").
8. NY Post: the "fool of low IQ" phrase in the lede echoes the KCNA text, but its only
   attribution is "said ... Sanders" ("agree" is not speech), so it is Sanders's partial. Quotes
   that open with a RIGHT double mark after a zero-width space keep the zero-width spaces inside
   the span (they are not whitespace to str.strip and sit inside the marks).
9. Business Insider tells the same exchange twice; both tellings are annotated (second
   occurrences). A verbless update subhead "White House: IRS was '...'" (NPR) is partial for the
   White House with verb null (cf. the colon headline in seed 002).
10. Speaker names: "Donald Trump" in Business Insider (written "President Donald Trump"),
    "Trump" in the NY Post (only "President Trump"); "Alex" (first name only, as the article
    gives it); Pierre Thomas and Alex have no role (none is given).
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import make_quotes_dev as dev  # noqa: E402
import make_quotes_dev2 as dev2  # noqa: E402
import make_quotes_gold as gold  # noqa: E402
import make_quotes_heldout as heldout  # noqa: E402
import make_quotes_heldout2 as heldout2  # noqa: E402
import make_quotes_heldout3 as heldout3  # noqa: E402
from make_quotes_gold import C  # noqa: E402

OUT = HERE / "quotes_dev3.json"

# ---------------------------------------------------------------- corpus (third development set)
# Offsets into the article's ``body``; sha1 = sha1(body[start:end].encode("utf-8"))[:12].
DEV3_ARTICLES = [
    ('fxjdiwvW6dhdOINA', 'NPR Online News', [
        C(593, 618, 'e5c24f7225fe', 'indirect', 'Anaya Maze', 'protester', 'said', None),
        C(620, 682, 'afaec1c8b52c', 'indirect', 'Anaya Maze', 'protester', 'said', 'attribution interrupts the clause; span keeps it'),
        C(693, 718, '87565e6b0ce6', 'indirect', 'Anaya Maze', 'protester', 'says', None),
        C(720, 775, '8df46287fbd5', 'indirect', 'Anaya Maze', 'protester', 'says', 'attribution interrupts the clause; span keeps it'),
        C(779, 823, '01edbda3a1d2', 'full', 'Anaya Maze', 'protester', 'said', None),
        C(836, 909, 'b3bca3356f53', 'full', 'Anaya Maze', 'protester', 'said', 'continuation quote; verb inherited'),
        C(1297, 1436, 'c2b3960f7a8d', 'indirect', 'Pierre Thomas', None, 'said', 'leading "that" excluded; the but-conjunct is part of the that-clause'),
        C(1440, 1459, '40ba4b1a6e1b', 'full', 'Pierre Thomas', None, 'said', '"he" = Pierre Thomas (one of two men in the piece)'),
        C(1471, 1609, '4a5d2020050a', 'full', 'Pierre Thomas', None, 'said', 'continuation quote; verb inherited'),
        C(1864, 1942, '68dc1af5b845', 'indirect', 'Alex', None, 'said', 'first name only (the text says he gave only that)'),
        C(1945, 2036, '7df906b8a2d9', 'indirect', 'Alex', None, 'said', '"he" = Alex, not Pierre Thomas'),
        C(2049, 2471, 'aa0081a5ad77', 'full', 'Alex', None, 'said', None),
        C(2483, 2514, 'bdad69bbadbb', 'full', 'Alex', None, 'said', 'continuation quote; verb inherited'),
        C(2922, 2977, '3e423abe1436', 'full', None, 'woman whose house is near the burning market', 'wailed', 'unnamed ("before I could get her name")'),
        C(2992, 3010, 'b316a58f9088', 'full', None, 'woman whose house is near the burning market', 'wailed', 'continuation quote; verb inherited'),
    ]),
    ('GnxwruJ28mr0bGxX', 'The Epoch Times', [
        C(412, 553, '87c7ebe5f5d8', 'indirect', None, "Underwood's family", 'said', 'inverted "said his family"; the photo caption above is furniture'),
        C(743, 878, 'a09de68af7c0', 'indirect', None, "Underwood's family", 'told', None),
        C(918, 1057, 'e6699bd6a4dd', 'full', 'Ken Cuccinelli', 'Department of Homeland Security Acting Deputy Secretary', 'told', None),
        C(1167, 1251, '411f4c0faee1', 'full', 'Ken Cuccinelli', 'Department of Homeland Security Acting Deputy Secretary', 'said', None),
        C(1271, 1379, '5d5ef098a5b7', 'full', 'Ken Cuccinelli', 'Department of Homeland Security Acting Deputy Secretary', 'said', 'continuation quote; verb inherited'),
        C(1893, 1965, 'bd011aaba7de', 'indirect', 'FBI', None, 'told', 'agency as speaker'),
        C(2181, 2335, '02bd046e0aae', 'full', 'Angela Underwood Jacobs', 'Lancaster City Councilwoman', 'wrote', '"she" = the councilwoman of the previous sentence; missing space kept verbatim'),
        C(2409, 2925, '1c2c61b04953', 'full', 'Dianne Feinstein', 'Senator (D-Calif.)', 'said', None),
        C(3015, 3411, '6c99596c6041', 'full', 'Gavin Newsom', 'Governor', 'said', '"he said": the governor named only in the previous paragraph ("issued a response")'),
    ]),
    ('DfumECjSsidJGBJM', 'Newsmax', [
        C(0, 158, 'd842e1ce7c18', 'indirect', 'Eddie Johnson', 'Chicago Police Superintendent', 'said', 'lede "Chicago\'s police chief" is Johnson, named in the next paragraph; the clause ends with a comma inside the closing mark, so the span runs through it; the scare title inside does not block it'),
        C(150, 157, 'fac08e291619', 'scare', None, None, None, 'TV show title'),
        C(362, 440, 'de3fc07f5632', 'full', 'Eddie Johnson', 'Chicago Police Superintendent', 'told', None),
        C(522, 592, '43ffbb68cbb0', 'indirect', 'Eddie Johnson', 'Chicago Police Superintendent', 'adding', 'participle "adding that"'),
        C(596, 724, '386eda7c588e', 'full', 'Eddie Johnson', 'Chicago Police Superintendent', 'said', None),
        C(741, 778, '9028ed3ee355', 'full', 'Eddie Johnson', 'Chicago Police Superintendent', 'said', 'continuation quote; verb inherited'),
        C(807, 946, '69e48e364ed7', 'indirect', 'Jussie Smollett', 'actor', 'claimed', None),
        C(949, 1096, '4f7d542a7489', 'indirect', None, 'police', 'said', 'police with no named department: null (cf. quotes_heldout hard call 6)'),
        C(1278, 1317, '43081566ba02', 'indirect', 'Jussie Smollett', 'actor', 'said', 'relative clause with its own attribution: span keeps the wh-word and the attribution'),
        C(1319, 1372, '07e0e7d8771b', 'indirect', None, "police and the brothers' lawyer", 'according to', 'joint unnamed sources; runs through the closing mark like the lede'),
        C(1364, 1371, 'fac08e291619', 'scare', None, None, None, 'TV show title'),
        C(1473, 1520, '15bb98ce7ad2', 'indirect', 'Eddie Johnson', 'Chicago Police Superintendent', 'said', None),
        C(1728, 1847, 'c276352ea447', 'indirect', 'Jussie Smollett', 'actor', 'said', 'relative clause with its own attribution: span keeps "which" and the attribution'),
        C(1872, 1892, '9ec16facafbd', 'scare', None, None, None, 'programme title'),
        C(1919, 1969, '66baccd26b8f', 'indirect', 'Jussie Smollett', 'actor', 'said', None),
        C(1988, 2029, '9195360b9e5e', 'indirect', 'Jussie Smollett', 'actor', 'suggested', 'second conjunct with its own subject and verb: its own entry'),
        C(2088, 2095, 'fac08e291619', 'scare', None, None, None, 'TV show title'),
        C(2207, 2358, 'ee612f34c958', 'full', 'Eddie Johnson', 'Chicago Police Superintendent', 'said', '"the police superintendent" resolved to Johnson; "called for Smollett to apologize" before it is a directive (no entry)'),
    ]),
    ('MjXuj83V8BZjQ4fF', 'CNN (Web News)', [
        C(316, 359, '67d72224332f', 'indirect', 'Lanny Davis', "Michael Cohen's lawyer", 'says', '"has offered many variations of ..." before it is a noun-phrase object'),
        C(363, 472, '266f1c3869ad', 'full', 'Lanny Davis', "Michael Cohen's lawyer", 'told', None),
        C(612, 750, 'd840d1959bbc', 'indirect', 'Michael Cohen', "Trump's longtime personal lawyer", 'claimed', 'CNN "was first to report" is an outer relay (cf. the Bolton entry in quotes_dev2): innermost speaker; the nested future "tell ... that" is part of his claim'),
        C(775, 936, '5481a5f9155b', 'indirect', 'Michael Cohen', "Trump's longtime personal lawyer", 'claimed', '"CNN said Cohen claimed ...": CNN is the outer relay'),
        C(998, 1094, 'ae0ca9400154', 'full', None, 'CNN spokeswoman', 'said', 'unnamed spokeswoman; colon introduction'),
        C(1134, 1271, '42eb93b68529', 'indirect', None, "source familiar with Cohen's House testimony", 'according to', 'CNN "also reported" is the outer relay; the trailing according-to names the innermost (unnamed) source'),
        C(1379, 1441, 'ad733f26b0d9', 'indirect', 'CNN', None, 'noted', '"The CNN story noted, based on sources, that": the story is CNN\'s; the interrupting "based on sources" is not an attribution verb'),
        C(1643, 1695, '037fe42684ff', 'indirect', 'Lanny Davis', "Michael Cohen's lawyer", 'acknowledged', None),
        C(1715, 1761, 'bfcf23e14740', 'indirect', 'Lanny Davis', "Michael Cohen's lawyer", 'says', '"He" = Davis'),
        C(2351, 2549, '095c28ea70a2', 'full', 'Lanny Davis', "Michael Cohen's lawyer", 'said', 'colon introduction after a reported question (no entry for the question); "he" inside the quote is Cohen'),
        C(2730, 2936, '007478062c51', 'full', 'Lanny Davis', "Michael Cohen's lawyer", 'said', 'colon introduction; reports inside the quote get no entry'),
        C(2940, 3147, '81c6b5c7a1ad', 'full', 'Lanny Davis', "Michael Cohen's lawyer", 'continued', 'starts with "He said" (Cohen) inside the quote; the speaker is Davis'),
        C(3298, 3314, '41fc5b387954', 'full', 'Lanny Davis', "Michael Cohen's lawyer", 'replied', 'colon introduction after "When pressed by Cooper on whether ..."'),
        C(3473, 3482, 'eee3afcf4fcd', 'scare', None, None, None, 'term in marks with no attributing verb'),
    ]),
    ('f5tgA3inZmZNVs5s', 'New York Post', [
        C(147, 162, 'bf777869474d', 'partial', 'Sarah Sanders', 'White House spokeswoman', 'said', 'the phrase echoes the KCNA text, but the only attribution here is "said ... Sanders" ("agree" is not speech); enclosing clause not annotated'),
        C(210, 284, 'd4ad97a0683b', 'full', 'Sarah Sanders', 'White House spokeswoman', 'said', None),
        C(309, 324, 'cbc40f05d60b', 'scare', None, None, None, 'programme title; period inside the marks'),
        C(327, 464, '7faa6a2382e1', 'full', 'Sarah Sanders', 'White House spokeswoman', 'said', 'continuation quote; verb inherited'),
        C(600, 729, '0bacd07bd889', 'full', 'Sarah Sanders', 'White House spokeswoman', 'said', '"she" after a paragraph whose subject is host Chuck Todd: resolved to Sanders'),
        C(822, 999, 'f93d81356099', 'full', 'Sarah Sanders', 'White House spokeswoman', 'said', 'opens with a RIGHT double mark; zero-width spaces at both edges are inside the marks and stay in the span'),
        C(1187, 1331, 'ddb224ad462b', 'full', 'Trump', 'President', 'wrote', 'the article gives only "President Trump"; opens with a right mark after a zero-width space'),
        C(1347, 1382, '4bed1e4c4852', 'full', 'Trump', 'President', 'wrote', 'continuation quote opened by a RIGHT double mark (" .”Perhaps"); verb inherited'),
        C(1502, 1511, '6c7f9c3edcb7', 'partial', 'Joe Biden', 'former Vice President', 'referred', 'attributed via "referred to Kim as"; period inside the marks'),
        C(1515, 1628, 'edfe1e2627ee', 'full', 'Korean Central News Agency', None, 'wrote', 'state news agency as speaker; the text misspells it "Korean Central New Agency" (canonical name used, cf. seed 002)'),
        C(1689, 1704, 'ee044bed0f2b', 'partial', 'Korean Central News Agency', None, 'adding', 'participle "adding that"'),
        C(1818, 1852, '9b903a5acfba', 'full', 'Kate Bedingfield', "Biden's communications director", 'wrote', 'spokesperson for a named man; "she" resolved to Bedingfield'),
    ]),
    ('huSqcDT8MmjllPKr', 'Business Insider', [
        C(297, 455, '19e2b5bf2b31', 'full', 'Weijia Jiang', 'CBS News White House correspondent', 'asked', 'a quoted question is a quote; "Jiang asked why ..." above is a reported question (no entry)'),
        C(478, 585, 'ee9d2a76f6fb', 'full', 'Donald Trump', 'President', 'said', None),
        C(600, 710, '9777b1b8eded', 'full', 'Donald Trump', 'President', 'said', 'continuation quote; verb inherited'),
        C(978, 1012, 'a8a61fa633ce', 'full', None, 'sign at the press conference', 'said', 'sign text "that said": full, null with role (cf. quotes_dev2 hard call 6)'),
        C(1113, 1159, '327c9e4f3d3b', 'full', 'Donald Trump', 'President', 'said', None),
        C(1214, 1290, '4a88c79c23ec', 'indirect', 'Trump administration', None, 'says', None),
        C(1704, 1862, '19e2b5bf2b31', 'full', 'Weijia Jiang', 'CBS News White House correspondent', 'asked', 'the exchange is told twice (summary, then full story): second occurrence'),
        C(2221, 2328, 'ee9d2a76f6fb', 'full', 'Donald Trump', 'President', 'said', 'second occurrence'),
        C(2343, 2453, '9777b1b8eded', 'full', 'Donald Trump', 'President', 'said', 'second occurrence; continuation quote'),
        C(2535, 2610, 'd94b14a20b01', 'full', 'Weijia Jiang', 'CBS News White House correspondent', 'hit back', 'colon introduction; phrasal verb'),
        C(2730, 2772, '4ccd079e2531', 'full', 'Donald Trump', 'President', 'said', None),
        C(2787, 2854, 'a008d43f2087', 'full', 'Donald Trump', 'President', 'said', 'continuation quote; verb inherited'),
        C(2858, 2886, '790f26cf3506', 'full', 'Weijia Jiang', 'CBS News White House correspondent', 'said', None),
        C(2901, 2920, 'de807e418751', 'full', 'Weijia Jiang', 'CBS News White House correspondent', 'said', 'continuation quote; verb inherited'),
        C(3049, 3118, 'f7ce6d3876e1', 'full', 'Kaitlan Collins', 'CNN White House correspondent', 'said', 'a second woman in the exchange'),
        C(3579, 3616, '74e0c11b1ad7', 'full', 'Donald Trump', 'President', 'said', 'colon introduction ("and said:")'),
        C(3738, 3764, '19ce9918d79e', 'partial', 'Weijia Jiang', 'CBS News White House correspondent', 'adding', 'the writer completes the clause after the closing mark, so partial'),
        C(3779, 3838, 'ea6580a5cff1', 'full', 'Donald Trump', 'President', 'asked', None),
        C(3912, 3931, 'a79126d9bdbd', 'partial', 'Donald Trump', 'President', 'told', 'directive: only the quoted words'),
    ]),
    ('viFZeajRUeQ1JBH4', 'NPR Online News', [
        C(159, 172, '29141add4e6c', 'partial', 'White House', None, None, 'update subhead "White House: IRS was \'...\'": colon headline, verb null; straight single marks'),
        C(239, 252, '512d72f6e491', 'partial', 'Jay Carney', 'White House press secretary', 'called', None),
        C(263, 290, 'c1f4812dfcb7', 'indirect', 'Jay Carney', 'White House press secretary', 'said', 'said + clause counts even with a modal (unlike directive verbs such as urged or insisting that ... should)'),
        C(352, 440, '6a4d13b5a33e', 'indirect', 'Jay Carney', 'White House press secretary', 'noted', None),
        C(482, 525, '002931ff5f94', 'indirect', 'Lois Lerner', 'head of the IRS division that oversees tax-exempt groups', 'Saying', 'fronted participle; "a top official from the IRS" is Lerner, named in the next paragraph'),
        C(866, 1100, '282a5ea5e689', 'partial', 'The Associated Press', None, 'writes', 'the quoted block is AP copy (it narrates "she told The AP"), so the outlet that adds its own words is the speaker (quotes_heldout3 hard call 1); opens as a that-clause completing the colon frame, so partial; nested reports get no entry'),
        C(1115, 1269, '55acbffed3fc', 'indirect', 'Lois Lerner', 'head of the IRS division that oversees tax-exempt groups', 'said', 'the trailing "the AP adds" is an outer relay; scare words inside do not block it'),
        C(1159, 1168, '2940a4fdfbac', 'scare', None, None, None, 'words mentioned as keywords'),
        C(1174, 1181, 'a6c7583bb499', 'scare', None, None, None, 'word mentioned as a keyword'),
        C(1306, 1632, '1762a9089385', 'full', 'The Hill', None, 'notes', 'colon introduction after a full sentence naming the outlet; the complaint reported inside gets no entry'),
        C(1667, 1748, '9ee79be83594', 'indirect', 'Lois Lerner', 'head of the IRS division that oversees tax-exempt groups', 'told', None),
        C(1701, 1710, '2940a4fdfbac', 'scare', None, None, None, 'keyword mentioned'),
        C(1716, 1723, 'a6c7583bb499', 'scare', None, None, None, 'keyword mentioned'),
        C(1759, 1870, '6ee537eb7f49', 'indirect', 'Lois Lerner', 'head of the IRS division that oversees tax-exempt groups', 'said', "the next two sentences have no attribution (writer's)"),
        C(2110, 2119, '2940a4fdfbac', 'scare', None, None, None, 'keyword mentioned'),
        C(2126, 2134, 'c6768ae6d727', 'scare', None, None, None, 'keyword mentioned; period inside the marks'),
        C(2248, 2343, 'b39c2aaa3bdb', 'full', 'Jenny Beth Martin', 'National Coordinator for Tea Party Patriots', 'said', 'introduced by "It says, in part:" (the group\'s statement), but the quote\'s own attribution names Martin'),
        C(2415, 2996, '019b8631381e', 'full', 'Jenny Beth Martin', 'National Coordinator for Tea Party Patriots', 'said', 'continuation quote; nested single-quoted phrase stays inside; verb inherited'),
    ]),
    ('baG7GhXJsEnpX90h', 'MarketWatch', [
        C(0, 203, 'd756aad5ace1', 'indirect', None, 'earnings-call transcripts', 'according to', 'unnamed documents as the source'),
        C(635, 780, '6915850379a0', 'indirect', 'Derek William Valles', 'senior equity research analyst with Amenity Analytics', 'said', 'inverted "said X"; the next sentence has no attribution (no entry)'),
        C(1183, 1220, '3170e62f7de3', 'partial', None, 'Credit Suisse analysts', 'wrote', 'unnamed analysts of a named firm; enclosing clause not annotated'),
        C(1609, 1852, 'afa1b14a248b', 'partial', 'John Butters', 'analyst at FactSet', 'said', "woven after the writer's subject, so partial although full sentences follow"),
        C(1897, 2025, '8933b0fd8a5f', 'indirect', 'John Butters', 'analyst at FactSet', 'said', "fronted time phrase is reported content; the next sentence is the writer's"),
        C(2167, 2294, 'f2826b96747b', 'indirect', None, 'a number of S&P 500 companies', 'stated', 'the "More warnings may be ... as" frame is the writer\'s'),
        C(2427, 2551, '23411e8e7c91', 'partial', None, 'heads of the SEC and the Public Company Accounting Oversight Board', 'urged', 'directive: only the quoted words; the Wall Street Journal report is an outer relay'),
        C(2658, 2791, 'd96fd3a81e20', 'indirect', 'Apple', None, 'said', 'company as speaker; the trailing "the company said in a statement" repeats the attribution'),
        C(3119, 3182, 'f8602d6f3b51', 'indirect', 'Microsoft', None, 'warned', '"warned that" + statement (not a directive) counts'),
        C(3199, 3205, '0117691d0201', 'partial', None, 'Microsoft executives', 'said', 'word attributed to the executives ("executives there said")'),
        C(3285, 3353, '2f731ef8744d', 'partial', None, 'Microsoft executives', 'said', 'enclosing clause not annotated'),
        C(3510, 3714, 'ff6780e3a65d', 'full', 'Brett Biggs', 'Walmart CFO', 'said', '"Walmart anticipates ..." before it is not speech; editorial brackets stay inside'),
    ]),
    ('ZMSFqhKXFaOWiDDK', 'CNN (Web News)', [
        C(257, 363, '3b7e928d8a19', 'indirect', 'India Election Commission', None, 'according to', 'agency as speaker'),
        C(767, 783, 'f536c01fcae0', 'partial', 'Manmohan Singh', "India's outgoing Prime Minister", 'said', 'attributed by "said Singh\'s Twitter page": the page speaks for its owner; enclosing clause not annotated'),
        C(1364, 1640, '32c35b40dfb5', 'indirect', None, 'analysts', 'predict', '"predict" + clause counted as a reporting verb; the appositive stays in the clause'),
        C(1913, 2127, '8bfe4283ae10', 'full', 'Randeep Surjewala', 'Congress Party spokesman', 'told', None),
        C(2353, 2463, 'b0b9b130546c', 'indirect', 'White House', None, 'according to', 'leading "But" excluded'),
        C(2600, 2626, '52a8138b6ec0', 'partial', 'John Kerry', 'U.S. Secretary of State', 'saying', '"saying in a tweet that ..."; the clause holds the quote, so only the quote'),
        C(2669, 2759, '80b2a63a79d0', 'indirect', None, 'State Department officials', 'told', 'unnamed group'),
        C(2762, 2871, 'df656cbd6e25', 'indirect', 'Arati Jerath', 'analyst and journalist in India', 'said', 'attribution after the clause (inverted "said X")'),
        C(2930, 3165, 'e4e124a0bd22', 'full', 'Arati Jerath', 'analyst and journalist in India', 'said', None),
        C(3619, 3646, 'afb54d29cabf', 'full', 'Narendra Modi', 'leader of the Bharatiya Janata Party', 'tweeted', '"He tweeted:" after a paragraph about his supporters: pronoun resolved to Modi'),
        C(3706, 3825, '3dc6355f63ed', 'full', 'Rajnath Singh', 'BJP chief', 'declared', 'a second Singh: not Manmohan Singh; the passive "it was said" inside the quote gets no entry'),
        C(4286, 4299, 'f174b101074f', 'scare', None, None, None, 'label'),
        C(4581, 4638, 'd994c2640bff', 'partial', 'William Hague', 'UK Foreign Minister', 'saying', 'woven after "looked"'),
    ]),
    ('HAlS05J0QD9UYXrl', 'Christian Science Monitor', [
        C(182, 213, 'a937b6301e28', 'indirect', 'CNN', None, 'reports', 'outlet as source in an update line'),
        C(580, 682, 'f1462144f674', 'indirect', None, 'spokesman for the Pakistani Taliban', 'said', '"He" = the unnamed spokesman; "claimed responsibility" is a noun-phrase object'),
        C(898, 998, '2c9208b7593e', 'indirect', None, 'police officer', 'told', 'unnamed'),
        C(1078, 1126, 'eb890a6a12d1', 'indirect', 'Mushtaq Ghani', 'information minister for the province', 'told', None),
        C(1180, 1300, 'f40a3b0cca31', 'indirect', 'CNN', None, 'reports', 'after a colon; the writer\'s "The death toll appears likely to rise" is left out'),
        C(1371, 1468, 'f4e87e714a65', 'indirect', 'Pervez Khattak', 'chief minister of the province', 'told', None),
        C(1594, 1663, '9560e3bffd87', 'indirect', 'Pakistani military', None, 'said', 'CNN (according to) is an outer relay: innermost speaker, "the military" = the Pakistani military named later'),
        C(1779, 1830, '93c561855d35', 'indirect', None, 'local news media', 'reported', '"The New York Times cited initial reports that ..." before it is a noun complement (no entry)'),
        C(1909, 1955, '42e5289e804c', 'indirect', 'Ahsam Mukhtar', 'student at the school', 'said', 'The Washington Post (according to) is an outer relay'),
        C(1993, 2079, 'd7e038eb2d41', 'full', 'Ahsam Mukhtar', 'student at the school', 'said', 'the directive reported inside the quote gets no entry'),
        C(2125, 2341, '8ec0d1960d75', 'full', 'Ahsam Mukhtar', 'student at the school', 'said', 'continuation quote; verb inherited'),
        C(2403, 2470, '21e7dd093643', 'indirect', 'Nawaz Sharif', 'Prime Minister', 'said', 'Reuters ("Reuters reports") is an outer relay; "condemned the assault" is a noun-phrase object'),
        C(2491, 2591, '785db020b4d9', 'full', 'Nawaz Sharif', 'Prime Minister', 'said', None),
        C(2618, 2661, '24c1324bb258', 'full', 'Nawaz Sharif', 'Prime Minister', 'said', 'continuation quote; opens straight, closes curly; verb inherited'),
        C(2916, 3117, '49ae01b6e9d8', 'indirect', 'The New York Times', None, 'reports', 'a block quotation without marks after "As the Times reports:": the outlet\'s text is treated as its reported clause; the nested military claim gets no entry'),
        C(2962, 2982, 'c0919ac94701', 'scare', None, None, None, 'operation name; comma inside the marks; sits inside the indirect span'),
        C(3224, 3304, 'dc2185dcb49d', 'full', 'Reuters', None, 'reports', 'a complete clause after an interrupting attribution: full (cf. quotes_dev2 hard call 5)'),
        C(3441, 3599, '2c98f7e824e4', 'indirect', 'CNN', None, 'notes', 'leading "Still," is the writer\'s connective'),
        C(3605, 3689, 'f6e27f9c84ef', 'indirect', 'CNN', None, 'reports', 'leading "But" excluded; the colon introduces a block the text does not contain'),
        C(3705, 3929, '757fee12e93d', 'indirect', 'Global Terrorism Database', 'University of Maryland', 'according to', 'data source as speaker (cf. Johns Hopkins in seed 003)'),
    ]),
]


# ---------------------------------------------------------------- checks
def check_declarations():
    """Checks that need no corpus: field shapes and no article id from any earlier quote set."""
    earlier = (list(gold.CORPUS_ARTICLES) + list(dev.DEV_ARTICLES) + list(dev2.DEV2_ARTICLES)
               + list(heldout.HELDOUT_ARTICLES) + list(heldout2.HELDOUT2_ARTICLES)
               + list(heldout3.HELDOUT3_ARTICLES))
    heldout.check_new_ids(DEV3_ARTICLES, earlier)  # ids only: outlets may repeat in a tuning set
    heldout.check_entries(DEV3_ARTICLES)


def main():
    check_declarations()
    heldout.main(DEV3_ARTICLES, OUT)


if __name__ == "__main__":
    main()
