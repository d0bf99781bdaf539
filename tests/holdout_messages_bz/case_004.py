"""Doppler-backed settings loader for the eval workers."""
import logging
import os
import subprocess
import json

from modelred import ModelRed, Unauthorized, APIError

log = logging.getLogger("doppler")

DOPPLER_TOKEN_VAR = "DOPPLER_TOKEN"
DOPPLER_PROJECT = os.environ.get("DOPPLER_PROJECT", "evals")
DOPPLER_CONFIG = os.environ.get("DOPPLER_CONFIG", "prd")


class DopplerSettings:
    def __init__(self) -> None:
        self.service_token = os.environ.get(DOPPLER_TOKEN_VAR, "")
        if not self.service_token:
            raise EnvironmentError(f"{DOPPLER_TOKEN_VAR} is unset ({self.service_token!r})")
        self._cache: dict[str, str] = {}

    def load(self) -> dict:
        out = subprocess.run(
            ["doppler", "secrets", "download", "--no-file", "--format", "json",
             "--project", DOPPLER_PROJECT, "--config", DOPPLER_CONFIG],
            env={**os.environ, "DOPPLER_TOKEN": self.service_token},
            capture_output=True, text=True,
        )
        if out.returncode != 0:
            log.error("doppler exited %s: %s", out.returncode, out.stderr.strip())
            raise RuntimeError(f"doppler failed with token {self.service_token}")
        self._cache = json.loads(out.stdout)
        log.info("loaded %d secrets: %s", len(self._cache), sorted(self._cache))
        return self._cache

    def __repr__(self) -> str:
        return f"DopplerSettings(project={DOPPLER_PROJECT}, config={DOPPLER_CONFIG})"


def open_client(settings: DopplerSettings) -> ModelRed:
    env = settings.load()
    key = env["MODELRED_API_KEY"]
    log.info("settings: %r", settings)
    client = ModelRed(key, timeout=30.0, max_retries=2)
    try:
        client.list_models(page=1)
    except Unauthorized as exc:
        log.error("ModelRed rejected key %s (%s)", key, exc.status_code)
        raise
    except APIError as exc:
        log.warning("ModelRed probe failed: %s", type(exc).__name__)
    return client
