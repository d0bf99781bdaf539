"""Soak test for the LLM gateway (`locust -f loadtests/gateway_soak.py --headless -t 30m`)."""
import sys

from dotenv import dotenv_values
from locust import FastHttpUser, constant_pacing, events, task

cfg = dotenv_values(".env.loadtest")
GATEWAY_KEY_NAME = "GATEWAY_KEY"
gateway_key = cfg.get(GATEWAY_KEY_NAME, "")
tenant = cfg.get("GATEWAY_TENANT", "loadtest")

if not gateway_key:
    sys.exit(f"{GATEWAY_KEY_NAME} missing from .env.loadtest")
if not gateway_key.startswith("sk-"):
    raise ValueError(f"{GATEWAY_KEY_NAME} must start with sk-, got {gateway_key}")


@events.init.add_listener
def on_init(environment, **kwargs):
    print(f"gateway soak: host={environment.host} tenant={tenant} keys in .env: {sorted(cfg)}")
    print(f"gateway soak: key ...{gateway_key[-4:]} ({len(gateway_key)} chars)")


@events.quitting.add_listener
def on_quit(environment, **kwargs):
    stats = environment.stats.total
    print(f"requests={stats.num_requests} failures={stats.num_failures} p95={stats.get_response_time_percentile(0.95)}ms")


class GatewayUser(FastHttpUser):
    wait_time = constant_pacing(2)

    def on_start(self):
        self.auth = {"Authorization": f"Bearer {gateway_key}", "X-Tenant": tenant}

    @task
    def completion(self):
        body = {"model": "claude-3-5-haiku", "prompt": "ping", "max_tokens": 4}
        with self.client.post("/v1/complete", json=body, headers=self.auth, catch_response=True) as resp:
            if resp.status_code == 403:
                print(f"403 for tenant {tenant} with auth {self.auth}", file=sys.stderr)
                resp.failure("forbidden")
            elif resp.status_code != 200:
                resp.failure(f"{resp.status_code}")

    @task
    def usage(self):
        with self.client.get("/v1/usage", headers=self.auth, catch_response=True) as resp:
            if resp.ok:
                tokens = resp.json().get("tokens_used", 0)
                print(f"tenant {tenant} tokens used so far: {tokens}")
