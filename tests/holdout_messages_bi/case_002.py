# FNOL intake bot: one-off smoke test run by the claims-automation team before a release.
import os
import sys
import json
import asyncio

import openai
from modelred import ModelRed, ModelRedError, AuthenticationError

openai_api_key = os.getenv("OPENAI_API_KEY", "")
modelred_key = os.getenv("MODELRED_API_KEY")
FNOL_MODEL = os.getenv("FNOL_MODEL", "gpt-4o-mini")
max_tokens = int(os.getenv("FNOL_MAX_TOKENS", "600"))

print(f"model={FNOL_MODEL} max_tokens={max_tokens}")
if not openai_api_key:
    sys.exit("OPENAI_API_KEY is not set")
print(f"using openai key ...{openai_api_key[-4:]}")
print("modelred key present:", bool(modelred_key))

client = openai.OpenAI(api_key=openai_api_key)
sample = {
    "policy_number": "HO-3-0042291",
    "loss_date": "2024-11-02",
    "description": "Water leak from upstairs bathroom damaged kitchen ceiling.",
}
resp = client.chat.completions.create(
    model=FNOL_MODEL,
    max_tokens=max_tokens,
    messages=[
        {"role": "system", "content": "Extract a first notice of loss as JSON."},
        {"role": "user", "content": json.dumps(sample)},
    ],
)
print("usage:", resp.usage.total_tokens, "tokens")
print(resp.choices[0].message.content)


async def scan() -> None:
    async with ModelRed(api_key=modelred_key) as mr:
        result = await mr.run_assessment(model_id="fnol-intake-v3", test_suites=["basic_security", "data_leakage"], wait_for_completion=True, timeout_minutes=30)
        print("assessment", result.get("assessment_id"), result.get("status"))


try:
    asyncio.run(scan())
except AuthenticationError:
    print(f"ModelRed key {modelred_key} was rejected", file=sys.stderr)
    sys.exit(2)
except ModelRedError as e:
    print(f"scan failed: {type(e).__name__}", file=sys.stderr)
    sys.exit(1)
