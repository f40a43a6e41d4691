"""Benchmarks: ``python -m streams.bench`` (end to end on Kafka, with a passthrough baseline)."""
