"""Donor-letter personaliser reading keys from the system keyring (development laptops)."""
import sys
import logging

import keyring
from keyring.errors import KeyringError
from openai import OpenAI

SERVICE = "donor-letters"
KEY_USER = "openai"
log = logging.getLogger("donor.letters")


def get_key() -> str:
    try:
        key = keyring.get_password(SERVICE, KEY_USER)
    except KeyringError as exc:
        log.error("keyring backend %s failed: %s", keyring.get_keyring().__class__.__name__, exc)
        raise
    if key is None:
        raise LookupError(f"no key stored under {SERVICE}/{KEY_USER}; run `keyring set {SERVICE} {KEY_USER}`")
    return key


def set_key(new_key: str):
    if not new_key.startswith("sk-"):
        raise ValueError(f"refusing to store {new_key}: not an OpenAI key")
    keyring.set_password(SERVICE, KEY_USER, new_key)
    log.info("stored new key ending %s", new_key[-4:])


def personalise(donor: dict) -> str:
    client = OpenAI(api_key=get_key())
    r = client.chat.completions.create(
        model="gpt-4o", max_tokens=350,
        messages=[{"role": "user", "content": f"Thank {donor['name']} for their gift of ${donor['amount']} to the literacy program."}],
    )
    log.info("letter for %s: %d tokens", donor["name"], r.usage.total_tokens)
    return r.choices[0].message.content


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    if len(sys.argv) > 2 and sys.argv[1] == "set-key":
        set_key(sys.argv[2])
    elif len(sys.argv) > 1 and sys.argv[1] == "show-key":
        print("stored key:", get_key())
    else:
        print(personalise({"name": "Ana Ruiz", "amount": 250}))
