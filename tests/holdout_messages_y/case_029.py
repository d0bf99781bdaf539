"""Django views of the "AI safety report" page, on the 0.1.3x ModelRed client."""
import logging

from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.shortcuts import render

from modelred import ModelRedClient, ModelRedError, NotFoundError

logger = logging.getLogger("reports.views")


def _client() -> ModelRedClient:
    opts = {"api_key": settings.MODELRED_API_KEY, "timeout": 20}
    logger.debug("client settings %s", opts)
    logger.debug("client timeout %s", opts["timeout"])
    return ModelRedClient(**opts)


@login_required
def safety_report(request, assessment_id: str):
    if not assessment_id.isalnum():
        return render(request, "reports/safety.html", {"error": "Unknown report"}, status=404)
    try:
        data = _client().get_assessment(assessment_id)
    except NotFoundError:
        return render(request, "reports/safety.html", {"error": "Report not found"}, status=404)
    except ModelRedError as e:
        logger.error("report %s failed: %s", assessment_id, e)
        return render(request, "reports/safety.html", {"error": e}, status=502)
    context = {
        "assessment": data,
        "score": data.get("score"),
        "model": data.get("model"),
    }
    return render(request, "reports/safety.html", context)


@login_required
def probes(request):
    try:
        items = _client().list_probes()
    except ModelRedError as e:
        logger.warning("probe list unavailable: %s", type(e).__name__)
        items = []
        return render(request, "reports/probes.html", {"probes": items, "error": "Probe list is unavailable right now."})
    return render(request, "reports/probes.html", {"probes": items})
