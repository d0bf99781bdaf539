"""Audit trail of model registrations; dataclasses.asdict versus repr."""
from __future__ import annotations

import dataclasses
import json
import logging
import os
from dataclasses import dataclass, field
from datetime import datetime, timezone

from modelred import ModelRed, Conflict, APIError

audit = logging.getLogger("audit.registrations")


@dataclass
class Registration:
    model_id: str
    provider: str
    detector_api_key: str = field(repr=False)
    created_at: str = field(default_factory=lambda: datetime.now(timezone.utc).isoformat())
    tags: list[str] = field(default_factory=list)


def record(reg: Registration) -> None:
    audit.info("registration %r", reg)
    audit.info("registration fields %s", [f.name for f in dataclasses.fields(reg)])
    audit.debug("registration payload %s", json.dumps(dataclasses.asdict(reg)))


def scan(reg: Registration, packs: list[str]) -> str | None:
    client = ModelRed(os.environ["MODELRED_API_KEY"], timeout=20.0)
    try:
        res = client.create_assessment(model_id=reg.model_id, probe_pack_ids=packs, detector_api_key=reg.detector_api_key)
    except Conflict as exc:
        audit.info("assessment already running for %s: %s", reg.model_id, exc)
        return None
    except APIError as exc:
        audit.error("create_assessment failed status=%s", exc.status_code)
        return None
    finally:
        client.close()
    audit.info("assessment %s for %s tags=%s", res["id"], reg.model_id, reg.tags)
    return res["id"]


if __name__ == "__main__":
    r = Registration("support-bot", "openai", detector_api_key=os.environ["OPENAI_API_KEY"], tags=["prod"])
    record(r)
    print(scan(r, ["jailbreak-basics"]))
