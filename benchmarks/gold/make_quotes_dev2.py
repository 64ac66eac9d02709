#!/usr/bin/env python3
"""Second development gold quotation set: declare it and write quotes_dev2.json.

Run from anywhere:  python benchmarks/gold/make_quotes_dev2.py

This is a DEVELOPMENT (tuning) set, like quotes_dev.json: it MAY be tuned on
(``benchmarks/quotes.py --gold dev2``). It is not held out. It was annotated from the article
text alone, before the extractor was run on these articles. It follows QUOTES.md exactly and
reuses the declaration helper and the corpus verification of make_quotes_gold.py and
``check_new_ids``/``check_entries``/``main`` of make_quotes_heldout.py. Entries are
corpus-only: `start`/`end` into the article `body` plus a 12-hex sha1 of the span. No corpus
text is stored here. If the corpus is absent, a note is printed and the same JSON is written
with the entries unverified. The script asserts that no article id is in quotes.json,
quotes_dev.json, quotes_heldout.json, quotes_heldout2.json or quotes_heldout3.json. Outlets
may repeat (this is a tuning set), unlike in the held-out scripts.

Second development set
======================

Selection: ten new articles, each from a story with mean_pairwise_cosine >= 0.15 and none in
coverage.json or coverage_heldout.json. Seven outlets are new to the quote gold (Washington
Free Beacon, Bloomberg, CNBC, Reason, Louisville Courier-Journal, Daily Beast, Wall Street
Journal); NPR, The Guardian and Reuters were used before, with other articles. Leans: 3 left,
5 center, 2 right. Each article has 14-20 entries.

| id | outlet (lean) | story, cos | style | full | partial | scare | indirect | total |
| --- | --- | --- | --- | ---: | ---: | ---: | ---: | ---: |
| SaQ1QC1uXugwHBJE | Washington Free Beacon (right) | supreme_court/2020-06-25, 0.197 | court ruling; justices, lawyers | 7 | 2 | 2 | 5 | 16 |
| sJHQMYyCUtKbrdDd | Bloomberg (center) | women's_issues/2017-08-08, 0.224 | agency copy; company, memo, lawsuit | 7 | 5 | 0 | 7 | 19 |
| Wy8VANLZaEXZsK6n | NPR Online News (center) | sports/2018-06-05, 0.308 | sports; many speakers; headline line | 9 | 3 | 1 | 1 | 14 |
| mK36CJzTEyRZlKUD | CNBC (center) | banking_and_finance/2020-03-11, 0.235 | markets; analysts; inverted "said X" | 11 | 0 | 4 | 5 | 20 |
| vusaXQ1zi8yXHjZG | Reason (right) | gun_control_and_gun_rights/2018-02-27, 0.160 | opinion quoting others | 12 | 2 | 1 | 2 | 17 |
| MkEEhud9M4WmfD9i | Louisville Courier-Journal (left) | impeachment/2020-01-27, 0.234 | statements, relays, furniture | 5 | 7 | 0 | 6 | 18 |
| 2JMRa5OSUsSG1l8W | Daily Beast (left) | immigration/2018-12-11, 0.181 | argument; "shot back", "fired back" | 13 | 0 | 0 | 4 | 17 |
| 7E5YZJn0GG5gzXCL | The Guardian (left) | supreme_court/2018-09-25, 0.189 | feature; several women, "she said" | 12 | 1 | 0 | 7 | 20 |
| muxpPrtuwvHsC22h | Reuters (center) | terrorism/2015-01-14, 0.239 | wire; clerics, institutions, signs | 9 | 6 | 2 | 3 | 20 |
| 5menwyvNz9Cv4T0C | Wall Street Journal - News (center) | supreme_court/2018-09-26, 0.169 | one speaker; many partials; tweet | 4 | 12 | 0 | 2 | 18 |
| **total** | | | | 89 | 38 | 10 | 42 | 179 |

What each article exercises:

* Free Beacon (asylum habeas ruling): five justices and two lawyers; "Alito wrote" / "he wrote
  elsewhere" / "Alito said" followed by a quote from another man and "he said" (Kneedler);
  the court as speaker ("The High Court ... said"); a relative clause with a trailing
  according-to; legal terms as scare quotes; a writer's gloss between a quote and its verb;
  non-speech "determined", "dictates", "agreed", "ruled".
* Bloomberg (Google memo firing): a company, its CEO's note, a memo, a Labor Department
  lawsuit "alleging", the company's own report (according-to), participles ("saying",
  "arguing", "alleging"), two women and three men, a "speaking up to say" clause, noun
  complements ("left open the possibility that", "the claims ... – that").
* NPR (Eagles at the White House): a sports piece with Trump, the NFL Players Association,
  Sarah Sanders, LeBron James, Stephen Curry and Steve Kerr; quotes right after "said" with no
  comma; a headline line in straight single marks; photo-caption furniture.
* CNBC (Dow bear market): many analysts ("said X", "wrote X, in a note", "he added"), a
  statement from the New York Fed as speaker, "the Fed announced", a FactSet according-to,
  a programme title and market terms as scare quotes, a verbless quote in the same paragraph.
* Reason (guns and the culture war): an opinion piece quoting seven people ("writes",
  "explained at Slate", inverted "adds", "told me", "commented", "cautioned me", "points
  out", "acknowledged"), the writer quoting his own column, unnamed "experts remind us that".
* Courier-Journal (McConnell and Bolton's book): an unnamed spokesman, The Times as relay
  and as speaker, Bolton's account of what Trump told him, "tweeting out ...:", a directive
  relayed by a senator who "told reporters", "suggested", video/link/tweet furniture.
* Daily Beast (Oval Office shutdown argument): Trump, Pelosi and Schumer trading lines
  ("shot back", "insisted:", "saying,", "fired back ..., telling"), reported clauses with
  "reminded" and "repeated", a directive "insisting that ... should" with no entry.
* Guardian (conservative women and Kavanaugh): three women strategists and two accusers with
  "she said" chains, a quote running over a paragraph break with no closing mark, verbless
  quote paragraphs, "Play Video" and "Read more" furniture that contains quotes.
* Reuters (Charlie Hebdo reactions): a wire story with clerics, Al-Azhar, the OIC, editors
  and people in the street; an inverted "said the Grand Mufti ..., in a statement"; sign,
  banner and headline text; "labelling", "denounced ... as", a colon quote after an
  indirect clause.
* WSJ (Trump on the Kavanaugh vote): one speaker with eleven partial quotes ("said",
  "adding that", "added that", "called", "saying"), a colon quote after a reported question,
  a tweet, and the White House as speaker.

Hard calls (besides the per-entry notes):

1. Furniture: the NPR headline line IS annotated (scare: "Turns ... Into '...'" is not an
   attribution verb; cf. quotes_dev hard call 1). Not annotated: Guardian "Play Video" and
   "Read more" lines (they contain quotes), the Courier video caption and its "You may
   like" / "Opinion:" / "More impeachment:" / "A tale of 2 impeachments" lines, unquoted
   embedded tweets, photo captions, share/byline/update/"Additional reporting" lines.
2. Findings and rulings are not speech, like "ruled" in QUOTES.md: "determined", a statute
   that "dictates", a poll or survey that "found", "agreed", "believes", "disagreed".
3. Directives get no entry, only their quoted words: Daily Beast "insisting that Pelosi and
   Schumer should help him fund a border wall" (a demand, cf. quotes_heldout hard call 1);
   Courier "McConnell told his colleagues to '...', Sen. Mike Braun ... told reporters" is a
   partial for McConnell (innermost speaker), and the Braun layer gets no entry.
4. Layered reports in the Courier piece: "The New York Times reported ... Bolton says Trump
   told him he did not want ..." is one indirect entry for Bolton (the Times is an outer
   relay; Trump's words are Bolton's disputed account, so Trump is not the speaker; cf.
   quotes_heldout3 hard call 2). "Mere hours ..., The Times reported, McConnell and ...,
   according to people familiar with their thinking" is one span that keeps the interrupting
   "The Times reported"; the innermost source is unnamed (null, verb "according to").
5. full or partial around a complete quoted clause: NPR "tweeted that after being invited ...,
   '<complete clause>.'" is full (the clause ends inside the marks). WSJ "and that if they were
   true, 'that would have come out loud and clear' in the past decades ..." is partial (the
   writer completes the clause outside the marks; quotes_heldout hard call 7). Reason
   "'...,' X commented in 2014, 'which means ...'" is two full entries (Breitbart precedent).
6. Documents, institutions and outlets speak: Pichai's note, Damore's memo, the Labor
   Department's lawsuit, "the company's ... report" (Google), "the statement from the New
   York Federal Reserve", "the Fed" (Federal Reserve), "The High Court" (Supreme Court),
   Al-Azhar, Echorouk's and Charlie Hebdo's headlines, "The Times" (The New York Times). Sign
   and banner text "reading"/"read" is full with a null speaker and a role (cf. on-screen text
   in quotes_heldout); a slogan used only as a modifier ("a 'Je suis Charlie' placard") is
   scare.
7. Reason: the writer quotes his own earlier column ("I noted the ... '...'"). The author is
   not named in the body, so the speaker is null with a role.
8. Fronted material: the writer's connective or concession is left out (CNBC "Despite the
   halt,", Guardian "While she did not believe ..., Mair said", Reuters "While mainstream
   Muslim leaders ..., many said"); fronted reported content stays in (Free Beacon "By the
   Justice Department's count, ...", Reason "as horrifying as ... are, ..." after "that",
   Guardian "On the one hand, she said, ...", which keeps the interrupting attribution).
9. Quotes that stand in their own paragraph with no verb get verb null, although the speaker
   is clear (Guardian: Kavanaugh, Stewart, McIntosh, Mair). A verbless quote in the same
   paragraph inherits the verb (CNBC El-Erian). Mair's quote with no closing mark before a
   paragraph break, re-opened in the next paragraph, is one span.
10. Verbs are written as in the text, including phrasal and unusual ones: "points out",
    "shot back", "tweeting out", "remind", "cautioned", "commented", "labelling",
    "denounced", "accusing", "reading"/"read"/"reads", and the noun "headline" where it is the
    only attribution word (cf. "question" in quotes_heldout2).
11. Noun complements are not annotated: "left open the possibility that", "the claims in the
    memo itself – that", "the announcement ... that", "a tacit admission his nomination ...".
12. Speaker names: "Trump" in NPR and WSJ (the surname is all those articles give), "Donald
    Trump" elsewhere; titles are dropped ("Prof.", "Grand Ayatollah", "Sen.", "Mr.");
    joint speakers "Tom Hanks and Rita Wilson"; unnamed groups are null with a role
    ("Google employees", "experts", "Democrats", "mainstream Muslim leaders").
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import make_quotes_dev as dev  # noqa: E402
import make_quotes_gold as gold  # noqa: E402
import make_quotes_heldout as heldout  # noqa: E402
import make_quotes_heldout2 as heldout2  # noqa: E402
import make_quotes_heldout3 as heldout3  # noqa: E402
from make_quotes_gold import C  # noqa: E402

OUT = HERE / "quotes_dev2.json"

# ---------------------------------------------------------------- corpus (second development set)
# Offsets into the article's ``body``; sha1 = sha1(body[start:end].encode("utf-8"))[:12].
DEV2_ARTICLES = [
    ('SaQ1QC1uXugwHBJE', 'Washington Free Beacon', [
        C(564, 734, 'f3f229c6e189', 'full', 'Lee Gelernt', 'ACLU lawyer', 'said', None),
        C(817, 975, '48e215967a89', 'full', 'Lee Gelernt', 'ACLU lawyer', 'said', 'continuation quote in the same paragraph; verb inherited'),
        C(1642, 1685, 'b3c3185d2be6', 'indirect', None, 'human rights groups', 'according to', 'relative clause attributed by a trailing according-to; span keeps the relative pronoun; unnamed groups'),
        C(1885, 1898, '2b1516be26a2', 'scare', None, None, None, 'legal term after "determined" (a finding, not speech)'),
        C(2073, 2091, '69de8da31deb', 'scare', None, None, None, 'name after an agentless passive "called"; period inside the marks'),
        C(2397, 2442, 'efa97c150cfd', 'indirect', 'Vijayakumar Thuraissigiam', 'Sri Lankan asylum seeker', 'arguing', 'participle attribution; "asked for a second chance" before it is a noun-phrase object'),
        C(2772, 2869, 'bce4985a494f', 'indirect', 'Supreme Court', None, 'said', '"The High Court ... said": the court as speaker; the coordinated "reversed" is not speech'),
        C(2873, 3028, 'e287c522e4a2', 'full', 'Samuel Alito', 'Justice', 'wrote', 'editorial brackets stay inside; the writer\'s gloss between the quote and "Alito wrote" does not change the kind'),
        C(3130, 3205, '7069d7a59b13', 'full', 'Samuel Alito', 'Justice', 'wrote', '"he wrote elsewhere": pronoun resolved'),
        C(3486, 3531, '6c55fae247f7', 'indirect', 'Samuel Alito', 'Justice', 'said', 'attribution after the clause'),
        C(3547, 3722, 'fb8b50e8b10f', 'full', 'Edwin Kneedler', 'Justice Department lawyer', 'told', None),
        C(3815, 3951, '7161ac55af2d', 'indirect', 'Edwin Kneedler', 'Justice Department lawyer', 'said', '"he" is Kneedler (quoted just before), not Alito; the fronted source phrase is part of the reported content'),
        C(4086, 4105, '006a80a52fe3', 'partial', 'Stephen Breyer', 'Justice', 'said', '"agreed that ..." before it is a non-speech verb; the said-clause holds the quote, so only the quote'),
        C(4209, 4251, 'd7b5f92299be', 'partial', 'Sonia Sotomayor', 'Justice', 'said', 'the unquoted second conjunct gets no entry (only the quote)'),
        C(4338, 4520, '844420d9a6a5', 'full', 'Sonia Sotomayor', 'Justice', 'wrote', None),
        C(4540, 4684, '7c9e4d020c4d', 'full', 'Sonia Sotomayor', 'Justice', 'wrote', 'continuation quote; verb inherited'),
    ]),
    ('sJHQMYyCUtKbrdDd', 'Bloomberg', [
        C(333, 365, 'a0f77c8a12c6', 'partial', 'James Damore', 'Google engineer who wrote the memo', 'saying', 'participle "saying that"; the reported clause holds the quote, so only the quote'),
        C(381, 429, '9b49a9a8dcd2', 'partial', 'James Damore', 'Google engineer who wrote the memo', 'said', 'pronoun resolved; woven after "he\'s"'),
        C(884, 970, 'ca2f41d6d572', 'indirect', None, 'women in the tech industry', 'say', '"speaking up to say": unnamed group'),
        C(1074, 1178, '7fba134a280c', 'partial', 'Sundar Pichai', 'Google CEO', 'said', 'a note "that said": the note is its named author\'s'),
        C(1437, 1529, '6284bec7d371', 'indirect', 'James Damore', 'Google engineer who wrote the memo', 'argued', 'the memo speaks for its author; "accused Google of ..." before it is a gerund object'),
        C(2029, 2061, '2dbd30cdf4dd', 'indirect', None, 'Google employees', 'said', None),
        C(2077, 2115, '2fb4a6968d36', 'indirect', None, 'Google employees', 'said', 'also "according to postings": the speech verb wins'),
        C(2167, 2270, 'a0043468ec0c', 'full', 'Danielle Brown', 'Google vice president for diversity, integrity and governance', 'said', None),
        C(2302, 2376, '4e96ae267823', 'full', 'Danielle Brown', 'Google vice president for diversity, integrity and governance', 'said', 'continuation quote; verb inherited'),
        C(2490, 2542, 'da6618e8d630', 'indirect', 'U.S. Department of Labor', None, 'alleging', 'a lawsuit "alleging": the agency that brought it is the speaker'),
        C(2588, 2623, '1160ac5387b0', 'indirect', 'Google', None, 'arguing', '"denied the charges" is a noun-phrase object; the participle clause is annotated'),
        C(2755, 2829, '6736ad0f72d1', 'indirect', 'Google', None, 'according to', "the company's own report: the company is the speaker (cf. Reuters data analysis)"),
        C(3072, 3094, '9cee16000cb1', 'partial', 'Yonatan Zunger', 'senior engineer who recently left Google', 'said', None),
        C(3143, 3206, 'a8d22425efb5', 'full', 'Yonatan Zunger', 'senior engineer who recently left Google', 'wrote', None),
        C(3244, 3360, '85b57ffba1ba', 'full', 'Yonatan Zunger', 'senior engineer who recently left Google', 'said', 'comma introduction after "said in a email"'),
        C(3828, 3854, 'f837878bc316', 'partial', 'Danielle Brown', 'Google vice president for diversity, integrity and governance', 'suggested', '"suggested that" clause holds the quote, so only the quote; "left open the possibility that" below is a noun complement'),
        C(3997, 4144, '56f09a842ca3', 'full', 'Danielle Brown', 'Google vice president for diversity, integrity and governance', 'wrote', None),
        C(4403, 4526, 'dca824e25eb6', 'full', 'Eric Schmidt', 'Alphabet Chairman', 'said', None),
        C(4578, 4657, '58d813689757', 'full', 'Eric Schmidt', 'Alphabet Chairman', 'said', 'continuation quote; verb inherited'),
    ]),
    ('Wy8VANLZaEXZsK6n', 'NPR Online News', [
        C(44, 66, '2f25d76c2d87', 'scare', None, None, None, 'headline line at the top of the body, straight single marks; "Turns ... Into" is not an attribution verb, so scare'),
        C(836, 909, '72196067e0cb', 'full', 'Trump', 'President', 'tweeted', "complete clause heading the that-complement; the writer's fronted adverbial stays outside"),
        C(1125, 1245, '0d03adb1634a', 'full', 'Trump', 'President', 'said', 'quote right after "said" with no comma'),
        C(2023, 2035, '74699616123f', 'partial', 'NFL Players Association', None, 'tweeted', 'the it-was clause holds the quote, so only the quote'),
        C(2076, 2201, '61c303f75ca4', 'full', 'NFL Players Association', None, 'tweeted', 'complete clause after "and that"'),
        C(2244, 2280, 'ecedfa75b993', 'partial', 'Trump', 'President', 'called', 'relative clause "which Trump called"'),
        C(2296, 2416, 'a591a8682c75', 'full', 'Trump', 'President', 'said', None),
        C(2433, 2505, '57fef8b703f0', 'full', 'Trump', 'President', 'added', None),
        C(2705, 2772, '98c0f7ddd3b6', 'full', 'Sarah Sanders', 'White House press secretary', 'said', None),
        C(2869, 2914, '0229fbbad499', 'partial', 'Sarah Sanders', 'White House press secretary', 'called', 'pronoun "She" resolved; period inside'),
        C(3052, 3170, 'e9343286f057', 'full', 'LeBron James', 'Cleveland Cavaliers star', 'said', None),
        C(3311, 3329, '7c645e844571', 'indirect', 'Stephen Curry', 'Warriors star', 'said', 'inside a subordinate after-clause'),
        C(3724, 3849, '9bc22e329f30', 'full', 'Steve Kerr', 'Warriors coach', 'said', None),
        C(3892, 4096, '6940c3c4e0d2', 'full', 'Steve Kerr', 'Warriors coach', 'said', 'continuation quote; verb inherited'),
    ]),
    ('mK36CJzTEyRZlKUD', 'CNBC', [
        C(362, 374, 'e643c352e2e3', 'scare', None, None, None, 'name of an event'),
        C(599, 661, '327793284021', 'full', 'Kathy Entwistle', 'senior vice president of wealth management at UBS', 'said', None),
        C(737, 853, '2427f734719c', 'full', 'Kathy Entwistle', 'senior vice president of wealth management at UBS', 'said', 'continuation quote; verb inherited'),
        C(942, 1028, '32fd3035d736', 'indirect', 'Federal Reserve', None, 'announced', '"the Fed" = the Federal Reserve; the next sentence has no attribution'),
        C(1354, 1492, 'df8841696ddb', 'full', 'New York Federal Reserve', None, 'said', '"said the statement from the New York Federal Reserve": the statement speaks for its issuer'),
        C(1759, 1774, 'a4a88f9c3539', 'scare', None, None, None, 'technical term'),
        C(1828, 1891, '41e26b3313fe', 'indirect', 'FactSet', None, 'according to', 'data source; the leading "Despite the halt," is the writer\'s connective and is left out'),
        C(2270, 2307, '3292b0bf7090', 'full', 'Mohamed El-Erian', 'chief economic adviser at Allianz', 'said', None),
        C(2378, 2389, '339ff9ac2898', 'scare', None, None, None, 'programme title; period inside the marks'),
        C(2392, 2493, '0a02dc35183a', 'full', 'Mohamed El-Erian', 'chief economic adviser at Allianz', 'said', 'separate quote right after the title, same paragraph, no verb of its own: verb inherited'),
        C(2496, 2574, '8413eb011fef', 'full', 'Mohamed El-Erian', 'chief economic adviser at Allianz', 'said', None),
        C(2695, 2808, 'b7c763a40ccb', 'indirect', 'Donald Trump', 'President', 'announced', 'the fronted "In his address" is the writer\'s setting'),
        C(2826, 2954, '0a3ba94cf820', 'indirect', 'Donald Trump', 'President', 'said', None),
        C(3137, 3361, '96bb5fac405d', 'full', 'Ernie Tedeschi', 'policy economist for Evercore ISI', 'wrote', '"only said he\'d propose ..." inside the quote gets no entry'),
        C(3432, 3477, '85e38a6e4c0c', 'full', 'Ernie Tedeschi', 'policy economist for Evercore ISI', 'wrote', 'continuation quote; verb inherited'),
        C(4090, 4106, '179717064ba0', 'scare', None, None, None, 'technical term'),
        C(4918, 4958, '6eccb69aaa8d', 'indirect', 'Tom Hanks and Rita Wilson', None, 'said', 'joint speakers'),
        C(4961, 5081, '114a4ddec327', 'full', 'Scott Wren', 'senior global market strategist at Wells Fargo Investment Institute', 'wrote', None),
        C(5171, 5300, 'd2568fdf536f', 'full', 'Scott Wren', 'senior global market strategist at Wells Fargo Investment Institute', 'added', 'pronoun "he" resolved'),
        C(5313, 5408, '34e40679bf35', 'full', 'Scott Wren', 'senior global market strategist at Wells Fargo Investment Institute', 'added', 'continuation quote; takes the verb of the quote before it ("added")'),
    ]),
    ('vusaXQ1zi8yXHjZG', 'Reason', [
        C(48, 210, '8e2327a6dbdb', 'partial', None, "the article's author (his own earlier column)", 'noted', 'the writer quoting his own earlier column; the author is not named in the body: null with role'),
        C(1427, 1543, '1c0155e8d735', 'full', 'David French', 'conservative writer', 'told', None),
        C(1613, 1838, 'da5720580f94', 'full', 'David French', 'conservative writer', 'told', 'continuation quote; verb inherited'),
        C(2332, 2426, 'a276ba1a3bf2', 'indirect', None, 'experts', 'remind', 'unnamed experts; the concessive after "that" is part of the reported clause'),
        C(2430, 2588, 'e7a87834ed58', 'full', 'James Alan Fox', 'Northeastern University', 'writes', None),
        C(2658, 2711, '3fc6fc0a7f59', 'indirect', 'James Alan Fox', 'Northeastern University', 'points out', 'phrasal verb, written as in the text'),
        C(2751, 2767, 'c212dc86879a', 'scare', None, None, None, 'after "so-called"; comma inside'),
        C(2871, 2965, 'a70a8991079b', 'full', 'Rachel Larimore', 'writer at Slate', 'explained', None),
        C(3004, 3246, 'f7ff19ad6073', 'full', 'Rachel Larimore', 'writer at Slate', 'explained', 'continuation quote; the nested single-quoted term stays inside; "who point out" inside gets no entry'),
        C(3250, 3503, '98c84d457ea6', 'full', 'Adam Winkler', 'UCLA law professor and gun control advocate', 'adds', 'inverted attribution ("adds X")'),
        C(3697, 3804, 'eeff0572fdde', 'full', 'James Jacobs', 'Director of the Center for Research in Crime and Justice, New York University School of Law', 'told', None),
        C(3989, 4099, '7a8bebf49d13', 'full', 'James Jacobs', 'Director of the Center for Research in Crime and Justice, New York University School of Law', 'told', 'continuation quote; verb inherited'),
        C(4355, 4378, 'c4db1c034b4d', 'partial', 'James Jacobs', 'Director of the Center for Research in Crime and Justice, New York University School of Law', 'acknowledged', '"NYU\'s Jacobs"; enclosing indirect not annotated'),
        C(4535, 4598, '28f7ddd882bc', 'full', 'Greg Brophy', 'Colorado state Senator (R-Wray)', 'commented', None),
        C(4661, 4780, '8ce507ce163a', 'full', 'Greg Brophy', 'Colorado state Senator (R-Wray)', 'commented', 'fragment that completes the utterance after the attribution (cf. Breitbart in quotes_heldout2): full, verb inherited'),
        C(5002, 5196, 'db0a676daf9f', 'full', 'Jennifer Carlson', 'University of Arizona', 'cautioned', 'stray comma between the name and the verb'),
        C(5611, 5743, '0c3462f2db73', 'full', 'Cody Wilson', 'developer of the original 3D-printed pistol', 'told', None),
    ]),
    ('MkEEhud9M4WmfD9i', 'Louisville Courier-Journal', [
        C(273, 451, 'c3516cd62214', 'indirect', None, 'McConnell spokesman', 'said', 'unnamed spokesman; the video caption above is furniture'),
        C(527, 545, '29a14915aa68', 'partial', 'Mitch McConnell', 'Senate Majority Leader', 'said', 'relative clause "who has said"; "reportedly" in the main clause has no speaker'),
        C(693, 875, 'a54e24787ec8', 'indirect', 'John Bolton', 'former national security adviser', 'says', 'The Times relays the book (outer layer); the nested "Trump told him" is part of Bolton\'s disputed account and gets no entry of its own'),
        C(929, 1040, '250b5a78eedf', 'indirect', 'Charles J. Cooper', "Bolton's lawyer", 'told', None),
        C(1133, 1164, 'e89b4f81f80f', 'partial', None, 'McConnell spokesman', 'told', 'unnamed spokesman'),
        C(1311, 1335, '7c19badf9377', 'partial', 'The New York Times', None, 'according to', '"The Times" = The New York Times; the phrase is the paper\'s'),
        C(1562, 1860, '6b81769c6ed0', 'indirect', None, "people familiar with McConnell's and Graham's thinking", 'according to', '"The Times reported" interrupts, so the span keeps it; the Times relays unnamed sources (trailing according-to): innermost speaker null'),
        C(1981, 2094, '410e6578e0e9', 'full', 'Donald Trump', 'President', 'tweeting out', 'colon introduction; the unquoted embedded tweet below is furniture'),
        C(2484, 2572, '9d11c5d0b42c', 'partial', 'John King', 'CNN', 'said', 'the unquoted second that-conjunct gets no entry'),
        C(2699, 2752, 'bad2b48abedf', 'partial', 'Mitch McConnell', 'Senate Majority Leader', 'told', 'directive: only the quoted words; relayed by a senator who "told reporters" (outer layer), innermost speaker McConnell'),
        C(2936, 3054, '096ce3d54616', 'indirect', 'Rand Paul', 'Kentucky Republican senator', 'suggested', None),
        C(3101, 3123, 'e75a26d70505', 'partial', 'Rand Paul', 'Kentucky Republican senator', 'called', None),
        C(3169, 3193, '6d558e2d279a', 'full', 'Rand Paul', 'Kentucky Republican senator', 'said', 'also "according to the Examiner": the speech verb wins'),
        C(3886, 3933, 'a53bc483dcd5', 'partial', 'Mitch McConnell', 'Senate Majority Leader', 'said', None),
        C(4001, 4064, 'd7cf6a12956d', 'indirect', 'The New York Times', None, 'according to', None),
        C(4354, 4453, '88f80ca2a3f9', 'full', 'Mitt Romney', 'Senator, R-Utah', 'told', 'complete clause after "that"; opens curly, closes straight'),
        C(4457, 4626, '0c68c05f9914', 'full', 'Mitt Romney', 'Senator, R-Utah', 'said', None),
        C(4734, 4869, '3d1d72f6a609', 'full', 'Susan Collins', 'Senator, R-Maine', 'said', None),
    ]),
    ('2JMRa5OSUsSG1l8W', 'Daily Beast', [
        C(265, 324, 'c623da7013e4', 'full', 'Donald Trump', 'President', 'said', None),
        C(347, 580, 'c55390afaa35', 'full', 'Donald Trump', 'President', 'said', 'continuation quote; verb inherited; "insisting that ... should help" above is a directive, not annotated'),
        C(898, 928, '4921f00ed9cd', 'indirect', None, 'Democrats', 'said', 'unnamed group'),
        C(1120, 1173, 'e692a5af7918', 'indirect', 'Nancy Pelosi', 'House Minority Leader', 'reminded', 'inside a when-clause'),
        C(1267, 1351, '1e01d4ba7234', 'full', 'Chuck Schumer', 'Senate Minority Leader', 'said', None),
        C(1382, 1388, 'af61947fdad8', 'full', 'Donald Trump', 'President', 'shot back', 'phrasal verb'),
        C(1453, 1540, 'cd9dfadd7237', 'indirect', 'Nancy Pelosi', 'House Minority Leader', 'repeated', None),
        C(1572, 1681, '73ed8779f99b', 'indirect', 'Donald Trump', 'President', 'saying', 'the embedded where-clause stays in the span'),
        C(1685, 1737, 'f9d6ac63568d', 'full', 'Nancy Pelosi', 'House Minority Leader', 'said', None),
        C(1778, 1790, '84f6b787d5b6', 'full', 'Donald Trump', 'President', 'insisted', 'colon introduction inside a relative "to which"'),
        C(1894, 2063, '2abfdd07d447', 'full', 'Chuck Schumer', 'Senate Minority Leader', 'said', '"because they say ..." inside the quote gets no entry'),
        C(2090, 2233, '8a580f1673fd', 'full', 'Chuck Schumer', 'Senate Minority Leader', 'said', 'continuation; nested single-quoted utterance stays inside'),
        C(2283, 2352, '0ce1c777b55d', 'full', 'Donald Trump', 'President', 'saying', None),
        C(2410, 2538, 'e2a23503e2b3', 'full', 'Nancy Pelosi', 'House Minority Leader', 'telling', '"fired back ..., telling": the participle is the attribution word'),
        C(2624, 2693, '0b2bc9e25c31', 'full', 'Chuck Schumer', 'Senate Minority Leader', 'said', '"vented about" is a noun-phrase frame; "he said" carries the quote'),
        C(2995, 3117, 'ee4fec7d944b', 'full', 'Nancy Pelosi', 'House Minority Leader', 'said', None),
        C(3362, 3527, '366083c79077', 'full', 'Lindsey Graham', 'Senator (R-SC)', 'tweeted', None),
    ]),
    ('7E5YZJn0GG5gzXCL', 'The Guardian', [
        C(416, 430, '38b6b1ac7644', 'partial', None, 'Republicans in Washington', 'accusing', 'attributed via "accusing ... of": unnamed group'),
        C(1104, 1190, 'a2893cb9d052', 'full', 'Liz Mair', 'Republican strategist', 'said', None),
        C(1247, 1503, '5b5efbb48a9a', 'full', 'Liz Mair', 'Republican strategist', 'said', 'no closing mark before the paragraph break; the next paragraph re-opens: one span; continuation, verb inherited'),
        C(1820, 1891, 'ef1b0d33fb97', 'indirect', 'Christine Blasey Ford', 'professor', 'alleged', None),
        C(2063, 2117, 'c2b9f97cbb7b', 'indirect', 'Deborah Ramirez', 'second accuser', 'alleged', None),
        C(2189, 2287, 'a3ab1c6c05f9', 'indirect', 'Deborah Ramirez', 'second accuser', 'said', None),
        C(2653, 2733, '8fe012c70adf', 'full', 'Brett Kavanaugh', 'supreme court nominee', 'told', None),
        C(2895, 2983, '8e222d577bde', 'full', 'Brett Kavanaugh', 'supreme court nominee', 'added', None),
        C(3004, 3102, '2684741a7f5e', 'full', 'Brett Kavanaugh', 'supreme court nominee', None, 'own paragraph, no verb: verb null'),
        C(4353, 4381, '66aa296c1c57', 'indirect', 'Alice Stewart', "former aide to Ted Cruz's presidential campaign", 'said', None),
        C(4383, 4579, '593b48c422ba', 'indirect', 'Alice Stewart', "former aide to Ted Cruz's presidential campaign", 'said', 'attribution interrupts the clause; the fronted "On the one hand" is reported content'),
        C(4583, 4662, 'c950f6c451c4', 'full', 'Alice Stewart', "former aide to Ted Cruz's presidential campaign", 'said', None),
        C(4679, 4753, 'b1d612078b13', 'full', 'Alice Stewart', "former aide to Ted Cruz's presidential campaign", 'said', 'continuation quote; verb inherited'),
        C(4832, 4965, '192413e1a36c', 'full', 'Alice Stewart', "former aide to Ted Cruz's presidential campaign", None, 'own paragraph after a non-speech sentence ("disagreed"): verb null'),
        C(6092, 6195, '25a80f3ac645', 'indirect', 'Jess McIntosh', 'Democratic strategist, founder of ShareBlue', 'said', None),
        C(6199, 6300, '6ead1ee4a5ec', 'full', 'Jess McIntosh', 'Democratic strategist, founder of ShareBlue', 'said', None),
        C(6313, 6391, '524cbf09730b', 'full', 'Jess McIntosh', 'Democratic strategist, founder of ShareBlue', 'said', 'continuation quote; verb inherited'),
        C(6395, 6609, '17d3be944628', 'full', 'Jess McIntosh', 'Democratic strategist, founder of ShareBlue', None, 'own paragraph, no verb: verb null'),
        C(6814, 6910, '57d31c84ee53', 'indirect', 'Liz Mair', 'Republican strategist', 'said', 'the fronted while-clause is the writer\'s concession and is left out; "Mair agreed that ..." before it is a non-speech verb'),
        C(6914, 6983, '105ca297683b', 'full', 'Liz Mair', 'Republican strategist', None, 'own paragraph, no verb: verb null'),
    ]),
    ('muxpPrtuwvHsC22h', 'Reuters', [
        C(377, 395, 'd33b186a284e', 'scare', None, None, None, 'label; comma outside the marks'),
        C(544, 556, '14e18d9afda2', 'full', None, 'sign held by the cartoon Mohammad on the Charlie Hebdo cover', 'reading', 'text on a sign "reading" (cf. on-screen text in quotes_heldout): full, null with role'),
        C(579, 594, '9336c56c8cfe', 'full', 'Charlie Hebdo', None, 'headline', 'quoted headline: the noun "headline" is the only attribution word'),
        C(715, 817, 'b1efd43a807b', 'indirect', None, 'mainstream Muslim leaders', 'said', "unnamed group; the fronted while-clause is the writer's"),
        C(835, 886, '0aa713e74eef', 'partial', 'Mohammed Hussein', 'Grand Mufti of Jerusalem and Palestinian lands', 'said', 'inverted "said the Grand Mufti ..., in a statement"'),
        C(909, 923, 'd05c5cee1d6b', 'partial', 'Mohammed Hussein', 'Grand Mufti of Jerusalem and Palestinian lands', 'said', None),
        C(1163, 1178, '8ec524ff13a0', 'scare', None, None, None, 'slogan used as a modifier of "placard", no attribution word'),
        C(1303, 1322, '3d6e04f561f6', 'full', 'Echorouk', "Algeria's independent Arab-language daily", 'reads', 'colon headline of the paper; period outside the marks'),
        C(1755, 1774, '392d0b9ad62d', 'partial', 'Utku Cakirozer', 'Cumhuriyet editor in chief', 'said', 'the reported clause holds the quote, so only the quote'),
        C(2030, 2064, '35ed98ba0618', 'full', None, "protesters' banners", 'read', 'banner text after "that read:"'),
        C(2233, 2381, 'cd7f96cebb43', 'full', 'Hazal Ozvaris', 'T24 editor', 'told', None),
        C(2622, 2661, '2f69f6b7c6d8', 'partial', 'Nasser Makarem-Shirazi', 'leading conservative cleric in Iran', 'said', '"Grand Ayatollah" is a title; period outside the marks'),
        C(2852, 2869, '7bb873494441', 'partial', 'Al-Azhar', None, 'labelling', 'institution as speaker; "described ... as a criminal act" (no marks) and "called on Muslims to ignore" (directive) get no entry'),
        C(2997, 3033, '3d8785864d7c', 'partial', 'Iyad Ameen Madani', 'Secretary General of the Organisation of Islamic Cooperation', 'denounced', None),
        C(3038, 3084, '9509cc458b8d', 'full', 'Iyad Ameen Madani', 'Secretary General of the Organisation of Islamic Cooperation', 'said', None),
        C(3096, 3191, 'b1ad7e5e4c9b', 'full', 'Iyad Ameen Madani', 'Secretary General of the Organisation of Islamic Cooperation', 'said', 'continuation quote; verb inherited'),
        C(3245, 3267, 'c8bdbe1ba341', 'indirect', None, 'people on the streets in the Middle East', 'said', 'unnamed group'),
        C(3271, 3489, '51d0b4b3ff7b', 'full', 'Samir Mahmoud', 'retired engineer in Cairo', 'said', None),
        C(3579, 3667, '8f3f5b08a6c3', 'indirect', 'Emad Awad', 'Christian in Cairo', 'said', '"but hoped ..." read as part of what he said'),
        C(3670, 3881, '5641e9e75f4a', 'full', 'Emad Awad', 'Christian in Cairo', 'said', "colon introduction after an indirect clause; the sentence's verb applies"),
    ]),
    ('5menwyvNz9Cv4T0C', 'Wall Street Journal - News', [
        C(258, 292, 'c25389bd93d8', 'indirect', 'Mike Pence', 'Vice President', 'announced', 'inside an after-clause'),
        C(359, 374, '689f3c0edf7b', 'full', 'Trump', 'President', 'said', 'standalone fragment utterance; the article gives only the surname'),
        C(423, 491, '8d550c7974c3', 'partial', 'Trump', 'President', 'said', None),
        C(538, 607, '79b4c2794085', 'partial', 'Trump', 'President', 'adding', 'participle "adding that"'),
        C(639, 646, 'af3ed8fd931d', 'partial', 'Trump', 'President', 'added', None),
        C(682, 691, 'dea39a98a925', 'partial', 'Trump', 'President', 'added', None),
        C(770, 813, 'a75c6973e723', 'partial', 'Trump', 'President', 'called', 'relative clause "which the president called"'),
        C(888, 911, '4deaa6957c16', 'full', 'Trump', 'President', 'said', 'colon introduction after a reported question (no entry for the question)'),
        C(933, 961, '3a672987d954', 'partial', 'Trump', 'President', 'said', None),
        C(999, 1047, 'd70440ccd8d6', 'partial', 'Trump', 'President', 'said', 'second that-conjunct'),
        C(1081, 1096, 'a6d507964905', 'partial', 'Trump', 'President', 'said', None),
        C(1175, 1295, '792b89d908a3', 'partial', 'Trump', 'President', 'said', None),
        C(1321, 1325, 'fae31ecec0fc', 'partial', 'Trump', 'President', 'said', None),
        C(1437, 1450, '4bbb8257fee1', 'partial', 'Trump', 'President', 'saying', 'participle attribution'),
        C(1484, 1523, '0a12b1b4202f', 'partial', 'Trump', 'President', 'saying', 'the writer completes the clause outside the marks, so partial (cf. quotes_heldout hard call 7)'),
        C(1571, 1655, '47c14d10f379', 'indirect', 'White House', None, 'said', 'attribution after the clause'),
        C(1997, 2212, 'df83fb88f028', 'full', 'Trump', 'President', 'wrote', None),
        C(2232, 2295, 'f8bfc2b5f82a', 'full', 'Trump', 'President', 'wrote', 'continuation quote; verb inherited'),
    ]),
]


# ---------------------------------------------------------------- checks
def check_declarations():
    """Checks that need no corpus: field shapes and no article id from any earlier gold set."""
    earlier = (list(gold.CORPUS_ARTICLES) + list(dev.DEV_ARTICLES) + list(heldout.HELDOUT_ARTICLES)
               + list(heldout2.HELDOUT2_ARTICLES) + list(heldout3.HELDOUT3_ARTICLES))
    heldout.check_new_ids(DEV2_ARTICLES, earlier)  # ids only: outlets may repeat in a tuning set
    heldout.check_entries(DEV2_ARTICLES)


def main():
    check_declarations()
    heldout.main(DEV2_ARTICLES, OUT)


if __name__ == "__main__":
    main()
