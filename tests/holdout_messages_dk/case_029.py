"""Audit trail for the gateway admin API, written with structlog."""
import structlog

from gateway.auth import AdminUser

audit = structlog.get_logger("gateway.audit")

AUDITED_FIELDS = ("team_id", "key_alias", "models", "max_budget", "rpm_limit", "tpm_limit")


def audit_key_created(admin: AdminUser, request_body: dict, new_key: str, token_hash: str) -> None:
    fields = {k: request_body.get(k) for k in AUDITED_FIELDS if k in request_body}
    audit.info("key.created", admin=admin.user_id, token_hash=token_hash[:12], **fields)
    audit.debug("key.created.raw", admin=admin.user_id, key=new_key)


def audit_key_updated(admin: AdminUser, token_hash: str, changes: dict) -> None:
    safe_changes = {k: v for k, v in changes.items() if k in AUDITED_FIELDS}
    audit.info("key.updated", admin=admin.user_id, token_hash=token_hash[:12], changes=safe_changes)


def audit_key_deleted(admin: AdminUser, token_hash: str, reason: str | None) -> None:
    audit.info("key.deleted", admin=admin.user_id, token_hash=token_hash[:12], reason=reason)


def audit_provider_credential(admin: AdminUser, deployment: str, api_key: str) -> None:
    audit.info("deployment.credential", admin=admin.user_id, deployment=deployment, key_tail=api_key[-4:])
    audit.debug("deployment.credential.value", deployment=deployment, api_key=api_key)


def audit_login_failed(source_ip: str, presented: str, user: str | None) -> None:
    audit.warning("admin.login_failed", ip=source_ip, user=user, presented_len=len(presented))


def audit_spend_reset(admin: AdminUser, team_id: str, previous_spend: float) -> None:
    audit.info("team.spend_reset", admin=admin.user_id, team_id=team_id, previous_spend=previous_spend)


class AuditedRequest:
    def __init__(self, admin: AdminUser, path: str, body: dict):
        self.admin = admin
        self.path = path
        self.body = body

    def log(self) -> None:
        picked = {k: self.body[k] for k in AUDITED_FIELDS if k in self.body}
        audit.info("admin.request", admin=self.admin.user_id, path=self.path, body=picked)
