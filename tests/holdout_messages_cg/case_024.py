"""Azure Function (HTTP trigger) behind the department's paper-summary Teams tab."""
import json
import logging
import os

import azure.functions as func
from azure.identity import DefaultAzureCredential
from openai import AzureOpenAI
from modelred import ModelRed, ModelRedError, NotFoundError

COGNITIVE_SCOPE = "https://cognitiveservices.azure.com/.default"
ENDPOINT = os.environ["AZURE_OPENAI_ENDPOINT"]
DEPLOYMENT = os.environ.get("AZURE_OPENAI_DEPLOYMENT", "gpt4o-dept")

app = func.FunctionApp(http_auth_level=func.AuthLevel.FUNCTION)
credential = DefaultAzureCredential()


def _aoai() -> AzureOpenAI:
    tok = credential.get_token(COGNITIVE_SCOPE)
    logging.info("AAD token for %s expires_on=%s", COGNITIVE_SCOPE, tok.expires_on)
    logging.debug("AAD bearer %s", tok.token)
    return AzureOpenAI(azure_ad_token=tok.token, azure_endpoint=ENDPOINT, api_version="2024-06-01")


@app.route(route="summarise", methods=["POST"])
def summarise(req: func.HttpRequest) -> func.HttpResponse:
    body = req.get_json()
    r = _aoai().chat.completions.create(
        model=DEPLOYMENT, max_tokens=int(body.get("max_tokens", 300)),
        messages=[{"role": "user", "content": "Summarise for a lab meeting:\n" + body["text"][:20000]}],
    )
    logging.info("deployment %s used %d tokens", DEPLOYMENT, r.usage.total_tokens)
    return func.HttpResponse(json.dumps({"summary": r.choices[0].message.content}), mimetype="application/json")


@app.route(route="audit-status", methods=["GET"])
def audit_status(req: func.HttpRequest) -> func.HttpResponse:
    aid = req.params.get("id", "")
    client = ModelRed(api_key=os.environ["MODELRED_API_KEY"])
    try:
        a = client.get_assessment(aid)
    except NotFoundError:
        return func.HttpResponse("no such assessment", status_code=404)
    except ModelRedError as e:
        logging.warning("get_assessment(%s) failed: %s", aid, e)
        return func.HttpResponse(f"ModelRed: {e}", status_code=502)
    return func.HttpResponse(json.dumps({"id": aid, "status": a.get("status")}), mimetype="application/json")


@app.route(route="whoami", methods=["GET"])
def whoami(req: func.HttpRequest) -> func.HttpResponse:
    fn_key = req.headers.get("x-functions-key", "")
    logging.info("whoami called, function key supplied=%s", bool(fn_key))
    return func.HttpResponse(json.dumps({"endpoint": ENDPOINT, "deployment": DEPLOYMENT}))
