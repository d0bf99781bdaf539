"""Hotel reservation sync from Cloudbeds to our PMS; plain functions, run from systemd."""
import logging
import os
import time

import requests

log = logging.getLogger("cloudbeds.sync")
CLOUDBEDS_API = "https://api.cloudbeds.com/api/v1.2"


def refresh(client_id: str, client_secret: str, refresh_token: str) -> dict:
    r = requests.post(f"{CLOUDBEDS_API}/access_token", data={
        "grant_type": "refresh_token", "client_id": client_id,
        "client_secret": client_secret, "refresh_token": refresh_token,
    })
    if r.status_code != 200:
        log.error("refresh failed (%s) for client %s", r.status_code, client_id)
        raise RuntimeError(f"Cloudbeds refresh failed, refresh_token={refresh_token}")
    tokens = r.json()
    log.info("new tokens: %s", tokens)
    log.info("token_type=%s expires_in=%s", tokens.get("token_type"), tokens.get("expires_in"))
    return tokens


def reservations(access_token: str, since: str):
    r = requests.get(f"{CLOUDBEDS_API}/getReservations", params={"modifiedFrom": since}, headers={"Authorization": f"Bearer {access_token}"})
    log.debug("getReservations %s (%d bytes)", r.status_code, len(r.content))
    return r.json().get("data", [])


def loop():
    cid = os.environ["CLOUDBEDS_CLIENT_ID"]
    secret = os.environ["CLOUDBEDS_CLIENT_SECRET"]
    rtoken = os.environ["CLOUDBEDS_REFRESH_TOKEN"]
    tokens = refresh(cid, secret, rtoken)
    deadline = time.time() + tokens["expires_in"] - 60
    while True:
        if time.time() > deadline:
            tokens = refresh(cid, secret, tokens.get("refresh_token", rtoken))
            deadline = time.time() + tokens["expires_in"] - 60
        for res in reservations(tokens["access_token"], "2026-01-01"):
            log.info("reservation %s status %s", res["reservationID"], res["status"])
        time.sleep(300)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    loop()
