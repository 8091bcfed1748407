"""Text -> triples table for the relation extractors, on the trained pipeline.

Every sentence here is written for this table (other regions, years and
actors than the seed articles), and every expected set is what
/work/shared/gold/GUIDELINES.md says the sentence states: all of it, so that
an extra triple fails a case as much as a missing one. Cases the extractor
gets wrong stay in the table as strict xfails whose reason names the rule
that fails; fix the rule, and the xfail turns into an XPASS failure.
"""

import pytest
from spacy.language import Language

pytestmark = pytest.mark.model

SYMMETRIC = {"metWith", "cooperatesWith"}

Triple = tuple[str, str, str]

# Why cases fail, one line per general cause (shared by the cases it explains).
INITIATIVE_NER = "a named initiative the NER does not tag is not minted as an Initiative"
COUNTRY_BODY = ("'the country' is unresolved when the speaker's state is only the demonym of "
                "their body ('Ethiopian Foreign Ministry spokesman')")
SUPPORT_FROM = "'support from X': a supporter after 'from' is not read (capital becomes a Place)"
DENIED_PLAN = "a denied plan ('has no plans to open') still mints the office and its locatedIn"
HYPHEN_NAME = "hyphen dropped from person keys ('Bashar al-Assad' -> 'Bashar al Assad')"
HOSTED_TALKS = "the host of 'talks between X and Y' is not metWith each party"
SURNAME_NER = "NER does not tag a bare surname ('Sisi') after the full name; no alias, no claim"
WELCOMED_TO = "'welcomed X to <city>' does not give X visited the city"


def xfail(text: str, want: set[Triple], reason: str) -> object:
    return pytest.param(text, want, marks=pytest.mark.xfail(reason=reason, strict=True))


CASES: list[object] = [
    # ------------------------------------------------------------ criticizes
    # Recalling one's envoy from a state protests against it.
    ("Peru recalled its ambassador from Mexico.", {("Peru", "criticizes", "Mexico")}),
    ("Kenya did not recall its ambassador from Somalia.", set()),
    # Refusing to honour an agreement opposes it; efforts to sabotage it are the owner's.
    ("The minister said Armenia refuses to implement the Tashkent Agreement.",
     {("Armenia", "opposes", "Tashkent Agreement")}),
    ("Bolivia has continued its efforts to sabotage the Lima Accord.",
     {("Bolivia", "opposes", "Lima Accord")}),
    # A bid to join is no membership yet.
    ("Ukraine's application to join the European Union was welcomed.", set()),
    # Refusing to recognize a state opposes it.
    ("Serbia refuses to recognise Kosovo.", {("Serbia", "opposes", "Kosovo")}),
    ("India condemned Pakistan.",
     {("India", "criticizes", "Pakistan")}),
    ("Egypt lashed out at Ethiopia over the filling of the dam.",
     {("Egypt", "criticizes", "Ethiopia")}),
    ("Beijing warned Manila on Tuesday.",
     {("China", "criticizes", "Philippines")}),
    ("Egypt warned against Ethiopia's dam.",
     {("Egypt", "criticizes", "Ethiopia")}),
    ("The Kremlin accused Poland of staging provocations on the border.",
     {("Russia", "criticizes", "Poland")}),
    ("Pakistan was condemned by India for the cross-border raid.",
     {("India", "criticizes", "Pakistan")}),
    ("Greece expressed concern over Turkey's military build-up in the Aegean.",
     {("Greece", "criticizes", "Turkey")}),
    ("South Africa's condemnation of Israel drew applause at the assembly.",
     {("South Africa", "criticizes", "Israel")}),
    ("Saudi Arabia and the United Arab Emirates criticized Qatar in 2017.",
     {("Saudi Arabia", "criticizes", "Qatar"),
      ("United Arab Emirates", "criticizes", "Qatar")}),
    ("Indonesia and Malaysia condemned Israel and the United States.",
     {("Indonesia", "criticizes", "Israel"), ("Indonesia", "criticizes", "United States"),
      ("Malaysia", "criticizes", "Israel"), ("Malaysia", "criticizes", "United States")}),
    ("Israel and Iran were criticized by Egypt and Jordan.",
     {("Egypt", "criticizes", "Israel"), ("Egypt", "criticizes", "Iran"),
      ("Jordan", "criticizes", "Israel"), ("Jordan", "criticizes", "Iran")}),
    ("Algeria, which has repeatedly denounced Morocco, recalled its envoy.",
     {("Algeria", "criticizes", "Morocco")}),
    ("Kenya summoned Somalia's ambassador on Monday.",
     {("Kenya", "criticizes", "Somalia")}),
    # a title "for" a government its demonym names; a mediator acts for the body named
    ("The spokesman for the Zambian government, Thabo Banda, denied the report.",
     {("Thabo Banda", "affiliatedWith", "Zambia")}),
    ("The Zambian government denied the report, Thabo Banda said.", set()),
    # the spokesperson of a titled leader acts for the leader's state
    ("Zambian President Hakainde Hichilema's spokesman, Anthony Bwalya, denied the report.",
     {("Hakainde Hichilema", "affiliatedWith", "Zambia"),
      ("Anthony Bwalya", "affiliatedWith", "Zambia")}),
    ("SADC mediator Thabo Mbeki held talks with Zimbabwean President Robert Mugabe.",
     {("Thabo Mbeki", "affiliatedWith", "Southern African Development Community"),
      ("Robert Mugabe", "affiliatedWith", "Zimbabwe"),
      ("Thabo Mbeki", "metWith", "Robert Mugabe"),
      # talks held with a named party in person are an event that both attended
      ("Thabo Mbeki", "attended", "talks"), ("Robert Mugabe", "attended", "talks")}),
    ("Turkish President Recep Tayyip Erdogan said Israel's strikes undermine peace in the region.",
     {("Recep Tayyip Erdoğan", "affiliatedWith", "Turkey"),
      ("Recep Tayyip Erdoğan", "criticizes", "Israel")}),
    ("Israeli Prime Minister Benjamin Netanyahu said Iran's nuclear programme endangers the world.",
     {("Benjamin Netanyahu", "affiliatedWith", "Israel"),
      ("Benjamin Netanyahu", "criticizes", "Iran")}),
    ("Pakistan said India was trying to destabilize the region.",
     {("Pakistan", "criticizes", "India")}),
    ("Iran said the United States poses a threat to the region.",
     {("Iran", "criticizes", "United States")}),
    ("The Kremlin warned that NATO's expansion threatens Russia.",
     {("Russia", "criticizes", "NATO")}),
    ("Tehran accused Riyadh of meddling in Lebanon.",
     {("Iran", "criticizes", "Saudi Arabia")}),
    ("The PRC criticized the Philippines.",
     {("China", "criticizes", "Philippines")}),
    ("Chinese officials criticized Lithuania.",
     {("China", "criticizes", "Lithuania")}),
    ("A Chinese Foreign Ministry spokesperson accused the Philippines of provocations.",
          {("Chinese Foreign Ministry", "criticizes", "Philippines")}),
    ("Pakistani Foreign Minister Ishaq Dar lashed out at India.",
     {("Ishaq Dar", "affiliatedWith", "Pakistan"), ("Ishaq Dar", "criticizes", "India")}),
    ("Venezuela accused Guyana of provoking a crisis.",
     {("Venezuela", "criticizes", "Guyana")}),
    ("Japan is worried that China could blockade Taiwan.",
          {("Japan", "criticizes", "China")}),
    ("The United States threatened to sanction Turkey if it bought more Russian jets.",
          {("United States", "criticizes", "Turkey")}),
    # --------------------------------------------------------------- opposes
    ("Hungary opposes Ukraine's accession talks.",
     {("Hungary", "opposes", "Ukraine")}),
    ("Pakistan voiced opposition to India's bid for a permanent seat on the Security Council.",
     {("Pakistan", "opposes", "India")}),
    ("Egypt objects to Ethiopia's unilateral filling of the reservoir.",
     {("Egypt", "opposes", "Ethiopia")}),
    ("India expressed reservations about the Belt and Road Initiative.",
          {("India", "opposes", "Belt and Road Initiative")}),
    ("Ukraine's request was rejected by Hungary.",
     {("Hungary", "opposes", "Ukraine")}),
    ("Iran and Syria reject Israel's normalization with the Gulf states.",
     {("Iran", "opposes", "Israel"), ("Syria", "opposes", "Israel")}),
    ("Turkey, which opposes Sweden's bid, blocked the vote in Brussels.",
     {("Turkey", "opposes", "Sweden")}),
    xfail("Ethiopian Foreign Ministry spokesman Nebiat Getachew said the country firmly opposes "
          "Egypt's interference.",
          {("Nebiat Getachew", "affiliatedWith", "Ethiopian Foreign Ministry"),
           ("Nebiat Getachew", "affiliatedWith", "Ethiopia"),
           ("Nebiat Getachew", "opposes", "Egypt"),
           ("Ethiopia", "opposes", "Egypt")}, COUNTRY_BODY),
    # -------------------------------------------------------------- supports
    ("Iran supports Syria.",
     {("Iran", "supports", "Syria")}),
    ("Iran's support for Syria has cost it billions.",
     {("Iran", "supports", "Syria")}),
    ("Beijing's support for Moscow has deepened.",
     {("China", "supports", "Russia")}),
    ("Germany voiced support for Ukraine's bid.",
     {("Germany", "supports", "Ukraine")}),
    ("Saudi Arabia provided aid to Sudan after the floods.",
     {("Saudi Arabia", "supports", "Sudan")}),
    ("Brazil backed Argentina's candidacy for the post.",
     {("Brazil", "supports", "Argentina")}),
    ("The African Union welcomed Kenya's decision to send police officers to Haiti.",
     {("African Union", "supports", "Kenya")}),
    ("Indian Prime Minister Narendra Modi's visit to Kyiv was welcomed by Poland.",
     {("Narendra Modi", "affiliatedWith", "India"), ("Narendra Modi", "visited", "Kyiv"),
      ("Poland", "supports", "Narendra Modi")}),
    ("Kenya pledged a thousand police officers to Haiti.",
          {("Kenya", "supports", "Haiti")}),
    ("Ukraine was backed by Poland and Lithuania throughout the winter.",
     {("Poland", "supports", "Ukraine"), ("Lithuania", "supports", "Ukraine")}),
    ("Germany supports Ukraine and Moldova.",
     {("Germany", "supports", "Ukraine"), ("Germany", "supports", "Moldova")}),
    # a state's army is a body of that state (GUIDELINES: armed forces are Bodies)
    ("Egypt, which backs Sudan's army, hosted the talks.",
     {("Egypt", "supports", "Sudanese Army")}),
    xfail("The Kremlin called the visit a show of support from Tehran.",
          {("Iran", "supports", "Russia")}, SUPPORT_FROM),
    xfail("India's proposal for the Global Biofuels Alliance Initiative won support from Brazil.",
          {("India", "proposes", "Global Biofuels Alliance Initiative"),
           ("Brazil", "supports", "India")}, SUPPORT_FROM),
    # ---------------------------------------------------------------- urges
    ("Brazil called on Venezuela to hold free elections.",
     {("Brazil", "urges", "Venezuela")}),
    ("The European Union urged Turkey to respect the rule of law.",
     {("European Union", "urges", "Turkey")}),
    ("Saudi Arabia and Kuwait urged Iran to halt its drills.",
     {("Saudi Arabia", "urges", "Iran"), ("Kuwait", "urges", "Iran")}),
    ("ASEAN invited Timor-Leste to take part in its meetings as an observer.",
     {("ASEAN", "urges", "East Timor")}),
    ("The Indian government has invited Bangladesh to join the International Solar Alliance.",
     {("India", "urges", "Bangladesh")}),
    ("Venezuela was urged by Colombia to release the detained opposition leaders.",
     {("Colombia", "urges", "Venezuela")}),
    ("India pressed Nepal and Bhutan to tighten border controls.",
     {("India", "urges", "Nepal"), ("India", "urges", "Bhutan")}),
    ("The Arab League demanded that Israel withdraw its troops.",
     {("Arab League", "urges", "Israel")}),
    ("Qatar asked Israel to allow aid into Gaza.",
     {("Qatar", "urges", "Israel")}),
    # ------------------------------------------------------------- proposes
    ("Turkey plans to open an office in Addis Ababa.",
     {("Turkey", "proposes", "office in Addis Ababa"),
      ("office in Addis Ababa", "locatedIn", "Addis Ababa")}),
    ("Kazakhstan announced plans to open an embassy in Ramallah.",
     {("Kazakhstan", "proposes", "embassy in Ramallah"),
      ("embassy in Ramallah", "locatedIn", "Ramallah")}),
    ("The African Union seeks to establish an African Union office in Brussels.",
     {("African Union", "proposes", "African Union office in Brussels"),
      ("African Union office in Brussels", "locatedIn", "Brussels")}),
    ("India's proposal for the Global Biofuels Alliance Initiative was adopted in 2023.",
     {("India", "proposes", "Global Biofuels Alliance Initiative")}),
    xfail("Indonesia proposed the ASEAN Outlook on the Indo-Pacific.",
          {("Indonesia", "proposes", "ASEAN Outlook on the Indo-Pacific")}, INITIATIVE_NER),
    ("Saudi Arabia proposed the Middle East Green Initiative.",
          {("Saudi Arabia", "proposes", "Middle East Green Initiative")}),
    ("Pakistan lobbied for the China-Pakistan Economic Corridor.",
          {("Pakistan", "proposes", "China-Pakistan Economic Corridor")}),
    ('Brazil proposed a "BRICS common currency" at the meeting.',
          {("Brazil", "proposes", "BRICS common currency")}),
    # ------------------------------------------------------------- sanctions
    ("The United States sanctioned Venezuela.",
     {("United States", "sanctions", "Venezuela")}),
    ("The European Union imposed sanctions on Belarus.",
     {("European Union", "sanctions", "Belarus")}),
    ("Canada announced new sanctions against Iran on Friday.",
     {("Canada", "sanctions", "Iran")}),
    ("Iran was sanctioned by the United Kingdom.",
     {("United Kingdom", "sanctions", "Iran")}),
    ("The European Union and Britain imposed sanctions on Myanmar.",
     {("European Union", "sanctions", "Myanmar"), ("United Kingdom", "sanctions", "Myanmar")}),
    ("Britain's sanctions against Russia have hit its banks.",
     {("United Kingdom", "sanctions", "Russia")}),
    ("Washington imposed sanctions on Caracas.",
     {("United States", "sanctions", "Venezuela")}),
    ("South Korea joined the sanctions against Russia in 2022.",
     {("South Korea", "sanctions", "Russia")}),
    ("Japan joined in US-led sanctions against Russia.",
     {("Japan", "sanctions", "Russia"), ("United States", "sanctions", "Russia")}),
    # --------------------------------------------------------------- attacks
    # An operation or action is an attack only with a word of force; a place can be attacked.
    ("The envoy denounced Ethiopian military action in Mekelle.",
     {("Ethiopia", "attacks", "Mekelle")}),
    ("France launched a rescue operation in Chad.", set()),
    # A continent is where an attack happens, not its target.
    ("Analysts warned of Iranian aggression in Asia.", set()),
    # "U.S.-led": the tokenizer keeps it whole; the pipeline splits it.
    ("Protesters marched against the U.S.-led invasion of Afghanistan.",
     {("United States", "attacks", "Afghanistan")}),
    ("Azerbaijan attacked Armenia in September 2022.",
     {("Azerbaijan", "attacks", "Armenia")}),
    ("Russia's invasion of Ukraine shook Europe.",
     {("Russia", "attacks", "Ukraine")}),
    ("Israel struck Iran on Friday.",
     {("Israel", "attacks", "Iran")}),
    ("Iran's attacks on Israel alarmed the region.",
     {("Iran", "attacks", "Israel")}),
    ("India launched strikes on Pakistan.",
     {("India", "attacks", "Pakistan")}),
    ("Iran launched missiles at Israel.",
          {("Iran", "attacks", "Israel")}),
    ("Saudi Arabia waged war on Yemen for years.",
     {("Saudi Arabia", "attacks", "Yemen")}),
    ("Ukraine was invaded by Russia in February 2022.",
     {("Russia", "attacks", "Ukraine")}),
    ("The Iraqi invasion of Kuwait began in 1990.",
     {("Iraq", "attacks", "Kuwait")}),
    ("Eritrea condemned Ethiopia's aggression against Somalia.",
     {("Eritrea", "criticizes", "Ethiopia"), ("Ethiopia", "attacks", "Somalia")}),
    # --------------------------------------------------------------- metWith
    ("Indian Prime Minister Narendra Modi met Pakistani Prime Minister Shehbaz Sharif.",
     {("Narendra Modi", "affiliatedWith", "India"),
      ("Shehbaz Sharif", "affiliatedWith", "Pakistan"),
      ("Narendra Modi", "metWith", "Shehbaz Sharif")}),
    ("Luiz Inacio Lula da Silva held talks with Xi Jinping.",
          {("Luiz Inácio Lula da Silva", "metWith", "Xi Jinping"),
           ("Luiz Inácio Lula da Silva", "attended", "talks"),
           ("Xi Jinping", "attended", "talks")}),
    ("US President Joe Biden met Narendra Modi, Anthony Albanese and Fumio Kishida.",
     {("Joe Biden", "affiliatedWith", "United States"),
      ("Joe Biden", "metWith", "Narendra Modi"),
      ("Joe Biden", "metWith", "Anthony Albanese"),
      ("Joe Biden", "metWith", "Fumio Kishida")}),
    ("Kenyan President William Ruto arrived in Addis Ababa on Monday. "
          "He met Ethiopian Prime Minister Abiy Ahmed.",
          {("William Ruto", "affiliatedWith", "Kenya"),
           ("William Ruto", "visited", "Addis Ababa"),
           ("William Ruto", "metWith", "Abiy Ahmed"),
           ("Abiy Ahmed", "affiliatedWith", "Ethiopia")}),
    ("Kenyan President William Ruto arrived in Addis Ababa. He held talks with Abiy Ahmed.",
     {("William Ruto", "affiliatedWith", "Kenya"),
      ("William Ruto", "visited", "Addis Ababa"),
      ("William Ruto", "metWith", "Abiy Ahmed"),
      ("William Ruto", "attended", "talks"), ("Abiy Ahmed", "attended", "talks")}),
    ("Chinese Foreign Minister Wang Yi met his Indian counterpart Subrahmanyam Jaishankar.",
     {("Wang Yi", "affiliatedWith", "China"),
      ("Wang Yi", "metWith", "Subrahmanyam Jaishankar"),
      ("Subrahmanyam Jaishankar", "affiliatedWith", "India")}),
    ("Emir Tamim bin Hamad Al Thani hosted Iranian President Masoud Pezeshkian.",
     {("Tamim bin Hamad Al Thani", "metWith", "Masoud Pezeshkian"),
      ("Masoud Pezeshkian", "affiliatedWith", "Iran"),
      # the officeholders table has him as Qatar's emir: the title names his state
      ("Tamim bin Hamad Al Thani", "affiliatedWith", "Qatar")}),
    xfail("Saudi Crown Prince Mohammed bin Salman welcomed Syrian President Bashar al-Assad "
          "to Jeddah.",
          {("Mohammed bin Salman", "affiliatedWith", "Saudi Arabia"),
           ("Bashar al-Assad", "affiliatedWith", "Syria"),
           ("Mohammed bin Salman", "metWith", "Bashar al-Assad"),
           ("Bashar al-Assad", "visited", "Jeddah")}, HYPHEN_NAME + "; " + WELCOMED_TO),
    # a meeting the text places is an event even undated (the article dates it)
    ("Armenia and Azerbaijan held talks in Washington.",
     {("Armenia", "metWith", "Azerbaijan"), ("Armenia", "attended", "talks in Washington"),
      ("Azerbaijan", "attended", "talks in Washington"),
      ("talks in Washington", "locatedIn", "Washington")}),
    ("Japan, the Philippines and the United States held trilateral talks in Washington.",
     {("Japan", "metWith", "Philippines"), ("Japan", "metWith", "United States"),
      ("Philippines", "metWith", "United States")} | {
         (s, "attended", "trilateral talks in Washington")
         for s in ("Japan", "Philippines", "United States")} | {
         ("trilateral talks in Washington", "locatedIn", "Washington")}),
    ("Talks between Ethiopia and Egypt collapsed in 2021.",
     {("Ethiopia", "metWith", "Egypt")}),
    xfail("Beijing hosted talks between Saudi Arabia and Iran.",
          {("China", "metWith", "Saudi Arabia"), ("China", "metWith", "Iran"),
           ("Saudi Arabia", "metWith", "Iran")}, HOSTED_TALKS),
    ("Abiy Ahmed was received by Xi Jinping.",
     {("Xi Jinping", "metWith", "Abiy Ahmed")}),
    ("Narendra Modi and Shehbaz Sharif met in Astana.",
     {("Narendra Modi", "metWith", "Shehbaz Sharif")}),
    ("In Moscow, Narendra Modi met Vladimir Putin.",
     {("Narendra Modi", "metWith", "Vladimir Putin")}),
    ("The Gulf states, including Qatar and Oman, welcomed Iran's foreign minister.",
          {("Qatar", "metWith", "Iran"), ("Oman", "metWith", "Iran")}),
    xfail("Egyptian President Abdel Fattah el-Sisi criticized Ethiopia. "
          "Sisi also met Sudanese leaders.",
          {("Abdel Fattah el-Sisi", "affiliatedWith", "Egypt"),
           ("Abdel Fattah el-Sisi", "criticizes", "Ethiopia"),
           ("Abdel Fattah el-Sisi", "metWith", "Sudan")}, HYPHEN_NAME + "; " + SURNAME_NER),
    # --------------------------------------------------------------- visited
    ("Narendra Modi visited Ukraine in August.",
     {("Narendra Modi", "visited", "Ukraine")}),
    ("Brazilian President Luiz Inacio Lula da Silva arrived in Nairobi on Tuesday.",
     {("Luiz Inácio Lula da Silva", "affiliatedWith", "Brazil"),
      ("Luiz Inácio Lula da Silva", "visited", "Nairobi")}),
    ("Narendra Modi's trip to Moscow drew criticism.",
     {("Narendra Modi", "visited", "Moscow")}),
    ("Recep Tayyip Erdogan travelled to Baghdad.",
          {("Recep Tayyip Erdoğan", "visited", "Baghdad")}),
    ("Argentina's President Javier Milei travelled to Israel.",
     {("Javier Milei", "affiliatedWith", "Argentina"), ("Javier Milei", "visited", "Israel")}),
    # a title without its state, read against the officeholders table
    ("Foreign Minister Wang Yi visited Islamabad.",
     {("Wang Yi", "visited", "Islamabad"), ("Wang Yi", "affiliatedWith", "China")}),
    ("Annalena Baerbock, Germany's foreign minister, flew to Riyadh. "
     "She met Saudi Foreign Minister Faisal bin Farhan.",
     {("Annalena Baerbock", "affiliatedWith", "Germany"),
      ("Annalena Baerbock", "visited", "Riyadh"),
      ("Annalena Baerbock", "metWith", "Faisal bin Farhan"),
      ("Faisal bin Farhan", "affiliatedWith", "Saudi Arabia")}),
    # -------------------------------------------------------- cooperatesWith
    # A joint undertaking named by its parties' demonyms, or "with" a partner.
    ("The dam is a joint Ethiopian-Sudanese project.", {("Ethiopia", "cooperatesWith", "Sudan")}),
    ("Indonesia held naval drills with Australia in the Timor Sea.",
     {("Indonesia", "cooperatesWith", "Australia"), ("Indonesia", "attended", "naval drills"),
      ("Australia", "attended", "naval drills"), ("naval drills", "locatedIn", "Timor Sea")}),
    # An effort to join is no joint effort.
    ("Georgia's efforts to join NATO stalled.", set()),
    # An infinitive on a noun of the subjects' will is their act.
    ("Ghana and Togo confirmed their willingness to cooperate on border security.",
     {("Ghana", "cooperatesWith", "Togo")}),
    ("Chile and Peru expressed readiness to strengthen their partnership.",
     {("Chile", "cooperatesWith", "Peru")}),
    # A decision of others that the subject welcomes is not the subject's will (welcoming
    # their act is support).
    ("Brazil welcomed the decision to deepen cooperation between Bolivia and Paraguay.",
     {("Bolivia", "cooperatesWith", "Paraguay"), ("Brazil", "supports", "Bolivia"),
      ("Brazil", "supports", "Paraguay")}),
    ("India and the United States agreed to deepen their defence partnership.",
     {("India", "cooperatesWith", "United States")}),
    ("Egypt and Saudi Arabia agreed to deepen cooperation.",
     {("Egypt", "cooperatesWith", "Saudi Arabia")}),
    ("Egypt cooperates with Sudan on water security.",
     {("Egypt", "cooperatesWith", "Sudan")}),
    ("Saudi Arabia and Iran signed an agreement to restore diplomatic relations.",
          {("Saudi Arabia", "cooperatesWith", "Iran")}),
    ("In Beijing, Saudi Arabia and Iran agreed to restore ties.",
     {("Saudi Arabia", "cooperatesWith", "Iran")}),
    ("Abiy Ahmed, Ethiopia's prime minister, and Isaias Afwerki, the Eritrean president, "
          "signed a peace deal.",
          {("Abiy Ahmed", "affiliatedWith", "Ethiopia"),
           ("Isaias Afwerki", "affiliatedWith", "Eritrea"),
           ("Abiy Ahmed", "cooperatesWith", "Isaias Afwerki")}),
    ("Turkey stepped up its cooperation with Azerbaijan.",
     {("Turkey", "cooperatesWith", "Azerbaijan")}),
    ("Israel, a close ally of the United States, bought more fighter jets.",
     {("Israel", "cooperatesWith", "United States")}),
    ("The United States is Israel's closest ally.",
     {("United States", "cooperatesWith", "Israel")}),
    ("Brazil's growing ties with China worry some investors.",
     {("Brazil", "cooperatesWith", "China")}),
    ("India's strategic partnership with France has grown.",
     {("India", "cooperatesWith", "France")}),
    ("China and Pakistan are moving closer together.",
     {("China", "cooperatesWith", "Pakistan")}),
    ("Senegal and Gambia pledged to work together against smuggling.",
     {("Senegal", "cooperatesWith", "Gambia")}),
    ("Senegal and Gambia have yet to work together.", set()),
    ("Mercosur member Uruguay signed a trade agreement with China.",
     {("Uruguay", "memberOf", "Mercosur"), ("Uruguay", "cooperatesWith", "China")}),
    # ------------------------------------------------------------- partnerOf
    ("Colombia is a NATO partner.",
     {("Colombia", "partnerOf", "NATO")}),
    ("NATO partner Colombia sent observers.",
     {("Colombia", "partnerOf", "NATO")}),
    ("ASEAN's dialogue partners, India and Australia, sent delegations.",
     {("India", "partnerOf", "ASEAN"), ("Australia", "partnerOf", "ASEAN")}),
    ("NATO values its partners, Georgia and Moldova.",
     {("Georgia", "partnerOf", "NATO"), ("Moldova", "partnerOf", "NATO")}),
    ("Egypt is a partner of the European Union.",
     {("Egypt", "partnerOf", "European Union")}),
    ("India is among ASEAN's dialogue partners.",
     {("India", "partnerOf", "ASEAN")}),
    # Hosting or chairing an event is taking part; a host's title names no participant.
    ("The SADC summit opened in Lusaka on Monday. The summit was hosted by Hakainde "
     "Hichilema, Zambia's president.",
     {("Hakainde Hichilema", "attended", "SADC summit"),
      ("Hakainde Hichilema", "affiliatedWith", "Zambia"),
      ("SADC summit", "locatedIn", "Lusaka")}),
    ("Kenya chaired the IGAD summit in Djibouti.",
     {("Kenya", "attended", "IGAD summit"), ("IGAD summit", "locatedIn", "Djibouti")}),
    # -------------------------------------------------------------- memberOf
    # An organization's countries, listed in apposition or after "including".
    ("The Mercosur countries, Argentina, Brazil, Paraguay and Uruguay, set common tariffs.",
     {("Argentina", "memberOf", "Mercosur"), ("Brazil", "memberOf", "Mercosur"),
      ("Paraguay", "memberOf", "Mercosur"), ("Uruguay", "memberOf", "Mercosur")}),
    ("The ASEAN states, including Vietnam and Laos, backed the plan.",
     {("Vietnam", "memberOf", "ASEAN"), ("Laos", "memberOf", "ASEAN")}),
    # "ORG member states, including A and B"; "X is part of ORG"; a state on a council.
    ("The SADC member states, including Zambia and Malawi, backed the plan.",
     {("Zambia", "memberOf", "Southern African Development Community"),
      ("Malawi", "memberOf", "Southern African Development Community")}),
    ("Kyrgyzstan is part of the Eurasian Economic Union.",
     {("Kyrgyzstan", "memberOf", "Eurasian Economic Union")}),
    ("Crimea is part of Ukraine.", set()),
    ("Brazil is a non-permanent member of the UN Security Council.",
     {("Brazil", "memberOf", "UN Security Council")}),
    # "X and its ORG allies": X is a member too.
    ("The plan worried Canada and its NATO allies.", {("Canada", "memberOf", "NATO")}),
    # A state that chairs an organization is a member of it.
    ("Leaders discussed Kazakhstan's chairmanship of the Shanghai Cooperation Organisation.",
     {("Kazakhstan", "memberOf", "Shanghai Cooperation Organisation")}),
    ("The presidency of Nelson Mandela ended in 1999.", set()),
    # Countries of a continent are no members of anything.
    ("African countries such as Kenya and Ghana backed the plan.", set()),
    ("Finland joined NATO in 2023.",
     {("Finland", "memberOf", "NATO")}),
    ("ASEAN member states Indonesia, Malaysia and Vietnam sent ministers.",
     {("Indonesia", "memberOf", "ASEAN"), ("Malaysia", "memberOf", "ASEAN"),
      ("Vietnam", "memberOf", "ASEAN")}),
    ("The Shanghai Cooperation Organisation members India and Pakistan held drills.",
     {("India", "memberOf", "Shanghai Cooperation Organisation"),
      ("Pakistan", "memberOf", "Shanghai Cooperation Organisation")}),
    ("Egypt, Ethiopia and Iran joined BRICS in 2024.",
     {("Egypt", "memberOf", "BRICS"), ("Ethiopia", "memberOf", "BRICS"),
      ("Iran", "memberOf", "BRICS")}),
    ("Turkey, a member of NATO, bought Russian missiles.",
     {("Turkey", "memberOf", "NATO")}),
    ("Estonia and Latvia are members of the European Union.",
     {("Estonia", "memberOf", "European Union"), ("Latvia", "memberOf", "European Union")}),
    ("Sweden joined NATO in 2024. Its accession was welcomed by Finland.",
          {("Sweden", "memberOf", "NATO"), ("Finland", "supports", "Sweden")}),
    # A light verb's object with the verb's "to": "conveyed her congratulations to X".
    ("Maria Lopez conveyed her congratulations to John Carter.",
     {("Maria Lopez", "supports", "John Carter")}),
    # Congratulating is praise: support.
    ("Cyril Ramaphosa congratulated Hakainde Hichilema on his election victory.",
     {("Cyril Ramaphosa", "supports", "Hakainde Hichilema")}),
    # -------------------------------------------------------- affiliatedWith
    # A name "of" a body or state, or "from" a body.
    ("Raila Odinga of the Orange Democratic Movement addressed the rally.",
     {("Raila Odinga", "affiliatedWith", "Orange Democratic Movement")}),
    ("Mwai Kibaki of Kenya met Yoweri Museveni of Uganda.",
     {("Mwai Kibaki", "affiliatedWith", "Kenya"), ("Yoweri Museveni", "affiliatedWith", "Uganda"),
      ("Mwai Kibaki", "metWith", "Yoweri Museveni")}),
    # "from" a state may be where one comes from: nothing.
    ("Jean Dupont from Kenya won the race.", set()),
    ("Indian External Affairs Minister Subrahmanyam Jaishankar arrived late.",
          {("Subrahmanyam Jaishankar", "affiliatedWith", "India")}),
    ("Pedro Sanchez, the Spanish prime minister, spoke first.",
     {("Pedro Sánchez", "affiliatedWith", "Spain")}),
    ("Iranian Foreign Ministry spokesman Nasser Kanaani spoke on Monday.",
     {("Nasser Kanaani", "affiliatedWith", "Iranian Foreign Ministry"),
      ("Nasser Kanaani", "affiliatedWith", "Iran")}),
    ("Josep Borrell, the European Union's foreign policy chief, left early.",
     {("Josep Borrell", "affiliatedWith", "European Union")}),
    ("ASEAN Secretary-General Kao Kim Hourn opened the session.",
     {("Kao Kim Hourn", "affiliatedWith", "ASEAN")}),
    # -------------------------------------------------- attended / locatedIn
    ("Brazilian President Luiz Inacio Lula da Silva attended the G20 summit in New Delhi.",
     {("Luiz Inácio Lula da Silva", "affiliatedWith", "Brazil"),
      ("Luiz Inácio Lula da Silva", "attended", "G20 summit"),
      ("G20 summit", "locatedIn", "New Delhi")}),
    ("Cyril Ramaphosa took part in the BRICS summit in Kazan.",
          {("Cyril Ramaphosa", "attended", "BRICS summit"),
           ("BRICS summit", "locatedIn", "Kazan")}),
    ("Indonesia, Malaysia and Thailand participated in the ASEAN summit in Vientiane.",
          {("Indonesia", "attended", "ASEAN summit"), ("Malaysia", "attended", "ASEAN summit"),
           ("Thailand", "attended", "ASEAN summit"),
           ("ASEAN summit", "locatedIn", "Vientiane")}),
    ("The African Union summit opened in Addis Ababa. "
          "Kenyan President William Ruto attended the summit.",
          {("African Union summit", "locatedIn", "Addis Ababa"),
           ("William Ruto", "affiliatedWith", "Kenya"),
           ("William Ruto", "attended", "African Union summit")}),
    ("Chinese Defence Minister Dong Jun attended the Shangri-La Dialogue in Singapore.",
     {("Dong Jun", "affiliatedWith", "China"),
      ("Dong Jun", "attended", "Shangri-La Dialogue"),
      ("Shangri-La Dialogue", "locatedIn", "Singapore")}),
    ("Ethiopia's capital Addis Ababa hosts the headquarters of the African Union.",
     {("Addis Ababa", "locatedIn", "Ethiopia")}),
    # ---------------------------------------- coreference of the organization
    ("NATO leaders gathered on Tuesday. The alliance condemned Russia.",
     {("NATO", "criticizes", "Russia")}),
    ("European Union ministers gathered in Brussels on Monday. "
     "The bloc imposed sanctions on Belarus.",
     {("European Union", "sanctions", "Belarus")}),
    ("NATO held drills in Estonia. Moscow slammed the US-led bloc for expanding east.",
     {("Russia", "criticizes", "NATO"), ("NATO", "attended", "drills"),
      ("drills", "locatedIn", "Estonia")}),
    # ------------------------------------------- lists, organs, presence, datelines
    ("The African Union met. Mauritania, one of the bloc's 55 member states, declined.",
     {("Mauritania", "memberOf", "African Union")}),
    ("Estonia is one of NATO's member states.", {("Estonia", "memberOf", "NATO")}),
    ("Moussa Faki Mahamat, chairperson of the African Union Commission, urged Sudan to talk.",
     {("Moussa Faki Mahamat", "affiliatedWith", "African Union Commission"),
      ("Moussa Faki Mahamat", "affiliatedWith", "African Union"),
      ("Moussa Faki Mahamat", "urges", "Sudan")}),
    ("Narendra Modi and Xi Jinping held talks on the sidelines of the BRICS summit in Kazan.",
     {("Narendra Modi", "metWith", "Xi Jinping"), ("Narendra Modi", "attended", "BRICS summit"),
      ("Xi Jinping", "attended", "BRICS summit"), ("BRICS summit", "locatedIn", "Kazan")}),
    ("NAIROBI, May 2 — Kenya condemned the attack on its embassy.", set()),
    ("India refrained from condemning Russia.", set()),
    ("Sudan's foreign ministry rejected the draft. Its spokesman, Ali al-Sadiq, accused "
     "Kenya of meddling.",
     {("Ali al-Sadiq", "affiliatedWith", "Sudanese Foreign Ministry"),
      ("Ali al-Sadiq", "affiliatedWith", "Sudan"), ("Ali al-Sadiq", "criticizes", "Kenya")}),
    ("Abiy Ahmed held talks with William Ruto. The two leaders agreed to deepen cooperation.",
     {("Abiy Ahmed", "metWith", "William Ruto"), ("Abiy Ahmed", "cooperatesWith", "William Ruto"),
      ("Abiy Ahmed", "attended", "talks"), ("William Ruto", "attended", "talks")}),
    ("Armenia and Azerbaijan clashed again. Iran urged both sides to show restraint.",
     {("Iran", "urges", "Armenia"), ("Iran", "urges", "Azerbaijan")}),
    ("The G7 vowed to stand by Ukraine.", {("G7", "supports", "Ukraine")}),
    ("The United States has provided Kyiv with military aid.",
     {("United States", "supports", "Ukraine")}),
    ("The EU took aim at Hungary's veto.", {("European Union", "criticizes", "Hungary")}),
    ("The summit in Hiroshima was attended by Japanese Prime Minister Fumio Kishida, "
     "U.S. President Joe Biden and French President Emmanuel Macron.", {
         ("Fumio Kishida", "affiliatedWith", "Japan"), ("Joe Biden", "affiliatedWith",
                                                         "United States"),
         ("Emmanuel Macron", "affiliatedWith", "France")} | {
         # (not the state of a title: "U.S." of "U.S. President NAME" only says whom
         # he serves, like the demonyms)
         (s, "attended", "summit in Hiroshima") for s in (
             "Fumio Kishida", "Joe Biden", "Emmanuel Macron")} | {
         ("summit in Hiroshima", "locatedIn", "Hiroshima")}),
    ("Armenia and Azerbaijan held talks in Washington on Monday.",
     {("Armenia", "metWith", "Azerbaijan"), ("Armenia", "attended", "talks in Washington"),
      ("Azerbaijan", "attended", "talks in Washington"),
      ("talks in Washington", "locatedIn", "Washington")}),
    ("The talks in Doha on Sunday were hosted by Qatar.",
     {("Qatar", "attended", "talks in Doha"), ("talks in Doha", "locatedIn", "Doha")}),
    ("Japan voiced concern that Beijing could blockade Taiwan.",
     {("Japan", "criticizes", "China")}),
    ("Turkey blocked Sweden's bid.", {("Turkey", "opposes", "Sweden")}),
    ("Ukraine's delegation was led by Andriy Yermak.",
     {("Andriy Yermak", "affiliatedWith", "Ukraine")}),
    ("John Kirby praised Qatar for its mediation.", {("John Kirby", "supports", "Qatar")}),
    ("EU foreign policy chief Josep Borrell hosted the talks. Borrell first met Serbian "
     "President Aleksandar Vucic and Kosovo Prime Minister Albin Kurti separately.",
     {("Josep Borrell", "affiliatedWith", "European Union"),
      ("Aleksandar Vučić", "affiliatedWith", "Serbia"),
      ("Albin Kurti", "affiliatedWith", "Kosovo"),
      ("Josep Borrell", "metWith", "Aleksandar Vučić"),
      ("Josep Borrell", "metWith", "Albin Kurti")}),
    ("Saudi Arabia accused Iran of arming Syria.",
     {("Saudi Arabia", "criticizes", "Iran"), ("Iran", "supports", "Syria")}),
    ("Officials from 40 countries, including Chile and Peru, wrapped up two days of talks "
     "in the port city of Valparaiso on Sunday.",
     {("Chile", "attended", "talks in Valparaiso"), ("Peru", "attended", "talks in Valparaiso"),
      ("talks in Valparaiso", "locatedIn", "Valparaiso")}),
    ("China criticized the AUKUS pact signed by Canberra, London and Washington.",
     {("China", "criticizes", "AUKUS"), ("Australia", "cooperatesWith", "United Kingdom"),
      ("Australia", "cooperatesWith", "United States"),
      ("United Kingdom", "cooperatesWith", "United States")}),
    ("The African Union hailed Ethiopia for hosting the talks.",
     {("African Union", "supports", "Ethiopia")}),
    ("Germany pledged 500 million euros in military aid to Ukraine.",
     {("Germany", "supports", "Ukraine")}),
    ("Egypt and Qatar are mediating between Israel and Hamas.",
     {("Egypt", "metWith", "Israel"), ("Egypt", "metWith", "Hamas"),
      ("Qatar", "metWith", "Israel"), ("Qatar", "metWith", "Hamas")}),
    ("Japan lodged a protest with China over the incursion.",
     {("Japan", "criticizes", "China")}),
    ("Vietnam's foreign ministry spokeswoman Pham Thu Hang spoke on Thursday.",
     {("Pham Thu Hang", "affiliatedWith", "Vietnam"),
      ("Pham Thu Hang", "affiliatedWith", "Vietnamese Foreign Ministry")}),
    ("Indonesian President Joko Widodo visited Beijing, Tokyo and Seoul last week.",
     {("Joko Widodo", "affiliatedWith", "Indonesia"), ("Joko Widodo", "visited", "Beijing"),
      ("Joko Widodo", "visited", "Tokyo"), ("Joko Widodo", "visited", "Seoul")}),
    ("Finland became the 31st member of NATO in April.", {("Finland", "memberOf", "NATO")}),
    ("Canada expelled a Chinese diplomat.", {("Canada", "criticizes", "China")}),
    ("Qatar's prime minister met David Barnea before receiving a Hamas delegation.",
     {("Qatar", "metWith", "David Barnea"), ("Qatar", "metWith", "Hamas")}),
    ("Kenya, Uganda and Tanzania signed a customs pact. The three countries also agreed "
     "to cooperate on security.",
     {("Kenya", "cooperatesWith", "Uganda"), ("Kenya", "cooperatesWith", "Tanzania"),
      ("Uganda", "cooperatesWith", "Tanzania")}),
    # ----------------------------------------- negated and hypothetical acts
    ("Analysts doubt that Russia will attack Finland.", set()),
    ("Officials denied that Japan sanctioned Russia.", set()),
    ("Moscow warned the West against supplying missiles to Kyiv.", set()),
    ("Macron will meet Modi in Paris next week.", set()),
    ("Lula will visit Beijing in April.", set()),
    ("Sweden pledged not to provide support to Syria.", set()),
    ("Iran vowed to attack Israel.", set()),
    ("Serbia is straining its ties with Brussels.", set()),
    ("India did not condemn Russia.", set()),
    ("Brazil refused to criticize Venezuela.", set()),
    ("India refrained from condemning Russia.", set()),
    ("Brazil stopped short of criticizing Venezuela.", set()),
    ("The European Union would sanction Turkey if it drilled off Cyprus.", set()),
    ("Iran could attack Israel within days.", set()),
    ("If Iran attacks Israel, the United States will defend it.", set()),
    ("Israel denied attacking Iran.", set()),
    ("NATO does not regard China as an adversary.", set()),
    ("Egypt is willing to help Sudan.", set()),
    ("Saudi Arabia has never held talks with Israel.", set()),
    ("Turkey has not met Armenia since 2009.", set()),
    ("Iran denied arming Russia.", set()),
    ("Ukraine hopes to join NATO.", set()),
    ("Kenya and Tanzania are not members of the Arab League.", set()),
    xfail("China has no plans to open an office in Kabul.", set(), DENIED_PLAN),
    ("Narendra Modi might visit Pakistan next year.", set()),
    ("Hungary abstained in the vote on Ukraine.", set()),
    ("Indonesia declined to join the sanctions against Russia.", set()),
    ("Nigeria did not support sanctions on Niger.", set()),
    ("Whether Turkey will support Sweden remains unclear.", set()),
    ("Relations between India and China improved.", set()),
    ("Israel and Iran are not cooperating.", set()),
    ("The war in Sudan has displaced millions.", set()),
    # ------------------------------- constructions of real copy (named rules)
    # speech.labeling: a negative label for an actor's act criticizes the actor
    ("Iran called the American sanctions a crime.",
     {("Iran", "criticizes", "United States")}),
    # speech.criticizes: a reported clause with a negative predicate
    ("Venezuela said Guyana's claim was illegal.",
     {("Venezuela", "criticizes", "Guyana")}),
    # verb.directive: telling someone to act
    ("Egypt told Sudan to withdraw its troops.",
     {("Egypt", "urges", "Sudan")}),
    # verb.prep: the source of a demand, hung on its object by the parser
    ("Nicaragua demanded an apology from Costa Rica.",
     {("Nicaragua", "urges", "Costa Rica")}),
    # nominal.trigger: "a critic of"
    ("Chile is an outspoken critic of Venezuela.",
     {("Chile", "criticizes", "Venezuela")}),
    # a singular relative clause is about its own conjunct only
    ("Maria Lopez and John Carter, who is visiting Chile, met on Monday.",
     {("John Carter", "visited", "Chile"), ("Maria Lopez", "metWith", "John Carter")}),
    # kg_initiatives: an agreement named by its parties is an initiative one can oppose
    ("Kenya rejected the ceasefire agreement between Ethiopia and Eritrea.",
     {("Kenya", "opposes", "ceasefire agreement"), ("Ethiopia", "cooperatesWith", "Eritrea")}),
    # welcoming X's act supports X (the initiative's owner)
    ("Morocco welcomed Spain's proposal.",
     {("Morocco", "supports", "Spain")}),
    # kg_events: a placed and dated meeting is an event, "the talks" refer back to it
    ("Ghana and Togo held talks in Accra on Friday. The talks ended without a deal.",
     {("Ghana", "attended", "talks in Accra"), ("Togo", "attended", "talks in Accra"),
      ("Ghana", "metWith", "Togo"), ("talks in Accra", "locatedIn", "Accra")}),
    # an unnamed meeting neither placed nor dated is no event
    ("Ghana and Togo held talks.", {("Ghana", "metWith", "Togo")}),
    # a participle beside a call is an act of its own, not part of the call
    ("Canada called for the release of the prisoners, supporting Norway's demand.",
     {("Canada", "supports", "Norway")}),
    # a list after "such as" names its members
    ("Washington has been encouraging allies such as Japan to limit exports.",
     {("United States", "urges", "Japan")}),
    # list.grouping: an organization defined by the states it groups
    ("Mercosur is a trade bloc of four countries, Brazil, Argentina, Uruguay and Paraguay.",
     {("Brazil", "memberOf", "Mercosur"), ("Argentina", "memberOf", "Mercosur"),
      ("Uruguay", "memberOf", "Mercosur"), ("Paraguay", "memberOf", "Mercosur")}),
    # list.comprises: an organization that includes the states it names
    ("The EAC, which includes Kenya, Uganda and Tanzania, met in Arusha.",
     {("Kenya", "memberOf", "East African Community"),
      ("Uganda", "memberOf", "East African Community"),
      ("Tanzania", "memberOf", "East African Community")}),
    # members after a colon, "as a member of", "and other members"
    ("The meeting brought together the heads of the CSTO member states: Armenia, Belarus and "
     "Tajikistan.",
     {("Armenia", "memberOf", "Collective Security Treaty Organization"),
      ("Belarus", "memberOf", "Collective Security Treaty Organization"),
      ("Tajikistan", "memberOf", "Collective Security Treaty Organization")}),
    ("Kenya, as a member of the East African Community, signed the deal.",
     {("Kenya", "memberOf", "East African Community")}),
    ("Vietnam and other ASEAN members objected.", {("Vietnam", "memberOf", "ASEAN")}),
    # nominal.anti: the holder of an "anti-X" stance opposes X
    ("Hungary's anti-EU campaign drew criticism.", {("Hungary", "opposes", "European Union")}),
    # a trigger noun that modifies another noun ("containment efforts against X")
    ("Washington stepped up its containment efforts against Iran.",
     {("United States", "opposes", "Iran")}),
    # thanking someone for their support: they support the thanker
    ("Kenya thanked Ethiopia for Ethiopia's support.", {("Ethiopia", "supports", "Kenya")}),
    # "thanked X for its support": "its" is the thanked one
    ("Kenya thanked Uganda for its support.", {("Uganda", "supports", "Kenya")}),
    # nominal.compound_participle: "the X-backed Y"
    ("The Iran-backed Houthis seized a ship.", {("Iran", "supports", "Houthis")}),
    # withdrawing from an agreement opposes it
    ("Washington withdrew from the Paris Agreement.",
     {("United States", "opposes", "Paris Agreement")}),
    # sanctions one is under
    ("Belarus remains under EU sanctions.", {("European Union", "sanctions", "Belarus")}),
    # the authors of a statement are the agent of a passive
    ("Serbia was condemned in a joint statement by Croatia and Slovenia.",
     {("Croatia", "criticizes", "Serbia"), ("Slovenia", "criticizes", "Serbia")}),
    # speech.according_to: a negative claim is its source's
    ("According to Ankara, Athens undermined the talks.", {("Turkey", "criticizes", "Greece")}),
    # a title after a name that stands before the next name is the next person's
    ("The call brought together President of Chile Maria Lopez, President of Peru John Carter, "
     "President of Bolivia Ana Silva and others.",
     {("Maria Lopez", "affiliatedWith", "Chile"), ("John Carter", "affiliatedWith", "Peru"),
      ("Ana Silva", "affiliatedWith", "Bolivia")}),
    # a title whose name the parser hangs on "of" is the named person
    ("Olaf Scholz and President of Kenya William Ruto held talks.",
     {("Olaf Scholz", "metWith", "William Ruto"), ("William Ruto", "affiliatedWith", "Kenya")}),
    # kg_pairs: "they" after a coordinated subject are its members
    ("Egypt, Greece and Cyprus met in Cairo on Wednesday. They called on Turkey to halt its "
     "drilling.",
     {("Egypt", "metWith", "Greece"), ("Egypt", "metWith", "Cyprus"),
      ("Greece", "metWith", "Cyprus"), ("Egypt", "urges", "Turkey"),
      ("Greece", "urges", "Turkey"), ("Cyprus", "urges", "Turkey")}),
    ("The ships left port on Monday. They were stopped by the navy.", set()),
    ("Maria Lopez spoke with John Carter. The leaders said the talks went well. They agreed to "
     "deepen cooperation.",
     {("Maria Lopez", "metWith", "John Carter"), ("Maria Lopez", "cooperatesWith", "John Carter")}),
    # a placed and dated meeting of the leaders of three states: each attended, each pair met
    ("The trilateral meeting of the leaders of Kenya, Uganda and Rwanda in Kampala on Friday "
     "ended early.",
     {("Kenya", "attended", "trilateral meeting"), ("Uganda", "attended", "trilateral meeting"),
      ("Rwanda", "attended", "trilateral meeting"), ("Kenya", "metWith", "Uganda"),
      ("Kenya", "metWith", "Rwanda"), ("Uganda", "metWith", "Rwanda"),
      ("trilateral meeting", "locatedIn", "Kampala")}),
    # the agreements of the leaders of several states: the states cooperate
    ("Both sides praised the trilateral agreements of the leaders of Chile, Peru and Bolivia.",
     {("Chile", "cooperatesWith", "Peru"), ("Chile", "cooperatesWith", "Bolivia"),
      ("Peru", "cooperatesWith", "Bolivia")}),
    # calling for an act of X urges X; counting on X to act urges X
    ("Chile called for Argentine action on the border.", {("Chile", "urges", "Argentina")}),
    ("Jens Stoltenberg said he counts on Sweden to act with restraint.",
     {("Jens Stoltenberg", "urges", "Sweden")}),
    # one urges only whom one names, not those a requested document is about
    ("The committee requested documents about Kenya from the ministry.", set()),
    # immigrating to a state
    ("Maria Lopez immigrated to Canada in 1990.", {("Maria Lopez", "visited", "Canada")}),
    # event.during: acting on someone during a conversation or talks means they met
    ("During the call, Maria Lopez congratulated John Carter on his victory.",
     {("Maria Lopez", "metWith", "John Carter"), ("Maria Lopez", "supports", "John Carter")}),
    ("During the summit, Maria Lopez criticized John Carter.",
     {("Maria Lopez", "criticizes", "John Carter"), ("Maria Lopez", "attended", "summit")}),
    # a title of "the Republic of X" before the name is the person
    ("Olaf Scholz spoke with President of the Republic of Kenya William Ruto.",
     {("Olaf Scholz", "metWith", "William Ruto"), ("William Ruto", "affiliatedWith", "Kenya")}),
    # a title after a name keeps its holder when a clause on it names someone else
    ("The summit was hosted by Abiy Ahmed, Ethiopia's prime minister, who held talks with "
     "William Ruto on the sidelines.",
     {("Abiy Ahmed", "affiliatedWith", "Ethiopia"), ("Abiy Ahmed", "metWith", "William Ruto"),
      ("Abiy Ahmed", "attended", "summit")}),
    # "X's talks with Y": the possessor took part too
    ("The ministers discussed Ilham Aliyev's talks in Brussels on Friday with Nikol Pashinyan.",
     {("Ilham Aliyev", "metWith", "Nikol Pashinyan"),
      ("Ilham Aliyev", "attended", "talks in Brussels"),
      ("Nikol Pashinyan", "attended", "talks in Brussels"),
      ("talks in Brussels", "locatedIn", "Brussels")}),
    # event.present_at: at the opening of a summit; arriving for it
    ("At the opening of the AU summit, Abdel Fattah el-Sisi spoke.",
     {("Abdel Fattah el-Sisi", "attended", "AU summit")}),
    ("Kenyan President William Ruto arrived in Addis Ababa for the African Union summit.",
     {("William Ruto", "affiliatedWith", "Kenya"), ("William Ruto", "visited", "Addis Ababa"),
      ("William Ruto", "attended", "African Union summit"),
      ("African Union summit", "locatedIn", "Addis Ababa")}),
    # a meeting named by its sides is an event even when only dated
    ("During the trilateral meeting of Cyprus, Greece and Israel on May 4, the route was chosen.",
     {("Cyprus", "attended", "trilateral meeting"), ("Greece", "attended", "trilateral meeting"),
      ("Israel", "attended", "trilateral meeting"), ("Cyprus", "metWith", "Greece"),
      ("Cyprus", "metWith", "Israel"), ("Greece", "metWith", "Israel")}),
    # place.apposition: a place and the state or region it is in
    ("Protesters gathered in Valparaiso, Chile.", {("Valparaiso", "locatedIn", "Chile")}),
    # kg_pairs: "the leaders" after a meeting are its two sides
    ("Maria Lopez held talks with John Carter. The leaders agreed to deepen cooperation.",
     {("Maria Lopez", "metWith", "John Carter"), ("Maria Lopez", "cooperatesWith", "John Carter"),
      ("Maria Lopez", "attended", "talks"), ("John Carter", "attended", "talks")}),
    ("Maria Lopez spoke with John Carter by phone. The parties agreed to stay in contact.",
     {("Maria Lopez", "metWith", "John Carter"), ("Maria Lopez", "cooperatesWith", "John Carter")}),
]


def _canon(triples: set[Triple]) -> set[Triple]:
    """Put the two ends of each symmetric triple in a fixed order."""
    out = set()
    for s, p, o in triples:
        if p in SYMMETRIC and o < s:
            s, o = o, s
        out.add((s, p, o))
    return out


def _id(case: object) -> str:
    values = getattr(case, "values", case)
    return str(values[0])[:60]  # type: ignore[index]


@pytest.mark.parametrize(("text", "want"), CASES, ids=[_id(c) for c in CASES])
def test_triples(nlp: Language, text: str, want: set[Triple]) -> None:
    doc = nlp(text)
    got = {(c.subject.key, c.relation, c.object.key) for c in doc._.kg_claims}
    assert _canon(got) == _canon(want)
