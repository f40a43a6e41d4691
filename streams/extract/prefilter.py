"""Substring gates for regexes: skip a search that cannot match without running it.

Most of the rules' regexes match in few sentences, and a regex tries every position of the text, while
``str.__contains__`` scans it in C at memory speed. ``required_strings`` reads a compiled pattern and
returns strings of which every match holds at least one (the literal words it cannot do without);
``Gated`` runs the regex only when the text holds one of them. The strings are derived from the
pattern itself, so a gate stays right however the rules change.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Iterable, Iterator
from functools import lru_cache
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import Any, cast

from streams.extract.textnorm import holds_any, lower_matches_alike, lowered

_Factor = tuple[str, bool]  # a literal string, and whether it matches case-insensitively
_MIN_KEY = 4  # gate keys shorter than this are common words ("in", "the"): used only when nothing longer


def required_strings(pattern: re.Pattern[str]) -> tuple[tuple[str, ...], bool] | None:
    """Strings one of which every match of ``pattern`` holds, and whether they are in lower case, to be
    looked for in the lower-cased text (some part of the pattern ignores case); None when the pattern
    needs no literal text ('\\d+', '[A-Z]\\w*').

    Only literals the pattern must match are read: those outside optional parts, lookarounds and
    character classes; an alternation requires one string of each branch. Literals that ignore case
    must be ASCII (see ``lower_matches_alike``).
    """
    tree = sre_parse.parse(pattern.pattern, pattern.flags)
    found = _sequence(list(tree), bool(tree.state.flags & re.IGNORECASE))
    if found is None:
        return None
    lower = any(ignore for _s, ignore in found)
    strings = {s.lower() if lower else s for s, _ignore in found}
    return tuple(sorted(strings)), lower


def _score(factors: frozenset[_Factor]) -> tuple[int, int]:
    """Longer strings are rarer: prefer the set whose shortest string is longest, then the smaller set."""
    return min(len(s) for s, _i in factors), -len(factors)


def _sequence(items: list[tuple[Any, Any]], ignore: bool) -> frozenset[_Factor] | None:
    """The best set of required strings of one item of a sequence (consecutive literals make one)."""
    best: frozenset[_Factor] | None = None
    run: list[str] = []

    def keep(candidate: frozenset[_Factor] | None) -> None:
        nonlocal best
        if candidate is not None and (best is None or _score(candidate) > _score(best)):
            best = candidate

    for op, av in items:
        if op is sre.LITERAL and chr(av).isascii():
            run.append(chr(av))
            continue
        if run:
            joined = "".join(run)
            keep(frozenset([(joined, ignore)]))
            if len(joined) < _MIN_KEY:
                # too short a key alone: with the words the alternatives after it start with, as
                # "m(?:arch|ay)" holds "march" or "may" (see textnorm.alternation)
                keep(frozenset((joined + head, ignore) for head in _heads([(op, av)])))
            run = []
        keep(_item(op, av, ignore))
    if run:
        keep(frozenset([("".join(run), ignore)]))
    return best


def _heads(items: list[tuple[Any, Any]]) -> list[str]:
    """The literal text each way of matching ``items`` starts with ("" where one starts otherwise): its
    leading literals, and those of each alternative of a group or alternation that follows them."""
    run: list[str] = []
    for op, av in items:
        if op is sre.LITERAL and chr(av).isascii():
            run.append(chr(av))
            continue
        joined = "".join(run)
        if op is sre.BRANCH:
            return [joined + head for branch in av[1] for head in _heads(list(branch))]
        if op is sre.SUBPATTERN and not av[1] and not av[2]:  # a group that changes no flag
            return [joined + head for head in _heads(list(av[3]))]
        return [joined]
    return ["".join(run)]


def _item(op: Any, av: Any, ignore: bool) -> frozenset[_Factor] | None:
    if op is sre.SUBPATTERN:
        _group, add_flags, del_flags, body = av
        inner = (ignore or bool(add_flags & re.IGNORECASE)) and not del_flags & re.IGNORECASE
        return _sequence(list(body), inner)
    if op is sre.ATOMIC_GROUP:
        return _sequence(list(av), ignore)
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
        low, _high, body = av
        return _sequence(list(body), ignore) if low >= 1 else None
    if op is sre.BRANCH:
        union: set[_Factor] = set()
        for branch in av[1]:
            found = _sequence(list(branch), ignore)
            if found is None:
                return None
            union |= found
        return frozenset(union)
    return None  # a class, a lookaround, an anchor, a back reference: no literal it must hold


def gate_keys(strings: Iterable[str]) -> tuple[str, ...]:
    """Fewer strings to look for: substrings (words, or the whole string) such that each of ``strings``
    holds one. 'a week earlier', 'days earlier', 'earlier this month' -> 'earlier'. Words of at least
    ``_MIN_KEY`` characters are preferred; among them, the word most strings share."""
    uncovered = set(strings)
    candidates = {s: _key_candidates(s) for s in uncovered}
    keys: list[str] = []
    while uncovered:
        left = uncovered
        options = {k for s in left for k in candidates[s]}
        key = max(options, key=lambda k: (len(k) >= _MIN_KEY, sum(1 for s in left if k in s), len(k), k))
        keys.append(key)
        uncovered = {s for s in uncovered if key not in s}
    # a key holding another is redundant: "april" after "apr"
    return tuple(sorted(k for k in keys if not any(o != k and o in k for o in keys)))


def _key_candidates(s: str) -> list[str]:
    words = [w for w in re.findall(r"\w+", s) if len(w) >= _MIN_KEY]
    return [*words, s]


_last_lowered = ("", "")  # the text lowered last, and its lower case: gates often test one text in turn


def _lowered(text: str) -> str:
    global _last_lowered
    last, low = _last_lowered
    if text is not last:
        low = lowered(text)  # (remembered: other rules lower the same text)
        _last_lowered = (text, low)
    return low


def ascii_twin(regex: re.Pattern[str]) -> re.Pattern[str] | None:
    """``regex`` compiled with re.ASCII, when that finds the same matches in ``ascii_alike`` text; else None.

    On such text the ASCII and Unicode classes (\\w, \\d, \\s, \\b) hold the same characters, and an
    ASCII character matches the same case-insensitively, unless the pattern holds a non-ASCII character
    with a case (Kelvin's "K" matches "k" under re.I): then there is no twin. The ASCII classes are table
    look-ups where the Unicode ones call the Unicode database for every character tried.
    """
    if any(_cased(c) for c in _code_points(regex)):  # (re.I may be set inside the pattern: "(?i:...)")
        return None
    return re.compile(regex.pattern, (regex.flags & ~re.UNICODE) | re.ASCII)


def _cased(code: int) -> bool:
    c = chr(code)
    return code > 127 and not (c.lower() == c == c.upper())


def _code_points(regex: re.Pattern[str]) -> Iterator[int]:
    """Every code point the pattern names: literals, and both ends and the inside of ranges."""
    stack: list[Any] = [list(sre_parse.parse(regex.pattern, regex.flags))]
    while stack:
        item = stack.pop()
        if (
            isinstance(item, tuple)
            and len(item) == 2
            and (item[0] is sre.LITERAL or item[0] is sre.NOT_LITERAL)
        ):
            yield item[1]
        elif isinstance(item, tuple) and len(item) == 2 and item[0] is sre.RANGE:
            yield from range(item[1][0], item[1][1] + 1)
        elif isinstance(item, (list, tuple)) or type(item).__name__ == "SubPattern":
            stack.extend(list(item))


# Characters that are white space to a Unicode regex (and to str.isspace) but not to an ASCII one
_UNICODE_ONLY_SPACES = ("\x1c", "\x1d", "\x1e", "\x1f")


# Non-ASCII characters a Unicode regex treats as an ASCII one does a punctuation mark: not word
# characters, digits or white space, and without case (``test_prefilter`` checks each). These quotes
# and dashes are most of what makes news text non-ASCII (a quarter of the sentences the regexes read).
ASCII_ALIKE_PUNCTUATION = "‘’“”–—…"
# A character that is neither ASCII (but the Unicode-only spaces) nor one of those
_NOT_ASCII_ALIKE = re.compile(rf"[^\x00-\x1b\x20-\x7f{ASCII_ALIKE_PUNCTUATION}]")


@lru_cache(maxsize=256)  # asked for every regex a text passes to (~100 an article): the same texts in turn
def ascii_alike(text: str) -> bool:
    """True when an ``ascii_twin`` finds in ``text`` just what its regex finds: ASCII text (with none of
    the ``_UNICODE_ONLY_SPACES``), and text whose other characters are ``ASCII_ALIKE_PUNCTUATION``."""
    if text.isascii():
        return not holds_any(text, _UNICODE_ONLY_SPACES)
    return _NOT_ASCII_ALIKE.search(text) is None


_GATED_SLOTS = ("keys", "lower", "pattern", "regex", "twin")


class Gated:
    """A compiled regex that runs only on text holding one of its ``required_strings`` (see the module
    docstring); the methods the rules use, with the same results as the regex's own."""

    __slots__ = _GATED_SLOTS

    def __init__(self, regex: re.Pattern[str]) -> None:
        self.regex = regex
        self.pattern = regex.pattern
        required = required_strings(regex)
        self.keys: tuple[str, ...] | None = gate_keys(required[0]) if required else None
        self.lower = bool(required and required[1])
        self.twin = ascii_twin(regex) or regex  # for ascii_alike text: faster

    def may_match(self, text: str) -> bool:
        """False only when the regex cannot match anywhere in ``text``; the key found moves to the front
        of ``keys``, which changes no answer (any key will do) but makes the next search of a gate that
        mostly passes stop sooner. (Called ~100 times an article:
        written out without calls to the helpers it stands for, ``lower_matches_alike``, ``_lowered``
        and ``holds_any``.)"""
        global _last_lowered
        keys = self.keys
        if keys is None:
            return True
        if self.lower:
            if not text.isascii() and not lower_matches_alike(text):
                return True
            last, low = _last_lowered
            if text is not last:
                low = lowered(text)
                _last_lowered = (text, low)
            text = low
        for i, key in enumerate(keys):
            if key in text:
                if i:  # looked for first next time: the keys texts hold most often come to the front
                    self.keys = (key, *keys[:i], *keys[i + 1 :])
                return True
        return False

    def _for(self, text: str) -> re.Pattern[str]:
        """The regex to run on ``text``: the ASCII twin when it finds the same (see ``ascii_twin``)."""
        return self.twin if ascii_alike(text) else self.regex

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self._for(text).search(text, pos, endpos) if self.may_match(text) else None

    def match(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self._for(text).match(text, pos, endpos) if self.may_match(text) else None

    def fullmatch(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self._for(text).fullmatch(text, pos, endpos) if self.may_match(text) else None

    def finditer(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
        return self._for(text).finditer(text, pos, endpos) if self.may_match(text) else iter(())

    def findall(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> list[Any]:
        return self._for(text).findall(text, pos, endpos) if self.may_match(text) else []

    def sub(self, repl: str | Callable[[re.Match[str]], str], text: str, count: int = 0) -> str:
        return self._for(text).sub(repl, text, count) if self.may_match(text) else text

    def __getattr__(self, name: str) -> Any:  # any other attribute: the regex's own, ungated
        if name in _GATED_SLOTS:  # not set yet (a copy being made)
            raise AttributeError(name)
        return getattr(self.regex, name)


def gated(regex: re.Pattern[str]) -> re.Pattern[str]:
    """``regex`` behind its substring gate: a ``Gated``, typed as the pattern it stands in for (it
    answers the same calls with the same results), so that a module can gate its regexes in one place
    without changing their definitions or their uses."""
    return cast(re.Pattern[str], Gated(regex))


def top_level_branches(pattern: str) -> list[str]:
    """The branches of ``pattern``'s top-level alternation: "a|b(c|d)|[|]" -> ["a", "b(c|d)", "[|]"] (split
    at each "|" outside groups, character classes and escapes)."""
    branches: list[str] = []
    depth, start, k, in_class = 0, 0, 0, False
    while k < len(pattern):
        ch = pattern[k]
        if ch == "\\":
            k += 2
            continue
        if in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
            k += 1
            if pattern.startswith("^", k):
                k += 1
            if pattern.startswith("]", k):  # "[]...]", "[^]...]": a "]" first is one of the class
                k += 1
            continue
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            branches.append(pattern[start:k])
            start = k + 1
        k += 1
    branches.append(pattern[start:])
    return branches


class Alternatives:
    """An alternation ("a|b|c") whose branches need different words, searched branch by branch, each
    behind its own gate (see ``Gated``): one gate for the whole passes wherever any branch may match,
    and the regex then tries every branch at every position of the text. ``search`` finds what the
    alternation's search finds: the leftmost match, of the first branch that matches there (the
    alternation holds no groups, which it would number across branches). Other methods: the whole
    alternation's, gated."""

    __slots__ = ("branches", "whole")

    def __init__(self, regex: re.Pattern[str]) -> None:
        if regex.groups or _GLOBAL_FLAGS.search(regex.pattern):
            raise ValueError("Alternatives: a regex with groups or global inline flags")
        self.whole = Gated(regex)
        self.branches = tuple(Gated(re.compile(b, regex.flags)) for b in top_level_branches(regex.pattern))

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        found = None
        for branch in self.branches:
            m = branch.search(text, pos, endpos)
            if m is not None and (found is None or m.start() < found.start()):
                found = m
        return found

    def __getattr__(self, name: str) -> Any:
        if name in ("branches", "whole"):  # not set yet (a copy being made)
            raise AttributeError(name)
        return getattr(self.whole, name)


_GLOBAL_FLAGS = re.compile(r"\(\?[aiLmsux]+\)")


def alternatives(regex: re.Pattern[str]) -> re.Pattern[str]:
    """``regex`` as ``Alternatives``, typed as the pattern it stands in for (as ``gated``)."""
    return cast(re.Pattern[str], Alternatives(regex))
