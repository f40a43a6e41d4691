"""Quantities: digits, words, qualifiers, ranges, vague amounts."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from streams.extract.numbers import find_quantities, parse_quantity, words_to_int

_ONES = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
]
_ONES += ["fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
_TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def to_words(n: int) -> str:
    """An independent int -> English words writer for the round-trip property."""
    if n < 20:
        return _ONES[n]
    if n < 100:
        return _TENS[n // 10] + ("" if n % 10 == 0 else "-" + _ONES[n % 10])
    if n < 1000:
        rest = n % 100
        return _ONES[n // 100] + " hundred" + ("" if rest == 0 else " and " + to_words(rest))
    for scale, word in ((1_000_000, "million"), (1_000, "thousand")):
        if n >= scale:
            rest = n % scale
            return to_words(n // scale) + f" {word}" + ("" if rest == 0 else " " + to_words(rest))
    raise AssertionError(n)


def test_digits_with_thousands_separators_give_the_full_value() -> None:
    q = parse_quantity("1,200")
    assert q is not None and q.value == 1200 and q.qualifier == "exact"


def test_space_separated_thousands_are_one_number() -> None:
    q = parse_quantity("more than 45 000 people")
    assert q is not None and q.value == 45000 and q.qualifier == "more_than"


def test_compound_number_words_are_summed() -> None:
    assert words_to_int("twenty-three") == 23
    assert words_to_int("one hundred and five") == 105


def test_half_a_million_and_a_dozen_are_numbers() -> None:
    half = parse_quantity("half a million")
    dozen = parse_quantity("a dozen")
    assert half is not None and half.value == 500_000
    assert dozen is not None and dozen.value == 12


def test_decimal_with_scale_word_is_multiplied() -> None:
    q = parse_quantity("1.5 million")
    assert q is not None and q.value == 1_500_000


def test_a_comma_before_million_is_a_decimal_comma() -> None:
    q = parse_quantity("more than 2,350 million")
    assert q is not None and q.value == 2_350_000
    thousands = parse_quantity("2,350 thousand")
    assert thousands is not None and thousands.value == 2_350_000


def test_at_least_keeps_the_lower_bound_and_the_qualifier() -> None:
    q = parse_quantity("at least 40")
    assert q is not None and (q.value, q.qualifier) == (40, "at_least")
    q = parse_quantity("At least, 13")  # a comma after the qualifier, as some outlets write it
    assert q is not None and (q.value, q.qualifier) == (13, "at_least")


def test_nearly_and_about_are_approximate() -> None:
    for text in ("nearly 90", "about 90", "some 90", "around 90"):
        q = parse_quantity(text)
        assert q is not None and (q.value, q.qualifier) == (90, "approx"), text


def test_up_to_is_an_upper_bound_qualifier() -> None:
    q = parse_quantity("up to 300")
    assert q is not None and (q.value, q.qualifier) == (300, "up_to")


def test_trailing_minimum_means_at_least() -> None:
    q = parse_quantity("31 minimum")
    assert q is not None and (q.value, q.qualifier) == (31, "at_least")


def test_ranges_keep_the_lower_bound() -> None:
    for text in ("40 to 50", "40-50", "between 40 and 50"):
        q = parse_quantity(text)
        assert q is not None and (q.value, q.qualifier) == (40, "range"), text


def test_the_first_number_of_a_range_shares_the_seconds_scale() -> None:
    for text, value in (("2-3 million", 2_000_000), ("1.5-2 million", 1_500_000), ("20-25,000", 20_000),
                        ("between 4 and 6 thousand", 4000), ("500-1,000", 500), ("40-50", 40)):  # fmt: skip
        q = parse_quantity(text)
        assert q is not None and (q.value, q.qualifier) == (value, "range"), text


def test_vague_amounts_have_no_value() -> None:
    for text in ("dozens", "hundreds", "tens of thousands", "scores"):
        q = parse_quantity(text)
        assert q is not None and q.vague and q.value is None, text


def test_two_numbers_joined_by_and_stay_two_numbers() -> None:
    values = [q.value for q in find_quantities("four dead and 12 wounded")]
    assert values == [4, 12]


def test_clock_times_and_weapon_names_are_not_quantities() -> None:
    assert [q.value for q in find_quantities("at 11:40 am, with AK-47 rifles and .50 calibre guns")] == []


def test_hyphenated_measures_are_not_counts() -> None:
    assert [q.value for q in find_quantities("a three-day siege")] == []


def test_offsets_point_at_the_quantity_text() -> None:
    text = "Officials said at least 7 people died."
    (q,) = find_quantities(text)
    assert text[q.start : q.end] == "at least 7"


@given(st.integers(min_value=0, max_value=999_999_999))
@settings(max_examples=300)
def test_number_words_round_trip(n: int) -> None:
    assert words_to_int(to_words(n)) == n


@given(st.integers(min_value=1, max_value=10**9))
@settings(max_examples=200)
def test_comma_grouped_digits_round_trip(n: int) -> None:
    q = parse_quantity(f"{n:,}")
    assert q is not None and q.value == n


@given(st.text(max_size=300))
@settings(max_examples=300)
def test_arbitrary_text_never_crashes_and_never_gives_negative_numbers(text: str) -> None:
    for q in find_quantities(text):
        assert q.value is None or q.value >= 0
        assert 0 <= q.start <= q.end <= len(text)


def test_anchors_are_digit_runs_and_number_words_standing_alone() -> None:
    from streams.extract.numbers import _anchors

    low = "someone said one of 12 people, and twenty-one more; 3one one"
    assert [low[s:e] for s, e in _anchors(low)] == ["one", "12", "twenty", "one", "3", "one", "one"]


def test_a_change_from_one_count_to_another_is_no_range() -> None:
    changed = find_quantities("The toll rose from 14 to 19.")
    assert [(q.value, q.qualifier) for q in changed] == [(14, "exact"), (19, "exact")]
    (ranged,) = find_quantities("From 20 to 30 people were killed.")
    assert (ranged.value, ranged.qualifier) == (20, "range")


def test_several_or_a_few_of_a_scale_is_vague() -> None:
    for text in ("several hundred people", "a few dozen soldiers", "several hundred thousand people"):
        (q,) = find_quantities(text)
        assert (q.value, q.vague) == (None, True), text
    (q,) = find_quantities("two dozen people")
    assert (q.value, q.vague) == (24, False)


def test_no_one_and_not_one_count_nobody() -> None:
    assert find_quantities("No one was hurt when the shell hit the depot.") == []
    assert find_quantities("Not one of the guards was injured.") == []
    assert [q.value for q in find_quantities("Only one of the guards was injured.")] == [1]


def test_a_range_told_as_anywhere_from_one_to_another_is_vague() -> None:
    (q,) = find_quantities("Accounts put the dead at anywhere from three to 30 guards.")
    assert (q.value, q.vague) == (None, True)
    (q,) = find_quantities("Anywhere between 40 and 60 homes burned.")
    assert (q.value, q.vague) == (None, True)
    (q,) = find_quantities("Between 40 and 60 people were killed.")
    assert (q.value, q.qualifier) == (40, "range")


def test_about_or_nearly_a_dozen_is_vague_but_a_dozen_counts() -> None:
    for text in ("nearly a dozen others were hurt", "about a dozen guards", "around a dozen houses"):
        (q,) = find_quantities(text)
        assert (q.value, q.vague) == (None, True), text
    (q,) = find_quantities("A dozen villagers were killed.")
    assert (q.value, q.vague) == (12, False)


def test_a_number_with_thousands_separators_before_a_comma_keeps_its_value() -> None:
    assert [q.value for q in find_quantities("The toll rose to more than 3,400, the ministry said.")] == [
        3400
    ]
    assert [q.value for q in find_quantities("Some 12,500, mostly women, fled.")] == [12500]


@given(
    st.lists(
        st.sampled_from(
            [
                "one",
                "twenty",
                "dozen",
                "half",
                "someone",
                "tens",
                "12",
                "3",
                "\u0663",
                "\u00b2",
                " ",
                "-",
                ",",
                "x",
                "é",
            ]
        ),
        max_size=12,
    ).map("".join)
)
@settings(max_examples=300)
def test_anchors_are_the_digit_runs_and_number_words_a_regex_finds(low: str) -> None:
    from streams.extract.numbers import _ANCHOR_WORDS, _anchors

    expected = [m.span() for m in re.finditer(r"\d+", low)]  # (Arabic-Indic "\u0663" too; not "\u00b2")
    expected += [m.span() for m in re.finditer(r"(?<![a-z])[a-z]+(?![a-z])", low) if m[0] in _ANCHOR_WORDS]
    assert _anchors(low) == sorted(expected)


def test_a_datelines_year_after_the_day_is_no_count() -> None:
    from streams.extract.classify import sentence_figures

    text = "KAMPALA, Uganda, Feb 09, 2004 (AP) - Rebels hacked to death at least 10 people in their fields."
    assert [(f.quantity.value, f.role) for f in sentence_figures(text)] == [(10, "killed")]
    assert [f.quantity.value for f in sentence_figures("Fighting on March 3, 12 people were killed.")] == [12]


def test_a_number_beyond_the_first_numbers_window_is_read_whole() -> None:
    # (however far apart two numbers are, what follows the second counts: "-year-old" is an age)
    for gap in range(0, 120):
        pad = "by gunmen " * (gap // 10) + "x" * (gap % 10)
        text = f"a 33-year-old farmer was shot dead {pad} while a 20-year-old man was killed."
        assert find_quantities(text) == [], text
    text = "The district LC5 chairperson said the district has registered a total of 8,000 displaced persons."
    assert [q.value for q in find_quantities(text)] == [8000]


def test_fractions_of_a_million_are_read_whole() -> None:
    def values(text: str) -> list[int | None]:
        return [q.value for q in find_quantities(text)]

    assert values("almost a quarter of a million people") == [250_000]
    assert values("three quarters of a million people") == [750_000]
    assert values("two and a half million people") == [2_500_000]
    assert values("half a million people") == [500_000]


def test_a_thousands_comma_with_a_stray_space_before_zeros() -> None:
    assert [q.value for q in find_quantities("over 60, 000 people were displaced")] == [60000]
    # a day and a count stay apart
    assert [q.value for q in find_quantities("On May 5, 100 people were killed")] == [5, 100]
