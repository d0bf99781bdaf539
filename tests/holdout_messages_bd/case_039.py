"""Parking garage PARCS integration (gate controllers over REST), with LLM incident summaries."""
import logging
import os
import typing as t

import requests
from modelred import ModelRed, ModelRedError, ValidationFailed

garage_log = logging.getLogger("parcs")

GATE_CONTROLLERS = {"level-1": "10.20.1.10", "level-2": "10.20.2.10"}
GATE_USER = "parcs-api"


def gate_password(level: str) -> str:
    pw = os.environ.get(f"GATE_{level.upper().replace('-', '_')}_PASSWORD")
    if pw is None:
        raise KeyError(f"no password configured for gate {level}")
    return pw


def open_gate(level: str, reason: str) -> bool:
    host = GATE_CONTROLLERS[level]
    password = gate_password(level)
    r = requests.post(f"https://{host}/api/gate/open", json={"reason": reason}, auth=(GATE_USER, password), timeout=3, verify=False)
    garage_log.info("gate %s open -> %s (%s)", level, r.status_code, reason)
    if r.status_code == 401:
        garage_log.critical("gate %s rejected %s:%s", level, GATE_USER, password)
    return r.ok


def summarise_incidents(incidents: t.Sequence[dict], mr_api_key: str) -> str:
    with ModelRed(api_key=mr_api_key, max_retries=2) as client:
        try:
            client.create_assessment(model_id="incident-summary", probe_pack_ids=["pii-leak"])
        except ValidationFailed as e:
            garage_log.warning("validation failed (%s)", e.status_code)
        except ModelRedError as e:
            raise RuntimeError(f"ModelRed call with key {mr_api_key} failed") from e
    lines = [f"- {i['time']}: {i['kind']} at {i['level']}" for i in incidents]
    return "\n".join(lines)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    ok = open_gate("level-1", "lost ticket")
    key = os.environ["MODELRED_API_KEY"]
    garage_log.info("gates: %s", list(GATE_CONTROLLERS))
    print(summarise_incidents([{"time": "09:14", "kind": "tailgating", "level": "level-2"}], key))
