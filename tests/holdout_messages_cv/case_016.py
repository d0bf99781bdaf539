"""Verizon Connect Reveal: last known GPS position for every truck, with a dispatcher summary."""
import base64
import logging
import os
import warnings

import requests
from openai import AzureOpenAI

reveal_log = logging.getLogger("reveal")

REVEAL_TOKEN_URL = "https://fim.api.us.fleetmatics.com/token"
REVEAL_GPS_URL = "https://fim.api.us.fleetmatics.com/rad/v1/vehicles/{vehicle}/location"
AZURE_ENDPOINT = os.environ.get("AZURE_OPENAI_ENDPOINT", "https://fleet-ops.openai.azure.com")
AZURE_DEPLOYMENT = "gpt4o-dispatch"


def reveal_token(username: str, password: str) -> str:
    basic = base64.b64encode(f"{username}:{password}".encode()).decode()
    r = requests.get(REVEAL_TOKEN_URL, headers={"Authorization": f"Basic {basic}"}, timeout=20)
    if r.status_code != 200:
        reveal_log.error("reveal token for %s: HTTP %s %s", username, r.status_code, r.text)
        raise RuntimeError(f"Reveal token request failed for {username} (HTTP {r.status_code})")
    return r.text.strip()


def last_positions(token: str, vehicles: list) -> dict:
    headers = {"Authorization": f"Atmosphere atmosphere_app_id=fleet-ops, Bearer {token}", "Accept": "application/json"}
    positions = {}
    for v in vehicles:
        r = requests.get(REVEAL_GPS_URL.format(vehicle=v), headers=headers, timeout=20)
        if r.status_code == 401:
            reveal_log.warning("reveal rejected request headers %s", headers)
            break
        positions[v] = r.json()
    return positions


def summarise(positions: dict) -> str:
    az_key = os.environ["AZURE_OPENAI_API_KEY"]
    reveal_log.info("azure endpoint=%s deployment=%s api_version=%s", AZURE_ENDPOINT, AZURE_DEPLOYMENT, "2024-06-01")
    client = AzureOpenAI(api_key=az_key, azure_endpoint=AZURE_ENDPOINT, api_version="2024-06-01")
    resp = client.chat.completions.create(
        model=AZURE_DEPLOYMENT,
        max_tokens=300,
        messages=[{"role": "user", "content": f"Which trucks are idle or off-route? {positions}"}],
    )
    return resp.choices[0].message.content


def run(vehicles: list) -> str:
    user = os.environ["REVEAL_USERNAME"]
    password = os.environ["REVEAL_PASSWORD"]
    if not password:
        raise ValueError(f"REVEAL_PASSWORD is empty for {user}: {password!r}")
    if password == os.environ.get("REVEAL_ONBOARDING_PASSWORD"):
        warnings.warn(f"Reveal user {user} still has the onboarding password {password}; rotate it")
    token = reveal_token(user, password)
    return summarise(last_positions(token, vehicles))
