"""Callback registry: functions register hooks by event name; each hook gets the call context."""
import logging
import os
from collections import defaultdict
from typing import Callable

log = logging.getLogger("hooks")
_HOOKS: dict[str, list[Callable]] = defaultdict(list)


def on(event: str):
    def reg(fn):
        _HOOKS[event].append(fn)
        return fn
    return reg


def emit(event: str, ctx: dict) -> None:
    for fn in _HOOKS[event]:
        try:
            fn(ctx)
        except Exception:
            log.exception("hook %s for %s failed", fn.__name__, event)


@on("request")
def log_request(ctx: dict) -> None:
    log.info("request model=%s max_tokens=%s user=%s", ctx["model"], ctx.get("max_tokens"), ctx.get("user"))


@on("request")
def log_auth(ctx: dict) -> None:
    log.debug("request auth api_key=%s", ctx["api_key"])


@on("error")
def log_error(ctx: dict) -> None:
    safe = {k: v for k, v in ctx.items() if k != "api_key"}
    log.error("call failed: %s", safe)
    if ctx.get("status") == 401:
        raise PermissionError(f"provider refused key {ctx['api_key']}")


def call(model: str, prompt: str, max_tokens: int = 128) -> None:
    ctx = {"model": model, "api_key": os.environ["MISTRAL_API_KEY"], "max_tokens": max_tokens, "user": "svc"}
    log.info("calling %s with ctx fields %s", model, sorted(ctx))
    emit("request", ctx)
    ctx["status"] = 401
    emit("error", ctx)


if __name__ == "__main__":
    logging.basicConfig(level=logging.DEBUG)
    call("mistral-small-latest", "hello")
