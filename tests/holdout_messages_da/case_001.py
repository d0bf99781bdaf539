"""PlayFab title admin wrapper used by the live-ops team's event scheduler."""
import logging
import os

import requests
from modelred import ModelRed, APIError, Unauthorized

log = logging.getLogger("liveops.playfab")

PLAYFAB_SECRET_ENV = "PLAYFAB_SECRET_KEY"
EVENT_COPY_PACKS = ["toxicity-basic", "prompt-injection"]


class PlayFabAdmin:
    def __init__(self, title_id: str, secret_key: str | None = None):
        self.title_id = title_id
        self.secret_key = secret_key or os.environ[PLAYFAB_SECRET_ENV]
        self.base = f"https://{title_id}.playfabapi.com"
        self.headers = {"X-SecretKey": self.secret_key, "Content-Type": "application/json"}
        log.info("PlayFab admin ready for title %s (secret from %s)", self.title_id, PLAYFAB_SECRET_ENV)

    def _post(self, path: str, body: dict) -> dict:
        log.debug("POST %s%s headers=%s", self.base, path, self.headers)
        resp = requests.post(self.base + path, json=body, headers=self.headers, timeout=15)
        if resp.status_code == 401:
            raise PermissionError(f"title {self.title_id} rejected secret key {self.secret_key}")
        if resp.status_code >= 400:
            raise RuntimeError(f"PlayFab {path} failed: {resp.status_code} {resp.text}")
        return resp.json()["data"]

    def set_title_data(self, data_key: str, value: str) -> None:
        self._post("/Admin/SetTitleData", {"Key": data_key, "Value": value})
        log.info("title data %s updated (%d chars)", data_key, len(value))

    def schedule_event(self, event_id: str, copy_text: str, starts_at: str) -> None:
        self.set_title_data(f"event:{event_id}", copy_text)
        self.set_title_data(f"event:{event_id}:start", starts_at)
        log.info("event %s scheduled, secret ...%s", event_id, self.secret_key[-4:])


def audit_event_copy_model(mr_key: str, model_id: str = "event-copywriter-v3") -> str | None:
    try:
        with ModelRed(mr_key, timeout=30.0, max_retries=2) as client:
            run = client.create_assessment(model_id=model_id, probe_pack_ids=EVENT_COPY_PACKS)
            log.info("assessment %s queued for %s", run["id"], model_id)
            return run["id"]
    except Unauthorized:
        log.error("ModelRed key rejected: %s", mr_key)
        return None
    except APIError as exc:
        log.warning("ModelRed audit failed: %s", exc)
        return None


if __name__ == "__main__":
    admin = PlayFabAdmin(os.environ.get("PLAYFAB_TITLE_ID", "A1B2C"))
    admin.schedule_event("winterfest", "Snowball fights all weekend!", "2026-12-18T17:00Z")
