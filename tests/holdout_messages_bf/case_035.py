"""Settings for the league-management service, loaded with pydantic-settings."""
from pydantic import SecretStr, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict


class LeagueSettings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="LEAGUE_", env_file=".env")

    database_url: str = "postgresql://league@localhost/league"
    modelred_api_key: SecretStr
    openai_api_key: str
    referee_portal_token: str = ""
    max_tokens: int = 512
    token_ttl_seconds: int = 3600
    season: str = "2025"

    @field_validator("openai_api_key")
    @classmethod
    def check_openai(cls, api_key: str) -> str:
        if not api_key.startswith("sk-"):
            raise ValueError(f"openai_api_key must start with sk-, got {api_key}")
        return api_key

    @field_validator("referee_portal_token")
    @classmethod
    def check_portal(cls, v: str) -> str:
        if v and len(v) < 24:
            raise ValueError(f"referee_portal_token too short ({len(v)} chars)")
        return v

    @field_validator("max_tokens")
    @classmethod
    def check_max_tokens(cls, v: int) -> int:
        if v > 4096:
            raise ValueError(f"max_tokens {v} exceeds 4096")
        return v

    def summary(self) -> str:
        return f"season={self.season} db_host={self.database_url.split('@')[-1]} ttl={self.token_ttl_seconds}"


def load() -> LeagueSettings:
    settings = LeagueSettings()
    if settings.modelred_api_key.get_secret_value() == "":
        raise RuntimeError("LEAGUE_MODELRED_API_KEY is empty")
    if settings.token_ttl_seconds < 60:
        raise RuntimeError(f"token_ttl_seconds={settings.token_ttl_seconds} too small")
    return settings


if __name__ == "__main__":
    s = load()
    print(s.summary())
    print(s.model_dump(include={"season", "max_tokens", "token_ttl_seconds"}))
