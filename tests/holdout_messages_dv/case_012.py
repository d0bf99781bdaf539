"""Layered settings (defaults < JSON file < env < CLI) for the ModelRed scan bot, generation 2."""
import argparse
import json
import logging
import os

from modelred import ModelRedClient, ModelRedError, NotFoundError

log = logging.getLogger("scanbot")


class Settings:
    DEFAULTS = {"api_key": None, "priority": "normal", "test_types": ["prompt_injection"], "base_model": "support-bot"}
    ENV = {"api_key": "MODELRED_API_KEY", "priority": "SCANBOT_PRIORITY", "base_model": "SCANBOT_MODEL"}

    def __init__(self, file_path: str, cli: argparse.Namespace):
        self.values = dict(self.DEFAULTS)
        self.source = {k: "default" for k in self.DEFAULTS}
        if os.path.exists(file_path):
            with open(file_path, encoding="utf-8") as fh:
                self._apply(json.load(fh), "file")
        self._apply({k: os.environ.get(v) for k, v in self.ENV.items()}, "env")
        self._apply(vars(cli), "cli")

    def _apply(self, layer: dict, name: str) -> None:
        for key, value in layer.items():
            if key in self.values and value is not None:
                self.values[key] = value
                self.source[key] = name

    def describe(self) -> None:
        for field, origin in self.source.items():
            log.info("setting %-10s from %s", field, origin)
        log.info("api_key from %s: %s", self.source["api_key"], self.values["api_key"])


def scan(settings: Settings) -> str:
    client = ModelRedClient(api_key=settings.values["api_key"])
    try:
        model = client.get_model(settings.values["base_model"])
        job = client.create_assessment(
            model=model["modelId"], test_types=settings.values["test_types"], priority=settings.values["priority"]
        )
    except NotFoundError:
        return f"model {settings.values['base_model']} is not registered"
    except ModelRedError as e:
        return f"scan failed: {e}"
    return f"assessment {job['id']} started ({settings.values['priority']} priority)"


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--api-key", dest="api_key")
    parser.add_argument("--priority")
    parser.add_argument("--base-model", dest="base_model")
    ns = parser.parse_args()
    s = Settings("scanbot.json", ns)
    s.describe()
    print(f"key configured via {s.source['api_key']}, {len(s.values['api_key'] or '')} chars")
    print(scan(s))
