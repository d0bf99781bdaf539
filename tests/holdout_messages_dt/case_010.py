"""Nightly red-team service (ModelRed SDK generation 1, async)."""
import asyncio
import logging

import boto3
from modelred import AuthenticationError, ModelRed, ModelRedError

logger = logging.getLogger("nightly")

SECRET_ID = "modelred/prod/api-key"


def get_secret(secret_name: str) -> str:
    sm = boto3.client("secretsmanager", region_name="eu-west-1")
    return sm.get_secret_value(SecretId=secret_name)["SecretString"]


class AssessmentService:
    def __init__(self, suites: list[str], priority: str = "normal") -> None:
        self.api_key = get_secret(SECRET_ID)
        self.suites = suites
        self.priority = priority
        logger.info("loaded ModelRed key from %s", SECRET_ID)

    async def run(self, model_id: str) -> dict:
        try:
            async with ModelRed(api_key=self.api_key) as client:
                result = await client.run_assessment(
                    model_id=model_id,
                    test_suites=self.suites,
                    priority=self.priority,
                    wait_for_completion=True,
                    timeout_minutes=90,
                )
        except AuthenticationError as e:
            logger.error("ModelRed rejected key %s for %s", self.api_key, model_id)
            logger.error("auth error type: %s", type(e).__name__)
            return {"status": "error", "detail": "authentication failed"}
        except ModelRedError as e:
            return {"status": "error", "detail": str(e)}
        logger.info("assessment %s finished: %s", result["assessment_id"], result["status"])
        return {"status": "ok", "assessment_id": result["assessment_id"]}


async def main() -> None:
    svc = AssessmentService(["basic_security", "prompt_injection"], priority="high")
    results = await asyncio.gather(*(svc.run(m) for m in ("chat-prod", "search-prod")))
    for r in results:
        print(r)


if __name__ == "__main__":
    asyncio.run(main())
