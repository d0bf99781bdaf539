"""Dev helper: load keys from a local secrets.toml with a fallback to the env."""
import logging
import os
import tomllib
from pathlib import Path

from modelred import ModelRed, ModelRedError

dev_log = logging.getLogger("devkeys")
SECRETS_TOML = Path.home() / ".config" / "llm-dev" / "secrets.toml"


class DevKeys:
    def __init__(self, path: Path = SECRETS_TOML):
        self.path = path
        self.data = tomllib.loads(path.read_text()) if path.exists() else {}
        self.openai_key = self.data.get("openai", {}).get("api_key") or os.getenv("OPENAI_API_KEY", "")
        self.modelred_key = self.data.get("modelred", {}).get("api_key") or os.getenv("MODELRED_API_KEY", "")
        self.default_model = self.data.get("openai", {}).get("model", "gpt-4o-mini")
        self.max_tokens = int(self.data.get("openai", {}).get("max_tokens", 512))

    def explain(self) -> None:
        dev_log.info("secrets file %s exists=%s", self.path, self.path.exists())
        dev_log.info("default model %s, max_tokens %d", self.default_model, self.max_tokens)
        dev_log.debug("openai section: %s", self.data.get("openai"))
        dev_log.debug("modelred key loaded: %s", self.modelred_key)

    def client(self) -> ModelRed:
        if not self.modelred_key:
            raise RuntimeError(f"no ModelRed key in {self.path} or MODELRED_API_KEY")
        return ModelRed(self.modelred_key, timeout=10.0)


def smoke() -> None:
    keys = DevKeys()
    keys.explain()
    try:
        with keys.client() as c:
            c.list_models(page=1, page_size=1)
    except ModelRedError as exc:
        dev_log.warning("ModelRed smoke test failed: %s", exc)
        return
    dev_log.info("ModelRed reachable with key ...%s", keys.modelred_key[-4:])


if __name__ == "__main__":
    logging.basicConfig(level=logging.DEBUG)
    smoke()
