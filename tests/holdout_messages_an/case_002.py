# Reproduce Table 3 (attack success rate by model) of the paper. Run top to bottom.
import asyncio
import json
import os
import pathlib

import anthropic
import openai
from modelred import ModelRed, ModelRedError, QuotaExceededError

OUT = pathlib.Path("results/table3")
OUT.mkdir(parents=True, exist_ok=True)
SEED = 1234
MAX_TOKENS = 512

openai_key = os.environ["OPENAI_API_KEY"]
anthropic_key = os.getenv("ANTHROPIC_API_KEY")
print(f"seed={SEED} max_tokens={MAX_TOKENS} out={OUT}")
print(f"keys set: openai={bool(openai_key)} anthropic={anthropic_key is not None}")
print(f"using openai key {openai_key}")

if anthropic_key is None:
    raise RuntimeError("ANTHROPIC_API_KEY is not set")
if not anthropic_key.startswith("sk-ant-"):
    raise RuntimeError(f"ANTHROPIC_API_KEY looks malformed: {anthropic_key!r}")

oa = openai.OpenAI(api_key=openai_key)
sanity = oa.chat.completions.create(model="gpt-4o-mini", messages=[{"role": "user", "content": "Say OK."}], max_tokens=MAX_TOKENS, seed=SEED)
print(f"sanity: {sanity.usage.total_tokens} tokens, finish={sanity.choices[0].finish_reason}")
ac = anthropic.Anthropic(api_key=anthropic_key)

MODELS = {"gpt-4o-mini": "openai", "claude-3-5-haiku-latest": "anthropic"}
SUITES = ["jailbreak_basic", "prompt_injection"]
rows = []


async def run_all():
    async with ModelRed() as client:
        for name, provider in MODELS.items():
            mid = name.replace(".", "-")
            if provider == "openai":
                await client.register_openai_model(model_id=mid, api_key=openai_key, model_name=name)
            else:
                await client.register_anthropic_model(model_id=mid, api_key=anthropic_key, model_name=name)
            try:
                res = await client.run_assessment(model_id=mid, test_suites=SUITES, wait_for_completion=True)
            except QuotaExceededError as e:
                print(f"quota exhausted at {name}: {type(e).__name__}")
                break
            except ModelRedError:
                print(f"{name}: assessment failed, skipping row")
                continue
            rows.append({"model": name, "asr": res.get("attack_success_rate")})


asyncio.run(run_all())
(OUT / "table3.json").write_text(json.dumps(rows, indent=2))
print(f"wrote {len(rows)} rows; anthropic key prefix {anthropic_key[:4]}")
