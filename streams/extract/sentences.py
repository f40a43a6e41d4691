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
    """Split ``body`` into sentences; line breaks always end a sentence."""
    out: list[Sentence] = []
    paragraph = 0
    pos = 0
    for line in body.split("\n"):
        line_start = pos
        pos += len(line) + 1
        if not line.strip():
            continue
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


def _add(out: list[Sentence], body: str, start: int, end: int, paragraph: int) -> None:
    while start < end and body[start].isspace():
        start += 1
    while end > start and body[end - 1].isspace():
        end -= 1
    if end > start:
        out.append(Sentence(start, end, body[start:end], paragraph, len(out)))
