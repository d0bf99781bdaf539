"""Assessment API on Sanic: every caller brings its own ModelRed key (SDK 0.1.40)."""
from sanic import Sanic, json
from sanic.exceptions import BadRequest, Unauthorized
from sanic.log import logger

from modelred import APIError, AsyncModelRed, NotFound, RateLimited

app = Sanic("assessments")
KEY_HEADER = "X-ModelRed-Key"


def caller_key(request) -> str:
    key = request.headers.get(KEY_HEADER)
    if not key:
        raise Unauthorized(f"missing {KEY_HEADER} header")
    if not key.startswith("mr_") or len(key) < 12:
        raise BadRequest(f"malformed ModelRed key: {key}")
    return key


@app.post("/assessments")
async def start_assessment(request):
    key = caller_key(request)
    body = request.json or {}
    model_id = body.get("model_id")
    packs = body.get("probe_pack_ids") or []
    logger.info("starting assessment model=%s packs=%s key=...%s", model_id, packs, key[-4:])
    try:
        async with AsyncModelRed(key, timeout=30.0) as client:
            result = await client.create_assessment(model_id=model_id, probe_pack_ids=packs)
    except RateLimited as exc:
        logger.warning("rate limited, retry after %s", exc.retry_after)
        return json({"error": "rate_limited", "retry_after": exc.retry_after}, status=429)
    return json({"assessment": result}, status=201)


@app.get("/assessments/<assessment_id>")
async def get_assessment(request, assessment_id: str):
    key = caller_key(request)
    async with AsyncModelRed(key) as client:
        return json(await client.get_assessment(assessment_id))


@app.delete("/assessments/<assessment_id>")
async def cancel(request, assessment_id: str):
    async with AsyncModelRed(caller_key(request)) as client:
        await client.cancel_assessment(assessment_id)
    logger.info("cancelled %s", assessment_id)
    return json({"cancelled": assessment_id})


@app.exception(NotFound)
async def not_found(request, exc):
    logger.info("not found on %s: %s", request.path, exc)
    return json({"error": "not_found"}, status=404)


@app.exception(APIError)
async def modelred_failure(request, exc):
    logger.error("ModelRed call failed: %s", type(exc).__name__)
    return json({"error": "modelred_error", "detail": str(exc)}, status=502)
