"""Slack-style CTF flag submitter with CTFd token from a config file."""
import configparser
import logging
import pathlib

import requests

LOG = logging.getLogger("ctfd")
CONF = pathlib.Path.home() / ".config" / "ctf" / "ctfd.ini"


def load():
    cp = configparser.ConfigParser()
    cp.read(CONF)
    sec = cp["ctfd"]
    LOG.info("ctfd config from %s, options %s", CONF, list(sec.keys()))
    return sec["url"].rstrip("/"), sec["token"]


def submit(challenge_id: int, flag: str):
    base, token = load()
    LOG.info("submitting to %s", base)
    s = requests.Session()
    s.headers.update({"Authorization": f"Token {token}", "Content-Type": "application/json"})
    r = s.post(f"{base}/api/v1/challenges/attempt", json={"challenge_id": challenge_id, "submission": flag})
    if r.status_code == 403:
        raise PermissionError(f"CTFd refused token {token!r}")
    data = r.json()["data"]
    LOG.info("challenge %s: %s (%s)", challenge_id, data["status"], data.get("message"))
    return data["status"] == "correct"


def whoami():
    base, token = load()
    r = requests.get(f"{base}/api/v1/users/me", headers={"Authorization": f"Token {token}"})
    LOG.debug("whoami status %s", r.status_code)
    if not r.ok:
        LOG.error("whoami failed, sent Authorization: Token %s", token)
    return r.json().get("data", {}).get("name")


if __name__ == "__main__":
    import sys
    logging.basicConfig(level=logging.INFO)
    if sys.argv[1] == "me":
        print(whoami())
    else:
        print("correct!" if submit(int(sys.argv[1]), sys.argv[2]) else "nope")
