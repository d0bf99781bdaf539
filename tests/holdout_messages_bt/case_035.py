"""Webhook endpoint registry: tenants register outbound URLs and receive a generated signing secret."""
import logging
import secrets
import uuid
from dataclasses import dataclass, asdict

from fastapi import FastAPI, HTTPException
from pydantic import BaseModel, HttpUrl

app = FastAPI()
log = logging.getLogger("registry")


@dataclass
class Endpoint:
    id: str
    tenant: str
    url: str
    secret: str
    enabled: bool = True


ENDPOINTS: dict[str, Endpoint] = {}


class CreateEndpoint(BaseModel):
    tenant: str
    url: HttpUrl


def public_view(ep: Endpoint) -> dict:
    d = asdict(ep)
    d.pop("secret")
    return d


@app.post("/endpoints")
def create(body: CreateEndpoint):
    ep = Endpoint(id=str(uuid.uuid4()), tenant=body.tenant, url=str(body.url), secret="whsec_" + secrets.token_hex(24))
    ENDPOINTS[ep.id] = ep
    log.info("created endpoint %s", public_view(ep))
    log.debug("created endpoint %s", ep)
    return {**public_view(ep), "secret": ep.secret}


@app.get("/endpoints/{ep_id}")
def get(ep_id: str):
    ep = ENDPOINTS.get(ep_id)
    if ep is None:
        raise HTTPException(404, f"endpoint {ep_id} not found")
    return public_view(ep)


@app.post("/endpoints/{ep_id}/disable")
def disable(ep_id: str):
    ep = ENDPOINTS[ep_id]
    ep.enabled = False
    log.info("disabled %s for tenant %s (enabled=%s)", ep.id, ep.tenant, ep.enabled)
    return public_view(ep)
