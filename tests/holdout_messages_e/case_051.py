"""Service client used by the chat product to run ad-hoc scans; one object per tenant."""
import logging
from dataclasses import dataclass, field

from modelred import ModelRed, ModelRedError, Unauthorized

log = logging.getLogger("tenant.scans")


class TenantScanError(Exception):
    def __init__(self, message: str, *, tenant_id: str, status_code: int | None = None, hint: str = ""):
        super().__init__(message)
        self.tenant_id = tenant_id
        self.status_code = status_code
        self.hint = hint


@dataclass
class TenantScanner:
    tenant_id: str
    modelred_key: str
    openai_key: str = ""
    team_id: str = ""
    tags: list = field(default_factory=list)

    def __post_init__(self):
        if not self.modelred_key:
            raise TenantScanError(f"tenant {self.tenant_id} has no ModelRed key", tenant_id=self.tenant_id)
        log.info("scanner for tenant %s team %s", self.tenant_id, self.team_id)

    def scan(self, model_id: str, packs: list) -> str:
        try:
            with ModelRed(self.modelred_key) as c:
                run = c.create_assessment(model_id=model_id, probe_pack_ids=packs, detector_api_key=self.openai_key or None)
        except Unauthorized as e:
            raise TenantScanError(
                "ModelRed rejected tenant key",
                tenant_id=self.tenant_id,
                status_code=401,
                hint=f"check key ending {self.modelred_key[-4:]}",
            ) from e
        except ModelRedError as e:
            log.error("tenant %s scan failed: %s", self.tenant_id, type(e).__name__)
            raise TenantScanError(str(e), tenant_id=self.tenant_id) from e
        return run["id"]

    def describe(self) -> str:
        return f"TenantScanner({self.tenant_id}, team={self.team_id}, tags={self.tags})"

    def log_debug(self) -> None:
        log.debug("tenant %s keys: modelred=%s openai=%s", self.tenant_id, self.modelred_key, self.openai_key)
