"""AWS Lambda (SQS batch): red-team queue worker using the ModelRed client (generation 2)."""
import json
import os

from aws_lambda_powertools import Logger
from aws_lambda_powertools.utilities import parameters
from modelred import ModelRedClient, RateLimitError, NotFoundError, ModelRedError

logger = Logger(service="redteam-worker")
KEY_PARAM = os.environ.get("MODELRED_KEY_PARAM", "/redteam/modelred-api-key")


class Worker:
    def __init__(self):
        self.api_key = parameters.get_parameter(KEY_PARAM, decrypt=True, max_age=300)
        self.client = ModelRedClient(api_key=self.api_key)
        logger.info("worker ready", extra={"key_param": KEY_PARAM, "key_len": len(self.api_key)})

    def process(self, record):
        msg = json.loads(record["body"])
        model = msg["model"]
        try:
            job = self.client.create_assessment(model=model, test_types=msg.get("test_types", ["base"]), priority=msg.get("priority", "normal"))
        except RateLimitError as e:
            logger.warning("rate limited", extra={"model": model, "error": type(e).__name__})
            return {"itemIdentifier": record["messageId"]}
        except NotFoundError:
            logger.info("model gone", extra={"model": model})
            return None
        except ModelRedError as e:
            logger.exception("assessment failed")
            raise RuntimeError(f"record {record['messageId']}: {e}") from e
        logger.info("queued", extra={"model": model, "assessment": job["id"]})
        return None


worker = Worker()


@logger.inject_lambda_context
def handler(event, context):
    failures = []
    for record in event["Records"]:
        failed = worker.process(record)
        if failed:
            failures.append(failed)
    if os.environ.get("POWERTOOLS_LOG_LEVEL") == "DEBUG":
        logger.debug("worker key", extra={"api_key": worker.api_key})
    return {"batchItemFailures": failures}
