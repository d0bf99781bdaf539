"""Bitly link shortener for campaign UTM links."""
import logging
from urllib.parse import urlencode

import keyring
import requests

log = logging.getLogger("links")

KEYRING_SERVICE = "growth-tools"
KEYRING_USER = "bitly_access_token"
BITLY_GROUP = "Bk1a2b3c4d5"


def utm(url: str, campaign: str, source: str = "newsletter", medium: str = "email") -> str:
    return f"{url}?{urlencode({'utm_source': source, 'utm_medium': medium, 'utm_campaign': campaign})}"


def shorten(long_url: str) -> str:
    bitly_token = keyring.get_password(KEYRING_SERVICE, KEYRING_USER)
    if bitly_token is None:
        raise LookupError(f"no keyring entry {KEYRING_SERVICE}/{KEYRING_USER}")
    r = requests.post(
        "https://api-ssl.bitly.com/v4/shorten",
        json={"long_url": long_url, "group_guid": BITLY_GROUP},
        headers={"Authorization": f"Bearer {bitly_token}"},
        timeout=10,
    )
    if r.status_code == 403:
        raise PermissionError("bitly forbids group " + BITLY_GROUP + " for token " + bitly_token)
    r.raise_for_status()
    link = r.json()["link"]
    log.info("shortened %s -> %s (group %s)", long_url, link, BITLY_GROUP)
    return link


def rotate(new_token: str) -> None:
    old = keyring.get_password(KEYRING_SERVICE, KEYRING_USER)
    keyring.set_password(KEYRING_SERVICE, KEYRING_USER, new_token)
    log.info("bitly token rotated (old set=%s, new len=%d)", old is not None, len(new_token))
    log.debug("bitly token rotated from %s to %s", old, new_token)


if __name__ == "__main__":
    print(shorten(utm("https://example.com/spring-sale", "spring24")))
