"""Wyscout v3 client for the recruitment team (config in ~/.config/recruitment/wyscout.ini)."""
import configparser
import logging
from pathlib import Path

import requests

logger = logging.getLogger("recruitment.wyscout")

CONFIG_PATH = Path.home() / ".config" / "recruitment" / "wyscout.ini"
API = "https://apirest.wyscout.com/v3"


def load_config(path: Path = CONFIG_PATH) -> configparser.SectionProxy:
    cp = configparser.ConfigParser()
    if not cp.read(path):
        raise FileNotFoundError(f"missing Wyscout config at {path}")
    logger.debug("config sections %s from %s", cp.sections(), path)
    return cp["wyscout"]


class WyscoutClient:
    def __init__(self, section: configparser.SectionProxy):
        self.username = section.get("username")
        self.password = section.get("password")
        self.area = section.get("area", "ENG")
        self.http = requests.Session()
        self.http.auth = (self.username, self.password)

    def player_career(self, player_wyid: int) -> list[dict]:
        r = self.http.get(f"{API}/players/{player_wyid}/career", timeout=20)
        if r.status_code == 401:
            raise PermissionError("Wyscout login failed for %s with password %s" % (self.username, self.password))
        if r.status_code == 403:
            raise PermissionError(f"no Wyscout licence for area {self.area} (user {self.username})")
        r.raise_for_status()
        return r.json().get("career", [])

    def search(self, name: str) -> list[dict]:
        r = self.http.get(f"{API}/search", params={"query": name, "objType": "player"}, timeout=20)
        r.raise_for_status()
        hits = r.json().get("players", [])
        logger.info("search %r -> %d hits", name, len(hits))
        return hits


def shortlist(names: list[str]) -> list[dict]:
    client = WyscoutClient(load_config())
    out = []
    for n in names:
        for hit in client.search(n)[:1]:
            career = client.player_career(hit["wyId"])
            minutes = sum(c.get("minutesPlayed", 0) for c in career[-2:])
            out.append({"name": hit["shortName"], "wyId": hit["wyId"], "minutes_2y": minutes})
    logger.info("shortlist built by %s: %d players", client.username, len(out))
    return out
