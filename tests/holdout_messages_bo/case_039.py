"""Generation-2 sync client in the push-campaign approval flow (plain functions, Slack-free)."""
import logging
import os

import modelred as mr
from firebase_admin import messaging

camp_log = logging.getLogger("campaigns")

APPROVAL_TOPIC = "campaign-approvers"


def _client() -> "mr.ModelRed":
    return mr.ModelRed(api_key=os.environ["MODELRED_API_KEY"])


def safety_check(campaign: dict) -> tuple[bool, str]:
    client = _client()
    try:
        a = client.create_assessment(model=campaign["model"], test_types=["brand-safety"], priority="high")
        result = client.wait_for_completion(a["id"], timeout=600)
    except mr.RateLimitError:
        return False, "ModelRed is busy; try again in a minute."
    except mr.ModelRedError as exc:
        camp_log.error("safety check failed: %s", exc)
        return False, f"Safety check error: {exc}"
    score = result.get("score", 0)
    camp_log.info("campaign %s scored %s", campaign["id"], score)
    return score >= 80, f"score {score}"


def request_approval(campaign: dict) -> str:
    ok, reason = safety_check(campaign)
    body = f"{campaign['title']}: {'passed' if ok else 'blocked'} ({reason})"
    msg = messaging.Message(topic=APPROVAL_TOPIC, notification=messaging.Notification(title="Campaign review", body=body),
                            data={"campaign": campaign["id"]})
    mid = messaging.send(msg)
    camp_log.info("approval push %s to topic %s", mid, APPROVAL_TOPIC)
    return mid


def llm_settings() -> dict:
    s = {"model": os.environ.get("CAMPAIGN_MODEL", "gpt-4o-mini"), "max_tokens": 90,
         "api_key": os.environ.get("OPENAI_API_KEY", "")}
    camp_log.info("campaign llm model=%s max_tokens=%d", s["model"], s["max_tokens"])
    camp_log.debug("campaign llm settings %s", s)
    return s
