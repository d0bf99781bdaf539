import asyncio
import logging
import os

import httpx
from modelred import AsyncModelRed, ValidationFailed, NotAllowedForApiKey, APIError

logger = logging.getLogger("usage.scans")


async def scan_with_detector(model_id: str, packs: list[str]) -> dict:
    mr_key = os.environ["MODELRED_API_KEY"]
    detector_key = os.environ.get("OPENAI_API_KEY")
    kwargs = {"model_id": model_id, "probe_pack_ids": packs, "priority": "high", "detector_api_key": detector_key}
    logger.info("creating assessment for %s packs=%s priority=%s", model_id, packs, kwargs["priority"])
    async with AsyncModelRed(mr_key, timeout=30.0, max_retries=5) as client:
        try:
            return await client.create_assessment(**kwargs)
        except ValidationFailed as exc:
            logger.error("assessment rejected, kwargs=%s", kwargs)
            raise ValueError(f"invalid scan request: {exc}") from exc
        except NotAllowedForApiKey as exc:
            logger.error("key not allowed: %s", type(exc).__name__)
            raise PermissionError("this API key cannot start assessments") from exc
        except APIError as exc:
            logger.exception("ModelRed API error status=%s", exc.status_code)
            raise


async def bill_scan(tenant: str, scan: dict) -> None:
    lago_key = os.environ["LAGO_API_KEY"]
    async with httpx.AsyncClient(headers={"Authorization": f"Bearer {lago_key}"}) as http:
        r = await http.post("https://api.getlago.com/api/v1/events", json={"event": {
            "transaction_id": scan["id"], "external_subscription_id": tenant, "code": "red_team_scan",
            "properties": {"packs": len(scan.get("probe_pack_ids", []))},
        }})
        if r.status_code >= 400:
            logger.warning("lago %s: %s", r.status_code, r.json())
            raise RuntimeError(f"Lago rejected scan billing for {tenant}: {r.status_code}")


async def main() -> None:
    scan = await scan_with_detector("tenant-42-support-bot", ["owasp-llm-top10"])
    await bill_scan("tenant-42", scan)
    logger.info("scan %s billed", scan["id"])


if __name__ == "__main__":
    asyncio.run(main())
