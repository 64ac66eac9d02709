#!/usr/bin/env python3
"""Declare the hand-checked gold quotation annotations and write quotes.json.

Run from anywhere:  python benchmarks/gold/make_quotes_gold.py

Seed articles are declared by exact span text (+ occurrence index); offsets are
computed against the raw seed files and asserted.  Corpus articles are declared
by character offsets into the article ``body`` plus a 12-hex sha1 of the span;
no corpus text is stored here.  If the corpus file is absent the corpus entries
are written unverified (a note is printed).  See QUOTES.md for conventions.
"""
from __future__ import annotations

import hashlib
import json
import lzma
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent
SEED_DIR = REPO.parent / "shared" / "seeds"
if not SEED_DIR.is_dir() and (REPO / "seeds").is_dir():  # in-repo copy (identical files)
    SEED_DIR = REPO / "seeds"
CORPUS = REPO.parent / "shared" / "corpus" / "articles.jsonl.xz"
OUT = HERE / "quotes.json"

KINDS = {"full", "partial", "scare", "indirect"}
MARKS = "\"\u201c\u201d\u2018\u2019'"
SPAN_CONVENTION = (
    "Quoted spans cover the text inside the outer quotation marks (marks excluded, "
    "punctuation inside them included; a quote running over several paragraphs is one span "
    "and nested quotes stay inside it), and indirect spans cover only the reported clause "
    "without the attribution, a leading 'that' or the final period."
)

P_GUA = "President of Guatemala"
VP = "Vice President"
GIA = "Alejandro Giammattei"
KH = "Kamala Harris"


def Q(text, kind, speaker, role, verb, note=None, occurrence=0):
    return {"text": text, "occurrence": occurrence, "kind": kind, "speaker": speaker,
            "role": role, "verb": verb, "note": note}


def C(start, end, sha1, kind, speaker, role, verb, note=None):
    return {"start": start, "end": end, "sha1": sha1, "kind": kind, "speaker": speaker,
            "role": role, "verb": verb, "note": note}


# ---------------------------------------------------------------- seeds
SEEDS = {
    "000_e1698ff01bcce18b.txt": [
        Q("the change in administrations in Washington was exploited by human traffickers known as \u201ccoyotes,\u201d who ferried thousands of children to the US-Mexico border within days of President Biden formally rescinding the Trump-era family separation policy",
          "indirect", GIA, P_GUA, "claims", "contains a scare quote, which does not block the indirect span"),
        Q("coyotes,", "scare", None, None, None, "term, not speech"),
        Q("Harris, he said, is open to the idea and is expected to announce plans for Justice Department prosecutors to work with Guatemalan authorities to prosecute drug traffickers and other transnational criminals",
          "indirect", GIA, P_GUA, "said", "attribution interrupts the clause; span keeps the parenthetical"),
        Q("inhumane,", "partial", "Biden", "President", "called", "article gives only the surname"),
        Q("a domestic travel ban imposed to combat the virus\u2019s spread has made it difficult for poor rural farm workers to travel from the northern highlands to the Pacific coast to harvest sugarcane or to the nation\u2019s renowned coffee fields to harvest one of the country\u2019s most lucrative exports",
          "indirect", "McInerney", None, "noted", "this paste gives only the surname and no role"),
        Q("frustrated", "partial", GIA, P_GUA, "described", "single word attributed to a speaker"),
        Q("his government, which has been in power since January 2019, has stepped up efforts to work with American authorities to stem the flow",
          "indirect", GIA, P_GUA, "describe", "describe how + clause; 'how' excluded like 'that'"),
        Q("the main reason his citizens choose to leave is a lack of economic opportunity",
          "indirect", GIA, P_GUA, "stated"),
        Q("That sets his country apart, he says, from neighboring El Salvador and Honduras",
          "indirect", GIA, P_GUA, "says", "interrupted clause; the following relative clause is its own attribution"),
        Q("violence fuelled by the illegal drug trade is a major push factor",
          "indirect", GIA, P_GUA, "says"),
        Q("the leaders of which he claims earn large salaries",
          "indirect", GIA, P_GUA, "claims", "attribution embedded in a relative clause; span keeps it"),
        Q("an insult", "partial", GIA, P_GUA, "called"),
        Q("his country is actively seeking distance from its two eastern neighbors due to deteriorating political situations",
          "indirect", GIA, P_GUA, "stated"),
        Q("given the region\u2019s political situation, Guatemala is the best worst option for an immigration partner",
          "indirect", None, "Biden administration officials", "admit", "unnamed group: speaker null, descriptor in role"),
    ],
    "001_8bc4591db6c48cc8.txt": [
        Q("the change of administrations in Washington was exploited by human traffickers, known as \u201ccoyotes,\u201d who ferried thousands of children to the U.S.-Mexico border within days of President Biden\u00a0formally rescinding the Trump-era family separation policy",
          "indirect", GIA, P_GUA, "says", "contains a scare quote"),
        Q("coyotes,", "scare", None, None, None, "term, not speech"),
        Q("Harris, he said, is open to the idea, and is also expected to announce plans for Justice Department prosecutors to partner with Guatemalan authorities to prosecute drug traffickers and other transnational crimes",
          "indirect", GIA, P_GUA, "said", "attribution interrupts the clause; span keeps the parenthetical"),
        Q("doesn\u2019t hold back, which is good. She is frank,", "partial", GIA, P_GUA, "said",
          "begins woven into the reporter's sentence, so partial although it contains a full sentence"),
        Q("We are not on the same side of the coin. It is obvious,", "full", GIA, P_GUA, "added"),
        Q("we are in agreement on the \u2018what'", "full", GIA, P_GUA, "explaining",
          "complete clause after 'that'; nested quote closes with a straight apostrophe"),
        Q("which is something. We are in not agreement on the \u2018how.'", "partial", GIA, P_GUA, "explaining",
          "begins as a relative clause woven into the reporter's sentence"),
        Q("the change in government led to a change in message", "indirect", GIA, P_GUA, "said"),
        Q("The message changed to, \u2018We are going to reunite families and we are going to reunite children.'",
          "full", GIA, P_GUA, "said", "colon after an indirect clause; the sentence's verb applies"),
        Q("The very next day the coyotes here were organizing groups of children to take them to the United States.",
          "full", GIA, P_GUA, None, "no attribution verb; speaker from context"),
        Q("We asked the United States government to send more of a clear message to prevent more people from leaving,",
          "full", GIA, P_GUA, "said"),
        Q("Mostly people want to stay in Guatemala. They want to be in their homes. They don\u2019t want to take\u00a0a very expensive trip to the United States. So they try internally in the country to migrate internally looking for jobs,",
          "full", "Mary McInerney", "country director for Save the Children", "told"),
        Q("a domestic travel ban to stem the spread of the virus has made it difficult for poor rural farm workers to travel from the northern highlands to the Pacific coast to help harvest sugarcane or to the nation\u2019s renowned coffee fields to help harvest a me of the country\u2019s most lucrative exports",
          "indirect", "Mary McInerney", "country director for Save the Children", "noted"),
        Q("More than anything, it\u2019s down to basics, not having food,", "full", "Mary McInerney",
          "country director for Save the Children", "said"),
        Q("Any of us, I would go wherever I had to go as a mother to ensure that my children had something to eat.",
          "full", "Mary McInerney", "country director for Save the Children", "said",
          "continuation quote in the same paragraph; verb inherited"),
        Q("frustrated", "partial", GIA, P_GUA, "described", "single word attributed to a speaker"),
        Q("his government, in office since January 2019, has redoubled efforts to cooperate with American authorities to stem the flow",
          "indirect", GIA, P_GUA, "describe", "describe how + clause; 'how' excluded like 'that'"),
        Q("the primary reason his citizens choose to leave is a lack of economic opportunity",
          "indirect", GIA, P_GUA, "noted"),
        Q("That distinguishes his country, he said, from neighboring El Salvador and Honduras",
          "indirect", GIA, P_GUA, "said", "interrupted clause; the following relative clause is its own attribution"),
        Q("violence, fueled by the illegal drug trade, is a leading push factor", "indirect", GIA, P_GUA, "said"),
        Q("they are substantive and not personal", "indirect", GIA, P_GUA, "insisted"),
        Q("whose leaders he said earn hefty salaries", "indirect", GIA, P_GUA, "said",
          "attribution embedded in a relative clause; span keeps it"),
        Q("On corruption, who is the biggest corrupter? There is someone else more corrupt than than a government of this size like ours,",
          "full", GIA, P_GUA, "said"),
        Q("Narco traffickers.", "full", GIA, P_GUA, "said",
          "standalone fragment utterance (not woven), continuation; verb inherited"),
        Q("an insult", "partial", GIA, P_GUA, "called"),
        Q("given the political situation in the region, Guatemala is the best worst option for a partner on the immigration issue",
          "indirect", None, "Biden administration officials", "concede", "unnamed group"),
        Q("There is a mistake being made in the United States. They have always looked at us like their backyard. That\u2019s the mistake. We are the front yard,",
          "full", GIA, P_GUA, "said"),
        Q("And if the front yard is bad, how will the house be? If you all take care of your front yard, how will your house be?",
          "full", GIA, P_GUA, "said", "continuation quote; verb inherited"),
        Q("he would on Monday", "indirect", GIA, P_GUA, "said", "elliptical reported clause"),
    ],
    "002_845991328a7e64a6.txt": [
        Q("We are not on the same side of the coin", "full", GIA, P_GUA, None,
          "headline quote in single curly marks, colon headline, no verb"),
        Q("his government and the Biden administration remain at odds over the US\u2019 approach to stemming Central American migration",
          "indirect", GIA, P_GUA, "said"),
        Q("he valued Vice President Kamala Harris as a negotiating partner", "indirect", GIA, P_GUA, "adding"),
        Q("the two sides differ over how to address the problem, but not in their beliefs regarding its causes",
          "indirect", GIA, P_GUA, "stressed"),
        Q("We are not on the same side of the coin. It is obvious,", "full", GIA, P_GUA, "told"),
        Q("We are in agreement on the \u2018what,\u2019 which is something. We are in not agreement on the \u2018how.\u2019",
          "full", GIA, P_GUA, "adding", "colon introduction with a verb; nested quotes stay inside"),
        Q("The message [under the Biden administration] changed to, \u2018We are going to reunite families and we are going to reunite children,\u2019",
          "full", GIA, P_GUA, "explained", "speaker misspelled in the text; editorial brackets stay inside"),
        Q("The very next day the coyotes here were organizing groups of children to take them to the United States.",
          "full", GIA, P_GUA, "explained", "continuation quote in the same paragraph; verb inherited"),
        Q("The Biden administration\u2019s repeated statements urging families against migrating to the US, he added, were the result of his government and potentially others pushing back against what they saw as a muddled message that was continuing to drive some to leave their home countries",
          "indirect", GIA, P_GUA, "added", "attribution interrupts the clause; span keeps the parenthetical"),
        Q("some of the highest numbers of migrants seen in decades were attempting to cross the U.S.-Mexico border",
          "indirect", None, "reports", "indicated", "unnamed reports; borderline reporting verb"),
        Q("on pace to encounter more individuals on the southwest border than we have in the last 20 years",
          "partial", "Alejandro Mayorkas", "Homeland Security Secretary", "said",
          "closing mark precedes the period; the enclosing indirect clause is not annotated"),
        Q("Northern Triangle", "scare", None, None, None, "label; comma outside the marks"),
    ],
    "003_903b5430ed4d41bf.txt": [
        Q("this first visit is primarily an information-gathering trip", "indirect", None,
          "Kamala Harris's staff", "says", "unnamed group"),
        Q("If you come to our border you will be turned back.", "full", KH, VP, "saying", "introduced by 'saying:'"),
        Q("More than 178,000 migrants arrived at the border this April, the highest one-month total in more than two decades",
          "indirect", None, "US border officials", "according to", "unnamed group"),
        Q("The US Departments of State, Justice and Treasury will conduct investigations and train local governments to conduct their own",
          "indirect", KH, VP, "said"),
        Q("most people don\u2019t want to leave home", "partial", KH, VP, "added",
          "enclosing indirect clause not annotated"),
        Q("discourage illegal migration", "partial", KH, VP, "emphasising"),
        Q("This week\u2019s trip will provide more details for the administration to develop a comprehensive strategy to address the root causes of migration",
          "indirect", None, "Kamala Harris's aides", "say", "unnamed group"),
        Q("I\u2019m there to listen as much as I am to share perspective,", "full", KH, VP, "said"),
        Q("is one of our highest priorities", "partial", KH, VP, "said", "enclosing indirect clause not annotated"),
        Q("real results", "partial", KH, VP, "adding", "attributed to Harris, so partial not scare"),
        Q("grand gestures", "partial", KH, VP, "adding", "attributed to Harris, so partial not scare"),
        Q("We have the capacity to give people hope,", "full", KH, VP, "said"),
        Q("Part of giving people hope is having a very specific commitment to rooting out corruption in the region.",
          "full", KH, VP, "said", "continuation quote in the same paragraph; verb inherited"),
        Q("doesn\u2019t hold back, which is good. She is frank", "partial", GIA, P_GUA, "told",
          "woven into the reporter's sentence; period outside the marks"),
        Q("wanting to impose its LGBT, pro-abortion policies", "partial", "Jorge Lemus",
          "retired infantry captain, protester", "told"),
        Q("corrupt,", "scare", None, None, None, "a word Harris refused to use: term, not speech"),
        Q("they are fleeing violence, discrimination and poverty", "indirect", None,
          "migrants leaving the Northern Triangle", "say", "unnamed group"),
        Q("brain drain", "scare", None, None, None, "term"),
        Q("they are feeling the most adverse effects of global warming \u2013 most notably hurricanes \u2013 despite hardly contributing to climate change",
          "indirect", None, "Northern Triangle countries", "stressed", "collective subject 'these countries': speaker null"),
        Q("we are doing the work of requiring certain progress be made", "full", KH, VP, "said",
          "complete clause after 'that'"),
        Q("a young women\u2019s empowerment initiative to increase education and opportunities for girls and women",
          "partial", KH, VP, "pledged"),
        Q("it would release $310m (\u00a3219m) to help with food shortages and disaster recovery",
          "indirect", "White House", None, "announced"),
        Q("it would share 25m doses of Covid-19 vaccines with the rest of the world",
          "indirect", "White House", None, "announced"),
        Q("Mexico has the fourth highest number of deaths in the world \u2013 with the toll approaching 230,000",
          "indirect", "Johns Hopkins University", None, "according to", "data attribution to an organisation"),
        Q("The economies of all three countries in the Northern Triangle have also been severely damaged by Covid closures",
          "indirect", "International Monetary Fund", None, "reported"),
        Q("the region has seen an increase in extreme poverty as a result", "indirect", None,
          "humanitarian advocates", "say", "unnamed group"),
        Q("hunger, hurricanes and pandemic", "partial", KH, VP, "mentioned"),
        Q("acute", "partial", KH, VP, "mentioned", "single word attributed to Harris"),
        Q("meddling", "partial", GIA, P_GUA, "denied",
          "hard call: word attributed to his denial, so partial; name misspelled in the text"),
    ],
    "004_92715c3002da2956.txt": [
        Q("root causes", "scare", None, None, None, "administration's label", 0),
        Q("root causes", "scare", None, None, None, "administration's label", 1),
        Q("the Western hemisphere is our collective home", "full", KH, VP, "said", "complete clause after 'that'"),
        Q("there would be a wide-ranging discussion closed to journalists", "indirect", KH, VP, "said",
          "second 'that' clause of the same verb"),
        Q("We are looking at the issue of poverty and the lack therefore of economic opportunities; the issue of extreme weather conditions and the lack of climate adaptation, as well as corruption and the lack of good governance, and violence against women, indigenous people, LBGTQ people and Afro-descendants,",
          "full", KH, VP, "said"),
        Q("I look forward to traveling to Guatemala and meeting with you in person. Currently our plan is to come there in the month of June.",
          "full", KH, VP, "said"),
        Q("she plans to visit\u00a0Guatemala and Mexico", "indirect", KH, VP, "said"),
        Q("the United States plans to increase relief to the region, strengthen our cooperation to manage migration in an effective, secure and humane manner.",
          "full", KH, VP, "said"),
        Q("is building a comprehensive strategy with international institutions with allies around the globe, with foundations here in the United States and the private sector as well as community organizations.",
          "partial", KH, VP, "claimed", "woven after the reporter's subject"),
        Q("the Guatemalan government wishes to be your partner in order to address\u2026 not only poverty but of so many evils that affect us.",
          "full", GIA, P_GUA, "told", "also 'according to a pool report'; verb is the speech verb"),
        Q("it turns away all single adults and most family units under a Trump administration COVID-19 policy",
          "indirect", "Biden administration", None, "claims"),
        Q("Northern Triangle", "scare", None, None, None, "label"),
        Q("she would address\u00a0only the \u201croot causes\u201d\u00a0of migration and not border enforcement",
          "indirect", "White House", None, "emphasized", "contains a scare quote"),
        Q("root causes", "scare", None, None, None, "administration's label", 2),
        Q("it is unclear what, if any actions you have directed or plan to initiate to respond to the crisis that continues to worsen each day.",
          "full", None, "top Republicans on three House committees", "wrote", "unnamed group"),
    ],
}

# ---------------------------------------------------------------- corpus
# Offsets into the article's ``body``; sha1 = sha1(body[start:end].encode("utf-8"))[:12].
CORPUS_ARTICLES = [
    ('HBZQEtlwNM3S8AZ6', 'TheBlaze.com', [
        C(64, 140, 'c672201ae71e', 'indirect', 'Patrick Hope', 'Virginia House of Delegates member', 'said', None),
        C(144, 268, '81289e13e155', 'full', 'Patrick Hope', 'Virginia House of Delegates member', 'wrote', None),
        C(404, 483, '686b36a6e2c4', 'indirect', None, 'law firm representing Meredith Watson', 'alleged', 'unnamed organisation: speaker null, descriptor in role'),
        C(487, 617, 'da2a51cd10a1', 'full', None, 'law firm representing Meredith Watson', 'reads', "the firm's statement; unnamed organisation"),
        C(641, 1329, '31593995c8a6', 'full', None, 'law firm representing Meredith Watson', 'reads', 'multi-paragraph quote (3 paragraphs) = one span; verb inherited from the preceding quote in the same paragraph'),
        C(1389, 1472, '5801dbf81b0d', 'indirect', 'Vanessa Tyson', 'first accuser', 'alleges', None),
        C(1475, 1563, '1f7761743da1', 'indirect', 'The Hill', None, 'reported', 'news outlet as source'),
        C(1586, 1818, 'b32625a3cce3', 'full', None, 'Virginia Democratic lawmakers', 'said', 'unnamed group'),
        C(1954, 2020, 'bfb4d18ebeb0', 'full', 'Justin Fairfax', 'Lieutenant Governor of Virginia', 'wrote', 'leading ellipsis inside the marks is part of the span'),
        C(2094, 2113, 'd556b25bc84c', 'indirect', 'Justin Fairfax', 'Lieutenant Governor of Virginia', 'said', None),
        C(2117, 2210, '1c509bb030f1', 'full', 'Justin Fairfax', 'Lieutenant Governor of Virginia', 'stated', None),
        C(2483, 2506, '54faf19f56b0', 'indirect', 'Mark Herring', 'Virginia Attorney General', 'admitted', 'clause ends with a closing mark after the period: span runs through the closing mark; contains a scare quote'),
        C(2494, 2505, '1e0badd8d368', 'scare', None, None, None, 'term; period inside the marks'),
        C(2527, 2633, '5d16486ede04', 'indirect', 'Ralph Northam', 'Virginia Governor', 'denies', 'contains a scare quote'),
        C(2583, 2593, 'ecc1ff060fcf', 'scare', None, None, None, 'term'),
    ]),
    ('v14nHDOxbj2EO8gN', 'New York Times - News', [
        C(52, 100, '49b05e19dce4', 'indirect', 'Kelly', None, 'telling', 'reported speech inside a reported question; article gives only the surname'),
        C(119, 198, '818c9ee25003', 'full', 'Trump', 'President', 'said', 'article gives only the surname; colon introduction but verb present'),
        C(342, 350, '1607c4c0608a', 'partial', 'Kelly', None, 'described', 'single word attributed to Kelly; the enclosing according-to clause is not annotated because it contains a speech quote'),
        C(558, 678, 'd49025351c23', 'indirect', None, 'anonymous source close to the president', 'according to', 'unnamed source'),
        C(975, 1014, '9c22361dbe55', 'full', 'Paul Manafort', None, 'saying', None),
        C(1098, 1117, '290826b99562', 'partial', 'Henry Cuellar', 'Representative, Democrat of Texas', 'said', 'quote precedes its attribution'),
        C(1299, 1312, '0e46d323fad8', 'partial', 'Henry Cuellar', 'Representative, Democrat of Texas', 'said', None),
        C(1525, 1596, 'a56f1ccfd8d1', 'full', 'Kelly', None, 'told', 'relayed by Gutierrez; speaker is the innermost speaker; outer indirect not annotated'),
        C(1711, 1787, 'b56e46c06708', 'full', 'Kelly', None, 'said', 'relayed by Gutierrez; outer indirect not annotated'),
        C(1911, 2157, '97b68d5b06e4', 'full', 'Kelly', None, 'said', None),
    ]),
    ('zz2jO1MoG0Jhfu5w', 'Reuters', [
        C(59, 63, '5eb965dd8c80', 'partial', 'Donald Trump', 'President', 'declared', 'single word attributed to Trump'),
        C(475, 606, '74c5f09d874d', 'indirect', 'Donald Trump', 'President', 'said', "the following coordinated clause is the reporter's, not part of the reported speech"),
        C(784, 893, '4abd34640379', 'full', 'Donald Trump', 'President', 'said', None),
        C(975, 1010, '6841e227ebe5', 'partial', 'Donald Trump', 'President', 'urged', None),
        C(1265, 1343, 'cad3a748f69f', 'indirect', 'Department of Justice', None, 'telling', 'an email telling judges'),
        C(1346, 1484, '629dec817a31', 'indirect', 'Dana Marks', 'spokeswoman, National Association of Immigration Judges', 'according to', None),
        C(1781, 1844, '3b35cff327b8', 'indirect', 'Reuters', None, 'according to', 'source is the outlet\'s own data analysis, not a person; every according-to attribution is annotated'),
        C(2038, 2102, '9733aba9f35e', 'indirect', 'Amiena Khan', "executive vice president, immigration judges' union", 'said', None),
        C(2105, 2150, 'c31b7e4f44e1', 'full', 'Amiena Khan', "executive vice president, immigration judges' union", 'said', None),
        C(2217, 2264, '9a649ce63674', 'full', 'Amiena Khan', "executive vice president, immigration judges' union", 'said', 'continuation quote in the same paragraph; verb inherited'),
        C(2330, 2423, '00f0b302af70', 'indirect', None, 'senior administration officials', 'told', 'unnamed group'),
        C(2841, 2857, '5cbb24c458c0', 'partial', 'Dick Durbin', 'second-ranking Senate Democrat', None, "subhead echoing Durbin's quote below; no attribution verb"),
        C(3002, 3011, '38b805d7ece6', 'scare', None, None, None, 'term'),
        C(3131, 3287, 'e87e16f9e6f2', 'full', 'Dick Durbin', 'second-ranking Senate Democrat', 'said', 'colon introduction with a verb'),
        C(3356, 3506, '6e9da4c0786c', 'indirect', 'Donald Trump', 'President', 'said', None),
        C(3542, 3561, '87f16f961af3', 'indirect', 'Donald Trump', 'President', 'indicated', None),
        C(3584, 3683, '238535f63053', 'full', 'Donald Trump', 'President', 'writing', 'nested single quotes stay inside the span'),
        C(4057, 4072, 'bef61fed3e1b', 'scare', None, None, None, 'term'),
        C(4374, 4447, 'de4bcc45012a', 'indirect', None, 'immigrants in the caravan', 'say', 'pronoun resolved to the caravan immigrants, an unnamed group'),
        C(4451, 4525, '4dc133466b90', 'full', 'Dick Durbin', 'second-ranking Senate Democrat', 'said', None),
    ]),
    ('hsVonkm2LaJKbfRK', 'New York Post (News)', [
        C(0, 198, '10395efc3edc', 'indirect', None, 'report', 'according to', 'unnamed report'),
        C(224, 400, '72d14d8beb88', 'indirect', 'CNN', None, 'reported', None),
        C(539, 595, '0187a8b66104', 'indirect', 'Immigration and Customs Enforcement', None, 'said', 'subject ICE'),
        C(604, 726, '0634480e116e', 'full', 'Harvard and the Massachusetts Institute of Technology', 'plaintiffs (lawsuit)', 'alleges', 'span crosses a stray paragraph break inside the quote; lawsuit text attributed to the plaintiff universities'),
        C(787, 1019, '035093d79ef4', 'full', 'Harvard and the Massachusetts Institute of Technology', 'plaintiffs (lawsuit)', 'alleges', 'continuation quote; verb inherited'),
        C(1096, 1165, '9b6825187b53', 'partial', 'Harvard and the Massachusetts Institute of Technology', 'plaintiffs (lawsuit)', 'say', 'court papers'),
        C(1322, 1502, '01bfb90ae805', 'partial', 'Harvard and the Massachusetts Institute of Technology', 'plaintiffs (lawsuit)', 'say', 'two attributions; verb is the one attached to the quote (court documents say); enclosing indirect not annotated'),
        C(1574, 1763, '6451abd89537', 'partial', 'Harvard and the Massachusetts Institute of Technology', 'plaintiffs (lawsuit)', 'say', 'two attributions; verb is the one attached to the quote'),
        C(1792, 1916, '7d762c444425', 'full', 'Harvard and the Massachusetts Institute of Technology', 'plaintiffs (lawsuit)', 'charges', None),
        C(1938, 2277, 'dabddafca2f4', 'full', 'Larry Bacow', 'Harvard University president', 'said', 'a second according-to attribution is present; verb is the speech verb'),
        C(2441, 2486, '300fdda50f14', 'indirect', 'Harvard and the Massachusetts Institute of Technology', None, 'saying', 'subject refers to the two plaintiff universities'),
        C(2489, 2550, '7e1fc2f5ed75', 'indirect', None, 'New York University professor', 'according to', 'unnamed professor'),
        C(2622, 2726, '6b22845e6b72', 'indirect', None, 'New York University professor', 'told', None),
        C(2743, 2925, 'c76e9c7cebba', 'partial', None, 'New York University professor', 'said', "woven after the reporter's subject"),
        C(2954, 3086, '5b0c633393da', 'indirect', None, 'New York University professor', 'noting', None),
        C(3093, 3248, '96d7598e1dc9', 'indirect', None, 'New York University professor', 'said', 'leading conjunction excluded'),
        C(3270, 3387, 'b8e5d7675b73', 'full', None, 'New York University professor', 'explained', None),
        C(3446, 3558, 'ed4c75108d89', 'partial', None, 'New York University professor', 'said', None),
    ]),
]


# ---------------------------------------------------------------- checks
def check_spans(label, text, quotes):
    """Structural checks shared by seeds and (verified) corpus articles."""
    seen = set()
    for q in quotes:
        s, e = q["start"], q["end"]
        assert q["kind"] in KINDS, (label, q)
        assert 0 <= s < e <= len(text), (label, q)
        assert (s, e) not in seen, (label, "duplicate span", s, e)
        seen.add((s, e))
        span = text[s:e]
        assert span == span.strip(), (label, "span has outer whitespace", s, e)
        if q["kind"] != "indirect":
            assert s > 0 and text[s - 1] in MARKS, (label, "no opening mark before", s, e)
            assert e < len(text) and text[e] in MARKS, (label, "no closing mark after", s, e)
        else:
            assert not span.endswith("."), (label, "indirect span ends with a period", s, e)
    marked = [q for q in quotes if q["kind"] != "indirect"]
    speech = [q for q in quotes if q["kind"] in ("full", "partial")]
    for i, a in enumerate(marked):
        for b in marked[i + 1:]:
            assert a["end"] <= b["start"] or b["end"] <= a["start"], (label, "marked spans overlap", a, b)
    for a in quotes:
        if a["kind"] != "indirect":
            continue
        for b in speech:
            assert a["end"] <= b["start"] or b["end"] <= a["start"], (label, "indirect overlaps a speech quote", a, b)


def find_nth(text, needle, n):
    idx = -1
    for _ in range(n + 1):
        idx = text.find(needle, idx + 1)
        if idx < 0:
            return -1
    return idx


def build_seeds():
    out = []
    for fname, decls in SEEDS.items():
        path = SEED_DIR / fname
        text = open(path, encoding="utf-8").read()
        quotes = []
        for d in decls:
            s = find_nth(text, d["text"], d["occurrence"])
            assert s >= 0, f"{fname}: span not found (occurrence {d['occurrence']}): {d['text'][:60]!r}"
            e = s + len(d["text"])
            assert text[s:e] == d["text"]
            quotes.append({"text": d["text"], "start": s, "end": e, "kind": d["kind"],
                           "speaker": d["speaker"], "role": d["role"], "verb": d["verb"],
                           "note": d["note"]})
        quotes.sort(key=lambda q: (q["start"], q["end"]))
        check_spans(fname, text, quotes)
        out.append({"source": "seed", "file": fname, "quotes": quotes})
    return out


def load_corpus(ids):
    if not CORPUS.exists():
        return None
    bodies = {}
    with lzma.open(CORPUS, "rt", encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            if rec["id"] in ids:
                bodies[rec["id"]] = (rec["outlet"], rec["body"])
    return bodies


def build_corpus():
    return verify_corpus_articles(CORPUS_ARTICLES)


def verify_corpus_articles(articles):
    """Sort each article's quotes and, when the corpus is there, check every hash and span."""
    bodies = load_corpus({aid for aid, _, _ in articles})
    if bodies is None:
        print(f"note: corpus not found at {CORPUS}; corpus entries written UNVERIFIED", file=sys.stderr)
    out = []
    for aid, outlet, quotes in articles:
        quotes = sorted(quotes, key=lambda q: (q["start"], q["end"]))
        if bodies is not None:
            assert aid in bodies, f"corpus article {aid} missing"
            c_outlet, body = bodies[aid]
            assert c_outlet == outlet, (aid, c_outlet, outlet)
            for q in quotes:
                h = hashlib.sha1(body[q["start"]:q["end"]].encode("utf-8")).hexdigest()[:12]
                assert h == q["sha1"], f"{aid}: hash mismatch at {q['start']}:{q['end']}"
            check_spans(aid, body, quotes)
        out.append({"source": "corpus", "id": aid, "outlet": outlet, "quotes": quotes})
    return out, bodies is not None


def main():
    articles = build_seeds()
    corpus_articles, verified = build_corpus()
    articles += corpus_articles
    doc = {"version": 1, "span_convention": SPAN_CONVENTION, "articles": articles}
    OUT.write_text(json.dumps(doc, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    total = 0
    for a in articles:
        counts = {k: sum(q["kind"] == k for q in a["quotes"]) for k in ("full", "partial", "scare", "indirect")}
        total += len(a["quotes"])
        name = a.get("file") or f"{a['id']} ({a['outlet']})"
        print(f"{name}: {len(a['quotes'])} quotes {counts}")
    print(f"wrote {OUT.relative_to(REPO)}: {len(articles)} articles, {total} quotes"
          + ("" if verified else " (corpus entries unverified)"))


if __name__ == "__main__":
    main()
