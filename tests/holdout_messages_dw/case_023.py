"""Graphene resolvers calling Hugging Face Inference with the locally cached token."""
import logging
from pathlib import Path

import graphene
import requests

logger = logging.getLogger(__name__)

HF_TOKEN_FILE = Path.home() / ".cache" / "huggingface" / "token"
API = "https://api-inference.huggingface.co/models/"


class HFClient:
    def __init__(self, token: str, model: str):
        self.token = token
        self.model = model
        self.session = requests.Session()
        self.session.headers["Authorization"] = f"Bearer {token}"
        logger.debug("HF client for model %s (token file %s)", self.model, HF_TOKEN_FILE)

    def summarize(self, text: str) -> str:
        resp = self.session.post(API + self.model, json={"inputs": text}, timeout=60)
        if resp.status_code == 401:
            logger.debug("HF unauthorized, token: %s" % self.token)
            raise RuntimeError("HF inference 401 (token=%r)" % (self.token,))
        if resp.status_code != 200:
            raise RuntimeError(f"HF inference {resp.status_code}: {resp.text[:200]}")
        return resp.json()[0]["summary_text"]


def load_client() -> HFClient:
    token = HF_TOKEN_FILE.read_text().strip()
    logger.info("HF token loaded (%d chars)", len(token))
    return HFClient(token, "facebook/bart-large-cnn")


hf = load_client()


class Query(graphene.ObjectType):
    summary = graphene.String(text=graphene.String(required=True))
    model = graphene.String()

    def resolve_summary(root, info, text):
        return hf.summarize(text)

    def resolve_model(root, info):
        return hf.model


schema = graphene.Schema(query=Query)
