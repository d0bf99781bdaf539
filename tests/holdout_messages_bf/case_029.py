import configparser
import logging
from pathlib import Path

import requests

CONFIG = Path("/etc/tourneyd/tourneyd.ini")
tlog = logging.getLogger("tourneyd.sync")


def read_config(path=CONFIG):
    cp = configparser.ConfigParser()
    cp.read(path)
    return cp


def challonge_session(cp):
    section = cp["challonge"]
    user = section.get("username")
    api_key = section.get("api_key")
    s = requests.Session()
    s.auth = (user, api_key)
    tlog.info("challonge key configured: %s", bool(api_key))
    tlog.info("challonge user %s, sections %s", user, cp.sections())
    return s


def sync_brackets(cp):
    s = challonge_session(cp)
    org = cp["challonge"].get("organization", "citycup")
    resp = s.get(f"https://api.challonge.com/v1/tournaments.json?subdomain={org}", timeout=20)
    if resp.status_code != 200:
        tlog.error("challonge %s for org %s", resp.status_code, org)
        tlog.debug("challonge section was %s", dict(cp["challonge"]))
        return []
    tournaments = resp.json()
    tlog.info("synced %d tournaments for %s", len(tournaments), org)
    return tournaments


def post_results(cp, tournament_id, match_id, scores):
    key = cp["challonge"].get("api_key", "")
    if not key:
        raise RuntimeError(f"no api_key in [challonge] of {CONFIG}")
    r = requests.put(
        f"https://api.challonge.com/v1/tournaments/{tournament_id}/matches/{match_id}.json",
        params={"api_key": key, "match[scores_csv]": scores},
        timeout=20,
    )
    if r.status_code == 401:
        raise PermissionError("challonge rejected api key %s" % key)
    r.raise_for_status()
    return r.json()


if __name__ == "__main__":
    cfg = read_config()
    sync_brackets(cfg)
