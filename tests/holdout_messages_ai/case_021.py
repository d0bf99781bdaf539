"""Course-content generator pipeline: slides -> summaries -> flashcards (Together AI + Mistral)."""
import logging
import os
import sys
from pathlib import Path

import httpx

logging.basicConfig(level=logging.DEBUG, stream=sys.stdout)
pipeline_log = logging.getLogger("contentgen")

TOGETHER_API_KEY = os.environ.get("TOGETHER_API_KEY")
MISTRAL_API_KEY = os.environ.get("MISTRAL_API_KEY")
PROVIDERS = {"together": "https://api.together.xyz/v1", "mistral": "https://api.mistral.ai/v1"}


def chat(provider: str, model: str, prompt: str, max_tokens: int = 600) -> str:
    key = TOGETHER_API_KEY if provider == "together" else MISTRAL_API_KEY
    req = {
        "url": f"{PROVIDERS[provider]}/chat/completions",
        "headers": {"Authorization": f"Bearer {key}"},
        "json": {"model": model, "max_tokens": max_tokens, "messages": [{"role": "user", "content": prompt}]},
    }
    pipeline_log.debug("request to %s model=%s max_tokens=%d", req["url"], model, max_tokens)
    pipeline_log.debug("full request: %s", req)
    r = httpx.post(**req, timeout=60)
    r.raise_for_status()
    return r.json()["choices"][0]["message"]["content"]


def summarise_slides(deck: Path) -> str:
    text = deck.read_text(encoding="utf-8")
    return chat("mistral", "mistral-small-latest", f"Summarise these lecture slides for students:\n{text}")


def flashcards(summary: str) -> str:
    return chat("together", "meta-llama/Llama-3.3-70B-Instruct-Turbo", f"Make 15 Q/A flashcards:\n{summary}", max_tokens=900)


def main(folder: str) -> int:
    missing = [n for n in ("TOGETHER_API_KEY", "MISTRAL_API_KEY") if not os.environ.get(n)]
    if missing:
        pipeline_log.error("missing env: %s", missing)
        return 2
    for deck in sorted(Path(folder).glob("*.md")):
        try:
            cards = flashcards(summarise_slides(deck))
        except httpx.HTTPStatusError as exc:
            pipeline_log.error("%s failed: %s %s", deck.name, exc.response.status_code, exc.response.text[:200])
            continue
        deck.with_suffix(".cards.md").write_text(cards)
        pipeline_log.info("wrote cards for %s", deck.name)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "slides"))
