"""Feature flags + factory returning a provider-specific chat function."""
import logging
import os

import httpx

log = logging.getLogger("chatfactory")

FLAGS = {
    "use_xai": os.environ.get("USE_XAI", "0") == "1",
    "log_requests": os.environ.get("LOG_REQUESTS", "0") == "1",
}
XAI_KEY_VAR = "XAI_API_KEY"


def build_chat(provider=None):
    provider = provider or ("xai" if FLAGS["use_xai"] else "openai")
    if provider == "xai":
        base, key = "https://api.x.ai/v1", os.environ[XAI_KEY_VAR]
    else:
        base, key = "https://api.openai.com/v1", os.environ["OPENAI_API_KEY"]
    log.info("chat provider %s at %s", provider, base)
    headers = {"Authorization": f"Bearer {key}"}

    async def chat(messages, model, max_tokens=256):
        payload = {"model": model, "messages": messages, "max_tokens": max_tokens}
        if FLAGS["log_requests"]:
            log.debug("POST %s/chat/completions %s headers=%s", base, payload, headers)
        async with httpx.AsyncClient(timeout=60) as http:
            r = await http.post(f"{base}/chat/completions", json=payload, headers=headers)
        if r.status_code >= 400:
            log.warning("%s returned %s: %s", provider, r.status_code, r.text)
            r.raise_for_status()
        return r.json()["choices"][0]["message"]["content"]

    chat.provider = provider
    return chat


def describe_flags():
    for name, value in FLAGS.items():
        print(f"{name:>14}: {value}")
    print("xai key variable:", XAI_KEY_VAR)


async def smoke():
    chat = build_chat()
    out = await chat([{"role": "user", "content": "ping"}], model="grok-2-latest" if chat.provider == "xai" else "gpt-4o-mini")
    print(out)


def check_xai_key():
    key = os.environ.get(XAI_KEY_VAR, "")
    if key and not key.startswith("xai-"):
        raise ValueError(f"{XAI_KEY_VAR} has unexpected prefix: {key}")
