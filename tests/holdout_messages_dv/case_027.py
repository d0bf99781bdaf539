"""OmegaConf settings for the RAG service: base YAML merged with an env-specific file and CLI dotlist."""
import logging
import sys

from omegaconf import DictConfig, OmegaConf
from openai import OpenAI

logger = logging.getLogger("rag.config")


def load(env_name: str) -> DictConfig:
    base = OmegaConf.load("conf/base.yaml")
    env_cfg = OmegaConf.load(f"conf/{env_name}.yaml")
    cli = OmegaConf.from_cli(sys.argv[1:])
    cfg = OmegaConf.merge(base, env_cfg, cli)
    OmegaConf.resolve(cfg)
    logger.info("rag config for %s: top_k=%s model=%s", env_name, cfg.retrieval.top_k, cfg.openai.model)
    return cfg


class Embedder:
    def __init__(self, cfg: DictConfig):
        self.api_key = cfg.openai.api_key
        self.model = cfg.openai.embedding_model
        self.base_url = OmegaConf.select(cfg, "openai.base_url", default=None)
        self.headers = {"Authorization": f"Bearer {self.api_key}", "OpenAI-Beta": "assistants=v2"}
        self.client = OpenAI(api_key=self.api_key, base_url=self.base_url)
        logger.info("embedder %s at %s", self.model, self.base_url or "default endpoint")
        logger.debug("embedder request headers: %s", self.headers)
        logger.debug("embedder header names: %s", list(self.headers.keys()))

    def embed(self, texts: list[str]) -> list[list[float]]:
        resp = self.client.embeddings.create(model=self.model, input=texts)
        logger.debug("embedding tokens: %d", resp.usage.total_tokens)
        return [d.embedding for d in resp.data]


def validate(cfg: DictConfig) -> None:
    key = cfg.openai.api_key
    if OmegaConf.is_missing(cfg.openai, "api_key"):
        raise ValueError("openai.api_key is ??? in the merged config; set OPENAI_API_KEY")
    if key.startswith("sk-") and len(key) < 40:
        raise ValueError(f"openai.api_key looks truncated: {key}")


if __name__ == "__main__":
    logging.basicConfig(level=logging.DEBUG)
    cfg = load("dev")
    validate(cfg)
    emb = Embedder(cfg)
    print(len(emb.embed(["hello"])[0]))
