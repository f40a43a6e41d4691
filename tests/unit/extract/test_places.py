"""Gazetteer lookups and place resolution to ISO 3166-2 regions."""

from __future__ import annotations

import time

from streams.extract import extract, places
from streams.extract.gazetteer import get_gazetteer
from streams.extract.places import article_context, find_mentions, resolve_place
from streams.models import Article, Event


def resolve(sentence: str, article: str = "") -> tuple[str | None, str | None]:
    gaz = get_gazetteer()
    mentions = find_mentions(sentence, gaz)
    ctx = article_context(find_mentions(article or sentence, gaz), [])
    r = resolve_place(mentions, ctx)
    return (r.country, r.region) if r else (None, None)


def extracted(body: str, published: str, title: str = "") -> list[Event]:
    return extract(Article(id="p", body=body, published_at=published, title=title))


def test_gazetteer_loads_once_and_fast() -> None:
    start = time.perf_counter()
    first = get_gazetteer()
    assert get_gazetteer() is first
    assert time.perf_counter() - start < 10  # generous: the benchmark measures the real figure
    assert first.place_count > 100_000


def test_geonames_admin1_is_mapped_to_iso_3166_2() -> None:
    gaz = get_gazetteer()
    assert {p.region for p in gaz.find_places("Aleppo") if p.country == "SY"} == {"SY-HL"}
    assert {p.region for p in gaz.find_places("Mogadishu") if p.country == "SO"} == {"SO-BN"}


def test_accents_and_transliterations_are_folded() -> None:
    gaz = get_gazetteer()
    assert any(p.country == "NE" for p in gaz.find_places("Tillaberi"))


def test_region_named_with_its_unit_resolves_itself() -> None:
    assert resolve("Clashes broke out in Nigeria's Borno State.") == ("NG", "NG-BO")
    assert resolve("Shelling hit towns in Ukraine's Kharkiv region.") == ("UA", "UA-63")


def test_second_level_units_roll_up_to_their_first_level_parent() -> None:
    assert resolve("Troops fought rebels in the Philippine province of Zamboanga del Norte.") == (
        "PH",
        "PH-09",
    ) or resolve("Troops fought rebels in Zamboanga del Norte province, the Philippines.") == ("PH", "PH-09")


def test_philippine_provinces_roll_up_to_their_iso_region() -> None:
    gaz = get_gazetteer()
    provinces = {"Masbate": "PH-05", "Sorsogon": "PH-05", "Negros Occidental": "PH-06", "Bukidnon": "PH-10",
                 "Maguindanao": "PH-14", "North Cotabato": "PH-12", "Compostela Valley": "PH-11",
                 "Occidental Mindoro": "PH-41", "Western Samar": "PH-08"}  # fmt: skip
    for name, code in provinces.items():
        assert [r.code for r in gaz.find_regions(name) if r.country == "PH"] == [code], name
    assert resolve("Rebels ambushed troops in Negros Occidental province.") == ("PH", "PH-06")
    assert resolve("Soldiers clashed with rebels in Bukidnon, the Philippines.") == ("PH", "PH-10")
    # 'National Capital Region' without its unit words is no name of its own
    assert gaz.find_regions("National") == []
    article = "The Philippines said the National Bureau of Investigation would look into the killings."
    assert all(m.kind == "country" for m in find_mentions(article, gaz))


def test_indonesian_provinces_and_their_towns_roll_up_to_the_iso_geographical_unit() -> None:
    gaz = get_gazetteer()
    for name, code in {"Highland Papua": "ID-PP", "West Java": "ID-JW", "Central Sulawesi": "ID-SL"}.items():
        assert [r.code for r in gaz.find_regions(name)] == [code], name
    for town, code in {"Wamena": "ID-PP", "Timika": "ID-PP", "Kupang": "ID-NU", "Poso": "ID-SL"}.items():
        assert gaz.find_places(town)[0].region == code, town  # the largest of the name
    assert resolve("Separatists shot two workers near Wamena in Indonesia.") == ("ID", "ID-PP")


def test_english_names_of_regions_iso_spells_otherwise_are_known() -> None:
    gaz = get_gazetteer()
    assert [r.code for r in gaz.find_regions("Chechnya")] == ["RU-CE"]
    assert {p.region for p in gaz.find_places("Grozny") if p.country == "RU"} == {"RU-CE"}
    assert {p.region for p in gaz.find_places("Sanandaj")} == {"IR-12"}
    assert {p.region for p in gaz.find_places("Asmara") if p.country == "ER"} == {"ER-MA"}


def test_a_province_after_a_town_and_a_comma_is_the_towns_province() -> None:
    text = "Gunmen shot dead a village chief in Palanas, Samar, in the Philippines on Monday."
    assert resolve(text) == ("PH", "PH-08")  # the gazetteer knows a Palanas only in other regions
    gaz = get_gazetteer()
    listed = find_mentions("Bombs went off in Pattani, Yala, and Narathiwat in Thailand.", gaz)
    assert "region" not in [m.kind for m in listed]  # a list of provinces, not a town and its province
    assert resolve("Shelling hit Kharkiv, Kherson in Ukraine.") == ("UA", "UA-63")  # a big city: a list


def test_a_town_gives_its_region() -> None:
    assert resolve("A bomb exploded in a market in Maiduguri, Nigeria.") == ("NG", "NG-BO")


def test_ambiguous_town_is_decided_by_the_article_countries() -> None:
    article = (
        "Mexican police said the victims were found in Morelia. The state government of Mexico confirmed it."
    )
    assert resolve("Bodies were found in Morelia.", article) == ("MX", "MX-MIC")


def test_two_regions_named_together_give_the_country_only() -> None:
    assert resolve("Fighting in the provinces of Homs and Hama has displaced thousands in Syria.") == (
        "SY",
        None,
    )


def test_two_regions_sharing_a_name_after_two_compass_words_give_the_country_only() -> None:
    assert resolve("More than 700,000 people have been displaced in North and South Kivu.") == ("CD", None)
    assert resolve("Fighting in the North and South Darfur states killed 40.") == ("SD", None)


def test_a_list_of_three_regions_gives_the_country_only() -> None:
    sentence = "Russian attacks on Ukraine's Donetsk, Kharkiv and Kherson regions killed seven civilians."
    assert resolve(sentence) == ("UA", None)


def test_a_bare_country_gives_no_region() -> None:
    assert resolve("Clashes continued across Somalia.") == ("SO", None)


def test_person_names_are_not_places() -> None:
    gaz = get_gazetteer()
    mentions = find_mentions("said spokesman Ahmed Kandahar on Friday", gaz)
    assert all(m.kind not in ("place", "region", "region_name") for m in mentions)


def test_demonyms_are_actors_not_places() -> None:
    gaz = get_gazetteer()
    kinds = {m.kind for m in find_mentions("Israeli troops raided the building.", gaz)}
    assert kinds == {"demonym"}
    # the side that fires strikes the other side's ground: its demonym is no hint of where
    kinds = {m.kind for m in find_mentions("An Israeli strike hit the building.", gaz)}
    assert kinds == {"actor"}


def test_misspelt_region_is_matched_within_the_article_country() -> None:
    gaz = get_gazetteer()
    region = gaz.fuzzy_region("Nangarharr", "AF")
    assert region is not None and region.code == "AF-NAN"
    assert gaz.fuzzy_region("Nangarharr", "NG") is None


def test_an_attackers_demonym_does_not_overrule_a_named_city() -> None:
    text = "Russian artillery hit a school in Kharkiv overnight, the mayor said."
    assert resolve(text) == ("UA", "UA-63")


def test_a_joined_compass_word_finds_the_hyphenated_region() -> None:
    assert resolve("A bomb went off in Cameroon's Northwest region.") == ("CM", "CM-NW")


def test_a_towns_name_before_district_is_not_a_shorter_region_elsewhere() -> None:
    text = "Insurgents raided a village in Mocimboa da Praia district of Mozambique."
    assert resolve(text) == ("MZ", "MZ-P")


def test_common_words_that_name_hamlets_do_not_vote_for_a_country() -> None:
    from streams.extract.places import unambiguous_country

    gaz = get_gazetteer()
    base = [m for m in find_mentions("The Base was attacked.", gaz) if m.text == "Base"]
    assert all(unambiguous_country(m) is None for m in base)
    kharkiv = [m for m in find_mentions("Shelling in Kharkiv.", gaz) if m.text == "Kharkiv"]
    assert [unambiguous_country(m) for m in kharkiv] == ["UA"]


def test_datelines_are_where_the_reporter_files_from() -> None:
    from streams.extract.places import dateline_end

    body = "BEIRUT, Lebanon (AFP) — Shelling killed four people in Idlib."
    assert body[dateline_end(body)] == "S"
    assert dateline_end("KANO, Nigeria, Jan. 4 — Gunmen attacked.") == len("KANO, Nigeria, Jan. 4 — ")
    assert dateline_end("Kandahar — Two guards died.") == len("Kandahar — ")
    body = "Tuesday March 3, 2015\nKandahar - Two guards died."
    assert body[dateline_end(body) :] == "Two guards died."  # the date on a line of its own first
    assert dateline_end("Gunmen killed five people in Kano state on Monday.") == 0
    body = "AP Published March 3, 2015\nKANDAHAR: Two guards died."
    assert body[dateline_end(body) :] == "Two guards died."  # the page's stamp first
    title = "Blast in Kano"
    assert dateline_end(f"{title}\nKANO: A blast hit a market.", title) == len(title) + 1 + len("KANO: ")


def test_agency_datelines_and_a_dateline_on_a_line_of_its_own_are_found() -> None:
    from streams.extract.places import dateline_end

    agency = "Davao [Philippines], May 2 (ANI/Xinhua): Rebels ambushed a patrol."
    assert agency[dateline_end(agency)] == "R"
    region = "Balochistan [Pakistan], June 21 (ANI): A bomb went off."
    assert region[dateline_end(region)] == "A"
    assert dateline_end("Beira, 9 Feb (AIM) – Insurgents burnt homes.") == len("Beira, 9 Feb (AIM) – ")
    alone = "Bandits return to the highway\n\nLAGOS -\n\nGunmen attacked a bus on Sunday."
    assert dateline_end(alone, "Bandits return to the highway") == alone.index(" -") + 2
    assert dateline_end("Gunmen attacked a bus on Sunday -\nThe police said.") == 0


def test_an_agency_dateline_city_is_not_the_incidents_region() -> None:
    body = (
        "Cebu [Philippines], May 2 (ANI/Xinhua): Two soldiers were killed and three wounded in a clash "
        "with rebels in the central region, the army said on Tuesday. "
        "The army said the fighting broke out in a village in Bukidnon province."
    )
    (event,) = extract(Article(id="t", body=body, title="Clash with rebels"))
    assert (event.country, event.region, event.killed) == ("PH", "PH-10", 2)
    alone = (
        "Bus attack\n\nLAGOS -\n\nGunmen killed four passengers on a bus on Sunday, the police said. "
        "The bus was travelling to Gusau in Zamfara state."
    )
    (event,) = extract(Article(id="t", body=alone, title="Bus attack"))
    assert (event.country, event.region) == ("NG", "NG-ZA")


def test_a_distant_reference_point_is_not_the_place_but_a_near_one_gives_its_region() -> None:
    from streams.extract.places import _reference_distance

    gaz = get_gazetteer()
    far = "Gunmen killed four farmers near a hamlet about 45 miles (72 kilometres) from Medellin, Colombia."
    assert [m.text for m in find_mentions(far, gaz) if m.kind == "place"] == []
    assert resolve(far) == ("CO", None)
    capital = "A bomb killed six soldiers some 120 kilometres from the capital, Kabul, in Afghanistan."
    assert resolve(capital) == ("AF", None)
    assert resolve("Rebels ambushed a convoy 60 km north of Goma in Congo.") == ("CD", None)
    # (within 40 km, the reference point's region: "29 kilometres southwest of Bandiagara" is in Mopti)
    assert resolve("Rebels ambushed a convoy 30 km north of Goma in Congo.") == ("CD", "CD-NK")
    assert resolve("A drone hit a farm 10 km from Kharkiv, killing two.") == ("UA", "UA-63")
    assert _reference_distance("some 12 kilometres (nine miles) from the southern town of ") == 12.0
    assert _reference_distance("several miles outside ") == float("inf")
    assert _reference_distance("fled from ") is None


def test_a_country_named_as_a_party_is_not_where_the_incident_happened() -> None:
    gaz = get_gazetteer()
    parties = (
        "Four died where the regime bombed along with Russia.",
        "Rebels backed by Iran shelled it.",
        "Troops from Uganda repelled the attack.",
        "They had returned from training in Eritrea.",
        "Exchanges of fire between Israel and the militia went on.",
        "The group has waged war against Ethiopia for years.",
    )
    for text in parties:
        assert [m.kind for m in find_mentions(text, gaz)] in (["actor"], ["demonym", "actor"]), text
    assert find_mentions("Iran-backed rebels shelled the town.", gaz) == []
    kinds = [(m.text, m.kind) for m in find_mentions("Fighting in Russia and refugees from Sudan.", gaz)]
    assert kinds == [("Russia", "country"), ("Sudan", "country")]
    assert resolve("Shelling near the border in Ukraine killed two, after a clash with Russia.") == (
        "UA",
        None,
    )

    syria = (
        "Jets pounded villages in Syria's Idlib province on Saturday.\n"
        "Four civilians were killed in a village where the regime carried out air strikes along with Russia."
    )
    (event,) = extract(Article(id="t", body=syria, title="Air strikes"))
    assert (event.country, event.region) == ("SY", "SY-ID")
    somalia = (
        "Militants attacked a military base in central Somalia on Monday.\n"
        "The group said it killed 12 soldiers who had returned from training in Eritrea."
    )
    (event,) = extract(Article(id="t", body=somalia, title="Base attacked"))
    assert event.country == "SO"


def test_a_region_name_shared_with_a_foreign_hamlet_is_the_region_in_its_countrys_story() -> None:
    article = "Myanmar's army shelled villages as ethnic Kachin rebels fought back."
    assert resolve("Fighting in Kachin killed five soldiers.", article) == ("MM", "MM-11")
    gaz = get_gazetteer()
    ctx = article_context(find_mentions(article, gaz), [])
    assert ctx.regions["MM-11"] == ctx.named["MM-11"] == 1


def test_a_stock_with_no_place_of_its_own_takes_the_one_region_the_story_is_about() -> None:
    title = "Kachin villagers flee as Myanmar army advances"
    body = (
        "Villagers ran into the hills as ethnic Kachin rebels traded fire with Myanmar's army.\n"
        "The Kachin conflict has simmered for decades.\n"
        "Clashes have intensified this year, displacing 15,000 people since March.\n"
        "Soldiers also burned homes in Waingmaw township, residents said."
    )
    (event,) = extract(Article(id="t", body=body, title=title))
    assert (event.displaced, event.displaced_kind, event.region) == (15000, "cumulative", "MM-11")
    nationwide = body.replace("15,000 people since March", "15,000 people across the country since March")
    (event,) = extract(Article(id="t", body=nationwide, title=title))
    assert (event.country, event.region) == ("MM", None)
    two_regions = body.replace("Waingmaw township", "Lashio in Shan State")
    (event,) = extract(Article(id="t", body=two_regions, title=title))
    assert (event.country, event.region) == ("MM", None)


def test_a_name_spelt_another_way_is_found_within_the_articles_country() -> None:
    from streams.extract.places import transliterated_places
    from streams.extract.textnorm import skeleton

    assert skeleton("Dair al-Balah") == skeleton("Dayr al Balah")
    gaz = get_gazetteer()
    text = "A strike hit a school in Dair al-Balah on Sunday."
    found = transliterated_places(text, find_mentions(text, gaz), gaz, "PS")
    assert [(m.text, [r.code for r in m.regions]) for m in found] == [("Dair al-Balah", ["PS-DEB"])]
    assert transliterated_places(text, find_mentions(text, gaz), gaz, "NG") == []


def test_a_plural_demonym_is_a_demonym() -> None:
    gaz = get_gazetteer()
    kinds = {(m.kind, m.country) for m in find_mentions("Palestinians fled the camp.", gaz)}
    assert ("demonym", "PS") in kinds


def test_a_known_first_name_before_an_unknown_surname_is_a_person() -> None:
    gaz = get_gazetteer()
    text = "Earlier, regional head Oleh Synehubov said four were killed in Kharkiv."
    assert [m.text for m in find_mentions(text, gaz) if m.kind == "place"] == ["Kharkiv"]


def test_a_city_whose_region_and_largest_namesake_agree_votes_for_its_country() -> None:
    assert resolve("Russian missiles struck Odesa overnight, the governor said.") == ("UA", "UA-51")


def test_a_town_named_like_its_governorate_takes_the_governorate() -> None:
    assert resolve("Air strikes on Khan Younis in the Gaza Strip killed 18.") == ("PS", "PS-KYS")
    assert resolve("A strike on Rafah in the Gaza Strip killed five.") == ("PS", "PS-RFH")


def test_a_loosely_matched_town_must_lie_in_a_region_the_article_names() -> None:
    from streams.extract.places import transliterated_places

    gaz = get_gazetteer()
    text = "In Bulongo, two people were killed."
    assert transliterated_places(text, find_mentions(text, gaz), gaz, "CD", {"CD-NK"}) == []


def test_bare_congo_is_the_democratic_republic() -> None:
    assert resolve("Fighting in eastern Congo forced thousands to flee.")[0] == "CD"


def test_a_district_sharing_a_foreign_regions_name_does_not_vote_for_that_country() -> None:
    text = "Militants attacked a convoy in Pakistan's Khyber Pakhtunkhwa. In the Karak district, four died."
    gaz = get_gazetteer()
    ctx = article_context(find_mentions(text, gaz), [])
    assert "JO" not in ctx.countries


def test_a_town_without_a_known_population_still_votes_and_acronyms_are_not_surnames() -> None:
    gaz = get_gazetteer()
    text = "The wounded were taken to the hospital in Parachinar, the Parachinar DHQ director said."
    ctx = article_context(find_mentions(text, gaz), [])
    assert ctx.primary_country == "PK"


def test_the_dateline_hints_the_country_when_the_story_names_none() -> None:
    gaz = get_gazetteer()
    ctx = article_context([], [], find_mentions("PESHAWAR", gaz))
    assert ctx.primary_country == "PK"


def test_single_known_words_inside_a_longer_personal_name_are_not_places() -> None:
    gaz = get_gazetteer()
    assert [m.text for m in find_mentions("leader Aung San Suu Kyi's party", gaz)] == []


def test_a_name_that_is_another_countrys_old_name_for_a_bigger_city_is_no_evidence() -> None:
    from streams.extract.places import unambiguous_country

    gaz = get_gazetteer()
    (islamabad,) = [m for m in find_mentions("ISLAMABAD x", gaz) if m.kind == "place"]
    assert unambiguous_country(islamabad) is None  # GeoNames: also an old name of Chittagong
    (kabul,) = [m for m in find_mentions("Kabul x", gaz) if m.kind == "place"]
    assert unambiguous_country(kabul) == "AF"


def test_two_places_joined_by_a_hyphen_are_read_one_by_one() -> None:
    gaz = get_gazetteer()
    found = [m.text for m in find_mentions("Militants attacked police on the Kirkuk-Daquq road.", gaz)]
    assert "Kirkuk" in found
    assert [m.text for m in find_mentions("Gangs attacked Port-au-Prince.", gaz)] == ["Port-au-Prince"]


def test_person_and_reference_words_are_read_from_the_end_as_the_regexes_do() -> None:
    from streams.extract.places import (
        _PERSON_CONTEXT,
        _REFERENCE_POINT,
        _after_person_word,
        _after_reference_word,
    )

    windows = ["the spokesman", "said Gen. ", "Gen.,  ", "Dr .", "Mr.\u00a0,", "ſaid ", "told", "north of ",
               "headed towards", "onto", "the town of", "NORTH OF\t", "", "in the village of Al"]  # fmt: skip
    for before in windows:
        assert _after_person_word(before) == (_PERSON_CONTEXT.search(before) is not None), before
        assert _after_reference_word(before) == (_REFERENCE_POINT.search(before) is not None), before


def test_a_name_run_reads_the_same_names_whatever_the_sentence_around_it() -> None:
    gaz = get_gazetteer()
    plain = find_mentions("Fighting spread in Idlib and Aleppo.", gaz)
    reference = find_mentions("Fighting spread to Idlib and Aleppo.", gaz)
    person = find_mentions("Spokesman Idlib said so.", gaz)
    assert [m.text for m in plain] == ["Idlib", "Aleppo"]
    # a reference point ("to Idlib") gives its country only
    assert [(m.text, m.kind) for m in reference] == [("Idlib", "directional"), ("Aleppo", "place")]
    assert person == []


def test_a_place_after_in_and_before_said_is_a_place_not_a_speaker() -> None:
    assert resolve("Police in Zamfara said officers killed 15 bandits on Sunday.") == ("NG", "NG-ZA")
    assert resolve("Police in the city of Kharkiv told reporters that two people died.") == ("UA", "UA-63")
    assert resolve("Officials in the town of Bama said the attack began at dawn.") == ("NG", "NG-BO")


def test_a_countrys_capital_named_by_its_demonym_is_that_city() -> None:
    assert resolve("A car bomb in the Somali capital killed seven people.") == ("SO", "SO-BN")
    assert resolve("Gunfire in the Haitian capital killed 12 people.") == ("HT", "HT-OU")


def test_a_unit_word_picks_the_region_of_the_countries_that_use_it() -> None:
    assert resolve("Gunmen killed 30 people in Plateau State.") == ("NG", "NG-PL")
    assert resolve("Fighting in Plateau department killed three.") == ("BJ", "BJ-PL")


def test_a_unit_word_picks_the_region_over_a_city_of_the_same_name() -> None:
    assert resolve("A drone hit a house in the Kyiv region, killing two.") == ("UA", "UA-32")
    assert resolve("A drone hit a house in Kyiv, killing two.") == ("UA", "UA-30")


def test_a_regions_name_without_a_country_to_go_by_is_the_region_not_a_foreign_village() -> None:
    assert resolve("Clashes killed 10 soldiers in Borno on Tuesday.") == ("NG", "NG-BO")


def test_a_far_reference_point_gives_the_country_only() -> None:
    assert resolve("Gunmen killed six people in a village 60 kilometres south of Maiduguri.") == ("NG", None)
    assert resolve("Gunmen killed six people in a village 30 kilometres south of Maiduguri.") == (
        "NG",
        "NG-BO",
    )
    assert resolve("A mine killed eight soldiers about 20 km from the town of Menaka.") == ("ML", "ML-9")


def test_unit_words_and_the_name_before_them_are_found_as_the_regexes_find_them() -> None:
    from streams.extract.places import _NAME_BEFORE_UNIT, _UNIT_WORD, _ends_in_capitalised_word, _unit_words

    for text in ("Idlib Province and the state of Kano", "the province", "in İdlib province", "ſtate forces"):
        found = [m.span() for m in _unit_words(text, text.lower())]
        assert found == [m.span() for m in _UNIT_WORD.finditer(text)], text
    for head in ("fighting in Idlib ", "fighting in the ", "in Idlib", "", " ", "(Idlib\u00a0", "al-Bab "):
        if _NAME_BEFORE_UNIT.search(head) is not None:
            assert _ends_in_capitalised_word(head), head
    assert not _ends_in_capitalised_word("fighting in the ")


def test_second_level_units_roll_up_to_the_region_that_holds_them() -> None:
    gaz = get_gazetteer()
    assert [r.code for r in gaz.find_districts("Gwoza")] == ["NG-BO"]
    assert [r.code for r in gaz.find_districts("Kajo Keji")] == ["SS-EC"]
    # common words and organisations are no district keys
    assert gaz.find_districts("Police") == []
    assert gaz.find_districts("Central") == []


def test_a_district_named_with_its_unit_word_resolves_to_its_region() -> None:
    assert resolve("Gunmen killed five farmers in Gwoza local government area of Nigeria.") == ("NG", "NG-BO")
    assert resolve("Gunmen killed five farmers in Kala Balge LGA on Sunday, Nigerian police said.") == (
        "NG",
        "NG-BO",
    )
    assert resolve("Militiamen attacked three villages in Djugu territory, Congo.") == ("CD", "CD-IT")
    assert resolve("Twelve people died in fighting in Masisi territory, Congo.") == ("CD", "CD-NK")
    assert resolve("Cattle raiders killed four herders in Kajo Keji county of South Sudan.") == (
        "SS",
        "SS-EC",
    )
    assert resolve("Soldiers clashed with militants in the district of Zhari, Afghanistan.") == (
        "AF",
        "AF-KAN",
    )


def test_a_district_gives_the_place_name_when_no_town_is_named() -> None:
    gaz = get_gazetteer()
    text = "Twelve people died in fighting in Masisi territory, Congo."
    r = resolve_place(find_mentions(text, gaz), article_context(find_mentions(text, gaz), []))
    assert r is not None and (r.region, r.place) == ("CD-NK", "Masisi")


def test_a_district_in_a_region_the_article_does_not_name_yields_to_the_named_one() -> None:
    # the gazetteer's Gwoza lies in Borno; a story that names only Adamawa means another Gwoza
    article = "Gunmen attacked Gwoza district on Friday, officials in Nigeria's Adamawa state said."
    assert resolve(article) == ("NG", "NG-AD")


def test_a_distinctive_district_keeps_its_region_when_another_region_is_named_elsewhere() -> None:
    body = (
        "Two soldiers were killed in a raid in the North Waziristan district on Thursday, the army said.\n"
        "Attacks have risen this year, especially in Balochistan."
    )
    (event,) = extract(Article(id="t", body=body, title="Two soldiers killed in raid"))
    assert (event.country, event.region) == ("PK", "PK-KP")


def test_names_after_a_rank_or_title_are_a_person_not_places() -> None:
    gaz = get_gazetteer()
    assert find_mentions("Maj. Mai Aik Kyaw, a rebel spokesman, confirmed the shelling.", gaz) == []
    text = "It said Major Hamza Israr, a resident of Rawalpindi district, was killed."
    assert [m.text for m in find_mentions(text, gaz)] == ["Rawalpindi"]
    assert [m.text for m in find_mentions("Clashes in General Santos City killed two.", gaz)] == [
        "General Santos City"
    ]


def test_a_township_named_after_its_region_is_in_that_region() -> None:
    assert resolve("Soldiers burned houses in a Sagaing Township village on Friday, Myanmar.") == (
        "MM",
        "MM-01",
    )


def test_a_district_named_with_its_unit_word_is_the_place_its_bare_name_comes_back_as() -> None:
    # the gazetteer's only town called Puncak lies in Java; the regency of that name lies in Papua
    body = (
        "Three civilians were killed in Olen, a village in Puncak regency, Papua province, on Tuesday. "
        "Troops were hunting rebels in Puncak's Gome area. Around 900 people had sought refuge at a "
        "church, fearing more clashes, the village chief said."
    )
    events = extract(Article(id="t", body=body, title="Civilians killed in Papua"))
    assert {(e.region, e.killed, e.displaced) for e in events} == {("ID-PP", 3, None), ("ID-PP", None, 900)}


def test_a_bare_district_name_resolves_within_the_articles_country() -> None:
    body = (
        "ABUJA - Gunmen killed 12 villagers in Kala Balge in northeastern Nigeria on Sunday, the police "
        "said. Nigeria has fought insurgents for years."
    )
    (event,) = extract(Article(id="t", body=body, title="Gunmen kill villagers in Nigeria"))
    assert (event.country, event.region, event.killed) == ("NG", "NG-BO", 12)
    one_word = body.replace("Kala Balge", "Konduga")  # also a town of Borno
    (event,) = extract(Article(id="t", body=one_word, title="Gunmen kill villagers in Nigeria"))
    assert (event.country, event.region) == ("NG", "NG-BO")


def test_two_districts_of_one_region_named_together_give_that_region() -> None:
    assert resolve("Militias burned homes in the Masisi and Walikale districts, Congo.") == ("CD", "CD-NK")
    # districts of two regions name no one region
    assert resolve("Militias burned homes in the Masisi and Djugu districts, Congo.")[1] != "CD-NK"


def test_reviewed_admin1_pairs_map_regions_the_names_could_not() -> None:
    gaz = get_gazetteer()
    names = [("Amman", "JO"), ("Kaluga", "RU"), ("Barnaul", "RU"), ("Yakutsk", "RU"), ("Podolsk", "RU")]
    region = {n: {p.region for p in gaz.find_places(n) if p.country == cc} for n, cc in names}
    assert region == {
        "Amman": {"JO-AM"},
        "Kaluga": {"RU-KLU"},
        "Barnaul": {"RU-ALT"},
        "Yakutsk": {"RU-SA"},
        "Podolsk": {"RU-MOS"},
    }


def test_places_of_an_admin1_holding_several_iso_regions_go_to_the_nearest_seat() -> None:
    gaz = get_gazetteer()
    region = {n: {p.region for p in gaz.find_places(n) if p.country == "PS"} for n in
              ("Jabalia", "Beit Lahia", "Nuseirat", "Rafah", "Jenin", "Ramallah", "Gaza")}  # fmt: skip
    assert region == {
        "Jabalia": {"PS-NGZ"},
        "Beit Lahia": {"PS-NGZ"},
        "Nuseirat": {"PS-DEB"},
        "Rafah": {"PS-RFH"},
        "Jenin": {"PS-JEN"},
        "Ramallah": {"PS-RBH"},
        "Gaza": {"PS-GZA"},
    }
    # the admin1's own name ("West Bank") names none of the regions it holds
    assert not [r for r in gaz.find_regions("West Bank") if r.country == "PS"]


def test_the_name_before_city_of_says_where_the_town_is() -> None:
    assert resolve("An Israeli strike killed 12 people in the southern Gaza city of Rafah.") == (
        "PS",
        "PS-RFH",
    )
    assert resolve("Shelling hit the eastern Ukrainian city of Kramatorsk.") == ("UA", "UA-14")


def test_a_region_named_with_its_unit_counts_when_the_article_names_only_a_party() -> None:
    assert resolve("Ukrainian drones killed a woman in the Moscow region overnight.") == ("RU", "RU-MOS")
    article = "In Pakistan, militants attacked a vehicle in the Karak district. Three soldiers were killed."
    assert resolve("Militants attacked a vehicle in the Karak district.", article)[0] != "JO"


def test_gaza_alone_is_the_strip_and_gaza_city_its_governorate() -> None:
    assert resolve("Israeli strikes killed 30 people across Gaza on Monday.") == ("PS", None)
    assert resolve("A strike on a home in Gaza City killed six people.") == ("PS", "PS-GZA")


def test_a_town_named_like_its_governorate_votes_for_its_country_over_a_foreign_village() -> None:
    assert resolve("The Israeli military said it killed 20 militants during a raid on Jenin.") == (
        "PS",
        "PS-JEN",
    )


def test_the_firing_sides_demonym_yields_to_any_other_hint_of_the_country() -> None:
    article = "Russian attacks killed 11 civilians over the past day, Ukrainian officials said."
    ctx = article_context(find_mentions(article, get_gazetteer()), [])
    assert ctx.primary_country == "UA"
    alone = "Israeli strikes killed 11 people overnight."
    assert article_context(find_mentions(alone, get_gazetteer()), []).primary_country == "IL"


def test_regions_named_by_a_compass_word_with_their_unit_or_as_the_region_of_a_country() -> None:
    assert resolve("Five were killed in the West region of Cameroon.") == ("CM", "CM-OU")
    assert resolve("A bomb in the anglophone Northwest province of Cameroon injured 7.") == ("CM", "CM-NW")
    assert resolve("Five soldiers were killed in the western region of Cameroon.") == ("CM", "CM-OU")
    assert resolve("Five soldiers were killed in western Cameroon.") == ("CM", None)


def test_towns_named_without_their_arabic_article_are_found() -> None:
    assert resolve("Five were killed in a car bomb in Qamishli, Syria.") == ("SY", "SY-HA")
    assert resolve("A drone strike hit Mayadin in eastern Syria.") == ("SY", "SY-DY")


def test_where_victims_were_taken_is_not_where_they_fell_but_a_compass_side_of_a_town_is_by_it() -> None:
    taken = "A strike killed five, according to Nasser Hospital in Khan Younis, where the bodies were taken."
    assert [m.kind for m in find_mentions(taken, get_gazetteer())] == ["directional"]
    assert resolve("A strike flattened a home west of Khan Younis, killing four people.") == ("PS", "PS-KYS")
    assert resolve("The wounded were rushed to Peshawar after the blast.") == ("PK", None)


def test_seas_and_gulfs_are_no_places() -> None:
    assert resolve("Houthi rebels attacked a ship in the Red Sea, killing three sailors.") == (None, None)
    assert resolve("A missile hit a vessel in the Gulf of Aden, killing two crew.") == (None, None)
    assert resolve("Fighting in Sudan's Red Sea state killed five.") == ("SD", "SD-RS")


def test_a_compass_side_of_a_country_whose_name_holds_of_is_directional() -> None:
    def first(text: str) -> tuple[str, str, str | None]:
        m = find_mentions(text, get_gazetteer())[0]
        return m.kind, m.text, m.country

    said = "Some 120,000 people have fled fighting in eastern Democratic Republic of the Congo since June."
    assert first(said) == ("directional", "eastern Democratic Republic of the Congo", "CD")
    short = "Some 120,000 people have fled fighting in northern Republic of Congo, aid groups said."
    assert first(short)[::2] == ("directional", "CG")
    assert first("Life in the southern Lebanon of Hezbollah.") == ("directional", "southern Lebanon", "LB")


def test_regions_and_countries_named_in_the_english_of_wire_reports() -> None:
    # the English of French or Portuguese regional names, a Kurdish spelling, a country's short name
    assert resolve("Jihadists killed 14 soldiers in Burkina Faso's Centre-North region.") == ("BF", "BF-05")
    assert resolve("An ambush killed six in the East region of Burkina Faso.") == ("BF", "BF-08")
    assert resolve("An ambush killed six in Cameroon's East region.") == ("CM", "CM-ES")
    assert resolve("Separatists killed three in Cameroon's Adamawa region.") == ("CM", "CM-AD")
    assert resolve("Bandits killed three in Adamawa state, Nigeria.") == ("NG", "NG-AD")
    assert resolve("Insurgents beheaded 11 in Mozambique's Cape Delgado province.") == ("MZ", "MZ-P")
    assert resolve("A drone strike near Sulaimani killed two.") == ("IQ", "IQ-KR")
    assert resolve("An attack in western Burkina killed nine soldiers.") == ("BF", None)


def test_a_region_of_a_country_not_named_counts_when_no_named_country_has_a_namesake() -> None:
    # where people fled to names another country; the region they fled from is still its own country's
    article = "Fighting in Rakhine state has forced 20,000 people to flee into Bangladesh, the UN said."
    assert resolve(article) == ("MM", "MM-16")


def test_a_town_called_by_its_own_name_beats_a_bigger_town_once_called_so() -> None:
    # GeoNames keeps "Pokrovsk" as an old name of Russia's Engels; the countries tie here
    article = "Russia and Ukraine traded blame. Fighting raged around Pokrovsk."
    assert resolve("Fighting raged around Pokrovsk.", article) == ("UA", "UA-14")


def test_a_country_whose_ministry_or_army_speaks_is_a_party_not_the_place() -> None:
    text = "Fighting killed 15 Ukrainian soldiers, Russia's defence ministry claimed."
    assert [(m.kind, m.country) for m in find_mentions(text, get_gazetteer()) if m.country == "RU"] == [
        ("actor", "RU")
    ]


def test_a_small_town_heading_a_district_of_its_name_votes_for_its_country() -> None:
    # "Riyom" is a town and a local government area of Nigeria's Plateau state, not Benin's Plateau
    assert resolve("Gunmen killed 4 people in Riyom, police in Plateau said.") == ("NG", "NG-PL")


def test_a_district_named_by_one_word_after_its_country_possessive_gives_its_region() -> None:
    assert resolve("In Pakistan's Kurram, sectarian clashes killed 12 people.") == ("PK", "PK-KP")


def test_conflict_areas_spanning_regions_give_their_country_and_one_regions_own_area_its_region() -> None:
    assert resolve("A drone strike killed 8 people in Kordofan.") == ("SD", None)
    assert resolve("A bomb killed 4 soldiers in Puntland.") == ("SO", None)
    assert resolve("Clashes in the Kivus killed 20 people.") == ("CD", None)
    assert resolve("Fighting in the Nuba Mountains killed 14 people.") == ("SD", "SD-KS")


def test_a_countrys_capital_by_its_possessive_or_of_phrase_is_the_capital_city() -> None:
    assert resolve("Gang violence killed 12 people in Haiti's capital.") == ("HT", "HT-OU")
    assert resolve("A car bomb killed 6 people in the capital of Somalia.") == ("SO", "SO-BN")


def test_a_region_named_as_a_reference_point_gives_its_own_country() -> None:
    # "Chechnya" is also a Ukrainian hamlet's name; troops "returned to" the Russian republic

    (mention,) = find_mentions("Russian troops returned to Chechnya in 1999.", get_gazetteer())[1:]
    assert (mention.kind, mention.country) == ("directional", "RU")


def test_russian_republics_by_their_english_names() -> None:
    assert resolve("Gunmen killed 3 police officers in Ingushetia.") == ("RU", "RU-IN")
    assert resolve("An explosion killed 2 people in Kabardino-Balkaria.") == ("RU", "RU-KB")


def test_a_capital_named_after_its_description_is_that_city() -> None:
    # the country's capital of today may be another city than the one the story names
    assert resolve("Rebels shelled the Burundian capital, Bujumbura, killing 4 people.") == ("BI", "BI-BM")
    assert resolve("Rebels shelled the Burundian capital, killing 4 people.")[0] == "BI"


def test_provinces_in_the_philippine_region_they_belong_to_now() -> None:
    # pycountry files Lanao del Norte under Central Mindanao (it moved to Northern Mindanao in 2001)
    assert resolve("A clash near Munai in Lanao del Norte province killed 6 soldiers.") == ("PH", "PH-10")
    assert resolve("A bomb in Basilan province killed 3 people.") == ("PH", "PH-14")


def test_in_names_word_by_word_are_the_written_out_regex_s() -> None:
    texts = [
        "Fighting in Kandarhar and near Helmandd, at Kabulll in Farahhh.",
        "xin Kandarhar, (in Kandarhar), _in Kandahar, 1in Kandahar, in  Kandahar Province",
        "at\nKandahar's gate; in Kandahar City; near Lashkargah",
        "in Kandarhar",
    ]
    for text in texts:
        assert [(m.span(), m.group(1)) for m in places._in_names(text)] == [
            (m.span(), m.group(1)) for m in places._IN_NAME.finditer(text)
        ]


def test_words_read_around_a_lead_as_holds_any_finds_them() -> None:
    from streams.extract.textnorm import holds_any

    for text in [
        "North and South Kivu",
        "x and  North",
        " and Central",
        "and North",
        "al-Qaeda",
        "ash-Sham",
        "-",
        "",
    ]:
        assert places._holds_after(text, " and ", places._COMPASS_AFTER_AND) == holds_any(
            text, places._AND_COMPASS
        )
        assert places._holds_before(text, "-", places._PARTICLES_BEFORE_HYPHEN) == holds_any(
            text, places._FIRST_PARTICLES
        )


def test_a_hamlet_spelt_otherwise_in_another_region_yields_to_the_region_the_story_names() -> None:
    body = (
        "At least 11 civilians were killed on Tuesday in junta airstrikes in Pale Township, Sagaing Region. "
        "A jet dropped bombs on a monastery in Nyaung Kone village, killing 10 villagers."
    )
    events = extract(Article(id="t", body=body))
    assert {e.region for e in events} == {"MM-01"}


def test_a_hamlet_spelt_alike_in_another_region_yields_to_the_region_the_story_names() -> None:
    # the gazetteer's only Pauktaw is a hamlet of Magway; the township of that name lies in Rakhine
    body = (
        "Junta airstrikes killed three residents of a village in Rakhine State on Tuesday. Later that day, "
        "soldiers shelled Pauktaw township's Maw Htoke Gyi village, injuring six people."
    )
    events = extract(Article(id="t", body=body))
    assert {e.region for e in events} == {"MM-16"}


def test_a_town_across_the_border_from_the_place_is_a_reference_point() -> None:
    body = "Gunmen killed four people in Nuevo Laredo, across the border from Laredo, Texas, on Sunday."
    (event,) = extract(Article(id="t", body=body))
    assert (event.country, event.region) == ("MX", "MX-TAM")


def test_of_two_regions_named_in_two_countries_the_storys_country_wins() -> None:
    body = (
        "Somali forces killed 12 militants near the town of Jowhar on Thursday. On Friday, 19 militants were "
        "killed in fighting near the Basra district, in a village between the Basra and Bal'ad districts in "
        "the Middle Shabelle region."
    )
    events = extract(Article(id="t", body=body, title="Militants killed in Somalia"))
    assert {(e.country, e.region) for e in events if e.killed == 19} == {("SO", "SO-SD")}


def test_a_seat_of_government_as_the_source_is_no_place() -> None:
    gaz = get_gazetteer()
    # (the seat still tells the country: a mention of the country only, no place or region)
    said = find_mentions("According to Stepanakert, 300 soldiers were killed.", gaz)
    assert [(m.kind, m.country) for m in said] == [("directional", "AZ")]
    assert all(m.kind != "place" for m in find_mentions("Yerevan claimed 300 soldiers were killed.", gaz))
    assert [m.kind for m in find_mentions("Shelling in Stepanakert killed 3.", gaz)] == ["place"]


def test_the_country_attackers_came_from_is_not_where_they_struck() -> None:
    gaz = get_gazetteer()
    text = "Armed men crossing from DRC shot and burned villagers in Cibitoke, killing 26."
    assert [m.kind for m in find_mentions(text, gaz) if m.text == "DRC"] == ["actor"]
    text = "Some 3,000 refugees crossing from Sudan arrived in Chad."
    assert [m.kind for m in find_mentions(text, gaz) if m.text == "Sudan"] == ["country"]


def test_a_region_set_by_the_sentence_before_makes_a_small_toll_another_incident() -> None:
    body = (
        "A drone killed one man in the city of Kherson on Saturday, the governor said. In Kharkiv region, "
        "Russian forces struck the village of Kupiansk. The body of a 70-year-old woman was retrieved from "
        "the rubble, the regional governor said."
    )
    events = [e for e in extract(Article(id="t", body=body)) if not e.previously_reported]
    assert sorted((e.region, e.killed) for e in events) == [("UA-63", 1), ("UA-65", 1)]


def test_a_possessive_inside_a_place_name_is_part_of_it() -> None:
    gaz = get_gazetteer()
    text = "Two men were shot dead in a camp near Cox’s Bazar on Monday."
    assert [(m.text, m.kind) for m in find_mentions(text, gaz)] == [("Cox’s Bazar", "place")]
    text = "Two men were shot dead in Kabul's Dasht-e-Barchi on Monday."
    assert next(m.text for m in find_mentions(text, gaz)) == "Kabul"


def test_an_opening_that_recalls_an_earlier_blast_does_not_place_the_new_one() -> None:
    body = (
        "A suicide bomber killed 40 people at a rally in Balochistan on Friday, officials said. Hours after "
        "the blast in Balochistan, a second bomb exploded at a mosque in Khyber Pakhtunkhwa's Hangu city, "
        "killing five people and injuring 12."
    )
    events = [e for e in extract(Article(id="t", body=body)) if not e.previously_reported]
    assert sorted((e.region, e.killed) for e in events) == [("PK-BA", 40), ("PK-KP", 5)]


def test_names_with_a_marked_capital_are_found_and_given_as_written() -> None:
    from streams.extract.textnorm import same_length_ascii

    text = "Two soldiers died in the southeastern province of Şırnak and near Çorum, officials said."
    found = [
        (m.text, m.kind, m.regions[0].code if m.regions else None)
        for m in find_mentions(text, get_gazetteer())
    ]
    assert ("Şırnak", "region", "TR-73") in found
    assert ("Çorum", "place", "TR-19") in found
    assert same_length_ascii("Şırnak “Łódź”") == "Sirnak “Lodz”"
    assert len(same_length_ascii("Ōita, Ḩalab, Đà Nẵng")) == len("Ōita, Ḩalab, Đà Nẵng")


def test_the_arabic_article_before_a_name_spelt_without_it() -> None:
    text = "Al-Nuseirat, one of the eight camps, was shelled on Saturday."
    found = [(m.text, m.places[0].region if m.places else None) for m in find_mentions(text, get_gazetteer())]
    assert found == [("Al-Nuseirat", "PS-DEB")]


def test_a_long_run_of_names_keeps_a_surname_from_being_a_town() -> None:
    text = "Venezuelan Defence Minister Vladimir Padrino Lopez earlier this week said two soldiers died."
    assert [m.text for m in find_mentions(text, get_gazetteer())] == ["Venezuelan"]


def test_breakaway_regions_outside_iso_name_their_country() -> None:
    found = find_mentions("Thousands fled South Ossetia on Friday.", get_gazetteer())
    assert [(m.text, m.kind, m.country) for m in found] == [("South Ossetia", "country", "GE")]


def test_refugees_who_sought_asylum_count_where_their_people_fled_from() -> None:
    body = (
        "Fighting between the army and rebels has displaced thousands in North Kivu. Some 91,000 Congolese "
        "people have sought asylum in neighbouring Uganda since the beginning of the year, the UN said."
    )
    (event,) = extract(Article(id="t", body=body))
    assert (event.country, event.region, event.displaced) == ("CD", None, 91_000)


def test_a_flow_of_a_named_people_counts_where_they_fled_from() -> None:
    body = (
        "Fighting raged around Tskhinvali. Russian authorities say more than 30,000 South Ossetians have "
        "fled their homes, most of them to North Ossetia."
    )
    (event,) = extract(Article(id="t", body=body))
    assert (event.country, event.region, event.displaced) == ("GE", None, 30_000)


def test_a_countrys_lower_case_compass_part_is_no_region() -> None:
    gaz = get_gazetteer()
    found = [(m.text, m.kind) for m in find_mentions("Gunmen killed six in Nigeria's north-east.", gaz)]
    assert ("Nigeria's north-east", "directional") in found
    found = [
        (m.text, m.kind) for m in find_mentions("Separatists attacked in Cameroon's Northwest region.", gaz)
    ]
    assert ("Northwest", "region") in found


def test_other_attacks_in_a_part_of_the_country_are_not_placed_where_the_lead_was() -> None:
    body = (
        "Gunmen killed 13 police officers in an ambush in the state of Guerrero on Monday. At least six more "
        "people were killed Monday in two other attacks in Mexico's southwest, officials said."
    )
    events = extract(Article(id="t", body=body))
    assert sorted((e.killed, e.region) for e in events) == [(6, None), (13, "MX-GRO")]


def test_a_country_in_a_groups_name_is_no_place() -> None:
    assert resolve("Four soldiers died, said a spokesman of the Forces for the Liberation of Rwanda.") == (
        None,
        None,
    )
    assert resolve("Fighters of the Army for the Defence of Chad raided a post in Bangui.")[0] == "CF"


def test_the_city_of_the_hospital_that_received_the_dead_is_not_where_they_fell() -> None:
    sentence = "Misrata central hospital said it received four dead fighters after clashes in Sirte."
    assert resolve(sentence) == ("LY", "LY-SR")


def test_a_stock_of_a_named_people_with_no_host_named_counts_where_they_fled_from() -> None:
    body = (
        "Thousands of refugees fleeing the fighting continue to cross into Senegal and Guinea, the UN said. "
        "Nearly 40,000 Malian refugees are now spread across the region."
    )
    events = extract(Article(id="t", body=body))
    assert [(e.country, e.displaced) for e in events if e.displaced] == [("ML", 40_000)]


def test_an_agency_and_city_on_a_line_of_their_own_are_a_dateline() -> None:
    body = "AFP, KANO, Nigeria\n\nGunmen killed 16 people in a village in Zamfara, police said."
    assert body[: places.dateline_end(body)].strip() == "AFP, KANO, Nigeria"
    assert places.dateline_end("Gunmen killed 16 people in Kano, police said.") == 0


def test_a_city_and_month_day_opening_the_story_is_a_dateline() -> None:
    body = "Juba, Jan 17 At least 16 people have been killed in clashes in Yei, officials said."
    assert body[places.dateline_end(body) :].startswith("At least 16")
    assert places.dateline_end("Juba, the capital, was calm on Jan 17 after clashes.") == 0


def test_refugees_who_crossed_into_a_country_count_where_the_story_is() -> None:
    body = (
        "Militias attacked villages in Sudan on Sunday, killing 12 people, officials said. "
        "About 4,000 people fled to neighbouring Chad after the attack, UNHCR said."
    )
    events = extract(Article(id="t", body=body))
    assert [(e.country, e.displaced) for e in events if e.displaced] == [("SD", 4_000)]


def test_a_reference_point_is_in_the_country_of_the_town_of_that_very_name() -> None:
    # a city that lists the name among its old names is not the town called so
    (yei,) = find_mentions("Some 2,000 people fled towards Yei on Sunday.", get_gazetteer())
    assert (yei.kind, yei.country) == ("directional", "SS")


def test_a_one_word_place_before_another_capitalised_word_is_part_of_a_longer_name() -> None:
    gaz = get_gazetteer()
    assert [m.text for m in find_mentions("Traders in Eil Waq said the town was calm.", gaz)] == []
    # ... but not before a day, a unit or a compass word, nor after a possessive, nor in a headline
    assert [m.text for m in find_mentions("A bomb exploded in Kabul Tuesday.", gaz)] == ["Kabul"]
    assert resolve("A policeman was killed in Manipur’s Imphal West district.") == ("IN", "IN-MN")
    assert "Kabul" in [m.text for m in find_mentions("Five Killed in Kabul Market Blast", gaz)]
    assert "Kabul" not in [m.text for m in find_mentions("Five killed in Kabul Market blast", gaz)]


def test_a_dateline_of_two_cities_is_a_dateline() -> None:
    from streams.extract.places import dateline_end

    body = "KARACHI/QUETTA- Five soldiers were killed in Kech district, the army said."
    assert body[: dateline_end(body)] == "KARACHI/QUETTA- "
    body = "BOGOTA/CALI, (Reuters) – Four police officers were killed in Cauca."
    assert body[: dateline_end(body)] == "BOGOTA/CALI, (Reuters) – "


def test_a_province_beside_the_capital_is_not_the_capitals_province() -> None:
    body = (
        "Troops accidentally killed two civilians in a province just south of the capital, Kabul, NATO said."
    )
    (event,) = extracted(body, "2022-05-17")
    assert (event.country, event.region) == ("AF", None)


def test_where_a_spokesman_told_reporters_is_not_where_the_fighting_was() -> None:
    body = (
        "Troops killed at least 40 militants in fighting in Hiiraan region, Somalia, on Thursday.\n"
        "A defence ministry spokesman told reporters in Mogadishu that 40 fighters were killed."
    )
    events = extracted(body, "2022-05-20")
    assert [(e.region, e.killed) for e in events] == [("SO-HI", 40)]


def test_far_opening_a_sentence_is_no_place() -> None:
    text = "Far off villagers have since expressed worries over missing relatives."
    assert find_mentions(text, get_gazetteer()) == []


def test_where_stolen_cattle_came_from_is_not_where_the_clash_was() -> None:
    body = (
        "The commissioner of Panyijiar in Unity State, South Sudan, said calm had returned.\n"
        "Six people were killed on Tuesday when forces tried to recover 40 cattle stolen from Yirol East "
        "County of Lakes State."
    )
    (event,) = extracted(body, "2024-11-21")
    assert (event.region, event.killed) == ("SS-UY", 6)


def test_a_name_in_a_list_of_villages_is_a_village_not_the_province_or_city_of_that_name() -> None:
    text = "The villages attacked are Pangane, Nambo, Naunde, and Manica."
    assert [m.text for m in find_mentions(text, get_gazetteer())] == []
    text = "Gunmen attacked villages in Manica province."
    assert [m.text for m in find_mentions(text, get_gazetteer())] == ["Manica"]


def test_in_the_capital_opening_a_sentence_is_the_countrys_capital() -> None:
    body = (
        "Taliban insurgents attacked a checkpoint in Farah province, Afghanistan, on Saturday, killing three "
        "police.\n"
        "In the capital, meanwhile, two gunmen shot dead a security guard late on Friday, police said."
    )
    events = extracted(body, "2022-05-21")
    assert [(e.region, e.killed) for e in events] == [("AF-FRA", 3), ("AF-KAB", 1)]


def test_the_country_named_before_state_of_is_no_state_of_that_name() -> None:
    text = "An attack in a remote community in the southern Mexico state of Michoacan killed five."
    kinds = {(m.text, m.kind) for m in find_mentions(text, get_gazetteer())}
    assert ("Mexico", "region") not in kinds and ("Michoacan", "region") in kinds


def test_a_region_named_like_a_people_of_a_country_named_after_is_the_region() -> None:
    text = "Two people died in clashes in the Somali region of Ethiopia, officials said."
    regions = [
        [r.code for r in m.regions] for m in find_mentions(text, get_gazetteer()) if m.kind == "region"
    ]
    assert regions == [["ET-SO"]]


def test_a_village_the_article_places_next_to_a_town_is_in_that_towns_region_when_named_again() -> None:
    body = (
        "Syrian troops swept into a village near the coast on Thursday, activists said. Activists said the "
        "violence in Bayda, a village outside the city of Banias, was the worst in months. Fighting raged "
        "around Qusair, near the Lebanese border. The Observatory said fighting in Bayda early Thursday left "
        "at least six government troops dead."
    )
    events = extracted(body, "2013-05-03", title="Syria")
    assert [(e.killed, e.region) for e in events] == [(6, "SY-TA")]


def test_not_opening_a_sentence_is_no_place() -> None:
    body = (
        "Not less than 12 persons were killed on Saturday when suspected herdsmen invaded a community in "
        "Bassa LGA of Plateau State, residents said."
    )
    events = extracted(body, "2023-05-14")
    assert [(e.killed, e.country, e.region) for e in events] == [(12, "NG", "NG-PL")]


def test_words_that_open_sentences_are_no_hamlets_abroad() -> None:
    gaz = get_gazetteer()
    for word in ("Just", "Still", "Yet", "Out", "Off"):
        assert find_mentions(f"{word} 12 people were killed in the attack on Monday.", gaz) == []


def test_a_stock_of_refugees_is_in_the_country_named_as_its_host() -> None:
    body = (
        "Fighting in Rakhine state, Myanmar, has killed 12 people. Bangladesh, which already hosts some "
        "400,000 Rohingya who have fled Myanmar over the years, has vowed to block new arrivals."
    )
    events = extracted(body, "2017-08-30")
    assert [(e.displaced, e.country, e.region) for e in events if e.displaced] == [(400_000, "BD", None)]


def test_two_regions_named_together_are_one_countrys_when_both_names_are_found_there() -> None:
    gaz = get_gazetteer()
    text = "Separatists declared independence of the two Anglophone regions of Northwest and Southwest."
    (m,) = find_mentions(text, gaz)
    assert (m.kind, [r.code for r in m.regions]) == ("multi_region", ["CM-NW", "CM-SW"])


def test_a_news_agency_in_a_dateline_is_no_place() -> None:
    gaz = get_gazetteer()
    assert [m.text for m in find_mentions("YAOUNDE, Oct. 22 (Xinhua) -- Soldiers killed seven.", gaz)] == []


def test_a_stock_the_region_has_seen_is_the_storys_region_not_the_land_of_some_of_them() -> None:
    body = (
        "Attacks in the Diffa region of Niger have displaced more than 18,000 people, many of whom are "
        "seeking safety in Diffa town. Since 2015, the region has seen almost a quarter of a million "
        "people forcibly displaced, almost half of whom are refugees from Nigeria."
    )
    events = extracted(body, "2019-04-10")
    stocks = [(e.displaced, e.country, e.region) for e in events if e.displaced_kind == "cumulative"]
    assert stocks == [(250_000, "NE", "NE-2")]


def test_a_surname_after_a_title_and_a_given_name_is_no_place() -> None:
    # "Klang" (Malaysia) is the surname's alias in the gazetteer; the story's place is Malakal
    text = "Gunmen killed 12 people in Malakal. Information minister Abraham Kelang confirmed the attack."
    assert resolve(text) == ("SS", "SS-NU")
    assert "Kelang" not in [m.text for m in find_mentions(text, get_gazetteer())]


def test_a_compass_word_inside_a_longer_name_is_no_region_of_that_name() -> None:
    assert resolve("Youths attacked a village in Pochalla North County.") == (None, None)
    assert resolve("Jihadists killed 12 soldiers in the North region of Burkina Faso.") == ("BF", "BF-10")
    assert resolve("Separatists killed 12 soldiers in Cameroon's West region.") == ("CM", "CM-OU")


def test_the_place_of_an_incident_recalled_after_the_toll_is_not_the_tolls() -> None:
    body = (
        "Gunmen killed six herders in Zamfara state on Monday, two days after attacking a market in Katsina "
        "state."
    )
    assert [(e.country, e.region) for e in extracted(body, "2024-03-06")] == [("NG", "NG-ZA")]


def test_the_towns_a_road_joins_are_not_where_on_it_the_incident_was() -> None:
    body = (
        "Gunmen killed seven passengers on the Mombasa-Lamu highway on Friday. The attack took place at a "
        "village between Witu and Mpeketoni in Lamu County."
    )
    assert [(e.country, e.region) for e in extracted(body, "2024-03-06")] == [("KE", "KE-21")]
    assert [m.text for m in find_mentions("a bus on the Mombasa-Lamu highway", get_gazetteer())] == []
    found = find_mentions("an attack on the Kirkuk-Daquq road", get_gazetteer())  # one region's road
    assert [m.text for m in found] == ["Kirkuk", "Daquq"]
    assert [m.text for m in find_mentions("a bus from Mombasa to Lamu", get_gazetteer())] == [
        "Mombasa",
        "Lamu",
    ]


def test_a_district_named_bare_by_a_distinctive_name_is_found_without_its_country() -> None:
    assert resolve("Security forces killed nine militants in North Waziristan on Monday.") == ("PK", "PK-KP")
    assert resolve("Gunmen shot dead two policemen in Lower Dir.") == ("PK", "PK-KP")


def test_a_part_of_a_foreign_region_named_in_a_story_of_another_country_votes_for_nothing() -> None:
    from streams.extract.gazetteer import get_gazetteer
    from streams.extract.places import article_context, find_mentions

    gaz = get_gazetteer()
    body = (
        "A drone attack on a market in Khartoum killed 40 people as fighting goes on across Sudan. Three "
        "dozen others were injured in the attack in the Mayo district."
    )
    ctx = article_context(find_mentions(body, gaz), [])
    assert set(ctx.countries) == {"SD"}


def test_a_countrys_troops_abroad_are_a_party_not_the_place() -> None:
    text = "Nine Malian soldiers were killed as the commander of France's counter-terrorism force spoke."
    assert [(m.kind, m.country) for m in find_mentions(text, get_gazetteer()) if m.country == "FR"] == [
        ("actor", "FR")
    ]
    # the country itself, no force after it, is still a place
    text = "Nine soldiers were killed in France's south on Monday."
    assert [m.kind for m in find_mentions(text, get_gazetteer()) if m.country == "FR"] != ["actor"]


def test_lake_chad_is_the_shore_region_of_the_storys_country() -> None:
    chad = "Jihadists killed 26 Chadian soldiers in an attack on their patrol around the Lake Chad area."
    assert [(e.country, e.region) for e in extracted(chad, "2021-08-06")] == [("TD", "TD-LC")]
    niger = "Jihadists killed 9 soldiers on an island of Lake Chad in Niger on Monday, officials said."
    assert [(e.country, e.region) for e in extracted(niger, "2021-08-06")] == [("NE", "NE-2")]
    nigeria = "Boko Haram killed 12 fishermen on Lake Chad near the Nigerian town of Baga, officials said."
    assert [(e.country, e.region) for e in extracted(nigeria, "2021-08-06")] == [("NG", "NG-BO")]


def test_a_city_is_no_hamlet_of_its_name() -> None:
    # Veracruz holds a hamlet called Monterrey; "the city of Monterrey" is Nuevo Leon's
    body = (
        "Gunmen killed 23 people in Coatzacoalcos, Veracruz. "
        "In the northern city of Monterrey, 5 were killed."
    )
    assert [(e.killed, e.region) for e in extracted(body, "2019-08-29")] == [(23, "MX-VER"), (5, "MX-NLE")]


def test_a_region_named_only_by_its_citys_name_takes_no_town_of_another_region() -> None:
    # the gazetteer knows no population for Tal Afar (Nineveh); Baghdad is a city and its governorate
    body = (
        "BAGHDAD (AP) - A truck bomb killed 30 people at a market in Tal Afar on Saturday. "
        "In Baghdad, car bombs killed nine people, police in Baghdad said."
    )
    assert [(e.killed, e.region) for e in extracted(body, "2007-03-31")] == [(30, "IQ-NI"), (9, "IQ-BG")]


def test_a_place_told_with_its_country_after_a_comma_is_that_countrys() -> None:
    # "Mare" (a Rio favela) matches the Maldives' capital among the gazetteer's names; Brazil is the country
    body = "Police killed 5 people in Mare, Brazil, on Monday, officials said."
    assert [(e.country, e.region) for e in extracted(body, "2024-05-20")] == [("BR", None)]
    body = "Rebels killed 5 people in Goma, Congo, on Monday."
    assert [(e.country, e.region) for e in extracted(body, "2024-05-20")] == [("CD", "CD-NK")]


def test_a_time_and_date_line_before_the_dateline_is_passed_over() -> None:
    title = "Missile attack leaves 12 civilians dead in Ganja"
    body = (
        f"{title}\n01:10 PM | 17 Oct, 2020\nBAKU – 12 people were killed when missiles hit Ganja on Saturday."
    )
    assert [(e.killed, e.region) for e in extracted(body, "2020-10-17", title)] == [(12, "AZ-GA")]


def test_a_hospital_named_after_a_name_only_other_names_hold_gives_no_country() -> None:
    # no place is called Nasir itself; a Turkish and a Sudanese place list it as another name
    text = "Doctors took 16 people with gunshot wounds to its Nasir hospital."
    assert [m.country for m in find_mentions(text, get_gazetteer())] == []
    assert [m.country for m in find_mentions("They were taken to Yei hospital.", get_gazetteer())] == ["SS"]
