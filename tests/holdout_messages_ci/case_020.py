"""Listing syndication: pushes listings to portals (Zillow-like, Realtor-like feeds)."""
import logging
import os
from dataclasses import dataclass

import requests

logger = logging.getLogger("syndication")


@dataclass
class Portal:
    name: str
    endpoint: str
    feed_id: str
    password: str


def load_portals() -> list[Portal]:
    portals = []
    for name in ("zfeed", "rfeed", "hfeed"):
        portals.append(Portal(
            name=name,
            endpoint=os.environ[f"{name.upper()}_ENDPOINT"],
            feed_id=os.environ[f"{name.upper()}_FEED_ID"],
            password=os.environ[f"{name.upper()}_FEED_PASSWORD"],
        ))
    return portals


def push(portal: Portal, listings: list[dict]) -> int:
    logger.info("pushing %d listings to %s feed %s", len(listings), portal.name, portal.feed_id)
    r = requests.post(portal.endpoint, auth=(portal.feed_id, portal.password), json={"listings": listings}, timeout=120)
    if r.status_code in (401, 403):
        logger.error("portal %s refused credentials %s/%s", portal.name, portal.feed_id, portal.password)
        return 0
    r.raise_for_status()
    return r.json().get("accepted", 0)


def main() -> None:
    listings = [{"mls_id": "MLS-1001", "price": 749000, "status": "Active"}]
    for portal in load_portals():
        try:
            accepted = push(portal, listings)
        except requests.HTTPError as exc:
            logger.warning("%s push failed: %s", portal.name, exc)
            continue
        logger.info("%s accepted %d", portal.name, accepted)
        if accepted == 0:
            raise RuntimeError(f"{portal.name} accepted nothing; check {portal}")


if __name__ == "__main__":
    main()
