#!/usr/bin/env python3
"""Held-out gold quotation annotations: declare them and write quotes_heldout.json.

Run from anywhere:  python benchmarks/gold/make_quotes_heldout.py

This is a HELD-OUT set. It scores the quote extractor on text it was not tuned on, so do
not tune against it. It follows QUOTES.md exactly and reuses the declaration helper and the
structural checks of make_quotes_gold.py. Entries are corpus-only: `start`/`end` into the
article `body` plus a 12-hex sha1 of the span. No corpus text is stored here. If the corpus
is absent, a note is printed and the same JSON is written with the entries unverified.
The script also asserts that no article id and no outlet overlaps with quotes.json.

Held-out set
============

Selection: six articles from six outlets that quotes.json does not use (it uses TheBlaze,
New York Times, Reuters and New York Post). Every article comes from a story with
mean_pairwise_cosine >= 0.15. Topics and leans vary (3 center, 1 left, 2 right). Each article
has clean text and 16-20 quotations. None of them is in coverage.json.

| id | outlet (lean) | story, cos | style | full | partial | scare | indirect | total |
| --- | --- | --- | --- | ---: | ---: | ---: | ---: | ---: |
| D8rYukaTR0NY4KEw | Associated Press (center) | national_security/2019-04-01, 0.391 | wire; curly; photo captions | 1 | 10 | 0 | 8 | 19 |
| jr8mKKf2J1vNpUJz | NPR Online News (center) | healthcare/2013-11-28, 0.159 | broadcaster; straight; "she says" | 12 | 0 | 0 | 4 | 16 |
| bUAXad8ZPxAhwljb | Chicago Tribune (center) | violence_in_america/2016-09-22, 0.178 | regional paper; straight | 7 | 3 | 0 | 9 | 19 |
| LozQHeTEwK1dZuwg | National Review (right) | economy_and_jobs/2018-01-05, 0.166 | opinion magazine; scare quotes | 5 | 2 | 10 | 3 | 20 |
| GMvUQKl60KF5mF8y | Politico (left) | religion_and_faith/2013-02-11, 0.344 | many according-to; organisations | 9 | 6 | 0 | 2 | 17 |
| HO6tlyozaGkJsWXB | Washington Times (right) | supreme_court/2018-09-27, 0.214 | pronoun chains ("she said") | 6 | 7 | 0 | 6 | 19 |
| **total** | | | | 40 | 28 | 10 | 32 | 110 |

Why these articles:

* AP: a wire story with a dateline. Its two duplicate photo captions contain a quote and a
  says-clause, and both are furniture. It has present-tense "says" and a memo's words
  (speaker = the member of Congress who released it) with an according-to inside the quote.
  It has a staff memo with no named author, paired partial quotes, and a layered
  according-to (memo reporting a person's view).
* NPR: straight quotes throughout, long "she says" chains, nested single quotes, a quote
  paragraph with no verb, quoted on-screen text, an according-to attribution to a website and
  an as-clause citing the outlet's own earlier reporting.
* Chicago Tribune: a regional paper with straight quotes. It has chanted slogans, several
  unnamed groups (city officials, police, neighbours), a chief and a lawyer who are
  referred to by title, partial quotes inside reported clauses, and a colon introduction.
* National Review: an opinion piece. It has ten scare quotes, including a mocked stock
  phrase that occurs four times, quoted headlines from another outlet, a quote that opens
  with a single mark and closes with a double one, and a quote cut off mid-sentence.
* Politico: seven according-to attributions. Most are attached to quotes that also have a
  speech verb, so the speech verb wins. It has organisations as speakers (Vatican, Catholic
  Church), an unnamed spokesman, nested single quotes (one quote is wholly wrapped in them),
  a quote that opens with a RIGHT double mark, and nav/photo furniture lines.
* Washington Times: pronoun chains resolving to one witness, a quoted question from a
  senator, attributions inside relative clauses, and several partial quotes.

Hard calls (besides the per-entry notes):

1. Reported directives are not annotated as indirect (Tribune: a family demanding that
   police do something; AP: asking someone to turn something over; Politico: calling on
   someone to do something, where only the quoted words are kept as partial with verb
   "called on"). Only assertive speech and reporting verbs count, as in the QUOTES.md list.
2. Non-factual reports are not annotated, by analogy with negated reports: what a
   hypothetical reporter could have written (NR; its quoted word is scare, like seed 003's
   "corrupt"), what hypothetical economists could be made to say (NR), and a
   report by nobody in particular, framed as a first (Tribune).
3. When a reported clause contains a quote, only the quote is annotated, and that includes
   coordinated reports where one conjunct has no quote (Tribune, twice; WT; AP). This
   follows the NYT precedent, where the unquoted first conjunct before a quoted second
   conjunct got no entry.
4. Scare or partial? A term that the text attributes with a naming or speech verb is
   partial: Politico, a word the Church "calls" an issue, which blocks the enclosing
   according-to to news reports (as in the NYT precedent). AP: a word an office "announced"
   a plan to do. Terms with no such verb are scare (NR). In NR a stock phrase in scare marks
   is also the attribution of a clause. The phrase is scare, and the clause is still
   indirect (generic economists + say + clause).
5. Speakers of documents. Text from a memo that a named member of Congress released goes to
   him (AP, Elijah Cummings). A staff memo with no named author is null. Text from a named
   outlet's article with unnamed authors goes to the outlet (NR: "The New York Times" both
   for the article and for its authors). Headlines go to their outlet (NR: Vox). On-screen
   text of a website form is null (NPR). An NPR as-clause citing the outlet's own reporting
   goes to "NPR".
6. Police with no named department is null with role "police" (Tribune). "Vatican" is used
   for the Holy See's statements, although one sentence says "Vatican City" (Politico).
7. full or partial: chanted slogans that are complete utterances are full (Tribune). A
   complete first-person clause that is the second conjunct of a reported clause is full
   (WT). A quote that the writer completes with a word outside the marks is partial (NR).
   Quoted headlines are full (NR). A quote wholly wrapped in nested single marks after a
   that-opener is full (Politico).
8. Layered attribution: in AP, words in an according-to of a memo about a person's view go
   to the innermost person (Newbold), verb "according to". In Politico, a phrase attributed
   only to reports (verb "said") goes to the reports (null), not to the two leaders who
   discussed the topic.
9. Verbs are written as in the text, even when the word is not a speech verb but is the only
   attribution word ("learn", "gave", "headlined", "opens", "read").
10. Fronted adverbials that belong to the reported content stay in the indirect span. The
    attribution then interrupts the clause, and the span keeps it (NPR, AP). A zero-relative
    clause with its own attribution keeps the attribution (WT), like the seed 000/001
    relative clauses.
"""
from __future__ import annotations

import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import make_quotes_gold as gold  # noqa: E402
from make_quotes_gold import C  # noqa: E402

REPO = gold.REPO
CORPUS = gold.CORPUS
OUT = HERE / "quotes_heldout.json"
KIND_ORDER = ("full", "partial", "scare", "indirect")

# ---------------------------------------------------------------- corpus (held out)
# Offsets into the article's ``body``; sha1 = sha1(body[start:end].encode("utf-8"))[:12].
HELDOUT_ARTICLES = [
    ('D8rYukaTR0NY4KEw', 'Associated Press', [
        C(976, 996, 'afff9ce81d7c', 'partial', 'Tricia Newbold', 'career official in the White House security office', 'says', 'lede (3rd occurrence: the same phrase in the two photo captions above is furniture); the unnamed official of the lede is Newbold, named in the next paragraph; enclosing indirect not annotated'),
        C(1222, 1394, '2319c04275fb', 'indirect', 'Tricia Newbold', 'career official in the White House security office', 'says', None),
        C(1700, 1780, '3b3b92a7b335', 'partial', 'Elijah Cummings', 'chairman of the House Oversight and Reform Committee', 'say', 'the documents are the letter and memo Cummings released (later called his memo), so the memo text goes to him; enclosing indirect not annotated'),
        C(1845, 2069, '73718b22fdd8', 'full', 'Elijah Cummings', 'chairman of the House Oversight and Reform Committee', 'says', "the memo's own words (Cummings' memo); the according-to inside the quote gets no entry"),
        C(2306, 2320, 'e851d945d696', 'partial', None, 'House Republicans', 'called', 'word attributed via "called"; period inside the marks'),
        C(2608, 2711, '91ccb08b2058', 'indirect', 'The New York Times', None, 'reported', None),
        C(2822, 2889, 'f97d5beda5f4', 'indirect', 'Elijah Cummings', 'chairman of the House Oversight and Reform Committee', 'said', None),
        C(3269, 3284, '486d7bea532d', 'partial', 'Jim Jordan', "House Oversight and Reform Committee's ranking Republican", 'said', 'enclosing indirect not annotated'),
        C(3294, 3314, '6db91dcdc3e1', 'partial', 'Jim Jordan', "House Oversight and Reform Committee's ranking Republican", 'said', None),
        C(3359, 3406, '0b894c62a412', 'indirect', 'Jim Jordan', "House Oversight and Reform Committee's ranking Republican", 'said', None),
        C(3665, 3675, '034e19e928a9', 'partial', None, "Republican response memo by Jim Jordan's staff", 'suggests', 'the Republican response memo has no named author (written by staff): speaker null; enclosing indirect not annotated'),
        C(3732, 3752, 'b2c02dfb484a', 'partial', None, "Republican response memo by Jim Jordan's staff", 'saying', 'inside the clause attributed to the Republican memo by a participle; enclosing indirect not annotated'),
        C(3949, 3959, 'e5f87bc8690a', 'partial', 'Tricia Newbold', 'career official in the White House security office', 'according to', "layered: Cummings' memo reports Newbold's view; innermost speaker"),
        C(4045, 4057, '8649013bd521', 'partial', 'Tricia Newbold', 'career official in the White House security office', 'according to', 'layered, as above'),
        C(4085, 4163, 'a280288c5bda', 'indirect', 'Tricia Newbold', 'career official in the White House security office', 'said', None),
        C(4165, 4382, '9ca5ec573458', 'indirect', 'Tricia Newbold', 'career official in the White House security office', 'said', 'attribution interrupts the clause; span keeps it'),
        C(4403, 4491, '3d2fc0185d00', 'indirect', 'Tricia Newbold', 'career official in the White House security office', 'said', 'leading "that" excluded'),
        C(4530, 4541, '0b605bffd603', 'partial', None, 'White House security office', 'announced', "word attributed to the security office via announced; Newbold's enclosing report is not annotated because it contains this quote"),
        C(5195, 5295, 'c8952118450e', 'indirect', 'The New York Times', None, 'according to', "short form of the paper's name; the according-to scopes only the second conjunct"),
    ]),
    ('jr8mKKf2J1vNpUJz', 'NPR Online News', [
        C(296, 363, 'bce8b2ab6b1e', 'indirect', 'NPR', None, 'reported', 'as-clause in which the outlet (first person plural) cites its own earlier reporting, like an according-to attribution to the outlet'),
        C(490, 608, '9c1f19d6188b', 'full', 'Lara Imler', 'Anchorage hair stylist', 'says', 'pronoun "she" resolved'),
        C(621, 663, 'a52b1d61b10b', 'full', 'Lara Imler', 'Anchorage hair stylist', 'says', 'continuation quote; verb inherited'),
        C(764, 806, '2957f5bbfa55', 'indirect', 'HealthCare.gov', None, 'according to', 'the website is HealthCare.gov, a named site'),
        C(1131, 1158, 'c1c9ca8fea1e', 'full', 'Lara Imler', 'Anchorage hair stylist', 'says', None),
        C(1171, 1468, '1d6870d6084a', 'full', 'Lara Imler', 'Anchorage hair stylist', 'says', 'continuation quote; nested single-quoted question stays inside'),
        C(1821, 1935, '1b07c4f1a4dd', 'indirect', 'Tyann Boling', 'Chief Operating Officer, Enroll Alaska', 'says', None),
        C(1939, 2062, 'be1f86707f10', 'full', 'Tyann Boling', 'Chief Operating Officer, Enroll Alaska', 'says', None),
        C(2078, 2212, 'ed2f0e02d470', 'full', 'Tyann Boling', 'Chief Operating Officer, Enroll Alaska', 'says', 'continuation quote; verb inherited'),
        C(2735, 2850, 'c6a6d13a114e', 'full', 'Lara Imler', 'Anchorage hair stylist', 'says', None),
        C(3015, 3032, 'd21bb91c11e1', 'full', None, 'her HealthCare.gov application (on-screen text)', 'says', 'quoted on-screen text attributed with "says"; unnamed document'),
        C(3132, 3151, '76f9f3ae7785', 'full', None, 'icon on the HealthCare.gov application (on-screen label)', 'says', 'quoted on-screen label attributed with "says"'),
        C(3155, 3341, '23d2496939b9', 'full', 'Lara Imler', 'Anchorage hair stylist', 'says', 'nested single quote stays inside'),
        C(3354, 3413, '7fb6359f82a8', 'full', 'Lara Imler', 'Anchorage hair stylist', 'says', 'continuation quote; verb inherited'),
        C(3745, 3868, '355a7475bbd4', 'full', 'Lara Imler', 'Anchorage hair stylist', None, 'standalone paragraph, no attribution verb; speaker from context'),
        C(3871, 3964, 'ab0d7081e117', 'indirect', 'Lara Imler', 'Anchorage hair stylist', 'says', 'fronted adverbial belongs to the reported clause, so the attribution interrupts it and stays inside the span'),
    ]),
    ('bUAXad8ZPxAhwljb', 'Chicago Tribune', [
        C(595, 611, 'a2a98071fee1', 'full', None, 'demonstrators', 'chanted', 'chanted slogan: complete utterance as object of the verb, so full; unnamed group'),
        C(618, 634, '7baf1d1cfd94', 'full', None, 'demonstrators', 'chanted', 'second chanted slogan'),
        C(1538, 1618, '6c196edaaa1f', 'indirect', 'Mike Campagna', 'Police Captain', 'told', None),
        C(1783, 1857, '4aab398443df', 'indirect', 'Kerr Putney', 'Charlotte-Mecklenburg Police Chief', 'said', None),
        C(1936, 1953, 'c824650304f8', 'partial', 'Kerr Putney', 'Charlotte-Mecklenburg Police Chief', 'told', 'words attributed inside his reported clause; enclosing indirect not annotated'),
        C(1967, 2006, '1e22f538293b', 'full', 'Kerr Putney', 'Charlotte-Mecklenburg Police Chief', 'said', None),
        C(2022, 2068, 'aa663cc2837f', 'full', 'Kerr Putney', 'Charlotte-Mecklenburg Police Chief', 'said', 'continuation quote; verb inherited'),
        C(2791, 2884, 'e092ff6ac3d9', 'indirect', None, 'city officials', 'said', 'unnamed group; both coordinated clauses are reported'),
        C(2904, 3009, '78d2f1437a7e', 'indirect', None, 'police', 'said', 'generic police, no named organisation: speaker null'),
        C(3040, 3066, 'fc97917b1040', 'indirect', None, 'neighbors', 'said', 'unnamed group'),
        C(3090, 3149, '869f716a7348', 'indirect', 'Kerr Putney', 'Charlotte-Mecklenburg Police Chief', 'said', "the chief's title resolved to the fullest name"),
        C(3211, 3293, '8420b21fb4a7', 'partial', 'Kerr Putney', 'Charlotte-Mecklenburg Police Chief', 'said', 'the reported coordination contains this quote, so only the quote is annotated (its quote-free first conjunct gets no entry)'),
        C(3310, 3389, 'fdd115df6832', 'full', 'Kerr Putney', 'Charlotte-Mecklenburg Police Chief', 'added', 'colon introduction'),
        C(3503, 3553, 'f0a876961e05', 'indirect', 'Justin Bamberg', "attorney for Scott's family", 'said', 'pronoun "He" resolved; leading "that" excluded'),
        C(3557, 3798, '722dc7a0af7c', 'full', 'Justin Bamberg', "attorney for Scott's family", 'said', None),
        C(3830, 3900, 'ee7eaccd5bee', 'indirect', 'Justin Bamberg', "attorney for Scott's family", 'said', 'attribution follows the clause'),
        C(4010, 4059, 'c291b5ca6bac', 'partial', 'Justin Bamberg', "attorney for Scott's family", 'said', 'the lawyer is Bamberg; begins with a conjunction, woven in; the preceding reported clause is not annotated because the report contains this quote'),
        C(4239, 4288, '0cd74f8abf3a', 'indirect', 'Kerr Putney', 'Charlotte-Mecklenburg Police Chief', 'acknowledged', None),
        C(4301, 4448, '14cbe452d156', 'full', 'Kerr Putney', 'Charlotte-Mecklenburg Police Chief', 'said', None),
    ]),
    ('LozQHeTEwK1dZuwg', 'National Review', [
        C(210, 472, '7361b27617c8', 'full', 'The New York Times', None, 'opens', "opens with a single curly mark and closes with a double one; the named outlet's article is the speaker (its authors are unnamed)"),
        C(866, 944, '8f6027529122', 'indirect', 'The New York Times', None, 'assure', "the article's unnamed authors: outlet as speaker; the trailing dash clause is the writer's"),
        C(1032, 1102, '81122f1028ed', 'full', 'The New York Times', None, 'claim', 'pronoun resolved to the article\'s authors; complete clause after "that"'),
        C(1149, 1256, '361774a36df1', 'full', 'The New York Times', None, 'learn', 'quote from the same article introduced by a non-speech verb; the verb is the attribution word as written'),
        C(1326, 1335, '92f7d5cf00f8', 'scare', None, None, None, 'word in a hypothetical report (nobody said it); the hypothetical report itself is not annotated'),
        C(2102, 2112, '9d5452c9cd00', 'scare', None, None, None, 'term'),
        C(2384, 2398, '0b4fa44b94b1', 'scare', None, None, None, 'stock phrase, mocked'),
        C(2474, 2488, '0b4fa44b94b1', 'scare', None, None, None, 'stock phrase used as an attribution; the clause it introduces is annotated as indirect'),
        C(2490, 2531, '67062b2e6889', 'indirect', None, 'economists (as cited by the press)', 'say', 'generic speakers; the attribution sits inside scare marks but say + clause still counts'),
        C(2581, 2591, '208b5ce08349', 'scare', None, None, None, 'term'),
        C(2707, 2716, 'aba8096c3ef6', 'scare', None, None, None, 'label; comma inside the marks'),
        C(3087, 3101, '0b4fa44b94b1', 'scare', None, None, None, 'mention of the phrase'),
        C(3931, 4003, '43519da4e81a', 'full', 'Vox', None, 'headlined', 'quoted headline: a complete standalone title'),
        C(4067, 4078, 'b4d749d405ad', 'scare', None, None, None, 'ironic label'),
        C(4153, 4167, '6a1b21333d5c', 'scare', None, None, None, "writer's echo of the headline word; period inside the marks"),
        C(4506, 4589, '2e914fbad03b', 'full', 'Vox', None, 'read', 'quoted headline'),
        C(4693, 4703, '42d911e44074', 'partial', None, 'economists polled by Vox', 'gave', 'answer attributed to those polled; period inside the marks'),
        C(4707, 4739, '35bc810e6288', 'partial', 'Mark Zandi', 'economist', 'told', "quote is cut off mid-sentence and completed by the writer's next word, so partial"),
        C(4750, 4764, '0b4fa44b94b1', 'scare', None, None, None, 'compound modifier before a name'),
        C(5066, 5134, '8a5133ad63bb', 'indirect', None, 'dozens of companies', 'announced', "the trailing time clause dates the announcements and is the writer's"),
    ]),
    ('GMvUQKl60KF5mF8y', 'Politico', [
        C(563, 579, '9cf4d7e9f753', 'partial', 'Pope Benedict XVI', 'Pope', 'saying', 'enclosing indirect not annotated'),
        C(626, 682, 'cb6145f207cf', 'full', 'Pope Benedict XVI', 'Pope', 'said', None),
        C(712, 934, 'd6c5ac0d3c95', 'full', 'Pope Benedict XVI', 'Pope', 'said', 'continuation quote; verb inherited'),
        C(1051, 1055, '2b5d05d3594b', 'partial', 'Catholic Church', None, 'calls', 'term attributed via "calls", so partial; the enclosing according-to clause (2007 news reports) is therefore not annotated'),
        C(1117, 1296, '49b7c4115869', 'full', 'Tarcisio Bertone', 'Vatican Secretary of State, Cardinal', 'told', 'also an according-to attribution to a magazine report; the speech verb wins'),
        C(1450, 1474, 'd6f4d9529f40', 'partial', None, 'reports from the time', 'said', "phrase attributed only to the reports (said); the leaders' discussing does not attribute wording to them; enclosing indirect not annotated"),
        C(1595, 1649, '626d05c552d8', 'full', 'George W. Bush', 'President', 'told', 'complete clause after "that"; nested single quote stays inside'),
        C(1765, 1860, '05908990d8b3', 'indirect', None, 'reports from the time', 'according to', 'unnamed reports'),
        C(1961, 2103, '2fab5788de48', 'full', None, 'Vatican spokesman', 'said', 'unnamed; also an according-to attribution to news reports; the speech verb wins'),
        C(2211, 2218, '025e6dee0ef7', 'partial', None, 'Vatican spokesman', 'said', 'pronoun resolved to the Vatican spokesman; also an according-to attribution to a report'),
        C(2232, 2336, 'ebc50da6776f', 'full', None, 'Vatican spokesman', 'said', 'whole quote is wrapped in nested single marks, which stay inside the span; complete sentences after a that-clause opener'),
        C(2410, 2448, '7968b0880178', 'partial', 'Vatican', None, 'called on', 'woven in; period inside the marks'),
        C(2452, 2708, '087ffb50554e', 'full', 'Vatican', None, 'read', "the message is the Vatican's (previous sentence); also an according-to attribution to a statement from a spokesman"),
        C(2964, 3081, '6d2a9c37eb1f', 'indirect', None, 'some anti-abortion rights activists', 'argued', 'unnamed "some"'),
        C(3488, 3536, '300d5b517cf5', 'partial', 'Pope Benedict XVI', 'Pope', 'told', 'woven after a modal; nested single quote stays inside; also an according-to attribution to a report'),
        C(3633, 3863, 'fb395d55925f', 'full', 'Nancy Pelosi', 'House Minority Leader, then Speaker of the House', 'said', 'pronoun resolved'),
        C(4011, 4389, 'a4d155ce40b6', 'full', 'Pope Benedict XVI', 'Pope', 'said', 'opening mark is a RIGHT double quote (U+201D); also an according-to attribution to a posted address'),
    ]),
    ('HO6tlyozaGkJsWXB', 'Washington Times', [
        C(43, 54, '80fe0483d857', 'partial', 'Christine Blasey Ford', None, 'said', 'woven into her reported clause; enclosing indirect not annotated'),
        C(434, 489, '6bb9b0a2e4e9', 'partial', 'Christine Blasey Ford', None, 'described', 'woven into a relative clause; period inside the marks'),
        C(795, 832, '22f74d0f03b2', 'partial', 'Christine Blasey Ford', None, 'recalled', None),
        C(894, 985, '9276431650f3', 'partial', 'Christine Blasey Ford', None, 'said', 'attribution interrupts the reported clause; the clause contains this quote, so only the quote is annotated'),
        C(1069, 1106, 'c35f111bfe6b', 'indirect', 'Christine Blasey Ford', None, 'says', 'attribution inside a relative clause: span keeps it (cf. "whose leaders he said ...")'),
        C(1110, 1188, '2291481e9220', 'full', 'Christine Blasey Ford', None, 'said', 'pronoun "she" resolved'),
        C(1201, 1371, '20f7d05f5d74', 'full', 'Christine Blasey Ford', None, 'said', 'continuation quote; verb inherited'),
        C(1615, 1685, 'c053d9b64a45', 'full', 'Richard Durbin', 'Senator, Illinois Democrat', 'said', None),
        C(1851, 1862, '80fe0483d857', 'partial', 'Christine Blasey Ford', None, 'said', 'pronoun "She" resolved'),
        C(1941, 2117, 'ee75b5305309', 'indirect', 'Christine Blasey Ford', None, 'said', None),
        C(2129, 2278, '4be81b618ad9', 'indirect', 'Christine Blasey Ford', None, 'said', None),
        C(2304, 2348, 'c19ba9ae9c1c', 'indirect', 'Christine Blasey Ford', None, 'told', None),
        C(2352, 2428, 'bbd65841e68a', 'full', 'Dianne Feinstein', 'Senator', 'asked', 'a direct quoted question is a quote; the senator is Feinstein, named in the previous sentence'),
        C(2451, 2466, '51e7ed365505', 'full', 'Christine Blasey Ford', None, 'said', 'standalone fragment utterance, not woven in'),
        C(2564, 2604, 'a133b99e4d46', 'indirect', 'Christine Blasey Ford', None, 'says', 'zero-relative clause with its own attribution; span keeps it'),
        C(2620, 2671, '968823b3cb3c', 'indirect', None, 'witnesses Ford says were at the party', 'said', 'unnamed group'),
        C(2755, 2805, 'e6fd5f29eca6', 'partial', 'Christine Blasey Ford', None, 'says', 'woven in after "has been"; enclosing indirect not annotated'),
        C(2825, 2848, '38b02a88632a', 'partial', 'Christine Blasey Ford', None, None, 'her words, no attribution verb in the sentence; speaker from context'),
        C(2927, 3008, '2a7338a74de5', 'full', 'Christine Blasey Ford', None, 'said', 'complete clause (first person) as second conjunct of the reported clause; enclosing indirect not annotated'),
    ]),
]


# ---------------------------------------------------------------- checks
def check_declarations():
    """Checks that need no corpus: field shapes and disjointness from quotes.json."""
    used_ids = {aid for aid, _, _ in gold.CORPUS_ARTICLES}
    used_outlets = {outlet for _, outlet, _ in gold.CORPUS_ARTICLES}
    ids = [aid for aid, _, _ in HELDOUT_ARTICLES]
    outlets = [outlet for _, outlet, _ in HELDOUT_ARTICLES]
    assert len(set(ids)) == len(ids), "duplicate article id"
    assert len(set(outlets)) == len(outlets), "held-out outlets must all differ"
    assert not used_ids & set(ids), ("article already in quotes.json", used_ids & set(ids))
    for outlet in outlets:
        for used in used_outlets:
            assert not outlet.startswith(used.split(" (")[0]), ("outlet already in quotes.json", outlet, used)
    check_entries(HELDOUT_ARTICLES)


def check_entries(articles):
    """Checks every held-out file shares: enough quotes, known kinds, hashes, speakers."""
    for aid, _, quotes in articles:
        assert len(quotes) >= 6, (aid, "fewer than 6 quotations")
        for q in quotes:
            assert q["kind"] in gold.KINDS, (aid, q)
            assert re.fullmatch(r"[0-9a-f]{12}", q["sha1"]), (aid, q)
            assert isinstance(q["start"], int) and isinstance(q["end"], int) and q["start"] < q["end"], (aid, q)
            if q["kind"] == "scare":
                assert q["speaker"] is None and q["role"] is None and q["verb"] is None, (aid, "scare with speaker", q)
            else:
                assert q["speaker"] is not None or q["role"], (aid, "null speaker needs a role", q)


def build(articles=None):
    """Verify each declared article against the corpus (hashes, span checks)."""
    if articles is None:
        check_declarations()
        articles = HELDOUT_ARTICLES
    return gold.verify_corpus_articles(articles)


def check_new_ids(articles, earlier):
    """No article may appear twice, nor in an earlier gold file."""
    used = {aid for aid, _, _ in earlier}
    ids = [aid for aid, _, _ in articles]
    assert len(set(ids)) == len(ids), "duplicate article id"
    assert not used & set(ids), ("article already in an earlier gold file", used & set(ids))


def check_new_outlets(articles, earlier):
    """Held-out articles come from outlets no earlier set uses, and from different outlets;
    a used "New York Times - News" also rules out "New York Times - Opinion"."""
    used_outlets = {outlet for _, outlet, _ in earlier}
    outlets = [outlet for _, outlet, _ in articles]
    assert len(set(outlets)) == len(outlets), "outlets must all differ"
    for outlet in outlets:
        for used in used_outlets:
            base, own = (name.split(" (")[0].split(" - ")[0] for name in (used, outlet))
            assert not outlet.startswith(base) and not used.startswith(own), (
                "outlet already in an earlier gold set", outlet, used)


def main(declared=None, out_path=OUT):
    articles, verified = build(declared)
    doc = {"version": 1, "span_convention": gold.SPAN_CONVENTION, "articles": articles}
    out_path.write_text(json.dumps(doc, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    total = {k: 0 for k in KIND_ORDER}
    for a in articles:
        counts = {k: sum(q["kind"] == k for q in a["quotes"]) for k in KIND_ORDER}
        for k in KIND_ORDER:
            total[k] += counts[k]
        print(f"{a['id']} ({a['outlet']}): {len(a['quotes'])} quotes {counts}")
    print(f"wrote {out_path.relative_to(REPO)}: {len(articles)} articles, {sum(total.values())} quotes {total}"
          + ("" if verified else " (entries unverified)"))


if __name__ == "__main__":
    main()
