"""Huawei Push Kit sender for the HarmonyOS build (class-heavy, sync requests)."""
import logging
import os
import time

import requests

hms_log = logging.getLogger("push.hms")

TOKEN_URL = "https://oauth-login.cloud.huawei.com/oauth2/v3/token"
PUSH_URL = "https://push-api.cloud.huawei.com/v1/{}/messages:send"


class HmsPush:
    def __init__(self):
        self.app_id = os.environ["HMS_APP_ID"]
        self.app_secret = os.environ["HMS_APP_SECRET"]
        self._access = None
        self._expires = 0.0

    def _refresh(self) -> str:
        form = {"grant_type": "client_credentials", "client_id": self.app_id, "client_secret": self.app_secret}
        r = requests.post(TOKEN_URL, data=form, timeout=10)
        if r.status_code != 200:
            hms_log.error("hms token endpoint %s: %s", r.status_code, r.text)
            raise RuntimeError(f"HMS auth failed for app {self.app_id} with form {form}")
        body = r.json()
        self._access = body["access_token"]
        self._expires = time.time() + body.get("expires_in", 3600) - 60
        hms_log.info("hms token valid for %ss, type %s", body.get("expires_in"), body.get("token_type"))
        return self._access

    def send(self, device_token: str, title: str, body: str) -> dict:
        if self._access is None or time.time() > self._expires:
            self._refresh()
        msg = {"message": {"token": [device_token],
                           "android": {"notification": {"title": title, "body": body, "click_action": {"type": 3}}}}}
        r = requests.post(PUSH_URL.format(self.app_id), json=msg,
                          headers={"Authorization": f"Bearer {self._access}"}, timeout=10)
        result = r.json()
        if result.get("code") != "80000000":
            hms_log.warning("hms push rejected: %s %s", result.get("code"), result.get("msg"))
        return result


if __name__ == "__main__":
    p = HmsPush()
    p.send(os.environ["HMS_TEST_TOKEN"], "Hello", "From the assistant")
    hms_log.info("hms app %s ready", p.app_id)
