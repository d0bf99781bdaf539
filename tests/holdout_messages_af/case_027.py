"""Deploy a Hugging Face Inference Endpoint and register it for red-teaming."""
import logging
import os
import time

from huggingface_hub import create_inference_endpoint, get_inference_endpoint
from modelred import ModelRed, ProviderConfig, ConflictError

logger = logging.getLogger("hf.deploy")


class EndpointDeployer:
    def __init__(self, namespace: str, hf_token: str | None = None):
        self.namespace = namespace
        self.hf_token = hf_token or os.environ["HF_TOKEN"]
        self.mr = ModelRed(api_key=os.environ["MODELRED_API_KEY"])

    def deploy(self, name: str, repo: str, instance: str = "nvidia-a10g", size: str = "x1"):
        logger.info("deploying %s (%s) on %s/%s in %s", name, repo, instance, size, self.namespace)
        ep = create_inference_endpoint(name, repository=repo, framework="pytorch", task="text-generation",
                                       accelerator="gpu", vendor="aws", region="us-east-1", type="protected",
                                       instance_size=size, instance_type=instance, namespace=self.namespace,
                                       token=self.hf_token)
        ep.wait(timeout=1800)
        logger.info("endpoint %s ready at %s", ep.name, ep.url)
        return ep

    def register(self, ep, max_tokens: int = 256):
        config = ProviderConfig.huggingface(model_name=ep.repository, api_key=self.hf_token,
                                            endpoint_url=ep.url, max_tokens=max_tokens)
        logger.info("registering with max_tokens=%d", max_tokens)
        try:
            self.mr.create_model(modelId=ep.name, provider="huggingface", displayName=ep.name,
                                 providerConfig=config)
        except ConflictError:
            logger.info("%s already registered", ep.name)
        logger.debug("provider config sent: %s", config)

    def wait_ready(self, name: str, deadline_s: int = 900):
        start = time.monotonic()
        while time.monotonic() - start < deadline_s:
            ep = get_inference_endpoint(name, namespace=self.namespace, token=self.hf_token)
            if ep.status == "running":
                return ep
            time.sleep(15)
        raise TimeoutError(f"{name} not running after {deadline_s}s (token {self.hf_token})")


if __name__ == "__main__":
    logging.basicConfig(level=logging.DEBUG)
    d = EndpointDeployer("acme-speech")
    d.register(d.deploy("llama-guard-eval", "meta-llama/Llama-Guard-3-8B"))
