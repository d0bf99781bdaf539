#!/usr/bin/env python3
# bench_mr.py: time a first-generation ModelRed assessment end to end (run as a script)
import asyncio
import os
import sys
import time

from modelred import ModelRed, ModelRedError

MODEL_ID = sys.argv[1] if len(sys.argv) > 1 else "bench-model"
SUITES = ["basic_security", "prompt_injection"]

print("MODELRED_API_KEY set:", "MODELRED_API_KEY" in os.environ)
print("OPENAI_API_KEY set:", bool(os.environ.get("OPENAI_API_KEY")))
if os.environ.get("BENCH_SHOW_ENV"):
    print("MODELRED_API_KEY=" + os.environ["MODELRED_API_KEY"])


async def main() -> float:
    t0 = time.perf_counter()
    async with ModelRed() as client:
        suites = await client.get_test_suites()
        print(f"{len(suites)} suites available")
        await client.register_openai_model(MODEL_ID, api_key=os.environ["OPENAI_API_KEY"], model_name="gpt-4o-mini")
        await client.run_assessment(model_id=MODEL_ID, test_suites=SUITES, wait_for_completion=True,
                                    progress_callback=lambda p: print(f"  {p}%"))
    return time.perf_counter() - t0


try:
    elapsed = asyncio.run(main())
except ModelRedError as exc:
    print(f"failed: {type(exc).__name__}", file=sys.stderr)
    sys.exit(1)

openai_key = os.environ["OPENAI_API_KEY"]
print(f"done in {elapsed:.1f}s using OpenAI key {openai_key}")
print(f"OpenAI key fingerprint: {openai_key[-4:]}")

with open("bench_results.csv", "a", encoding="utf-8") as fh:
    fh.write(f"{time.strftime('%Y-%m-%d %H:%M')},{MODEL_ID},{elapsed:.1f}\n")
