"""Reddit OAuth helpers for the community dashboard (installed-app flow with refresh tokens)."""
import logging
import time

import requests

log = logging.getLogger("dashboard.reddit_oauth")

TOKEN_URL = "https://www.reddit.com/api/v1/access_token"
USER_AGENT = "community-dashboard/1.4 (by u/dash_ops)"
REFRESH_TOKEN_FIELD = "reddit_refresh_token"


def refresh_access_token(client_id: str, client_secret: str, refresh_token: str) -> dict:
    resp = requests.post(
        TOKEN_URL,
        auth=(client_id, client_secret),
        data={"grant_type": "refresh_token", "refresh_token": refresh_token},
        headers={"User-Agent": USER_AGENT},
        timeout=10,
    )
    if resp.status_code == 400:
        raise PermissionError(f"reddit refused refresh token {refresh_token}: {resp.text}")
    if resp.status_code != 200:
        raise RuntimeError(f"token endpoint returned {resp.status_code}: {resp.text[:300]}")
    payload = resp.json()
    log.info("new token type=%s expires_in=%s scope=%s", payload["token_type"], payload["expires_in"], payload.get("scope"))
    payload["fetched_at"] = time.time()
    return payload


def get_user_client(store, user_id: int, client_id: str, client_secret: str) -> requests.Session:
    row = store.get(user_id)
    if not row or not row.get(REFRESH_TOKEN_FIELD):
        raise LookupError(f"user {user_id} has no {REFRESH_TOKEN_FIELD}")
    tok = row.get("access")
    if not tok or time.time() - tok["fetched_at"] > tok["expires_in"] - 60:
        tok = refresh_access_token(client_id, client_secret, row[REFRESH_TOKEN_FIELD])
        store.update(user_id, access=tok)
        log.debug("refreshed for user %s: %s", user_id, tok)
    s = requests.Session()
    s.headers.update({"Authorization": f"bearer {tok['access_token']}", "User-Agent": USER_AGENT})
    return s


def mod_log(session: requests.Session, subreddit: str, limit: int = 100) -> list[dict]:
    r = session.get(f"https://oauth.reddit.com/r/{subreddit}/about/log", params={"limit": limit}, timeout=10)
    if r.status_code == 403:
        log.warning("no mod access to r/%s (ratelimit remaining %s)", subreddit, r.headers.get("x-ratelimit-remaining"))
        return []
    r.raise_for_status()
    return [c["data"] for c in r.json()["data"]["children"]]
