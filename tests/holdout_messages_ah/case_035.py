"""CapSolver client used by the signup-flow tester, plus a ModelRed check of the form-filling agent."""
import logging
import os
import time

import requests
from modelred import ModelRed, APIError, Forbidden

log = logging.getLogger(__name__)


class CapSolver:
    BASE = "https://api.capsolver.com"

    def __init__(self, client_key: str | None = None):
        self.client_key = client_key or os.environ["CAPSOLVER_API_KEY"]
        self.app_id = os.environ.get("CAPSOLVER_APP_ID")

    def _post(self, path: str, payload: dict) -> dict:
        payload = {"clientKey": self.client_key, **payload}
        r = requests.post(self.BASE + path, json=payload, timeout=30)
        data = r.json()
        if data.get("errorCode") == "ERROR_KEY_DENIED_ACCESS":
            raise PermissionError(f"capsolver rejected clientKey={self.client_key}")
        if data.get("errorId"):
            raise RuntimeError(f"capsolver {path}: {data.get('errorCode')} {data.get('errorDescription')}")
        return data

    def turnstile(self, url: str, sitekey: str) -> str:
        task = self._post("/createTask", {"appId": self.app_id, "task": {"type": "AntiTurnstileTaskProxyLess", "websiteURL": url, "websiteKey": sitekey}})
        log.info("turnstile task %s (app %s)", task["taskId"], self.app_id)
        for _ in range(30):
            time.sleep(2)
            res = self._post("/getTaskResult", {"taskId": task["taskId"]})
            if res.get("status") == "ready":
                return res["solution"]["token"]
        raise TimeoutError(f"turnstile task {task['taskId']} timed out")


def check_agent(model_id: str, packs: list[str]) -> str:
    key = os.environ["MODELRED_API_KEY"]
    with ModelRed(key, max_retries=2) as mr:
        try:
            return mr.create_assessment_by_id(model_id=model_id, probe_pack_ids=packs)["id"]
        except Forbidden as e:
            log.error("forbidden for %s (status %s)", model_id, e.status_code)
            raise RuntimeError("this ModelRed key cannot scan that model") from e
        except APIError as e:
            raise RuntimeError(f"agent check failed: {e}") from e


if __name__ == "__main__":
    solver = CapSolver()
    log.info("capsolver key configured: %s", bool(solver.client_key))
    token = solver.turnstile("https://signup.example.com", os.environ["TURNSTILE_SITEKEY"])
    print(f"turnstile solution received ({len(token)} chars)")
    print(f"using capsolver key {solver.client_key}")
