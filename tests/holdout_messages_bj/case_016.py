import os
import time
import logging

import schedule
from modelred import ModelRed, ModelRedError, NotFoundError, AuthenticationError
import asyncio

logger = logging.getLogger("pi-scheduler")
logging.basicConfig(level=logging.INFO)


class Scheduler:
    """Runs weekly ModelRed assessments against the models on my Jetson."""

    KEY_ENV = "MODELRED_API_KEY"

    def __init__(self):
        self._api_key = os.environ.get(self.KEY_ENV)
        self.models = ["jetson-phi3", "jetson-gemma2"]
        self.suites = ["basic_injection", "data_leakage"]

    async def _run(self, model_id):
        async with ModelRed(api_key=self._api_key) as client:
            return await client.run_assessment(model_id=model_id, test_suites=self.suites, wait_for_completion=False)

    def job(self):
        for m in self.models:
            try:
                res = asyncio.run(self._run(m))
                logger.info("queued %s -> %s", m, res.get("assessment_id"))
            except NotFoundError:
                logger.warning("model %s missing on modelred", m)
            except AuthenticationError:
                logger.error("auth failed with key %s", self._api_key)
                return
            except ModelRedError as e:
                logger.exception("assessment for %s failed: %s", m, e)

    def start(self):
        if not self._api_key:
            logger.error("%s not set, value=%r", self.KEY_ENV, self._api_key)
            raise SystemExit(1)
        schedule.every().sunday.at("04:00").do(self.job)
        logger.info("scheduler up, models=%s suites=%s", self.models, self.suites)
        while True:
            schedule.run_pending()
            time.sleep(60)


if __name__ == "__main__":
    Scheduler().start()
