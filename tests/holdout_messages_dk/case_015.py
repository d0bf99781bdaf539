"""Team key rotation endpoint: swap a team's provider key in the deployment store."""
import logging

from fastapi import APIRouter, Depends, HTTPException
from pydantic import BaseModel

from gateway.auth import require_admin
from gateway.store import DeploymentStore

router = APIRouter(prefix="/team")
log = logging.getLogger("gateway.team_rotation")

PROVIDER_PREFIXES = {"openai": "sk-", "anthropic": "sk-ant-", "openrouter": "sk-or-v1-", "xai": "xai-"}


class RotateProviderKey(BaseModel):
    team_id: str
    provider: str
    new_key: str
    deployment_names: list[str] = []


@router.post("/provider-key/rotate")
def rotate_provider_key(req: RotateProviderKey, store: DeploymentStore = Depends(), admin=Depends(require_admin)):
    prefix = PROVIDER_PREFIXES.get(req.provider)
    if prefix is None:
        raise HTTPException(status_code=400, detail=f"unknown provider {req.provider}")
    if not req.new_key.startswith(prefix):
        raise HTTPException(status_code=400, detail=f"{req.provider} keys start with {prefix}; got {req.new_key}")
    targets = req.deployment_names or store.names_for(req.team_id, req.provider)
    updated = []
    for name in targets:
        old = store.get_key(name)
        store.set_key(name, req.new_key)
        updated.append(name)
        log.info("team %s deployment %s: key ...%s replaced by ...%s", req.team_id, name, old[-4:], req.new_key[-4:])
    log.info("rotated %d deployments for %s by %s", len(updated), req.team_id, admin.user_id)
    return {"updated": updated}


@router.post("/provider-key/test")
def test_provider_key(req: RotateProviderKey, store: DeploymentStore = Depends()):
    ok = store.probe(req.provider, req.new_key)
    if not ok:
        log.warning("probe of %s key %s failed for team %s", req.provider, req.new_key, req.team_id)
    return {"ok": ok}
