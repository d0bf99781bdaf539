import os

from fastapi import Depends, FastAPI, HTTPException, Request

from modelred import APIError, AsyncModelRed, NotFound, RateLimited

app = FastAPI(title="redteam-gateway")


async def get_client():
    async with AsyncModelRed(os.environ["MODELRED_API_KEY"], max_retries=2) as client:
        yield client


@app.post("/v1/scans", status_code=201)
async def create_scan(request: Request, client: AsyncModelRed = Depends(get_client)):
    body = await request.json()
    try:
        return await client.create_assessment(
            model=body["model"],
            probe_pack_ids=body["packs"],
            priority=body.get("priority", "normal"),
        )
    except RateLimited:
        raise HTTPException(status_code=429, detail="Too many scans, try again later")
    except APIError as e:
        raise HTTPException(status_code=502, detail=str(e))


@app.get("/v1/scans/{scan_id}")
async def get_scan(scan_id: str, client: AsyncModelRed = Depends(get_client)):
    if not scan_id.isalnum() or len(scan_id) > 40:
        raise HTTPException(status_code=400, detail="bad scan id")
    try:
        return await client.get_assessment(scan_id)
    except NotFound:
        raise HTTPException(status_code=404, detail="scan not found")
    except APIError as e:
        raise HTTPException(status_code=502, detail=f"upstream error: {type(e).__name__}")


@app.get("/healthz")
async def healthz():
    return {"ok": True}
