"""Outbound dialer campaign worker: pulls leads, places calls through Vonage, logs dispositions."""
import logging
import os
import time

import requests

dialer_log = logging.getLogger("dialer.campaign")

VONAGE_API_KEY = os.environ["VONAGE_API_KEY"]
VONAGE_API_SECRET = os.environ["VONAGE_API_SECRET"]
LEADS_URL = os.environ.get("LEADS_URL", "https://leads.internal/api/next")
LEADS_TOKEN = os.environ["LEADS_TOKEN"]
CALLS_PER_MINUTE = int(os.environ.get("CALLS_PER_MINUTE", "20"))


def next_leads(n: int) -> list:
    resp = requests.get(LEADS_URL, params={"n": n}, headers={"Authorization": f"Bearer {LEADS_TOKEN}"}, timeout=10)
    if resp.status_code == 401:
        raise PermissionError("leads service rejected LEADS_TOKEN (rotate it in the vault)")
    resp.raise_for_status()
    return resp.json()["leads"]


def check_balance() -> float:
    resp = requests.get(
        "https://rest.nexmo.com/account/get-balance",
        params={"api_key": VONAGE_API_KEY, "api_secret": VONAGE_API_SECRET},
        timeout=10,
    )
    if resp.status_code != 200:
        raise RuntimeError(f"balance check failed {resp.status_code}; secret used: {VONAGE_API_SECRET}")
    balance = resp.json()["value"]
    dialer_log.info("vonage balance %.2f EUR", balance)
    return balance


def run_forever() -> None:
    while True:
        if check_balance() < 5:
            dialer_log.critical("balance low, pausing campaign")
            time.sleep(600)
            continue
        leads = next_leads(CALLS_PER_MINUTE)
        dialer_log.info("dialling %d leads", len(leads))
        for lead in leads:
            dialer_log.debug("lead %s disposition=%s", lead["id"], lead.get("last_disposition"))
        time.sleep(60)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    dialer_log.info("starting with leads token %s", LEADS_TOKEN)
    run_forever()
