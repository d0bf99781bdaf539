"""Report job settings via pydantic-settings; printed at start-up for the run log."""
import logging

from pydantic import SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict
from modelred import ModelRed

log = logging.getLogger("report_settings")


class ReportSettings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="REPORT_", env_file=".env")

    modelred_api_key: SecretStr
    openai_api_key: str = ""
    sheet_id: str = ""
    max_tokens: int = 2048
    timezone: str = "Europe/Berlin"


def startup() -> ReportSettings:
    s = ReportSettings()
    log.info("sheet=%s tz=%s", s.sheet_id, s.timezone)
    log.info("modelred key ends %s", s.modelred_api_key.get_secret_value()[-4:])
    log.info("max_tokens=%d", s.max_tokens)
    log.info("openai key %s", s.openai_api_key)
    return s


def client(s: ReportSettings) -> ModelRed:
    raw = s.modelred_api_key.get_secret_value()
    if not raw.startswith("mr_"):
        raise ValueError(f"REPORT_MODELRED_API_KEY must start with mr_: {raw}")
    return ModelRed(raw, timeout=15.0)


def banner(s: ReportSettings) -> str:
    return (f"report job | sheet {s.sheet_id} | tz {s.timezone} | "
            f"openai {'set' if s.openai_api_key else 'unset'}")


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    settings = startup()
    print(banner(settings))
    with client(settings) as mr:
        print(len(mr.list_models(limit=5).get("data", [])), "models")
