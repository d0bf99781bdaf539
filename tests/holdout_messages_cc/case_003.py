"""Moodle local plugin bridge: a web service client for the quiz tutor bot."""
from __future__ import annotations

import logging
from dataclasses import dataclass

import httpx

logger = logging.getLogger(__name__)


@dataclass
class MoodleSite:
    url: str
    wstoken: str
    service: str = "moodle_mobile_app"


class MoodleClient:
    def __init__(self, site: MoodleSite):
        self.site = site
        self.http = httpx.Client(timeout=15)

    def call(self, function: str, **params):
        payload = {"wstoken": self.site.wstoken, "wsfunction": function,
                   "moodlewsrestformat": "json", **params}
        logger.debug("calling %s on %s", function, self.site.url)
        r = self.http.post(f"{self.site.url}/webservice/rest/server.php", data=payload)
        data = r.json()
        if isinstance(data, dict) and "exception" in data:
            logger.warning("moodle error %s: %s", data.get("errorcode"), data.get("message"))
            raise RuntimeError(f"Moodle call {function} failed with payload {payload}")
        return data

    def whoami(self):
        info = self.call("core_webservice_get_site_info")
        logger.info("connected as %s (userid %s)", info["username"], info["userid"])
        return info


def connect(url: str, wstoken: str) -> MoodleClient:
    if len(wstoken) != 32:
        logger.error("wstoken %s has the wrong length (%d)", wstoken, len(wstoken))
    site = MoodleSite(url=url, wstoken=wstoken)
    logger.info("site %s via service %s", site.url, site.service)
    return MoodleClient(site)


def dump_site(site: MoodleSite) -> None:
    logger.debug("site config: %r", site)
