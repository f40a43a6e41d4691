"""Small named rules over one sentence: casualty roles, event type, background, attribution, verification."""

from __future__ import annotations

import bisect
import dataclasses
import functools
import itertools
import operator
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Final

from streams.extract.gazetteer import get_gazetteer
from streams.extract.lexicon import (
    ANIMALS,
    ARMED_GROUP_NAMES,
    BACKGROUND_AFTER_DAYS,
    BACKGROUND_CUES,
    CUMULATIVE_CUES,
    CUMULATIVE_MIN_VALUE,
    CUMULATIVE_TOLL_CUES,
    DEFAULT_EVENT_TYPE,
    DISPLACED_AFTER,
    DISPLACED_BEFORE,
    EVENT_TYPE_CUES,
    FAMILY_UNITS,
    FLOW_BACKGROUND_CUES,
    INCREMENT_WORDS,
    KILLED_AFTER,
    KILLED_BEFORE,
    MONTH_ABBREVIATIONS,
    MONTHS,
    NON_PERSON_UNITS,
    NON_STATE_COMBATANTS,
    NOT_CASUALTY_CUES,
    ONE_SIDED_VERBS,
    PERFECT_STOCK_MIN_VALUE,
    PERSON_NOUNS,
    PROJECTION_CUES,
    STATE_FORCES,
    STATE_SOURCES,
    STATE_TITLES,
    STOCK_NOUNS,
    SUBSET_CUES,
    SUPERSEDED_BEFORE,
    TENS,
    TOLL_NOUNS_KILLED,
    TOLL_NOUNS_WOUNDED,
    TOLL_TO_VERBS,
    UNITS,
    UNVERIFIABLE_CUES,
    WEEKDAYS,
    WOUNDED_AFTER,
    WOUNDED_BEFORE,
)
from streams.extract.numbers import Quantity, find_quantities
from streams.extract.prefilter import gated
from streams.extract.textnorm import (
    LOWER_HYPHENATED_WORDS,
    LOWER_WORDS,
    WordKeys,
    alternation,
    holds_any,
    in_lower_case,
    lower_matches_alike,
    lowered,
    may_contain,
    words_back,
)

MONTH_SHORT = frozenset(MONTH_ABBREVIATIONS)

KILLED, WOUNDED, DISPLACED = "killed", "wounded", "displaced"
# (a number's separators only between digits: "36, nearly two weeks" is "36" and ",")
_TOKEN = re.compile(r"[A-Za-z][A-Za-z'’-]*(?<!['’])|\d+(?:[,.]\d+)*|[;:.!?,()\"“”—–%]")
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

# Patterns the rules below use once each, compiled here: re.match(pattern, ...) and its kin look the pattern
# up in re's cache through interpreted code on every call.
_SHORT_PHRASE_AND = re.compile(r"\s*[a-z' -]{0,40}\s+and\s+")
_LIST_SEPARATOR = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")
# A place's name of one to four words ("Ras al-Ain", "Tell Abyad", "Deir ez-Zor")
_PLACE_NAME = r"[A-Z][\w'’-]+(?:[\s-]+(?:[ae](?:l|d|n|r|s|sh|t|z)-)?[A-Z][\w'’-]+){0,3}"
# ... or a place told by its order among the places of the toll ("ten in the first village, 12 in the second")
_PLACE_REF = (  # "Kherson", "the Donetsk region"
    rf"(?:(?:the\s+)?{_PLACE_NAME}(?:\s+(?:region|province|state|district|oblast|governorate|county|department))?"
    r"|the\s+(?:first|second|third|fourth|other|next)"
    r"(?:\s+(?:village|town|attack|district|area|locality|camp|one))?\b)"
)
_IN_A_PLACE_AFTER = re.compile(rf"\s+[a-z ]{{0,30}}?\bin\s+{_PLACE_REF}")
# "12 were killed in Israeli strikes on the Jabalia refugee camp, and eight in Beit Hanoun"
_IN_STRIKES_ON_PLACE_AFTER = re.compile(
    rf"\s+[a-z ]{{0,30}}?\bin\s+(?:an?\s+|the\s+)?(?:[A-Z][\w'’-]+\s+)?[a-z]+(?:\s+[a-z]+)?\s+on\s+"
    rf"{_PLACE_REF}(?:\s+(?:refugee\s+)?camp)?"
)
_THERE_NOW = re.compile(r"\b(?:are|is)\s+now\b|\bwho\s+have\s+(?:fled|been\s+displaced)\b")
_PERFECT_FLIGHT = re.compile(
    r"\b(?:have|has)\s+(?:\w+\s+){0,2}?(?:fled|displaced|uprooted|been|forced|driven)"
)
_CLAUSE_AFTER_NAME = re.compile(r"\s+(?:on|in|that|who|after|as|when|late|early)\s+")
_SPEECH_AFTER = re.compile(r"\s+(?:said|says|told|added|confirmed)\b")
_HYPHEN_SPACE = re.compile(r"-\s+")


# The __init__ is written out (init=False): mypyc compiles it, while a generated one stays interpreted
# and costs ~25x as much; tests/unit/extract/test_dataclass_inits.py holds it to the fields.
@dataclass(frozen=True, slots=True, init=False)
class Figure:
    """A quantity with its casualty role and what it counts."""

    quantity: Quantity
    role: str
    noun: str | None = None
    unit: str = "people"
    per_place: bool = False
    """One of several places' counts listed after one verb ('nine in Logo, three in Guma')."""
    joined: bool = False
    """A further group of the previous figure's toll ('two children and three women')."""
    of_wounded: bool = False
    """Those of the wounded just counted who died ('wounding 12, five of whom died')."""
    pro_state: bool = False
    """Fighters on the state's side ('four paramilitary fighters', 'pro-government militiamen')."""
    regional_part: bool = False
    """The part of the figure before it in a region of its own ('including 2.5 million in North Kivu')."""

    def __init__(
        self,
        quantity: Quantity,
        role: str,
        noun: str | None = None,
        unit: str = "people",
        per_place: bool = False,
        joined: bool = False,
        of_wounded: bool = False,
        pro_state: bool = False,
        regional_part: bool = False,
    ) -> None:
        object.__setattr__(self, "quantity", quantity)
        object.__setattr__(self, "role", role)
        object.__setattr__(self, "noun", noun)
        object.__setattr__(self, "unit", unit)
        object.__setattr__(self, "per_place", per_place)
        object.__setattr__(self, "joined", joined)
        object.__setattr__(self, "of_wounded", of_wounded)
        object.__setattr__(self, "pro_state", pro_state)
        object.__setattr__(self, "regional_part", regional_part)

    @property
    def enemy_fighters(self) -> bool:
        """Counted people who fight the state, whose deaths the state's side may claim."""
        return (self.noun or "") in NON_STATE_COMBATANTS and not self.pro_state


Token = tuple[str, int]  # a token in lower case, and where it starts


@functools.lru_cache(maxsize=64)
def _tokens(text: str) -> list[Token]:
    if text.isascii():  # lower case keeps every offset: no lower() per token
        return _scanned_tokens(lowered(text), lower=False)
    return _scanned_tokens(text, lower=True)


# Code points, Final: the compiled loop below reads them as constants (a module global is a dict look-up)
_UPPER_A: Final = 65  # "A"
_UPPER_Z: Final = 90  # "Z"
_A: Final = 97  # "a"
_Z: Final = 122  # "z"
_ZERO: Final = 48  # "0"
_NINE: Final = 57  # "9"
_APOSTROPHE: Final = 39  # "'"
_CURLY_APOSTROPHE: Final = 8217  # "’"
_HYPHEN: Final = 45  # "-"
_COMMA: Final = 44  # ","
_DOT: Final = 46  # "."
_PUNCTUATION: Final = frozenset(ord(c) for c in ';:.!?,()"“”—–%')  # _TOKEN's last branch


def _is_digit(text: str, i: int) -> bool:
    """``text[i]`` is a decimal digit (``\\d``: [0-9], or a character past ASCII that is one)."""
    c = ord(text[i])
    return _ZERO <= c <= _NINE or (c > 127 and text[i].isdecimal())


def _scanned_tokens(text: str, lower: bool) -> list[Token]:
    """``_TOKEN``'s matches, read character by character: a word ([A-Za-z], then [A-Za-z'’-], not ending
    in an apostrophe), a number (digits, with ',' and '.' only between digits; ``\\d``: [0-9], or a
    character past ASCII that is a decimal digit) or a punctuation mark; each in lower case when
    ``lower``. The compiled loop costs a fraction of the regex's match objects
    (tests/unit/extract/test_roles.py holds the two to the same tokens)."""
    out: list[Token] = []
    n = len(text)
    i = 0
    while i < n:
        c = ord(text[i])
        start = i
        i += 1
        if _A <= c <= _Z or _UPPER_A <= c <= _UPPER_Z:
            while i < n and (
                _A <= (c := ord(text[i])) <= _Z
                or _UPPER_A <= c <= _UPPER_Z
                or c in (_APOSTROPHE, _CURLY_APOSTROPHE, _HYPHEN)
            ):
                i += 1
            end = i
            while ord(text[end - 1]) in (_APOSTROPHE, _CURLY_APOSTROPHE):  # given back, as the regex does
                end -= 1
        elif _ZERO <= c <= _NINE or (c > 127 and text[start].isdecimal()):
            while i < n and (
                _ZERO <= (c := ord(text[i])) <= _NINE
                or (c > 127 and text[i].isdecimal())
                # a separator only between digits: "1,200" is one number, "36, nearly" is "36" and ","
                or (c in (_COMMA, _DOT) and i + 1 < n and _is_digit(text, i + 1))
            ):
                i += 1
            end = i
        elif c in _PUNCTUATION:
            end = i
        else:
            continue
        out.append((text[start:end].lower() if lower else text[start:end], start))
    return out


_token_start: Callable[[Token], int] = operator.itemgetter(1)  # bisect's key, without a Python call


@functools.lru_cache(maxsize=256)
def cue_pattern(cues: tuple[str, ...] | frozenset[str]) -> re.Pattern[str]:
    """One compiled alternation for a word list, matched on word boundaries; few texts hold a cue (see
    prefilter). Longest cue first; grouped by first letter where every cue starts with a lower-case
    ASCII letter (see textnorm.alternation: the same matches, one branch a letter instead of one a cue)."""
    ordered = sorted(cues, key=len, reverse=True)
    if all(cue[:1].isascii() and cue[:1].islower() for cue in ordered):
        branches = alternation(ordered)
    else:
        branches = "|".join(re.escape(c) for c in ordered)
    return gated(re.compile(rf"(?<![\w-])(?:{branches})(?![\w-])"))


def _has(text: str, cues: tuple[str, ...] | frozenset[str]) -> bool:
    return cue_pattern(cues).search(lowered(text)) is not None


_ROLE_NOUNS = frozenset(
    ["displacement", "refugees", "idps", "deaths", "fatalities", "injuries", "bodies", "corpses", "lives"]
)


def _adjective_follows(tokens: list[Token], j: int) -> bool:
    """The word after ``j`` is an adjective-like word, not a number or another noun phrase's head."""
    if j + 1 >= len(tokens):
        return False
    nxt = tokens[j + 1][0]
    return nxt.isalpha() and nxt not in PERSON_NOUNS and nxt not in _NUMBER_WORD_SET


_VICTIM_NOUNS = PERSON_NOUNS | NON_STATE_COMBATANTS | STATE_FORCES  # who a count can be of
_GROUP_NOUNS = _VICTIM_NOUNS - {"other", "others"}


def _closing_paren(tokens: list[Token], j: int) -> int | None:
    """The ')' closing the '(' at ``j`` within a few words, or None."""
    return next((k for k in range(j + 1, min(j + 6, len(tokens))) if tokens[k][0] == ")"), None)


_TIME_SPAN_START = frozenset(["over", "during", "since", "throughout", "overnight", "within"])


_PHRASE_ENDING_PREPOSITIONS = frozenset(
    ["in", "by", "during", "with", "at", "near", "inside", "from", "between"]
)


def _forces_end_the_phrase(tokens: list[Token], j: int) -> bool:
    nxt = tokens[j + 1][0] if j + 1 < len(tokens) else ""
    return nxt != "(" and nxt not in PERSON_NOUNS


def _first_noun(tokens: list[Token], i: int) -> str | None:
    """The head noun right after a number: '12 Syrian soldiers' -> 'soldiers'; 'five of its soldiers'."""
    skip_to, read = -1, 0
    for j in range(i, len(tokens)):
        if j <= skip_to:
            continue
        tok = tokens[j][0]
        if tok == "(" and (close := _closing_paren(tokens, j)) is not None:
            skip_to = close  # "25 Armed Forces (FAMa) soldiers"
            continue
        read += 1
        if read > 5:
            break
        if tok in ("other", "more") and j + 1 < len(tokens) and tokens[j + 1][0] in _GROUP_NOUNS:
            continue  # "three other terrorists": the group is the terrorists
        if tok in PERSON_NOUNS and j + 1 < len(tokens) and tokens[j + 1][0] in NON_PERSON_UNITS:
            return tokens[j + 1][0]  # "two rival rebel groups": the groups, no people
        if tok == "head" and not (j + 1 < len(tokens) and tokens[j + 1][0] == "of"):
            continue  # "a DRG head constable" (but "two dozen head of cattle": animals)
        if tok in ANIMALS and j + 1 < len(tokens) and tokens[j + 1][0] in PERSON_NOUNS:
            continue  # "Eight Karimojong cattle rustlers", "camel herders": the people who keep them
        if tok in PERSON_NOUNS or tok in NON_PERSON_UNITS or tok == "idps":
            return tok  # ("38,000 IDPs": who they are, as "400,000 refugees")
        if tok == "forces" and _forces_end_the_phrase(tokens, j):
            return tok  # "30 government forces" (not "14 Armed Forces (FAR) soldiers")
        if tok == "and" and j > i and _adjective_follows(tokens, j):
            continue  # "25 local and national police" (not "wounded 25 and burned homes": no noun)
        if tok in ("and", "or", ",", ";", ".", "including") or tok[0].isdigit() or tok in _STOP:
            return None
        if tok in _PHRASE_ENDING_PREPOSITIONS:
            return None  # "killing 40 Houthis in its air strikes": the strikes are where, not whom
        if tok in _TIME_SPAN_START:
            return None  # "wounded 45 over the past day": the day is no count's noun
        if tok in VERB_LIKE and tok not in _ROLE_NOUNS:
            return None  # "12 were wounded when a rocket hit": the noun phrase ended at the verb
        if tok in _ROLE_NOUNS:  # "96 lives on both sides": a count of lives ("deaths of civilians" goes on)
            nxt = tokens[j + 1][0] if j + 1 < len(tokens) else ""
            if nxt in NON_PERSON_UNITS:
                return nxt  # "137 displacement sites"
            if nxt != "of":
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
    if _month_at(tokens, before_i - 1) or _month_at(tokens, after_i):
        return None  # "30 September": a date
    if _after_month_day(tokens, before_i):
        return None  # "between March 8 and 20": a day
    if _an_age(text, tokens, before_i, q):
        return None  # "a soldier, aged 23, was wounded": how old, not how many
    noun = _first_noun(tokens, after_i)
    if noun in NON_PERSON_UNITS:
        return None
    if q.is_year_like and (noun is None or (before_i > 0 and tokens[before_i - 1][0] in _BEFORE_A_YEAR)):
        return None  # "In 2014, gunmen killed ...": the year of what follows
    if _one_family(tokens, before_i):
        return None  # "members of one family": a determiner, not a count
    if (
        q.value == 1
        and after_i + 1 < len(tokens)
        and tokens[after_i][0] == "of"
        and tokens[after_i + 1][0] == "the"
    ):
        return None  # "one of the bloodiest": no count
    if (
        before_i >= 3
        and (
            (
                tokens[before_i - 1][0] == "the"
                and tokens[before_i - 2][0] == "of"
                and tokens[before_i - 3][0] in _VAGUE_PART
            )
            # ("more than half of Gaza's 2.3 million residents are now homeless": a share of the people)
            or (
                tokens[before_i - 1][0].endswith(("'s", "’s"))
                and _PART_OF_OWNERS.search(text, max(0, q.start - 60), q.start) is not None
            )
        )
        and noun not in _COUNTED_ALREADY  # ("many of the 3.6 million Syrian war refugees": a stock)
        and not (after_i < len(tokens) and tokens[after_i][0] in _COUNTED_ALREADY)
    ):
        return None  # "Many of the 3,000 residents of the village fled": only a part, untold, fled
    unit = FAMILY_UNITS.get(noun or "", "people")
    other_starts = {o.start for o in others if o.start != q.start}
    # "put the death toll at 22, saying several of the wounded had died": the toll says what it counts
    # ("cost the lives of 30,000 people, displaced more than three million": the lives say what it counts)
    role = (
        _toll_to(tokens, before_i)
        or _lives_of_before(tokens, before_i)
        or _role_after(tokens, after_i, other_starts, text)
    )
    if role in (KILLED, WOUNDED) and before_i > 0 and tokens[before_i - 1][0] == "the":
        whole = _among_the_count(tokens, before_i, after_i)
        if whole is None:
            return None  # "all the four injured soldiers were evacuated": the ones counted before
        role = whole  # "a girl who was among the 15 people wounded in the blast died": the count of them all
    if role is None and q.value == 1 and after_i < len(tokens) and tokens[after_i][0] in _ONE_CASUALTY:
        # "The ministry confirmed one death", "one injury" (not "one death threat")
        following = tokens[after_i + 1][0] if after_i + 1 < len(tokens) else ""
        role = None if following in _DEATH_COMPOUNDS else _ONE_CASUALTY[tokens[after_i][0]]
    if role is None:
        role = _role_before(tokens, before_i, text, noun)
    if role is None:
        return None
    if noun is None and "among" in text and (among := _AMONG_THE.match(text, q.end)) is not None:
        group = among.group("who").lower()
        if group in NON_STATE_COMBATANTS or group in ARMED_GROUP_NAMES:
            noun = "fighters"  # '"There are 12 dead among the FDLR and its allies," the army said'
    pro_state = noun in NON_STATE_COMBATANTS and _PRO_STATE.match(text, q.end, q.end + 40) is not None
    return Figure(q, role, noun, unit, pro_state=pro_state)


def _among_the_count(tokens: list[Token], before_i: int, after_i: int) -> str | None:
    """'among the 15 (people) wounded', 'among the 12 killed': the whole count a person is one of."""
    if before_i < 2 or tokens[before_i - 2][0] != "among":
        return None
    for tok, _start in tokens[after_i : after_i + 2]:
        if tok in WOUNDED_AFTER:
            return WOUNDED
        if tok in KILLED_AFTER:
            return KILLED
    return None


_BEFORE_A_YEAR = frozenset(["in", "since", "until", "till", "of", "by", "from"])


def _an_age(text: str, tokens: list[Token], before_i: int, q: Quantity) -> bool:
    """'aged 23', 'a soldier, 23,', 'Khaled Assassa, 21,': a person's age."""
    if q.is_word or q.value is None or q.value > 110 or before_i == 0:
        return False
    if tokens[before_i - 1][0] == "aged" or (
        tokens[before_i - 1][0] == "age" and before_i >= 2 and tokens[before_i - 2][0] == ","
    ):
        return True  # ("Osman Awudu, age 45 was shot dead")
    if (
        before_i >= 3
        and tokens[before_i - 1][0] == "of"
        and tokens[before_i - 2][0] in _AGED_NOUNS
        and tokens[before_i - 3][0] in ("a", "an")
    ):
        return True  # "a boy of 17", "a woman of 60": one person's age
    if (
        text.startswith(")", q.end)
        and text.endswith("(", max(0, q.start - 2), q.start)
        and _NAME_BEFORE_BRACKET.search(text, max(0, q.start - 40), q.start) is not None
    ):
        return True  # "killing Darelsalam Hamid (22) and Hawa Younis (72)": each one's age
    if not text.startswith((",", ")"), q.end):
        return False
    m = _NAMED_BEFORE_AGE.search(text, max(0, q.start - 40), q.start)
    if m is None or m.group(1).lower() in _DAY_WORDS:
        return False
    return m.group(1).lower() in PERSON_NOUNS or m.group(1)[0].isupper()


_AGED_NOUNS = frozenset(
    ["boy", "girl", "man", "woman", "child", "teenager", "youth", "youngster", "mother", "father", "son",
     "daughter", "pensioner", "farmer", "student"]
)  # fmt: skip
# "a soldier, 23," / "Qais Jabareen, 21,": a person, then the age between commas ("In Gaza, 12" is a place
# that opens the sentence, not a person)
_DAY_WORDS = frozenset([*WEEKDAYS, *MONTHS, "today", "yesterday"])
_NAME_BEFORE_BRACKET = re.compile(r"\b[A-Z][\w'’-]+\s+[A-Z][\w'’-]+\s*\(\s*$")
_NAMED_BEFORE_AGE = re.compile(r"(?<!^)(?<![,.;:] )\b(?:[A-Z][\w'’-]+\s+)?([\w'’-]+),\s*$")


def _after_month_day(tokens: list[Token], i: int) -> bool:
    """The number at ``i`` follows '<month> <day> and|to': it is a day too; or '<month> <day>,': a year
    ("KAMPALA, Uganda, Feb 09, 2004 (AP) — Rebels ... hacked to death at least 10")."""
    if i < 3 or tokens[i - 1][0] not in ("and", "to", "-", "–", ",") or not tokens[i - 2][0][:1].isdigit():
        return False
    if tokens[i - 1][0] == "," and not _YEAR_TOKEN.fullmatch(tokens[i][0]):
        return False  # ("on March 3, 12 people were killed": a count after the day)
    return _month_at(tokens, i - 3)


_YEAR_TOKEN = re.compile(r"(?:19|20)\d\d")


def _share_follows(tokens: list[Token], j: int) -> bool:
    return any(t[0] in ("percent", "%", "per") for t in tokens[j + 1 : j + 3])


def _bare_subset(tokens: list[Token], i: int, j: int) -> bool:
    """The words since 'including' before ``j`` are a bare plural ('including children'): no number, no
    one singled out ('a police officer who later died')."""
    words = [t[0] for t in tokens[i:j]]
    if "including" not in words:
        return False
    part = words[words.index("including") + 1 :]
    return 0 < len(part) <= 3 and not any(
        w[0].isdigit() or w in _NUMBER_WORD_SET or w in ("a", "an", "one", "who", "whom", "which")
        for w in part
    )


def _ordinal(tokens: list[Token], j: int) -> bool:
    """'5th', '23rd': the digits run into an ordinal's ending."""
    return (
        j + 1 < len(tokens)
        and tokens[j + 1][0] in ("st", "nd", "rd", "th")
        and tokens[j + 1][1] == tokens[j][1] + len(tokens[j][0])
    )


def _compound_modifier(tokens: list[Token], j: int, text: str) -> bool:
    """'a 10-man patrol', 'a 12-vehicle convoy': the digits are joined by a hyphen to a word they describe."""
    end = tokens[j][1] + len(tokens[j][0])
    return (
        j + 1 < len(tokens)
        and tokens[j + 1][1] == end + 1
        and text[end] == "-"
        and tokens[j + 1][0][:1].isalpha()
    )


def _households_of_the_count(tokens: list[Token], j: int) -> bool:
    """'from 4,870 households', 'in 1,200 families': the households the people counted before live in."""
    return (
        j > 0
        and tokens[j - 1][0] in ("from", "in", "of")
        and j + 1 < len(tokens)
        and tokens[j + 1][0] in FAMILY_UNITS
    )


_SETTLEMENTS = frozenset(
    ["villages", "communities", "towns", "townships", "districts", "provinces", "areas", "localities",
     "municipalities", "settlements", "neighbourhoods", "neighborhoods", "counties", "camps"]
)  # fmt: skip


def _places_of_the_count(tokens: list[Token], j: int) -> bool:
    """'7,500 people from six Sagaing Township villages have left their homes': where the people counted
    before come from (up to two words between the number and the places)."""
    return (
        j > 0
        and tokens[j - 1][0] == "from"
        and any(tok in _SETTLEMENTS for tok, _start in tokens[j + 1 : j + 4])
    )


def _households_of_people_counted(text: str, f: Figure, figures: list[Figure]) -> bool:
    """'24,000 people from 4,870 households': the households figure of the people just counted."""
    if f.role != DISPLACED or f.unit == "people":
        return False
    start = f.quantity.start
    return any(
        o.role == DISPLACED and o.unit == "people" and _FROM_HOUSEHOLDS.fullmatch(text, o.quantity.end, start)
        for o in figures
    )


_FROM_HOUSEHOLDS = re.compile(
    r"\s+(?:people|persons|individuals|residents)?\s*(?:from|in|of)\s+", re.IGNORECASE
)


def _one_family(tokens: list[Token], j: int) -> bool:
    """'ten members of one family', 'from the same family': 'one' names the family, counts nobody."""
    if not 1 <= j < len(tokens) or tokens[j][0] not in ("one", "a", "1"):
        return False
    if tokens[j - 1][0] not in ("of", "from"):
        return False
    return any(t[0] in FAMILY_UNITS for t in tokens[j + 1 : j + 3])


# Verbs of how one died, read with 'to death' or 'alive' after them (also by pipeline's parts of a toll)
TO_DEATH_VERBS = frozenset(
    ["hacked", "stabbed", "beaten", "burnt", "burned", "clubbed", "stoned", "starved", "tortured", "trampled",
     "crushed"]
)  # fmt: skip


def _to_death(tokens: list[Token], j: int) -> bool:
    """The verb at ``j`` goes on 'to death' or 'alive' ('hacked to death', 'burnt alive')."""
    after = [t[0] for t in tokens[j + 1 : j + 3]]
    return after == ["to", "death"] or after[:1] == ["alive"]


def _comma_within(tokens: list[Token], j: int, n: int) -> int | None:
    """The first comma of the ``n`` tokens after ``j``, or None (a sentence's end first: None)."""
    for k in range(j + 1, min(len(tokens), j + 1 + n)):
        if tokens[k][0] == ",":
            return k
        if tokens[k][0] in (";", "."):
            return None
    return None


def _list_goes_on(tokens: list[Token], j: int, listed: bool) -> bool:
    """After the comma at ``j`` inside an 'including ...' aside, another item of its list: 'a nurse', or
    (once the list has gone on) 'and two other passengers'."""
    nxt = tokens[j + 1][0] if j + 1 < len(tokens) else ""
    if nxt in ("a", "an"):
        return True
    return listed and nxt == "and"


# "including" and up to six words without a comma: a single told there is one of the count before it
_INCLUDED = re.compile(r"\bincluding\s+(?:[\w'’-]+\s+){0,6}?$")
_SUBSET_ENDING_VERBS = frozenset(["died", "perished", "sustained", "suffered"])


def _included_before(tokens: list[Token], i: int, j: int) -> bool:
    """An 'including' list, with no relative clause ('who later died') nor comma, runs from the count to
    the verb at ``j``."""
    words = [t[0] for t in tokens[i:j]]
    return "including" in words and "who" not in words and "," not in words and "whom" not in words


def _role_after(tokens: list[Token], i: int, other_starts: set[int], text: str) -> str | None:
    seen_aux = False
    in_subset = False
    listed = False  # the subset went on past a comma: a list
    in_dashes = False
    arrived = False
    budget = 12  # words read after the number, not counting an "including ..." or "– ... –" aside
    skip_to = -1
    # "two of the (three) hostages were killed": the whole they are part of, with its own number and
    # words ("hostages", "abducted") that would end the reading
    partitive = i + 1 < len(tokens) and tokens[i][0] == "of" and tokens[i + 1][0] in ("the", "those")
    for j in range(i, len(tokens)):
        if j <= skip_to:
            continue
        tok, start = tokens[j]
        if tok == "(" and (close := _closing_paren(tokens, j)) is not None:
            skip_to = close  # "25 Mali Armed Forces (FAMa) soldiers were killed": an acronym aside
            continue
        if tok in ("–", "—") and (in_dashes or j == i + 1):
            in_dashes = not in_dashes  # "1 million Haitians – close to 10% of the country – have fled"
            continue
        if in_dashes:
            continue
        if tok == "," and not seen_aux and j > i and (close := _appositive_end(tokens, j)) is not None:
            skip_to = close  # "5,000 residents of Kirawa, a border town in Borno State, have fled"
            continue
        if (
            tok == ","
            and not seen_aux
            and tokens[j + 1 : j + 2]
            and tokens[j + 1][0] in _VAGUE_PART
            and tokens[j + 2 : j + 3] != []
            and tokens[j + 2][0] != "of"
            and (
                close := next(
                    (k for k in range(j + 2, min(j + 12, len(tokens))) if tokens[k][0] == ","), None
                )
            )
        ):
            skip_to = (
                close  # "18,500 Rohingya, many sick and some with bullet wounds, have fled": how they are
            )
            continue
        if tok == "who" and not seen_aux and (close := _relative_clause_end(tokens, j)) is not None:
            skip_to = (
                close  # "three civilians who were fleeing the area were killed": the clause's verb is not it
            )
            continue
        if not in_subset:
            budget -= 1
            if budget < 0:
                break
        if tok == "including" or (
            tok == "among"
            and j > 0
            and tokens[j - 1][0] == ","
            and tokens[j + 1 : j + 2]
            and tokens[j + 1][0] in ("them", "whom")
        ):
            in_subset = True  # "five people, among them two children, died"
            continue
        if in_subset:
            if tok == "who" and (comma := _comma_within(tokens, j, 12)) is not None:
                # "including ..., a nurse who was returning to his station, and ...": the clause is hers
                skip_to = comma - 1
                continue
            if tok in _SUBSET_ENDING_VERBS and j > i + 3 and _included_before(tokens, i, j):
                # "Five people including three civilians and two suicide bombers died", "nine persons
                # including two policemen and a woman sustained bullet injuries": the count's own verb, no
                # auxiliary before it
                in_subset = False
            elif tok in _AUX:
                in_subset = False
                seen_aux = True
                continue
            elif tok == "," and _list_goes_on(tokens, j, listed):
                # "Seven people, including four policemen, a nurse, and two other passengers were killed":
                # the subset is a list, its items told apart by commas
                listed = True
            elif tok == ",":
                in_subset = False  # "3,000 people, including 600 children, fled": the verb comes next
                continue
            elif tok in WOUNDED_AFTER and _bare_subset(tokens, i, j):
                return WOUNDED  # "18 others, including children wounded in the strike": no comma closes it
            if in_subset:
                continue
        if (
            j > 0
            and tokens[j - 1][0] == ","
            and j + 2 < len(tokens)
            and tokens[j + 1][0] == "of"
            and tokens[j + 2][0] in ("them", "whom")
            and (tok[0].isdigit() or tok in _NUMBER_WORD_SET)
        ):
            in_subset = True  # "seven people, four of them children, died": an aside of the count's part
            continue
        if (
            tok == ","
            and [t[0] for t in tokens[j + 2 : j + 4]] in (["of", "them"], ["of", "whom"])
            and tokens[j + 1][0] in _VAGUE_PART
            and tokens[j + 4 : j + 5]
            and tokens[j + 4][0] in _AUX | {"having"}
        ):
            return None  # "250,000 civilians remain in the area, many of them having fled": the part's verb
        if (
            partitive
            and not seen_aux
            and (tok in NOT_CASUALTY_CUES or start in other_starts or tok[0].isdigit())
        ):
            continue
        if tok in NOT_CASUALTY_CUES:
            return None
        if tok in _STOP or tok == "among":  # "two governors are among those injured": a subset
            return None
        if (start in other_starts or tok[0].isdigit()) and not _one_family(tokens, j):
            if _ordinal(tokens, j) or _compound_modifier(tokens, j, text):
                continue  # "three soldiers of the 5th Brigade", "of a 10-man patrol were killed": a unit's
            if _share_follows(tokens, j):
                continue  # "2 million Gazans, about 90 percent of the population, have fled"
            if _households_of_the_count(tokens, j) or _places_of_the_count(tokens, j):
                continue  # "24,000 people from 4,870 households have been displaced": the same people
            return None
        if tok in ("and", "or", ",") and not seen_aux:
            nxt = tokens[j + 1][0] if j + 1 < len(tokens) else ""
            if nxt in PERSON_NOUNS and nxt not in ("others", "other"):
                continue  # "10,000 men, women and children have been displaced": one noun phrase
        if tok in ("and", "or"):
            nxt = tokens[j + 1][0] if j + 1 < len(tokens) else ""
            if not seen_aux and tok == "and" and nxt in ("a", "an", "their", "his", "her", "some", "several"):
                # "three soldiers and their driver were killed": one subject, one verb ("left four soldiers
                # and some civilians dead": the count, and more it does not tell)
                continue
            if arrived and j + 1 < len(tokens) and text[tokens[j + 1][1]].isupper():
                continue  # ("have arrived in the towns of Istmina and Novita, fleeing": two places named)
            if not (seen_aux and nxt in (KILLED_AFTER | WOUNDED_AFTER)):
                return None
            continue
        if tok in _AUX:
            seen_aux = True
        if tok in ("arrived", "arriving") and not arrived:
            # "1,500 people have arrived in recent days in the municipal seats of Istmina and Novita, fleeing
            # the violence": where they arrived told before why
            budget, arrived = _ARRIVAL_BUDGET, True
        role = None
        if tok in KILLED_AFTER:
            if tok == "lives" and j != i and (j == 0 or tokens[j - 1][0] != "their"):
                continue  # "lost their lives", "claimed 6,000 lives" (right after the number)
            if tok == "dead" and j + 1 < len(tokens) and tokens[j + 1][0] in ("body", "bodies"):
                continue  # "two others carried a dead body": an adjective, no toll
            role = KILLED
        elif tok in WOUNDED_AFTER:
            # "two soldiers were fatally wounded"; "seven people injured in the blast succumbed to their
            # injuries": the injured who died
            role = KILLED if tokens[j - 1][0] == "fatally" or _died_after(tokens, j) else WOUNDED
        elif tok in _TO_HOSPITAL_VERBS and _to_hospital(tokens, j):
            role = WOUNDED  # "about 10 others taken to hospital", "seven were rushed to hospital"
        elif tok == "treated" and seen_aux and _treated_for_wounds(tokens, j):
            role = WOUNDED  # "seven inmates were being treated at a hospital in the capital for stab wounds"
        elif tok in DISPLACED_AFTER:
            if (
                tok == "displaced"
                and j > i + 1
                and tokens[j + 1 : j + 2]
                and tokens[j + 1][0] in PERSON_NOUNS
            ):
                continue  # "killed 7 people at a school sheltering displaced families": another noun's
            if tok in _DISPLACED_NOUNS and _hurt_after(tokens, j):
                continue  # "five Myanmar refugees and five Thais were injured": who they are, hurt
            role = DISPLACED
        elif tok in ("relocate", "relocated") and any(
            t[0] in ("home", "homes") for t in tokens[j + 1 : j + 4]
        ):
            role = DISPLACED  # "2,500 people have been forced to relocate from their homes"
        elif tok in ("leave", "left", "abandon", "abandoned") and _homes_follow(tokens, j):
            role = DISPLACED  # "40,965 people had to leave their homes"
        elif (
            tok in ("forced", "driven", "chased")
            and tokens[j + 1 : j + 2]
            and tokens[j + 1][0] in ("from", "out")
            and any(t[0] in ("home", "homes", "houses", "villages") for t in tokens[j + 2 : j + 5])
        ):
            role = DISPLACED  # "1,200 people were forced from their homes", "driven out of their villages"
        elif tok in ("camped", "camping") or (
            tok in ("sheltering", "sheltered", "living", "staying", "settled") and _camps_follow(tokens, j)
        ):
            role = DISPLACED  # "100,000 people are sheltering in camps", "40,000 are camped out in"
        elif (
            tok in ("move", "moved", "moving", "relocated", "relocating")
            and j + 1 < len(tokens)
            and tokens[j + 1][0] == "to"
            and any(t[0] in _SHELTERS or t[0] in _CENTRES for t in tokens[j + 2 : j + 6])
            and tokens[i][0] not in STATE_FORCES
            and tokens[i][0] not in NON_STATE_COMBATANTS
        ):
            role = DISPLACED  # "as 8,000 residents move to temporary accommodation centers"
        elif tok == "gunned" and j + 1 < len(tokens) and tokens[j + 1][0] == "down":
            role = KILLED  # "17 personnel were gunned down"
        elif tok in ("martyrdom", "shahadat", "shahadah", "shahadet") and tokens[j - 1][0] in (
            "embraced",
            "attained",
            "embrace",
        ):
            role = KILLED  # "two soldiers embraced martyrdom" ("embraced shahadat"), as a military words it
        elif tok == "price" and [t[0] for t in tokens[j - 3 : j]] in (
            ["paid", "the", "supreme"],
            ["paid", "the", "ultimate"],
        ):
            role = KILLED  # "two officers paid the supreme price"
        elif tok == "sent" and [t[0] for t in tokens[j + 1 : j + 3]] == ["to", "hell"]:
            role = KILLED  # "seven terrorists were 'sent to hell'", as a military's statement words it
        elif tok == "asylum" and j + 1 < len(tokens) and tokens[j + 1][0] in ("seekers", "seeker"):
            role = DISPLACED  # "36,500 Burkina Faso asylum seekers": refugees, as their claims are heard
        elif (tok in TO_DEATH_VERBS or tok == "shot") and _to_death(tokens, j):
            role = KILLED  # "10 were hacked to death", "six people were burnt alive", "shot to death"
        elif _refugee_flow(tokens, j):
            role = DISPLACED  # "45,000 people crossed into Chad", "2,000 sought refuge in the town"
        # ("two gunmen shot dead a security guard": "shot" is no auxiliary there, the object follows "dead")
        active = not seen_aux or (tok == "dead" and tokens[j - 1][0] == "shot" and j - 1 > i)
        if role in (KILLED, WOUNDED) and active and _object_follows(tokens, j, text):
            return None  # "four soldiers killed nine villagers": the soldiers are who killed
        if role:
            tail = [t[0] for t in tokens[j + 1 : j + 4]]
            if len(tail) > 1 and tail[0] in ("or", "and") and _mixed_with(role, tail[1]):
                return None  # "dead or missing", "killed or wounded": no figure of either kind
            if (
                len(tail) > 2
                and tail[0] == ","
                and tail[2] in ("or", "and", ",")
                and _mixed_with(role, tail[1])
            ):
                return None  # "killed, injured or remain missing": one figure of three kinds
            return role
    return None


_ONE_CASUALTY = {"death": KILLED, "fatality": KILLED, "injury": WOUNDED}
_DEATH_COMPOUNDS = frozenset(["row", "threat", "threats", "sentence", "squad", "penalty", "certificate"])
_VAGUE_PART = frozenset(["many", "some", "most", "several", "few", "half"])
_PART_OF_OWNERS = re.compile(
    r"\b(?i:many|some|most|several|few|half)\s+of\s+(?:the\s+)?(?:[A-Z][\w-]*\s+){0,2}[A-Z][\w-]*['’]s\s+$"
)
# the nouns that make "many of the 12 wounded" a casualty count of its own
_COUNTED_ALREADY = frozenset(
    ["wounded", "injured", "dead", "displaced", "refugees", "idps", "victims", "casualties"]
)
_ARRIVAL_BUDGET = 14  # words read after "arrived" for the flight that brought them
_TO_HOSPITAL_VERBS = frozenset(["taken", "rushed", "brought", "evacuated", "airlifted", "transferred"])


_DISPLACED_NOUNS = frozenset(["refugees", "idps"])


def _hurt_after(tokens: list[Token], j: int) -> bool:
    """'(five refugees) and five Thais were injured', '(five refugees) were killed': the verb of the
    people the displacement noun names says what befell them."""
    for k in range(j + 1, min(j + 7, len(tokens))):
        tok = tokens[k][0]
        if tok in KILLED_AFTER or tok in WOUNDED_AFTER:
            return tokens[k - 1][0] in ("were", "was", "been")
        if tok in DISPLACED_AFTER or tok in _PHRASE_ENDING_PREPOSITIONS or tok in (",", ";", "."):
            return False
    return False


def _died_after(tokens: list[Token], j: int) -> bool:
    """The injured counted at ``j`` are the subject of 'succumbed' or 'died' later in the clause (or right
    after the aside that calls them wounded: 'Two others, seriously wounded, died later')."""
    if [t[0] for t in tokens[j + 1 : j + 3]] in ([",", "died"], [",", "succumbed"]) and any(
        t[0] == "," for t in tokens[max(0, j - 3) : j]
    ):
        return True
    for tok, _start in tokens[j + 1 : j + 13]:
        if tok in ("succumbed", "died"):
            return True
        if tok in (",", ";", ".", "and", "or", "while", "but") or tok[0].isdigit() or tok in _NUMBER_WORD_SET:
            return False
    return False


def _treated_for_wounds(tokens: list[Token], j: int) -> bool:
    """'treated at a Tegucigalpa hospital for gunshot and stab wounds': the wounds named after where."""
    words = [t[0] for t in tokens[j + 1 : j + 14]]
    if "for" not in words:
        return False
    at = words.index("for")
    for tok in words[at + 1 : at + 5]:
        if tok in ("wounds", "injuries", "burns"):
            return True
        if tok in _STOP or tok == ",":
            return False
    return False


def _to_hospital(tokens: list[Token], j: int) -> bool:
    """'taken to hospital', 'rushed to a hospital', 'evacuated to hospitals in Kabul'."""
    words = [t[0] for t in tokens[j + 1 : j + 4]]
    if not words or words[0] != "to":
        return False
    rest = words[1:] if len(words) < 2 or words[1] not in ("a", "the", "local", "nearby") else words[2:]
    return bool(rest) and rest[0] in ("hospital", "hospitals")


def _relative_clause_end(tokens: list[Token], j: int) -> int | None:
    """Where 'who were fleeing the area' ends, before the main verb's auxiliary ('... were killed'), or
    None when no second auxiliary follows within eight words."""
    if j + 1 >= len(tokens) or tokens[j + 1][0] not in _AUX:
        return None
    set_off = j > 0 and tokens[j - 1][0] == ","
    for k in range(j + 3, min(len(tokens), j + (16 if set_off else 10))):
        if tokens[k][0] in _AUX:
            # (only before a casualty verb: "1,000 people who have fled ... are sheltering" are the displaced)
            return k - 1 if _casualty_verb_at(tokens, k + 1) else None
        if set_off and tokens[k][0] == "," and k + 1 < len(tokens) and tokens[k + 1][0] in _AUX:
            # "Two militants, who were involved in the killing of a policeman, were neutralised": the
            # clause set off by commas, up to fifteen words
            return k if _casualty_verb_at(tokens, k + 2) else None
        if tokens[k][0] in (",", ";", ".") or tokens[k][0][0].isdigit():
            return None
    return None


def _casualty_verb_at(tokens: list[Token], k: int) -> bool:
    """A word that makes the count the killed or the wounded, at k or the word after it."""
    return any(w in KILLED_AFTER or w in WOUNDED_AFTER for w, _start in tokens[k : k + 2])


def _appositive_end(tokens: list[Token], j: int) -> int | None:
    """Where an aside that names what a place or person is ends: the comma after ', a border town in
    Borno State,' (at most eight words, no number and no verb in it), or None; or of what a count is
    (', or a quarter of the population,')."""
    start = j + 2 if j + 2 < len(tokens) and tokens[j + 1][0] == "or" else j + 1
    if start >= len(tokens) or tokens[start][0] not in ("a", "an", "the"):
        return None
    for k in range(start + 1, min(len(tokens), start + 9)):
        tok = tokens[k][0]
        if tok == ",":
            return k
        if tok[0].isdigit() or tok in VERB_LIKE or tok in _STOP or tok in PERSON_NOUNS:
            return None
    return None


_PHRASE_START = frozenset(
    ["in", "between", "by", "during", "from", "after", "near", "among", "across", "against", "on", "when",
     "while", "whereas"]  # "26 rebels have been killed while 15 others were captured": another clause
)  # fmt: skip


_OBJECT_START = frozenset(["a", "an", "the", "his", "her", "their", "its", "dozens", "scores", "hundreds"])


def _object_follows(tokens: list[Token], j: int, text: str) -> bool:
    """The casualty verb at ``j`` has an object ('killed nine villagers', 'killed a policeman'): it is
    active, and the number before it counts who did it."""
    if j + 1 >= len(tokens):
        return False
    nxt = tokens[j + 1][0]
    gap = text[tokens[j][1] + len(tokens[j][0]) : tokens[j + 1][1]]
    if "-" in gap or "–" in gap or "—" in gap:
        return False  # "seven wounded -- the military's worst toll": a dash opens an aside, no object
    if nxt == "at":
        return j + 2 < len(tokens) and tokens[j + 2][0] == "least"
    while nxt in _QUALIFIER_WORDS and j + 2 < len(tokens):
        j += 1  # "killed about 300 soldiers, wounded more than 1,000": the verb's object is a count
        nxt = tokens[j + 1][0]
    if nxt[0].isdigit() or nxt in _NUMBER_WORD_SET:
        after = tokens[j + 2][0] if j + 2 < len(tokens) else ""
        return after not in KILLED_AFTER and after not in WOUNDED_AFTER  # "two killed two injured"
    if nxt == "the" and j + 2 < len(tokens) and tokens[j + 2][0] in _TIME_AFTER_THE:
        return False  # "five people killed the day before"
    return nxt in _OBJECT_START


_TIME_AFTER_THE = frozenset(
    ["day", "night", "week", "weekend", "month", "year", "previous", "same", "following", "next", "morning",
     "evening", "afternoon", "past", "last", "first", "second", "third"]
)  # fmt: skip


def _mixed_with(role: str, word: str) -> bool:
    """'killed or wounded', 'dead or missing': the next word is a casualty word of another kind."""
    if word in NOT_CASUALTY_CUES:
        return True
    if role == KILLED:
        return word in WOUNDED_AFTER or word in WOUNDED_BEFORE
    if role == WOUNDED:
        return word in KILLED_AFTER or word in KILLED_BEFORE
    return False


_FIGHTERS = STATE_FORCES | NON_STATE_COMBATANTS


def _fighters_before(tokens: list[Token], j: int, span: int) -> bool:
    """Soldiers or fighters named in the ``span`` words before ``j``: those who move are no refugees."""
    return any(t[0] in _FIGHTERS for t in tokens[max(0, j - span) : j])


def _refugee_flow(tokens: list[Token], j: int) -> bool:
    nxt = tokens[j + 1][0] if j + 1 < len(tokens) else ""
    tok = tokens[j][0]
    if tok in ("crossed", "crossing", "poured", "streamed") and (
        nxt in ("into", "the") or (nxt == "over" and tokens[j + 2 : j + 3] and tokens[j + 2][0] == "into")
    ):
        return True  # ("18,000 Sudanese have crossed over into Chad")
    if tok in ("entered", "entering") and nxt and get_gazetteer().find_country(nxt) is not None:
        # "nearly 1,800 Karen had entered Thailand from eastern Burma" (not "200 soldiers entered Mali")
        return not _fighters_before(tokens, j, 4)
    if tok in ("sought", "seeking") and nxt == "asylum":
        return True  # "600,000 Ukrainians have sought asylum in neighbouring countries"
    if (
        tok == "moved"
        and nxt in ("away", "out")
        and any(t[0] in ("from", "of") for t in tokens[j + 2 : j + 4])
    ):
        # "76,000 people had been moved away from the border areas": evacuated (not "300 troops were moved")
        return not _fighters_before(tokens, j, 5)
    if tok in ("found", "finding") and nxt == "refuge":
        return True  # "more than 10,000 people have found refuge in eight public buildings"
    if tok in ("reached", "arrived") and any(
        t[0] == "after" and tokens[k + 1 : k + 2] and tokens[k + 1][0] in ("escaping", "fleeing")
        for k, t in enumerate(tokens[j + 1 : j + 14], start=j + 1)
    ):
        # "5,000 people reached the Borno state capital on Monday after escaping the extremists' takeover"
        return not _fighters_before(tokens, j, 8)
    if tok == "escaped" and nxt in ("to", "into", "across") and j + 2 < len(tokens):
        # "Nearly 3,000 villagers escaped to Thailand", "escaped to safety" (not "12 inmates escaped to the
        # forest", nor fighters)
        after = tokens[j + 2][0]
        return (
            after == "safety" or get_gazetteer().find_country(after) is not None
        ) and not _fighters_before(tokens, j, 6)
    if (
        tok in ("arrived", "arriving")
        and nxt == "in"
        and any(t[0] in ("camp", "camps") for t in tokens[j + 2 : j + 5])
    ):
        # "475 families, about 2,210 people, from the area arrived in the camp" (not "300 soldiers arrived
        # in the camp": no fighters arrive as the displaced do)
        return not _fighters_before(tokens, j, 8)
    return tok in ("sought", "seeking", "taken", "took", "taking") and nxt in ("refuge", "shelter", "safety")


def _camps_follow(tokens: list[Token], j: int) -> bool:
    return any(t[0] in _SHELTERS for t in tokens[j + 1 : j + 5])


# Where people who fled shelter ("sheltering in a school", "living in camps")
_SHELTERS = frozenset(
    ["camp", "camps", "shelters", "sites", "settlements", "school", "schools", "church", "churches", "mosque",
     "mosques", "stadium", "classrooms", "host"]  # ("are settled with host families")
)  # fmt: skip


_CENTRES = frozenset(["centers", "centres", "accommodation"])  # "temporary accommodation centres"


def _homes_follow(tokens: list[Token], j: int) -> bool:
    """'left their homes'; 'left the Kursk Region areas close to the border': a place people lived in."""
    return any(t[0] in ("home", "homes", "houses", "villages") for t in tokens[j + 1 : j + 3]) or any(
        t[0] in ("areas", "region", "regions", "district", "districts") for t in tokens[j + 1 : j + 6]
    )


def _lives_of_before(tokens: list[Token], i: int) -> str | None:
    """'the lives of (more than) 30,000': the dead, whatever verb follows the number ('the bodies of 14 people
    had been brought to hospitals': the dead, not the wounded hospitals receive)."""
    for j in range(i - 1, max(0, i - 4), -1):
        tok = tokens[j][0]
        if tok == "of":
            if _lives_fought_for(tokens, j):
                return None
            return KILLED if tokens[j - 1][0] in ("lives", "deaths", "bodies", "corpses") else None
        if not tok.isalpha():
            return None
    return None


def _lives_fought_for(tokens: list[Token], of_i: int) -> bool:
    """'Doctors are fighting for the lives of four patients', 'saved the lives of 20': the living."""
    return (
        of_i >= 3
        and tokens[of_i - 1][0] == "lives"
        and tokens[of_i - 2][0] == "the"
        and tokens[of_i - 3][0] in ("for", "save", "saved", "saving", "saves")
    )


def _role_before(tokens: list[Token], i: int, text: str, noun: str | None = None) -> str | None:
    toll = _toll_to(tokens, i)
    if toll is not None:
        return toll
    for j in range(i - 1, max(-1, i - 5), -1):
        tok = tokens[j][0]
        if tok in ("and", ",", ";", ".", "or") or tok[0].isdigit() or tok in _PHRASE_START:
            return None  # "killed in clashes between two clans": the number belongs to another phrase
        if (
            tok == "of"
            and j > 0
            and tokens[j - 1][0] in ("lives", "deaths", "death", "killings", "bodies", "corpses")
        ):
            # "claimed the lives of five", "the deaths of over 100", "the bodies of 11"
            return None if _lives_fought_for(tokens, j) else KILLED
        if tok == "of" and j > 0 and tokens[j - 1][0] in ("injury", "injuries", "wounding", "injuring"):
            return WOUNDED  # "resulting in the death of two people and injury of two others"
        if tok == "of" and j > 0 and _displacement_noun_before(tokens, j):
            return DISPLACED  # "triggered the flight of 250,000 people", "the displacement of 26,175"
        # "gunned down five" (drones "shot down" are no casualties)
        if tok == "down" and j > 0 and tokens[j - 1][0] in ("gunned", "cut", "mowed"):
            return KILLED
        if (
            tok == "lost"
            and noun in STATE_FORCES | PERSON_NOUNS
            and (j == i - 1 or (j == i - 2 and tokens[i - 1][0] in ("only", "just")))
        ):
            # "We lost seven soldiers"; "lost 1,190 troops killed or wounded" counts both kinds
            return None if _killed_or_wounded_after(tokens, i) else KILLED
        if tok == "shot" and j > 0 and tokens[j - 1][0] == "fatally":
            return KILLED  # "fatally shot two police officers"
        if tok in _HOSTING and any(t[0] in _DISPLACED_SITE_WORDS for t in tokens[i : i + 8]):
            return DISPLACED  # "Marib already hosts an estimated one million in 125 IDP sites"
        if tok == "dead" and j > 0 and tokens[j - 1][0] == "shot":
            return KILLED  # "gunmen shot dead 8 people"
        if (
            tok == "death"
            and j > 1
            and tokens[j - 1][0] == "to"
            and tokens[j - 2][0] in TO_DEATH_VERBS | {"shot"}
        ):
            return KILLED  # "gunmen shot to death eight youths", "hacked to death three villagers"
        role = None
        if tok in KILLED_BEFORE:
            if tok in ("dead", "death", "deaths") and not any(t[0] == "toll" for t in tokens[j:i]):
                return None
            role = KILLED
        elif tok in WOUNDED_BEFORE:
            role = KILLED if j > 0 and tokens[j - 1][0] == "fatally" else WOUNDED  # "fatally wounded two"
        elif tok in DISPLACED_BEFORE:
            role = DISPLACED
        if role is not None:
            if j >= 2 and tokens[j - 1][0] in ("and", "or") and _mixed_with(role, tokens[j - 2][0]):
                return None  # "killed and injured nine": no figure of either kind
            if (
                j >= 2
                and tokens[j - 1][0] == "to"
                and _INTENT.search(text, max(0, tokens[j][1] - 30), tokens[j][1])
            ):
                return None  # "threatened to kill 20 hostages": an intent, nobody died
            return role
    return None


_HOSTING = frozenset(["hosts", "hosting", "hosted", "houses", "housing", "housed", "shelters", "sheltering"])
_DISPLACED_SITE_WORDS = frozenset(["idp", "idps", "displacement", "displaced", "refugee", "refugees"])


def _displacement_noun_before(tokens: list[Token], j: int) -> bool:
    """'the flight of', 'the exodus of', 'resulted in the displacement" of' (a quote may close between)."""
    k = j - 1
    if tokens[k][0] in ('"', "”") and k > 0:
        k -= 1
    return tokens[k][0] in ("flight", "exodus", "displacement", "evacuation")


def _killed_or_wounded_after(tokens: list[Token], i: int) -> bool:
    """'1,190 troops killed or wounded': a casualty word, 'or'/'and', one of the other kind."""
    words = [t[0] for t in tokens[i + 1 : i + 5]]
    for k in range(len(words) - 2):
        role = KILLED if words[k] in KILLED_AFTER else WOUNDED if words[k] in WOUNDED_AFTER else None
        if role is not None:
            return words[k + 1] in ("or", "and") and _mixed_with(role, words[k + 2])
    return False


_DISPLACED_COUNTED = frozenset(["displaced", "idps", "refugees"])  # after "the number of"
_TOLL_REACHED = frozenset(
    ["reached", "reaches", "hit", "hits", "topped", "tops", "passed", "surpassed", "exceeded"]
)


_PEAK_WORDS = frozenset(["high", "record", "peak"])


def _toll_to(tokens: list[Token], i: int) -> str | None:
    """'the death toll has risen to 10', 'taking its total death toll to 59': what the toll counts."""
    if i >= 3 and tokens[i - 1][0] in ("only", "just", "be") and tokens[i - 2][0] in ("at", "to"):
        i -= 1  # "put the death toll among its forces at only four", "estimated to be 154,000"
    if i >= 5 and tokens[i - 1][0] == "of" and tokens[i - 2][0] in _PEAK_WORDS:
        # "has reached a new high of 2.8 million": read from the verb
        k = next((k for k in range(i - 3, i - 6, -1) if tokens[k][0] in _TOLL_REACHED), None)
        if k is None:
            return None
        i = k + 1
    if i < 2 or (tokens[i - 1][0] not in ("to", "at") and tokens[i - 1][0] not in _TOLL_REACHED):
        return None
    verb = tokens[i - 1][0] in _TOLL_REACHED  # "the number of dead reached 57"
    role = None
    for j in range(i - 2, max(-1, i - 32), -1):  # "the toll from <an attack on ... in ...> has risen to 29"
        tok = tokens[j][0]
        if tok[0].isdigit() and _earlier_in_chain(tokens, j, i):
            continue  # "rose from 14 to 19", "rose to 14, and then to 19": the count it rose from
        if tok[0].isdigit() and _YEAR_TOKEN.fullmatch(tok) and tokens[j - 1][0] in ("of", "in", "since"):
            continue  # "the number displaced since the beginning of 2014 has reached": a year, no count
        if tok[0].isdigit() and _a_month_day(tokens, j):
            continue  # "the toll from the blasts on January 27 increased to 27": the day
        if tok[0].isdigit() and tokens[j + 1][0] in ("%", "percent", "per"):
            continue  # "the number of displaced has increased by almost 70% to nearly half a million": a rate
        if tok in (";", ".") or tok[0].isdigit():
            break
        verb = verb or tok in TOLL_TO_VERBS
        if (
            role is None
            and (
                tok in TOLL_NOUNS_KILLED
                # "claimed two more lives on Tuesday, taking the total number of casualties to 11": the dead
                or (tok == "casualties" and any(t[0] == "lives" for t in tokens[max(0, j - 20) : j]))
            )
        ):
            role = KILLED
        elif role is None and tok in TOLL_NOUNS_WOUNDED:
            role = WOUNDED
        elif (
            role is None
            and tok in _DISPLACED_COUNTED
            and (
                any(t[0] in ("number", "total") for t in tokens[max(0, j - 3) : j])
                or _estimated_after(tokens, j)
            )
        ):
            # "bringing the number of displaced in the province to 2.5 million", "the number of internally
            # displaced people has reached 2 million", "the total displaced since May to 300,000"; "the
            # displaced people, who are estimated to be about 154,000"
            role = DISPLACED
        if verb and role is not None:
            return role
    return None


def _estimated_after(tokens: list[Token], j: int) -> bool:
    """'the displaced people, who are estimated to be', 'the displaced, estimated at': the estimate is of
    them (not 'the displaced have moved to the south, whose population is estimated at')."""
    k = j + 1
    if k + 1 < len(tokens) and tokens[k][0] == "in":
        # "the refugees in Uganda are now estimated": where they are, between
        k += 3 if tokens[k + 1][0] == "the" else 2
    for tok, _start in tokens[k : k + 5]:
        if tok == "estimated":
            return True
        if tok not in _ESTIMATED_SUBJECT:
            return False
    return False


_ESTIMATED_SUBJECT = frozenset(["people", "persons", "who", "are", "were", "is", "was", "now", ","])
_CHAIN_ADVERBS = ("then", "later", "subsequently", "eventually", "finally")  # "rose to 14, and then to 19"
_CHAIN_WORDS = frozenset([",", "and", *_CHAIN_ADVERBS])
_QUALIFIER_WORDS = frozenset(
    ["at", "least", "more", "than", "over", "nearly", "about", "some", "around", "almost"]
)


def _earlier_in_chain(tokens: list[Token], j: int, i: int) -> bool:
    """The number at ``j`` is a toll's earlier value in the chain that ends in the number at ``i``: it
    follows 'from' or 'to' (its qualifier words aside), and only 'and', 'then', commas... lie between."""
    k = j - 1
    while k >= 0 and tokens[k][0] in _QUALIFIER_WORDS:
        k -= 1
    return (
        k >= 0 and tokens[k][0] in ("from", "to") and all(t[0] in _CHAIN_WORDS for t in tokens[j + 1 : i - 1])
    )


def _without_earlier_tolls(text: str, figures: list[Figure]) -> list[Figure]:
    """'the toll rose to 14, and then to 19': one toll, its last value."""
    out = []
    for k, f in enumerate(figures):
        nxt = figures[k + 1] if k + 1 < len(figures) else None
        m = _THEN_TO.match(text, f.quantity.end) if nxt is not None and nxt.role == f.role else None
        if m is None or nxt is None or m.end() != nxt.quantity.start:
            out.append(f)
    return out


_THEN_TO = re.compile(rf"\s*,?\s*(?:and\s+)?(?:(?:{'|'.join(_CHAIN_ADVERBS)})\s+)?to\s+", re.IGNORECASE)


def sentence_figures(text: str) -> list[Figure]:
    """Every casualty or displacement figure of one sentence, in order.

    Subsets ("including 12 children") are left out; "six civilians and 15 fighters were killed" gives
    both numbers the shared role; "another policeman was wounded" counts one.
    """
    if lower_matches_alike(text) and not _ROLE_KEYS_IN_WORDS.in_words_of(lowered(text)):
        return []  # no word that gives a figure its role: most sentences of an article (see _ROLE_KEYS)
    return _figures_of(text)


_RATE = re.compile(r"\b(?:(?:a|per|each|every)\s+(?:day|week)|on\s+a\s+(?:daily|weekly)\s+basis)\b")
_RATE_AFTER = re.compile(
    r"[^.;,]{0,40}?\b(?:(?:a|per|each|every)\s+(?:day|week)\b"
    r"(?!\s+(?:after|before|earlier|later|ago|of|when|in\s+which|in\s+the|for\b))"
    r"|on\s+a\s+(?:daily|weekly)\s+basis\b)"
)
_UPPER_GUESS = re.compile(
    r"(?:\s+[a-z]+)?\s*[—–,(-]+\s*(?:and\s+|or\s+|but\s+)?(?:possibly|perhaps|maybe)\s+"
    r"(?:as\s+many\s+as\s+|up\s+to\s+|more\s+than\s+|over\s+)?",
    re.I,
)


def _without_upper_guesses(text: str, quantities: list[Quantity], figures: list[Figure]) -> list[Figure]:
    """'at least 50 people -- and possibly as many as 100 -- were killed': the guess beside the count is
    no count of its own; the count takes the role the guess's verb gives."""
    by_start = {f.quantity.start: f for f in figures}
    out = list(figures)
    for q, nxt in itertools.pairwise(quantities):
        guess = by_start.get(nxt.start)
        if guess is None or _UPPER_GUESS.fullmatch(text, q.end, nxt.start) is None:
            continue
        count = by_start.get(q.start)
        if count is not None and count.role != guess.role:
            continue
        out.remove(guess)
        if count is None:
            out.append(dataclasses.replace(guess, quantity=q))
    out.sort(key=lambda f: f.quantity.start)
    return out


_AGE_LIST = re.compile(r"\b(?:aged|ages)\s+\d{1,3}(?:\s*,\s*\d{1,3})*\s*,?\s+and\s+\d{1,3}\b")
_PLURAL_BEFORE_AGES = re.compile(r"\b([a-z]+)\s*,?\s*$", re.I)


def _ages_listed(text: str, quantities: list[Quantity]) -> list[Quantity]:
    """'women aged 72 and 67 were killed': the numbers are ages, no counts; when the people go uncounted,
    the ages count them (two women), read at the last age's place so that the verb after it gives the role.
    """
    for m in _AGE_LIST.finditer(text):
        ages = [q for q in quantities if m.start() <= q.start and q.end <= m.end()]
        if len(ages) < 2:
            continue
        quantities = [q for q in quantities if q not in ages]
        noun = _PLURAL_BEFORE_AGES.search(text, max(0, m.start() - 30), m.start())
        if noun is None or noun.group(1).lower() not in PERSON_NOUNS:
            continue
        last = ages[-1]
        told = next(
            (q for q in quantities if q.end <= noun.start() and not text[q.end : noun.start()].strip()), None
        )
        if told is not None:
            # "two women aged 72 and 67 were killed": the count told, read where the ages end
            quantities.remove(told)
            counted = Quantity(told.value, told.qualifier, last.start, last.end, told.text, is_word=True)
        elif noun.group(1).lower().endswith(("s", "men", "children", "people")):
            counted = Quantity(len(ages), "exact", last.start, last.end, last.text, is_word=True)
        else:
            continue
        quantities = sorted([*quantities, counted], key=lambda q: q.start)
    return quantities


def _figures_of(text: str) -> list[Figure]:
    """``sentence_figures`` without its gate (the rules themselves)."""
    quantities = [q for q in find_quantities(text) if not q.vague]
    if not quantities and not may_contain(text, lowered(text), _ONE_VICTIM_WORDS):
        return []  # no number, and no word that tells of one victim
    if "aged " in text or "ages " in text:
        quantities = _ages_listed(text, quantities)
    figures: list[Figure] = []
    subset_seen = False
    for q in quantities:
        if is_subset(text, q) or (subset_seen and _ANOTHER.search(text[max(0, q.start - 12) : q.start])):
            subset_seen = True  # "450 of these are in town and another 620 on the islands": parts
            last = figures[-1] if figures else None
            if last is not None and last.role == DISPLACED and _PART_IN_PLACE.match(text, q.end):
                # "7 million displaced in the country, including 2.5 million in North Kivu": the part is
                # the figure of a region of its own
                figures.append(Figure(q, DISPLACED, last.noun, last.unit, regional_part=True))
            continue
        if is_superseded(text, q):
            continue
        f = casualty_role(text, q, quantities)
        if f is not None:
            figures.append(_with_named_victim(text, f))
    figures = _without_increments(text, figures)
    if "ly " in text:
        # "the total number injured was likely more than 100": a guess, not a count
        figures = [
            f
            for f in figures
            if _HEDGED.search(text, max(0, f.quantity.start - 24), f.quantity.start) is None
        ]
    if " may have " in text or " might have " in text:
        # "as many as 200 people may have died": a guess, not a count
        figures = [f for f in figures if _MAY_HAVE.match(text, f.quantity.end) is None]
    if ("day" in text or "week" in text or "daily" in text) and _RATE.search(text):
        # "the camps receive 2,000 displaced people on a daily basis", "fighting kills 100 people a day": a
        # rate, no count of people
        figures = [f for f in figures if _RATE_AFTER.match(text, f.quantity.end) is None]
    if "return" in text or " back" in text or "for home" in text:
        # "about 25,000 evacuees already left for home", "3,000 displaced people have returned": returns
        figures = [f for f in figures if f.role != DISPLACED or _RETURNED.match(text, f.quantity.end) is None]
    if " not " in text or "n't " in text or "unable" in text or "never" in text:
        # "about 1,000 residents who did not flee", "who were unable to leave": those who stayed
        figures = [f for f in figures if f.role != DISPLACED or _NOT_FLED.match(text, f.quantity.end) is None]
    if len(figures) > 1 and (", while " in text or ", but " in text or ", whereas " in text):
        figures = _without_others_counts(text, figures)
    figures = _without_earlier_tolls(text, figures)
    if any(f.role == DISPLACED and f.unit != "people" for f in figures):
        figures = _with_people_restated(text, quantities, figures)
        figures = [f for f in figures if not _households_of_people_counted(text, f, figures)]
    if "(" in text or " or " in text or ", total" in text or ", amounting" in text:
        figures = _without_restated(text, figures)
    figures = _died_of_wounds(text, figures)
    roled = {f.quantity.start: f for f in figures}
    # from the last pair back, so that "three gendarmes, one police officer and two civilians were
    # killed" joins the whole list to the verb after it
    for q, nxt in reversed(list(itertools.pairwise(quantities))):
        if q.start in roled or q.value is None or nxt.start not in roled or is_subset(text, q):
            continue
        between = text[q.end : nxt.start].lower()
        words = LOWER_HYPHENATED_WORDS.findall(between)
        if (set(words) - _DISPLACED_NOUNS) & VERB_LIKE or set(words) & _NOT_PEOPLE:
            continue  # "after six years of violence and 15,000 deaths": six years are no victims
        if _OF_THE_BEFORE.search(text, max(0, q.start - 40), q.start):
            continue  # "the needs of the most vulnerable 315,000 people, and 91,000 ... have sought asylum"
        listed = _LIST_COMMA.fullmatch(between) is not None and bool(set(words) & PERSON_NOUNS)
        ones = [] if listed or "," not in between else _single_items(text, q.end, nxt.start)
        if ones:
            # "Two children, a woman and two men were killed": the one victims listed between count too
            role = roled[nxt.start].role
            for start, end in ones:
                one = Quantity(1, "exact", start, end, text[start:end], is_word=True)
                figures.append(Figure(one, role, _victim_noun(text[start:end]), joined=True))
            listed = True
        if _SHORT_PHRASE_AND.fullmatch(between) or listed:
            # ("six Houthi rebels and two soldiers": the rebels, not the adjective before them)
            noun = next((w for w in words if w in PERSON_NOUNS), words[0] if words[0] != "and" else None)
            first = Figure(q, roled[nxt.start].role, noun)
            joined = dataclasses.replace(roled[nxt.start], joined=True)
            figures[figures.index(roled[nxt.start])] = joined
            figures.append(first)
            roled[nxt.start], roled[q.start] = joined, first
    figures.extend(_listed_after(text, quantities, figures))
    figures.extend(_and_another(text, quantities, figures))
    figures = _another_joined(text, sorted(figures, key=lambda f: f.quantity.start))
    singles = singular_casualties(text)
    tolls = _toll_roles(text, figures) if singles and figures else set()
    for role, start, end in singles:
        if role in tolls:
            continue  # "the death of a girl brought the toll to five": one of the five
        if " including " in text and _INCLUDED.search(text, max(0, start - 60), start) is not None:
            continue  # "At least 12 people including a child died": one of the twelve
        if not any(f.quantity.start < end and start < f.quantity.end for f in figures):
            # "One militant was killed ... while another was shot dead": who the one is counts for whose
            # claim it is; "another" is one more of the group before
            before = [f.noun for f in figures if f.quantity.end <= start]
            noun = _victim_noun(text[start:end]) or (before[-1] if before else None)
            one = Quantity(1, "exact", start, end, text[start:end], is_word=True)
            # ("killed in El-Bireh, and another during a raid near Nablus": one more, somewhere else)
            single = Figure(one, role, noun, per_place=text[start:end] == "another")
            prev = figures[-1] if figures else None
            if (
                prev is not None
                and prev.role == role
                and prev.quantity.value == 1
                and _AND_BETWEEN.fullmatch(text, prev.quantity.end, start)
                and same_side(prev, single)
            ):
                # "a Burkinabe soldier and a civilian were killed": one toll of two (but "a policeman and one
                # of the attackers", two sides, each its own)
                single = dataclasses.replace(single, joined=True)
            figures.append(single)
    if " and h" in text or " and t" in text or " along with " in text:
        figures.extend(_one_and_kin_passive(text, figures))
    figures = _with_listed_victims(text, figures)
    figures.extend(_listed_after_one(text, quantities, figures))
    more = _and_one_more(text, figures)
    if more:  # "the village chief, his son and three others": the groups after the singles it added
        figures.extend(more)
        figures.extend(_listed_after_one(text, quantities, figures))
    if " another " in text and not any(f.role == WOUNDED for f in figures):
        hurt = _AND_ANOTHER_HURT.search(text)
        if hurt is not None:  # "One person was killed and another injured": one wounded besides
            one = Quantity(
                1, "exact", hurt.start("one"), hurt.end(), text[hurt.start("one") : hurt.end()], is_word=True
            )
            figures.append(Figure(one, WOUNDED, None))
    figures.extend(_per_place(text, figures))
    figures.extend(_per_place_displaced(text, figures))
    figures = _with_kin(text, figures)
    if " and h" in text or " and their " in text:
        figures = [_with_the_one_before(text, f) for f in figures]
    figures.sort(key=lambda f: f.quantity.start)
    if "possibly" in text or "perhaps" in text or "maybe" in text:
        figures = _without_upper_guesses(text, quantities, figures)
    return figures


_OF_THE_BEFORE = re.compile(r"\bof\s+the\s+(?:[\w-]+\s+){1,2}$", re.I)  # "the needs of the most vulnerable "
_LISTED_BEFORE = re.compile(
    r"(?:^|[,;:(]\s*|\b(?:that|said|says|reported|added|where|when)\s+|\band\s+(?=another\b))"
    r"(?P<list>(?:(?:the|a|an|another|his|her|their)\s+[^,;:()]{2,40}?(?:\s*,\s*(?:and\s+)?|\s+and\s+))+)$",
    re.IGNORECASE,
)


def _with_listed_victims(text: str, figures: list[Figure]) -> list[Figure]:
    """'the village chief, his son, and five civilians were killed': one for each person listed first."""
    out = []
    for f in figures:
        q = f.quantity
        listed = f.role in (KILLED, WOUNDED) and not _AND_OTHERS.match(text, q.end)  # "others": named victim
        listed = listed and _may_end_a_list(text, q.start)
        m = _LISTED_BEFORE.search(text, max(0, q.start - 160), q.start) if listed else None
        items = [i for i in _LIST_SEPARATOR.split(m.group("list")) if i.strip()] if m else []
        begin = m.start() if m else q.start
        taken = any(o is not f and o.quantity.start < q.start and o.quantity.end > begin for o in figures)
        if not items or taken or q.value is None or not all(_names_one_person(i) for i in items):
            out.append(f)
            continue
        # "A soldier and three militants were killed": the soldier is the state's side, the militants are
        # not; one counts the state's dead, the other its claim
        other_side = [i for i in items if _fighter_head(i) != f.enemy_fighters]
        if other_side:
            first = other_side[0]
            at = text.find(first, m.start("list") if m else 0)
            one = Quantity(len(other_side), "exact", at, at + len(first), first, is_word=True)
            out.append(Figure(one, f.role, _person_head(first)))
        bumped = dataclasses.replace(q, value=q.value + len(items) - len(other_side))
        out.append(dataclasses.replace(f, quantity=bumped))
    return out


def _person_head(phrase: str) -> str | None:
    """The last person noun after a list item's first word ('a Pakistani soldier' -> 'soldier')."""
    heads = [w for w in phrase.lower().split()[1:] if w in PERSON_NOUNS]
    return heads[-1] if heads else None


def _fighter_head(phrase: str) -> bool:
    """The one person a listed phrase names fights the state ('a militant', 'an al-Shabaab fighter')."""
    return (_person_head(phrase) or "") in NON_STATE_COMBATANTS


def _may_end_a_list(text: str, end: int) -> bool:
    """False when ``_LISTED_BEFORE`` cannot match up to ``end``: its list ends in ',' or 'and' and white
    space (then the end of the text, or a last line break). Checked from the end, where the regex, tried
    at each of 160 positions before, spends ~5 us."""
    head = text[:end].rstrip()
    return head.endswith(",") or head[-3:].lower() == "and"


def _names_one_person(phrase: str) -> bool:
    head = _person_head(phrase)
    return head is not None and _singular_person(head) and len(phrase.split()) <= 5


_DIED_OF_THEM = re.compile(
    r"[^.;]{0,40}?(?:,\s*(?P<num>[\w,-]+)\s+of\s+(?:whom|them)"
    # "injured seven people including a soldier who later died": one of them
    r"|,?\s+including\s+(?P<one>an?|one)\s+[\w-]+(?:\s+[\w-]+)?\s+who)"
    r"\s+(?:later\s+|have\s+since\s+|has\s+since\s+|subsequently\s+)?"
    r"(?:died|succumbed|were\s+killed|was\s+killed|have\s+died|had\s+died)\b",
    re.IGNORECASE,
)


def _died_of_wounds(text: str, figures: list[Figure]) -> list[Figure]:
    """'wounding 12 civilians, five of whom died': five killed and seven wounded, not 12 wounded."""
    out: list[Figure] = []
    for f in figures:
        m = _DIED_OF_THEM.match(text, f.quantity.end) if f.role == WOUNDED else None
        group = "one" if m is not None and m.group("one") else "num"  # "including a soldier who later died"
        died = find_quantities("one" if group == "one" else m.group("num")) if m is not None else []
        value = f.quantity.value or 0
        if m is None or len(died) != 1 or not 0 < (died[0].value or 0) < value:
            out.append(f)
            continue
        d = died[0]
        q = f.quantity
        out.append(dataclasses.replace(f, quantity=dataclasses.replace(q, value=value - (d.value or 0))))
        dead = Quantity(d.value, d.qualifier, m.start(group), m.end(group), m.group(group), is_word=d.is_word)
        out.append(Figure(dead, KILLED, f.noun, of_wounded=True))
    return out


_LIST_COMMA = re.compile(r"\s*[a-z' -]{1,40}\s*,\s*(?:and\s+)?")
_NOT_PEOPLE = NON_PERSON_UNITS | frozenset(FAMILY_UNITS)
_SINGLE_ITEM = re.compile(r"(?:an?|one)\s+(?:[a-z-]+\s+){0,2}?(?P<noun>[a-z-]+)")
_ITEM_SEPARATOR = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")


def _single_items(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The one victims a list names between two counts ("two children, a woman and two men"): the spans of
    "a woman", or [] when the words between are not the first count's noun then such items."""
    items: list[tuple[int, int]] = []
    pos = start
    for k, sep in enumerate(_ITEM_SEPARATOR.finditer(text, start, end)):
        part = text[pos : sep.start()]
        if k == 0:
            if not part.strip() or not _LOWER_PHRASE.fullmatch(part.strip()):
                return []  # the first count's noun phrase ("children")
        else:
            m = _SINGLE_ITEM.fullmatch(part)
            if m is None or m.group("noun") not in PERSON_NOUNS:
                return []
            items.append((pos, sep.start()))
        pos = sep.end()
    return items if pos == end else []


_LOWER_PHRASE = re.compile(r"[a-z' -]{1,40}")
_ANOTHER = re.compile(r"\banother\s+$", re.I)
_PART_IN_PLACE = re.compile(
    r"\s+(?:[a-z]+\s+){0,2}?in\s+(?:the\s+)?(?:(?:province|state|region|district|governorate|county|department)"
    r"\s+of\s+)?[A-Z]"
)
_AND_OTHERS = re.compile(r"\s+other(?:s|\s+(?:people|persons|civilians|victims|soldiers|officers))?\b", re.I)
_ONE_ALONG_WITH = re.compile(
    r"\bwas\s+(?:\w+\s+)?(?:killed|shot\s+dead|wounded|injured)\s+(?:along|together)\s+with\s+$", re.I
)
_NAMED_BEFORE_AND = re.compile(r"(?:^|[,;(])\s*([^,;()]{2,80}?),?\s+and\s+$")


def _with_named_victim(text: str, f: Figure) -> Figure:
    """'the minister and six other people were killed', 'the chief was killed along with three others': the
    others plus the one named."""
    q = f.quantity
    if f.role not in (KILLED, WOUNDED) or q.value is None or not _AND_OTHERS.match(text, q.end):
        return f
    if not _ONE_ALONG_WITH.search(text, max(0, q.start - 60), q.start):
        head = _NAMED_BEFORE_AND.search(text[: q.start])
        if head is None or find_quantities(head.group(1)):
            return f
        if set(LOWER_HYPHENATED_WORDS.findall(head.group(1).lower())) & VERB_LIKE:
            return f  # "a soldier was killed and two others wounded": a clause of its own, no one named
        last = head.group(1).split()[-1].lower().strip("'’")
        if last in PERSON_NOUNS and last.endswith("s"):  # "soldiers and three others": how many is not said
            return f
    bumped = Quantity(q.value + 1, q.qualifier, q.start, q.end, q.text, q.vague, q.is_word)
    return Figure(bumped, f.role, f.noun, f.unit)


_VERB_THEN_LIST = re.compile(
    r"[a-z' -]{0,40}?\b(?:were|was|have\s+been|had\s+been)\s+(?:killed|wounded|injured|dead)"
    r"\s*,\s*(?:and\s+)?",
    re.I,
)
_LIST_JOIN = re.compile(r"\s*[a-z' -]{0,40}?\s*(?:,\s*(?:and\s+)?|\s+and\s+)", re.I)


_AND_ANOTHER = re.compile(r"(?:\s+and|\s*,)\s+another\s+$", re.I)


def _and_another(text: str, quantities: list[Quantity], figures: list[Figure]) -> list[Figure]:
    """'four people died at the hospital and another 22 at the scene': one more group of the same
    toll, when the number after 'another' has no role of its own."""
    out: list[Figure] = []
    roled = {f.quantity.start for f in figures}
    for q, nxt in itertools.pairwise(quantities):
        f = next((o for o in figures if o.quantity.start == q.start), None)
        if f is None or f.role not in (KILLED, WOUNDED) or nxt.start in roled or nxt.value is None:
            continue
        if _AND_ANOTHER.search(text, q.end, nxt.start) and not is_subset(text, nxt):
            out.append(Figure(nxt, f.role, f.noun, joined=True))
    return out


def _another_joined(text: str, figures: list[Figure]) -> list[Figure]:
    """'he had seen 14 bodies and been told that another 12 had died': one toll, 26 ('two militants were
    killed in Kulgam, another two in Pulwama': the others are militants too)."""
    out: list[Figure] = []
    for f in figures:
        earlier = [o for o in out if o.role == f.role and o.quantity.end <= f.quantity.start]
        if (
            earlier
            and not f.joined
            and _ANOTHER.search(text, max(0, f.quantity.start - 12), f.quantity.start)
        ):
            kind = earlier[-1].noun
            noun = f.noun or (kind if kind in PERSON_NOUNS else None)
            if _SEPARATE_INCIDENT.search(text, earlier[-1].quantity.end, f.quantity.start):
                # "Fourteen people were killed in a strike that hit the family home, and a separate raid
                # killed another six": the six of an incident of their own
                f = dataclasses.replace(f, per_place=True, noun=noun)
            else:
                f = dataclasses.replace(f, joined=True, noun=noun)
        out.append(f)
    return out


_SEPARATE_INCIDENT = re.compile(
    r"\b(?:a|in\s+a)\s+separate\s+(?:\w+\s+)?(?:attack|strike|raid|incident|blast|bombing)"
)


def _listed_after(text: str, quantities: list[Quantity], figures: list[Figure]) -> list[Figure]:
    """'claimed the lives of two children and three women': the second group shares the verb."""
    if not figures:
        return []  # no group before to share a verb with
    roled = {f.quantity.start: f for f in figures}
    tokens = _tokens(text)
    out: list[Figure] = []
    for q, nxt in itertools.pairwise(quantities):
        f = roled.get(q.start) or next((o for o in out if o.quantity.start == q.start), None)
        if f is None or nxt.start in roled or nxt.value is None or is_subset(text, nxt):
            continue
        if f.role not in (KILLED, WOUNDED):
            continue
        between = text[q.end : nxt.start]
        if _role_after(tokens, _token_at(tokens, q.end), set(), text):
            # "Two gendarmes were killed, two police officers and four civilians": the list goes on
            # after the verb
            if not _VERB_THEN_LIST.fullmatch(between):
                continue
        elif (
            not _LIST_JOIN.fullmatch(between)
            or set(LOWER_HYPHENATED_WORDS.findall(between.lower())) & VERB_LIKE
        ):
            continue  # without a verb of its own, the first group shares the one before it
        noun = _first_noun(tokens, _token_at(tokens, nxt.end))
        if noun in PERSON_NOUNS:
            out.append(Figure(nxt, f.role, noun, joined=True))
    return out


_RESTATED_AS = re.compile(
    r"[\w\s-]{0,40}?(?:\(|,?\s+or|,\s+total(?:l)?ing|,\s+amounting\s+to)\s*(?:approximately|approx\.|about|around|some|roughly|nearly|an\s+estimated|or)?\s*$",
    re.I,
)
_PEOPLE_NOUNS = frozenset(["people", "persons", "individuals", "residents", "civilians", "inhabitants"])


def _with_people_restated(text: str, quantities: list[Quantity], figures: list[Figure]) -> list[Figure]:
    """'displaced about 600 households, or some 3,600 people': the families figure told again in people,
    which counts (the families figure then goes, by _without_restated)."""
    roled = {f.quantity.start for f in figures}
    out = list(figures)
    for f in figures:
        if f.role != DISPLACED or f.unit == "people":
            continue
        nxt = next((q for q in quantities if q.start > f.quantity.end), None)
        if nxt is None or nxt.start in roled or not _RESTATED_AS.fullmatch(text, f.quantity.end, nxt.start):
            continue
        tokens = _tokens(text)
        noun = _first_noun(tokens, _token_at(tokens, nxt.end))
        if noun in _PEOPLE_NOUNS:
            out.append(Figure(nxt, DISPLACED, noun, "people"))
    return sorted(out, key=lambda f: f.quantity.start)


def _without_restated(text: str, figures: list[Figure]) -> list[Figure]:
    """'605 displaced families (approximately 3,025 individuals)': one figure, restated in people in the
    brackets; the count in brackets is kept, the first is not another group to add ('more than 10,000
    people (2,050 families)': the people are, the families in brackets are the same people)."""
    out: list[Figure] = []
    skip: Figure | None = None
    for f, nxt in itertools.zip_longest(figures, figures[1:]):
        if f is skip:
            continue
        if (
            nxt is not None
            and f.role == nxt.role == DISPLACED
            and nxt.quantity.start > f.quantity.end
            and _RESTATED_AS.fullmatch(text, f.quantity.end, nxt.quantity.start)
        ):
            if f.unit == "people" and nxt.unit != "people":
                skip = nxt
                out.append(f)
            continue
        out.append(f)
    return out


_LIST_SEPARATOR = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")


def _others_follow(tokens: list[Token], end: int) -> bool:
    at = _token_at(tokens, end)
    return at < len(tokens) and tokens[at][0] in ("others", "more")


def _listed_after_one(text: str, quantities: list[Quantity], figures: list[Figure]) -> list[Figure]:
    """'killing a child, three women and a man': the groups listed after a single victim share its verb
    (the singles after them are counted by _and_one_more)."""
    singles = [
        f for f in figures if f.quantity.is_word and f.quantity.value == 1 and f.role in (KILLED, WOUNDED)
    ]
    if not singles:
        return []
    roled = {f.quantity.start for f in figures}
    out: list[Figure] = []
    tokens: list[Token] | None = None
    for f in singles:
        end = f.quantity.end
        for nxt in quantities:
            if nxt.start < end:
                continue
            if nxt.start in roled or nxt.value is None or not _LIST_SEPARATOR.fullmatch(text, end, nxt.start):
                break
            if is_subset(text, nxt):
                break
            tokens = tokens if tokens is not None else _tokens(text)
            noun = _first_noun(tokens, _token_at(tokens, nxt.end))
            if noun not in PERSON_NOUNS and not _others_follow(tokens, nxt.end):
                break  # "a policeman and two civilians", "the chief, his son and three others"
            out.append(Figure(nxt, f.role, noun, joined=True))
            roled.add(nxt.start)
            np = _NOUN_PHRASE.match(text, nxt.end)
            if np is None:
                break
            end = np.end()
    return out


def bare_count(text: str) -> Quantity | None:
    """The one count of people in a line without a verb ('over 23,900 people'), if there is one."""
    found = [q for q in find_quantities(text) if not q.vague and q.value and not q.is_year_like]
    if len(found) != 1:
        return None
    tokens = _tokens(text)
    noun = _first_noun(tokens, _token_at(tokens, found[0].end))
    return found[0] if noun in PERSON_NOUNS else None


def same_side(first: Figure, second: Figure) -> bool:
    """Groups of one toll ('two children and three women'), not 'six civilians and 15 militants',
    whose counts come from different sides and may differ in who vouches for them."""
    return first.enemy_fighters == second.enemy_fighters


def fights_state(text: str, figure: Figure) -> bool:
    """The counted people fight the state: 'militants', or members of an armed group ('eight suspected
    members of the New People's Army', 'a member of an insurgent group')."""
    if figure.enemy_fighters:
        return True
    return not figure.pro_state and figure.noun in _MEMBER_NOUNS and _group_member(text, figure)


_MEMBER_NOUNS = frozenset(["member", "members"])


def summed(first: Figure, second: Figure) -> Figure:
    """One figure for two listed parts: the sum, with the first part's qualifier and span start."""
    a, b = first.quantity, second.quantity
    total = Quantity((a.value or 0) + (b.value or 0), a.qualifier, a.start, b.end, a.text, a.vague, a.is_word)
    return Figure(total, first.role, first.noun, first.unit)


_NOUN_PHRASE = re.compile(r"(?:\s+[\w'’-]+){0,7}?(?=\s*,|\s+and\s)")
_ONE_MORE = re.compile(
    r"(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?P<one>(?:an?|another|their|his|her)\s+(?P<words>(?:[A-Z][A-Za-z-]*\s+){0,3}(?:[a-z0-9-]+\s+){0,2}[a-z-]+))\b"
)


_SPEAKS = re.compile(
    r"\s+(?:[\w'’-]+\s+){0,4}?(?:told|said|says|say|added|reported|confirmed|stated|announced|according)\b",
    re.I,
)
_OWN_VERB = re.compile(r"\s+(?:was\s+|were\s+)?(?P<verb>wounded|injured|hurt|killed|dead)\b", re.I)


_AND_ANOTHER_HURT = re.compile(
    r"\b(?:killed|dead|died)\s+and\s+(?P<one>another)\s+(?:(?:person|man|woman|one|civilian)\s+)?"
    r"(?:was\s+)?(?:injured|wounded|hurt)\b",
    re.IGNORECASE,
)


def _and_one_more(text: str, figures: list[Figure]) -> list[Figure]:
    """'injured four soldiers and a civilian', 'killing seven police officers, a national guard
    officer and a priest': each singular group adds one to the count before it."""
    out = []
    starts = {f.quantity.start for f in figures}
    for f in figures:
        if f.role not in (KILLED, WOUNDED):
            continue
        np = _NOUN_PHRASE.match(text, f.quantity.end)
        if np is None or set(LOWER_HYPHENATED_WORDS.findall(np.group(0).lower())) & VERB_LIKE:
            continue
        pos = np.end()
        run: list[Figure] = []
        while (m := _ONE_MORE.match(text, pos)) is not None and m.start("one") not in starts:
            words = m.group("words").split()
            heads = [k for k, w in enumerate(words) if w in PERSON_NOUNS and not w.endswith("s")]
            at = heads[-1] if heads else None  # "a national guard officer": the head noun is the last
            if at is None:
                break
            end = m.start("words") + len(" ".join(words[: at + 1]))
            own = _OWN_VERB.match(text, end)
            if own is not None and _verb_role(own.group("verb")) != f.role:
                break  # "was shot dead and her bodyguard wounded": the bodyguard has a verb of their own
            if _SPEAKS.match(text, end):
                break  # "killing two soldiers, a security official told reporters": who tells, not a victim
            if _INCLUDED.search(text, max(0, m.start("one") - 60), m.start("one")) is not None:
                break  # "nine persons including two policemen and a woman": one of the nine
            one = Quantity(1, "exact", m.start("one"), end, text[m.start("one") : end], is_word=True)
            run.append(Figure(one, f.role, words[at], joined=True))
            pos = end
        if (
            run
            and len(run) == f.quantity.value
            # ("two people, a civilian and a soldier, were killed": the two people, who they were)
            and (all(r.noun in _ANYONE for r in run) or f.noun in ("people", "persons", "individuals"))
            and _APPOSITION.match(text, np.end())
            and text.startswith(",", pos)
        ):
            # "two civilians, a man and a woman, were taken to hospital": the two, described (but "two
            # soldiers, a policeman and a child" are four)
            continue
        out.extend(run)
    return out


_ANYONE = frozenset(
    ["man", "woman", "boy", "girl", "child", "teenager", "baby", "infant", "toddler", "person"]
)
_APPOSITION = re.compile(r"\s*,\s*(?!and\b)")  # a comma, not ", and", after the count's noun


# "A woman and her son were killed", "A farmer and his 12-year-old daughter were shot dead": two, one each
_ONE_AND_KIN_PASSIVE = re.compile(
    r"\b(?P<one>(?:[Aa]n?|[Tt]he|[Oo]ne)\s+(?:[\w-]+\s+){0,2}?(?P<noun>[a-z-]+))\s+(?:and|along\s+with)\s+"
    r"(?P<kin>(?:his|her|their)\s+(?:[\w-]+\s+){0,2}?(?P<kin_noun>[a-z-]+))\s+(?:were|have\s+been|had\s+been)\s+"
    r"(?:\w+\s+)?(?P<verb>killed|shot\s+dead|murdered|wounded|injured)\b"
)


def _one_and_kin_passive(text: str, figures: list[Figure]) -> list[Figure]:
    """The two victims of 'A woman and her son were killed', each one, when no figure reads them yet."""
    out: list[Figure] = []
    for m in _ONE_AND_KIN_PASSIVE.finditer(text):
        if m.group("noun") not in PERSON_NOUNS or m.group("kin_noun") not in PERSON_NOUNS:
            continue
        if any(f.quantity.start < m.end("kin") and m.start("one") < f.quantity.end for f in figures):
            continue
        role = _verb_role(m.group("verb"))
        for k, group in enumerate(("one", "kin")):
            one = Quantity(1, "exact", m.start(group), m.end(group), m.group(group), is_word=True)
            out.append(Figure(one, role, m.group("noun" if k == 0 else "kin_noun"), joined=k > 0))
    return out


_ONE_AND_KIN = re.compile(
    r"\b(?P<verb>killed|killing|shot\s+dead|murdered|beheaded|executed|wounded|wounding|injured|injuring)\s+"
    r"(?:a|an|the)\s+"
    r"(?:[a-z-]+\s+){0,3}?(?:and|along\s+with|with)\s+(?:his|her|their)\s+$",
    re.I,
)


_ONE_AND_KIN_HINT = re.compile(r"\b(?:and|with)\s+(?:his|her|their)\s+", re.I)


def _with_kin(text: str, figures: list[Figure]) -> list[Figure]:
    """'killed a village chief and his two sons': the two and the one named, three."""
    known = {f.quantity.start for f in figures}
    quantities = find_quantities(text)
    if not any(q.start not in known and q.value is not None and not q.vague for q in quantities):
        return figures  # no count left to read (the caller sorts the figures either way)
    if not _ONE_AND_KIN_HINT.search(text):
        return figures
    out = list(figures)
    tokens = _tokens(text)
    for q in quantities:
        if q.start in known or q.value is None or q.vague:
            continue
        m = _ONE_AND_KIN.search(text[max(0, q.start - 80) : q.start])
        noun = _first_noun(tokens, _token_at(tokens, q.end))
        if m is None or noun not in PERSON_NOUNS:
            continue
        role = _verb_role(m.group("verb"))
        plus_one = Quantity(q.value + 1, q.qualifier, q.start, q.end, q.text, q.vague, q.is_word)
        out.append(Figure(plus_one, role, noun))
    return sorted(out, key=lambda f: f.quantity.start)


def _with_the_one_before(text: str, f: Figure) -> Figure:
    """'A state police officer and her two bodyguards were killed': the two and the one named, three."""
    if f.role not in (KILLED, WOUNDED) or f.joined:
        return f
    q = f.quantity
    m = _ONE_AND_KIN_SUBJECT.search(text, max(0, q.start - 80), q.start)
    words = set(LOWER_WORDS.findall(m.group("one").lower())) if m is not None else set()
    # ("The blast killed a woman and her two daughters": the verb's object, counted with the kin already)
    if not words & PERSON_NOUNS or words & KILLED_BEFORE or words & WOUNDED_BEFORE:
        return f
    plus_one = Quantity((q.value or 0) + 1, q.qualifier, q.start, q.end, q.text, q.vague, q.is_word)
    return dataclasses.replace(f, quantity=plus_one)


# "A police commander and his three sons", at the sentence's start or after a comma: the subject's first part
_ONE_AND_KIN_SUBJECT = re.compile(
    r"(?:^|[,;:]\s+)\W*(?:a|an|the)\s+(?P<one>(?:[\w'’-]+\s+){1,5}?)(?:and|along\s+with)\s+(?:his|her|their)\s+$",
    re.IGNORECASE,
)


_PER_PLACE = re.compile(
    r"(?:\s*[,;]\s*(?:and\s+)?|\s+and\s+)(?P<num>[\w,-]+)\s+(?P<each>each\s+)?in\s+(?:nearby\s+|neighbouring\s+)?"
    rf"(?P<place>{_PLACE_REF}(?P<pair>\s+and\s+{_PLACE_NAME})?)"
)
_IN_PLACE = re.compile(
    rf"\s+(?:people\s+|civilians\s+)?(?:were\s+|was\s+)?(?:killed|wounded|injured|dead)\s+in\s+{_PLACE_REF}"
)


def _per_place(text: str, figures: list[Figure]) -> list[Figure]:
    """'Eight were killed in Ukum, nine in nearby Logo, three each in Guma and Kwande': the verb and
    the role carry on to each place's count ('each' over two places counts twice)."""
    out: list[Figure] = []
    known = {f.quantity.start for f in figures}
    for f in figures:
        if f.role not in (KILLED, WOUNDED):
            continue
        # "12 were killed in Israeli strikes on Jabalia, and eight in ...": the place is after "on"
        pos = _IN_STRIKES_ON_PLACE_AFTER.match(text, f.quantity.end) if " on " in text else None
        pos = pos or _IN_PLACE.match(text, f.quantity.end)
        if pos is None:
            pos_end = _after_place(text, f.quantity.end)
            if pos_end is None:
                continue
        else:
            pos_end = pos.end()
        for m, said in _counts_listed(text, pos_end, _PER_PLACE, known):
            count = (said.value or 0) * (2 if m.group("each") and m.group("pair") else 1)
            q = Quantity(
                count, said.qualifier, m.start("num"), m.end("num"), m.group("num"), is_word=said.is_word
            )
            out.append(Figure(q, f.role, f.noun, per_place=True))
    return out


def _counts_listed(
    text: str, pos: int, item: re.Pattern[str], known: set[int]
) -> Iterator[tuple[re.Match[str], Quantity]]:
    """The items a list of places' counts goes on with from ``pos`` ('..., nine in Logo, three in Guma'),
    each with the one quantity its 'num' group says, until an item is no such count."""
    while (m := item.match(text, pos)) is not None:
        qs = find_quantities(m.group("num"))
        if len(qs) != 1 or qs[0].value is None or m.start("num") in known:
            return
        yield m, qs[0]
        pos = m.end()


_DISPLACED_FROM = re.compile(
    r"\s+(?:[a-z]+\s+)?(?:(?:were\s+|was\s+|have\s+been\s+|had\s+been\s+)?(?:displaced|fled|evacuated)\s+)?"
    r"(?:from|in)\s+(?:the\s+)?[A-Z][\w'’-]+(?:\s+(?:district|province|region|county|town|village))?"
)
_PER_PLACE_FROM = re.compile(
    r"(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?P<num>[\d,]+|[a-z]+)\s+(?:from|in)\s+(?:the\s+)?[A-Z][\w'’-]+"
    r"(?:\s+(?:district|province|region|county|town|village))?"
)


def _per_place_displaced(text: str, figures: list[Figure]) -> list[Figure]:
    """'144 people were displaced from Nangade district, 121 from Macomia, and 66 from Muidumbe': the
    verb carries on to each place's count."""
    out: list[Figure] = []
    known = {f.quantity.start for f in figures}
    for f in figures:
        first = _DISPLACED_FROM.match(text, f.quantity.end) if f.role == DISPLACED else None
        if first is None:
            continue
        for m, said in _counts_listed(text, first.end(), _PER_PLACE_FROM, known):
            q = Quantity(said.value, said.qualifier, m.start("num"), m.end("num"), m.group("num"))
            out.append(Figure(q, DISPLACED, f.noun, f.unit, per_place=True))
    return out


def _after_place(text: str, start: int) -> int | None:
    m = _IN_A_PLACE_AFTER.match(text[start:])
    return start + m.end() if m else None


def is_superseded(text: str, q: Quantity) -> bool:
    """'after earlier reporting two were killed': an earlier count of the same incident."""
    return SUPERSEDED_BEFORE.search(text[max(0, q.start - 40) : q.start]) is not None


def _toll_roles(text: str, figures: list[Figure]) -> set[str]:
    """The roles of the figures that are a toll's total ('taking the toll to 59')."""
    tokens = _tokens(text)
    return {f.role for f in figures if _toll_to(tokens, _token_at(tokens, f.quantity.start))}


# "..., the police said, while local leaders said 45 people died": another source's count of the same
# dead, told after the first in the same sentence; the first (the lead's) stays
_OTHERS_COUNT = re.compile(
    r",\s+(?:while|but|whereas)\s+(?:[\w'’-]+\s+){1,5}?(?:said|say|says|reported|put\s+the\s+(?:death\s+)?toll\s+at|"
    r"claimed|estimated)\s+(?:that\s+)?(?:at\s+least\s+|some\s+|about\s+|around\s+|more\s+than\s+|over\s+|nearly\s+)?$",
    re.IGNORECASE,
)


def _without_others_counts(text: str, figures: list[Figure]) -> list[Figure]:
    out: list[Figure] = []
    for f in figures:
        earlier = [o for o in out if o.role == f.role and o.quantity.end <= f.quantity.start]
        other = (
            _OTHERS_COUNT.search(text, earlier[-1].quantity.end, f.quantity.start)
            if earlier and same_side(earlier[-1], f)
            else None
        )
        if other is not None and not _a_party(other.group(0).lower()):
            continue  # (a party's competing claim, "but the Taliban said 40 soldiers died", is its own)
        out.append(f)
    return out


def _a_party(words: str) -> bool:
    """Words naming a side of the fight (an armed group, a state's forces or government)."""
    found = set(LOWER_WORDS.findall(words))
    return bool(found & (_ARMED_SOURCES | NON_STATE_COMBATANTS)) or any(
        name in words for name in ARMED_GROUP_NAMES
    )


_ARMED_SOURCES = frozenset(
    ["army", "military", "forces", "troops", "junta", "regime", "defence", "defense", "navy", "command"]
)


_MAY_HAVE = re.compile(
    r"\s+(?:[\w-]+\s+){0,2}?(?:may|might)\s+have\s+(?:died|been\s+killed|perished)\b", re.I
)
_HEDGED = re.compile(r"\b(?:was|is|were|are|be)\s+(?:likely|probably|possibly)\s+$", re.IGNORECASE)
_RETURNED = re.compile(
    # ("188 displaced people, including women and children, who recently returned from Myanmar"; "Over 400
    # Meiteis, who took shelter at a temple in Myanmar, about 5 km from Moreh, returned": asides between)
    # (not "5,000 fled, and many of them have not returned")
    # (not ", have fled their homes ..., due to attacks by groups who returned": the count's own verb ends
    # the asides)
    r"(?:(?:\s+[\w-]+){0,3}(?:\s*,(?!\s*(?:and|but|or|while|whereas|have|has|had|were|was|are)\b)[^,.;]{1,80}){1,2}"
    r"\s*,?)?\s+"
    r"(?:who\s+)?(?:(?!not\b|never\b|yet\b)[\w-]+\s+){0,3}?(?:have\s+|had\s+|has\s+)?"
    r"(?:already\s+|since\s+|now\s+|recently\s+)?"
    r"(?:returned|went\s+back|gone\s+back|left\s+for\s+home|headed\s+home)\b",
    re.IGNORECASE,
)


_NOT_FLED = re.compile(
    r"\s+(?:[\w-]+\s+){0,3}?(?:who\s+)?(?:(?:did|could|have|has|had|were|was|are|do)\s*(?:not|n't|never)"
    r"|never|(?:were|are|was|have\s+been)\s+unable\s+to)\s+(?:been\s+)?"
    r"(?:flee|fled|leave|left|evacuate|evacuated|displaced|escape|escaped|get\s+out)\b",
    re.IGNORECASE,
)


def _without_increments(text: str, figures: list[Figure]) -> list[Figure]:
    """'an additional 13 deaths, taking the toll to 59', 'three more died, bringing the toll to 11': keep
    the total, drop the increment."""
    if not figures:
        return figures
    tokens = _tokens(text)
    totals = {
        f.role: f.quantity.end
        for f in figures
        if _toll_to(tokens, _token_at(tokens, f.quantity.start)) or _a_total_after(tokens, f, figures)
    }
    if not totals:
        return figures
    out = []
    for f in figures:
        if f.role == DISPLACED or f.role not in totals:
            # ("A further 3,000 people fled on Monday, bringing the total displaced to 25,000": a flow, and
            # the stock it brings up, two figures)
            out.append(f)
            continue
        if _increment_at(tokens, f):
            continue  # "three more died in hospital, bringing the toll to 11"
        i = _token_at(tokens, f.quantity.start)
        if totals[f.role] < f.quantity.start and i > 0 and tokens[i - 1][0] in ("as", "after"):
            continue  # "the toll has risen to 57 as four persons who were injured died": its rise
        out.append(f)
    return out


def _a_total_after(tokens: list[Token], f: Figure, figures: list[Figure]) -> bool:
    """'1 more terrorist killed (Total 2)': the running total told after an increment of the same role."""
    i = _token_at(tokens, f.quantity.start)
    if i == 0 or tokens[i - 1][0] != "total":
        return False
    return any(
        o.quantity.start < f.quantity.start and o.role == f.role and _increment_at(tokens, o) for o in figures
    )


def _increment_at(tokens: list[Token], f: Figure) -> bool:
    i = _token_at(tokens, f.quantity.start)
    after = _token_at(tokens, f.quantity.end)
    return (i > 0 and tokens[i - 1][0] in INCREMENT_WORDS) or (
        after < len(tokens) and tokens[after][0] == "more"
    )


def _a_month_day(tokens: list[Token], j: int) -> bool:
    """'January 27', '27 Jan': the token at j is the day of a month."""
    return _month_at(tokens, j - 1) or _month_at(tokens, j + 1)


def _month_at(tokens: list[Token], k: int) -> bool:
    return 0 <= k < len(tokens) and (tokens[k][0] in MONTHS or tokens[k][0] in MONTH_SHORT)


def is_increment(text: str, f: Figure) -> bool:
    """'eight more fatalities', 'another 13 deaths', 'an additional 40 bodies': added to a count before."""
    return _increment_at(_tokens(text), f)


def _token_at(tokens: list[Token], start: int) -> int:
    return bisect.bisect_left(tokens, start, key=_token_start)


_NUMBER_WORDS = "|".join(sorted([*UNITS, *TENS], key=len, reverse=True))
_NUMBER_WORD_SET = frozenset([*UNITS, *TENS])
# "including five soldiers and three civilians": an "and" before another number keeps the subset going;
# "four gunmen, including the bomber, were killed, while three soldiers died": "while", "whereas" or "but"
# ends it
_SUBSET_CLAUSE = re.compile(
    rf"[;.](?!\d)|\band\b(?!\s+(?:(?:his|her|their)\s+)?(?:\d|(?:{_NUMBER_WORDS})\b))|\b(?:while|whereas|but)\b"
    # ("airstrikes on several areas, including a displacement camp, killing at least two soldiers")
    r"|,\s+(?:killing|wounding|injuring|leaving|forcing|displacing)\b"
    # ("two militants, including a foreign national, were killed in Kulgam, another two in Pulwama": the
    # aside closed, the main verb of the count before it follows)
    r"|,\s+(?:were|was|have|had)\s+(?:been\s+)?(?:killed|wounded|injured|shot|gunned)\b"
)
_OF_THEM = re.compile(r"\s*of\s+(?:them|whom|these|those)\b")
_OF_AFTER = re.compile(r"\s*of\s", re.I)  # how _OF_THEM, _OF_THESE_PEOPLE and _OF_THOSE_COUNTED begin
_WOUNDED_COUNT = re.compile(r"\s+(?:others?\s+|people\s+)?(?:were\s+)?(?:wounded|injured|hurt)\b")
# "Only two of those killed were soldiers": a part of the dead counted before, wherever that was
# "450 of these displaced people are in Ibo town": a part of the figure the sentence before gave
_OF_THESE_PEOPLE = re.compile(
    r"\s*of\s+(?:these|those)\s+(?:[a-z-]+\s+)?(?:people|persons|individuals|families|households|idps|"
    r"refugees|civilians|displaced|victims)\b",
    re.I,
)
_OF_THOSE_COUNTED = re.compile(
    r"\s*of\s+(?:those|the)\s+(?:killed|dead|wounded|injured|victims|casualties|displaced)\b", re.I
)


# ("The casualties included 11 dead and 40 wounded": the casualties told by their kinds, the count itself)
_CASUALTIES_SPLIT = re.compile(
    r"\bcasualties\s*,?\s*(?:including|included|include|includes|of\s+whom|among\s+them)\b[^.;]*$", re.I
)


def of_them_after(text: str, q: Quantity) -> bool:
    """'20 of them', '14 of whom': the count names a part of people counted before it."""
    return _OF_THEM.match(text, q.end) is not None


_COUNTRY_WIDE_AFTER = re.compile(
    r"[^.;,]{0,50}?\b(?:throughout|across|all\s+over)\s+the\s+country\b|[^.;,]{0,50}?\b(?:nationwide|countrywide)\b",
    re.IGNORECASE,
)


_SUBSET_REACH = 160


def is_subset(text: str, q: Quantity) -> bool:
    """'including 20 children' or '14 of them': a part of a figure already given."""
    # (a list's last item may stand far from its "including": "including four policemen from the Rural Border
    # Patrol Unit (RBPU), a nurse who was returning to his station, and two other passengers")
    head = text[max(0, q.start - _SUBSET_REACH) : q.start].lower()
    if "casualties" in text[max(0, q.start - 80) : q.start].lower() and _CASUALTIES_SPLIT.search(
        text[max(0, q.start - 80) : q.start]
    ):
        return False  # "434 casualties, including 321 fatalities and 113 injuries": the split is the news
    # (not "three dead, including a child, and 11 wounded": the wounded are a count of their own)
    if head and holds_any(head, SUBSET_CUES) and not _WOUNDED_COUNT.match(text, q.end):
        # split with the number itself in view, so that "... and 1,400 women" keeps the "including" clause
        clause = _SUBSET_CLAUSE.split(head + text[q.start : q.end].lower())[-1]
        if holds_any(clause, SUBSET_CUES) and not _COUNTRY_WIDE_AFTER.match(text, q.end):
            # (not "the ranks of those displaced in the area, including the estimated 1.8 million displaced
            # throughout the country": a count of all the country, of which the area's are part)
            return True
    # "20 were killed, 14 of them children": a part of the figure before it; but "exchanged fire with
    # the attackers, killing seven of them" has no figure before it and is a count of its own
    if _OF_AFTER.match(text, q.end) is None:
        return False  # (the beginning of the three regexes below)
    if _OF_THOSE_COUNTED.match(text, q.end) or _OF_THESE_PEOPLE.match(text, q.end):
        return True
    return bool(_OF_THEM.match(text, q.end)) and bool(find_quantities(text[: q.start]))


def is_projection(text: str) -> bool:
    """'could see 800,000 people flee': a projection, not an event ('the figure could not be verified'
    says nothing of the future)."""
    low = lowered(text)
    if "could" in low and ("verif" in low or "confirm" in low):
        low = cue_pattern(UNVERIFIABLE_CUES).sub(" ", low)
    if "expected to" in low:
        # "puts the number of IDPs at 980,000, a figure that is expected to rise": the count is today's
        low = _EXPECTED_TO_GROW.sub(" ", low)
    if "could" in low or "may" in low or "might" in low:
        # "11,000 displaced people have been reported and there could be many more": today's count
        low = _MAY_BE_MORE.sub(" ", low)
    return _has(low, PROJECTION_CUES)


_EXPECTED_TO_GROW = re.compile(r"\bexpected\s+to\s+(?:rise|increase|grow|climb|go\s+up)\b")
# (not "there could be more than 20,000": a figure of its own, projected)
_MAY_BE_MORE = re.compile(
    r"\b(?:could|may|might)\s+be\s+(?:many|much|far|even|considerably|significantly)?\s*(?:more|higher)\b"
    r"(?!\s+than\b)"
)


# a word every passive singular casualty holds (the verbs are matched in lower case)
_SINGULAR_VERBS = (
    *("killed", "wounded", "injured", "hurt", "shot"),
    *("beheaded", "murdered", "stabbed", "hacked", "martyred", "gunned"),
)
# a word every singular casualty holds, passive, active, 'the death of' or 'the body of'
_ONE_VICTIM_WORDS = (
    *("kill", "wound", "injur", "hurt", "shot", "murder", "behead", "martyr", "stabbed", "hacked", "death"),
    "died",
    "gunned",
    "body",
)
# Every word a rule reads as giving a figure its role: the lexicon's role words before and after a
# number, the nouns a toll counts, the singular casualties' words, and the words _role_after and
# _role_before test literally ("left their homes", "sheltering in camps", "gunned down", "lost seven
# soldiers", "crossed into", "sought refuge", "the lives of"). Kept as the fewest substrings that hold
# them all: a sentence holding none has no figure, and sentence_figures skips its rules. A rule that
# reads a new word as a role adds it here (tests/unit/extract/test_roles.py checks the gate against
# the ungated rules).
_ROLE_WORDS = frozenset(
    KILLED_AFTER | WOUNDED_AFTER | DISPLACED_AFTER | KILLED_BEFORE | WOUNDED_BEFORE | DISPLACED_BEFORE
    | TOLL_NOUNS_KILLED | TOLL_NOUNS_WOUNDED | frozenset(_ONE_VICTIM_WORDS) | frozenset(_SINGULAR_VERBS)
    | {"leave", "left", "abandon", "abandoned", "relocate", "relocated", "camped", "camping", "sheltering",
       "sheltered", "living", "staying", "gunned", "cut", "mowed", "lost", "shot", "fatally", "crossed",
       "crossing", "poured", "streamed", "sought", "seeking", "taken", "took", "taking", "lives", "deaths",
       "death", "killings", "killing", "wounding", "injuring", "executed", "bodies", "corpses", "martyrdom",
       "alive", "flight", "exodus", "entered", "entering", "asylum", "moved", "hell", "refuge", "settled",
       "arrived", "arriving", "shahadat", "shahadah", "shahadet", "price", "escaped", "reached", "evacuation",
       "move", "moving", "relocating"}
    | _TO_HOSPITAL_VERBS
    | _HOSTING
)  # fmt: skip
# The keys sentences with a figure hold most often come first, the others after in alphabetical order:
# the gate stops at the first key it finds (half the sentences of the bench corpus hold one; 39 keys
# looked for on average instead of 50). The order changes no answer.
_FREQUENT_ROLE_KEYS = ("kill", "displace", "wound", "dead", "die", "injur", "left", "flee", "took", "toll")
_ROLE_KEYS = tuple(
    sorted(
        (w for w in _ROLE_WORDS if not any(o != w and o in w for o in _ROLE_WORDS)),
        key=lambda w: (
            _FREQUENT_ROLE_KEYS.index(w) if w in _FREQUENT_ROLE_KEYS else len(_FREQUENT_ROLE_KEYS),
            w,
        ),
    )
)

# The gate of sentence_figures: may_contain(text, low, _ROLE_KEYS); "kill", "displace", "wound" and "dead"
# looked for first in the whole sentence (without splitting it)
_ROLE_KEYS_IN_WORDS = WordKeys(_ROLE_KEYS, first=4)

_FAITHS = frozenset(["Muslim", "Buddhist", "Hindu", "Sikh", "Christian"])
_PASSIVE_VERB = (
    r"(?P<verb>killed|wounded|injured|hurt|shot\s+dead|shot\s+and\s+(?:killed|wounded|injured)|gunned\s+down|"
    r"beheaded|murdered|martyred|stabbed\s+to\s+death|hacked\s+to\s+death)\b"
)
_SINGULAR = re.compile(
    r"\b(?i:another|one\s+more)\s+(?:was|had\s+been)\s+(?:also\s+)?(?P<verb1>killed|wounded|injured|shot\s+dead)\b|"
    # "a Frontier Corps staff member", "a 25-year-old doctor"
    r"\b(?i:a|an|the|another|one|his|her|their)\s+(?:[A-Za-z-]+\s+|\d+-year-old\s+){0,3}?"
    r"(?!(?:number|total|lot|few|toll|figure|couple|family|group|trio|duo|pair|attack|strike|bomb|blast|bomber|attacker|"
    r"assailant|gunman|perpetrator|suspect|hijacker)\b)"
    # ("another Muslim, aged 38, was also killed": one of a faith)
    rf"(?P<noun2>[a-z]{{3,}}(?:-[a-z]{{3,}})?|[A-Z][a-z]{{3,}}(?:an|i|ese|ish)|{'|'.join(sorted(_FAITHS))})"
    r"(?:\s+of\s+the\s+\w+)?(?:,\s+(?:named|identified\s+as|aged)\s+[^,;.]{1,40},)?"  # ", named Ali,"
    r"\s+(?:was|has been|had been)\s+(?:also\s+|later\s+)?"
    r"(?P<verb2>killed|wounded|injured|hurt|shot dead|shot\s+and\s+(?:killed|wounded|injured)|gunned down|"
    r"beheaded|murdered|martyred|"
    r"stabbed to death|hacked to death)\b",
)
# "a policeman from the Fifth Division of the Federal Police, was killed": one person, a long complement
# ("A member of the New People's Army (NPA), earlier mistakenly identified as a soldier, was killed": its
# acronym and an aside between commas)
_SINGULAR_OF = re.compile(
    r"\b(?i:a|an|another|one)\s+(?P<noun>[a-z]+)\s+(?:of|from)\s+(?P<rest>[^,.;:()\"“”]{3,70}?)"
    r"(?:\s+\([A-Z][\w-]{1,9}\))?(?:,\s+[^,.;:\"“”]{3,80}?,)?,?\s+"
    r"(?:was|has\s+been|had\s+been)\s+(?:also\s+)?" + _PASSIVE_VERB
)
# "state lawmaker Gabriela Marin was shot dead": a person named after their title
_TITLED_NAME = re.compile(
    r"\b(?P<title>[A-Za-z]+)\s+(?:[A-Z][\w'’.-]+\s+){1,3}(?:was|has\s+been|had\s+been)\s+(?:also\s+)?"
    + _PASSIVE_VERB
)
# "... was shot dead and her bodyguard wounded": one more victim of the same verb or its own
_AND_ONE_MORE_PASSIVE = re.compile(
    r"\s+and\s+(?P<one>his|her|their|a|an)\s+(?:[a-z-]+\s+){0,2}?(?P<noun>[a-z]+)\s+(?:was\s+)?"
    r"(?P<verb>wounded|injured|hurt|killed)\b"
)
_AND_ANOTHER_ONE = re.compile(
    r"[^.;]{0,80}?,\s+and\s+(?P<one>another)\s+(?:(?:person|man|woman|one)\s+)?(?:during|in|near|at|on|when)\b"
)
_RELATIVE = frozenset(["who", "which", "that", "when", "where", "and", "while", "after", "as"])
_NOT_A_NOUN = _RELATIVE | frozenset(["this", "these", "those", "whom", "whose", "had", "has", "have"])
# "the death of a soldier", "The body of a 72-year-old woman was retrieved" (not "beside the body of a
# man", an image of the dead)
_AND_BETWEEN = re.compile(r"\s+and\s+")
_TWO_SINGLES = re.compile(
    # (not "one soldier and a civilian": a count and its list, read as such)
    # ("a Burkinabe soldier and a civilian were killed": a people's name before the noun)
    r"\b(?P<one>(?i:a|an))\s+(?:[A-Za-z-]+\s+){0,2}?(?P<n1>[a-z]+)\s+and\s+(?P<two>(?i:a|an|one))\s+"
    r"(?:of\s+the\s+)?(?:[A-Za-z-]+\s+){0,2}?(?P<n2>[a-z]+)\s+(?:were|have\s+been|had\s+been)\s+(?:also\s+)?"
    r"(?P<verb>killed|wounded|injured|shot\s+dead)\b"
)
_DEATH_OF_ONE = re.compile(r"\b(?P<what>deaths?|body)\s+of\s+(?P<one>an?|one)\b", re.IGNORECASE)
_FOUND_THE = re.compile(r"\b(?:found|recovered|retrieved|discovered)\s+the\s+$", re.I)
_BODY_FOUND = re.compile(
    r",?\s+(?:was|has\s+been|had\s+been)\s+(?:found|retrieved|recovered|pulled|discovered|dug|exhumed)\b"
)


# One who died of the violence: "a civilian died during an exchange of fire", "a policeman later died of
# his wounds" (not "a man died of a heart attack": the cause named is the violence's)
_ONE_DIED = re.compile(
    # ("an 18-year-old died after Russian shelling struck the city": one person of that age)
    r"\b(?i:a|an|another)\s+(?:[a-z0-9-]+\s+){0,2}?(?P<noun>[a-z]+|\d{1,3}-year-old)\s+(?:also\s+|later\s+)?died\s+"
    # ("a girl died more than a week after she was injured in shelling attacks": of the wounds)
    r"(?:(?:more\s+than\s+|nearly\s+|about\s+)?(?:a|one|two|three|\d)\s+(?:days?|weeks?|months?)\s+after\s+"
    r"(?:she|he)\s+was\s+(?:injured|wounded)\s+in|in|during|of|from|after)\s+"
    r"(?:the\s+|an?\s+|his\s+|her\s+)?(?:(?!heart\b)[A-Za-z-]+\s+){0,2}?"
    r"(?:crossfire|exchange|attack|clash|clashe|fighting|shooting|blast|explosion|bombing|raid|strike|airstrike"
    r"|shelling|ambush|firing|gunfire|wound|injurie)s?\b"
)


def _verb_role(verb: str) -> str:
    """The role a casualty verb gives, active or passive: 'wounding', 'injured', 'hurt' -> wounded; 'killing',
    'shot dead', 'beheaded', 'hacked to death' -> killed."""
    verb = verb.lower()
    if verb.startswith("shot") and " and " in verb:
        verb = verb.rsplit(None, 1)[-1]  # "shot and wounded": the second verb says which
    return WOUNDED if verb.startswith(("wound", "injur", "hurt")) else KILLED


def singular_casualties(text: str) -> list[tuple[str, int, int]]:
    """'another policeman was wounded' -> [('wounded', start, end)]: one person, no digits."""
    out: list[tuple[str, int, int]] = []
    low = lowered(text)
    if not may_contain(text, low, _ONE_VICTIM_WORDS):
        return out
    if ("was " in low or " been " in low) and may_contain(text, low, _SINGULAR_VERBS):
        for m in _SINGULAR.finditer(text):
            if m.group("noun2") in _NOT_A_NOUN:
                continue  # "the group that was killed": the relative clause's verb
            if text[max(0, m.start() - 4) : m.start()].lower() in ("no ", " no ", "not "):
                continue  # "but no one inside was injured": nobody
            noun2 = m.group("noun2") or ""
            if noun2[:1].isupper() and noun2 not in _FAITHS and not get_gazetteer().is_demonym(noun2):
                continue  # ("A Palestinian was killed": one of a people; not any capitalised word)
            verb = m.group("verb1") or m.group("verb2")  # "another was shot dead" has no noun
            out.append((_verb_role(verb), m.start(), m.end()))
        for m in _SINGULAR_OF.finditer(text):
            rest = set(m.group("rest").lower().split())
            if _singular_person(m.group("noun")) and not rest & _RELATIVE:
                out.append((_verb_role(m.group("verb")), m.start(), m.end()))
        for m in _TITLED_NAME.finditer(text):
            if m.group("title").lower() in _TITLES:
                out.append((_verb_role(m.group("verb")), m.start(), m.end()))
        for _role, _start, one_end in list(out):
            more = _AND_ONE_MORE_PASSIVE.match(text, one_end)
            if more is not None and _singular_person(more.group("noun")):
                out.append((_verb_role(more.group("verb")), more.start("one"), more.end()))
            elif " another " in text and (other := _AND_ANOTHER_ONE.match(text, one_end)) is not None:
                # "A Palestinian was also killed in El-Bireh, and another during a raid south of Nablus"
                out.append((_role, other.start("one"), other.end("one")))
    if " died " in low:
        for m in _ONE_DIED.finditer(text):
            if _singular_person(m.group("noun")) or m.group("noun").endswith("-year-old"):
                out.append((KILLED, m.start(), m.end()))  # "a civilian died during an exchange of fire"
    if (" and a" in low or " and one " in low) and ("were " in low or " been " in low):
        for m in _TWO_SINGLES.finditer(text):
            # "a policeman and one of the attackers were killed": one and one, each of their own side
            n2 = m.group("n2").lower()
            one_of = text.startswith("of the", m.end("two") + 1)  # "one of the attackers"
            if _singular_person(m.group("n1")) and (
                _singular_person(n2) or (one_of and (n2 in PERSON_NOUNS or n2 in NON_STATE_COMBATANTS))
            ):
                role = _verb_role(m.group("verb"))
                out.append((role, m.start("one"), m.end("n1")))
                out.append((role, m.start("two"), m.end("n2")))
    alike = lower_matches_alike(text)  # then the faster case-sensitive regex on the lower case finds the same
    # (from the first verb's stem: every match starts with its verb, and the words before need no scan)
    found = _ACTIVE_SINGULAR_IN_LOWER.finditer(low, _first_of(low, _ACTIVE_VERB_STEMS)) if alike else None
    for m in found if found is not None else _ACTIVE_SINGULAR.finditer(text):
        head_end = _head_person_end(text, m.end())
        if head_end is None:
            continue
        kin = _KIN_AFTER.match(text, head_end)
        kin_end = _head_person_end(text, kin.end()) if kin is not None else None
        if kin is not None and kin_end is None:
            continue  # "killed a chief and his two sons" is counted with the sons
        if _INTENT.search(text, max(0, m.start() - 30), m.start()):
            continue  # "with the aim of killing the mayor": an aim, not a death
        out.append((_verb_role(m.group("verb")), m.start("one"), head_end))  # (and "his wife": one more)
    if "death" in low or "body of" in low:
        for m in _DEATH_OF_ONE.finditer(text):
            death_end = _head_person_end(text, m.end())
            if death_end is not None and (
                m.group("what").lower() != "body"
                or _BODY_FOUND.match(text, death_end) is not None
                # "Police found the body of a kidnapped businessman": found, by someone named before
                or _FOUND_THE.search(text, max(0, m.start() - 20), m.start()) is not None
            ):
                out.append((KILLED, m.start("one"), death_end))
    if "the death of " in text or "the life of " in text:
        for m in _DEATH_OF_A_NAMED.finditer(text):
            nxt = _WORD_AFTER.match(text, m.end())
            if nxt is not None and nxt.group(1).islower() and nxt.group(1).endswith("s"):
                continue  # "the death of United Nations peacekeepers": a group, counted or not
            out.append((KILLED, m.start("who"), m.end()))
    return sorted(set(out), key=lambda o: o[1])


# "The attack resulted in the death of Senior Military Officer Liban Mohamed Abdulle": one person, named
_DEATH_OF_A_NAMED = re.compile(
    r"\b(?:resulted\s+in|caused|led\s+to|claimed)\s+the\s+(?:death|life)\s+of\s+"
    r"(?P<who>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)+)"
)


def _victim_noun(phrase: str) -> str | None:
    """The victim's noun, outside an aside ('A member of the rebels, once named as a soldier, was')."""
    if phrase.count(",") >= 2:
        phrase = _ASIDE.sub(" ", phrase)
    words = [w for w in LOWER_WORDS.findall(phrase.lower()) if w in _VICTIM_NOUNS]
    return words[-1] if words else None


_ASIDE = re.compile(r",[^,]*,")
_COLLECTIVE = frozenset(["people", "police", "personnel", "staff", "crew", "family", "youth", "military"])
_TITLES = (PERSON_NOUNS | STATE_TITLES) - _COLLECTIVE


def _singular_person(word: str) -> bool:
    word = word.lower()
    return word in PERSON_NOUNS and not word.endswith("s") and word not in _COLLECTIVE


_WORD_AFTER = re.compile(r"\s*([\w'’-]+)")


def _head_person_end(text: str, pos: int) -> int | None:
    """Where the singular noun phrase at ``pos`` naming a person ends ('local police chief' -> after
    'chief'; its head is the last person noun of its first four words), or None."""
    head, end = None, None
    for _ in range(4):
        m = _WORD_AFTER.match(text, pos)
        if m is None:
            break
        word = m.group(1).lower()
        if word in _RELATIVE or word in _PHRASE_START or word == "of":
            break
        if word in PERSON_NOUNS:
            head, end = word, m.end()
        elif word[0] != m.group(1)[0] and not word.endswith("s") and get_gazetteer().is_demonym(m.group(1)):
            head, end = "person", m.end()  # "killed a 19-year-old Tunisian": a people's name for one of it
        pos = m.end()
    return end if head is not None and _singular_person(head) else None


# "a bomb killed a ranger and wounded six": one victim named as the object of the verb
_ACTIVE_SINGULAR = re.compile(
    r"\b(?P<verb>killed|killing|shot\s+dead|murdered|beheaded|wounded|wounding|injured|injuring)\s+"
    r"(?P<one>an?|one|the|another)\b",
    re.IGNORECASE,
)
# How each verb of _ACTIVE_SINGULAR starts
_ACTIVE_VERB_STEMS = ("kill", "shot", "murder", "behead", "wound", "injur")


def _first_of(low: str, words: tuple[str, ...]) -> int:
    """Where the first occurrence of any of ``words`` starts in ``low`` (its length when none does)."""
    first = len(low)
    for word in words:
        at = low.find(word)
        if 0 <= at < first:
            first = at
    return first


_KIN_AFTER = re.compile(r"\s+(?:and|along\s+with|with)\s+(?:his|her|their)\s", re.IGNORECASE)
_INTENT = re.compile(
    r"\b(?:aim\s+of|aimed\s+at|attempt\s+(?:at|to)|attempted\s+to|tried\s+to|trying\s+to|plot(?:ted)?\s+to|plotting|"
    r"plan\s+to|planned|planning|bid\s+to|sought\s+to|seeking\s+to|order\s+to|intended\s+to|intent\s+on|threatened\s+to|"
    r"threatening\s+to|vowed\s+to|accused\s+of|charged\s+with|suspected\s+of)\s+$",
    re.IGNORECASE,
)
_ACTIVE_SINGULAR_IN_LOWER = in_lower_case(_ACTIVE_SINGULAR)  # for lower-cased text: see lower_matches_alike


# Every type's cues (at the start of a word) in one regex, group k holding the cues of type k; the match
# starts with the character before the cue (the text is searched with a space before it): a class that
# lets re skip in C to the next character that can precede a word, where a leading lookbehind
# ("(?<![\w-])") gives it no first-character set and it tries every position.
def _type_cues(types: tuple[tuple[str, tuple[str, ...]], ...]) -> re.Pattern[str]:
    return re.compile(
        r"[^\w-](?:"
        + "|".join("(" + "|".join(re.escape(c) for c in cues) + ")" for _type, cues in types)
        + ")"
    )


_EVENT_TYPE_CUE = _type_cues(EVENT_TYPE_CUES)
# _TYPE_CUES_BEFORE[k]: the same for the types before the k-th only, all that can still come first once a
# cue of the k-th has been found
_TYPE_CUES_BEFORE = tuple(_type_cues(EVENT_TYPE_CUES[:k]) for k in range(1, len(EVENT_TYPE_CUES)))


def classify_event(text: str, has_displacement_only: bool = False) -> str:
    """Event type from the words of the evidence; displacement when only people fled.

    The first type, in ``EVENT_TYPE_CUES`` order, with a cue anywhere in the text. One scan instead of
    one per type: the search stops at every place where a cue starts (restarting one character on) and
    reports the first type with a cue there; once a cue is found, the search goes on for the cues of the
    types before its type only.
    """
    if has_displacement_only:
        return "displacement"
    spaced = " " + lowered(text)  # the space before a cue at the start (see _EVENT_TYPE_CUE)
    first = len(EVENT_TYPE_CUES)
    pos = 0
    cues = _EVENT_TYPE_CUE
    while first > 0 and (m := cues.search(spaced, pos)) is not None:
        assert m.lastindex is not None  # the group of the type whose cue matched
        first = min(first, m.lastindex - 1)
        pos = m.start() + 1
        cues = _TYPE_CUES_BEFORE[first - 1] if first > 0 else cues  # the next cue must be of a type before
    return EVENT_TYPE_CUES[first][0] if first < len(EVENT_TYPE_CUES) else DEFAULT_EVENT_TYPE


# "in 2016", "since May 2019", or a year before an incident's noun ("for a 2016 bombing that killed 320")
_YEAR = re.compile(
    # (not "a woman born in 1958", "a bridge built in 1962": years of a life or a thing, not of an incident)
    r"\b(?<!born\s)(?<!built\s)(?<!founded\s)(?<!established\s)(?:(?:in|since|during|of)\s+(?:\w+\s+)?|(?:a|an|the|its|their)\s+(?=(?:19|20)\d\d\s+(?:[\w-]+\s+)?"
    r"(?:attacks?|bombings?|massacres?|raids?|strikes?|airstrikes?|explosions?|blasts?|ambush|assault|offensive|"
    r"war|conflict|clashes|fighting|killings?|siege|invasion|uprising|coup|violence|shootings?|genocide)\b))"
    r"(19\d\d|20\d\d)\b",
    re.I,
)
_CENTURIES = ("19", "20")  # the start of every year _YEAR reads
_MONTH_IN = re.compile(
    rf"\b(?:in|since|during|last|of)\s+(?:(?:mid|early|late)[\s-]+)?({'|'.join(MONTHS)})\b(?!\s+\d)"
    rf"|\bmid-({'|'.join(MONTHS)})\b",
    re.I,
)
_YEAR_IN_LOWER, _MONTH_IN_IN_LOWER = in_lower_case(_YEAR), in_lower_case(_MONTH_IN)  # lower_matches_alike


# Written to start with a class, "[\s,;]", which lets a search skip in C the characters no split starts with
# (re finds no such first-character set behind a lookahead); the lookbehinds then tell which character
# began it. The same matches as the branches written out in order, "\s+as\s+...|,?\s+where\s+|
# ,\s+which\s+|\s+while\s+|;\s+|,\s+with\s+...": the branches of one first character keep their order,
# and after ",\s+" each word starts with a letter, so "\s+" takes the same spaces whichever follows; after
# a space, the white space is read once for the words of its branches, "\s*(?:as...|where|while)", and not
# once for each (tests/unit/extract/test_prefilter.py compares the two).
_CLAUSE_SPLIT = re.compile(
    r"[\s,;](?:(?<=\s)\s*(?:as\s+(?=[a-z])(?!a\s+result\b)|where\s+|while\s+)"
    r"|(?<=,)\s+(?:where\s+|which\s+|with\s+(?=(?:over|more|some|about|\d))"
    r"|(?:the|a)\s+(?:city|town|region|province|country)\s+that\s+|(?:the\s+)?latest\s+in\s+"
    r"|adding\s+to\s+|adding\s+that\s+|(?:bringing|taking|raising|pushing)\s+(?:the|to)\s+"
    # "2,735 fled in the first 15 days of 2009, dwarfing the 1,600 who left in all of 2008": a comparison
    r"|dwarfing\s+|compared\s+(?:with|to)\s+|(?:up|down)\s+from\s+"
    r"|(?=this\s+time\s)"  # "where 12 were killed earlier this month, this time leaving one dead"
    # "killed nine on Monday, a day after 12 were killed nearby": the earlier incident's own clause
    r"|(?=(?:nearly\s+|almost\s+|barely\s+)?(?:a|one|two|three|four|five|six|several|just|only|\d+)\s+(?:\w+\s+)?"
    r"(?:days?|weeks?|months?)\s+after\s)"
    r"|including\s+(?=[\d.,]+(?:\s+(?:million|thousand))?\s+(?:[a-z]+\s+){0,2}?in\s+(?:the\s+)?"
    r"(?:(?:province|state|region|district|governorate|county|department)\s+of\s+)?[A-Z]))"
    r"|(?<=;)\s+"
    # (the same, on a page that leaves out the space after a comma: "injuring 36,nearly two weeks after")
    r"|(?<=,)(?=(?:nearly\s+|almost\s+|barely\s+)?(?:a|one|two|three|four|five|six|several|just|only|\d+)\s+"
    r"(?:\w+\s+)?(?:days?|weeks?|months?)\s+after\s))"
)


@functools.lru_cache(maxsize=64)  # a figure's clause is asked for by several rules in turn
def figure_clause(text: str, start: int) -> str:
    """The clause of ``text`` holding the character ``start`` ('X killed 10, as fighting ... since 2021')."""
    begin = 0
    lead = _LEADING_SUBORDINATE.match(text)
    if lead is not None:  # "While 12 were killed in Zamfara, three died in Katsina"
        if start < lead.end():
            return text[: lead.end()]
        begin = lead.end()
    for m in _CLAUSE_SPLIT.finditer(text, begin):
        if m.start() > start:
            return text[begin : m.start()]
        begin = m.end()
    return text[begin:]


_LEADING_SUBORDINATE = re.compile(r"\W*(?:while|whereas|although|though)\b[^,;]{3,160},", re.IGNORECASE)


def is_background(
    text: str,
    published_year: int | None,
    published_month: int | None = None,
    published_day: int | None = None,
    *,
    flow: bool = False,
) -> bool:
    """An earlier incident mentioned for context ("a week earlier", "last month", "in 2018", "in April").

    For a displacement ``flow``, a month that ended less than two weeks before publication is not
    background by itself: 'displaced in January' in a report of 4 February is the news (a toll over a
    whole month is a running total, whenever it is reported)."""
    low = lowered(text)
    if _has(low, FLOW_BACKGROUND_CUES if flow else BACKGROUND_CUES):
        return True  # a flow that began last week is still the news; a killing last week is not
    after = _AFTER_AN_EARLIER.match(low) if "after" in low else None
    if after is not None and "," not in low[after.end() :]:
        # (the clause) "nearly two weeks after a car bombing in the city left 118 people dead"; not "Two
        # days after the attack, the toll rose to 30", whose figure is the main clause's
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
        month = MONTHS.index((m2.group(1) or m2.group(2)).lower()) + 1
        just_ended = (
            flow and month == (published_month - 2) % 12 + 1 and (published_day or 99) < BACKGROUND_AFTER_DAYS
        )
        if month != published_month and not just_ended:
            return True
    return False


_AFTER_AN_EARLIER = re.compile(
    r"\W*(?:nearly\s+|almost\s+|barely\s+|just\s+|only\s+)?(?:a|one|two|three|four|five|six|several|\d+)\s+"
    r"(?:\w+\s+)?(?:days?|weeks?|months?)\s+after\s+(?:a|an|the|(?:bombing|attack|blast|massacre|strike|raid|ambush"
    r"|explosion)s?)\b"  # ("two weeks after bombing in city that left more than 350 dead": a headline's)
)
_LAST_DAY = re.compile(
    r"\b(?:over|in|during)\s+the\s+(?:past|last)\s+(?:day|24\s+hours|48\s+hours|night|(?:two|three|2|3)\s+days"
    r"|week|(?:two|2)\s+weeks)\b"
    r"|\bsince\s+(?:dawn|daybreak|midnight|this\s+morning|early\s+(?:morning|today)|the\s+early\s+hours)\b",
    re.I,
)


@functools.lru_cache(maxsize=64)  # the background rules ask it of the same sentence or clause again
def is_cumulative_toll(text: str) -> bool:
    """A conflict-wide or period death toll ("since 2023", "over the past three years"); "over the past
    day" is the news of a daily report, not a running total."""
    low = lowered(text)
    if "one of the" in low and _ONE_OF_THE_WORST.search(low):
        return False  # "killed in one of the deadliest airstrikes of the civil war": one incident's toll
    if _has(_LAST_DAY.sub(" ", low), CUMULATIVE_TOLL_CUES):
        return True
    if ("years" in low or "decades" in low or "months" in low) and _YEARS_PAST.search(low):
        return True  # "killed in past two decades while fighting militancy", "in the last four months"
    if not may_contain(text, low, _CENTURIES):
        return False
    return bool(_YEAR_IN_LOWER.search(low) if lower_matches_alike(text) else _YEAR.search(text))


_YEARS_PAST = re.compile(
    r"\b(?:in|over|during|for)\s+(?:the\s+)?(?:past|last|previous)\s+(?:[\w-]+\s+){0,2}?(?:years|decades|months)\b"
)
_ONE_OF_THE_WORST = re.compile(
    r"\bin\s+one\s+of\s+the\s+(?:deadliest|worst|bloodiest|most\s+\w+)\s+(?:single\s+)?"
    r"(?:attacks?|airstrikes?|air\s+strikes?|strikes|bombings?|massacres?|incidents?|assaults?|ambush(?:es)?)\b"
)
_RECENT = re.compile(
    r"\b(?:last|this|past)\s+(?:week|day|few\s+(?:days|weeks|hours)|(?:\d+|two|three|four|five|six|seven|ten)\s+(?:days|hours)"
    r"|(?:two|three|2|3)\s+weeks)\b"
    r"|\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b"
    r"|\byesterday\b|\bdays?\s+ago\b"
)


_OUTBREAK = re.compile(
    r"\bas\s+a\s+result\s+of\s+(?:the\s+)?(?:fighting|clashes|offensive|attacks?|violence)\b"
)
_CAMP_HOLDING = re.compile(
    r"(?:\b(?:camps?|sites?|settlements?|shelters?|centres?|centers?)\s+(?:housing|hosting|sheltering|home\s+to)"
    # ("The camp, which houses 30,000 displaced people, was attacked": the clause after "which")
    r"|^\W*(?:houses|housed|hosts|hosted|shelters|sheltered)"
    # "Presently, Tillaberi houses around 150,000 internally displaced people"
    r"|\b(?:houses|hosts|now\s+shelters|is\s+home\s+to|are\s+home\s+to))\s+"
    r"(?:some\s+|about\s+|around\s+|more\s+than\s+|over\s+|nearly\s+|almost\s+)?\d"
)
_THERE_ARE_DISPLACED = re.compile(
    r"\bthere\s+are\s+(?:now\s+)?(?:[\w,.-]+\s+){1,5}?(?:displaced|idps|refugees)\b"
)
# A few days' flight: "have fled five days of fighting", "in the past week", "this week"
_THE_DISPLACED_ESTIMATED = re.compile(
    r"\bthe\s+(?:internally\s+)?displaced(?:\s+(?:people|persons))?\s*,?\s*(?:who\s+(?:are|were)\s+)?"
    r"estimated\s+(?:to\s+be|at)\b"
)
_SHORT_SPELL = re.compile(
    r"\b(?:\d|two|three|four|five|six|seven|eight|nine|ten|a\s+few|several)\s+days\s+of\s+"
    r"(?:fighting|clashes|violence|shelling|attacks|bombardment|airstrikes|air\s+strikes)\b"
    r"|\b(?:(?:past|last)\s+(?:few\s+days|week|\w+\s+days)|this\s+week)\b"
)
_SINCE_EVENT = re.compile(
    r"\bsince\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?:attacks?|offensive|fighting|clashes|violence|assault|operation|incursion"
    r"|escalation|hostilities)\s+"
    r"(?:began|started|erupted|broke\s+out)\b(?!\s+in\s+(?:19|20)\d\d)"
    # "since Russia launched a ground offensive there on 10 May"
    r"|\bsince\s+(?:[\w'’-]+\s+){1,3}?(?:launched|began|started|mounted)\s+(?:an?\s+|its\s+|the\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:offensive|assault|operation|incursion)\b(?!\s+in\s+(?:19|20)\d\d)"
)
_AN_ASSAULT_HAS_FORCED = re.compile(
    r"\b(?:assault|offensive|incursion|invasion)\s+(?:on|against|in|into)\s+[^,;]{0,60}?\b(?:has|have)\s+"
    r"(?:now\s+|already\s+)?(?:forced|displaced|driven|uprooted)\b"
)
_SHELTER_TAKEN = re.compile(
    # ("have fled their homes and some of them are currently taking shelter in a school": where they went)
    r"\b(?:(?:are|is|were)\s+currently\s+)?(?:sought|seeking|took|taking|found)\s+shelter\b"
)
# ("clashes have forced 1,860 refugees to cross into Chad": the infinitive, a flow too)
_FLOW_VERB = re.compile(
    r"\b(?:arrived|arriving|arrive|crossed|crossing|cross|fled|fleeing|flee|poured|streamed|flooded)\b"
)
_CONFLICT_HAS = re.compile(
    r"\b(?:conflict|war|insurgency|violence|fighting|crisis|unrest|uprising|rebellion)\s+(?:that|which)\s+"
    r"(?:has|have)\b",
    re.IGNORECASE,
)


def displacement_kind(text: str, value: int, nouns: tuple[str, ...] = ()) -> str:
    """'cumulative' for stocks ("has displaced 689,000 since December"), else 'incident'."""
    low = lowered(text)
    if _CONFLICT_HAS.search(text):
        return "cumulative"  # "a conflict that has forced 700,000 to flee"
    if any(n in STOCK_NOUNS for n in nouns) and not _FLOW_VERB.search(low):
        return "cumulative"  # "400,000 refugees" (but "100,000 refugees have arrived" is a flow)
    if _CAMP_HOLDING.search(low):
        return "cumulative"  # "the camp housing 800 internally displaced people was attacked early Sunday"
    if _THERE_ARE_DISPLACED.search(low):
        return "cumulative"  # "there are more than 320,000 people displaced": the people displaced now
    if "estimated" in low and _THE_DISPLACED_ESTIMATED.search(low):
        return "cumulative"  # "the displaced people, who are estimated to be about 154,000": how many are
    # "17,000 left homeless since the attacks began on February 29": a flow from one outbreak
    # ("7,000 people sought shelter in schools": the act of seeking it, a flow)
    stock_cue = _has(_SHELTER_TAKEN.sub(" ", _SINCE_EVENT.sub(" ", low)), CUMULATIVE_CUES)
    if stock_cue and not (
        value < CUMULATIVE_MIN_VALUE and _RECENT.search(low) and not _COUNT_RISEN.search(low)
    ):
        return "cumulative"
    if _THERE_NOW.search(low):
        return "cumulative"  # "1,000 people who have fled ... are now in need": the people there now
    if "registered" in low and _AS_OF_A_DAY.search(low):
        # "up to 30 November 2024 more than 600,000 displaced persons were registered": the lists as they
        # stood on a day (but "as of March 3, 20,000 had fled" counts a flight)
        return "cumulative"
    if "number of" in low and _NUMBER_PUT_AT.search(low):
        return "cumulative"  # "puts the number of registered IDPs countrywide at 980,000": a count of a stock
    perfect = _PERFECT_FLIGHT.search(low)
    if perfect and " alone" in low and _IN_A_PLACE_ALONE.search(text):
        return "cumulative"  # "In Bria alone, the violence has forced 40,000 people out": a share of a stock
    if (
        perfect
        and value >= CUMULATIVE_MIN_VALUE
        and not _OUTBREAK.search(low)
        and not _SHORT_SPELL.search(low)
        and not _SINCE_EVENT.search(low)  # ("120,000 have been evacuated since the incursion began")
        # ("Turkey's assault on Kurdish positions has forced 130,000 people to flee": the assault's flow)
        and not _AN_ASSAULT_HAS_FORCED.search(low)
    ):
        return "cumulative"  # ("130,000 have been displaced as a result of fighting" is the offensive's flow,
        # and so are "100,000 have fled five days of fighting" and "... fled in the past week")
    if value >= 10 * CUMULATIVE_MIN_VALUE:
        return "cumulative"
    if perfect and value >= PERFECT_STOCK_MIN_VALUE and not _EPISODE.search(low):
        return "cumulative"  # "some 96,000 have fled their homes in the capital": no episode, the stock
    return "incident"


# "as of 30 November", "up to 30 November 2024": the day a count of the displaced stood at
_AS_OF_A_DAY = re.compile(
    rf"\b(?:as\s+of|as\s+at|up\s+to)\s+(?:\d{{1,2}}\s+(?:{'|'.join(MONTHS)})|(?:{'|'.join(MONTHS)})\s+\d{{1,2}})\b"
)
# "the number of people displaced by the conflict has climbed to 71,115": a count that grows, a stock
# (however recent the day it was told)
_COUNT_RISEN = re.compile(
    r"\b(?:number|total)\s+of\s+(?:[\w-]+\s+){0,3}?(?:displaced|idps|refugees|evacuees)\b[^.;]{0,80}?"
    r"\b(?:climbed|risen|rose|reached|grown|increased|jumped|stands|stood)\b"
)
_NUMBER_PUT_AT = re.compile(
    r"\bnumber\s+of\s+(?:[\w-]+\s+){0,3}?(?:displaced|idps|refugees|evacuees)\b[^.;]{0,40}?"
    r"\bat\s+(?:about\s+|some\s+|around\s+|nearly\s+|over\s+|more\s+than\s+|almost\s+)?\d"
)
_IN_A_PLACE_ALONE = re.compile(r"\b[Ii]n\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?\s+alone\b")
# What makes a large flight told in the perfect one episode's flow: the attack or fighting it fled, or
# the days or weeks it took ("90,000 have fled after fighting last week")
_EPISODE = re.compile(
    r"\b(?:attacks?|fighting|clashes|offensive|raids?|assault|takeover|capture|bombardment|shelling|strikes|incursion"
    r"|airstrikes|aftermath|following|after|days|weeks?|yesterday|monday|tuesday|wednesday|thursday|friday"
    r"|saturday|sunday)\b"
)


_ATTRIBUTION = re.compile(
    r"(?:according to|said|says|told|reported|claimed|confirmed|announced|estimates|put the (?:death )?toll)",
    re.I,
)
# Starts with a class, as _CLAUSE_SPLIT: the first character consumed, lookbehinds tell the branches apart
# ("(?<=[aA])(?<!\w.)ccording" is "\b[aA]ccording"); the same matches as
# "(?:[,”\"]\s*)(?:said|...)|\b[aA]ccording to" (a sentence may open with "According to the army, ...")
# (tests/unit/extract/test_prefilter.py compares the two).
_SPEAKER_AFTER = re.compile(
    r"[,”\"aA](?:(?<=[,”\"])\s*(?:said|says|told\s+\w+|reported|confirmed)|(?<=[aA])(?<!\w.)ccording to)"
    r"\s+(?:the\s+)?"
    r"((?!(?:it|he|she|they|that|we|on|in)\b)[A-Za-z][\w'’.-]*(?:[\s-]+[\w'’.-]+){0,9}?)"
    r"(?=(?:\s+\([A-Z]{2,}\))?(?:\s*[,.;]|\s*$|\s+on\s))"  # ("... and Development (DSWD) on Tuesday")
)
# "alleged armed youths", "an alleged attack": the word as an adjective, no one's claim (but "the army alleged
# that 20 were killed", "alleged 20 militants died")
_A_WORD_AFTER = r"\s+(?!that\b|to\b|it\b|they\b|he\b|she\b)[a-z]"
_NOT_ADJECTIVE = rf"(?!{_A_WORD_AFTER})"
_ALLEGED_ADJECTIVE = re.compile(rf"\balleged(?={_A_WORD_AFTER})")
_SPEECH_VERB = re.compile(
    rf"\b(?:said|says|say|told|reported|confirmed|announced|put the (?:death )?toll|alleged{_NOT_ADJECTIVE}"
    r"|claimed(?! by\b)(?!\s+responsibility\b)|"
    r"estimates)\b"
)  # ("an attack claimed by al-Shabab": who claims the attack, not the figure)
# One of these is in every match of _SPEAKER_AFTER and _SPEECH_VERB (both case-sensitive; "ccording to"
# for "according to" and "According to").
_SPEECH_WORDS = ("said", "say", "told", "reported", "confirmed", "ccording to", "announced", "put the",
                 "alleged", "claimed", "estimates")  # fmt: skip
_NOT_SPEAKER_START = re.compile(
    r"^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|"
    r"March|April|May|June|July|August|September|October|November|December)\b"
)


_LAST_COMMA = re.compile(r",(?!\d{3}\b)(?!.*,(?!\d{3}\b))")


# What ends the words before a speech verb that can name its speaker ("TEHRAN (Tasnim) - Egypt said")
_BEFORE_THE_SPEAKER = ("”", '"', ";", " that ", ". ", "—", " – ", " - ", " where ", " which ", " after ",
                       " when ")  # fmt: skip
_SPEAKER_WORDS = 10  # "spokesman for the governor of the eastern Ghazni province" said


_WHEN_END_WORDS = ("day", "yesterday", "morning", "evening", "night")  # every _WHEN_AT_END match ends so
_WHEN_AT_END = re.compile(
    r",?\s+(?:(?:on|late|early)\s+)?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|yesterday|to(?:day|night))"
    r"(?:\s+(?:morning|evening|night))?$"
)


def _speaker_before(text: str) -> str | None:
    quoted_to = _quote_end(text)
    for m in _SPEECH_VERB.finditer(text, quoted_to):
        head = text[: m.start()].rstrip(" ,")
        if head.endswith(_WHEN_END_WORDS):
            # "Zabihullah Mujahid, on Wednesday claimed": when, not who
            head = _WHEN_AT_END.sub("", head)
        for sep in _BEFORE_THE_SPEAKER:
            if sep in head:
                head = head[head.rindex(sep) + len(sep) :]
        comma = _LAST_COMMA.search(head) if "," in head else None
        if comma is not None:  # (not the comma of "14,313 families")
            tail = head[comma.end() :].strip()
            if tail:
                head = tail
        words = head.split()[-_SPEAKER_WORDS:]
        if words and words[-1].lower() in ("he", "she", "they", "it"):
            words = words[-1:]
        if words:
            return _trim_speaker(" ".join(words))
    return None


def _quote_end(text: str) -> int:
    """Where a quotation that opens the sentence closes ('"... confirmed three were killed," a spokesman
    said': the speaker comes after it), or 0."""
    if not text.startswith(('"', "“")):
        return 0
    m = _CLOSING_QUOTE.search(text, 1)
    return m.end() if m is not None else 0


_CLOSING_QUOTE = re.compile(r"[,.?!]?[”\"]\s")
_APPOSITIVE = re.compile(
    r"^,\s+((?:an?\s+|the\s+)?[\w'’ -]{0,60}?(?:spokes\w+|official|officer|commander|"
    r"governor|minister|chief|leader|head|director|mayor)\b[\w'’ -]{0,60})"
)


# (what was said, not who said it: "said the attack took place", "said an attack on a checkpoint killed")
_REPORTED_CLAUSE = re.compile(
    r"\b(?:took|was|were|had|has|have|is|are|killed|died|happened|occurred|began|left|struck|hit)\b"
    r"|^an?\s+(?:\w+\s+)?(?:attack|blast|bombing|explosion|strike|raid|ambush|clash)\b",
    re.I,
)


def attribution(text: str) -> str | None:
    """Who gives the figure: 'a war monitor said' -> 'a war monitor'; 'said the Observatory' -> ..."""
    if not any(w in text for w in _SPEECH_WORDS):
        return _claim_of(text)
    m = _SPEAKER_AFTER.search(text)
    if m and _REPORTED_CLAUSE.search(m.group(1)):
        m = None  # "said the attack took place in Nawa": what was said, not who said it
    if m and not _NOT_SPEAKER_START.match(m.group(1)):
        who = _trim_speaker(m.group(1))
        app = _APPOSITIVE.match(text[m.end(1) :])
        if who and app:
            who = f"{who}, {app.group(1).strip()}"
        return who
    return _speaker_before(text) or _claim_of(text)


def _claim_of(text: str) -> str | None:
    """ "a Saudi-led coalition's declaration of killing 95 Houthis": the party whose claim it is."""
    if "s declaration" not in text and "s claim" not in text and "s announcement" not in text:
        return None
    m = _CLAIM_OF.search(text)
    return _trim_speaker(m.group("who")) if m is not None else None


# "the army's claim that", "a Saudi-led coalition's declaration of": one to four words, then the claim
_CLAIM_OF = re.compile(
    r"(?:\b(?:the|an?)\s+|(?<![\w-]))(?P<who>(?:[A-Z][\w-]*\s+){0,3}[\w-]+)['’]s\s+"
    r"(?:declaration|claims?|announcement)\s+(?:of|that)\s"
)


_LEADING_SPEECH = re.compile(
    r"^(?:[A-Z][A-Z' -]+:\s+)?(?:(?i:according\s+to|said|says|reported|told)\s+)?"  # "CAIRO: ", "said "
)
_NOT_A_SPEAKER = frozenset(
    [
        "which",
        "who",
        "that",
        "latest",
        "initial",
        "updated data",
        "this",
        "there",
        "if",
        "once",
        "unless",
        "until",
    ]
)  # ("which if confirmed would mark": no one confirmed it)


# Words that end no speaker's name: "the separatists had earlier announced"
_NOT_SPEAKER_END = frozenset(["the", "a", "an", "and", "of", "for", "has", "have", "had", "was", "earlier",
                              "also", "later", "previously", "initially", "first"])  # fmt: skip


def _trim_speaker(s: str) -> str | None:
    s = _CLAUSE_AFTER_NAME.split(s.strip())[0]
    if "): " in s:
        s = s[s.index("): ") + 3 :]  # "KABUL (AT News): Residents": after the dateline and its agency
    s = _LEADING_SPEECH.sub("", s.strip(" ,.;:"))  # "CAIRO: Egypt's army", "according to X", "said X"
    s = _DATELINE_AGENCY.sub("", s)  # "Feb 2 (IANS) Chhattisgarh Police": after the dateline
    words = s.split()
    while words and words[0].lower() in ("the", "a", "an", "and", "but", "however", "of"):
        words = words[1:]
    while words and words[-1].lower() in _NOT_SPEAKER_END:
        words = words[:-1]
    if words and words[0].lower() in ("no", "nobody", "none"):
        return None  # "no casualty has been reported yet": nobody speaks
    if any(w.lower().strip(",.;:") in _NO_SPEAKER_WORDS or w[:1].isdigit() for w in words):
        return None  # "At least seven soldiers are", "54 dead would make it": a reading gone astray
    who = " ".join(words[:12])
    return None if not who or who.lower() in _NOT_A_SPEAKER else who


_DATELINE_AGENCY = re.compile(r"^[A-Z][a-z]{2,8}\.?\s+\d{1,2}\s+\([A-Z][\w-]*\)\s+")
# Words no one who gives a figure is named by: the casualty words and verbs a reading can run into
_NO_SPEAKER_WORDS = frozenset(
    ["killed", "killing", "dead", "died", "wounded", "injured", "are", "were", "when", "intercepted",
     "murder", "kidnapping", "least", "toll"]
)  # fmt: skip


_INTRODUCTION_WORDS = 6  # at most this many words before the name belong to its introduction


@functools.lru_cache(maxsize=64)
def _introduction(surname: str) -> re.Pattern[str]:
    return re.compile(
        rf"((?:[A-Z][\w'’.-]*\s+|[a-z]+\s+){{0,4}}(?:[A-Z][\w'’-]+\s+){{0,2}}(?:[AaEe]l-)?{surname}\b)"
        rf"(,?\s+(?:of|from|with)\s+[^,.;“\"]{{1,60}}|,\s+[^,.;“\"]{{1,60}})?"
    )


# A word and a full stop that ends a sentence, unless the word is a title's abbreviation ("Lt. Col. Ali")
_SENTENCE_END = re.compile(r"\b(?P<word>\w{2,})\.\s+")
_ABBREVIATIONS = frozenset(["capt", "col", "gen", "lt", "maj", "sgt", "brig", "cpl", "pvt", "cmdr", "adm",
                            "mr", "mrs", "ms", "dr", "st", "gov", "sen", "rep", "prof", "no", "jr",
                            "sr"])  # fmt: skip


def introduced_as(name: str, text: str) -> str | None:
    """How ``text`` first introduced the person called ``name``, when that says whom they speak for:
    'Cuenca' -> 'Captain Chris Cuenca of the Army's 203rd Brigade' ('Shami' -> 'Military spokesman Colonel
    Ahmed Khalifa al-Shami'). None when nothing tells."""
    surname = re.escape(name.split()[-1])
    # the first mentions in turn: a headline's "Swift Response: Shahid Rind" introduces nobody, the lead's
    # "Spokesperson of Balochistan government Shahid Rind" does
    introduction = _introduction(surname)
    for mention in itertools.islice(re.finditer(rf"{surname}\b", text), _MENTIONS_READ):
        # a match holds at most _INTRODUCTION_WORDS words before the name: none starts earlier than this
        m = introduction.search(text, words_back(text, mention.start(), _INTRODUCTION_WORDS + 1))
        while m is not None and m.end(1) < mention.end():  # (an earlier mention within those words)
            m = introduction.search(text, m.end(1))
        if m is None:
            continue
        phrase = _SPEECH_AFTER.split(m.group(1) + (m.group(2) or ""))[0]
        ends = [e for e in _SENTENCE_END.finditer(phrase) if e.group("word").lower() not in _ABBREVIATIONS]
        if ends:
            phrase = phrase[
                ends[-1].end() :
            ]  # "... in Bahr El Ghazal State. Lul Ruai Koang": from the name on
        phrase = phrase.strip(" ,")
        words = set(LOWER_WORDS.findall(phrase.lower()))
        if words & (STATE_SOURCES | STATE_TITLES):
            return phrase
    return None


_MENTIONS_READ = 3  # how many of a name's first mentions may introduce it


def is_unverifiable_statement(text: str) -> bool:
    """'It was not possible to verify that claim' and its variants, and a claim the same sentence says
    the other side denies ('claimed it shot down a plane, killing three, although the authorities insisted
    the crash was an accident')."""
    if "nverified " in text:
        text = _UNVERIFIED_MEDIA.sub(" ", text)  # "Unverified footage circulating on social media shows ..."
    if _has(text, UNVERIFIABLE_CUES):
        return True
    if ("either" in text or "one" in text) and NEITHER_CONFIRMED.search(text) is not None:
        return True  # "Neither account could be confirmed"
    return is_denied_claim(text)


_UNVERIFIED_MEDIA = re.compile(
    r"\b[Uu]nverified\s+(?:footage|videos?|images?|photos?|photographs|pictures|clips?|recordings?)\b"
)


def is_denied_claim(text: str) -> bool:
    """A claim the same sentence says the other side denies ('claimed it shot down a plane, killing three,
    although the authorities insisted the crash was an accident')."""
    return ("claim" in text or "announced" in text) and _CLAIM_DENIED.search(text) is not None


# "Neither account could be confirmed", "None of the figures could be verified": every claim just told
NEITHER_CONFIRMED = re.compile(
    r"\b(?:[Nn]either|[Nn]one\s+of)\s+(?:the\s+|these\s+|those\s+)?(?:[\w'’-]+\s+){0,3}?(?:could|can|was|were|has|have)"
    r"\s+(?:been\s+|be\s+)?(?:independently\s+)?(?:be\s+)?(?:confirmed|verified)\b"
)
_CLAIM_DENIED = re.compile(
    r"\b(?:claim(?:ed|s|ing)?|announced)\b[^.;]*?\b(?:although|though|but|while|whereas|however)\b[^.;]{0,80}?"
    r"\b(?:denied|denies|insisted|insists|dismissed|dismisses|rejected|rejects|disputed|disputes|"
    r"fake|false|untrue|baseless)\b"
)


def is_one_sided_claim(text: str, figure: Figure, claimant: str | None) -> bool:
    """A party's claim about its enemy's losses: 'neutralised 101 soldiers', army on dead rebels."""
    if figure.role not in (KILLED, WOUNDED):
        return False
    q = figure.quantity
    lost = _LOST.search(text, max(0, q.start - 60), q.start) if "lost" in text else None
    if lost is not None:
        # "Pakistan said it lost two soldiers": its own dead; "Russia's ministry said Ukraine had lost up to
        # 1,500 servicemen": one party's count of the other's losses
        loser = _party_country(lost.group("who"))
        if loser is None and _GROUP_WORD.search(lost.group("who")) is not None:
            # "a security source said the Boko Haram forces lost six of their people": the enemy's losses,
            # unless the group itself tells them
            return _GROUP_WORD.search(claimant or "") is None
        return loser is not None and loser != _party_country(claimant or "")
    if (
        "bodies" in text
        and (text.endswith("bodies of ", max(0, q.start - 15), q.start) or counts_bodies(text, q))
        and _BODIES_FOUND.search(text, max(0, q.start - 15), min(len(text), q.end + 120)) is not None
    ):
        return False  # "the bodies of two suspected gang members were found": found dead, nobody's claim
    # (60 after the count: "more than 30 Ukrainian service members had been eliminated")
    near = text[max(0, q.start - 45) : q.end + 60].lower()
    if "alleged" in near:
        near = _ALLEGED_ADJECTIVE.sub(" ", near)
    if _has(near, ONE_SIDED_VERBS):
        return True  # "five of its troops were killed ..., and it had 'neutralised' 101": only the 101
    noun = figure.noun or ""
    if noun and noun not in NON_STATE_COMBATANTS and _group_member(text, figure):
        noun = "fighters"  # "two Houthi elements", "five Taliban members"
    elif not noun and _GROUP_WORD.match(text, q.end + 1) is not None and text.startswith(" ", q.end):
        noun = "fighters"  # "killing 95 Houthis": the group's members
    if not noun and _OF_THEM.match(text, q.end):
        before = set(LOWER_WORDS.findall(text[max(0, q.start - 60) : q.start].lower()))
        if before & NON_STATE_COMBATANTS:
            noun = "fighters"  # "fire with the attackers, killing seven of them"
    who = _HYPHEN_SPACE.sub("-", (claimant or "").lower())  # "Al- Shabaab"
    who_words = set(LOWER_WORDS.findall(who))
    if figure.pro_state:
        noun = "soldiers"  # "four paramilitary fighters", "pro-government militiamen": the state's side
    state_speaks = bool(who_words & (STATE_SOURCES | STATE_TITLES)) or _names_a_state(who)
    if noun in NON_STATE_COMBATANTS and (not who or state_speaks):
        return True
    if (
        noun in NON_STATE_COMBATANTS
        and not who_words & _COUNTERS
        and "close to" not in who
        and _STATE_KILLED.search(text, max(0, q.start - 80), q.start)
    ):
        # "Security forces killed seven terrorists, a news channel reported": the forces' count (but a war
        # monitor's or medics' count of the fighters a strike killed is their own, and so is the group's:
        # "a drone strike killed a Hezbollah fighter, a source close to the movement said")
        return True
    if noun in STATE_FORCES and state_speaks:
        # "Russian troops killed 12 Ukrainian soldiers, Russia's army said": a state's count of another
        # state's dead
        victims, speaker = _party_country(text[q.end : q.end + 40]), _party_country(claimant or "")
        if victims is not None and speaker is not None and victims != speaker:
            return True
    armed = (
        any(name in who for name in ARMED_GROUP_NAMES)
        or "group's" in who  # "the group's news agency"
        # "the People's Army to Fight Dictatorship resistance group" (not "the militant group and Somali
        # officials said": both sides vouch for it)
        or (_ARMED_KIND.search(who) is not None and not (state_speaks and " and " in who))
    )
    if armed and noun in STATE_FORCES:
        return True
    if _WE_KILLED.search(text, max(0, q.start - 80), q.start) is not None:
        return True  # "We traced them this morning, killed 10 of them": a party tells of its enemy's dead
    if " side" in text and _THE_OTHER_SIDE.match(text, q.end) is not None:
        return True  # "between seven and 10 from their side were killed", a party's spokesman said
    own_forces_killed = _OWN_FORCES_KILLED.search(text, max(0, q.start - 80), q.start) is not None
    if (noun in STATE_FORCES or noun in NON_STATE_COMBATANTS) and own_forces_killed:
        return True  # "the ministry said its forces had killed up to 140 servicemen": the enemy's losses
    if (
        not noun
        and "that it" in text
        and _IT_TARGETED.search(text, max(0, q.start - 200), q.start) is not None
    ):
        # "it said on its Telegram channel that it targeted a military convoy late Thursday, killing two": a
        # party's own account of the attack it made, and of the dead it caused
        return True
    if own_forces_killed and q.value == 1 and _GROUP_WORD.search(text, q.start, q.end):
        return True  # "the army said it killed a Hamas commander"
    # "The group said it had killed more than 20 soldiers": an armed group's count of its enemy's dead
    return noun in STATE_FORCES and bool(_GROUP_SAYS.search(text))


# Sources that count the dead themselves, whoever killed them
_COUNTERS = frozenset(
    ["monitor", "monitors", "observatory", "medics", "doctors", "hospital", "un", "ocha", "acled", "rights"]
)
# Who lost the counted people: "Ukraine had lost up to", "Russian forces lost about", "it lost"
_LOST = re.compile(
    r"\b(?P<who>it|we|they|[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|forces|troops|army|military)){0,2})\s+"
    r"(?:had\s+|has\s+|have\s+)?lost\s+"
    r"(?:at\s+least\s+|some\s+|about\s+|around\s+|more\s+than\s+|over\s+|up\s+to\s+|nearly\s+|almost\s+)?$"
)


def _party_country(who: str) -> str | None:
    """The country a party is named by ('Ukraine', "Russia's defence ministry", 'Russian forces'), or
    None for 'it', 'we' or a party of no country."""
    gaz = get_gazetteer()
    for word in who.replace("’", "'").split()[:2]:
        cc = gaz.find_country(word.removesuffix("'s"))
        if cc is not None:
            return cc
    return None


def _names_a_state(who: str) -> bool:
    """'Israel', 'Pakistan's government': a country speaking, through its state (not an armed group)."""
    words = who.removesuffix("'s").removesuffix("’s").strip()
    return bool(words) and get_gazetteer().find_country(words) is not None


_STATE_KILLED = re.compile(
    r"\b(?:forces|troops|army|military|soldiers|police|policemen|personnel|commandos|jets|warplanes|"
    r"air\s*strikes?|drones?)\s+(?:\w+,?\s+){0,2}?(?:killed|killing|neutrali[sz](?:ed|ing)|eliminated|eliminating|"
    r"shot\s+dead|gunned\s+down)\s+"
    r"(?:at\s+least\s+|some\s+|about\s+|around\s+|more\s+than\s+|over\s+|up\s+to\s+)?$",
    re.IGNORECASE,
)
# "We traced them this morning, killed 10 of them": the speaker's own side killed them
_BODIES_FOUND = re.compile(r"\b(?:found|discovered|dumped|recovered|dug\s+up)\b", re.I)
_BODIES_AFTER = re.compile(r"\s+(?:more\s+|other\s+|of\s+the\s+)?(?:bodies|corpses)\b", re.I)


def counts_bodies(text: str, q: Quantity) -> bool:
    """'71 bodies', '13 more bodies', 'two of the bodies': the count is of bodies."""
    return _BODIES_AFTER.match(text, q.end) is not None


# A party speaking of its enemy: "seven people from their side", "20 on the enemy side"
_THE_OTHER_SIDE = re.compile(
    r"(?:\s+[\w-]+){0,2}?\s+(?:from|on|of)\s+(?:their|the\s+(?:enemy|other|opposing)(?:'s)?)\s+side\b", re.I
)
_WE_KILLED = re.compile(
    r"(?:(?:^|[\"“‘'(]\s*|\.\s+)We\s+(?:[\w,’']+\s+){0,8}?(?:have\s+|had\s+)?(?:killed|neutrali[sz]ed|eliminated)"
    # "and we succeeded in killing nine soldiers"
    r"|\b[Ww]e\s+(?:have\s+|had\s+)?(?:succeeded\s+in\s+killing|managed\s+to\s+kill))"
    r"\s+(?:at\s+least\s+|some\s+|about\s+|around\s+|more\s+than\s+|over\s+)?$"
)
_IT_TARGETED = re.compile(
    r"\bthat\s+it\s+(?:had\s+)?"
    r"(?:targeted|attacked|ambushed|struck)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:military|army|security|police|government)\b[^.;]*,\s+(?:killing|leaving)\s+(?:at\s+least\s+)?$"
)
# A party's count of the fighters it says it killed: "said it killed", "its forces had killed up to"
_OWN_FORCES_KILLED = re.compile(
    r"\b(?:it|they|we|(?:its|their|our)\s+(?:[\w-]+\s+){0,2}?(?:forces|troops|units|army|military|fighters|"
    r"soldiers|men|drones|jets|warplanes|artillery|air\s+defen[cs]es?|(?:air)?strikes?|operations?|raids?|"
    r"attacks?))\s+(?:have\s+|has\s+|had\s+)?"
    r"(?:killed|eliminated|neutrali[sz]ed|liquidated)\s+(?:at\s+least\s+|some\s+|about\s+|around\s+|"
    r"more\s+than\s+|over\s+|up\s+to\s+|as\s+many\s+as\s+|nearly\s+|almost\s+)?$",
    re.IGNORECASE,
)
_PRO_STATE = re.compile(
    # (not the "Allied" of the Allied Democratic Forces, a rebel group's name)
    r"[^,;.]{0,30}?\b(?:paramilitary|pro-(?:[\w-]+\s+)?government|pro-regime|government-allied|(?-i:allied)|loyalist|auxiliary|"
    r"auxiliaries|volunteer|volunteers|self-defence|self-defense|civil\s+defence|civil\s+defense"
    # "Ethiopian forces killed approximately 40 fighters on their own side": the forces' own losses
    r"|on\s+(?:their|its)\s+own\s+side)\b",
    re.IGNORECASE,
)
_AMONG_THE = re.compile(r"\s+(?:dead|deaths|killed|fatalities)\s+among\s+(?:the\s+)?(?P<who>[\w-]+)", re.I)
_ARMED_KIND = re.compile(
    r"\b(?:resistance|rebel|armed|militant|insurgent|guerrilla|jihadist)\s+(?:group|groups|force|forces|fighters"
    r"|movement|alliance|organi[sz]ation)\b"
)
_GROUP_SAYS = re.compile(
    r"\b(?:the\s+(?:group|militants|insurgents|rebels|jihadists)|militants|insurgents|rebels)\s+"
    r"(?:said|says|claimed|claims|claim)\s+(?:in\s+a\s+statement\s+|on\s+\w+\s+)?(?:that\s+)?(?:it|they)\s+"
    r"(?:had\s+|have\s+)?(?:killed|wounded)\b",
    re.I,
)
_GROUP_WORD = re.compile(  # "five Taliban members", "three Abu Sayyaf members"
    "|".join(
        r"\b" + r"\s+".join(map(re.escape, g.split())) + r"\b"
        for g in ARMED_GROUP_NAMES
        if not g.startswith("the")
    ),
    re.I,
)


# "seven members of the Abu Sayyaf", "members of the Taliban": of an armed group by its name
_OF_A_NAMED_GROUP = re.compile(
    r"\s+of\s+(?:the\s+)?(?:"
    + "|".join(r"\s+".join(map(re.escape, g.split())) for g in ARMED_GROUP_NAMES if not g.startswith("the"))
    + r")\b",
    re.I,
)
_OF_ARMED_MEN = re.compile(
    r"\s+of\s+(?:the\s+)?(?:armed\s+|suspected\s+)?(?:bandits|militants|rebels|insurgents|terrorists|jihadists"
    r"|gunmen|separatists|attackers|assailants)\b",
    re.I,
)
# "Ten former members of Colombian guerrilla group FARC", "members of the rebel group M23"
_OF_AN_ARMED_GROUP = re.compile(
    r"\s+of\s+(?:the\s+|a\s+|an\s+)?(?:[A-Z][\w'’-]*\s+){0,2}(?:guerrilla|rebel|militant|insurgent|jihadist|armed"
    r"|terrorist|separatist)\s+(?:group|movement|organi[sz]ation|faction)\b"
)
_MEMBERS_OF_ARMY = re.compile(r"\s+of\s+(?:the\s+)?(?P<name>(?:[A-Z][\w'’-]*\s+){1,4}?)Army\b")


def _group_member(text: str, figure: Figure) -> bool:
    """The counted people are named as members of an armed group ('two Houthi elements', 'eight members
    of the National Liberation Army')."""
    q = figure.quantity
    if figure.noun in _MEMBER_NOUNS and q.text.endswith(figure.noun or "\0"):
        # one person, the noun in the quantity's words: "a suspected member of an armed group" (not "a
        # Taliban police chief": a post, whoever holds it)
        phrase, noun_at, end = q.text, len(q.text) - len(figure.noun), q.end
    else:
        phrase = text[q.end : q.end + 40]
        noun_at = phrase.lower().find(figure.noun or "\0")
        end = q.end + noun_at + len(figure.noun or "")
    if noun_at > 0 and _GROUP_WORD.search(phrase, 0, noun_at) is not None:
        return True
    if noun_at < 0:
        return False
    if noun_at > 0 and figure.noun in _MEMBER_NOUNS and "suspected" in phrase[:noun_at].lower():
        return True  # "eight suspected members": of an armed group, as the security forces tell it
    if _MEMBERS_OF_GROUP.match(text, end) is not None or _OF_AN_ARMED_GROUP.match(text, end) is not None:
        return True
    if figure.noun in _MEMBER_NOUNS and (
        _OF_A_NAMED_GROUP.match(text, end) is not None or _OF_ARMED_MEN.match(text, end) is not None
    ):
        return True  # "seven members of the Abu Sayyaf", "three members of the armed bandits"
    if _OF_FIGHTERS.match(text, end) is not None:
        return True  # "three members of a group of Tamil Tiger rebels"
    group = _OF_A_GROUP.match(text, end)
    if group is not None and (
        _GROUP_WORD.search(group.group("name")) is not None or _has(group.group("name").lower(), _ARMED_WORDS)
    ):
        return True  # "a member of an Al Qaeda front group", "members of an armed gang"
    # "40 members of the Arakan Army": an army named by no country is a movement's
    army = _MEMBERS_OF_ARMY.match(text, end)
    return army is not None and not any(get_gazetteer().find_country(w) for w in army.group("name").split())


# "members of the Revolutionary Armed Forces", "fighters of the Kurdistan Liberation Front": the words
# armed movements name themselves with
_MEMBERS_OF_GROUP = re.compile(
    r"\s+of\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+){0,5}?(?:Liberation|Revolutionary|Front|"
    r"Movement|Brigades?|Battalions?|Militias?|Jihad|Mujahideen|Resistance|Cartel|Gang|Clan|Insurgents?|"
    r"Rebels?|Guerrillas?)\b"
)
# "of an armed group", "of a militant cell", "of an Al Qaeda front group": a group in lower-case words
_OF_A_GROUP = re.compile(
    r"\s+of\s+(?:an?\s+|the\s+)?(?P<name>(?:[\w'’-]+\s+){1,4}?)(?:group|gang|cell|faction|network|outfit|militia)\b"
)
_OF_FIGHTERS = re.compile(
    r"\s+of\s+(?:an?\s+|the\s+)?(?:group|band|unit|cell|team|squad)\s+of\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?:rebels|militants|insurgents|guerrillas|fighters|terrorists|jihadists|separatists|gunmen|bandits)\b",
    re.IGNORECASE,
)
_ARMED_WORDS = frozenset(["armed", "militant", "insurgent", "rebel", "jihadist", "terrorist", "extremist",
                          "separatist", "criminal", "splinter", "front"])  # fmt: skip


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
    low = lowered(text)
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


# Regexes that match in few sentences run only where the text holds a word they need (see prefilter):
# the same matches, most searches skipped.
SUPERSEDED_BEFORE = gated(SUPERSEDED_BEFORE)
_ONE_AND_KIN_HINT = gated(_ONE_AND_KIN_HINT)
_LAST_DAY = gated(_LAST_DAY)
_CONFLICT_HAS = gated(_CONFLICT_HAS)
_GROUP_SAYS = gated(_GROUP_SAYS)
_OWN_FORCES_KILLED = gated(_OWN_FORCES_KILLED)
_RECENT = gated(_RECENT)
_SINCE_EVENT = gated(_SINCE_EVENT)
_FLOW_VERB = gated(_FLOW_VERB)
_SHELTER_TAKEN = gated(_SHELTER_TAKEN)
_OUTBREAK = gated(_OUTBREAK)
_SHORT_SPELL = gated(_SHORT_SPELL)
_THERE_ARE_DISPLACED = gated(_THERE_ARE_DISPLACED)
_CAMP_HOLDING = gated(_CAMP_HOLDING)
# (run on most sentences: for their ASCII twin, see prefilter.ascii_twin)
_ACTIVE_SINGULAR_IN_LOWER = gated(_ACTIVE_SINGULAR_IN_LOWER)
_SPEECH_VERB = gated(_SPEECH_VERB)
_SINGULAR = gated(_SINGULAR)
_AND_ANOTHER = gated(_AND_ANOTHER)
_THERE_NOW = gated(_THERE_NOW)
