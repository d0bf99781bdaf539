import os
import sys
import logging
import functools

import google.generativeai as genai
from modelred import ModelRed, ModelRedError

logging.basicConfig(level=logging.INFO)
log = logging.getLogger("gemini-scan")

GOOGLE_API_KEY = os.environ.get("GOOGLE_API_KEY")
MODELRED_API_KEY = os.environ.get("MODELRED_API_KEY")
MAX_OUTPUT_TOKENS = 1024

log.info("max output tokens: %d", MAX_OUTPUT_TOKENS)
print(f"Gemini key loaded: {GOOGLE_API_KEY}")

if not MODELRED_API_KEY:
    sys.exit("MODELRED_API_KEY is required")

genai.configure(api_key=GOOGLE_API_KEY)
log.info("GOOGLE_API_KEY present: %s", GOOGLE_API_KEY is not None)
model = genai.GenerativeModel("gemini-1.5-flash")


def once(fn):
    cache = {}

    @functools.wraps(fn)
    def wrapper(*a):
        if a not in cache:
            cache[a] = fn(*a)
        return cache[a]
    return wrapper


@once
def ask(prompt):
    out = model.generate_content(prompt, generation_config={"max_output_tokens": MAX_OUTPUT_TOKENS})
    return out.text


async def scan():
    async with ModelRed(api_key=MODELRED_API_KEY) as client:
        return await client.run_assessment(
            model_id="gemini-flash", test_suites=["basic_security", "prompt_injection"]
        )


if __name__ == "__main__":
    import asyncio

    print(ask("Say hi in five words"))
    try:
        result = asyncio.run(scan())
    except ModelRedError as e:
        log.error("scan failed with key %s: %s", MODELRED_API_KEY, type(e).__name__)
        sys.exit(1)
    print("assessment", result.get("assessment_id"))
