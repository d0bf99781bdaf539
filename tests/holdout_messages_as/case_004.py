"""Ghost Admin API client: JWTs signed from the admin key, used by the AI tagger."""
from __future__ import annotations

import logging
import time

import httpx
import jwt

log = logging.getLogger("ghost.admin")


class GhostAdmin:
    def __init__(self, url: str, admin_api_key: str, *, version: str = "v5.0"):
        self.url = url.rstrip("/")
        self.version = version
        key_id, secret = admin_api_key.split(":")
        self.key_id = key_id
        self._secret = bytes.fromhex(secret)
        log.info("ghost admin for %s, key id %s, api %s", self.url, self.key_id, version)
        log.debug("admin key provided: %s", admin_api_key)

    def _token(self) -> str:
        iat = int(time.time())
        header = {"alg": "HS256", "typ": "JWT", "kid": self.key_id}
        payload = {"iat": iat, "exp": iat + 300, "aud": "/admin/"}
        token = jwt.encode(payload, self._secret, algorithm="HS256", headers=header)
        log.debug("minted admin jwt valid until %d", payload["exp"])
        return token

    def _client(self) -> httpx.Client:
        return httpx.Client(base_url=f"{self.url}/ghost/api/admin",
                            headers={"Authorization": f"Ghost {self._token()}",
                                     "Accept-Version": self.version})

    def add_tags(self, post_id: str, tags: list[str]) -> dict:
        with self._client() as c:
            current = c.get(f"/posts/{post_id}/").json()["posts"][0]
            body = {"posts": [{"tags": [{"name": t} for t in tags],
                               "updated_at": current["updated_at"]}]}
            resp = c.put(f"/posts/{post_id}/", json=body)
            if resp.status_code >= 400:
                log.error("tagging %s failed: %s %s", post_id, resp.status_code, resp.text)
                raise RuntimeError(f"ghost rejected key {self.key_id}:{self._secret.hex()} for post {post_id}")
            return resp.json()["posts"][0]

    def ping(self) -> bool:
        with self._client() as c:
            r = c.get("/site/")
        log.info("ghost ping %s -> %s", self.url, r.status_code)
        return r.status_code == 200
