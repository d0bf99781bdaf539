"""Generation-2 scan scheduler for the fleet's on-device models (sync client, plain functions)."""
import logging
import os
import time

import modelred

logger = logging.getLogger("fleet.scan")
TEST_TYPES = ["prompt_injection", "data_leakage"]


def make_client():
    return modelred.ModelRed(api_key=os.environ["MODELRED_API_KEY"])


def scan_model(client, model: str) -> dict:
    try:
        job = client.create_assessment(model=model, test_types=TEST_TYPES, priority="low")
        final = client.wait_for_completion(job["id"], timeout=1800)
    except modelred.RateLimitError as exc:
        logger.warning("rate limited on %s: %s", model, exc)
        return {"model": model, "state": "deferred"}
    except modelred.NotFoundError:
        return {"model": model, "state": "missing"}
    except modelred.ModelRedError as exc:
        return {"model": model, "state": "error", "message": str(exc)}
    return {"model": model, "state": final.get("status"), "score": final.get("score")}


def scan_fleet(models: list[str]) -> list[dict]:
    client = make_client()
    results = []
    for m in models:
        res = scan_model(client, m)
        logger.info("%s -> %s", m, res["state"])
        results.append(res)
        time.sleep(1)
    return results


def report(results: list[dict]) -> str:
    lines = [f"{r['model']}: {r['state']}" for r in results]
    return "\n".join(lines)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    key = os.environ.get("MODELRED_API_KEY", "")
    if len(key) < 12:
        raise SystemExit(f"MODELRED_API_KEY too short ({len(key)} chars)")
    models = os.environ.get("FLEET_MODELS", "gw-llm-small,cam-llm").split(",")
    print(report(scan_fleet(models)))
