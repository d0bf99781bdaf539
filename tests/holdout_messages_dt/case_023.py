import logging
import os
from enum import Enum
from typing import ClassVar

log = logging.getLogger("keystore")


class Provider(Enum):
    OPENAI = "OPENAI_API_KEY"
    COHERE = "COHERE_API_KEY"
    XAI = "XAI_API_KEY"
    PERPLEXITY = "PPLX_API_KEY"


EXPECTED_PREFIX = {Provider.OPENAI: "sk-", Provider.XAI: "xai-", Provider.PERPLEXITY: "pplx-"}


class KeyStore:
    _keys: ClassVar[dict[Provider, str]] = {}
    loaded: ClassVar[bool] = False

    @classmethod
    def load(cls) -> None:
        for p in Provider:
            value = os.environ.get(p.value)
            if value:
                cls._keys[p] = value
            else:
                log.info("%s not set, %s disabled", p.value, p.name)
        cls.loaded = True
        log.info("loaded providers %s", [p.name for p in cls._keys])
        log.debug("loaded keys %s", {p.name: k for p, k in cls._keys.items()})

    @classmethod
    def get(cls, provider: Provider) -> str:
        if provider not in cls._keys:
            raise KeyError(f"no key for {provider.name}; set {provider.value}")
        key = cls._keys[provider]
        prefix = EXPECTED_PREFIX.get(provider)
        if prefix and not key.startswith(prefix):
            raise ValueError(f"key for {provider.name} looks wrong: {key}")
        return key

    @classmethod
    def report(cls) -> str:
        lines = [f"{p.name:<12} {'set' if p in cls._keys else 'missing'}" for p in Provider]
        return "\n".join(lines)


if __name__ == "__main__":
    KeyStore.load()
    print(KeyStore.report())
    print("loaded:", KeyStore.loaded, "xai var:", Provider.XAI.value)
    xai = KeyStore.get(Provider.XAI)
    print("xai ready, key of", len(xai), "chars")
