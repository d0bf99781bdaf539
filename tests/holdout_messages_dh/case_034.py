"""Internal knowledge-base Q&A on Streamlit with Pinecone and Cohere; config class from env."""
import logging
import os
from dataclasses import dataclass

import cohere
import streamlit as st
from pinecone import Pinecone

logger = logging.getLogger("kb_qa")


@dataclass
class Settings:
    cohere_key: str
    pinecone_key: str
    index_name: str = "kb-prod"
    top_k: int = 5

    @classmethod
    def from_env(cls) -> "Settings":
        return cls(cohere_key=os.environ["COHERE_API_KEY"], pinecone_key=os.environ["PINECONE_API_KEY"], index_name=os.getenv("KB_INDEX", "kb-prod"))


settings = Settings.from_env()
logger.info("kb index %s top_k %d", settings.index_name, settings.top_k)
logger.info("settings loaded: %s", settings)

co = cohere.ClientV2(api_key=settings.cohere_key)
pc = Pinecone(api_key=settings.pinecone_key)
index = pc.Index(settings.index_name)


def answer(question: str) -> str:
    emb = co.embed(texts=[question], model="embed-english-v3.0", input_type="search_query", embedding_types=["float"]).embeddings.float_[0]
    hits = index.query(vector=emb, top_k=settings.top_k, include_metadata=True)
    context = "\n\n".join(h.metadata["text"] for h in hits.matches)
    r = co.chat(model="command-r", messages=[{"role": "user", "content": f"Context:\n{context}\n\nQuestion: {question}"}])
    logger.info("answered with %d hits, billed %s", len(hits.matches), r.usage.billed_units.output_tokens)
    return r.message.content[0].text


st.title("Ask the handbook")
q = st.text_input("Question")
if q:
    try:
        st.write(answer(q))
    except cohere.errors.UnauthorizedError as e:
        logger.error("cohere 401: %s", e.status_code)
        raise PermissionError("Cohere key invalid: " + settings.cohere_key) from None
