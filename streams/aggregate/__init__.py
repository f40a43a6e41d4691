"""Events -> incidents -> per-region totals. Pure: no Kafka, no Faust."""
