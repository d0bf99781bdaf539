"""Quarterly board pack: python-pptx deck from ModelRed results (generation 1, async)."""
import asyncio
import logging
import os

from pptx import Presentation
from pptx.util import Inches
from modelred import ModelRed, ModelRedError, QuotaExceededError, SubscriptionLimitError

log = logging.getLogger("boardpack")


class BoardPack:
    def __init__(self, models, api_key=None):
        self.models = models
        self.api_key = api_key or os.getenv("MODELRED_API_KEY")
        self.prs = Presentation()
        self.errors = []

    async def gather(self):
        results = {}
        async with ModelRed(api_key=self.api_key) as client:
            for model_id in self.models:
                try:
                    results[model_id] = await client.get_model(model_id)
                except (QuotaExceededError, SubscriptionLimitError) as e:
                    log.warning("plan limit hit on %s: %s", model_id, type(e).__name__)
                    self.errors.append(model_id)
                except ModelRedError as e:
                    log.error("get_model(%s) failed: %s", model_id, e)
        return results

    def slide(self, model_id, info):
        s = self.prs.slides.add_slide(self.prs.slide_layouts[5])
        s.shapes.title.text = f"Model {model_id}"
        box = s.shapes.add_textbox(Inches(1), Inches(2), Inches(8), Inches(3))
        box.text_frame.text = f"Provider: {info.get('provider')}  Status: {info.get('status')}"

    def build(self, path):
        results = asyncio.run(self.gather())
        for model_id, info in results.items():
            self.slide(model_id, info)
        self.prs.save(path)
        log.info("saved %s with %d slides, %d skipped", path, len(results), len(self.errors))
        return path

    def check_key(self):
        if not self.api_key or not self.api_key.startswith("mr_"):
            raise ValueError("MODELRED_API_KEY malformed: %s" % self.api_key)
        log.info("key prefix ok (%s...)", self.api_key[:3])
        log.debug("board pack client key %s", self.api_key)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    bp = BoardPack(os.environ.get("BOARD_MODELS", "").split(","))
    bp.check_key()
    bp.build("board_pack.pptx")
