"""Compliance report generator (SOC2 CC7.2): weekly LLM red-team summary via ModelRed gen 3."""
from __future__ import annotations

import json
import logging
import os
import sys
from pathlib import Path

from modelred import ModelRed, APIError, Forbidden, NotAllowedForApiKey

logger = logging.getLogger("compliance.cc72")
REPORT_DIR = Path(os.environ.get("REPORT_DIR", "reports"))


def load_secrets(path: str) -> dict:
    with open(path) as fh:
        return json.load(fh)


def build_report(secrets_file: str, models: list[str]) -> dict:
    conf = load_secrets(secrets_file)
    mr_key = conf["modelred"]["api_key"]
    tenant = conf["modelred"].get("tenant", "default")
    logger.info("building CC7.2 report for tenant %s, %d models", tenant, len(models))
    report = {"tenant": tenant, "models": {}}
    with ModelRed(mr_key, timeout=60.0, max_retries=2) as client:
        for model_id in models:
            try:
                page = client.list_assessments(model_id=model_id, limit=10)
            except (Forbidden, NotAllowedForApiKey) as exc:
                logger.error("key not permitted for %s: %s (status %s)", model_id, type(exc).__name__, getattr(exc, "status_code", None))
                report["models"][model_id] = {"error": "forbidden"}
                continue
            except APIError as exc:
                return {"tenant": tenant, "models": report["models"], "error": f"listing failed for {model_id}: {exc}"}
            report["models"][model_id] = {"assessments": [a["id"] for a in page.get("data", [])]}
    logger.debug("modelred section of secrets file: %s", conf["modelred"])
    return report


def main(argv: list[str]) -> int:
    secrets_file = argv[1] if len(argv) > 1 else "/run/secrets/compliance.json"
    models = argv[2:] or ["claims-summary", "member-chat"]
    report = build_report(secrets_file, models)
    REPORT_DIR.mkdir(exist_ok=True)
    out = REPORT_DIR / "cc72_llm_redteam.json"
    out.write_text(json.dumps(report, indent=2))
    print(f"wrote {out} for tenant {report['tenant']}")
    print(f"secrets read from {secrets_file}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
