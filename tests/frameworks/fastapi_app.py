"""HTTP API behind the red-team dashboard: starts and tracks ModelRed assessments."""

from __future__ import annotations

import logging
import os
import re
from enum import Enum
from typing import Annotated, AsyncIterator, Literal
from uuid import UUID

from fastapi import Depends, FastAPI, HTTPException, Path, Query
from pydantic import BaseModel, Field, StringConstraints, constr

from modelred import AsyncModelRed, NotFound

log = logging.getLogger("redteam.api")
app = FastAPI(title="redteam-api", version="2.3.0")

MODEL_SLUG = r"^[a-z0-9][a-z0-9._-]{0,63}$"
PACK_PATTERN = r"^pack-[a-z0-9]{6,24}$"
ASSESSMENT_PATTERN = r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"
ASSESSMENT_ID = re.compile(ASSESSMENT_PATTERN)
PACK_ID = re.compile(PACK_PATTERN)


class Priority(str, Enum):
    low = "low"
    normal = "normal"
    high = "high"


class Suite(str, Enum):
    basic = "pack-basicsec01"
    jailbreak = "pack-jailbrk02"
    toxicity = "pack-toxicity3"


class AssessmentRequest(BaseModel):
    model: Annotated[str, StringConstraints(pattern=MODEL_SLUG, max_length=64)]
    probe_pack_ids: list[constr(pattern=PACK_PATTERN)] = Field(min_length=1, max_length=10)
    priority: Priority = Priority.normal


class QuickScan(BaseModel):
    model: str = Field(pattern=MODEL_SLUG, description="registered model slug")
    suite: Suite = Suite.basic


class CustomScan(BaseModel):
    """Power users paste their own pack ids from the ModelRed console."""

    model: str
    probe_pack_ids: list[str]
    notes: str = ""


class Rerun(BaseModel):
    model: Literal["support-bot", "billing-bot", "search-agent"]
    pack: str


async def get_client() -> AsyncIterator[AsyncModelRed]:
    async with AsyncModelRed(os.environ["MODELRED_API_KEY"], timeout=30.0) as client:
        yield client


def known_pack(pack_id: str) -> str:
    if not PACK_ID.fullmatch(pack_id):
        raise HTTPException(status_code=422, detail="unknown probe pack id")
    return pack_id


Client = Annotated[AsyncModelRed, Depends(get_client)]


@app.post("/assessments", status_code=201)
async def start_assessment(req: AssessmentRequest, client: Client):
    assessment = await client.create_assessment(
        model=req.model,
        probe_pack_ids=req.probe_pack_ids,
        priority=req.priority.value,
    )
    return {"id": assessment["id"], "status": assessment["status"]}


@app.post("/assessments/quick", status_code=201)
async def quick_scan(scan: QuickScan, client: Client):
    assessment = await client.create_assessment(model=scan.model, probe_pack_ids=[scan.suite.value])
    return {"id": assessment["id"]}


@app.post("/assessments/custom", status_code=201)
async def custom_scan(scan: CustomScan, client: Client):
    log.info("custom scan requested: %s", scan.notes[:80])
    assessment = await client.create_assessment(
        model=scan.model,
        probe_pack_ids=scan.probe_pack_ids,
    )
    return {"id": assessment["id"]}


@app.post("/assessments/rerun", status_code=201)
async def rerun(body: Rerun, client: Client):
    assessment = await client.create_assessment(
        model=body.model,
        probe_pack_ids=[body.pack],
    )
    return {"id": assessment["id"]}


@app.get("/assessments/{assessment_id}")
async def assessment_detail(assessment_id: UUID, client: Client):
    try:
        return await client.get_assessment(str(assessment_id))
    except NotFound:
        raise HTTPException(status_code=404, detail="no such assessment")


@app.post("/assessments/{assessment_id}/cancel")
async def cancel(assessment_id: Annotated[str, Path(pattern=ASSESSMENT_PATTERN)], client: Client):
    return await client.cancel_assessment(assessment_id)


@app.delete("/assessments/{assessment_id}")
async def discard(assessment_id: str, client: Client):
    if not ASSESSMENT_ID.fullmatch(assessment_id):
        log.warning("unexpected assessment id format: %r", assessment_id)
    return await client.cancel_assessment(assessment_id)


@app.get("/packs/{pack_id}")
async def pack_detail(client: Client, pack_id: str = Depends(known_pack)):
    return await client.get_probe_pack(pack_id)


@app.get("/packs")
async def pack_data(client: Client, pack: str = Query(..., pattern=PACK_PATTERN, max_length=40)):
    return await client.get_probe_pack_data(pack)
