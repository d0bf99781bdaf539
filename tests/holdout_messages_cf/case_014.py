"""Settings loader for the itinerary assistant (TOML file + environment overrides)."""
import logging
import os
import tomllib
from pathlib import Path

logger = logging.getLogger("itinerary.settings")

DEFAULT_PATH = Path("/etc/itinerary/settings.toml")
SECRET_FIELDS = {"openai_api_key", "modelred_api_key", "skyscanner_api_key", "smtp_password"}


class Settings:
    def __init__(self, data: dict):
        self._data = data
        self.openai_api_key = data.get("openai_api_key") or os.getenv("OPENAI_API_KEY")
        self.modelred_api_key = data.get("modelred_api_key") or os.getenv("MODELRED_API_KEY")
        self.skyscanner_api_key = data.get("skyscanner_api_key")
        self.smtp_password = data.get("smtp_password")
        self.smtp_user = data.get("smtp_user", "noreply@itinerary.example")
        self.model = data.get("model", "gpt-4o")
        self.max_tokens = int(data.get("max_tokens", 800))

    def public(self):
        return {k: v for k, v in self._data.items() if k not in SECRET_FIELDS}

    def validate(self):
        if not self.modelred_api_key:
            raise ValueError(f"modelred_api_key missing (value {self.modelred_api_key!r})")
        if not self.modelred_api_key.startswith("mr_"):
            raise ValueError(f"modelred_api_key must start with mr_, got {self.modelred_api_key}")
        if self.skyscanner_api_key and len(self.skyscanner_api_key) < 20:
            raise ValueError("skyscanner_api_key: too short (%s)" % self.skyscanner_api_key)
        if self.max_tokens > 4096:
            raise ValueError(f"max_tokens {self.max_tokens} exceeds 4096")


def load(path: Path = DEFAULT_PATH) -> Settings:
    data = tomllib.loads(path.read_text()) if path.exists() else {}
    s = Settings(data)
    logger.info("settings from %s: %s", path, s.public())
    logger.debug("smtp user %s, model %s, max_tokens %d", s.smtp_user, s.model, s.max_tokens)
    logger.debug("smtp login %s / %s", s.smtp_user, s.smtp_password)
    s.validate()
    return s


if __name__ == "__main__":
    logging.basicConfig(level=logging.DEBUG)
    print(load(Path(os.getenv("ITINERARY_SETTINGS", str(DEFAULT_PATH)))).public())
