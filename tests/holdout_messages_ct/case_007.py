"""Tiny dependency-injection container for the chat service."""
import logging
import os

from modelred import ModelRedClient, ProviderConfig, ValidationError

logger = logging.getLogger("di")


class Container:
    def __init__(self):
        self._providers = {}
        self._instances = {}

    def register(self, name, factory, singleton=True):
        self._providers[name] = (factory, singleton)

    def resolve(self, name):
        if name in self._instances:
            return self._instances[name]
        factory, singleton = self._providers[name]
        obj = factory(self)
        if singleton:
            self._instances[name] = obj
        logger.debug("resolved %s -> %r", name, type(obj).__name__)
        return obj


container = Container()
container.register("settings", lambda c: {
    "modelred_key": os.environ["MODELRED_API_KEY"],
    "openai_key": os.environ["OPENAI_API_KEY"],
    "model_name": os.environ.get("CHAT_MODEL", "gpt-4o-mini"),
})
container.register("modelred", lambda c: ModelRedClient(api_key=c.resolve("settings")["modelred_key"]))


def register_chat_model():
    settings = container.resolve("settings")
    logger.info("registering %s", settings["model_name"])
    client = container.resolve("modelred")
    logger.debug("modelred client is %s", type(client).__name__)
    cfg = ProviderConfig.openai(api_key=settings["openai_key"], model_name=settings["model_name"])
    try:
        return client.create_model(
            modelId="chat-prod", provider="openai", displayName="Chat prod", providerConfig=cfg
        )
    except ValidationError as exc:
        logger.warning("model registration invalid: %s", exc)
        logger.warning("provider config was %s", cfg)
        raise


def dump_settings():
    settings = container.resolve("settings")
    print("openai key:", settings["openai_key"])
    print("keys present:", [k for k, v in settings.items() if v])
