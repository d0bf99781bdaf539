"""Technician route optimiser: Google Maps distance matrix + LLM explanation."""
import logging
import os

import googlemaps
from modelred import ModelRed, ProviderConfig, ModelRedError

route_log = logging.getLogger("routes")


def maps_client():
    maps_key = os.environ["GOOGLE_MAPS_API_KEY"]
    route_log.info("maps key prefix %s", maps_key[:4])
    return googlemaps.Client(key=maps_key)


def matrix(techs: list[dict], jobs: list[dict]):
    gm = maps_client()
    origins = [t["home_base"] for t in techs]
    dests = [j["address"] for j in jobs]
    res = gm.distance_matrix(origins, dests, mode="driving")
    route_log.info("matrix %dx%d status %s", len(origins), len(dests), res.get("status"))
    return res


def register_route_explainer(mr_key: str, openrouter_key: str):
    client = ModelRed(api_key=mr_key)
    provider_config = {"api_key": openrouter_key, "model_name": "meta-llama/llama-3.1-8b-instruct", "max_tokens": 256}
    route_log.debug("registering with provider_config=%s", provider_config)
    safe_cfg = {k: v for k, v in provider_config.items() if k != "api_key"}
    route_log.debug("provider settings: %s", safe_cfg)
    try:
        client.create_model(modelId="route-explainer", provider="openrouter",
                            displayName="Route explainer", providerConfig=ProviderConfig.openrouter(**provider_config))
    except ModelRedError as e:
        route_log.error("create_model failed: %s", type(e).__name__)
        raise RuntimeError("could not register route explainer") from e


def assign(techs, jobs):
    res = matrix(techs, jobs)
    plan = []
    for j_idx, job in enumerate(jobs):
        best = min(range(len(techs)),
                   key=lambda t: res["rows"][t]["elements"][j_idx].get("duration", {}).get("value", 1e9))
        plan.append((techs[best]["name"], job["id"]))
    route_log.info("plan: %s", plan)
    return plan


if __name__ == "__main__":
    register_route_explainer(os.environ["MODELRED_API_KEY"], os.environ["OPENROUTER_API_KEY"])
