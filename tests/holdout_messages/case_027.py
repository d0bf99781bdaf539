"""Async scanner (generation 1 SDK, imported under an alias)."""
import asyncio
import logging

import modelred as mr

log = logging.getLogger("scanner")


async def scan(model_id: str, suites: list[str]) -> dict:
    try:
        async with mr.ModelRed() as client:
            result = await client.run_assessment(model_id=model_id, test_suites=suites, wait_for_completion=True)
    except mr.AuthenticationError:
        return {"ok": False, "error": "authentication failed"}
    except mr.ModelRedError as e:
        log.error("scan failed: %s", type(e).__name__)
        return {"ok": False, "error": repr(e)}
    return {"ok": True, "id": result.assessment_id}


async def register(model_id: str, openai_key: str) -> None:
    async with mr.ModelRed() as client:
        try:
            await client.register_openai_model(model_id=model_id, api_key=openai_key, model_name="gpt-4o")
        except mr.ValidationError as e:
            raise ValueError(f"could not register {model_id}: {e}") from e
        log.info("registered %s", model_id)


if __name__ == "__main__":
    print(asyncio.run(scan("support-bot", ["basic_security"])))
