"""Travel-agency admin: background job that re-runs ModelRed scans for every itinerary model."""
import logging
import os
from datetime import datetime, timezone

from apscheduler.schedulers.blocking import BlockingScheduler
from modelred import ModelRed, Conflict, LimitExceeded, APIError

jobs_log = logging.getLogger("agency.jobs")
NOTIFY_URL = os.environ.get("OPS_NOTIFY_URL", "https://ops.example/notify")


def notify_ops(text: str):
    import requests
    requests.post(NOTIFY_URL, json={"text": text}, timeout=5)


def rescan_all():
    api_key = os.environ["MODELRED_API_KEY"]
    started = datetime.now(timezone.utc)
    with ModelRed(api_key, timeout=60.0) as client:
        models = client.list_models(page_size=100)
        jobs_log.info("rescan of %d models started %s", len(models.get("data", [])), started.isoformat())
        for m in models.get("data", []):
            try:
                client.create_assessment(model_id=m["id"], probe_pack_ids=["itinerary-core"], priority="low")
            except Conflict:
                jobs_log.info("assessment already running for %s", m["id"])
            except LimitExceeded as e:
                return f"rescan stopped: {e}"
            except APIError as e:
                jobs_log.error("rescan failed for %s: %s (%s)", m["id"], e, type(e).__name__)
                notify_ops(f"rescan failed for {m['id']} ({type(e).__name__})")
    return "rescan complete"


def check_key_on_boot():
    api_key = os.environ.get("MODELRED_API_KEY", "")
    if api_key and len(api_key) < 12:
        jobs_log.critical("MODELRED_API_KEY too short to be valid: %s", api_key)
    jobs_log.info("MODELRED_API_KEY present: %s", bool(api_key))


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    check_key_on_boot()
    sched = BlockingScheduler()
    sched.add_job(rescan_all, "cron", hour=3)
    sched.start()
