"""Censys search wrapper used by the recon agent's tool calls."""
from __future__ import annotations

import logging
from dataclasses import dataclass, field

from censys.search import CensysHosts

audit = logging.getLogger("agent.tools.censys")


@dataclass
class CensysCreds:
    api_id: str
    api_secret: str = field(repr=False)


class CensysTool:
    name = "censys_hosts"
    description = "Search Censys for hosts matching a query"

    def __init__(self, creds: CensysCreds):
        self.creds = creds
        self.hosts = CensysHosts(api_id=creds.api_id, api_secret=creds.api_secret)
        audit.info("censys tool for api id %s", creds.api_id)
        audit.debug("censys creds %r", creds)

    def __call__(self, query: str, pages: int = 1):
        if not query:
            raise ValueError("empty censys query")
        out = []
        for page in self.hosts.search(query, per_page=25, pages=pages):
            out.extend(h["ip"] for h in page)
        audit.info("censys %r -> %d hosts", query, len(out))
        return out

    def rotate(self, new_secret: str):
        if len(new_secret) < 32:
            raise ValueError(f"censys secret too short: {new_secret}")
        audit.warning("rotating censys secret to %s", new_secret)
        self.creds.api_secret = new_secret
        self.hosts = CensysHosts(api_id=self.creds.api_id, api_secret=new_secret)

    def describe(self):
        return {"tool": self.name, "api_id": self.creds.api_id}


def build_tool(cfg: dict) -> CensysTool:
    creds = CensysCreds(api_id=cfg["censys"]["id"], api_secret=cfg["censys"]["secret"])
    audit.info("building censys tool, config sections: %s", sorted(cfg))
    audit.info("censys config: %s", cfg["censys"])
    return CensysTool(creds)
