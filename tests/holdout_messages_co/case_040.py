"""Typed kwargs for ModelRed (generation 3) assessments with Unpack[TypedDict]."""
from __future__ import annotations

import logging
import os
from typing import Required, TypedDict, Unpack

from modelred import ModelRed, APIError, RateLimited

log = logging.getLogger("assess")


class AssessmentKwargs(TypedDict, total=False):
    model_id: Required[str]
    probe_pack_ids: Required[list[str]]
    priority: str
    detector_provider: str
    detector_api_key: str


def launch(client: ModelRed, **kwargs: Unpack[AssessmentKwargs]) -> str | None:
    safe = {k: v for k, v in kwargs.items() if not k.endswith("api_key")}
    log.info("launching assessment %s", safe)
    try:
        res = client.create_assessment(**kwargs)
    except RateLimited as exc:
        log.warning("rate limited, retry after %s s", exc.retry_after)
        return None
    except APIError as exc:
        log.error("create_assessment failed: %s", type(exc).__name__)
        return None
    return res["id"]


def main() -> None:
    client = ModelRed(os.environ["MODELRED_API_KEY"], max_retries=2)
    detector = os.environ.get("OPENAI_API_KEY", "")
    kwargs: AssessmentKwargs = {
        "model_id": os.environ.get("TARGET_MODEL", "support-bot"),
        "probe_pack_ids": ["owasp-llm-top10"],
        "priority": "high",
    }
    if detector:
        kwargs["detector_provider"] = "openai"
        kwargs["detector_api_key"] = detector
    log.info("detector configured: %s, packs=%s", bool(detector), kwargs["probe_pack_ids"])
    if (assessment_id := launch(client, **kwargs)) is None:
        log.error("assessment not started; kwargs were %s", kwargs)
        return
    print(assessment_id)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    main()
