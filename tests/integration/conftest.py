"""Integration-test configuration.

The broker fixtures (``kafka_bootstrap``, ``local_kafka``, ``topic_prefix``) are defined in
``tests/conftest.py`` so that ``tests/faults/`` shares the same session broker; do not redefine them
here (a second definition would start a second broker). Every test in this directory is marked
``integration`` by ``tests/conftest.py``.
"""
