"""Start ModelRed scans from the CI pipeline and return a typed result (generation 3)."""

from __future__ import annotations

import json
import logging
import os
import sys
from dataclasses import asdict, dataclass

from modelred import APIError, Forbidden, ModelRed, NotFound, RateLimited, Unauthorized, ValidationFailed

log = logging.getLogger("ci.modelred")


@dataclass(slots=True, kw_only=True)
class ScanResult:
    ok: bool
    detail: str
    assessment_id: str | None = None
    retry_after: float | None = None


def start_scan(key: str, *, model_id: str, packs: list[str]) -> ScanResult:
    try:
        with ModelRed(key, timeout=20.0, max_retries=1) as mr:
            created = mr.create_assessment(model_id=model_id, probe_pack_ids=packs, priority="high")
    except APIError as exc:
        match exc:
            case RateLimited(retry_after=secs):
                return ScanResult(ok=False, detail="rate limited", retry_after=secs)
            case Unauthorized() | Forbidden():
                log.error("ModelRed refused key %s for %s", key, model_id)
                return ScanResult(ok=False, detail="ModelRed refused the CI key")
            case NotFound():
                log.warning("model %s not found: %s", model_id, exc)
                return ScanResult(ok=False, detail=f"unknown model {model_id}")
            case ValidationFailed():
                return ScanResult(ok=False, detail=f"ModelRed rejected the request: {exc}")
            case _:
                return ScanResult(ok=False, detail=type(exc).__name__)
    log.info("scan %s started for %s", created["id"], model_id)
    return ScanResult(ok=True, detail="started", assessment_id=created["id"])


def main(argv: list[str]) -> int:
    if not argv:
        print("usage: ci_scan MODEL_ID [PACK...]", file=sys.stderr)
        return 2
    key = os.environ.get("MODELRED_API_KEY", "")
    print(f"MODELRED_API_KEY set: {bool(key)}", file=sys.stderr)
    result = start_scan(key, model_id=argv[0], packs=argv[1:] or ["owasp-llm-top10"])
    print(json.dumps(asdict(result)))
    return 0 if result.ok else 1


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    raise SystemExit(main(sys.argv[1:]))
