"""The one typed lexicon, read once from ``kg/lexicons/triggers.toml``.

Every word list the extractors use lives in that file; this module loads it
into frozen dataclasses and rejects what it does not know, so a misspelt key
(``verb_prep`` for ``verb_preps``) fails when the pipeline is built instead
of being ignored:

>>> load_lexicon('[supports]\\nverb_prep = {}')  # doctest: +ELLIPSIS
Traceback (most recent call last):
...
kg.errors.ExtractorError: triggers.toml [supports]: unknown key 'verb_prep'; known: ...
"""

import dataclasses
import functools
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from importlib import resources
from types import MappingProxyType
from typing import Any

from kg import vocab
from kg.errors import ExtractorError

__all__ = ["Lexicon", "RelationTriggers", "lexicon", "load_lexicon"]

Words = frozenset[str]
Table = Mapping[str, tuple[str, ...]]


@dataclass(frozen=True, slots=True)
class RelationTriggers:
    """The triggers of one relation (a ``[<relation>]`` section)."""

    verbs: Words = frozenset()
    verb_preps: Table = field(default_factory=dict)
    nouns: Table = field(default_factory=dict)
    symmetric_intransitive: Words = frozenset()
    speech: Words = frozenset()
    speech_nouns: Words = frozenset()
    object_kinds: tuple[str, ...] = ()
    direct_only: Words = frozenset()
    indirect_only: Words = frozenset()
    ground_verbs: Words = frozenset()
    gratitude_words: Words = frozenset()


@dataclass(frozen=True, slots=True)
class Qualifiers:
    """Words that qualify a relation's trigger."""

    deepening: Words
    needs_deepening: Words
    needs_force: Words
    needs_holding: Words
    wide_regions: Words
    water_nouns: Words
    force_words: Words
    closer_verbs: Words
    closer_words: Words


@dataclass(frozen=True, slots=True)
class Reporting:
    """Reporting verbs and the words that make a reported clause negative."""

    verbs: Words
    negative: Words
    negative_objects: Words
    refusing_verbs: Words
    failing_verbs: Words
    light_negative_verbs: Words
    negative_predicates: Words
    behaving_verbs: Words
    labeling_verbs: Words
    directive_verbs: Words
    addressee_verbs: Words
    act_nouns: Words
    pointing_verbs: Words
    obligation_aux: Words
    obligation_verbs: Words
    cessation_nouns: Words
    statement_nouns: Words
    issuing_verbs: Words
    culpable_adjectives: Words
    harm_nouns: Words
    attention_nouns: Words
    writing_verbs: Words
    hoping_words: Words
    assessment_nouns: Words
    unacceptable_words: Words
    drawing_verbs: Words
    answering_verbs: Words
    moment_nouns: Words
    rebutting_verbs: Words
    aimed_criticism_nouns: Words
    referring_verbs: Words
    perpetrating_verbs: Words
    accusation_nouns: Words
    drawn_criticism_nouns: Words
    drawn_urging_nouns: Words
    displeasure_nouns: Words
    concessive_preps: Words
    concessive_stances: Words
    concessive_phrase_nouns: Words
    holder_nouns: Words
    honor_nouns: Words
    enemy_nouns: Words
    praise_words: Words
    pressing_heads: Words
    release_nouns: Words
    yielding_verbs: Words
    mandative_verbs: Words
    mandative_nouns: Words
    untruth_verbs: Words
    untruth_false_forms: Words
    undergoing_verbs: Words
    suffered_nouns: Words
    contempt_nouns: Words
    manner_nouns: Words
    negative_adverbs: Words


@dataclass(frozen=True, slots=True)
class Modality:
    """Cues of hypothetical, awaited, denied or committed acts, and verb classes."""

    hypothetical_aux: Words
    hypothetical_marks: Words
    prospective_marks: Words
    prospective_heads: Words
    unrealized_heads: Words
    supply_verbs: Words
    receiving_verbs: Words
    damaging_verbs: Words
    undoing_heads: Words
    relinquishing_heads: Words
    unimposing_heads: Words
    idiom_objects: Words
    awaited_relations: Words
    gathering_relations: Words
    doubting_heads: Words
    commitment_heads: Words
    agreement_verbs: Words
    adopting_verbs: Words
    holding_verbs: Words
    host_verbs: Words
    placing_verbs: Words
    future_words: Words
    thanking_verbs: Words
    denying_heads: Words
    disowning_verbs: Words
    refused_verbs: Table
    refused_dealings: Table
    desired_heads: Words
    favouring_heads: Words
    inceptive_verbs: Words
    inceptive_nouns: Words
    sending_verbs: Words
    aid_goods: Words
    depending_verbs: Words
    giver_nouns: Words
    ending_verbs: Words
    peacemaking_heads: Words
    withholding_heads: Words
    giver_of_nouns: Words = frozenset()
    awaiting_heads: Words = frozenset()
    progressive_future_verbs: Words = frozenset()
    before_words: Words = frozenset()
    expecting_verbs: Words = frozenset()


@dataclass(frozen=True, slots=True)
class Titles:
    """Title words ("Foreign Minister"), their heads and the agent nouns."""

    words: Words
    heads: Words
    agents: Words
    country_nouns: Words
    own_state_nouns: Words = frozenset()
    own_state_possessives: Words = frozenset()
    state_voice_nouns: Words = frozenset()
    state_voice_marks: Words = frozenset()
    office_heads: Words = frozenset()
    office_blockers: Words = frozenset()
    past_office_words: Words = frozenset()
    term_preps: Words = frozenset()
    opposition_words: Words = frozenset()
    seat_heads: Words = frozenset()
    aide_heads: Words = frozenset()
    posted_heads: Words = frozenset()
    employer_words: Words = frozenset()
    capitalized_heads: Words = frozenset()
    acting_verbs: Words = frozenset()
    counterpart_heads: Words = frozenset()
    behalf_nouns: Words = frozenset()
    predicate_verbs: Words = frozenset()
    appointing_verbs: Words = frozenset()
    leaving_verbs: Words = frozenset()
    promoting_verbs: Words = frozenset()
    candidacy_verbs: Words = frozenset()
    quitting_verbs: Words = frozenset()
    appointment_nouns: Words = frozenset()
    seating_verbs: Words = frozenset()
    post_nouns: Words = frozenset()
    government_nouns: Words = frozenset()
    portfolio_nouns: Words = frozenset()
    portfolio_titles: Words = frozenset()
    title_chain_words: Words = frozenset()
    offices: Table = field(default_factory=dict)
    ranks: Words = frozenset()

    def office_at_end(self, words: list[str]) -> tuple[frozenset[str], int]:
        """The offices of the officeholders table whose form a title's lower-case
        ``words`` end in, and how many words the longest such form has ("russian foreign
        minister": foreign_minister, 2; "secretary of state": foreign_minister, 3)."""
        offices: set[str] = set()
        longest = 0
        for office, forms in self.offices.items():
            for form in forms:
                parts = form.split()
                if words[-len(parts):] == parts:
                    offices.add(office)
                    longest = max(longest, len(parts))
        return frozenset(offices), longest


@dataclass(frozen=True, slots=True)
class Mentions:
    """Word lists of mention resolution."""

    honorifics: Words
    office_nouns: Words
    event_nouns: Words
    initiative_heads: Words
    coref_org_nouns: Words
    armed_group_heads: Words
    people_force_heads: Words
    coref_event_nouns: Words
    coref_title_heads: Words
    coref_title_seats: Words
    male_female: Words
    motion_words: Words
    locative_preps: Words
    place_name_heads: Words
    facility_place_nouns: Words
    facility_body_nouns: Words
    body_name_heads: Words
    stance_group_heads: Words
    person_role_nouns: Words
    name_particles: Words
    surname_particles: Words
    organ_nouns: Words
    common_body_nouns: Words
    armed_body_heads: Words
    armed_body_pairs: Words
    placed_meetings: Words
    agent_nouns: Words
    event_skip: Words
    informing_verbs: Words
    dotted_abbreviations: Words
    hyphen_participles: Words
    pair_nouns: Table
    ambiguous_demonyms: Table
    reference_nouns: Table
    male_words: Words
    female_words: Words
    place_verbs: Words
    place_preps: Words
    led_group_nouns: Words
    leading_participles: Words
    portfolio_heads: Words
    office_skipped_modifiers: Words
    hosted_event_nouns: Words
    likeness_nouns: Words
    capital_nouns: Words
    lead_modifiers: Words
    name_titles: Words
    local_body_words: Words = frozenset()
    body_descriptors: Words = frozenset()
    group_name_heads: Words = frozenset()
    family_name_first_states: Words = frozenset()


@dataclass(frozen=True, slots=True)
class Constructions:
    """Word classes that the construction rules look for."""

    asset_freezing_verbs: Words
    asset_nouns: Words
    sought_talks_heads: Words
    sanction_list_nouns: Words
    list_nouns: Words
    threat_verbs: Words
    sanction_striking_verbs: Words
    campaign_nouns: Words
    campaign_leading_verbs: Words
    campaign_roles: Words
    list_heads: Words
    partner_heads: Words
    ally_heads: Words
    joint_document_nouns: Words
    state_partner_heads: Words
    lapsed_tie_modifiers: Words
    member_heads: Words
    member_synonyms: Words
    patient_nouns: Words
    exchange_verbs: Words
    chair_nouns: Words
    chair_verbs: Words
    admitting_verbs: Words
    welcoming_admission_preps: Words
    council_seat_nouns: Words
    council_seat_verbs: Words
    council_sitting_verbs: Words
    member_collectives: Words
    quantifiers: Words
    leader_nouns: Words
    fellow_modifiers: Words
    accession_nouns: Words
    completing_verbs: Words
    completed_preps: Words
    singling_adverbs: Words
    counting_verbs: Words
    standing_nouns: Words
    standing_verbs: Words
    standing_giving_verbs: Words
    copulas: Words
    naming_verbs: Words
    located_participles: Words
    seat_participles: Words
    grouping_nouns: Words
    comprising_verbs: Words
    constituting_verbs: Words
    membership_nouns: Words
    awaited_membership: Words
    ended_membership: Words
    against_prefixes: Words
    for_prefixes: Words
    ruling_nouns: Words
    compound_participles: Table
    exchanged_acts: Table
    mutual_acts: Table
    referred_acts: Table
    sideline_nouns: Words
    detaining_verbs: Words
    member_nouns: Words
    city_area_nouns: Words
    street_verbs: Words
    event_part_nouns: Words
    gathering_verbs: Words
    meeting_verbs: Words
    pairwise_meeting_verbs: Words
    pairwise_holding_verbs: Words
    delegate_nouns: Words
    indirect_modifiers: Words
    mediator_nouns: Words
    multilateral_modifiers: Words
    joint_modifiers: Words
    bare_attending_verbs: Words
    list_run_words: Words
    welcoming_verbs: Words
    attendee_nouns: Words
    presence_words: Words
    joining_verbs: Words
    representing_verbs: Words
    group_nouns: Words
    delegation_leading_verbs: Words
    place_nouns: Words
    compass_parts: Words
    compass_adjectives: Words
    region_demonym_prefixes: Words
    group_describing_words: Words
    courtesy_call_words: Words
    courtesy_call_preps: Words
    courtesy_call_modifiers: Words
    courtesy_call_appeal_preps: Words
    elsewhere_adverbs: Words
    transport_verbs: Words
    measure_nouns: Words
    meeting_nouns: Words
    party_named_events: Words
    tie_nouns: Words
    joint_nouns: Words
    volition_nouns: Words
    pending_nouns: Words
    event_heads: Words
    war_event_heads: Words
    event_generic_modifiers: Words
    event_denials: Words
    definite_event_heads: Words
    remote_means: Words
    several_meeting_modifiers: Words
    gathering_heads: Words
    rite_nouns: Words
    street_gathering_heads: Words
    rite_modifiers: Words
    honouring_event_words: Words
    carrying_verbs: Words
    speaking_to_verbs: Words
    organizer_nouns: Words
    venue_nouns: Words
    gathering_name_heads: Words
    participant_nouns: Words
    address_nouns: Words
    speech_giving_verbs: Words
    addressing_verbs: Words
    sending_verbs: Words
    convening_verbs: Words
    weapon_nouns: Words
    irregular_force_nouns: Words
    hitting_verbs: Words
    under_fire_nouns: Words
    under_fire_verbs: Words
    onlooking_verbs: Words
    military_fire_words: Words
    mutual_words: Words
    reciprocal_objects: Words
    leading_verbs: Words
    armed_movement_nouns: Words
    alliance_participles: Words
    joint_operation_verbs: Words
    joint_cues: Words
    armed_movement_modifiers: Words
    initiative_phrase_heads: Words
    initiative_generic_modifiers: Words
    initiative_complemented_heads: Words
    stance_object_heads: Words
    stance_relations: Words
    self_naming_acts: Words
    protest_nouns: Words
    protest_preps: Words
    agreement_heads: Words
    summoning_verbs: Words
    recalling_verbs: Words
    diplomat_nouns: Words
    subjected_nouns: Words
    proposal_nouns: Words
    owned_proposals: Words
    subverting_verbs: Words
    subverting_nouns: Words
    pursuit_nouns: Words
    obligation_nouns: Words
    keeping_verbs: Words
    quitting_initiative_verbs: Words
    enacting_verbs: Words
    self_adopted_heads: Words
    proposal_heads: Words
    legislation_heads: Words
    resolution_heads: Words
    draft_modifiers: Words
    relation_nouns: Words
    unlocated_heads: Words
    situation_nouns: Words
    performing_verbs: Words
    responsibility_nouns: Words
    responsibility_verbs: Words
    conversing_verbs: Words
    heading_verbs: Words
    headed_unit_nouns: Words
    own_party_nouns: Words
    verb_prefixes: Words
    topic_verbs: Words
    topic_preps: Words
    captive_nouns: Words
    casualty_verbs: Words
    destruction_verbs: Words
    dying_verbs: Words
    fire_opening_verbs: Words
    fire_nouns: Words
    fire_preps: Words
    clash_nouns: Words
    physical_clash_nouns: Words
    armed_modifiers: Words
    clash_verbs: Words
    incursion_verbs: Words
    craft_nouns: Words
    craft_owning_participles: Words
    downing_verbs: Words
    defending_verbs: Words
    munition_nouns: Words
    repelling_verbs: Words
    particle_verbs: Table
    entering_verbs: Words
    verbal_attack_objects: Words
    verbal_attack_verbs: Words
    armed_reprisal_nouns: Words
    verbal_attack_spans: Words
    frontier_nouns: Words
    attack_count_nouns: Words
    unarmed_war_modifiers: Words
    invited_entry_cues: Words
    place_striking_words: Words
    blaming_verbs: Words
    attributing_verbs: Words
    attack_compound_participles: Words
    control_taking_verbs: Words
    control_nouns: Words
    removal_verbs: Words
    driving_out_verbs: Words
    forcible_driving_verbs: Words
    sequence_marks: Words
    engaging_verbs: Words
    engaging_objects: Words


@dataclass(frozen=True, slots=True)
class Readouts:
    """Word classes of the constructions of official readouts (``rules/readouts.py``)."""

    affirming_verbs: Words
    weight_nouns: Words
    implementing_words: Words
    joint_nouns: Words
    joint_verbs: Words
    going_on: Words
    stance_nouns: Words
    impersonal_verbs: Words
    call_taking_verbs: Words
    contact_verbs: Words
    conveying_verbs: Words
    backing_nouns: Words


@dataclass(frozen=True, slots=True)
class Lexicon:
    """Everything in ``triggers.toml``."""

    relations: Mapping[str, RelationTriggers]
    qualifiers: Qualifiers
    reporting: Reporting
    modality: Modality
    titles: Titles
    mentions: Mentions
    constructions: Constructions
    readouts: Readouts

    def verbs_of(self, key: str) -> list[str]:
        """The relations whose ``verbs`` hold ``key``."""
        return [rel for rel, t in self.relations.items() if key in t.verbs]


_SETTINGS: dict[str, type] = {
    "qualifiers": Qualifiers, "reporting": Reporting, "modality": Modality,
    "titles": Titles, "mentions": Mentions, "constructions": Constructions,
    "readouts": Readouts,
}


def _convert(section: str, cls: type, raw: Mapping[str, Any]) -> Any:
    fields = {f.name: f for f in dataclasses.fields(cls)}
    unknown = sorted(set(raw) - set(fields))
    if unknown:
        raise ExtractorError(
            f"triggers.toml [{section}]: unknown key {unknown[0]!r}; known: "
            f"{', '.join(sorted(fields))}")
    values: dict[str, Any] = {}
    for name, f in fields.items():
        if name not in raw:
            if f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING:
                raise ExtractorError(f"triggers.toml [{section}]: missing key {name!r}")
            continue
        value = raw[name]
        if isinstance(value, dict):
            bad = [k for k, v in value.items() if not isinstance(v, list)]
            if bad:
                raise ExtractorError(f"triggers.toml [{section}.{name}]: {bad[0]!r} is not a list")
            values[name] = MappingProxyType({k: tuple(v) for k, v in value.items()})
        elif isinstance(value, list):
            values[name] = tuple(value) if name == "object_kinds" else frozenset(value)
        else:
            raise ExtractorError(f"triggers.toml [{section}]: {name!r} must be a list or table")
    return cls(**values)


def load_lexicon(text: str) -> Lexicon:
    """Parse and check a lexicon.

    Args:
        text: TOML text in the form of ``kg/lexicons/triggers.toml``.

    Raises:
        ExtractorError: an unknown section, relation or key, or a missing one.
    """
    try:
        raw = tomllib.loads(text)
    except tomllib.TOMLDecodeError as err:
        raise ExtractorError(f"triggers.toml is not valid TOML: {err}") from err
    known = set(vocab.relation_names())
    relations: dict[str, RelationTriggers] = {}
    settings: dict[str, Any] = {}
    for section, body in raw.items():
        if section in _SETTINGS:
            settings[section] = _convert(section, _SETTINGS[section], body)
        elif section in known:
            triggers = _convert(section, RelationTriggers, body)
            kinds = set(vocab.class_names())
            for kind in triggers.object_kinds:
                if kind not in kinds:
                    raise ExtractorError(
                        f"triggers.toml [{section}]: object kind {kind!r} is not a class of "
                        f"ontology/diplomacy.ttl ({', '.join(sorted(kinds))})")
            relations[section] = triggers
        else:
            raise ExtractorError(
                f"triggers.toml names section [{section}], which is neither a relation of "
                f"ontology/diplomacy.ttl ({', '.join(sorted(known))}) nor one of "
                f"{', '.join(sorted(_SETTINGS))}")
    missing = sorted(set(_SETTINGS) - set(settings))
    if missing:
        raise ExtractorError(f"triggers.toml lacks section [{missing[0]}]")
    return Lexicon(relations=MappingProxyType(relations), **settings)


@functools.cache
def lexicon() -> Lexicon:
    """Return the lexicon shipped in ``kg/lexicons/triggers.toml``."""
    text = resources.files("kg").joinpath("lexicons/triggers.toml").read_text(encoding="utf-8")
    return load_lexicon(text)
