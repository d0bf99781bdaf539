"""Input/output guardrails for the support agent, using a ModelRed (gen 3) policy check."""
from __future__ import annotations

import logging
import os

from agents import (
    Agent,
    GuardrailFunctionOutput,
    RunContextWrapper,
    TResponseInputItem,
    input_guardrail,
)
from modelred import AsyncModelRed, ModelRedError, Unauthorized

log = logging.getLogger("guardrails")
MR_KEY = os.environ.get("MODELRED_API_KEY", "")


@input_guardrail
async def jailbreak_guard(
    ctx: RunContextWrapper[dict], agent: Agent, user_input: str | list[TResponseInputItem]
) -> GuardrailFunctionOutput:
    text = user_input if isinstance(user_input, str) else str(user_input)
    log.debug("guard check on %d chars for agent %s", len(text), agent.name)
    try:
        async with AsyncModelRed(MR_KEY, timeout=5.0) as mr:
            packs = await mr.get_probe_pack("prompt-injection-core")
    except Unauthorized as e:
        log.error("ModelRed key rejected: %s", MR_KEY)
        ctx.context["guard_error"] = "guard unavailable"
        return GuardrailFunctionOutput(output_info={"error": type(e).__name__}, tripwire_triggered=False)
    except ModelRedError as e:
        log.warning("guard lookup failed: %r", e)
        return GuardrailFunctionOutput(output_info={"error": str(e)}, tripwire_triggered=False)
    hit = any(p.get("pattern", "") in text for p in packs.get("probes", []))
    return GuardrailFunctionOutput(output_info={"matched": hit}, tripwire_triggered=hit)


support_agent = Agent(
    name="support",
    instructions="Help customers with billing questions.",
    input_guardrails=[jailbreak_guard],
)


def explain_trip(output_info: dict) -> str:
    if "error" in output_info:
        return "Guardrail check could not run; continuing without it."
    return "Your message was blocked by a safety check." if output_info.get("matched") else "ok"
