"""Normalisation keys for names: accents folded, case and punctuation ignored.

Shared by the gazetteer builder and the run-time lookup so both sides agree on keys.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache

_APOSTROPHES = re.compile(r"['‘’ʼʻ`´ʾʿ]")
# A pattern that starts with a class, not a repeat ("[^a-z0-9]+"), lets a search skip the positions where
# no match can start in C: re finds a first-character set only in a leading class, literal or alternation.
_NON_ALNUM = re.compile(r"[^a-z0-9][^a-z0-9]*")
_DOUBLED = re.compile(r"([a-z])\1+")
_EXTRA = str.maketrans({"ı": "i", "ø": "o", "ß": "ss", "æ": "ae", "œ": "oe", "đ": "d", "ł": "l", "þ": "th"})
_EXTRA_LETTERS = tuple(chr(c) for c in _EXTRA)
_NON_ASCII = re.compile(r"[^\x00-\x7f][^\x00-\x7f]*")


# What the general path below does to ASCII text, as one table: lower case, apostrophes dropped, and a space
# for every other character but a letter or digit. str.translate maps ASCII text in C, where sub() pays
# for every run of punctuation and space it replaces.
_ASCII_FOLD: dict[int, int | None] = {
    c: None if _APOSTROPHES.match(chr(c)) else ord(chr(c).lower()) if chr(c).isalnum() else ord(" ")
    for c in range(128)
}


@lru_cache(maxsize=65536)  # the same names and words recur from sentence to sentence and article to article
def fold(name: str) -> str:
    """'Ḩalab' -> 'halab', "Sa'dah" -> 'sadah', 'el-Fasher' -> 'el fasher'."""
    if name.isascii():
        return " ".join(name.translate(_ASCII_FOLD).split())
    s = name.lower()
    if holds_any(s, _EXTRA_LETTERS):  # translate() looks every character of non-ASCII text up: only if needed
        s = s.translate(_EXTRA)
    # the accents NFKD splits off: only non-ASCII characters can be one, and most text has few
    s = _NON_ASCII.sub(_without_marks, unicodedata.normalize("NFKD", s))
    s = _APOSTROPHES.sub("", s)
    return " ".join(_NON_ALNUM.sub(" ", s).split())


def _without_marks(m: re.Match[str]) -> str:
    return "".join(ch for ch in m.group() if not unicodedata.combining(ch))


_COMPASS = re.compile(r"\b(north|south)(east|west)\b")
# Lower-case words (with hyphens: "pro-government"): compiled once here, as re.findall(pattern, ...)
# looks the pattern up in re's cache through interpreted code on every call
# (written to start with a class, as _NON_ALNUM)
LOWER_WORDS = re.compile(r"[a-z][a-z]*")
LOWER_HYPHENATED_WORDS = re.compile(r"[a-z-][a-z-]*")


def alternation(words: list[str]) -> str:
    """``words`` as a regex alternation, escaped, grouped by first letter: "c(?:ounties|ounty)|province|...".

    It matches what "counties|county|province|..." matches, with the same groups: at one position only
    the words of its letter can match, and those are tried in their order. But sre tries a branch per
    letter at each position, not one per word: a search for unit words runs ~30% fewer instructions.
    The words start with a lower-case ASCII letter: no two such letters match one character, even
    ignoring case."""
    if not all(word[:1].isascii() and word[:1].islower() for word in words):
        raise ValueError("alternation: a word that does not start with a lower-case ASCII letter")
    groups: dict[str, list[str]] = {}
    for word in words:
        groups.setdefault(word[0], []).append(word)
    return "|".join(
        re.escape(group[0])
        if len(group) == 1
        else f"{re.escape(first)}(?:{'|'.join(re.escape(word[1:]) for word in group)})"
        for first, group in groups.items()
    )


def compass_split(key: str) -> str:
    """'northwest' -> 'north west', so 'Northwest province' finds the region named 'North-West'."""
    return _COMPASS.sub(_spaced, key)


def single_letters(key: str) -> str:
    """'shabeelle' -> 'shabele': doubled letters single."""
    return _DOUBLED.sub(_first_group, key)


# Replacements as functions, not templates (r"\1 \2"): a template makes every sub() call, matching or not,
# go through interpreted code in the re module.
def _spaced(m: re.Match[str]) -> str:
    return f"{m.group(1)} {m.group(2)}"


def _first_group(m: re.Match[str]) -> str:
    return m.group(1)


# The only characters that match an ASCII letter or digit case-insensitively (re.I) without lower-casing
# to it: "İ" (lower case "i̇"), "ı" and "ſ" ("i", "i", "s"). Found by trying every code point (Python 3.11).
CASE_EXCEPTIONS = ("İ", "ı", "ſ")


@lru_cache(maxsize=256)
def lowered(text: str) -> str:
    """``text.lower()``, remembered: the rules lower the same sentence (and clause) again and again, and
    lowering text that is not ASCII costs a look-up in the Unicode database per character."""
    return text.lower()


def holds_any(text: str, words: tuple[str, ...] | frozenset[str]) -> bool:
    """``any(w in text for w in words)``, as a loop: faster than any() over a generator."""
    for w in words:  # noqa: SIM110
        if w in text:
            return True
    return False


def words_back(text: str, end: int, count: int) -> int:
    """Where the ``count``-th whitespace-separated word before ``end`` starts (0 when there are fewer).

    A regex match that holds at most ``count`` runs of white space before some point starts no earlier
    (counting words within the 100 characters one may take; else 0): a search from here finds what a
    search of the whole text finds, without trying every earlier position (classify's speaker
    introductions, dates' weekdays)."""
    lo = max(0, end - 100 * count)
    chunk = text[lo:end]
    parts = chunk.rsplit(None, count)  # the words before the last ``count`` (cut at lo), then those words
    if len(parts) <= count:
        return 0
    head = len(parts[0])
    return lo + head + len(chunk[head:]) - len(chunk[head:].lstrip())


def fewest_keys(words: Iterable[str]) -> tuple[str, ...]:
    """The words of ``words`` that hold no other of them, in their order: a text holds one of ``words``
    exactly when it holds one of these ("jan" for "jan" and "january"), for ``holds_any`` with fewer scans."""
    given = tuple(words)
    return tuple(w for w in given if not any(o != w and o in w for o in given))


def may_contain(text: str, low: str, words: tuple[str, ...]) -> bool:
    """False only when ``low`` (``text`` in lower case) holds none of ``words`` (in lower case).

    A regex (case-insensitive or not) that needs one of ``words`` cannot match then, and can be
    skipped. Text with one of the ``CASE_EXCEPTIONS`` is left to the regex: True.
    """
    return not lower_matches_alike(text) or holds_any(low, words)


class WordKeys:
    """``holds_any(low, keys)`` for keys without white space, answered word by word (``low.split()``) from
    what was found in each word before: a key can only lie inside one word, and the words of one
    sentence are mostly the words of earlier ones, so a sentence costs a look-up per word instead of
    a scan of it per key (``holds_any`` on a sentence without a key scans it ~70 times for the role
    keys). The answers are ``holds_any``'s: the memory only saves work."""

    __slots__ = ("_known", "first", "keys")

    def __init__(self, keys: tuple[str, ...], first: int = 0) -> None:
        """``first``: how many of ``keys`` (those most texts hold) to look for in the whole text before
        splitting it in words: a text holding one is answered without the split."""
        if any(ch.isspace() for key in keys for ch in key):
            raise ValueError("WordKeys: a key with white space may span two words")
        self.keys = keys
        self.first = keys[:first]
        self._known: dict[str, bool] = {}

    def in_words_of(self, low: str) -> bool:
        """``holds_any(low, self.keys)``."""
        if holds_any(low, self.first):
            return True
        known = self._known
        for word in low.split():
            found = known.get(word)
            if found is None:
                found = holds_any(word, self.keys)
                if len(known) >= _KNOWN_WORDS:  # a bound on the memory: start again
                    known.clear()
                known[word] = found
            if found:
                return True
        return False


_KNOWN_WORDS = 65536


def lower_matches_alike(text: str) -> bool:
    """True when a case-insensitive regex (its words in lower case) finds in ``text`` just what the same
    regex, case-sensitive and faster, finds in ``text.lower()``, at the same offsets.

    Lower-casing keeps the length and the word, digit and space classes of every character, and matches
    what re.I matches, but for the ``CASE_EXCEPTIONS`` (found, like this, by trying every code point).
    """
    return text.isascii() or _without_case_exceptions(text)


@lru_cache(maxsize=256)  # asked again and again of the same sentence (gates, dates, places, quantities)
def _without_case_exceptions(text: str) -> bool:
    return not holds_any(text, CASE_EXCEPTIONS)


def in_lower_case(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """``pattern`` without re.IGNORECASE, for lower-cased text (see ``lower_matches_alike``); its words
    must be written in lower case."""
    return re.compile(pattern.pattern, pattern.flags & ~re.IGNORECASE)


@lru_cache(maxsize=16384)  # a name's key, like its fold, is asked for again and again
def region_key(name: str) -> str:
    """A looser key that also forgives doubled letters ('Shabeelle' = 'Shabelle') and joined compass
    words ('Northwest' = 'North-West')."""
    return compass_split(single_letters(fold(name)))


_ARABIC_ARTICLES = frozenset(
    ["al", "el", "ad", "ed", "ar", "er", "as", "es", "ash", "esh", "at", "et", "az", "ez", "an", "en", "ul"]
)
_INNER_VOWELS = re.compile(r"(?<!^)[aeiouyw]")


@lru_cache(maxsize=16384)
def skeleton(name: str) -> str:
    """A key that forgives how a name was transliterated: 'Deir al-Balah' and 'Dayr al Balah' both
    give 'drblh' (articles dropped, inner vowels dropped, doubled letters single)."""
    words = fold(name).split()
    kept = [w for k, w in enumerate(words) if w not in _ARABIC_ARTICLES or k == len(words) - 1]
    return "".join(single_letters(_INNER_VOWELS.sub("", w)) for w in kept)


def _base_letter(c: int) -> int:
    """The ASCII letter a Latin letter with marks is written on ('Ş' -> 'S'), or the letter itself."""
    ch = chr(c)
    base = unicodedata.normalize("NFD", ch)[0]
    if base.isascii() and base.isalpha():
        return ord(base)
    single = {"ı": "i", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ł": "l", "Ł": "L", "ħ": "h", "Ħ": "H"}.get(
        ch
    )
    return ord(single) if single else c


# Latin-1 and Latin Extended-A/B letters, each to its base letter (one character for one)
_SAME_LENGTH_ASCII = {c: _base_letter(c) for c in range(0xC0, 0x250) if chr(c).isalpha()}


def same_length_ascii(text: str) -> str:
    """'in the province of Şırnak' -> 'in the province of Sirnak': Latin letters with marks as their base
    letters, one character for one, so that every offset stays where it was and rules that look for a
    capital letter ([A-Z]) see 'Şırnak', 'Çorum' or 'Émile' as names."""
    if text.isascii() or _MARKED_LETTER.search(text) is None:
        return text  # (most non-ASCII text holds only typographic quotes and dashes)
    return text.translate(_SAME_LENGTH_ASCII)


_MARKED_LETTER = re.compile("[\u00c0-\u024f]")
