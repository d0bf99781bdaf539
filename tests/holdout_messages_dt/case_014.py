"""FastAPI endpoint that starts a ModelRed scan with the caller's own key (generation 3)."""
import logging

from fastapi import FastAPI, Header, HTTPException
from modelred import APIError, AsyncModelRed, RateLimited, Unauthorized
from pydantic import BaseModel

log = logging.getLogger("api.scans")
app = FastAPI()

KEY_HEADER = "X-ModelRed-Key"


class ScanRequest(BaseModel):
    model_id: str
    probe_pack_ids: list[str]


class AsyncScanner:
    def __init__(self, key: str) -> None:
        self._key = key
        self._client: AsyncModelRed | None = None

    async def __aenter__(self) -> AsyncModelRed:
        self._client = AsyncModelRed(self._key, timeout=10.0)
        return self._client

    async def __aexit__(self, exc_type, exc, tb) -> None:
        if self._client is not None:
            await self._client.aclose()
        if exc_type is not None:
            log.info("scanner closed after %s", exc_type.__name__)


@app.post("/scans")
async def start_scan(body: ScanRequest, x_modelred_key: str = Header(..., alias=KEY_HEADER)):
    if not x_modelred_key.startswith("mr_"):
        log.warning("rejected key %s from caller (bad prefix)", x_modelred_key)
        raise HTTPException(status_code=400, detail=f"{KEY_HEADER} must start with mr_")
    try:
        async with AsyncScanner(x_modelred_key) as client:
            run = await client.create_assessment(model_id=body.model_id, probe_pack_ids=body.probe_pack_ids)
    except RateLimited as e:
        raise HTTPException(status_code=429, detail=f"retry after {e.retry_after}s")
    except Unauthorized as e:
        log.info("unauthorized: %s", e)
        raise HTTPException(status_code=401, detail="ModelRed rejected the key")
    except APIError as e:
        raise HTTPException(status_code=502, detail=str(e))
    log.info("scan %s started for %s", run["id"], body.model_id)
    return {"assessment_id": run["id"]}
