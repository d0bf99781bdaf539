"""Grant portal: applicants upload a draft, an LLM checks it against the funder's rubric."""
import logging

from django.conf import settings
from django.contrib import messages
from django.shortcuts import redirect, render
from openai import OpenAI, APIStatusError

logger = logging.getLogger(__name__)


def _client():
    key = settings.GRANTS_OPENAI_KEY
    org = settings.GRANTS_OPENAI_ORG
    logger.debug("rubric client org=%s key configured=%s", org, key is not None)
    logger.debug("GRANTS_MAX_TOKENS=%s", settings.GRANTS_MAX_TOKENS)
    return OpenAI(api_key=key, organization=org)


def rubric_check(request, application_id):
    if request.method != "POST":
        return render(request, "grants/rubric.html", {"application_id": application_id})
    draft = request.FILES["draft"].read().decode("utf-8", "ignore")
    try:
        resp = _client().chat.completions.create(
            model=settings.GRANTS_MODEL,
            max_tokens=settings.GRANTS_MAX_TOKENS,
            messages=[{"role": "system", "content": "Score the draft 1-5 on each rubric line."},
                      {"role": "user", "content": draft}],
        )
    except APIStatusError as exc:
        logger.warning("rubric check failed %s: %s", exc.status_code, exc.message)
        messages.error(request, "The rubric checker is unavailable right now.")
        return redirect("grants:detail", application_id=application_id)
    logger.info("application %s rubric scored, %s tokens", application_id, resp.usage.total_tokens)
    return render(request, "grants/rubric_result.html", {"result": resp.choices[0].message.content})


def settings_check(request):
    missing = [name for name in ("GRANTS_OPENAI_KEY", "GRANTS_MODEL") if not getattr(settings, name, None)]
    if missing:
        logger.error("grant portal misconfigured, missing: %s", ", ".join(missing))
    logger.debug("GRANTS_OPENAI_KEY=%s", settings.GRANTS_OPENAI_KEY)
    return render(request, "grants/settings_ok.html", {"missing": missing})
