#!/usr/bin/env python3
"""One-off: register the strength-coach LLM with ModelRed (generation 1 SDK)."""
import asyncio
import os
import sys

from modelred import ModelRed, AuthenticationError, QuotaExceededError, ModelRedError

MODEL_ID = "strength-coach-gpt4o"
AZURE_ENDPOINT = os.environ.get("AZURE_OPENAI_ENDPOINT", "https://fitcoach.openai.azure.com")
AZURE_DEPLOYMENT = os.environ.get("AZURE_OPENAI_DEPLOYMENT", "coach-gpt4o")
azure_key = os.environ.get("AZURE_OPENAI_API_KEY")

print(f"endpoint={AZURE_ENDPOINT} deployment={AZURE_DEPLOYMENT}")
print(f"azure key set: {azure_key is not None}")


async def main() -> int:
    async with ModelRed() as client:
        try:
            await client.validate_api_key()
        except AuthenticationError as e:
            print(f"ModelRed auth failed ({type(e).__name__}); check MODELRED_API_KEY", file=sys.stderr)
            return 1
        try:
            await client.register_azure_model(
                model_id=MODEL_ID,
                api_key=azure_key,
                endpoint=AZURE_ENDPOINT,
                deployment_name=AZURE_DEPLOYMENT,
            )
        except QuotaExceededError:
            print("model quota reached; delete an old model first", file=sys.stderr)
            return 3
        except ModelRedError as e:
            print(f"registration failed with azure key {azure_key}: {e}", file=sys.stderr)
            return 1
        result = await client.run_assessment(model_id=MODEL_ID, test_suites=["basic_security", "content_safety"], wait_for_completion=False)
        print("assessment started:", result)
    return 0


if not azure_key:
    print("AZURE_OPENAI_API_KEY is not set", file=sys.stderr)
    sys.exit(2)

if "--show-config" in sys.argv:
    sys.stderr.write("azure config: %s %s %s\n" % (AZURE_ENDPOINT, AZURE_DEPLOYMENT, azure_key))

sys.exit(asyncio.run(main()))
