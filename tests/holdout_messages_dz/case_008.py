"""Watch-loop controller (no framework) for LLMEndpoint objects, generation-2 ModelRed."""
import logging
import os

from kubernetes import client, config, watch
from modelred import ModelRedClient, NotFoundError, ProviderConfig, RateLimitError

log = logging.getLogger("llmendpoint-controller")


class EndpointController:
    group, version, plural = "platform.example.com", "v1", "llmendpoints"

    def __init__(self, api_key=None):
        config.load_incluster_config()
        self.api_key = api_key or os.environ["MODELRED_API_KEY"]
        self.crd = client.CustomObjectsApi()
        self.mr = ModelRedClient(api_key=self.api_key)
        log.info("controller up, key ...%s", self.api_key[-4:])

    def reconcile(self, obj):
        spec, meta = obj["spec"], obj["metadata"]
        model_id = f"{meta['namespace']}-{meta['name']}"
        try:
            self.mr.get_model(model_id)
            return {"registered": True}
        except NotFoundError:
            log.info("registering %s (maxTokens=%s)", model_id, spec.get("maxTokens"))
        provider_key = os.environ.get(spec.get("keyEnv", "OPENAI_API_KEY"))
        try:
            self.mr.create_model(
                modelId=model_id,
                provider="openai",
                displayName=spec.get("displayName", model_id),
                providerConfig=ProviderConfig.openai(api_key=provider_key, model_name=spec["model"]),
            )
        except RateLimitError as e:
            return {"registered": False, "detail": str(e)}
        except Exception as e:
            log.error("auth with ModelRed key %r failed for %s: %s", self.api_key, model_id, type(e).__name__)
            return {"registered": False, "detail": type(e).__name__}
        return {"registered": True}

    def run(self):
        w = watch.Watch()
        for event in w.stream(self.crd.list_cluster_custom_object, self.group, self.version, self.plural):
            obj = event["object"]
            log.info("%s %s/%s", event["type"], obj["metadata"]["namespace"], obj["metadata"]["name"])
            status = self.reconcile(obj)
            self.crd.patch_namespaced_custom_object_status(
                self.group, self.version, obj["metadata"]["namespace"], self.plural,
                obj["metadata"]["name"], {"status": status},
            )


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    EndpointController().run()
