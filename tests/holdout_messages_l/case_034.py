"""Compatibility shim for the old `LLMClient(key=...)` signature."""
import logging
import os
import warnings

log = logging.getLogger("compat")

_ENV_NAMES = ("LLM_API_KEY", "OPENAI_API_KEY")


def resolve_key(key=None, api_key=None):
    if key is not None:
        warnings.warn("LLMClient(key=...) is deprecated; pass api_key=", DeprecationWarning, stacklevel=3)
        if api_key is not None and api_key != key:
            warnings.warn(f"both key= and api_key= given; using api_key={api_key}", UserWarning)
        api_key = api_key or key
    if api_key is None:
        for name in _ENV_NAMES:
            api_key = os.environ.get(name)
            if api_key:
                log.info("api key taken from $%s", name)
                break
    if api_key is None:
        raise TypeError(f"no API key: pass api_key= or set one of {', '.join(_ENV_NAMES)}")
    return api_key


class LLMClient:
    def __init__(self, key=None, *, api_key=None, organization=None, timeout=60):
        self.api_key = resolve_key(key, api_key)
        self.organization = organization
        self.timeout = timeout
        if organization and organization.startswith("sk-"):
            warnings.warn(
                "organization looks like an API key; did you swap the arguments? ({} chars)".format(len(organization)),
                UserWarning,
            )
        log.debug("LLMClient(org=%s, timeout=%s)", self.organization, self.timeout)

    def __str__(self):
        return f"<LLMClient org={self.organization} key=...{self.api_key[-4:]}>"


def make_client(api_key, **options):
    client = LLMClient(api_key=api_key, **options)
    log.info("created %s", client)
    log.debug("client options: %s", options)
    return client
