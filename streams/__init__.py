"""conflict-streams: news articles in, conflict events and per-region totals out."""

__version__ = "0.1.0"
