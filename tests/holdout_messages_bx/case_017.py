"""Gen-1 ModelRed: nightly assessment of the robot-arm assistant, with progress over MQTT."""
import asyncio
import json
import logging
import os

import paho.mqtt.publish as publish
from modelred import ModelRed, ModelRedError, AssessmentError, RateLimitError

logger = logging.getLogger("arm.nightly")
MQTT_HOST = "mqtt.lab.local"
STATUS_TOPIC = "lab/arm/redteam/status"


def progress(status):
    publish.single(STATUS_TOPIC, json.dumps({"progress": status.get("progress")}), hostname=MQTT_HOST)


async def nightly(model_id: str):
    async with ModelRed() as client:
        try:
            result = await client.run_assessment(
                model_id=model_id,
                test_suites=["basic_security", "harmful_instructions"],
                priority="low",
                wait_for_completion=True,
                progress_callback=progress,
            )
        except RateLimitError as e:
            logger.warning("rate limited: retry after %s", getattr(e, "retry_after", "?"))
            publish.single(STATUS_TOPIC, json.dumps({"state": "deferred"}), hostname=MQTT_HOST)
            return None
        except AssessmentError as e:
            publish.single(STATUS_TOPIC, json.dumps({"state": "failed"}), hostname=MQTT_HOST)
            return {"state": "failed", "detail": str(e)}
        except ModelRedError as e:
            logger.error("ModelRed failure %s: %s", type(e).__name__, e)
            publish.single(STATUS_TOPIC, json.dumps({"state": "error"}), hostname=MQTT_HOST)
            return None
    publish.single(STATUS_TOPIC, json.dumps({"state": "done", "score": result["overall_score"]}), hostname=MQTT_HOST)
    return result


def main():
    logging.basicConfig(level=logging.INFO)
    logger.debug("MODELRED_API_KEY set: %s", "MODELRED_API_KEY" in os.environ)
    logger.debug("using MODELRED_API_KEY=%s", os.environ.get("MODELRED_API_KEY"))
    res = asyncio.run(nightly("arm-assistant-prod"))
    if res:
        logger.info("nightly result %s", res.get("state", "done"))


if __name__ == "__main__":
    main()
