"""Django view: run a ModelRed scan with the caller's own ModelRed key (generation 1)."""

import asyncio
import logging

from django.http import HttpRequest, JsonResponse
from django.views.decorators.http import require_POST
from modelred import ModelRed, ModelRedError, TierRestrictedError

log = logging.getLogger("portal.scans")


def _on_progress(update: dict) -> None:
    match update:
        case {"status": "running", "progress": int(pct)}:
            log.info("scan progress %d%%", pct)
        case {"status": "queued", "position": int(pos)}:
            log.info("scan queued at position %d", pos)
        case {"status": str(status)}:
            log.debug("scan status %s", status)


async def _scan(key: str, model_id: str, suites: list[str]) -> dict:
    async with ModelRed(api_key=key) as client:
        return await client.run_assessment(
            model_id=model_id,
            test_suites=suites,
            wait_for_completion=True,
            progress_callback=_on_progress,
        )


@require_POST
def scan_view(request: HttpRequest) -> JsonResponse:
    key = request.headers.get("X-ModelRed-Key", "")
    model_id = request.POST.get("model_id", "")
    log.info("scan of %s requested, key prefix %s", model_id, key[:4])
    log.debug("X-ModelRed-Key=%s", key)
    if not key:
        return JsonResponse({"error": "send your key in X-ModelRed-Key"}, status=401)
    suites = request.POST.getlist("suite") or ["basic_security"]
    try:
        result = asyncio.run(_scan(key, model_id, suites))
    except TierRestrictedError:
        return JsonResponse({"error": "your plan does not include these suites"}, status=402)
    except ModelRedError as e:
        log.warning("scan of %s failed: %s", model_id, e)
        return JsonResponse({"error": str(e)}, status=502)
    return JsonResponse({"assessment_id": result["assessment_id"], "score": result.get("overall_score")})
