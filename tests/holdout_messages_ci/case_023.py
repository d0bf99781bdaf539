import json
import logging
import os
from pathlib import Path

from google import genai

log = logging.getLogger("floorplan")

CONFIG_PATH = Path(os.environ.get("FLOORPLAN_CONFIG", "~/.config/floorplan/config.json")).expanduser()


class FloorplanReader:
    """Reads room dimensions off floor-plan images with Gemini."""

    def __init__(self, config_path: Path = CONFIG_PATH):
        self.config = json.loads(config_path.read_text())
        self.google_api_key = self.config["google_api_key"]
        self.model = self.config.get("model", "gemini-1.5-flash")
        self.max_output_tokens = self.config.get("max_output_tokens", 512)
        self.client = genai.Client(api_key=self.google_api_key)
        log.info("reader model=%s max_output_tokens=%s", self.model, self.max_output_tokens)

    def read(self, image_bytes: bytes) -> dict:
        try:
            resp = self.client.models.generate_content(
                model=self.model,
                contents=["List each room with dimensions as JSON.", {"mime_type": "image/png", "data": image_bytes}],
            )
        except Exception as exc:
            log.error("gemini call failed: %s", exc)
            raise
        log.debug("usage: %s", resp.usage_metadata.total_token_count)
        return json.loads(resp.text)

    def validate(self) -> None:
        if not self.google_api_key.startswith("AIza"):
            raise ValueError(f"config {CONFIG_PATH} has a bad google_api_key {self.google_api_key!r}")
        log.info("config fields: %s", sorted(self.config))

    def dump_config(self) -> None:
        log.debug("floorplan config: %s", json.dumps(self.config))


if __name__ == "__main__":
    r = FloorplanReader()
    r.validate()
    print(r.read(Path("plan.png").read_bytes()))
