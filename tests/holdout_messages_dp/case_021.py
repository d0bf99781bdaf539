import asyncio
import logging
import os
import sys

import structlog
from modelred import AsyncModelRed, NotAllowedForApiKey, RateLimited, ModelRedError

structlog.configure(
    processors=[structlog.contextvars.merge_contextvars, structlog.dev.ConsoleRenderer()],
    logger_factory=structlog.PrintLoggerFactory(sys.stderr),
)
log = structlog.get_logger("cancel-job")


async def cancel_stale(key: str, older_than_hours: int = 12) -> dict:
    structlog.contextvars.bind_contextvars(job="cancel-stale", hours=older_than_hours)
    cancelled, errors = [], {}
    async with AsyncModelRed(key, timeout=60.0) as client:
        runs = await client.list_assessments(status="running")
        for run in runs.get("data", []):
            if run.get("age_hours", 0) < older_than_hours:
                continue
            try:
                await client.cancel_assessment(run["id"])
                cancelled.append(run["id"])
            except RateLimited as exc:
                log.warning("rate limited", retry_after=exc.retry_after)
                await asyncio.sleep(exc.retry_after or 5)
            except NotAllowedForApiKey as exc:
                log.error("key may not cancel", key=key, run=run["id"])
                return {"cancelled": cancelled, "error": "forbidden"}
            except ModelRedError as exc:
                errors[run["id"]] = type(exc).__name__
    log.info("cancelled", count=len(cancelled), errors=len(errors))
    return {"cancelled": cancelled, "errors": errors}


def main() -> int:
    key = os.environ.get("MODELRED_API_KEY", "")
    if not key.startswith("mr_"):
        print(f"refusing to run: MODELRED_API_KEY={key} is not a ModelRed key", file=sys.stderr)
        return 2
    result = asyncio.run(cancel_stale(key))
    print(result)
    return 0


if __name__ == "__main__":
    sys.exit(main())
