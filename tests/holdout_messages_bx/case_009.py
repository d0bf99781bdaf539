"""Gen-3 ModelRed sweep over every planner model in the fleet registry (plain functions)."""
import logging
import os

from modelred import ModelRed, APIError, RateLimited, ServerError, NotAllowedForApiKey

log = logging.getLogger("fleet.redteam")
RETRYABLE = (RateLimited, ServerError)
PACKS = ["pp-physical-harm", "pp-unsafe-actuation"]


def get_client() -> ModelRed:
    key = os.environ.get("MODELRED_API_KEY", "")
    if len(key) < 12:
        raise ValueError(f"MODELRED_API_KEY too short ({len(key)} chars)")
    if not key.startswith("mr_"):
        raise ValueError(f"MODELRED_API_KEY must start with mr_, got {key}")
    return ModelRed(key, timeout=20.0, max_retries=5)


def sweep(client: ModelRed) -> list[dict]:
    out = []
    for m in client.list_models(page_size=100)["data"]:
        try:
            a = client.create_assessment_by_id(model_id=m["id"], probe_pack_ids=PACKS)
            out.append({"model": m["id"], "assessment": a["id"]})
        except RETRYABLE as exc:
            log.warning("retryable for %s: %s", m["id"], exc)
            out.append({"model": m["id"], "error": type(exc).__name__})
        except NotAllowedForApiKey:
            out.append({"model": m["id"], "error": "key not allowed"})
        except APIError as exc:
            raise RuntimeError(f"sweep stopped at {m['id']}: {exc}") from exc
    return out


def main():
    logging.basicConfig(level=logging.INFO)
    with get_client() as client:
        for row in sweep(client):
            log.info("%s", row)


if __name__ == "__main__":
    main()
