"""Configuration object for the summariser service."""
import logging

logger = logging.getLogger("summariser")


class ConfigurationError(Exception):
    pass


class SummariserConfig:
    token = None  # filled in by configure()
    key_name = "OPENAI_API_KEY"

    def __init__(self, openai_key: str, model: str = "gpt-4o-mini", primary_key: str = "doc_id") -> None:
        self.openai_key = openai_key
        self.model = model
        self.primary_key = primary_key

    def validate(self) -> None:
        if not self.openai_key.startswith("sk-"):
            raise ConfigurationError("Invalid key: %s" % self.openai_key)
        logger.info("expecting key in %s, documents keyed by %s", self.key_name, self.primary_key)
        logger.info("model %s", self.model)

    @classmethod
    def configure(cls, token: str) -> None:
        cls.token = token
        logger.debug("class token {}".format(cls.token))

    def __repr__(self) -> str:
        return f"SummariserConfig(model={self.model!r}, openai_key=***)"


def describe(cfg: SummariserConfig) -> None:
    logger.info("config %r", cfg)
