"""Typesense + OpenAI conversational search ("RAG on Typesense") model setup."""
import logging
import os

import typesense

logger = logging.getLogger("ts.conversation")


class ConversationModelManager:
    def __init__(self, client: typesense.Client, llm_key: str):
        self.client = client
        self.llm_key = llm_key
        self.history_collection = "conversation_store"
        self.max_bytes = 16384

    def _payload(self, model_id: str) -> dict:
        return {
            "id": model_id,
            "model_name": "openai/gpt-4o-mini",
            "api_key": self.llm_key,
            "history_collection": self.history_collection,
            "system_prompt": "Answer only from the retrieved products.",
            "max_bytes": self.max_bytes,
        }

    def create(self, model_id: str) -> dict:
        payload = self._payload(model_id)
        public = {k: v for k, v in payload.items() if k != "api_key"}
        logger.info("creating conversation model %s", public)
        try:
            return self.client.conversations_models.create(payload)
        except typesense.exceptions.RequestMalformed as exc:
            logger.error("typesense refused payload %s: %s", payload, exc)
            raise
        except typesense.exceptions.ObjectAlreadyExists:
            logger.info("model %s exists, max_bytes=%d", model_id, self.max_bytes)
            return self.client.conversations_models[model_id].retrieve()

    def rotate_key(self, model_id: str, new_key: str):
        if new_key == self.llm_key:
            raise ValueError(f"new key {new_key} equals the current key")
        self.client.conversations_models[model_id].update({"api_key": new_key})
        self.llm_key = new_key
        logger.info("rotated llm key for %s (ends %s)", model_id, new_key[-4:])


if __name__ == "__main__":
    ts = typesense.Client({"nodes": [{"host": "localhost", "port": 8108, "protocol": "http"}], "api_key": os.environ["TYPESENSE_API_KEY"]})
    mgr = ConversationModelManager(ts, os.environ["OPENAI_API_KEY"])
    print(mgr.create("product-chat"))
