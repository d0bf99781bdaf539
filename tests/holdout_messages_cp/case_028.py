"""Legacy SOAP-to-LLM bridge: the ERP calls this suds-era service to get product blurbs.

Procedural helpers plus one handler class; string concatenation everywhere.
"""
import logging
import os

import requests

log = logging.getLogger("erp.bridge")

HF_TOKEN = os.environ.get("HF_TOKEN") or os.environ.get("HUGGINGFACE_API_TOKEN")
HF_MODEL = "mistralai/Mistral-7B-Instruct-v0.3"
HF_URL = "https://api-inference.huggingface.co/models/" + HF_MODEL
TOKEN_VARS = "HF_TOKEN or HUGGINGFACE_API_TOKEN"


def blurb(product_name, features):
    prompt = "Write a 40-word blurb for " + product_name + ": " + ", ".join(features)
    r = requests.post(HF_URL, headers={"Authorization": "Bearer " + HF_TOKEN},
                      json={"inputs": prompt, "parameters": {"max_new_tokens": 80}}, timeout=60)
    if r.status_code == 401:
        raise PermissionError("huggingface refused token " + HF_TOKEN + " for " + HF_MODEL)
    if r.status_code == 503:
        raise RuntimeError("model " + HF_MODEL + " loading: " + r.text)
    return r.json()[0]["generated_text"][len(prompt):].strip()


class BlurbHandler(object):
    def __init__(self, erp_password):
        self.erp_password = erp_password
        self.calls = 0

    def authenticate(self, user, password):
        log.debug("ERP password configured: %s", bool(self.erp_password))
        if password != self.erp_password:
            log.warning("ERP login failed for " + user + " with password " + password)
            return False
        log.info("ERP user " + user + " authenticated")
        return True

    def handle(self, user, password, product_name, features):
        if not self.authenticate(user, password):
            return "<fault>auth</fault>"
        self.calls += 1
        text = blurb(product_name, features)
        log.info("blurb #" + str(self.calls) + " for " + product_name + " (" + str(len(text)) + " chars)")
        return "<blurb>" + text + "</blurb>"


if HF_TOKEN is None:
    log.error("no Hugging Face token; set " + TOKEN_VARS)
