"""Celery tasks: weekly power rankings for every league on the platform, and a ModelRed
(0.1.3x) assessment of the rankings-commentary model after each prompt change."""
import logging
import os

from celery import shared_task
from openai import OpenAI
from modelred import ModelRed, ModelRedError, RateLimitError
from modelred import ProviderConfig

from leagues.models import League
from leagues.ranking import power_scores

log = logging.getLogger("tasks.rankings")

COMMENTARY_MODEL = "power-rankings-commentary"


@shared_task(bind=True, max_retries=5, default_retry_delay=120)
def weekly_rankings(self, league_id: int, week: int) -> dict:
    league = League.objects.get(pk=league_id)
    scores = power_scores(league, week)
    api_key = league.owner_settings.get("openai_api_key") or os.environ["OPENAI_API_KEY"]
    llm = OpenAI(api_key=api_key, max_retries=2)
    try:
        out = llm.chat.completions.create(model="gpt-4o-mini", max_tokens=600, messages=[{"role": "user", "content": f"Power rankings blurbs: {scores}"}])
    except Exception as exc:
        log.warning("openai failed for league %s with key %s: %s", league_id, api_key, exc)
        raise self.retry(exc=exc)
    log.info("league %s week %s: %s tokens", league_id, week, out.usage.total_tokens)
    league.save_rankings(week, scores, out.choices[0].message.content)
    return {"league": league_id, "week": week, "teams": len(scores)}


@shared_task(bind=True, max_retries=3)
def assess_commentary_model(self, prompt_version: str) -> dict:
    client = ModelRed(api_key=os.environ["MODELRED_API_KEY"])
    cfg = ProviderConfig.openai(api_key=os.environ["OPENAI_API_KEY"], model_name="gpt-4o-mini")
    log.info("assessing %s prompt %s with provider config for %s", COMMENTARY_MODEL, prompt_version, "openai")
    try:
        client.create_model(modelId=f"{COMMENTARY_MODEL}-{prompt_version}", provider="openai", displayName="Power rankings", providerConfig=cfg)
        job = client.create_assessment(model=f"{COMMENTARY_MODEL}-{prompt_version}", test_types=["toxicity", "bias"])
    except RateLimitError as exc:
        raise self.retry(exc=exc, countdown=300)
    except ModelRedError as exc:
        log.error("ModelRed failed for prompt %s: %s", prompt_version, exc)
        return {"ok": False, "prompt": prompt_version, "error": f"{exc}"}
    return {"ok": True, "prompt": prompt_version, "assessment": job["id"]}
