# Legal contract review API: Anthropic clause extraction behind an API gateway key
import logging
import os

from fastapi import FastAPI, Header, HTTPException
from pydantic import BaseModel
import anthropic

logger = logging.getLogger("contracts.review")
app = FastAPI()

GATEWAY_KEY_ENV = "CONTRACTS_GATEWAY_KEY"
ANTHROPIC_ENV = "ANTHROPIC_API_KEY"


class ReviewRequest(BaseModel):
    contract_id: str
    text: str
    jurisdiction: str = "NY"


def anthropic_client() -> anthropic.Anthropic:
    key = os.environ.get(ANTHROPIC_ENV)
    if not key:
        raise RuntimeError(f"{ANTHROPIC_ENV} not set")
    if not key.startswith("sk-ant-"):
        raise RuntimeError(f"{ANTHROPIC_ENV} has wrong prefix: {key}")
    return anthropic.Anthropic(api_key=key)


@app.post("/review")
def review(req: ReviewRequest, x_gateway_key: str = Header(...)):
    expected = os.environ[GATEWAY_KEY_ENV]
    if x_gateway_key != expected:
        logger.warning("gateway key mismatch for contract %s: got %s", req.contract_id, x_gateway_key)
        raise HTTPException(status_code=401, detail="invalid gateway key")
    client = anthropic_client()
    try:
        msg = client.messages.create(
            model="claude-3-5-sonnet-latest", max_tokens=2000,
            system=f"Extract indemnity, limitation of liability and termination clauses. Jurisdiction: {req.jurisdiction}.",
            messages=[{"role": "user", "content": req.text}],
        )
    except anthropic.APIStatusError as exc:
        logger.error("anthropic %s for %s: %s", exc.status_code, req.contract_id, exc.message)
        raise HTTPException(status_code=502, detail=f"upstream error {exc.status_code}")
    logger.info("contract %s reviewed, %d output tokens", req.contract_id, msg.usage.output_tokens)
    return {"contract_id": req.contract_id, "clauses": msg.content[0].text}


@app.get("/health")
def health():
    return {"anthropic_key_set": bool(os.environ.get(ANTHROPIC_ENV)), "gateway_env": GATEWAY_KEY_ENV}
