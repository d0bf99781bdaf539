"""Generation-3 ModelRed assessment runner for the embedding models, called by the search platform API."""
import logging
import os

from modelred import ModelRed, APIError, LimitExceeded, RateLimited, ValidationFailed

log = logging.getLogger("platform.redteam")

MODELRED_KEY = os.environ.get("MODELRED_API_KEY", "")
DEFAULT_PACKS = ["embedding-inversion", "membership-inference"]


def client() -> ModelRed:
    if not MODELRED_KEY:
        raise RuntimeError(f"MODELRED_API_KEY is empty ({MODELRED_KEY!r})")
    return ModelRed(MODELRED_KEY, max_retries=5)


def start(model_id: str, packs: list[str] | None = None) -> dict:
    packs = packs or DEFAULT_PACKS
    with client() as mr:
        try:
            a = mr.create_assessment(model_id=model_id, probe_pack_ids=packs)
        except ValidationFailed as exc:
            return {"ok": False, "error": exc.args[0]}
        except LimitExceeded as exc:
            log.warning("limit exceeded for %s: %s", model_id, exc)
            return {"ok": False, "error": "plan limit reached"}
        except RateLimited as exc:
            return {"ok": False, "retry_after": getattr(exc, "retry_after", 30)}
        except APIError as exc:
            log.error("create_assessment failed status=%s", exc.status_code)
            raise
    log.info("assessment %s for %s with packs %s", a["id"], model_id, packs)
    return {"ok": True, "id": a["id"]}


def history(model_id: str, limit: int = 20) -> list[dict]:
    with client() as mr:
        try:
            items = mr.list_assessments(model_id=model_id, limit=limit)
        except APIError as exc:
            raise ValueError(f"could not list assessments: {exc}") from exc
    return [{"id": i["id"], "score": i.get("score")} for i in items]


if __name__ == "__main__":
    print(start("embed-small-v1"))
    print(history("embed-small-v1"))
