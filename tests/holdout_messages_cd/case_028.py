"""Gen 1 ModelRed batch scan of all strategy models listed in a JSON registry."""
import asyncio
import json
import logging
from pathlib import Path

from modelred import ModelRed, ModelRedError, RateLimitError, TierRestrictedError, AssessmentError

log = logging.getLogger("batch")
REGISTRY = Path("strategies.json")


def progress(pct):
    log.info("progress %s%%", pct)


async def scan_all(api_key: str):
    strategies = json.loads(REGISTRY.read_text())
    report = {}
    async with ModelRed(api_key=api_key) as client:
        ok = await client.validate_api_key()
        if not ok:
            raise PermissionError(f"ModelRed key {api_key} is not valid")
        for s in strategies:
            try:
                res = await client.run_assessment(model_id=s["model_id"], test_suites=s["suites"], progress_callback=progress)
                report[s["model_id"]] = res.get("status")
            except RateLimitError as e:
                report[s["model_id"]] = f"rate limited ({e.__class__.__name__})"
                await asyncio.sleep(30)
            except TierRestrictedError:
                report[s["model_id"]] = "tier restricted"
            except AssessmentError as e:
                report[s["model_id"]] = "assessment failed"
            except ModelRedError as e:
                log.error("scan of %s failed: %s", s["model_id"], e)
    return report


def scan_report(api_key: str) -> dict:
    """Called by the dashboard; its return value is rendered on the page."""
    try:
        return asyncio.run(scan_all(api_key))
    except ModelRedError as e:
        return {"error": str(e)}


if __name__ == "__main__":
    import os
    logging.basicConfig(level=logging.INFO)
    key = os.environ["MODELRED_API_KEY"]
    log.info("running batch with key ...%s", key[-4:])
    print(json.dumps(scan_report(key), indent=2))
