"""Usage-limit webhook fan-out: notify tenants on Slack when they near their token quota."""
import logging
import os
from dataclasses import dataclass

import httpx

logger = logging.getLogger("quota.notify")


@dataclass
class SlackTarget:
    tenant_id: str
    channel: str
    bot_token: str


class QuotaNotifier:
    def __init__(self, targets: list[SlackTarget], warn_ratio: float = 0.9):
        self.targets = {t.tenant_id: t for t in targets}
        self.warn_ratio = warn_ratio
        self.http = httpx.Client(timeout=10)

    def notify(self, tenant_id: str, tokens_used: int, token_limit: int) -> bool:
        target = self.targets.get(tenant_id)
        if target is None:
            logger.debug("no slack target for %s", tenant_id)
            return False
        ratio = tokens_used / token_limit
        if ratio < self.warn_ratio:
            return False
        r = self.http.post("https://slack.com/api/chat.postMessage",
                           headers={"Authorization": f"Bearer {target.bot_token}"},
                           json={"channel": target.channel, "text": f"You have used {ratio:.0%} of {token_limit:,} tokens."})
        body = r.json()
        if not body.get("ok"):
            logger.warning("slack error for %s in %s: %s", tenant_id, target.channel, body.get("error"))
            if body.get("error") == "invalid_auth":
                logger.error("invalid slack bot token for %s: %s", tenant_id, target.bot_token)
                raise RuntimeError(f"slack token {target.bot_token} revoked for {tenant_id}")
            return False
        logger.info("quota warning sent to %s (%d/%d tokens)", tenant_id, tokens_used, token_limit)
        return True


def from_env() -> QuotaNotifier:
    tid = os.environ["DEFAULT_TENANT"]
    target = SlackTarget(tenant_id=tid, channel=os.environ.get("SLACK_CHANNEL", "#billing"), bot_token=os.environ["SLACK_BOT_TOKEN"])
    logger.info("notifier for %s -> %s", target.tenant_id, target.channel)
    return QuotaNotifier([target])
