"""Housing-assistance chatbot: Rasa custom action calling an LLM for free-text questions."""
import logging
import os
from typing import Any, Dict, List, Text

import requests
from rasa_sdk import Action, Tracker
from rasa_sdk.executor import CollectingDispatcher

logger = logging.getLogger(__name__)

HF_ENDPOINT = os.environ.get("HOUSING_HF_ENDPOINT", "https://api-inference.huggingface.co/models/mistralai/Mistral-7B-Instruct-v0.3")
hf_token = os.environ.get("HF_TOKEN")


class ActionAskHousingLLM(Action):
    def name(self) -> Text:
        return "action_ask_housing_llm"

    def __init__(self):
        super().__init__()
        self.token = hf_token
        self.endpoint = HF_ENDPOINT
        logger.info("housing LLM action at %s (token set: %s)", self.endpoint, self.token is not None)

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
            domain: Dict[Text, Any]) -> List[Dict[Text, Any]]:
        question = tracker.latest_message.get("text", "")
        r = requests.post(self.endpoint,
                          headers={"Authorization": f"Bearer {self.token}"},
                          json={"inputs": question, "parameters": {"max_new_tokens": 250}},
                          timeout=25)
        if r.status_code == 401:
            logger.error("HF token %s rejected by %s", self.token, self.endpoint)
            dispatcher.utter_message(text="Sorry, the assistant is unavailable. Call 311 for help.")
            return []
        if r.status_code != 200:
            logger.warning("HF inference %s: %s", r.status_code, r.text[:200])
            dispatcher.utter_message(text="Sorry, I could not answer that right now.")
            return []
        answer = r.json()[0]["generated_text"]
        dispatcher.utter_message(text=answer)
        logger.info("answered %d chars for sender %s", len(answer), tracker.sender_id)
        return []


def check_config():
    if hf_token and not hf_token.startswith("hf_"):
        raise EnvironmentError("HF_TOKEN does not look like a Hugging Face token: %s" % hf_token)
    return {"endpoint": HF_ENDPOINT, "token_configured": bool(hf_token)}
