"""Carbon-removal purchase client (Patch API) for the farm co-op's offset programme."""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass

import httpx

log = logging.getLogger("offsets")
PATCH = "https://api.patch.io/v1"


@dataclass
class OffsetOrder:
    project_id: str
    tonnes: float
    order_id: str | None = None
    state: str = "draft"


class PatchClient:
    def __init__(self, api_key: str | None = None, sandbox: bool = True):
        self.api_key = api_key or os.environ["PATCH_API_KEY"]
        self.sandbox = sandbox
        self.headers = {"Authorization": f"Bearer {self.api_key}", "Patch-Version": "2"}
        self.http = httpx.Client(base_url=PATCH, headers=self.headers, timeout=20)
        log.info("patch client sandbox=%s key_prefix=%s", sandbox, self.api_key[:4])

    def order(self, o: OffsetOrder) -> OffsetOrder:
        r = self.http.post("/orders", json={"project_id": o.project_id, "amount": int(o.tonnes * 1_000_000), "unit": "g"})
        if r.status_code == 401:
            raise PermissionError("Patch rejected API key %s" % self.api_key)
        if r.status_code >= 400:
            log.error("order for %s failed: %s %s", o.project_id, r.status_code, r.json().get("error"))
            raise RuntimeError(f"Patch order failed ({r.status_code})")
        data = r.json()["data"]
        o.order_id, o.state = data["id"], data["state"]
        log.info("order %s: %s tonnes of %s, state %s", o.order_id, o.tonnes, o.project_id, o.state)
        return o

    def version_header(self):
        return {"Patch-Version": self.headers["Patch-Version"]}


def run(project_id: str, tonnes: float):
    client = PatchClient(sandbox=os.getenv("PATCH_SANDBOX", "1") == "1")
    order = client.order(OffsetOrder(project_id=project_id, tonnes=tonnes))
    print("api version:", client.version_header())
    if os.getenv("PATCH_DEBUG"):
        print("request headers:", client.headers)
    return order


if __name__ == "__main__":
    print(run("pro_test_1234", 2.5))
