"""Dagster: embed product images with a Hugging Face endpoint; token via EnvVar."""
import dagster as dg
import requests

HF_TOKEN_ENV = "HF_TOKEN"
ENDPOINT = "https://xyz123.eu-west-1.aws.endpoints.huggingface.cloud"


class HFEndpoint(dg.ConfigurableResource):
    token: str
    endpoint: str = ENDPOINT
    timeout: int = 60

    def embed(self, image_urls: list[str]) -> list[list[float]]:
        r = requests.post(
            self.endpoint,
            headers={"Authorization": f"Bearer {self.token}"},
            json={"inputs": image_urls},
            timeout=self.timeout,
        )
        if r.status_code in (401, 403):
            raise dg.Failure(description=f"HF endpoint {self.endpoint} refused token {self.token}")
        if r.status_code == 503:
            raise dg.RetryRequested(max_retries=3, seconds_to_wait=30)
        r.raise_for_status()
        return r.json()


@dg.asset(group_name="images", compute_kind="huggingface")
def image_embeddings(context: dg.AssetExecutionContext, hf: HFEndpoint) -> dg.MaterializeResult:
    context.log.info(f"token from env var {HF_TOKEN_ENV}, endpoint {hf.endpoint}")
    urls = [line.strip() for line in open("/data/images/new.txt") if line.strip()]
    vectors = []
    for i in range(0, len(urls), 32):
        vectors.extend(hf.embed(urls[i:i + 32]))
        context.log.debug(f"batch {i // 32} done, timeout {hf.timeout}")
    return dg.MaterializeResult(metadata={"images": len(urls), "dim": len(vectors[0]) if vectors else 0})


@dg.op
def smoke_test_token(context: dg.OpExecutionContext, hf: HFEndpoint) -> None:
    token = hf.token
    if not token.startswith("hf_"):
        context.log.warning(f"{HF_TOKEN_ENV} is not a user token: {token}")
    context.log.info(f"token length {len(token)}")


defs = dg.Definitions(
    assets=[image_embeddings],
    resources={"hf": HFEndpoint(token=dg.EnvVar(HF_TOKEN_ENV))},
)
