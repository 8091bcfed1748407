"""Armed acts and armed groups in wire copy: attacks attributed to a group ("ascribed to
X", "an X-claimed attack"), a force named by whom it comes from ("rebels believed to be
from X"), ground taken by force ("took control of PLACE"), overthrowing a ruler, and
armed movements whose name the NER cuts short ("the Justice and Equality Movement").

The sentences are written for these tests (not taken from the corpus). Each construction
has negative cases: negation, modality, an act that is no attack, a subject that is no
armed side.
"""

import pytest
from spacy.language import Language

from tests.conftest import claim_triples

pytestmark = pytest.mark.model

Triple = tuple[str, str, str]


def _claims(nlp: Language, text: str, *relations: str) -> set[Triple]:
    return claim_triples(nlp(text), relations)


def _refs(nlp: Language, text: str) -> set[str]:
    return {r.key for r in nlp(text)._.kg_refs}


# -------------------------------------------------- attack.ascribed_to
@pytest.mark.parametrize(("text", "want"), [
    ("The bombing of the Kenyan embassy was attributed to Hezbollah.",
     ("Hezbollah", "attacks", "Kenya")),
    ("Police attributed the raid on Mosul to al-Qaeda.", ("al-Qaeda", "attacks", "Mosul")),
    ("A car bomb exploded in Quetta on Monday, an attack on Pakistan ascribed to the Taliban.",
     ("Taliban", "attacks", "Pakistan")),
])
def test_ascribed_to(nlp: Language, text: str, want: Triple) -> None:
    assert want in _claims(nlp, text, "attacks")


def test_ascribed_to_negatives(nlp: Language) -> None:
    # negated; an act that is no attack
    assert not _claims(nlp, "The bombing of the Kenyan embassy was not attributed to "
                            "Hezbollah.", "attacks")
    assert not _claims(nlp, "The collapse of the talks with Iran was attributed to Russia.",
                       "attacks")


# -------------------------------------------------- attack.compound_claimed
@pytest.mark.parametrize(("text", "want"), [
    ("An ISIS-claimed attack on Mosul killed four officers.",
     ("Islamic State", "attacks", "Mosul")),
    ("Saudi-led airstrikes on Yemen killed dozens of people overnight.",
     ("Saudi Arabia", "attacks", "Yemen")),
    ("Hospitals filled up after the Israeli-led raid on Jenin.", ("Israel", "attacks", "Jenin")),
    # an office is struck as its owner's
    ("An ISIL-claimed attack on a Save the Children office in Jalalabad killed three.",
     ("Islamic State", "attacks", "Save the Children")),
])
def test_compound_claimed(nlp: Language, text: str, want: Triple) -> None:
    assert want in _claims(nlp, text, "attacks")


def test_compound_claimed_negatives(nlp: Language) -> None:
    # a led mission or talks is no attack; a hypothetical attack is none
    assert not _claims(nlp, "The EU-led mission to Mali ended last year.", "attacks")
    assert not _claims(nlp, "The US-led talks on Iran resumed in Vienna.", "attacks")
    assert ("Saudi Arabia", "attacks", "Yemen") not in _claims(
        nlp, "Officials fear that Saudi-led strikes on Yemen could resume.", "attacks")


# -------------------------------------------------- attack.took_control
@pytest.mark.parametrize(("text", "want"), [
    ("Islamic State fighters took control of Mosul in June 2014.",
     ("Islamic State", "attacks", "Mosul")),
    ("Russian forces seized control of the town of Bakhmut after months of fighting.",
     ("Russian Forces", "attacks", "Bakhmut")),
    ("The Houthis seized control of the port city of Hodeidah.",
     ("Houthis", "attacks", "Hodeidah")),
    # the name set beside the place noun
    ("Islamic State fighters took control of the district, Sinjar.",
     ("Islamic State", "attacks", "Sinjar")),
])
def test_took_control(nlp: Language, text: str, want: Triple) -> None:
    assert want in _claims(nlp, text, "attacks")


def test_took_control_negatives(nlp: Language) -> None:
    # negated; a subject that is no armed side or group; control of a company
    assert not _claims(nlp, "Islamic State fighters did not take control of Mosul.", "attacks")
    assert not _claims(nlp, "China took control of Hong Kong in 1997.", "attacks")
    assert not _claims(nlp, "Gazprom took control of Wintershall in Germany.", "attacks")


# -------------------------------------------------- attack.force_from
@pytest.mark.parametrize(("text", "want"), [
    ("A force of 800 rebels believed to be from the Sudan Liberation Army attacked "
     "one of the African Union's bases.", ("Sudan Liberation Army", "attacks", "African Union")),
    ("A column of 300 fighters from the Islamic State attacked Kirkuk at dawn.",
     ("Islamic State", "attacks", "Kirkuk")),
])
def test_force_from(nlp: Language, text: str, want: Triple) -> None:
    assert want in _claims(nlp, text, "attacks")


def test_force_from_negatives(nlp: Language) -> None:
    # negated; a delegation is no force
    assert not _claims(nlp, "A force of rebels from the Sudan Liberation Army did not attack "
                            "Sudan.", "attacks")
    assert not _claims(nlp, "A delegation of officials from the African Union visited "
                            "Khartoum.", "attacks")


# -------------------------------------------------- overthrowing a ruler (verb.object)
def test_overthrow(nlp: Language) -> None:
    assert ("Taliban", "attacks", "Ashraf Ghani") in _claims(
        nlp, "The Taliban overthrew Ashraf Ghani in August 2021.", "attacks")
    # a party vote is no attack ("oust" is not an attack verb)
    assert not _claims(nlp, "The Conservative Party ousted Boris Johnson as its leader.",
                       "attacks")
    # modality
    assert not _claims(nlp, "The Taliban may try to overthrow Ashraf Ghani.", "attacks")


# -------------------------------------------------- names of armed movements
def test_coordinated_movement_name(nlp: Language) -> None:
    refs = _refs(nlp, "A spokesman for the Justice and Equality Movement said the talks "
                      "had failed.")
    assert "Justice and Equality Movement" in refs
    assert "Equality Movement" not in refs and "Justice" not in refs
    # a state before "and" is no part of the name
    refs = _refs(nlp, "Putin and the European Council discussed the crisis.")
    assert "European Council" in refs


# -------------------------------------------------- attack.relative
@pytest.mark.parametrize(("text", "want"), [
    ("Crimea, which Russia annexed in 2014, hosts the Black Sea Fleet.",
     ("Russia", "attacks", "Crimea")),
    ("The Golan Heights, which belonged to Syria and were occupied by Israel, remain disputed.",
     ("Israel", "attacks", "Golan Heights")),
    ("Kherson, which Russian forces captured in March, was retaken in November.",
     ("Russian Forces", "attacks", "Kherson")),
])
def test_relative(nlp: Language, text: str, want: Triple) -> None:
    assert want in _claims(nlp, text, "attacks")


def test_relative_negatives(nlp: Language) -> None:
    # negated; a relative clause whose verb is no attack
    assert not _claims(nlp, "Crimea, which Russia did not annex, is a peninsula.", "attacks")
    assert not _claims(nlp, "The Golan Heights, which belonged to Syria and were visited by "
                            "Israel's leaders, remain disputed.", "attacks")


# -------------------------------------------------- attack.ousted
def test_ousted(nlp: Language) -> None:
    assert ("U.S.-led coalition", "attacks", "Saddam Hussein") in _claims(
        nlp, "The U.S.-led coalition ousted Saddam Hussein.", "attacks")
    assert ("Egyptian Army", "attacks", "Mohamed Morsi") in _claims(
        nlp, "Mohamed Morsi, ousted by the Egyptian army in 2013, died in prison.", "attacks")
    # a party vote; negation
    assert not _claims(nlp, "The Conservative Party ousted Boris Johnson as its leader.",
                       "attacks")
    assert not _claims(nlp, "The army did not oust Mohamed Morsi.", "attacks")


# -------------------------------------------------- quoted names of armed groups
def test_quoted_armed_group_name(nlp: Language) -> None:
    text = ('The group that claimed the bombing of Mosul, the "Islamic Army of Iraq Brigades", '
            "issued a statement.")
    refs = {r.key: r.kind for r in nlp(text)._.kg_refs}
    assert refs.get("Islamic Army of Iraq Brigades") == "Organization"
    assert "Iraq Brigades" not in refs
    # a quoted name without "of" holding a person stays apart
    refs = {r.key: r.kind for r in nlp('"Friends of Vladimir Putin Group" met.')._.kg_refs}
    assert "Friends of Vladimir Putin Group" not in refs


# -------------------------------------------------- attack.engaged_in
@pytest.mark.parametrize(("text", "want"), [
    ("Hamas fighters were engaged in heavy fighting with Israeli troops.",
     ("Hamas", "attacks", "Israeli Troops")),
    ("NATO troops were involved in combat against the Taliban.", ("NATO", "attacks", "Taliban")),
    ("Britain took part in the invasion of Iraq in 2003.", ("United Kingdom", "attacks", "Iraq")),
])
def test_engaged_in(nlp: Language, text: str, want: Triple) -> None:
    assert want in _claims(nlp, text, "attacks")


def test_engaged_in_negatives(nlp: Language) -> None:
    # negated; talks are no fighting
    assert not _claims(nlp, "France did not take part in the invasion of Iraq.", "attacks")
    assert not _claims(nlp, "Germany was engaged in talks with Iran.", "attacks")
    assert not _claims(nlp, "Japan took part in the summit with ASEAN.", "attacks")


# -------------------------------------------------- attack.behind
@pytest.mark.parametrize(("text", "want"), [
    ("The Taliban is believed to be behind the attack on Kandahar.",
     ("Taliban", "attacks", "Kandahar")),
    ("Al-Shabaab said it was behind the bombing in Mogadishu on Friday.",
     ("al-Shabaab", "attacks", "Mogadishu")),
])
def test_behind(nlp: Language, text: str, want: Triple) -> None:
    assert want in _claims(nlp, text, "attacks")


def test_behind_negatives(nlp: Language) -> None:
    # negated; denied; not an attack
    assert not _claims(nlp, "The Taliban is not believed to be behind the attack on "
                            "Kandahar.", "attacks")
    assert not _claims(nlp, "The Taliban denied it was behind the attack on Kandahar.",
                       "attacks")
    assert not _claims(nlp, "Qatar is believed to be behind the talks with the Taliban.",
                       "attacks")


# -------------------------------------------------- a people's armed group
def test_people_armed_group(nlp: Language) -> None:
    text = "Commander Ali led Kurdish fighters against the Islamic State in 2017."
    refs = {r.key: r.kind for r in nlp(text)._.kg_refs}
    assert refs.get("Kurdish fighters") == "Organization"
    assert ("Kurdish fighters", "attacks", "Islamic State") in _claims(nlp, text, "attacks")
    claims = _claims(nlp, "Kurdish fighters attacked Raqqa on Monday.", "attacks")
    assert ("Kurdish fighters", "attacks", "Raqqa") in claims
    # a people's group that is no force; a state's demonym keeps its forces the state's own
    assert "Kurdish group" not in {r.key for r in nlp("The Kurdish group said it would "
                                                      "negotiate.")._.kg_refs}
    refs = {r.key: r.kind for r in nlp("Turkish forces attacked Afrin.")._.kg_refs}
    assert "Turkish forces" not in refs
