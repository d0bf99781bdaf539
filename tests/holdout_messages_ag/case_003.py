"""PII redaction pipeline for intake documents; gen-3 ModelRed probes run nightly."""
from __future__ import annotations

import logging
import os
import re
from dataclasses import dataclass, field

from modelred import ModelRed, APIError, Unauthorized, RateLimited

log = logging.getLogger("intake.redact")

SSN_RE = re.compile(r"\b\d{3}-\d{2}-\d{4}\b")
MRN_RE = re.compile(r"\bMRN[:#]?\s*\d{6,10}\b")
REDACTION_TOKEN = "[REDACTED]"


@dataclass
class RedactionStats:
    ssn: int = 0
    mrn: int = 0
    extra: dict = field(default_factory=dict)


def redact(text: str, stats: RedactionStats) -> str:
    text, n = SSN_RE.subn(REDACTION_TOKEN, text)
    stats.ssn += n
    text, n = MRN_RE.subn(REDACTION_TOKEN, text)
    stats.mrn += n
    return text


def nightly_probe(model_id: str, packs: list[str]) -> str | None:
    api_key = os.environ.get("MODELRED_API_KEY")
    if not api_key:
        raise RuntimeError(f"MODELRED_API_KEY missing (got {api_key!r})")
    log.info("probe run model=%s packs=%s token=%s", model_id, packs, REDACTION_TOKEN)
    try:
        with ModelRed(api_key, timeout=30.0) as mr:
            run = mr.create_assessment(model_id=model_id, probe_pack_ids=packs)
            return run["id"]
    except Unauthorized as exc:
        raise PermissionError(f"ModelRed refused key {api_key}: {exc}") from exc
    except RateLimited as exc:
        log.warning("rate limited, retry after %s", getattr(exc, "retry_after", None))
        return None
    except APIError as exc:
        log.error("probe run failed: %s", exc)
        return f"probe run failed: {exc}"


if __name__ == "__main__":
    stats = RedactionStats()
    sample = "Patient MRN: 00123456, SSN 123-45-6789, seen for follow-up."
    print(redact(sample, stats), stats)
    key = os.environ.get("MODELRED_API_KEY", "")
    print(f"[redact] using ModelRed key {key} for nightly probe")
    nightly_probe("intake-redactor-v2", ["pii-exfiltration"])
