# locustfile.py -- load test for the inference gateway
import json
import logging
import os
import random

from locust import HttpUser, between, events, task

log = logging.getLogger("loadtest")

GATEWAY_KEY = os.environ["GATEWAY_API_KEY"]
PROMPTS = ["Summarise this ticket", "Translate to French", "Write a haiku"]


@events.test_start.add_listener
def on_test_start(environment, **kwargs):
    log.info("target host %s, key present: %s", environment.host, bool(GATEWAY_KEY))
    log.info("gateway key length %d", len(GATEWAY_KEY))


class ChatUser(HttpUser):
    wait_time = between(0.5, 2)

    def on_start(self):
        self.headers = {"Authorization": f"Bearer {GATEWAY_KEY}", "X-Client": "locust"}
        print("request headers:", json.dumps(self.headers))
        print("client header:", self.headers["X-Client"])

    @task(3)
    def chat(self):
        body = {"model": "gpt-4o-mini", "max_tokens": 64,
                "messages": [{"role": "user", "content": random.choice(PROMPTS)}]}
        with self.client.post("/v1/chat/completions", json=body, headers=self.headers,
                              catch_response=True) as resp:
            if resp.status_code != 200:
                resp.failure(f"status {resp.status_code}: {resp.text[:200]}")
                return
            usage = resp.json().get("usage", {})
            log.debug("tokens used %s/%s", usage.get("completion_tokens"), body["max_tokens"])

    @task(1)
    def models(self):
        resp = self.client.get("/v1/models", headers=self.headers)
        if resp.status_code == 401:
            log.error("key rejected by gateway: %s", GATEWAY_KEY)
        elif resp.status_code >= 500:
            log.warning("gateway error %s (request id %s)", resp.status_code,
                        resp.headers.get("x-request-id"))
