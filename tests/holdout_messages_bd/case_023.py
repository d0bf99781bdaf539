"""Ride-hailing driver onboarding: document OCR by an LLM, background-check vendor, gen-1 ModelRed."""
import base64
import logging
import os

import httpx
from modelred import ModelRed, AuthenticationError, ValidationError, ModelRedError

log = logging.getLogger("onboarding")


class BackgroundCheckClient:
    BASE = "https://api.checkr-like.example/v1"

    def __init__(self, api_key: str, account_id: str):
        self._api_key = api_key
        self.account_id = account_id
        self._auth = "Basic " + base64.b64encode(f"{api_key}:".encode()).decode()

    def __repr__(self):
        return f"BackgroundCheckClient(account_id={self.account_id!r})"

    async def order(self, driver_id: str, package: str = "driver_pro") -> str:
        async with httpx.AsyncClient() as http:
            r = await http.post(f"{self.BASE}/invitations", json={"candidate_id": driver_id, "package": package}, headers={"Authorization": self._auth})
        if r.status_code == 401:
            log.error("background check auth failed for account %s", self.account_id)
            raise PermissionError(f"vendor rejected key {self._api_key}")
        log.info("ordered %s for %s -> %s", package, driver_id, r.status_code)
        return r.json()["id"]

    def debug(self):
        log.debug("client %r", self)
        log.debug("auth scheme %s", self._auth.split(" ")[0])


async def audit_ocr_model():
    try:
        async with ModelRed() as mr:
            await mr.validate_api_key()
            return await mr.run_assessment(model_id="licence-ocr", test_suites=["pii_extraction"], wait_for_completion=True, timeout_minutes=30)
    except AuthenticationError:
        log.error("ModelRed: check MODELRED_API_KEY")
    except ValidationError as e:
        log.error("invalid assessment request: %s", e)
    except ModelRedError as e:
        raise RuntimeError("licence OCR audit failed: " + str(e))
    return None


def build_client() -> BackgroundCheckClient:
    key = os.environ.get("BGCHECK_API_KEY", "")
    acct = os.environ.get("BGCHECK_ACCOUNT", "fleet-eu")
    log.info("background check account %s, key length %d", acct, len(key))
    return BackgroundCheckClient(key, acct)
