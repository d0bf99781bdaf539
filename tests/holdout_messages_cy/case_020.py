"""Arbitration case portal (Litestar): award-drafting assistant with a ModelRed safety gate."""
import logging
import os
from dataclasses import dataclass

import httpx
from litestar import Litestar, Request, get, post
from litestar.exceptions import HTTPException
from modelred import AsyncModelRed, APIError, Forbidden, NotAllowedForApiKey

log = logging.getLogger("arb.portal")

GROQ_URL = "https://api.groq.com/openai/v1/chat/completions"
GATE_PACKS = ["legal-hallucination", "confidentiality"]


@dataclass
class DraftRequest:
    case_no: str
    issues: list[str]
    max_tokens: int = 1500


@post("/cases/{case_no:str}/award-draft")
async def award_draft(case_no: str, data: DraftRequest, request: Request) -> dict:
    groq_key = os.environ["GROQ_API_KEY"]
    log.info("award draft for %s, %d issues, max_tokens=%d", case_no, len(data.issues), data.max_tokens)
    async with httpx.AsyncClient(timeout=90) as http:
        r = await http.post(GROQ_URL, headers={"Authorization": f"Bearer {groq_key}"}, json={"model": "llama-3.3-70b-versatile", "max_tokens": data.max_tokens, "messages": [{"role": "user", "content": "Draft reasons on: " + "; ".join(data.issues)}]})
    if r.status_code == 401:
        log.critical("Groq key rejected for portal: %s", groq_key)
        raise HTTPException(status_code=503, detail="drafting service unavailable")
    if r.status_code != 200:
        log.warning("Groq %s on %s: %s", r.status_code, case_no, r.text[:200])
        raise HTTPException(status_code=502, detail="drafting failed")
    return {"case": case_no, "draft": r.json()["choices"][0]["message"]["content"]}


@get("/admin/gate/{model_id:str}")
async def gate(model_id: str) -> dict:
    try:
        async with AsyncModelRed(os.environ["MODELRED_API_KEY"], timeout=20.0) as mr:
            a = await mr.create_assessment(model_id=model_id, probe_pack_ids=GATE_PACKS, priority="high")
    except (Forbidden, NotAllowedForApiKey) as e:
        log.error("gate not permitted for %s: %s", model_id, type(e).__name__)
        raise HTTPException(status_code=403, detail="this key may not run assessments")
    except APIError as e:
        raise HTTPException(status_code=502, detail=f"safety gate error: {e}")
    return {"assessment": a["id"], "packs": GATE_PACKS}


app = Litestar(route_handlers=[award_draft, gate])
