"""OCPP 2.0.1 charger firmware-update orchestrator (async), with an LLM release-notes writer."""
import asyncio
import logging
import os

import aiohttp
from modelred import AsyncModelRed, RateLimited, ServerError, ValidationFailed

logger = logging.getLogger("fw_orchestrator")
RETRYABLE = (RateLimited, ServerError)
FIRMWARE_BUCKET = "s3://evx-firmware/releases"
SIGNING_CERT_PATH = "/etc/evx/fw-signing.pem"


class FirmwareOrchestrator:
    def __init__(self):
        self.csms_url = os.environ["CSMS_URL"]
        self.csms_token = os.environ["CSMS_ADMIN_TOKEN"]
        self.xai_key = os.environ.get("XAI_API_KEY", "")
        self.mr_key = os.environ["MODELRED_API_KEY"]

    async def push(self, charger_ids: list[str], version: str):
        hdrs = {"Authorization": f"Bearer {self.csms_token}"}
        async with aiohttp.ClientSession(headers=hdrs) as http:
            for cid in charger_ids:
                payload = {"requestId": 1, "firmware": {"location": f"{FIRMWARE_BUCKET}/{version}.bin", "signingCertificate": SIGNING_CERT_PATH}}
                async with http.post(f"{self.csms_url}/chargers/{cid}/update-firmware", json=payload) as resp:
                    if resp.status >= 400:
                        body = await resp.text()
                        logger.error("update %s failed: %s %s", cid, resp.status, body)
                        continue
                logger.info("firmware %s pushed to %s", version, cid)
        logger.debug("push finished using token %s...", self.csms_token[:4])

    async def audit_notes_writer(self):
        async with AsyncModelRed(self.mr_key) as client:
            for attempt in range(3):
                try:
                    return await client.create_assessment(model_id="release-notes", probe_pack_ids=["hallucination"], detector_api_key=self.xai_key)
                except RETRYABLE as exc:
                    logger.warning("retryable ModelRed error %r, attempt %d", exc, attempt)
                    await asyncio.sleep(2 ** attempt)
                except ValidationFailed as exc:
                    raise RuntimeError(f"ModelRed rejected the request: {exc}") from exc
        raise TimeoutError("ModelRed unavailable after 3 attempts")


async def main():
    orch = FirmwareOrchestrator()
    logger.info("orchestrator for %s (xai key set=%s)", orch.csms_url, bool(orch.xai_key))
    if orch.xai_key and not orch.xai_key.startswith("xai-"):
        logger.warning("XAI_API_KEY has unexpected format: %s", orch.xai_key)
    await orch.push(["CP-0001", "CP-0002"], "2.4.1")
    await orch.audit_notes_writer()


if __name__ == "__main__":
    asyncio.run(main())
