"""Collaborative-robot safety monitor: LLM reviews of e-stop events, alerts to PagerDuty."""
import logging
import os
from datetime import datetime, timezone

import requests
from together import Together

log = logging.getLogger("cobot.safety")


class SafetyMonitor:
    def __init__(self):
        self.together_key = os.environ.get("TOGETHER_API_KEY")
        self.pd_integration_key = os.environ.get("PAGERDUTY_INTEGRATION_KEY")
        self.site = os.environ.get("SITE", "plant-3")
        self.llm = Together(api_key=self.together_key)
        log.info("pagerduty configured: %s", bool(self.pd_integration_key))

    def review(self, event: dict) -> str:
        r = self.llm.chat.completions.create(
            model="meta-llama/Meta-Llama-3.1-8B-Instruct-Turbo", max_tokens=200,
            messages=[{"role": "user", "content": f"Was this cobot e-stop justified? {event}"}],
        )
        return r.choices[0].message.content

    def page(self, summary: str):
        payload = {
            "routing_key": self.pd_integration_key,
            "event_action": "trigger",
            "payload": {"summary": summary[:1000], "source": self.site, "severity": "critical",
                        "timestamp": datetime.now(timezone.utc).isoformat()},
        }
        r = requests.post("https://events.pagerduty.com/v2/enqueue", json=payload, timeout=10)
        if r.status_code != 202:
            log.error("pagerduty rejected event: %s %s", r.status_code, r.text)
            log.debug("payload was %s", payload)
            log.debug("payload summary was %s", payload["payload"])

    def on_estop(self, event: dict):
        note = self.review(event)
        log.info("e-stop at %s reviewed: %s", self.site, note)
        if "not justified" in note.lower():
            self.page(f"Unjustified e-stop on {event.get('cell')}: {note}")


if __name__ == "__main__":
    logging.basicConfig(level=logging.DEBUG)
    mon = SafetyMonitor()
    if mon.pd_integration_key and len(mon.pd_integration_key) != 32:
        raise ValueError(f"PAGERDUTY_INTEGRATION_KEY should be 32 chars, got {mon.pd_integration_key}")
    mon.on_estop({"cell": "weld-2", "reason": "light curtain", "operator_present": False})
