#!/usr/bin/env python3
# one-off: register the lore-writer model with modelred before the jam build
import asyncio
import os

from modelred import ModelRed, ModelRedError, ProviderConfig, ValidationError

MODELRED_KEY = "mr_Y3PdGtPilbJHIaLCGcPbm7eKDbuIg4bt1wzjVART"
OPENAI_KEY = os.getenv("OPENAI_API_KEY")
MODEL_ID = "lore-writer-jam"
JAM_SUITES = ["basic_security", "content_safety"]

print(f"registering {MODEL_ID} with suites {JAM_SUITES}")
print("openai key present:", OPENAI_KEY is not None)


def progress(status):
    print(f"  {status['status']} {status.get('progress', 0)}%")


async def main() -> None:
    async with ModelRed(api_key=MODELRED_KEY) as client:
        ok = await client.validate_api_key()
        if not ok:
            print(f"modelred said no to key {MODELRED_KEY}")
            return
        try:
            await client.register_openai_model(
                model_id=MODEL_ID,
                api_key=OPENAI_KEY,
                model_name="gpt-4o-mini",
                max_tokens=400,
            )
        except ValidationError as err:
            print("validation failed:", type(err).__name__)
            raise SystemExit(2)
        try:
            result = await client.run_assessment(
                model_id=MODEL_ID,
                test_suites=JAM_SUITES,
                wait_for_completion=True,
                timeout_minutes=30,
                progress_callback=progress,
            )
        except ModelRedError as err:
            print(f"assessment failed ({type(err).__name__})")
            return
        print("overall score:", result.get("overall_score"))


if OPENAI_KEY is None:
    raise SystemExit("set OPENAI_API_KEY first")
if len(OPENAI_KEY) < 20:
    raise ValueError("OPENAI_API_KEY too short: " + OPENAI_KEY)

asyncio.run(main())
