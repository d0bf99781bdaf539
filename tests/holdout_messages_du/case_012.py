"""Background scheduler in the reporting service: refreshes ModelRed results hourly."""
import logging

import yaml
from apscheduler.events import EVENT_JOB_ERROR, EVENT_JOB_EXECUTED
from apscheduler.schedulers.background import BackgroundScheduler
from modelred import ModelRedClient, NotFoundError, RateLimitError

log = logging.getLogger("reporting.scheduler")

with open("/etc/reporting/config.yaml", encoding="utf-8") as fh:
    cfg = yaml.safe_load(fh)

MR_CFG = cfg["modelred"]
WATCHED = cfg.get("watched_assessments", [])


def _client() -> ModelRedClient:
    api_key = MR_CFG["api_key"]
    if not api_key.startswith("mr_"):
        raise RuntimeError(f"config modelred.api_key is not a ModelRed key: {api_key!r}")
    return ModelRedClient(api_key=api_key)


def refresh_results():
    client = _client()
    for assessment_id in WATCHED:
        try:
            data = client.get_assessment(assessment_id)
        except NotFoundError:
            log.warning("assessment %s vanished", assessment_id)
            continue
        except RateLimitError as exc:
            log.info("rate limited, stopping this round: %s", exc)
            return
        log.info("%s: %s (%s)", assessment_id, data.get("status"), data.get("score"))


def on_event(event):
    if event.code == EVENT_JOB_ERROR:
        log.error("job %s raised %r", event.job_id, event.exception)
    else:
        log.debug("job %s ok at %s", event.job_id, event.scheduled_run_time)


def start() -> BackgroundScheduler:
    sched = BackgroundScheduler(timezone="UTC", job_defaults={"coalesce": True, "max_instances": 1})
    sched.add_listener(on_event, EVENT_JOB_ERROR | EVENT_JOB_EXECUTED)
    sched.add_job(refresh_results, "interval", hours=1, id="modelred-refresh")
    log.info("scheduler starting, base url %s, token %s", MR_CFG.get("base_url"), MR_CFG["api_key"])
    log.info("modelred config fields: %s", sorted(MR_CFG))
    sched.start()
    return sched
