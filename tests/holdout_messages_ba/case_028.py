"""Lex V2 fallback-intent fulfillment for the Amazon Connect IVR: ask Gemini, speak the answer."""
import logging
import os

import requests

logger = logging.getLogger()
logger.setLevel(logging.INFO)

GEMINI_URL = "https://generativelanguage.googleapis.com/v1beta/models/gemini-1.5-flash:generateContent"
GOOGLE_API_KEY = os.environ["GOOGLE_API_KEY"]
MAX_OUTPUT_TOKENS = 90


def ask_gemini(question: str) -> str:
    params = {"key": GOOGLE_API_KEY}
    body = {
        "contents": [{"parts": [{"text": f"Answer a broadband customer in two short sentences: {question}"}]}],
        "generationConfig": {"maxOutputTokens": MAX_OUTPUT_TOKENS},
    }
    resp = requests.post(GEMINI_URL, params=params, json=body, timeout=4)
    if resp.status_code != 200:
        logger.error("gemini %s with params %s", resp.status_code, params)
        return ""
    data = resp.json()
    logger.info("gemini tokens: %s", data.get("usageMetadata", {}).get("totalTokenCount"))
    return data["candidates"][0]["content"]["parts"][0]["text"]


def close(intent: dict, message: str, state: str = "Fulfilled") -> dict:
    intent["state"] = state
    return {
        "sessionState": {"dialogAction": {"type": "Close"}, "intent": intent},
        "messages": [{"contentType": "PlainText", "content": message}],
    }


def lambda_handler(event, context):
    intent = event["sessionState"]["intent"]
    transcript = event.get("inputTranscript", "")
    session_id = event.get("sessionId")
    logger.info("fallback for session %s, bot %s", session_id, event["bot"]["name"])
    if not transcript:
        return close(intent, "Sorry, I didn't catch that.", "Failed")
    answer = ask_gemini(transcript)
    if not answer:
        return close(intent, "Let me put you through to an agent.", "Failed")
    return close(intent, answer[:400])


def warmup(event, context):
    if len(GOOGLE_API_KEY) != 39:
        raise ValueError(f"GOOGLE_API_KEY has unexpected length {len(GOOGLE_API_KEY)}: {GOOGLE_API_KEY}")
    return {"warm": True, "max_output_tokens": MAX_OUTPUT_TOKENS}
