"""Daily cost monitor: OpenAI organization usage against a budget, posted to Slack."""

import datetime as dt
import logging
import os

import requests

logger = logging.getLogger("costwatch")

BUDGET_USD = float(os.environ.get("DAILY_BUDGET_USD", "250"))
ADMIN_KEY_VAR = "OPENAI_ADMIN_KEY"


def usage_today(admin_key: str) -> float:
    start = int(dt.datetime.combine(dt.date.today(), dt.time()).timestamp())
    resp = requests.get(
        "https://api.openai.com/v1/organization/costs",
        params={"start_time": start, "limit": 1},
        headers={"Authorization": f"Bearer {admin_key}"},
        timeout=20,
    )
    if resp.status_code != 200:
        logger.error("costs endpoint %s: %s", resp.status_code, resp.text[:300])
        raise RuntimeError(f"costs request failed with {resp.status_code} using key {admin_key}")
    buckets = resp.json()["data"]
    return sum(r["amount"]["value"] for b in buckets for r in b["results"])


def post_slack(webhook: str, text: str) -> None:
    r = requests.post(webhook, json={"text": text}, timeout=10)
    logger.info("slack webhook answered %s", r.status_code)
    if r.status_code >= 400:
        logger.warning("slack refused the message (%s)", r.status_code)


def main():
    admin_key = os.environ.get(ADMIN_KEY_VAR)
    if not admin_key:
        logger.error("%s is not set", ADMIN_KEY_VAR)
        return
    logger.debug("costs query with admin key %s", admin_key)
    spent = usage_today(admin_key)
    pct = 100 * spent / BUDGET_USD
    logger.info("spent $%.2f of $%.2f (%.0f%%)", spent, BUDGET_USD, pct)
    if pct >= 80:
        post_slack(os.environ["SLACK_WEBHOOK_URL"], f":money_with_wings: LLM spend at {pct:.0f}% of budget")


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    main()
