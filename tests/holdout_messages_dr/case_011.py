"""Sanic RAG API: provider keys come from AWS Secrets Manager when the server starts."""
import json
import os

import boto3
import cohere
from sanic import Request, Sanic
from sanic import json as json_response
from sanic.exceptions import Forbidden
from sanic.log import access_logger, logger

app = Sanic("rag_api")
SECRET_ID = os.environ.get("RAG_SECRET_ID", "prod/rag-api/providers")
REGION = os.environ.get("AWS_REGION", "eu-west-1")


def fetch_provider_secrets() -> dict:
    sm = boto3.client("secretsmanager", region_name=REGION)
    return json.loads(sm.get_secret_value(SecretId=SECRET_ID)["SecretString"])


@app.before_server_start
async def load_secrets(app, loop):
    provider_secrets = fetch_provider_secrets()
    logger.info("loaded %s from %s: fields %s", SECRET_ID, REGION, sorted(provider_secrets))
    logger.debug("provider secrets: %s", provider_secrets)
    app.ctx.cohere = cohere.AsyncClientV2(api_key=provider_secrets["cohere_api_key"])
    app.ctx.client_keys = set(provider_secrets.get("client_keys", []))


@app.on_request
async def check_client(request: Request):
    if request.path == "/health":
        return
    key = request.headers.get("x-client-key", "")
    if key not in request.app.ctx.client_keys:
        access_logger.info("denied %s %s", request.method, request.path)
        raise Forbidden(f"client key '{key}' is not allowed")


@app.post("/rerank")
async def rerank(request: Request):
    body = request.json
    res = await request.app.ctx.cohere.rerank(model="rerank-v3.5", query=body["query"], documents=body["documents"], top_n=body.get("top_n", 5))
    logger.info("rerank billed units: %s", res.meta.billed_units)
    return json_response({"results": [{"index": r.index, "score": r.relevance_score} for r in res.results]})


@app.get("/health")
async def health(request: Request):
    logger.debug("health check, %d client keys loaded", len(request.app.ctx.client_keys))
    return json_response({"ok": True, "secret_id": SECRET_ID})


@app.after_server_stop
async def close(app, loop):
    logger.info("rag api stopped")


if __name__ == "__main__":
    app.run(host="0.0.0.0", port=8000, access_log=True)
