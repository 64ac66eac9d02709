#!/usr/bin/env python3
"""Second held-out gold quotation set: declare it and write quotes_heldout2.json.

Run from anywhere:  python benchmarks/gold/make_quotes_heldout2.py

This is a SECOND HELD-OUT set. It scores the quote extractor on text it was not tuned on, so
do not tune against it. It follows QUOTES.md exactly and reuses the declaration helper and
the structural checks of make_quotes_gold.py, like make_quotes_heldout.py. Entries are
corpus-only: `start`/`end` into the article `body` plus a 12-hex sha1 of the span. No corpus
text is stored here. If the corpus is absent, a note is printed and the same JSON is written
with the entries unverified. The script also asserts that no article id and no outlet
overlaps with quotes.json or quotes_heldout.json.

Second held-out set
===================

Selection: five articles from five outlets that neither quotes.json (TheBlaze, New York
Times, Reuters, New York Post) nor quotes_heldout.json (Associated Press, NPR, Chicago
Tribune, National Review, Politico, Washington Times) uses. Every article comes from a story
with mean_pairwise_cosine >= 0.15. Leans: 2 left, 1 center, 2 right. Each article has 7-16
quotations. The Guardian piece has non-Western (Korean) speakers.

| id | outlet (lean) | story, cos | style | full | partial | scare | indirect | total |
| --- | --- | --- | --- | ---: | ---: | ---: | ---: | ---: |
| ILEASHDnSvCuHyz4 | The Guardian (left) | north_korea/2018-04-27, 0.269 | listicle; curly; Korean names | 5 | 8 | 0 | 2 | 15 |
| btnggZ5RVNBhBFt7 | Breitbart News (right) | nuclear_weapons/2016-05-27, 0.224 | speech write-up; "he said" chains | 9 | 5 | 0 | 2 | 16 |
| qDfRzIpF6CP0fXxI | Fox News (right) | elections/2018-08-29, 0.195 | mixed straight/curly; statements, tweet | 8 | 3 | 1 | 1 | 13 |
| 5ZceTIVzxEG42gE1 | CNN (Web News) (left) | healthcare/2013-07-18, 0.193 | blog; titles in marks; a video as speaker | 6 | 0 | 5 | 1 | 12 |
| HF7KINLI0iqNWd5e | USA TODAY (center) | fbi/2018-02-02, 0.194 | wire-like; byline and "More:" furniture | 6 | 1 | 0 | 0 | 7 |
| **total** | | | | 34 | 17 | 6 | 6 | 63 |

Why these articles:

* The Guardian: a numbered "five things" piece with non-Western speakers (Kim Jong-un, Moon
  Jae-in, Kyung Bok-cho). It has a standfirst with an indirect report, a colon quote
  introduced by the noun "question", terms attributed to both leaders jointly, a subhead in
  single curly marks, a passive "is reported to have promised" layer, partial quotes inside
  reported clauses, and video/photo caption furniture.
* Breitbart: a speech write-up with long "he said" chains, speech terms attributed by
  non-speech attribution words ("blamed", "highlighting", "pointing to"), a quote that
  continues after "he said," as a fragment, and several reported directives (urged, called
  for) that get no entry.
* Fox News: a programme title in mixed marks (straight opening, curly closing), a
  continuation quote in the next paragraph with no verb, an "X dismissed ... as 'absurd.'"
  partial, a "the statement said" document attribution, a tweet, a contributor line.
* CNN: a blog post with five scare quotes (titles, including one in straight single marks),
  an unnamed narrator, a video whose words go to the group that made it, an according-to
  attribution to a website, a surname-only speaker, and timestamp furniture.
* USA TODAY: byline and "More:" link furniture, a quote closed by two straight single marks
  (''), and a quote with no closing mark before a paragraph break that continues with a
  re-opened quote and its own verb.

Hard calls (besides the per-entry notes):

1. Guardian subhead "2. 'No more tests'" is a standalone fragment in single curly marks, so
   it is `full`, speaker Kim Jong-un, verb null. It paraphrases the promise in the next
   paragraph rather than repeating words quoted there. Drop it if the evaluation excludes
   subheads (cf. QUOTES.md hard call 1).
2. Guardian "Kim is reported to have promised Moon that there would be no more ... tests":
   indirect, speaker Kim (innermost), verb "promised". The unnamed "reported" layer gets no
   entry. "promise that <clause>" is counted because it carries a factual clausal
   complement; reported directives (urged/called for/warned not to) are still not annotated.
3. Guardian "talking about 'new beginnings' and a 'new history'": partial with joint speaker
   "Kim Jong-un and Moon Jae-in" (the subject is "Their opening remarks"). The colon quote
   "in response to Moon's question: '...'" takes the noun "question" as its verb, the only
   attribution word (cf. heldout hard call 9).
4. Guardian "adding there were still 'huge' ... divisions": "huge" is partial (attributed via
   "adding"), so the enclosing reported clause is not annotated. Same for Breitbart's
   "asserted that ... proved the horror that 'mankind ...'".
5. Breitbart "lamenting that <clause>" is counted as a speech verb (like complained/argued).
   Speech terms after "blamed", "highlighting", "pointing to" are `partial`, since the text
   attributes them to Obama; the verb is written as in the text.
6. Breitbart "'That is a future we can choose,' he said, 'A future in which ...'": two `full`
   entries; the second is a fragment completing the utterance, not woven into the writer's
   sentence.
7. Titles in quote marks are `scare`: a TV programme (Fox "America's Newsroom", CNN
   "Sharknado"), and the video title "ObamaCareNado" three times, including after a passive
   "is called" with no agent (naming, not speech).
8. Speakers of documents: "the statement said" (Fox) goes to Stephen Lawson, who "said in a
   statement" in the previous paragraph; "the video says" (CNN) goes to "Crossroads GPS",
   whose video it is; the unnamed narrator of the same video is null with a role.
   "DeSantis' office" is null with role, like the AP "White House security office".
9. Fox: the DeSantis quote in the paragraph after "... said on Fox News' ..." has no verb in
   its own sentence and is in another paragraph, so speaker DeSantis, verb null (the
   same-paragraph inheritance rule does not apply).
10. USA TODAY: '"The American people come first.' has no closing mark before the paragraph
    break, and the next paragraph re-opens with '"Remember: keep calm and tackle hard," he
    continued.' This is one span over two paragraphs (re-opening mark and break inside, as in
    QUOTES.md), and the attribution after the final closing mark ("continued") wins.
11. CNN "One of the largest conservative political groups, the organization spent ...,
    according to OpenSecrets.org": the indirect span keeps the fronted appositive (the span
    runs from the start of the clause). "Let it never be said that ..." (a rhetorical,
    negated non-report) and "a study ... predicting a drop in price" (noun-phrase object) get
    no entry.
12. Speaker names: "Christopher Wray" (the fullest form, though the text also says "Wray");
    "Obama" in CNN (surname only in that article); "Barack Obama" in Breitbart; Donald Trump
    in the Guardian has no role (none given).
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import make_quotes_gold as gold  # noqa: E402
import make_quotes_heldout as heldout  # noqa: E402
from make_quotes_gold import C  # noqa: E402

OUT = HERE / "quotes_heldout2.json"

# ---------------------------------------------------------------- corpus (second held-out set)
# Offsets into the article's ``body``; sha1 = sha1(body[start:end].encode("utf-8"))[:12].
HELDOUT2_ARTICLES = [
    ('ILEASHDnSvCuHyz4', 'The Guardian', [
        C(17, 84, '0ffdff743ef3', 'indirect', 'Kim Jong-un', 'North Korean leader', 'said', 'standfirst; the trailing "and then appeared to promise ..." conjunct is the writer\'s (cf. QUOTES.md hard call 9); "wondered" inside the reported clause is not a speech verb of its own'),
        C(460, 493, '93cc5b564047', 'full', 'Moon Jae-in', 'South Korean leader', 'question', 'colon introduction by the noun "question"; the only attribution word, written as in the text'),
        C(689, 703, '72a2e963c82c', 'partial', 'Kim Jong-un and Moon Jae-in', 'North and South Korean leaders', 'talking about', 'joint speakers (cf. "Harvard and the Massachusetts Institute of Technology"); attributed via "talking about", so partial'),
        C(712, 723, 'adabba99512a', 'partial', 'Kim Jong-un and Moon Jae-in', 'North and South Korean leaders', 'talking about', 'period outside the marks'),
        C(798, 822, '84bf8d37b9ad', 'partial', 'Kim Jong-un', 'North Korean leader', 'said', 'enclosing indirect not annotated'),
        C(887, 912, '308f1023f941', 'partial', 'Kim Jong-un', 'North Korean leader', 'told', 'enclosing indirect not annotated'),
        C(1002, 1015, '32b8fd2c443b', 'full', 'Kim Jong-un', 'North Korean leader', None, 'numbered subhead in single curly marks; a standalone fragment, not woven in; paraphrases the promise below (cf. the Reuters subhead, hard call 1 of QUOTES.md)'),
        C(1061, 1105, '55654ee2fb50', 'indirect', 'Kim Jong-un', 'North Korean leader', 'promised', '"is reported to have promised Moon that ...": innermost speaker Kim; the unnamed reports layer gets no entry of its own'),
        C(1108, 1249, '78d87f6c267d', 'full', 'Kim Jong-un', 'North Korean leader', 'told', None),
        C(1292, 1352, 'cc978504aa7f', 'full', 'Kim Jong-un', 'North Korean leader', 'added', None),
        C(2237, 2292, 'e8a147e9d684', 'partial', 'Kyung Bok-cho', 'Bloomberg journalist', 'said', 'second conjunct of the reported clause; the reported clause contains the quote, so only the quote is annotated'),
        C(2596, 2668, '00ead74f963f', 'partial', 'Robert Kelly', 'Pusan national university, South Korea', 'warned', 'woven after the subject "Pyongyang"; enclosing indirect not annotated'),
        C(2696, 2700, 'f2104f952646', 'partial', 'Robert Kelly', 'Pusan national university, South Korea', 'adding', 'word inside an "adding" clause: attributed, so partial; the enclosing indirect is therefore not annotated'),
        C(2807, 2862, 'a655a5593a42', 'full', 'Malcolm Turnbull', 'Prime Minister of Australia', 'warned', None),
        C(3018, 3039, '6544e002cb6f', 'partial', 'Donald Trump', None, 'said', 'no role given in the article; enclosing indirect not annotated'),
    ]),
    ('btnggZ5RVNBhBFt7', 'Breitbart News', [
        C(85, 114, '0018ef2ea13f', 'partial', 'Barack Obama', 'President', 'highlighting', 'lede: his words (repeated in a full quote below), attributed via "highlighting"'),
        C(139, 188, '0c687a0e9546', 'indirect', 'Barack Obama', 'President', 'lamenting', 'lament + that-clause counted as a speech verb'),
        C(192, 265, 'fa335be60ef3', 'full', 'Barack Obama', 'President', 'said', None),
        C(277, 457, '063c601a9193', 'full', 'Barack Obama', 'President', 'said', 'continuation quote; verb inherited; "claimed" inside the quote gets no entry'),
        C(474, 488, '353acf5739e5', 'partial', 'Barack Obama', 'President', 'blamed', 'terms from the speech attributed via "blamed"'),
        C(494, 512, 'bbc1dc557868', 'partial', 'Barack Obama', 'President', 'blamed', None),
        C(802, 852, 'd447a11d4e1a', 'full', 'Barack Obama', 'President', 'said', None),
        C(880, 892, 'f043890e15f4', 'partial', 'Barack Obama', 'President', 'pointing to', 'attributed via "pointing to" in the same sentence'),
        C(941, 1047, '17313df54410', 'full', 'Barack Obama', 'President', 'said', None),
        C(1418, 1464, '85e01fb739f9', 'partial', 'Barack Obama', 'President', 'asserted', 'woven after "the horror that"; period inside the marks; enclosing indirect not annotated'),
        C(1468, 1595, '3462bbf0062b', 'full', 'Barack Obama', 'President', 'said', None),
        C(1622, 1723, '95dc32788310', 'indirect', 'Barack Obama', 'President', 'argued', None),
        C(1727, 1812, '8b69fae40203', 'full', 'Barack Obama', 'President', 'said', None),
        C(1903, 1983, '3f7ad7825d8e', 'full', 'Barack Obama', 'President', 'said', None),
        C(2090, 2121, '83377c2ef931', 'full', 'Barack Obama', 'President', 'said', None),
        C(2133, 2260, 'fdf3056a1762', 'full', 'Barack Obama', 'President', 'said', 'continuation after "he said,"; a standalone fragment that completes the utterance, not woven into the writer\'s sentence, so full'),
    ]),
    ('qDfRzIpF6CP0fXxI', 'Fox News', [
        C(136, 150, 'ecf050cccf90', 'partial', 'Ron DeSantis', 'Florida Rep., GOP nominee for governor', 'warned', 'inside a reported directive (not annotated)'),
        C(207, 360, '25f2dce1fe3a', 'full', 'Ron DeSantis', 'Florida Rep., GOP nominee for governor', 'said', 'editorial brackets stay inside'),
        C(433, 451, '3f5fbe974de6', 'scare', None, None, None, 'programme title in marks (straight opening, curly closing): not speech'),
        C(475, 615, '735af4678896', 'full', 'Ron DeSantis', 'Florida Rep., GOP nominee for governor', None, 'continuation in the NEXT paragraph: speaker from context, no verb in its sentence, so verb null'),
        C(689, 709, 'a22003fe3e19', 'partial', None, 'Democrats', 'accused', 'unnamed group; comma inside the marks'),
        C(772, 874, 'af7640a41943', 'full', 'Terrie Rizzo', 'Florida Democratic Party Chair', 'said', None),
        C(992, 1043, '236989e418c4', 'indirect', 'Geoff Burgan', 'Gillum spokesman', 'told', None),
        C(1047, 1087, '1701526476c6', 'full', 'Geoff Burgan', 'Gillum spokesman', 'said', None),
        C(1277, 1284, '6126a8231119', 'partial', None, "DeSantis' office", 'dismissed', '"dismissed claims ... as": attributed word, period inside the marks; the noun "claims that ..." is not annotated'),
        C(1288, 1429, 'ff50590d5e4a', 'full', 'Stephen Lawson', "spokesman for DeSantis' office", 'said', '"said in a statement"'),
        C(1478, 1524, '0fc0980357f2', 'full', 'Stephen Lawson', "spokesman for DeSantis' office", 'said', 'continuation quote; verb inherited'),
        C(1528, 1669, '8b6e877f859f', 'full', 'Stephen Lawson', "spokesman for DeSantis' office", 'said', '"the statement said": the statement is Lawson\'s (previous paragraph), so the document text goes to him'),
        C(2014, 2180, 'ff996f534a56', 'full', 'Andrew Gillum', 'Tallahassee mayor, Democratic nominee for governor', 'tweeted', None),
    ]),
    ('5ZceTIVzxEG42gE1', 'CNN (Web News)', [
        C(390, 400, '8fdc9682e623', 'scare', None, None, None, 'programme title; comma inside the marks'),
        C(440, 454, '6e9495ecc81e', 'scare', None, None, None, 'video title after passive "is called" with no agent: a name, not speech'),
        C(458, 512, '8872693c3713', 'full', None, 'narrator of the Crossroads GPS video', 'tells', 'unnamed narrator'),
        C(557, 592, '4679541e29de', 'full', None, 'narrator of the Crossroads GPS video', 'tells', 'continuation; a standalone fragment utterance, not woven in'),
        C(654, 662, 'cb72433ee370', 'scare', None, None, None, 'straight single marks; comma inside'),
        C(815, 845, 'c5c4e72ea929', 'full', 'Crossroads GPS', None, 'says', '"the video says": the video is the named group\'s (document text goes to its maker)'),
        C(866, 880, '6e9495ecc81e', 'scare', None, None, None, 'title inside the attribution; period inside the marks'),
        C(883, 933, '46798117a349', 'full', 'Crossroads GPS', None, 'says', 'continuation; a standalone fragment, not woven in'),
        C(1062, 1177, 'e3342fcc8eeb', 'indirect', 'OpenSecrets.org', None, 'according to', 'the fronted appositive is kept: the span runs from the start of the clause'),
        C(1524, 1537, '62681bd30761', 'scare', None, None, None, 'title used as a modifier'),
        C(1671, 1733, '0bcae53d814a', 'full', 'Obama', 'President', 'said', 'surname only in the article'),
        C(1748, 1966, '121d65d619f0', 'full', 'Obama', 'President', 'said', 'continuation quote; verb inherited'),
    ]),
    ('HF7KINLI0iqNWd5e', 'USA TODAY', [
        C(269, 320, '01963f7af38f', 'full', 'Christopher Wray', 'FBI director', 'wrote', 'internal message; the fullest name is "Christopher Wray"'),
        C(375, 445, '269256c979a5', 'full', 'Christopher Wray', 'FBI director', 'wrote', 'continuation quote; verb inherited'),
        C(828, 842, 'a05f111bb887', 'partial', 'FBI', None, 'expressing', 'opens with a straight double mark and closes with two straight single marks'),
        C(926, 1042, '294f2dd05a3d', 'full', 'Christopher Wray', 'FBI director', 'said', None),
        C(1064, 1134, '7da77cabd837', 'full', 'Christopher Wray', 'FBI director', 'continued', 'no closing mark before the paragraph break, so one span over two paragraphs (re-opening mark inside); the attribution after the final closing mark wins (cf. NY Post)'),
        C(1573, 1685, '771896e9b938', 'full', 'FBI', None, 'said', None),
        C(1720, 1862, '4268e8e2801a', 'full', 'FBI', None, 'said', 'continuation quote; verb inherited'),
    ]),
]


# ---------------------------------------------------------------- checks
def check_declarations():
    """Checks that need no corpus: field shapes and disjointness from the earlier sets."""
    earlier = list(gold.CORPUS_ARTICLES) + list(heldout.HELDOUT_ARTICLES)
    heldout.check_new_ids(HELDOUT2_ARTICLES, earlier)
    used_outlets = {outlet for _, outlet, _ in earlier}
    outlets = [outlet for _, outlet, _ in HELDOUT2_ARTICLES]
    assert len(set(outlets)) == len(outlets), "outlets must all differ"
    for outlet in outlets:
        for used in used_outlets:
            base = used.split(" (")[0]
            assert not outlet.startswith(base) and not used.startswith(outlet.split(" (")[0]), (
                "outlet already in quotes.json or quotes_heldout.json", outlet, used)
    heldout.check_entries(HELDOUT2_ARTICLES)


def main():
    check_declarations()
    heldout.main(HELDOUT2_ARTICLES, OUT)


if __name__ == "__main__":
    main()
