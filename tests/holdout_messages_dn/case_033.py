# nightly_scan.py - runs on teammate's laptop with `while True` lol
import os
import time
import asyncio
from modelred import ModelRed, ModelRedError, QuotaExceededError, RateLimitError

client = None
MR_KEY = os.environ.get("MODELRED_API_KEY", "")
MODEL = os.environ.get("MODEL_ID", "team7-chat")
SUITES = ["basic_security", "prompt_injection", "data_leakage"]
INTERVAL = 6 * 3600
runs = 0


def res_callback(progress):
    print(f"progress {progress}%")


async def do_call():
    global client, runs
    runs += 1
    if len(MR_KEY) < 12 or not MR_KEY.startswith("mr_"):
        raise ValueError("MODELRED_API_KEY is not a modelred key: " + MR_KEY)
    async with ModelRed(api_key=MR_KEY) as client:
        try:
            r = await client.run_assessment(model_id=MODEL, test_suites=SUITES, priority="low",
                                            wait_for_completion=True, timeout_minutes=90, progress_callback=res_callback)
        except QuotaExceededError as e:
            print("quota exceeded:", type(e).__name__)
            return None
        except RateLimitError:
            print("rate limited, run", runs)
            return None
        except ModelRedError as e:
            print("scan failed with", type(e).__name__, "using key", MR_KEY)
            return None
        return r


while True:
    t = time.strftime("%H:%M")
    print(t, "run", runs + 1, "model", MODEL, "suites", SUITES)
    try:
        out = asyncio.run(do_call())
    except ValueError:
        print("fix your env and restart")
        break
    if out is not None:
        print("score", getattr(out, "overall_score", "?"))
    time.sleep(INTERVAL)
