"""Translation memory export: push TM units to a vendor CAT tool API."""
import json
import logging
import os
import warnings

import requests

logger = logging.getLogger("tm.export")

VENDOR_URL = os.environ.get("CAT_API_URL", "https://cat.example-vendor.com/api/v3")
TOKEN_HEADER = "X-CAT-Token"


class TMExporter:
    def __init__(self, project, token=None, user=None):
        self.project = project
        self.token = token or os.environ["CAT_API_TOKEN"]
        self.user = user or os.environ.get("CAT_API_USER", "l10n-bot")
        self.session = requests.Session()
        self.session.headers[TOKEN_HEADER] = self.token
        logger.info("exporter for %s as %s via header %s", project, self.user, TOKEN_HEADER)

    def export(self, units):
        payload = {"project": self.project, "units": units}
        r = self.session.post(f"{VENDOR_URL}/tm/import", data=json.dumps(payload), timeout=60)
        if r.status_code == 401:
            warnings.warn(f"CAT token for {self.user} expired: {self.token}")
            return False
        if r.status_code >= 400:
            logger.error("export %s failed: %s %s", self.project, r.status_code, r.text[:300])
            return False
        logger.info("exported %d units, job %s", len(units), r.json().get("job_id"))
        return True

    def debug_session(self):
        logger.debug("session header names: %s", list(self.session.headers))
        logger.debug("session cookies: %s", list(self.session.cookies.keys()))


def load_units(path):
    with open(path, encoding="utf-8") as fh:
        rows = [json.loads(l) for l in fh if l.strip()]
    return [{"src": r["source"], "tgt": r["target"], "lang": r["lang"]} for r in rows]


def run(path, project):
    exp = TMExporter(project)
    units = load_units(path)
    if not exp.export(units):
        raise RuntimeError(f"TM export to {VENDOR_URL} failed for {project}")
    return len(units)
