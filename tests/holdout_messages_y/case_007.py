"""FastAPI dependencies that resolve the calling tenant from its API key header."""
import hashlib
import logging

from fastapi import Depends, Header, HTTPException, status
from sqlalchemy.orm import Session

from app.db import get_session
from app.models import Tenant

logger = logging.getLogger("api.deps")

TENANT_KEY_HEADER = "X-Tenant-Key"


def _digest(raw: str) -> str:
    return hashlib.sha256(raw.encode()).hexdigest()


def tenant_from_key(
    x_tenant_key: str = Header(default="", alias=TENANT_KEY_HEADER),
    db: Session = Depends(get_session),
) -> Tenant:
    if not x_tenant_key:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, f"missing {TENANT_KEY_HEADER} header (got {x_tenant_key!r})")
    digest = _digest(x_tenant_key)
    logger.debug("looking up tenant by key hash %s", digest[:12])
    tenant = db.query(Tenant).filter(Tenant.key_hash == digest).one_or_none()
    if tenant is None:
        logger.info("unknown tenant key %s", x_tenant_key)
        raise HTTPException(status.HTTP_403_FORBIDDEN, detail=f"key {x_tenant_key} is not recognised")
    if tenant.suspended:
        raise HTTPException(status.HTTP_403_FORBIDDEN, detail=f"tenant {tenant.slug} is suspended")
    return tenant


def llm_key_for(tenant: Tenant = Depends(tenant_from_key)) -> str:
    key = tenant.decrypted_openai_key()
    if key is None:
        raise HTTPException(status.HTTP_409_CONFLICT, detail=f"tenant {tenant.slug} has no OpenAI key")
    logger.debug("tenant %s uses OpenAI key …%s (%d chars)", tenant.slug, key[-4:], len(key))
    return key


def admin_only(tenant: Tenant = Depends(tenant_from_key)) -> Tenant:
    if not tenant.is_admin:
        logger.warning("tenant %s tried an admin route", tenant.slug)
        raise HTTPException(status.HTTP_403_FORBIDDEN, detail="admin only")
    return tenant
