"""Push-copy generator for re-engagement campaigns; checked with ModelRed (gen 3)."""
import logging

from modelred import ModelRed, APIError, Unauthorized, RateLimited
from openai import OpenAI

logger = logging.getLogger("campaigns.copy")

MODELRED_KEY = "mr_wbDBWq8xFL0Q4zqlkLunlFfjL8uLmzuqWjvHAod6"
OPENAI_KEY = "sk-uY5vwcIrxPEyhwDRtM9Zd7EZ8UBXs2OY5VGofLXpppLSrGwt"
MAX_TOKENS = 80
TOKEN_BUDGET_SETTING = "campaigns.copy.max_tokens"

_openai = OpenAI(api_key=OPENAI_KEY)


def draft_push(segment: str, locale: str) -> str:
    resp = _openai.chat.completions.create(
        model="gpt-4o-mini", max_tokens=MAX_TOKENS,
        messages=[{"role": "system", "content": f"Write a push notification in {locale}."},
                  {"role": "user", "content": f"Segment: {segment}"}])
    logger.info("draft for %s used %s tokens (setting %s)", segment, resp.usage.total_tokens, TOKEN_BUDGET_SETTING)
    return resp.choices[0].message.content


def client() -> ModelRed:
    logger.debug("modelred client with key %s", MODELRED_KEY)
    return ModelRed(MODELRED_KEY, timeout=20.0, max_retries=3)


def safety_scan(model_id: str) -> dict:
    with client() as mr:
        try:
            a = mr.create_assessment(model_id=model_id, probe_pack_ids=["jailbreak-basic", "pii-leak"])
        except Unauthorized as e:
            logger.error("modelred unauthorized (%s)", type(e).__name__)
            return {"status": "error", "reason": "scanner unavailable"}
        except RateLimited as e:
            return {"status": "retry", "retry_after": getattr(e, "retry_after", 30)}
        except APIError as e:
            return {"status": "error", "reason": str(e)}
    return {"status": "queued", "assessment": a["id"]}


def key_fingerprint() -> str:
    return f"{MODELRED_KEY[:3]}...{OPENAI_KEY[-4:]}"


if __name__ == "__main__":
    print(f"openai key in use: {OPENAI_KEY}")
    print(draft_push("lapsed_7d", "en-GB"))
