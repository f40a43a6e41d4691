"""Substring gates before regexes: the strings a match needs, and the same results as the regex."""

from __future__ import annotations

import re

from streams.extract import classify, pipeline, places
from streams.extract.prefilter import (
    ASCII_ALIKE_PUNCTUATION,
    Alternatives,
    Gated,
    ascii_alike,
    ascii_twin,
    gate_keys,
    gated,
    required_strings,
    top_level_branches,
)
from streams.extract.textnorm import alternation

TEXTS = [
    "",
    "The government put the exact figure at 100,417 on Monday.",
    "Officials PUT THE OFFICIAL NUMBER AT 12.",
    "It was the deadliest attack since 2010, when gunmen killed 40.",
    "ſince the attack, the ſame toll stood; İn the north, ıt rose.",
    "Three soldiers were killed in an ambush near Kidal, the army said.",
    "No figure was given.",
    "the the the figure figure",
]


def test_the_words_a_match_cannot_do_without() -> None:
    exact = re.compile(r"\bput\s+the\s+(?:exact|official)\s+(?:figure|number|tally)\s+at\s+(\d+)", re.I)
    # the required part whose shortest string is longest, then the one with fewer strings
    assert required_strings(exact) == (("exact", "official"), True)
    assert required_strings(re.compile(r"\bdeaths?\s+of\b")) == (("death",), False)


def test_optional_parts_lookarounds_and_classes_require_nothing() -> None:
    assert required_strings(re.compile(r"(?:since\s+)?\d+")) is None
    assert required_strings(re.compile(r"(?=since)\w+")) is None
    assert required_strings(re.compile(r"[A-Z][a-z]+|since")) is None  # one branch needs no literal
    assert required_strings(re.compile(r"a(?:b|)c")) == (("a",), False)


def test_words_grouped_by_first_letter_are_still_required_whole() -> None:
    # alternation() writes "m(?:arch|ay)|june": the letter and what each alternative starts with
    grouped = re.compile(rf"\b(?:{alternation(['march', 'may', 'june'])})\s+\d")
    assert required_strings(grouped) == (("june", "march", "may"), False)
    # a literal of a good length alone is kept as it is ("follow" for "follows|followed")
    assert required_strings(re.compile(r"\bfollow(?:s|ed)\b")) == (("follow",), False)


def test_alternation_by_first_letter_matches_as_the_plain_one() -> None:
    words = ["counties", "county", "province", "sub-county", "state", "states", "local government area"]
    assert alternation(words[:3]) == "c(?:ounties|ounty)|province"
    for flags in (0, re.I):
        plain = re.compile(rf"\b({'|'.join(re.escape(w) for w in words)})\b", flags)
        grouped = re.compile(rf"\b({alternation(words)})\b", flags)
        for text in [
            *TEXTS,
            "in the counties of X, the county, a sub-county and two states; the State of Y",
            "Local Government Area officials in the local government area, statewide",
        ]:
            assert [(m.span(), m.groups()) for m in grouped.finditer(text)] == [
                (m.span(), m.groups()) for m in plain.finditer(text)
            ]


def test_alternation_needs_lower_case_first_letters() -> None:
    for words in (["Kabul", "kandahar"], ["éire"], [""]):
        try:
            alternation(words)
        except ValueError:
            continue
        raise AssertionError(words)


def test_case_is_kept_unless_the_pattern_ignores_it() -> None:
    assert required_strings(re.compile(r"\bMonday\b")) == (("Monday",), False)
    assert required_strings(re.compile(r"\b(?i:Monday)\b")) == (("monday",), True)
    assert required_strings(re.compile(r"(?i)\bMonday\b")) == (("monday",), True)


def test_non_ascii_literals_break_the_strings() -> None:
    # "ſ" and other non-ASCII letters can match in ways lower-casing does not show
    assert required_strings(re.compile(r"killed–wounded", re.I)) == (("wounded",), True)


def test_gate_keys_cover_every_string_with_fewer() -> None:
    strings = ("a week earlier", "days earlier", "earlier this month", "last month", "last year", "ago")
    keys = gate_keys(strings)
    assert keys == ("ago", "earlier", "last")
    assert all(any(k in s for k in keys) for s in strings)
    assert gate_keys(("apr", "april", "may")) == ("apr", "may")  # "april" holds "apr"


def _same(g: Gated, regex: re.Pattern[str], text: str) -> None:
    assert [m.span() for m in g.finditer(text)] == [m.span() for m in regex.finditer(text)]
    found, expected = g.search(text), regex.search(text)
    assert (found and found.span()) == (expected and expected.span())
    assert bool(g.match(text)) == bool(regex.match(text))
    assert bool(g.fullmatch(text)) == bool(regex.fullmatch(text))
    assert g.findall(text) == regex.findall(text)
    assert g.sub("#", text) == regex.sub("#", text)


def test_a_gated_regex_finds_what_the_regex_finds() -> None:
    patterns = [
        re.compile(r"\bput\s+the\s+(?:exact|official)\s+(?:figure|number)\s+at\s+(\d+)", re.I),
        re.compile(r"\bsince\s+(?:19|20)\d\d\b", re.I),
        re.compile(r"\bSame\b"),
        re.compile(r"\b(?i:in)\s+the\s+north\b"),
    ]
    for regex in patterns:
        g = Gated(regex)
        for text in TEXTS:
            _same(g, regex, text)
    assert not Gated(patterns[0]).may_match("No figure was given.".replace("figure", "word"))
    assert Gated(patterns[1]).may_match("ſince 2010")  # "ſ" matches "s" case-insensitively


def test_other_attributes_are_the_regex_own() -> None:
    regex = re.compile(r"(?P<n>\d+) killed", re.I)
    g = gated(regex)
    assert g.groupindex == regex.groupindex and g.flags == regex.flags and g.pattern == regex.pattern


def test_the_modules_gated_regexes_find_what_they_would_without_the_gate() -> None:
    from streams.bench import corpus
    from streams.extract.sentences import split_sentences

    texts = TEXTS + [s.text for a in corpus.articles(60) for s in split_sentences(a["body"])]
    cues = [classify.cue_pattern(c) for c in (pipeline.NON_CONFLICT_CUES, pipeline.VIOLENCE_CUES)]
    modules = [*vars(pipeline).values(), *vars(classify).values(), *vars(places).values()]
    gates = [g for g in [*modules, *cues] if isinstance(g, Gated)]
    assert len(gates) > 10
    for g in gates:
        for text in texts:
            assert [m.span() for m in g.finditer(text)] == [m.span() for m in g.regex.finditer(text)]
            assert [m.span() for m in g.finditer(text.lower())] == [
                m.span() for m in g.regex.finditer(text.lower())
            ]
            assert [m.groups() for m in g.finditer(text)] == [m.groups() for m in g.regex.finditer(text)]


def test_an_ascii_twin_finds_what_its_regex_finds_in_ascii_text() -> None:
    assert ascii_twin(re.compile(r"\bkilled\b", re.I)) == re.compile(r"\bkilled\b", re.I | re.A)
    # a non-ASCII letter with a case matches ASCII letters under re.I (Kelvin's sign, "k"): no twin
    assert ascii_twin(re.compile("\u212a", re.I)) is None
    assert ascii_twin(re.compile("(?i:[\u2000-\u2200])")) is None
    assert ascii_twin(re.compile("[’‘]s\\b", re.I)) is not None  # quotes have no case
    # white space to Unicode, not to ASCII: such text goes to the regex itself
    assert ascii_alike("killed in Idlib") and not ascii_alike("killed\x1fin Idlib")
    assert not ascii_alike("killed in Ḩalab")
    spaced = gated(re.compile(r"killed\s+in"))
    assert spaced.search("killed\x1fin") is not None


def test_quotes_and_dashes_leave_text_ascii_alike() -> None:
    assert ascii_alike("“They killed him,” he said – in Idlib’s south…")
    assert not ascii_alike("“Ḩalab”") and not ascii_alike("’\x1f")
    # each of these characters is, to every class and under re.I, what an ASCII punctuation mark is
    probes = [
        r"\w",
        r"\W",
        r"\d",
        r"\D",
        r"\s",
        r"\S",
        r"\b.",
        r"\B.",
        r"a\b",
        r"[a-z]",
        r"[^a-z0-9]",
        r"\w+",
    ]
    for ch in ASCII_ALIKE_PUNCTUATION:
        assert ch.lower() == ch == ch.upper() and ch.casefold() == ch
        for text in (ch, f"a{ch}", f"{ch}a", f"1{ch}2", f" {ch} "):
            for probe in probes:
                for flags in (0, re.I):
                    regex = re.compile(probe, flags)
                    twin = ascii_twin(regex)
                    assert twin is not None
                    assert [m.span() for m in regex.finditer(text)] == [m.span() for m in twin.finditer(text)]


def test_holds_any_is_any_substring() -> None:
    from streams.extract.textnorm import holds_any

    assert holds_any("killed in Idlib province", ("state", "province"))
    assert not holds_any("killed in Idlib", ("state", "province"))
    assert not holds_any("anything", ())


def test_clause_split_finds_what_its_branches_written_out_find() -> None:
    written_out = re.compile(
        r"(?=[\s,;])(?:\s+as\s+(?=[a-z])(?!a\s+result\b)|,?\s+where\s+|,\s+which\s+|\s+while\s+|;\s+"
        r"|,\s+with\s+(?=(?:over|more|some|about|\d))"
        r"|,\s+(?:the|a)\s+(?:city|town|region|province|country)\s+that\s+|,\s+(?:the\s+)?latest\s+in\s+"
        r"|,\s+adding\s+to\s+|,\s+adding\s+that\s+|,\s+(?:bringing|taking|raising|pushing)\s+(?:the|to)\s+"
        r"|,\s+(?=(?:nearly\s+|almost\s+|barely\s+)?(?:a|one|two|three|four|five|six|several|just|only|\d+)\s+"
        r"(?:\w+\s+)?(?:days?|weeks?|months?)\s+after\s)"
        r"|,\s+including\s+(?=[\d.,]+(?:\s+(?:million|thousand))?\s+(?:[a-z]+\s+){0,2}?in\s+(?:the\s+)?"
        r"(?:(?:province|state|region|district|governorate|county|department)\s+of\s+)?[A-Z])"
        r"|,(?=(?:nearly\s+|almost\s+|barely\s+)?(?:a|one|two|three|four|five|six|several|just|only|\d+)\s+"
        r"(?:\w+\s+)?(?:days?|weeks?|months?)\s+after\s))"
    )
    texts = [
        *TEXTS,
        "Gunmen killed 12 as fighting spread, where troops were; 40 fled while others stayed",
        "Ten died ,  where the road ends,\twhich is far, with over 30 hurt, as a result of it",
        "It hit Goma, the city that fell, the latest in a series, adding to 5, including 3 in Beni",
        "It displaced 35,000, bringing the number to 2.5 million, adding that  more fled, taking the toll",
        "It killed 9, bringing to 405 the number, a day after 12 died, two long weeks after, 3 months after",
        "It killed 9,a day after 12 died; a day after, and days after",
        "It killed 11, nearly two weeks after a bombing killed 118, almost a month after, barely days after",
        "It wounded 36,nearly two weeks after a bombing,a day after,two days after 5 died",
        "Some 200 died, including 1.5 million in the province of Kivu; as  rebels advanced",
        " as as ,where ;\n while, \u2003as x",
    ]
    for text in texts:
        for pos in range(len(text) + 1):
            assert [m.span() for m in classify._CLAUSE_SPLIT.finditer(text, pos)] == [
                m.span() for m in written_out.finditer(text, pos)
            ]


def test_word_keys_answer_what_holds_any_answers() -> None:
    import pytest

    from streams.extract.textnorm import WordKeys, holds_any

    keys = ("kill", "die", "fled", "cut")
    gate, first = WordKeys(keys), WordKeys(keys, first=2)
    texts = [
        *TEXTS,
        "soldiers",
        "executed",
        "they fled.",
        "  ",
        "no\tkey\nhere",
        "killed killed",
        "dies\u2003x",
    ]
    for _round in range(2):  # the second time from what the first found
        for text in texts:
            low = text.lower()
            assert gate.in_words_of(low) == first.in_words_of(low) == holds_any(low, keys)
    with pytest.raises(ValueError):
        WordKeys(("last night",))


def test_event_type_cues_are_found_where_the_lookbehind_finds_them() -> None:
    from streams.extract.lexicon import EVENT_TYPE_CUES

    groups = "|".join("(" + "|".join(re.escape(c) for c in cues) + ")" for _type, cues in EVENT_TYPE_CUES)
    lookbehind = re.compile(rf"(?<![\w-])(?:{groups})")
    texts = [*TEXTS, "airstrike", "an air strike, a massacre", "x-massacre and pre-airstrike", "Ḩalab attack"]
    for text in texts:
        low = text.lower()
        for pos in range(len(low) + 1):
            old = lookbehind.search(low, pos)
            new = classify._EVENT_TYPE_CUE.search(" " + low, pos)
            assert (old and (old.start(), old.lastindex)) == (new and (new.start(), new.lastindex))


def test_speaker_after_finds_what_its_lookahead_form_finds() -> None:
    lookahead = re.compile(
        r"(?=[,”\"aA])(?:(?:[,”\"]\s*)(?:said|says|told\s+\w+|reported|confirmed)|\b[aA]ccording to)"
        r"\s+(?:the\s+)?"
        r"((?!(?:it|he|she|they|that|we|on|in)\b)[A-Za-z][\w'’.-]*(?:[\s-]+[\w'’.-]+){0,9}?)"
        r"(?=\s*[,.;]|\s*$|\s+on\s)"
    )
    texts = [
        *TEXTS,
        'Ten were killed, said the army. "Twelve died," said Ahmed Ali, a resident.',
        "Ten died according to the ministry; 12 died, according to local officials on Monday",
        "Ten died ,ccording to X. Mediaaccording to Y, aaccording to Z; according to it",
        "According to the army, ten died. MediaAccording to Y, AAccording to Z.",
        "“Five died” reported Reuters, told AFP the mayor.",
    ]
    for text in texts:
        for pos in range(len(text) + 1):
            old, new = lookahead.search(text, pos), classify._SPEAKER_AFTER.search(text, pos)
            assert (old and (old.span(), old.span(1))) == (new and (new.span(), new.span(1)))


def test_fewest_keys_answer_what_all_the_words_answer() -> None:
    from streams.extract import dates
    from streams.extract.textnorm import fewest_keys, holds_any

    assert fewest_keys(("january", "jan", "may", "states", "state")) == ("jan", "may", "state")
    for words in (dates._MONTH_WORDS, dates._DATE_HINTS, tuple(sorted(places.REGION_UNIT_WORDS))):
        keys = fewest_keys(words)
        for text in [*TEXTS, "in january", "on sept. 3", "two states", "last night", "the governorates"]:
            assert holds_any(text.lower(), keys) == holds_any(text.lower(), words)


def test_the_key_found_comes_first_and_no_answer_changes() -> None:
    g = Gated(re.compile(r"\b(?:killed|wounded|displaced)\b"))
    assert g.keys == ("displaced", "killed", "wounded")
    assert g.search("two were wounded") is not None
    assert g.keys == ("wounded", "displaced", "killed")
    assert g.search("nothing here") is None and g.search("ten killed").group() == "killed"  # type: ignore[union-attr]
    assert sorted(g.keys) == ["displaced", "killed", "wounded"]


def test_capital_name_sequences_are_the_name_sequences_of_text_without_particles() -> None:
    texts = [
        *TEXTS,
        "Fighters of al-Shabaab hit Deir ez-Zor and el-Fasher, ash-Shaddadi, as-Sweida, at-Tall, an-Nabk",
        "The Iran-backed al-Houthi and ad-Dali, ar-Raqqa, az-Zawiya; pro-government Al-Bab forces",
        "Ten died in Maarat al-Numan, Abu Kamal and Dar es Salaam",
    ]
    for text in texts:
        # every match that does not start with a capital starts with one of the particles
        assert all(
            m.group()[0].isupper() or m.group().startswith(places._FIRST_PARTICLES)
            for m in places._NAME_SEQ.finditer(text)
        )
        if not any(p in text for p in places._FIRST_PARTICLES):
            assert [m.span() for m in places._CAPITAL_NAME_SEQ.finditer(text)] == [
                m.span() for m in places._NAME_SEQ.finditer(text)
            ]


def test_fold_is_its_definition_written_out() -> None:
    import unicodedata

    from streams.extract import textnorm

    def written_out(name: str) -> str:  # lower case, letters spelt out, accents and apostrophes dropped
        s = unicodedata.normalize("NFKD", name.lower().translate(textnorm._EXTRA))
        s = textnorm._APOSTROPHES.sub("", "".join(ch for ch in s if not unicodedata.combining(ch)))
        return " ".join(textnorm._NON_ALNUM.sub(" ", s).split())

    names = [
        *TEXTS,
        "Ḩalab",
        "Sa'dah",
        "el-Fasher",
        "Deir ez-Zor’s “north”",
        "Łódź, Þórshöfn and Ærøskøbing",
        "Straße\tİzmir\x1c\x1fKİEV",
        "Ṣaʿdah ʾIbb `Amran´",
        "ﬁve ½ Ⅻ 2²",
        "".join(chr(c) for c in range(0x250)),
    ]
    for name in names:
        assert textnorm.fold.__wrapped__(name) == written_out(name)


def test_violence_is_found_sentence_by_sentence_where_the_whole_text_finds_it() -> None:
    from streams.extract.lexicon import VIOLENCE_CUES
    from streams.extract.sentences import split_sentences

    # what _tells_of_violence relies on: a cue is [a-z] words joined by single spaces
    assert all(re.fullmatch(r"[a-z]+(?: [a-z]+)*", cue) for cue in VIOLENCE_CUES)
    cases = [
        ("Troops came under fire from the air", "Strike on the market. Nothing else."),
        ("Quiet day", "The air. Strike talks resumed.\nLater an air\nstrike was denied."),
        ("", "  \n Gunmen ATTACKED a convoy.  Five died."),
        ("Title", ""),
        ("Talks", "A ceasefire held; the shelling-free week ended. No air strikes."),
        ("İstanbul air", "Strike Σ attack"),
    ]
    for title, body in cases:
        assert pipeline._tells_of_violence(title, body, split_sentences(body)) == pipeline._has(
            f"{title} {body}", VIOLENCE_CUES
        )


def test_event_type_is_the_first_type_with_a_cue_anywhere() -> None:
    from streams.extract.lexicon import DEFAULT_EVENT_TYPE, EVENT_TYPE_CUES

    texts = [*TEXTS, "a drone strike, then a massacre", "gunmen attacked; an airstrike", "x-massacre", ""]
    for text in texts:
        low = " " + text.lower()
        expected = next(
            (
                t
                for t, cues in EVENT_TYPE_CUES
                if re.search(r"[^\w-](?:" + "|".join(map(re.escape, cues)) + ")", low)
            ),
            DEFAULT_EVENT_TYPE,
        )
        assert classify.classify_event(text) == expected, text


def test_top_level_branches_split_outside_groups_classes_and_escapes() -> None:
    assert top_level_branches(r"a|b(c|d)|[|]|\||[]|]x|[^]|]y|e") == [
        "a",
        "b(c|d)",
        "[|]",
        r"\|",
        "[]|]x",
        "[^]|]y",
        "e",
    ]
    assert top_level_branches("abc") == ["abc"]
    for regex in (pipeline.PERIOD_TOTAL, pipeline._ANAPHORIC_INCIDENT):
        assert isinstance(regex, Alternatives)
        assert "|".join(b.pattern for b in regex.branches) == regex.pattern


def test_alternatives_find_what_the_alternation_finds() -> None:
    texts = [
        *TEXTS,
        "In the attack, the number of people killed this year rose; the attack was confirmed",
        "The attack was confirmed by police, who confirmed the raid in the village",
        "after two months of fighting, a war that has killed many",
        "it comes in the village during the same attack",
        "total toll this week",
        "from January to March",
    ]
    for regex in (pipeline.PERIOD_TOTAL, pipeline._ANAPHORIC_INCIDENT):
        assert isinstance(regex, Alternatives)
        whole = regex.whole.regex
        for text in texts:
            for pos in (0, 3):
                found, expected = regex.search(text, pos), whole.search(text, pos)
                assert (found and found.span()) == (expected and expected.span())


def test_cue_patterns_grouped_by_first_letter_match_the_plain_alternation() -> None:
    from streams.bench import corpus

    texts = [
        *TEXTS,
        "another attack-later; a new attack. Pre-war war-torn war rose to 12, risen to",
        "x-raid",
    ]
    texts += [a["body"].lower() for a in corpus.articles(40)]
    cue_lists = [v for v in vars(pipeline).values() if isinstance(v, tuple) and v and isinstance(v[0], str)]
    assert len(cue_lists) > 10
    for cues in cue_lists:
        ordered = sorted(cues, key=len, reverse=True)
        plain = re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, ordered)) + r")(?![\w-])")
        grouped = classify.cue_pattern(cues)
        for text in texts:
            assert [m.span() for m in grouped.finditer(text)] == [m.span() for m in plain.finditer(text)]
