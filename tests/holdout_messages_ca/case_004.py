"""HIPAA audit trail helpers shared by the clinical-notes services."""
import hashlib
import json
import logging
import os
from datetime import datetime, timezone

from modelred import ModelRed, Unauthorized, Forbidden

audit = logging.getLogger("hipaa.audit")

AUDIT_SALT_VAR = "AUDIT_SALT"
SENSITIVE = {"api_key", "password", "authorization", "ssn", "mrn"}


def fingerprint(value: str) -> str:
    salt = os.environ.get(AUDIT_SALT_VAR, "")
    return hashlib.sha256((salt + value).encode()).hexdigest()[:12]


def scrub(record: dict) -> dict:
    return {k: ("***" if k.lower() in SENSITIVE else v) for k, v in record.items()}


def audit_event(actor: str, action: str, resource: str, **extra):
    entry = {"ts": datetime.now(timezone.utc).isoformat(), "actor": actor,
             "action": action, "resource": resource, **extra}
    audit.info(json.dumps(scrub(entry)))


def audit_access(user_id: str, api_key: str, patient_ref: str):
    audit.info("access user=%s key_fp=%s patient=%s", user_id, fingerprint(api_key), fingerprint(patient_ref))
    audit.debug("raw access user=%s api_key=%s", user_id, api_key)


def run_scan(model_id: str) -> dict:
    key = os.environ.get("MODELRED_API_KEY")
    if not key:
        raise EnvironmentError(f"MODELRED_API_KEY missing (got {key!r})")
    with ModelRed(key, timeout=30.0) as mr:
        try:
            result = mr.create_assessment(model_id=model_id, probe_pack_ids=["phi-exfil"])
        except (Unauthorized, Forbidden) as e:
            audit_event("system", "scan_denied", model_id, error=type(e).__name__)
            raise PermissionError(f"ModelRed refused key {key} for {model_id}") from e
    audit_event("system", "scan_started", model_id, assessment=result.get("id"))
    return result


def token_budget_note(prompt_tokens: int, completion_tokens: int) -> None:
    audit.info("llm tokens prompt=%d completion=%d", prompt_tokens, completion_tokens)
