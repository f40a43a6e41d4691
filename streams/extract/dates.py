"""Incident dates from relative and explicit expressions, anchored on the publication date."""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache
from typing import NamedTuple

from streams.extract.lexicon import MONTH_ABBREVIATIONS, MONTHS, WEEKDAYS
from streams.extract.prefilter import gated
from streams.extract.textnorm import (
    alternation,
    fewest_keys,
    holds_any,
    in_lower_case,
    lower_matches_alike,
    lowered,
    may_contain,
    words_back,
)

# (grouped by first letter: see alternation)
_MONTH_ALT = alternation([*MONTHS, *MONTH_ABBREVIATIONS])
_WEEKDAY_ALT = alternation(list(WEEKDAYS))
_WEEKEND = re.compile(r"\b(?:over|during|at|on|last|this\s+past)\s+(?:the\s+)?weekend\b", re.I)
_REPORTED_AFTER = re.compile(
    r"\s+(?:\w+\s+)?(?:said|says|told|reported|announced|claimed|confirmed|stated|added|denied)\b", re.I
)
_REPORTING = r"(?:said|says|told\s+\w+(?:\s+\w+)?|reported|announced|added|statement|confirmed)"
_REPORTING_WORD = re.compile(rf"\b{_REPORTING}\b")
_SAID_THAT = re.compile(r",?\s+that\s")  # "(said ...) on Friday that": the day of the saying
_DIGITS = re.compile(r"\d+")

_EXPLICIT_MDY = re.compile(rf"\b({_MONTH_ALT})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+(\d{{4}}))?\b", re.I)
# "27 February", and "27-28 February" / "27 and 28 February" (a multi-day incident: its first day).
# "\b(\d{1,2})" is written "(\d(?<!\w\d)\d?)": the same (a digit is a word character, so the boundary
# before it is a non-word character or the start, which the look-behind checks once past the digit),
# but a pattern that starts with a digit lets a search skip the other characters in C instead of trying
# a match at each (~4x faster)
_EXPLICIT_DMY = re.compile(
    rf"(\d(?<!\w\d)\d?)(?:st|nd|rd|th)?(?:\s*(?:-|–|and|to)\s*\d{{1,2}}(?:st|nd|rd|th)?)?"
    rf"\s+(?:of\s+)?({_MONTH_ALT})\.?(?:,?\s+(\d{{4}}))?\b",
    re.I,
)
# Up to two words before the day ("pre": "said on", "police on"), and "last": "(?P<pre>\b\w+\s+(?:\w+\s+)?)?
# \b(?P<last>last\s+)?(?P<day>...)\b" written to find the same matches at a third of the cost. An optional
# group "(...)?" is an alternation "(?:...|)" (sre allocates a repeat context for the former at every
# position tried); the repeats are possessive ("\w++"), as giving back a character can never let the
# next part match (a word is followed by white space, white space by a word); the "\b" moves ahead of
# the optional words (after them, a word follows white space: a boundary anyway).
_WEEKDAY = re.compile(
    rf"\b(?:(?P<pre>\w++\s++(?:\w++\s++|))|)(?:(?P<last>last\s++)|)(?P<day>{_WEEKDAY_ALT})\b", re.I
)
_DAYS_AGO = re.compile(r"\b(\d+|two|three|four|five|six|seven|ten)\s+days\s+(?:ago|earlier|before)\b", re.I)
_SMALL = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "ten": 10}
_RELATIVE: tuple[tuple[re.Pattern[str], int], ...] = (
    (re.compile(r"\b(?:the\s+day\s+before\s+yesterday)\b", re.I), -2),
    (re.compile(r"\byesterday\b|\blast\s+night\b|\bovernight\b", re.I), -1),
    # a daily report's window, dated by its first day
    (re.compile(r"\b(?:in|over|during|within)\s+the\s+(?:last|past)\s+(?:24\s+hours|day)\b", re.I), -1),
    (re.compile(r"\btoday\b|\bthis\s+(?:morning|afternoon|evening)\b|\btonight\b", re.I), 0),
    (re.compile(r"\ba\s+week\s+(?:earlier|ago|before)\b|\blast\s+week\b", re.I), -7),
    (re.compile(r"\ba\s+day\s+(?:earlier|before)\b", re.I), -1),
)


class _DatePatterns(NamedTuple):
    explicit: tuple[tuple[re.Pattern[str], int, int], ...]  # with the month's and the day's group
    weekday: re.Pattern[str]
    days_ago: re.Pattern[str]
    relative: tuple[tuple[re.Pattern[str], int], ...]


_AS_WRITTEN = _DatePatterns(((_EXPLICIT_MDY, 1, 2), (_EXPLICIT_DMY, 2, 1)), _WEEKDAY, _DAYS_AGO, _RELATIVE)
_IN_LOWER_CASE = _DatePatterns(  # the same, faster, for lower-cased text: see lower_matches_alike
    tuple((in_lower_case(p), month, day) for p, month, day in _AS_WRITTEN.explicit),
    in_lower_case(_WEEKDAY),
    in_lower_case(_DAYS_AGO),
    tuple((in_lower_case(p), offset) for p, offset in _RELATIVE),
)
_MONTH_WORDS = (*MONTHS, *MONTH_ABBREVIATIONS)  # one of them is in every explicit date
_DATE_HINTS = (*WEEKDAYS, *MONTHS, *MONTH_ABBREVIATIONS, "yesterday", "today", "tonight", "this ", "week",
               "ago", "earlier", "before", "last night", "overnight", "24 hours", "past day",
               "last day", "weekend")  # fmt: skip
# The same gates with fewer strings to look for ("jan" for "jan" and "january"): see fewest_keys
_MONTH_KEYS, _DATE_HINT_KEYS = fewest_keys(_MONTH_WORDS), fewest_keys(_DATE_HINTS)


def _month_number(name: str) -> int:
    name = name.lower().rstrip(".")
    if name in MONTHS:
        return MONTHS.index(name) + 1
    return MONTH_ABBREVIATIONS.get(name, 0)


_DAY_RANGE = re.compile(
    rf"\b(?:between|from)\s+(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:and|to|-|–)\s+\d{{1,2}}(?:st|nd|rd|th)?\s+"
    rf"(?:of\s+)?({_MONTH_ALT})\b|\b(?:between|from)\s+({_MONTH_ALT})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?\s+"
    rf"(?:and|to|-|–)\s+\d{{1,2}}\b",
    re.I,
)


def _explicit(text: str, published: dt.date | None, patterns: _DatePatterns) -> dt.date | None:
    digit = _DIGITS.search(text)
    if digit is None:
        return None  # every explicit date (and range of days) gives its day in digits ("may", "march": words)
    # A range of days starts no earlier than the second word before the first digit ("from March 3"), a
    # date no earlier than the word before it ("March 3"; see words_back)
    span = _DAY_RANGE.search(text, words_back(text, digit.start(), 2))
    if span:  # "between 17 and 20 January": an incident over days is dated by its first day
        day, month = (span.group(1), span.group(2)) if span.group(1) else (span.group(4), span.group(3))
        text = f"{day} {month}"
    start = 0 if span else words_back(text, digit.start(), 1)
    for pattern, month_group, day_group in patterns.explicit:
        for m in pattern.finditer(text, start):
            month, day = _month_number(m.group(month_group)), int(m.group(day_group))
            year_text = m.group(3)
            if not month or not 1 <= day <= 31:
                continue
            if year_text:
                year = int(year_text)
            elif published is not None:
                year = published.year
            else:
                continue
            try:
                date = dt.date(year, month, day)
            except ValueError:
                continue
            if not year_text and published is not None and date > published:
                date = date.replace(year=year - 1)
            return date
    return None


_RANGE_END = re.compile(
    rf"\b(?:between|from)\s+(?P<a>[^,;.]{{1,30}}?)\s+(?:and|to|until|till|through|-|–)\s+"
    rf"(?P<b>\d{{1,2}}(?:st|nd|rd|th)?(?:\s+(?:of\s+)?(?:{_MONTH_ALT})\b\.?)?|(?:{_MONTH_ALT})\.?\s+\d{{1,2}}\b)"
    rf"(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?",
    re.I,
)


def period_end(text: str, published: dt.date | None) -> dt.date | None:
    """The last day of a period the text names ('between 11 and 20 November' -> 20 November), or None.

    A flow over a period is news until its end is long past, however early it began."""
    if not may_contain(text, lowered(text), _MONTH_KEYS):
        return None
    m = _RANGE_END.search(text)
    if m is None:
        return None
    start = _explicit(m.group("a"), published, _AS_WRITTEN)
    end = _explicit(m.group(0)[m.start("b") - m.start() :], published, _AS_WRITTEN)
    digits = _DIGITS.match(m.group("b"))
    if end is None and start is not None and digits is not None:  # "between November 11 and 20"
        try:
            end = start.replace(day=int(digits.group()))
        except ValueError:
            return None
    return end


def resolve_weekday(day_name: str, published: dt.date, strictly_before: bool = False) -> dt.date:
    """The most recent ``day_name`` on or before ``published`` (strictly before for 'last Monday')."""
    target = WEEKDAYS.index(day_name.lower())
    delta = (published.weekday() - target) % 7
    if delta == 0 and strictly_before:
        delta = 7
    return published - dt.timedelta(days=delta)


def explicit_date(text: str, published: dt.date | None) -> dt.date | None:
    """The calendar date the text names ('on April 12', '3 March 2024'), or None."""
    low = lowered(text)
    if not may_contain(text, low, _MONTH_KEYS):
        return None
    # the lower-case twins find the same in the lower case, faster (see lower_matches_alike)
    return (
        _explicit(low, published, _IN_LOWER_CASE)
        if lower_matches_alike(text)
        else _explicit(text, published, _AS_WRITTEN)
    )


@lru_cache(maxsize=256)  # the rules ask again for the date of the same sentence or clause
def resolve_date(text: str, published: dt.date | None) -> dt.date | None:
    """The incident date a sentence gives, or None when it cannot be known.

    Weekdays that date the reporting ("said on Wednesday") are skipped in favour of the incident's.
    """
    low = lowered(text)
    if not holds_any(low, _DATE_HINT_KEYS):
        return None
    patterns, searched = (_IN_LOWER_CASE, low) if lower_matches_alike(text) else (_AS_WRITTEN, text)
    explicit = _explicit(searched, published, patterns) if may_contain(text, low, _MONTH_KEYS) else None
    if explicit is not None:
        return explicit
    if published is None:
        return None
    weekdays: list[re.Match[str]] = []
    if may_contain(text, low, WEEKDAYS):
        if searched is low:  # (from the third word before the first weekday to the end of the last)
            weekdays = list(patterns.weekday.finditer(low, _weekday_start(low), _weekday_end(low)))
        else:
            weekdays = list(patterns.weekday.finditer(searched))
    for m in weekdays:
        pre = (m.group("pre") or "").lower()
        if _REPORTING_WORD.search(pre) and not m.group("last"):
            continue
        if m is not weekdays[-1] and (
            _REPORTED_AFTER.match(searched, m.end()) or _SAID_THAT.match(searched, m.end())
        ):
            # "The group on Tuesday claimed an attack late on Sunday", "it said on its channel on Friday
            # that it attacked a convoy late Thursday": the attack's day
            continue
        return resolve_weekday(m.group("day"), published, strictly_before=bool(m.group("last")))
    ago = patterns.days_ago.search(searched) if may_contain(text, low, ("days",)) else None
    if ago:
        n = ago.group(1).lower()
        return published - dt.timedelta(days=int(n) if n.isdigit() else _SMALL[n])
    for pattern, offset in patterns.relative:
        if pattern.search(searched):
            return published + dt.timedelta(days=offset)
    if "weekend" in low and _WEEKEND.search(text) and published.weekday() < 5:
        # "over the weekend", in a report of Monday to Friday: the Saturday before, a multi-day incident's
        # first day
        return published - dt.timedelta(days=published.weekday() + 2)
    return None


@lru_cache(maxsize=256)  # the background rules ask it of the same clause up to five times
def has_date_expression(text: str) -> bool:
    """True when the sentence names a day, weekday or relative day."""
    if lower_matches_alike(text):  # the lower-case twins find the same in the lower case, faster
        return _names_a_day(lowered(text), _GATED_IN_LOWER_CASE, low=True)
    return _names_a_day(text, _GATED_AS_WRITTEN, low=False)


def _names_a_day(text: str, patterns: _DatePatterns, low: bool) -> bool:
    if any(p.search(text) for p, _month, _day in patterns.explicit):
        return True
    start = _weekday_start(text) if low else 0
    if start >= 0 and patterns.weekday.search(text, start, _weekday_end(text) if low else len(text)):
        return True
    return any(p.search(text) for p, _ in patterns.relative)


def _weekday_start(low: str) -> int:
    """Where a match of the weekday pattern in ``low`` (lower case) starts at the earliest (-1: nowhere,
    no weekday is named): it holds two words and "last" before its day, so none starts before the third
    word before the first weekday named. Searched from there, it finds the same matches without trying
    every earlier word."""
    first = -1
    for day in WEEKDAYS:
        at = low.find(day)
        if at >= 0 and (first < 0 or at < first):
            first = at
    return words_back(low, first, 3) if first >= 0 else -1


def _weekday_end(low: str) -> int:
    """Where the matches of the weekday pattern in ``low`` (lower case) end at the latest, plus the
    character after, which the pattern's closing \\b reads (as endpos: the whole text when no weekday is
    named). A match ends with its day: searched up to here, the pattern finds the same matches without
    trying every word after the last weekday named."""
    last = -1
    for day in WEEKDAYS:
        at = low.rfind(day)
        if at >= 0:
            last = max(last, at + len(day))
    return len(low) if last < 0 else min(len(low), last + 1)


# Regexes that match in few sentences run only where the text holds a word they need (see prefilter):
# the same matches, most searches skipped. (The patterns resolve_date reads have gates of their own.)
_DAY_RANGE = gated(_DAY_RANGE)
_EXPLICIT_MDY = gated(_EXPLICIT_MDY)
_EXPLICIT_DMY = gated(_EXPLICIT_DMY)
_WEEKDAY = gated(_WEEKDAY)
_RELATIVE = tuple((gated(p), offset) for p, offset in _RELATIVE)
_AS_WRITTEN = _AS_WRITTEN._replace(relative=_RELATIVE)
_IN_LOWER_CASE = _IN_LOWER_CASE._replace(
    relative=tuple((gated(p), offset) for p, offset in _IN_LOWER_CASE.relative)
)
# has_date_expression's patterns, every one gated (resolve_date gates the explicit ones as a group)
_GATED_AS_WRITTEN = _AS_WRITTEN._replace(
    explicit=((_EXPLICIT_MDY, 1, 2), (_EXPLICIT_DMY, 2, 1)), weekday=_WEEKDAY
)
_GATED_IN_LOWER_CASE = _IN_LOWER_CASE._replace(
    explicit=tuple((gated(p), month, day) for p, month, day in _IN_LOWER_CASE.explicit),
    weekday=gated(_IN_LOWER_CASE.weekday),
)
