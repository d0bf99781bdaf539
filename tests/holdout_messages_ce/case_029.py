"""Policy renewal letter generator: plain functions, keys in a JSON credentials file."""
import json
import logging
import os
from pathlib import Path

import requests

_log = logging.getLogger("renewals")

CREDS_FILE = Path(os.getenv("RENEWALS_CREDS", "~/.config/renewals/creds.json")).expanduser()


def read_creds() -> dict:
    creds = json.loads(CREDS_FILE.read_text())
    _log.info("creds file %s has fields %s", CREDS_FILE, ", ".join(sorted(creds)))
    return creds


def public_view(creds: dict) -> dict:
    return {k: v for k, v in creds.items() if k not in ("openai_key", "docusign_secret")}


def generate_letter(policy: dict) -> str:
    creds = read_creds()
    _log.debug("creds (filtered): %s", public_view(creds))
    key = creds["openai_key"]
    r = requests.post(
        "https://api.openai.com/v1/responses",
        headers={"Authorization": f"Bearer {key}"},
        json={"model": "gpt-4o", "max_output_tokens": 800,
              "input": f"Write a renewal letter for policy {policy['number']} expiring {policy['expiry']}."},
        timeout=60,
    )
    if r.status_code == 401:
        _log.error("OpenAI 401 with key from %s: %s", CREDS_FILE, key)
        raise PermissionError(f"OpenAI rejected the key in {CREDS_FILE}")
    r.raise_for_status()
    return r.json()["output"][0]["content"][0]["text"]


def send_for_signature(letter: str, email: str) -> None:
    creds = read_creds()
    secret = creds["docusign_secret"]
    account = creds["docusign_account_id"]
    _log.info("sending envelope to %s via account %s", email, account)
    if not secret:
        raise RuntimeError(f"docusign secret missing for account {account}")
    _log.debug("docusign creds %s/%s", account, secret)
