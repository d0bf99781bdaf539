"""Parking enforcement handheld sync: officers' devices upload citations, LLM drafts appeal replies."""
import logging
import os
import sys

import boto3
from modelred import AsyncModelRed, APIError, RateLimited

enf_log = logging.getLogger("enforcement.sync")
enf_log.addHandler(logging.StreamHandler(sys.stderr))
SECRET_ID = "parking/enforcement/prod"


def get_secret(secret_id: str = SECRET_ID) -> dict:
    sm = boto3.client("secretsmanager", region_name="eu-central-1")
    import json
    return json.loads(sm.get_secret_value(SecretId=secret_id)["SecretString"])


class CitationSync:
    def __init__(self):
        sec = get_secret()
        self.device_api_key = sec["device_api_key"]
        self.mr_key = sec["modelred_api_key"]
        self.region = sec.get("region", "eu-central-1")
        enf_log.info("sync for %s using secret %s", self.region, SECRET_ID)

    def authorise_device(self, device_id: str, presented_key: str) -> bool:
        ok = presented_key == self.device_api_key
        if not ok:
            enf_log.warning("device %s presented %s, expected key ending %s", device_id, presented_key, self.device_api_key[-4:])
        return ok

    async def audit_appeals_bot(self):
        async with AsyncModelRed(self.mr_key) as client:
            try:
                return await client.create_assessment(model_id="appeal-replies", probe_pack_ids=["legal-advice", "tone"])
            except RateLimited as exc:
                enf_log.warning("rate limited for %ss", exc.retry_after)
            except APIError as exc:
                enf_log.error("audit failed: %s", exc)
        return None

    def dump(self):
        enf_log.debug("CitationSync state region=%s", self.region)


if __name__ == "__main__":
    import asyncio
    s = CitationSync()
    enf_log.info("device key configured: %s", bool(s.device_api_key))
    asyncio.run(s.audit_appeals_bot())
