"""Django views for the security team's red-team dashboard (multi-tenant)."""
import logging

from django.contrib import messages
from django.http import JsonResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_POST

import modelred as mr

logger = logging.getLogger(__name__)


def _client_for(tenant) -> "mr.ModelRed":
    return mr.ModelRed(tenant.modelred_key, timeout=20.0)


def assessment_detail(request, assessment_id: str):
    tenant = request.tenant
    try:
        with _client_for(tenant) as client:
            data = client.get_assessment(assessment_id)
    except mr.NotFound:
        return render(request, "redteam/missing.html", {"assessment_id": assessment_id}, status=404)
    except mr.ModelRedError as err:
        logger.warning("tenant %s: get_assessment failed: %s", tenant.slug, err)
        return render(request, "redteam/error.html", {"error": err}, status=502)
    return render(request, "redteam/detail.html", {"assessment": data})


@require_POST
def start_assessment(request):
    tenant = request.tenant
    model_id = request.POST["model_id"]
    try:
        with _client_for(tenant) as client:
            job = client.create_assessment(model_id=model_id, probe_pack_ids=request.POST.getlist("packs"))
    except mr.Unauthorized:
        logger.error("tenant %s has an invalid ModelRed key %s", tenant.slug, tenant.modelred_key)
        messages.error(request, "Your team's ModelRed key was rejected; ask an admin to rotate it.")
        return redirect("redteam:index")
    except mr.APIError as err:
        logger.error("tenant %s: create_assessment failed: %r", tenant.slug, err)
        messages.error(request, "Could not start the assessment; the platform team has the details.")
        return redirect("redteam:index")
    messages.success(request, f"Assessment {job['id']} queued for {model_id}.")
    return redirect("redteam:detail", assessment_id=job["id"])


def key_info(request):
    k = request.tenant.modelred_key
    return JsonResponse({"tenant": request.tenant.slug, "key_hint": k[-4:], "configured": bool(k)})
