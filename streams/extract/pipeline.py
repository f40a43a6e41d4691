"""Assembly: article -> sentences -> figures -> candidate incidents -> consolidated events."""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import time
from dataclasses import dataclass, field

from streams.extract import classify as cl
from streams.extract.dates import has_date_expression, resolve_date
from streams.extract.gazetteer import get_gazetteer
from streams.extract.lexicon import (
    HOSTING_CUES,
    NON_CONFLICT_CUES,
    SEPARATE_INCIDENT_CUES,
    SUPERSEDED_CUES,
    TOLL_REVISION_CUES,
    VIOLENCE_CUES,
    VIOLENT_ACTS,
)
from streams.extract.places import (
    Mention,
    PlaceContext,
    ResolvedPlace,
    article_context,
    find_mentions,
    has_camp,
    misspelt_regions,
    resolve_place,
)
from streams.extract.sentences import Sentence, split_sentences
from streams.extract.textnorm import fold, in_lower_case, lower_matches_alike, may_contain
from streams.models import Article, Event

EXTRACTOR_VERSION = "1.0.0"
PLACE_WINDOW = 3  # sentences either side of a figure whose places are read
_OVER_PERIOD = re.compile(r"\bover\s+(?:the\s+)?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|\w+)\s+"
                          r"(?:days|weeks|months|years)\b", re.I)  # fmt: skip
_OVER_PERIOD_IN_LOWER = in_lower_case(_OVER_PERIOD)  # for lower-cased text: see lower_matches_alike
_CURRENT_DAY = re.compile(
    r"\b(?:yesterday|today|tonight|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b", re.I
)


@dataclass
class StageTimes:
    """Seconds spent per stage, accumulated across calls (for the benchmark)."""

    sentences: float = 0.0
    numbers: float = 0.0
    places: float = 0.0
    dates: float = 0.0
    assembly: float = 0.0


STAGE_TIMES = StageTimes()


@dataclass
class Candidate:
    """One incident's figures as found in one sentence, before consolidation."""

    sentence: Sentence
    killed: cl.Figure | None = None
    wounded: cl.Figure | None = None
    displaced: int | None = None
    displaced_qualifier: str | None = None
    displaced_unit: str | None = None
    displaced_kind: str | None = None
    background: bool = False
    verified: bool = True
    claimed_by: str | None = None
    extra_sentences: list[Sentence] = field(default_factory=list)
    dropped: bool = False

    @property
    def casualty(self) -> bool:
        return self.killed is not None or self.wounded is not None

    @property
    def sentences(self) -> list[Sentence]:
        return sorted([self.sentence, *self.extra_sentences], key=lambda s: s.start)


def _has(text: str, cues: tuple[str, ...]) -> bool:
    return cl.cue_pattern(cues).search(text.lower()) is not None


def _non_conflict(text: str) -> bool:
    """Deaths in a crash, a flood or an epidemic: not a conflict figure unless violence is named too."""
    return _has(text, NON_CONFLICT_CUES) and not _has(text, VIOLENT_ACTS)


def _is_headline(s: Sentence, title: str) -> bool:
    if s.index > 1:
        return False
    if title and fold(s.text) == fold(title):
        return True
    return s.index == 0 and s.text[-1:] not in ".!?\"”'’" and len(s.text.split()) <= 16


def _figures(s: Sentence) -> list[cl.Figure]:
    return cl.sentence_figures(s.text)


def _candidates(s: Sentence, figures: list[cl.Figure]) -> list[Candidate]:
    out: list[Candidate] = []
    displaced = [f for f in figures if f.role == cl.DISPLACED]
    if displaced and not cl.is_projection(s.text):
        total = sum(f.quantity.value or 0 for f in displaced)
        first = displaced[0]
        out.append(
            Candidate(
                s,
                displaced=total,
                displaced_qualifier=first.quantity.qualifier if len(displaced) == 1 else "exact",
                displaced_unit=first.unit,
                displaced_kind=cl.displacement_kind(
                    cl.figure_clause(s.text, first.quantity.start),
                    total,
                    tuple(f.noun or "" for f in displaced),
                ),
            )
        )
    current: Candidate | None = None
    for f in figures:
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


def _speaker(sentences: list[Sentence], i: int) -> str | None:
    who = cl.attribution(sentences[i].text)
    if who and who.lower() in ("he", "she", "they", "it") and i > 0:
        return cl.attribution(sentences[i - 1].text) or who
    return who


def _close(a: int, b: int) -> bool:
    return abs(a - b) <= max(1, int(0.15 * max(a, b)))


def extract_events(article: Article) -> list[Event]:
    """The pipeline behind :func:`streams.extract.extract`."""
    t0 = time.perf_counter()
    body = article.body
    sentences = split_sentences(body)
    t1 = time.perf_counter()
    STAGE_TIMES.sentences += t1 - t0

    published = article.published_at
    cands: list[Candidate] = []
    for s in sentences:
        if _is_headline(s, article.title):
            continue
        figures = _figures(s)
        if not figures:
            continue
        for c in _candidates(s, figures):
            c.claimed_by = _speaker(sentences, s.index)
            cands.append(c)
    t2 = time.perf_counter()
    STAGE_TIMES.numbers += t2 - t1
    cands = [c for c in cands if not _non_conflict(c.sentence.text)]
    if not cands or not _has(f"{article.title} {body}", VIOLENCE_CUES):
        return []  # most articles in a live stream: nothing to place or date

    # Places: the sentences around the figures, and the opening, which sets the article's context.
    gaz = get_gazetteer()
    near = {0, 1, 2}
    for c in cands:
        near.update(range(c.sentence.index - PLACE_WINDOW, c.sentence.index + PLACE_WINDOW + 1))
    mentions = [find_mentions(s.text, gaz) if s.index in near else [] for s in sentences]
    title_mentions = find_mentions(article.title, gaz) if article.title else []
    ctx = article_context([m for ms in mentions for m in ms], title_mentions)
    primary_country = ctx.primary_country
    for s, ms in zip(sentences, mentions, strict=True):
        extra = misspelt_regions(s.text, ms, gaz, primary_country) if s.index in near else []
        if extra:
            ms.extend(extra)
            ms.sort(key=lambda m: m.start)
    t3 = time.perf_counter()
    STAGE_TIMES.places += t3 - t2

    _mark_background(cands, published)
    events = _consolidate(cands, sentences)
    _apply_unverifiable_statements(events, sentences)
    t4 = time.perf_counter()

    out: list[Event] = []
    dates_time = 0.0
    sentence_places: dict[int, ResolvedPlace | None] = {}
    for n, c in enumerate(events):
        place = _place_for(c, sentences, mentions, title_mentions, ctx, sentence_places)
        td = time.perf_counter()
        date: dt.date | None = None
        for s in c.sentences:
            date = resolve_date(s.text, published)
            if date is not None:
                break
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
    return None


def _mark_background(cands: list[Candidate], published: dt.date | None) -> None:
    year = published.year if published is not None else None
    month = published.month if published is not None else None
    previous: Candidate | None = None
    for c in cands:
        full = c.sentence.text
        fig = c.killed or c.wounded
        text = cl.figure_clause(full, fig.quantity.start) if fig else full
        if c.displaced is not None:
            c.background = c.displaced_kind == "incident" and cl.is_background(full, year, month)
            previous = c
            continue
        bg = cl.is_background(text, year, month) or _over_a_period(text)
        if not bg and cl.is_cumulative_toll(text) and not _CURRENT_DAY.search(text):
            bg = True
        if (
            not bg
            and previous is not None
            and previous.background
            and previous.casualty
            and c.sentence.index - previous.sentence.index <= 3
            and not has_date_expression(text)
            and not _has(text, SEPARATE_INCIDENT_CUES)
        ):
            bg = True
        c.background = bg
        previous = c


def _over_a_period(text: str) -> bool:
    low = text.lower()
    if not may_contain(text, low, ("over",)):
        return False
    return bool(_OVER_PERIOD_IN_LOWER.search(low) if lower_matches_alike(text) else _OVER_PERIOD.search(text))


def _consolidate(cands: list[Candidate], sentences: list[Sentence]) -> list[Candidate]:
    kept: list[Candidate] = []
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
            if _merge_displacement(c, kept):
                continue
            kept.append(c)
            continue
        mains = [k for k in kept if k.casualty and not k.background and not k.dropped]
        separate = _has(text, SEPARATE_INCIDENT_CUES)
        if mains and not separate and _has(text, SUPERSEDED_CUES):
            continue
        if mains and not separate and c.killed is not None and _has(text, TOLL_REVISION_CUES):
            target = mains[-1]
            if target.killed is not None and (c.killed.quantity.value or 0) > (
                target.killed.quantity.value or 0
            ):
                target.killed = c.killed
                target.extra_sentences.append(c.sentence)
                continue
        if mains and not separate and _merge_casualty(c, mains):
            continue
        kept.append(c)
    # A lead total that only sums the incidents listed after it is not an incident of its own.
    live = [(k, k.killed) for k in kept if k.casualty and not k.background and k.killed is not None]
    for k, k_killed in live:
        others = [o_killed.quantity.value or 0 for o, o_killed in live
                  if o is not k and o.sentence.index > k.sentence.index]  # fmt: skip
        if len(others) >= 2 and sum(others) == k_killed.quantity.value:
            k.dropped = True
    return [k for k in kept if not k.dropped]


def _merge_displacement(c: Candidate, kept: list[Candidate]) -> bool:
    for k in kept:
        if k.displaced is None or k.background or k.displaced_kind != c.displaced_kind:
            continue
        if c.displaced is None:
            continue
        same = k.displaced == c.displaced or (
            c.displaced_kind == "incident" and _close(k.displaced, c.displaced)
        )
        if same:
            if k.displaced_qualifier != "exact" and c.displaced_qualifier == "exact":
                k.displaced, k.displaced_qualifier = c.displaced, "exact"
                k.extra_sentences.append(c.sentence)
                k.sentence, k.extra_sentences = c.sentence, [k.sentence]
            return True
    return False


def _merge_casualty(c: Candidate, mains: list[Candidate]) -> bool:
    """Fold a repeated or complementary figure into an incident already found."""
    last = mains[-1]
    c_kill = c.killed.quantity.value if c.killed else None
    c_wound = c.wounded.quantity.value if c.wounded else None
    for m in reversed(mains):
        m_kill = m.killed.quantity.value if m.killed else None
        m_wound = m.wounded.quantity.value if m.wounded else None
        if c_kill is not None and m_kill is not None and (c_kill == m_kill or _close(c_kill, m_kill)):
            if not c.verified and m.verified and c_kill != m_kill:
                return False
            if m.wounded is None and c.wounded is not None:
                m.wounded = c.wounded
                m.extra_sentences.append(c.sentence)
            return True
        if c_kill is None and c_wound is not None and m_wound is not None and c_wound == m_wound:
            return True
    if c_kill is None and c_wound is not None:
        if last.wounded is None and c.verified == last.verified:
            last.wounded = c.wounded
            last.extra_sentences.append(c.sentence)
            return True
        if last.wounded is not None:
            return True  # a competing wounded figure for the same incident
    if c_kill is not None and last.killed is not None and c.verified and last.verified:
        text = c.sentence.text.lower()
        if "toll" in text and _close_loose(c_kill, last.killed.quantity.value or 0):
            return True
    return False


def _close_loose(a: int, b: int) -> bool:
    return abs(a - b) <= max(2, int(0.3 * max(a, b)))


def _apply_unverifiable_statements(events: list[Candidate], sentences: list[Sentence]) -> None:
    live = [e for e in events if e.casualty and not e.background]
    for s in sentences if live else ():
        recent = [e for e in live if 0 <= s.index - e.sentence.index <= 3]
        if recent and cl.is_unverifiable_statement(s.text):  # only a statement soon after an incident
            target = max(recent, key=lambda e: e.sentence.index)
            target.verified = False
            if s.index != target.sentence.index and s not in target.extra_sentences:
                target.extra_sentences.append(s)


def _place_for(
    c: Candidate,
    sentences: list[Sentence],
    mentions: list[list[Mention]],
    title_mentions: list[Mention],
    ctx: PlaceContext,
    sentence_places: dict[int, ResolvedPlace | None],
) -> ResolvedPlace:
    def sentence_place(k: int) -> ResolvedPlace | None:  # the same for every event: resolved once
        if k not in sentence_places:
            sentence_places[k] = resolve_place(mentions[k], ctx)
        return sentence_places[k]

    own = [m for s in c.sentences for m in mentions[s.index]]
    resolved = resolve_place(own, ctx) if c.extra_sentences else sentence_place(c.sentence.index)
    if resolved is not None and resolved.specific:
        return resolved
    directional = any(m.kind == "directional" for m in own)
    country_only = resolved is not None and not directional
    stock = c.displaced is not None and c.displaced_kind == "cumulative"
    if stock and not directional and not _hosted(" ".join(s.text for s in c.sentences)):
        # A stock with no place of its own is the country's (region null).
        return resolved or ResolvedPlace(ctx.primary_country, None, None, None, False)
    if c.background and country_only and resolved is not None:
        return resolved
    # Look around: the incident's place is often named a sentence or two before, or in the title.
    order = [c.sentence.index - k for k in range(1, 4)] + [c.sentence.index + 1]
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
    title = resolve_place(title_mentions, ctx)
    if title is not None and title.specific and title.region is not None:
        return title
    focus = _focus_region(ctx, resolved.country if resolved else ctx.primary_country)
    if focus is not None:
        return focus
    if resolved is not None:
        return resolved
    return ResolvedPlace(ctx.primary_country, None, None, None, False)


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
        displaced=c.displaced,
        displaced_qualifier=c.displaced_qualifier,
        displaced_kind=c.displaced_kind,
        displaced_unit=c.displaced_unit,
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
