"""Unit-plan generator using OpenRouter models, logged with structlog."""
import os
import sys

import httpx
import structlog

log = structlog.get_logger("unitplans")

OPENROUTER_URL = "https://openrouter.ai/api/v1/chat/completions"
DEFAULT_MODEL = "anthropic/claude-3.5-sonnet"


def openrouter_headers(key: str) -> dict:
    return {
        "Authorization": f"Bearer {key}",
        "HTTP-Referer": "https://curriculum.school.example",
        "X-Title": "Unit plan generator",
    }


def generate_unit(topic: str, grade: int, weeks: int, key: str, model: str = DEFAULT_MODEL) -> str:
    payload = {
        "model": model,
        "max_tokens": 2500,
        "messages": [
            {"role": "system", "content": "You are an experienced curriculum designer. Align to standards."},
            {"role": "user", "content": f"Plan a {weeks}-week unit on {topic} for grade {grade}."},
        ],
    }
    log.info("unit_request", topic=topic, grade=grade, model=model, max_tokens=payload["max_tokens"])
    r = httpx.post(OPENROUTER_URL, headers=openrouter_headers(key), json=payload, timeout=120)
    if r.status_code == 401:
        log.error("openrouter_unauthorized", key=key, status=r.status_code)
        raise PermissionError("OpenRouter rejected the key")
    r.raise_for_status()
    data = r.json()
    log.info("unit_done", topic=topic, usage=data.get("usage"), generation_id=data.get("id"))
    return data["choices"][0]["message"]["content"]


def main(argv: list[str]) -> int:
    key = os.environ.get("OPENROUTER_API_KEY")
    if not key:
        log.error("missing_key", env="OPENROUTER_API_KEY")
        return 2
    topic, grade, weeks = argv[1], int(argv[2]), int(argv[3])
    plan = generate_unit(topic, grade, weeks, key)
    out = f"unit_{topic.replace(' ', '_')}_g{grade}.md"
    with open(out, "w", encoding="utf-8") as fh:
        fh.write(plan)
    log.info("written", path=out, chars=len(plan), key_hint=key[-4:])
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
