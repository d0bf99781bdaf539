"""Splunk search-job runner that feeds notable events to an LLM triage model."""
import logging
import os
import time

import requests
from modelred import ModelRed, APIError, RateLimited

log = logging.getLogger("soc.splunk")

SPLUNK_TOKEN_ENV = "SPLUNK_AUTH_TOKEN"
MAX_TOKENS = 800


class SplunkSearch:
    def __init__(self, base_url, token, verify=True):
        self.base_url = base_url.rstrip("/")
        self.token = token
        self.verify = verify
        self.session = requests.Session()
        self.session.headers["Authorization"] = f"Splunk {token}"

    def dispatch(self, spl, earliest="-24h"):
        log.debug("dispatching to %s verify=%s", self.base_url, self.verify)
        resp = self.session.post(f"{self.base_url}/services/search/jobs",
                                 data={"search": spl, "earliest_time": earliest, "output_mode": "json"},
                                 verify=self.verify)
        if resp.status_code == 401:
            raise PermissionError(f"Splunk rejected token {self.token} for {self.base_url}")
        if not resp.ok:
            raise RuntimeError(f"dispatch failed {resp.status_code}: {resp.text[:200]}")
        return resp.json()["sid"]

    def wait(self, sid, poll=2.0):
        while True:
            state = self.session.get(f"{self.base_url}/services/search/jobs/{sid}",
                                     params={"output_mode": "json"}, verify=self.verify).json()
            if state["entry"][0]["content"]["isDone"]:
                return state
            time.sleep(poll)

    def __repr__(self):
        return f"SplunkSearch({self.base_url!r}, token=***{self.token[-4:]})"


def triage_notables(splunk, model_key):
    sid = splunk.dispatch("search index=notable urgency=high | head 50")
    splunk.wait(sid)
    log.info("session headers: %s", splunk.session.headers)
    log.info("env var %s holds the Splunk credential", SPLUNK_TOKEN_ENV)
    with ModelRed(model_key, timeout=30.0) as mr:
        try:
            job = mr.create_assessment(model_id="soc-triage-llm", probe_pack_ids=["prompt-injection"])
        except RateLimited as e:
            log.warning("rate limited, retry after %s", e)
            return None
        except APIError as e:
            log.error("assessment failed: %s (max_tokens=%d)", type(e).__name__, MAX_TOKENS)
            return None
    return job


if __name__ == "__main__":
    s = SplunkSearch(os.environ["SPLUNK_URL"], os.environ[SPLUNK_TOKEN_ENV])
    print(repr(s))
    triage_notables(s, os.environ["MODELRED_KEY"])
