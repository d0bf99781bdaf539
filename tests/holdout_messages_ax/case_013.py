"""Splunk HTTP Event Collector sender used by the LLM abuse detectors."""
import json
import logging
import os
import socket
import warnings

import requests

log = logging.getLogger("siem.hec")


class SplunkHEC:
    def __init__(self, url: str | None = None, token: str | None = None, index: str = "llm_abuse"):
        self.url = url or os.environ["SPLUNK_HEC_URL"]
        self.token = token or os.environ["SPLUNK_HEC_TOKEN"]
        self.index = index
        self.host = socket.gethostname()
        self.session = requests.Session()
        self.session.headers["Authorization"] = f"Splunk {self.token}"
        if self.url.startswith("http://"):
            warnings.warn(f"HEC over plain HTTP to {self.url} with token {self.token}")
        log.info("HEC sender for index %s on host %s", self.index, self.host)

    def send(self, event: dict, sourcetype: str = "llm:detector") -> bool:
        body = {"event": event, "index": self.index, "sourcetype": sourcetype, "host": self.host}
        r = self.session.post(f"{self.url}/services/collector/event", data=json.dumps(body), timeout=5)
        if r.status_code == 403:
            log.error("HEC token rejected (HTTP 403): %s", r.json().get("text"))
            return False
        if r.status_code != 200:
            log.warning("HEC %s: %s", r.status_code, r.text)
            return False
        return True

    def health(self) -> dict:
        r = self.session.get(f"{self.url}/services/collector/health", timeout=5)
        return {"status": r.status_code, "index": self.index, "token_set": bool(self.token)}


def detector_hit(hec: SplunkHEC, user: str, prompt: str, score: float) -> None:
    ok = hec.send({"user": user, "score": score, "prompt_chars": len(prompt)})
    if not ok:
        log.error("could not forward detector hit for %s; HEC session headers: %s", user, dict(hec.session.headers))


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    h = SplunkHEC()
    print(h.health())
