"""OneSignal notification service used by the journaling app's AI prompts."""
import logging

import requests

logger = logging.getLogger(__name__)


class OneSignalError(RuntimeError):
    pass


class OneSignalService:
    API = "https://onesignal.com/api/v1"

    def __init__(self, app_id: str, rest_api_key: str, user_auth_key: str | None = None):
        self.app_id = app_id
        self.rest_api_key = rest_api_key
        self.user_auth_key = user_auth_key
        self.session = requests.Session()
        self.session.headers.update({"Authorization": f"Basic {rest_api_key}",
                                     "Content-Type": "application/json"})
        logger.info("OneSignal app %s configured", app_id)

    def send(self, player_ids: list[str], heading: str, content: str) -> str:
        body = {"app_id": self.app_id, "include_player_ids": player_ids,
                "headings": {"en": heading}, "contents": {"en": content}}
        r = self.session.post(f"{self.API}/notifications", json=body, timeout=10)
        if r.status_code == 400 and "invalid" in r.text.lower():
            raise OneSignalError(f"OneSignal rejected REST key {self.rest_api_key} for app {self.app_id}")
        if not r.ok:
            raise OneSignalError(f"OneSignal {r.status_code}: {r.text}")
        data = r.json()
        logger.info("notification %s recipients=%s", data.get("id"), data.get("recipients"))
        return data["id"]

    def list_apps(self):
        if not self.user_auth_key:
            raise OneSignalError(f"user auth key missing ({self.user_auth_key!r})")
        r = requests.get(f"{self.API}/apps", headers={"Authorization": f"Basic {self.user_auth_key}"}, timeout=10)
        logger.debug("apps call for %s -> %s", self.app_id, r.status_code)
        return r.json()

    def describe(self) -> dict:
        return {"app_id": self.app_id, "has_user_key": bool(self.user_auth_key),
                "key_hint": self.rest_api_key[-4:]}


def from_settings(settings: dict) -> OneSignalService:
    svc = OneSignalService(settings["ONESIGNAL_APP_ID"], settings["ONESIGNAL_REST_API_KEY"])
    logger.info("loaded settings keys: %s", sorted(settings))
    return svc
