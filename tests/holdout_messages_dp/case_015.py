import json
import logging
import os
import time
import urllib.request

log = logging.getLogger("incident")

PD_URL = "https://events.pagerduty.com/v2/enqueue"


class IncidentReporter:
    def __init__(self, routing_key: str, service: str, slack_token: str):
        self.routing_key = routing_key
        self.service = service
        self.slack_token = slack_token
        self.sent = 0

    def _post(self, url: str, body: dict, headers: dict) -> int:
        req = urllib.request.Request(url, data=json.dumps(body).encode(), headers=headers)
        with urllib.request.urlopen(req, timeout=10) as resp:
            return resp.status

    def page(self, summary: str, details: dict) -> None:
        body = {
            "routing_key": self.routing_key,
            "event_action": "trigger",
            "payload": {"summary": summary, "source": self.service, "severity": "critical", "custom_details": details},
        }
        status = self._post(PD_URL, body, {"Content-Type": "application/json"})
        self.sent += 1
        log.info("paged %s (status %s, total %d)", self.service, status, self.sent)

    def slack(self, channel: str, text: str) -> None:
        headers = {"Authorization": f"Bearer {self.slack_token}", "Content-Type": "application/json"}
        status = self._post("https://slack.com/api/chat.postMessage", {"channel": channel, "text": text}, headers)
        if status != 200:
            log.error("slack post failed (%s) with headers %s", status, headers)
        log.debug("slack token prefix %s", self.slack_token[:4])


def on_error(reporter: IncidentReporter, exc: Exception, model: str, prompt_tokens: int) -> None:
    details = {"model": model, "error": type(exc).__name__, "prompt_tokens": prompt_tokens, "ts": time.time()}
    reporter.page(f"LLM call failed for {model}", details)
    reporter.slack("#oncall", f"LLM failure on {model}: {type(exc).__name__}")


def build() -> IncidentReporter:
    routing = os.environ["PD_ROUTING_KEY"]
    slack = os.environ["SLACK_BOT_TOKEN"]
    if not slack.startswith("xoxb-"):
        raise ValueError(f"SLACK_BOT_TOKEN is not a bot token: {slack}")
    return IncidentReporter(routing, "llm-gateway", slack)


if __name__ == "__main__":
    logging.basicConfig(level=logging.DEBUG)
    on_error(build(), TimeoutError("upstream"), "gpt-4o", 812)
