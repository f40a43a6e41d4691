"""Small named rules over one sentence: casualty roles, event type, background, attribution, verification."""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass

from streams.extract.lexicon import (
    ARMED_GROUP_NAMES,
    BACKGROUND_CUES,
    CUMULATIVE_CUES,
    CUMULATIVE_MIN_VALUE,
    CUMULATIVE_TOLL_CUES,
    DEFAULT_EVENT_TYPE,
    DISPLACED_AFTER,
    DISPLACED_BEFORE,
    EVENT_TYPE_CUES,
    FAMILY_UNITS,
    KILLED_AFTER,
    KILLED_BEFORE,
    MONTH_ABBREVIATIONS,
    MONTHS,
    NON_PERSON_UNITS,
    NON_STATE_COMBATANTS,
    NOT_CASUALTY_CUES,
    ONE_SIDED_VERBS,
    PERSON_NOUNS,
    PROJECTION_CUES,
    STATE_FORCES,
    STATE_SOURCES,
    STOCK_NOUNS,
    SUBSET_CUES,
    UNVERIFIABLE_CUES,
    WOUNDED_AFTER,
    WOUNDED_BEFORE,
)
from streams.extract.numbers import Quantity, find_quantities
from streams.extract.textnorm import in_lower_case, lower_matches_alike, may_contain

MONTH_SHORT = frozenset(MONTH_ABBREVIATIONS)

KILLED, WOUNDED, DISPLACED = "killed", "wounded", "displaced"
_TOKEN = re.compile(r"[A-Za-z][A-Za-z'’-]*|\d[\d,.]*|[;:.!?,()\"“”—–]")
_AUX = frozenset(["were", "was", "been", "are", "is", "have", "has", "had", "being", "shot"])
_STOP = frozenset(
    [
        ";",
        ":",
        ".",
        "!",
        "?",
        "(",
        "but",
        "while",
        "when",
        "as",
        "after",
        "before",
        "because",
        "although",
        "though",
        "whereas",
        "which",
    ]
)


# Words that make a stretch of text a clause of its own rather than a noun phrase.
VERB_LIKE = frozenset(_AUX | NOT_CASUALTY_CUES | KILLED_AFTER | WOUNDED_AFTER | DISPLACED_AFTER)


@dataclass(frozen=True, slots=True)
class Figure:
    """A quantity with its casualty role and what it counts."""

    quantity: Quantity
    role: str
    noun: str | None = None
    unit: str = "people"


Token = tuple[str, int]  # a token in lower case, and where it starts


@functools.lru_cache(maxsize=64)
def _tokens(text: str) -> list[Token]:
    if text.isascii():  # lower case keeps every offset: no lower() per token
        return [(m[0], m.start()) for m in _TOKEN.finditer(text.lower())]
    return [(m[0].lower(), m.start()) for m in _TOKEN.finditer(text)]


def _token_start(token: Token) -> int:
    return token[1]


@functools.lru_cache(maxsize=256)
def cue_pattern(cues: tuple[str, ...] | frozenset[str]) -> re.Pattern[str]:
    """One compiled alternation for a word list, matched on word boundaries."""
    alternation = "|".join(re.escape(c) for c in sorted(cues, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{alternation})(?![\w-])")


def _has(text: str, cues: tuple[str, ...] | frozenset[str]) -> bool:
    return cue_pattern(cues).search(text.lower()) is not None


def _first_noun(tokens: list[Token], i: int) -> str | None:
    """The head noun right after a number: '12 Syrian soldiers' -> 'soldiers'; 'five of its soldiers'."""
    for tok, _start in tokens[i : i + 5]:
        if tok in PERSON_NOUNS or tok in NON_PERSON_UNITS:
            return tok
        if tok in ("and", "or", ",", ";", ".") or tok[0].isdigit():
            return None
    return None


def casualty_role(text: str, q: Quantity, others: list[Quantity]) -> Figure | None:
    """Killed / wounded / displaced reading of one quantity in a sentence, or None.

    Reads the words after the number first ("12 people were killed", "nine dead", "20 others
    wounded", "2,400 people to flee"), then the words just before it ("killed 12", "killing of 37",
    "death toll at 22", "displaced 689,000").
    """
    if q.value is None or q.value <= 0:
        return None
    tokens = _tokens(text)
    after_i = bisect.bisect_left(tokens, q.end, key=_token_start)  # the first token at or after the end
    before_i = bisect.bisect_left(tokens, q.start, key=_token_start)
    if before_i > 0 and (tokens[before_i - 1][0] in MONTHS or tokens[before_i - 1][0] in MONTH_SHORT):
        return None
    noun = _first_noun(tokens, after_i)
    if noun in NON_PERSON_UNITS:
        return None
    if q.is_year_like and noun is None:
        return None
    unit = FAMILY_UNITS.get(noun or "", "people")
    other_starts = {o.start for o in others if o.start != q.start}
    role = _role_after(tokens, after_i, other_starts, text)
    if role is None:
        role = _role_before(tokens, before_i)
    if role is None:
        return None
    return Figure(q, role, noun, unit)


def _role_after(tokens: list[Token], i: int, other_starts: set[int], text: str) -> str | None:
    seen_aux = False
    in_subset = False
    for j in range(i, min(i + 12, len(tokens))):
        tok, start = tokens[j]
        if tok == "including":
            in_subset = True
            continue
        if in_subset:
            if tok in _AUX:
                in_subset = False
                seen_aux = True
            continue
        if tok in NOT_CASUALTY_CUES:
            return None
        if tok in _STOP:
            return None
        if start in other_starts or tok[0].isdigit():
            return None
        if tok in ("and", "or"):
            nxt = tokens[j + 1][0] if j + 1 < len(tokens) else ""
            if not (seen_aux and nxt in (KILLED_AFTER | WOUNDED_AFTER)):
                return None
            continue
        if tok in _AUX:
            seen_aux = True
        role = None
        if tok in KILLED_AFTER:
            if tok == "lives" and (j == 0 or tokens[j - 1][0] != "their"):
                continue
            role = KILLED
        elif tok in WOUNDED_AFTER:
            role = WOUNDED
        elif tok in DISPLACED_AFTER:
            role = DISPLACED
        if role:
            tail = [t[0] for t in tokens[j + 1 : j + 3]]
            if tail and tail[0] == "or" and len(tail) > 1 and tail[1] in NOT_CASUALTY_CUES:
                return None
            return role
    return None


def _role_before(tokens: list[Token], i: int) -> str | None:
    for j in range(i - 1, max(-1, i - 5), -1):
        tok = tokens[j][0]
        if tok in ("and", ",", ";", ".", "or") or tok[0].isdigit():
            return None
        if tok in KILLED_BEFORE:
            if tok in ("dead", "death", "deaths") and not any(t[0] == "toll" for t in tokens[j:i]):
                return None
            return KILLED
        if tok in WOUNDED_BEFORE:
            return WOUNDED
        if tok in DISPLACED_BEFORE:
            return DISPLACED
    return None


def sentence_figures(text: str) -> list[Figure]:
    """Every casualty or displacement figure of one sentence, in order.

    Subsets ("including 12 children") are left out; "six civilians and 15 fighters were killed" gives
    both numbers the shared role; "another policeman was wounded" counts one.
    """
    quantities = [q for q in find_quantities(text) if not q.vague]
    figures: list[Figure] = []
    for q in quantities:
        if is_subset(text, q):
            continue
        f = casualty_role(text, q, quantities)
        if f is not None:
            figures.append(f)
    roled = {f.quantity.start: f for f in figures}
    for q, nxt in itertools.pairwise(quantities):
        if q.start in roled or q.value is None or nxt.start not in roled or is_subset(text, q):
            continue
        between = text[q.end : nxt.start].lower()
        words = re.findall(r"[a-z-]+", between)
        if set(words) & VERB_LIKE:
            continue
        if re.fullmatch(r"\s*[a-z' -]{0,40}\s+and\s+", between):
            figures.append(Figure(q, roled[nxt.start].role, words[0] if words[0] != "and" else None))
    for role, start, end in singular_casualties(text):
        if not any(start <= f.quantity.start < end for f in figures):
            figures.append(Figure(Quantity(1, "exact", start, end, text[start:end], is_word=True), role))
    figures.sort(key=lambda f: f.quantity.start)
    return figures


_SUBSET_CLAUSE = re.compile(r"[;.]|\band\b(?!\s+\d)")
_OF_THEM = re.compile(r"\s*of\s+(?:them|whom)")


def is_subset(text: str, q: Quantity) -> bool:
    """'including 20 children' or '14 of them': a part of a figure already given."""
    head = text[max(0, q.start - 40) : q.start].lower()
    if any(c in head for c in SUBSET_CUES):  # else in no clause of it either
        clause = _SUBSET_CLAUSE.split(head)[-1]
        if any(c in clause for c in SUBSET_CUES):
            return True
    return bool(_OF_THEM.match(text, q.end))


def is_projection(text: str) -> bool:
    """'could see 800,000 people flee': a projection, not an event."""
    return _has(text, PROJECTION_CUES)


_SINGULAR_VERBS = ("killed", "wounded", "injured", "hurt", "shot dead")
_SINGULAR = re.compile(
    r"\b(?:a|an|the|another|one)\s+(?:[a-z-]+\s+){0,2}?"
    r"(soldier|policeman|police officer|officer|civilian|child|woman|man|commander|journalist|guard|"
    r"worker|resident|villager|student|teacher|farmer|boy|girl|member|fighter|militant|rebel)"
    r"(?:\s+of\s+the\s+\w+)?\s+(?:was|has been|had been)\s+(?:also\s+)?"
    rf"({'|'.join(_SINGULAR_VERBS)})",
    re.IGNORECASE,
)

_SINGULAR_IN_LOWER = in_lower_case(_SINGULAR)  # for lower-cased text: see lower_matches_alike


def singular_casualties(text: str) -> list[tuple[str, int, int]]:
    """'another policeman was wounded' -> [('wounded', start, end)]: one person, no digits."""
    out: list[tuple[str, int, int]] = []
    low = text.lower()
    if ("was " not in low and " been " not in low) or not may_contain(text, low, _SINGULAR_VERBS):
        return out
    for m in _SINGULAR_IN_LOWER.finditer(low) if lower_matches_alike(text) else _SINGULAR.finditer(text):
        verb = m.group(2).lower()
        role = KILLED if verb in ("killed", "shot dead") else WOUNDED
        out.append((role, m.start(), m.end()))
    return out


# Every type's cues (at the start of a word) in one regex, group k holding the cues of type k.
_EVENT_TYPE_CUE = re.compile(
    r"(?<![\w-])(?:"
    + "|".join("(" + "|".join(re.escape(c) for c in cues) + ")" for _type, cues in EVENT_TYPE_CUES)
    + ")"
)


def classify_event(text: str, has_displacement_only: bool = False) -> str:
    """Event type from the words of the evidence; displacement when only people fled.

    The first type, in ``EVENT_TYPE_CUES`` order, with a cue anywhere in the text. One scan instead of
    one per type: the search stops at every place where a cue starts (restarting one character on) and
    reports the first type with a cue there.
    """
    if has_displacement_only:
        return "displacement"
    low = text.lower()
    first = len(EVENT_TYPE_CUES)
    pos = 0
    while first > 0 and (m := _EVENT_TYPE_CUE.search(low, pos)) is not None:
        assert m.lastindex is not None  # the group of the type whose cue matched
        first = min(first, m.lastindex - 1)
        pos = m.start() + 1
    return EVENT_TYPE_CUES[first][0] if first < len(EVENT_TYPE_CUES) else DEFAULT_EVENT_TYPE


_YEAR = re.compile(r"\b(?:in|since|during|of)\s+(?:\w+\s+)?(19\d\d|20\d\d)\b", re.I)
_CENTURIES = ("19", "20")  # the start of every year _YEAR reads
_MONTH_IN = re.compile(rf"\b(?:in|since|during|last)\s+({'|'.join(MONTHS)})\b(?!\s+\d)", re.I)
_YEAR_IN_LOWER, _MONTH_IN_IN_LOWER = in_lower_case(_YEAR), in_lower_case(_MONTH_IN)  # lower_matches_alike


# "(?=[\s,;])": the lookahead rejects at once the characters no split starts with (a faster scan).
_CLAUSE_SPLIT = re.compile(r"(?=[\s,;])(?:\s+as\s+(?=[a-z])|,?\s+where\s+|,\s+which\s+|\s+while\s+|;\s+)")


def figure_clause(text: str, start: int) -> str:
    """The clause of ``text`` holding the character ``start`` ('X killed 10, as fighting ... since 2021')."""
    begin = 0
    for m in _CLAUSE_SPLIT.finditer(text):
        if m.start() > start:
            return text[begin : m.start()]
        begin = m.end()
    return text[begin:]


def is_background(text: str, published_year: int | None, published_month: int | None = None) -> bool:
    """An earlier incident mentioned for context ("a week earlier", "last month", "in 2018", "in April")."""
    low = text.lower()
    if _has(low, BACKGROUND_CUES):
        return True
    if lower_matches_alike(text):
        year, month_in, searched = _YEAR_IN_LOWER, _MONTH_IN_IN_LOWER, low
    else:
        year, month_in, searched = _YEAR, _MONTH_IN, text
    for m in year.finditer(searched) if may_contain(text, low, _CENTURIES) else ():
        if published_year is None or int(m.group(1)) < published_year:
            return True
    m2 = month_in.search(searched) if published_month is not None and may_contain(text, low, MONTHS) else None
    if m2 and published_month is not None:
        month = MONTHS.index(m2.group(1).lower()) + 1
        if month != published_month:
            return True
    return False


def is_cumulative_toll(text: str) -> bool:
    """A conflict-wide or period death toll ("since 2023", "over the past three years")."""
    low = text.lower()
    if _has(low, CUMULATIVE_TOLL_CUES):
        return True
    if not may_contain(text, low, _CENTURIES):
        return False
    return bool(_YEAR_IN_LOWER.search(low) if lower_matches_alike(text) else _YEAR.search(text))


_RECENT = re.compile(
    r"\b(?:last|this|past)\s+(?:week|few\s+days|\d+\s+days|two\s+days|three\s+days)\b|\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b"
    r"|\byesterday\b|\bdays?\s+ago\b"
)


def displacement_kind(text: str, value: int, nouns: tuple[str, ...] = ()) -> str:
    """'cumulative' for stocks ("has displaced 689,000 since December"), else 'incident'."""
    low = text.lower()
    if any(n in STOCK_NOUNS for n in nouns):
        return "cumulative"
    if _has(low, CUMULATIVE_CUES) and not (value < CUMULATIVE_MIN_VALUE and _RECENT.search(low)):
        return "cumulative"
    perfect = re.search(
        r"\b(?:have|has)\s+(?:\w+\s+){0,2}?(?:fled|displaced|uprooted|been|forced|driven)", low
    )
    if perfect and value >= CUMULATIVE_MIN_VALUE:
        return "cumulative"
    if value >= 10 * CUMULATIVE_MIN_VALUE:
        return "cumulative"
    return "incident"


_ATTRIBUTION = re.compile(
    r"(?:according to|said|says|told|reported|claimed|confirmed|announced|estimates|put the (?:death )?toll)",
    re.I,
)
_SPEAKER_AFTER = re.compile(  # the lookahead first: a faster scan, as in _CLAUSE_SPLIT
    r"(?=[,”\"a])(?:(?:[,”\"]\s*)(?:said|says|told\s+\w+|reported|confirmed)|\baccording to)\s+(?:the\s+)?"
    r"((?!(?:it|he|she|they|that|we|on|in)\b)[A-Za-z][\w'’.-]*(?:[\s-]+[\w'’.-]+){0,9}?)(?=\s*[,.;]|\s*$|\s+on\s)"
)
_SPEECH_VERB = re.compile(
    r"\b(?:said|says|say|told|reported|confirmed|announced|put the (?:death )?toll|alleged|claimed|"
    r"estimates)\b"
)
# One of these is in every match of _SPEAKER_AFTER and _SPEECH_VERB (both case-sensitive).
_SPEECH_WORDS = ("said", "say", "told", "reported", "confirmed", "according to", "announced", "put the",
                 "alleged", "claimed", "estimates")  # fmt: skip
_NOT_SPEAKER_START = re.compile(
    r"^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|"
    r"March|April|May|June|July|August|September|October|November|December)\b"
)


def _speaker_before(text: str) -> str | None:
    for m in _SPEECH_VERB.finditer(text):
        head = text[: m.start()].rstrip(" ,")
        for sep in ("”", '"', ";", " that ", ". ", "—", " – ", " where ", " which ", " after ", " when "):
            if sep in head:
                head = head[head.rindex(sep) + len(sep) :]
        if "," in head:
            tail = head[head.rindex(",") + 1 :].strip()
            if tail:
                head = tail
        words = head.split()[-8:]
        if words and words[-1].lower() in ("he", "she", "they", "it"):
            words = words[-1:]
        if words:
            return _trim_speaker(" ".join(words))
    return None


_APPOSITIVE = re.compile(
    r"^,\s+((?:an?\s+|the\s+)?[\w'’ -]{0,60}?(?:spokes\w+|official|officer|commander|"
    r"governor|minister|chief|leader|head|director|mayor)\b[\w'’ -]{0,60})"
)


def attribution(text: str) -> str | None:
    """Who gives the figure: 'a war monitor said' -> 'a war monitor'; 'said the Observatory' -> ..."""
    if not any(w in text for w in _SPEECH_WORDS):
        return None
    m = _SPEAKER_AFTER.search(text)
    if m and not _NOT_SPEAKER_START.match(m.group(1)):
        who = _trim_speaker(m.group(1))
        app = _APPOSITIVE.match(text[m.end(1) :])
        if who and app:
            who = f"{who}, {app.group(1).strip()}"
        return who
    return _speaker_before(text)


def _trim_speaker(s: str) -> str | None:
    s = re.split(r"\s+(?:on|in|that|who|after|as|when|late|early)\s+", s.strip())[0]
    s = s.strip(" ,.;:")
    words = s.split()
    while words and words[0].lower() in ("the", "a", "an", "and"):
        words = words[1:]
    while words and words[-1].lower() in ("the", "a", "an", "and", "of", "for"):
        words = words[:-1]
    return " ".join(words[:12]) or None


def is_unverifiable_statement(text: str) -> bool:
    """'It was not possible to verify that claim' and its variants."""
    return _has(text, UNVERIFIABLE_CUES)


def is_one_sided_claim(text: str, figure: Figure, claimant: str | None) -> bool:
    """A party's claim about its enemy's losses: 'neutralised 101 soldiers', army on dead rebels."""
    low = text.lower()
    if figure.role not in (KILLED, WOUNDED):
        return False
    if _has(low, ONE_SIDED_VERBS):
        return True
    noun = figure.noun or ""
    who = (claimant or "").lower()
    if noun in NON_STATE_COMBATANTS and (not who or any(w in who.split() for w in STATE_SOURCES)):
        return True
    return noun in STATE_FORCES and any(name in who for name in ARMED_GROUP_NAMES)


_FORCE_NOUNS = ("forces", "army", "military", "troops", "soldiers", "coalition", "police", "militia",
                "militias", "rebels", "government")  # fmt: skip
_FORCES = re.compile(rf"(?=[A-Z])\b((?:[A-Z][\w-]+(?:-led)?\s+){{1,2}}(?:{'|'.join(_FORCE_NOUNS)}))\b")
_GROUP_WORDS = ("taliban", "rsf", "m23", "adf", "pkk", "isis", "isil", "iswap", "jnim", "hamas", "hezbollah",
                "houthis", "houthi", "shabab")  # fmt: skip
_GROUP_NAMES = tuple(g for g in ARMED_GROUP_NAMES if (g[0] != "t" and " " in g) or g in _GROUP_WORDS)
_GROUPS = re.compile("|".join(rf"\b{re.escape(g)}\b" for g in _GROUP_NAMES), re.I)
_GROUPS_LOWER = re.compile(_GROUPS.pattern)  # for lower-cased text (faster): see lower_matches_alike


def _group_names(text: str) -> Iterator[str]:
    """The armed groups ``_GROUPS`` finds in ``text``, as written."""
    low = text.lower()
    if not may_contain(text, low, _GROUP_NAMES):
        return
    if not lower_matches_alike(text):
        yield from (m.group(0) for m in _GROUPS.finditer(text))
        return
    for m in _GROUPS_LOWER.finditer(low):
        yield text[m.start() : m.end()]


def actors(text: str) -> list[str]:
    """Named parties: 'Syrian forces', 'Saudi-led coalition', 'al-Shabab', 'Boko Haram'."""
    found: list[str] = []
    for m in _FORCES.finditer(text) if any(n in text for n in _FORCE_NOUNS) else ():
        name = m.group(1).strip()
        if name.split()[0].lower() not in ("the", "a", "an", "on", "in", "by") and name not in found:
            found.append(name)
    for name in _group_names(text):
        if not any(name.lower() in f.lower() for f in found):
            found.append(name)
    return found[:6]
