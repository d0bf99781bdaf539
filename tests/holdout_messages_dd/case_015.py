"""Huawei Push Kit sender with OAuth client credentials (class-heavy)."""
import logging
import time

import requests

logger = logging.getLogger("push.hms")


class HmsToken:
    def __init__(self, value: str, expires_at: float):
        self.value = value
        self.expires_at = expires_at

    def __str__(self):
        return f"HmsToken(expires_at={self.expires_at})"


class HuaweiPush:
    OAUTH = "https://oauth-login.cloud.huawei.com/oauth2/v3/token"

    def __init__(self, app_id: str, client_secret: str):
        self.app_id = app_id
        self.client_secret = client_secret
        self._tok: HmsToken | None = None

    def token(self) -> str:
        if self._tok and self._tok.expires_at > time.time() + 60:
            return self._tok.value
        form = {"grant_type": "client_credentials", "client_id": self.app_id, "client_secret": self.client_secret}
        r = requests.post(self.OAUTH, data=form, timeout=10)
        if r.status_code != 200:
            raise ConnectionError(f"HMS oauth failed for app {self.app_id}: {r.status_code} {r.text}")
        body = r.json()
        self._tok = HmsToken(body["access_token"], time.time() + body["expires_in"])
        logger.info("hms token refreshed: %s", self._tok)
        logger.debug("hms access token %s", self._tok.value)
        return self._tok.value

    def send(self, tokens: list[str], title: str, body: str) -> dict:
        url = f"https://push-api.cloud.huawei.com/v1/{self.app_id}/messages:send"
        msg = {"message": {"notification": {"title": title, "body": body}, "token": tokens}}
        r = requests.post(url, json=msg, headers={"Authorization": f"Bearer {self.token()}"}, timeout=10)
        data = r.json()
        if data.get("code") == "80200003":
            raise PermissionError(f"HMS auth error, client_secret={self.client_secret}")
        logger.info("hms send code=%s msg=%s requestId=%s", data.get("code"), data.get("msg"), data.get("requestId"))
        return data
