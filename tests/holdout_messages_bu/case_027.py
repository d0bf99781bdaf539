"""Burp Collaborator-style OOB poller for blind SSRF checks, with LLM correlation."""
import logging
import os
import time

import requests
from openai import OpenAI

oob_log = logging.getLogger("oob")


class OOBPoller:
    def __init__(self, server: str, secret: str, interval: float = 5.0):
        self.server = server.rstrip("/")
        self.secret = secret
        self.interval = interval
        self.llm = OpenAI()
        oob_log.info("poller on %s every %.1fs", self.server, interval)

    def poll_once(self):
        r = requests.get(f"{self.server}/poll", params={"secret": self.secret}, timeout=10)
        if r.status_code == 403:
            raise PermissionError(f"poll secret {self.secret} not accepted by {self.server}")
        r.raise_for_status()
        return r.json().get("data") or []

    def correlate(self, hits, payload_map):
        lines = [f"{h['remote-address']} {h['protocol']} {h['full-id']}" for h in hits]
        out = self.llm.chat.completions.create(
            model="gpt-4o-mini",
            max_tokens=400,
            messages=[{"role": "user", "content": f"Map OOB hits to payloads {payload_map}:\n" + "\n".join(lines)}],
        )
        oob_log.info("correlated %d hits (%d tokens)", len(hits), out.usage.total_tokens)
        return out.choices[0].message.content

    def watch(self, payload_map, rounds=12):
        for i in range(rounds):
            try:
                hits = self.poll_once()
            except requests.RequestException as exc:
                oob_log.warning("poll %d failed: %s", i, exc)
                hits = []
            if hits:
                print(self.correlate(hits, payload_map))
            time.sleep(self.interval)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    secret = os.environ["OOB_POLL_SECRET"]
    oob_log.info("starting poller, secret %s", secret)
    OOBPoller(os.environ.get("OOB_SERVER", "https://oob.example.net"), secret).watch({"a1": "ssrf-img-url"})
