"""Third-party SDK errors next to ours: only ModelRed errors are MR022."""
import logging

from openai import APIError as OpenAIAPIError
from openai import OpenAI, RateLimitError

log = logging.getLogger("compare")
_openai = OpenAI()


def ask(prompt: str) -> dict:
    try:
        r = _openai.chat.completions.create(model="gpt-4o-mini", messages=[{"role": "user", "content": prompt}], max_tokens=200)
    except RateLimitError as e:
        return {"error": "rate limited", "detail": str(e)}
    except OpenAIAPIError as e:
        log.error("openai failed: %s", e)
        return {"error": f"openai: {e}"}
    return {"answer": r.choices[0].message.content, "tokens": r.usage.total_tokens}
