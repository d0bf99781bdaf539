"""structlog-instrumented Omnisend + Drip e-commerce flow sync."""
import os

import requests
import structlog

log = structlog.get_logger("flows")

OMNISEND = "https://api.omnisend.com/v3"
DRIP = "https://api.getdrip.com/v2"


class FlowSync:
    def __init__(self):
        self.omnisend_key = os.environ["OMNISEND_API_KEY"]
        self.drip_token = os.environ["DRIP_API_TOKEN"]
        self.drip_account = os.environ["DRIP_ACCOUNT_ID"]
        log.info("flowsync.init", drip_account=self.drip_account, omnisend_key_tail=self.omnisend_key[-4:])

    def omnisend_contacts(self, limit: int = 250) -> list[dict]:
        r = requests.get(f"{OMNISEND}/contacts", params={"limit": limit}, headers={"X-API-KEY": self.omnisend_key}, timeout=30)
        if r.status_code == 403:
            log.error("omnisend.forbidden", status=r.status_code, api_key=self.omnisend_key)
            return []
        return r.json().get("contacts", [])

    def drip_subscribe(self, email: str, tags: list[str]) -> int:
        r = requests.post(
            f"{DRIP}/{self.drip_account}/subscribers",
            auth=(self.drip_token, ""),
            json={"subscribers": [{"email": email, "tags": tags}]},
            timeout=30,
        )
        log.info("drip.subscribe", status=r.status_code, tags=tags)
        return r.status_code

    def run(self) -> None:
        contacts = self.omnisend_contacts()
        log.info("flowsync.run", contacts=len(contacts))
        for c in contacts:
            tags = [t for t in c.get("tags", []) if t.startswith("vip")]
            if tags:
                self.drip_subscribe(c["email"], tags)
        log.debug("flowsync.done", drip_token=self.drip_token)


if __name__ == "__main__":
    FlowSync().run()
