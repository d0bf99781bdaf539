"""Operator helper: validates LLMProvider custom resources before kopf creates the backing Secret."""
import kopf

SUPPORTED = {"openai": "sk-", "anthropic": "sk-ant-", "openrouter": "sk-or-v1-", "huggingface": "hf_"}
API_KEY_FIELD = "apiKey"
TOKEN_LIMIT_FIELD = "maxTokens"


@kopf.on.validate("llm.example.com", "v1", "llmproviders")
def check_provider(spec, name, warnings, **_):
    provider = spec.get("provider")
    if provider not in SUPPORTED:
        raise kopf.AdmissionError(f"provider {provider!r} not in {sorted(SUPPORTED)}")
    inline = spec.get(API_KEY_FIELD)
    if inline:
        prefix = SUPPORTED[provider]
        if not inline.startswith(prefix):
            raise kopf.AdmissionError(f"{name}: {API_KEY_FIELD} {inline} does not start with {prefix}")
        warnings.append(f"{name}: inline {API_KEY_FIELD} is deprecated, use secretRef")
    limit = spec.get(TOKEN_LIMIT_FIELD, 0)
    if limit > 100_000:
        raise kopf.AdmissionError(f"{TOKEN_LIMIT_FIELD}={limit} exceeds 100000")


@kopf.on.create("llm.example.com", "v1", "llmproviders")
def create_secret(spec, name, namespace, logger, **_):
    inline = spec.get(API_KEY_FIELD)
    ref = spec.get("secretRef", {})
    if not inline and not ref:
        raise kopf.PermanentError(f"{name}: neither {API_KEY_FIELD} nor secretRef set, {API_KEY_FIELD}={inline!r}")
    if inline:
        logger.info(f"{name}: creating secret from inline key {inline}")
        body = {
            "apiVersion": "v1",
            "kind": "Secret",
            "metadata": {"name": f"{name}-key", "namespace": namespace},
            "stringData": {"api-key": inline},
        }
        kopf.adopt(body)
        return {"secretName": body["metadata"]["name"]}
    logger.info(f"{name}: using existing secret {ref.get('name')}/{ref.get('key')}")
    return {"secretName": ref.get("name")}
