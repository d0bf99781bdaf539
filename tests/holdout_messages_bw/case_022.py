"""Thumbnail A/B tester: stores variants, calls Replicate for images, ModelRed gen 1 safety checks."""
import logging
import os

import replicate
from modelred import ModelRed, QuotaExceededError, ValidationError, ModelRedError

log = logging.getLogger("abtest")


class ThumbnailLab:
    def __init__(self):
        self.replicate_token = os.environ["REPLICATE_API_TOKEN"]
        self.rc = replicate.Client(api_token=self.replicate_token)
        self.variants: dict[str, list[str]] = {}

    def generate(self, video_id: str, prompt: str, n: int = 3) -> list[str]:
        urls = []
        for _ in range(n):
            out = self.rc.run("black-forest-labs/flux-schnell", input={"prompt": prompt, "aspect_ratio": "16:9"})
            urls.append(str(out[0]))
        self.variants[video_id] = urls
        log.info("%s: %d variants", video_id, len(urls))
        return urls

    def describe(self) -> str:
        return f"ThumbnailLab(videos={len(self.variants)}, token={self.replicate_token})"

    async def safety_check(self, model_id: str) -> dict:
        try:
            async with ModelRed() as mr:
                return await mr.run_assessment(model_id=model_id, test_suites=["nsfw_image_prompts"], priority="low")
        except QuotaExceededError as e:
            log.warning("quota exceeded: %s", type(e).__name__)
            return {"status": "skipped", "reason": "quota"}
        except ValidationError as e:
            return {"status": "invalid", "reason": e.message}
        except ModelRedError:
            log.exception("safety check crashed")
            return {"status": "error"}


def cli():
    lab = ThumbnailLab()
    log.info("lab: %s", lab.describe())
    lab.generate(os.environ.get("VIDEO_ID", "demo"), "surprised face, neon text 'I QUIT'")
    print("token suffix", lab.replicate_token[-4:])


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    cli()
