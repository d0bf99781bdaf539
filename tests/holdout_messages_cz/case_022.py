"""Victron VRM helpers for the remote microgrid sites (island diesel offset reports)."""
import logging
import os

import requests

logger = logging.getLogger("microgrid.vrm")

VRM = "https://vrmapi.victronenergy.com/v2"


def vrm_login(username: str, password: str) -> tuple[str, int]:
    r = requests.post(f"{VRM}/auth/login", json={"username": username, "password": password}, timeout=20)
    if r.status_code != 200:
        logger.error("VRM login %s for %s: %s", r.status_code, username, r.json().get("errors"))
        raise RuntimeError(f"VRM login failed for {username}")
    data = r.json()
    return data["token"], data["idUser"]


def site_stats(token: str, site_id: int, kind: str = "kwh") -> dict:
    r = requests.get(
        f"{VRM}/installations/{site_id}/stats",
        params={"type": kind, "interval": "days"},
        headers={"X-Authorization": f"Bearer {token}"},
        timeout=30,
    )
    if r.status_code == 401:
        logger.warning("VRM token %s expired for site %s", token, site_id)
    r.raise_for_status()
    return r.json()["records"]


def diesel_offset(records: dict) -> float:
    solar = sum(v for _, v in records.get("Pc", []))
    genset = sum(v for _, v in records.get("Gc", []))
    return solar / (solar + genset) if solar + genset else 0.0


def main() -> None:
    token, user_id = vrm_login(os.environ["VRM_USER"], os.environ["VRM_PASSWORD"])
    logger.info("VRM user %s logged in", user_id)
    for site in (int(s) for s in os.environ.get("VRM_SITES", "").split(",") if s):
        share = diesel_offset(site_stats(token, site))
        print(f"site {site}: {share:.1%} of load from solar")
    print("session token for manual checks:", token)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    main()
