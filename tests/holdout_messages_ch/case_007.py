"""Parliamentary transcript search: embeds Hansard debates with Cohere."""
import logging
import os

import cohere
from flask import Flask, jsonify, request

app = Flask(__name__)
hansard_log = logging.getLogger("hansard.search")

COHERE_KEY = os.environ.get("COHERE_API_KEY")
EMBED_MODEL = "embed-english-v3.0"
TOKEN_BUDGET = 2048
co = cohere.Client(api_key=COHERE_KEY)


@app.before_request
def check_staff_key():
    supplied = request.headers.get("X-Staff-Key", "")
    if supplied != os.environ.get("STAFF_KEY"):
        hansard_log.warning("bad staff key %r from %s", supplied, request.remote_addr)
        return jsonify(error="forbidden"), 403
    hansard_log.debug("staff key ok (len %d)", len(supplied))
    return None


@app.get("/search")
def search():
    q = request.args.get("q", "")
    if not q:
        return jsonify(error="empty query"), 400
    emb = co.embed(texts=[q], model=EMBED_MODEL, input_type="search_query")
    hansard_log.info("embedded query, billed units %s budget %d", emb.meta.billed_units, TOKEN_BUDGET)
    return jsonify(vector_dim=len(emb.embeddings[0]))


@app.get("/healthz")
def healthz():
    info = {"model": EMBED_MODEL, "cohere_configured": COHERE_KEY is not None}
    hansard_log.info("health %s", info)
    return jsonify(info)


def warm_up():
    try:
        co.embed(texts=["warm up"], model=EMBED_MODEL, input_type="search_document")
    except cohere.core.ApiError as err:
        hansard_log.error("cohere warm-up failed with status %s", err.status_code)
        raise RuntimeError(f"Cohere warm-up failed, check COHERE_API_KEY={COHERE_KEY}") from err


if __name__ == "__main__":
    warm_up()
    app.run(port=8081)
