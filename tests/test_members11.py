"""Membership and partnership stated in the many ways wire copy words them: an owner that
is a council ("Security Council members A and B"), a list in brackets after the owner, the
full name with its acronym before the list head, lists hung on the leaders of an
organization's states (after a comma, a colon, dashes or "including", the states also
named inside the leaders' titles), "members of ORG include", "whose member states include",
"X and fellow ORG members", "belongs to", observers (``partnerOf``) and "observer status",
"ORG counts A among its members", an accession completed, "ORG states A and B" (taken for a
verb by the parser); and statements with the same words that give nothing (negated,
"neither ... nor", sought, awaited, left, no owner named).

The sentences are written for these tests and run through the trained pipeline
(``--model``); each case lists every ``memberOf`` and ``partnerOf`` claim it yields.
"""

import pytest
from spacy.language import Language

from tests.conftest import claim_triples

Triple = tuple[str, str, str]
M = "memberOf"
P = "partnerOf"
UK = "United Kingdom"
UNSC = "Security Council"
CSTO = "Collective Security Treaty Organization"
SCO = "Shanghai Cooperation Organisation"


def _members(org: str, *states: str) -> set[Triple]:
    return {(s, M, org) for s in states}


CASES: list[tuple[str, set[Triple]]] = [
    # --- a council owning its members
    ("Security Council members France and Britain called for an emergency session on Tuesday.",
     _members(UNSC, "France", UK)),
    ("The resolution was drafted by the five permanent members of the Security Council "
     "(China, France, Russia, Britain and the United States).",
     _members(UNSC, "China", "France", "Russia", UK, "United States")),
    ("Non-permanent members of the Security Council include Brazil and Ghana.",
     _members(UNSC, "Brazil", "Ghana")),
    ("The United States, Britain and France - all permanent members of the Security Council - "
     "called for a vote.", _members(UNSC, "United States", UK, "France")),
    ("Britain, a permanent member of the UN Security Council, drafted the resolution.",
     _members("UN Security Council", UK)),
    # --- the full name and its acronym before the list head
    ("The Group of Seven (G7) members Canada and Italy announced new sanctions.",
     _members("G7", "Canada", "Italy")),
    ("The Organization of American States (OAS) members Mexico and Colombia condemned the vote.",
     _members("Organization of American States", "Mexico", "Colombia")),
    # --- the states of the leaders listed
    ("Leaders of the Group of Eight (G8) industrialised nations, Britain, Canada, France, "
     "Germany, Italy, Japan, Russia and the United States, met in Scotland.",
     _members("G8", UK, "Canada", "France", "Germany", "Italy", "Japan", "Russia",
              "United States")),
    ("Leaders of the G7 nations - the United States, Japan, Germany, Britain, France, Italy "
     "and Canada - met in Hiroshima.",
     _members("G7", "United States", "Japan", "Germany", UK, "France", "Italy", "Canada")),
    ("The talks were attended by the heads of the EAEU member states: Prime Minister of "
     "Armenia Nikol Pashinyan, President of Belarus Alexander Lukashenko and President of "
     "Kazakhstan Kassym-Jomart Tokayev.",
     _members("Eurasian Economic Union", "Armenia", "Belarus", "Kazakhstan")),
    ("The heads of state of the CIS, including the presidents of Kazakhstan and Tajikistan, "
     "gathered in Minsk.",
     _members("Commonwealth of Independent States", "Kazakhstan", "Tajikistan")),
    ("Chinese President Xi Jinping addressed leaders of the Shanghai Cooperation Organisation "
     "member states, including Kazakhstan and Uzbekistan.",
     _members(SCO, "Kazakhstan", "Uzbekistan")),
    ("The Presidents of the CSTO member states - Armenia, Belarus, Kazakhstan, Kyrgyzstan, "
     "Russia and Tajikistan - adopted a declaration.",
     _members(CSTO, "Armenia", "Belarus", "Kazakhstan", "Kyrgyzstan", "Russia", "Tajikistan")),
    ("The leaders of the CSTO member states, Armenia, Belarus and Kazakhstan, met in Minsk.",
     _members(CSTO, "Armenia", "Belarus", "Kazakhstan")),
    ("The signatory states of the Collective Security Treaty Organization, Armenia, Belarus "
     "and Kazakhstan, met in Moscow.", _members(CSTO, "Armenia", "Belarus", "Kazakhstan")),
    # --- other wordings of a membership
    ("The European Union, whose member states include Hungary and Slovakia, extended the "
     "sanctions.", _members("European Union", "Hungary", "Slovakia")),
    ("Ghana and Kenya, two of the African Union's 55 member states, backed the plan.",
     _members("African Union", "Ghana", "Kenya")),
    ("NATO, which counts Turkey and Greece among its members, urged restraint.",
     _members("NATO", "Turkey", "Greece")),
    ("Germany and fellow NATO members pledged more aid.", _members("NATO", "Germany")),
    ("Croatia belongs to NATO and the European Union.",
     {("Croatia", M, "NATO"), ("Croatia", M, "European Union")}),
    ("NATO met on Monday. The alliance's newest member, Finland, shares a long border with "
     "Russia.", _members("NATO", "Finland")),
    ("Norway, a founding member of NATO, will host the meeting.", _members("NATO", "Norway")),
    ("Indonesia, Malaysia and Thailand, all members of ASEAN, issued a joint statement.",
     _members("ASEAN", "Indonesia", "Malaysia", "Thailand")),
    ("Slovakia, a member of both NATO and the European Union, abstained.",
     {("Slovakia", M, "NATO"), ("Slovakia", M, "European Union")}),
    ("Beijing, a founding member of the Shanghai Cooperation Organisation, welcomed the move.",
     _members(SCO, "China")),
    # --- fellow members: partners or allies in an organization, a list singled out
    ("Russia's allies in the CSTO, Armenia and Kyrgyzstan, sent troops.",
     _members(CSTO, "Armenia", "Kyrgyzstan")),
    ("Germany and its allies in NATO sent tanks.", _members("NATO", "Germany")),
    ("Tokayev thanked Kazakhstan's partners from the Collective Security Treaty Organisation "
     "(CSTO) and especially the Russian Federation for their help.", _members(CSTO, "Russia")),
    ("NATO members and especially Poland sent arms.", _members("NATO", "Poland")),
    ("Vladimir Putin took part in a meeting of the heads of state of the Shanghai Cooperation "
     "Organisation, including the leaders of India and Pakistan.",
     _members(SCO, "India", "Pakistan")),
    ("The United States, a member of the Quad alongside Japan, India and Australia, hosted "
     "the talks.", _members("Quad", "United States", "Japan", "India", "Australia")),
    # --- "states" taken for a verb
    ("EU states France and Germany objected.", _members("European Union", "France", "Germany")),
    ("The Gulf Cooperation Council states Saudi Arabia and Qatar restored ties.",
     _members("Gulf Cooperation Council", "Saudi Arabia", "Qatar")),
    ("NATO states Russia and China are threats.", set()),
    ("The EU states Russia must pay.", set()),
    # --- an accession completed
    ("Finland's accession to NATO was completed in April.", _members("NATO", "Finland")),
    ("Finland completed its accession to NATO on Tuesday.", _members("NATO", "Finland")),
    # --- observers and partners
    ("Japan, Australia, New Zealand and South Korea - NATO's four Indo-Pacific partners - "
     "attended.", {(s, P, "NATO") for s in ("Japan", "Australia", "New Zealand", "South Korea")}),
    ("NATO met. The partner nations of the alliance, including Japan, attended.",
     {("Japan", P, "NATO")}),
    ("NATO's partners in the Asia-Pacific, Japan and South Korea, attended.",
     {("Japan", P, "NATO"), ("South Korea", P, "NATO")}),
    ("Mongolia is an observer of the Shanghai Cooperation Organisation.",
     {("Mongolia", P, SCO)}),
    ("Observers to the Arctic Council include China and India.",
     {("China", P, "Arctic Council"), ("India", P, "Arctic Council")}),
    ("Kazakhstan has observer status at the Organisation of Islamic Cooperation.",
     {("Kazakhstan", P, "Organisation of Islamic Cooperation")}),
    ("Turkey was granted observer status in the Arab League.", {("Turkey", P, "Arab League")}),
    ("Bangladesh has been a dialogue partner of the Shanghai Cooperation Organisation since "
     "2015.", {("Bangladesh", P, SCO)}),
    # --- the same words, nothing stated
    ("Switzerland is neither a member of NATO nor of the European Union.", set()),
    ("China is not an observer of the Arctic Council.", set()),
    ("Mongolia does not have observer status at the Shanghai Cooperation Organisation.", set()),
    ("Turkey is seeking observer status in the Arab League.", set()),
    ("NATO does not count Ukraine among its members.", set()),
    ("Ukraine, which is not a NATO member, asked for more weapons.", set()),
    ("Ukraine applied to join NATO last year.", set()),
    ("Serbia could become a member of the European Union by 2030.", set()),
    ("Finland's accession to NATO is expected next year.", set()),
    ("Hungary ratified Sweden's accession to NATO.", set()),
    ("Sweden has not completed its accession to NATO.", set()),
    ("Sweden hopes to complete its accession to NATO this year.", set()),
    ("Russia was expelled from the Council of Europe in 2022.", set()),
    ("Bosnia is a candidate country for the European Union.", set()),
    ("Argentina, Egypt, Ethiopia, Iran, Saudi Arabia and the United Arab Emirates were invited "
     "to join BRICS.", set()),
    ("Member nations Kenya and Rwanda signed the communique.", set()),
    ("Members of the European Parliament (MEPs) criticized the deal.", set()),
    ("The heads of the EU member states, Charles Michel said, would meet on Friday.", set()),
    ("Leaders of the G7 nations, meeting in Japan, condemned the launch.", set()),
    ("The islands belong to Japan, the ministry said.", set()),
    ("Kremlin observers said Russia would respond.", set()),
    ("Ukraine's partners in the European Union pledged more aid.", set()),
    ("NATO's partners in Europe and Asia met in Brussels.", set()),
    ("Western observers, including diplomats from France and Germany, were expelled.", set()),
    ("The leaders of NATO and the European Union, Jens Stoltenberg and Ursula von der Leyen, "
     "met.", set()),
]


@pytest.mark.parametrize(("text", "want"), CASES, ids=[t[:40] for t, _ in CASES])
def test_members11_sentence(nlp: Language, text: str, want: set[Triple]) -> None:
    assert claim_triples(nlp(text), (M, P)) == want
