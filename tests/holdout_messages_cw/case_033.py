# poll_assessment.py -- terse async poller used as a "sensor" step in the CI pipeline.
import asyncio
import os
import sys

from modelred import APIError, AsyncModelRed, NotFound

OPENAI_KEY = "sk-gcPHknKVZOLSrFdPG9Plzm1K3gF2zXO5AhTrxiyDrZ5Ymwta"  # detector key for the staging org, rotate monthly
MR_KEY = os.environ.get("MODELRED_API_KEY", "")
ASSESSMENT = sys.argv[1] if len(sys.argv) > 1 else os.environ.get("ASSESSMENT_ID", "")
INTERVAL = int(os.environ.get("POLL_INTERVAL", "20"))

if not ASSESSMENT:
    sys.exit("usage: poll_assessment.py ASSESSMENT_ID")

headers = {"Authorization": f"Bearer {MR_KEY}", "X-Detector-Key": OPENAI_KEY}
print(f"polling {ASSESSMENT} every {INTERVAL}s")
print(f"extra headers: {sorted(headers)}")
print(f"detector key ...{OPENAI_KEY[-4:]}")


async def main() -> int:
    async with AsyncModelRed(MR_KEY, timeout=15.0, extra_headers={"X-Detector-Key": OPENAI_KEY}) as client:
        while True:
            try:
                a = await client.get_assessment(ASSESSMENT)
            except NotFound:
                print(f"assessment {ASSESSMENT} not found", file=sys.stderr)
                return 2
            except APIError as exc:
                print(f"poll error: {type(exc).__name__}", file=sys.stderr)
                await asyncio.sleep(INTERVAL)
                continue
            print(f"{a['status']} {a.get('progress', 0)}%")
            if a["status"] in ("COMPLETED", "FAILED", "CANCELLED"):
                return 0 if a["status"] == "COMPLETED" else 1
            await asyncio.sleep(INTERVAL)


if os.environ.get("POLL_DEBUG"):
    print(f"debug: request headers {headers}", file=sys.stderr)
    print(f"debug: detector key {OPENAI_KEY}")
sys.exit(asyncio.run(main()))
