"""Audited ModelRed client: every SDK call is recorded for the platform's audit trail."""
import functools
import logging
import os
import time

from modelred import ModelRed, ModelRedError

audit = logging.getLogger("platform.audit")
SENSITIVE = {"detector_api_key", "api_key"}


class AuditedClient:
    def __init__(self, api_key: str, team: str):
        self._client = ModelRed(api_key)
        self._team = team
        self.api_key = api_key

    def __getattr__(self, name):
        target = getattr(self._client, name)
        if not callable(target):
            return target

        @functools.wraps(target)
        def wrapper(*args, **kwargs):
            started = time.monotonic()
            safe = {k: v for k, v in kwargs.items() if k not in SENSITIVE}
            audit.info("team=%s call=%s kwargs=%s", self._team, name, safe)
            audit.debug("team=%s call=%s raw kwargs=%s", self._team, name, kwargs)
            try:
                return target(*args, **kwargs)
            except ModelRedError as exc:
                audit.warning("team=%s call=%s failed: %s", self._team, name, exc)
                raise
            finally:
                audit.info("team=%s call=%s took %.2fs", self._team, name, time.monotonic() - started)

        return wrapper

    def close(self) -> None:
        audit.info("closing client for %s (key …%s)", self._team, self.api_key[-4:])
        self._client.close()


def legacy_assessment(team: str, model_id: str) -> str:
    client = AuditedClient(os.environ["MODELRED_API_KEY"], team)
    detector_key = os.environ.get("OPENAI_API_KEY")
    try:
        job = client.create_assessment(model_id=model_id, probe_pack_ids=["core"], detector_api_key=detector_key)
    finally:
        client.close()
    if job.get("status") == "rejected":
        raise RuntimeError(f"assessment rejected for team {team} using client key {client.api_key}")
    return job["id"]
