"""Incident dates from relative expressions, anchored on the publication date."""

from __future__ import annotations

import datetime as dt
import re

from streams.extract import dates
from streams.extract.dates import resolve_date, resolve_weekday

PUB = dt.date(2022, 3, 10)  # a Thursday


def test_yesterday_is_the_day_before_publication() -> None:
    assert resolve_date("Two people were killed yesterday.", PUB) == dt.date(2022, 3, 9)


def test_a_weekday_is_the_most_recent_one() -> None:
    assert resolve_date("The attack happened on Monday.", PUB) == dt.date(2022, 3, 7)
    assert resolve_date("Gunmen struck on Thursday.", PUB) == PUB


def test_last_weekday_is_strictly_before_publication() -> None:
    assert resolve_weekday("thursday", PUB, strictly_before=True) == dt.date(2022, 3, 3)


def test_reporting_weekday_is_skipped_for_the_incident_weekday() -> None:
    text = "Officials said on Wednesday that the convoy was ambushed on Tuesday night."
    assert resolve_date(text, PUB) == dt.date(2022, 3, 8)


def test_a_week_earlier() -> None:
    assert resolve_date("A similar raid a week earlier killed four.", PUB) == dt.date(2022, 3, 3)


def test_explicit_dates_with_and_without_year() -> None:
    assert resolve_date("On 4 March 2022 the town was shelled.", PUB) == dt.date(2022, 3, 4)
    assert resolve_date("Since February 24, fighting has raged.", PUB) == dt.date(2022, 2, 24)


def test_a_date_after_publication_without_year_is_last_year() -> None:
    assert resolve_date("The massacre of December 2 shocked the country.", PUB) == dt.date(2021, 12, 2)


def test_unknowable_dates_are_null() -> None:
    assert resolve_date("Several villages were attacked.", PUB) is None
    assert resolve_date("Two died on Monday.", None) is None


def test_a_day_range_dates_the_incident_by_its_first_day() -> None:
    import datetime as dt

    from streams.extract.dates import resolve_date

    published = dt.date(2023, 1, 25)
    assert resolve_date("People fled between 17 and 20 January.", published) == dt.date(2023, 1, 17)
    assert resolve_date("Fighting raged from March 3 to 6.", dt.date(2023, 3, 9)) == dt.date(2023, 3, 3)


def test_the_last_24_hours_of_a_daily_report_start_the_day_before() -> None:
    import datetime as dt

    from streams.extract.dates import resolve_date

    assert resolve_date("In the last 24 hours, shelling hit 8 regions.", dt.date(2023, 4, 8)) == dt.date(
        2023, 4, 7
    )


def test_a_regex_is_skipped_only_for_ascii_text_without_its_words() -> None:
    from streams.extract.textnorm import may_contain

    assert may_contain("On Monday", "on monday", ("monday",))
    assert not may_contain("On Tuesday", "on tuesday", ("monday",))
    # "ſ" matches "s" case-insensitively: beyond ASCII the regex decides.
    assert may_contain("ſunday", "ſunday", ("sunday",))


def test_the_case_exceptions_are_the_characters_re_matches_without_lower_casing_to() -> None:
    import re

    from streams.extract.textnorm import CASE_EXCEPTIONS

    for c in CASE_EXCEPTIONS:
        assert any(re.fullmatch(a, c, re.I) and c.lower() != a for a in "is")
    assert re.fullmatch("k", "\u212a", re.I) and "\u212a".lower() == "k"  # Kelvin sign: lower-cases to k


def test_lower_casing_keeps_offsets_classes_and_case_insensitive_matches_but_for_the_exceptions() -> None:
    import re

    from streams.extract.textnorm import CASE_EXCEPTIONS, lower_matches_alike

    classes = [re.compile(p) for p in (r"\w", r"\d", r"\s")]
    letters = [re.compile(a, re.I) for a in "abcdefghijklmnopqrstuvwxyz0123456789"]
    for c in map(chr, range(0x80, 0x10000)):
        if c in CASE_EXCEPTIONS or "\ud800" <= c <= "\udfff":
            continue
        low = c.lower()
        assert len(low) == 1, c
        assert all(bool(p.match(c)) == bool(p.match(low)) for p in classes), c
        if low.isascii() or c.isalpha():
            assert all(bool(p.match(c)) == (p.pattern == low) for p in letters), c
    assert not lower_matches_alike("ſaid") and lower_matches_alike("Ḩalab said")


def test_the_day_a_claim_was_made_gives_way_to_the_day_of_the_attack() -> None:
    import datetime as dt

    from streams.extract.dates import resolve_date

    published = dt.date(2021, 12, 7)  # a Tuesday
    text = "The group on Tuesday claimed an attack on a checkpoint late on Sunday, killing four guards."
    assert resolve_date(text, published) == dt.date(2021, 12, 5)
    assert resolve_date("Police on Tuesday said five people were killed.", published) == published


def test_a_days_range_before_its_month_is_dated_by_its_first_day() -> None:
    published = dt.date(2026, 3, 4)
    assert resolve_date("Attacks on 27-28 February killed 30 people.", published) == dt.date(2026, 2, 27)
    assert resolve_date("Attacks on 27 and 28 February killed 30.", published) == dt.date(2026, 2, 27)
    assert resolve_date("Gunmen killed 30 on 28 February.", published) == dt.date(2026, 2, 28)


def test_the_weekday_search_starts_where_a_match_can_start() -> None:
    from streams.extract import dates

    texts = [
        "the army said on monday that gunmen killed 12 late on sunday",
        "police  said\tlast   friday, tuesday's attack",
        "x,monday and (said on saturday) or mondays",
        "it happened last wednesday; on thursday and friday",
        "no day here",
        " " * 150 + "a b c d e f g h i j k last sunday",
    ]
    pattern = dates._IN_LOWER_CASE.weekday
    for low in texts:
        start = dates._weekday_start(low)
        everywhere = [(m.span(), m.groupdict()) for m in pattern.finditer(low)]
        assert (start < 0 and not everywhere) or everywhere == [
            (m.span(), m.groupdict()) for m in pattern.finditer(low, start)
        ]


def test_the_weekday_search_ends_where_a_match_can_end() -> None:
    from streams.extract import dates

    texts = [
        "the army said on monday that gunmen killed 12 late on sunday, officials said",
        "police  said\tlast   friday, tuesday's attack",
        "x,monday and (said on saturday) or mondays",
        "sundayx and sunday",
        "it happened last wednesday; on thursday and friday",
        "no day here",
        "tuesday",
        " " * 150 + "a b c d e f g h i j k last sunday",
    ]
    pattern = dates._IN_LOWER_CASE.weekday
    for low in texts:
        start, end = dates._weekday_start(low), dates._weekday_end(low)
        everywhere = [(m.span(), m.groupdict()) for m in pattern.finditer(low)]
        assert everywhere == [(m.span(), m.groupdict()) for m in pattern.finditer(low, start, end)]


def test_day_month_pattern_is_its_written_out_form() -> None:
    # _EXPLICIT_DMY starts with "(\d(?<!\w\d)\d?)" where it means "\b(\d{1,2})"
    written_out = re.compile(
        dates._EXPLICIT_DMY.pattern.replace(r"(\d(?<!\w\d)\d?)", r"\b(\d{1,2})", 1), re.I
    )
    assert written_out.pattern != dates._EXPLICIT_DMY.pattern
    texts = [
        "On 27 February and 3-4 March 2024, x12 May, a1 June, (5 July), 123 August, _7 May, 1st of May",
        "27 and 28 february; 9 to 10 Sept. 2023; 31 december",
        "on ٣ May",
    ]
    for text in texts:
        for pos in (0, 3, 10):
            assert [(m.span(), m.groups()) for m in dates._EXPLICIT_DMY.finditer(text, pos)] == [
                (m.span(), m.groups()) for m in written_out.finditer(text, pos)
            ]


def test_the_day_a_claim_was_said_that_names_the_attacks_own_day_is_skipped() -> None:
    published = dt.date(2023, 6, 9)  # a Friday
    text = "The group said on its channel on Friday that it ambushed a convoy late Wednesday, killing four."
    assert resolve_date(text, published) == dt.date(2023, 6, 7)
