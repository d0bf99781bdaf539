"""kopf on.update handler re-registering OpenAI models with ModelRed (generation 1)."""
import base64
import logging

import kopf
import kubernetes
from modelred import ConflictError, ModelRed, ModelRedError, ValidationError

logger = logging.getLogger("model-sync")


def openai_key_for(namespace, spec):
    ref = spec["openai"]["keySecret"]
    secret = kubernetes.client.CoreV1Api().read_namespaced_secret(ref, namespace)
    return base64.b64decode(secret.data["api-key"]).decode()


@kopf.on.update("llm.example.com", "v1", "chatmodels")
async def resync(spec, diff, name, namespace, **_):
    changed = [".".join(map(str, field)) for _, field, _, _ in diff]
    logger.info("chatmodel %s changed fields: %s", name, changed)
    for op, field, old, new in diff:
        if field == ("spec", "openai", "model"):
            logger.info("model %s -> %s", old, new)
    openai_key = openai_key_for(namespace, spec)
    logger.debug("register_openai_model(api_key=%s)", openai_key)
    logger.debug("max_tokens=%s temperature=%s", spec["openai"].get("maxTokens"), spec["openai"].get("temperature"))
    async with ModelRed() as mr:
        try:
            await mr.register_openai_model(
                model_id=f"{namespace}-{name}",
                api_key=openai_key,
                model_name=spec["openai"]["model"],
            )
        except ConflictError as e:
            logger.warning("already registered: %s", e)
            return {"registered": "exists"}
        except ValidationError as e:
            raise kopf.PermanentError(f"invalid model {name}: {type(e).__name__}")
        except ModelRedError as e:
            raise kopf.TemporaryError("ModelRed unavailable", delay=300) from e
    return {"registered": True}


@kopf.on.field("llm.example.com", "v1", "chatmodels", field="spec.openai.keySecret")
def key_secret_changed(old, new, name, **_):
    if old and new and old != new:
        logger.info("chatmodel %s now reads its key from %s (was %s)", name, new, old)
    if new and new.startswith("sk-"):
        raise kopf.PermanentError(f"spec.openai.keySecret looks like a key, not a Secret name: {new}")
