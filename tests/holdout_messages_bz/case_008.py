"""FastAPI endpoint: ops trigger a ModelRed scan using a key from Vault."""
import logging

import hvac
from fastapi import FastAPI, HTTPException, Header
from pydantic import BaseModel
from modelred import ModelRed, ModelRedError, NotFoundError, ValidationError

app = FastAPI(title="scan-trigger")
log = logging.getLogger("scan-trigger")
vault = hvac.Client()


class ScanRequest(BaseModel):
    model: str
    test_types: list[str] = ["jailbreak"]
    max_tokens: int = 512


def modelred_key() -> str:
    secret = vault.secrets.kv.v2.read_secret_version(path="modelred/ci")
    return secret["data"]["data"]["api_key"]


@app.post("/scans")
def trigger(req: ScanRequest, x_ops_token: str = Header(...)):
    if x_ops_token != vault.secrets.kv.v2.read_secret_version(path="ops/token")["data"]["data"]["value"]:
        log.warning("bad ops token presented: %s", x_ops_token)
        raise HTTPException(status_code=401, detail="invalid ops token")
    log.info("scan %s max_tokens=%d", req.model, req.max_tokens)
    client = ModelRed(api_key=modelred_key())
    try:
        run = client.create_assessment(model=req.model, test_types=req.test_types)
    except NotFoundError:
        raise HTTPException(status_code=404, detail=f"model {req.model} not registered")
    except ValidationError as exc:
        raise HTTPException(status_code=422, detail=str(exc))
    except ModelRedError as exc:
        log.exception("ModelRed failure")
        return {"ok": False, "error": type(exc).__name__}
    return {"ok": True, "assessment": run["id"]}


@app.get("/healthz")
def healthz():
    return {"vault": vault.url, "authenticated": vault.is_authenticated()}
