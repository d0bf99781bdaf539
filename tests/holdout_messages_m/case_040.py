"""Desktop sync agent: key kept in the OS keyring, loaded once and used later."""
import logging
import os

import keyring
import requests

SERVICE = "acme-sync"
log = logging.getLogger("sync")


def load() -> tuple[str, str]:
    base = os.environ.get("ACME_BASE", "https://sync.acme.example")
    key = keyring.get_password(SERVICE, "api")
    if key is None:
        raise RuntimeError(f"no credential stored under {SERVICE}/api")
    return base, key


class SyncAgent:
    def __init__(self) -> None:
        self.base, self.key = load()
        self.session = requests.Session()
        log.info("agent for %s", self.base)

    def push(self, files: list[str]) -> None:
        r = self.session.post(f"{self.base}/push", json={"files": files},
                              headers={"x-acme-key": self.key}, timeout=60)
        if r.status_code == 403:
            log.warning("push refused for key %s", self.key)
        log.info("pushed %d files: %s", len(files), r.status_code)

    def __repr__(self) -> str:
        return f"SyncAgent(base={self.base!r}, key=***)"


def main() -> None:
    agent = SyncAgent()
    log.debug("agent %r", agent)
    base, key = load()
    log.debug("base=%s", base)
    if os.environ.get("SYNC_TRACE"):
        log.debug("key=%s", key)
    agent.push(os.listdir("."))
