#!/usr/bin/env python3
"""Fourth held-out gold quotation set: declare it and write quotes_heldout4.json.

Run from anywhere:  python benchmarks/gold/make_quotes_heldout4.py

This is a FOURTH HELD-OUT set. It scores the quote extractor on text it was not tuned on, so
do not tune against it. It was annotated from the article text alone, before the extractor was
run on these articles. It follows QUOTES.md exactly and reuses the declaration helper and the
corpus verification of make_quotes_gold.py and ``check_new_ids``/``check_entries``/``main`` of
make_quotes_heldout.py, like make_quotes_heldout3.py. Entries are corpus-only: `start`/`end`
into the article `body` plus a 12-hex sha1 of the span. No corpus text is stored here. If the
corpus is absent, a note is printed and the same JSON is written with the entries unverified.
The script asserts that no article id and no outlet (or outlet family) is in any of the seven
earlier quote sets (quotes.json, quotes_dev.json, quotes_dev2.json, quotes_dev3.json,
quotes_heldout.json, quotes_heldout2.json, quotes_heldout3.json).

Fourth held-out set
===================

Selection, meant to be the way a user would bring articles rather than picked for being hard
or easy. The ids of the stories with mean_pairwise_cosine >= 0.15 were sorted and shuffled
with ``random.Random(2026).shuffle``. The outlets considered were the news outlets that no
earlier quote set uses (none of the 34 outlet names, 33 outlet families, of the seven files);
columnists, guest writers, think tanks and opinion sections or commentary blogs were left out,
since they do not carry ordinary news reports. For each outlet the article taken is the first one
in shuffled story order that is not too short (< 250 words), too long (> 1200 words), in
another language or short of 6 quotations. Outlets were taken in the order in which that
article turns up, with at most three outlets per lean, topics that all differ, and 6-16
annotations per article. Outlets passed over on the way: RollingStone.com, the Washington
Post, Slate, The Intercept and TechCrunch (their first articles are opinion columns), HotAir (a
commentary post), San Francisco Chronicle and Daily Mail (their first articles have more than 16
annotations), Democracy Now and the other left outlets after the third (lean cap),
RealClearPolitics (impeachment was taken), Yahoo! The 360 (a perspectives round-up), and BBC
News, the Student Press Law Center, ProPublica and FiveThirtyEight (their only articles are
over 1200 words). Leans: 3 right, 2 center, 3 left. No article is in a coverage gold file. The
Week's story (supreme_court/2020-06-25) is also the story of a quotes_dev2 article, but its
body is a separate report on D.C. statehood.

| id | outlet (lean) | story, cos | topic of the text | full | partial | scare | indirect | total |
| --- | --- | --- | --- | ---: | ---: | ---: | ---: | ---: |
| bLdJ7P4qTeV5YPWD | The Daily Caller (right) | supreme_court/2017-06-26, 0.256 | courts: travel ban stays | 8 | 0 | 3 | 3 | 14 |
| ujYBYKtVnkBSQ0IP | Independent Journal Review (right) | fbi/2020-05-19, 0.310 | politics: declassified Rice email | 6 | 3 | 0 | 1 | 10 |
| cXH3GGAtt5LmDAPF | CBS News (left) | abortion/2019-01-23, 0.373 | state law: New York abortion act | 3 | 1 | 0 | 7 | 11 |
| zDXYOzfIE0zXVWZJ | International Business Times (center) | ebola/2014-10-30, 0.211 | health: Ebola nurse and quarantine | 2 | 5 | 1 | 3 | 11 |
| hGsIkmOBCnZviLWS | NBCNews.com (left) | economic_policy/2014-01-09, 0.222 | economy: "Promise Zones" | 3 | 7 | 1 | 3 | 14 |
| rx2ctqxnqMrnlEK7 | Yahoo! News (left) | impeachment/2019-10-09, 0.261 | campaign: Biden backs impeachment | 9 | 2 | 1 | 1 | 13 |
| nCThltBGNzbPRkqn | The Week - News (center) | supreme_court/2020-06-25, 0.197 | Congress: D.C. statehood vote | 6 | 2 | 0 | 4 | 12 |
| 3fSJ9j1aSZIJ5xg9 | CNS News (right) | homeland_security/2019-04-08, 0.226 | government: DHS secretary resigns | 2 | 2 | 0 | 2 | 6 |
| **total** | | | | 39 | 22 | 6 | 24 | 91 |

What the articles contain:

* Daily Caller: the Supreme Court speaking ("announced", "the Court wrote"), a justice's block
  quotation that lost its marks after "He writes:", with three quoted terms inside, a
  statement with "said"/"added" continuation quotes, a noun complement ("expressed confidence
  that") and a commissive ("vowed to continue"), and contact/licensing furniture.
* IJR: an email quoted at length, with nested reports, nested single quotes that close with a
  straight mark, and editorial brackets; a letter by two senators; a word attributed with
  "found"; "as IJR reported" twice; an embedded tweet and "Read the email below:" furniture.
* CBS News: AP copy with "The Associated Press reports", "the AP reports" and "CBS New York
  reports" relays, unnamed supporters, critics and opponents, a state department as an
  according-to source, a directive with quoted words, and video-title/editor's-note furniture.
* IBT: a TV personality's "called" + "argued", a columnist's partial quote with an unquoted
  second conjunct, a survey's wording ("found", "said"), doctors with titles, a straight-quoted
  partial, and four embedded tweets (furniture).
* NBC: Obama's speech with partial quotes inside reported clauses, a quote completed by the
  writer after the closing mark, a zero-relative "he promised that ...", a verbless quote in
  a paragraph about him, a senator's two replies, and photo-caption furniture.
* Yahoo! News: a quote with no closing mark before a paragraph break, a speech excerpt without
  marks after "More from Biden's speech (as delivered):", "defended as", two tweets with
  continuation quotes, a campaign manager, and photo/"Story continues"/app furniture.
* The Week: a relay after a semicolon ("..., The New York Times reports"), a relative clause
  with its own "has said", a vote word in marks, a proposed name, "per The Hill", inverted
  "argued X", "pointed out, though, that", an as-clause of unnamed others, and a byline.
* CNS News: tweets ("tweeted", "wrote"), partial quotes from a resignation letter, the letter
  itself without marks after "Her entire letter follows.", an unquoted tweet after "Two more
  tweets followed:", a Washington Post report, and a photo caption.

Hard calls (besides the per-entry notes):

1. Blocks without marks get an indirect entry only when a speech verb introduces them (Daily
   Caller "He writes:", as in the quotes_dev3 Monitor block). Blocks introduced by a label with
   no verb get no entry: Yahoo "More from Biden's speech (as delivered):", CNS "Her entire letter
   follows." and the unquoted tweet after "Two more tweets followed:" (like other unquoted
   embedded tweets). Reports nested in an unannotated block (Biden's "he said he could stand
   in the middle of Fifth Avenue ...") get no entry either, as inside a quote. The three
   quoted terms inside the Daily Caller block are scare: they sit inside an indirect span (cf.
   the operation name in the Monitor block), although Thomas is citing the Court's terms.
2. Quotes that the writer completes after the closing mark are partial even when they open
   with complete sentences (NBC: "... I want to make sure" that residents ...; "We need to do
   something more dramatic" than ...), following quotes_heldout hard call 7 and quotes_dev2
   hard call 3.
3. Words attributed by non-speech words are partial, with the word as written as the verb
   (quotes_heldout hard call 9): IJR "which they found 'unusual'" (null, "Republicans"); IBT
   "A Pew Research study found that 41 percent of respondents were '...'" (the study speaks
   for Pew Research); The Week "voted 'no'" (null, the voters), like the answer economists
   "gave" in National Review; IJR "raised concerns about sharing 'sensitive information'"
   (Comey: the email's words about him, innermost speaker).
4. Directives and commitments get no entry, only their quoted words: CBS "He directed state
   landmarks ... to 'shine a bright light ...'" (partial, "directed"); IJR "Graham has vowed
   to investigate 'all things related'" (partial, "vowed"); The Week "Supporters ... proposed
   that ... would become 'the State of Washington, Douglass Commonwealth,'" (partial,
   "proposed"); Yahoo "Trump called on China to investigate the Bidens because '...'" (partial,
   verb "called on"). "vowed to continue their fight", "promised to veto the bill" and "asked
   ... to declassify" have no clause and no entry; "he promised that he'd continue to discuss
   ..." has a clause and is indirect (quotes_heldout2 hard call 2).
5. Relays: "..., the AP reports" around "Some critics argued ..." is an outer layer, so the
   critics are the speaker. The Week's trailing "The New York Times reports" follows a
   semicolon and scopes only the clause before it; "the White House has additionally promised
   to veto the bill" goes to the Times, because the promise has no clause. McConnell's own
   relative clause ("where ... has said he will not bring it to vote") is a separate entry
   with only the reported clause, as in seed 000 ("where he says ..."). "as IJR reported"
   gets an entry only where its clause has no quote. The outlet is named as the text names it
   ("IJR").
6. Scope of reported clauses: a second predicate of the speaker after the reported clause is the
   writer's (Daily Caller "announced that it will review ... and stayed injunctions"; NBC "said
   the issue ... wasn't a partisan one and he gave a special mention ..."), cf. QUOTES.md hard
   call 9. The Week "have pointed out, though, that the District is a clear Democratic
   stronghold; 90.9 percent ..." stops at the semicolon: the figures are the writer's support.
   The Week "although it's not constitutionally forbidden, as others have claimed" is read as
   an affirming as-clause (indirect, null, "others"); the contrary reading would give no entry.
7. Paragraph breaks: Yahoo "'He's already convicted himself.' + break + 'In full view ...,'
   Biden continued" has no closing mark before the break, so it is one span with the verb after
   the final closing mark ("continued"), as in quotes_heldout2 hard call 10. NBC's verbless
   quote after "Obama made the event personal by comparing ..." has verb null.
8. Speakers: "Supreme Court" for the per curiam ("the Court wrote"); "Donald Trump" wherever the
   article gives the full name (in Yahoo only inside quotes); "Chuck Grassley and Lindsey
   Graham" for their joint letter; "The Associated Press" for "the AP"; "Pew Research" as the
   article writes it; unnamed groups are null with a role ("supporters", "some critics", "some
   opponents", "Republican opponents", "others", "respondents to a Pew Research study").
"""
from __future__ import annotations

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
from make_quotes_gold import C  # noqa: E402

OUT = HERE / "quotes_heldout4.json"

# ---------------------------------------------------------------- corpus (fourth held-out set)
# Offsets into the article's ``body``; sha1 = sha1(body[start:end].encode("utf-8"))[:12].
HELDOUT4_ARTICLES = [
    ('bLdJ7P4qTeV5YPWD', 'The Daily Caller', [
        C(40, 168, 'b3190b5bb153', 'indirect', 'Supreme Court', None, 'announced', 'leading "that" excluded; the trailing "and stayed injunctions ..." is a second predicate of the Court (its action), not reported content (cf. QUOTES.md hard call 9)'),
        C(813, 1050, '93862103650e', 'full', 'Supreme Court', None, 'wrote', 'the Court (per curiam) as speaker'),
        C(1366, 1590, '546c72e4ff15', 'full', 'Supreme Court', None, 'wrote', None),
        C(2152, 2205, '5a826e0c8e3c', 'indirect', 'Clarence Thomas', 'Justice', 'argued', None),
        C(2219, 2904, 'ffad8efee24b', 'indirect', 'Clarence Thomas', 'Justice', 'writes', '"He writes:" introduces a block quotation that lost its marks: annotated as an indirect clause, like the Monitor\'s "As the Times reports:" block (quotes_dev3 hard call 4); the final period is left out; drop it if unmarked blocks should be skipped'),
        C(2724, 2747, '413f4ecbb580', 'scare', None, None, None, 'term quoted (from the per curiam) inside the unmarked block: scare inside an indirect span, like the operation name in the Monitor block (quotes_dev3)'),
        C(2770, 2784, 'a204c4b187c0', 'scare', None, None, None, 'as above'),
        C(2857, 2878, '82c490bfcd68', 'scare', None, None, None, 'as above; single curly marks'),
        C(3067, 3153, '7dbadf5f1d57', 'full', 'Donald Trump', 'President', 'said', '"the president said in a statement"; the fullest name is in the lede'),
        C(3227, 3349, '26364accfd8a', 'full', 'Donald Trump', 'President', 'said', 'continuation quote; verb inherited'),
        C(3353, 3440, '5ff0a1250c23', 'full', 'Donald Trump', 'President', 'added', 'pronoun resolved'),
        C(3453, 3616, '4bbeb00d40ed', 'full', 'Donald Trump', 'President', 'added', 'continuation quote; verb inherited'),
        C(4347, 4519, '93a9db6ceaad', 'full', 'Jeff Sessions', 'Attorney General', 'said', 'pronoun resolved; the preceding "expressed confidence that ..." is a noun complement and gets no entry'),
        C(4531, 4757, 'eb91dafc0bb3', 'full', 'Jeff Sessions', 'Attorney General', 'said', 'continuation quote; verb inherited'),
    ]),
    ('ujYBYKtVnkBSQ0IP', 'Independent Journal Review', [
        C(207, 228, '8cf74a323e6d', 'partial', 'James Comey', 'FBI Director', 'raised', 'words from the Rice email about Comey ("sharing sensitive information"), attributed via "raised concerns about": innermost speaker; "shows" (the email) is not a speech verb'),
        C(662, 993, '8a1663833c63', 'full', 'Susan Rice', 'National Security Advisor', 'wrote', "Rice's own email text; the reports of Comey nested inside it get no entries; nested single quote stays inside"),
        C(1020, 1320, '27d624ec1fee', 'full', 'Susan Rice', 'National Security Advisor', 'added', 'pronoun resolved; the nested quote closes with a straight single mark, which stays inside the span'),
        C(1813, 1820, '7cdf152a3f30', 'partial', None, 'Republicans', 'found', 'a word of the Republican senators\' letter (quoted below: "such an unusual email"), attributed to the unnamed group via "found", the only attribution word (cf. quotes_heldout hard call 9)'),
        C(2026, 2345, 'c0392587f28c', 'full', 'Susan Rice', 'National Security Advisor', 'wrote', 'editorial brackets stay inside'),
        C(2411, 2828, 'f0642922b01f', 'full', 'Susan Rice', 'National Security Advisor', 'added', 'nested single quote stays inside'),
        C(2917, 3235, 'ea6ee9a8683a', 'full', 'Chuck Grassley and Lindsey Graham', 'Senators', 'said', 'joint speakers of a letter (cf. "Tom Hanks and Rita Wilson" in quotes_dev2)'),
        C(3251, 3419, 'd1d632cb66bb', 'full', 'Chuck Grassley and Lindsey Graham', 'Senators', 'added', 'nested quote opens curly and closes straight; it stays inside'),
        C(3603, 3621, '92c77a30134c', 'partial', 'Lindsey Graham', 'Senator', 'vowed', 'quoted words of a commitment ("vowed to investigate"), like the quoted words of directives; the trailing "as IJR reported" covers a clause that contains this quote, so it gets no entry'),
        C(3721, 3897, '4f368debd766', 'indirect', 'IJR', None, 'reported', 'as-clause in which the outlet cites its own reporting (cf. NPR in quotes_heldout); the writer\'s leading "Additionally," is left out; the article names itself only as "IJR"'),
    ]),
    ('cXH3GGAtt5LmDAPF', 'CBS News', [
        C(77, 289, '5cebab68cda6', 'indirect', 'The Associated Press', None, 'reports', 'attribution follows the clause'),
        C(647, 873, '90de17211a3f', 'full', 'Andrew Cuomo', 'Governor of New York', 'said', None),
        C(996, 1062, '9d9ce4e486c0', 'partial', 'Andrew Cuomo', 'Governor of New York', 'directed', 'a directive gets no entry, only its quoted words (cf. "called on" in quotes_heldout); period inside the marks'),
        C(1066, 1175, '69efb4c8a9a8', 'full', 'Andrea Stewart-Cousins', 'Senate Majority Leader', 'said', None),
        C(1392, 1433, '729c6f409c6d', 'full', 'Sarah Weddington', 'attorney who argued Roe v. Wade before the Supreme Court', 'told', None),
        C(1795, 1873, '1e9719cb4517', 'indirect', 'CBS New York', None, 'reports', None),
        C(2086, 2210, '3ef49f800d64', 'indirect', None, 'supporters', 'said', 'unnamed group'),
        C(2342, 2454, 'a0539737459b', 'indirect', None, 'some critics', 'argued', 'the trailing "the AP reports" is an outer relay: the innermost speaker wins; "although Democrats disputed that" has a pronoun object and gets no entry'),
        C(2536, 2582, '270423109f9e', 'indirect', None, 'some opponents', 'predicted', '"predict" + clause counts (quotes_dev3 hard call 5)'),
        C(2639, 2708, 'c46c161d349a', 'indirect', 'New York State Department of Health', None, 'according to', 'the according-to scopes only its own sentence'),
        C(2876, 3070, '08d19b62a71b', 'indirect', 'The Associated Press', None, 'reports', '"The AP" resolved to the fullest name the article gives'),
    ]),
    ('zDXYOzfIE0zXVWZJ', 'International Business Times', [
        C(60, 69, '78f6b9c109ae', 'scare', None, None, None, "the state's label in distancing marks; no attribution verb"),
        C(444, 460, '5403ebd42a38', 'partial', 'Piers Morgan', 'TV personality', 'called', 'period inside the marks'),
        C(463, 727, '9bd7b3f02bff', 'full', 'Piers Morgan', 'TV personality', 'argued', 'pronoun resolved'),
        C(821, 861, '944b3c6cdec7', 'partial', 'Charles Blow', 'New York Times', 'said', 'the reported coordination contains this quote, so only the quote is annotated; its quote-free second conjunct ("and that mandatory quarantines ...") gets no entry (quotes_heldout hard call 3)'),
        C(2286, 2367, 'b7d239a281f4', 'indirect', 'Paul LePage', 'Governor of Maine', 'said', None),
        C(2647, 2732, 'aa24259cdd68', 'partial', 'Pew Research', None, 'found', 'the words of the Pew study (a document speaks for its owner); "found" is the only attribution word'),
        C(2764, 2777, '1640326d8352', 'partial', None, 'respondents to a Pew Research study', 'said', 'period inside the marks'),
        C(3120, 3207, '2e9d3415d21a', 'indirect', 'Arthur Caplan', 'director of the Division of Medical Ethics at NYU Langone Medical Center', 'said', None),
        C(3318, 3384, '2046c82be75c', 'indirect', 'Marc Siegel', 'internist and media figure', 'said', None),
        C(3387, 3522, '52c8cac84ce4', 'full', 'Marc Siegel', 'internist and media figure', 'said', None),
        C(3878, 3959, '19878b3eb30a', 'partial', 'Geraldo Rivera', 'TV personality', 'said', 'straight marks; period inside the marks; the embedded tweets around it are furniture'),
    ]),
    ('hGsIkmOBCnZviLWS', 'NBCNews.com', [
        C(83, 97, '3a7560c19121', 'scare', None, None, None, 'programme label; "announced" takes the noun phrase, not the term; comma inside the marks'),
        C(315, 583, 'bebe6cc83f40', 'partial', 'Barack Obama', 'President', 'said', 'enclosing indirect not annotated'),
        C(730, 817, '023bccab847f', 'indirect', 'Barack Obama', 'President', 'promised', 'zero-relative clause with its own attribution: the span keeps it (cf. "he said was not acceptable" in quotes_dev); "promise that <clause>" counts (quotes_heldout2 hard call 2)'),
        C(1037, 1148, '21fd04693d33', 'indirect', 'Barack Obama', 'President', 'said', 'photo caption before it is furniture'),
        C(1152, 1303, 'afd790ffe724', 'full', 'Barack Obama', 'President', 'said', 'text typo ("not determined not") kept'),
        C(1326, 1391, '2a286d7f4249', 'indirect', 'Barack Obama', 'President', 'said', 'the coordinated "and he gave a special mention to ..." is the writer\'s (cf. QUOTES.md hard call 9)'),
        C(1503, 1520, '4b14bde8a366', 'partial', 'Barack Obama', 'President', 'told', 'woven after the appositive'),
        C(1585, 1833, '88ab9356291a', 'partial', 'Barack Obama', 'President', 'said', 'opens straight, closes curly; the writer completes the clause after the closing mark, so partial (quotes_heldout hard call 7, quotes_dev2 hard call 3)'),
        C(2123, 2431, 'e00f09496140', 'full', 'Barack Obama', 'President', None, 'no attribution verb in its sentence ("comparing" in the sentence before is not one); speaker from context'),
        C(2602, 2698, '8d101860643d', 'partial', 'Barack Obama', 'President', 'said', 'inside a relative clause; period inside the marks'),
        C(2739, 2827, '58eb0d4716a2', 'partial', 'Barack Obama', 'President', 'said', 'the reported clause contains quotes, so only the quotes are annotated'),
        C(2834, 2890, '76a8b5be9647', 'partial', 'Barack Obama', 'President', 'said', 'second quote of the same reported clause'),
        C(3104, 3189, 'c1481fb07ac5', 'full', 'Rand Paul', 'Senator, Kentucky Republican', 'told', None),
        C(3206, 3243, '818ab90e3efd', 'partial', 'Rand Paul', 'Senator, Kentucky Republican', 'added', 'pronoun resolved; the writer completes the clause after the closing mark ("than ..."), so partial'),
    ]),
    ('rx2ctqxnqMrnlEK7', 'Yahoo! News', [
        C(50, 96, '13c5bd96eefc', 'indirect', 'Joe Biden', 'Former Vice President', 'said', None),
        C(100, 243, '324f51a9d48d', 'full', 'Joe Biden', 'Former Vice President', 'said', None),
        C(300, 483, 'f950e9dd9225', 'full', 'Joe Biden', 'Former Vice President', 'continued', 'no closing mark before the paragraph break and the next paragraph re-opens: one span over two paragraphs; the attribution after the final closing mark wins (quotes_heldout2 hard call 10)'),
        C(521, 610, '2c68c870fc59', 'full', 'Joe Biden', 'Former Vice President', 'continued', 'continuation quote; verb inherited'),
        C(2309, 2317, '5528a86c7012', 'partial', 'Donald Trump', 'President', 'defended', 'term attributed via "defended as"; period inside the marks; the speech block above it ("More from Biden’s speech (as delivered):") has no marks and no attribution verb and gets no entry'),
        C(2710, 2757, '43c332e96124', 'partial', 'Donald Trump', 'President', 'called on', "his reason, woven into the writer's sentence; the verb is the attribution word the quote hangs on (the directive itself gets no entry)"),
        C(3380, 3390, '674c02262d7d', 'scare', None, None, None, 'label of a campaign'),
        C(3459, 3503, 'e1d455f56680', 'full', 'Kate Bedingfield', "Biden's campaign manager", 'said', None),
        C(3571, 3653, 'f269e7efa854', 'full', 'Kate Bedingfield', "Biden's campaign manager", 'said', 'continuation quote; verb inherited'),
        C(3712, 3938, 'd25a34c94ff5', 'full', 'Donald Trump', 'President', 'tweeted', 'straight marks'),
        C(3964, 4012, 'f7171122dea6', 'full', 'Donald Trump', 'President', 'tweeted', 'continuation quote; verb inherited'),
        C(4042, 4062, '53cf147b976b', 'full', 'Joe Biden', 'Former Vice President', 'tweeted', None),
        C(4100, 4248, '291e064197b0', 'full', 'Joe Biden', 'Former Vice President', 'tweeted', 'continuation quote; verb inherited'),
    ]),
    ('nCThltBGNzbPRkqn', 'The Week - News', [
        C(255, 257, 'fd1286353570', 'partial', None, 'every House Republican plus Rep. Collin Peterson', 'voted', 'the answer given in the vote, attributed via "voted" (cf. the answer economists "gave" in quotes_heldout); straight marks'),
        C(374, 402, 'acea3e50c959', 'indirect', 'Mitch McConnell', 'Senate Majority Leader', 'said', 'relative clause with its own attribution: separate entry with only the reported clause (cf. seed 000 "where he says ...")'),
        C(404, 462, 'abd790e33233', 'indirect', 'The New York Times', None, 'reports', 'the trailing "The New York Times reports" scopes the clause after the semicolon; "promised to veto" has an infinitive, not a clause, so the Times is the innermost reporter'),
        C(717, 764, 'e9b9c167a649', 'partial', None, 'supporters of the bill', 'proposed', 'the quoted name is the wording of their proposal; "proposed that ... would" is a directive, so only the quoted words get an entry; comma inside the marks'),
        C(886, 983, '894409c327d7', 'full', 'Nancy Pelosi', 'House Speaker', 'said', 'also "per The Hill": the speech verb wins'),
        C(1062, 1207, 'd35338f5ecf1', 'full', 'Nancy Pelosi', 'House Speaker', 'said', 'continuation quote; verb inherited'),
        C(1211, 1336, '6ecaf15c6c87', 'full', 'Maxine Waters', 'Representative, D-Calif.', 'argued', None),
        C(1401, 1603, 'c8b6fff7d25f', 'full', 'Maxine Waters', 'Representative, D-Calif.', 'added', 'colon introduction'),
        C(1658, 1703, '2f0ec6012489', 'indirect', None, 'Republican opponents', 'pointed out', 'the writer\'s interrupting "though" is left out with the leading "that"; the statistics after the semicolon are the writer\'s support'),
        C(1810, 1883, '0ad2f80d30bb', 'full', 'Jody Hice', 'Representative, R-Ga.', 'argued', 'inverted "argued X"'),
        C(1949, 1984, 'df5643d537eb', 'indirect', None, 'others', 'claimed', 'as-clause of unnamed others, read as affirming the clause it follows; "which is true" is the writer\'s'),
        C(2011, 2072, 'd26c516e1adf', 'full', 'Jody Hice', 'Representative, R-Ga.', 'argued', "continuation in the same paragraph after the writer's aside; verb inherited; the trailing byline is furniture"),
    ]),
    ('3fSJ9j1aSZIJ5xg9', 'CNS News', [
        C(605, 640, '8de8f8d5cb94', 'indirect', 'The Washington Post', None, 'reported', '"wanted" inside is not a speech verb'),
        C(825, 949, '4cd12a9687c0', 'full', 'Donald Trump', 'President', 'tweeted', 'the opening photo caption is furniture'),
        C(968, 1167, 'fbd4846d74de', 'full', 'Donald Trump', 'President', 'wrote', None),
        C(1804, 1847, 'da8cbe5907cd', 'partial', 'Kirstjen Nielsen', 'Homeland Security Secretary', 'said', 'enclosing indirect not annotated; the unquoted tweet introduced by "Two more tweets followed:" before it is furniture; period inside the marks'),
        C(1892, 2025, '86c31d38a287', 'partial', 'Kirstjen Nielsen', 'Homeland Security Secretary', 'said', '"hopes" is not a speech verb, "said" is; enclosing indirect not annotated; the letter after "Her entire letter follows." has no marks and no attribution verb and gets no entry'),
        C(4747, 4958, 'a4f9ed2b93a6', 'indirect', 'Kevin McAleenan', 'U.S. Customs and Border Protection Commissioner', 'said', 'leading "that" excluded'),
    ]),]


# ---------------------------------------------------------------- checks
def check_declarations():
    """Checks that need no corpus: field shapes and disjointness from all seven earlier sets."""
    earlier = (list(gold.CORPUS_ARTICLES) + list(dev.DEV_ARTICLES) + list(dev2.DEV2_ARTICLES)
               + list(dev3.DEV3_ARTICLES) + list(heldout.HELDOUT_ARTICLES)
               + list(heldout2.HELDOUT2_ARTICLES) + list(heldout3.HELDOUT3_ARTICLES))
    heldout.check_new_ids(HELDOUT4_ARTICLES, earlier)
    heldout.check_new_outlets(HELDOUT4_ARTICLES, earlier)
    heldout.check_entries(HELDOUT4_ARTICLES)


def main():
    check_declarations()
    heldout.main(HELDOUT4_ARTICLES, OUT)


if __name__ == "__main__":
    main()
