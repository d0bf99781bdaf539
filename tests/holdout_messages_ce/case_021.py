"""Underwriting appetite checker: Gemini via google-genai, keys from a keyring."""
import logging

import keyring
from google import genai

logger = logging.getLogger("uw.appetite")

SERVICE = "uw-appetite"
KEY_USER = "google_api_key"


def get_client() -> genai.Client:
    api_key = keyring.get_password(SERVICE, KEY_USER)
    if api_key is None:
        raise LookupError(f"no keyring entry {SERVICE}/{KEY_USER}")
    logger.info("keyring entry %s/%s found (%d chars)", SERVICE, KEY_USER, len(api_key))
    if not api_key.startswith("AIza"):
        logger.warning("keyring value for %s is not a Google key: %s", KEY_USER, api_key)
    return genai.Client(api_key=api_key)


def in_appetite(naics: str, state: str, tiv: float) -> bool:
    client = get_client()
    resp = client.models.generate_content(
        model="gemini-1.5-flash",
        contents=f"Is NAICS {naics} in {state} with TIV {tiv} within our commercial property appetite? yes/no",
    )
    logger.info("appetite tokens=%s", resp.usage_metadata.total_token_count)
    return resp.text.strip().lower().startswith("yes")


def describe() -> dict:
    """Diagnostics for the admin page: names only."""
    return {"service": SERVICE, "user": KEY_USER, "backend": type(keyring.get_keyring()).__name__}


def set_key(new_key: str) -> None:
    keyring.set_password(SERVICE, KEY_USER, new_key)
    logger.info("stored new key for %s ending %s", SERVICE, new_key[-4:])
    print(f"stored {new_key} in keyring")
