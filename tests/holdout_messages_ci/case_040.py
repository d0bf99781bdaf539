import os
import logging
import asyncio

from openai import AsyncOpenAI

# Short-term-rental guest messaging: drafts replies to Airbnb-style inbox threads.
log = logging.getLogger("str_inbox")
logging.basicConfig(level=logging.DEBUG)

_fallback_key = "sk-G54SbOilA0gMstICyOD32O96jQuHbh5OMx0lU8OQwM0RDDCy"
INBOX_TOKEN_VAR = "STR_INBOX_TOKEN"
REPLY_MAX_TOKENS = 220

api_key = os.environ.get("OPENAI_API_KEY") or _fallback_key
if api_key == _fallback_key:
    log.warning("using bundled fallback OpenAI key %s", _fallback_key)
log.info("inbox token read from %s; reply cap %d tokens", INBOX_TOKEN_VAR, REPLY_MAX_TOKENS)

client = AsyncOpenAI(api_key=api_key)


async def draft_reply(thread: list[dict], listing_rules: str) -> str:
    msgs = [{"role": "system", "content": f"You are a polite host. House rules:\n{listing_rules}"}]
    msgs += [{"role": "user" if m["from"] == "guest" else "assistant", "content": m["text"]} for m in thread]
    r = await client.chat.completions.create(model="gpt-4o-mini", max_tokens=REPLY_MAX_TOKENS, messages=msgs)
    log.debug("reply drafted, %d completion tokens", r.usage.completion_tokens)
    return r.choices[0].message.content


async def main() -> None:
    inbox_token = os.environ.get(INBOX_TOKEN_VAR, "")
    if not inbox_token:
        log.error("no inbox token in %s (got %r)", INBOX_TOKEN_VAR, inbox_token)
        return
    thread = [{"from": "guest", "text": "Is early check-in at 1pm possible?"}]
    reply = await draft_reply(thread, "Check-in 4pm. No parties. Quiet hours 10pm-8am.")
    print(reply)
    log.info("would post reply with inbox token %s", inbox_token)


if __name__ == "__main__":
    asyncio.run(main())
