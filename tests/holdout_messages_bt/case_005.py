"""Figma plugin backend: the plugin UI posts the user's OpenAI key to get frame copy reviewed."""
import logging

from fastapi import FastAPI, Header, HTTPException
from pydantic import BaseModel
from openai import OpenAI, AuthenticationError as OpenAIAuthError

app = FastAPI(title="figma-copy-review")
logger = logging.getLogger("figma.review")

FIGMA_TOKEN_HEADER = "X-Figma-Token"
DEFAULT_MODEL = "gpt-4o-mini"


class ReviewRequest(BaseModel):
    file_key: str
    node_ids: list[str]
    texts: list[str]
    max_tokens: int = 400


@app.post("/review")
def review(body: ReviewRequest, x_openai_key: str = Header(...), x_figma_token: str = Header(None)):
    logger.info("review file=%s nodes=%d max_tokens=%d", body.file_key, len(body.node_ids), body.max_tokens)
    if not x_openai_key.startswith("sk-"):
        raise HTTPException(status_code=400, detail=f"That does not look like an OpenAI key: {x_openai_key}")
    logger.debug("figma token header %s present=%s", FIGMA_TOKEN_HEADER, x_figma_token is not None)
    client = OpenAI(api_key=x_openai_key)
    prompt = "Review this UI copy for tone and clarity:\n" + "\n".join(body.texts)
    try:
        out = client.chat.completions.create(model=DEFAULT_MODEL, max_tokens=body.max_tokens, messages=[{"role": "user", "content": prompt}])
    except OpenAIAuthError as e:
        logger.warning("openai auth failed for key %s", x_openai_key)
        raise HTTPException(status_code=401, detail="OpenAI rejected the key") from e
    usage = out.usage
    logger.info("review done prompt_tokens=%s completion_tokens=%s", usage.prompt_tokens, usage.completion_tokens)
    return {"review": out.choices[0].message.content, "tokens": usage.total_tokens}


@app.get("/health")
def health():
    return {"ok": True}


def _debug_dump(headers: dict) -> None:
    safe = {k: v for k, v in headers.items() if k.lower() not in ("x-openai-key", "x-figma-token")}
    logger.debug("headers: %s", safe)
