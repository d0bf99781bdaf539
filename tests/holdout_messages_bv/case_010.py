"""Settings loader shared by the report jobs (reads reports.toml)."""
import logging
import tomllib
import warnings
from pathlib import Path

log = logging.getLogger("reports.settings")
DEFAULT_PATH = Path("~/.config/reports/reports.toml").expanduser()
SECRET_FIELDS = {"modelred_api_key", "openai_api_key", "smtp_password"}


class Settings:
    def __init__(self, data: dict):
        self.data = data
        self.modelred_api_key = data.get("modelred_api_key", "")
        self.openai_api_key = data.get("openai_api_key", "")
        self.sheet_id = data.get("sheet_id", "")
        self.max_tokens = int(data.get("max_tokens", 1024))

    def public(self) -> dict:
        return {k: v for k, v in self.data.items() if k not in SECRET_FIELDS}

    def __repr__(self):
        return f"Settings(sheet_id={self.sheet_id!r}, max_tokens={self.max_tokens})"


def load(path: Path = DEFAULT_PATH) -> Settings:
    with open(path, "rb") as fh:
        data = tomllib.load(fh)
    s = Settings(data)
    log.info("loaded settings %s", s.public())
    log.info("settings %r", s)
    log.debug("raw settings %s", data)
    if not s.modelred_api_key.startswith("mr_"):
        warnings.warn(f"modelred_api_key looks wrong: {s.modelred_api_key}")
    if s.openai_api_key and s.openai_api_key == s.modelred_api_key:
        raise ValueError(f"openai_api_key equals the ModelRed key ({s.openai_api_key[-4:]})")
    log.info("secret fields expected: %s", sorted(SECRET_FIELDS))
    return s


def require(s: Settings, field_name: str) -> str:
    value = getattr(s, field_name, "")
    if not value:
        raise KeyError(f"{field_name} missing in {DEFAULT_PATH}, got {value!r}")
    return value


if __name__ == "__main__":
    logging.basicConfig(level=logging.DEBUG)
    print(load())
