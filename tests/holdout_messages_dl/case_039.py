"""Generation-1 ModelRed progress reporter for the `redteam run` CLI (async, returns a summary for the caller)."""
import asyncio
import logging

from modelred import ModelRed, ModelRedError, AssessmentError, NetworkError

log = logging.getLogger("redteam.run")


class Progress:
    def __init__(self) -> None:
        self.last = -1

    def __call__(self, status: dict) -> None:
        pct = int(status.get("progress", 0))
        if pct != self.last:
            log.info("assessment %s: %d%%", status.get("assessment_id"), pct)
            self.last = pct


async def run(model_id: str, suites: list[str], timeout_minutes: int = 30) -> dict:
    progress = Progress()
    attempts = 0
    while True:
        attempts += 1
        try:
            async with ModelRed() as client:
                result = await client.run_assessment(
                    model_id=model_id, test_suites=suites, wait_for_completion=True,
                    timeout_minutes=timeout_minutes, progress_callback=progress)
            break
        except NetworkError as exc:
            log.warning("network error (attempt %d): %s", attempts, exc)
            if attempts >= 3:
                raise
            await asyncio.sleep(2 ** attempts)
        except AssessmentError as exc:
            raise RuntimeError(f"assessment of {model_id} failed: {exc}") from exc
        except ModelRedError as exc:
            return {"model_id": model_id, "status": "error", "kind": type(exc).__name__}
    return {"model_id": model_id, "status": result.get("status"), "score": result.get("overall_score")}


def main(model_id: str) -> None:
    summary = asyncio.run(run(model_id, ["basic_security", "prompt_injection"]))
    print(summary)
