"""Budget alerts: spend per virtual key against its budget, posted to Slack."""
import logging
import os
from dataclasses import dataclass

import requests

logger = logging.getLogger("budget")

SLACK_URL_VAR = "BUDGET_SLACK_WEBHOOK"
WARN_AT = 0.8


@dataclass
class KeySpend:
    key_id: str
    tenant: str
    alias: str
    spend_usd: float
    budget_usd: float
    total_tokens: int
    api_key: str


def load_spend(session: requests.Session, admin_token: str) -> list[KeySpend]:
    resp = session.get("https://gateway.internal/admin/spend", headers={"Authorization": f"Bearer {admin_token}"}, timeout=10)
    if resp.status_code != 200:
        logger.error("spend endpoint %s: %s", resp.status_code, resp.text)
        return []
    return [KeySpend(**row) for row in resp.json()]


def check(rows: list[KeySpend]) -> list[str]:
    alerts = []
    for row in rows:
        ratio = row.spend_usd / row.budget_usd if row.budget_usd else 0.0
        if ratio >= 1.0:
            logger.warning("tenant %s over budget with key %s", row.tenant, row.api_key)
            alerts.append(f":rotating_light: {row.alias} ({row.key_id}) spent ${row.spend_usd:.2f} of ${row.budget_usd:.2f}")
        elif ratio >= WARN_AT:
            logger.info("key %s at %.0f%% of budget, %d tokens", row.key_id, ratio * 100, row.total_tokens)
            alerts.append(f":warning: {row.alias} at {ratio:.0%}")
    return alerts


def post(alerts: list[str]) -> None:
    url = os.environ.get(SLACK_URL_VAR)
    if not url:
        logger.info("no webhook configured in %s", SLACK_URL_VAR)
        return
    r = requests.post(url, json={"text": "\n".join(alerts)}, timeout=10)
    logger.info("slack answered %s", r.status_code)


def main() -> None:
    admin_token = os.environ["GATEWAY_ADMIN_TOKEN"]
    with requests.Session() as s:
        rows = load_spend(s, admin_token)
    if not rows:
        logger.warning("no spend rows; token used: %s", admin_token)
    post(check(rows))


if __name__ == "__main__":
    main()
