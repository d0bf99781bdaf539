"""Hugging Face Space: Inference Endpoint proxy with a per-visitor token (Gradio, async)."""
import logging
import os

import aiohttp
import gradio as gr

log = logging.getLogger("endpoint_proxy")
ENDPOINT_URL = os.environ["ENDPOINT_URL"]
SPACE_TOKEN = os.environ["HF_TOKEN"]
TOKEN_ENV = "HF_TOKEN"


async def generate(prompt: str, visitor_token: str, max_new_tokens: int, request: gr.Request):
    token = visitor_token or SPACE_TOKEN
    ip = request.client.host if request and request.client else "?"
    log.info("generate from %s, own token=%s, max_new_tokens=%d", ip, bool(visitor_token), max_new_tokens)
    headers = {"Authorization": f"Bearer {token}"}
    payload = {"inputs": prompt, "parameters": {"max_new_tokens": max_new_tokens}}
    async with aiohttp.ClientSession() as s:
        async with s.post(ENDPOINT_URL, headers=headers, json=payload) as r:
            if r.status == 401:
                log.warning("401 for visitor token %s", visitor_token)
                raise gr.Error("Your token was rejected by the endpoint.")
            if r.status >= 400:
                body = await r.text()
                log.error("endpoint %s: %s", r.status, body[:200])
                raise gr.Error(f"Endpoint error {r.status}")
            out = await r.json()
    return out[0]["generated_text"]


def whoami_header(request: gr.Request) -> str:
    auth = request.headers.get("authorization", "")
    log.debug("incoming authorization header: %s", auth)
    return "ok" if auth else "anonymous"


log.info("proxy for %s, space token from %s", ENDPOINT_URL, TOKEN_ENV)

with gr.Blocks() as demo:
    p = gr.Textbox(label="Prompt", lines=4)
    t = gr.Textbox(label="Your HF token (optional)", type="password")
    n = gr.Slider(16, 1024, value=256, step=16, label="max_new_tokens")
    o = gr.Textbox(label="Output")
    gr.Button("Generate").click(generate, [p, t, n], o)
    who = gr.Markdown()
    demo.load(whoami_header, None, who)

demo.queue(default_concurrency_limit=4).launch()
