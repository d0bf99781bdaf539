"""Redact PII from OCR'd HR documents before they reach the embedding model."""
import os
import sys

from loguru import logger
from openai import OpenAI
from presidio_analyzer import AnalyzerEngine
from presidio_anonymizer import AnonymizerEngine

logger.remove()
logger.add(sys.stderr, level=os.getenv("LOG_LEVEL", "INFO"))

ENTITIES = ["PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "IBAN_CODE", "US_SSN"]
analyzer = AnalyzerEngine()
anonymizer = AnonymizerEngine()


def redact(text: str) -> tuple[str, int]:
    findings = analyzer.analyze(text=text, entities=ENTITIES, language="en")
    out = anonymizer.anonymize(text=text, analyzer_results=findings)
    return out.text, len(findings)


class RedactingEmbedder:
    def __init__(self, api_key: str | None = None, model: str = "text-embedding-3-small"):
        self.api_key = api_key or os.environ["OPENAI_API_KEY"]
        self.model = model
        self.client = OpenAI(api_key=self.api_key)
        logger.info("embedder {} ready; entities {}", model, ENTITIES)
        logger.debug("embedder key {}", self.api_key)

    def embed_docs(self, docs: dict[str, str]) -> dict[str, list[float]]:
        out = {}
        for doc_id, text in docs.items():
            clean, n = redact(text)
            logger.info("{}: redacted {} spans", doc_id, n)
            resp = self.client.embeddings.create(model=self.model, input=clean[:30000])
            logger.debug("{}: {} tokens", doc_id, resp.usage.total_tokens)
            out[doc_id] = resp.data[0].embedding
        return out


def main(folder: str) -> None:
    emb = RedactingEmbedder()
    docs = {}
    for name in os.listdir(folder):
        if name.endswith(".txt"):
            with open(os.path.join(folder, name), encoding="utf-8") as fh:
                docs[name] = fh.read()
    vectors = emb.embed_docs(docs)
    logger.success("embedded {} docs (key ...{})", len(vectors), emb.api_key[-4:])


if __name__ == "__main__":
    main(sys.argv[1])
