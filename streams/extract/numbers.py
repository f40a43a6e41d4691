"""Quantities in English text: digits, number words, qualifiers, ranges and vague amounts.

``parse_quantity("at least 1,200")`` -> ``Quantity(1200, "at_least")``; ``find_quantities(sentence)``
lists every quantity with its character span. The value is the explicit lower bound; vague amounts
("dozens", "tens of thousands") carry no value.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Final

from streams.extract.lexicon import (
    DOZEN_WORDS,
    FRACTIONS,
    QUALIFIERS_AFTER,
    QUALIFIERS_BEFORE,
    SCALE_ABBREVIATIONS,
    SCALES,
    TENS,
    UNITS,
    VAGUE_QUANTITIES,
)
from streams.extract.textnorm import holds_any, lower_matches_alike, lowered


# The __init__ is written out (init=False): mypyc compiles it, while a generated one stays interpreted
# and costs ~25x as much; tests/unit/extract/test_dataclass_inits.py holds it to the fields.
@dataclass(frozen=True, slots=True, init=False)
class Quantity:
    """A number as written: ``value`` is the explicit lower bound (None for vague amounts)."""

    value: int | None
    qualifier: str = "exact"
    start: int = 0
    end: int = 0
    text: str = ""
    vague: bool = False
    is_word: bool = False

    def __init__(
        self,
        value: int | None,
        qualifier: str = "exact",
        start: int = 0,
        end: int = 0,
        text: str = "",
        vague: bool = False,
        is_word: bool = False,
    ) -> None:
        object.__setattr__(self, "value", value)
        object.__setattr__(self, "qualifier", qualifier)
        object.__setattr__(self, "start", start)
        object.__setattr__(self, "end", end)
        object.__setattr__(self, "text", text)
        object.__setattr__(self, "vague", vague)
        object.__setattr__(self, "is_word", is_word)

    @property
    def is_year_like(self) -> bool:
        """1900-2099 written as four plain digits: more likely a year than a count."""
        return (
            self.value is not None
            and 1900 <= self.value <= 2099
            and self.text.strip()[-4:].isdigit()
            and "," not in self.text
        )


# Optional parts of more than one character are written "(?:...|)", not "(?:...)?": the same matches, but
# sre allocates a repeat context for "(...)?" every time it is tried (~20% of QUANTITY_RE's cost).
_WORD_ALTS = "|".join(sorted([*UNITS, *TENS, *SCALES, *DOZEN_WORDS], key=len, reverse=True))
_WORD = rf"(?:{_WORD_ALTS})"
# ("over 60, 000 people": a thousands comma with a stray space, when the group after it is zeros, which no
# date or list writes: "On May 5, 100 people" stays a day and a count)
_DIGITS = (
    r"(?:\d{1,3}(?:,\d{3})*,[ \u00a0]000(?![\d,])|\d{1,3}(?:,\d{3})+(?!\d|,\d)"
    r"|\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?![\d])|\d+(?:\.\d+|))"
)
_SCALE_AFTER = r"(?:[ \u00a0]?(?:million|billion|thousand|dozen|mn|bn|m|k)\b)"
_HALF = (
    r"(?:(?:an?\s+|)half(?:[\s-]+an?|)[\s-]+(?:million|billion|thousand|dozen)"
    r"|(?:an?\s+|)(?:quarter|half)[\s-]+(?:million|billion)"
    # "a quarter of a million", "three quarters of a million", "two and a half million"
    r"|(?:an?\s+|one\s+|three\s+)quarters?\s+of\s+an?\s+(?:million|billion)"
    rf"|{_WORD}\s+and\s+a\s+half[\s-]+(?:million|billion))"
)
_WORD_NUMBER = rf"(?:(?:an?\s+|){_WORD}(?:(?:\s*-\s*|\s+and\s+|\s+){_WORD})*)"
_NUMBER = rf"(?:{_HALF}|{_DIGITS}(?:{_SCALE_AFTER}|)|{_WORD_NUMBER})"
_QUAL_BEFORE = "|".join(re.escape(q) for q in sorted(QUALIFIERS_BEFORE, key=len, reverse=True))
_QUAL_AFTER = "|".join(re.escape(q) for q in sorted(QUALIFIERS_AFTER, key=len, reverse=True))
_VAGUE = (
    r"(?:tens\s+of\s+thousands|hundreds\s+of\s+thousands|tens\s+of\s+millions"
    r"|dozens|hundreds|thousands|millions|scores)"
)

QUANTITY_RE = re.compile(
    # ("At least, 13 people": a comma after the qualifier, as some outlets write it)
    rf"(?<![\w.,:$€£-])(?:(?P<between>between)\s+|)(?:(?P<qual>{_QUAL_BEFORE}),?\s+|)"
    rf"(?P<num>{_NUMBER})"
    rf"(?:\s*(?:to|-|–|or|and)\s*(?P<num2>{_NUMBER})|)"
    rf"(?:\s+(?P<qual_after>{_QUAL_AFTER})|)(?![\w%]|:\d|-[a-z])",
    re.IGNORECASE,
)
_QUANTITY_IN_LOWER = re.compile(QUANTITY_RE.pattern)  # for lower-cased text: see lower_matches_alike
VAGUE_RE = re.compile(rf"(?<![\w-])(?:(?:{_QUAL_BEFORE})\s+)?{_VAGUE}(?![\w-])", re.IGNORECASE)
_TOKEN_RE = re.compile(r"[a-z]+|\d+(?:\.\d+)?", re.IGNORECASE)


_AFTER_A = frozenset((*SCALES, *DOZEN_WORDS, *FRACTIONS))  # "a hundred", "a dozen", "a half"


def words_to_int(text: str) -> int | None:
    """'twenty-three' -> 23, 'one hundred and five' -> 105, 'half a million' -> 500000, 'a dozen' -> 12."""
    tokens = [t for t in _TOKEN_RE.findall(text.lower()) if t != "and"]
    if not tokens:
        return None
    total, current, seen = 0, 0, False
    fraction: float | None = None
    for i, tok in enumerate(tokens):
        if tok == "of" and fraction is not None:
            continue  # "a quarter of a million"
        if tok in ("a", "an"):
            if i + 1 < len(tokens) and tokens[i + 1] in _AFTER_A:
                if fraction is None and tokens[i + 1] not in FRACTIONS:
                    current = max(current, 1)
                continue
            if fraction is not None:
                continue
            return None
        if tok in FRACTIONS:
            # ("three quarters of a million": three of them; "two and a half million": two and one half)
            added = i > 0 and tokens[i - 1] in ("a", "an")
            fraction = current + FRACTIONS[tok] if added and current else FRACTIONS[tok] * (current or 1)
            current = 0
            continue
        if tok.replace(".", "", 1).isdigit():
            current += int(float(tok)) if "." not in tok else 0
            if "." in tok:
                fraction = float(tok)
            seen = True
        elif tok in UNITS:
            current += UNITS[tok]
            seen = True
        elif tok in TENS:
            current += TENS[tok]
            seen = True
        elif tok in DOZEN_WORDS:
            current = max(current, 1) * DOZEN_WORDS[tok]
            seen = True
        elif tok == "hundred":
            current = max(current, 1) * 100
            seen = True
        elif tok in SCALES or tok in SCALE_ABBREVIATIONS:
            scale = SCALES.get(tok) or SCALE_ABBREVIATIONS[tok]
            if fraction is not None and current == 0:
                total += round(fraction * scale)
                fraction = None
            else:
                total += max(current, 1) * scale
            current = 0
            seen = True
        else:
            return None
    if not seen:
        return None
    return total + current


_DIGITS_VALUE = re.compile(r"\s*(\d[\d,  \u00a0\u202f]*(?:\.\d+)?)\s*([a-z]*)")
_SEPARATORS = re.compile(r"[,  \u00a0\u202f]")
_DECIMAL_COMMA = re.compile(r"\d{1,3},\d{1,3}\s*")


def _digits_value(text: str) -> int | None:
    m = _DIGITS_VALUE.match(text.lower())
    if not m:
        return None
    scale_word = m.group(2)
    scale = SCALES.get(scale_word) or SCALE_ABBREVIATIONS.get(scale_word) or DOZEN_WORDS.get(scale_word) or 1
    if scale >= 1_000_000 and _DECIMAL_COMMA.fullmatch(m.group(1)):
        # "1,481 million displaced": a decimal comma (1.481 million), not a thousand million and more
        return round(float(m.group(1).replace(",", ".")) * scale)
    raw = _SEPARATORS.sub("", m.group(1))
    try:
        return round(float(raw) * scale)
    except ValueError:
        return None


@lru_cache(maxsize=4096)  # the same figures ("two", "12", "1,200") recur
def number_value(text: str) -> int | None:
    """Value of one number phrase, digits or words."""
    text = text.strip()
    if not text:
        return None
    if text[0].isdigit():
        return _digits_value(text)
    return words_to_int(text)


def _qualifier(before: str | None, after: str | None, ranged: bool) -> str:
    if ranged:
        return "range"
    if before:
        return QUALIFIERS_BEFORE.get(before.lower(), "exact")
    if after:
        return QUALIFIERS_AFTER.get(after.lower(), "exact")
    return "exact"


_ANCHOR_WORDS: Final = frozenset([*UNITS, *TENS, *SCALES, *DOZEN_WORDS, *FRACTIONS])
_LONGEST_PREFIX = 40  # "between" / "no fewer than" / "approximately a" before the number itself
_LONGEST_SUFFIX = 80  # "... to twenty-three thousand or more" after it

# Final: the compiled loop below reads them as constants (a module global is a dict look-up)
_A: Final = 97  # "a"
_Z: Final = 122  # "z"
_ZERO: Final = 48  # "0"
_NINE: Final = 57  # "9"
_SHORTEST_WORD: Final = min(len(w) for w in _ANCHOR_WORDS)
_LONGEST_WORD: Final = max(len(w) for w in _ANCHOR_WORDS)


def _anchors(low: str) -> list[tuple[int, int]]:
    """Spans of every run of digits and every number word standing alone ("one", not "someone"), in order.

    Read character by character: each run of [a-z] that is a number word, each run of digits (``\\d``:
    [0-9], or a character past ASCII that is a decimal digit). The compiled loop costs a fraction of
    regex scans for digits and words and of a search for each number word found."""
    out: list[tuple[int, int]] = []
    n = len(low)
    i = 0
    while i < n:
        c = ord(low[i])
        start = i
        i += 1
        if _A <= c <= _Z:
            while i < n and _A <= ord(low[i]) <= _Z:
                i += 1
            if _SHORTEST_WORD <= i - start <= _LONGEST_WORD and low[start:i] in _ANCHOR_WORDS:
                out.append((start, i))
        elif _ZERO <= c <= _NINE or (c > 127 and low[start].isdecimal()):
            while i < n and (_ZERO <= (c := ord(low[i])) <= _NINE or (c > 127 and low[i].isdecimal())):
                i += 1
            out.append((start, i))
    return out


def find_quantities(text: str) -> list[Quantity]:
    """Every quantity in ``text``, in order, with character offsets."""
    return list(_quantities(text))


@lru_cache(maxsize=256)  # a sentence is read for its numbers by several rules in turn
def _quantities(text: str) -> tuple[Quantity, ...]:
    out: list[Quantity] = []
    pos = 0
    low = lowered(text)
    pattern, searched = (_QUANTITY_IN_LOWER, low) if lower_matches_alike(text) else (QUANTITY_RE, text)
    for anchor_start, anchor_end in _anchors(low):
        if anchor_start < pos:
            continue
        # Only look for a quantity just around a digit or number word: much faster than a full scan.
        m = pattern.search(
            searched, max(pos, anchor_start - _LONGEST_PREFIX), min(len(text), anchor_end + _LONGEST_SUFFIX)
        )
        if m is None or m.start("num") >= anchor_end:
            # (a number past this anchor is a later anchor's to read, in a window that reaches past it:
            # here the window's end would hide what follows it, the "-year-old" of "a 20-year-old")
            continue
        num = m.group("num")
        bare_scale = all(w in _BARE_SCALES for w in num.lower().replace("-", " ").split())  # "hundred"
        vague_before = (
            _VAGUE_BEFORE_SCALE.search(searched, max(0, m.start("num") - 12), m.start("num"))
            if bare_scale
            else None
        )
        if vague_before is not None:
            # "several hundred", "a few dozen": how many is not said
            out.append(Quantity(None, "approx", vague_before.start(), m.end("num"),
                                text[vague_before.start() : m.end("num")], vague=True))  # fmt: skip
            pos = m.end("num")
            continue
        value = number_value(num)
        end = m.end()
        num2 = m.group("num2")
        ranged = False
        if num2:
            value2 = number_value(num2)
            joiner = text[m.end("num") : m.start("num2")].strip().lower()
            ranged = (joiner in ("to", "-", "–") or (joiner == "and" and bool(m.group("between")))) and (
                value is not None and value2 is not None and value2 > value
            )
            if ranged and joiner == "to" and _CHANGED_FROM.search(low, max(0, m.start() - 40), m.start()):
                ranged = False  # "the toll rose from 14 to 19": a count and its new value, no range
            if ranged and value is not None and value2 is not None and value < 1000:
                value = _shared_scale(value, num, num2, value2)  # "2-3 million", "20-25,000"
            if not ranged:
                # Two numbers side by side ("nine dead and 15 wounded"): keep the first, rescan after it.
                end = m.end("num")
        pos = max(end, m.start() + 1)
        if value is None or value < 0:
            continue
        if (
            value == 1
            and num.lower() == "one"
            and _NO_ONE.search(low, max(0, m.start("num") - 5), m.start("num"))
        ):
            continue  # "no one was killed", "not one was hurt": nobody
        qualifier = _qualifier(m.group("qual"), m.group("qual_after") if end == m.end() else None, ranged)
        if (qualifier == "approx" and _A_DOZEN.search(low, m.start(), m.end("num"))) or (
            ranged and _ANYWHERE.search(low, max(0, m.start() - 24), m.start("num"))
        ):
            # "nearly a dozen others wounded": a round word; "anywhere from two to 25 killed": reports
            # that disagree. How many is not said.
            out.append(Quantity(None, "approx", m.start(), end, text[m.start() : end], vague=True))
            continue
        start = (
            m.start("between")
            if ranged and m.group("between")
            else m.start("qual")
            if m.group("qual")
            else m.start("num")
        )
        out.append(
            Quantity(
                value=value,
                qualifier=qualifier,
                start=start,
                end=end,
                text=text[start:end],
                is_word=not num.strip()[0].isdigit(),
            )
        )
    return tuple(_with_vague(text, low, out))


def _shared_scale(value: int, num: str, num2: str, value2: int) -> int:
    """The first number of a range that shares the second's scale: '2-3 million' is two million to three,
    '20-25,000' twenty thousand to twenty-five ('500-1,000' stays 500)."""
    if _PLAIN_NUMBER.fullmatch(num.strip()) is None:
        return value
    scale = next((_RANGE_SCALES[w] for w in _TOKEN_RE.findall(num2.lower()) if w in _RANGE_SCALES), 0)
    if not scale and _THOUSANDS.fullmatch(num2.strip()):
        scale = 1000
    scaled = round(float(num.strip()) * scale)
    return scaled if scale and scaled <= value2 else value


_RANGE_SCALES = {word: n for word, n in SCALES.items() if n >= 1000}  # (thousand, million, billion)
_PLAIN_NUMBER = re.compile(r"\d{1,3}(?:\.\d+)?")
_THOUSANDS = re.compile(r"\d{1,3}(?:,000)+")
_A_DOZEN = re.compile(r"\ba\s+dozen$")
_ANYWHERE = re.compile(r"\banywhere\s+(?:from\s+|between\s+)?$")

# A count's change told as "from N to M"
_CHANGED_FROM = re.compile(
    r"\b(?:rose|risen|rising|rises|climbed|increased|raised|raising|jumped|grew|grown|revised|updated|up)\s+"
    r"(?:\w+\s+){0,3}?from\s+$"
)


_NO_ONE = re.compile(r"\bnot?\s+$")  # before "one": nobody

_VAGUE_BEFORE_SCALE = re.compile(r"\b(?:several|a\s+few|few|many|a\s+couple\s+of)\s+$", re.IGNORECASE)
_BARE_SCALES = frozenset(["hundred", "thousand", "dozen", "million", "billion"])


_VAGUE_HINTS = ("dozens", "hundreds", "thousands", "millions", "scores")


def _with_vague(text: str, low: str, found: list[Quantity]) -> list[Quantity]:
    if not holds_any(low, _VAGUE_HINTS):
        return found
    taken = [(q.start, q.end) for q in found]
    for m in VAGUE_RE.finditer(text):
        if any(s < m.end() and m.start() < e for s, e in taken):
            continue
        found.append(Quantity(None, "approx", m.start(), m.end(), m.group(0), vague=True))
    found.sort(key=lambda q: q.start)
    return found


def parse_quantity(text: str) -> Quantity | None:
    """The first quantity in ``text`` ("at least 1,200" -> 1200 at_least; "dozens" -> vague, None)."""
    found = find_quantities(text)
    if not found:
        word = text.strip().lower()
        if word in VAGUE_QUANTITIES:
            return Quantity(None, "approx", 0, len(text), text, vague=True)
        return None
    return found[0]
