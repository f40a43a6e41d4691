"""Who gives a figure, and whether it is verified."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from streams.extract import extract
from streams.extract.classify import (
    Figure,
    attribution,
    is_one_sided_claim,
    is_unverifiable_statement,
    sentence_figures,
)
from streams.extract.numbers import Quantity
from streams.extract.textnorm import words_back
from streams.models import Article


def test_speaker_after_a_comma() -> None:
    assert (
        attribution("Eight people died in the blast, said the regional health office.")
        == "regional health office"
    )


def test_speaker_before_the_verb() -> None:
    assert attribution("A local official said 12 people were killed.") == "local official"


def test_according_to() -> None:
    assert attribution("At least 9 were killed, according to the Red Cross.") == "Red Cross"


def test_a_day_between_the_speaker_and_the_verb_is_not_the_speaker() -> None:
    text = "The group's spokesman, Ali Hassan, on Friday claimed that the strikes killed 30 people."
    assert attribution(text) == "Ali Hassan"
    assert attribution("The mayor late Sunday night said that four people were killed.") == "mayor"


def test_appositive_after_a_named_speaker_is_kept() -> None:
    who = attribution("Four were killed, said Amina Yusuf, a spokeswoman for the state police.")
    assert who is not None and who.startswith("Amina Yusuf") and "spokeswoman" in who


def test_unverifiable_statements_are_recognised() -> None:
    assert is_unverifiable_statement("The figures could not be independently verified.")
    assert is_unverifiable_statement("It was not possible to verify the claim.")
    assert not is_unverifiable_statement("The ministry verified the names of the dead.")
    assert is_unverifiable_statement("The broadcaster cannot verify the numbers.")


def fig(noun: str) -> Figure:
    return Figure(Quantity(20, "exact"), "killed", noun)


def test_army_claim_about_dead_militants_is_one_sided() -> None:
    text = "The army said 20 militants were killed."
    assert is_one_sided_claim(text, fig("militants"), "The army")


def test_neutralised_is_a_military_claim() -> None:
    assert is_one_sided_claim(
        "The ministry said it had neutralised 20 fighters.", fig("fighters"), "ministry"
    )


def test_armed_group_claim_about_dead_soldiers_is_one_sided() -> None:
    assert is_one_sided_claim("He said the group killed 20 soldiers.", fig("soldiers"), "Taliban spokesman")


def test_a_party_counting_its_own_dead_is_verified() -> None:
    assert not is_one_sided_claim("The army said 20 soldiers were killed.", fig("soldiers"), "The army")


def test_civilian_tolls_from_officials_are_verified() -> None:
    assert not is_one_sided_claim("Officials said 20 civilians were killed.", fig("civilians"), "Officials")


def test_a_speaker_named_by_surname_is_who_they_were_introduced_as() -> None:
    from streams.extract.classify import introduced_as

    text = "Major Ana Reyes of the army's 4th Division said the fight began at dawn. Reyes said"
    assert introduced_as("Reyes", text) == "Major Ana Reyes of the army's 4th Division"
    assert introduced_as("Okafor", "according to Emeka Okafor, a farmer. Okafor said") is None
    text = "Army spokesman Colonel Omar al-Tahir said the raid failed. Tahir said"
    assert introduced_as("Tahir", text) == "Army spokesman Colonel Omar al-Tahir"


def test_the_armys_count_of_dead_rebels_is_one_sided_even_through_a_surname() -> None:
    import datetime as dt

    from streams.extract import extract
    from streams.models import Article

    body = (
        "Troops clashed with rebels in Bulalacao, Oriental Mindoro, Philippines, on Thursday, "
        "Captain Ana Reyes of the Army's 203rd Brigade said.\n"
        "Reyes said at least seven rebels were killed in the encounter."
    )
    article = Article(id="t", body=body, published_at=dt.date(2017, 3, 31))
    assert [(e.killed, e.verified) for e in extract(article)] == [(7, False)]


def test_members_of_a_named_armed_group_are_fighters_for_the_one_sided_rule() -> None:
    from streams.extract.classify import is_one_sided_claim, sentence_figures

    text = "Two Houthi elements were killed in an army attack near the town."
    (figure,) = sentence_figures(text)
    assert is_one_sided_claim(text, figure, None)


def test_dissidents_and_guerrillas_killed_by_troops_are_a_one_sided_count() -> None:
    from streams.extract.classify import is_one_sided_claim, sentence_figures

    text = "Troops killed six guerrillas in the hills, the defence minister said."
    (figure,) = sentence_figures(text)
    assert is_one_sided_claim(text, figure, "defence minister")


def test_speaker_text_is_cleaned_of_datelines_speech_verbs_and_relative_pronouns() -> None:
    from streams.extract.classify import attribution

    assert attribution("KANO: Nigeria's army said on Monday 12 soldiers died.") == "Nigeria's army"
    assert attribution("ANKARA (Anadolu) - Turkey said it killed 12 militants in Iraq.") == "Turkey"
    assert attribution("Five people died, according to the Red Crescent.") == "Red Crescent"
    assert attribution("The mayor, which said 4 died, spoke late.") != "which"


def test_an_armed_groups_count_of_soldiers_it_killed_is_one_sided() -> None:
    from streams.extract.classify import is_one_sided_claim, sentence_figures

    text = "The group said it had killed more than 20 soldiers and seized the base."
    (figure,) = sentence_figures(text)
    assert is_one_sided_claim(text, figure, None)
    text = "Rebels claim to have killed at least 10 soldiers near the town."
    (figure,) = sentence_figures(text)
    assert is_one_sided_claim(text, figure, None)


def test_we_lost_seven_soldiers_is_a_killed_count() -> None:
    from streams.extract.classify import sentence_figures

    assert [
        (f.quantity.value, f.role) for f in sentence_figures("We lost seven soldiers in the attack.")
    ] == [(7, "killed")]


def test_what_was_said_is_not_who_said_it() -> None:
    from streams.extract.classify import attribution

    text = "A provincial councillor, Ahmad Noor, said the attack took place in Nawa, killing 12 officers."
    assert attribution(text) != "attack took place"


def test_the_introduction_is_found_however_long_the_text_before_it() -> None:
    from streams.extract.classify import introduced_as

    intro = "Fighting went on. The spokesman, Colonel Ibrahim Musa of the Nigerian Army, said on Monday."
    filler = "Residents fled the town as the shelling went on for hours. " * 40
    text = filler + intro + " " + filler + "Musa said the town was calm."
    assert introduced_as("Musa", text) == "Colonel Ibrahim Musa of the Nigerian Army"
    # six words of introduction before the name at most, however they run
    crowded = "a b c d e f g h Captain Sani Musa of the 3rd Brigade said. Musa said"
    assert introduced_as("Musa", filler + crowded) == "e f g h Captain Sani Musa of the 3rd Brigade"


def test_pro_government_fighters_are_the_states_own_losses() -> None:
    body = (
        "At least nine soldiers and three pro-government militia fighters were killed in an ambush in "
        "Mali's Mopti region on Tuesday, the army said."
    )
    assert _claims(body, "killed") == [(12, True)]
    body = (
        "Drone strikes on the town of Misrata killed three pro-unity government fighters and wounded 11 "
        "others on Monday, their force said."
    )
    assert _claims(body, "killed") == [(3, True)]
    body = "Government forces killed about 30 fighters on their own side in a drone strike, an official said."
    assert _claims(body, "killed") == [(30, True)]


def test_an_armed_groups_statement_about_the_soldiers_it_killed_is_one_sided() -> None:
    body = "Rebels claim they killed 30 soldiers in an attack on a base in Somalia's Bay region on Monday."
    assert _claims(body, "killed") == [(30, False)]
    body = "The group said in a statement it had killed 40 soldiers near Baidoa, Somalia."
    assert _claims(body, "killed") == [(40, False)]


def test_the_forces_count_of_militants_they_killed_is_one_sided_whoever_relays_it() -> None:
    body = "Security forces killed nine militants in an operation in North Waziristan, a TV channel reported."
    assert _claims(body, "killed") == [(9, False)]


def test_a_subset_after_including_is_not_the_noun_of_the_count() -> None:
    body = "Soldiers in the West Bank killed four Palestinians including a fighter on Monday, medics said."
    assert _claims(body, "killed") == [(4, True)]


def test_a_displacement_figure_that_cannot_be_verified_is_marked_so() -> None:
    body = (
        "A local aid group said as many as 15,000 villagers had fled fighting in Myanmar's Shan State, "
        "but the figure could not be independently verified."
    )
    assert _claims(body, "displaced") == [(15000, False)]


def _claims(body: str, measure: str = "killed") -> list[tuple[int | None, bool]]:
    """(figure, verified) of each event extracted from a one-paragraph article."""
    import datetime as dt

    from streams.extract import extract
    from streams.models import Article

    events = extract(Article(id="claims", body=body, title="", published_at=dt.date(2024, 3, 6)))
    return [(getattr(e, measure), e.verified) for e in events]


@settings(max_examples=500)
@given(
    st.text(alphabet=st.sampled_from(list("ab.,\u00e9 \t\n\u00a0\u2003")), max_size=300),
    st.integers(0, 320),
    st.integers(1, 6),
)
def test_words_back_finds_the_count_th_word_before_end(text: str, end: int, count: int) -> None:
    """Where the introduction of a speaker is searched from: the start of the ``count``-th run of
    non-space characters before ``end`` within the 100 characters a word may take, else 0."""
    end = min(end, len(text))
    lo = max(0, end - 100 * count)
    starts = [m.start() for m in re.finditer(r"\S+", text[lo:end])]
    expected = lo + starts[-count] if len(starts) > count else 0
    assert words_back(text, end, count) == expected


def _verified(body: str) -> list[tuple[int | None, bool]]:
    from streams.extract import extract
    from streams.models import Article

    article = Article(id="claims", title="", body=body, published_at=None, source="unit test")
    return [(e.killed, e.verified) for e in extract(article)]


def test_a_state_counting_the_combatants_it_killed_is_a_one_sided_claim() -> None:
    assert _verified("Israel said its strike in Beit Hanoun killed 12 Hamas militants.") == [(12, False)]
    assert _verified("Pakistan said 30 terrorists were killed in an operation in North Waziristan.") == [
        (30, False)
    ]
    assert _verified("The military said its strikes killed five Hezbollah operatives in Nabatieh.") == [
        (5, False)
    ]
    assert _verified("The army said three infiltrators were killed along the border in Kupwara.") == [
        (3, False)
    ]
    # its own dead, counted by a state, are vouched for
    assert _verified("The army said four of its soldiers were killed in an ambush in Kupwara.") == [(4, True)]


def test_members_of_a_movement_named_by_its_own_words_are_fighters_for_the_one_sided_rule() -> None:
    text = "The army said soldiers killed eight members of the Popular Liberation Front in clashes."
    assert is_one_sided_claim(text, _members(text), "army")
    text = "The army said gunmen killed eight members of the Ruiz family."
    assert not is_one_sided_claim(text, _members(text), "army")


def _members(text: str) -> Figure:
    (figure,) = sentence_figures(text)
    assert figure.noun == "members"
    return figure


def test_a_party_saying_it_killed_one_named_enemy_is_a_one_sided_claim() -> None:
    text = "The army said it killed a senior Hezbollah commander in the strike."
    (figure,) = sentence_figures(text)
    assert is_one_sided_claim(text, figure, "army")
    text = "Gunmen killed a police commander in Kano, the army said."
    (figure,) = sentence_figures(text)
    assert not is_one_sided_claim(text, figure, "army")


def test_one_partys_count_of_what_the_other_lost_is_one_sided_its_own_losses_are_not() -> None:
    text = "Russia's defence ministry said Ukraine had lost up to 1,500 servicemen over the past day."
    (figure,) = sentence_figures(text)
    assert is_one_sided_claim(text, figure, "Russia's defence ministry")
    text = "The Taliban said their fighters killed 12 soldiers, while Pakistan said it lost two soldiers."
    twelve, two = sentence_figures(text)
    assert is_one_sided_claim(text, twelve, "Taliban")
    assert not is_one_sided_claim(text, two, "Taliban")


def test_a_movements_army_and_a_groups_news_agency_make_one_sided_counts() -> None:
    text = "The military said 40 members of the Kachin Independence Army were killed in fighting."
    (figure,) = sentence_figures(text)
    assert is_one_sided_claim(text, figure, "military")
    text = "The army said 40 members of the Sudanese Army were killed in fighting."
    (figure,) = sentence_figures(text)
    assert not is_one_sided_claim(text, figure, "army")
    text = "The group's news agency claimed 20 soldiers were killed in the attack."
    (figure,) = sentence_figures(text)
    assert is_one_sided_claim(text, figure, "group's news agency")


def test_a_resistance_groups_count_of_dead_soldiers_is_one_sided_unless_officials_say_it_too() -> None:
    text = "The People's Defence Army resistance group said four regime soldiers were killed in the raid."
    (figure,) = sentence_figures(text)
    assert is_one_sided_claim(text, figure, "People's Defence Army resistance group")
    text = "Rebels killed at least nine soldiers at the base, the militant group and army officials said."
    (figure,) = sentence_figures(text)
    assert not is_one_sided_claim(text, figure, "militant group and army officials")


def test_unverified_footage_says_nothing_of_the_figures() -> None:
    assert not is_unverifiable_statement(
        "Unverified footage circulating online shows armed men in the streets."
    )
    assert is_unverifiable_statement("The toll, based on unverified reports, may rise.")


def test_an_air_forces_count_of_the_bandits_it_killed_is_one_sided() -> None:
    text = "At least 60 bandits were killed in airstrikes on their hideouts, the Nigerian Air Force said."
    (figure,) = sentence_figures(text)
    assert is_one_sided_claim(text, figure, "Nigerian Air Force")


def test_according_to_opening_the_sentence() -> None:
    assert attribution("According to the Red Crescent, 14 people were killed.") == "Red Crescent"


def _killed_and_verified(body: str) -> list[tuple[int | None, bool]]:
    import datetime as dt

    from streams.extract import extract
    from streams.models import Article

    article = Article(id="t", body=body, published_at=dt.date(2024, 5, 3))
    return [(e.killed, e.verified) for e in extract(article)]


def test_a_monitors_count_of_fighters_a_strike_killed_is_its_own() -> None:
    verified = _killed_and_verified
    body = "Drone strikes killed 6 militia fighters near Raqqa in Syria on Friday, a war monitor said."
    assert verified(body) == [(6, True)]
    assert verified(body.replace("a war monitor", "the army")) == [(6, False)]


def test_a_states_count_of_another_states_soldiers_is_its_claim() -> None:
    verified = _killed_and_verified
    body = "Armenian shelling killed 4 Azerbaijani soldiers near Lachin, Armenia's defence ministry said."
    assert verified(body) == [(4, False)]
    assert verified(body.replace("Armenia's", "Azerbaijan's")) == [(4, True)]


def test_a_claim_the_same_sentence_says_the_other_side_denies_is_unverified() -> None:
    assert is_unverifiable_statement(
        "The rebel group claimed its fighters ambushed an army convoy, killing 14 soldiers, but the army "
        "denied any losses."
    )
    assert not is_unverifiable_statement("The rebel group claimed the ambush, which killed 14 soldiers.")
    assert not is_unverifiable_statement("Gunmen killed 14 villagers, but the rebels denied any role.")


def test_suspected_members_of_a_group_are_the_forces_claim() -> None:
    verified = _killed_and_verified
    body = (
        "Two soldiers and nine suspected members of a rebel movement were killed in a clash near Marawi "
        "in the Philippines on Monday, an army spokesman said."
    )
    assert verified(body) == [(2, True), (9, False)]  # two sides: the state's own dead, and its claim
    assert verified(body.replace("suspected members of a rebel movement", "villagers")) == [(11, True)]
    body = (
        "Police raided a house in Kirkuk in Iraq on Sunday and killed a suspected member of a militant "
        "cell, a police officer said."
    )
    assert verified(body) == [(1, False)]
    assert verified(body.replace("a suspected member of a militant cell", "a shopkeeper")) == [(1, True)]


def test_a_partys_declaration_of_killing_gives_the_claimant() -> None:
    text = (
        "The raid came as the Saudi-led coalition's declaration of killing 60 Houthis in Hodeidah was aired."
    )
    assert attribution(text) == "Saudi-led coalition"
    (figure,) = sentence_figures(text)
    assert figure.quantity.value == 60  # (the strikes in "killing 60 Houthis in its strikes" are no noun)
    assert is_one_sided_claim(text, figure, "Saudi-led coalition")
    assert (
        sentence_figures("The coalition reported killing 60 Houthis in its air strikes.")[0].role == "killed"
    )


def test_a_military_media_wing_speaks_for_the_state() -> None:
    text = "Four terrorists were killed in the operation in Bajaur, the ISPR said."
    (figure,) = sentence_figures(text)
    assert is_one_sided_claim(text, figure, "Inter-Services Public Relations (ISPR)")


def test_an_announcement_called_fake_news_is_unverified() -> None:
    assert is_unverifiable_statement(
        "The separatists had earlier announced that 8 soldiers were killed, but the army said it was fake "
        "news."
    )
    assert attribution("The separatists had earlier announced that 8 soldiers were killed.") == "separatists"


def test_we_killed_is_the_speakers_claim_about_its_enemy() -> None:
    verified = _killed_and_verified
    body = (
        'Gunmen raided a police post in Jowhar in Somalia on Saturday. "We chased them into the forest this '
        'morning and killed 7 of them," a police commander said.'
    )
    assert verified(body) == [(7, False)]
    assert verified(
        body.replace("We chased them", "Soldiers chased them").replace(" and killed 7", ". They killed 7")
    ) != [(7, False)]


def test_the_neutralization_of_fighters_is_a_one_sided_count() -> None:
    text = "Air raids enabled the neutralization of around 80 terrorists near Djibo, the army said."
    (figure,) = sentence_figures(text)
    assert (figure.quantity.value, figure.role) == (80, "killed")
    assert is_one_sided_claim(text, figure, "army")


def test_a_speakers_introduction_starts_after_the_sentence_before() -> None:
    text = (
        "The fighting spread to Wau in Western Bahr El Ghazal State. Peter Lado Gore, spokesperson for the "
        "army, said the clashes began on Monday. According to Gore, two soldiers died."
    )
    from streams.extract.classify import introduced_as

    assert introduced_as("Gore", text) == "Peter Lado Gore, spokesperson for the army"


def test_an_attack_claimed_by_a_group_names_no_source_of_the_figure() -> None:
    assert (
        attribution(
            "Four soldiers were killed when their truck hit a mine in an attack claimed by the rebels."
        )
        is None
    )
    assert attribution("The rebels claimed four soldiers were killed.") == "rebels"


def test_a_speech_verb_inside_an_opening_quotation_is_not_the_attribution() -> None:
    text = (
        '"Troops returned fire and the intercepted radio messages confirmed four rebels were killed," a '
        "spokesman at the defence media centre said."
    )
    assert attribution(text) == "spokesman at the defence media centre"


def test_members_of_a_band_of_rebels_are_fighters() -> None:
    text = "Police commandos killed three members of a group of rebels near Ampara, the military said."
    (figure,) = sentence_figures(text)
    assert is_one_sided_claim(text, figure, "military")


def test_no_independent_confirmation_makes_a_figure_unverifiable() -> None:
    assert is_unverifiable_statement("There was no independent confirmation of how many people were killed.")
    assert is_unverifiable_statement(
        "Other sources said seven of the attackers were killed, although the army could not confirm the "
        "figure."
    )


def test_a_speaker_with_its_acronym_and_a_count_with_thousands_before_the_verb() -> None:
    text = (
        "The number of people displaced has climbed to 71,115 or 14,313 families, said the Department of "
        "Social Welfare (DSWD) on Tuesday."
    )
    assert attribution(text) == "Department of Social Welfare"


def test_a_dateline_with_its_agency_is_not_the_speaker() -> None:
    text = "KABUL (AT News): Residents of Warduj on Monday claimed that at least 15 civilians were killed."
    assert attribution(text) == "Residents of Warduj"


def test_a_post_held_by_a_group_member_is_no_claim_about_fighters() -> None:
    verified = _killed_and_verified
    body = "A bomb exploded in Asadabad in Kunar province, Afghanistan, killing a Taliban police chief."
    assert verified(body) == [(1, True)]


def test_a_partys_count_of_the_other_sides_dead_is_its_claim() -> None:
    from streams.extract.classify import Figure, is_one_sided_claim
    from streams.extract.numbers import find_quantities

    text = "We think that 12 people from their side were also killed, the army spokesman said."
    q = find_quantities(text)[0]
    assert is_one_sided_claim(text, Figure(q, "killed", "people"), "army spokesman")
    text = "Twelve people from the village were also killed, the army spokesman said."
    q = find_quantities(text)[0]
    assert not is_one_sided_claim(text, Figure(q, "killed", "people"), "army spokesman")


def test_a_name_first_seen_in_a_headline_is_introduced_where_the_story_names_it() -> None:
    from streams.extract.classify import introduced_as

    text = (
        "Attack on convoy repelled: Amir Khan. Provincial government spokesman Amir Khan said the convoy "
        "was hit. Khan said four terrorists were killed."
    )
    assert introduced_as("Khan", text) == "Provincial government spokesman Amir Khan"
    assert introduced_as("Khan", "Amir Khan of the village council said four were killed.") is None


def test_a_statement_that_the_attacks_could_not_be_verified_covers_every_attack() -> None:
    from streams.extract import extract
    from streams.models import Article

    body = (
        "Shelling killed at least four people in two attacks on Sunday, regional governors said. In Sumy "
        "region, governor Ivan Petrenko said a shell hit a farm in the village of Krasnopillia, killing "
        "three people. Reporters could not verify details of these attacks. In Kherson region, a shell "
        "killed a fourth person, governor Oleh Marchenko said."
    )
    events = [e for e in extract(Article(id="t", body=body)) if not e.previously_reported]
    assert sorted((e.killed, e.verified) for e in events) == [(1, False), (3, False)]


def test_police_counts_of_maoists_killed_are_claims() -> None:
    from streams.extract.classify import is_one_sided_claim, sentence_figures

    text = "Police said that six Maoists were killed in an encounter in the forest."
    (f,) = sentence_figures(text)
    assert is_one_sided_claim(text, f, "Police")


def test_the_groups_own_side_telling_of_its_fighter_killed_is_no_claim() -> None:
    from streams.extract.classify import is_one_sided_claim, sentence_figures

    text = "A drone strike killed two Hezbollah fighters in the south, a source close to the movement said."
    (f,) = sentence_figures(text)
    assert not is_one_sided_claim(text, f, "source close to the movement")
    assert is_one_sided_claim(text, f, "a news channel")


def test_bodies_found_are_nobodys_claim() -> None:
    from streams.extract.classify import is_one_sided_claim, sentence_figures

    text = "Police said the bodies of three suspected gang members were found dumped beside a road."
    (f,) = sentence_figures(text)
    assert not is_one_sided_claim(text, f, "Police")
    text = "Police said they shot dead three suspected gang members in a raid."
    (f,) = sentence_figures(text)
    assert is_one_sided_claim(text, f, "Police")


def test_none_of_the_figures_could_be_confirmed_covers_every_figure() -> None:
    from streams.extract import extract
    from streams.models import Article

    body = (
        "Officials said 40 people had been killed in the town of Gori on Saturday. The rebels said that 12 "
        "soldiers were killed in Tskhinvali. None of the casualty figures could be independently confirmed."
    )
    events = [e for e in extract(Article(id="t", body=body)) if not e.previously_reported]
    assert events and all(not e.verified for e in events)


def test_a_reading_that_ran_into_the_figure_names_no_speaker() -> None:
    from streams.extract.classify import attribution

    assert attribution("At least seven soldiers are reported to have been killed in an attack.") is None
    assert attribution("Feb 2 (IANS) Chhattisgarh Police on Sunday said that eight rebels were killed.") == (
        "Chhattisgarh Police"
    )
    assert attribution("Twelve people were killed, the provincial police said.") == "provincial police"


def test_claiming_responsibility_gives_no_figure_its_speaker() -> None:
    text = "No group has claimed responsibility for the blast, but police said it killed four people."
    assert attribution(text) == "police"


def test_an_attack_after_said_is_what_was_said_and_a_long_title_is_kept_whole() -> None:
    text = (
        "Omar Zaki, spokesman for the police chief of the western Farah province, said an attack on a "
        "checkpoint killed six police."
    )
    assert attribution(text) == "spokesman for the police chief of the western Farah province"


def test_we_succeeded_in_killing_is_a_partys_claim() -> None:
    body = (
        'Gunmen attacked an army base in Menaka in Mali on Sunday. "Our fighters stormed the base and we '
        'succeeded in killing eight soldiers," its spokesman said by telephone, according to the agency.'
    )
    assert _killed_and_verified(body) == [(8, False)]


def test_a_rebel_movements_forces_killed_by_the_army_are_its_claim_and_the_reverse() -> None:
    from streams.extract.classify import sentence_figures

    army = "Colonel Omar al-Tahir, the army spokesman, said more than 12 of the SPLM-N forces were killed."
    (dead,) = sentence_figures(army)
    assert is_one_sided_claim(army, dead, "Colonel Omar al-Tahir, the army spokesman")
    rebels = "The group's spokesman said their forces killed 25 government forces."
    (dead,) = sentence_figures(rebels)
    assert dead.noun == "forces"
    assert is_one_sided_claim(rebels, dead, "The group's spokesman")


def test_a_closing_word_that_no_casualty_figures_can_be_verified_covers_every_toll() -> None:
    from streams.extract import extract
    from streams.models import Article

    body = (
        "The army said it killed 12 rebels in Batticaloa district, Sri Lanka, on Monday.\n"
        "It said three soldiers were killed and five wounded in the fighting.\n"
        "The rebels said they had repulsed the attack.\n"
        "Journalists are barred from the area.\n"
        "The army estimates the rebels' strength at 5,000.\n"
        "Casualty figures provided by both sides differ and cannot be independently verified."
    )
    events = extract(Article(id="v", body=body, published_at="2022-05-17", title=""))
    assert [(e.killed, e.verified) for e in events] == [(12, False), (3, False)]


def test_the_allied_democratic_forces_are_rebels_not_the_states_allies() -> None:
    from streams.extract.classify import is_one_sided_claim, sentence_figures

    text = "The army has killed 14 Allied Democratic Forces (ADF) rebels after a battle in eastern Congo."
    (figure,) = sentence_figures(text)
    assert not figure.pro_state and is_one_sided_claim(text, figure, None)
    (figure,) = sentence_figures("Five allied fighters were killed in the ambush.")
    assert figure.pro_state


def test_members_of_a_guerrilla_group_killed_by_the_states_count_are_its_claim() -> None:
    from streams.extract.classify import is_one_sided_claim, sentence_figures

    text = "Eight members of Colombian guerrilla group ELN were killed in a raid, the defense minister said."
    (figure,) = sentence_figures(text)
    assert is_one_sided_claim(text, figure, "the defense minister")
    text = "Eight members of the village council were killed in a bombing, the defense minister said."
    (figure,) = sentence_figures(text)
    assert not is_one_sided_claim(text, figure, "the defense minister")


def test_neither_account_could_be_confirmed_makes_both_claims_unverified() -> None:
    body = (
        "Opposition activists said pro-government militia killed 78 people in a village in Hama province, "
        "Syria, on Wednesday. Damascus denied a massacre, saying terrorists had killed nine people. Neither "
        "account could be confirmed."
    )
    assert sorted(_claims(body)) == [(9, False), (78, False)]


def test_members_of_an_armed_group_by_name_killed_by_the_army_are_its_claim() -> None:
    body = "Troops killed seven members of the Abu Sayyaf in a clash in Sulu, Philippines, the army said."
    assert _claims(body) == [(7, False)]
    body = "Gunmen killed seven members of the village council in Sulu, Philippines, police said."
    assert _claims(body) == [(7, True)]


def test_assailants_the_army_says_it_killed_are_its_claim() -> None:
    body = (
        "Eight soldiers have died in an ambush in northern Burkina Faso, the army said on Monday, adding "
        "that “around 60” assailants had been killed in a counter-attack."
    )
    assert sorted(_claims(body)) == [(8, True), (60, False)]


def test_members_of_the_armed_bandits_killed_by_security_forces_are_the_polices_claim() -> None:
    body = (
        "Gunmen killed over 31 people in Maradun Local Government Area, Zamfara State, Nigeria, on Monday. "
        "The police spokesman said a joint team of security forces was dispatched to the villages where "
        "three members of the armed bandits were killed while others fled."
    )
    assert sorted(_claims(body)) == [(3, False), (31, True)]


def test_an_armed_groups_losses_told_by_a_security_source_are_a_claim() -> None:
    body = (
        "Boko Haram killed seven Chadian soldiers in Ngouboua, Chad, on Friday. A security source said "
        "that the Boko Haram forces lost six of their people."
    )
    assert sorted(_claims(body)) == [(6, False), (7, True)]


def test_alleged_before_a_noun_is_no_claim_but_alleged_that_is() -> None:
    body = "An attack by alleged armed youths left two civilians dead and five wounded in Bor on Saturday."
    (event,) = extract(Article(id="a", body=body, published_at="2020-06-21", title=""))
    assert (event.killed, event.verified, event.claimed_by) == (2, True, None)
    body = "Soldiers clashed with rebels near Bor. The army alleged that 20 rebels were killed."
    (event,) = extract(Article(id="a", body=body, published_at="2020-06-21", title=""))
    assert (event.killed, event.verified) == (20, False)


def test_a_denial_of_a_claim_dropped_as_superseded_leaves_the_lead_vouched_for() -> None:
    body = (
        "BAMENDA, May 3 (Xinhua) -- At least three Cameroonian soldiers were killed after armed separatist "
        "forces attacked a gendarmerie brigade in Ndop in the Anglophone region of North West, army "
        "spokesman, Colonel Paul Ngoh announced Sunday.\n\nThe separatist forces had earlier announced that "
        '11 soldiers were killed during the attack but colonel Ngoh said it was "fake news."'
    )
    from streams.extract import extract
    from streams.models import Article

    events = extract(Article(id="d", body=body, title="", published_at="2018-05-04"))
    assert [(e.killed, e.verified) for e in events] == [(3, True)]


def test_a_ministers_count_of_the_attackers_killed_is_one_sided() -> None:
    body = "Around 12 assailants were killed in an attack on an army post in northern Benin, a minister said."
    assert _claims(body, "killed") == [(12, False)]


def test_service_members_said_eliminated_far_after_the_count_are_a_one_sided_claim() -> None:
    body = (
        "The Russian Defence Ministry said that more than 40 Ukrainian service members had been eliminated "
        "in the Zaporizhzhia direction."
    )
    assert _claims(body, "killed") == [(40, False)]


def test_a_groups_account_that_it_targeted_a_military_convoy_killing_two_is_its_claim() -> None:
    from streams.extract import extract
    from streams.models import Article

    body = (
        "A car hit a roadside bomb in Tuz Khurmatu on Friday, resulting in the death of two people and "
        "injury of two others, a police officer said. ISIS has not claimed the attack, but it said on its "
        "Telegram channel on Friday that it targeted a military convoy near Tuz Khurmatu late Thursday, "
        "killing three and injuring four others."
    )
    events = extract(Article(id="c", body=body, title="", published_at="2022-04-22"))
    assert sorted((e.killed, e.wounded, e.verified) for e in events) == [(2, 2, True), (3, 4, False)]


def test_no_casualty_reported_names_no_claimant() -> None:
    from streams.extract import extract
    from streams.models import Article

    body = (
        "Bandits attacked a village in Shiroro, Niger State, on Monday. However, no casualty has been "
        "reported yet but villagers numbering over 400 have fled their homes."
    )
    events = extract(Article(id="n", body=body, title="", published_at="2019-09-10"))
    assert [(e.displaced, e.claimed_by) for e in events] == [(400, None)]
