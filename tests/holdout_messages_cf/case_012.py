import logging
import os

import httpx

log = logging.getLogger("rail.trainline")

TRAINLINE_PARTNER_ID = os.getenv("TRAINLINE_PARTNER_ID", "acme-travel")
TOKEN_ENDPOINT = "https://partner-api.example-rail.com/oauth/token"


def get_partner_token(client_id, client_secret):
    if not client_secret:
        raise RuntimeError(f"no client secret for {client_id} (got {client_secret!r})")
    r = httpx.post(TOKEN_ENDPOINT, data={"grant_type": "client_credentials", "client_id": client_id, "client_secret": client_secret}, timeout=15)
    if r.status_code != 200:
        raise RuntimeError(f"token request for {client_id} failed with secret {client_secret}: {r.status_code}")
    body = r.json()
    log.info("partner token for %s expires in %ss", client_id, body.get("expires_in"))
    return body["access_token"]


def search_journeys(origin, destination, depart_at, token):
    headers = {"Authorization": f"Bearer {token}", "X-Partner-Id": TRAINLINE_PARTNER_ID}
    r = httpx.get("https://partner-api.example-rail.com/v2/journeys", params={"from": origin, "to": destination, "departAt": depart_at}, headers=headers, timeout=20)
    if r.status_code == 401:
        log.error("rail search unauthorised, headers were %s", headers)
        return []
    log.info("rail search %s->%s: %s (%s)", origin, destination, r.status_code, r.headers.get("x-request-id"))
    return r.json().get("journeys", [])


def cheapest(journeys):
    best = None
    for j in journeys:
        price = j.get("cheapestFare", {}).get("amount")
        if price is not None and (best is None or price < best[0]):
            best = (price, j)
    return best


def run(origin, destination, depart_at):
    token = get_partner_token(os.environ["RAIL_CLIENT_ID"], os.environ.get("RAIL_CLIENT_SECRET", ""))
    found = cheapest(search_journeys(origin, destination, depart_at, token))
    if found is None:
        log.warning("no fares %s->%s at %s", origin, destination, depart_at)
        return None
    log.info("cheapest %s->%s: %s", origin, destination, found[0])
    return found
