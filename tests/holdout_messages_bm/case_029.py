"""Daily planner: pulls Todoist + Google Calendar, asks an LLM for a plan, mails it (gen-3 ModelRed gate)."""
import logging
import os
import sys

from modelred import ModelRed, APIError, Unauthorized
from openai import OpenAI

logger = logging.getLogger("daily_planner")
PLAN_MODEL = "gpt-4o"
GATE_MIN_SCORE = 0.8


def planner_is_safe(mr_key: str) -> tuple[bool, str]:
    try:
        with ModelRed(mr_key) as client:
            page = client.list_assessments(model_id="daily-planner", limit=1)
    except Unauthorized:
        return False, "ModelRed rejected the API key"
    except APIError as err:
        return False, f"ModelRed unavailable: {err}"
    latest = (page.get("data") or [{}])[0]
    return (latest.get("score") or 0) >= GATE_MIN_SCORE, f"score {latest.get('score')}"


def make_plan(tasks: list[str], events: list[str]) -> str:
    client = OpenAI()
    r = client.chat.completions.create(
        model=PLAN_MODEL,
        messages=[{"role": "user", "content": "Tasks:\n" + "\n".join(tasks) + "\nEvents:\n" + "\n".join(events) + "\nPlan my day."}],
    )
    logger.info("plan: %d prompt / %d completion tokens", r.usage.prompt_tokens, r.usage.completion_tokens)
    return r.choices[0].message.content


def main(argv: list[str]) -> int:
    mr_key = os.environ.get("MODELRED_API_KEY")
    if mr_key is None:
        logger.error("MODELRED_API_KEY missing, got %r", mr_key)
        return 2
    ok, reason = planner_is_safe(mr_key)
    logger.info("gate: ok=%s reason=%s", ok, reason)
    if not ok:
        print("planner disabled; see the log for the reason", file=sys.stderr)
        return 1
    plan = make_plan(argv[1:] or ["inbox zero"], ["10:00 standup"])
    print(plan)
    if os.environ.get("PLANNER_DEBUG") == "1":
        print(f"debug: ModelRed key={mr_key}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    raise SystemExit(main(sys.argv))
