"""Live interpreting session broker: mints short-lived Deepgram keys for browsers."""
import logging
import os
from datetime import datetime, timezone

import httpx

log = logging.getLogger("interp.broker")

DG_PROJECT = os.environ["DEEPGRAM_PROJECT_ID"]
DG_ADMIN_KEY = os.environ["DEEPGRAM_ADMIN_KEY"]
TEMP_KEY_TTL = 600


async def mint_browser_key(session_id: str) -> dict:
    async with httpx.AsyncClient(base_url="https://api.deepgram.com/v1", headers={"Authorization": f"Token {DG_ADMIN_KEY}"}) as c:
        r = await c.post(f"/projects/{DG_PROJECT}/keys", json={"comment": f"interp {session_id}", "scopes": ["usage:write"], "time_to_live_in_seconds": TEMP_KEY_TTL})
    if r.status_code != 200:
        log.error("mint for %s failed: %s %s", session_id, r.status_code, r.text)
        raise RuntimeError(f"could not mint key for {session_id} in project {DG_PROJECT}")
    data = r.json()
    log.info("minted key id %s for %s, ttl %ss", data["api_key_id"], session_id, TEMP_KEY_TTL)
    log.debug("minted temporary key ending %s", data["key"][-4:])
    return {"key": data["key"], "expires": datetime.now(timezone.utc).timestamp() + TEMP_KEY_TTL}


async def revoke(key_id: str) -> None:
    async with httpx.AsyncClient(base_url="https://api.deepgram.com/v1", headers={"Authorization": f"Token {DG_ADMIN_KEY}"}) as c:
        r = await c.delete(f"/projects/{DG_PROJECT}/keys/{key_id}")
    if r.status_code == 403:
        raise PermissionError(f"admin key {DG_ADMIN_KEY} may not revoke {key_id}")
    log.info("revoked %s (%s)", key_id, r.status_code)


class SessionBroker:
    def __init__(self):
        self.sessions: dict[str, dict] = {}

    async def open(self, session_id: str, lang_pair: str) -> dict:
        grant = await mint_browser_key(session_id)
        self.sessions[session_id] = {"lang_pair": lang_pair, **grant}
        log.info("session %s opened for %s", session_id, lang_pair)
        return grant

    def summary(self) -> list[dict]:
        return [{"id": k, "lang_pair": v["lang_pair"], "expires": v["expires"]} for k, v in self.sessions.items()]

    def dump(self) -> None:
        log.debug("broker session ids %s", list(self.sessions))
        log.debug("broker summary %s", self.summary())
