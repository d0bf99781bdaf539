"""Settings object built from descriptors; each secret attribute reads the environment."""
import logging
import os

from modelred import ModelRed

log = logging.getLogger("settings")


class EnvSecret:
    def __init__(self, env_var: str, prefix: str = "") -> None:
        self.env_var = env_var
        self.prefix = prefix

    def __set_name__(self, owner, name: str) -> None:
        self.name = name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        if self.name in obj.__dict__:
            return obj.__dict__[self.name]
        try:
            return os.environ[self.env_var]
        except KeyError:
            raise KeyError(f"{self.name}: environment variable {self.env_var} is not set") from None

    def __set__(self, obj, value: str) -> None:
        if self.prefix and not value.startswith(self.prefix):
            raise ValueError(f"refusing to set {self.name} to {value!r}: expected prefix {self.prefix}")
        obj.__dict__[self.name] = value


class Settings:
    modelred_key = EnvSecret("MODELRED_API_KEY", prefix="mr_")
    openai_key = EnvSecret("OPENAI_API_KEY", prefix="sk-")
    region = "eu"

    def summary(self) -> dict:
        return {"region": self.region, "modelred_env": type(self).modelred_key.env_var}


settings = Settings()


async def register_chat_model() -> None:
    log.info("settings: %s", settings.summary())
    log.info("openai key for registration: %s", settings.openai_key)
    log.info("openai key present: %s", "OPENAI_API_KEY" in os.environ)
    async with ModelRed(api_key=settings.modelred_key) as client:
        await client.register_openai_model(
            model_id="support-gpt4o",
            api_key=settings.openai_key,
            model_name="gpt-4o",
        )
        status = await client.validate_api_key()
        log.info("ModelRed key valid: %s", status)
