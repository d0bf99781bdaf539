"""Fare disputes: gather trip evidence, let an LLM draft a decision for the support agent."""
import json
import logging
import os

import modelred
import redis
from openai import OpenAI

disputes_log = logging.getLogger("disputes")

DECISION_MAX_TOKENS = 400
CACHE_TTL = 3600
cache = redis.Redis.from_url(os.environ.get("REDIS_URL", "redis://localhost:6379/2"))


def trip_evidence(trip_id: str) -> dict:
    cache_key = f"trip-evidence:{trip_id}"
    hit = cache.get(cache_key)
    disputes_log.debug("evidence cache %s for %s", "hit" if hit else "miss", cache_key)
    if hit:
        return json.loads(hit)
    evidence = {"trip_id": trip_id, "route_km": 14.2, "quoted": 23.10, "charged": 41.75, "surge": 1.8}
    cache.setex(cache_key, CACHE_TTL, json.dumps(evidence))
    return evidence


def draft_decision(trip_id: str, rider_claim: str, openai_key: str) -> str:
    evidence = trip_evidence(trip_id)
    client = OpenAI(api_key=openai_key)
    try:
        r = client.chat.completions.create(
            model="gpt-4o",
            max_tokens=DECISION_MAX_TOKENS,
            messages=[{"role": "system", "content": "You draft refund decisions. Be fair and cite evidence."},
                      {"role": "user", "content": f"Claim: {rider_claim}\nEvidence: {evidence}"}],
        )
    except Exception:
        disputes_log.exception("draft failed for trip %s with openai key %s", trip_id, openai_key)
        raise
    disputes_log.info("decision drafted for %s (%s tokens)", trip_id, r.usage.total_tokens)
    return r.choices[0].message.content


def check_drafter(model_name: str) -> dict:
    client = modelred.ModelRed(api_key=os.environ["MODELRED_API_KEY"])
    try:
        a = client.create_assessment(model=model_name, test_types=["bias", "policy_violation"])
        done = client.wait_for_completion(a["id"], timeout=1800)
    except modelred.ValidationError as e:
        return {"ok": False, "message": e.args[0] if e.args else "invalid request"}
    except modelred.ModelRedError as e:
        disputes_log.error("modelred failed for %s: %s", model_name, e)
        return {"ok": False, "message": "assessment failed"}
    return {"ok": True, "score": done.get("score")}


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    print(draft_decision("T-88213", "I was charged double the quote", os.environ["OPENAI_API_KEY"]))
