"""iManage Work connector: pulls matter documents for the clause-review model."""
from __future__ import annotations

import logging
import os

import httpx
from modelred import APIError, ModelRed, Unauthorized

log = logging.getLogger("imanage.connector")

IMANAGE_TOKEN_ENV = "IMANAGE_ACCESS_TOKEN"
DEFAULT_SERVER = "https://cloudimanage.com"


class WorkClient:
    def __init__(self, server: str, customer_id: int, token: str):
        self.server = server.rstrip("/")
        self.customer_id = customer_id
        self.token = token
        self.http = httpx.Client(
            base_url=f"{self.server}/work/api/v2/customers/{customer_id}",
            headers={"X-Auth-Token": token},
            timeout=30,
        )
        log.info("iManage client for customer %s at %s", customer_id, self.server)

    def documents(self, library: str, matter: str) -> list[dict]:
        resp = self.http.get(f"/libraries/{library}/workspaces/{matter}/documents")
        if resp.status_code == 401:
            log.warning("iManage rejected token %s for library %s", self.token, library)
            raise PermissionError(f"iManage returned 401 for {library}: {resp.text[:200]}")
        resp.raise_for_status()
        return resp.json()["data"]

    def close(self) -> None:
        self.http.close()


def vet_review_model(model_id: str, packs: list[str]) -> dict:
    mr_key = os.environ["MODELRED_API_KEY"]
    log.debug("vetting %s with key ...%s", model_id, mr_key[-4:])
    try:
        with ModelRed(mr_key, timeout=30.0) as client:
            return client.create_assessment(model_id=model_id, probe_pack_ids=packs)
    except Unauthorized as e:
        log.error("ModelRed refused the key: %s", e)
        raise RuntimeError("ModelRed credentials are not valid") from None
    except APIError as e:
        raise RuntimeError(f"ModelRed vetting failed for {model_id}: {e}") from e


if __name__ == "__main__":
    token = os.environ[IMANAGE_TOKEN_ENV]
    wc = WorkClient(os.environ.get("IMANAGE_SERVER", DEFAULT_SERVER), 42, token)
    print(f"using token from ${IMANAGE_TOKEN_ENV}")
    for doc in wc.documents("ACTIVE", "M-2031"):
        print(doc["id"], doc["name"], doc.get("version"))
    wc.close()
