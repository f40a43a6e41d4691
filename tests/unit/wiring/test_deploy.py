"""The deployment files we cannot run here still parse and name only settings that exist."""

from __future__ import annotations

from pathlib import Path

import yaml

from streams.settings import ENV_PREFIX, Settings

ROOT = Path(__file__).resolve().parents[3]
KNOWN = {f"{ENV_PREFIX}{name.upper()}" for name in Settings.model_fields} | {"KAFKA_BOOTSTRAP_SERVERS"}


def _ours(env: dict[str, str]) -> set[str]:
    return {k for k in env if k.startswith(ENV_PREFIX) or k == "KAFKA_BOOTSTRAP_SERVERS"}


def test_compose_has_kafka_and_worker_with_health_checks_and_known_settings() -> None:
    compose = yaml.safe_load((ROOT / "docker-compose.yml").read_text())
    services = compose["services"]
    assert services["kafka"]["image"].startswith("apache/kafka:")
    assert services["kafka"]["environment"]["KAFKA_PROCESS_ROLES"] == "broker,controller"
    worker = services["worker"]
    assert worker["build"]["dockerfile"] == "deploy/Dockerfile"
    assert "healthcheck" in services["kafka"] and "healthcheck" in worker
    assert worker["ports"] == ["6066:6066"]
    assert _ours(worker["environment"]) <= KNOWN, _ours(worker["environment"]) - KNOWN
    assert worker["environment"]["CONFLICT_STREAMS_WEB_PORT"] == "6066"


def test_kubernetes_manifests_run_several_workers_with_known_settings() -> None:
    docs = list(yaml.safe_load_all((ROOT / "deploy" / "k8s" / "worker.yaml").read_text()))
    kinds = {d["kind"]: d for d in docs}
    assert set(kinds) == {"ConfigMap", "StatefulSet", "Service"}
    assert kinds["StatefulSet"]["spec"]["replicas"] > 1
    assert set(kinds["ConfigMap"]["data"]) <= KNOWN, set(kinds["ConfigMap"]["data"]) - KNOWN
    container = kinds["StatefulSet"]["spec"]["template"]["spec"]["containers"][0]
    assert container["ports"][0]["containerPort"] == int(
        kinds["ConfigMap"]["data"]["CONFLICT_STREAMS_WEB_PORT"]
    )


def test_dockerfile_installs_the_package_and_runs_the_worker() -> None:
    text = (ROOT / "deploy" / "Dockerfile").read_text()
    assert "FROM python:3.11" in text and 'CMD ["worker"]' in text and "pip install" in text
