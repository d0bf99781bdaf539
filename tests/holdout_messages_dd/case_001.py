"""APNs token-based push sender (HTTP/2, ES256 provider token)."""
import logging
import os
import time

import httpx
import jwt

log = logging.getLogger("push.apns")

APNS_HOST = "https://api.push.apple.com"
APNS_KEY_ENV = "APNS_AUTH_KEY_PATH"


class ApnsSender:
    def __init__(self, team_id: str, key_id: str, topic: str):
        self.team_id = team_id
        self.key_id = key_id
        self.topic = topic
        with open(os.environ[APNS_KEY_ENV]) as fh:
            self.signing_key = fh.read()
        self._token = None
        self._issued = 0
        log.info("apns sender ready team=%s key_id=%s topic=%s", team_id, key_id, topic)
        log.debug("loaded signing key from %s", APNS_KEY_ENV)

    def provider_token(self) -> str:
        if self._token and time.time() - self._issued < 3000:
            return self._token
        self._issued = int(time.time())
        self._token = jwt.encode({"iss": self.team_id, "iat": self._issued},
                                 self.signing_key, algorithm="ES256",
                                 headers={"kid": self.key_id})
        log.debug("minted provider token %s at %d", self._token, self._issued)
        return self._token

    def send(self, device_token: str, alert: dict, collapse_id=None):
        headers = {"authorization": f"bearer {self.provider_token()}",
                   "apns-topic": self.topic, "apns-push-type": "alert"}
        if collapse_id:
            headers["apns-collapse-id"] = collapse_id
        with httpx.Client(http2=True, timeout=10) as c:
            r = c.post(f"{APNS_HOST}/3/device/{device_token}", json={"aps": {"alert": alert}}, headers=headers)
        if r.status_code == 403:
            log.warning("apns rejected auth, headers were %s", headers)
            self._token = None
        elif r.status_code != 200:
            log.error("apns %s: %s", r.status_code, r.text)
        return r.status_code

    def __repr__(self):
        return f"ApnsSender(team={self.team_id}, kid={self.key_id}, key_len={len(self.signing_key)})"


def reset_key(sender: ApnsSender):
    if not sender.signing_key:
        raise RuntimeError(f"no APNs key loaded: {sender.signing_key!r}")
    sender._token = None
