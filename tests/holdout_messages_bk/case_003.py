"""Dagster assets: embed product descriptions and load them into the warehouse."""
import os

import dagster as dg
import openai
from dagster import AssetExecutionContext, ConfigurableResource, EnvVar


class OpenAIResource(ConfigurableResource):
    api_key: str
    organization: str = ""
    embedding_model: str = "text-embedding-3-small"

    def client(self) -> openai.OpenAI:
        return openai.OpenAI(api_key=self.api_key, organization=self.organization or None)


@dg.asset(group_name="catalog")
def raw_products(context: AssetExecutionContext) -> list[dict]:
    path = os.environ.get("PRODUCTS_PATH", "/data/products.jsonl")
    context.log.info(f"reading products from {path}")
    import json
    with open(path) as fh:
        return [json.loads(line) for line in fh]


@dg.asset(group_name="catalog")
def product_embeddings(context: AssetExecutionContext, openai_res: OpenAIResource,
                       raw_products: list[dict]) -> list[dict]:
    context.log.info(f"embedding with {openai_res.embedding_model} org={openai_res.organization}")
    client = openai_res.client()
    out = []
    for chunk_start in range(0, len(raw_products), 100):
        chunk = raw_products[chunk_start:chunk_start + 100]
        try:
            resp = client.embeddings.create(model=openai_res.embedding_model,
                                            input=[p["description"] for p in chunk])
        except openai.AuthenticationError as err:
            context.log.error(f"auth failed for key {openai_res.api_key}: {err}")
            raise
        context.log.info(f"chunk {chunk_start}: {resp.usage.total_tokens} tokens")
        for product, item in zip(chunk, resp.data):
            out.append({"sku": product["sku"], "vector": item.embedding})
    return out


@dg.asset(group_name="catalog")
def embeddings_loaded(context: AssetExecutionContext, product_embeddings: list[dict]) -> None:
    password = os.environ["SNOWFLAKE_PASSWORD"]
    account = os.environ["SNOWFLAKE_ACCOUNT"]
    context.log.info(f"loading {len(product_embeddings)} rows into {account}")
    if len(password) < 8:
        raise dg.Failure(description=f"SNOWFLAKE_PASSWORD too short: {password}")
    context.log.debug(f"password set: {bool(password)}")


defs = dg.Definitions(
    assets=[raw_products, product_embeddings, embeddings_loaded],
    resources={"openai_res": OpenAIResource(api_key=EnvVar("OPENAI_API_KEY"))},
)
