#!/usr/bin/env python3
"""Third held-out gold quotation set: declare it and write quotes_heldout3.json.

Run from anywhere:  python benchmarks/gold/make_quotes_heldout3.py

This is a THIRD HELD-OUT set. It scores the quote extractor on text it was not tuned on, so
do not tune against it. It was annotated from the article text alone, before the extractor was
run on these articles. It follows QUOTES.md exactly and reuses the declaration helper and the
corpus verification of make_quotes_gold.py and ``check_new_ids``/``check_entries``/``main`` of
make_quotes_heldout.py, like make_quotes_heldout2.py. Entries are corpus-only: `start`/`end`
into the article `body` plus a 12-hex sha1 of the span. No corpus text is stored here. If the
corpus is absent, a note is printed and the same JSON is written with the entries unverified.
The script asserts that no article id and no outlet overlaps with quotes.json,
quotes_dev.json, quotes_heldout.json or quotes_heldout2.json.

Third held-out set
==================

Selection: six articles from six outlets that no earlier gold set uses (quotes.json:
TheBlaze, New York Times, Reuters, New York Post; quotes_dev.json: Fox Online News, USA
TODAY, NPR, Politico; quotes_heldout.json: Associated Press, NPR, Chicago Tribune, National
Review, Politico, Washington Times; quotes_heldout2.json: The Guardian, Breitbart, Fox News,
CNN, USA TODAY). Every article comes from a story with mean_pairwise_cosine >= 0.15, and
every story and topic differs. Leans: 2 left, 2 center, 2 right. Each article has 11-13
quotations. The Monitor piece has non-Western (Egyptian) speakers; organisations speak in
the Monitor, The Hill and Vox pieces; "he said"/"she said" chains run through the Monitor,
Salon, CBN and Townhall pieces.

| id | outlet (lean) | story, cos | style | full | partial | scare | indirect | total |
| --- | --- | --- | --- | ---: | ---: | ---: | ---: | ---: |
| 1jfnNt3tP13MILro | Christian Science Monitor (center) | middle_east/2013-07-08, 0.179 | wire round-up; Egyptian names; relays | 3 | 3 | 0 | 7 | 13 |
| 53qqntZtGtj82MTj | The Hill (center) | palestine/2019-08-27, 0.515 | unnamed minor; according-to to a paper | 5 | 1 | 0 | 6 | 12 |
| Bd9WmqinHXaQeF23 | Vox (left) | north_korea/2017-11-20, 0.409 | explainer; mixed marks; agencies | 4 | 1 | 2 | 4 | 11 |
| 29CsoVnRLclwzi6t | Salon (left) | us_house/2017-06-22, 0.198 | curly; "per <outlet>" relays; "he said" | 8 | 1 | 0 | 4 | 13 |
| MVRHqHx6h2yrTAKo | CBN (right) | terrorism/2019-03-15, 0.241 | straight; unnamed witnesses; "she said" | 5 | 2 | 1 | 3 | 11 |
| TP5Xt0WP9fVm1NhP | Townhall (right) | foreign_policy/2016-05-23, 0.348 | mixed marks; two-paragraph quote | 5 | 3 | 0 | 3 | 11 |
| **total** | | | | 30 | 11 | 3 | 27 | 71 |

Why these articles:

* Christian Science Monitor (Egypt, Republican Guard shooting): Egyptian speakers
  (Abdelaziz Abdelshakua, Mahmud al-Shilli, Nadr Bakr), organisations (Muslim Brotherhood,
  the Al Nour party, The Washington Post), relaying outlets as outer layers ("Reuters reports
  that X said", "..., reports The Washington Post"), a free relative with its own "he says",
  a "he said. He said ..." chain with a verbless continuation quote, an unnamed protester who
  is named in the next paragraph, and newsletter/summary furniture lines.
* The Hill (Palestinian Harvard freshman turned away): the main speaker is a minor the
  outlet does not name (null with a role, over six entries), the Harvard Crimson as an
  according-to source, Harvard and a State Department official as speakers, speech verbs
  that win over trailing according-to attributions, a nested report inside a quote,
  editorial brackets, and ADVERTISEMENT/"Updated" furniture.
* Vox (North Korea back on the terror list): quotes opening with a straight mark and
  closing with a curly one (and the reverse), a policy label and a speech title as scare
  quotes, the State Department as an according-to source, unnamed lawyers and officials,
  a clause reported by "the Washington Post", and an unquoted subhead.
* Salon (Democrats and Pelosi): four members of Congress and an aide, "he said" chains,
  speech verbs followed by "per Politico"/"per The Washington Post" relays, a nested
  single-quoted utterance, a "called ... the '...'" partial, and "Advertisement:" furniture.
* CBN (Christchurch mosque attacks): many unnamed speakers (witnesses, a reporter, an
  eyewitness, a woman with a "she said" chain, authorities, the gunman), a government
  spokeswoman with a participle frame, and a scare-quoted document name.
* Townhall (Vietnam arms embargo): "he added"/"he said" chains on one speaker given only as
  "President Obama", a quote with no closing mark before a paragraph break, a foreign
  ministry spokeswoman, and two partial quotes inside one reported clause.

Hard calls (besides the per-entry notes):

1. Relaying outlets are outer layers and get no entry; the innermost speaker wins
   (quotes_dev hard call 3): Monitor "Reuters reports that the Brotherhood said ..." goes to
   "Muslim Brotherhood"; Al Nour's statement with a trailing "reports The Washington Post"
   goes to "Al Nour". A relaying outlet that adds its own words ("The Post notes that ... '...'")
   is a speaker: partial, "The Washington Post", verb "notes".
2. Nested reports inside a reported clause get no entry of their own, and gold indirect
   spans never overlap: Monitor "He said an army officer assured them ..., then ..." is one
   indirect entry for the protester; The Hill "The student's visa was then canceled and he
   was told ..., according to the newspaper" is one according-to entry for the Crimson.
3. Monitor "another protester told AFP that ..." is resolved to Mahmud al-Shilli, the
   protester quoted as telling AFP the same account in the next paragraph (cf. Newbold in
   quotes_heldout, Kamalvandi in quotes_dev). Nour "'...,' Nadr Bakr, a spokesman, said on
   Twitter" goes to the spokesman, and it is partial (woven after the subject "Nour").
4. Monitor "with what he says was a live round": indirect, span "what he says was ...",
   keeping the wh-word and the attribution, like "whose leaders he said ..." (seed 001).
5. The Hill: the student is deliberately unnamed, so he is null with a role in all six of his
   entries. Where his words carry both "he said"/"says" and "according to the Crimson", the
   speech verb wins. His quote "called me ... She said that ..." is partial (woven after the
   subject "an immigration official"). The nested "She said that ..." inside it gets no
   entry.
6. Names of outlets follow the article: "Harvard Crimson" (written "the Harvard Crimson"),
   "Washington Post" in Vox (written "the Washington Post"), "The Washington Post" in the
   Monitor (written "The Washington Post"; "The Post" resolves to it). The university is
   "Harvard" (the article's word for it as a speaker).
7. Scare or partial: Vox "his 'maximum pressure campaign'" is scare, because "announced"
   takes "the measure" and the label is only in a possessive frame. "his 2002 'Axis of Evil'
   speech" is scare (a title). A "big move" that Trump "called" something is partial. CBN
   "manifesto" is scare. Monitor "described the attack as launched by 'armed terrorists'"
   is partial.
8. Monitor "They shot us ... Then they used live bullets." has no verb in its sentence but
   continues the same paragraph after "he said" / "He said ...", so it inherits speaker and
   verb "said". Vox "Should have happened a long time ago." is a standalone subjectless
   utterance: full, verb inherited.
9. Townhall "'The decision ...,' he said. 'It was based on ... Vietnam." has no closing mark
   before the paragraph break, and the next paragraph re-opens: one `full` span over two
   paragraphs (re-opening mark and break inside), verb inherited. "although President Obama
   denied this" (pronoun object) gets no entry. In "He said that although ..., it does support
   ... based on '...' and '...'", only the two partial quotes are annotated. "Obama added that
   ..." after a fronted "While ..." concession starts after "that": the concession is the
   writer's.
10. The writer's leading "However," before a clause the Washington Post "reports" is left out of
    the span, like a leading conjunction (Vox).
11. CBN: "witnesses reported seeing '...'" is partial (words attributed via "reported").
    "he explained who he was and his reasoning" is a reported question plus a noun phrase, not
    annotated; "He said he was ..." is indirect with the unnamed gunman as speaker (null).
    "was reportedly live streamed" has no attribution verb and gets no entry. Sarah Sanders's
    statement after "saying," is full with verb "saying".
12. Salon: "Democratic congressmen said that ..." is null with a role. "Chait noted that the
    results ... show that ..., turning in ..." keeps the participle clause, which is part of
    his claim ("show" is not a speech verb). Speaker names drop "Rep." ("Tim Ryan", "Filemon
    Vela", "Anna G. Eshoo").
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
from make_quotes_gold import C  # noqa: E402

OUT = HERE / "quotes_heldout3.json"

# ---------------------------------------------------------------- corpus (third held-out set)
# Offsets into the article's ``body``; sha1 = sha1(body[start:end].encode("utf-8"))[:12].
HELDOUT3_ARTICLES = [
    ('1jfnNt3tP13MILro', 'Christian Science Monitor', [
        C(351, 523, 'e840316290e2', 'indirect', 'Muslim Brotherhood', None, 'said', 'relayed by "Reuters reports that": the relaying outlet is an outer layer, innermost speaker wins (cf. quotes_dev hard call 3); "believe" inside is not a speech verb'),
        C(625, 654, 'cc5d122f77a7', 'indirect', 'Abdelaziz Abdelshakua', 'protester from Sharqia Province', 'says', 'free relative with its own attribution: span keeps the wh-word and the attribution (cf. "whose leaders he said ...")'),
        C(657, 721, 'd07658046297', 'full', 'Abdelaziz Abdelshakua', 'protester from Sharqia Province', 'said', None),
        C(740, 867, '4ce8e8040917', 'indirect', 'Abdelaziz Abdelshakua', 'protester from Sharqia Province', 'said', "pronoun resolved; the officer's assurance is one event in his account and gets no nested entry of its own"),
        C(870, 964, '0d5d55675652', 'full', 'Abdelaziz Abdelshakua', 'protester from Sharqia Province', 'said', 'no verb in its sentence; continuation in the same paragraph, so speaker and verb inherited'),
        C(1212, 1389, '3e7c5175edd2', 'indirect', 'Mahmud al-Shilli', 'protester', 'told', '"another protester" who told AFP is the protester named in the next paragraph (also told AFP, same account); fronted while-clause belongs to the reported clause'),
        C(1393, 1482, 'c1ed62718fe7', 'full', 'Mahmud al-Shilli', 'protester', 'told', None),
        C(1577, 1593, 'a6927142e72c', 'partial', None, 'military source', 'described', 'term attributed via "described ... as", so partial; unnamed source'),
        C(1695, 1746, '25fe8df057ba', 'indirect', None, 'military source', 'said', 'leading "that" excluded'),
        C(2122, 2180, '4b1b3e4a9bf2', 'indirect', 'Al Nour', 'Salafist party', 'said', 'party as speaker; the trailing "reports The Washington Post" is an outer relay layer'),
        C(2218, 2335, 'd33311a6b100', 'partial', 'Nadr Bakr', 'Al Nour spokesman', 'said', 'woven after the subject (the party); the spokesman who said it on Twitter is the speaker'),
        C(2422, 2550, 'c7456f36de1d', 'partial', 'The Washington Post', None, 'notes', '"The Post" = The Washington Post (named in the previous paragraph); woven after the subject; enclosing indirect not annotated'),
        C(2898, 2992, '81e99b5ef695', 'indirect', 'Nathan Brown', 'professor of political science and international affairs, George Washington University', 'told', None),
    ]),
    ('53qqntZtGtj82MTj', 'The Hill', [
        C(0, 150, 'cd50e0f3a65b', 'indirect', 'Harvard Crimson', None, 'according to', 'outlet as source; "questioned about" is not a report of speech content'),
        C(381, 463, 'bd05ef6bd4bc', 'indirect', None, '17-year-old Palestinian incoming Harvard freshman (unnamed minor)', 'said', 'the student is deliberately not named: speaker null, descriptor in role; "said in a written statement ... that"'),
        C(547, 628, 'd617eb7cac95', 'indirect', None, '17-year-old Palestinian incoming Harvard freshman (unnamed minor)', 'said', 'also an according-to attribution to the Crimson: the speech verb wins; the passive directive inside gets no entry'),
        C(715, 875, 'c56581822a99', 'partial', None, '17-year-old Palestinian incoming Harvard freshman (unnamed minor)', 'said', 'woven after the subject of the interrupted reported clause, which is therefore not annotated; the nested report inside the quote gets no entry; also according to the Crimson: the speech verb wins'),
        C(905, 1140, '1a70284ad561', 'full', None, '17-year-old Palestinian incoming Harvard freshman (unnamed minor)', 'added', 'pronoun resolved; editorial brackets and an ellipsis stay inside'),
        C(1153, 1226, '0eac5c1c4d0a', 'indirect', 'Harvard Crimson', None, 'according to', '"the newspaper" = the Crimson; the passive "was told" layer inside gets no entry of its own'),
        C(1356, 1663, 'a1452709e3b2', 'full', 'Michael McCarthy', 'U.S. Customs and Border Protection spokesperson', 'said', 'complete sentence right after "said" (no comma)'),
        C(1667, 1786, 'f8ce79d2e6ae', 'full', 'Michael McCarthy', 'U.S. Customs and Border Protection spokesperson', 'added', 'also according to the Crimson: the speech verb wins'),
        C(1922, 2046, '678547186503', 'indirect', 'Harvard', None, 'said', 'the university as speaker'),
        C(2217, 2382, '3afc4f049f26', 'full', 'Jonathan Swain', 'Harvard University spokesperson', 'told', None),
        C(2459, 2597, 'afc1c554c287', 'indirect', None, '17-year-old Palestinian incoming Harvard freshman (unnamed minor)', 'says', 'also according to the Crimson: the speech verb wins'),
        C(2627, 2910, 'd72c8f0779a1', 'full', None, 'State Department official', 'told', 'unnamed official'),
    ]),
    ('Bd9WmqinHXaQeF23', 'Vox', [
        C(139, 222, '6527a9c7b542', 'full', 'Donald Trump', 'President', 'said', 'opens with a straight mark, closes with a curly one'),
        C(272, 309, 'cf646ffb85c0', 'full', 'Donald Trump', 'President', 'said', 'continuation; a standalone subjectless utterance, not woven in; opens curly, closes straight'),
        C(443, 468, '3d7a9df15c50', 'scare', None, None, None, 'policy label in a possessive frame; "announced" takes "the measure", not the term'),
        C(714, 945, '21a851ff83fe', 'indirect', 'State Department', None, 'according to', None),
        C(1216, 1305, 'b5f66ce5544f', 'indirect', None, 'administration lawyers', 'noted', 'unnamed group'),
        C(1350, 1472, '06fd701724ac', 'indirect', None, 'Trump administration officials', 'assert', 'unnamed group'),
        C(1701, 1800, 'cfa3be80c7db', 'indirect', 'Washington Post', None, 'reports', 'attribution follows the clause; the writer\'s leading "However," is excluded like a leading conjunction; the article writes "the Washington Post"'),
        C(1951, 1963, 'f927c81592dc', 'scare', None, None, None, 'title of a speech'),
        C(2406, 2617, '47e48d3eae9d', 'full', 'Donald Trump', 'President', 'said', None),
        C(2939, 3212, '2e36dd3fa9db', 'full', 'Kingston Reif', 'director for disarmament and threat reduction policy, Arms Control Association', 'told', 'editorial brackets stay inside'),
        C(3794, 3802, '9ce5eb17d9f4', 'partial', 'Donald Trump', 'President', 'called', 'term attributed via "called" (on Twitter)'),
    ]),
    ('29CsoVnRLclwzi6t', 'Salon', [
        C(310, 363, 'feed08b0830d', 'indirect', None, 'Democratic congressmen', 'said', "unnamed group; fronted participle clause is the writer's"),
        C(498, 533, '1f2f9071c6a1', 'full', 'Tim Ryan', 'Representative, D-Ohio', 'said', '"said of X" frame'),
        C(596, 671, '4153c0674a01', 'full', 'Tim Ryan', 'Representative, D-Ohio', 'said', 'continuation quote; verb inherited'),
        C(764, 827, '02d38f6639eb', 'indirect', 'Tim Ryan', 'Representative, D-Ohio', 'said', None),
        C(831, 920, '8fae807ef642', 'full', 'Filemon Vela', 'Representative, D-Texas', 'said', 'also "per Politico": the speech verb wins'),
        C(1034, 1128, '5c7459436f75', 'full', 'Filemon Vela', 'Representative, D-Texas', 'said', 'pronoun "he" resolved across an intervening sentence about Vela'),
        C(1218, 1257, '3de7d8e823f9', 'indirect', 'Drew Hammill', "Pelosi's top aide", 'told', None),
        C(1261, 1460, '68e82c405d73', 'full', 'Drew Hammill', "Pelosi's top aide", 'said', 'pronoun resolved'),
        C(1472, 1530, 'bda95f5a793a', 'full', 'Drew Hammill', "Pelosi's top aide", 'said', 'continuation quote; verb inherited'),
        C(1624, 1656, 'df10deab6b78', 'partial', 'Jonathan Chait', 'New York magazine', 'called', 'period inside the marks'),
        C(1675, 1869, 'b2647a17c86a', 'indirect', 'Jonathan Chait', 'New York magazine', 'noted', '"show that" inside is not a speech verb; the participle clause is part of the reported claim'),
        C(2052, 2190, '61278a6081dc', 'full', 'Anna G. Eshoo', 'Representative, D-Calif.', 'said', 'nested single-quoted utterance stays inside; also "per The Washington Post": the speech verb wins'),
        C(2254, 2313, '31ab083305b6', 'full', 'Anna G. Eshoo', 'Representative, D-Calif.', 'said', 'continuation quote; verb inherited'),
    ]),
    ('MVRHqHx6h2yrTAKo', 'CBN', [
        C(489, 512, 'cb27e48d6625', 'partial', None, 'witnesses', 'reported', 'words attributed via "reported seeing"; period inside the marks'),
        C(724, 817, '489f20aadd57', 'full', None, 'reporter on national TV', 'said', 'unnamed'),
        C(891, 962, 'ab7efd21b050', 'full', None, 'eyewitness', 'said', 'unnamed'),
        C(1000, 1032, '693270605a43', 'indirect', None, 'woman who saw the shooting', 'said', 'unnamed'),
        C(1035, 1161, '7f47ba3c51ca', 'full', None, 'woman who saw the shooting', 'said', 'pronoun "she" resolved to the unnamed woman'),
        C(1191, 1238, '6c64f3278f71', 'indirect', None, 'authorities', 'said', 'unnamed group'),
        C(1406, 1443, '499ef0c4b31a', 'indirect', None, 'man who claimed responsibility for the shootings', 'said', 'the unnamed gunman (in his manifesto); "explained who he was" before it is a reported question plus a noun phrase, not annotated'),
        C(1557, 1566, '6358b5cb2992', 'scare', None, None, None, "writer's distancing marks on a document name (second occurrence of the word; the first is unquoted)"),
        C(1744, 1750, 'fcdbba5e0701', 'partial', 'Jacinda Ardern', 'Prime Minister of New Zealand', 'said', 'enclosing indirect not annotated'),
        C(1784, 1826, '83d1cc3d78be', 'full', 'Jacinda Ardern', 'Prime Minister of New Zealand', 'said', None),
        C(2079, 2317, '3b082cbc022f', 'full', 'Sarah Sanders', 'White House Press Secretary', 'saying', 'participle attribution after a comma'),
    ]),
    ('TP5Xt0WP9fVm1NhP', 'Townhall', [
        C(98, 264, 'a38e4fc27a98', 'full', 'Obama', 'President', 'said', 'the article gives only "President Obama"'),
        C(310, 449, '2950aa017158', 'full', 'Obama', 'President', 'added', 'pronoun resolved'),
        C(596, 676, '1eb8f4022ab1', 'full', 'Obama', 'President', 'said', None),
        C(688, 930, '6a83c0d7032e', 'full', 'Obama', 'President', 'said', 'no closing mark before the paragraph break; the next paragraph re-opens: one span over two paragraphs; continuation, verb inherited'),
        C(1394, 1413, '9ca76bad7dc4', 'partial', None, "China's Foreign Ministry spokeswoman", 'saying', 'unnamed spokeswoman (cf. Politico "Vatican spokesman"); enclosing indirect not annotated; "hoped" is not a speech verb'),
        C(1706, 1856, 'a66ba1d1927f', 'indirect', 'Obama', 'President', 'said', None),
        C(1989, 2008, '464e462b85a9', 'partial', 'Obama', 'President', 'said', 'the reported clause contains quotes, so only the quotes are annotated'),
        C(2015, 2103, '60a23069c9b3', 'partial', 'Obama', 'President', 'said', "comma inside the marks; the trailing appositive is the writer's"),
        C(2240, 2301, 'f8266ec7c1ee', 'indirect', 'Obama', 'President', 'added', "the fronted while-clause is the writer's concession, outside the reported clause; text typo kept"),
        C(2303, 2374, 'cd2a7353b555', 'indirect', 'Obama', 'President', 'said', 'attribution interrupts the clause; span keeps it'),
        C(2378, 2503, 'f438a07fdb69', 'full', 'Obama', 'President', 'said', None),
    ]),
]


# ---------------------------------------------------------------- checks
def check_declarations():
    """Checks that need no corpus: field shapes and disjointness from all earlier sets."""
    earlier = (list(gold.CORPUS_ARTICLES) + list(dev.DEV_ARTICLES)
               + list(heldout.HELDOUT_ARTICLES) + list(heldout2.HELDOUT2_ARTICLES))
    heldout.check_new_ids(HELDOUT3_ARTICLES, earlier)
    heldout.check_new_outlets(HELDOUT3_ARTICLES, earlier)
    heldout.check_entries(HELDOUT3_ARTICLES)


def main():
    check_declarations()
    heldout.main(HELDOUT3_ARTICLES, OUT)


if __name__ == "__main__":
    main()
