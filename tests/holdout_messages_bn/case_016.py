"""Looker Action Hub endpoint: receives scheduled looks and posts an LLM summary."""
import hmac
import logging
import os

from fastapi import FastAPI, Header, HTTPException, Request
from anthropic import AsyncAnthropic

access_log = logging.getLogger("action_hub.access")
app = FastAPI()

WEBHOOK_TOKEN_HEADER = "X-Looker-Webhook-Token"
EXPECTED_TOKEN = os.environ["LOOKER_ACTION_TOKEN"]


class LookSummariser:
    def __init__(self, api_key: str, model: str = "claude-3-5-haiku-latest"):
        self.api_key = api_key
        self.model = model
        self.client = AsyncAnthropic(api_key=api_key)
        access_log.info("summariser model=%s", self.model)

    async def summarise(self, csv_text: str) -> str:
        msg = await self.client.messages.create(
            model=self.model,
            max_tokens=400,
            messages=[{"role": "user", "content": "Summarise this scheduled Look for stakeholders:\n" + csv_text[:10000]}],
        )
        access_log.info("summary tokens in=%d out=%d", msg.usage.input_tokens, msg.usage.output_tokens)
        return msg.content[0].text

    def __repr__(self) -> str:
        return f"LookSummariser(model={self.model!r}, api_key={self.api_key!r})"


summariser = LookSummariser(os.environ["ANTHROPIC_API_KEY"])
access_log.info("action hub ready: %s", summariser.model)
access_log.debug("summariser config api_key=%s", summariser.api_key)


@app.post("/actions/llm_summary/execute")
async def execute(request: Request, x_looker_webhook_token: str = Header(default="")):
    if not hmac.compare_digest(x_looker_webhook_token, EXPECTED_TOKEN):
        access_log.warning("bad %s from %s: %s", WEBHOOK_TOKEN_HEADER, request.client.host, x_looker_webhook_token)
        raise HTTPException(status_code=403, detail=f"invalid {WEBHOOK_TOKEN_HEADER}")
    body = await request.json()
    attachment = body.get("attachment", {})
    text = await summariser.summarise(attachment.get("data", ""))
    access_log.info("look %s summarised (%d chars)", body.get("scheduled_plan", {}).get("title"), len(text))
    return {"looker": {"success": True}, "summary": text}


@app.post("/actions/llm_summary/form")
async def form():
    return [{"name": "channel", "label": "Slack channel", "type": "string", "required": True}]
