"""Agent runtime hooks: audit every tool call, with arguments scrubbed of secrets."""
import json
import logging
import time
from typing import Any

audit = logging.getLogger("agent.audit")
SENSITIVE_ARGS = {"api_key", "token", "password", "authorization", "client_secret"}


def scrub(args: dict[str, Any]) -> dict[str, Any]:
    return {k: ("***" if k.lower() in SENSITIVE_ARGS else v) for k, v in args.items()}


class AuditHook:
    def __init__(self, session_id: str, user_token: str):
        self.session_id = session_id
        self.user_token = user_token
        self.started = {}

    def before_tool(self, call_id: str, name: str, args: dict[str, Any]) -> None:
        self.started[call_id] = time.monotonic()
        audit.info("tool %s start %s args=%s", name, call_id, json.dumps(scrub(args)))
        if "api_key" in args:
            audit.debug("tool %s got api_key %s", name, args["api_key"])

    def after_tool(self, call_id: str, name: str, result: Any, usage: dict) -> None:
        took = time.monotonic() - self.started.pop(call_id, time.monotonic())
        audit.info(
            "tool %s done in %.2fs prompt_tokens=%s completion_tokens=%s",
            name, took, usage.get("prompt_tokens"), usage.get("completion_tokens"),
        )

    def on_error(self, call_id: str, name: str, args: dict[str, Any], exc: BaseException) -> None:
        audit.error("tool %s failed (%s) args=%s", name, type(exc).__name__, scrub(args))
        audit.error("tool %s failed; replay with %d args", name, len(args))

    def session_header(self) -> str:
        return f"session={self.session_id} user_token_len={len(self.user_token)}"

    def close(self) -> None:
        audit.info("session %s closed (%s)", self.session_id, self.session_header())
        audit.debug("session %s token %s", self.session_id, self.user_token)


def install(agent, session_id: str, user_token: str) -> AuditHook:
    hook = AuditHook(session_id, user_token)
    agent.on("before_tool", hook.before_tool)
    agent.on("after_tool", hook.after_tool)
    agent.on("tool_error", hook.on_error)
    return hook
