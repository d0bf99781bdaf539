"""PagerDuty incident bot: when an incident fires on an LLM service, run a quick
ModelRed scan and attach the outcome as an incident note."""
import logging
import os

import requests
from modelred import ModelRedClient, ModelRedError, RateLimitError

log = logging.getLogger(__name__)

PD_API = "https://api.pagerduty.com"
PD_FROM = os.environ.get("PD_FROM_EMAIL", "secops-bot@example.org")
PD_TOKEN_VAR = "PAGERDUTY_API_TOKEN"


def pd_headers() -> dict:
    token = os.environ[PD_TOKEN_VAR]
    return {
        "Authorization": f"Token token={token}",
        "Accept": "application/vnd.pagerduty+json;version=2",
        "From": PD_FROM,
    }


def add_note(incident_id: str, text: str) -> int:
    r = requests.post(f"{PD_API}/incidents/{incident_id}/notes", headers=pd_headers(),
                      json={"note": {"content": text}}, timeout=10)
    log.info("note on %s -> %s", incident_id, r.status_code)
    return r.status_code


def scan_service(incident: dict) -> None:
    service = incident["service"]["summary"]
    model = incident.get("custom_details", {}).get("model", "support-llm")
    log.info("incident %s on %s, reading token from %s", incident["id"], service, PD_TOKEN_VAR)
    client = ModelRedClient(api_key=os.getenv("MODELRED_API_KEY"))
    try:
        a = client.create_assessment(model=model, test_types=["jailbreak", "data_exfiltration"], priority="high")
    except RateLimitError as e:
        log.warning("ModelRed rate limited: %s", e)
        add_note(incident["id"], "ModelRed scan postponed (rate limited).")
        return
    except ModelRedError as e:
        add_note(incident["id"], f"ModelRed scan could not start: {e}")
        return
    add_note(incident["id"], f"ModelRed assessment {a['id']} started for {model}.")


def debug_dump() -> None:
    h = pd_headers()
    log.debug("pagerduty headers: %s", h)
    log.debug("pagerduty header names: %s", sorted(h))


if __name__ == "__main__":
    logging.basicConfig(level=logging.DEBUG)
    debug_dump()
