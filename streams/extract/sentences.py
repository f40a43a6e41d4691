"""Sentence splitting with character offsets into the article body."""

from __future__ import annotations

import re
import string
from dataclasses import dataclass

ABBREVIATIONS = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "dr",
        "gov",
        "gen",
        "col",
        "lt",
        "st",
        "sgt",
        "capt",
        "maj",
        "brig",
        "cmdr",
        "adm",
        "supt",
        "insp",
        "cpl",
        "pvt",
        "sen",
        "rep",
        "jr",
        "sr",
        "prof",
        "rev",
        "no",
        "vs",
        "etc",
        "inc",
        "ltd",
        "co",
        "corp",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "mt",
        "ft",
        "u.s",
        "u.n",
        "u.k",
        "e.g",
        "i.e",
        "a.m",
        "p.m",
        "approx",
        "est",
        "dept",
    ]
)
# "[.!?]+" written "[.!?][.!?]*": a pattern that starts with a class (not a repeat) gives re the set of
# characters a match starts with, and its search skips the others in C instead of trying a match at each
_BOUNDARY = re.compile(r"[.!?][.!?]*[\"'”’)\]]*(?=\s+[\"'“‘(\[]?[A-Z0-9])")
_WORD_CHARS = string.ascii_letters + "."  # of the word before a full stop


# The __init__ is written out (init=False): mypyc compiles it, while a generated one stays interpreted
# and costs ~25x as much; tests/unit/extract/test_dataclass_inits.py holds it to the fields.
@dataclass(frozen=True, slots=True, init=False)
class Sentence:
    """One sentence: ``text == body[start:end]``; ``paragraph`` counts blank-line or line breaks."""

    start: int
    end: int
    text: str
    paragraph: int
    index: int

    def __init__(self, start: int, end: int, text: str, paragraph: int, index: int) -> None:
        object.__setattr__(self, "start", start)
        object.__setattr__(self, "end", end)
        object.__setattr__(self, "text", text)
        object.__setattr__(self, "paragraph", paragraph)
        object.__setattr__(self, "index", index)


def _is_abbreviation(chunk: str) -> bool:
    head = chunk[:-1] if chunk.endswith(".") else chunk
    tail = head[len(head.rstrip(_WORD_CHARS)) :]
    if not tail:
        return False
    word = tail.lower().rstrip(".")
    if word in ABBREVIATIONS:
        return True
    # Initials ("J. Smith", "U.S.") but not sentence-final words.
    return len(word) == 1 and word.isalpha()


def split_sentences(body: str) -> list[Sentence]:
    """Split ``body`` into sentences; line breaks end a sentence, but for a line hard-wrapped inside one
    (see ``_wrapped``)."""
    out: list[Sentence] = []
    paragraph = 0
    for line_start, line in _logical_lines(body):
        cursor = 0
        for m in _BOUNDARY.finditer(line):
            if (
                m.group(0).startswith(".")
                and len(m.group(0)) == 1
                and _is_abbreviation(line[cursor : m.end()])
            ):
                continue
            _add(out, body, line_start + cursor, line_start + m.end(), paragraph)
            cursor = m.end()
        _add(out, body, line_start + cursor, line_start + len(line), paragraph)
        paragraph += 1
    return out


def _logical_lines(body: str) -> list[tuple[int, str]]:
    """The body's non-blank lines with their offsets, a line wrapped inside a sentence joined to the next."""
    physical: list[tuple[int, str]] = []
    pos = 0
    for line in body.split("\n"):
        physical.append((pos, line))
        pos += len(line) + 1
    wraps = [_wrapped(line, body, start + len(line) + 1, False) for start, line in physical]
    # A text hard-wrapped at a width breaks sentences anywhere: once it shows (twice a line that goes on in
    # lower case), every line without closing punctuation goes on on the next
    hard = sum(wraps) >= 2
    lines: list[tuple[int, str]] = []
    joined = False
    for (start, line), wrapped in zip(physical, wraps, strict=True):
        if not line.strip():
            joined = False
            continue
        if joined and lines:
            first = lines[-1][0]
            lines[-1] = (first, body[first : start + len(line)])
        else:
            lines.append((start, line))
        # (the first line, a headline as often as not, goes on only as any text's would; a line that goes
        # on in any text goes on in a hard-wrapped one too)
        joined = wrapped or (hard and start > 0 and _wrapped(line, body, start + len(line) + 1, True))
    return lines


def _wrapped(line: str, body: str, next_start: int, hard: bool) -> bool:
    """The line breaks inside a sentence: "UNOCHA said nearly 400,000 of those residing in" / "displacement
    camps could flee": no closing punctuation, and a next line that begins in lower case, or follows a word
    no sentence or headline ends with, or that goes on a ``hard``-wrapped text."""
    tail = line.rstrip()
    if not tail or tail[-1] in _LINE_CLOSERS or next_start >= len(body):
        return False
    first = body[next_start]
    if first.islower():
        return True
    last = tail[len(tail.rstrip(string.ascii_letters)) :]
    return (first.isupper() or first.isdigit()) and (hard or last in _NO_LAST_WORDS)


_LINE_CLOSERS = frozenset(".!?:;\"'”’)]-–—|")
# Words no sentence, headline or dateline ends with: a line that ends with one goes on on the next
_NO_LAST_WORDS = frozenset(
    [
        "of",
        "the",
        "a",
        "an",
        "and",
        "to",
        "in",
        "on",
        "for",
        "with",
        "by",
        "at",
        "from",
        "that",
        "its",
        "their",
    ]
)


def _add(out: list[Sentence], body: str, start: int, end: int, paragraph: int) -> None:
    while start < end and body[start].isspace():
        start += 1
    while end > start and body[end - 1].isspace():
        end -= 1
    if end > start:
        out.append(Sentence(start, end, body[start:end], paragraph, len(out)))
