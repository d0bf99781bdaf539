"""SQS-triggered Lambda that starts queued ModelRed assessments."""
import json
import logging
import os
import traceback

from modelred import ModelRed, ModelRedError, RateLimited

logger = logging.getLogger()
logger.setLevel(os.environ.get("LOG_LEVEL", "INFO"))

API_KEY = os.environ["MODELRED_API_KEY"]


def handler(event, context):
    failures = []
    with ModelRed(API_KEY, max_retries=1) as client:
        for record in event["Records"]:
            msg = json.loads(record["body"])
            try:
                client.create_assessment_by_id(model_id=msg["model_id"], probe_pack_ids=msg["packs"])
            except RateLimited:
                failures.append({"itemIdentifier": record["messageId"]})
            except ModelRedError:
                logger.error("record %s failed:\n%s", record["messageId"], traceback.format_exc())
                return {
                    "statusCode": 500,
                    "body": traceback.format_exc(),
                }
            except Exception:
                logger.exception("bad record %s", record["messageId"])
                failures.append({"itemIdentifier": record["messageId"]})
    logger.info("processed %d records, %d failed", len(event["Records"]), len(failures))
    logger.debug("api key configured: %s", API_KEY is not None)
    return {"batchItemFailures": failures}
