"""Kafka plumbing: a local broker without Docker (``broker``) and async admin helpers (``admin``).

``python -m streams.kafka fetch`` downloads the broker jars; ``python -m streams.kafka run`` runs one.
"""

from streams.kafka.broker import (
    KAFKA_VERSION,
    BrokerStartError,
    KafkaToolMissingError,
    LocalKafka,
    cache_root,
    fetch_jars,
)

__all__ = [
    "KAFKA_VERSION",
    "BrokerStartError",
    "KafkaToolMissingError",
    "LocalKafka",
    "cache_root",
    "fetch_jars",
]
