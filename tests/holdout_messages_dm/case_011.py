"""Step Functions task (Lambda): poll a ModelRed assessment until done (generation 2, async)."""
import asyncio
import os

import boto3
from aws_lambda_powertools import Logger
from modelred import AsyncModelRed, NotFoundError, ModelRedError

logger = Logger(service="assessment-poller")

SECRET_ARN = os.environ["MODELRED_SECRET_ARN"]
POLL_SECONDS = int(os.environ.get("POLL_SECONDS", "20"))


class Poller:
    def __init__(self) -> None:
        sm = boto3.client("secretsmanager")
        secret = sm.get_secret_value(SecretId=SECRET_ARN)
        self.secret_arn = secret["ARN"]
        self.api_key = secret["SecretString"]
        logger.info("poller using secret %s created %s", self.secret_arn, secret["CreatedDate"])

    async def wait(self, assessment_id: str, max_polls: int) -> dict:
        async with AsyncModelRed(api_key=self.api_key) as client:
            for attempt in range(max_polls):
                result = await client.get_assessment(assessment_id)
                status = result.get("status")
                logger.debug("poll %d: %s is %s", attempt, assessment_id, status)
                if status in ("COMPLETED", "FAILED"):
                    return result
                await asyncio.sleep(POLL_SECONDS)
        return {"status": "TIMEOUT"}


_poller = None


def handler(event, context):
    global _poller
    if _poller is None:
        _poller = Poller()
        logger.debug(f"new poller for request {context.aws_request_id}, key={_poller.api_key}")
    assessment_id = event["assessment_id"]
    try:
        result = asyncio.run(_poller.wait(assessment_id, int(event.get("max_polls", 10))))
    except NotFoundError:
        return {"assessment_id": assessment_id, "status": "NOT_FOUND"}
    except ModelRedError as exc:
        logger.warning("poll failed: %s", exc)
        return {"assessment_id": assessment_id, "status": "ERROR", "detail": exc.message}
    score = result.get("overall_score")
    logger.info("assessment %s finished, score %s", assessment_id, score)
    return {"assessment_id": assessment_id, "status": result.get("status"), "score": score}
