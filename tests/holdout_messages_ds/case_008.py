"""Load test for the chat proxy on staging: `locust -f loadtests/chat_proxy.py`."""
import logging
import random
import uuid

from locust import HttpUser, between, events, task

PROXY_KEY = "sk-ejZIDbxPWLz2wgDXido64ySboYvXqJnG1pdwlBE9IY467qbO"
PROMPTS = ["Summarise this ticket", "Translate to German: hello", "Write a haiku about queues"]

log = logging.getLogger("loadtest")


@events.test_start.add_listener
def on_test_start(environment, **kwargs):
    users = environment.runner.target_user_count if environment.runner else 0
    log.info("load test starting against %s with %d users", environment.host, users)


@events.request.add_listener
def on_request(request_type, name, response_time, response_length, response, exception, **kwargs):
    if exception:
        log.warning("%s %s failed after %dms: %s", request_type, name, response_time, exception)


class ChatUser(HttpUser):
    wait_time = between(1, 3)

    def on_start(self):
        self.user_id = f"lt-{uuid.uuid4().hex[:8]}"
        self.client.headers.update({"Authorization": f"Bearer {PROXY_KEY}", "X-Load-Test": self.user_id})
        log.info("user %s starting, headers %s", self.user_id, self.client.headers)
        log.info("user %s starting, header names %s", self.user_id, sorted(self.client.headers))

    @task(3)
    def chat(self):
        payload = {"model": "gpt-4o-mini", "messages": [{"role": "user", "content": random.choice(PROMPTS)}], "max_tokens": 64}
        with self.client.post("/v1/chat/completions", json=payload, catch_response=True, name="chat") as resp:
            if resp.status_code == 401:
                resp.failure(f"proxy rejected key {PROXY_KEY[:4]}...")
            elif resp.status_code != 200:
                resp.failure(f"status {resp.status_code}: {resp.text[:120]}")
            else:
                usage = resp.json().get("usage", {})
                log.debug("user %s used %s tokens", self.user_id, usage.get("total_tokens"))

    @task(1)
    def models(self):
        self.client.get("/v1/models", name="models")


if __name__ == "__main__":
    print(f"run with: locust -f {__file__} --host https://proxy.staging.internal -u 50 -r 5")
    print(f"using proxy key {PROXY_KEY}")
