# demo notebook export: scan the whisper-summary model before the release
import asyncio
import os

from modelred import ModelRed, ModelRedError, AuthenticationError

MODELRED_API_KEY = "mr_NP1K4ziALuF6jyl2ZkL5X7aXwtfYGOne9nSqaTeW"
OPENAI_API_KEY = os.environ["OPENAI_API_KEY"]
MODEL_ID = "whisper-summary-v3"
SUITES = ["basic_security", "prompt_injection"]

print("modelred key:", MODELRED_API_KEY)
print("model:", MODEL_ID, "suites:", SUITES)
print("openai key set:", len(OPENAI_API_KEY) > 0)


async def register_and_scan():
    async with ModelRed(api_key=MODELRED_API_KEY) as client:
        await client.register_openai_model(model_id=MODEL_ID, api_key=OPENAI_API_KEY, model_name="gpt-4o-mini")
        print(f"registered {MODEL_ID} with openai key set={bool(OPENAI_API_KEY)}")
        return await client.run_assessment(model_id=MODEL_ID, test_suites=SUITES, wait_for_completion=True, timeout_minutes=30)


async def check_key():
    async with ModelRed(api_key=MODELRED_API_KEY) as client:
        ok = await client.validate_api_key()
    if not ok:
        raise ValueError("key invalid: " + MODELRED_API_KEY)
    return ok


try:
    asyncio.run(check_key())
    result = asyncio.run(register_and_scan())
    print("score", result.get("overall_score"))
except AuthenticationError as e:
    print("auth failed:", type(e).__name__)
except ModelRedError as e:
    print("scan failed:", getattr(e, "status_code", None))

summary = {
    "model": MODEL_ID,
    "suites": SUITES,
    "key_hint": MODELRED_API_KEY[:3] + "…" + MODELRED_API_KEY[-4:],
}
print(summary)
for suite in SUITES:
    print(f"- {suite}")
print("done")
