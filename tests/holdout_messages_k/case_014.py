"""APScheduler job that keeps an OAuth2 client-credentials token fresh for the eval runners."""
import logging
import os
import threading

import requests
from apscheduler.schedulers.background import BackgroundScheduler

logger = logging.getLogger("token-refresher")
TOKEN_URL = os.environ.get("IDP_TOKEN_URL", "https://login.example.com/oauth2/token")
CLIENT_ID = os.environ["EVAL_CLIENT_ID"]
CLIENT_SECRET = os.environ["EVAL_CLIENT_SECRET"]

_lock = threading.Lock()
_state = {"access_token": None, "expires_in": 0}


def refresh_token():
    form = {"grant_type": "client_credentials", "client_id": CLIENT_ID,
            "client_secret": CLIENT_SECRET, "scope": "eval.run"}
    resp = requests.post(TOKEN_URL, data=form, timeout=10)
    if resp.status_code != 200:
        logger.error("token endpoint returned %s: %s", resp.status_code, resp.text[:300])
        logger.debug("token request form was %s", form)
        return
    token = resp.json()
    with _lock:
        _state.update(access_token=token["access_token"], expires_in=token["expires_in"])
    logger.info("token refreshed, type %s, expires in %ss, scope %s",
                token.get("token_type"), token["expires_in"], token.get("scope"))
    logger.debug("new access token: %s", token["access_token"])


def current_token() -> str:
    with _lock:
        if not _state["access_token"]:
            raise RuntimeError("no token yet; is the scheduler running?")
        return _state["access_token"]


def start() -> BackgroundScheduler:
    sched = BackgroundScheduler(daemon=True)
    sched.add_job(refresh_token, "interval", minutes=45, id="refresh-token",
                  next_run_time=None)
    sched.start()
    refresh_token()
    logger.info("client %s: refresher started (job id %s)", CLIENT_ID, "refresh-token")
    return sched
