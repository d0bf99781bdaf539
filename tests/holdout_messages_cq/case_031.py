"""Mailing-list hygiene: verifies addresses with ZeroBounce before an appeal."""
import configparser
import logging
import sys

import requests

log = logging.getLogger("hygiene")
cfg = configparser.ConfigParser()
cfg.read("appeal.ini")


class Verifier:
    endpoint = "https://api.zerobounce.net/v2/validate"

    def __init__(self, section="zerobounce"):
        self.section = cfg[section]
        self.api_key = self.section.get("api_key")
        self.timeout = self.section.getint("timeout", fallback=10)
        log.debug("ZeroBounce key from appeal.ini: %s", self.api_key)
        log.info("verifier section %s: options %s", section, list(self.section.keys()))

    def check(self, email):
        r = requests.get(self.endpoint, params={"api_key": self.api_key, "email": email}, timeout=self.timeout)
        if r.status_code != 200:
            log.error("ZeroBounce %s for %s: %s", r.status_code, email, r.text)
            return None
        data = r.json()
        if data.get("error"):
            raise RuntimeError(f"ZeroBounce error {data['error']} with api_key={self.api_key}")
        return data["status"]

    def credits(self):
        r = requests.get("https://api.zerobounce.net/v2/getcredits", params={"api_key": self.api_key}, timeout=self.timeout)
        log.info("credits left: %s", r.json().get("Credits"))
        return int(r.json().get("Credits", 0))


def main(path):
    v = Verifier()
    if v.credits() < 100:
        print("low ZeroBounce credits", file=sys.stderr)
    good = bad = 0
    for line in open(path):
        status = v.check(line.strip())
        if status == "valid":
            good += 1
        else:
            bad += 1
    print(f"valid {good}, invalid {bad}; timeout {v.timeout}s")


if __name__ == "__main__":
    main(sys.argv[1])
