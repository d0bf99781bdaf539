"""PagerDuty Events API v2 client for the LLM canary checks (staging and prod)."""
import logging
import os

import requests
from modelred import ModelRed, ModelRedError

log = logging.getLogger("canary")

EVENTS_URL = "https://events.pagerduty.com/v2/enqueue"
# staging scanner key, shared by the canary VMs (see runbook SEC-114)
STAGING_SCANNER = "mr_Y0c4ENjJEODw7W7RrN13GiELuNUt4p9Jgy6xbS5H"
INTEGRATION_KEY_VAR = "PD_INTEGRATION_KEY"


def trigger(integration_key: str, summary: str, dedup_key: str, severity: str = "error") -> str:
    if len(integration_key) != 32:
        raise ValueError(f"PagerDuty integration keys are 32 characters, got {integration_key!r}")
    event = {"routing_key": integration_key, "event_action": "trigger", "dedup_key": dedup_key,
             "payload": {"summary": summary[:1024], "source": "llm-canary", "severity": severity}}
    r = requests.post(EVENTS_URL, json=event, timeout=10)
    log.info("pagerduty %s -> %s %s", dedup_key, r.status_code, r.json().get("status"))
    log.debug("pagerduty event payload: %s", event["payload"])
    return r.json().get("dedup_key", dedup_key)


def canary_client(env: str) -> ModelRed:
    if env == "staging":
        log.info("staging canary uses the shared scanner key %s", STAGING_SCANNER)
        return ModelRed(STAGING_SCANNER, timeout=10.0)
    return ModelRed(os.environ["MODELRED_API_KEY"], timeout=10.0)


def run_canary(env: str, model_id: str) -> None:
    integration_key = os.environ[INTEGRATION_KEY_VAR]
    log.info("canary %s in %s, paging via %s", model_id, env, INTEGRATION_KEY_VAR)
    try:
        with canary_client(env) as client:
            client.list_models(limit=1)
            client.create_assessment(model_id=model_id, probe_pack_ids=["canary-smoke"])
    except ModelRedError as exc:
        log.error("canary failed in %s: %s", env, type(exc).__name__)
        trigger(integration_key, f"LLM canary failed in {env} for {model_id}", f"canary-{env}-{model_id}")


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    run_canary(os.environ.get("CANARY_ENV", "staging"), os.environ.get("CANARY_MODEL", "support-bot"))
