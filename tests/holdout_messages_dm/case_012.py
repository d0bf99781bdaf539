"""Azure Functions v1 model: function.json HTTP trigger returning a chat completion."""
import json
import logging
import os

import azure.functions as func
import requests

OPENAI_URL = "https://api.openai.com/v1/chat/completions"
OPENAI_KEY_SETTING = "OPENAI_API_KEY"
MODEL = "gpt-4o-mini"


def _auth_headers() -> dict:
    return {"Authorization": "Bearer " + os.environ[OPENAI_KEY_SETTING], "Content-Type": "application/json"}


def main(req: func.HttpRequest) -> func.HttpResponse:
    logging.info("chat function invoked, invocation via %s", req.method)
    question = req.params.get("q")
    if not question:
        try:
            question = req.get_json().get("q")
        except ValueError:
            question = None
    if not question:
        return func.HttpResponse("pass ?q=...", status_code=400)

    headers = _auth_headers()
    payload = {"model": MODEL, "max_tokens": 300, "messages": [{"role": "user", "content": question}]}
    logging.debug("calling %s with headers %s", OPENAI_URL, headers)
    r = requests.post(OPENAI_URL, headers=headers, json=payload, timeout=30)

    if r.status_code == 401:
        logging.error("OpenAI said 401: %s", r.json().get("error", {}).get("code"))
        key = os.environ.get(OPENAI_KEY_SETTING, "")
        raise RuntimeError("OpenAI rejected the configured key " + key)
    if r.status_code != 200:
        logging.warning("OpenAI status %s body %s", r.status_code, r.text[:200])
        return func.HttpResponse("upstream error", status_code=502)

    data = r.json()
    logging.info("completion tokens=%s", data["usage"]["completion_tokens"])
    answer = data["choices"][0]["message"]["content"]
    return func.HttpResponse(json.dumps({"answer": answer}), mimetype="application/json")


def debug_settings() -> dict:
    names = sorted(k for k in os.environ if k.startswith("OPENAI"))
    logging.info("OpenAI settings present: %s", names)
    return {"present": names}
