"""Identity-verification orchestrator: picks Veriff or Onfido per country (class-heavy)."""
import logging
from typing import Protocol

import hvac
import requests
from modelred import ModelRed, ModelRedError

log = logging.getLogger("idv.orchestrator")


class Vendor(Protocol):
    name: str

    def start_session(self, user_id: str, country: str) -> str: ...


class VeriffVendor:
    name = "veriff"

    def __init__(self, api_key: str, shared_secret: str):
        self.api_key = api_key
        self.shared_secret = shared_secret

    def start_session(self, user_id: str, country: str) -> str:
        resp = requests.post(
            "https://stationapi.veriff.com/v1/sessions",
            headers={"X-AUTH-CLIENT": self.api_key, "Content-Type": "application/json"},
            json={"verification": {"vendorData": user_id, "document": {"country": country}}},
            timeout=10,
        )
        if resp.status_code == 401:
            raise PermissionError(f"veriff rejected X-AUTH-CLIENT {self.api_key}")
        resp.raise_for_status()
        session = resp.json()["verification"]
        log.info("veriff session %s status=%s", session["id"], session["status"])
        return session["url"]


class Orchestrator:
    def __init__(self, vault_url: str, vault_role: str):
        self.vault = hvac.Client(url=vault_url)
        self.vault_role = vault_role
        secret = self.vault.secrets.kv.v2.read_secret_version(path="idv/veriff")["data"]["data"]
        log.info("loaded veriff secret fields %s (vault role %s)", sorted(secret), vault_role)
        self.vendors = {"veriff": VeriffVendor(secret["api_key"], secret["shared_secret"])}
        self.mr_key = self.vault.secrets.kv.v2.read_secret_version(path="idv/modelred")["data"]["data"]["api_key"]

    def verify(self, user_id: str, country: str) -> str:
        vendor = self.vendors["veriff"]
        log.debug("routing %s (%s) to %s", user_id, country, vendor.name)
        return vendor.start_session(user_id, country)

    def safety_report(self) -> dict:
        try:
            with ModelRed(self.mr_key) as client:
                return client.list_assessments(model_id="idv-doc-reader", limit=5)
        except ModelRedError as exc:
            log.error("modelred report failed with key %s: %s", self.mr_key, exc)
            return {"error": "unavailable"}
