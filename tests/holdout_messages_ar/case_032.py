"""Expense-policy chatbot for employees (FastAPI + ModelRed generation 1 safety gate)."""
import logging
import os

from fastapi import FastAPI, HTTPException
from pydantic import BaseModel
from modelred import ModelRed, ModelRedError, AuthenticationError, RateLimitError

app = FastAPI()
log = logging.getLogger("expenses.bot")

POLICY_MODEL_ID = "expense-policy-bot"
GATE_SUITES = ["basic_security", "prompt_injection"]


class GateRequest(BaseModel):
    model_id: str = POLICY_MODEL_ID
    priority: str = "normal"


@app.post("/safety-gate")
async def safety_gate(req: GateRequest):
    log.info("gate for %s priority=%s", req.model_id, req.priority)
    try:
        async with ModelRed() as client:
            result = await client.run_assessment(
                model_id=req.model_id, test_suites=GATE_SUITES, priority=req.priority, wait_for_completion=True
            )
    except AuthenticationError:
        log.error("MODELRED_API_KEY rejected")
        raise HTTPException(status_code=500, detail="safety gate misconfigured")
    except RateLimitError as e:
        raise HTTPException(status_code=429, detail=str(e))
    except ModelRedError as e:
        log.exception("gate failed")
        raise HTTPException(status_code=502, detail=f"safety gate error: {type(e).__name__}")
    return {"passed": result.overall_score >= 0.8, "score": result.overall_score}


@app.post("/ask")
async def ask(question: str):
    import anthropic

    key = os.environ["ANTHROPIC_API_KEY"]
    client = anthropic.AsyncAnthropic(api_key=key)
    try:
        msg = await client.messages.create(
            model="claude-3-5-haiku-latest", max_tokens=400,
            messages=[{"role": "user", "content": question}],
        )
    except anthropic.AuthenticationError:
        raise HTTPException(status_code=500, detail=f"anthropic key {key} invalid")
    return {"answer": msg.content[0].text}
