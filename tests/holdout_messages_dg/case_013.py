import asyncio
import logging
import os
import warnings

from modelred import ModelRed, ModelRedError, AuthenticationError, QuotaExceededError

# Generation-1 SDK, progress callback wired into our tracing log.

tlog = logging.getLogger("scan.progress")
MR_KEY = os.getenv("MODELRED_API_KEY")
AZURE_KEY = os.getenv("AZURE_OPENAI_API_KEY")
AZURE_ENDPOINT = os.getenv("AZURE_OPENAI_ENDPOINT")


def on_progress(status: dict) -> None:
    tlog.info("assessment %s %s%%", status.get("assessment_id"), status.get("progress"))


async def register_and_scan() -> dict:
    async with ModelRed(api_key=MR_KEY) as client:
        await client.register_azure_model(
            model_id="azure-helpdesk",
            api_key=AZURE_KEY,
            endpoint=AZURE_ENDPOINT,
            deployment_name="gpt4o-prod",
        )
        tlog.info("registered azure model at %s", AZURE_ENDPOINT)
        return await client.run_assessment(
            model_id="azure-helpdesk",
            test_suites=["basic_security", "prompt_injection"],
            wait_for_completion=True,
            progress_callback=on_progress,
        )


def main() -> int:
    if AZURE_KEY is None:
        warnings.warn("AZURE_OPENAI_API_KEY not set; azure model cannot be registered")
        return 2
    try:
        result = asyncio.run(register_and_scan())
    except AuthenticationError:
        tlog.error("ModelRed rejected key %s", MR_KEY)
        return 1
    except QuotaExceededError as e:
        warnings.warn(f"quota exceeded: {type(e).__name__}")
        return 1
    except ModelRedError:
        tlog.exception("scan failed")
        return 1
    warnings.warn(f"scan done with azure key {AZURE_KEY}; rotate after testing")
    print(result.get("summary"))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
