#!/usr/bin/env python3
"""Held-out coverage gold: declare one more corpus story and write coverage_heldout.json.

Run from the repo root:  python benchmarks/gold/make_coverage_heldout.py

This is a HELD-OUT set. It scores the coverage/fact-alignment feature on a story it was not
tuned on, so do not tune against it. It follows COVERAGE.md exactly (see the section
"Held-out story" there) and was annotated from the article text alone, without running the
aligner. It reuses the declaration helper ``C``, the structural checks, the span
verification and the summary of make_coverage_gold.py: the story below is handed to that
module's ``build_corpus`` instead of a copy of it. Evidence is ``(start, end, sha1)`` into
the article ``body`` (Python str indices, half-open; sha1 = first 12 hex chars of
``sha1(body[start:end].encode("utf-8"))``). No corpus text is stored here. When the corpus
is absent, a note is printed and the same JSON is written with the spans unverified.
The script also asserts that the story and its articles are not in coverage.json.

Story: white_house/2013-06-05 (Rice succeeds Donilon as Obama's national security
adviser; Samantha Power goes to the UN); 4 of the group's 6 articles, from 4 outlets.
Stdlib only (Python 3.11).
"""

from __future__ import annotations

import argparse
import json
import sys
from contextlib import contextmanager
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import make_coverage_gold as gold  # noqa: E402
from make_coverage_gold import C  # noqa: E402

OUT = HERE / "coverage_heldout.json"

# --------------------------------------------------------------------------
# Held-out story: white_house/2013-06-05 (mean_pairwise_cosine 0.2338)
# --------------------------------------------------------------------------
STORY = "white_house/2013-06-05"
CSM = "VwQmCrRjjGkoCX8X"  # Christian Science Monitor (center); wire copy
NPR = "GkppyFpva3CSyq6h"  # NPR Online News (center); leans on NYT quotations
CNN = "zUFQhtx2xwtRS2fW"  # CNN (Web News) (left); blog post with embedded tweets
FOX = "vRwwDyNjyQZn0oLD"  # Fox Online News (right); written after the Rose Garden announcement
ARTICLES = [
    (CSM, "Christian Science Monitor"),
    (NPR, "NPR Online News"),
    (CNN, "CNN (Web News)"),
    (FOX, "Fox Online News"),
]
REWRITES: list[list[str]] = []  # independently written; see COVERAGE.md

# Furniture, never evidence: NPR's photo-credit line; CNN's age/"updated" lines, its
# "(CNN) -" dateline prefix and its two embedded tweets (Chaffetz, McCain); CSM's newsletter
# sign-up lines; Fox's contributor line.  NPR's first body line repeats its headline and is
# treated as article text (as the seed headlines are).
FACTS = [
    C(
        "rice-named-nsa",
        "Susan Rice becomes Obama's national security adviser.",
        {
            CSM: [(0, 288, "6bc353d40869")],
            NPR: [(0, 59, "147d827fdf44"), (160, 415, "08621db4bd8f")],
            CNN: [(57, 245, "d5eeb73d83c1")],
            FOX: [(0, 181, "b72f2e3b6729"), (345, 407, "ca8eae62c455")],
        },
        note="NPR's first body line repeats its headline. Like the seed headlines it is treated as article text; it only restates this fact. The photo-credit line after it is furniture.",
    ),
    C(
        "donilon-out-rice-replaces",
        "Tom Donilon is leaving the national security adviser post and Rice takes it over from him.",
        {
            CSM: [(0, 288, "6bc353d40869")],
            NPR: [(571, 688, "4e6b81c5837b")],
            CNN: [(57, 245, "d5eeb73d83c1")],
            FOX: [(345, 407, "ca8eae62c455")],
        },
        note="CNN's body never says that Donilon resigns, only that Rice will replace him. That plainly tells the reader he is leaving the post, so it counts.",
    ),
    C(
        "power-named-un",
        "Samantha Power is to take over from Rice as America's UN ambassador.",
        {
            CSM: [(1626, 1755, "de78ad506719")],
            NPR: [(2049, 2140, "90443c2c785a"), (2141, 2278, "723b2aa3dd69")],
            CNN: [(370, 609, "ace9a1475dce")],
            FOX: [(2134, 2239, "e4558321531d")],
        },
    ),
    C(
        "official-confirmed",
        "An unnamed White House / administration official confirmed the changes on Wednesday morning.",
        {
            CSM: [(1365, 1519, "525b07f61137"), (1520, 1624, "ae726c91bb2f")],
            NPR: [(417, 569, "e5c6fd81c56c")],
            CNN: [(57, 245, "d5eeb73d83c1")],
        },
        note="Fox's unnamed senior official only explains why Donilon is leaving (donilon-wife-job). Fox reports the announcement as already made, so it does not carry this.",
    ),
    C(
        "earlier-reports-by-other-outlets",
        "The AP, CBS News and other outlets had already reported the changes.",
        {
            NPR: [(417, 569, "e5c6fd81c56c"), (571, 688, "4e6b81c5837b")],
        },
    ),
    C(
        "announced-wednesday",
        "Obama announces the appointments at the White House on Wednesday (afternoon).",
        {
            CSM: [(1365, 1519, "525b07f61137")],
            NPR: [(1956, 2048, "98bae42919e3")],
            CNN: [(247, 368, "72400d31190b")],
            FOX: [(0, 181, "b72f2e3b6729"), (183, 287, "777d1271067b")],
        },
        note="CSM, NPR and CNN report an announcement planned for later that day; Fox reports it as made, in the Rose Garden. Same fact, as with the seed story's planned trip.",
    ),
    C(
        "obama-praises-rice",
        "In his remarks Obama praised Rice as an untiring champion of US interests, both fervent and practical.",
        {
            FOX: [(183, 287, "777d1271067b"), (289, 343, "8a909d45b524")],
        },
    ),
    C(
        "nsa-no-senate-confirmation",
        "No Senate vote is needed to install a national security adviser.",
        {
            CSM: [(1282, 1364, "f22b69c6f173")],
            NPR: [(921, 1014, "2d8a7187d1be")],
            CNN: [(1570, 1670, "e3abf8682e24")],
            FOX: [(408, 511, "b2cb9c368cc8")],
        },
        note="NPR carries it only inside its quotation of the New York Times. A neutral background claim counts whoever voices it.",
    ),
    C(
        "rice-un-ambassador",
        "Rice currently serves as America's envoy to the UN.",
        {
            CSM: [(0, 288, "6bc353d40869")],
            NPR: [(160, 415, "08621db4bd8f")],
            CNN: [(57, 245, "d5eeb73d83c1")],
            FOX: [(408, 511, "b2cb9c368cc8")],
        },
    ),
    C(
        "rice-obama-confidante",
        "Rice is one of Obama's trusted intimates of long standing.",
        {
            CSM: [(638, 802, "f1adabc15a32"), (2734, 2884, "eda7ec1199c6")],
            CNN: [(611, 865, "f8aa65a6a977")],
        },
    ),
    C(
        "rice-since-2008-campaign",
        "Rice has been on Obama's side since his 2008 presidential campaign, as a foreign-policy voice.",
        {
            CSM: [(2734, 2884, "eda7ec1199c6")],
            CNN: [(3016, 3192, "fe535492ec3d")],
        },
        note="CSM says she began working for Obama during the 2008 campaign; CNN says she was one of that campaign's most prominent foreign-policy spokespeople. Same core.",
    ),
    C(
        "rice-human-rights",
        "Rice has a reputation as a vocal human-rights advocate.",
        {
            CSM: [(2885, 3001, "c90f6f65d743")],
        },
    ),
    C(
        "rice-libya-intervention",
        "Rice argued for a more forceful US intervention in Libya.",
        {
            CSM: [(2885, 3001, "c90f6f65d743")],
        },
        note="About Rice; not the same fact as power-libya (CNN, about Power).",
    ),
    C(
        "rice-considered-in-2010",
        "Rice was a possible pick for national security adviser back when Jim Jones left the job.",
        {
            CNN: [(3016, 3192, "fe535492ec3d")],
        },
        note="A different time from donilon-exit-expected (CSM: Rice long seen as the likely successor to Donilon this year).",
    ),
    C(
        "rice-benghazi-criticism",
        "Rice has drawn heavy Republican criticism over her account of the Benghazi attack.",
        {
            CSM: [(0, 288, "6bc353d40869"), (638, 802, "f1adabc15a32")],
            NPR: [(160, 415, "08621db4bd8f"), (690, 920, "cf23c032ef1f")],
            CNN: [(611, 865, "f8aa65a6a977"), (1672, 1850, "374969624145")],
            FOX: [(0, 181, "b72f2e3b6729"), (743, 919, "594861706a15")],
        },
        note="Fox's remark that many lawmakers called her explanation inaccurate at the time is counted here (lawmakers criticising her account), not as a separate fact.",
    ),
    C(
        "benghazi-four-dead",
        "Four Americans, including the US ambassador, were killed in the Benghazi attack.",
        {
            CSM: [(0, 288, "6bc353d40869")],
            NPR: [(1302, 1392, "004c36abec57")],
        },
    ),
    C(
        "benghazi-in-2012",
        "The Benghazi attack took place in (September) 2012.",
        {
            NPR: [(160, 415, "08621db4bd8f")],
            CNN: [(611, 865, "f8aa65a6a977")],
        },
        note="CNN dates it only as the previous year (written in 2013); that counts as a less precise date for the same fact. Fox's mid-September date is when Rice received her assessment, not the date of the attack, so Fox is not counted.",
    ),
    C(
        "rice-said-spontaneous",
        "Rice publicly described the attack as a spontaneous outgrowth of protests rather than a planned assault.",
        {
            CSM: [(803, 972, "49b52ab9390b")],
            CNN: [(611, 865, "f8aa65a6a977")],
            FOX: [(743, 919, "594861706a15")],
        },
        note="CSM (probably spontaneous), CNN (spontaneous, during a protest) and Fox (set off by protests) share the core. NPR says only that her account was wrong, not what it was, so it is not counted.",
    ),
    C(
        "rice-tv-appearances",
        "Rice gave that account in television interviews (five Sunday shows).",
        {
            CSM: [(803, 972, "49b52ab9390b")],
            FOX: [(743, 919, "594861706a15")],
        },
    ),
    C(
        "anti-islam-film",
        "Rice linked the protests to a film that insulted Islam.",
        {
            FOX: [(743, 919, "594861706a15")],
        },
    ),
    C(
        "rice-account-wrong",
        "Rice's initial account of the attack turned out to be wrong.",
        {
            CSM: [(0, 288, "6bc353d40869"), (803, 972, "49b52ab9390b")],
            NPR: [(690, 920, "cf23c032ef1f")],
            CNN: [(611, 865, "f8aa65a6a977")],
            FOX: [(920, 1097, "3bc7e0f49fef")],
        },
        note="NPR carries it through the NYT quotation. CNN contrasts her version with what it calls the terror attack, which tells the reader the spontaneous-protest version was false. Fox carries it through the administration's later admission that there had been no protest in Benghazi itself.",
    ),
    C(
        "protests-elsewhere-not-excluded",
        "The administration still allows that demonstrations in other places may have contributed.",
        {
            FOX: [(920, 1097, "3bc7e0f49fef")],
        },
    ),
    C(
        "rice-relied-on-assessment",
        "Rice was relying on the intelligence assessment / talking points she had been given.",
        {
            CSM: [(803, 972, "49b52ab9390b")],
            FOX: [(2023, 2132, "73eb193f1428")],
        },
        note="CSM states it in its own voice; Fox attributes it to officials defending her. It is treated as one neutral claim, not a speaker-specific one.",
    ),
    C(
        "talking-points-released",
        "Last month the administration released the talking points, showing the storyline being drafted and redrafted before Rice's appearance.",
        {
            FOX: [(1495, 1709, "54a2b78b5c8e")],
        },
    ),
    C(
        "talking-points-edited",
        "The intelligence community mentioned demonstrations, but references to extremist groups and earlier warnings were removed after officials objected.",
        {
            FOX: [(1710, 1956, "45f19280ee45")],
        },
    ),
    C(
        "rice-role-unclear",
        "How involved Rice was in drafting the talking points is unclear.",
        {
            FOX: [(1958, 2022, "7965cac59b54")],
        },
    ),
    C(
        "gop-accused-coverup",
        "Republicans charge that the administration was inconsistent about Benghazi and covered it up.",
        {
            CSM: [(486, 636, "28ef1793a788")],
        },
    ),
    C(
        "rice-state-bid-withdrawn",
        "Rice was once the front-runner to follow Hillary Clinton at the State Department but pulled out.",
        {
            CSM: [(974, 1173, "5acc9b2456fa")],
            NPR: [(1016, 1099, "eac4323a4ab0"), (1100, 1300, "b8d946c6f1e4")],
            CNN: [(1195, 1392, "004bba8e51e9")],
            FOX: [(513, 741, "05db80945ca4")],
        },
    ),
    C(
        "withdrew-in-december",
        "She withdrew in December (2012).",
        {
            NPR: [(1100, 1300, "b8d946c6f1e4")],
            CNN: [(1195, 1392, "004bba8e51e9")],
        },
    ),
    C(
        "withdrew-over-backlash",
        "Her withdrawal came amid the Republican backlash over Benghazi.",
        {
            CSM: [(974, 1173, "5acc9b2456fa")],
            CNN: [(1195, 1392, "004bba8e51e9")],
            FOX: [(513, 741, "05db80945ca4")],
        },
        note="Fox ties it to the continuing Benghazi fallout without naming Republicans; it counts. NPR gives only her own stated reason (withdrawal-reason-confirmation-fight), so it is not counted.",
    ),
    C(
        "withdrawal-reason-confirmation-fight",
        "Rice said she withdrew because a confirmation fight would be a costly distraction for the administration.",
        {
            CSM: [(974, 1173, "5acc9b2456fa")],
            NPR: [(1100, 1300, "b8d946c6f1e4")],
        },
    ),
    C(
        "state-needs-confirmation",
        "Becoming secretary of state, unlike becoming adviser, needs Senate confirmation.",
        {
            CSM: [(974, 1173, "5acc9b2456fa")],
            NPR: [(1100, 1300, "b8d946c6f1e4")],
            FOX: [(513, 741, "05db80945ca4")],
        },
        note="Fox states it. CSM and NPR carry it through Rice's own reason, a bruising confirmation process, which plainly tells the reader that the post needs confirmation.",
    ),
    C(
        "kerry-nominated",
        "Obama picked John Kerry, a former senator, for State instead.",
        {
            CSM: [(1174, 1280, "6767e8d790ed")],
            CNN: [(1394, 1457, "4bee5b8cfbb8")],
        },
    ),
    C(
        "kerry-easily-confirmed",
        "The Senate, where Kerry had served, confirmed him without difficulty.",
        {
            CSM: [(1174, 1280, "6767e8d790ed")],
        },
    ),
    C(
        "gop-opposes-appointment",
        "Republicans oppose (or are expected to be angered by) Rice's appointment.",
        {
            CSM: [(486, 636, "28ef1793a788")],
            CNN: [
                (867, 1013, "78ccda9c12d3"),
                (1459, 1569, "2a4d742b773a"),
                (1672, 1850, "374969624145"),
            ],
            FOX: [(1099, 1178, "f199917ccad1"), (1255, 1454, "045ec5fb1d3f")],
        },
        note="CSM and CNN predict it, while Fox (and Paul) and CNN (Chaffetz, McCain) report it as happening. Same fact. NPR's NYT line reading the move as defiance of Republicans is a different fact (defiant-gesture).",
    ),
    C(
        "defiant-gesture",
        "The New York Times reads the move as defiance of Rice's Republican critics.",
        {
            NPR: [(690, 920, "cf23c032ef1f")],
        },
    ),
    C(
        "chaffetz-judgment",
        "Utah Republican congressman Jason Chaffetz attacked the pick, saying Rice's poor judgement should rule her out.",
        {
            CNN: [(867, 1013, "78ccda9c12d3")],
        },
        note="Carried by CNN's prose; the embedded tweet itself is furniture.",
    ),
    C(
        "mccain-disagrees-but-will-work",
        "Sen. John McCain, a leading Benghazi critic of Rice, disagrees with the appointment but will work with her.",
        {
            CNN: [(1672, 1850, "374969624145")],
        },
        note="Carried by CNN's prose; the embedded tweet itself is furniture.",
    ),
    C(
        "paul-misled",
        "Senator Rand Paul charged that Rice deceived the public about Benghazi.",
        {
            FOX: [(1179, 1253, "f62ab54cc840"), (1255, 1454, "045ec5fb1d3f")],
        },
    ),
    C(
        "paul-credibility",
        "Paul asked how the administration could be believed when it promotes someone who misled the public.",
        {
            FOX: [(1255, 1454, "045ec5fb1d3f")],
        },
    ),
    C(
        "defenders-dispute",
        "Rice's defenders reject the charge that she misled the public.",
        {
            FOX: [(1456, 1493, "a94dc81a47ab")],
        },
    ),
    C(
        "donilon-key-adviser",
        "Donilon has been one of Obama's most important foreign-policy advisers.",
        {
            CSM: [(290, 362, "e0ee44740f62")],
            NPR: [(1394, 1509, "b7953fe1721b")],
        },
        note="Fox says only that he has served since the start, not that he was central, so it carries donilon-since-start only.",
    ),
    C(
        "donilon-since-start",
        "Donilon has served in the Obama administration since it began.",
        {
            NPR: [(1394, 1509, "b7953fe1721b")],
            FOX: [(2548, 2641, "539e8c7c7006")],
        },
    ),
    C(
        "donilon-was-deputy",
        "Before the top job Donilon was deputy national security adviser.",
        {
            CNN: [(2807, 2940, "108975cd20c8")],
            FOX: [(2548, 2641, "539e8c7c7006")],
        },
    ),
    C(
        "donilon-succeeded-jones",
        "Obama made Donilon adviser in October 2010, succeeding Jim Jones, a retired Marine general.",
        {
            CNN: [(2807, 2940, "108975cd20c8")],
        },
    ),
    C(
        "donilon-age",
        "Donilon is 58.",
        {
            CSM: [(363, 485, "0423e5cdb320")],
        },
    ),
    C(
        "donilon-exit-expected",
        "Donilon's departure during 2013 had been anticipated, and Rice was regarded as the probable successor.",
        {
            CSM: [(363, 485, "0423e5cdb320")],
        },
    ),
    C(
        "donilon-until-early-july",
        "Donilon will remain in the job until the start of July.",
        {
            CSM: [(2062, 2300, "4d59c43b133c")],
            NPR: [(1911, 1955, "35db5e3ec84e")],
        },
    ),
    C(
        "obama-trips-and-xi-summit",
        "Donilon stays on through Obama's upcoming European and African travel and a California summit with China's Xi Jinping later this week.",
        {
            CSM: [(2062, 2300, "4d59c43b133c")],
        },
    ),
    C(
        "donilon-asia-focus",
        "Under Donilon, White House foreign policy shifted its attention toward Asia.",
        {
            CSM: [(2414, 2541, "6582c7ef89dd")],
        },
    ),
    C(
        "donilon-counterterrorism",
        "Donilon was central to the government's anti-terrorism policy.",
        {
            CSM: [(2542, 2732, "dfd47ffb0df7")],
        },
    ),
    C(
        "donilon-bin-laden-raid",
        "Donilon had a major part in the 2011 operation in which bin Laden was killed.",
        {
            CSM: [(2542, 2732, "dfd47ffb0df7")],
            CNN: [(2941, 3014, "b2e1081cac4f")],
        },
    ),
    C(
        "donilon-russia",
        "Donilon handled the difficult relationship between Washington and Moscow.",
        {
            CSM: [(2542, 2732, "dfd47ffb0df7")],
        },
    ),
    C(
        "donilon-fp-profile",
        "A critical Foreign Policy magazine profile portrayed Donilon as an abrasive infighter and overbearing boss.",
        {
            NPR: [(1514, 1841, "b3767ec4b8a0")],
        },
    ),
    C(
        "donilon-mcdonough-strain",
        "The profile said Donilon's relations with colleagues, including his ex-deputy and now chief of staff Denis McDonough, were strained.",
        {
            NPR: [(1514, 1841, "b3767ec4b8a0")],
        },
    ),
    C(
        "donilon-mcdonough-deny",
        "Both men rejected the profile's claims.",
        {
            NPR: [(1842, 1909, "cb276693cb3d")],
        },
    ),
    C(
        "donilon-wife-job",
        "A senior official said Donilon chose to leave because his wife's new job means frequent travel abroad.",
        {
            FOX: [(2395, 2547, "c8318abaf049")],
        },
    ),
    C(
        "donilon-christopher",
        "Under Clinton, Donilon served as Warren Christopher's chief of staff at the State Department.",
        {
            CNN: [(3194, 3303, "604e3f88f3db")],
        },
    ),
    C(
        "power-former-aide",
        "Power is a former Obama White House aide / adviser.",
        {
            CSM: [(1626, 1755, "de78ad506719"), (1756, 1801, "6a8e2b63be35")],
            NPR: [(2141, 2278, "723b2aa3dd69")],
            CNN: [(370, 609, "ace9a1475dce")],
            FOX: [(2134, 2239, "e4558321531d")],
        },
        note="NPR's description of her as a long-serving adviser and aide counts. CNN gives her exact NSC titles, a more precise version. Her 2008 campaign role is a different fact (power-monster-remark).",
    ),
    C(
        "power-left-this-year",
        "Power had already left her White House job earlier in 2013.",
        {
            CSM: [(1756, 1801, "6a8e2b63be35")],
        },
    ),
    C(
        "power-human-rights-expert",
        "Power is an authority on human rights.",
        {
            CSM: [(1626, 1755, "de78ad506719")],
        },
        note="Not merged with power-intervention-advocate (CNN): expertise is not the same claim as advocating intervention.",
    ),
    C(
        "power-pulitzer",
        "Power's book on American policy toward genocide earned her a Pulitzer (2003).",
        {
            CSM: [(1803, 1999, "bd8675b1db88")],
        },
    ),
    C(
        "power-education",
        "Power holds degrees from Yale and from Harvard's law school.",
        {
            CSM: [(2000, 2060, "6a0008441d11")],
        },
    ),
    C(
        "power-needs-senate",
        "The Senate must confirm Power as ambassador.",
        {
            CNN: [(2038, 2122, "8ddeb368ef9c")],
        },
        note="Fox and NPR speak of nominating her but never say that the Senate must approve her, so they are not counted.",
    ),
    C(
        "power-intervention-advocate",
        "Power has a reputation for favouring intervention where human rights are at stake.",
        {
            CNN: [(2123, 2274, "faad8a785d2c")],
        },
    ),
    C(
        "power-libya",
        "Power was one of the strongest advocates of US intervention in the Libyan civil war.",
        {
            CNN: [(2123, 2274, "faad8a785d2c")],
        },
    ),
    C(
        "power-monster-remark",
        "Power quit Obama's 2008 campaign after an insult to Hillary Clinton (calling her a monster) was published.",
        {
            CNN: [(2276, 2465, "03d316977dc1")],
            FOX: [(2240, 2393, "674e973dc5e7")],
        },
    ),
    C(
        "power-apologized",
        "Power later apologised to Clinton and they have moved on.",
        {
            CNN: [(2466, 2536, "6f292d5221ac")],
        },
    ),
    C(
        "issues-ahead",
        "Rice and Power will face Syria's chemical weapons, Middle East unrest and Iran's nuclear programme, so their posts will draw close attention.",
        {
            CNN: [(2538, 2805, "ccf251cddd6d")],
        },
    ),
]


# --------------------------------------------------------------------------
# Build / verify (reuses make_coverage_gold.build_corpus)
# --------------------------------------------------------------------------
@contextmanager
def _as_corpus_story():
    """Temporarily install this story as make_coverage_gold's corpus story."""
    names = ("CORPUS_STORY", "CORPUS_ARTICLES", "CORPUS_FACTS", "CORPUS_REWRITES")
    saved = {n: getattr(gold, n) for n in names}
    gold.CORPUS_STORY, gold.CORPUS_ARTICLES = STORY, ARTICLES
    gold.CORPUS_FACTS, gold.CORPUS_REWRITES = FACTS, REWRITES
    try:
        yield
    finally:
        for n, v in saved.items():
            setattr(gold, n, v)


def check_held_out() -> None:
    """The story, its articles and its outlets must be new relative to coverage.json."""
    assert STORY != gold.CORPUS_STORY, "held-out story is the coverage.json corpus story"
    used = {k for k, _ in gold.CORPUS_ARTICLES}
    keys = [k for k, _ in ARTICLES]
    assert not used & set(keys), f"articles already in coverage.json: {used & set(keys)}"
    assert len(set(keys)) == len(keys) == 4, "expected 4 distinct articles"
    outlets = [o for _, o in ARTICLES]
    assert len(set(outlets)) == len(outlets), "outlets must all differ"


def build(corpus_path: Path) -> dict:
    check_held_out()
    with _as_corpus_story():
        return gold.build_corpus(corpus_path)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", default=str(gold.DEFAULT_CORPUS), help="articles.jsonl.xz")
    ap.add_argument("--out", default=str(OUT))
    args = ap.parse_args(argv)
    story = build(Path(args.corpus))
    doc = {"version": 1, "stories": [story]}
    text = json.dumps(doc, ensure_ascii=False, indent=1) + "\n"
    Path(args.out).write_text(text, encoding="utf-8")
    gold.summarize(story)
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
