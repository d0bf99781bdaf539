"""Redline diff service: compares two contract versions and explains changes."""
import json
import logging
import os
import warnings

import boto3
from flask import Flask, jsonify, request
from openai import OpenAI

app = Flask(__name__)
log = logging.getLogger("redline")

SECRET_ID = "legal/redline/openai"


def openai_key_from_secrets_manager() -> str:
    sm = boto3.client("secretsmanager", region_name="eu-west-1")
    blob = json.loads(sm.get_secret_value(SecretId=SECRET_ID)["SecretString"])
    log.info("loaded secret %s with fields %s", SECRET_ID, list(blob))
    return blob["api_key"]


_key = openai_key_from_secrets_manager()
if not _key.startswith("sk-"):
    warnings.warn(f"unexpected OpenAI key format: {_key}")
client = OpenAI(api_key=_key)


@app.post("/redline/explain")
def explain():
    data = request.get_json(force=True)
    old, new = data["old"], data["new"]
    completion = client.chat.completions.create(
        model="gpt-4o", max_tokens=900,
        messages=[{"role": "system", "content": "You explain contract redlines to lawyers."},
                  {"role": "user", "content": f"OLD:\n{old}\n\nNEW:\n{new}"}],
    )
    log.info("explained redline, %d tokens", completion.usage.total_tokens)
    return jsonify({"explanation": completion.choices[0].message.content})


@app.get("/redline/config")
def config():
    return jsonify({"secret_id": SECRET_ID, "key_loaded": _key is not None, "model": "gpt-4o"})


@app.errorhandler(Exception)
def on_error(exc):
    log.exception("redline failure")
    return jsonify({"error": "internal error"}), 500


if __name__ == "__main__":
    log.info("starting redline with OpenAI key ending %s", _key[-4:])
    app.run(port=int(os.environ.get("PORT", "8088")))
