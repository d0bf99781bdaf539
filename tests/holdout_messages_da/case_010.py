# nakama_s2s.py - server-to-server calls from our Python backend into Nakama RPCs
import json
import logging
import os

import httpx

LOG = logging.getLogger("backend.nakama")

NAKAMA_HOST = os.getenv("NAKAMA_HOST", "http://nakama.internal:7350")
HTTP_KEY_VAR = "NAKAMA_HTTP_KEY"


def _http_key() -> str:
    key = os.environ.get(HTTP_KEY_VAR)
    if key is None:
        raise KeyError(f"{HTTP_KEY_VAR} missing; set it in the backend secret")
    return key


def call_rpc(rpc_id: str, payload: dict) -> dict:
    http_key = _http_key()
    url = f"{NAKAMA_HOST}/v2/rpc/{rpc_id}?http_key={http_key}&unwrap"
    LOG.debug("calling %s", url)
    resp = httpx.post(url, content=json.dumps(payload), timeout=5.0)
    if resp.status_code == 401:
        LOG.error("nakama refused rpc %s (bad http key, %d chars)", rpc_id, len(http_key))
        raise PermissionError(f"nakama rejected http_key {http_key!r}")
    resp.raise_for_status()
    return resp.json()


def grant_compensation(user_ids: list[str], gems: int, reason: str) -> int:
    granted = 0
    for uid in user_ids:
        out = call_rpc("grant_currency", {"user_id": uid, "currency": "gems", "amount": gems, "reason": reason})
        LOG.info("granted %d gems to %s: wallet now %s", gems, uid, out.get("wallet"))
        granted += 1
    return granted


def ban_player(user_id: str, minutes: int, ticket: str) -> None:
    out = call_rpc("ban_user", {"user_id": user_id, "minutes": minutes, "ticket": ticket})
    LOG.warning("banned %s for %d min (ticket %s): %s", user_id, minutes, ticket, out)


if __name__ == "__main__":
    logging.basicConfig(level=logging.DEBUG)
    n = grant_compensation(["b7a1c2d3", "e4f5a6b7"], 150, "server outage 2026-11-30")
    print(f"compensated {n} players via {HTTP_KEY_VAR}")
