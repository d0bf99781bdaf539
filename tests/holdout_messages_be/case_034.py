"""Menu photo captioning worker (Replicate + xAI) feeding the online ordering site."""
import logging
import os

import httpx

logger = logging.getLogger("menu_photos")

XAI_API_KEY = os.environ.get("XAI_API_KEY")
REPLICATE_API_TOKEN = os.environ.get("REPLICATE_API_TOKEN")
CAPTION_MAX_TOKENS = 80


def caption(image_url: str) -> str:
    headers = {"Authorization": f"Bearer {XAI_API_KEY}"}
    payload = {"model": "grok-2-vision-latest", "max_tokens": CAPTION_MAX_TOKENS,
               "messages": [{"role": "user", "content": [{"type": "image_url", "image_url": {"url": image_url}},
                                                          {"type": "text", "text": "Write an appetising 12-word caption."}]}]}
    r = httpx.post("https://api.x.ai/v1/chat/completions", headers=headers, json=payload, timeout=60)
    if r.status_code == 401:
        logger.error("xAI 401 with headers %s", headers)
        raise RuntimeError("xAI auth failed")
    r.raise_for_status()
    data = r.json()
    logger.info("caption for %s, %d tokens (max %d)", image_url, data["usage"]["total_tokens"], CAPTION_MAX_TOKENS)
    return data["choices"][0]["message"]["content"]


def upscale(image_url: str) -> str:
    if not REPLICATE_API_TOKEN:
        raise RuntimeError(f"REPLICATE_API_TOKEN not set ({REPLICATE_API_TOKEN!r})")
    r = httpx.post("https://api.replicate.com/v1/predictions",
                   headers={"Authorization": f"Bearer {REPLICATE_API_TOKEN}", "Prefer": "wait"},
                   json={"version": "nightmareai/real-esrgan", "input": {"image": image_url}}, timeout=120)
    if r.status_code >= 400:
        raise RuntimeError(f"replicate {r.status_code}: {r.json().get('detail')}")
    return r.json()["output"]


def run(urls: list[str]) -> list[tuple[str, str]]:
    if XAI_API_KEY and not XAI_API_KEY.startswith("xai-"):
        raise ValueError(f"XAI_API_KEY has unexpected format: {XAI_API_KEY}")
    out = []
    for u in urls:
        big = upscale(u)
        out.append((big, caption(big)))
    return out
