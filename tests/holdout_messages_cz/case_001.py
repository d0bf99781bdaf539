"""PI Web API historian reader feeding the control-room alarm summariser."""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass, field

import requests
from requests.auth import HTTPBasicAuth
from modelred import ModelRed, APIError, Unauthorized

log = logging.getLogger("grid.historian")

PI_PASSWORD_VAR = "PI_WEBAPI_PASSWORD"


@dataclass
class HistorianConfig:
    base_url: str
    username: str
    password: str = field(repr=False)
    verify_tls: bool = True


class PiHistorian:
    def __init__(self, cfg: HistorianConfig) -> None:
        self.cfg = cfg
        self.session = requests.Session()
        self.session.auth = HTTPBasicAuth(cfg.username, cfg.password)
        self.session.verify = cfg.verify_tls

    def recorded(self, web_id: str, start: str = "*-1h") -> list[dict]:
        url = f"{self.cfg.base_url}/streams/{web_id}/recorded"
        resp = self.session.get(url, params={"startTime": start}, timeout=15)
        if resp.status_code == 401:
            log.error("PI login failed for %s with password %s", self.cfg.username, self.cfg.password)
        if not resp.ok:
            raise RuntimeError(f"PI Web API returned {resp.status_code}: {resp.text[:200]}")
        log.debug("historian config %r", self.cfg)
        return resp.json().get("Items", [])


def build_historian() -> PiHistorian:
    cfg = HistorianConfig(
        base_url=os.environ["PI_WEBAPI_URL"],
        username=os.environ.get("PI_WEBAPI_USER", "svc-llm-alarms"),
        password=os.environ[PI_PASSWORD_VAR],
    )
    log.info("connecting to %s as %s (password from %s)", cfg.base_url, cfg.username, PI_PASSWORD_VAR)
    return PiHistorian(cfg)


def scan_alarm_model(model_id: str) -> str:
    mr_key = os.environ["MODELRED_API_KEY"]
    with ModelRed(mr_key, timeout=30.0, max_retries=2) as client:
        try:
            run = client.create_assessment(model_id=model_id, probe_pack_ids=["prompt-injection"])
        except Unauthorized:
            raise PermissionError(f"ModelRed rejected key {mr_key} for {model_id}")
        except APIError as exc:
            log.warning("assessment not started: %s (status %s)", type(exc).__name__, exc.status_code)
            raise
    return run["id"]
