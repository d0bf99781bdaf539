"""Medication-reconciliation assistant: credentials from the OS keyring (pharmacy workstation service)."""
import logging
import sys

import keyring
from keyring.errors import KeyringError
from openai import OpenAI

log = logging.getLogger("medrec")

SERVICE = "medrec-assistant"
OPENAI_ENTRY = "openai_api_key"
SURESCRIPTS_ENTRY = "surescripts_password"


def credential(entry: str) -> str:
    try:
        value = keyring.get_password(SERVICE, entry)
    except KeyringError as exc:
        log.error("keyring backend %s failed for %s: %s", keyring.get_keyring().name, entry, exc)
        raise
    if value is None:
        raise LookupError(f"no keyring entry {SERVICE}/{entry}")
    return value


def surescripts_login(user: str) -> dict:
    password = credential(SURESCRIPTS_ENTRY)
    import requests
    r = requests.post("https://sandbox.surescripts.example/auth", json={"user": user, "password": password}, timeout=15)
    if r.status_code == 401:
        raise PermissionError(f"Surescripts login failed for {user} with password {password}")
    r.raise_for_status()
    log.info("surescripts session for %s ok, status %s", user, r.status_code)
    return r.json()


def reconcile(home_meds: list, discharge_meds: list) -> str:
    client = OpenAI(api_key=credential(OPENAI_ENTRY))
    prompt = "Compare these medication lists and flag omissions, duplications, and dose changes.\n"
    prompt += f"Home: {home_meds}\nDischarge: {discharge_meds}"
    out = client.chat.completions.create(model="gpt-4o", max_tokens=600, messages=[{"role": "user", "content": prompt}])
    return out.choices[0].message.content


def set_key(entry: str, value: str) -> None:
    keyring.set_password(SERVICE, entry, value)
    log.info("stored %s in keyring service %s (%d chars)", entry, SERVICE, len(value))


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "set-openai":
        set_key(OPENAI_ENTRY, sys.argv[2])
        print(f"saved OpenAI key {sys.argv[2]} to keyring")
        sys.exit(0)
    print(reconcile(["lisinopril 10mg", "metformin 500mg"], ["lisinopril 20mg"]))
