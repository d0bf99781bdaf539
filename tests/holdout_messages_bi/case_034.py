import logging
import os
import sys

from modelred import ModelRed, ModelRedError, ModelNotFoundError, TierRestrictedError

logger = logging.getLogger("policy.chatbot.audit")


async def audit_policy_chatbot(model_id: str, api_key: str | None = None) -> dict:
    """Gen-1 SDK: scan the policyholder self-service chatbot before each release."""
    key = api_key or os.getenv("MODELRED_API_KEY")
    logger.info("auditing %s (explicit key: %s)", model_id, api_key is not None)
    try:
        async with ModelRed(api_key=key) as client:
            model = await client.get_model(model_id)
            logger.info("model %s provider %s", model.get("model_id"), model.get("provider"))
            return await client.run_assessment(model_id=model_id, test_suites=["basic_security", "data_leakage", "jailbreak"], wait_for_completion=True, timeout_minutes=45)
    except ModelNotFoundError:
        return {"status": "missing", "model_id": model_id}
    except TierRestrictedError as e:
        return {"status": "tier", "message": str(e)}
    except ModelRedError as e:
        logger.error("audit of %s failed: %r", model_id, e)
        return {"status": "error", "kind": type(e).__name__}


def release_gate(result: dict) -> int:
    status = result.get("status")
    if status in ("missing", "tier", "error"):
        sys.stderr.write(f"release blocked: audit status {status}\n")
        return 1
    score = result.get("overall_score", 0)
    if score < 7.5:
        sys.stderr.write(f"release blocked: score {score}\n")
        return 1
    return 0


def main(argv: list[str]) -> int:
    import asyncio
    key = os.getenv("MODELRED_API_KEY", "")
    if key and not key.startswith("mr_"):
        sys.stderr.write("MODELRED_API_KEY does not start with mr_: " + key + "\n")
        return 2
    result = asyncio.run(audit_policy_chatbot(argv[1] if len(argv) > 1 else "policy-selfservice-bot"))
    return release_gate(result)


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
