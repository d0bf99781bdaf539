"""Register every LLMDeployment in the cluster as a ModelRed model (generation 2, sync)."""
import base64
import logging
import os

from kubernetes import client, config
from modelred import ConflictError, ModelRed, ProviderConfig, ValidationError

log = logging.getLogger("register-deployments")


def provider_key(namespace, secret_name):
    sec = client.CoreV1Api().read_namespaced_secret(secret_name, namespace)
    return base64.b64decode(sec.data["OPENAI_API_KEY"]).decode()


def register(mr, dep):
    meta, spec = dep["metadata"], dep["spec"]
    model_id = f"{meta['namespace']}.{meta['name']}"
    openai_key = provider_key(meta["namespace"], spec["secretName"])
    cfg = ProviderConfig.openai(api_key=openai_key, model_name=spec["model"], max_tokens=spec.get("maxTokens", 1024))
    log.debug("providerConfig=%s", cfg)
    log.debug("model=%s max_tokens=%s", spec["model"], spec.get("maxTokens", 1024))
    try:
        mr.create_model(
            modelId=model_id,
            provider="openai",
            displayName=spec.get("displayName", meta["name"]),
            providerConfig=cfg,
        )
    except ConflictError as e:
        return f"conflict: {e}"
    except ValidationError as e:
        log.warning("invalid model %s: %s", model_id, e)
        return "invalid"
    return "registered"


def main():
    config.load_kube_config()
    mr = ModelRed(api_key=os.environ["MODELRED_API_KEY"])
    deps = client.CustomObjectsApi().list_cluster_custom_object("ai.example.com", "v1", "llmdeployments")
    results = {}
    for dep in deps["items"]:
        name = dep["metadata"]["name"]
        results[name] = register(mr, dep)
        log.info("%s: %s", name, results[name])
    log.info("probes available: %d", len(mr.list_probes()))
    return results


if __name__ == "__main__":
    logging.basicConfig(level=logging.DEBUG)
    results = main()
    print(f"{sum(v == 'registered' for v in results.values())} of {len(results)} registered")
