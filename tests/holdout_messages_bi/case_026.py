import logging
import os
from typing import Any

from modelred import ModelRed, Unauthorized, NotAllowedForApiKey, APIError

log = logging.getLogger("uw.redteam")


def scan_kwargs(model_id: str, packs: list[str], detector_key: str | None) -> dict[str, Any]:
    kw: dict[str, Any] = {"model_id": model_id, "probe_pack_ids": packs, "priority": "high"}
    if detector_key:
        kw["detector_api_key"] = detector_key
    return kw


def launch(model_id: str) -> str | None:
    mr_key = os.environ["MODELRED_API_KEY"]
    detector_key = os.environ.get("OPENAI_API_KEY")
    packs = ["underwriting-bias", "pii-leak"]
    kwargs = scan_kwargs(model_id, packs, detector_key)
    log.info("launching scan of %s with packs %s priority %s", model_id, kwargs["probe_pack_ids"], kwargs["priority"])
    client = ModelRed(mr_key, timeout=30.0, max_retries=2)
    try:
        return client.create_assessment(**kwargs)["id"]
    except NotAllowedForApiKey as e:
        log.error("key not allowed for this action: %s", type(e).__name__)
        return None
    except Unauthorized:
        log.error("ModelRed rejected key %s...%s", mr_key[:3], mr_key[-4:])
        return None
    except APIError as e:
        log.error("scan failed with kwargs %s: %s", kwargs, e)
        return None


def list_recent(limit: int = 20) -> list[dict]:
    client = ModelRed(os.environ["MODELRED_API_KEY"])
    rows = client.list_assessments(page_size=limit)
    for r in rows.get("data", []):
        log.info("%s %s %s", r.get("id"), r.get("status"), r.get("model_id"))
    return rows.get("data", [])


def rotate(old_key: str, new_key: str) -> None:
    if old_key == new_key:
        raise ValueError(f"new ModelRed key is identical to the old one: {new_key}")
    log.info("rotating ModelRed key, old tail %s new tail %s", old_key[-4:], new_key[-4:])


def cancel(assessment_id: str) -> dict:
    client = ModelRed(os.environ["MODELRED_API_KEY"])
    try:
        return client.cancel_assessment(assessment_id)
    except APIError as e:
        return {"cancelled": False, "reason": f"{e}"}


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    print(launch("uw-smallcommercial-v2"))
    print(len(list_recent()))
