#!/usr/bin/env python3
"""Hand-checked gold annotations of story facts ("what each article includes or omits").

Declares, for two stories, the facts of the story and, for every article that
carries a fact, the evidence span(s) in that article; then verifies every span
and writes ``benchmarks/gold/coverage.json``.

* Seed story (the five raw pastes in ``seeds/``): evidence is declared as an exact
  substring of the raw file (read with ``open(path, encoding="utf-8").read()``,
  no normalisation), optionally with an ``occurrence`` index; start/end are
  computed here and the substring must be found exactly (unique, or present at
  the stated occurrence).
* Corpus story: evidence is declared as ``(start, end, sha1)`` into the
  article's ``body``; sha1 is the first 12 hex chars of
  ``sha1(body[start:end].encode("utf-8"))``.  No corpus text is kept in this
  file.  The hashes are asserted against ``../shared/corpus/articles.jsonl.xz``
  (relative to the repo root); when the corpus is absent the entries are kept
  unverified and a note is printed.

Usage (from the repo root):  python benchmarks/gold/make_coverage_gold.py
Stdlib only (Python 3.11).  See COVERAGE.md for the conventions.
"""

# ruff: noqa: E501  -- evidence must be whole sentences of the raw seed text
from __future__ import annotations

import argparse
import hashlib
import json
import lzma
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent
OUT = HERE / "coverage.json"
DEFAULT_SEED_DIRS = [REPO.parent / "shared" / "seeds", REPO / "seeds"]
DEFAULT_CORPUS = REPO.parent / "shared" / "corpus" / "articles.jsonl.xz"


def F(fid, label, evidence, note=None):
    """A seed fact: evidence maps article alias -> list of substrings or (substring, occurrence)."""
    return {"id": fid, "label": label, "evidence": evidence, "note": note}


C = F  # corpus facts: evidence maps article id -> list of (start, end, sha1)

# --------------------------------------------------------------------------
# Story 1: seed (Kamala Harris / Guatemala / President Giammattei, 2021)
# --------------------------------------------------------------------------
A0 = "000_e1698ff01bcce18b.txt"  # paraphrase (rewrite) of A1
A1 = "001_8bc4591db6c48cc8.txt"  # CBS News interview piece (before the June trip)
A2 = "002_845991328a7e64a6.txt"  # Independent/AP-style piece on the CBS interview (Sunday)
A3 = "003_903b5430ed4d41bf.txt"  # BBC-style explainer + analysis (after Monday's meeting)
A4 = "004_92715c3002da2956.txt"  # NY Post-style piece on the April virtual meeting
SEED_ARTICLES = [A0, A1, A2, A3, A4]
SEED_REWRITES = [[A0, A1]]

SEED_FACTS = [
    # --- Harris-Giammattei relationship -----------------------------------
    F(
        "giammattei-most-frequent-contact",
        "Giammattei is the foreign leader who has talked most often with Harris about US immigration policy.",
        {
            A0: [
                "The world leader who has had the most frequent conversations with Vice President Kamala Harris about US immigration policy describes her as a straight-talking, detail-oriented leader who pays close attention to the long-standing reasons why people leave his country."
            ],
            A1: [
                "The world leader who has spoken with Vice President Kamala Harris most frequently about U.S. immigration policy describes her as a straight-talking, detail-oriented leader paying careful attention to the long-standing reasons that people leave his country."
            ],
        },
    ),
    F(
        "harris-frank",
        "Giammattei describes Harris as frank and straight-talking.",
        {
            A0: [
                "The world leader who has had the most frequent conversations with Vice President Kamala Harris about US immigration policy describes her as a straight-talking, detail-oriented leader who pays close attention to the long-standing reasons why people leave his country."
            ],
            A1: [
                "The world leader who has spoken with Vice President Kamala Harris most frequently about U.S. immigration policy describes her as a straight-talking, detail-oriented leader paying careful attention to the long-standing reasons that people leave his country.",
                "In their Zoom and telephone meetings so far, Harris “doesn’t hold back, which is good. She is frank,” Giammattei said.",
            ],
            A3: [
                "Mr Giammattei of Guatemala, who has faced criticism over corruption within his government, told CBS News over the weekend that Ms Harris “doesn’t hold back, which is good. She is frank”."
            ],
        },
    ),
    F(
        "harris-attentive-to-reasons",
        "Giammattei says Harris is detail-oriented and attentive to the long-standing reasons people leave Guatemala.",
        {
            A0: [
                "The world leader who has had the most frequent conversations with Vice President Kamala Harris about US immigration policy describes her as a straight-talking, detail-oriented leader who pays close attention to the long-standing reasons why people leave his country."
            ],
            A1: [
                "The world leader who has spoken with Vice President Kamala Harris most frequently about U.S. immigration policy describes her as a straight-talking, detail-oriented leader paying careful attention to the long-standing reasons that people leave his country."
            ],
        },
    ),
    F(
        "values-harris-as-negotiator",
        "Giammattei says he values Harris as a negotiating partner.",
        {
            A2: [
                "Guatemala’s president said on Sunday that his government and the Biden administration remain at odds over the US’ approach to stemming Central American migration, while adding that he valued Vice President Kamala Harris as a negotiating partner."
            ]
        },
        note="Not merged with harris-frank: 'valued as a negotiating partner' is a different appraisal than 'frank / doesn't hold back'.",
    ),
    F(
        "virtual-meeting",
        "Harris and Giammattei have met by video link.",
        {
            A1: [
                "In their Zoom and telephone meetings so far, Harris “doesn’t hold back, which is good. She is frank,” Giammattei said."
            ],
            A4: [
                "Kamala Harris hosts virtual meeting with Guatemala president",
                "Vice President Kamala Harris on Monday afternoon hosted a webcast meeting with Guatemalan President Alejandro Giammattei to discuss the “root causes” of the illegal immigration crisis on the US-Mexico border.",
            ],
        },
        note="A4 reports the (26 April) virtual meeting itself; A1 only mentions 'Zoom meetings' in passing, which still tells the reader they met by video. A1's photo caption about the virtual meeting is furniture and not used.",
    ),
    F(
        "phone-call",
        "Harris has spoken with Giammattei by phone.",
        {
            A1: [
                "In their Zoom and telephone meetings so far, Harris “doesn’t hold back, which is good. She is frank,” Giammattei said."
            ],
            A4: [
                "The vice president spoke last month by phone with Giammattei, whose citizens form one of the largest groups of migrants illegally crossing the US-Mexico border, and she recently said\xa0she plans to visit\xa0Guatemala and Mexico."
            ],
        },
    ),
    F(
        "giammattei-eager-partner",
        "Giammattei is keen for Guatemala to be the US's (lead) partner on migration.",
        {
            A0: ["Giammattei appears content to be the lead partner."],
            A1: ["Giammattei seems happy to be the lead partner."],
            A4: [
                "Giammattei told Harris, according to a pool report, that\xa0“the Guatemalan government wishes to be your partner in order to address… not only poverty but of so many evils that affect us.”"
            ],
        },
        note="A4's quote ('wishes to be your partner') is counted as the same core as A0/A1's 'content/happy to be the lead partner'.",
    ),
    F(
        "guatemala-best-available-partner",
        "Given the region's politics, Guatemala is the Biden administration's best (or only feasible) partner on migration.",
        {
            A0: [
                "Privately, Biden administration officials admit that, given the region’s political situation, Guatemala is the best worst option for an immigration partner."
            ],
            A1: [
                "Privately, Biden administration officials concede that given the political situation in the region, Guatemala is the best worst option for a partner on the immigration issue."
            ],
            A3: [
                "However, in reality, the Biden administration has few other feasible partners in the region, embroiled as they are in diplomatic tension or open conflict with the presidents of Honduras, El Salvador and Nicaragua."
            ],
        },
        note="A3 states it as the analyst's view rather than officials' private admission; the claim itself is the same.",
    ),
    F(
        "improved-ties-after-trump",
        "Hosting Harris signals improved Guatemala-US ties after the Trump years.",
        {A3: ["It is a sign of improved ties with Washington after the Trump administration."]},
    ),
    # --- the trip ---------------------------------------------------------
    F(
        "first-trip-abroad",
        "The Guatemala visit is Harris's first international trip as vice president.",
        {
            A0: [
                "Guatemalan President Alejandro Giammattei, who will host Harris here on Monday during her first international trip as vice president, also claims that the change in administrations in Washington was exploited by human traffickers known as “coyotes,” who ferried thousands of children to the US-Mexico border within days of President Biden formally rescinding the Trump-era family separation policy."
            ],
            A1: [
                "Guatemalan President Alejandro Giammattei, who is set to host Harris on Monday here during her first international trip as vice president, also says that the change of administrations in Washington was exploited by human traffickers, known as “coyotes,” who ferried thousands of children to the U.S.-Mexico border within days of President Biden\xa0formally rescinding the Trump-era family separation policy."
            ],
            A3: [
                "On her first-ever international diplomatic trip as vice-president, Kamala Harris is taking on one of the nation’s biggest issues: immigration.",
                "When asked on Monday about these remarks, Ms Harris said choosing Guatemala as her first international trip shows immigration “is one of our highest priorities”, adding she came to discuss “real results” rather than make “grand gestures”.",
                "For the Guatemalan government, there will have been some satisfaction in being the hosts of the vice-president’s first international visit.",
            ],
        },
    ),
    F(
        "meets-giammattei-monday",
        "Harris meets Giammattei in Guatemala on Monday.",
        {
            A0: [
                "Guatemalan President Alejandro Giammattei, who will host Harris here on Monday during her first international trip as vice president, also claims that the change in administrations in Washington was exploited by human traffickers known as “coyotes,” who ferried thousands of children to the US-Mexico border within days of President Biden formally rescinding the Trump-era family separation policy."
            ],
            A1: [
                "Guatemalan President Alejandro Giammattei, who is set to host Harris on Monday here during her first international trip as vice president, also says that the change of administrations in Washington was exploited by human traffickers, known as “coyotes,” who ferried thousands of children to the U.S.-Mexico border within days of President Biden\xa0formally rescinding the Trump-era family separation policy."
            ],
            A2: [
                "‘We are not on the same side of the coin’: Guatemala president attacks Kamala Harris day before landmark meeting"
            ],
            A3: [
                "Ms Harris met the president of Guatemala on Monday and will visit Mexico’s later this week."
            ],
        },
        note="A2 carries it through its headline ('day before landmark meeting', with the interview dated Sunday in the lead). A4's Monday meeting is the April virtual one, a different event (see virtual-meeting).",
    ),
    F(
        "trip-guatemala-and-mexico",
        "Harris's trip takes her to Guatemala and then Mexico.",
        {
            A0: [
                "Her two-day trip to Guatemala and Mexico comes after weeks of intensive meetings with regional leaders and civil society members, as well as what aides describe as intense meetings on the subject with US experts and State Department and National Security Council staffers."
            ],
            A1: [
                "Her two-day trip to Guatemala and Mexico caps weeks of intense meetings with regional leaders and members of civil society, plus what aides describe as intense meetings on the subject with U.S. experts and State Department and National Security Council staffers."
            ],
            A2: [
                "Harris departed the White House on Sunday for a trip to Guatemala and Mexico, and in both countries is expected to discuss with top officials the Biden administration’s economic and anti-corruption efforts in the region which are aimed at addressing the root causes of migration."
            ],
            A3: [
                "Ms Harris met the president of Guatemala on Monday and will visit Mexico’s later this week.",
                "This will be the main focus of Ms Harris’ trip, where she is meeting with Guatemalan President Alejandro Giammattei and Mexican President Andrés Manuel López Obrador.",
                "Ms Harris is expected to discuss the situations in Guatemala and Mexico.",
            ],
            A4: [
                "The vice president spoke last month by phone with Giammattei, whose citizens form one of the largest groups of migrants illegally crossing the US-Mexico border, and she recently said\xa0she plans to visit\xa0Guatemala and Mexico."
            ],
        },
        note="A4 (written in April) carries it as a stated plan to visit Guatemala and Mexico; counted. Audit v2: A3's 'expected to discuss the situations in Guatemala and Mexico' added as a further A3 span (like A2's 'in both countries is expected to discuss').",
    ),
    F(
        "departed-sunday",
        "Harris left the White House for the trip on Sunday.",
        {
            A2: [
                "Harris departed the White House on Sunday for a trip to Guatemala and Mexico, and in both countries is expected to discuss with top officials the Biden administration’s economic and anti-corruption efforts in the region which are aimed at addressing the root causes of migration."
            ]
        },
    ),
    F(
        "june-visit-plan",
        "Harris said (in April) she planned to travel to Guatemala in June.",
        {
            A4: [
                "Harris said “I look forward to traveling to Guatemala and meeting with you in person. Currently our plan is to come there in the month of June.”"
            ]
        },
    ),
    F(
        "prep-meetings",
        "Before the trip Harris held weeks of meetings and briefings with leaders, civil society and experts.",
        {
            A0: [
                "Her two-day trip to Guatemala and Mexico comes after weeks of intensive meetings with regional leaders and civil society members, as well as what aides describe as intense meetings on the subject with US experts and State Department and National Security Council staffers."
            ],
            A1: [
                "Her two-day trip to Guatemala and Mexico caps weeks of intense meetings with regional leaders and members of civil society, plus what aides describe as intense meetings on the subject with U.S. experts and State Department and National Security Council staffers."
            ],
            A3: [
                "Ms Harris has already held closed briefings and roundtable discussions in the White House on these issues."
            ],
        },
        note="A3's 'closed briefings and roundtable discussions in the White House' counted as the same preparatory-meetings fact.",
    ),
    F(
        "listening-trip",
        "Harris's staff describe the trip as mainly information-gathering; she says she is there to listen.",
        {
            A3: [
                "Her staff says this first visit is primarily an information-gathering trip.",
                "“I’m there to listen as much as I am to share perspective,” she said ahead of her trip.",
            ]
        },
    ),
    F(
        "meets-business-community-leaders",
        "Harris is also to meet business, community, entrepreneur and labour leaders on the trip.",
        {
            A3: [
                "During this visit, she is also expected to meet with local business and community leaders as she looks to tackle underlying problems in the region, including corruption and the lack of economic opportunities.",
                "She is also scheduled to meet innovators, entrepreneurs and labour leaders in Guatemala and Mexico during this trip.",
            ]
        },
    ),
    F(
        "meets-amlo-on-trip",
        "On the trip Harris meets Mexican President Andrés Manuel López Obrador.",
        {
            A3: [
                "This will be the main focus of Ms Harris’ trip, where she is meeting with Guatemalan President Alejandro Giammattei and Mexican President Andrés Manuel López Obrador."
            ]
        },
        note="Different event from A4's April phone call with López Obrador (spoke-with-amlo).",
    ),
    F(
        "spoke-with-amlo",
        "Harris had spoken with López Obrador the previous month (March/April).",
        {
            A4: [
                "In this role, Harris spoke last month with Mexican President Andrés Manuel López Obrador, but she has yet to speak with Honduran President Juan Orlando Hernández or with El Salvador’s President Nayib Bukele."
            ]
        },
    ),
    F(
        "not-spoken-honduras-el-salvador",
        "Harris has not spoken with the leaders of Honduras and El Salvador.",
        {
            A3: [
                "But the vice-president has yet to speak to the leaders of Honduras and El Salvador."
            ],
            A4: [
                "In this role, Harris spoke last month with Mexican President Andrés Manuel López Obrador, but she has yet to speak with Honduran President Juan Orlando Hernández or with El Salvador’s President Nayib Bukele."
            ],
        },
    ),
    # --- Harris's mandate -------------------------------------------------
    F(
        "biden-assigned-harris",
        "Biden put Harris in charge of the administration's response to the migration surge (in March).",
        {
            A0: [
                "In March, Mr. Biden charged Harris with dealing with the unprecedented influx of undocumented immigrants."
            ],
            A1: [
                "Mr. Biden tasked Harris with tackling the record flow of undocumented immigrants in March."
            ],
            A2: [
                "In an interview with CBS News as Ms Harris visits his country following her appointment to lead the Biden administration’s response to the surge of migration at the US’ southern border, Alejandro Giammattei stressed that the two sides differ over how to address the problem, but not in their beliefs regarding its causes."
            ],
            A3: [
                "Since she was assigned the job overseeing immigration issues by President Joe Biden in March, the California Democrat has faced intense criticism from Republicans who have questioned why she is yet to visit the US’ southern border."
            ],
            A4: [
                "Harris has been President Biden’s point person on addressing the “root causes” of a surge in illegal crossings, but critics question her commitment, noting her lack of relevant travel and rare public events.",
                "Biden on March 24\xa0asked Harris to lead the US response\xa0to the unprecedented surge of migrants from the “Northern Triangle” — Guatemala, Honduras and El Salvador — in Central America.",
            ],
        },
        note="Core = Biden gave Harris the migration brief; A2 gives no month, A4 the exact date (March 24) — both counted.",
    ),
    F(
        "root-causes-focus",
        "Harris's mission is to address the 'root causes' of migration.",
        {
            A2: [
                "Harris departed the White House on Sunday for a trip to Guatemala and Mexico, and in both countries is expected to discuss with top officials the Biden administration’s economic and anti-corruption efforts in the region which are aimed at addressing the root causes of migration."
            ],
            A3: [
                "Ms Harris has described her task as finding solutions to address the root causes of the border crisis.",
                "This week’s trip will provide more details for the administration to develop a comprehensive strategy to address the root causes of migration, the vice-president’s aides say.",
            ],
            A4: [
                "Vice President Kamala Harris on Monday afternoon hosted a webcast meeting with Guatemalan President Alejandro Giammattei to discuss the “root causes” of the illegal immigration crisis on the US-Mexico border.",
                "Harris has been President Biden’s point person on addressing the “root causes” of a surge in illegal crossings, but critics question her commitment, noting her lack of relevant travel and rare public events.",
            ],
        },
        note="A0/A1 ('long-standing reasons why people leave') describe Harris's attention, not her mandate: not counted.",
    ),
    F(
        "root-causes-not-enforcement",
        "The White House stressed Harris handles only root causes, not border enforcement.",
        {
            A4: [
                "But the White House later emphasized she would address\xa0only the “root causes”\xa0of migration and not border enforcement."
            ]
        },
    ),
    F(
        "comprehensive-strategy",
        "The administration is building a comprehensive strategy on migration with partners.",
        {
            A3: [
                "This week’s trip will provide more details for the administration to develop a comprehensive strategy to address the root causes of migration, the vice-president’s aides say."
            ],
            A4: [
                "She also claimed that the US “is building a comprehensive strategy with international institutions with allies around the globe, with foundations here in the United States and the private sector as well as community organizations.”"
            ],
        },
    ),
    F(
        "anti-corruption-agenda",
        "Fighting corruption is part of the US plan for the region's root causes of migration.",
        {
            A1: [
                "He grew especially animated when discussing what he believes is a misguided focus on government corruption."
            ],
            A2: [
                "Harris departed the White House on Sunday for a trip to Guatemala and Mexico, and in both countries is expected to discuss with top officials the Biden administration’s economic and anti-corruption efforts in the region which are aimed at addressing the root causes of migration."
            ],
            A3: [
                "During this visit, she is also expected to meet with local business and community leaders as she looks to tackle underlying problems in the region, including corruption and the lack of economic opportunities.",
                "A central issue contributing to the border crisis is the corruption of government officials in the region, who have been accused of aiding in drug and human trafficking.",
                "“Part of giving people hope is having a very specific commitment to rooting out corruption in the region.”",
            ],
            A4: [
                "“We are looking at the issue of poverty and the lack therefore of economic opportunities; the issue of extreme weather conditions and the lack of climate adaptation, as well as corruption and the lack of good governance, and violence against women, indigenous people, LBGTQ people and Afro-descendants,” she said."
            ],
        },
        note="A1 carries it only through Giammattei's objection to the US 'focus on government corruption' (in the context of his disagreement with Harris); counted, hard call.",
    ),
    F(
        "critics-no-border-visit",
        "Critics fault Harris for not having visited the border (or the region).",
        {
            A3: [
                "Since she was assigned the job overseeing immigration issues by President Joe Biden in March, the California Democrat has faced intense criticism from Republicans who have questioned why she is yet to visit the US’ southern border."
            ],
            A4: [
                "Harris has been President Biden’s point person on addressing the “root causes” of a surge in illegal crossings, but critics question her commitment, noting her lack of relevant travel and rare public events.",
                "Harris has yet to visit Central America or tour the border — but she has traveled extensively to promote Biden’s nearly $2 trillion COVID-19 stimulus bill and his proposed more than $2 trillion infrastructure package.",
            ],
        },
    ),
    F(
        "traveled-for-stimulus",
        "Harris has travelled widely to promote Biden's COVID-19 relief and infrastructure plans.",
        {
            A4: [
                "Harris has yet to visit Central America or tour the border — but she has traveled extensively to promote Biden’s nearly $2 trillion COVID-19 stimulus bill and his proposed more than $2 trillion infrastructure package."
            ]
        },
    ),
    F(
        "gop-committee-letter",
        "Top Republicans on three House committees wrote to Harris that it was unclear what she was doing about the crisis.",
        {
            A4: [
                "Last week, the top Republicans on three House committees\xa0wrote in a biting letter to Harris, “it is unclear what, if any actions you have directed or plan to initiate to respond to the crisis that continues to worsen each day.”"
            ]
        },
    ),
    F(
        "highest-priority-real-results",
        "Harris said choosing Guatemala shows immigration is a top priority and she seeks 'real results', not 'grand gestures'.",
        {
            A3: [
                "When asked on Monday about these remarks, Ms Harris said choosing Guatemala as her first international trip shows immigration “is one of our highest priorities”, adding she came to discuss “real results” rather than make “grand gestures”."
            ]
        },
    ),
    # --- Harris's statements in Guatemala / in the April meeting ------------
    F(
        "do-not-come-warning",
        "Harris warned against illegal migration: 'If you come to our border you will be turned back.'",
        {
            A3: [
                "In a bilateral news conference with Guatemalan President Alejandro Giammattei, she warned against illegal migration to the US, saying: “If you come to our border you will be turned back.”",
                "The vice-president added that she believes “most people don’t want to leave home” but do so in order to survive, while also emphasising that one of the administration’s priorities is to “discourage illegal migration”.",
            ]
        },
    ),
    F(
        "harris-most-dont-want-to-leave",
        "Harris said most people do not want to leave home and do so to survive.",
        {
            A3: [
                "The vice-president added that she believes “most people don’t want to leave home” but do so in order to survive, while also emphasising that one of the administration’s priorities is to “discourage illegal migration”."
            ]
        },
        note="Kept apart from mcinerney-people-want-to-stay (same idea, different speaker: attribution matters for coverage).",
    ),
    F(
        "hunger-hurricanes-pandemic",
        "Harris named hunger, hurricanes and the pandemic as acute drivers of migration.",
        {
            A3: [
                "The vice-president mentioned “hunger, hurricanes and pandemic” as “acute” drivers of migration, and talked of empowering the indigenous community in Guatemala."
            ]
        },
    ),
    F(
        "smuggling-task-force",
        "The US announced a multi-agency task force (State, Justice, Treasury) against human smuggling and trafficking.",
        {
            A3: [
                "Ahead of her meeting in Guatemala, US officials announced the creation of a multi-agency task force that will seek to tackle human smuggling in southern border regions.",
                "The US Departments of State, Justice and Treasury will conduct investigations and train local governments to conduct their own, Ms Harris said in a news conference with Mr Giammattei on Monday.",
            ]
        },
        note="Not merged with doj-prosecutors-plan (A0/A1): that is an expected DOJ-prosecutor partnership against drug traffickers, this is an announced multi-agency anti-smuggling task force. Close, judged different.",
    ),
    F(
        "investment-conditions",
        "Harris said the US requires progress before attracting investment to the region.",
        {
            A3: [
                "Ms Harris said in her press conference in Guatemala that “we are doing the work of requiring certain progress be made” in order to attract US investment to the region."
            ]
        },
    ),
    F(
        "investment-pledges",
        "Harris pledged US investment in agriculture, entrepreneurship, housing and a young women's empowerment initiative.",
        {
            A3: [
                "She also pledged US investments towards agriculture, entrepreneurship and affordable housing, as well as for “a young women’s empowerment initiative to increase education and opportunities for girls and women”."
            ]
        },
    ),
    F(
        "310m-aid",
        "In April the White House announced $310m for food shortages and disaster recovery in the region.",
        {
            A3: [
                "On her trip, Ms Harris is set to discuss a new round of funding for the region, after the White House in April announced it would release $310m (£219m) to help with food shortages and disaster recovery."
            ]
        },
    ),
    F(
        "private-sector-commitments",
        "Harris secured commitments from 12 US organisations to promote economic opportunity in Central America.",
        {
            A3: [
                "Ms Harris recently secured commitments from 12 US organisations to promote economic opportunity and job training in Central America."
            ]
        },
    ),
    F(
        "private-sector-and-investment",
        "Stabilising the region will take private-sector partnerships and investment, not only government funding.",
        {
            A3: [
                "Creating more stable conditions will involve not just government funding, but also partnering with the private sector and pushing for investment in these countries."
            ]
        },
        note="Audit v2. Not comprehensive-strategy: A4's strategy 'with ... the private sector' lists the private sector as one of many partners, and does not say that stability needs investment beyond public money.",
    ),
    F(
        "increase-relief",
        "Harris said the US plans to increase relief to the region and cooperation on managing migration.",
        {
            A4: [
                "Harris said Monday that\xa0“the United States plans to increase relief to the region, strengthen our cooperation to manage migration in an effective, secure and humane manner.”"
            ]
        },
    ),
    F(
        "western-hemisphere-home",
        "Harris said 'the Western hemisphere is our collective home'.",
        {
            A4: [
                "Harris said during brief opening remarks that “the Western hemisphere is our collective home” and that there would be a wide-ranging discussion closed to journalists."
            ]
        },
    ),
    F(
        "vaccines-25m-global",
        "The White House announced it would share 25 million COVID-19 vaccine doses worldwide.",
        {
            A3: [
                "Last week, the White House announced it would share 25m doses of Covid-19 vaccines with the rest of the world."
            ]
        },
    ),
    F(
        "vaccines-500k-guatemala",
        "Guatemala is to receive 500,000 US vaccine doses (Mexico one million).",
        {
            A3: [
                "Of that, Guatemala is set to receive 500,000 and Mexico one million.",
                "Certainly the promise of 500,000 doses of the coronavirus vaccine from the US will have been welcomed as the region lags well behind much of the world on the road towards a fully-vaccinated society.",
            ]
        },
    ),
    F(
        "mexico-covid-deaths",
        "Mexico has the world's fourth-highest COVID-19 death toll, near 230,000.",
        {
            A3: [
                "Mexico has the fourth highest number of deaths in the world – with the toll approaching 230,000, according to Johns Hopkins University."
            ]
        },
    ),
    F(
        "vaccines-foster-teamwork",
        "The vaccine sharing looks like part of the administration's wider push for cooperation on immigration.",
        {
            A3: [
                "This vaccine initiative appears to be one more part of the Biden-Harris administration’s effort to foster teamwork more broadly on the issue of immigration."
            ]
        },
    ),
    F(
        "harris-refused-to-say-corrupt",
        "Pressed by reporters, Harris would not call any regional government 'corrupt'.",
        {
            A3: [
                "While in Guatemala, Ms Harris danced around the issue of corruption, refusing to refer to the government of any country in the region as “corrupt,” when pressed by US reporters."
            ]
        },
    ),
    F(
        "harris-give-hope",
        "Harris said the US can give people in the region hope, which takes a firm commitment to rooting out corruption.",
        {
            A3: [
                "“We have the capacity to give people hope,” Ms Harris said last month.",
                "“Part of giving people hope is having a very specific commitment to rooting out corruption in the region.”",
            ]
        },
        note="Audit v2: what Harris's two-sentence quote says, as one fact. Its second sentence was already evidence for the background fact anti-corruption-agenda, and still is.",
    ),
    F(
        "sovereignty-concerns",
        "Some Guatemalans fear a US anti-corruption agenda would intrude on their sovereignty.",
        {
            A3: [
                "But some Guatemalans have questioned if a US-backed anti-corruption agenda would intrude upon their domestic sovereignty with other issues as well."
            ]
        },
    ),
    F(
        "protester-lemus",
        "A protester, retired Capt. Jorge Lemus, objected to the US 'imposing' LGBT and pro-abortion policies.",
        {
            A3: [
                "One protester on Monday, retired infantry Cpt Jorge Lemus, told Reuters he was against the US “wanting to impose its LGBT, pro-abortion policies”."
            ]
        },
    ),
    F(
        "more-compassionate-rhetoric",
        "The Biden administration's rhetoric on migration is more compassionate than in the previous four years.",
        {
            A3: [
                "Certainly the rhetoric from the Biden administration is more compassionate than over the past four years."
            ]
        },
        note="Audit v2. The analyst's comparison with the Trump years. Not biden-called-policy-inhumane, which is Biden's own judgement of Trump's policy.",
    ),
    F(
        "guatemalans-sceptical",
        "Many Guatemalans are sceptical of the other measures announced.",
        {A3: ["But many Guatemalans will have met other measures with some scepticism."]},
        note="Audit v2. The analyst's claim about the public reaction. It is kept even though it introduces the next three sentences. Not sovereignty-concerns, which is a specific fear about the anti-corruption agenda.",
    ),
    F(
        "measures-will-struggle",
        "The anti-trafficking and anti-smuggling measures will struggle against the sophisticated criminal networks on the routes north.",
        {
            A3: [
                "The proposed anti-trafficking and anti-smuggling measures will struggle to unpick the sophisticated criminal networks, which run the migrant and drug routes north."
            ]
        },
    ),
    F(
        "security-forces-bolstered",
        "The US plan also involves bolstering police and security forces to stop migrants leaving.",
        {
            A3: [
                "Despite much talk of creating jobs and incentives inside Guatemala, many know that Washington’s plan also involves bolstering the police and security forces to better prevent migrants from leaving in the first place."
            ]
        },
    ),
    F(
        "aid-administration-concerns",
        "The promised hundreds of millions in development aid raise concerns about how the money will be administered.",
        {
            A3: [
                "And the promise of hundreds of millions in development aid will also ring alarm bells over exactly how those funds will be administered."
            ]
        },
        note="Audit v2. Not counted for 310m-aid, because 'hundreds of millions in development aid' gives neither the amount nor the April announcement.",
    ),
    F(
        "giammattei-denied-meddling",
        "Giammattei became defensive and denied 'meddling' in the work of anti-graft prosecutors.",
        {
            A3: [
                "Indeed, the discussion of a corruption task force appeared to touch a raw nerve with President Giamattei, who became defensive as he denied “meddling” in the work of anti-graft prosecutors in the country."
            ]
        },
    ),
    F(
        "giammattei-faces-corruption-criticism",
        "Giammattei has faced criticism over corruption in his government.",
        {
            A3: [
                "Mr Giammattei of Guatemala, who has faced criticism over corruption within his government, told CBS News over the weekend that Ms Harris “doesn’t hold back, which is good. She is frank”."
            ]
        },
    ),
    # --- Giammattei's CBS interview ---------------------------------------
    F(
        "cbs-interview",
        "Giammattei gave an interview to CBS News.",
        {
            A1: [
                "During a bilingual interview with CBS News conducted Friday at the nation’s presidential house, he was asked if Guatemalans are leaving his country now that Mr. Biden is president and Donald Trump is out of office."
            ],
            A2: [
                "In an interview with CBS News as Ms Harris visits his country following her appointment to lead the Biden administration’s response to the surge of migration at the US’ southern border, Alejandro Giammattei stressed that the two sides differ over how to address the problem, but not in their beliefs regarding its causes."
            ],
            A3: [
                "Mr Giammattei of Guatemala, who has faced criticism over corruption within his government, told CBS News over the weekend that Ms Harris “doesn’t hold back, which is good. She is frank”."
            ],
        },
        note="A0 says 'in the interview' but never names CBS: not counted.",
    ),
    F(
        "not-same-side-of-coin",
        "Giammattei says Guatemala and the US are 'not on the same side of the coin' on migration.",
        {
            A1: [
                "“We are not on the same side of the coin. It is obvious,” he added, explaining later that “we are in agreement on the ‘what'” of the immigration crisis, “which is something. We are in not agreement on the ‘how.'”"
            ],
            A2: [
                "‘We are not on the same side of the coin’: Guatemala president attacks Kamala Harris day before landmark meeting",
                "Guatemala’s president said on Sunday that his government and the Biden administration remain at odds over the US’ approach to stemming Central American migration, while adding that he valued Vice President Kamala Harris as a negotiating partner.",
                '"We are not on the same side of the coin. It is obvious," Mr Giammattei told CBS, adding of the crisis’s causes and how to address them: "We are in agreement on the ‘what,’ which is something. We are in not agreement on the ‘how.’"',
            ],
        },
    ),
    F(
        "agree-what-not-how",
        "Giammattei says the two sides agree on the causes ('what') but not on how to address them.",
        {
            A1: [
                "“We are not on the same side of the coin. It is obvious,” he added, explaining later that “we are in agreement on the ‘what'” of the immigration crisis, “which is something. We are in not agreement on the ‘how.'”"
            ],
            A2: [
                "In an interview with CBS News as Ms Harris visits his country following her appointment to lead the Biden administration’s response to the surge of migration at the US’ southern border, Alejandro Giammattei stressed that the two sides differ over how to address the problem, but not in their beliefs regarding its causes.",
                '"We are not on the same side of the coin. It is obvious," Mr Giammattei told CBS, adding of the crisis’s causes and how to address them: "We are in agreement on the ‘what,’ which is something. We are in not agreement on the ‘how.’"',
            ],
        },
    ),
    F(
        "disagreements-not-personal",
        "Giammattei insists his disagreements with Harris are substantive, not personal.",
        {
            A1: [
                "As for disagreements with Harris over how to respond to the roots of the immigration crisis, Giammattei insisted they are substantive and not personal."
            ]
        },
    ),
    F(
        "policy-change-spurred-migration",
        "Giammattei says the change of US administration, and its message of reuniting families, spurred new migration.",
        {
            A0: [
                "Guatemalan President Alejandro Giammattei, who will host Harris here on Monday during her first international trip as vice president, also claims that the change in administrations in Washington was exploited by human traffickers known as “coyotes,” who ferried thousands of children to the US-Mexico border within days of President Biden formally rescinding the Trump-era family separation policy."
            ],
            A1: [
                "Guatemalan President Alejandro Giammattei, who is set to host Harris on Monday here during her first international trip as vice president, also says that the change of administrations in Washington was exploited by human traffickers, known as “coyotes,” who ferried thousands of children to the U.S.-Mexico border within days of President Biden\xa0formally rescinding the Trump-era family separation policy.",
                "He said the change in government led to a change in message: “The message changed to, ‘We are going to reunite families and we are going to reunite children.'”",
            ],
            A2: [
                "The Guatemalan president pointed to the Biden administration’s pledges not to deport unaccompanied children, and the Democratic president’s efforts to end some of what many saw as inhumane practices carried out as part of the Trump administration’s immigration enforcement efforts, as factors contributing to the surge of northern-bound migration.",
                "“The message [under the Biden administration] changed to, ‘We are going to reunite families and we are going to reunite children,’” Mr Giammettei explained.",
            ],
        },
    ),
    F(
        "coyotes-organized-children",
        "Giammattei says smugglers ('coyotes') began organising groups of children for the US right after the change.",
        {
            A0: [
                "Guatemalan President Alejandro Giammattei, who will host Harris here on Monday during her first international trip as vice president, also claims that the change in administrations in Washington was exploited by human traffickers known as “coyotes,” who ferried thousands of children to the US-Mexico border within days of President Biden formally rescinding the Trump-era family separation policy."
            ],
            A1: [
                "Guatemalan President Alejandro Giammattei, who is set to host Harris on Monday here during her first international trip as vice president, also says that the change of administrations in Washington was exploited by human traffickers, known as “coyotes,” who ferried thousands of children to the U.S.-Mexico border within days of President Biden\xa0formally rescinding the Trump-era family separation policy.",
                "When that happened, “The very next day the coyotes here were organizing groups of children to take them to the United States.”",
            ],
            A2: [
                '"The very next day the coyotes here were organizing groups of children to take them to the United States."'
            ],
        },
    ),
    F(
        "family-separation-rescinded",
        "Biden formally rescinded the Trump-era family separation policy.",
        {
            A0: [
                "Guatemalan President Alejandro Giammattei, who will host Harris here on Monday during her first international trip as vice president, also claims that the change in administrations in Washington was exploited by human traffickers known as “coyotes,” who ferried thousands of children to the US-Mexico border within days of President Biden formally rescinding the Trump-era family separation policy."
            ],
            A1: [
                "Guatemalan President Alejandro Giammattei, who is set to host Harris on Monday here during her first international trip as vice president, also says that the change of administrations in Washington was exploited by human traffickers, known as “coyotes,” who ferried thousands of children to the U.S.-Mexico border within days of President Biden\xa0formally rescinding the Trump-era family separation policy."
            ],
        },
    ),
    F(
        "unaccompanied-minors-not-expelled",
        "The Biden administration lets unaccompanied minors stay rather than turning them back.",
        {
            A2: [
                "The Guatemalan president pointed to the Biden administration’s pledges not to deport unaccompanied children, and the Democratic president’s efforts to end some of what many saw as inhumane practices carried out as part of the Trump administration’s immigration enforcement efforts, as factors contributing to the surge of northern-bound migration."
            ],
            A4: [
                "Although the Biden administration claims it turns away all single adults and most family units under a Trump administration COVID-19 policy, it has allowed all unaccompanied minors to stay at least temporarily in cramped, jail-like facilities."
            ],
        },
    ),
    F(
        "adults-families-turned-away",
        "The administration says it turns away all single adults and most families under a Trump-era COVID-19 rule.",
        {
            A4: [
                "Although the Biden administration claims it turns away all single adults and most family units under a Trump administration COVID-19 policy, it has allowed all unaccompanied minors to stay at least temporarily in cramped, jail-like facilities."
            ]
        },
    ),
    F(
        "asked-clearer-message",
        "Giammattei says Guatemala pushed the US to send a clearer message discouraging migration.",
        {
            A1: [
                "Given the uptick in migration, “We asked the United States government to send more of a clear message to prevent more people from leaving,” Giammattei said."
            ],
            A2: [
                "The Biden administration’s repeated statements urging families against migrating to the US, he added, were the result of his government and potentially others pushing back against what they saw as a muddled message that was continuing to drive some to leave their home countries."
            ],
        },
    ),
    F(
        "toughen-trafficking-laws",
        "Giammattei wants US lawmakers to toughen federal anti-trafficking laws.",
        {
            A0: [
                "Giammattei wants American lawmakers to toughen federal anti-trafficking laws, and he is willing to extradite them to face charges."
            ],
            A1: [
                "Giammattei wants American lawmakers to toughen federal laws against traffickers and is ready to extradite them to face charges."
            ],
        },
    ),
    F(
        "willing-to-extradite",
        "Giammattei is ready to extradite traffickers to face US charges.",
        {
            A0: [
                "Giammattei wants American lawmakers to toughen federal anti-trafficking laws, and he is willing to extradite them to face charges."
            ],
            A1: [
                "Giammattei wants American lawmakers to toughen federal laws against traffickers and is ready to extradite them to face charges."
            ],
        },
    ),
    F(
        "doj-prosecutors-plan",
        "Harris is expected to announce that Justice Department prosecutors will work with Guatemalan authorities against traffickers and transnational crime.",
        {
            A0: [
                "Harris, he said, is open to the idea and is expected to announce plans for Justice Department prosecutors to work with Guatemalan authorities to prosecute drug traffickers and other transnational criminals."
            ],
            A1: [
                "Harris, he said, is open to the idea, and is also expected to announce plans for Justice Department prosecutors to partner with Guatemalan authorities to prosecute drug traffickers and other transnational crimes."
            ],
        },
    ),
    F(
        "white-house-no-comment",
        "The White House declined to comment on those plans before the trip.",
        {
            A0: [
                "The White House declined to comment on those apparent plans ahead of the vice president’s trip on Friday."
            ],
            A1: [
                "The White House wouldn’t comment Friday on those apparent plans ahead of the vice president’s trip."
            ],
        },
        note="A0's paraphrase moved 'Friday' so it can be misread as the trip's date ('trip on Friday'); it is NOT annotated as a separate (wrong) fact — the sentence is ambiguous, and both say the White House declined comment.",
    ),
    F(
        "frustrated-by-detained-children",
        "Giammattei is frustrated by images of thousands of unaccompanied children detained in US facilities.",
        {
            A0: [
                "Giammattei described himself as “frustrated” by images of thousands of unaccompanied minors being detained in US facilities after crossing the southern border."
            ],
            A1: [
                "Giammattei described himself as “frustrated” by the scenes of thousands of unaccompanied children being detained at U.S. facilities after crossing the southern border."
            ],
        },
    ),
    F(
        "stepped-up-cooperation",
        "Giammattei says his government (in office since January 2019) has stepped up cooperation with US authorities to stem the flow.",
        {
            A0: [
                "However, he went out of his way to describe how his government, which has been in power since January 2019, has stepped up efforts to work with American authorities to stem the flow."
            ],
            A1: [
                "But he went out of his way to describe how his government, in office since January 2019, has redoubled efforts to cooperate with American authorities to stem the flow."
            ],
        },
    ),
    F(
        "economic-not-violence-in-guatemala",
        "Giammattei says lack of economic opportunity, not violence as in El Salvador and Honduras, is why Guatemalans leave.",
        {
            A0: [
                "He stated several times that the main reason his citizens choose to leave is a lack of economic opportunity.",
                "That sets his country apart, he says, from neighboring El Salvador and Honduras, where he says violence fuelled by the illegal drug trade is a major push factor.",
            ],
            A1: [
                "Several times he noted that the primary reason his citizens choose to leave is a lack of economic opportunity.",
                "That distinguishes his country, he said, from neighboring El Salvador and Honduras, where he said violence, fueled by the illegal drug trade, is a leading push factor.",
            ],
        },
    ),
    F(
        "pushback-on-corruption-focus",
        "Giammattei bristles at the US focus on government corruption.",
        {
            A1: [
                "He grew especially animated when discussing what he believes is a misguided focus on government corruption."
            ],
            A3: [
                "Indeed, the discussion of a corruption task force appeared to touch a raw nerve with President Giamattei, who became defensive as he denied “meddling” in the work of anti-graft prosecutors in the country."
            ],
        },
        note="A1: in the CBS interview; A3: at the joint news conference. Same core (he pushes back on the corruption focus).",
    ),
    F(
        "harris-met-ousted-judges",
        "Harris has met former Guatemalan prosecutors and judges who were removed or not reappointed.",
        {
            A1: [
                "In recent weeks, Harris has met with former Guatemalan prosecutors and judges removed from office or not reappointed to their positions by the national congress."
            ]
        },
    ),
    F(
        "judicial-independence-challenges",
        "The judges' removal comes amid wider challenges to judicial independence in Latin America.",
        {
            A1: [
                "Giammattei and his political allies have questioned the political leanings of some of those former judicial officials and the effectiveness of their role, but their removal comes amid other challenges to judicial independence across Latin America, including in El Salvador."
            ]
        },
    ),
    F(
        "corruption-pervades-society",
        "Giammattei says corruption pervades all of society, including business and NGOs whose leaders earn large salaries.",
        {
            A0: [
                "However, Giammattei believes that corruption pervades all aspects of society, including business and non-governmental organizations, the leaders of which he claims earn large salaries."
            ],
            A1: [
                "But Giammattei believes corruption permeates all aspects of society, including business and non-government organizations, whose leaders he said earn hefty salaries."
            ],
        },
    ),
    F(
        "narcos-biggest-corrupter",
        "Giammattei says drug traffickers are the biggest corrupters.",
        {
            A1: [
                "“On corruption, who is the biggest corrupter? There is someone else more corrupt than than a government of this size like ours,” he said. “Narco traffickers.”"
            ]
        },
    ),
    F(
        "front-yard-quote",
        "Giammattei says the US treats the region as its 'backyard' when it is the 'front yard'.",
        {
            A1: [
                "“There is a mistake being made in the United States. They have always looked at us like their backyard. That’s the mistake. We are the front yard,” he said.",
                "“And if the front yard is bad, how will the house be? If you all take care of your front yard, how will your house be?”",
            ]
        },
        note="Audit v2: the two rhetorical questions after 'he said.' complete the same front-yard metaphor and are evidence for this fact.",
    ),
    # --- Northern Triangle / neighbours -----------------------------------
    F(
        "northern-triangle-term",
        "Guatemala, El Salvador and Honduras are known as the 'Northern Triangle'.",
        {
            A0: [
                "For many years, Guatemala, El Salvador, and Honduras were referred to as the Northern Triangle, a trio of Central American countries comprising the western half of the continent."
            ],
            A1: [
                "For years, Guatemala, El Salvador and Honduras have been referred to as the Northern Triangle, a trio of countries comprising the western half of Central America."
            ],
            A2: [
                "Guatemala is one of three countries referred to as the “Northern Triangle”, with neighbors El Salvador and Honduras making up the other two, which are seen as the primary source of migrants headed north to safety in the US."
            ],
            A3: [
                "Of those migrants, more than 40% originated from the Central American region known as the Northern Triangle: Guatemala, Honduras and El Salvador."
            ],
            A4: [
                "Biden on March 24\xa0asked Harris to lead the US response\xa0to the unprecedented surge of migrants from the “Northern Triangle” — Guatemala, Honduras and El Salvador — in Central America."
            ],
        },
        note="The only fact all five articles carry. A0's paraphrase garbles the geography ('western half of the continent'); the term fact is still carried.",
    ),
    F(
        "northern-triangle-for-deals",
        "Regional leaders have used the Northern Triangle label to negotiate trade or security deals.",
        {
            A0: [
                "Some regional leaders have attempted to use the distinction in the past to negotiate regional trade or security agreements."
            ],
            A1: [
                "In the past, some regional leaders have tried to use the distinction as a way to negotiate regional trade or security agreements."
            ],
        },
    ),
    F(
        "northern-triangle-insult",
        "Giammattei calls the 'Northern Triangle' label an insult and seeks distance from El Salvador and Honduras.",
        {
            A0: [
                "However, in the interview, Giammattei called the term “an insult” and stated that his country is actively seeking distance from its two eastern neighbors due to deteriorating political situations."
            ],
            A1: [
                "But in the interview, Giammattei called the term “an insult” and is actively seeking distance between his country and his two eastern neighbors amid deteriorating political situations."
            ],
        },
    ),
    F(
        "will-raise-label-with-harris",
        "Giammattei said he would raise his objection to the label with Harris on Monday.",
        {
            A1: [
                "Asked if he has raised his concerns about the Northern Triangle distinction yet with Harris, he said he would on Monday."
            ]
        },
    ),
    F(
        "region-major-migrant-source",
        "Guatemala and its Northern Triangle neighbours are a major source of migrants to the US.",
        {
            A2: [
                "Guatemala is one of three countries referred to as the “Northern Triangle”, with neighbors El Salvador and Honduras making up the other two, which are seen as the primary source of migrants headed north to safety in the US."
            ],
            A3: [
                "Of those migrants, more than 40% originated from the Central American region known as the Northern Triangle: Guatemala, Honduras and El Salvador."
            ],
            A4: [
                "The vice president spoke last month by phone with Giammattei, whose citizens form one of the largest groups of migrants illegally crossing the US-Mexico border, and she recently said\xa0she plans to visit\xa0Guatemala and Mexico."
            ],
        },
    ),
    F(
        "northern-triangle-40-percent",
        "More than 40% of April's border arrivals came from the Northern Triangle.",
        {
            A3: [
                "Of those migrants, more than 40% originated from the Central American region known as the Northern Triangle: Guatemala, Honduras and El Salvador."
            ]
        },
    ),
    F(
        "bukele-consolidating-power",
        "El Salvador's Nayib Bukele is consolidating power and attacking critics, including US lawmakers, on social media.",
        {
            A0: [
                "El Salvador is led by Nayib Bukele, an outspoken leader who is actively consolidating power, attacking critics, including US lawmakers, on social media, and has a frosty relationship with Biden administration officials."
            ],
            A1: [
                "El Salvador is led by Nayib Bukele, an outspoken leader who is actively consolidating power, attacking critics including American lawmakers via social media and has a hot-and-cold relationship with Biden administration officials."
            ],
        },
    ),
    F(
        "strained-ties-with-neighbours",
        "The Biden administration has strained relations with El Salvador's (and Honduras's) leaders.",
        {
            A0: [
                "El Salvador is led by Nayib Bukele, an outspoken leader who is actively consolidating power, attacking critics, including US lawmakers, on social media, and has a frosty relationship with Biden administration officials."
            ],
            A1: [
                "El Salvador is led by Nayib Bukele, an outspoken leader who is actively consolidating power, attacking critics including American lawmakers via social media and has a hot-and-cold relationship with Biden administration officials."
            ],
            A3: [
                "However, in reality, the Biden administration has few other feasible partners in the region, embroiled as they are in diplomatic tension or open conflict with the presidents of Honduras, El Salvador and Nicaragua."
            ],
        },
        note="A0 'frosty' vs A1 'hot-and-cold' (paraphrase drift) — same fact. A3 adds Honduras and Nicaragua.",
    ),
    F(
        "hernandez-brother-sentenced",
        "The brother of Honduran President Juan Orlando Hernández was sentenced in the US in March to life for drug trafficking.",
        {
            A0: [
                "Honduras is led by Juan Orlando Hernández, whose brother was sentenced to life in prison on drug trafficking charges in the United States in March."
            ],
            A1: [
                "Honduras is led by Juan Orlando Hernández, whose brother was sentenced in March to life in prison in the U.S. on drug trafficking charges."
            ],
        },
    ),
    F(
        "honduras-president-investigated",
        "Honduras's president was himself a target of a major US drug-trafficking investigation.",
        {
            A2: [
                "The three countries remain embroiled in struggles against organized crime and drug cartels; though the president of Honduras himself in the past was the target of a major US drug trafficking investigation, while allies of El Salvador’s president are reportedly on a State Department list of corrupt Central American officials with potential ties to organized crime."
            ]
        },
        note="Different from hernandez-brother-sentenced (brother's sentence vs investigation of the president himself).",
    ),
    F(
        "el-salvador-allies-corrupt-list",
        "Allies of El Salvador's president are reportedly on a State Department list of corrupt officials.",
        {
            A2: [
                "The three countries remain embroiled in struggles against organized crime and drug cartels; though the president of Honduras himself in the past was the target of a major US drug trafficking investigation, while allies of El Salvador’s president are reportedly on a State Department list of corrupt Central American officials with potential ties to organized crime."
            ]
        },
    ),
    # --- the border and US politics ---------------------------------------
    F(
        "record-border-crossings",
        "Migrant arrivals at the southern border are at a record / roughly 20-year high.",
        {
            A0: [
                "In March, Mr. Biden charged Harris with dealing with the unprecedented influx of undocumented immigrants."
            ],
            A1: [
                "Mr. Biden tasked Harris with tackling the record flow of undocumented immigrants in March."
            ],
            A2: [
                "The White House has been under increasing pressure from conservatives over the border issue, which reemerged as a top issue in recent weeks as reports indicated that some of the highest numbers of migrants seen in decades were attempting to cross the U.S.-Mexico border."
            ],
            A3: [
                "More than 178,000 migrants arrived at the border this April, the highest one-month total in more than two decades, according to US border officials."
            ],
            A4: ["There’s at least a 20-year high in illegal crossings along the border."],
        },
        note="A0/A1 say only 'unprecedented'/'record' (no 20-year benchmark): counted, core is 'at a record level'.",
    ),
    F(
        "mayorkas-20-years",
        "DHS Secretary Mayorkas said in March the US was on pace for the most border encounters in 20 years.",
        {
            A2: [
                "Homeland Security Secretary Alejandro Mayorkas said in March that the US was “on pace to encounter more individuals on the southwest border than we have in the last 20 years”."
            ]
        },
    ),
    F(
        "april-178000",
        "More than 178,000 migrants arrived at the border in April.",
        {
            A3: [
                "More than 178,000 migrants arrived at the border this April, the highest one-month total in more than two decades, according to US border officials."
            ]
        },
    ),
    F(
        "biden-called-policy-inhumane",
        "Biden has called Trump's immigration policy inhumane.",
        {
            A0: [
                "Mr. Biden has called the Trump administration’s immigration policy “inhumane,” and he has directed the departments of Homeland Security and Health and Human Services to overhaul how they detain and process undocumented immigrants."
            ],
            A1: [
                "Mr. Biden has described the Trump administration’s immigration policy as inhumane and quickly ordered the departments of Homeland Security and Health and Human Services to revamp how they detain and process undocumented immigrants."
            ],
        },
        note="A2's 'what many saw as inhumane practices' does not attribute the judgement to Biden: not counted.",
    ),
    F(
        "dhs-hhs-overhaul",
        "Biden ordered DHS and HHS to overhaul how they detain and process migrants.",
        {
            A0: [
                "Mr. Biden has called the Trump administration’s immigration policy “inhumane,” and he has directed the departments of Homeland Security and Health and Human Services to overhaul how they detain and process undocumented immigrants."
            ],
            A1: [
                "Mr. Biden has described the Trump administration’s immigration policy as inhumane and quickly ordered the departments of Homeland Security and Health and Human Services to revamp how they detain and process undocumented immigrants."
            ],
        },
    ),
    F(
        "children-in-custody",
        "Thousands of children are still held daily by federal agencies, though fewer than at the record spring peak.",
        {
            A0: [
                "Thousands of young children are still being held by federal agencies on a daily basis, but the number is down from spring highs that set records for the time of year, prompting Republicans to criticize Democrats for upending previous policy and inviting the record influx of migrants."
            ],
            A1: [
                "Thousands of young children are still held each day by federal agencies, but the number is down from spring highs that set records for the time of year, prompting Republicans to criticize Democrats for ripping up previous policy and inviting the record rush of migrants."
            ],
        },
        note="A4's 'cramped, jail-like facilities' for minors is a different fact (unaccompanied-minors-not-expelled).",
    ),
    F(
        "republican-criticism",
        "Republicans/conservatives attack the administration over the border surge.",
        {
            A0: [
                "Thousands of young children are still being held by federal agencies on a daily basis, but the number is down from spring highs that set records for the time of year, prompting Republicans to criticize Democrats for upending previous policy and inviting the record influx of migrants."
            ],
            A1: [
                "Thousands of young children are still held each day by federal agencies, but the number is down from spring highs that set records for the time of year, prompting Republicans to criticize Democrats for ripping up previous policy and inviting the record rush of migrants."
            ],
            A2: [
                "The White House has been under increasing pressure from conservatives over the border issue, which reemerged as a top issue in recent weeks as reports indicated that some of the highest numbers of migrants seen in decades were attempting to cross the U.S.-Mexico border."
            ],
        },
        note="Criticism of the administration's policy; Republican criticism aimed at Harris personally is critics-no-border-visit / gop-committee-letter.",
    ),
    # --- drivers of migration ---------------------------------------------
    F(
        "leaders-agree-other-factors",
        "US and Central American leaders agree that migration also has causes other than the change in US policy.",
        {
            A0: [
                "However, leaders in the United States and Central America agree that other factors are at work."
            ],
            A1: ["But U.S. and Central American leaders agree other factors are also at play."],
        },
        note="Audit v2. A claim that the leaders agree, not a bare transition, although it introduces the list of drivers that follows. Not agree-what-not-how, which is Giammattei's own 'agree on the what, not the how'. A2's 'not in their beliefs regarding its causes' names no causes beyond US policy, so it is not counted.",
    ),
    F(
        "lack-of-economic-opportunity",
        "Poverty and lack of economic opportunity drive migration from the region.",
        {
            A0: [
                "He stated several times that the main reason his citizens choose to leave is a lack of economic opportunity."
            ],
            A1: [
                "Several times he noted that the primary reason his citizens choose to leave is a lack of economic opportunity."
            ],
            A3: [
                "During this visit, she is also expected to meet with local business and community leaders as she looks to tackle underlying problems in the region, including corruption and the lack of economic opportunities.",
                "Many migrants leaving the Northern Triangle say they are fleeing violence, discrimination and poverty.",
            ],
            A4: [
                "“We are looking at the issue of poverty and the lack therefore of economic opportunities; the issue of extreme weather conditions and the lack of climate adaptation, as well as corruption and the lack of good governance, and violence against women, indigenous people, LBGTQ people and Afro-descendants,” she said."
            ],
        },
        note="Speaker differs (Giammattei in A0/A1, narration/migrants in A3, Harris in A4); the claim is the same.",
    ),
    F(
        "hurricanes-last-fall",
        "Two major hurricanes devastated parts of Guatemala last fall.",
        {
            A0: [
                "Last fall, two major hurricanes devastated parts of Guatemala, and climate change continues to devastate other parts of the country, rendering once-fertile lands unusable for families looking to grow crops for their own consumption or to sell and export."
            ],
            A1: [
                "Two major hurricanes last fall devastated portions of Guatemala, and climate change continues to sap other parts of the country dry, making once-fertile lands unusable for families seeking to grow crops to feed themselves or sell and export."
            ],
        },
        note="A3 mentions hurricanes only generically (climate-driver, hunger-hurricanes-pandemic): not counted here.",
    ),
    F(
        "climate-driver",
        "Climate change and extreme weather are driving migration from the region.",
        {
            A0: [
                "Last fall, two major hurricanes devastated parts of Guatemala, and climate change continues to devastate other parts of the country, rendering once-fertile lands unusable for families looking to grow crops for their own consumption or to sell and export."
            ],
            A1: [
                "Two major hurricanes last fall devastated portions of Guatemala, and climate change continues to sap other parts of the country dry, making once-fertile lands unusable for families seeking to grow crops to feed themselves or sell and export."
            ],
            A3: [
                "These countries have also stressed that they are feeling the most adverse effects of global warming – most notably hurricanes – despite hardly contributing to climate change."
            ],
            A4: [
                "“We are looking at the issue of poverty and the lack therefore of economic opportunities; the issue of extreme weather conditions and the lack of climate adaptation, as well as corruption and the lack of good governance, and violence against women, indigenous people, LBGTQ people and Afro-descendants,” she said."
            ],
        },
    ),
    F(
        "violence-driver",
        "Violence (including against women) is a push factor for migration from the region.",
        {
            A0: [
                "Domestic violence is a common push factor for women and children in the region, and the illegal drug trade continues to thrive."
            ],
            A1: [
                "The illegal drug trade continues to flourish in the region and domestic violence is a frequent push factors for women and children."
            ],
            A3: [
                "Many migrants leaving the Northern Triangle say they are fleeing violence, discrimination and poverty."
            ],
            A4: [
                "“We are looking at the issue of poverty and the lack therefore of economic opportunities; the issue of extreme weather conditions and the lack of climate adaptation, as well as corruption and the lack of good governance, and violence against women, indigenous people, LBGTQ people and Afro-descendants,” she said."
            ],
        },
        note="A0/A1's Giammattei claim that drug violence drives migration from El Salvador/Honduras is in economic-not-violence-in-guatemala.",
    ),
    F(
        "drug-trade-organized-crime",
        "The illegal drug trade and organised crime flourish in the region.",
        {
            A0: [
                "Domestic violence is a common push factor for women and children in the region, and the illegal drug trade continues to thrive."
            ],
            A1: [
                "The illegal drug trade continues to flourish in the region and domestic violence is a frequent push factors for women and children."
            ],
            A2: [
                "The three countries remain embroiled in struggles against organized crime and drug cartels; though the president of Honduras himself in the past was the target of a major US drug trafficking investigation, while allies of El Salvador’s president are reportedly on a State Department list of corrupt Central American officials with potential ties to organized crime."
            ],
            A3: [
                "The proposed anti-trafficking and anti-smuggling measures will struggle to unpick the sophisticated criminal networks, which run the migrant and drug routes north."
            ],
        },
        note="Audit v2: A3 added. Its analysis sentence says sophisticated criminal networks run the migrant and drug routes north, so its reader learns the core (organised crime and the drug trade thrive in the region). Hard call.",
    ),
    F(
        "covid-hurt-economies",
        "The COVID-19 pandemic has badly damaged the region's already fragile economies.",
        {
            A0: ["Furthermore, the COVID-19 pandemic has weakened already fragile economies."],
            A1: [
                "Plus, the COVID-19 pandemic has made already unstable economies even more vulnerable."
            ],
            A3: [
                "The economies of all three countries in the Northern Triangle have also been severely damaged by Covid closures, the International Monetary Fund reported."
            ],
        },
    ),
    F(
        "region-hard-hit-by-covid",
        "The region has been hit hard by COVID-19, which has worsened living conditions.",
        {A3: ["The region has been hard hit by the virus, further worsening living conditions."]},
        note="Audit v2. Not covid-hurt-economies: this is about the toll on the region and its living conditions, not the damage to its economies.",
    ),
    F(
        "extreme-poverty-rise",
        "Humanitarian advocates say extreme poverty in the region has risen as a result of the pandemic.",
        {
            A3: [
                "Humanitarian advocates say the region has seen an increase in extreme poverty as a result."
            ]
        },
    ),
    F(
        "brain-drain",
        "A steady 'brain drain' has worsened problems left by decades of political instability.",
        {
            A3: [
                "The steady “brain drain” of locals has exacerbated problems caused by decades of political instability."
            ]
        },
    ),
    F(
        "travel-ban-harvest",
        "A domestic COVID travel ban has kept poor farm workers from travelling to harvest sugarcane and coffee.",
        {
            A0: [
                "McInerney noted that a domestic travel ban imposed to combat the virus’s spread has made it difficult for poor rural farm workers to travel from the northern highlands to the Pacific coast to harvest sugarcane or to the nation’s renowned coffee fields to harvest one of the country’s most lucrative exports."
            ],
            A1: [
                "McInerney noted that a domestic travel ban to stem the spread of the virus has made it difficult for poor rural farm workers to travel from the northern highlands to the Pacific coast to help harvest sugarcane or to the nation’s renowned coffee fields to help harvest a me of the country’s most lucrative exports."
            ],
        },
        note="A0 cites 'McInerney' without ever introducing her (the paraphrase dropped A1's introduction).",
    ),
    F(
        "mcinerney-people-want-to-stay",
        "Save the Children's Mary McInerney says most Guatemalans want to stay and first try migrating internally for work.",
        {
            A1: [
                "“Mostly people want to stay in Guatemala. They want to be in their homes. They don’t want to take\xa0a very expensive trip to the United States. So they try internally in the country to migrate internally looking for jobs,” Mary McInerney, country director for Save the Children, told CBS News."
            ]
        },
    ),
    F(
        "mcinerney-hunger",
        "McInerney says migration comes down to basics: not having food.",
        {
            A1: [
                "“More than anything, it’s down to basics, not having food,” she said.",
                "“Any of us, I would go wherever I had to go as a mother to ensure that my children had something to eat.”",
            ]
        },
        note="Audit v2: the quote's continuation ('as a mother I would go wherever I had to so my children could eat') illustrates the same point and is evidence for this fact, not a separate one.",
    ),
]

# --------------------------------------------------------------------------
# Story 2: corpus story "violence_in_america/2018-04-22" (Waffle House shooting,
# Antioch/Nashville).  Offsets index the article's `body` (the title is not part
# of `body` and is not annotated).  sha1 = sha1(body[start:end])[:12].
# --------------------------------------------------------------------------
CORPUS_STORY = "violence_in_america/2018-04-22"
USAT = "qc2bw0dfAkN1fpiP"  # USA TODAY (center)
VOX = "tH2sxfSf6xCBpjuG"  # Vox (left)
FOX = "gfUoiVEa1KCQ4D1W"  # Fox Online News (right)
CORPUS_ARTICLES = [(USAT, "USA TODAY"), (VOX, "Vox"), (FOX, "Fox Online News")]
CORPUS_REWRITES: list[list[str]] = []  # independently written; see COVERAGE.md

CORPUS_FACTS = [
    C(
        "four-killed",
        "Four people were killed in the Waffle House shooting.",
        {
            USAT: [(85, 289, "7c38ddc9827a"), (1838, 2004, "e2a830124ee0")],
            VOX: [(0, 161, "bbb6bf20d155"), (766, 840, "0779b98ad3c7")],
            FOX: [(0, 204, "618dee8eea21")],
        },
    ),
    C(
        "four-wounded",
        "Four other people were wounded.",
        {
            USAT: [(1838, 2004, "e2a830124ee0")],
            VOX: [(0, 161, "bbb6bf20d155")],
            FOX: [(2841, 2898, "dd0adb61deec")],
        },
        note="Fox's headline and lead give no number of injured; a later sentence about the injured carries the count of four.",
    ),
    C(
        "six-shot",
        "Six people were shot in all: four died and two were injured.",
        {
            VOX: [(766, 840, "0779b98ad3c7")],
        },
        note="Vox only. USA TODAY's figure of six with gunshot wounds counts hospitalised people, a different quantity (see eight-hospitalized); Fox's tally of deaths adds up to four but never states how many were shot.",
    ),
    C(
        "eight-hospitalized",
        "Eight people were hospitalised, six for gunshot wounds.",
        {
            USAT: [(3747, 3830, "f6a6c16fda75")],
        },
    ),
    C(
        "one-died-in-hospital",
        "One of the victims died later in hospital.",
        {
            FOX: [(1288, 1328, "c518662b018d")],
        },
        note="Audit v2. Fox only: a different place and event from the deaths at the scene.",
    ),
    C(
        "location-antioch",
        "The shooting took place at the Antioch (Nashville-area, Tennessee) Waffle House.",
        {
            USAT: [(1414, 1523, "c38bbe9fed66")],
            VOX: [(162, 228, "7b7f52aabc1f"), (674, 765, "2c7ea2d01050")],
            FOX: [(206, 429, "25b3a569db5a")],
        },
    ),
    C(
        "antioch-16-miles",
        "Antioch is roughly 16 miles from downtown Nashville, to the southeast.",
        {
            FOX: [(206, 429, "25b3a569db5a")],
        },
    ),
    C(
        "time-325am",
        "The gunman opened fire at about 3:25 a.m. on Sunday.",
        {
            USAT: [(1414, 1523, "c38bbe9fed66")],
            VOX: [(230, 341, "2ca2b1170170"), (674, 765, "2c7ea2d01050")],
            FOX: [(963, 1198, "f3d8e2e72037")],
        },
    ),
    C(
        "suspect-reinking",
        "Police named Travis Reinking, 29, as the suspect.",
        {
            USAT: [
                (291, 424, "9080eb8d48fe"),
                (1524, 1616, "57f39c7d3f77"),
                (3975, 4075, "c23efae1acc9"),
            ],
            VOX: [(454, 579, "a2a61ff35b6d")],
            FOX: [(206, 429, "25b3a569db5a"), (3720, 3850, "c1def08ad9ed")],
        },
    ),
    C(
        "from-morton-illinois",
        "Reinking is from Morton, Illinois.",
        {
            USAT: [(291, 424, "9080eb8d48fe"), (3832, 3974, "3c6a35891c3e")],
            VOX: [(2111, 2230, "f18cceb1beda")],
        },
        note="Fox only ties his licence to Illinois (no town, no claim that he is from there): not counted.",
    ),
    C(
        "initially-person-of-interest",
        "Police first described Reinking as a person of interest before calling him the suspect.",
        {
            USAT: [(3832, 3974, "3c6a35891c3e"), (3975, 4075, "c23efae1acc9")],
            VOX: [(2111, 2230, "f18cceb1beda")],
        },
    ),
    C(
        "vehicle-registered",
        "Reinking was identified through the registration of the gunman's vehicle.",
        {
            USAT: [(3832, 3974, "3c6a35891c3e")],
            VOX: [(2231, 2316, "115b05e1d6f9")],
            FOX: [(3720, 3850, "c1def08ad9ed")],
        },
    ),
    C(
        "lived-nearby-apartment",
        "Reinking lived in an apartment complex near the restaurant in Antioch.",
        {
            USAT: [(1524, 1616, "57f39c7d3f77")],
            FOX: [(3545, 3647, "056cb0f94d85")],
        },
    ),
    C(
        "license-traced-to-illinois",
        "Police, still gathering information on Reinking, found that his licence traced back to Illinois.",
        {
            FOX: [(3851, 3985, "e18681176f05")],
        },
        note="Audit v2. Fox only. The existing note on from-morton-illinois already says this sentence is not that fact. It is not firearms-authorization-revoked either: USA TODAY and Vox write of a firearms authorisation, while Fox does not say what kind of licence it means.",
    ),
    C(
        "illinois-firearms-history",
        "Illinois authorities told Nashville police Reinking had a history with firearms there.",
        {
            FOX: [(3986, 4100, "45d758febc54")],
        },
        note="Fox only; vaguer than, and not the same fact as, the 2017 arrest / revoked firearms authorisation that USA TODAY and Vox report.",
    ),
    C(
        "gunman-nude-fled",
        "The gunman was naked (apart from a jacket he then shed) and fled on foot.",
        {
            USAT: [(2246, 2314, "f5c167c63904")],
            VOX: [
                (230, 341, "2ca2b1170170"),
                (342, 452, "26e6f8edcd1b"),
                (956, 1095, "24b28eb2052f"),
                (2607, 2735, "b4d430e46290"),
            ],
            FOX: [(963, 1198, "f3d8e2e72037"), (3456, 3544, "84daa07eb514")],
        },
        note="Fox never says 'on foot' but describes him fleeing the scene naked and running to the apartment complex: counted.",
    ),
    C(
        "nude-guy-call-police",
        "Police spokesman Don Aaron urged anyone who saw a naked man walking around to call police.",
        {
            USAT: [(4077, 4157, "a4c90d9a0d95"), (4158, 4201, "dc8b5d849b9f")],
            FOX: [(798, 961, "06afd8962792")],
        },
        note="Audit v2: USA TODAY's continuation of the same Aaron quote (that the naked man may be the suspect) is evidence for this fact, not a separate one.",
    ),
    C(
        "initial-description-murfreesboro-pike",
        "Police first described the gunman as a short-haired man last seen walking on Murfreesboro Pike.",
        {
            FOX: [(3326, 3455, "385ad68d63e4")],
        },
    ),
    C(
        "residents-saw-naked-man",
        "Several local residents reported seeing a naked man in the area.",
        {
            FOX: [(3648, 3718, "df840f79ead1")],
        },
        note="Audit v2. Fox only: sightings by residents, a separate report from the police's own description in gunman-nude-fled.",
    ),
    C(
        "last-seen-black-pants",
        "The suspect was last spotted near an apartment complex close to the restaurant, in black pants.",
        {
            USAT: [(4203, 4308, "933e1d4f2957"), (4309, 4358, "07dc3f6f23ac")],
            VOX: [(2736, 2841, "4616ff6fe8ac")],
            FOX: [(512, 796, "57f17cde358e")],
        },
    ),
    C(
        "apartment-surrounded",
        "Police surrounded an apartment complex where he might be hiding, then cleared it when he was not there.",
        {
            FOX: [(206, 429, "25b3a569db5a"), (430, 510, "0ceb2b7bc50a")],
        },
    ),
    C(
        "manhunt",
        "A manhunt/search for the suspect was under way.",
        {
            USAT: [(291, 424, "9080eb8d48fe")],
            VOX: [(580, 658, "936d9e7bcb55")],
            FOX: [(0, 204, "618dee8eea21")],
        },
        note="Vox carries it only in the past tense (search continued overnight until his arrest).",
    ),
    C(
        "arrested-monday",
        "Reinking was arrested on Monday.",
        {
            VOX: [
                (0, 161, "bbb6bf20d155"),
                (580, 658, "936d9e7bcb55"),
                (2414, 2446, "69a0e86eaf07"),
            ],
        },
        note="Vox only (updated story); USA TODAY and Fox were written while he was at large.",
    ),
    C(
        "murder-warrants",
        "Murder warrants were drafted against Reinking.",
        {
            VOX: [(454, 579, "a2a61ff35b6d"), (2317, 2412, "28e958865e85")],
        },
    ),
    C(
        "tbi-most-wanted",
        "The Tennessee Bureau of Investigation added Reinking to its top-10 most-wanted list.",
        {
            USAT: [(426, 550, "91972cead160")],
        },
    ),
    C(
        "may-carry-two-guns",
        "Police warned the suspect may be carrying two guns (two of his four were still unaccounted for).",
        {
            USAT: [
                (85, 289, "7c38ddc9827a"),
                (1017, 1216, "2da9891e8128"),
                (1218, 1335, "e8cc2c90ba9f"),
            ],
            VOX: [(2317, 2412, "28e958865e85")],
        },
    ),
    C(
        "shot-outside-then-inside",
        "The gunman first shot two people outside the restaurant, then went inside and kept shooting.",
        {
            USAT: [(1618, 1836, "3c51bfd3e8e2"), (3132, 3240, "f386286268b4")],
            FOX: [
                (963, 1198, "f3d8e2e72037"),
                (1199, 1287, "d3d6259a9ab3"),
                (1789, 1913, "67c85859e75a"),
            ],
        },
        note="USA TODAY does not say the two shot outside died, Fox does; the core (two shot outside, then shooting inside) is shared.",
    ),
    C(
        "ar15-rifle",
        "The gunman used an AR-15-style assault rifle.",
        {
            USAT: [(552, 760, "106db92dea14")],
            VOX: [(3236, 3395, "ae6178bf8806")],
            FOX: [(963, 1198, "f3d8e2e72037")],
        },
        note="Fox describes the weapon only generically as an assault-style rifle, without the model name: counted (same core).",
    ),
    C(
        "rifle-photo-tweeted",
        "Police tweeted a photo of the rifle used.",
        {
            VOX: [(2843, 2910, "f74d7cbb9628")],
        },
    ),
    C(
        "secret-service-arrest-2017",
        "The Secret Service arrested Reinking in July 2017 close to the White House.",
        {
            USAT: [(552, 760, "106db92dea14")],
            VOX: [(3114, 3235, "680e11dd9af1")],
        },
    ),
    C(
        "guns-seized-after-arrest",
        "After that 2017 arrest his guns, including the AR-15, were seized.",
        {
            USAT: [(85, 289, "7c38ddc9827a"), (552, 760, "106db92dea14")],
            VOX: [(3236, 3395, "ae6178bf8806")],
        },
    ),
    C(
        "firearms-authorization-revoked",
        "His Illinois firearms authorisation was revoked after the 2017 arrest.",
        {
            USAT: [(762, 894, "9482b86620db")],
            VOX: [(3236, 3395, "ae6178bf8806")],
        },
    ),
    C(
        "father-returned-guns",
        "The seized guns went to his father, who gave them back to him.",
        {
            USAT: [(896, 1015, "37ce573989c0")],
            VOX: [(3396, 3495, "e26f2410a7d3")],
        },
    ),
    C(
        "patron-wrestled-gun",
        "A patron wrestled the rifle away from the gunman.",
        {
            USAT: [(1838, 2004, "e2a830124ee0"), (2006, 2150, "ff5aa32594f7")],
            VOX: [(342, 452, "26e6f8edcd1b"), (956, 1095, "24b28eb2052f")],
            FOX: [(0, 204, "618dee8eea21"), (2131, 2275, "2e7607fe51d7")],
        },
    ),
    C(
        "rifle-over-counter",
        "The patron threw the rifle over the restaurant counter.",
        {
            USAT: [(2006, 2150, "ff5aa32594f7")],
            FOX: [(2131, 2275, "2e7607fe51d7")],
        },
    ),
    C(
        "hero-is-james-shaw",
        "The patron who disarmed the gunman was James Shaw Jr., 29.",
        {
            USAT: [(2450, 2544, "8510f2c3519c")],
            VOX: [(342, 452, "26e6f8edcd1b"), (1200, 1293, "c5ad7b31de84")],
            FOX: [(1980, 2130, "1ae73bb9acca")],
        },
    ),
    C(
        "shaw-acted-when-gunman-paused",
        "Shaw charged when the gunman paused, struggling with or reloading the rifle.",
        {
            FOX: [
                (1980, 2130, "1ae73bb9acca"),
                (2372, 2457, "c15116018b15"),
                (2459, 2574, "f6cc7f62c0f6"),
            ],
        },
        note="Fox only. USA TODAY's Cordero remark about reloading is a counterfactual (see cordero-reload-more-deaths), not this fact.",
    ),
    C(
        "police-call-patron-hero",
        "Police called the patron a hero who saved lives.",
        {
            USAT: [(2316, 2392, "987616c0a888"), (2393, 2448, "19cf40ec399d")],
            VOX: [(1096, 1198, "f5da6d699d93")],
            FOX: [(2277, 2370, "3a25214e550b")],
        },
        note="Audit v2: USA TODAY's first sentence of the same Aaron quote (a citizen stepped in against an active shooter) belongs to this quoted statement, so it is evidence here.",
    ),
    C(
        "shaw-does-not-feel-hero",
        "Shaw said he did not feel like a hero: he had only been trying to escape and seized the chance.",
        {
            USAT: [(2696, 2738, "aace5df88173"), (2740, 2902, "61b8c9b32e04")],
            VOX: [(1294, 1505, "03f2e871fc69")],
        },
    ),
    C(
        "shaw-grazed-released",
        "A bullet grazed Shaw; he was treated at hospital and discharged.",
        {
            USAT: [(2904, 2998, "678af3fa27fc")],
            VOX: [(1506, 1622, "fb2eef1aeb21")],
            FOX: [(2694, 2775, "d1902210a58d"), (2776, 2839, "10c2bcc9a903")],
        },
    ),
    C(
        "shaw-work-to-kill-me",
        "At a press conference Shaw said he had decided the gunman would have to fight hard to kill him.",
        {
            VOX: [(1624, 1803, "364297f0ba6d")],
        },
        note="Vox prose only; embedded tweets (Fox News, Metro Nashville PD, the mayor) are treated as page furniture and never used as evidence.",
    ),
    C(
        "ceo-ehmer-praises-shaw",
        "Waffle House CEO Walt Ehmer called Shaw a hero and embraced him at a news conference.",
        {
            USAT: [
                (2450, 2544, "8510f2c3519c"),
                (2546, 2632, "8e6864513a6c"),
                (2653, 2694, "d427a5803e57"),
            ],
        },
    ),
    C(
        "cordero-witness",
        "Chuck Cordero, a Waffle House regular/employee, was outside and witnessed the shooting.",
        {
            USAT: [(3000, 3131, "6b8b4185bbbe"), (3356, 3477, "9d556ad40d37")],
            FOX: [
                (1383, 1547, "ba9f91555a88"),
                (1548, 1650, "3bfa2b9c1493"),
                (1652, 1723, "cb27bb467315"),
                (1724, 1788, "0ca723073c58"),
            ],
        },
    ),
    C(
        "restaurant-busy",
        "Cordero said the restaurant was busy, so he waited in his car for his usual booth to free up.",
        {
            FOX: [(1548, 1650, "3bfa2b9c1493"), (1652, 1723, "cb27bb467315")],
        },
        note="Audit v2. Fox only. USA TODAY's Cordero had stopped by for coffee, a different detail. Cordero's remark that many more people were inside belongs to the counterfactual in cordero-reload-more-deaths.",
    ),
    C(
        "cordero-gunman-purposeful",
        "Cordero said the gunman pulled up, got out and started shooting, with purpose.",
        {
            USAT: [(3298, 3354, "f07d7cbaf685")],
            FOX: [(1724, 1788, "0ca723073c58"), (1914, 1978, "6dca6e8cbaa4")],
        },
    ),
    C(
        "cordero-gunman-silent",
        "Cordero said the gunman did not say anything.",
        {
            USAT: [(3242, 3297, "5714760b3fa6")],
        },
        note="Audit v2. A separately checkable detail, so it is a fact of its own, not part of cordero-gunman-purposeful, even though the same Cordero quote continues into that fact.",
    ),
    C(
        "cordero-praises-patron",
        "Cordero praised the man who wrestled the gun away, saying he surely saved people.",
        {
            USAT: [(3356, 3477, "9d556ad40d37"), (3479, 3544, "461ed7ee0fc1")],
        },
        note="Audit v2. USA TODAY only. This is the witness's own praise, so it is not police-call-patron-hero (attribution matters). Fox's Cordero describes the man jumping the gunman but does not praise him.",
    ),
    C(
        "cordero-reload-more-deaths",
        "Cordero said that had the gunman reloaded, many more people would have died.",
        {
            USAT: [(3545, 3643, "587367eab899")],
            FOX: [(2575, 2692, "9f7a4c3ff287")],
        },
    ),
    C(
        "victims-named",
        "The four dead were Taurean Sanderlin, Joe Perez, DeEbony Groves and Akilah DaSilva.",
        {
            VOX: [(842, 954, "a34e5b63be27")],
        },
    ),
    C(
        "victim-details-not-released",
        "No details about the victims had been released.",
        {
            FOX: [(1330, 1381, "16c9c260296e")],
        },
        note="Fox only; superseded by Vox's later naming of the victims, but it is what Fox's reader learns.",
    ),
    C(
        "critical-condition",
        "One wounded person was in critical condition and another in critical but stable condition.",
        {
            FOX: [(2899, 3010, "1092e229ce53")],
        },
    ),
    C(
        "glass-cuts",
        "Some people had cuts on their faces from flying glass.",
        {
            FOX: [(3011, 3128, "166928705378"), (3220, 3324, "ca0a16e1f9bf")],
        },
    ),
    C(
        "patrons-shaken",
        "Police said the people inside the restaurant were badly shaken and in tears.",
        {
            FOX: [(3130, 3219, "9d16bdd265df")],
        },
    ),
    C(
        "mayor-tragic-day",
        "Nashville's mayor, David Briley, described the day as tragic for Nashville.",
        {
            USAT: [(4360, 4484, "1554c77eba5e")],
            VOX: [(3849, 3924, "14fdb17a47e6")],
            FOX: [(4989, 5116, "5bb05f6b5ab5")],
        },
    ),
    C(
        "mayor-condolences",
        "The mayor offered condolences to the families and friends of the dead and wounded, saying their lives were changed forever.",
        {
            USAT: [(4486, 4710, "aab59f05bf01")],
            FOX: [(5117, 5308, "50b8f08544a4")],
        },
        note="Audit v2. These are the later sentences of the same statement as mayor-tragic-day, but they make a point that fact does not cover, so they form a fact of their own (the audit's rule for quote continuations). Vox prints them only in the embedded tweet, which is furniture, so Vox omits this fact.",
    ),
    C(
        "mayor-thanks-police",
        "The mayor asked Nashville to rally around the victims and thank the police as they hunted the shooter.",
        {
            USAT: [(4712, 4961, "87cca6728d8a")],
        },
    ),
    C(
        "governor-haslam",
        "Tennessee Governor Bill Haslam and his wife expressed sorrow at the killings.",
        {
            FOX: [(5310, 5506, "56511cdba5a4")],
        },
    ),
    C(
        "waffle-house-statement",
        "Waffle House spokesman Pat Warner said the company was deeply saddened and managers were at the restaurant helping.",
        {
            VOX: [(3497, 3690, "d61e4b9d89ec"), (3691, 3847, "3b862c02627b")],
            FOX: [
                (4283, 4464, "b656365b6b00"),
                (4540, 4718, "15df5d0d5f2a"),
                (4826, 4987, "6b3bf4117bc8"),
            ],
        },
        note="Audit v2: the first two sentences of Fox's quoted company statement (the company's sadness, and its thoughts being with the victims and their families) are evidence here. Its last sentence is waffle-house-little-info.",
    ),
    C(
        "waffle-house-little-info",
        "Waffle House said it had little information yet and referred other questions to Nashville police.",
        {
            FOX: [(4465, 4538, "4240c53122de"), (4719, 4824, "70c054661f90")],
        },
        note="Audit v2. Fox only. The last sentence of the company statement (that it was still collecting details) adds a separate point, so it is a new fact. The statement's sympathy lines are evidence for waffle-house-statement.",
    ),
    C(
        "motive-unclear",
        "The motive, and why Reinking was in Nashville, were unclear.",
        {
            FOX: [(4102, 4186, "46fac619e47c")],
        },
    ),
    C(
        "near-antioch-church-shooting",
        "The restaurant is under two miles from the Antioch church where a mass shooting happened the previous September.",
        {
            USAT: [(4963, 5175, "586ef6c5345c")],
        },
    ),
]


# --------------------------------------------------------------------------
# Build / verify
# --------------------------------------------------------------------------
def find_seed_dir(explicit: str | None) -> Path:
    cands = [Path(explicit)] if explicit else DEFAULT_SEED_DIRS
    for d in cands:
        if all((d / k).is_file() for k in SEED_ARTICLES):
            return d
    sys.exit("error: seed articles not found in " + ", ".join(str(d) for d in cands))


def locate(raw: str, sub: str, occurrence: int | None, where: str) -> int:
    hits, i = [], raw.find(sub)
    while i != -1:
        hits.append(i)
        i = raw.find(sub, i + 1)
    assert hits, f"{where}: evidence not found: {sub[:70]!r}"
    if occurrence is None:
        assert len(hits) == 1, (
            f"{where}: evidence occurs {len(hits)}x, give occurrence: {sub[:70]!r}"
        )
        return hits[0]
    assert 0 <= occurrence < len(hits), (
        f"{where}: occurrence {occurrence} of {len(hits)}: {sub[:70]!r}"
    )
    return hits[occurrence]


def check_story_shape(
    name: str, keys: list[str], facts: list[dict], rewrites: list[list[str]]
) -> None:
    ids = [f["id"] for f in facts]
    dup = [k for k, n in Counter(ids).items() if n > 1]
    assert not dup, f"{name}: duplicate fact ids {dup}"
    for f in facts:
        assert f["label"].strip(), f"{name}/{f['id']}: empty label"
        assert f["evidence"], f"{name}/{f['id']}: no evidence"
        for k, spans in f["evidence"].items():
            assert k in keys, f"{name}/{f['id']}: unknown article {k}"
            assert spans, f"{name}/{f['id']}: empty evidence list for {k}"
    for k in keys:
        assert any(k in f["evidence"] for f in facts), f"{name}: article {k} carries no fact"
    for pair in rewrites:
        assert len(pair) == 2 and all(k in keys for k in pair), f"{name}: bad rewrite pair {pair}"


def sorted_spans(spans: list[dict], where: str) -> list[dict]:
    spans = sorted(spans, key=lambda s: (s["start"], s["end"]))
    for a, b in zip(spans, spans[1:], strict=False):
        assert a["end"] <= b["start"], (
            f"{where}: overlapping or duplicate spans {a['start']}-{a['end']} / {b['start']}-{b['end']}"
        )
    return spans


def build_seed(seed_dir: Path) -> dict:
    check_story_shape("seed", SEED_ARTICLES, SEED_FACTS, SEED_REWRITES)
    raws = {k: open(seed_dir / k, encoding="utf-8").read() for k in SEED_ARTICLES}
    facts = []
    for f in SEED_FACTS:
        ev = {}
        for k in SEED_ARTICLES:  # stable article order
            if k not in f["evidence"]:
                continue
            spans = []
            for item in f["evidence"][k]:
                sub, occ = (item, None) if isinstance(item, str) else item
                where = f"seed/{f['id']}/{k}"
                start = locate(raws[k], sub, occ, where)
                end = start + len(sub)
                assert raws[k][start:end] == sub
                spans.append({"start": start, "end": end, "text": sub})
            ev[k] = sorted_spans(spans, f"seed/{f['id']}/{k}")
        facts.append({"id": f["id"], "label": f["label"], "evidence": ev, "note": f["note"]})
    return {
        "name": "seed",
        "articles": [{"key": k, "source": "seed"} for k in SEED_ARTICLES],
        "rewrites": SEED_REWRITES,
        "facts": facts,
    }


def load_corpus_bodies(path: Path, wanted: set[str]) -> dict[str, str] | None:
    if not path.is_file():
        return None
    bodies = {}
    with lzma.open(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            if not line.strip():
                continue
            d = json.loads(line)
            if d.get("id") in wanted:
                bodies[d["id"]] = d["body"]
    return bodies


def build_corpus(corpus_path: Path) -> dict:
    keys = [k for k, _ in CORPUS_ARTICLES]
    check_story_shape(CORPUS_STORY, keys, CORPUS_FACTS, CORPUS_REWRITES)
    bodies = load_corpus_bodies(corpus_path, set(keys))
    if bodies is None:
        print(f"note: corpus not found at {corpus_path}; {CORPUS_STORY} evidence kept UNVERIFIED")
    else:
        missing = [k for k in keys if k not in bodies]
        assert not missing, f"corpus lacks articles {missing}"
    n_checked = 0
    facts = []
    for f in CORPUS_FACTS:
        ev = {}
        for k in keys:
            if k not in f["evidence"]:
                continue
            spans = []
            for start, end, sha in f["evidence"][k]:
                where = f"{CORPUS_STORY}/{f['id']}/{k}"
                assert 0 <= start < end and len(sha) == 12, f"{where}: bad span {start}-{end}/{sha}"
                if bodies is not None:
                    body = bodies[k]
                    assert end <= len(body), (
                        f"{where}: span {start}-{end} beyond body ({len(body)})"
                    )
                    got = hashlib.sha1(body[start:end].encode("utf-8")).hexdigest()[:12]
                    assert got == sha, f"{where}: sha1 mismatch at {start}-{end}: {got} != {sha}"
                    n_checked += 1
                spans.append({"start": start, "end": end, "sha1": sha})
            ev[k] = sorted_spans(spans, f"{CORPUS_STORY}/{f['id']}/{k}")
        facts.append({"id": f["id"], "label": f["label"], "evidence": ev, "note": f["note"]})
    if bodies is not None:
        print(f"verified {n_checked} corpus spans against {corpus_path}")
    return {
        "name": CORPUS_STORY,
        "articles": [{"key": k, "source": "corpus", "outlet": o} for k, o in CORPUS_ARTICLES],
        "rewrites": CORPUS_REWRITES,
        "facts": facts,
    }


def summarize(story: dict) -> None:
    keys = [a["key"] for a in story["articles"]]
    facts = story["facts"]
    per = Counter(k for f in facts for k in f["evidence"])
    uniq = Counter(next(iter(f["evidence"])) for f in facts if len(f["evidence"]) == 1)
    spread = Counter(len(f["evidence"]) for f in facts)
    print(
        f"[{story['name']}] facts={len(facts)} spans={sum(len(s) for f in facts for s in f['evidence'].values())}"
        f" carried-by-n-articles={dict(sorted(spread.items()))}"
    )
    for k in keys:
        print(f"    {k}: facts={per[k]} unique={uniq[k]}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--seeds", help="directory holding the raw seed .txt files")
    ap.add_argument("--corpus", default=str(DEFAULT_CORPUS), help="articles.jsonl.xz")
    ap.add_argument("--out", default=str(OUT))
    args = ap.parse_args(argv)
    seed_dir = find_seed_dir(args.seeds)
    stories = [build_seed(seed_dir), build_corpus(Path(args.corpus))]
    doc = {"version": 1, "stories": stories}
    text = json.dumps(doc, ensure_ascii=False, indent=1) + "\n"
    Path(args.out).write_text(text, encoding="utf-8")
    for s in stories:
        summarize(s)
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
