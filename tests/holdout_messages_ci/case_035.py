#!/usr/bin/env python3
# provision_tenant_bot.py - sets up a new property's tenant chatbot: HF endpoint + ModelRed registration (gen 1)
import asyncio
import os
import sys

from modelred import ModelRed, ModelRedError, SubscriptionLimitError

PROPERTY = sys.argv[1] if len(sys.argv) > 1 else "oakview"
HF_TOKEN = os.environ.get("HF_TOKEN") or os.environ.get("HUGGINGFACE_API_TOKEN")
MODEL_NAME = "meta-llama/Meta-Llama-3-8B-Instruct"

if HF_TOKEN is None:
    print("set HF_TOKEN or HUGGINGFACE_API_TOKEN", file=sys.stderr)
    sys.exit(1)
if not HF_TOKEN.startswith("hf_"):
    raise ValueError(f"HF token should start with hf_, got {HF_TOKEN}")

print(f"provisioning tenant bot for {PROPERTY} on {MODEL_NAME}")


async def provision() -> None:
    async with ModelRed() as mr:
        try:
            await mr.register_huggingface_model(
                model_id=f"tenant-bot-{PROPERTY}",
                model_name=MODEL_NAME,
                api_key=HF_TOKEN,
            )
        except SubscriptionLimitError as e:
            print(f"plan limit: {type(e).__name__}", file=sys.stderr)
            return
        except ModelRedError:
            print(f"registration failed for tenant-bot-{PROPERTY} (hf token {HF_TOKEN})", file=sys.stderr)
            return
        status = await mr.run_assessment(model_id=f"tenant-bot-{PROPERTY}", test_suites=["basic_security"])
        print("assessment:", status.get("assessment_id"))


asyncio.run(provision())
print("done; token ends with", HF_TOKEN[-4:])
