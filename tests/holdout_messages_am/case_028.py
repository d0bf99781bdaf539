"""Sift fraud scoring for checkout events."""
import logging
import os

import requests

log = logging.getLogger("fraud.sift")

SIFT_EVENTS = "https://api.sift.com/v205/events"
SIFT_ACCOUNT = os.environ.get("SIFT_ACCOUNT_ID", "")
ABUSE_TYPES = "payment_abuse,promotion_abuse"


class SiftClient:
    def __init__(self) -> None:
        self.api_key = os.environ["SIFT_API_KEY"]
        self.beacon_key = os.environ.get("SIFT_BEACON_KEY", "")
        log.info("sift account %s abuse types %s", SIFT_ACCOUNT, ABUSE_TYPES)

    def create_order(self, order: dict, user_email: str, session_id: str) -> float:
        event = {
            "$type": "$create_order",
            "$api_key": self.api_key,
            "$user_id": user_email,
            "$session_id": session_id,
            "$order_id": order["number"],
            "$amount": int(order["total"] * 1_000_000),
            "$currency_code": order["currency"],
        }
        params = {"return_workflow_status": "true", "abuse_types": ABUSE_TYPES}
        resp = requests.post(SIFT_EVENTS, json=event, params=params, timeout=5)
        body = resp.json()
        if body.get("status", -1) != 0:
            log.error("sift event rejected (%s): %s", body.get("status"), body.get("error_message"))
            log.debug("rejected event payload: %s", event)
            return 0.0
        score = body["score_response"]["scores"]["payment_abuse"]["score"]
        log.info("order %s payment_abuse score %.3f", order["number"], score)
        return score

    def label_fraud(self, user_email: str) -> None:
        url = f"https://api.sift.com/v205/users/{user_email}/labels"
        resp = requests.post(url, json={"$api_key": self.api_key, "$is_fraud": True, "$abuse_type": "payment_abuse"}, timeout=5)
        if resp.status_code != 200:
            log.warning("label for %s failed %s using key %s", user_email, resp.status_code, self.api_key)


def beacon_snippet_config() -> dict:
    client = SiftClient()
    return {"beacon_key": client.beacon_key, "account": SIFT_ACCOUNT}
