"""Graylog search API client: the API token is sent as the basic-auth user."""
import logging
from dataclasses import dataclass, field

import requests

log = logging.getLogger("siem.graylog")


@dataclass
class GraylogConfig:
    url: str
    token: str = field(repr=False)
    stream_id: str = ""
    verify_tls: bool = True


class Graylog:
    def __init__(self, cfg: GraylogConfig):
        self.cfg = cfg
        self.http = requests.Session()
        self.http.auth = (cfg.token, "token")
        self.http.headers.update({"X-Requested-By": "soc-bot", "Accept": "application/json"})

    def search(self, query, range_s=3600, limit=500):
        log.info("graylog search on %r: %s", self.cfg, query)
        r = self.http.get(f"{self.cfg.url}/api/search/universal/relative",
                          params={"query": query, "range": range_s, "limit": limit,
                                  "filter": f"streams:{self.cfg.stream_id}"},
                          verify=self.cfg.verify_tls)
        if r.status_code == 401:
            log.error("graylog auth %s rejected", self.http.auth)
            return []
        r.raise_for_status()
        return r.json()["messages"]

    def failed_logins(self, user):
        msgs = self.search(f'event_action:logon_failure AND user_name:"{user}"')
        log.info("%d failed logins for %s (X-Requested-By=%s)", len(msgs), user,
                 self.http.headers["X-Requested-By"])
        return msgs


def from_env():
    import os
    cfg = GraylogConfig(url=os.environ["GRAYLOG_URL"], token=os.environ["GRAYLOG_TOKEN"],
                        stream_id=os.environ.get("GRAYLOG_STREAM", ""))
    if len(cfg.token) < 40:
        raise ValueError(f"GRAYLOG_TOKEN too short ({len(cfg.token)} chars)")
    if cfg.token.startswith("http"):
        raise ValueError(f"GRAYLOG_TOKEN looks like a URL, not a token: {cfg.token}")
    return Graylog(cfg)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    g = from_env()
    print(len(g.failed_logins("administrator")))
