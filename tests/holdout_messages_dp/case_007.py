"""PagerDuty escalation for provider outages."""
import json
import logging
import os
import urllib.request

pd_log = logging.getLogger("pagerduty")

EVENTS_URL = "https://events.pagerduty.com/v2/enqueue"
ROUTING_KEY_ENV = "PAGERDUTY_ROUTING_KEY"


def routing_key() -> str:
    key = os.environ.get(ROUTING_KEY_ENV)
    if not key:
        raise EnvironmentError(f"{ROUTING_KEY_ENV} is not set (got {key!r})")
    return key


def trigger(summary: str, source: str, severity: str = "error", details: dict | None = None) -> str:
    payload = {
        "routing_key": routing_key(),
        "event_action": "trigger",
        "payload": {"summary": summary, "source": source, "severity": severity, "custom_details": details or {}},
    }
    req = urllib.request.Request(
        EVENTS_URL,
        data=json.dumps(payload).encode(),
        headers={"Content-Type": "application/json"},
    )
    try:
        with urllib.request.urlopen(req, timeout=10) as resp:
            body = json.loads(resp.read())
    except urllib.error.HTTPError as err:
        pd_log.error("pagerduty said %s: %s", err.code, err.read()[:200])
        pd_log.error("payload was %s", json.dumps(payload))
        raise
    pd_log.info("incident %s", body.get("dedup_key"))
    return body.get("dedup_key", "")


def on_provider_down(provider: str, status: int, openai_key: str) -> None:
    details = {"provider": provider, "status": status, "key_hint": openai_key[-4:]}
    trigger(f"{provider} returned {status}", source="llm-gateway", details=details)
    pd_log.warning("escalated outage of %s using key %s", provider, openai_key)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    on_provider_down("openai", 503, os.environ["OPENAI_API_KEY"])
