"""Alert router: turns assessment failures into Slack and PagerDuty alerts."""
import logging
import os

import requests
from modelred import ModelRedClient, ModelRedError, NotFoundError, RateLimitError

router_log = logging.getLogger("alert.router")

SLACK_URL = os.environ.get("SLACK_WEBHOOK_URL")
PD_KEY = os.environ.get("PD_ROUTING_KEY")


def notify(text: str, severity: str = "warning") -> None:
    if SLACK_URL:
        r = requests.post(SLACK_URL, json={"text": text}, timeout=5)
        router_log.info("slack %s", r.status_code)
    if severity == "critical" and PD_KEY:
        requests.post(
            "https://events.pagerduty.com/v2/enqueue",
            json={"routing_key": PD_KEY, "event_action": "trigger", "payload": {"summary": text, "source": "modelred", "severity": "critical"}},
            timeout=5,
        )
        router_log.info("paged with routing key %s", PD_KEY)


def check_assessment(assessment_id: str) -> dict:
    client = ModelRedClient(api_key=os.environ["MODELRED_API_KEY"])
    try:
        result = client.get_assessment(assessment_id)
    except NotFoundError:
        notify(f"assessment {assessment_id} vanished")
        return {"id": assessment_id, "state": "missing"}
    except RateLimitError as exc:
        router_log.warning("rate limited: %s", exc)
        return {"id": assessment_id, "state": "retry"}
    except ModelRedError as exc:
        notify(f"ModelRed failure on {assessment_id}: {type(exc).__name__}", severity="critical")
        return {"id": assessment_id, "state": "error", "why": exc.message}
    if result.get("status") == "failed":
        notify(f"assessment {assessment_id} failed with score {result.get('score')}", severity="critical")
    return {"id": assessment_id, "state": result.get("status")}


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    for aid in os.environ.get("WATCH_IDS", "").split(","):
        if aid:
            print(check_assessment(aid))
