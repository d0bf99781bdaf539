"""Dagster assets: nightly product-description rewrites on Anthropic."""
import dagster as dg
import httpx

ANTHROPIC_URL = "https://api.anthropic.com/v1/messages"
ANTHROPIC_VERSION = "2023-06-01"


class AnthropicResource(dg.ConfigurableResource):
    api_key: str
    model: str = "claude-3-5-haiku-latest"
    max_tokens: int = 300

    def headers(self) -> dict:
        return {"x-api-key": self.api_key, "anthropic-version": ANTHROPIC_VERSION}

    def rewrite(self, context: dg.AssetExecutionContext, text: str) -> str:
        context.log.debug(f"anthropic call with key {self.api_key} model {self.model}")
        r = httpx.post(
            ANTHROPIC_URL,
            headers=self.headers(),
            json={"model": self.model, "max_tokens": self.max_tokens, "messages": [{"role": "user", "content": text}]},
            timeout=60,
        )
        if r.status_code == 401:
            raise dg.Failure(description=f"Anthropic refused api_key={self.api_key}")
        r.raise_for_status()
        body = r.json()
        context.log.info(f"in={body['usage']['input_tokens']} out={body['usage']['output_tokens']} max={self.max_tokens}")
        return body["content"][0]["text"]


@dg.asset(group_name="catalog")
def raw_descriptions() -> list[dict]:
    import json

    with open("/data/catalog/descriptions.json") as fh:
        return json.load(fh)


@dg.asset(group_name="catalog")
def rewritten_descriptions(context: dg.AssetExecutionContext, anthropic: AnthropicResource, raw_descriptions: list[dict]) -> dg.MaterializeResult:
    context.log.info(f"rewriting {len(raw_descriptions)} items with {anthropic.model}")
    context.log.info(f"anthropic-version {ANTHROPIC_VERSION}, max_tokens {anthropic.max_tokens}")
    out = [{"sku": d["sku"], "text": anthropic.rewrite(context, d["text"])} for d in raw_descriptions]
    return dg.MaterializeResult(metadata={"count": len(out), "model": anthropic.model})


defs = dg.Definitions(
    assets=[raw_descriptions, rewritten_descriptions],
    resources={"anthropic": AnthropicResource(api_key=dg.EnvVar("ANTHROPIC_API_KEY"))},
)
