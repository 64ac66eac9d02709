#!/usr/bin/env python3
"""Second held-out coverage gold: declare one more corpus story and write coverage_heldout2.json.

Run from the repo root:  python benchmarks/gold/make_coverage_heldout2.py

This is a HELD-OUT set. It scores the coverage/fact-alignment feature on a story it was not
tuned on, so do not tune against it. It follows COVERAGE.md exactly and was annotated from
the article text alone, without running (or reading) the aligner or the coverage benchmark.
Like make_coverage_heldout.py it reuses the declaration helper ``C``, the structural checks,
the span verification and the summary of make_coverage_gold.py: the story below is handed to
that module's ``build_corpus`` instead of a copy of it. Evidence is ``(start, end, sha1)``
into the article ``body`` (Python str indices, half-open; sha1 = first 12 hex chars of
``sha1(body[start:end].encode("utf-8"))``). No corpus text is stored here. When the corpus
is absent, a note is printed and the same JSON is written with the spans unverified.
The script asserts that the story and its articles are in neither coverage.json nor
coverage_heldout.json, and that no article is in any quotes*.json gold file.

Selection (seeded, not chosen for difficulty). From ../shared/corpus/stories.jsonl keep the
stories with mean_pairwise_cosine >= 0.2 and 3-5 articles from distinct outlets, every
article 250-900 words (whitespace tokens of ``body``), English news reports (no opinion
columns); drop any story that holds an article of coverage.json, coverage_heldout.json or
any benchmarks/gold/quotes*.json. Sort the story ids, shuffle them with
``random.Random(2028).shuffle`` and take the first that qualifies. That is
federal_budget/2013-03-21 (mean_pairwise_cosine 0.2134; 3 articles, so all are used):

    BnRIRXtETumSmzTK  USA TODAY        (center)  489 words
    ejbqAmHBswkNByEl  CNN (Web News)   (left)    835 words
    fZp23mQEV1AWf9L6  Fox Online News  (right)   712 words

All three are news reports of Thursday 21 March 2013 in Congress: the House passes Paul
Ryan's 2014 budget blueprint (the Senate rejects it that night: CNN, Fox), the Senate
Democrats debate their own budget, and the House gives final passage to the bill funding
the government through September (averting a shutdown and easing the sequester). USA TODAY
and Fox lead with the Ryan budget; CNN leads with the spending bill and adds its reactions.

Counts: 97 facts, 149 (fact, article) carries, 191 spans; carried by 1/2/3 articles:
57/28/12. Per article (facts / unique): USA TODAY 46/12, CNN 47/23, Fox 56/22. Shared
facts: USA TODAY-CNN 18, USA TODAY-Fox 28, CNN-Fox 18. Hard calls are in the facts' notes.

Rewrites: none. Fox reads like agency copy but shares no wording or structure with the other
two; the overlap (vote counts, Murray's plan, the Medicare overhaul) is reported
independently.

Furniture, never evidence: USA TODAY's byline line and its "WASHINGTON --" dateline prefix;
CNN's "Story highlights" label and its four "JUST WATCHED / MUST WATCH" video lines; Fox's
"More On This..." line. CNN's four highlight bullets are the outlet's own summary text and,
like the seed headlines, are treated as article text.
Deliberately excluded (no checkable fact): Fox's one-sentence lead-in to its closing
explainer, saying the budget process is arcane (a transition).
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
import make_coverage_heldout as heldout  # noqa: E402
from make_coverage_gold import C  # noqa: E402

OUT = HERE / "coverage_heldout2.json"

# --------------------------------------------------------------------------
# Held-out story 2: federal_budget/2013-03-21 (mean_pairwise_cosine 0.2134)
# --------------------------------------------------------------------------
STORY = "federal_budget/2013-03-21"
USAT = "BnRIRXtETumSmzTK"  # USA TODAY (center); leads with the Ryan budget
CNN = "ejbqAmHBswkNByEl"  # CNN (Web News) (left); leads with the spending bill, story highlights
FOX = "fZp23mQEV1AWf9L6"  # Fox Online News (right); leads with the Ryan budget
ARTICLES = [
    (USAT, "USA TODAY"),
    (CNN, "CNN (Web News)"),
    (FOX, "Fox Online News"),
]
REWRITES: list[list[str]] = []  # independently written; see the docstring

FACTS = [
    # --- The House passes the Ryan budget ------------------------------------
    C(
        "house-passes-ryan-budget",
        "On Thursday the House passed the Republican (fiscal 2014) budget plan written by Paul Ryan.",
        {
            USAT: [(37, 185, "69956bd2f1e6")],
            CNN: [(1194, 1328, "12656bf2f032"), (1588, 1830, "52014f955f2e")],
            FOX: [
                (0, 273, "25ab74958f9e"),
                (808, 854, "52743953285b"),
                (856, 996, "84ac2d52f8e7"),
            ],
        },
        note="CNN's passage sentence does not name Ryan; the next paragraph identifies the plan as his, which the reader plainly joins.",
    ),
    C(
        "house-vote-221-207",
        "The House vote on the Ryan budget was a narrow 221-207.",
        {
            USAT: [(37, 185, "69956bd2f1e6")],
            FOX: [(808, 854, "52743953285b")],
        },
    ),
    C(
        "party-line-vote",
        "The House vote on the Ryan budget split largely along party lines.",
        {
            USAT: [(37, 185, "69956bd2f1e6")],
            FOX: [(808, 854, "52743953285b")],
        },
        note="Kept apart from no-democrats-voted-for: 'largely party-line' does not say that no Democrat voted yes, and 'no Democrats voted for it' does not say how Republicans voted. CNN gives only the second.",
    ),
    C(
        "no-democrats-voted-for",
        "No House Democrat voted for the Ryan budget.",
        {
            USAT: [(359, 391, "35b03d40275c")],
            CNN: [(1831, 1863, "2df2120f1f62")],
        },
    ),
    C(
        "ryan-authored",
        "Rep. Paul Ryan wrote the House Republican budget.",
        {
            USAT: [(37, 185, "69956bd2f1e6"), (1302, 1431, "1515d21a69cf")],
            CNN: [
                (17, 87, "ca28b590b672"),
                (89, 158, "26c2104106bb"),
                (1588, 1830, "52014f955f2e"),
            ],
            FOX: [(367, 580, "068f024a41c4"), (2220, 2489, "c0a35c7aa209")],
        },
    ),
    C(
        "ryan-budget-chairman",
        "Ryan (R-Wis.) chairs the House Budget Committee.",
        {
            USAT: [(853, 1019, "c9489a582de4")],
            FOX: [(367, 580, "068f024a41c4")],
        },
    ),
    C(
        "ryan-romney-running-mate",
        "Ryan was Mitt Romney's (losing) running mate in 2012.",
        {
            CNN: [(1588, 1830, "52014f955f2e")],
            FOX: [(2220, 2489, "c0a35c7aa209")],
        },
        note="CNN names Romney; Fox says the party's failed vice-presidential nominee. Same fact.",
    ),
    C(
        "similar-to-previous-ryan-budgets",
        "The plan resembles Ryan's earlier budget plans.",
        {
            USAT: [(853, 1019, "c9489a582de4")],
            FOX: [(367, 580, "068f024a41c4")],
        },
    ),
    C(
        "two-earlier-budgets-since-2010",
        "Ryan has written two earlier budgets since Republicans won control of the House in 2010.",
        {
            USAT: [(853, 1019, "c9489a582de4")],
        },
    ),
    C(
        "blueprint-nonbinding",
        "The budget plan is a blueprint of targets and priorities without the force of law.",
        {
            USAT: [(187, 357, "1634b7dad828")],
            FOX: [(4317, 4484, "04da4c6d7df2")],
        },
        note="Fox carries it only through its closing explainer (a budget resolution sets nonbinding targets), which applies to the plan it reports; the reader plainly makes the link.",
    ),
    C(
        "needs-follow-up-legislation",
        "A budget resolution relies on separate follow-up legislation to take effect.",
        {
            FOX: [(4317, 4484, "04da4c6d7df2")],
        },
    ),
    C(
        "balances-in-ten-years",
        "Ryan's plan balances the federal budget within ten years.",
        {
            USAT: [(1302, 1431, "1515d21a69cf")],
            CNN: [(89, 158, "26c2104106bb"), (1588, 1830, "52014f955f2e")],
            FOX: [(367, 580, "068f024a41c4")],
        },
        note="USA TODAY's '10-year budget window' sentence is about the plan's horizon, not balance, so it is not a span here.",
    ),
    C(
        "faster-balance-than-before",
        "Balancing in ten years is a sharp speed-up on Ryan's previous plan.",
        {
            USAT: [(1432, 1617, "ccebf00f6a56")],
        },
    ),
    C(
        "rank-and-file-pushed-austerity",
        "Conservative rank-and-file Republicans strongly backed the more austere plan.",
        {
            USAT: [(1432, 1617, "ccebf00f6a56")],
        },
    ),
    C(
        "no-new-taxes",
        "The Ryan plan raises no new taxes or revenue.",
        {
            USAT: [(1619, 1690, "34c7133a7704")],
            FOX: [(367, 580, "068f024a41c4")],
        },
        note="CNN says the plan 'cuts taxes' (ryan-cuts-taxes) but never that it raises none, so it is not counted here.",
    ),
    C(
        "ryan-cuts-taxes",
        "The Ryan plan cuts taxes, including the corporate rate.",
        {
            USAT: [(1619, 1690, "34c7133a7704")],
            CNN: [(1588, 1830, "52014f955f2e")],
        },
        note="USA TODAY names the corporate rate; CNN says only that it cuts taxes. Same core.",
    ),
    C(
        "spending-cut-4-6-trillion",
        "The Ryan plan cuts spending by $4.6 trillion.",
        {
            CNN: [(89, 158, "26c2104106bb"), (1588, 1830, "52014f955f2e")],
        },
    ),
    C(
        "repeals-obamacare",
        "The Ryan plan repeals Obama's health care law.",
        {
            USAT: [(1876, 2106, "31671051c82c")],
            CNN: [(1588, 1830, "52014f955f2e")],
            FOX: [(582, 807, "5ac0866310af"), (2220, 2489, "c0a35c7aa209")],
        },
        note="USA TODAY has it through Boehner's boast. Fox's second span (cuts to 'Obamacare' subsidies) is a weaker form of the same point.",
    ),
    C(
        "keystone-pipeline",
        "The House budget authorizes building the Keystone XL oil pipeline.",
        {
            USAT: [(1876, 2106, "31671051c82c")],
        },
    ),
    C(
        "boehner-more-than-balance",
        "Boehner said the budget does more than just balance.",
        {
            USAT: [(1876, 2106, "31671051c82c")],
        },
    ),
    C(
        "boehner-bold-plan",
        "Boehner called the Ryan budget a bold plan and a statement of party principles.",
        {
            CNN: [(2048, 2151, "41670eb35c1d")],
        },
        note="A different Boehner remark from boehner-more-than-balance (USA TODAY); kept apart as a different quote.",
    ),
    C(
        "cuts-domestic-agencies",
        "The plan cuts deeply into domestic agencies such as the FBI and the National Institutes of Health.",
        {
            USAT: [(1691, 1874, "2d8e22fa21f8")],
            FOX: [
                (0, 273, "25ab74958f9e"),
                (2220, 2489, "c0a35c7aa209"),
                (3085, 3300, "6fee980ad441"),
            ],
        },
    ),
    C(
        "domestic-cuts-near-20-percent",
        "Domestic agency cuts could approach 20 percent against the levels of the summer 2011 budget deal.",
        {
            FOX: [(3085, 3300, "6fee980ad441")],
        },
    ),
    C(
        "appropriations-process-strain",
        "The cuts could wreck the already troubled appropriations process of 12 annual spending bills.",
        {
            FOX: [(3301, 3465, "9d75085ad51e")],
        },
    ),
    C(
        "pentagon-spared",
        "The Ryan plan shields the Pentagon from cuts.",
        {
            USAT: [(1691, 1874, "2d8e22fa21f8")],
            FOX: [(2220, 2489, "c0a35c7aa209")],
        },
    ),
    C(
        "social-security-spared",
        "The Ryan plan exempts Social Security beneficiaries from its cuts.",
        {
            FOX: [(2220, 2489, "c0a35c7aa209")],
        },
    ),
    C(
        "cuts-programs-for-poor",
        "The plan cuts safety-net programs for the poor such as Medicaid and food stamps.",
        {
            FOX: [
                (0, 273, "25ab74958f9e"),
                (582, 807, "5ac0866310af"),
                (2220, 2489, "c0a35c7aa209"),
            ],
        },
    ),
    C(
        "medicaid-to-states",
        "The plan proposes handing programs such as Medicaid to the states.",
        {
            FOX: [(2490, 2623, "7f24ab7922f9")],
        },
    ),
    C(
        "scant-on-details",
        "The plan is often thin on details of the cuts it promises.",
        {
            FOX: [(2490, 2623, "7f24ab7922f9")],
        },
    ),
    # --- Medicare ------------------------------------------------------------
    C(
        "overhauls-medicare",
        "The Ryan plan makes a major overhaul of Medicare.",
        {
            USAT: [(187, 357, "1634b7dad828"), (1020, 1164, "ae806de4c498")],
            CNN: [(1588, 1830, "52014f955f2e")],
            FOX: [(2625, 2933, "70ec802e2c03")],
        },
        note="CNN says only 'major changes to Medicare', which is the core; the mechanism is medicare-premium-support.",
    ),
    C(
        "medicare-premium-support",
        "Medicare would become a premium-support / voucher-like system in which the government subsidises the purchase of private insurance.",
        {
            USAT: [(1020, 1164, "ae806de4c498"), (1165, 1300, "087192b6fbd7")],
            FOX: [(2625, 2933, "70ec802e2c03")],
        },
    ),
    C(
        "medicare-future-retirees-only",
        "The Medicare change applies only to future beneficiaries (those now 55 or younger / born 1959 or later).",
        {
            USAT: [(1020, 1164, "ae806de4c498"), (1165, 1300, "087192b6fbd7")],
            FOX: [(2625, 2933, "70ec802e2c03")],
        },
        note="USA TODAY's '55 and younger' and Fox's 'born in 1959 or later' describe the same 2013 cut-off in different terms; counted as one fact.",
    ),
    C(
        "medicare-plan-controversial",
        "The Medicare proposal is one of the plan's most controversial.",
        {
            USAT: [(1020, 1164, "ae806de4c498")],
            FOX: [(2625, 2933, "70ec802e2c03")],
        },
    ),
    C(
        "critics-out-of-pocket-costs",
        "Critics say the Medicare change would send seniors' out-of-pocket costs spiralling.",
        {
            FOX: [(2934, 3083, "045defb71ab7")],
        },
    ),
    C(
        "ryan-competition",
        "Ryan says the Medicare change would bring competition into a broken system.",
        {
            FOX: [(2934, 3083, "045defb71ab7")],
        },
    ),
    # --- Reactions to the Ryan budget ---------------------------------------
    C(
        "murray-voters-rejected",
        "Senate Budget chair Patty Murray said House Republicans doubled down on failed policies voters rejected months ago.",
        {
            USAT: [(392, 566, "9298966f5228")],
        },
    ),
    C(
        "van-hollen-ideological",
        "Democrat Chris Van Hollen called the Ryan budget an uncompromising ideological approach that would repeat Europe's failed austerity.",
        {
            CNN: [(2152, 2337, "159180c5535c")],
        },
        note="CNN's Van Hollen video line is furniture; only the prose sentence is evidence.",
    ),
    C(
        "nonstarter-with-obama",
        "The plan's deep cuts and Obamacare repeal are unacceptable to Obama.",
        {
            FOX: [(582, 807, "5ac0866310af")],
        },
    ),
    C(
        "obama-campaigned-against-ryan",
        "Obama won re-election campaigning against Ryan's earlier budgets.",
        {
            FOX: [(582, 807, "5ac0866310af")],
        },
        note="Not the same as murray-voters-rejected (USA TODAY): that is Murray's partisan claim, this is Fox's narration about the campaign.",
    ),
    C(
        "senate-rejects-ryan",
        "The Senate voted down the Ryan budget on Thursday (night).",
        {
            CNN: [
                (17, 87, "ca28b590b672"),
                (1194, 1328, "12656bf2f032"),
                (1865, 1976, "62636bf622b5"),
                (1977, 2046, "1fe1aca36dc7"),
            ],
            FOX: [(275, 365, "03dd49f57232")],
        },
        note="CNN's earlier line that the plan is sure to die in the Democratic Senate is a prediction of the same outcome and is kept as a span, as planned-vs-done is one fact in COVERAGE.md.",
    ),
    C(
        "senate-vote-59-40",
        "The Senate vote against the Ryan budget was 59-40.",
        {
            CNN: [(17, 87, "ca28b590b672"), (1977, 2046, "1fe1aca36dc7")],
            FOX: [(275, 365, "03dd49f57232")],
        },
    ),
    C(
        "senate-vote-political-move",
        "The Senate's vote on the Ryan budget looked like a political move to show it could not pass.",
        {
            CNN: [(1865, 1976, "62636bf622b5")],
        },
    ),
    # --- The Senate Democrats' budget ---------------------------------------
    C(
        "senate-debates-own-budget",
        "The Democratic Senate was debating its own competing 2014 budget on Thursday.",
        {
            USAT: [(568, 660, "b34fa297ef27")],
            CNN: [(2339, 2551, "36b8c3eb14ad")],
            FOX: [(856, 996, "84ac2d52f8e7"), (3467, 3734, "3b076f6577a5")],
        },
    ),
    C(
        "senate-passage-friday",
        "The Senate expects to pass its budget on Friday.",
        {
            USAT: [(568, 660, "b34fa297ef27")],
        },
    ),
    C(
        "first-senate-budget-since-2009",
        "It is the Senate's first budget since 2009.",
        {
            FOX: [(856, 996, "84ac2d52f8e7")],
        },
    ),
    C(
        "senate-2009-budget-health-law",
        "The 2009 budget helped Obama pass his health care law.",
        {
            FOX: [(856, 996, "84ac2d52f8e7")],
        },
    ),
    C(
        "murray-budget-chair",
        "Patty Murray (D-Wash.) chairs the Senate Budget Committee.",
        {
            USAT: [(392, 566, "9298966f5228")],
            FOX: [(3467, 3734, "3b076f6577a5")],
        },
    ),
    C(
        "murray-wrote-senate-plan",
        "The Senate Democrats' budget is Murray's plan.",
        {
            FOX: [(3467, 3734, "3b076f6577a5")],
        },
        note="USA TODAY says only that Democrats wrote it, and names Murray only as the Budget chair criticising the House plan, so it is not counted.",
    ),
    C(
        "democratic-plan-less-austere",
        "The Democrats' budget is more modest / less austere than the House Republican plan.",
        {
            USAT: [(2108, 2302, "5e88ef034451")],
            FOX: [(0, 273, "25ab74958f9e")],
        },
    ),
    C(
        "senate-plan-1-trillion-taxes",
        "The Senate plan raises about $1 trillion in new taxes/revenue over ten years.",
        {
            USAT: [(2108, 2302, "5e88ef034451")],
            CNN: [(2339, 2551, "36b8c3eb14ad")],
            FOX: [(3467, 3734, "3b076f6577a5")],
        },
        note="CNN's $975 billion is the same figure as 'about' / 'nearly' $1 trillion; a more precise version of the same fact.",
    ),
    C(
        "revenue-from-closing-loopholes",
        "The Senate plan's new revenue comes from closing tax loopholes.",
        {
            USAT: [(2108, 2302, "5e88ef034451")],
        },
    ),
    C(
        "taxes-on-wealthy-and-corporations",
        "The Senate plan's tax increases fall on the wealthy and corporations.",
        {
            CNN: [(2339, 2551, "36b8c3eb14ad")],
        },
    ),
    C(
        "senate-plan-1-trillion-spending-cuts",
        "The Senate plan pairs its new revenue with about $1 trillion in spending cuts.",
        {
            USAT: [(2108, 2302, "5e88ef034451")],
        },
        note="Fox says the opposite (senate-plan-raises-spending, once the sequester repeal is counted); the two are kept as different facts.",
    ),
    C(
        "senate-plan-repeals-sequester",
        "The Senate plan would undo the automatic cuts (the sequester), at a cost of $1.2 trillion.",
        {
            FOX: [(3735, 3898, "6af38aedbecd")],
        },
    ),
    C(
        "senate-plan-raises-spending",
        "Counting the sequester repeal, Murray's plan would actually increase government spending.",
        {
            FOX: [(3735, 3898, "6af38aedbecd")],
        },
    ),
    C(
        "senate-plan-cuts-deficit",
        "The Senate plan reduces the deficit.",
        {
            USAT: [(2108, 2302, "5e88ef034451")],
            CNN: [(2339, 2551, "36b8c3eb14ad")],
            FOX: [(3899, 4064, "3f7a18a7c09f")],
        },
        note="Hard call for USA TODAY: it never says 'deficit', but a plan of about $1 trillion in cuts and $1 trillion in new revenue plainly reduces it.",
    ),
    C(
        "net-deficit-cut-small",
        "The net deficit reduction would be only a few hundred billion dollars in a roughly $46 trillion ten-year budget.",
        {
            FOX: [(3899, 4064, "3f7a18a7c09f")],
        },
    ),
    C(
        "senate-plan-steadies-debt",
        "The Senate plan seeks to lower / stabilise the national debt relative to the economy.",
        {
            USAT: [(2303, 2515, "f35c09eca547")],
            FOX: [(3467, 3734, "3b076f6577a5")],
        },
        note="Hard call: USA TODAY (lowers the debt-to-economy ratio) and Fox (an attempt to stabilise the national debt) are read as one aim of the plan.",
    ),
    C(
        "national-debt-16-trillion",
        "The national debt exceeds $16 trillion.",
        {
            FOX: [(3467, 3734, "3b076f6577a5")],
        },
    ),
    C(
        "senate-plan-jobs-over-balance",
        "The Senate plan puts job growth and infrastructure spending ahead of balancing the budget and overhauling entitlements.",
        {
            USAT: [(2303, 2515, "f35c09eca547")],
        },
    ),
    C(
        "senate-plan-never-balances",
        "The Senate Democrats' budget never balances.",
        {
            USAT: [(2303, 2515, "f35c09eca547"), (2517, 2588, "342771129510")],
        },
        note="USA TODAY says it in its own voice and through Boehner's quote; a neutral claim counts whoever voices it. CNN's Van Hollen video line ('Dem budget plan is balanced') is furniture.",
    ),
    C(
        "boehner-more-debt-fewer-jobs",
        "Boehner said the Senate plan means more debt, fewer jobs and less security.",
        {
            USAT: [(2589, 2694, "350b8b36e3fa")],
        },
    ),
    C(
        "mcconnell-needs-of-government",
        "Mitch McConnell said Democrats serve the needs of government rather than of the voters.",
        {
            CNN: [(2720, 2876, "835e612f50c8")],
        },
    ),
    C(
        "taxes-rose-in-fiscal-cliff-deal",
        "Republicans point out that taxes already rose in January 2013 under the fiscal cliff deal.",
        {
            CNN: [(2552, 2645, "ef87c51c4449")],
        },
    ),
    C(
        "gop-no-more-taxes",
        "Republican leaders vow not to raise the overall tax burden any further.",
        {
            CNN: [(2646, 2718, "3dc7a6559654")],
        },
    ),
    C(
        "murray-fair-deficit-cuts",
        "Murray said the deficit and debt must be tackled fairly and responsibly.",
        {
            FOX: [(4066, 4143, "731623fd6c40")],
        },
    ),
    C(
        "murray-keep-promises",
        "Murray said the nation must keep its promises to seniors, families and communities.",
        {
            FOX: [(4144, 4247, "cddc9c586f7d")],
        },
        note="The quote's second sentence adds a point the first does not cover, so it is its own fact (COVERAGE.md continuation rule).",
    ),
    # --- Partisan divide -----------------------------------------------------
    C(
        "partisan-budget-divide",
        "The parties remain far apart and gridlocked over taxes, spending and deficits, so the budget fight goes on.",
        {
            CNN: [(276, 508, "417720ffbc74"), (1014, 1193, "875de725e74d")],
            FOX: [(1015, 1233, "25b702e9f2ee"), (2010, 2218, "7505e2a55eea")],
        },
    ),
    C(
        "obama-middle-path",
        "Obama is looking for a middle course combining new taxes with modest benefit curbs.",
        {
            FOX: [(1234, 1360, "9634ab1a3311")],
        },
    ),
    # --- The 2013 spending bill ----------------------------------------------
    C(
        "house-passes-spending-bill",
        "The House also gave final approval on Thursday to the bill funding the government for the rest of fiscal 2013.",
        {
            USAT: [(719, 851, "874c358327b5"), (2696, 2855, "74203030c279")],
            CNN: [
                (160, 208, "ab8cacdf5dc5"),
                (276, 508, "417720ffbc74"),
                (510, 770, "2b4c40f3ecff"),
            ],
            FOX: [(1362, 1610, "ea5c6976ad8a"), (1612, 1684, "84ab265c32dd")],
        },
        note="USA TODAY calls it a 'short-term' bill in one sentence and a bill through Sept. 30 in another; both describe the same bill.",
    ),
    C(
        "spending-vote-318-109",
        "The House vote on the spending bill was 318-109.",
        {
            USAT: [(2696, 2855, "74203030c279")],
            CNN: [(510, 770, "2b4c40f3ecff")],
            FOX: [(1612, 1684, "84ab265c32dd")],
        },
    ),
    C(
        "funds-through-september",
        "The bill funds the government through the end of the fiscal year on Sept. 30.",
        {
            USAT: [(2696, 2855, "74203030c279")],
            CNN: [(510, 770, "2b4c40f3ecff")],
            FOX: [(1362, 1610, "ea5c6976ad8a")],
        },
    ),
    C(
        "averts-shutdown",
        "The spending bill averts a government shutdown.",
        {
            USAT: [(719, 851, "874c358327b5"), (2696, 2855, "74203030c279")],
            CNN: [
                (160, 208, "ab8cacdf5dc5"),
                (276, 508, "417720ffbc74"),
                (772, 897, "3c7b6f7e37b9"),
            ],
        },
        note="Fox never mentions a shutdown threat; 'keep Cabinet agencies running' is not enough to carry it.",
    ),
    C(
        "shutdown-deadline-march-27",
        "Without the bill a (partial) shutdown would have begun on March 27.",
        {
            USAT: [(2696, 2855, "74203030c279")],
            CNN: [(772, 897, "3c7b6f7e37b9")],
        },
    ),
    C(
        "goes-to-obama",
        "The spending bill now goes to President Obama to be signed into law.",
        {
            USAT: [(719, 851, "874c358327b5")],
            CNN: [(510, 770, "2b4c40f3ecff"), (2878, 3193, "508c8841bb22")],
        },
    ),
    C(
        "senate-passed-bill-wednesday",
        "The Senate had passed the same spending bill on Wednesday.",
        {
            USAT: [(3039, 3081, "72cc65802538")],
            FOX: [(1685, 1910, "f38747a3f003"), (3467, 3734, "3b076f6577a5")],
        },
    ),
    C(
        "spending-bill-bipartisan",
        "The spending bill is a bipartisan measure.",
        {
            CNN: [(3799, 3909, "485a57dfd5d4")],
            FOX: [(1612, 1684, "84ab265c32dd")],
        },
    ),
    C(
        "mikulski-shelby-wrote-bill",
        "The spending bill was written mainly by Sens. Barbara Mikulski (D-Md.) and Richard Shelby (R-Ala.).",
        {
            CNN: [(3357, 3601, "431f6a165db1")],
        },
    ),
    C(
        "eases-sequester",
        "The spending bill softens the automatic sequestration cuts by giving agencies more flexibility in applying them.",
        {
            USAT: [(2856, 3038, "b7ff52e4611e")],
            CNN: [
                (210, 274, "85419b43dde0"),
                (510, 770, "2b4c40f3ecff"),
                (2878, 3193, "508c8841bb22"),
                (3195, 3355, "e8e387ae6aea"),
            ],
            FOX: [(1685, 1910, "f38747a3f003")],
        },
        note="USA TODAY (flexibility for the Pentagon and other agencies), CNN (softens the blow via new departmental budgets) and Fox (the Senate eased cuts) share the core.",
    ),
    C(
        "sequester-85-billion",
        "The forced spending cuts total $85 billion.",
        {
            CNN: [
                (210, 274, "85419b43dde0"),
                (510, 770, "2b4c40f3ecff"),
                (2878, 3193, "508c8841bb22"),
            ],
        },
    ),
    C(
        "sequester-began-march-1",
        "The automatic cuts took effect at the start of March (March 1).",
        {
            USAT: [(2856, 3038, "b7ff52e4611e")],
            FOX: [(1911, 2008, "580f86404dee")],
        },
    ),
    C(
        "sequester-disliked-by-both",
        "Leaders of both parties dislike the forced spending cuts.",
        {
            CNN: [(510, 770, "2b4c40f3ecff")],
        },
    ),
    C(
        "departmental-budgets",
        "The bill sets new budgets for departments such as Agriculture, Commerce, Defense, Homeland Security, Justice and Veterans Affairs, resetting priorities.",
        {
            CNN: [(2878, 3193, "508c8841bb22"), (3195, 3355, "e8e387ae6aea")],
        },
        note="CNN's mechanism; USA TODAY's 'more flexibility' for the Pentagon and others is counted only under eases-sequester.",
    ),
    C(
        "spares-meat-inspection",
        "The bill protects meat inspection from the cuts, avoiding meat-plant closures.",
        {
            CNN: [(3357, 3601, "431f6a165db1")],
            FOX: [(1685, 1910, "f38747a3f003")],
        },
    ),
    C(
        "spares-infant-nutrition",
        "The bill spares infant nutrition programmes from the cuts.",
        {
            CNN: [(3357, 3601, "431f6a165db1")],
        },
    ),
    C(
        "military-tuition-grants-restored",
        "The bill revives college tuition grants for active-duty troops.",
        {
            FOX: [(1685, 1910, "f38747a3f003")],
        },
    ),
    C(
        "spending-984-billion",
        "The bill sets $984 billion in non-entitlement spending, down from the $1.043 trillion approved before the sequester.",
        {
            CNN: [(3603, 3797, "8fee04c7698f")],
        },
    ),
    C(
        "many-unhappy-with-bill",
        "Many members of both parties are unhappy with the bill despite its bipartisan character.",
        {
            CNN: [(3799, 3909, "485a57dfd5d4")],
        },
    ),
    C(
        "conservatives-pork",
        "Conservatives complain the bill is still full of pork-barrel spending.",
        {
            CNN: [(3911, 3985, "05b2aa9a9167")],
        },
    ),
    C(
        "mccain-coburn-salmon",
        "Sens. McCain and Coburn questioned $65 million for Pacific coast salmon restoration.",
        {
            CNN: [(3986, 4144, "b11de0f733e1")],
        },
    ),
    C(
        "moran-denied-tower-vote",
        "Sen. Jerry Moran complained of being denied a vote on his amendment to keep rural airport control towers open.",
        {
            CNN: [(4146, 4306, "da3b13e40cd9")],
        },
    ),
    C(
        "moran-political-points",
        "Moran accused opponents of cutting the funds to score political points and show that the sequester cannot work.",
        {
            CNN: [
                (4307, 4464, "6f1e1341200b"),
                (4466, 4569, "a83e1e2fbc83"),
                (4570, 4685, "c455e2a6c14a"),
            ],
        },
        note="Both quoted sentences restate or illustrate the accusation (continuation rule).",
    ),
    C(
        "liberals-accept-deal",
        "Liberal members attacked the cuts but called the deal the only way to avoid a shutdown.",
        {
            CNN: [(4687, 4812, "1390dd9569b2")],
        },
    ),
    C(
        "lowey-cuts-reckless",
        "Nita Lowey, top Democrat on House Appropriations, called the cuts reckless.",
        {
            CNN: [(4814, 4928, "7ece501890c4")],
        },
    ),
    C(
        "lowey-shutdown-havoc",
        "Lowey said a shutdown could wreck the fragile economic recovery and must be avoided.",
        {
            CNN: [(4929, 5038, "799c0828d395")],
        },
    ),
    C(
        "pelosi-shutdown-worse",
        "Nancy Pelosi said shutting down the government would have been worse than the bills' flaws.",
        {
            CNN: [(5040, 5185, "5eebc5eb6913")],
        },
    ),
    C(
        "two-week-recess",
        "Congress now breaks for a two-week (Easter/Passover) spring recess.",
        {
            USAT: [(661, 717, "6086f0fcbf07")],
            CNN: [(898, 1012, "10cb7d750405")],
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
    """The story and its articles must be new relative to coverage.json, coverage_heldout.json
    and the quotes gold files."""
    keys = [k for k, _ in ARTICLES]
    assert len(set(keys)) == len(keys) == 3, "expected the story's 3 distinct articles"
    outlets = [o for _, o in ARTICLES]
    assert len(set(outlets)) == len(outlets), "outlets must all differ"
    for name, story, arts in (
        ("coverage.json", gold.CORPUS_STORY, gold.CORPUS_ARTICLES),
        ("coverage_heldout.json", heldout.STORY, heldout.ARTICLES),
    ):
        assert STORY != story, f"held-out story is the {name} corpus story"
        used = {k for k, _ in arts} & set(keys)
        assert not used, f"articles already in {name}: {used}"
    for path in (HERE / "coverage.json", HERE / "coverage_heldout.json"):
        if path.is_file():
            for s in json.loads(path.read_text(encoding="utf-8"))["stories"]:
                assert s["name"] != STORY, f"story already in {path.name}"
                used = {a["key"] for a in s["articles"]} & set(keys)
                assert not used, f"articles already in {path.name}: {used}"
    for path in sorted(HERE.glob("quotes*.json")):
        arts = json.loads(path.read_text(encoding="utf-8"))["articles"]
        used = {a.get("id") for a in arts} & set(keys)
        assert not used, f"articles already in {path.name}: {used}"


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
