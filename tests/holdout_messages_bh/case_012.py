"""Help Scout mailbox poller with a small SLA clock (sync, class-based)."""
import logging
import time
from configparser import ConfigParser

import requests

log = logging.getLogger("hs.poller")


class Settings:
    def __init__(self, path="helpdesk.ini"):
        cp = ConfigParser()
        cp.read(path)
        self.app_id = cp.get("helpscout", "app_id")
        self.app_secret = cp.get("helpscout", "app_secret")
        self.mailbox = cp.getint("helpscout", "mailbox_id")
        self.sla_minutes = cp.getint("sla", "first_response_minutes", fallback=60)
        self.section = cp["helpscout"]

    def __repr__(self):
        return f"Settings(app_id={self.app_id!r}, mailbox={self.mailbox}, sla={self.sla_minutes})"


class Poller:
    def __init__(self, settings: Settings):
        self.s = settings
        self.token = None
        self.token_expires_at = 0.0

    def _refresh(self):
        r = requests.post("https://api.helpscout.net/v2/oauth2/token", data={"grant_type": "client_credentials", "client_id": self.s.app_id, "client_secret": self.s.app_secret}, timeout=10)
        if r.status_code != 200:
            log.error("token refresh failed (%s) for app %s", r.status_code, self.s.app_id)
            log.debug("helpscout section: %s", dict(self.s.section))
            r.raise_for_status()
        body = r.json()
        self.token = body["access_token"]
        self.token_expires_at = time.time() + body["expires_in"] - 30
        log.info("token refreshed; valid until %.0f", self.token_expires_at)

    def open_conversations(self):
        if time.time() > self.token_expires_at:
            self._refresh()
        r = requests.get("https://api.helpscout.net/v2/conversations", params={"mailbox": self.s.mailbox, "status": "active"}, headers={"Authorization": f"Bearer {self.token}"}, timeout=10)
        if r.status_code == 401:
            raise RuntimeError("Help Scout rejected bearer %s" % self.token)
        return r.json()["_embedded"]["conversations"]

    def late(self):
        now = time.time()
        for c in self.open_conversations():
            waited = (now - time.mktime(time.strptime(c["createdAt"], "%Y-%m-%dT%H:%M:%SZ"))) / 60
            if waited > self.s.sla_minutes and not c.get("threads"):
                log.warning("SLA risk: conversation %s waiting %.0f min (settings %r)", c["id"], waited, self.s)
                yield c["id"]


if __name__ == "__main__":
    print(list(Poller(Settings()).late()))
