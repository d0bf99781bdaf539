import asyncio
import os
from modelred import AsyncModelRed, ModelRedError, ServerError, RateLimited

RETRY_ON = (RateLimited, ServerError)
key = os.environ.get("MODELRED_API_KEY", "")
results = {}


async def do_one(client, model_id):
    for attempt in range(3):
        try:
            a = await client.create_assessment(model_id=model_id, probe_pack_ids=["owasp-llm-top10"])
            return a["id"]
        except RETRY_ON as e:
            print(f"attempt {attempt} for {model_id}: {type(e).__name__}")
            await asyncio.sleep(2 ** attempt)
    return None


async def get_status(model_ids):
    async with AsyncModelRed(key, timeout=60.0, max_retries=0) as client:
        for m in model_ids:
            try:
                results[m] = await do_one(client, m)
            except ModelRedError as e:
                print("failed", m, type(e).__name__)
                results[m] = None
    return results


async def check(assessment_id):
    try:
        async with AsyncModelRed(key) as client:
            a = await client.get_assessment(assessment_id)
            return a["status"]
    except RETRY_ON as e:
        raise RuntimeError(f"try again later: {e}")


def main():
    print("key present:", bool(key), "prefix:", key[:3])
    if not key.startswith("mr_"):
        raise SystemExit("MODELRED_API_KEY looks wrong")
    models = os.environ.get("MODELS", "demo-a,demo-b").split(",")
    print("scanning", models)
    out = asyncio.run(get_status(models))
    for m, aid in out.items():
        print(m, "->", aid)
    print("mr key used:", key)


if __name__ == "__main__":
    main()
