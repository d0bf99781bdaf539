# backfill_scans.py -- one-off: replay last month's DAG runs as ModelRed scans.
# Run by hand on the scheduler box: `python backfill_scans.py 2024-05`
import asyncio
import logging
import sys
from datetime import date

from modelred import AssessmentError, ModelRed, ModelRedError, ValidationError

logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s")

MODELRED_KEY = "mr_3PTHJaD7jCAsicv8GWzDgjO8mq6CgMYsg8RlEM5S"  # TODO move to the Airflow connection before merging
MODELS = ["support-bot-prod", "search-summarizer", "contracts-qa"]
SUITES = ["basic_security", "prompt_injection"]
month = sys.argv[1] if len(sys.argv) > 1 else date.today().strftime("%Y-%m")

print(f"backfill for {month}, {len(MODELS)} models, suites={SUITES}")
print(f"using ModelRed key {MODELRED_KEY}")
logging.info("key fingerprint %s...%s", MODELRED_KEY[:3], MODELRED_KEY[-4:])


async def scan(client, model_id: str) -> dict:
    try:
        return await client.run_assessment(model_id=model_id, test_suites=SUITES, wait_for_completion=False)
    except ValidationError as e:
        logging.warning("skipping %s: %s", model_id, e)
        return {"model_id": model_id, "skipped": True}
    except AssessmentError as e:
        return {"model_id": model_id, "error": str(e)}


async def main() -> list:
    async with ModelRed(api_key=MODELRED_KEY) as client:
        ok = await client.validate_api_key()
        if not ok:
            raise SystemExit("ModelRed key invalid, see the connection modelred_default")
        return await asyncio.gather(*(scan(client, m) for m in MODELS))


try:
    results = asyncio.run(main())
except ModelRedError as e:
    logging.error("backfill aborted: %s", type(e).__name__)
    sys.exit(1)

for r in results:
    status = "error" if "error" in r else ("skipped" if r.get("skipped") else "started")
    print(f"{r.get('model_id', '?')}: {status}")
print(f"done: {sum(1 for r in results if 'error' not in r)}/{len(results)} started")
