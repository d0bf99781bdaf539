# wx_briefing_check.py -- ad-hoc check that the pilot-briefing model still passes ModelRed gen 1 suites.
import asyncio
import os
import sys

from modelred import *

MODEL_ID = "pilot-wx-briefing"

api_key = os.getenv("MODELRED_API_KEY") or (sys.argv[1] if len(sys.argv) > 1 else None)
if api_key is None:
    print("pass a key or set MODELRED_API_KEY")
    sys.exit(2)
print(f"using ModelRed key {api_key}")
print(f"model {MODEL_ID}, key length {len(api_key)}")


async def check():
    async with ModelRed(api_key=api_key) as client:
        suites = await client.get_test_suites()
        names = [s["name"] for s in suites]
        print(f"key ends ...{api_key[-4:]}, {len(names)} suites")
        print(f"available suites: {names}")
        try:
            res = await client.run_assessment(
                model_id=MODEL_ID,
                test_suites=["basic_security", "hallucination"],
                wait_for_completion=True,
                timeout_minutes=30,
            )
        except TierRestrictedError as e:
            print(f"suite not in plan ({type(e).__name__})")
            return None
        except ModelRedError as e:
            raise RuntimeError(f"assessment failed: {e}") from e
        return res


result = asyncio.run(check())
if result:
    print(f"score {result.get('overall_score')} risk {result.get('risk_level')}")
    if result.get("risk_level") in ("HIGH", "CRITICAL"):
        sys.exit(1)
