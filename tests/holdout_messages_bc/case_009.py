"""Zillow-style rental syndication: push listings to partner portals."""
import json
import logging
import os
import warnings

import requests

LOGGER = logging.getLogger("syndication")

PORTALS = {
    "rentportal": {"url": "https://feeds.rentportal.example/v1/listings", "key_env": "RENTPORTAL_API_KEY"},
    "aptfinder": {"url": "https://api.aptfinder.example/ingest", "key_env": "APTFINDER_API_KEY"},
}


def portal_credentials():
    creds = {}
    for name, spec in PORTALS.items():
        creds[name] = {"url": spec["url"], "api_key": os.environ.get(spec["key_env"], "")}
    return creds


def push(listing: dict, creds: dict):
    results = {}
    for name, c in creds.items():
        if not c["api_key"]:
            warnings.warn(f"portal {name} has no key (set {PORTALS[name]['key_env']})")
            continue
        resp = requests.post(c["url"], json=listing, headers={"X-Api-Key": c["api_key"]}, timeout=15)
        if resp.status_code == 403:
            warnings.warn(f"{name} rejected key {c['api_key']}")
        results[name] = resp.status_code
        LOGGER.info("%s -> %s (%s)", name, resp.status_code, c["url"])
    return results


def main(path: str):
    creds = portal_credentials()
    LOGGER.debug("portals configured: %s", sorted(creds))
    LOGGER.debug("credentials: %s", json.dumps(creds))
    with open(path) as fh:
        for line in fh:
            listing = json.loads(line)
            res = push(listing, creds)
            LOGGER.info("listing %s pushed: %s", listing["ListingId"], res)


if __name__ == "__main__":
    import sys

    logging.basicConfig(level=logging.DEBUG)
    main(sys.argv[1])
