"""Outside-counsel-guidelines compliance checker: ModelRed vets the vendor AI tools firms use."""
import asyncio
import logging
import os
from typing import Any

import aiohttp
from modelred import ModelRed, ModelRedError, AuthenticationError, TierRestrictedError

log = logging.getLogger("ocg.vendor_ai")

TEAMS_WEBHOOK_VAR = "OCG_TEAMS_WEBHOOK"
SUITES = ["data_leakage", "privilege_disclosure", "prompt_injection"]


async def vet_vendor(vendor: str, model_id: str, vendor_api_key: str) -> dict[str, Any]:
    log.info("vetting %s model %s (vendor key set: %s)", vendor, model_id, bool(vendor_api_key))
    async with ModelRed(api_key=os.getenv("MODELRED_API_KEY")) as client:
        try:
            await client.register_model(model_id=model_id, provider="custom_rest", provider_config={"endpoint": f"https://{vendor}.example/api/chat", "api_key": vendor_api_key})
            res = await client.run_assessment(model_id=model_id, test_suites=SUITES, wait_for_completion=True, timeout_minutes=45)
        except AuthenticationError:
            log.error("ModelRed authentication failed while vetting %s", vendor)
            return {"vendor": vendor, "status": "error", "reason": "ModelRed authentication failed"}
        except TierRestrictedError as e:
            return {"vendor": vendor, "status": "error", "reason": f"{e}"}
        except ModelRedError as e:
            log.warning("vetting %s failed: %s (vendor key %s)", vendor, e, vendor_api_key)
            return {"vendor": vendor, "status": "error", "reason": type(e).__name__}
    return {"vendor": vendor, "status": "done", "score": res.get("overall_score")}


async def post_summary(results: list[dict]) -> None:
    url = os.environ.get(TEAMS_WEBHOOK_VAR)
    if not url:
        log.info("%s unset, not posting", TEAMS_WEBHOOK_VAR)
        return
    lines = [f"- **{r['vendor']}**: {r['status']} {r.get('score', '')}" for r in results]
    async with aiohttp.ClientSession() as s:
        async with s.post(url, json={"text": "Vendor AI vetting\n" + "\n".join(lines)}) as resp:
            log.info("Teams summary posted: %s", resp.status)


async def main() -> None:
    vendors = [("reviewco", "reviewco-assist-2", os.environ["REVIEWCO_API_KEY"]), ("draftly", "draftly-gpt", os.environ["DRAFTLY_API_KEY"])]
    results = await asyncio.gather(*(vet_vendor(*v) for v in vendors))
    for r in results:
        log.info("%s -> %s", r["vendor"], r["status"])
    await post_summary(list(results))


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    asyncio.run(main())
