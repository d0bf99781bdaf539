"""Service locator with provider factories keyed by name."""
import logging
import os

from openai import OpenAI, AzureOpenAI

log = logging.getLogger("locator")


class ServiceLocator:
    _factories = {}
    _cache = {}

    @classmethod
    def provide(cls, name):
        def deco(factory):
            cls._factories[name] = factory
            return factory
        return deco

    @classmethod
    def get(cls, name):
        if name not in cls._cache:
            if name not in cls._factories:
                raise LookupError(f"no provider {name!r}; known: {sorted(cls._factories)}")
            cls._cache[name] = cls._factories[name]()
        return cls._cache[name]


@ServiceLocator.provide("azure")
def azure_client():
    endpoint = os.environ["AZURE_OPENAI_ENDPOINT"]
    key = os.environ["AZURE_OPENAI_API_KEY"]
    version = os.environ.get("AZURE_OPENAI_API_VERSION", "2024-06-01")
    log.info("azure endpoint %s api-version %s", endpoint, version)
    if not endpoint.startswith("https://"):
        raise ValueError(f"endpoint {endpoint} must be https (key {key})")
    return AzureOpenAI(azure_endpoint=endpoint, api_key=key, api_version=version)


@ServiceLocator.provide("openai")
def openai_client():
    key = os.environ.get("OPENAI_API_KEY")
    if not key:
        raise RuntimeError(f"OPENAI_API_KEY empty: {key!r}")
    return OpenAI(api_key=key)


@ServiceLocator.provide("deployment")
def deployment_name():
    return os.environ.get("AZURE_OPENAI_DEPLOYMENT", "gpt-4o")


def ask(question, provider="azure"):
    client = ServiceLocator.get(provider)
    model = ServiceLocator.get("deployment")
    resp = client.chat.completions.create(model=model, messages=[{"role": "user", "content": question}], max_tokens=200)
    log.info("%s answered with %d tokens", model, resp.usage.total_tokens)
    return resp.choices[0].message.content
