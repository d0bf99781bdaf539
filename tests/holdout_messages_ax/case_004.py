"""Async Opsgenie escalation helper used by the detection pipeline."""
from __future__ import annotations

import asyncio
import logging
import os
from dataclasses import dataclass

import httpx

log = logging.getLogger("detections.opsgenie")

OPSGENIE_URL = "https://api.eu.opsgenie.com/v2/alerts"


@dataclass
class OpsgenieConfig:
    api_key: str
    team: str = "secops"
    region: str = "eu"
    priority: str = "P2"


class OpsgenieNotifier:
    def __init__(self, cfg: OpsgenieConfig):
        self.cfg = cfg
        self.client = httpx.AsyncClient(headers={"Authorization": f"GenieKey {cfg.api_key}"}, timeout=10)

    async def alert(self, message: str, alias: str, details: dict) -> str:
        payload = {"message": message[:130], "alias": alias, "priority": self.cfg.priority,
                   "responders": [{"name": self.cfg.team, "type": "team"}], "details": details}
        resp = await self.client.post(OPSGENIE_URL, json=payload)
        if resp.status_code == 401:
            raise PermissionError(f"Opsgenie rejected GenieKey {self.cfg.api_key} for team {self.cfg.team}")
        if resp.status_code >= 400:
            raise RuntimeError(f"Opsgenie {resp.status_code}: {resp.text}")
        log.info("alert %s sent to %s (%s)", alias, self.cfg.team, self.cfg.region)
        return resp.json()["requestId"]

    async def close(self) -> None:
        await self.client.aclose()


def load_config() -> OpsgenieConfig:
    key = os.environ.get("OPSGENIE_API_KEY", "")
    if not key:
        raise RuntimeError(f"OPSGENIE_API_KEY is empty ({key!r}); cannot page anyone")
    log.debug("opsgenie key present=%s", bool(key))
    return OpsgenieConfig(api_key=key, team=os.environ.get("OPSGENIE_TEAM", "secops"))


async def main() -> None:
    notifier = OpsgenieNotifier(load_config())
    try:
        rid = await notifier.alert("Impossible travel for svc-llm-gateway", "itrv-4411", {"src": "okta"})
        log.info("request id %s", rid)
    finally:
        await notifier.close()


if __name__ == "__main__":
    asyncio.run(main())
