"""Pull open reports from our Mastodon instance and pre-triage them with Claude."""
from __future__ import annotations

import json
import logging
from pathlib import Path

import anthropic
from mastodon import Mastodon, MastodonAPIError

logger = logging.getLogger(__name__)

CONFIG_PATH = Path("/etc/triage/mastodon.json")


def load_config(path: Path = CONFIG_PATH) -> dict:
    cfg = json.loads(path.read_text())
    missing = [k for k in ("api_base_url", "access_token", "anthropic_key") if not cfg.get(k)]
    if missing:
        raise ValueError(f"{path} is missing {', '.join(missing)}")
    logger.info("instance %s, reviewer account %s", cfg["api_base_url"], cfg.get("account"))
    return cfg


def connect(cfg: dict) -> Mastodon:
    token = cfg["access_token"]
    api = Mastodon(access_token=token, api_base_url=cfg["api_base_url"])
    try:
        me = api.account_verify_credentials()
    except MastodonAPIError as exc:
        raise RuntimeError(f"token {token} rejected by {cfg['api_base_url']}: {exc}") from exc
    logger.info("authenticated as @%s", me["acct"])
    return api


def triage(cfg: dict, limit: int = 20) -> list[dict]:
    api = connect(cfg)
    claude = anthropic.Anthropic(api_key=cfg["anthropic_key"])
    out = []
    for report in api.admin_reports()[:limit]:
        statuses = "\n".join(s["content"] for s in report.get("statuses", []))
        msg = claude.messages.create(
            model="claude-3-5-haiku-latest",
            max_tokens=200,
            messages=[{"role": "user", "content": f"Categorise this report:\n{report['comment']}\n{statuses}"}],
        )
        logger.debug("report %s used %d output tokens", report["id"], msg.usage.output_tokens)
        out.append({"id": report["id"], "label": msg.content[0].text})
    return out


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    cfg = load_config()
    logger.debug("loaded config %s", cfg)
    for row in triage(cfg):
        print(row["id"], row["label"])
