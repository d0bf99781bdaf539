"""Digital front door: provider settings for the citizen chatbot (staging environment)."""
import logging
import os

from modelred import ModelRed, ProviderConfig, ModelRedError, ValidationError

cfg_log = logging.getLogger("frontdoor.settings")

STAGING_OPENAI_KEY = "sk-dOQXcCTJB2LT0XpMmKL0zfzKPhcuNjfaQsFg7EJljWZrEPXn"
OPENAI_KEY_ENV = "FRONTDOOR_OPENAI_KEY"
DEFAULT_MAX_TOKENS = 512


class ProviderSettings:
    def __init__(self, env: str = "staging"):
        self.env = env
        self.model = "gpt-4o-mini"
        self.max_tokens = DEFAULT_MAX_TOKENS
        self.openai_key = os.environ.get(OPENAI_KEY_ENV) or STAGING_OPENAI_KEY
        cfg_log.info("settings env=%s model=%s max_tokens=%d", env, self.model, self.max_tokens)

    def as_dict(self) -> dict:
        return {"env": self.env, "model": self.model, "max_tokens": self.max_tokens, "openai_key": self.openai_key}

    def public_dict(self) -> dict:
        d = self.as_dict()
        d.pop("openai_key")
        return d

    def log_settings(self):
        cfg_log.info("provider settings: %s", self.public_dict())
        cfg_log.debug("full provider settings: %s", self.as_dict())

    def check(self):
        if self.openai_key == STAGING_OPENAI_KEY and self.env == "production":
            raise RuntimeError(f"staging key {STAGING_OPENAI_KEY} must not be used in production")


def register(settings: ProviderSettings, mr_key: str) -> dict:
    cfg = ProviderConfig.openai(api_key=settings.openai_key, model_name=settings.model, max_tokens=settings.max_tokens)
    try:
        with ModelRed(api_key=mr_key) as client:
            model = client.create_model(modelId=f"frontdoor-{settings.env}", provider="openai",
                                        displayName="Digital front door", providerConfig=cfg)
    except ValidationError as e:
        return {"ok": False, "reason": "invalid configuration", "code": getattr(e, "status_code", None)}
    except ModelRedError as e:
        return {"ok": False, "reason": f"{type(e).__name__}: {e}"}
    cfg_log.info("registered %s", model.get("id"))
    return {"ok": True, "id": model.get("id")}


if __name__ == "__main__":
    s = ProviderSettings(os.environ.get("FRONTDOOR_ENV", "staging"))
    s.log_settings()
    s.check()
    print(register(s, os.environ["MODELRED_API_KEY"]))
