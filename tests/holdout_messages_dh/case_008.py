"""Streaming Gradio chat against an OpenAI-compatible endpoint, async handlers."""
import logging
import os

import gradio as gr
import httpx

logger = logging.getLogger("gr_chat")
BASE_URL = os.getenv("LLM_BASE_URL", "https://api.openai.com/v1")
API_KEY = os.getenv("OPENAI_API_KEY", "")
MODEL = os.getenv("LLM_MODEL", "gpt-4o-mini")
MAX_NEW_TOKENS = int(os.getenv("MAX_NEW_TOKENS", "512"))

HEADERS = {"Authorization": f"Bearer {API_KEY}", "Content-Type": "application/json"}
logger.info("chat backend %s model %s max_tokens=%d", BASE_URL, MODEL, MAX_NEW_TOKENS)


async def respond(message, history):
    payload = {
        "model": MODEL,
        "messages": [*history, {"role": "user", "content": message}],
        "max_tokens": MAX_NEW_TOKENS,
        "stream": True,
    }
    logger.debug("request headers %s", HEADERS)
    logger.debug("payload model=%s n=%d", payload["model"], len(payload["messages"]))
    text = ""
    async with httpx.AsyncClient(timeout=60) as http:
        async with http.stream("POST", f"{BASE_URL}/chat/completions", headers=HEADERS, json=payload) as resp:
            if resp.status_code != 200:
                body = await resp.aread()
                logger.error("upstream %s: %s", resp.status_code, body[:300])
                raise gr.Error(f"Upstream returned {resp.status_code}")
            async for line in resp.aiter_lines():
                if line.startswith("data: ") and line != "data: [DONE]":
                    chunk = httpx.Response(200, content=line[6:]).json()
                    text += chunk["choices"][0]["delta"].get("content") or ""
                    yield text


def check_key():
    if not API_KEY:
        return "No key configured"
    if not API_KEY.startswith("sk-"):
        raise gr.Error(f"OPENAI_API_KEY looks wrong: {API_KEY}")
    return f"Key configured (...{API_KEY[-4:]})"


with gr.Blocks() as demo:
    gr.ChatInterface(respond, type="messages")
    status = gr.Markdown()
    gr.Button("Check key").click(check_key, None, status)

demo.launch()
