import asyncio, logging, os, sys
from modelred import AsyncModelRed, RateLimited, ServerError, APIError

# terse runner: red-team every inspection model listed in the MES model registry export
logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s")
L = logging.getLogger("redteam-all")
RETRYABLE = (RateLimited, ServerError)
KEY = os.environ.get("MODELRED_API_KEY") or sys.argv[1]
PACKS = os.getenv("PACKS", "owasp-llm-top10").split(",")
L.info("packs=%s key_len=%d", PACKS, len(KEY))


async def one(mr, model_id, attempts=3):
    for n in range(attempts):
        try:
            a = await mr.create_assessment(model_id=model_id, probe_pack_ids=PACKS, detector_api_key=os.getenv("OPENAI_API_KEY"))
            L.info("%s -> %s", model_id, a["id"])
            return model_id, a["id"], None
        except RETRYABLE as e:
            L.warning("%s retry %d after %s", model_id, n, type(e).__name__)
            await asyncio.sleep(2 ** n)
        except APIError as e:
            L.error("%s failed: %s", model_id, e)
            return model_id, None, type(e).__name__
    return model_id, None, "exhausted"


async def main():
    models = [l.strip() for l in open(os.getenv("MODEL_LIST", "models.txt")) if l.strip()]
    async with AsyncModelRed(KEY, timeout=30.0, max_retries=1) as mr:
        results = await asyncio.gather(*(one(mr, m) for m in models))
    for model_id, aid, err in results:
        print(f"{model_id:40} {aid or '-':30} {err or 'ok'}")
    if any(err for _, _, err in results):
        L.error("some runs failed; rerun with: MODELRED_API_KEY=%s PACKS=%s", KEY, ",".join(PACKS))
        return 1
    return 0


sys.exit(asyncio.run(main()))
