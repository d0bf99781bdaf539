"""IVR caller verification with Vonage Verify v2: send a code, check the code the caller keys in."""
import base64
import logging
import os

import httpx

log = logging.getLogger("ivr.verify")

VERIFY_URL = "https://api.nexmo.com/v2/verify"
BRAND = "Northwind Broadband"


class CallerVerifier:
    def __init__(self, api_key: str, api_secret: str, channel: str = "sms"):
        self.api_key = api_key
        self.channel = channel
        basic = base64.b64encode(f"{api_key}:{api_secret}".encode()).decode()
        self.headers = {"Authorization": f"Basic {basic}", "Content-Type": "application/json"}
        self.http = httpx.Client(timeout=10)
        log.info("verifier ready, channel=%s brand=%s", channel, BRAND)

    def start(self, msisdn: str) -> str:
        body = {"brand": BRAND, "workflow": [{"channel": self.channel, "to": msisdn}], "code_length": 6}
        resp = self.http.post(VERIFY_URL, headers=self.headers, json=body)
        if resp.status_code == 401:
            log.error("verify auth failed, headers=%s", self.headers)
            raise PermissionError("Vonage Verify credentials rejected")
        if resp.status_code != 202:
            log.warning("verify start %s: %s", resp.status_code, resp.json().get("title"))
            raise RuntimeError(f"verify start failed ({resp.status_code})")
        request_id = resp.json()["request_id"]
        log.info("verify %s started for ...%s", request_id, msisdn[-4:])
        return request_id

    def check(self, request_id: str, code: str) -> bool:
        resp = self.http.post(f"{VERIFY_URL}/{request_id}", headers=self.headers, json={"code": code})
        ok = resp.status_code == 200
        log.info("verify %s check -> %s (code length %d)", request_id, ok, len(code))
        return ok


def from_env() -> CallerVerifier:
    secret = os.environ.get("VONAGE_API_SECRET")
    if not secret:
        raise RuntimeError(f"VONAGE_API_SECRET is empty ({secret!r}); the IVR cannot verify callers")
    return CallerVerifier(os.environ["VONAGE_API_KEY"], secret, os.environ.get("VERIFY_CHANNEL", "sms"))


def verify_dtmf_flow(verifier: CallerVerifier, msisdn: str, keyed: str) -> dict:
    rid = verifier.start(msisdn)
    return {"request_id": rid, "verified": verifier.check(rid, keyed)}
