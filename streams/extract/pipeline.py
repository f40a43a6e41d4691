"""Assembly: article -> sentences -> figures -> candidate incidents -> consolidated events."""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import itertools
import re
import time
from dataclasses import dataclass, field
from functools import lru_cache

from streams.extract import classify as cl
from streams.extract.dates import explicit_date, has_date_expression, period_end, resolve_date
from streams.extract.gazetteer import get_gazetteer
from streams.extract.lexicon import (
    ARMED_GROUP_NAMES,
    BACKGROUND_AFTER_DAYS,
    BACKGROUND_CUES,
    BLAMED_FOR_KILLING,
    COMES_AFTER,
    COUNTRY_SCOPE_CUES,
    DATED_BACKGROUND_AFTER_DAYS,
    DATED_LATER_BACKGROUND_AFTER_DAYS,
    EARLIER_REPORT_CUES,
    EARLIER_THAN_LEAD_DAYS,
    GROUP_HOMES,
    HOSTING_CUES,
    MONTHS,
    NON_CONFLICT_CUES,
    NON_STATE_COMBATANTS,
    PERIOD_TOTAL,
    ROUNDUP_BACKGROUND_AFTER_DAYS,
    SEPARATE_INCIDENT_CUES,
    STATE_FORCES,
    SUPERSEDED_CUES,
    SUPERSEDED_TOLL,
    TOLL_REVISION_CUES,
    TOTAL_CUES,
    VIOLENCE_CUES,
    VIOLENT_ACTS,
    WEEKDAYS,
)
from streams.extract.numbers import Quantity, find_quantities, number_value
from streams.extract.places import (
    Mention,
    PlaceContext,
    ResolvedPlace,
    article_context,
    article_region,
    choose,
    dateline_end,
    districts_named_again,
    find_mentions,
    group_home,
    has_camp,
    misspelt_regions,
    resolve_place,
    transliterated_places,
    villages_placed_near,
)
from streams.extract.prefilter import alternatives, gated
from streams.extract.sentences import Sentence, split_sentences
from streams.extract.textnorm import (
    LOWER_WORDS,
    fold,
    holds_any,
    in_lower_case,
    lower_matches_alike,
    lowered,
    may_contain,
)
from streams.models import Article, Event

EXTRACTOR_VERSION = "1.0.0"
PLACE_WINDOW = 3  # sentences either side of a figure whose places are read
_MONTHS_GONE_DAYS = 90  # a casualty toll dated this long before the news is no news
RECENT_SINCE_DAYS = 45  # a flow counted "since" a date this recent is one offensive's, not a stock
MIN_DISPLACED = 50  # "15 priests also fled": an anecdote within a report, not a displacement figure
SMALL_TOLL = 5  # killed counts this small are equal by chance as often as by being the same incident
LEAD_SENTENCES = 5  # a total that sums the incidents after it stands in the article's first sentences
# A toll "over the past three weeks" is a running total; "over two days" of fighting is one incident.
# (not "rescue work still not over four days after the building was hit": "over" as "ended")
_OVER_PERIOD = re.compile(r"\b(?<!not\s)(?<!is\s)(?<!was\s)over\s+(?:the\s+)?"
                          r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|\w+)\s+(?:weeks|months|years)\b"
                          r"|\b(?:over|in|during)\s+the\s+(?:past|last|previous)\s+(?:[4-9]|\d\d+|four|five|six|seven|eight|nine|ten|"
                          r"eleven|twelve|\w+teen)\s+days\b"
                          r"|\b(?<!not\s)(?<!is\s)(?<!was\s)over\s+"
                          r"(?:[4-9]|\d\d+|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen)\s+days\b"
                          r"|\b(?:over|in|during)\s+an?\s+(?:\w+-)?(?:week|month|year)s?(?:-long)?\s+period\b",
                          re.I)  # fmt: skip
_FROM_BEFORE = re.compile(
    r"\b(?:fled|fleeing|flee|arrived|displaced|evacuated|escaped)?\s*from\s+(?:the\s+)?$", re.I
)
_OCCURRED = re.compile(r"\b(?:occurred|happened|took\s+place|was\s+carried\s+out|erupted|began)\b", re.I)
BIG_TOLL = 1_000
_PERFECT_TOLL = re.compile(
    r"\b(?:have|has|had)\s+(?:\w+\s+)?(?:claimed|killed|left|cost|taken|been\s+killed|died)\b", re.I
)
_PERFECT_CASUALTY = re.compile(
    r"\b(?:have|has)\s+(?:\w+\s+)?(?:been\s+(?:killed|wounded|injured)|died|lost\s+their\s+lives)\b", re.I
)
_THOSE_ATTACKS = re.compile(
    r"\W*(?:the|those|these)\s+(?:earlier\s+|previous\s+)?(?:attacks|bombings|blasts|strikes|explosions|raids)\b",
    re.I,
)
_LAST_WEEKDAY = re.compile(
    r"\blast\s+(?:week|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b", re.I
)
_THE_ATTACKS = re.compile(r"\bthe\s+(?:strikes|attacks|raids|bombings|airstrikes|air\s+strikes)\b", re.I)
_FOLLOWED = re.compile(r"\b(?:follows|followed)\s+(?:a\s+|an\s+|the\s+|two\s+|three\s+|several\s+)?\w+", re.I)
# "Fourteen people were also wounded in the attack": more of the news, whatever background came between
_ALSO_IN_THE_ATTACK = re.compile(
    r"\balso\s+(?:been\s+)?(?:wounded|injured|hurt|killed)\s+(?:in|during)\s+the\s+"
    r"(?:attack|blast|bombing|explosion|strike|raid|ambush|assault|clashes|shooting)\b",
    re.I,
)
_ALSO_DEAD = re.compile(r"\b(?:also\s+(?:died|killed)|(?:was|were)\s+also\s+(?:killed|shot\s+dead))\b", re.I)
_THIS_WEEK = re.compile(r"\bthis\s+week\b", re.I)


# "killed 12 on Tuesday, a week after 30 villagers were killed in Katsina": the count after 'a week after'
# is the earlier incident's
def _some_time_after(text: str, start: int) -> bool:
    return _SOME_TIME_AFTER.search(text, max(0, start - 100), start) is not None


# "two years after gunmen killed 52", "almost eight years to the day after a fire at a casino in the northern
# city of Monterrey killed 52": the count of the clause after "after", an incident before
_SOME_TIME_AFTER = re.compile(
    # ("days after an attack by armed groups on a civilian convoy killed 41", fearing what comes next: the
    # attack of a few days ago is the news; months or years ago it is not)
    r"(?:\b(?:days?|weeks?)\s+after\s+(?:[\w-]+\s+){0,4}?"
    r"|\b(?:months?|years?)(?:\s+to\s+the\s+day)?\s+after\s+(?:[\w-]+\s+){0,12}?)"
    r"(?:at\s+least\s+|some\s+|about\s+|more\s+than\s+|nearly\s+|over\s+)?$",
    re.I,
)
_RUNNING_TOLL = re.compile(
    r"\b(?:the|this)\s+(?:conflict|war|clashes|fighting|violence|insurgency|crisis|unrest|uprising)\s+"
    # ("as a conflict between the ELN and the FARC's 33rd Front has claimed the lives of at least 80")
    r"(?:between\s+[^,;.]{0,80}?\s+)?(?:has|have)\s+(?:\w+\s+)?(?:claimed|killed|left|cost|taken)\b"
    r"|\ban?\s+(?:conflict|war|insurgency)\s+between\s+[^,;.]{0,80}?\s+(?:has|have)\s+(?:\w+\s+)?"
    r"(?:claimed|killed|left|cost|taken)\b"
    # "Fighting in Kasai has resulted in more than 400 deaths", "... have recorded nearly 4,000 breaches so
    # far, resulting in 251 deaths"
    r"|\b(?:[Ff]ighting|[Vv]iolence|[Cc]onflict|[Cc]lashes|[Uu]nrest)\s+(?:in\s+(?:the\s+)?[A-Z][\w'’-]*\s+)?"
    r"(?:has|have)\s+(?:\w+\s+)?resulted\s+in\b"
    r"|\b(?:recorded|registered|documented)\s+[^.;]{0,60}?\bso\s+far,?\s+resulting\s+in\b"
    r"|\ba\s+total\s+of\s+[\d,]+\s+(?:\w+\s+){0,3}?(?:have|has)\s+(?:now\s+)?(?:been\s+killed|died)\b"
    # "The intense campaign of U.S. airstrikes targeting the rebels ... has killed at least 69", "the ongoing
    # bombing campaign in northwestern Syria has so far killed 268": a campaign's toll so far
    r"|\bcampaign\b[^;]{0,160}?\b(?:has|have)\s+(?:so\s+far\s+|now\s+|already\s+)?(?:killed|claimed|left)\b"
    # "security forces have killed at least 339 protesters and bystanders": a crackdown's toll so far
    r"|\b(?:have|has)\s+(?:now\s+)?killed\s+(?:at\s+least\s+|more\s+than\s+|over\s+|some\s+|nearly\s+)?"
    r"[\d,]+\s+(?:[\w-]+\s+)?(?:protesters|demonstrators)\b",
    re.I,
)
_GROUP_CAREER = re.compile(
    rf"{BLAMED_FOR_KILLING}"
    rf"|\b(?:{'|'.join(re.escape(g) for g in ARMED_GROUP_NAMES if ' ' in g or g[0] != 't')})['’]s\s+"
    r"(?:[\w-]+\s+){0,3}?(?:insurgency|campaign|uprising|rebellion|revolt|war)\s+(?:has|have|had)\b",
    re.I,
)
_NATIONAL = re.compile(r"\b(?:nationally|nationwide|countrywide|across\s+the\s+country)\b", re.I)
_NATIONAL_TOLL = re.compile(r"\b(?:nationwide|countrywide|national)\s+(?:death\s+)?toll\b", re.I)
# "Research from US universities, however, estimates the death toll at around 130,000": another estimate
# of the toll just named
_TOLL_ESTIMATE = re.compile(
    r"\b(?:estimates?|estimated|puts?|placed?|places)\s+the\s+(?:overall\s+|total\s+|real\s+|true\s+|war's\s+)?"
    r"(?:death\s+)?toll\s+(?:at|as)\b",
    re.I,
)
_SUPERLATIVE_COMPARED = re.compile(
    r"\b(?:deadliest|worst|bloodiest|biggest|largest|heaviest|most\s+\w+|first)\b[^,;.]{0,60}?\bsince\s+"
    r"(?:(?:\w+\s+)?(?:19|20)\d\d\b(?!\s*,?\s*when\b)"
    # "the military's worst casualty toll since the operation was launched on May 19"
    r"|the\s+(?:[\w-]+\s+){1,4}?(?:was|were|began|started)\b[^,;]{0,40})"
    # "wounded in the clashes, the latest bout of violence since the uprising in Syria": an aside
    r"|,\s+the\s+latest\s+[^,;.]{0,40}?\bsince\s+the\s+[^,;.]{0,60}"
    # "The attack, the deadliest this year, killed 40": compared with the year's, no year's total (but "2024
    # turned out to be the deadliest year in a decade" is that year's)
    r"|\b(?:deadliest|worst|bloodiest)\b(?!\s+(?:year|month)\b)[^,;.]{0,30}?\b"
    r"(?:(?:so\s+far\s+)?this\s+(?:year|month)|in\s+(?:a|an|over\s+a|\w+)\s+(?:years?|decades?|months?))\b",
    re.I,
)
# "said on Friday that 2,439 had been killed this year": the day of the saying, not of the killings
_SPEECH_DAY = re.compile(
    r"\b(?:said|says|told|reported|announced|added|stated)\s+(?:\w+\s+){0,3}?(?:on\s+)?"
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday)\b"
    # "it said on its Telegram propaganda channel on Friday", "said in a statement late on Sunday"
    r"|\b(?:said|says|reported|announced|stated)\s+(?:in|on)\s+(?:a|an|its|their|the)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:statement|channel|website|account|broadcast|post)\s+(?:late\s+|early\s+)?(?:on\s+)?"
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday)\b",
    re.I,
)
_SAID_EARLIER = re.compile(
    r"\s+earlier\s+(?:this\s+week|in\s+the\s+week|today)\s+(?:said|told|announced|stated|reported)\b", re.I
)
_BEGAN_EARLIER = re.compile(
    r"\s+(?:which|that)\s+(?:erupted|began|started|broke\s+out|flared(?:\s+up)?)\s+earlier\s+(?:this|in\s+the)\s+week\b",
    re.I,
)
_WHO_DIED_EARLIER = re.compile(r",\s+who\s+(?:was|were|had\s+been)\s+killed\b[^;]*\bearlier\b", re.I)
_OVER_PERIOD_IN_LOWER = in_lower_case(_OVER_PERIOD)  # for lower-cased text: see lower_matches_alike
_CURRENT_DAY = re.compile(
    r"\b(?:yesterday|today|tonight|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b", re.I
)


_PERIOD_WORDS = ("over", "past", "last", "previous", "period")  # one of them is in every _OVER_PERIOD match


def _over_a_period(text: str) -> bool:
    low = lowered(text)
    if not may_contain(text, low, _PERIOD_WORDS):
        return False
    return bool(_OVER_PERIOD_IN_LOWER.search(low) if lower_matches_alike(text) else _OVER_PERIOD.search(text))


@dataclass
class StageTimes:
    """Seconds spent per stage, accumulated across calls (for the benchmark)."""

    sentences: float = 0.0
    numbers: float = 0.0
    places: float = 0.0
    dates: float = 0.0
    assembly: float = 0.0


STAGE_TIMES = StageTimes()


# The __init__ is written out (init=False): mypyc compiles it, while a generated one stays interpreted;
# tests/unit/extract/test_dataclass_inits.py holds it to the fields.
@dataclass(init=False)
class Candidate:
    """One incident's figures as found in one sentence, before consolidation."""

    sentence: Sentence
    killed: cl.Figure | None = None
    wounded: cl.Figure | None = None
    displaced: int | None = None
    displaced_qualifier: str | None = None
    displaced_unit: str | None = None
    displaced_kind: str | None = None
    displaced_start: int = 0  # where the (first) displacement figure stands in the sentence
    background: bool = False
    verified: bool = True
    claimed_by: str | None = None
    extra_sentences: list[Sentence] = field(default_factory=list)
    dropped: bool = False
    siblings: bool = False  # one of several places' counts listed in the sentence
    shared_sentence: bool = False  # another incident's figures stand in the same sentence

    def __init__(
        self,
        sentence: Sentence,
        killed: cl.Figure | None = None,
        wounded: cl.Figure | None = None,
        displaced: int | None = None,
        displaced_qualifier: str | None = None,
        displaced_unit: str | None = None,
        displaced_kind: str | None = None,
        displaced_start: int = 0,
        background: bool = False,
        verified: bool = True,
        claimed_by: str | None = None,
        extra_sentences: list[Sentence] | None = None,
        dropped: bool = False,
        siblings: bool = False,
        shared_sentence: bool = False,
    ) -> None:
        self.sentence = sentence
        self.killed = killed
        self.wounded = wounded
        self.displaced = displaced
        self.displaced_qualifier = displaced_qualifier
        self.displaced_unit = displaced_unit
        self.displaced_kind = displaced_kind
        self.displaced_start = displaced_start
        self.background = background
        self.verified = verified
        self.claimed_by = claimed_by
        self.extra_sentences = [] if extra_sentences is None else extra_sentences
        self.dropped = dropped
        self.siblings = siblings
        self.shared_sentence = shared_sentence

    @property
    def casualty(self) -> bool:
        return self.killed is not None or self.wounded is not None

    @property
    def sentences(self) -> list[Sentence]:
        return sorted([self.sentence, *self.extra_sentences], key=lambda s: s.start)


@lru_cache(maxsize=1024)  # asked again of the same sentence and cues: ~22 calls an article, ~14 different
def _has(text: str, cues: tuple[str, ...]) -> bool:
    return cl.cue_pattern(cues).search(lowered(text)) is not None


def _tells_of_violence(title: str, body: str, sentences: list[Sentence]) -> bool:
    """``_has(f"{title} {body}", VIOLENCE_CUES)``, read sentence by sentence, whose lower case the rules
    before remembered (see ``lowered``) where the whole text would be lowered again. A cue (words of
    [a-z] joined by single spaces) spans no two sentences: between them lies white space after closing
    punctuation, or a line break. The title is read with the body up to the end of the first sentence:
    a cue may span the space that joins them."""
    if not sentences:
        return _has(f"{title} {body}", VIOLENCE_CUES)
    return _has(f"{title} {body[: sentences[0].end]}", VIOLENCE_CUES) or any(
        _has(s.text, VIOLENCE_CUES) for s in sentences[1:]
    )


def _non_conflict(text: str) -> bool:
    """Deaths in a crash, a flood or an epidemic: not a conflict figure unless violence is named too."""
    return _has(text, NON_CONFLICT_CUES) and not _has(text, VIOLENT_ACTS)


def _is_headline(s: Sentence, title: str) -> bool:
    if s.text.isupper() and len(s.text.split()) >= 3 and s.text[-1:] not in ".!?\"”'’":
        return True  # "NEARLY 3,000 PEOPLE FLEE NIGERIA ATTACKS": a section's headline in a bulletin
    if s.index > 1:
        return False
    if title and fold(s.text) == fold(title):
        return True
    return s.index == 0 and s.text[-1:] not in ".!?\"”'’" and len(s.text.split()) <= 16


def _figures(s: Sentence) -> list[cl.Figure]:
    return cl.sentence_figures(s.text)


_ADDING = re.compile(r",\s+(?:adding|and\s+added|he\s+added|she\s+added|it\s+added)\b")


def _before_an_addition(text: str, f: cl.Figure) -> str:
    """The figure's clause, up to what the speaker added after it ('..., the UN said, adding it was preparing
    for that figure to triple')."""
    clause = cl.figure_clause(text, f.quantity.start)
    start = clause.find(f.quantity.text)
    added = _ADDING.search(clause, max(start, 0))
    return clause[: added.start()] if added is not None else clause


def _candidates(s: Sentence, figures: list[cl.Figure]) -> list[Candidate]:
    out: list[Candidate] = []
    if _has(s.text, NON_CONFLICT_CUES):
        # "Rebels attacked and 3,000 fled, while floods displaced another 2,000": the flood's clause goes
        figures = [f for f in figures if not _non_conflict(cl.figure_clause(s.text, f.quantity.start))]
    displaced = [
        f
        for f in figures
        if f.role == cl.DISPLACED
        and ((f.quantity.value or 0) >= MIN_DISPLACED or f.unit != "people" or f.per_place)
    ]
    if displaced and cl.is_projection(s.text):
        # "could see 800,000 flee": a projection, not a count (but "has forced 130,000 people to flee, the UN
        # said, adding it was preparing for that figure to more than triple": the count, its clause no guess)
        displaced = [f for f in displaced if not cl.is_projection(_before_an_addition(s.text, f))]
    if displaced:
        # Figures of one kind are summed ("400,000 refugees and 300,000 IDPs"); a flow and a stock in one
        # sentence ("45,000 are fleeing Marib, a city that has seen 1 million flee since 2014") stay apart.
        clauses: dict[str, list[cl.Figure]] = {}
        for f in displaced:
            clauses.setdefault(cl.figure_clause(s.text, f.quantity.start), []).append(f)
        kinds: dict[tuple[str, bool, str, str], list[cl.Figure]] = {}
        for clause, parts in clauses.items():
            value = sum(f.quantity.value or 0 for f in parts)
            kind = cl.displacement_kind(clause, value, tuple(f.noun or "" for f in parts))
            # a region's part of a figure stays apart from the whole, households from people, and a
            # stock of a clause of its own ("in Tigray, 1 million ..., while in Amhara 500,000") apart
            # from another clause's
            scope = clause if kind == "cumulative" else ""
            for f in parts:
                kinds.setdefault((kind, f.regional_part, f.unit, scope), []).append(f)
        for (kind, _part, _unit, _scope), parts in kinds.items():
            group = _without_breakdown(s.text, parts)
            first = group[0]
            out.append(
                Candidate(
                    s,
                    displaced=sum(f.quantity.value or 0 for f in group),
                    displaced_qualifier=first.quantity.qualifier if len(group) == 1 else "exact",
                    displaced_unit=first.unit,
                    displaced_kind=kind,
                    displaced_start=first.quantity.start,
                )
            )
    current: Candidate | None = None
    for f in figures:
        if f.joined and current is not None:
            before = current.killed if f.role == cl.KILLED else current.wounded
            if (
                before is not None
                and before.role == f.role
                and cl.fights_state(s.text, before) == cl.fights_state(s.text, f)
            ):
                if f.role == cl.KILLED:
                    current.killed = cl.summed(before, f)
                else:
                    current.wounded = cl.summed(before, f)
                continue
        if f.of_wounded and current is not None and current.killed is None:
            current.killed = f  # "wounding 12 civilians, five of whom died"
            continue
        if f.role == cl.KILLED:
            current = Candidate(s, killed=f)
            out.append(current)
        elif f.role == cl.WOUNDED:
            if current is not None and current.wounded is None:
                current.wounded = f
            else:
                current = Candidate(s, wounded=f)
                out.append(current)
    return out


def _without_breakdown(text: str, group: list[cl.Figure]) -> list[cl.Figure]:
    """'700,000 people: 400,000 refugees and 300,000 internally displaced': a total followed by its parts
    (after a colon, a dash or 'including') is the total, not a part of the sum."""
    values = [f.quantity.value or 0 for f in group]
    if len(group) < 3 or values[0] != sum(values[1:]):
        return group
    between = text[group[0].quantity.end : group[1].quantity.start]
    return group[:1] if _BREAKDOWN_OPENS.search(between) else group


_BREAKDOWN_OPENS = re.compile(r"[:–—]|\bincluding\b|\bof\s+whom\b", re.IGNORECASE)


_LIST_ITEM = re.compile(r"\s*[•·▪◦‣*–-]\s+")
_BULLETS = frozenset("•·▪◦‣*–-")  # a sentence starts with no white space: a list item, with one of these


def _list_runs(sentences: list[Sentence]) -> list[list[Sentence]]:
    """Runs of consecutive bulleted lines ('• Donetsk region - over 84,000 people evacuated;')."""
    runs: list[list[Sentence]] = []
    for s in sentences:
        if s.text[:1] not in _BULLETS or not _LIST_ITEM.match(s.text):
            continue
        if runs and runs[-1][-1].index == s.index - 1:
            runs[-1].append(s)
        else:
            runs.append([s])
    return [r for r in runs if len(r) > 1]


def _breakdown_items(sentences: list[Sentence], figures_of: dict[int, list[cl.Figure]]) -> None:
    """A bulleted breakdown states its verb once: '• Donetsk region - 84,000 people evacuated;
    • Kharkiv region - 5,100 people;' -- the items without a verb take their siblings' role."""
    for run in _list_runs(sentences):
        roles = {f.role for s in run for f in figures_of[s.index]}
        if len(roles) != 1:
            continue
        role = roles.pop()
        for s in run:
            if not figures_of[s.index]:
                bare = cl.bare_count(s.text)
                if bare is not None:
                    figures_of[s.index] = [cl.Figure(bare, role, "people")]


_DEPLOYED_LONG_AGO = re.compile(
    r"\b(?:deployed|stationed|based|posted|settled|living|who\s+(?:had\s+)?(?:moved|settled|arrived))\s+"
    r"(?:[\w-]+\s+){0,3}?(?:years|decades|months)\s+ago\b",
    re.IGNORECASE,
)


def _big(fig: cl.Figure) -> bool:
    """A toll this large is a conflict's or a period's, seldom one incident's."""
    return (fig.quantity.value or 0) >= BIG_TOLL


_AN_ATTACK_TOLD = re.compile(
    r"\b(?:bombed|attacked|struck|shelled|raided|ambushed|stormed|exploded|detonated|opened\s+fire|fired|hit)\b",
    re.IGNORECASE,
)
_SINCE_RECENTLY = re.compile(
    r"\bsince\s+(?:the\s+)?(?:[\w-]+\s+){0,4}?(?:erupted|began|started|broke\s+out|flared(?:\s+up)?|escalated)\s+"
    r"(?:last\s+(?:month|week)|(?:a|two|three|four|several|a\s+few)\s+(?:weeks?|days?)\s+ago)\b",
    re.IGNORECASE,
)
_SINCE_PART_OF_MONTH = re.compile(
    rf"\bsince\s+(?:early|mid|late)[\s-]+(?P<month>{'|'.join(MONTHS)})\b(?!\s+\d)", re.IGNORECASE
)


def _since_a_recent_month(clause: str, published_month: int) -> str:
    """The clause less a 'since late February' of this month or the one before (in a report of mid-March:
    a flow still running, the news; 'since late October' in March is a stock's start, kept)."""
    m = _SINCE_PART_OF_MONTH.search(clause)
    if m is None:
        return clause
    if (published_month - MONTHS.index(m.group("month").lower()) - 1) % 12 > 1:
        return clause
    return clause[: m.start()] + " " + clause[m.end() :]


# "In October 2022", "last October", "in 2019": a month or a year named as when something happened
_A_MONTH_OR_YEAR = re.compile(
    rf"\b(?:in|last|during)\s+(?:(?:early|late|mid)[\s-]+)?(?:(?:{'|'.join(MONTHS)})\b|(?:19|20)\d\d\b)",
    re.IGNORECASE,
)


def _increments_then_totalled(sentences: list[Sentence], figures_of: dict[int, list[cl.Figure]]) -> None:
    """'The latest clashes resulted in eight more fatalities and 11 injuries. This brings the total casualties
    to 43 dead and 177 injured.': the day's increment is part of the total the next sentence gives; the
    total stays, the increment's figures of the roles the total counts go."""
    for s, nxt in itertools.pairwise(sentences):
        figures, totals = figures_of[s.index], figures_of[nxt.index]
        if not figures or not totals or _THIS_BRINGS.match(nxt.text) is None:
            continue
        if any(cl.is_increment(s.text, f) for f in figures):
            # (a flow and the stock it brings up are two figures: "Another 3,000 fled. This brings the
            # number of displaced to 25,000.")
            roles = {f.role for f in totals} - {cl.DISPLACED}
            figures_of[s.index] = [f for f in figures if f.role not in roles]


_THIS_BRINGS = re.compile(
    r"\W*(?:this|that|it|which)\s+(?:brings|brought|takes|took|raises|raised|pushes|pushed)\s+"
    r"(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:toll|total|tally|number|count|casualties|figure)\b",
    re.IGNORECASE,
)


def _breakdown_kind(sentences: list[Sentence], cands: list[Candidate]) -> None:
    """The items of a breakdown are of the kind of the total they break down ('In five months,
    121,500 people have been evacuated' -> each region's figure is a stock too)."""
    for run in _list_runs(sentences):
        first = run[0].index
        totals = [c for c in cands if c.displaced is not None and first - 3 <= c.sentence.index < first]
        if totals and totals[-1].displaced_kind == "cumulative":
            for c in cands:
                if c.displaced is not None and run[0].index <= c.sentence.index <= run[-1].index:
                    c.displaced_kind = "cumulative"


_EXACT_FIGURE = re.compile(
    r"\b(?:put|puts|gave|gives|set|sets)\s+the\s+(?:exact|official|latest|new|updated|final|precise)\s+"
    r"(?:figure|number|tally|count)\s+at\s+(?P<num>\d[\d,.]*)",
    re.IGNORECASE,
)


_A_DIGIT = re.compile(r"\d")


def _exact_figures(
    sentences: list[Sentence], figures_of: dict[int, list[cl.Figure]], cands: list[Candidate]
) -> None:
    """The figure that came before, revised by a sentence with no figure of its own: made exact ('The
    government put the exact figure at 100,417' after 'more than 100,000 refugees arrived') or raised
    ('the number had risen to more than 6,800')."""
    first = min((c.sentence.index for c in cands), default=len(sentences))
    for s in sentences:
        if figures_of[s.index]:
            continue  # a sentence with figures of its own says again what it counts
        if s.index <= first or _A_DIGIT.search(s.text) is None:
            continue  # no figure before it to revise, or no number to revise it with (both regexes read one)
        _number_rose(s, cands)
        m = _EXACT_FIGURE.search(s.text)
        if m is None:
            continue
        value = number_value(m.group("num"))
        before = [c for c in cands if c.sentence.index < s.index]
        if value is None or not before:
            continue
        last = before[-1]
        if (
            last.displaced is not None
            and _close(last.displaced, value)
            and last.displaced_qualifier != "exact"
        ):
            last.displaced, last.displaced_qualifier = value, "exact"
            last.extra_sentences.append(s)


_NUMBER_ROSE = re.compile(
    r"\bthe\s+(?:number|figure|tally|count|toll)\s+(?:has\s+|had\s+)?(?:now\s+)?"
    r"(?:risen|rose|climbed|increased|grown|jumped|reached)\s+(?:to\s+)?"
    r"(?P<num>(?:more\s+than\s+|over\s+|at\s+least\s+|nearly\s+|about\s+|some\s+)?\d[\d,]*)",
    re.IGNORECASE,
)


def _number_rose(s: Sentence, cands: list[Candidate]) -> None:
    """'More than 3,000 who fled had arrived in Dori by Monday ... the number had risen to more than 6,800':
    the figure before, revised upwards by a sentence that does not say again what it counts."""
    m = _NUMBER_ROSE.search(s.text)
    before = [c for c in cands if c.sentence.index < s.index]
    found = find_quantities(m.group("num")) if m else []
    if not before or len(found) != 1 or found[0].value is None:
        return
    last, q = before[-1], found[0]
    value = q.value or 0
    if last.displaced is not None and value > last.displaced:
        last.displaced, last.displaced_qualifier = value, q.qualifier
        last.extra_sentences.append(s)
    elif last.killed is not None and last.displaced is None and value > (last.killed.quantity.value or 0):
        last.killed = dataclasses.replace(last.killed, quantity=q)
        last.extra_sentences.append(s)


def _speaker(sentences: list[Sentence], i: int) -> str | None:
    who = cl.attribution(sentences[i].text)
    if who and who.lower() in _PRONOUNS:
        who = cl.attribution(sentences[i - 1].text) if i > 0 else None
        if who and who.lower() in _PRONOUNS:
            who = None  # "it said" twice: who "it" is lies further back than we read
    if who and _BARE_NAME.fullmatch(who):
        # "Cuenca said": who Cuenca is was said when he was first named ("Captain Chris Cuenca of
        # the Army's 203rd Brigade")
        return cl.introduced_as(who, " ".join(s.text for s in sentences[: i + 1])) or who
    return who


_PRONOUNS = frozenset(["he", "she", "they", "it", "we"])
_BARE_NAME = re.compile(r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}")


def _close(a: int, b: int) -> bool:
    """Two counts near enough to be one toll told twice (16 and 17), not two small incidents (3 and 4)."""
    return abs(a - b) <= int(0.15 * max(a, b))


def extract_events(article: Article) -> list[Event]:
    """The pipeline behind :func:`streams.extract.extract`."""
    t0 = time.perf_counter()
    body = article.body
    sentences = split_sentences(body)
    t1 = time.perf_counter()
    STAGE_TIMES.sentences += t1 - t0

    published = article.published_at
    cands: list[Candidate] = []
    headlines = [s.index for s in sentences if _is_headline(s, article.title)]
    figures_of = {s.index: ([] if s.index in headlines else _figures(s)) for s in sentences}
    if headlines and headlines[0] <= 1 and not any(figures_of.values()):
        # "Two policemen shot dead as gunmen attack Busiika police post", over a body that names the dead one
        # by one and counts them nowhere: the headline's count is the article's only one
        figures_of[headlines[0]] = _figures(sentences[headlines[0]])
    _breakdown_items(sentences, figures_of)
    _increments_then_totalled(sentences, figures_of)
    for s in sentences:
        figures = figures_of[s.index]
        if not figures:
            continue
        found = _candidates(s, figures)
        who = _speaker(sentences, s.index) if found else None  # the same for every figure of the sentence
        for c in found:
            c.claimed_by = who
            c.siblings = any(f.per_place for f in figures)
            cands.append(c)
    _breakdown_kind(sentences, cands)
    _exact_figures(sentences, figures_of, cands)
    t2 = time.perf_counter()
    STAGE_TIMES.numbers += t2 - t1
    cands = [c for c in cands if not _non_conflict(c.sentence.text)]
    if not cands or not (
        _tells_of_violence(article.title, body, sentences) or _has(f"{article.title} {body}", _ARMED_GROUPS)
    ):  # (an armed group by name, read only where no other cue is: most articles have one)
        return []  # most articles in a live stream: nothing to place or date

    # Places: the sentences around the figures, and the opening, which sets the article's context.
    gaz = get_gazetteer()
    near = {0, 1, 2}
    for c in cands:
        near.update(range(c.sentence.index - PLACE_WINDOW, c.sentence.index + PLACE_WINDOW + 1))
    mentions = [find_mentions(s.text, gaz) if s.index in near else [] for s in sentences]
    dateline = dateline_end(body, article.title)
    dateline_mentions: list[Mention] = []
    for s, ms in zip(sentences, mentions, strict=True):
        if s.start < dateline:
            dateline_mentions += [m for m in ms if s.start + m.start < dateline]
            ms[:] = [m for m in ms if s.start + m.start >= dateline]
    title_mentions = find_mentions(article.title, gaz) if article.title else []
    ctx = article_context([m for ms in mentions for m in ms], title_mentions, dateline_mentions)
    if not ctx.countries:
        # "Boko Haram fighters killed 37 in the village of Mafa": a group that fights in one country says
        # which, when nothing else does
        home = group_home(f"{article.title} {body}")
        if home is not None:
            ctx.countries[home] += 1
    primary_country, named_regions = ctx.primary_country, set(ctx.regions)
    for s, ms in zip(sentences, mentions, strict=True):
        extra = (
            misspelt_regions(s.text, ms, gaz, primary_country)
            + transliterated_places(s.text, ms, gaz, primary_country, named_regions)
            if s.index in near
            else []
        )
        if extra:
            ms.extend(extra)
            ms.sort(key=lambda m: m.start)
    districts = {
        m.text: m for ms in mentions for m in ms if m.district and m.kind == "region" and " " not in m.text
    }
    for s, ms in zip(sentences, mentions, strict=True) if districts else ():
        again = districts_named_again(s.text, ms, districts) if s.index in near else []
        if again:
            ms.extend(again)
            ms.sort(key=lambda m: m.start)
    if any("," in s.text for s in sentences):
        villages_placed_near([s.text for s in sentences], mentions, ctx)
    t3 = time.perf_counter()
    STAGE_TIMES.places += t3 - t2

    _mark_background(cands, sentences, published)
    events = _consolidate(cands, sentences, mentions, ctx, published)
    for c in events:
        c.shared_sentence = sum(1 for o in events if o.sentence.index == c.sentence.index) > 1
    _apply_unverifiable_statements(events, sentences)
    t4 = time.perf_counter()

    out: list[Event] = []
    dates_time = 0.0
    sentence_places: dict[int, ResolvedPlace | None] = {}
    incident_sentences = frozenset(c.sentence.index for c in events)
    for n, c in enumerate(events):
        place = _place_for(
            c, sentences, mentions, title_mentions, ctx, sentence_places, body[:dateline], incident_sentences
        )
        td = time.perf_counter()
        date: dt.date | None = None
        for s in c.sentences:
            date = resolve_date(s.text, published)
            if date is not None:
                break
        if date is not None and published is not None and c.casualty and not c.background:
            # "The war began on October 7, 2023, which resulted in the deaths of 1,206 people", told a year
            # on: a toll whose own sentence dates it months before the news is an earlier incident's
            c.background = (published - date).days >= _MONTHS_GONE_DAYS
        if date is None and c.casualty and not c.background:
            date = _nearby_date(c, sentences, published)
        dates_time += time.perf_counter() - td
        out.append(_to_event(article, c, n, place, date))
    STAGE_TIMES.dates += dates_time
    STAGE_TIMES.assembly += time.perf_counter() - t4 - dates_time + (t4 - t3)
    return out


def _nearby_date(c: Candidate, sentences: list[Sentence], published: dt.date | None) -> dt.date | None:
    if published is None:
        return None
    for k in range(c.sentence.index - 1, max(-1, c.sentence.index - 3), -1):
        d = resolve_date(sentences[k].text, published)
        if d is not None:
            return d
    nxt = c.sentence.index + 1
    if nxt < len(sentences) and _OCCURRED.search(sentences[nxt].text):
        return resolve_date(sentences[nxt].text, published)  # "The attack took place on 15 April."
    return None


def _mark_background(cands: list[Candidate], sentences: list[Sentence], published: dt.date | None) -> None:
    year = published.year if published is not None else None
    month = published.month if published is not None else None
    day = published.day if published is not None else None
    # The lead: the first casualty figure, passing over the conflict's running tolls before it ("More than
    # 300 have been killed since May. On Sunday, shelling killed 12": the Sunday's toll is the news)
    casualties = sorted({c.sentence.index for c in cands if c.casualty})
    # (read in the figure's clause beside a displacement stock: "At least 20 civilians were killed in attacks
    # on two villages over the weekend, the latest in a surge of violence that has forced 200,000 from their
    # homes")
    stocks = {c.sentence.index for c in cands if c.displaced is not None and c.displaced_kind == "cumulative"}
    clauses = {
        c.sentence.index: _lead_clause(c) if c.sentence.index in stocks else c.sentence.text
        for c in reversed(cands)
        if c.casualty
    }
    lead_index = next(
        (
            i
            for i in casualties
            if not cl.is_cumulative_toll(clauses[i])
            and not _period_total(clauses[i])
            # ("145 people have been killed in heavy clashes in September alone": a month's total)
            and _MONTH_ALONE.search(clauses[i]) is None
            and not _estimate_of_a_running_toll(sentences, i)
            and not _last_week_undated(clauses[i], published, cands)
            # ("Incident in the capital comes a week after at least 32 civilians were killed": a standfirst
            # that only recalls an earlier toll)
            and not _only_recalls(sentences[i].text, [c for c in cands if c.sentence.index == i])
        ),
        # ("205 people have been killed ... in two weeks of fighting", a period's total, is no lead)
        casualties[0] if casualties else 0,
    )
    # "At least 40 killed in three attacks": the attacks that follow, however many days before, are the news
    roundup = bool(sentences) and _SUMMARY.search(sentences[lead_index].text) is not None
    lead_date = resolve_date(sentences[lead_index].text, published) if sentences else None
    # "killed a rebel during a clash this week": the week's incidents told after it are the news
    this_week = bool(sentences) and _THIS_WEEK.search(sentences[lead_index].text) is not None
    # "Five police were killed Thursday ..., a day after nine police died in similar blasts": the day the
    # lead recalls, whose incidents told later are that context
    recalled = _recalled_day(sentences[lead_index].text, lead_date) if sentences and lead_date else None
    previous: Candidate | None = None
    lead: Candidate | None = None  # the lead's own incident, once found
    for c in cands:
        full = c.sentence.text
        fig = c.killed or c.wounded
        if c.displaced is not None:
            clause = cl.figure_clause(
                full, c.displaced_start
            )  # not "... a city that has seen 1 million flee since 2014"
            if c.displaced_kind == "incident" and _whole_year(clause, year):
                c.displaced_kind = "cumulative"  # "14,000 were displaced from Narino in 2020": a year's total
            since = _SINCE_RECENTLY.sub(" ", clause)
            if month is not None and "since" in since:
                since = _since_a_recent_month(since, month)
            c.background = c.displaced_kind == "incident" and (
                # ("have fled since fighting erupted last month": a flow still running, the news)
                cl.is_background(since, year, month, day, flow=True)
                or ("since" not in lowered(clause) and _long_before(clause, published, flow=True))
            )  # "70,000 arrived in the town between 15 April and 15 May", in a report of 13 June
            if (
                not c.background
                and c.displaced_kind == "incident"
                and "between" in clause
                and _months_between(clause)
            ):
                # "26,690 people had been displaced across Cabo Delgado between 22 December and 20 February",
                # told days after: two months' total of many episodes, a stock
                c.displaced_kind = "cumulative"
            if (
                c.displaced_kind == "cumulative"
                and _recent_since(clause, published)
                and _REGISTERED_TOTAL.search(clause) is None
            ):
                # "since the February 19 start of the offensive": a flow (but "has registered a total of
                # 8,000 IDPs since December 13" counts those there now, a stock)
                c.displaced_kind = "incident"
            if c.displaced_kind == "cumulative" and "ntil " in full and _UNTIL_LATELY.search(full):
                # "Until recently, Hit had been a safe haven ..., providing shelter for some 100,000 displaced
                # people", "Until July, the site was home to 64,000 Afghan refugees": the stock before the
                # news, which the news has changed
                c.background = True
            if c.displaced_kind == "cumulative" and _GROUP_CAREER.search(full):
                # "Boko Haram, which is blamed for killing at least 20,000 people and leaving another 2.6
                # million homeless"; "Boko Haram's seven-year insurgency has displaced 2.7 million": a
                # group's career over the countries it fights in, no stock of one place
                c.background = True
            previous = c
            continue
        # "the deadliest attack since 2010" compares; it names no period of the figure
        text = _SUPERLATIVE_COMPARED.sub(" ", cl.figure_clause(full, fig.quantity.start) if fig else full)
        text = SUPERSEDED_TOLL.sub(" ", text)
        if " ago" in text:
            # "killed 12 members of organized forces deployed there years ago": when the victims came, not
            # when they died
            text = _DEPLOYED_LONG_AGO.sub(" ", text)
        if "earlier" in text:
            # "the minister earlier this week said two soldiers had been killed": when it was said
            text = _SAID_EARLIER.sub(" said", text)
            # "wounded in the clashes which erupted earlier this week": the toll of fighting still going on
            text = _BEGAN_EARLIER.sub(" ", text)
            # "killed at a memorial for the deputy governor, who was killed in an attack earlier this week":
            # when another died, told after the toll
            at = text.find(fig.quantity.text) if fig is not None else -1
            who = _WHO_DIED_EARLIER.search(text, at) if at >= 0 else None
            if who is not None:
                text = text[: who.start()]
        is_lead = c.sentence.index <= lead_index
        bg = (
            cl.is_background(_lead_as_news(text) if is_lead else text, year, month, day)
            or (fig is not None and _some_time_after(full, fig.quantity.start))
            or _over_a_period(text)
            or _period_total(text)
            # ("Security was beefed up. This comes after one person was shot dead on Monday": with no time
            # between and no incident told before, the news itself)
            or _comes_after(full, spanned=previous is None)
            or (fig is not None and _antecedent_earlier(full, fig.quantity.start, year))
            or (fig is not None and _earlier_antecedent_where(full, fig.quantity.start))
            # "Before the ambush, the military said five rebels had died in clashes": what came before
            or _BEFORE_THE_INCIDENT.match(full) is not None
            # "police suspect they may have been behind the massacre of 14 young people": a known killing
            or (
                fig is not None
                and _BEHIND_THE_KILLING.search(full, max(0, fig.quantity.start - 70), fig.quantity.start)
                is not None
            )
            or (fig is not None and _running_toll_brought_to(full, fig.quantity.start))
            or (
                _long_before(text, published, dated_after=_dated_after(is_lead, roundup))
                # ("The April 17 attack was claimed by the group, which said it had killed 70": the lead's
                # attack, dated, told again)
                and (is_lead or _THE_DATED_ATTACK.match(full) is None)
            )
        )
        if bg and published is not None and "between" in text:
            # "between January 26 and January 30, approximately 2,880 were wounded", told on February 1: a
            # spell of fighting just ended, the news
            end = period_end(text, published)
            bg = end is None or not 0 <= (published - end).days <= _JUST_ENDED_DAYS
        if (
            not bg
            and roundup
            and c.sentence.index > lead_index
            and lead_date is not None
            and _OPENS_WITH_A_DAY.match(full)
            and _before_the_lead(text, lead_date, published, 1)
        ):
            # "A series of bombings across Iraq killed at least 29 people Wednesday", its items, then "On
            # Tuesday, a wave of attacks killed 21 people": the day before, another day's roundup
            bg = True
        if bg and roundup and c.sentence.index > lead_index and _AN_EARLIER_ATTACK.search(text):
            # "At least 20 civilians were killed in attacks on two villages over the weekend", then "Ten were
            # also killed in an earlier attack on Biangolo on Saturday": one of the attacks summed, dated
            # within the roundup's week
            when = resolve_date(full, published) if published is not None else None
            bg = when is None or published is None or (published - when).days >= ROUNDUP_BACKGROUND_AFTER_DAYS
        if not bg and not roundup and not this_week and c.sentence.index > lead_index:
            # "18 were also injured during the clashes, which occurred over the weekend" tells of the lead's
            # own incident
            # (the date first: resolve_date remembers it from _long_before; the regex scans the sentence)
            # ("In another report, ... coalition forces on Sunday carried out airstrikes", after Tuesday's
            # lead: an item of a roundup, the news for a week)
            days = (
                ROUNDUP_BACKGROUND_AFTER_DAYS
                if _has(text, SEPARATE_INCIDENT_CUES)
                else EARLIER_THAN_LEAD_DAYS
            )
            bg = _before_the_lead(text, lead_date, published, days) and not _ANAPHORIC_INCIDENT.search(full)
        if not bg and not roundup and c.sentence.index > 0 and not has_date_expression(text):
            # "Prior to that, on the night of April 1-2, the army attacked. As many as 36 were killed": the
            # sentence before dates the toll, days before the news
            prior = sentences[c.sentence.index - 1].text
            prior_date = explicit_date(prior, published)
            bg = (
                prior_date is not None
                and published is not None
                and (published - prior_date).days >= _dated_after(False, is_lead or roundup)
                # ("in the aftermath of deadly clashes that started on April 3. The resurging violence has
                # left 144 people dead": an episode begun days ago, its toll still the news)
                and not (
                    (published - prior_date).days < RUNNING_TOLL_DAYS
                    and _EPISODE_BEGAN.search(prior) is not None
                )
            ) or (
                # "In October 2022, regime jets bombed the village hospital. Two people were killed": a month
                # or a year long gone, named by a sentence with no count of its own just before the toll's
                prior_date is None
                and c.sentence.index > lead_index
                and all(o.sentence.index != c.sentence.index - 1 for o in cands)
                and _A_MONTH_OR_YEAR.search(prior) is not None
                # (an attack, whose toll the next sentence gives: not "the military seized power in February
                # 2021", context of any toll after it; or a toll too large for one incident: "The war began in
                # February 2022. Tens of thousands have been killed")
                and (_AN_ATTACK_TOLD.search(prior) is not None or (fig is not None and _big(fig)))
                and cl.is_background(prior, year, month, day)
            )
        if not bg and cl.is_cumulative_toll(text) and not _CURRENT_DAY.search(_SPEECH_DAY.sub(" ", text)):
            bg = not _since_a_recent_day(text, published)
        if not bg and _estimate_of_a_running_toll(sentences, c.sentence.index):
            bg = True
        if not bg and c.sentence.index > 0 and _THOSE_ATTACKS.match(full):
            # "Today's attack followed bombings in three towns. The attacks killed six people."
            prior = sentences[c.sentence.index - 1].text
            bg = bool(COMES_AFTER.search(prior) or _FOLLOWED.search(prior)) and not has_date_expression(full)
        if not bg and _THE_ATTACKS.search(full) and not has_date_expression(full):
            # "The strikes occurred between 25 September and 23 November. They caused 434 casualties,
            # including 321 deaths": the period is named just before the total
            before = sentences[max(0, c.sentence.index - 2) : c.sentence.index]
            bg = any(_period_total(p.text) or _over_a_period(p.text) for p in before)
        if not bg and c.sentence.index > lead_index + 1 and _LAST_WEEKDAY.search(text):
            # "Armed men killed 11 police in the same area last Thursday", after the lead (but "Separately,
            # NATO says a battle in Uruzgan last Friday left two civilians dead": an item of a roundup, news
            # within the roundup's week)
            bg = not _has(text, SEPARATE_INCIDENT_CUES) or _before_the_lead(
                text, lead_date, published, ROUNDUP_BACKGROUND_AFTER_DAYS
            )
        if not bg and recalled is not None and c.sentence.index > lead_index:
            bg = resolve_date(full, published) == recalled
        if not bg and c.sentence.index > lead_index and _LAST_WEEK_OPENING.match(full):
            bg = True  # "Last week, the army deployed troops in X, where four were killed": told as context
        if not bg and _last_week_undated(text, published, cands):
            bg = True
        if not bg and _NATIONAL.search(text) and not has_date_expression(text) and _PERFECT_TOLL.search(text):
            # "The attacks ... have claimed around 640 lives nationally, according to an AFP toll"
            bg = True
        if (
            not bg
            and lead is not None
            and lead.killed is not None
            and c.killed is not None
            and c.sentence.index > lead_index
            and (c.killed.quantity.value or 0) > (lead.killed.quantity.value or 0)
            and _NATIONAL.search(text)
        ):
            # "Activists said 140 had been killed nationwide on Wednesday", after a village's 78: the
            # country's day, the lead's dead among them
            bg = True
        if not bg and "toll" in text and _NATIONAL_TOLL.search(text):
            bg = True  # "the Observatory put the nationwide death toll at 33": the country's day, summed
        if not bg and c.killed is not None and _big(c.killed):
            # "Clashes have claimed more than 6,000 lives": a toll this large without a day is a running one
            bg = not has_date_expression(text) and bool(_PERFECT_TOLL.search(text))
        # (has_date_expression first in the rules below: it remembers its answer; a regex scans the text)
        if not bg and not has_date_expression(text) and _RUNNING_TOLL.search(text):
            # "The clashes have claimed the lives of over 100 soldiers": the conflict's running toll
            bg = True
        if not bg and not has_date_expression(text) and _PERFECT_CASUALTY.search(text):
            # "Fighting has raged since October. More than 120 civilians have been killed.": the period
            # is named one sentence before the running toll.
            prior = sentences[c.sentence.index - 1].text if c.sentence.index > 0 else ""
            bg = cl.is_cumulative_toll(prior) and not _CURRENT_DAY.search(prior)
        if (
            not bg
            and previous is not None
            and previous.background
            and previous.casualty
            and c.sentence.index != lead_index  # (the running tolls told first do not make the news theirs)
            and c.sentence.index - previous.sentence.index <= 3
            # ("On Wednesday, 27 were killed. The agency said five more were killed on Thursday", before
            # the lead's Friday: the context goes on)
            and (not has_date_expression(text) or _dated_before(full, lead_date, published))
            and not _has(text, SEPARATE_INCIDENT_CUES)
            and not _ALSO_IN_THE_ATTACK.search(full)
            and not _restates(c, lead)
            and _THE_DATED_ATTACK.match(full) is None
            and not _context_in_an_aside(previous)
        ):
            bg = True
        c.background = bg
        if lead is None and not bg and c.casualty and c.sentence.index == lead_index:
            lead = c
        previous = c
    _stocks_beside_running_tolls(cands)
    _running_tolls_told_twice(cands)


def _last_week_undated(text: str, published: dt.date | None, cands: list[Candidate]) -> bool:
    """'... after Al-Shabaab raided SYL Hotel in the capital last week, killing at least five', in a story of
    Saturday's attack that gives no date to count the days from: an earlier incident, when the story tells
    of casualties that are not last week's."""
    return (
        published is None
        and "last week" in lowered(text)
        and any(o.casualty and "last week" not in lowered(o.sentence.text) for o in cands)
    )


def _estimate_of_a_running_toll(sentences: list[Sentence], i: int) -> bool:
    """'The war has killed more than 20,000. Research, however, estimates the death toll at around 130,000':
    the toll the sentence before runs, estimated again, no incident of its own."""
    text = sentences[i].text
    return (
        i > 0
        and "toll" in text
        and _TOLL_ESTIMATE.search(text) is not None
        and cl.is_cumulative_toll(sentences[i - 1].text)
    )


def _context_in_an_aside(previous: Candidate) -> bool:
    """'The blast ripped through the market on Sunday, exactly a week after more than 80 were killed at a
    church': the context is the aside's; the sentence itself tells the news, which the next goes on with."""
    fig = previous.killed or previous.wounded
    if fig is None:
        return False
    text = previous.sentence.text
    m = _SOME_TIME_AFTER.search(text, max(0, fig.quantity.start - 60), fig.quantity.start)
    return m is not None and "," in text[: m.start()]  # (the aside set off after the main clause)


def _sides_of_the_toll(main: Candidate, siblings: list[int]) -> bool:
    """'At least 61 combatants have been killed in clashes', then 'Medics reported 43 Houthi rebels and nine
    loyalists killed': the toll of both sides, broken down side by side (in part), not more dead."""
    if main.killed is None or _BOTH_SIDES.search(main.sentence.text) is None:
        return False
    return sum(siblings) <= (main.killed.quantity.value or 0)


_BOTH_SIDES = re.compile(r"\bcombatants\b|\b(?:on|from)\s+both\s+sides\b", re.IGNORECASE)
# a toll of both sides, or of the clashes between them
_BETWEEN_SIDES = re.compile(
    rf"\b(?:clashes|fighting|battles?|gunfights?)\s+between\b|{_BOTH_SIDES.pattern}", re.IGNORECASE
)


def _lead_clause(c: Candidate) -> str:
    """The clause of a casualty candidate's first figure."""
    fig = c.killed or c.wounded
    return cl.figure_clause(c.sentence.text, fig.quantity.start) if fig is not None else c.sentence.text


def _running_tolls_told_twice(cands: list[Candidate]) -> None:
    """'The death toll in El Fasher has risen to over 260, with 1,500 injured since fighting began in May',
    then 'MSF reported that over 260 people have been killed ... since the conflict began': the first is the
    running toll the second tells again (its own clause names no period; its sentence does)."""
    news = {c.killed.quantity.value for c in cands if not c.background and c.killed is not None}
    running = {
        (c.killed.quantity.value, _bound(c.killed.quantity.qualifier)): c.sentence.index
        for c in reversed(cands)
        if c.background
        and c.killed is not None
        and c.killed.quantity.value in news  # (a toll no news count repeats needs no reading)
        and (
            cl.is_cumulative_toll(c.sentence.text)
            # ("a week-long conflict that has likely killed more than 1,000 people")
            or (_big(c.killed) and _PERFECT_TOLL.search(c.sentence.text) is not None)
        )
    }  # (each toll at the first sentence that tells it)
    for c in cands if running else ():
        if c.background or c.killed is None or (c.killed.quantity.value or 0) < _RUNNING_TOLL_MIN:
            continue
        told = running.get((c.killed.quantity.value, _bound(c.killed.quantity.qualifier)))
        # (or told after it: "since December 13, a total of 26 rebels have been killed", then "because we
        # have killed 26 and captured 15")
        if told is not None and (told < c.sentence.index or cl.is_cumulative_toll(c.sentence.text)):
            c.background = True


_RUNNING_TOLL_MIN = 10  # smaller counts coincide by chance


def _bound(qualifier: str) -> str:
    """A toll's qualifier, with 'more than 1,000' and 'surpassed 1,000' (read as exact) alike."""
    return "exact" if qualifier == "exact" or qualifier in _LOWER_BOUNDS else qualifier


def _dated_before(text: str, lead_date: dt.date | None, published: dt.date | None) -> bool:
    """The sentence's date is a day before the lead's, or earlier."""
    if lead_date is None or published is None:
        return False
    date = resolve_date(text, published)
    return date is not None and date < lead_date


def _restates(c: Candidate, lead: Candidate | None) -> bool:
    """The count is the lead's own, told again after an aside of context ("... killing seven soldiers. The
    attack came two days after a strike killed a commander. 'We lost seven soldiers,' an officer said"):
    the news resumed, not the context's incident carried on."""
    if lead is None or c.killed is None or lead.killed is None:
        return False
    if (
        c.wounded is not None
        and lead.wounded is not None
        and c.wounded.quantity.value != lead.wounded.quantity.value
    ):
        return False  # "killing two and wounding five" after the lead's two killed and nine wounded: a part
    return c.killed.quantity.value == lead.killed.quantity.value and cl.same_side(c.killed, lead.killed)


def _recalled_day(lead: str, lead_date: dt.date) -> dt.date | None:
    """The day of the earlier incident the lead recalls ('..., a day after nine police died'), or None."""
    m = _DAYS_AFTER.search(lead) if "after" in lead else None
    if m is None:
        return None
    n = m.group("n").lower()
    return lead_date - dt.timedelta(days=int(n) if n.isdigit() else _DAY_COUNTS[n])


_MONTH_ALONE = re.compile(rf"\bin\s+(?:{'|'.join(MONTHS)})\s+alone\b", re.IGNORECASE)
_AN_EARLIER_ATTACK = re.compile(
    r"\ban\s+earlier\s+(?:attack|raid|assault|ambush|bombing|clash|incident)\b", re.IGNORECASE
)
_DAYS_AFTER = re.compile(r"\b(?P<n>a|one|two|three|[1-3])\s+days?\s+after\s+(?!the\b)", re.IGNORECASE)
_DAY_COUNTS = {"a": 1, "one": 1, "two": 2, "three": 3}
_LAST_WEEK_OPENING = re.compile(r"\W*last\s+week\s*,", re.IGNORECASE)
_HAVE_FLED = re.compile(
    r"\b(?:have|has)\s+(?:\w+\s+){0,2}?(?:fled|been\s+(?:forced|displaced|driven|uprooted))\b", re.I
)


# "Over 150 individuals lost their lives and over 60,000 people were displaced in the violence in Manipur"
_DISPLACED_BY_THE_CONFLICT = re.compile(
    r"\bwere\s+(?:displaced|uprooted)\s+(?:in|by)\s+the\s+(?:violence|conflict|fighting|clashes|unrest|war)\b",
    re.I,
)


def _stocks_beside_running_tolls(cands: list[Candidate]) -> None:
    """'At least 180 people have been killed and nearly 60,000 have fled their homes': a flight told in the
    perfect, undated, beside the conflict's running toll, is the conflict's stock too; so is one 'displaced in
    the violence' beside it."""
    tolls = {c.sentence.index for c in cands if c.killed is not None and c.background}
    for c in cands if tolls else ():
        if (
            c.displaced is not None
            and c.displaced_kind == "incident"
            and not c.background
            and c.sentence.index in tolls
            and (_HAVE_FLED.search(c.sentence.text) or _DISPLACED_BY_THE_CONFLICT.search(c.sentence.text))
            and not has_date_expression(c.sentence.text)
        ):
            c.displaced_kind = "cumulative"


def _period_total(text: str) -> bool:
    """A total over a period ('in two years of fighting'): PERIOD_TOTAL, searched branch by branch, each
    behind a gate of its own words (see the gated forms at the end of this module)."""
    return PERIOD_TOTAL.search(text) is not None


# "revised the death toll from the previous day's bombing": the lead's incident, a day before the report,
# is the news the article leads with, not an earlier one it recalls
# What dates the lead's incident days before the report, which is still the news: "the previous day",
# "three days ago" (a lead dated with a calendar day is the news for two weeks too)
_PREVIOUS_DAY = re.compile(
    r"\b(?:the\s+)?previous\s+(?:day|night|evening)(?:'s|’s)?"
    r"|\b(?:two|three|four|five|six|[2-6])\s+days\s+ago\b",
    re.I,
)
# "The ministry on Saturday raised the death toll in last week's truck bombing to 152", "the toll from last
# week's bombing has risen to 152": a lead that revises a toll tells the news of that incident
_TOLL_REVISED = re.compile(
    r"\b(?:raised|raises|revised|revises)\s+(?:the\s+)?(?:death\s+)?toll\b"
    r"|\btoll\b[^.;]{0,80}?\b(?:has\s+|had\s+)?(?:risen|rose|climbed|jumped)\s+to\b",
    re.I,
)
_LAST_WEEKS = re.compile(r"\blast\s+week(?:'s|’s)", re.I)


def _lead_as_news(text: str) -> str:
    """The lead's text as read for background: the days before the news that still make it the news."""
    text = _PREVIOUS_DAY.sub(" ", text)
    if "last week" in text and _TOLL_REVISED.search(text):
        text = _LAST_WEEKS.sub(" ", text)
    return text


_BEFORE_THE_INCIDENT = re.compile(
    r"\W*(?:Before|Prior\s+to|Ahead\s+of)\s+(?:the|this|that)\s+(?:[\w-]+\s+)?(?:ambush|attack|assault|raid|bombing|blast"
    r"|strike|airstrike|massacre|offensive|explosion)\b"
)
# Who did a killing the article speaks of as known: "behind the massacre of", "suspected in the killing of"
_BEHIND_THE_KILLING = re.compile(
    r"\b(?:behind|responsible\s+for|involved\s+in|suspected\s+(?:of|in)|arrested\s+(?:for|over)|charged\s+"
    r"(?:with|over))\s+the\s+(?:[\w-]+\s+){0,2}?(?:massacre|killings?|murders?|slayings?)\s+of\s+"
    r"(?:at\s+least\s+|more\s+than\s+|some\s+|about\s+)?$",
    re.I,
)
_LAST_YEAR_ALL = re.compile(
    r"\blast\s+year\s+alone\b|\b(?:during|throughout|over)\s+(?:the\s+)?(?:last|past|previous)\s+year\b", re.I
)
_IN_A_YEAR = re.compile(r"\b(?:in|during|throughout)\s+((?:19|20)\d\d)\b(?!\s*,?\s*when\b)", re.I)


def _whole_year(clause: str, published_year: int | None) -> bool:
    """'displaced in 2020' in a report of 2021, 'over 350,000 displaced last year alone': people displaced
    over a whole past year, a stock."""
    if " year" in clause and _LAST_YEAR_ALL.search(clause) is not None:
        return True
    if published_year is None or ("19" not in clause and "20" not in clause):
        return False
    m = _IN_A_YEAR.search(clause)
    return m is not None and int(m.group(1)) < published_year


def _antecedent_earlier(full: str, start: int, year: int | None) -> bool:
    """'wanted in connection with the 1994 genocide in Rwanda, which left at least 800,000 people dead':
    the relative clause's figure is of the earlier incident its antecedent dates."""
    if year is None or ", which " not in full:
        return False
    begin = full.rfind(", which ", 0, start)
    if begin < 0 or cl.figure_clause(full, start) != cl.figure_clause(full, begin + len(", which ")):
        return False  # (the figure's own clause is the one "which" opens)
    m = _YEAR_BEFORE.search(full, max(0, begin - 60), begin)
    return m is not None and int(m.group(1)) < year


def _earlier_antecedent_where(full: str, start: int) -> bool:
    """'followed two attacks in the same zone last month where 45 people died': the figure of a 'where' or
    'in which' clause is of the earlier incident its antecedent tells of."""
    if " where " not in full and " in which " not in full:
        return False
    m = _WHERE_BEFORE.search(full, max(0, start - 40), start)
    if m is None:
        return False
    antecedent = lowered(full[max(0, m.start() - 60) : m.start()])
    return _has(antecedent, BACKGROUND_CUES)


_WHERE_BEFORE = re.compile(r"\s(?:where|in\s+which)\s+(?:[\w,-]+\s+){0,3}$")


# "the 1994 genocide", "in 2012": a year close before the comma
_YEAR_BEFORE = re.compile(r"\b(?:the|in|of|during)\s+((?:19|20)\d\d)\b(?!\s*,?\s*when\b)(?=[^,;]*$)")


def _running_toll_brought_to(full: str, start: int) -> bool:
    """'killed at least 12 people on Sunday bringing the death toll since the start of the uprising to more
    than 14,100': the total the day's dead are added to (no comma needed before 'bringing')."""
    if "ing " not in full:
        return False
    m = _BRINGING_THE_TOLL.search(full, max(0, start - 160), start)
    if m is None:
        return False
    span = full[m.start() : start]
    # ("taking the death toll nationwide to 33": the country's day, of which the incident is a part)
    return cl.is_cumulative_toll(span) or _NATIONAL.search(span) is not None


_BRINGING_THE_TOLL = re.compile(
    r"\b(?:bringing|taking|raising|pushing)\s+(?:the|its)\s+(?:overall\s+|total\s+)?(?:death\s+)?toll\b", re.I
)


_A_SPAN = re.compile(r"\b(?:days?|weeks?|fortnight|months?|years?)\b", re.I)


def _only_recalls(text: str, cands: list[Candidate]) -> bool:
    """Every figure of the sentence is told after its 'comes a week after': the earlier incident's only."""
    m = _recalled_after(text, spanned=True)
    return m is not None and all(
        (f := c.killed or c.wounded) is not None and f.quantity.start > m.start() for c in cands
    )


def _comes_after(text: str, spanned: bool = False) -> bool:
    """'The attack came a week after gunmen killed 12': the incident after 'after' is an earlier one,
    background -- but not one only hours before ('came hours after ... fatally shot two police officers
    overnight'), which is as much the news as the one the article leads with. 'Came within 24 hours of two
    operations' still sums up earlier reports. ``spanned``: only when the words say how long before ("a
    week after"; "This comes after one person was shot dead on Monday" is the news itself)."""
    return _recalled_after(text, spanned) is not None


def _recalled_after(text: str, spanned: bool) -> re.Match[str] | None:
    """COMES_AFTER's match, when it tells of an earlier incident (see ``_comes_after``)."""
    m = COMES_AFTER.search(text)
    if m is None:
        return None
    said = m.group(0).lower()
    if "hour" in said and "within" not in said:
        return None
    return m if not spanned or _A_SPAN.search(said) is not None else None


# "fled to neighbouring Chad", "crossed into Uganda": where refugees went
_INTO_BEFORE = re.compile(
    r"\b(?:fled|fleeing|flee|crossed|crossing|cross|arrived|arriving|poured|streamed|escaped)\s+"
    r"(?:in)?to\s+(?:(?:the\s+)?neighbou?ring\s+|nearby\s+)?$",
    re.IGNORECASE,
)
# "5,000 refugees arrived in several remote villages in northeastern Congo": the country they came into
_ARRIVED_IN_BEFORE = re.compile(r"\b(?:arrived|arriving)\s+in\s+(?:[\w-]+\s+){0,6}?$", re.IGNORECASE)
_SINCE_DATE = re.compile(r"\bsince\b", re.I)


_UNTIL_LATELY = re.compile(
    rf"\buntil\s+(?:recently|last\s+(?:year|month|week)|(?:early\s+|late\s+|mid-?)?(?:{'|'.join(MONTHS)}))\b",
    re.I,
)
_REGISTERED_TOTAL = re.compile(
    r"\b(?:registered\s+a\s+total\s+of|(?:has|have)\s+(?:been\s+)?registered)\b", re.I
)


def _recent_since(clause: str, published: dt.date | None) -> bool:
    """'displaced since 19 February' in a report of 28 February: the flow of one offensive, not a stock."""
    since = _SINCE_DATE.search(clause)
    if published is None or since is None:
        return False
    # (the since phrase alone: "Since the start of this year, 164,000 have been displaced, the IOM said on
    # Sunday" is no flow since Sunday)
    phrase = clause[since.start() :]
    comma = phrase.find(",")
    date = resolve_date(phrase[:comma] if comma > 0 else phrase, published)
    return date is not None and 0 <= (published - date).days <= RECENT_SINCE_DAYS


def _before_the_lead(
    text: str, lead_date: dt.date | None, published: dt.date | None, days: int = EARLIER_THAN_LEAD_DAYS
) -> bool:
    """'Coalition warplanes on Friday killed 65', after the lead's Monday rocket attack: an incident ``days``
    or more before the one the article reports is its background."""
    if published is None:
        return False
    if lead_date is None and "between" in text:
        # ("between January 26 and January 30, 2,880 were wounded", after an undated lead: as recent as
        # the spell's last day)
        date = period_end(text, published) or resolve_date(text, published)
    else:
        date = resolve_date(text, published)
    if date is None:
        return False
    if lead_date is not None:
        return (lead_date - date).days >= days
    # (an item of a roundup, told apart, is news for the roundup's week however the lead is dated)
    return (published - date).days >= max(days, DATED_LATER_BACKGROUND_AFTER_DAYS)


def _dated_after(lead: bool, roundup: bool) -> int:
    """Days after which an incident with a calendar date is background: the lead's is the news for two
    weeks (a late report is still the news); an attack of a roundup for a week; any other for three days."""
    if lead:
        return DATED_BACKGROUND_AFTER_DAYS
    return ROUNDUP_BACKGROUND_AFTER_DAYS if roundup else DATED_LATER_BACKGROUND_AFTER_DAYS


def _long_before(
    text: str,
    published: dt.date | None,
    *,
    flow: bool = False,
    dated_after: int = DATED_BACKGROUND_AFTER_DAYS,
) -> bool:
    """'on 7 October 2023, when gunmen attacked': an incident dated weeks before publication; a flow
    whose period ended weeks before."""
    if published is None:
        return False
    date = (period_end(text, published) if flow else None) or resolve_date(text, published)
    if date is None:
        return False
    if not flow and explicit_date(text, published) == date:  # "on April 12" in a report of the 20th
        if _since_a_recent_day(text, published, date):
            return False  # "346 killed since the fighting erupted on May 10th": a toll that runs to today
        return (published - date).days >= dated_after
    return (published - date).days >= BACKGROUND_AFTER_DAYS


# "since Nov. 24", "since the conflict erupted on May 10th", "since 3 March": a period that runs to today
_MONTH_STEMS = "|".join(m[:3].capitalize() for m in MONTHS)  # "Jan" ... "Dec": a month, short or whole


_BETWEEN_TWO_DAYS = re.compile(
    rf"\bbetween\s+(?:(?P<d1>\d{{1,2}})\s+(?P<m1>{_MONTH_STEMS})[a-z]*|(?P<m1b>{_MONTH_STEMS})[a-z]*\.?\s+(?P<d1b>\d{{1,2}}))"
    rf"\S*\s+and\s+(?:(?P<d2>\d{{1,2}})\s+(?P<m2>{_MONTH_STEMS})[a-z]*|(?P<m2b>{_MONTH_STEMS})[a-z]*\.?\s+(?P<d2b>\d{{1,2}}))"
)
_MONTH_ORDER = _MONTH_STEMS.split("|")
_A_MONTH_OR_MORE = 30  # days between the two days of a count that make it a period's total


def _months_between(clause: str) -> bool:
    """'between 22 December and 20 February': two days a month or more apart."""
    m = _BETWEEN_TWO_DAYS.search(clause)
    if m is None:
        return False
    first, last = _MONTH_ORDER.index(m["m1"] or m["m1b"]), _MONTH_ORDER.index(m["m2"] or m["m2b"])
    days = ((last - first) % 12) * 30 + int(m["d2"] or m["d2b"]) - int(m["d1"] or m["d1b"])
    return days >= _A_MONTH_OR_MORE


_SINCE_A_DAY = re.compile(
    rf"\bsince\b[^.;,]{{0,50}}?\b(?:(?:{_MONTH_STEMS})[a-z]*\.?\s+\d"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{_MONTH_STEMS})[a-z]*\b)"
)
_TOLD_BEFORE = re.compile(r"\b(?:said|reported|announced|stated)\s+(?:last\s+week|earlier|previously)\b")
_WHEN_AFTER_THE_DAY = re.compile(r"[\w.]*,?\s+when\b")
_EPISODE_BEGAN = re.compile(
    r"\b(?:clashes|fighting|violence|offensive|attacks|hostilities)\s+(?:that|which)\s+"
    r"(?:started|began|erupted|broke\s+out|flared)\s+(?:on|in)\b",
    re.I,
)
_JUST_ENDED_DAYS = 3  # a toll over a spell that ended this recently is the news
RUNNING_TOLL_DAYS = 60  # a toll since a day this recent is the episode's, still running: news


_OPENS_WITH_A_DAY = re.compile(rf"\W*On\s+(?:{'|'.join(d.capitalize() for d in WEEKDAYS)})\b")


def _since_a_recent_day(text: str, published: dt.date | None, date: dt.date | None = None) -> bool:
    """'at least 34 people killed since Nov. 24', told in December: the toll of an episode still running."""
    if published is None or "since" not in text:
        return False
    since = _SINCE_A_DAY.search(text)
    if since is None or _WHEN_AFTER_THE_DAY.match(text, since.end()):
        return False  # ("the highest toll since September 10, when 26 were killed": that day's own toll)
    if _TOLD_BEFORE.search(text):
        return False  # ("The ISPR said last week that a total of 43 ... since Dec 9": an earlier report's)
    date = date or explicit_date(text, published)
    return date is not None and 0 <= (published - date).days < RUNNING_TOLL_DAYS


def _earlier_report(c: Candidate, main: Candidate, sentences: list[Sentence]) -> bool:
    """'Eleven soldiers have been killed ... The attack had been previously disclosed by a military source
    ... clashes which killed eight soldiers and left 15 injured': a lower count of the incident, told after
    a sentence that says an earlier report follows, is that report's count, not another incident."""
    if c.killed is None or main.killed is None or not (c.verified and main.verified):
        return False
    if not 0 < (c.killed.quantity.value or 0) < (main.killed.quantity.value or 0):
        return False
    if has_date_expression(c.sentence.text):
        return False  # "... killed eight on Sunday": a day of its own may be another incident's
    # (the cue in the sentence before the count or in its own: "A third person previously reported to have
    # died was later resuscitated", paragraphs before "In Nikopol, an 18-year-old died", tells of no report
    # of Nikopol's dead)
    first = max(main.sentence.index, c.sentence.index - 1)
    return any(_has(sentences[k].text, EARLIER_REPORT_CUES) for k in range(first, c.sentence.index + 1))


def _other_side(noun: str | None, other: str | None) -> bool:
    """'officers' and 'militants': the dead of the two sides of a fight."""
    return (noun in STATE_FORCES and other in NON_STATE_COMBATANTS) or (
        noun in NON_STATE_COMBATANTS and other in STATE_FORCES
    )


def _split_sides(cands: list[Candidate]) -> list[Candidate]:
    """'Three rebels were killed while seven soldiers were wounded, a military official said': the army's
    count of its enemy's dead is a one-sided claim, its own wounded are vouched for -- two figures, two
    events, not one unverified incident with both."""
    out: list[Candidate] = []
    for c in cands:
        if c.killed is None or c.wounded is None or c.background or not _own_noun(c.killed, c.wounded):
            out.append(c)  # "two Houthi fighters were killed and one injured": the one is of the same side
            continue
        text = c.sentence.text
        killed_claim = cl.is_one_sided_claim(text, c.killed, c.claimed_by)
        if killed_claim == cl.is_one_sided_claim(text, c.wounded, c.claimed_by):
            out.append(c)
            continue
        wounded = dataclasses.replace(c, killed=None, extra_sentences=list(c.extra_sentences))
        killed_first = c.killed.quantity.start < c.wounded.quantity.start
        c.wounded = None
        out.extend((c, wounded) if killed_first else (wounded, c))
    return out


_UNNAMED = frozenset(["others", "other", "people", "persons", "more"])


def _own_noun(*figures: cl.Figure) -> bool:
    """Every figure names whom it counts ('seven soldiers'), not 'one', 'four others'."""
    return all(f.noun is not None and f.noun not in _UNNAMED for f in figures)


def _consolidate(
    cands: list[Candidate],
    sentences: list[Sentence],
    mentions: list[list[Mention]],
    ctx: PlaceContext,
    published: dt.date | None = None,
) -> list[Candidate]:
    kept: list[Candidate] = []
    cands = _split_sides(cands)
    # "At least 25 were killed. Twelve soldiers died in the blast, and 13 attackers were killed": the
    # sentence after a toll that breaks it down gives the incidents, none of them the toll told again
    tolls_of: dict[int, list[int]] = {}
    for c in cands:
        if c.killed is not None and not c.background:
            tolls_of.setdefault(c.sentence.index, []).append(c.killed.quantity.value or 0)
    for c in cands:
        text = c.sentence.text
        if c.casualty and not c.background:
            c.verified = not any(
                cl.is_one_sided_claim(text, f, c.claimed_by) for f in (c.killed, c.wounded) if f is not None
            )
        if c.background:
            kept.append(c)
            continue
        if c.displaced is not None:
            if _part_of_a_flow_told(c, kept):
                continue
            if _merge_displacement(c, kept):
                continue
            if not _has(text, SEPARATE_INCIDENT_CUES) and _another_estimate_of_the_flow(c, kept, mentions):
                continue
            kept.append(c)
            continue
        mains = [k for k in kept if k.casualty and not k.background and not k.dropped]
        separate = _has(text, SEPARATE_INCIDENT_CUES) or (
            text.startswith("On ")
            and (new_attack := _A_DAYS_NEW_ATTACK.match(text)) is not None
            # (not the lead's day told again: "A bomb killed 12 on Monday. On Monday, a suicide bomber ...")
            and not any(new_attack.group("day") in k.sentence.text for k in kept if k.casualty)
        )
        siblings = tolls_of.get(c.sentence.index, [])
        if (
            mains
            and len(siblings) >= 2
            and mains[-1].killed is not None
            and mains[-1].sentence.index == c.sentence.index - 1
            and sum(siblings) == mains[-1].killed.quantity.value
        ):
            kept.append(c)
            continue
        if mains and not separate and _wounded_under_care(c, mains):
            continue
        if mains and not separate and len(siblings) >= 2 and _sides_of_the_toll(mains[-1], siblings):
            continue  # "At least 61 combatants have been killed", then "43 rebels and nine loyalists"
        if mains and not separate and _some_of_the_dead(c, mains, breakdown=len(siblings) >= 2):
            continue
        if mains and _one_of_the_strikes(c, mains, mentions, separate):
            continue
        if mains and not separate and _has(text, SUPERSEDED_CUES):
            continue
        if (
            len(mains) == 1
            # ("Meanwhile, the defence ministry put the death toll at more than 30": the toll, not another)
            and (not separate or _PUT_THE_TOLL.search(text) is not None)
            and _competing_count(c, mains[0], mentions)
        ):
            _complete(mains[0], c)  # (the wounded it gives, if the first count gave none)
            continue
        if mains and not separate and _neutralised_as_both(c, mains[-1]):
            mains[-1].verified = mains[-1].verified and c.verified  # (the party's count of its enemy)
            mains[-1].extra_sentences.append(c.sentence)
            continue
        if len(mains) == 1 and not separate and _lower_bound_after_a_guess(c, mains[0], mentions):
            main = mains[0]
            main.killed = c.killed  # "as many as two dozen", then "the killing of at least 19": the count
            main.extra_sentences.append(c.sentence)
            _complete(main, c)
            continue
        if mains and not separate and _earlier_report(c, mains[-1], sentences):
            _complete(mains[-1], c)
            continue
        # "Police killed four gunmen" (a party's claim) between the lead and "In all, six officers were
        # killed in the attacks": a count vouched for tells again of the last incident vouched for
        vouched = (
            [k for k in mains if k.verified] if mains and c.verified and not mains[-1].verified else mains
        )
        if (
            vouched
            and not separate
            and not _an_incident_of_the_roundup(c, sentences)
            and _same_incident_again(c, vouched, mentions, published)
        ):
            _complete(vouched[-1], c)
            continue
        if (
            mains
            and not separate
            and c.killed is None
            and c.wounded is not None
            and (_LATER.search(text) or _has(text, TOLL_REVISION_CUES))
        ):
            # "The governor said later that 19 people had been wounded", "the number of injured rose to
            # 29": the wounded count, revised
            target = mains[-1]
            told = (target.wounded.quantity.value or 0) if target.wounded is not None else -1
            new = c.wounded.quantity.value or 0
            if told <= new:
                if told < new:  # (the same count, told again later, adds nothing)
                    target.wounded = c.wounded
                target.extra_sentences.append(c.sentence)
                continue
        if mains and not separate and c.killed is not None and _total_told_again(c, mains, text):
            continue
        if (
            mains
            and not separate
            and c.killed is not None
            and (
                _has(text, TOLL_REVISION_CUES)
                or _SO_FAR_COUNT.match(text)
                or (" to " in text and holds_any(text, _BRINGS_TO_WORDS) and _BRINGS_TO.search(text))
            )
        ):
            target = mains[-1]
            if target.killed is not None and (c.killed.quantity.value or 0) > (
                target.killed.quantity.value or 0
            ):
                target.killed = c.killed
                target.extra_sentences.append(c.sentence)
                lead = next(
                    (
                        m
                        for m in mains[:-1]
                        if m.killed is not None
                        and m.killed.quantity.value == c.killed.quantity.value
                        and m.verified == target.verified
                        and not m.background
                    ),
                    None,
                )
                if lead is not None and target in kept:
                    # "Eight soldiers have been killed", then "an ambush ... leaving four dead and four
                    # missing" and "the bodies of the missing were found, raising the toll to eight": the
                    # lead's incident, told in detail
                    kept.remove(target)
                    lead.extra_sentences.extend([target.sentence, *target.extra_sentences])
                    _complete(lead, target)
                continue
        if mains and not separate and c.killed is None:
            mains = _the_incident_told_before(c, mains, mentions)
        if (
            mains
            and not separate
            and not (_own_place(c, mains, mentions) or _other_region(c, mains, mentions, ctx))
            and (
                _merge_casualty(c, mains, published)
                or _bodies_of_the_toll(c, mains)
                or _a_quoted_one_of_the_toll(c, mains)
            )
        ):
            continue
        kept.append(c)
    live = [(k, k.killed) for k in kept if k.casualty and not k.background and k.killed is not None]
    # "Four civilians were killed in Donetsk oblast. Three were killed in Bohorodychne and one in Torske."
    # The sentence after a toll that breaks it down by place gives the incidents; the toll is their sum.
    by_sentence: dict[int, list[Candidate]] = {}
    for k, _k_killed in live:
        by_sentence.setdefault(k.sentence.index, []).append(k)
    for k, k_killed in live:
        places = by_sentence.get(k.sentence.index + 1, [])
        if len(places) >= 2 and _sums_up(k_killed.quantity, [p.killed for p in places]):
            if _WHERE_THEY_DIED.search(places[0].sentence.text):
                # "Six people were shot to death outside a bar", then "three men died at the scene, while
                # three other people died of their wounds at a local hospital": the six, where each died
                for p in places:
                    p.dropped = True
                continue
            own = _regions_named(k, mentions, ctx)
            theirs = {code for p in places for code in _regions_named(p, mentions, ctx)}
            if own and theirs and not own & theirs:
                # "shelled Kherson, killing three", then "attacks killed two in Pokrovsk and one in
                # Kostiantynivka" (Donetsk): another region's incidents, not the parts of the toll
                continue
            if k.wounded is not None and not any(p.wounded for p in places):
                k.killed = None  # "four were killed and one injured": the injured are told nowhere else
            else:
                k.dropped = True
    # A lead total that only sums the incidents listed after it is not an incident of its own (the totals
    # broken down by the sentence after them, above, are not among them).
    live = [
        (k, k.killed)
        for k in kept
        if k.casualty and not k.background and not k.dropped and k.killed is not None
    ]
    first = min((k.sentence.index for k, _ in live), default=0)
    for k, k_killed in live:
        if k.sentence.index != first or first > LEAD_SENTENCES:
            continue  # only the lead sums up; later incidents that happen to equal a sum stay
        # (not the other side's dead: "killed at least two officers", then "one of the assailants was killed"
        # and "we shot dead an armed militant" are no parts of the officers' toll)
        later = [(o, o_killed.quantity.value or 0) for o, o_killed in live
                 if o is not k and o.sentence.index > k.sentence.index
                 and not _other_side(k_killed.noun, o_killed.noun)]  # fmt: skip
        own = _regions_named(k, mentions, ctx)
        if own and later and all((r := _regions_named(o, mentions, ctx)) and not r & own for o, _v in later):
            continue  # (the incidents after it all lie in other regions: no parts of its toll)
        others = [v for _o, v in later]
        # the enemy's dead a party claims may or may not be in the lead's "14 people killed"
        verified = [v for o, v in later if o.verified]
        alike = [v for o, v in later if o.verified == k.verified]
        value = k_killed.quantity.value
        # (a lead that sums the incidents keeps the wounded no later sentence tells: "Ten were killed and
        # six injured", then three killed in one strike and seven in the next)
        wounded_told = k.wounded is None or any(
            o.wounded is not None for o in kept if o is not k and o.sentence.index > k.sentence.index
        )
        # (a toll vouched for is no sum when one part is a party's claim of about as many: "12 dead", the
        # group says, then the army's "11 fighters killed" and one more is the same dead counted twice)
        competing = k.verified and any(not o.verified and _close(value or 0, v) for o, v in later)
        if (
            len(others) >= 2
            and not competing
            and (
                value == sum(others)
                or (len(verified) >= 2 and value == sum(verified))
                # "the army has killed at least 10 rebel fighters", then seven in one province and three in
                # another (and a soldier of its own): the sum of the lead's side
                or (len(alike) >= 2 and value == sum(alike))
            )
        ):
            if value == sum(others) and any(
                o.killed is not None and _INJURED_DIED.match(o.sentence.text, o.killed.quantity.end)
                for o, _v in later
            ):
                # "Seven soldiers were killed", then four "killed at the site while three others died of
                # their wounds": the one incident's dead, told as they fell; the lead's toll holds them all
                for o, _v in later:
                    o.dropped = True
            elif wounded_told:
                k.dropped = True
            else:
                k.killed = None
        elif (
            len(others) >= 2
            and (
                0.75 * (value or 0) <= sum(verified) <= (value or 0)
                # "More than a dozen people have been killed in two attacks", then seven and six
                or (
                    k_killed.quantity.qualifier in _LOWER_BOUNDS
                    and (value or 0) < sum(verified) <= 1.5 * (value or 0)
                )
            )
            and _SUMMARY.search(k.sentence.text)
        ):
            # "At least 28 killed in separate attacks across Iraq", then the attacks one by one (some may
            # give no figure we read): the lead is their sum, not an incident
            k.dropped = True
        elif (
            len(others) >= 2
            and k_killed.quantity.qualifier in _LOWER_BOUNDS
            and (value or 0) < sum(others) <= 1.5 * (value or 0)
            and _BETWEEN_SIDES.search(k.sentence.text)
        ):
            # "More than a dozen people have lost their lives in clashes between the army and rebels", then
            # the army's four and the rebels' 12: both sides' dead, which the lead rounds down
            k.dropped = True
        elif "neutrali" in k.sentence.text and value == sum(_hurt(o) for o, _v in later):
            # "Security forces have 'neutralized' six PKK terrorists", then three killed and three injured:
            # the word counts the wounded (and captured) too, and the incidents after tell them apart
            k.dropped = True
        elif others and sum(verified) <= (value or 0) and _SPREE.search(k.sentence.text):
            # "Nearly two dozen people have been killed in the latest spate of violence", then one attack:
            # the lead counts it among others, and is no incident of its own
            k.dropped = True
    for k, k_killed in live:
        # "Four were killed on Tuesday, taking the toll of the two operations to five", then the
        # operations one by one: the lead's total is their sum, and its smaller figure a part of it
        if not k.dropped and k.sentence.index == first:
            k.dropped = any(
                o.dropped
                and o.sentence.index == first
                and (o_killed.quantity.value or 0) > (k_killed.quantity.value or 0)
                for o, o_killed in live
            )
    # The same for flows: "at least 1,000 fled between 17 and 20 January", then the flows one by one.
    flows = [
        k
        for k in kept
        if k.displaced
        and k.displaced_kind == "incident"
        and not k.background
        and k.displaced_unit == "people"
    ]
    for k in flows:
        parts = [o.displaced or 0 for o in flows if o is not k and o.sentence.index > k.sentence.index]
        total = k.displaced or 0
        lower_bound = k.displaced_qualifier in ("at_least", "more_than")
        about = k.displaced_qualifier == "approx"  # "about 40,000" over flows of 38,331
        if len(parts) >= 2 and (
            sum(parts) == total
            or (lower_bound and total <= sum(parts) <= 1.2 * total)
            or (about and 0.9 * total <= sum(parts) <= 1.1 * total)
        ):
            k.dropped = True
    return [k for k in kept if not k.dropped]


_KILLING_BEFORE = re.compile(
    r"\b(?:kill|wound|injur|shoot|shot|behead|execut|massacr)\w*\s+(?:\w+\s+)?$", re.I
)


def _some_of_the_dead(c: Candidate, mains: list[Candidate], *, breakdown: bool) -> bool:
    """A killed count alone that tells of some of the dead a larger toll before has counted, not more dead:
    who they were ("Two other killed militants have been identified as A and B", after eight), where some
    died ("nearly 20 of them died in minibuses", after 41), or the injured who died later ("Three seriously
    injured died in the hospital", "two soldiers later succumbed to injuries", after 52 -- but not in a
    ``breakdown``: "Thirteen people died when the bomb exploded, and two died of their injuries" gives the
    parts of the toll, which the lead's sum is checked against)."""
    if c.killed is None or c.wounded is not None:
        return False
    q = c.killed.quantity
    text = c.sentence.text
    told = (
        _IDENTIFIED_AS.search(text, q.end) is not None
        # ("the Houthis struck at the rescuers too, killing seven of them": more dead)
        or (cl.of_them_after(text, q) and not _KILLING_BEFORE.search(text, max(0, q.start - 25), q.start))
        or (not breakdown and _INJURED_DIED.match(text, q.end) is not None)
        or _AT_THE_SCENE.match(text, q.end) is not None
    )
    value = q.value or 0
    if not told and " and " in text[max(0, q.start - 6) : q.start] and not has_date_expression(text):
        # "Sub-inspectors Vinod Kaushik and Mulchand Kanwar and two constables were killed", after four: the
        # named dead and the count beside them, the toll's own (one name before each "and")
        names = _NAMED_BEFORE_COUNT.search(text, max(0, q.start - 80), q.start)
        if names is not None:
            value += names.group(0).count(" and ") - 1
            told = True
    return told and any(m.killed is not None and (m.killed.quantity.value or 0) > value for m in mains)


def _one_of_the_strikes(
    c: Candidate, mains: list[Candidate], mentions: list[list[Mention]], separate: bool
) -> bool:
    """'with one bombing killing 18 members of a single family', 'Another strike killed three people', after
    'airstrikes killed at least 46': the dead of one of the strikes the toll counts (but 'Another strike
    killed three in Saada' is one more, elsewhere)."""
    if c.killed is None or c.wounded is not None:
        return False
    q, text = c.killed.quantity, c.sentence.text
    if _ONE_OF_THE_STRIKES.search(text, max(0, q.start - 60), q.start) is None:
        return False
    if any(m.kind in _SPECIFIC and (separate or m.start > q.end) for m in mentions[c.sentence.index]):
        return False  # ("Another missile strike killed a civilian in the Odesa region": a place of its own)
    value = q.value or 0
    return any(
        m.killed is not None
        and (m.killed.quantity.value or 0) > value
        and _MANY_STRIKES.search(m.sentence.text)
        for m in mains
    )


_ONE_OF_THE_STRIKES = re.compile(
    r"\b(?:[Oo]ne|[Aa]nother|a\s+single)\s+(?:of\s+the\s+)?(?:bombing|strike|airstrike|air\s+strike|drone\s+strike|"
    r"missile|shell|raid|blast)s?\s+(?:\w+\s+){0,2}?(?:killing|killed|kills|left)\s+(?:\w+\s+)?$"
)
_MANY_STRIKES = re.compile(
    r"\b(?:bombings|strikes|airstrikes|air\s+strikes|missiles|shells|raids|blasts|bombardment|shelling)\b",
    re.I,
)
_NAMED_BEFORE_COUNT = re.compile(r"(?:[A-Z][\w.'’-]+\s+){2,4}(?:and\s+(?:[A-Z][\w.'’-]+\s+){2,4})?and\s+$")
_INJURED_DIED = re.compile(
    r"\s+(?:[\w-]+,?\s+){0,3}?(?:(?:injured|wounded),?\s+(?:\w+\s+){0,2}?died\b"
    r"|(?:\w+\s+)?succumbed\s+to\s+(?:their\s+|his\s+|her\s+)?(?:injuries|wounds)"
    r"|(?:\w+\s+)?died\s+(?:of|from)\s+(?:their\s+|his\s+|her\s+)?(?:injuries|wounds))",
    re.IGNORECASE,
)
# "Four members of the patrol were confirmed killed at the scene", after six: where some of them died
_AT_THE_SCENE = re.compile(
    r"\s+(?:[\w-]+\s+){0,7}?(?:killed|died|dead)\s+(?:at\s+the\s+scene|on\s+the\s+spot|instantly)\b", re.I
)
_IDENTIFIED_AS = re.compile(r"\s(?:identified|named)\s+as\b", re.I)


# Where the wounded are: "one injured person is admitted, the others were shifted to other hospitals"
_UNDER_CARE = re.compile(
    r"\b(?:admitted|hospitali[sz]ed|discharged|shifted|transferred|referred|being\s+treated|receiving\s+treatment"
    r"|under\s+treatment|in\s+critical\s+condition|in\s+serious\s+condition|in\s+hospital"
    # ("Our 2 jawans are seriously injured", after 14 wounded: how badly some of them are)
    r"|serious(?:ly)?|critical(?:ly)?|severe(?:ly)?|grievously|gravely)\b",
    re.IGNORECASE,
)


def _wounded_under_care(c: Candidate, mains: list[Candidate]) -> bool:
    """A wounded count, alone, of those the hospitals have (admitted, shifted, in critical condition)
    no larger than the wounded count of the last incident: some of its wounded, not more wounded."""
    if c.killed is not None or c.wounded is None or has_date_expression(c.sentence.text):
        return False
    last = mains[-1].wounded
    if last is None or (c.wounded.quantity.value or 0) > (last.quantity.value or 0):
        return False
    return _UNDER_CARE.search(c.sentence.text) is not None


# Where the dead of one incident died: on the spot, or later of their wounds
_WHERE_THEY_DIED = re.compile(
    r"\b(?:died|were\s+killed|killed)\s+(?:at\s+the\s+scene|on\s+the\s+spot|instantly|immediately)\b"
    r"[^.;]*\b(?:died|succumbed)\s+(?:later\s+)?(?:of|from|to|in|at|on\s+the\s+way)\b",
    re.I,
)


def _sums_up(total: Quantity, parts: list[cl.Figure | None]) -> bool:
    """The parts add up to the total: exactly, or for 'more than 60' / 'at least 60', to a little more
    (41 and 20)."""
    value, summed = total.value or 0, sum((p.quantity.value or 0) for p in parts if p is not None)
    if total.qualifier in ("at_least", "more_than"):
        return value <= summed <= 1.2 * value
    return summed == value


_SUMMARY = re.compile(
    r"\b(?:separate|multiple|several|series\s+of|spate\s+of|wave\s+of|string\s+of|two|three|four|five)\s+"
    r"(?:separate\s+)?(?:[\w-]+\s+)?"
    r"(?:attacks|incidents|strikes|raids|bombings|blasts|clashes|explosions|encounters|operations|"
    r"ambushes|gunfights|shootings|battles|assaults|firefights)\b"
    r"|\bin\s+(?:attacks|bombings|blasts|explosions)\b|\b(?:attacks|strikes|airstrikes|air\s+strikes|raids|shelling)\s+across\b",
    re.IGNORECASE,
)
_SPREE = re.compile(  # (the toll counted "in" the spate; not ", the latest in a string of attacks", an aside)
    r"(?<!latest\s)\bin\s+(?:the|a)\s+(?:latest\s+|recent\s+|new\s+)?(?:spate|wave|string|surge|upsurge|flare-up|cycle)\s+of\s+"
    r"(?:\w+\s+)?"
    r"(?:violence|attacks|killings|bloodshed|bombings|unrest)\b",
    re.IGNORECASE,
)
_ANAPHORIC_INCIDENT = re.compile(
    r"^\W*the\s+(?:attack|strike|raid|blast|explosion|bombing|ambush|assault|massacre)\s+was\s+confirmed\b|"
    r"\bconfirmed\s+the\s+(?:attack|incident|strike|raid|killings?|bombing|ambush)\b|"
    r"\b(?:in|during|from|by|of|after)\s+the\s+(?:same\s+|latest\s+|deadly\s+|morning\s+|night\s+)?"
    r"(?:strike|strikes|attack|attacks|raid|blast|explosion|bombing|shelling|ambush|assault|clashes|airstrike|"
    r"airstrikes|air\s+strike|air\s+strikes|air\s+raid|massacre|shooting|incident)\b|\bin\s+the\s+village\b",
    re.IGNORECASE,
)
# "Earlier, the ministry said 21 had died" -- not "Earlier in the day, a bomb killed 12 in Samarra"
# "50 bodies had been found so far, the figure was not final": a partial count of the incident reported
_LATER = re.compile(r"\b(?:said\s+later|later\s+said|later\s+put|updated)\b", re.IGNORECASE)
_PARTIAL_COUNT = re.compile(
    r"\b(?:so\s+far|not\s+(?:yet\s+)?final|provisional|preliminary)\b|\b(?:saw|counted|seen)\s+(?:\w+\s+)?bodies\b",
    re.IGNORECASE,
)
# "Residents put the death toll at 35", "A local leader said 18 people died": another count of the
# incident just told, naming no incident of its own
_COMPETING_TOLL = re.compile(
    # ("the U.S. military ... kept the death toll at 83", after the ministry's 152: the count it holds to)
    r"\b(?:put|puts|putting|placed|places|gave|gives|kept|keeps|keeping)\s+the\s+(?:overall\s+|total\s+)?"
    r"(?:death\s+|casualty\s+)?toll\s+(?:at|as)\b"
    # "the hospital had received 15 bodies", "the ambulance service said it had carried 22 dead"
    r"|\b(?:received|counted|carried|transported|brought\s+in|collected)\s+(?:[\w,]+\s+){1,3}?"
    r"(?:bodies|dead|corpses)\b"
    # "a total of 29 corpses had been recovered": the dead of the incident, counted so far
    r"|\ba\s+total\s+of\s+[\w,]+\s+(?:corpses|bodies)\b"
    # "more than 15 dead bodies had been recovered", said a resident, after the lead's ten
    r"|\b(?:dead\s+)?(?:bodies|corpses)\s+(?:had|have|has)\s+(?:so\s+far\s+)?been\s+recovered\b"
    # "he and his neighbours buried 29 people": the dead of the incident just told, counted by who buried them
    r"|\bburied\s+(?:[\w,]+\s+){0,2}?(?:people|bodies|dead|corpses|victims)\b"
    # "a civil society leader reported a higher count of 49 bodies": another count, said to differ
    r"|\ba\s+(?:higher|lower|different|larger|smaller)\s+(?:death\s+|casualty\s+)?(?:count|toll|tally|figure)\s+of\b",
    re.IGNORECASE,
)
_TOLL_DISPUTED = re.compile(
    r"\b(?:may|might|could)\s+be\s+(?:much\s+|far\s+|considerably\s+|significantly\s+)?higher\b"
    r"|\b(?:reports|sources|accounts)\s+(?:suggest|put|say)\w*\s+(?:that\s+)?the\s+(?:number|toll|fatalities|death)",
    re.IGNORECASE,
)
_BARE_REPORT = re.compile(
    r"^\W*(?:[\w'’-]+\s+){1,8}?(?:said|says|told\s+[\w\s]{1,30}?|as\s+saying)\s+(?:that\s+)?(?:at\s+least\s+|"
    r"some\s+|about\s+|around\s+|more\s+than\s+|up\s+to\s+|nearly\s+|as\s+many\s+as\s+)?[\w,-]+\s+(?:people\s+|persons\s+|villagers\s+|civilians\s+|"
    r"(?:police\s+)?officers\s+|soldiers\s+)?(?:had\s+|have\s+)?"
    r"(?:died|were\s+killed|had\s+been\s+killed|have\s+been\s+killed|lost\s+their\s+lives)"
    # "... cited local sources as saying 10 officers were killed at the checkpoint": where, said again
    r"(?:\s+(?:at|in)\s+the\s+[^,;]{1,60})?\W*$",
    re.IGNORECASE,
)
# "So far 53 names are known of the people killed": the count of the incident told, as it stands now
_HAD_SAID = re.compile(
    r"\bhad\s+(?:earlier\s+|initially\s+|previously\s+|first\s+)?(?:said|reported|announced|claimed)\b"
)
_SO_FAR_COUNT = re.compile(r"^\W*so\s+far\b", re.IGNORECASE)
# "The recovery of the body brings to four the number of police officers killed": the toll, risen
_BRINGS_TO = re.compile(
    r"\b(?:brings|brought|bringing|takes|took|taking)\s+to\s+\w+\s+the\s+(?:number|toll|total)\b", re.I
)
_BRINGS_TO_WORDS = ("brings to", "brought to", "bringing to", "takes to", "took to", "taking to")
_EARLIER_REPORT = re.compile(r"^\W*(?:earlier|previously|initially)\s*,", re.IGNORECASE)
_EARLIER_TOLL_GIVEN = re.compile(
    r"\bhad\s+(?:earlier\s+|initially\s+|previously\s+)?(?:given|put|reported|announced|released)\s+"
    r"(?:a|an|the)\s+(?:\w+\s+)?(?:death\s+)?(?:toll|figure|count|tally)\s+of\b",
    re.IGNORECASE,
)
_SPECIFIC = ("place", "region", "region_name", "multi_region")


def _same_incident_again(
    c: Candidate, mains: list[Candidate], mentions: list[list[Mention]], published: dt.date | None = None
) -> bool:
    """Another source's count of the incident just reported ('the Observatory says 10 were killed in
    the strike'; 'Earlier, the civil defence said 21 died'): one incident, the lead figure stays."""
    main = mains[-1]
    if c.killed is None or main.killed is None or not (c.verified and main.verified):
        return False
    text = c.sentence.text
    if (
        " also " in text
        and _ALSO_DEAD.search(text)
        and c.killed.noun not in (None, main.killed.noun)
        and main.killed.noun not in (None, "people")
    ):
        return False  # "killing 13 officers", then "A civilian also died in the attacks": one more dead
    fewer = (c.killed.quantity.value or 0) < (main.killed.quantity.value or 0)
    if fewer and _EARLIER_TOLL_GIVEN.search(text):
        return True  # "It had given a toll of eight soldiers killed on Monday morning": the toll, before
    if _HAD_SAID.search(text) and (
        _close_loose(c.killed.quantity.value or 0, main.killed.quantity.value or 0)
        or _ANAPHORIC_INCIDENT.search(text) is not None
    ):
        # "A security source on Saturday had said 11 soldiers were killed", after the ministry's nine; "Police
        # had claimed Thursday that eight people were killed in the attack", after 47: what was said before
        # the count that stands
        return True
    earlier = _EARLIER_REPORT.search(text) is not None
    # (the cues in turn, each read only when those before it are not found)
    told_again = (
        earlier
        or _ANAPHORIC_INCIDENT.search(text) is not None
        or (fewer and _PARTIAL_COUNT.search(text) is not None)  # a partial count
        # a competing count
        or _COMPETING_TOLL.search(text) is not None
        # ("At least 10 soldiers were killed, the government said, but media reports suggest the fatalities
        # may be much higher", then an officer's "about 30" and RFI's "between 20 to 40": the same dead)
        or (
            _TOLL_DISPUTED.search(main.sentence.text) is not None
            and not fewer
            and cl.same_side(c.killed, main.killed)
        )
        or (c.claimed_by != main.claimed_by and _BARE_REPORT.match(text) is not None)
    )
    if not told_again:
        return False
    if not earlier and fewer and _completes_a_sum(c, mains):
        # "Nine people have been killed in two attacks", "Six people were killed at Pissele", then "an
        # official said three people were shot dead in the village of Bool-Kiiba": the lead sums
        return False
    if not earlier and fewer and _SUMMARY.search(main.sentence.text) is not None:
        # "More than 30 people were killed in bombings, including one in Diyala", then "At least 20 were
        # killed in the bombing": one of the incidents the lead sums, not its toll told again
        return False
    if earlier and fewer and _has(main.sentence.text, TOLL_REVISION_CUES):
        # "the toll has risen to 16 ... Initially, six were killed when a bomber attacked Galkayo": the
        # first count of the same toll, wherever it places the attack
        return True
    if not earlier and has_date_expression(text) and not _same_day_toll(text, main, published):
        # (a bare report of another source may name the incident's day: "Local residents said up to 43
        # villagers were killed in the raid late on Thursday", after the police's count of Saturday)
        bare = c.claimed_by != main.claimed_by and _BARE_REPORT.match(text) is not None
        if not (bare and _days_before_the_lead(text, main, published)):
            return False
    own = {fold(m.text) for m in mentions[c.sentence.index] if m.kind in _SPECIFIC}
    return not own - _places_seen(mains, mentions)


def _same_day_toll(text: str, main: Candidate, published: dt.date | None) -> bool:
    """'the U.S. military, speaking at a news conference on Saturday, kept the death toll at 83', after the
    ministry's 152 of Saturday: a toll given the day the lead's was, of the lead's incident."""
    if published is None or _COMPETING_TOLL.search(text) is None:
        return False
    day = resolve_date(text, published)
    return day is not None and day == resolve_date(main.sentence.text, published)


def _completes_a_sum(c: Candidate, mains: list[Candidate]) -> bool:
    """The count that, added to the incidents told after a lead summing several, gives the lead's toll."""
    value = c.killed.quantity.value if c.killed else None
    for k, lead in enumerate(mains[:-1]):
        total = lead.killed.quantity.value if lead.killed else None
        if total is None or value is None or _SUMMARY.search(lead.sentence.text) is None:
            continue
        parts = [m.killed.quantity.value or 0 for m in mains[k + 1 :] if m.killed is not None]
        if parts and sum(parts) + value == total:
            return True
    return False


def _an_incident_of_the_roundup(c: Candidate, sentences: list[Sentence]) -> bool:
    """'In the first battle, insurgents attacked a contingent of the AU force. Witnesses said eight civilians
    were killed': one of the incidents the lead sums up, told in turn, not the lead's toll told again."""
    k = c.sentence.index
    return any(_ORDINAL_INCIDENT.match(s.text) is not None for s in sentences[max(0, k - 1) : k + 1])


_ORDINAL_INCIDENT = re.compile(
    r"\W*(?:in\s+)?the\s+(?:first|second|third|fourth|latter|former)\s+"
    r"(?:attack|battle|incident|blast|explosion|strike|raid|clash|bombing|assault|ambush)\b",
    re.IGNORECASE,
)


def _days_before_the_lead(text: str, main: Candidate, published: dt.date | None) -> bool:
    """'Local residents said up to 43 villagers were killed in the raid late on Thursday', after the police's
    count told on Saturday: the day the raid took place, no other incident's."""
    if published is None:
        return False
    day = resolve_date(text, published)
    told = resolve_date(main.sentence.text, published) or published
    return day is not None and 0 <= (told - day).days <= _TOLD_WITHIN_DAYS


_TOLD_WITHIN_DAYS = 2  # a count told again gives the day of the incident, up to two days before its report


# "wounded in the overnight attack": the incident told before, wherever the sentence says it was
_IN_THE_INCIDENT = re.compile(
    r"\b(?:in|during)\s+the\s+(?:[\w-]+\s+)?(?:attack|assault|ambush|raid|blast|explosion|bombing|shooting)\b",
    re.IGNORECASE,
)


def _own_place(c: Candidate, mains: list[Candidate], mentions: list[list[Mention]]) -> bool:
    """A wounded figure naming a region or place the incidents so far did not ('two bombs in Pattani
    province wounded four'): another incident, not the missing wounded count of the last one."""
    if c.killed is not None or _IN_THE_INCIDENT.search(c.sentence.text):
        return False  # "three others were wounded in the overnight attack in Draban": where the last one was
    own = {fold(m.text) for m in mentions[c.sentence.index] if m.kind in ("region", "place")}
    return bool(own - _places_seen(mains, mentions))


def _hurt(c: Candidate) -> int:
    """Killed and wounded together."""
    return sum((f.quantity.value or 0) for f in (c.killed, c.wounded) if f is not None)


def _the_incident_told_before(
    c: Candidate, mains: list[Candidate], mentions: list[list[Mention]]
) -> list[Candidate]:
    """``mains`` with the incident the sentence before tells of again last: "Monday's bombing in Baghdad
    occurred at the Rasheed market. Fourteen people were also wounded in the attack", after the Jalula
    bombing: the wounded are Baghdad's."""
    k = c.sentence.index - 1
    if len(mains) < 2 or k < 0 or any(s.index == k for s in mains[-1].sentences):
        return mains
    before = {fold(m.text) for m in mentions[k] if m.kind in _SPECIFIC}
    if not before or before & _places_seen(mains[-1:], mentions):
        return mains
    told = [m for m in mains[:-1] if before & _places_seen([m], mentions)]
    if len(told) != 1:
        return mains
    return [m for m in mains if m is not told[0]] + told


def _places_seen(mains: list[Candidate], mentions: list[list[Mention]]) -> set[str]:
    """The places and regions the incidents found so far name, folded."""
    return {
        fold(m.text) for k in mains for s in k.sentences for m in mentions[s.index] if m.kind in _SPECIFIC
    }


def _regions_named(c: Candidate, mentions: list[list[Mention]], ctx: PlaceContext) -> set[str]:
    return {code for s in c.sentences for code in _codes(mentions[s.index], ctx)}


def _codes(mentions: list[Mention], ctx: PlaceContext) -> set[str]:
    """The regions that a sentence's mentions of regions and places stand for."""
    codes = set()
    for m in mentions:
        if m.kind in ("region", "region_name", "place"):
            choice = choose(m, ctx)
            if choice is not None and choice[1]:
                codes.add(choice[1])
    return codes


def _other_region(
    c: Candidate, mains: list[Candidate], mentions: list[list[Mention]], ctx: PlaceContext
) -> bool:
    """A figure in a sentence naming a region other than the last incident's ('three workers were
    killed in Laghman province' after 'three police officers in Kunar province'): another incident,
    however equal the counts."""
    own = _regions_named(c, mentions, ctx)
    before = c.sentence.index - 1
    if not own and before >= 0 and not any(s.index == before for k in mains for s in k.sentences):
        # "In Kharkiv region, Russia struck the village of Pisky. The body of a woman was retrieved": the
        # region the sentence before names, telling of no incident of its own, sets the scene (a town
        # there may be a capital's name for its government: "Tensions between Baku and Yerevan")
        own = _codes([m for m in mentions[before] if m.kind in ("region", "region_name")], ctx)
    if not own:
        return False
    if c.killed is not None and any(
        m.killed is not None
        and m.killed.quantity.value == c.killed.quantity.value
        and own & _regions_named(m, mentions, ctx)
        for m in mains[:-1]
    ):
        return False  # "In the Laghman attack, the chief was killed along with three others": the roundup's
        # first incident told again after the second, in its own region with its own count
    for main in reversed(mains):  # the latest incident that names a region
        last = _regions_named(main, mentions, ctx)
        if last:
            return not own & last
    # no incident names one in its own sentences: the lead's region is named in the sentences after it
    # ("... killing four police officers. A spokesman for Nuristan province said ...")
    lead = mains[0].sentence.index
    around = {code for k in range(lead, min(lead + 3, c.sentence.index)) for code in _codes(mentions[k], ctx)}
    return bool(around) and not own & around


def _complete(main: Candidate, c: Candidate) -> None:
    """Take from a second report of the same incident only the figure the first did not give."""
    if main.wounded is None and c.wounded is not None:
        main.wounded = c.wounded
        main.extra_sentences.append(c.sentence)


def _part_of_a_flow_told(c: Candidate, kept: list[Candidate]) -> bool:
    """'About 22,000 people have fled fighting in Mali', then 'most of the 10,000 refugees who have arrived in
    Niger': a count the article speaks of as known ('the 10,000'), smaller than a flow told before, is a part
    of that flow, not more people."""
    if c.displaced is None:
        return False
    if (
        not _THE_COUNT.search(c.sentence.text, max(0, c.displaced_start - 12), c.displaced_start)
        # "The total number includes 534 families or 2,670 individuals in evacuation centers", "Pagayawan town
        # has taken in 355 families or 630 individuals": the flow's total broken down, by where they stay
        and _BREAKDOWN_OF_THE_TOTAL.match(c.sentence.text) is None
        and _TAKEN_IN.search(c.sentence.text) is None
    ):
        return False
    return any(
        k.displaced is not None
        and k.displaced_kind == "incident"
        and not k.background
        and k.sentence.index < c.sentence.index
        and k.displaced > c.displaced
        for k in kept
    )


_THE_COUNT = re.compile(r"\b(?:of\s+)?the\s+$", re.IGNORECASE)
_BREAKDOWN_OF_THE_TOTAL = re.compile(
    r"\W*(?:the|this|that)\s+(?:total|figure|number|tally|count)\b(?:\s+[\w-]+){0,3}?\s+"
    r"(?:includes?|included|comprises?|comprised|consists?\s+of|is\s+made\s+up\s+of)\b",
    re.IGNORECASE,
)
_TAKEN_IN = re.compile(
    r"\b(?:(?:has|have|had)\s+taken\s+in|took\s+in|(?:is|are|was|were)\s+(?:hosting|accommodating))\b",
    re.IGNORECASE,
)


def _merge_displacement(c: Candidate, kept: list[Candidate]) -> bool:
    flows = [k for k in kept if k.displaced is not None and not k.background]
    if (
        flows
        and c.displaced is not None
        and flows[-1].displaced_kind == "incident"
        and flows[-1].sentence.index == c.sentence.index - 1
        and _OTHER_PEOPLE.match(c.sentence.text, c.displaced_start)
    ):
        # "more than 10,000 people have found refuge in public buildings", then "close to 12,500 other
        # people are also settled with host families": more of the same flow, wherever they stay
        c.displaced_kind = "incident"
        return False
    for k in kept:
        if k.displaced is None or k.background or c.displaced is None:
            continue
        if k.displaced_kind != c.displaced_kind:
            if (
                k.displaced_kind == "incident"
                and k.displaced == c.displaced
                and k.displaced_qualifier == c.displaced_qualifier != "exact"
            ):
                # "more than 20,000 people have fled their homes", then an official "estimated that more
                # than 20,000 people had been displaced in total": the flow, told again
                k.extra_sentences.append(c.sentence)
                return True
            if (
                k.displaced_kind == "incident"
                and k.displaced_qualifier == "approx"
                and c.displaced_qualifier == "exact"
                and abs(k.displaced - c.displaced) <= _ROUNDED * k.displaced
            ):
                # "Nearly 10,000 have been forced to flee since the offensive began", then "We have already
                # evacuated 9,907 people": the flow's precise count, however it is worded
                k.displaced, k.displaced_qualifier = c.displaced, "exact"
                k.extra_sentences.append(c.sentence)
                return True
            if _flow_told_as_its_stock(k, c):
                # "More than 9,000 people have fled the most recent violence", then "More than 9,100 had been
                # displaced since clashes erupted in mid-November": one displacement, counted since it began
                k.displaced, k.displaced_kind, k.displaced_qualifier = (
                    c.displaced,
                    c.displaced_kind,
                    c.displaced_qualifier,
                )
                k.sentence, k.extra_sentences = c.sentence, [k.sentence, *k.extra_sentences]
                return True
            continue
        same = k.displaced == c.displaced or (
            c.displaced_kind == "incident" and _close(k.displaced, c.displaced)
        )
        if (
            not same
            and c.displaced_kind == "incident"
            and k.displaced_unit == c.displaced_unit  # (not 639 families, then "an estimated 500 people")
            and _ESTIMATE_TALK.search(c.sentence.text) is not None
            and k.displaced / _ESTIMATES_APART <= c.displaced <= k.displaced * _ESTIMATES_APART
            and sum(1 for o in kept if o.displaced_kind == "incident" and not o.background) == 1
        ):
            return True  # "the minister spoke of at least 103 killed and 18,000 displaced", after 30,000
        if same:
            below_bound = k.displaced_qualifier in ("at_least", "more_than") and c.displaced < k.displaced
            if (
                k.displaced_qualifier != "exact"
                and c.displaced_qualifier == "exact"
                and k.displaced != c.displaced
                and not below_bound  # "over 58,000 ..., 54,534 of them in one district": a part
            ):
                # "more than 40,000 ... 40,965 had to leave": the precise figure (the same round one said
                # again, "the 40,000 displaced", is no more precise)
                k.displaced, k.displaced_qualifier = c.displaced, "exact"
                k.extra_sentences.append(c.sentence)
                k.sentence, k.extra_sentences = c.sentence, [k.sentence]
            elif k.displaced == c.displaced and c.sentence not in k.extra_sentences:
                # ("the crisis has now forced a total of 71,115 people to flee", then "The number of people
                # displaced by the armed conflict in Marawi City has climbed to 71,115": where, told again)
                k.extra_sentences.append(c.sentence)
            return True
    return False


_ROUNDED = 0.03  # "nearly 10,000" rounds a count this close to it (9,907)
_FLOW_ESTIMATES_APART = 1.3  # two sources' counts of one flight differ by less than this factor


def _another_estimate_of_the_flow(c: Candidate, kept: list[Candidate], mentions: list[list[Mention]]) -> bool:
    """'At least 20,000 people have fled into the bush', the UN says; then 'Save the Children said up to
    25,000 women and children have fled the fighting': another source's count of the one flight the story
    tells, naming no place of its own (the first count stands)."""
    if c.displaced is None or c.displaced_kind != "incident" or c.claimed_by is None:
        return False
    flows = [
        k for k in kept if k.displaced is not None and k.displaced_kind == "incident" and not k.background
    ]
    if len(flows) != 1 or flows[0].claimed_by == c.claimed_by or flows[0].displaced is None:
        return False
    first = flows[0].displaced
    if not first / _FLOW_ESTIMATES_APART <= c.displaced <= first * _FLOW_ESTIMATES_APART:
        return False
    own = {fold(m.text) for m in mentions[c.sentence.index] if m.kind in _SPECIFIC}
    return not own - _places_seen(flows, mentions)


_OTHER_PEOPLE = re.compile(
    r"[^;]{0,25}?\bother\s+(?:people|persons|individuals|civilians|residents)\b[^.;]*\balso\b"
)


def _flow_told_as_its_stock(flow: Candidate, stock: Candidate) -> bool:
    """A lower bound of a flow ('more than 9,000 have fled'), then a stock just above it that counts the
    same people since the episode began ('more than 9,100 had been displaced since mid-November')."""
    if flow.displaced_kind != "incident" or stock.displaced_kind != "cumulative":
        return False
    if (
        flow.displaced_qualifier not in ("at_least", "more_than")
        or flow.displaced is None
        or stock.displaced is None
    ):
        return False
    if "since" not in lowered(stock.sentence.text):
        return False  # ("some 800 displaced were registered and given shelter": those the flow brought)
    return flow.displaced <= stock.displaced <= flow.displaced * _ABOVE_ITS_BOUND


_ABOVE_ITS_BOUND = 1.1  # a stock up to 10% above a flow's lower bound counts the same people


_ALONE = re.compile(r"\balone\b", re.IGNORECASE)
_MANNER_OF_DEATH = re.compile(
    rf"\b(?:{'|'.join(sorted(cl.TO_DEATH_VERBS))})\s+(?:to\s+death|alive)\b"
    r"|\bbeheaded\b|\bamong\s+the\s+(?:dead|victims|killed)\b",
    re.IGNORECASE,
)


def _total_told_again(c: Candidate, mains: list[Candidate], text: str) -> bool:
    """A death count that the incidents before already tell: "In all, 12 soldiers died" after seven and five
    (their sum), or after the one incident's seven (its count, revised: taken); "On Monday alone, 40 were
    killed" after a week's toll of 350, or "12 were burned alive" after a massacre's 45 (a part of it)."""
    if c.killed is None:
        return False
    value = c.killed.quantity.value or 0
    counts = [k.killed.quantity.value or 0 for k in mains if k.killed is not None]
    if _ALONE.search(text) or (_MANNER_OF_DEATH.search(text) and not has_date_expression(text)):
        # "At least 12 people were burned alive", after the toll of 45: how some of them died (but after
        # "a series of attacks that killed five", one attack's dead, however they died)
        return any(
            k.killed is not None
            and (k.killed.quantity.value or 0) > value
            and not _SUMMARY.search(k.sentence.text)
            for k in mains
        )
    if not counts:
        return False
    recent = [k for k in mains if k.killed is not None and c.sentence.index - k.sentence.index <= 3]
    if (
        len(recent) > 1
        and sum(k.killed.quantity.value or 0 for k in recent if k.killed) == value
        and (_has(text, TOTAL_CUES) or _COUNT_REACHED.search(text))
    ):
        # (or "the number of civilians killed this morning has reached eight", after five and three)
        return True
    if not _has(text, TOTAL_CUES):
        return False
    if len(mains) == 1 and mains[0].killed is not None and (mains[0].killed.quantity.value or 0) < value:
        if c.claimed_by and mains[0].claimed_by and _other_source(c.claimed_by, mains[0].claimed_by):
            return True  # "We found a total of 43 bodies," a resident said, after the police's 35: a count
            # of its own, which leaves the lead's attributed figure
        mains[0].killed = c.killed
        mains[0].extra_sentences.append(c.sentence)
        return True
    return False


# A count the parts told before bring up: "the number of civilians killed ... has reached eight", "bringing
# the toll to eight"
_COUNT_REACHED = re.compile(r"\b(?:number\s+of|toll|reached|bringing|brings|brought)\b", re.IGNORECASE)


def _competing_count(c: Candidate, main: Candidate, mentions: list[list[Mention]]) -> bool:
    """'"We are estimating 500 people killed," the commissioner said', 'the minister spoke of at least 103
    killed', 'the UN mission confirmed that five men and five women had been killed', after the one
    incident's toll: another estimate of the same dead, told with no place of its own; the count first
    attributed stays."""
    if c.killed is None or main.killed is None or c.verified != main.verified:
        return False
    if not _ESTIMATE_TALK.search(c.sentence.text):
        return False
    speaker = c.claimed_by or ""
    if any(m.kind in _SPECIFIC and m.text not in speaker for m in mentions[c.sentence.index]):
        return False  # (a place in the speaker's title, "Plateau State Commissioner", is no place of its own)
    value, first = c.killed.quantity.value or 0, main.killed.quantity.value or 0
    if _close(value, first):
        return False  # ("the number of dead had reached 41, with another 106 wounded": the toll, completed)
    return first > 0 and first / _ESTIMATES_APART <= value <= first * _ESTIMATES_APART


def _neutralised_as_both(c: Candidate, main: Candidate) -> bool:
    """'Bombing has killed 10 and injured three at a base used by dissidents', then the minister's
    'neutralised 13': the killed and the wounded told together, in a party's word for its enemy's losses."""
    return (
        c.killed is not None
        and c.wounded is None
        and main.wounded is not None
        and "neutrali" in c.sentence.text
        and c.killed.quantity.value == _hurt(main)
    )


def _lower_bound_after_a_guess(c: Candidate, main: Candidate, mentions: list[list[Mention]]) -> bool:
    """'rebels suspected of killing as many as two dozen workers', then 'the killing of at least 19 people':
    the upper guess first, then the count of the same dead that the toll keeps (a lower bound, in the
    third of the guess or above, with no place of its own)."""
    if c.killed is None or main.killed is None or main.killed.quantity.qualifier != "up_to":
        return False
    if c.killed.quantity.qualifier == "up_to" or any(m.kind in _SPECIFIC for m in mentions[c.sentence.index]):
        return False
    value, guess = c.killed.quantity.value or 0, main.killed.quantity.value or 0
    return 3 * value >= guess > value


_ESTIMATES_APART = 5  # two estimates of one toll differ by less than this factor
_PUT_THE_TOLL_AT = r"put\s+the\s+(?:death\s+)?toll\s+at"
_QUOTED_ATTACK_TOLL = (
    r"\bas\s+saying\s+(?:that\s+)?the\s+(?:[\w-]+\s+){0,2}?(?:attack|assault|ambush|raid|bombing|blast|strike)\s+"
    r"(?:has|had)\s+(?:killed|claimed)\b"
)
_ESTIMATE_TALK = re.compile(
    r"\b(?:estimat(?:ing|es?|ed)|spoke\s+of|the\s+number\s+of\s+(?:the\s+)?(?:dead|deaths|victims|people\s+killed)"
    rf"|(?:death\s+)?toll\s+(?:stood|stands)\s+at|{_PUT_THE_TOLL_AT}|confirmed\s+that|so\s+far\s+(?:claimed|killed)"
    # "Another security official told AFP that nearly 50 had been confirmed dead so far"
    r"|^\W*another\s+(?:[\w-]+\s+)?(?:official|source|officer|spokesman|spokesperson)"
    # "One resident reported there were 260 people killed, while another said there were 320": sources apart
    r"|,\s+while\s+another\s+(?:[\w-]+\s+){0,2}?(?:said|says|put|reported|gave)\b"
    # "He said there had been 16 deaths": the speaker's own count of the dead
    r"|\bsaid\s+there\s+(?:had\s+been|have\s+been|were)\s+(?=(?:\S+\s+){0,3}?(?:deaths|dead)\b)"
    # "However, the local radio reported that 40 villagers were killed": another source, set against the first
    r"|^\W*However,\s+(?:[\w'’.-]+\s+){1,6}?(?:reported|said|says|counted|put\s+the\s+toll)(?:\s+that)?)\b"
    # "Meanwhile, a radio quoted a council member as saying that the Taliban attack has killed 8": the
    # attack told, its toll by another source
    rf"|{_QUOTED_ATTACK_TOLL}"
    # "The region's governor gave a toll of at least nine dead"
    r"|\bgave\s+(?:a|the)\s+(?:death\s+)?toll\s+of\b"
    # "the provisional balance sheet of this violent attack shows a dozen gendarmes killed": the toll of the
    # attack told, by another source
    r"|\b(?:balance\s+sheet|toll|tally)\s+of\s+this\s+(?:[\w-]+\s+)?(?:attack|ambush|assault|raid|bombing|blast)\b",
    re.IGNORECASE,
)


# Another source's toll of the incident told, even after "Meanwhile": "Meanwhile, the defence ministry put
# the death toll at more than 30", "Meanwhile, a radio quoted X as saying that the attack has killed 8"
_PUT_THE_TOLL = re.compile(
    rf"\b{_PUT_THE_TOLL_AT}\b|{_QUOTED_ATTACK_TOLL}",
    re.IGNORECASE,
)


def _other_source(a: str, b: str) -> bool:
    """Two claimants share no word ('resident Danladi Sabo', 'police'): two sources, not one told twice."""
    return not set(LOWER_WORDS.findall(a.lower())) & set(LOWER_WORDS.findall(b.lower()))


def _merge_casualty(c: Candidate, mains: list[Candidate], published: dt.date | None = None) -> bool:
    """Fold a repeated or complementary figure into an incident already found."""
    last = mains[-1]
    c_kill = c.killed.quantity.value if c.killed else None
    c_wound = c.wounded.quantity.value if c.wounded else None
    c_day: list[dt.date | None] = []  # resolved once, when a count first coincides
    for m in reversed(mains):
        if m.sentence.index == c.sentence.index:
            continue  # two tolls of one sentence ("eight in Ukum, nine in Logo") are two groups
        m_kill = m.killed.quantity.value if m.killed else None
        m_wound = m.wounded.quantity.value if m.wounded else None
        if (
            len(mains) == 1
            and m_kill is None
            and c_kill is not None
            and c_wound is not None
            and c_wound == m_wound
            and c.verified == m.verified
        ):
            # "The attack also left one person severely wounded" (a standfirst), then "at least 18 people
            # were killed and one seriously wounded": the lead's toll, told in full after its wounded
            m.killed = c.killed
            m.extra_sentences.append(c.sentence)
            return True
        if (
            len(mains) == 1
            and m.sentence.index <= 1  # (after the headline the body repeats, if it does)
            and m_kill is None
            and c_kill is not None
            and c_wound is None
            and m_wound is not None
            and c.verified == m.verified
            and m.sentence.index == c.sentence.index - 1
        ):
            # "Attack in the west of the country left five injured and 13 missing, an official says.", then
            # "More than a dozen people were killed in a Boko Haram attack": the standfirst's wounded, then
            # the dead of the same attack
            m.killed = c.killed
            m.sentence, m.extra_sentences = c.sentence, [m.sentence, *m.extra_sentences]
            return True
        rounded = c_kill is not None and m_kill is not None and _above_a_round_bound(c.killed, m.killed)
        if (
            c_kill is not None
            and m_kill is not None
            and (c_kill == m_kill or _close(c_kill, m_kill) or (rounded and c_kill < 2 * m_kill))
        ):
            if c_kill == 1 and _another_one(c, m):
                # "A ranger was killed by a bomb in Narathiwat", then "A 47-year-old man was later shot and
                # killed": one more person, brought in with "a", of another noun
                continue
            if c_kill < m_kill and _SUMMARY.search(m.sentence.text) is not None:
                # "Two separate attacks have left at least 14 dead", then "... killed 12 people": one of the
                # attacks the lead sums, not its toll told again
                continue
            if c_kill != m_kill and _LATER_ANOTHER.match(c.sentence.text):
                continue  # "Later, a car bomb exploded in Baya, killing seven", after six in Amil: the next
            if not c_day:
                # ('"Today there were eight dead," the Red Cross president told Reuters': the speaker's today,
                # the day of the incident the story told, not the day of the report)
                quoted_today = c.sentence.text.startswith(('"', "“")) and "today" in lowered(c.sentence.text)
                c_day.append(
                    # ('"During the attack, 12 people were killed," Atem told Eye Radio on Sunday': the day
                    # it was told, no day of the incident)
                    resolve_date(_SPEECH_DAY.sub(" ", c.sentence.text), published)
                    if published is not None and not quoted_today
                    else None
                )
            if (
                c_day[0] is not None
                and resolve_date(m.sentence.text, published) not in (None, c_day[0])
                and not _same_weekday_named(c.sentence.text, m.sentence.text)
            ):
                # "five killed late on Monday", then "a strike early on Tuesday killed five": two days, two
                # incidents, however equal the counts
                continue
            if not c.verified and m.verified and c_kill != m_kill:
                return False
            if not c.verified and m.verified and not _same_victims(c, m):
                # "A police officer has been killed ... According to police, one militant has been killed":
                # a party's count of its enemy's dead, however equal, is not the toll vouched for
                continue
            same_pair = c_wound is not None and c_wound == m_wound
            if c_kill <= SMALL_TOLL and not same_pair and c.siblings:
                # one killed in Torske, listed with three in Bohorodychne, is not the one killed in Kharkiv
                # a few sentences before
                continue
            if (
                c_kill <= SMALL_TOLL
                and c_wound is not None
                and m_wound is not None
                and not _close(c_wound, m_wound)
            ):
                # Small tolls coincide by chance: one killed and 17 wounded in Kut is not the incident
                # with one killed and one wounded in Fallujah
                continue
            if rounded:
                # "More than a dozen people were killed", then "There were 14 dead": what the bound rounds
                m.killed = c.killed
                m.extra_sentences.append(c.sentence)
            told = any(o.wounded is not None and o.wounded.quantity.value == c_wound for o in mains)
            if m.wounded is None and c.wounded is not None and not told:
                # (not the wounded another incident holds already: "killing 16 insurgents while 12 soldiers
                # were wounded", split by side, then the spokesman's quote of both)
                m.wounded = c.wounded
                m.extra_sentences.append(c.sentence)
            elif _more_precise(c.wounded, m.wounded):
                # "around 60 wounded", then "the toll is 24 dead and at least 62 wounded": the precise count
                m.wounded = c.wounded
                m.extra_sentences.append(c.sentence)
            return True
        if c_kill is None and c_wound is not None and m_wound is not None and c_wound == m_wound:
            return True
    if c_kill is None and c_wound is not None:
        if c.verified != last.verified:
            # "The firefight left 13 militants dead. He said four police were also wounded": the wounded
            # belong with the last incident vouched for alike
            last = next((m for m in reversed(mains) if m.verified == c.verified), last)
        if last.wounded is None and c.verified == last.verified:
            last.wounded = c.wounded
            last.extra_sentences.append(c.sentence)
            return True
        if last.wounded is not None:
            # a competing wounded figure for the same incident -- but not one more ("fired shells near a UN
            # base, wounding another civilian"): another victim, of another blast
            return c.wounded is None or not _one_more(c.sentence.text, c.wounded.quantity)
    if c_kill is not None and last.killed is not None and c.verified and last.verified:
        text = c.sentence.text.lower()
        if "toll" in text and _close_loose(c_kill, last.killed.quantity.value or 0):
            return True
    return False


# "On Tuesday, a car bombing near a vegetable market left 14 wounded": a day's attack of its own, brought in
# with "a", after the lead's fighting
_A_DAYS_NEW_ATTACK = re.compile(
    r"On\s+(?P<day>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:\s+(?:morning|afternoon|evening|night))?"
    r",?\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?(?:bomb|bombing|blast|explosion|strike|airstrike|attack|ambush|raid"
    r"|shelling|rocket|mortar|grenade)\b"
)
# The next incident of a day told in order: "Later, a car bomb exploded ...", "Later that day, gunmen ..."
_LATER_ANOTHER = re.compile(
    r"\W*Later(?:\s+(?:that|in\s+the)\s+(?:day|morning|afternoon|evening|night))?,\s+"
    r"(?:a|an|another|gunmen|militants)\s"
)


def _another_one(c: Candidate, m: Candidate) -> bool:
    """``c``'s one dead is a person brought in with 'a'/'an' and named by another noun than ``m``'s one."""
    if c.killed is None or m.killed is None:
        return False
    q, noun, other = c.killed.quantity, c.killed.noun, m.killed.noun
    return (
        q.text[:2].lower() in ("a ", "an")
        and noun is not None
        and other is not None
        and noun != other
        and _ANAPHORIC_INCIDENT.search(c.sentence.text) is None
    )


def _above_a_round_bound(new: cl.Figure | None, old: cl.Figure | None) -> bool:
    """'14 dead' after 'more than a dozen killed': the count a round lower bound in words stands for."""
    if new is None or old is None or new.quantity.qualifier != "exact":
        return False
    bound = old.quantity
    return (
        bound.qualifier in ("more_than", "at_least")
        and "dozen" in bound.text.lower()
        and (bound.value or 0) < (new.quantity.value or 0)
    )


def _more_precise(new: cl.Figure | None, old: cl.Figure | None) -> bool:
    """A count near an approximate one ('around 60'), given without 'around' ('at least 62', '62'), or the
    exact count just above a lower bound ('more than 50 injured', then 'wounded 54 others')."""
    if new is None or old is None or new.quantity.qualifier == "approx":
        return False
    a, b = new.quantity.value or 0, old.quantity.value or 0
    if old.quantity.qualifier in ("more_than", "at_least"):
        return new.quantity.qualifier == "exact" and a > b and _close(a, b)
    return old.quantity.qualifier == "approx" and a != b and _close(a, b)


def _one_more(text: str, q: Quantity) -> bool:
    """The count is of more victims than those told before: 'another civilian', 'another 12'."""
    return q.text.lower().startswith("another") or text[max(0, q.start - 8) : q.start].lower().endswith(
        "another "
    )


def _same_weekday_named(a: str, b: str) -> bool:
    """'killed Tuesday' in both, whatever else dates one of them (a dateline's '22nd May, 2024')."""
    a_low, b_low = a.lower(), b.lower()
    return any(d in a_low and d in b_low for d in WEEKDAYS)


def _same_victims(c: Candidate, m: Candidate) -> bool:
    """Both tolls count the same side's dead (or say nothing of whose they are)."""
    if c.killed is None or m.killed is None:
        return True
    return cl.same_side(c.killed, m.killed)


def _bodies_of_the_toll(c: Candidate, mains: list[Candidate]) -> bool:
    """'71 bodies had been buried', '13 more bodies were dug out' after 'the death toll has risen to 73':
    the bodies counted are the incident's dead, part of its toll, not another incident."""
    if c.killed is None or c.wounded is not None:
        return False
    q = c.killed.quantity
    if not cl.counts_bodies(c.sentence.text, q):
        return False
    toll = max((m.killed.quantity.value or 0) for m in mains if m.killed is not None) if mains else 0
    return 0 < (q.value or 0) <= toll


def _a_quoted_one_of_the_toll(c: Candidate, mains: list[Candidate]) -> bool:
    """'"My son Issa was killed, he was five years old..."', a survivor quoted after 'killing at least 20':
    one of the toll, told by those who lost them, not another incident."""
    if c.killed is None or c.wounded is not None or c.killed.quantity.value != 1:
        return False
    text = c.sentence.text
    # (the quote opens the sentence, or a sentence before: a closing mark with no opening one)
    if not text.lstrip().startswith(_QUOTE_MARKS) and not (
        text.count('"') % 2 or text.count("”") > text.count("“")
    ):
        return False
    return any(
        m.killed is not None and (m.killed.quantity.value or 0) >= 2 and not m.background for m in mains
    )


_QUOTE_MARKS = ('"', "“", "‘", "'")


def _close_loose(a: int, b: int) -> bool:
    return abs(a - b) <= max(2, int(0.3 * max(a, b)))


def _apply_unverifiable_statements(events: list[Candidate], sentences: list[Sentence]) -> None:
    live = [e for e in events if not e.background]  # a toll or a displacement figure
    for s in sentences if live else ():
        recent = [e for e in live if 0 <= s.index - e.sentence.index <= 3]
        if (
            not recent
            and "figures" in s.text
            and _ALL_FIGURES.search(s.text)
            and cl.is_unverifiable_statement(s.text)
        ):
            # "Casualty figures provided by both sides differ vastly and cannot be independently verified",
            # closing the story: every toll told before it
            recent = [e for e in live if e.casualty and e.sentence.index < s.index]
            for t in recent:
                t.verified = False
            continue
        if recent and cl.is_unverifiable_statement(s.text):  # only a statement soon after an incident
            if (
                cl.is_denied_claim(s.text)
                and _figures(s)
                and not any(e.sentence.index == s.index or s in e.extra_sentences for e in live)
            ):
                # "The separatists had earlier announced that 9 soldiers were killed, but the colonel said it
                # was 'fake news'": the figure it disputes is its own, which no event kept
                continue
            latest = max(e.sentence.index for e in recent)
            # "It was not possible to verify that claim": the claim, if the latest sentence made one
            claims = [e for e in recent if e.sentence.index == latest and not e.verified]
            target = claims[0] if claims else next(e for e in recent if e.sentence.index == latest)
            # "Reuters could not verify details of these latest attacks": every attack the article tells
            targets = [e for e in live if e.casualty] if _EVERY_ATTACK.search(s.text) else []
            if not targets and cl.NEITHER_CONFIRMED.search(s.text) is not None:
                # "Damascus denied a massacre, saying terrorists had killed nine. Neither account could be
                # confirmed": each of the claims just told
                targets = [e for e in recent if e.casualty]
            for t in targets or [target]:
                t.verified = False
                if s.index != t.sentence.index and s not in t.extra_sentences:
                    t.extra_sentences.append(s)


_EVERY_ATTACK = re.compile(
    r"\b(?:these|those|the)\s+(?:\w+\s+)?(?:attacks|strikes|incidents|tolls|(?:casualty\s+)?figures)\b", re.I
)


# The figures an article gives, all of them: "casualty figures", "figures provided by both sides"
_ALL_FIGURES = re.compile(
    r"\b(?:casualty|death|toll)\s+figures\b|\bfigures\s+(?:provided|given|released|issued)\s+by\s+both\s+sides\b",
    re.I,
)


_FIGURE_IN = re.compile(
    r"\s+(?:[\w'-]+\s+){0,3}?(?:in|at|near)\s+(?:the\s+)?"
)  # "nine people in ", "two in the "


_PART_IN = re.compile(
    r"\b(?:(?:including|among\s+them)\s+(?:at\s+least\s+)?(?:\d[\d,]*|[a-z]+)(?:\s+of\s+them)?"
    r"|(?:\d[\d,]*|[a-z]+)\s+of\s+(?:them|whom))"
    r"(?:\s+(?!in\b|at\b|on\b)[a-z-]+){0,3}?"
    r"(?:\s+in\s+(?:a|an|one)\s+(?:single\s+)?(?:house|home|building|apartment|tent|car|vehicle))?"
    r"\s+(?:in|at)\s+(?:the\s+)?$",
    re.I,
)  # "including five in ", "five of them in ", "including 12 children in a single house in "


_BROUGHT_FROM = re.compile(
    r"\b(?:arrived|brought|transferred|evacuated|taken|carried|airlifted)\s+(?:in\s+)?from\s+(?:the\s+)?$",
    re.I,
)


def _may_name_a_part(text: str) -> bool:
    return "including" in text or " of them" in text or " of whom" in text or "among them" in text


def _place_for(
    c: Candidate,
    sentences: list[Sentence],
    mentions: list[list[Mention]],
    title_mentions: list[Mention],
    ctx: PlaceContext,
    sentence_places: dict[int, ResolvedPlace | None],
    dateline: str = "",
    incident_sentences: frozenset[int] = frozenset(),
) -> ResolvedPlace:
    def sentence_place(k: int) -> ResolvedPlace | None:  # the same for every event: resolved once
        if k not in sentence_places:
            sentence_places[k] = resolve_place(mentions[k], ctx)
        return sentence_places[k]

    own = [m for s in c.sentences for m in mentions[s.index]]
    treated = [m for s in c.sentences for m in mentions[s.index] if _where_treated(s.text, m)]
    if treated:
        own = [m for m in own if m not in treated]
    opening = _AFTER_OPENING.match(c.sentence.text)
    if opening is not None:
        # "Hours after the blast in Balochistan, a second attack took place in Hangu": the place of the
        # incident the opening recalls is not this one's
        beyond = [m for m in own if not (m.start < opening.end() and m in mentions[c.sentence.index])]
        if any(m in mentions[c.sentence.index] for m in beyond):
            own = beyond
        else:
            opening = None
    recalled = _RECALLED_AFTER.search(c.sentence.text) if " after " in c.sentence.text else None
    hurt = c.killed or c.wounded
    if recalled is not None and hurt is not None and hurt.quantity.start < recalled.start():
        # "Bandits killed five people in West Pokot county, two days after injuring police officers in
        # Turkana": the place of the incident the close recalls is not this one's
        unrecalled = [m for m in own if not (m.start > recalled.start() and m in mentions[c.sentence.index])]
        if len(unrecalled) < len(own) and any(m in mentions[c.sentence.index] for m in unrecalled):
            own = unrecalled
        else:
            recalled = None
    part_placed = False
    if c.displaced is not None and " of them " in c.sentence.text:
        # "forced 417,000 people to flee, more than 80,000 of them to South Sudan": the part's place
        text = c.sentence.text
        whole = [m for m in own if not _OF_THEM_TO.search(text, max(0, m.start - 40), m.start)]
        part_placed, own = len(whole) < len(own), whole
    extra = [m for s in c.extra_sentences for m in mentions[s.index]]
    fig = c.killed or c.wounded
    if c.shared_sentence:
        # "While 12 were killed in the Zamfara attack, three lost their lives in the Katsina attack": each
        # figure's own clause names its place
        anchor = fig.quantity.start if fig is not None else c.displaced_start
        clause = cl.figure_clause(c.sentence.text, anchor)
        begin = c.sentence.text.find(clause)
        in_clause = [m for m in mentions[c.sentence.index] if begin <= m.start < begin + len(clause)]
        if in_clause:
            own = in_clause + extra
    placed_after = part_named = False
    if (c.siblings or c.shared_sentence) and fig is not None:
        # "killing nine people in Kharkiv and three in Odesa": a place right after each figure is its own
        end = fig.quantity.end
        after = [m for m in mentions[c.sentence.index] if m.start >= end]
        if after and _FIGURE_IN.fullmatch(c.sentence.text, end, after[0].start):
            own = [after[0], *extra]
            placed_after = True
    if fig is not None and not placed_after and _may_name_a_part(c.sentence.text):
        # "killed 12 people across Ukraine, including five in Kharkiv": the place of a part of the toll
        # is not the toll's
        text = c.sentence.text
        parts = [
            m
            for m in mentions[c.sentence.index]
            if m.start > fig.quantity.end and _PART_IN.search(text, fig.quantity.end, m.start)
        ]
        if parts:
            own = [m for m in own if m not in parts]
            placed_after = part_named = True
    if fig is not None and " from " in c.sentence.text:
        # "a hospital official in Khan Younis said 20 bodies had arrived from Rafah": the dead and wounded
        # come from where they were struck
        text = c.sentence.text
        origin = [m for m in mentions[c.sentence.index] if _BROUGHT_FROM.search(text, 0, m.start)]
        struck = resolve_place(origin, ctx) if origin else None
        if struck is not None and struck.specific:
            return struck
    if c.displaced_kind == "cumulative" and "host" in c.sentence.text:
        host = _host_named(c.sentence.text, mentions[c.sentence.index], ctx)
        if host is not None:
            return host  # "Bangladesh, which already hosts some 400,000 Rohingya who have fled Myanmar"
    # "91,000 Congolese people have sought asylum", "30,000 South Ossetians have fled": whose people they are
    people = (
        [
            m.country
            for m in mentions[c.sentence.index]
            if m.kind == "demonym" and 0 <= m.start - c.displaced_start <= _DEMONYM_AFTER_COUNT and m.country
        ]
        if c.displaced is not None
        else []
    )
    if people and "asylum" in c.sentence.text:
        # "91,000 Congolese people have sought asylum in neighboring Uganda": refugees are counted where
        # they fled from, which their people's name says
        return ResolvedPlace(people[0], None, None, None, False)
    if (
        people
        and c.displaced_kind == "cumulative"
        and not any(m.kind in _SPECIFIC or m.kind == "country" for m in mentions[c.sentence.index])
    ):
        # "Close to 150,000 Ivorian refugees are now spread across West Africa": no host named, the refugees
        # are counted where they fled from, which their people's name says
        return ResolvedPlace(people[0], None, None, None, False)
    if c.displaced is not None and c.displaced_kind == "incident":
        # A flow is counted where people fled from: "100,000 arrived in Armenia from Nagorno-Karabakh"
        text = c.sentence.text
        origin = [
            m
            for m in mentions[c.sentence.index]
            if _FROM_BEFORE.search(text[: m.start])
            # ("in addition to the new arrivals from Burkina Faso, an additional 1,186 Nigeriens were
            # displaced in Tillabéri": another group's origin, in a clause before the figure's)
            and not (m.start < c.displaced_start and "," in text[m.start : c.displaced_start])
        ]
        fled_from = resolve_place(origin, ctx) if origin else None
        here = resolve_place(own, ctx)
        if fled_from is not None and (
            fled_from.specific or (here is not None and here.country != fled_from.country)
        ):
            return fled_from
        if people and (here is None or here.country != people[0]):
            # "30,000 South Ossetians have fled ... to North Ossetia": a flow from their people's land
            return ResolvedPlace(people[0], None, None, None, False)
        crossed_to = {
            m.country
            for m in own
            if m.kind in ("country", "directional")
            and m.country
            and (
                _INTO_BEFORE.search(text, max(0, m.start - 30), m.start)
                or _ARRIVED_IN_BEFORE.search(text, max(0, m.start - 60), m.start)
            )
        }
        others = [k for k, _n in ctx.countries.most_common() if k not in crossed_to]
        if crossed_to and all(m.kind != "place" and m.kind != "region" for m in own) and others:
            # "About 4,000 people fled to neighbouring Chad after the attack on their village", in a story of
            # Sudan ("5,000 refugees arrived in villages in northeastern Congo"): refugees are counted where
            # they fled from, the country the story is about, in the region it tells of if it tells of one
            return _focus_region(ctx, others[0]) or ResolvedPlace(others[0], None, None, None, False)
    own_changed = (
        c.extra_sentences
        or c.shared_sentence
        or placed_after
        or treated
        or opening
        or part_placed
        or recalled
    )
    resolved = resolve_place(own, ctx) if own_changed else sentence_place(c.sentence.index)
    if resolved is not None and resolved.specific:
        return resolved
    directional = any(m.kind == "directional" for m in own)
    country_only = resolved is not None and not directional
    stock = c.displaced is not None and c.displaced_kind == "cumulative"
    text = " ".join(s.text for s in c.sentences)
    if stock and not directional and not _hosted(text) and not _THE_TOWN.search(text):
        # A stock with no place of its own is the country's (region null), or the region the whole
        # story is about ("the Kachin conflict"), unless it says the whole country
        subject = article_region(ctx, ctx.primary_country) if resolved is None else None
        if subject is None and resolved is not None and _THE_REGION.search(text):
            # "Since violence started in the region, 140,000 have been made homeless, Iraq's ministry said":
            # the region the story tells of, whatever country the speaker's title names
            # ("Since 2015, the region has seen a quarter of a million displaced, almost half of whom are
            # refugees from Nigeria", in a story of Niger's Diffa: the story's region, not the part's land)
            focus = _focus_region(ctx, resolved.country) or _focus_region(ctx, ctx.primary_country)
            if focus is not None:
                return focus
        if subject is not None and not _has(text, COUNTRY_SCOPE_CUES):
            region = get_gazetteer().region_by_code.get(subject)
            return ResolvedPlace(subject.split("-")[0], subject, region.name if region else None, None, True)
        return resolved or ResolvedPlace(ctx.primary_country, None, None, None, False)
    if (c.background or part_named) and country_only and resolved is not None:
        return resolved  # (a toll with a part's place named: the rest lies elsewhere in the country)
    if c.displaced is None and not directional and _across_the_country(c.sentence, mentions):
        # "Russian attacks killed five civilians across Ukraine": a toll of many regions (people who fled
        # "across Darfur" to camps are counted where the camps are)
        return resolved or ResolvedPlace(ctx.primary_country, None, None, None, False)
    if dateline and "city" in c.sentence.text and _THE_CITY.search(c.sentence.text):
        # "KYIV (AP) - Russian drones struck the city overnight": before any town is named, the city is
        # the one filed from, even a capital or hub
        named = any(m.kind == "place" for k in range(c.sentence.index + 1) for m in mentions[k]) or any(
            m.kind == "place" for m in title_mentions
        )
        if not named and _DATELINE_CITY not in sentence_places:
            sentence_places[_DATELINE_CITY] = _dateline_town(dateline, ctx, hubs=True)
        city = None if named else sentence_places.get(_DATELINE_CITY)
        if city is not None and (resolved is None or resolved.country == city.country):
            return city
    capital = _bare_capital(text, resolved.country if resolved else ctx.primary_country)
    if capital is not None:
        return capital  # "Gang violence in the capital has killed 30, Haiti's police said"
    # Look around: the incident's place is often named a sentence or two before, or in the title; not for
    # an incident told apart from the others ("Separately, ..."), whose places are not its own
    separate = _has(c.sentence.text, SEPARATE_INCIDENT_CUES)
    if directional and resolved is not None and _OTHER_ATTACKS.search(text):
        return resolved  # "killed in two other attacks in Mexico's southwest": somewhere in that part
    order = [] if separate else [c.sentence.index - k for k in range(1, 4)] + [c.sentence.index + 1]
    # "In southern Gaza, a strike killed five": a scene of its own; the sentences before it are elsewhere,
    # the one after may say where in it, unless it tells an incident of its own
    scene = resolved is not None and _opens_with_area(c.sentence.text, mentions[c.sentence.index])
    if scene:
        order = [k for k in order[-1:] if k not in incident_sentences]
    for k in order:
        if 0 <= k < len(sentences):
            near = sentence_place(k)
            if (
                near is not None
                and near.specific
                and near.region is not None
                and (resolved is None or resolved.country in (None, near.country))
            ):
                return near
    if scene and resolved is not None:
        return resolved
    title = None if separate else resolve_place(title_mentions, ctx)
    if title is not None and title.specific and title.region is not None:
        return title
    if not separate:
        later = _place_told_later(c, sentences, mentions, incident_sentences, ctx)
        if later is not None and (resolved is None or resolved.country in (None, later.country)):
            return later  # "An ambush in the north of Paraguay killed eight ... The attack, which took place
            # in a rural part of Concepcion, ..."
    focus = _focus_region(ctx, resolved.country if resolved else ctx.primary_country)
    if focus is not None:
        return focus
    if dateline and _DATELINE_TOWN not in sentence_places:  # read once, the first time it is needed
        sentence_places[_DATELINE_TOWN] = _dateline_town(dateline, ctx)
    town = sentence_places.get(_DATELINE_TOWN)
    if town is not None and (resolved.country if resolved else ctx.primary_country) == town.country:
        return town  # "JENIN, West Bank -- Israeli forces killed five": filed from where it happened
    if resolved is not None:
        return resolved
    return ResolvedPlace(ctx.primary_country, None, None, None, False)


# "killed in two other attacks in Mexico's southwest": not where the incidents before were
_OTHER_ATTACKS = re.compile(r"\b(?:other|separate)\s+(?:attacks|incidents|clashes|strikes)\b", re.I)
_LOWER_BOUNDS = frozenset(["more_than", "at_least"])
_THE_DATED_ATTACK = re.compile(
    r"\W*The\s+(?:[A-Z][a-z]+\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]+)\s+(?:attack|assault|ambush|raid|bombing|blast|"
    r"strike|massacre|killings?)\s+(?:was|has|had|is|left|killed)\b"
)
_DEMONYM_AFTER_COUNT = 20  # characters from a count to the people's name after it ("91,000 Congolese")
_RECALLED_AFTER = re.compile(
    r",\s+(?:just\s+|only\s+|barely\s+)?(?:(?:a|one|two|three|four|five|six|several|a\s+few|\d+)\s+)?"
    r"(?:hours?|days?|weeks?|months?)\s+after\b",
    re.I,
)
_AFTER_OPENING = re.compile(r"(?:[\w-]+\s+){0,3}?after\s+(?:the|a|an)\s[^,;]{1,80},", re.I)


_OF_THEM_TO = re.compile(r"\bof\s+them\s+(?:to|in|into)\s+(?:the\s+)?(?:neighbou?ring\s+)?$")


def _where_treated(text: str, m: Mention) -> bool:
    """'reported killed by medics at a hospital in Mokha', 'taken to a hospital in Kabul': where the dead
    and wounded were counted or cared for, not where they were struck ('an air strike hit a hospital in X'
    is)."""
    return "hospital" in text and _AT_A_HOSPITAL_IN.search(text, max(0, m.start - 60), m.start) is not None


_AT_A_HOSPITAL_IN = re.compile(
    r"\b(?:at|to)\s+(?:a|the|an)\s+(?:[\w-]+\s+){0,2}?hospitals?\s+in\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE
)


def _place_told_later(
    c: Candidate,
    sentences: list[Sentence],
    mentions: list[list[Mention]],
    incident_sentences: frozenset[int],
    ctx: PlaceContext,
) -> ResolvedPlace | None:
    """The region a later sentence gives the incident, telling where 'the attack ... took place', before
    any other incident is told."""
    for k in range(c.sentence.index + 2, len(sentences)):
        if k in incident_sentences:
            return None
        if _TOOK_PLACE_IN.search(sentences[k].text):
            # (beyond the sentences read for places around the figures: read it now)
            found = mentions[k] or find_mentions(sentences[k].text, get_gazetteer())
            near = resolve_place(found, ctx)
            if near is not None and near.specific and near.region is not None:
                return near
    return None


_TOOK_PLACE_IN = re.compile(
    r"\b(?:the|this|that)\s+(?:attack|ambush|raid|bombing|blast|explosion|clash|clashes|assault|massacre|"
    r"shooting|incident)\b[^.;]{0,40}?\b(?:took\s+place|occurred|happened)\s+(?:in|at|near)\b",
    re.IGNORECASE,
)


# "Sudan's paramilitary RSF killed 40 people": an armed group by name is violence enough
_ARMED_GROUPS = (*ARMED_GROUP_NAMES, *GROUP_HOMES)
_ACROSS_COUNTRY = re.compile(
    r"\b(?:across|throughout|all\s+over)\s+(?:the\s+(?:country|nation|territory|enclave)\b|(?:the\s+)?(?P<name>[A-Z]))"
    r"|\b(?:nationwide|countrywide)\b"
)


def _across_the_country(s: Sentence, mentions: list[list[Mention]]) -> bool:
    """'across Ukraine', 'throughout the country', 'across the territory', 'nationwide'."""
    m = _ACROSS_COUNTRY.search(s.text)
    if m is None:
        return False
    return m.group("name") is None or any(
        x.kind == "country" and x.start == m.start("name") for x in mentions[s.index]
    )


_OPENING_IN = re.compile(r"(?:In|Across)\s+(?:the\s+)?$")


def _opens_with_area(text: str, mentions: list[Mention]) -> bool:
    """'In southern Gaza, a strike ...': a sentence that opens on a part of a country sets a scene of its
    own; what the sentences before it named is elsewhere."""
    first = mentions[0] if mentions else None
    return (
        first is not None
        and first.kind == "directional"
        and first.start <= 12
        and _OPENING_IN.fullmatch(text, 0, first.start) is not None
    )


_DATELINE_TOWN = -1  # the key of the dateline's town among the places resolved per sentence
_DATELINE_CITY = -2  # ... and of its town or city, hubs and capitals included
_THE_CITY = re.compile(r"\b[Tt]he\s+city\b(?!\s+of\b)")


def _dateline_town(dateline: str, ctx: PlaceContext, hubs: bool = False) -> ResolvedPlace | None:
    """The town a story is filed from, when it is no capital nor a big city (unless ``hubs``): reporters
    file from capitals and hubs ('Cotonou', 'Lagos'), whose dateline says nothing of where an incident
    was; a town's ('JENIN') is near it."""
    words = _CAPS_WORD.sub(lambda w: w.group(0).capitalize(), dateline)  # "JENIN" is a name, "Jenin"
    towns = [m for m in find_mentions(words, get_gazetteer()) if m.kind == "place"]
    if not towns:
        return None
    place = resolve_place(towns[:1], ctx)
    if place is None or place.region is None or place.country is None:
        return None
    if hubs:
        return place
    capital = get_gazetteer().capital(place.country)
    if capital is not None and capital.region == place.region:
        return None
    town = max(towns[0].places, key=lambda p: p.population if p.region == place.region else -1)
    return place if town.population < HUB_POPULATION else None


HUB_POPULATION = 500_000  # a dateline town this big is a hub reporters file from, not a place of the news
_CAPS_WORD = re.compile(r"\b[A-Z][A-Z'’-]+\b")


# ("In the capital, meanwhile, two gunmen ..." opens its sentence)
_BARE_CAPITAL = re.compile(
    r"\b(?:[Ii]n|[Oo]n|[Aa]cross|[Aa]round)\s+the\s+capital\b(?!\s+of\b|\s*,?\s+[A-Z])"
)


def _bare_capital(text: str, country: str | None) -> ResolvedPlace | None:
    """'in the capital', named by no demonym or name: the capital of the story's country."""
    if country is None or " capital" not in text or _BARE_CAPITAL.search(text) is None:
        return None
    capital = get_gazetteer().capital(country)
    if capital is None or capital.region is None:
        return None
    return ResolvedPlace(country, capital.region, None, capital.name, True)


_THE_REGION = re.compile(
    r"\bin\s+the\s+(?:region|province|state)\b(?!\s+of\b)"
    # "Since 2015, the region has seen a quarter of a million people displaced"
    r"|\bthe\s+(?:region|province)\s+(?:has|had)\s+(?:seen|witnessed|recorded)\b"
)
# "fighting in and around the city has displaced 600,000": the town named before, not the whole country
_THE_TOWN = re.compile(r"\b(?:in|around|from|near)\s+the\s+(?:city|town|camp|village)\b(?!\s+of\b)")


_HOSTS = re.compile(
    r"(?:\s*,\s*which|\s*,\s*that)?\s+(?:already\s+|currently\s+|now\s+)?(?:hosts|is\s+hosting|has\s+hosted)\b"
)


def _host_named(text: str, mentions: list[Mention], ctx: PlaceContext) -> ResolvedPlace | None:
    """The place a stock of refugees is hosted in, named as the host: 'Bangladesh, which already hosts
    some 400,000 Rohingya who have fled Myanmar', 'Chad hosts 400,000 Sudanese refugees'."""
    for m in mentions:
        if m.kind in ("country", "place", "region", "region_name") and _HOSTS.match(
            text, m.start + len(m.text)
        ):
            return resolve_place([m], ctx)
    return None


def _hosted(text: str) -> bool:
    return has_camp(text) or _has(text, HOSTING_CUES)


def _focus_region(ctx: PlaceContext, country: str | None) -> ResolvedPlace | None:
    gaz = get_gazetteer()
    for code, _n in ctx.regions.most_common():
        if country is None or code.startswith(country + "-"):
            region = gaz.region_by_code.get(code)
            return ResolvedPlace(code.split("-")[0], code, region.name if region else None, None, True)
    return None


def _to_event(article: Article, c: Candidate, n: int, place: ResolvedPlace, date: dt.date | None) -> Event:
    evidence_start = min(s.start for s in c.sentences)
    evidence_end = max(s.end for s in c.sentences)
    evidence = article.body[evidence_start:evidence_end]
    killed = c.killed.quantity if c.killed else None
    wounded = c.wounded.quantity if c.wounded else None
    text = " ".join(s.text for s in c.sentences)
    event_type = "displacement" if c.displaced is not None and not c.casualty else cl.classify_event(text)
    families = c.displaced_unit in ("families", "households")  # a count of families stays one
    digest = hashlib.sha1(
        f"{article.id}|{EXTRACTOR_VERSION}|{n}|{evidence_start}|{evidence_end}".encode()
    ).hexdigest()[:20]
    victims = (
        c.killed.noun if c.killed and c.killed.noun not in (None, "people", "others", "persons") else None
    )
    return Event(
        event_id=f"{article.id}:{digest}",
        article_id=article.id,
        source=article.source,
        url=article.url,
        published_at=article.published_at,
        event_type=event_type,
        country=place.country,
        region=place.region,
        region_name=place.region_name,
        place=place.place,
        date=date,
        killed=killed.value if killed else None,
        killed_qualifier=killed.qualifier if killed else None,
        wounded=wounded.value if wounded else None,
        wounded_qualifier=wounded.qualifier if wounded else None,
        displaced=None if families else c.displaced,
        displaced_qualifier=c.displaced_qualifier,
        displaced_kind=c.displaced_kind,
        displaced_unit=c.displaced_unit,
        displaced_families=c.displaced if families else None,
        victims=victims,
        claimed_by=c.claimed_by,
        verified=c.verified,
        previously_reported=c.background,
        actors=cl.actors(text),
        evidence=evidence,
        evidence_start=evidence_start,
        evidence_end=evidence_end,
        confidence=0.7 if place.region else 0.5,
        extractor_version=EXTRACTOR_VERSION,
    )


# Regexes that match in few sentences run only where the text holds a word they need (see prefilter):
# the same matches, most searches skipped.
COMES_AFTER = gated(COMES_AFTER)
PERIOD_TOTAL = alternatives(PERIOD_TOTAL)  # (branch by branch: each needs words of its own)
_EXACT_FIGURE = gated(_EXACT_FIGURE)
_NUMBER_ROSE = gated(_NUMBER_ROSE)
_ALONE = gated(_ALONE)
_MANNER_OF_DEATH = gated(_MANNER_OF_DEATH)
_SUPERLATIVE_COMPARED = gated(_SUPERLATIVE_COMPARED)
_SINCE_DATE = gated(_SINCE_DATE)
_THE_ATTACKS = gated(_THE_ATTACKS)
_THOSE_ATTACKS = gated(_THOSE_ATTACKS)
_FOLLOWED = gated(_FOLLOWED)
_PERFECT_TOLL = gated(_PERFECT_TOLL)
_PERFECT_CASUALTY = gated(_PERFECT_CASUALTY)
_LAST_WEEKDAY = gated(_LAST_WEEKDAY)
_CURRENT_DAY = gated(_CURRENT_DAY)
_SPEECH_DAY = gated(_SPEECH_DAY)
_SUMMARY = gated(_SUMMARY)
_SPREE = gated(_SPREE)
_ANAPHORIC_INCIDENT = alternatives(_ANAPHORIC_INCIDENT)  # (the same)
_IN_THE_INCIDENT = gated(_IN_THE_INCIDENT)
_PARTIAL_COUNT = gated(_PARTIAL_COUNT)
_LATER = gated(_LATER)
_EARLIER_REPORT = gated(_EARLIER_REPORT)
_EARLIER_TOLL_GIVEN = gated(_EARLIER_TOLL_GIVEN)
_OCCURRED = gated(_OCCURRED)
_TOOK_PLACE_IN = gated(_TOOK_PLACE_IN)
_AT_A_HOSPITAL_IN = gated(_AT_A_HOSPITAL_IN)
_FROM_BEFORE = gated(_FROM_BEFORE)
_PART_IN = gated(_PART_IN)
_BROUGHT_FROM = gated(_BROUGHT_FROM)
_THE_CITY = gated(_THE_CITY)
SUPERSEDED_TOLL = gated(SUPERSEDED_TOLL)
_PREVIOUS_DAY = gated(_PREVIOUS_DAY)
_THIS_WEEK = gated(_THIS_WEEK)
_RUNNING_TOLL = gated(_RUNNING_TOLL)
_NATIONAL = gated(_NATIONAL)
_COMPETING_TOLL = gated(_COMPETING_TOLL)
_BARE_REPORT = gated(_BARE_REPORT)
_SOME_TIME_AFTER = gated(_SOME_TIME_AFTER)
_BARE_CAPITAL = gated(_BARE_CAPITAL)
_ACROSS_COUNTRY = gated(_ACROSS_COUNTRY)
_THE_TOWN = gated(_THE_TOWN)
