"""Bugsnag and Rollbar reporting for the legacy batch evaluator."""
import logging
import os

import bugsnag
import rollbar

log = logging.getLogger("legacy")

bugsnag.configure(api_key=os.environ.get("BUGSNAG_API_KEY"), release_stage="production")
rollbar.init(os.environ.get("ROLLBAR_TOKEN"), environment="production")


class EvalError(Exception):
    pass


def evaluate(batch: list, provider_key: str) -> int:
    failures = 0
    for item in batch:
        try:
            _score(item, provider_key)
        except EvalError as e:
            failures += 1
            bugsnag.notify(e, metadata={"item": {"id": item["id"], "tokens": item.get("token_count")}})
    if failures:
        rollbar.report_message(
            f"{failures} failures in batch",
            "warning",
            extra_data={"batch_size": len(batch), "provider_key": provider_key},
        )
    return failures


def _score(item: dict, provider_key: str) -> float:
    if not item.get("text"):
        raise EvalError(f"item {item['id']} has no text")
    if provider_key.startswith("sk-ant-"):
        raise ValueError(f"anthropic key {provider_key} not supported by legacy scorer")
    return 0.0


def notify_rotation(old_key_id: str, new_key_id: str) -> None:
    bugsnag.notify(Exception("key rotated"), metadata={"keys": {"old": old_key_id, "new": new_key_id}})
