"""Titles and sources in domestic news copy: an occupation held for an employer named
before it ("NETWORK reporter X", "UNIVERSITY political scientist X") makes X act for
the employer, never for a state by nationality ("DEMONYM journalist X"); a capitalized
Speaker is an office ("House Speaker X", "X, the Speaker of the ASSEMBLY"), a speaker
at a rally or forum none. A source "according to" which someone said, warned or called
something relays that one's words and criticizes no one itself, while a bad act it
reports in its own voice stays its claim.

The sentences are written for these tests and run through the trained pipeline
(``--model``); each case lists every claim of the relations it checks.
"""

import pytest
from spacy.language import Language

from tests.conftest import claim_triples

Triple = tuple[str, str, str]
A = "affiliatedWith"
C = "criticizes"

EMPLOYERS: list[tuple[str, set[Triple]]] = [
    # --- an occupation held for the employer named before it
    ("CNN reporter Maria Lopez said the talks had stalled.", {("Maria Lopez", A, "CNN")}),
    ("Al Jazeera producer Omar Haddad filmed the march.", {("Omar Haddad", A, "Al Jazeera")}),
    ("Oxford University political scientist Helen Carter said the vote was close.",
     {("Helen Carter", A, "Oxford University")}),
    # (the employer is the one named before the title, not one the clause names)
    ("Bloomberg columnist David Reyes did not work for the BBC.",
     {("David Reyes", A, "Bloomberg")}),
    ("Sky News anchor Peter Otieno will not join CNN.", {("Peter Otieno", A, "Sky News")}),
    # --- a nationality before the occupation: no state
    ("Kenyan journalist Peter Otieno was arrested on Monday.", set()),
    # --- a capitalized Speaker is an office
    ("House Speaker Linda Graham opened the session.", {("Linda Graham", A, "House")}),
    ("Linda Graham, the Speaker of the National Assembly, opened the session.",
     {("Linda Graham", A, "National Assembly")}),
    # --- a speaker at an event or a body's forum holds no office there
    ("Linda Graham was a guest speaker at the Heritage Foundation on Monday.", set()),
    ("He was a featured speaker at Smith's Rally for the Republic in 2016.", set()),
]


@pytest.mark.parametrize(("text", "want"), EMPLOYERS, ids=[t[:40] for t, _ in EMPLOYERS])
def test_pool15_wn_employers_and_speakers(nlp: Language, text: str, want: set[Triple]) -> None:
    assert claim_triples(nlp(text), (A,)) == want


SOURCES: list[tuple[str, set[Triple]]] = [
    # --- a source relaying someone's criticism: the criticism is the speaker's alone
    ("Andrew Hale called the Russian strikes a war crime, according to Reuters.",
     {("Andrew Hale", C, "Russia")}),
    ("According to Reuters, Andrew Hale accused Russia of war crimes.",
     {("Andrew Hale", C, "Russia")}),
    # (unnamed speakers relayed: no one criticizes)
    ("According to The Washington Post, officials warned the White House that the lawyer "
     "could be a conduit for Russian disinformation.", set()),
    # --- a bad act the source reports in its own voice stays the source's claim
    ("According to the Pentagon, Russia's aggression against Ukraine continues.",
     {("United States Department of Defense", C, "Russia")}),
]


@pytest.mark.parametrize(("text", "want"), SOURCES, ids=[t[:40] for t, _ in SOURCES])
def test_pool15_wn_sources_relay_speech(nlp: Language, text: str, want: set[Triple]) -> None:
    assert claim_triples(nlp(text), (C,)) == want
