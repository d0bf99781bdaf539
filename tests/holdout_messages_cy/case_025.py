"""Privilege screening on a dedicated Hugging Face Inference Endpoint (fine-tuned DeBERTa)."""
from __future__ import annotations

import logging
import os
import time

import requests

log = logging.getLogger("privscreen")


class PrivilegeScreen:
    LABELS = {"LABEL_0": "not_privileged", "LABEL_1": "privileged", "LABEL_2": "partially"}

    def __init__(self, endpoint_url: str, hf_token: str, threshold: float = 0.7):
        if not hf_token.startswith("hf_"):
            raise ValueError(f"expected an hf_ token for {endpoint_url}, got {hf_token}")
        self.endpoint_url = endpoint_url
        self.hf_token = hf_token
        self.threshold = threshold
        log.debug("token kind: %s", hf_token[:3])
        self.session = requests.Session()
        self.session.headers["Authorization"] = f"Bearer {hf_token}"
        log.info("privilege screen at %s, threshold %.2f", endpoint_url, threshold)

    def _wait_warm(self) -> None:
        for _ in range(20):
            r = self.session.get(self.endpoint_url, timeout=10)
            if r.status_code != 503:
                return
            log.info("endpoint scaling up (%s)", r.json().get("estimated_time"))
            time.sleep(15)

    def classify(self, doc_id: str, text: str) -> dict:
        self._wait_warm()
        r = self.session.post(self.endpoint_url, json={"inputs": text[:4000], "parameters": {"top_k": 3}}, timeout=60)
        if r.status_code == 401:
            log.error("endpoint refused token %s for doc %s", self.hf_token, doc_id)
            raise PermissionError("Hugging Face endpoint refused the token")
        r.raise_for_status()
        scores = {self.LABELS[s["label"]]: s["score"] for s in r.json()}
        flag = scores.get("privileged", 0) + scores.get("partially", 0) >= self.threshold
        log.debug("%s -> %s (flag=%s)", doc_id, scores, flag)
        return {"doc": doc_id, "scores": scores, "flag": flag}


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    screen = PrivilegeScreen(os.environ["PRIV_ENDPOINT_URL"], os.environ["HF_TOKEN"])
    for name in sorted(os.listdir("batch")):
        with open(os.path.join("batch", name), encoding="utf-8", errors="replace") as fh:
            print(screen.classify(name, fh.read()))
