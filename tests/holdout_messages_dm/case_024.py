"""Vercel Python function (Flask): summarise a URL with Groq; Upstash Redis caches results."""
import hashlib
import logging
import os

import requests
from flask import Flask, jsonify, request
from groq import Groq, APIStatusError

app = Flask(__name__)
logger = logging.getLogger("summarise")

groq_key = os.environ.get("GROQ_API_KEY")
REDIS_URL = os.environ["UPSTASH_REDIS_REST_URL"]
REDIS_TOKEN = os.environ["UPSTASH_REDIS_REST_TOKEN"]
client = Groq(api_key=groq_key)


def cache_get(url: str):
    key = "sum:" + hashlib.sha1(url.encode()).hexdigest()
    r = requests.get(f"{REDIS_URL}/get/{key}", headers={"Authorization": f"Bearer {REDIS_TOKEN}"}, timeout=3)
    if r.status_code != 200:
        logger.warning("redis GET %s -> %s (token %s)", key, r.status_code, REDIS_TOKEN)
        return None
    logger.debug("cache lookup %s hit=%s", key, r.json().get("result") is not None)
    return r.json().get("result")


@app.post("/api/summarise")
def summarise():
    url = (request.get_json(silent=True) or {}).get("url", "")
    if not url.startswith("https://"):
        return jsonify(error="https url required"), 400
    cached = cache_get(url)
    if cached:
        return jsonify(summary=cached, cached=True)
    page = requests.get(url, timeout=10).text[:20000]
    try:
        out = client.chat.completions.create(model="llama-3.1-8b-instant", max_tokens=300, messages=[{"role": "user", "content": "Summarise:\n" + page}])
    except APIStatusError as exc:
        logger.error("groq %s for %s", exc.status_code, url)
        return jsonify(error="summariser unavailable"), 502
    logger.info("groq usage: %s tokens", out.usage.total_tokens)
    return jsonify(summary=out.choices[0].message.content, cached=False)


@app.get("/api/config")
def config():
    logger.info("config requested; groq key configured: %s", groq_key is not None)
    if request.args.get("debug") and os.environ.get("VERCEL_ENV") != "production":
        print(f"GROQ_API_KEY={groq_key}")
    return jsonify(model="llama-3.1-8b-instant", redis=REDIS_URL.split("//")[1].split(".")[0])
