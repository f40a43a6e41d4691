"""Article -> events. Pure: no Kafka, no Faust, no I/O beyond loading packaged data once.

``extract(article)`` returns one :class:`~streams.models.Event` per distinct incident or cumulative
figure the article reports. The rules live in small modules: ``sentences`` (splitting), ``numbers``
(quantities), ``classify`` (roles, type, background, attribution, verification), ``places`` and
``gazetteer`` (GeoNames/ISO 3166 resolution), ``dates`` (relative dates) and ``pipeline`` (assembly).
"""

from __future__ import annotations

from streams.extract.pipeline import EXTRACTOR_VERSION, extract_events
from streams.models import Article, Event

__all__ = ["EXTRACTOR_VERSION", "extract"]


def extract(article: Article) -> list[Event]:
    """Return the conflict events described in ``article``, in the order the text gives them."""
    return extract_events(article)
