"""Aggregate benchmark runs into a leaderboard and publish it as a Hugging Face dataset."""
from __future__ import annotations

import json
import logging
import os
from pathlib import Path

from huggingface_hub import HfApi
from huggingface_hub.utils import HfHubHTTPError

logger = logging.getLogger("leaderboard")

RESULTS = Path("outputs/runs")
REPO_ID = "cmu-llm-lab/redteam-leaderboard"
TOKEN_ENV = "HF_TOKEN"


def collect() -> list[dict]:
    rows = []
    for p in sorted(RESULTS.glob("*/metrics.json")):
        m = json.loads(p.read_text())
        rows.append({"model": m["model"], "asr": m["attack_success_rate"], "refusal": m["refusal_rate"], "tokens": m["usage"]["total_tokens"]})
        logger.debug("run %s used %d tokens", p.parent.name, m["usage"]["total_tokens"])
    logger.info("collected %d runs from %s", len(rows), RESULTS)
    return rows


def publish(rows: list[dict], token: str | None = None, dry_run: bool = False) -> str:
    token = token or os.environ.get(TOKEN_ENV)
    logger.info("publishing to %s (token from %s, dry_run=%s)", REPO_ID, TOKEN_ENV if token else "nowhere", dry_run)
    if dry_run:
        logger.info("dry run; would upload with token=%s", token)
        return ""
    api = HfApi(token=token)
    try:
        who = api.whoami()
    except HfHubHTTPError as e:
        raise PermissionError(f"Hub rejected token {token!r}: {e.response.status_code}") from e
    logger.info("uploading as %s (orgs: %s)", who["name"], [o["name"] for o in who.get("orgs", [])])
    out = Path("outputs/leaderboard.jsonl")
    out.write_text("\n".join(json.dumps(r) for r in rows))
    info = api.upload_file(path_or_fileobj=str(out), path_in_repo="data/leaderboard.jsonl", repo_id=REPO_ID, repo_type="dataset", commit_message="update leaderboard")
    logger.info("commit %s", info.oid)
    return info.oid


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    publish(collect(), dry_run=bool(os.environ.get("DRY_RUN")))
