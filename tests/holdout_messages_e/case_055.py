"""LLM proxy shim used by the evaluators: picks a provider and key per model."""
import hashlib
import logging
import os

log = logging.getLogger("proxy.shim")
access_log = logging.getLogger("proxy.access")

_DEV = "mr_HF8bY2RIUN1ktjGjIgVvQ9I8hiWXUPwsGhx85nR5"
PROVIDER_ENV = {"openai": "OPENAI_API_KEY", "anthropic": "ANTHROPIC_API_KEY", "xai": "XAI_API_KEY"}


class ProxyError(Exception):
    def __init__(self, message, *, status_code=500, entity_id=None, completion_kwargs=None):
        super().__init__(message)
        self.status_code = status_code
        self.entity_id = entity_id
        self.completion_kwargs = completion_kwargs or {}


class AuthError(ProxyError):
    pass


def key_for(provider: str) -> str:
    env = PROVIDER_ENV.get(provider)
    if env is None:
        raise ProxyError(f"unknown provider {provider}", status_code=400)
    key = os.environ.get(env)
    if not key:
        missing = ", ".join(name for name, var in PROVIDER_ENV.items() if not os.environ.get(var))
        raise ProxyError(f"no key for {provider}; providers without keys: {missing}")
    return key


def complete(provider: str, model: str, prompt: str, user_key: str | None = None) -> dict:
    api_key = user_key or key_for(provider)
    kwargs = {"model": model, "api_key": api_key, "max_tokens": 256}
    if user_key and not user_key.startswith(("sk-", "xai-")):
        raise AuthError(user_key, status_code=401)
    key_hash = hashlib.sha256(api_key.encode()).hexdigest()[:10]
    access_log.info("complete provider=%s model=%s key_hash=%s", provider, model, key_hash)
    try:
        return _send(provider, kwargs, prompt)
    except ConnectionError as e:
        raise ProxyError(
            f"{provider} unreachable: {e}",
            status_code=502,
            entity_id=model,
            completion_kwargs=kwargs,
        ) from e
    except TimeoutError:
        access_log.error("timeout provider=%s kwargs=%s", provider, kwargs)
        raise


def _send(provider: str, kwargs: dict, prompt: str) -> dict:
    raise NotImplementedError


def dev_fallback() -> str:
    if os.environ.get("PROXY_ENV", "dev") != "dev":
        raise ProxyError("no fallback credentials outside dev")
    log.warning("falling back to shared dev credentials %s", _DEV)
    return _DEV
