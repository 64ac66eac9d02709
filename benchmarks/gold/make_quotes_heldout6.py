#!/usr/bin/env python3
"""Sixth held-out gold quotation set: declare it and write quotes_heldout6.json.

Run from anywhere:  python benchmarks/gold/make_quotes_heldout6.py

This is a SIXTH HELD-OUT set. It scores the quote extractor on text it was not tuned on, so do
not tune against it. It was annotated from the article text alone by a helper who neither read
nor ran the extractor (nothing under slant/ was opened, and no extractor output or site/ page
was looked at). It follows QUOTES.md and reuses the declaration helper and the corpus
verification of make_quotes_gold.py and ``check_new_ids``/``check_entries``/``main`` of
make_quotes_heldout.py, like make_quotes_heldout5.py. Entries are corpus-only: `start`/`end`
into the article `body` plus a 12-hex sha1 of the span. No corpus text is stored here. If the
corpus is absent, a note is printed and the same JSON is written with the entries unverified.
The script asserts that no article id is in any of the nine earlier quote sets (quotes.json,
quotes_dev.json, quotes_dev2.json, quotes_dev3.json, quotes_heldout.json, quotes_heldout2.json,
quotes_heldout3.json, quotes_heldout4.json, quotes_heldout5.json), that no article is in a
coverage gold file (coverage.json, coverage_heldout.json, coverage_heldout2.json), and that the
outlets are exactly the three new ones plus the five declared reused ones (see DEVIATION).

Sixth held-out set
==================

Selection, meant to be the way a user would bring articles rather than picked for being hard
or easy. The ids of the 595 stories with mean_pairwise_cosine >= 0.15 were sorted and shuffled
with ``random.Random(2028).shuffle``. For each outlet the article taken is the first one in
shuffled story order that is a news report (columnists, guest writers, opinion pieces, think
tanks, commentary blogs, round-ups and transcripts are skipped), 250-1200 words (``split()``),
in English, with at least 6 quotations in quote marks (embedded tweets, captions and link lines
not counted), not in an earlier quote set or a coverage gold file, and from a story that no
earlier quote-set article belongs to. Outlets were taken with at most 3 left, 2 centre and 3
right (8 articles), stories and corpus topics all different, and, first, from news outlets that
no earlier quote set uses (none of the 50 outlet names of the nine files, nor their families).
The 0-based rank of the article's story in the shuffled list is given below.

New outlets. Only three news outlets that no earlier set uses have a qualifying article, all
left: The Boston Globe (58), the San Francisco Chronicle (370, a business-desk feature) and
Slate (405, a news-and-politics post by a staff writer; its earlier articles with 6 quotations
are commentary: Mark Joseph Stern on the electors ruling (43), an XX Factor post (330), and an
opinion piece over 1200 words (177)). Passed over: the Washington Post (162, a Fact Checker
column by Glenn Kessler; 286 and 387, opinion; 399 and 442, over 1200 words), RollingStone.com
(286, political commentary), Mediaite (161, 343: 5 quotations outside embedded tweets and a
list of questions), The Intercept (423, 436, opinion), Democracy Now (broadcast transcripts,
most over 1200 words), Daily Kos and HotAir (commentary blogs), City Journal, Brookings, the
Cato Institute blog and the Media Research Center (think tanks), Yahoo! The 360 (148,
perspectives round-ups), George Will, Rand Paul, Tucker Carlson, Victor Hanson, Damon Linker,
Jon Terbush, John Stossel, Tom Cole, Aaron Carroll, Charles Krauthammer, Juan Williams, Julian
Zelizer, Michelle Goldberg, Rich Lowry and the Guest Writer feeds (columnists and guest writers),
Quillette, ProPublica, the Student Press Law Center, BBC News, FiveThirtyEight and the Atlanta
Journal-Constitution (over 1200 words), and Axios, MSNBC, New Republic, InfoWars,
RealClearPolitics, TechCrunch and Pacific Standard (fewer than 6 quotations).

DEVIATION: no centre or right news outlet that no earlier set uses has a qualifying article, so
the two centre and three right slots were filled from outlets that earlier sets use, by the same
rules and in shuffled order (the three left slots were already full). None of their articles,
and none of their stories, is in an earlier set. In order: National Review (0, an unsigned
editorial: opinion, so its first qualifying article is the news report at 7), Reuters (1,
centre: taken; Reuters is also in quotes.json and quotes_dev2.json), Reason (1, 5 quotations),
Fox News (2, right: its story is on terrorism, the topic of the Boston Globe article already
taken as a new outlet), CNN (3, left: cap), Christian Science Monitor (3, centre: taken; also in
quotes_heldout3.json and quotes_dev3.json), Fox Online News (3, 2 quotations), NPR Online News
(4, centre: cap), Newsmax (4, right: taken; also in quotes_dev3.json), Politico (4, left: cap),
USA TODAY (5, centre: cap), Washington Times (6, right: taken; also in quotes_heldout.json), The
Hill (7, centre: cap), National Review (7, right: taken, a report of its news section; also in
quotes_heldout.json). The right slots were then full, so The Daily Caller (8) was not taken. So
five of the eight outlets recur. Reuters, Newsmax and the Monitor have articles in tuning sets
(quotes.json, quotes_dev2.json, quotes_dev3.json), and the Washington Times and National Review
one each in quotes_heldout.json, tuned on since session 3: their house styles were seen in
tuning, these articles were not. Scores on the three new outlets alone (The Boston Globe, San
Francisco Chronicle, Slate) are the cleaner measure. Leans: 3 left, 2 centre, 3 right. Totals
run 10-32 per article; use per-article or per-kind rates when comparing sets.

| id | outlet (lean) | rank; story, cos | words | full | partial | scare | indirect | total |
| --- | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |
| rPSp82q1hx3lRYVY | Reuters (center) | 1; elections/2017-05-08, 0.245 | 933 | 7 | 7 | 2 | 3 | 19 |
| vBUMmLaiPsV5kUqC | Christian Science Monitor (center) | 3; violence_in_america/2013-03-22, 0.300 | 530 | 6 | 3 | 1 | 3 | 13 |
| PztrhRlwwplKY2fe | Newsmax (right) | 4; middle_east/2014-08-08, 0.240 | 371 | 9 | 2 | 0 | 1 | 12 |
| MYJEVplVKSGhMiga | Washington Times (right) | 6; healthcare/2016-10-24, 0.292 | 1019 | 8 | 2 | 2 | 14 | 26 |
| sVNcz8JbsO0HxfNQ | National Review (right) | 7; fbi/2019-12-11, 0.259 | 398 | 3 | 3 | 1 | 3 | 10 |
| k5N1xDON0DxGY4NY | The Boston Globe (left) | 58; terrorism/2013-04-18, 0.178 | 918 | 7 | 4 | 2 | 9 | 22 |
| IJSVafN6ZOmzCe2N | San Francisco Chronicle (left) | 370; media_bias/2018-12-03, 0.229 | 996 | 21 | 1 | 2 | 8 | 32 |
| ESepscNOvtWJHiCd | Slate (left) | 405; race_and_racism/2020-02-11, 0.189 | 864 | 11 | 0 | 2 | 1 | 14 |
| **total** | | | | 72 | 22 | 12 | 42 | 148 |

What the articles contain:

* Reuters (Paris, Macron's election): ordinary voters with ages and jobs as roles, a colon
  introduction after "before adding:", verbless quotes in their own paragraphs, periods outside
  the closing marks, an all-caps subhead in marks, "what she called", a poll that "found" and
  official figures that "showed" (findings, no entry), "Harris's analysis suggested", a placard
  in a photo caption and a slideshow line.
* Christian Science Monitor (Quantico, military suicides): testimony with single-word and
  woven partials, complete quoted clauses after the writer's fronted adverbials, an utterance
  split by "she warned", "according to a Marine Corps statement", "The Pentagon just announced
  that", a straight-marked term, and a newsletter line.
* Newsmax (Rubio on ISIS): the body is one paragraph with the spaces after sentences lost
  (`says.In`, `goal," he wrote."If`), straight marks, present-tense verbs ("says", "warns",
  "asserts"), a quote that is the clause after "noted recent history shows", and a statement
  of Dianne Feinstein with a bracketed insertion.
* Washington Times (Obamacare premiums): organisations as speakers (the administration, HHS
  written in full and as "HHS", the Justice Department), unnamed insurers, analysts, attorneys
  and congressional Republicans, "saying"/"warning" participles, "predicting" and "estimated",
  a relative clause with its own "who say", a letter with a nested single-quoted word, an
  according-to with "the HHS report", and scare terms inside an indirect clause.
* National Review (Horowitz testimony): long statement quotes, "the inspector general said",
  two partials in one reported clause, "claimed" with a woven word, a "said that Trump should
  apologize ..." clause with a nested claim and a scare label inside it, "the IG report details
  how ...", a report that "found" (a finding), and a photo caption.
* The Boston Globe (Tsarnaev arrest): officials with titles and middle initials, a tweet
  quoted in the text ("tweeted"), "telling them," a directive with quoted words ("asking people
  ... to"), unnamed police and officials, a relative "in which fficials said" (typo), "said
  Davis" after a sentence with no final period, a scare term inside an indirect clause,
  "Advertisement" lines and a contributor line.
* San Francisco Chronicle (Mismatch.org): long "said" and "wrote" chains over three
  speakers with pronoun resolution across paragraphs, verbless quotes in their own paragraphs
  (the lede question pair, a Blades continuation), "organizers admit", "describes himself as",
  "However, she said, ..." and a quote with a stray extra closing mark ("as Blades described
  it").
* Slate (Bloomberg's stop-and-frisk audio): two embedded tweets, two unmarked speech blocks
  after labels ("Bloomberg:", "Here's the text of that portion of the interview:") with quotes
  in single curly marks inside them, the Aspen Times relaying an unnamed officer, an
  according-to of the New York Times with a continuation, and a photo caption.

Hard calls (besides the per-entry notes):

1. Reused outlets (see DEVIATION). ``check_new_outlets`` of make_quotes_heldout.py is run on the
   three new outlets only; the script checks that the reused ones are exactly the five declared
   in REUSED_OUTLETS.
2. Quotes inside an unmarked block that is introduced by a label (Slate) are annotated when a
   speech verb inside the block introduces them, with the innermost speaker ("people say,
   '...'", "they just keep saying '...'"); the block itself gets no entry (quotes_heldout4 hard
   call 1). An imagined utterance after "they start…" is full with verb null.
3. A stray closing mark inside a quote (San Francisco Chronicle: one opening mark, a closing
   mark after "kindergarten," and the final closing mark) makes one span, like a re-opened
   quote over a paragraph break. It is full: a standalone utterance, not woven in.
4. Reporting verbs: "suggested" (Harris's analysis), "details how" (like "describe how"),
   "acknowledged", "admit", "estimated", "predicting" and "warning" count with a clausal
   complement; "found" and "showed" (a poll, a report, official figures) are findings;
   "promised to", "proposing to", "urged ... to", "asked ... to", "calls for", "called for"
   and "asking people ... to" are commitments or directives (only their quoted words get
   entries); "faulted ... for", "criticized ... for", "contrasted ... with", "express concern
   about" and "said the same of him" have noun-phrase objects.
5. Relative clauses with their own attribution: "who say <clause>" (Washington Times) and "in
   which fficials said <clause>" (Boston Globe) give an entry with only the reported clause (cf.
   seed 000 "where he says ...", quotes_heldout4 McConnell); the enclosing report stops before
   "who say".
6. Relays and documents: the officer who "told the Aspen Times" is the speaker of the quote; the
   Aspen Times is the speaker of the clause it reports with no one inside; "according to the
   New York Times" gives the Times; a report or statement goes to its author ("the HHS report",
   "a Marine Corps statement", "the IG report" of Michael Horowitz, "Harris's analysis" of
   Harris Interactive); court papers' words go to the unnamed "administration attorneys" who
   "wrote" them.
7. Scare or partial: "flash bang", "both sides", "public option," and "deep state" inside
   indirect clauses are terms (scare, and the indirect entry stays, like "coyotes" in seed 000);
   "assassinated," has no attribution in its sentence (scare) while "in what Davis called an
   'assassination,'" is partial; "never Trumper" after "describes himself as" is partial.
8. Full or partial: a complete quoted clause after the writer's fronted adverbial is full
   (Monitor, twice; quotes_dev2 hard call 3), as is the clause after "noted recent history
   shows" (Newsmax). A woven quote after the writer's subject is partial ("citizens 'can be
   ...'", "Troops 'might ...'", "the law 'is no longer ...'"). An all-caps subhead in marks that
   echoes a quote below is partial with verb null (quotes.json hard call 1).
9. Speakers: organisations as the text names them ("Obama administration" for "the
   administration" of an article about President Obama, "Health and Human Services
   Department" also for "HHS" and "the HHS report", "Justice Department", "Marine Corps",
   "Pentagon", "New Bedford police", "Harris Interactive", "New York Times", "Aspen Times").
   "Obama" where the article gives only the surname (Boston Globe, Washington Times). The lede
   questions of the San Francisco Chronicle are null with the role "Mismatch discussion
   questions". A letter written "along with other leading members" goes to the named writer
   (Fred Upton).
10. Verbs: "has said" is "said"; a quote with no verb in its sentence that stands in its own
    paragraph has verb null (Reuters twice, San Francisco Chronicle), and a continuation
    sentence in the same paragraph inherits the verb (Newsmax, where the whole body is one
    paragraph).
11. Scope: the writer's fronted connectives and frames are left out ("Perhaps unsurprisingly,",
    "However,", "In court papers Monday,", "Despite headwinds,", "Following the release of the
    report, ..."); fronted reported content stays in ("In most cases,", "despite the massive
    manhunt," after "that"). A trailing phrase after a clause-final attribution is the
    writer's (Washington Times lede); trailing relative clauses inside the reported clause stay
    in. Coordinated "... and that ..." clauses under one verb are one span.
12. Furniture: photo captions (Reuters placard, Slate, National Review), embedded tweets (Slate,
    twice), "Advertisement", "Slideshow (11 Images)", newsletter and copyright lines, and
    contributor lines (Boston Globe, San Francisco Chronicle).
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import make_quotes_dev as dev  # noqa: E402
import make_quotes_dev2 as dev2  # noqa: E402
import make_quotes_dev3 as dev3  # noqa: E402
import make_quotes_gold as gold  # noqa: E402
import make_quotes_heldout as heldout  # noqa: E402
import make_quotes_heldout2 as heldout2  # noqa: E402
import make_quotes_heldout3 as heldout3  # noqa: E402
import make_quotes_heldout4 as heldout4  # noqa: E402
import make_quotes_heldout5 as heldout5  # noqa: E402
from make_quotes_gold import C  # noqa: E402

OUT = HERE / "quotes_heldout6.json"
COVERAGE_FILES = (HERE / "coverage.json", HERE / "coverage_heldout.json",
                  HERE / "coverage_heldout2.json")

# Outlets that earlier quote sets use and that this set takes again (DEVIATION above).
REUSED_OUTLETS = {"Reuters", "Christian Science Monitor", "Newsmax", "Washington Times",
                  "National Review"}

# ---------------------------------------------------------------- corpus (sixth held-out set)
# Offsets into the article's ``body``; sha1 = sha1(body[start:end].encode("utf-8"))[:12].
HELDOUT6_ARTICLES = [
    ('k5N1xDON0DxGY4NY', 'The Boston Globe', [
        C(1, 86, 'f692b31c8513', 'full', 'Timothy Alben', 'Colonel, commander of the State Police', 'said', None),
        C(148, 208, 'cb5871f6af91', 'full', 'Timothy Alben', 'Colonel, commander of the State Police', 'said', 'continuation quote; verb inherited'),
        C(709, 765, 'c97f79ad36b0', 'full', 'Deval Patrick', 'Governor', 'said', None),
        C(1031, 1081, 'b606233730a7', 'partial', 'Edward F. Davis', 'Boston Police Commissioner', 'said', 'woven in after the writer\'s subject "citizens"; the reported clause (with the fronted absolute about the second suspect) contains the quote, so only the quote is annotated'),
        C(1145, 1195, '4c028c63254e', 'full', 'Obama', 'President', 'said', 'the article gives only the surname'),
        C(1226, 1257, '390819ac0562', 'partial', 'Obama', 'President', 'said', 'pronoun resolved; the reported clause contains the quote'),
        C(1268, 1304, '960c5b0ac471', 'indirect', 'Obama', 'President', 'said', 'second coordinated "said" with its own clause'),
        C(1307, 1440, 'b481351942eb', 'indirect', 'Edward F. Davis', 'Boston Police Commissioner', 'said', 'attribution follows the clause; the misspelt name is kept'),
        C(1549, 1560, 'c06e088b659a', 'full', 'Thomas M. Menino', 'Mayor of Boston', 'tweeted', 'a tweet quoted in the text (not embedded)'),
        C(1697, 1712, '5eb11facb050', 'full', 'Thomas M. Menino', 'Mayor of Boston', 'telling', 'pronoun resolved'),
        C(1922, 1935, '39f0d97e1061', 'scare', None, None, None, 'no attribution in its sentence (Davis\'s "assassination" comes much later); comma inside the marks'),
        C(2220, 2283, '042ec11b9f36', 'indirect', None, 'officials', 'said', 'relative clause "in which fficials said ..." with its own attribution and its own subject: only the reported clause (cf. seed 000 "where he says ..."); typo "fficials" is outside the span'),
        C(2762, 2778, '4addc8c0c14e', 'partial', 'Deval Patrick', 'Governor', 'asking', 'a directive ("asking people ... to"): only its quoted words'),
        C(3273, 3324, '0ec7077a20cb', 'indirect', None, 'officials', 'say', '"held another news conference to say that ..."; the fronted despite-phrase follows "that" and is reported content'),
        C(3390, 3499, '2bd8bb58b423', 'indirect', None, 'officials', 'said', 'coordinated "... and that ..." clauses are one span'),
        C(3855, 3931, '706989c8031f', 'indirect', 'Edward F. Davis', 'Boston Police Commissioner', 'said', '"said Davis, the Boston commissioner" follows the sentence (no final period in the text)'),
        C(4137, 4199, 'e967ea9cbf97', 'indirect', 'Edward F. Davis', 'Boston Police Commissioner', 'said', 'contains a scare quote, which does not block the indirect span'),
        C(4154, 4164, '17cf80d17697', 'scare', None, None, None, 'term inside an indirect clause (cf. "coyotes" in seed 000)'),
        C(4378, 4459, '5fa9e506a08b', 'full', None, 'police at the scene', 'calling', None),
        C(4604, 4695, '8fdc606365aa', 'indirect', 'New Bedford police', None, 'said', 'a police department as the speaker, named as the text names it; the fronted "In yet another twist in the story," is the writer\'s'),
        C(4748, 4949, 'e8efce1eeb47', 'indirect', 'Robert Richard', 'New Bedford Police Lieutenant', 'said', None),
        C(5137, 5151, 'cdab05512262', 'partial', 'Edward F. Davis', 'Boston Police Commissioner', 'called', '"in what Davis called an ..."; the contributor line at the end is furniture'),
    ]),
    ('IJSVafN6ZOmzCe2N', 'San Francisco Chronicle', [
        C(1, 88, 'b3a17825bce8', 'full', None, 'Mismatch discussion questions', None, 'a quote alone in its own paragraph with no verb: verb null; the questions are the prompts of the Mismatch conversation described next (no person asks them)'),
        C(354, 420, 'b100d6e8869e', 'indirect', None, 'a Mormon mother of five', 'said', None),
        C(449, 501, '7382d581dea7', 'indirect', None, 'three people of color', 'said', None),
        C(685, 693, '170dae42122e', 'scare', None, None, None, 'the site\'s term after "aims to" (not a speech verb)'),
        C(863, 909, '8f3df93676ec', 'full', 'John Gable', 'co-founder, Mismatch; CEO, AllSides', 'said', None),
        C(1097, 1219, 'da65c5cc799f', 'full', 'John Gable', 'co-founder, Mismatch; CEO, AllSides', 'said', 'continuation quote; verb inherited'),
        C(1743, 1833, 'ebced4dd4219', 'full', 'Joan Blades', 'co-founder, Mismatch and Living Room Conversations', 'said', None),
        C(1971, 2029, '245bd34a9706', 'full', 'Joan Blades', 'co-founder, Mismatch and Living Room Conversations', 'said', "continuation quote; verb inherited; the parenthetical after it is the writer's"),
        C(2104, 2143, '073b9641ecf0', 'indirect', None, 'Mismatch organizers', 'admit', 'attribution follows the clause; the fronted "Perhaps unsurprisingly," is the writer\'s'),
        C(2277, 2290, '19bbee946f35', 'partial', 'Lewis Brown Griggs', 'Mismatch participant, diversity trainer', 'describes', '"describes himself as a \'...\'"'),
        C(2376, 2454, 'e41a6936f4f8', 'full', 'Lewis Brown Griggs', 'Mismatch participant, diversity trainer', 'said', '"he" resolved to Griggs, the subject of the previous paragraph'),
        C(2608, 2657, '6bbc2af0c248', 'full', 'Joan Blades', 'co-founder, Mismatch and Living Room Conversations', 'said', None),
        C(2673, 2730, 'bbdbfb22c2a7', 'indirect', 'Joan Blades', 'co-founder, Mismatch and Living Room Conversations', 'said', None),
        C(2744, 2881, '94584a2c5b91', 'full', 'Joan Blades', 'co-founder, Mismatch and Living Room Conversations', None, 'own paragraph, no verb: verb null; speaker from the paragraph before'),
        C(3019, 3222, '3b7a3ab57dfa', 'indirect', 'Anat Shenker-Osorio', 'communications consultant', 'said', '"showed" inside the clause is part of the reported content'),
        C(3226, 3375, '941e1a31978c', 'full', 'Anat Shenker-Osorio', 'communications consultant', 'wrote', None),
        C(3401, 3495, '3162dc8a1fe1', 'full', 'Anat Shenker-Osorio', 'communications consultant', 'wrote', 'continuation quote; verb inherited'),
        C(3517, 3612, '4e6c350ab12a', 'indirect', 'Anat Shenker-Osorio', 'communications consultant', 'said', 'the leading "However," (before the interrupting "she said,") is the writer\'s and is left out; contains a scare quote'),
        C(3541, 3551, '07281fa62f81', 'scare', None, None, None, 'label inside an indirect clause'),
        C(3616, 3741, '758e25269aa1', 'full', 'Anat Shenker-Osorio', 'communications consultant', 'wrote', None),
        C(3755, 3849, '60e67939dbba', 'full', 'Anat Shenker-Osorio', 'communications consultant', 'wrote', 'continuation quote; verb inherited'),
        C(3863, 3945, '899a476d79f1', 'indirect', 'John Gable', 'co-founder, Mismatch; CEO, AllSides', 'said', None),
        C(3949, 3996, '34182dd74720', 'full', 'John Gable', 'co-founder, Mismatch; CEO, AllSides', 'said', 'pronoun resolved'),
        C(4008, 4081, 'c322773184a8', 'full', 'John Gable', 'co-founder, Mismatch; CEO, AllSides', 'said', 'continuation quote; verb inherited'),
        C(4144, 4239, '4ee2d4ab04e2', 'full', 'Joan Blades', 'co-founder, Mismatch and Living Room Conversations', 'described', 'a stray closing mark after "kindergarten," (the text has one opening mark and two closing marks): one span from the opening mark to the final closing mark, the stray mark inside; "as Blades described it"'),
        C(4434, 4521, '848cd689bf73', 'full', 'Joan Blades', 'co-founder, Mismatch and Living Room Conversations', 'said', None),
        C(4951, 5077, '3cfb38df70d6', 'indirect', 'John Gable', 'co-founder, Mismatch; CEO, AllSides', 'said', 'attribution follows the sentence; the sentence before it has no attribution; "Organizers hope" next is not a speech verb'),
        C(5278, 5452, '9f71e21e8bb3', 'full', 'John Gable', 'co-founder, Mismatch; CEO, AllSides', 'said', None),
        C(5602, 5687, '1af6253a5505', 'full', 'John Gable', 'co-founder, Mismatch; CEO, AllSides', 'said', '"Blades and Gable both think so" before it is not a speech verb'),
        C(5848, 5899, 'd2ee78873d2e', 'full', 'Joan Blades', 'co-founder, Mismatch and Living Room Conversations', 'said', '"she" resolved to Blades, the subject of the previous paragraph'),
        C(5912, 6016, '62d779fae44e', 'full', 'Joan Blades', 'co-founder, Mismatch and Living Room Conversations', 'said', 'continuation quote; verb inherited; "as she sees it" next is not a speech verb'),
        C(6063, 6189, '690a724fb5e2', 'full', 'Joan Blades', 'co-founder, Mismatch and Living Room Conversations', 'said', 'the contributor line at the end is furniture'),
    ]),
    ('ESepscNOvtWJHiCd', 'Slate', [
        C(400, 414, '0592af6b90f6', 'scare', None, None, None, 'policy label; the photo caption above is furniture'),
        C(1384, 1456, '2f8d4b60dcca', 'full', None, 'people (critics, as Bloomberg recounts)', 'say', 'inside the unmarked speech block after the label "Bloomberg:" (the block itself gets no entry: a label, no verb); a quote inside it with its own speech verb is annotated, innermost speaker; the embedded Benjamin Dixon tweet above the label is furniture'),
        C(1737, 1767, 'e70050ff83da', 'full', None, 'kids stopped and frisked (imagined, as Bloomberg recounts)', None, 'inside the same unmarked block; "they start…" is not a speech verb, so verb null; innermost speaker'),
        C(1849, 2016, '362b1d2f9192', 'indirect', 'Aspen Times', None, 'reported', 'the attribution interrupts the clause ("the Aspen Times reported in 2015,"): the span keeps it; the directive-like "requested that ..." is part of the reported content'),
        C(2019, 2136, '0fa3c5187ef1', 'full', None, 'Aspen Institute chief external affairs officer', 'told', 'unnamed officer'),
        C(2208, 2356, 'e9e486b9e020', 'full', None, 'Aspen Institute chief external affairs officer', 'told', 'continuation quote; verb inherited; the embedded @upmtn tweet after this paragraph is furniture'),
        C(2834, 2901, '2abd048f1de2', 'full', None, 'one newspaper and one news service', 'saying', 'inside the unmarked interview block after "Here’s the text of that portion of the interview:" (a label, no entry); complete clause after "keep saying"; innermost speaker'),
        C(3697, 3714, '82423b095d2a', 'scare', None, None, None, 'name of an official category'),
        C(4262, 4471, '0b6228706298', 'full', 'New York Times', None, 'according to', None),
        C(4507, 4607, '544137d6c310', 'full', 'New York Times', None, 'according to', 'continuation quote; verb inherited'),
        C(4766, 4778, '490494dd66e1', 'full', 'Michael Bloomberg', 'former New York City mayor, Democratic presidential candidate', 'said', None),
        C(4851, 4866, '8e6f24f84fed', 'full', 'Michael Bloomberg', 'former New York City mayor, Democratic presidential candidate', 'said', 'continuation quote; verb inherited'),
        C(4939, 5058, 'a24f9139451f', 'full', 'Michael Bloomberg', 'former New York City mayor, Democratic presidential candidate', 'said', None),
        C(5077, 5313, 'b1144db94931', 'full', 'Michael Bloomberg', 'former New York City mayor, Democratic presidential candidate', 'said', 'continuation quote; verb inherited'),
    ]),
    ('rPSp82q1hx3lRYVY', 'Reuters', [
        C(909, 953, 'e98bbcf76b53', 'partial', 'Helen Lhuillier', '73-year-old French Canadian, Macron supporter', 'said', 'the reported clause contains the quote, so only the quote is annotated; period outside the marks; the photo caption above (a placard in straight marks) is furniture'),
        C(958, 1003, '9b77e6adb582', 'full', 'Helen Lhuillier', '73-year-old French Canadian, Macron supporter', 'said', None),
        C(1031, 1116, 'd1684de4109d', 'full', 'Helen Lhuillier', '73-year-old French Canadian, Macron supporter', 'adding', 'colon introduction ("before adding:")'),
        C(1482, 1529, '82f7e746018a', 'full', 'Michael Jeuga', 'Parisian', 'said', None),
        C(1572, 1776, 'c6d68c46485a', 'full', 'Michael Jeuga', 'Parisian', None, 'own paragraph, no verb: verb null; speaker from the paragraph before; the all-caps subhead after it has no marks'),
        C(2931, 2951, '0ecf7f80085a', 'partial', 'Marine Le Pen', 'far-right leader', 'called', '"what she called"; period outside the marks; "proposing to" before it has infinitive objects. The Harris Interactive poll that "found" (twice) and "voters said the same of him" (a noun-phrase object) get no entry'),
        C(3190, 3236, 'b486082ae546', 'partial', 'Benjamin Boss', '26-year-old bank worker', 'said', 'the reported clause contains the quote; "contrasted ... with ..." before it has noun-phrase objects'),
        C(3241, 3320, '941eac730696', 'full', 'Benjamin Boss', '26-year-old bank worker', 'said', 'pronoun resolved'),
        C(3426, 3477, '4a7e3835c2cd', 'indirect', 'Alain Perrouault', '50-year-old nuclear technician', 'said', None),
        C(3481, 3511, 'fa232a1c22ee', 'full', 'Alain Perrouault', '50-year-old nuclear technician', 'said', 'pronoun resolved'),
        C(3606, 3627, '775e5b013dd3', 'partial', 'Alain Perrouault', '50-year-old nuclear technician', 'added', 'fragment woven into "He added that ..."; the reported clause contains the quote, so only the quote is annotated'),
        C(3632, 3651, '2becf453bc8b', 'partial', 'Saskia Jenesen', 'IT worker', None, 'all-caps subhead in marks echoing her quote below: partial, verb null (as the Durbin subhead in the Reuters article of quotes.json, hard call 1)'),
        C(4175, 4233, 'c472384659b5', 'partial', 'Saskia Jenesen', 'IT worker', 'said', 'the reported clause contains the quote'),
        C(4313, 4336, '2f2de414e5a1', 'partial', 'Saskia Jenesen', 'IT worker', 'said', 'second conjunct of the same report ("- but that ..."); period outside the marks; "many clearly shared that view" next is not a speech verb; "official figures showed" is a finding (cf. a poll that "found", quotes_dev2 hard call 1) and gets no entry'),
        C(4724, 4740, '56ba8623b409', 'scare', None, None, None, '"the so-called ..."'),
        C(4991, 5163, 'be30cac87608', 'indirect', 'Harris Interactive', None, 'suggested', '"Harris\'s analysis suggested" + clause: "suggest" reports like "indicated" (seed 002); the analysis is the pollster\'s, named earlier as Harris Interactive'),
        C(5232, 5241, 'aed46c291324', 'scare', None, None, None, '"attempts to" is not a speech verb; no one is reported saying it'),
        C(5542, 5595, 'a827d31e9f96', 'indirect', 'Jean-Francois Perier', "76, at Le Pen's post-election event", 'said', None),
        C(5599, 5750, 'd20849cb8c20', 'full', 'Jean-Francois Perier', "76, at Le Pen's post-election event", None, 'own paragraph, no verb: verb null; speaker from the paragraph before'),
    ]),
    ('vBUMmLaiPsV5kUqC', 'Christian Science Monitor', [
        C(405, 474, '08f59fbfebd9', 'indirect', 'Marine Corps', None, 'according to', '"according to a Marine Corps statement": the organisation is the speaker; "reportedly" in the paragraph before is an adverb with no source and gets no entry'),
        C(1074, 1078, 'f25470201a13', 'partial', 'Jacqueline Garrick', 'acting director, Defense Suicide Prevention Office', 'told', 'a single word woven into the reported clause, which contains quotes and gets no entry'),
        C(1115, 1162, '56d039c49db2', 'partial', 'Jacqueline Garrick', 'acting director, Defense Suicide Prevention Office', 'told', 'woven after the writer\'s subject ("troops who have taken their lives"); comma inside the marks'),
        C(1426, 1485, 'a73541400d82', 'full', 'Jacqueline Garrick', 'acting director, Defense Suicide Prevention Office', 'said', 'a complete clause after a fronted adverbial of the writer\'s ("Indeed, in nonfatal suicide attempts, ...") is full (quotes_dev2 hard call 3)'),
        C(1515, 1554, '9af33214ff39', 'full', 'Jacqueline Garrick', 'acting director, Defense Suicide Prevention Office', 'added', 'complete clause after a fronted adverbial, as above'),
        C(1656, 1753, 'd0bf75ae16fa', 'indirect', 'Jacqueline Garrick', 'acting director, Defense Suicide Prevention Office', 'told', 'attribution follows the clause; the fronted "In most cases," is reported content'),
        C(1885, 2028, '591b0e5ef69a', 'full', 'Jacqueline Garrick', 'acting director, Defense Suicide Prevention Office', 'said', 'pronoun resolved'),
        C(2041, 2151, '287b866293c7', 'full', 'Jacqueline Garrick', 'acting director, Defense Suicide Prevention Office', 'said', 'continuation quote; verb inherited'),
        C(2299, 2308, '41e492b78c71', 'scare', None, None, None, 'straight double marks; "express concern about" has a noun-phrase object and gets no entry'),
        C(2675, 2738, 'f761c5127f2d', 'indirect', 'Pentagon', None, 'announced', 'the coordinated "but senior Pentagon officials remain concerned" is the writer\'s; the newsletter line after this paragraph is furniture'),
        C(2909, 3015, '86ee3de95133', 'partial', 'Rebecca Porter', 'Col., chief of behavioral health, Office of the Army Surgeon General', 'said', 'woven after the writer\'s subject "Troops"'),
        C(3173, 3232, '87b8a07fa327', 'full', 'Rebecca Porter', 'Col., chief of behavioral health, Office of the Army Surgeon General', 'warned', 'first part of an utterance split by the attribution (quotes_heldout5 hard call 9)'),
        C(3247, 3285, 'cb3a991891ea', 'full', 'Rebecca Porter', 'Col., chief of behavioral health, Office of the Army Surgeon General', 'warned', 'second part of the split utterance'),
    ]),
    ('PztrhRlwwplKY2fe', 'Newsmax', [
        C(78, 99, '8654b9dccb10', 'partial', 'Marco Rubio', 'Senator, Florida Republican', 'says', 'the whole body is one paragraph with missing spaces between sentences; the reported clause contains the quote, so only the quote is annotated'),
        C(325, 441, 'bd4f0945bc66', 'indirect', 'Marco Rubio', 'Senator, Florida Republican', 'says', '"the Florida Republican" resolved; the fronted "In his chilling assessment forFriday," is the writer\'s (typo kept outside the span)'),
        C(443, 480, '1367c45cf6c7', 'full', 'Marco Rubio', 'Senator, Florida Republican', 'wrote', None),
        C(492, 731, '1bc2d2b20f36', 'full', 'Marco Rubio', 'Senator, Florida Republican', 'warns', None),
        C(743, 920, '830c1e59b24d', 'full', 'Marco Rubio', 'Senator, Florida Republican', 'warns', 'continuation quote (same paragraph); verb inherited'),
        C(955, 1064, 'a743f4b7b145', 'full', 'Marco Rubio', 'Senator, Florida Republican', 'noted', 'a complete clause as the complement of "shows" in "Rubio noted recent history shows \'...\'" (zero complementiser); the reported clause contains the quote, so only the quote is annotated; the next quote opens right after the closing mark'),
        C(1066, 1106, 'c04cdfafbb4a', 'full', 'Marco Rubio', 'Senator, Florida Republican', 'warns', None),
        C(1263, 1340, '4d78a906e836', 'partial', 'Marco Rubio', 'Senator, Florida Republican', 'says', 'woven after the writer\'s subject "ISIS"'),
        C(1396, 1515, 'c0e5e61b1fd1', 'full', 'Marco Rubio', 'Senator, Florida Republican', 'asserts', '"Rubio calls for an increase ..." next is a directive with a noun-phrase object'),
        C(1757, 1975, 'a0ccd676fa0d', 'full', 'Dianne Feinstein', 'Senate Intelligence Committee head, D-Calif.', 'said', 'the quote follows "Rubio\'s warning echoes one issued by ..." and a comma; the attribution follows the quote; "She also called for a broader military campaign" next is a directive'),
        C(2109, 2265, '164996cdcee2', 'full', 'Dianne Feinstein', 'Senate Intelligence Committee head, D-Calif.', 'said', 'pronoun resolved; bracketed insertion kept'),
        C(2278, 2310, 'fc34228931f9', 'full', 'Dianne Feinstein', 'Senate Intelligence Committee head, D-Calif.', 'said', 'continuation quote; verb inherited'),
    ]),
    ('MYJEVplVKSGhMiga', 'Washington Times', [
        C(0, 36, '08d0c7e64345', 'indirect', 'Obama administration', None, 'acknowledged', '"the administration" (of President Obama, named below) as an organisation; the attribution follows the clause, and the with-phrase after the attribution is the writer\'s elaboration'),
        C(367, 421, '9e78084b70d1', 'indirect', None, 'insurers', 'saying', '"companies tap out, saying ..."; the "— and raising the risk ..." after the dash is the writer\'s'),
        C(920, 984, '593410e25cfc', 'full', 'Jason Miller', 'spokesman for Donald Trump', 'said', None),
        C(1198, 1262, '18938f415891', 'indirect', None, 'congressional Republicans', 'warning', '"warning voters that" + statement (quotes_dev3 hard call 5); "seized on the news" is not a report'),
        C(1587, 1695, '074e92ff3abe', 'indirect', 'Health and Human Services Department', None, 'said', '"urged consumers to shop around" before it is a directive and gets no entry'),
        C(1707, 1834, '4fc1bd79a46d', 'indirect', 'Health and Human Services Department', None, 'said', '"HHS" resolved to the department\'s full name given in the paragraph before'),
        C(1838, 2028, '422e1f158ac2', 'full', 'Sylvia Mathews Burwell', 'HHS Secretary', 'said', '"has said": the verb as the head word, as in quotes_heldout5 (Deseret "has said")'),
        C(2581, 2767, 'b9ed4e4691e5', 'full', 'Fred Upton', 'Rep., Michigan Republican, chairman of the House Energy and Commerce Committee', 'wrote', 'nested single-quoted \'affordability,\' stays inside; a letter written "along with other leading members": the named writer is the speaker; "asked ... to detail" in the paragraph before is a directive'),
        C(2873, 3012, '294405b8cc6d', 'full', 'Fred Upton', 'Rep., Michigan Republican, chairman of the House Energy and Commerce Committee', 'wrote', 'continuation quote; verb inherited'),
        C(3083, 3194, '937ce3ce4c81', 'indirect', None, 'analysts', 'saying', '"warned of massive premium increases" has a noun-phrase object; the participle clause is the report'),
        C(3260, 3319, '1d92cde72068', 'partial', 'Mark Dayton', 'Minnesota Governor, Democrat', 'said', 'woven after the writer\'s subject "the law"; period inside the marks'),
        C(3407, 3426, 'fd5d099bf57e', 'partial', 'Julie McPeak', 'Tennessee Insurance Commissioner', 'said', 'the reported clause contains the quote'),
        C(3430, 3594, 'c7b54004f446', 'full', 'Larry Levitt', 'senior vice president, Kaiser Family Foundation', 'said', None),
        C(3685, 3810, 'ba2d977ac910', 'full', 'Larry Levitt', 'senior vice president, Kaiser Family Foundation', 'said', 'continuation quote; verb inherited'),
        C(3991, 4001, '657dae22159b', 'scare', None, None, None, 'term glossing "second-lowest silver"; comma inside the marks'),
        C(4136, 4259, '517e3db484e5', 'indirect', 'Health and Human Services Department', None, 'according to', '"according to the HHS report": the department is the speaker of its report (cf. "according to a Marine Corps statement"); the scope is the sentence it ends'),
        C(4315, 4435, 'c7ef99367af7', 'indirect', 'Obama administration', None, 'said', 'the span stops before the relative clause with its own attribution ("who say ..."), a separate entry'),
        C(4445, 4539, '1b73f4e20375', 'indirect', None, 'House Republicans', 'say', 'relative clause with its own attribution: only the reported clause (cf. seed 000 "where he says ...", quotes_heldout4 McConnell)'),
        C(4594, 4769, 'd81656821481', 'indirect', 'Justice Department', None, 'said', '"In court papers Monday," is the writer\'s frame; the trailing relative clause is inside the reported clause and stays in'),
        C(5001, 5182, 'c90a0f021ab0', 'full', None, 'administration attorneys', 'wrote', 'unnamed attorneys (of the Justice Department, in court papers)'),
        C(5217, 5346, 'ae11bf174b6e', 'full', None, 'administration attorneys', 'wrote', 'continuation quote; verb inherited'),
        C(5400, 5523, 'daac7b714328', 'indirect', 'Sylvia Mathews Burwell', 'HHS Secretary', 'predicting', '"predict" + clause counts (quotes_dev3 hard call 5); "Mrs. Burwell" resolved; the fronted "Despite headwinds," is the writer\'s'),
        C(5545, 5680, '9d2d943efaaf', 'indirect', 'Sylvia Mathews Burwell', 'HHS Secretary', 'estimated', '"estimated that" + clause reports a statement; the compared-with phrase is inside the clause and stays in; "congressional scorekeepers predicted" in the next paragraph has a relative noun-phrase object and gets no entry'),
        C(5811, 5956, 'd3f68feda035', 'indirect', 'Obama', 'President', 'said', 'contains a scare quote, which does not block the indirect span; the article gives only the surname ("President Obama", "Mr. Obama")'),
        C(5901, 5915, '76c7d1521e36', 'scare', None, None, None, 'term glossing "a government-run plan", inside an indirect clause; comma inside the marks'),
        C(6086, 6333, 'fffdba3b6817', 'indirect', 'Health and Human Services Department', None, 'said', 'the newsletter and copyright lines after it are furniture'),
    ]),
    ('sVNcz8JbsO0HxfNQ', 'National Review', [
        C(417, 698, '7965a21b09c2', 'full', 'Michael Horowitz', 'Department of Justice Inspector General', 'said', 'the photo caption above is furniture; "faulted FBI senior officials for failing to ..." before it has a noun-phrase object and a gerund'),
        C(858, 900, '4f2ef8647ddf', 'indirect', None, 'former FBI officials', 'claimed', 'the fronted "Following the release of the report, which found that ..." is the writer\'s frame, and a report that "found" is a finding (quotes_dev2 hard call 1)'),
        C(993, 1000, '08c46c7d70be', 'partial', 'James Comey', 'former FBI director', 'claimed', 'the reported clause contains the quote, so only the quote is annotated; "In an op-ed for the Washington Post," is the writer\'s frame'),
        C(1176, 1298, '5c5f5b505aca', 'indirect', 'James Baker', 'former FBI general counsel', 'said', '"said that" + a should-clause counts (quotes_dev3 hard call 5); the nested "claiming there was ..." inside it gets no entry of its own; contains a scare quote, which does not block the indirect span'),
        C(1259, 1269, '5d1971d55edf', 'scare', None, None, None, 'a label inside an indirect clause (cf. "coyotes" in seed 000)'),
        C(1457, 1678, '428c1be3916a', 'indirect', 'Michael Horowitz', 'Department of Justice Inspector General', 'details', '"the IG report details how" + clause, like "describe how" (QUOTES.md hard call 4), "how" excluded like "that"; the report is the inspector general\'s, so he is the speaker; "While acknowledging no documentary bias, Horowitz criticized ... for" before it has noun-phrase objects'),
        C(1682, 2043, '9b5ef315606f', 'full', 'Michael Horowitz', 'Department of Justice Inspector General', 'said', '"the inspector general" resolved'),
        C(2117, 2133, '283d1e15c22f', 'partial', 'Michael Horowitz', 'Department of Justice Inspector General', 'said', 'the reported clause contains quotes, so only the quotes are annotated'),
        C(2145, 2171, 'd28b7ce2a11f', 'partial', 'Michael Horowitz', 'Department of Justice Inspector General', 'said', 'as above'),
        C(2215, 2654, '333f3ff9c7c1', 'full', 'Michael Horowitz', 'Department of Justice Inspector General', 'said', None),
    ]),
]


# ---------------------------------------------------------------- checks
def earlier_articles():
    return (list(gold.CORPUS_ARTICLES) + list(dev.DEV_ARTICLES) + list(dev2.DEV2_ARTICLES)
            + list(dev3.DEV3_ARTICLES) + list(heldout.HELDOUT_ARTICLES)
            + list(heldout2.HELDOUT2_ARTICLES) + list(heldout3.HELDOUT3_ARTICLES)
            + list(heldout4.HELDOUT4_ARTICLES) + list(heldout5.HELDOUT5_ARTICLES))


def check_outlets(articles, earlier):
    """Outlets all differ; the new ones are in no earlier set (nor their families), and the
    reused ones are exactly REUSED_OUTLETS."""
    outlets = [outlet for _, outlet, _ in articles]
    assert len(set(outlets)) == len(outlets), "outlets must all differ"
    used = {outlet for _, outlet, _ in earlier}
    reused = {o for o in outlets if o in used}
    assert reused == REUSED_OUTLETS, ("reused outlets differ from REUSED_OUTLETS", reused ^ REUSED_OUTLETS)
    new = [(aid, o, q) for aid, o, q in articles if o not in REUSED_OUTLETS]
    heldout.check_new_outlets(new, earlier)


def check_not_in_coverage(articles):
    """No article may be in a coverage gold file."""
    used = set()
    for path in COVERAGE_FILES:
        for story in json.loads(path.read_text(encoding="utf-8"))["stories"]:
            used.update(a["key"] for a in story["articles"] if a.get("source") == "corpus")
    ids = {aid for aid, _, _ in articles}
    assert used, "no corpus articles found in the coverage gold files"
    assert not ids & used, ("article already in a coverage gold file", ids & used)


def check_declarations():
    """Checks that need no corpus: field shapes, disjointness from all nine earlier sets and
    from the coverage gold files, and the outlet rule."""
    earlier = earlier_articles()
    heldout.check_new_ids(HELDOUT6_ARTICLES, earlier)
    check_outlets(HELDOUT6_ARTICLES, earlier)
    heldout.check_entries(HELDOUT6_ARTICLES)
    check_not_in_coverage(HELDOUT6_ARTICLES)


def main():
    check_declarations()
    heldout.main(HELDOUT6_ARTICLES, OUT)


if __name__ == "__main__":
    main()
