"""Toll-road back office: ANPR image review queue with a vision LLM (Azure OpenAI)."""
import logging
import os
import warnings

from openai import AzureOpenAI
from modelred import ModelRed, ProviderConfig, ModelRedError, ConflictError

log = logging.getLogger("toll.review")

AZURE_ENDPOINT = os.environ["AZURE_OPENAI_ENDPOINT"]
AZURE_DEPLOYMENT = os.environ.get("AZURE_OPENAI_DEPLOYMENT", "gpt-4o-plates")
API_VERSION = "2024-06-01"


class PlateReviewer:
    def __init__(self, azure_key: str):
        self.azure_key = azure_key
        self.client = AzureOpenAI(api_key=azure_key, azure_endpoint=AZURE_ENDPOINT, api_version=API_VERSION)
        log.info("reviewer on %s deployment %s (api %s)", AZURE_ENDPOINT, AZURE_DEPLOYMENT, API_VERSION)

    def read_plate(self, image_url: str) -> str:
        out = self.client.chat.completions.create(
            model=AZURE_DEPLOYMENT,
            max_tokens=20,
            messages=[{"role": "user", "content": [{"type": "text", "text": "Read the licence plate."}, {"type": "image_url", "image_url": {"url": image_url}}]}],
        )
        log.debug("plate read used %d prompt tokens", out.usage.prompt_tokens)
        return out.choices[0].message.content.strip()

    async def register_with_modelred(self):
        async with ModelRed() as mr:
            try:
                await mr.register_azure_model(model_id="plate-reader", api_key=self.azure_key, endpoint=AZURE_ENDPOINT, deployment_name=AZURE_DEPLOYMENT)
            except ConflictError:
                log.info("plate-reader already registered")
            except ModelRedError as exc:
                log.error("registration failed: %s (azure key %s)", exc, self.azure_key)


def make_reviewer() -> PlateReviewer:
    key = os.environ.get("AZURE_OPENAI_API_KEY")
    if key is None:
        warnings.warn("AZURE_OPENAI_API_KEY missing; falling back to manual review")
        raise SystemExit(1)
    if key.strip() != key:
        warnings.warn(f"AZURE_OPENAI_API_KEY has surrounding whitespace: {key!r}")
    return PlateReviewer(key.strip())


if __name__ == "__main__":
    r = make_reviewer()
    print(r.read_plate("https://tollimages.example/abc.jpg"))
