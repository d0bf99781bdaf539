"""requests AuthBase that signs calls to the vector store with an HMAC key pair."""
import base64
import hashlib
import hmac
import logging
import os
import time
from pprint import pformat

import requests
from requests.auth import AuthBase

logger = logging.getLogger(__name__)


class HmacAuth(AuthBase):
    def __init__(self, key_id: str, signing_key: str):
        self.key_id = key_id
        self.signing_key = signing_key

    def __call__(self, r: requests.PreparedRequest) -> requests.PreparedRequest:
        ts = str(int(time.time()))
        msg = f"{r.method}\n{r.path_url}\n{ts}".encode()
        sig = base64.b64encode(hmac.new(self.signing_key.encode(), msg, hashlib.sha256).digest()).decode()
        r.headers["X-Key-Id"] = self.key_id
        r.headers["X-Timestamp"] = ts
        r.headers["X-Signature"] = sig
        logger.debug("signed %s %s as %s sig=%s", r.method, r.path_url, self.key_id, sig)
        return r

    def __repr__(self):
        return f"HmacAuth(key_id={self.key_id!r})"


def make_session() -> requests.Session:
    key_id = os.environ["VSTORE_KEY_ID"]
    signing_key = os.environ["VSTORE_SIGNING_KEY"]
    s = requests.Session()
    s.auth = HmacAuth(key_id, signing_key)
    logger.info("vector store session with %r", s.auth)
    return s


def debug_auth(session: requests.Session) -> None:
    logger.debug("auth state:\n%s", pformat(vars(session.auth)))


def upsert(session: requests.Session, base: str, docs: list[dict]) -> int:
    resp = session.post(f"{base}/v1/upsert", json={"documents": docs}, timeout=30)
    if not resp.ok:
        logger.error("upsert failed %s: %s", resp.status_code, resp.text[:500])
        resp.raise_for_status()
    return resp.json().get("upserted", 0)
