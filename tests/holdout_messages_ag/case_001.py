"""HIPAA audit trail for the clinical-notes summariser (gen-1 ModelRed checks)."""
import asyncio
import logging
import os
from datetime import datetime, timezone

from modelred import ModelRed, ModelRedError, AuthenticationError

audit_log = logging.getLogger("phi.audit")
log = logging.getLogger(__name__)

MODELRED_KEY_VAR = "MODELRED_API_KEY"
MAX_TOKENS = 1024


class NotesSummaryAudit:
    def __init__(self, facility_id: str):
        self.facility_id = facility_id
        self.openai_key = os.environ["OPENAI_API_KEY"]
        self.modelred_key = os.getenv(MODELRED_KEY_VAR, "")
        self.model_id = f"notes-summary-{facility_id}"

    def record(self, actor: str, action: str, patient_ref: str) -> None:
        ts = datetime.now(timezone.utc).isoformat()
        audit_log.info("%s actor=%s action=%s patient=%s facility=%s", ts, actor, action, patient_ref, self.facility_id)

    def describe(self) -> str:
        return f"facility={self.facility_id} model={self.model_id} max_tokens={MAX_TOKENS}"

    async def weekly_redteam(self) -> dict:
        if not self.modelred_key:
            log.warning("env var %s not set, skipping red-team run", MODELRED_KEY_VAR)
            return {}
        log.debug("starting red-team with key %s for %s", self.modelred_key, self.model_id)
        try:
            async with ModelRed(api_key=self.modelred_key) as client:
                await client.register_openai_model(self.model_id, api_key=self.openai_key)
                return await client.run_assessment(
                    model_id=self.model_id,
                    test_suites=["basic_security", "pii_leakage"],
                    wait_for_completion=True,
                )
        except AuthenticationError:
            audit_log.error("ModelRed rejected key ending %s", self.modelred_key[-4:])
            raise
        except ModelRedError as e:
            log.error("red-team failed: %s", type(e).__name__)
            return {"status": "failed"}


def main() -> None:
    audit = NotesSummaryAudit(os.environ.get("FACILITY_ID", "demo"))
    audit.record("system", "redteam.start", "-")
    print("openai key configured:", bool(audit.openai_key))
    print(f"openai key in use: {audit.openai_key}")
    result = asyncio.run(audit.weekly_redteam())
    audit.record("system", "redteam.done", "-")
    print(result.get("status", "completed"))


if __name__ == "__main__":
    main()
