"""Cloud Function (2nd gen) that checks a model's latest ModelRed score."""
import logging
import os

import functions_framework
from google.cloud import secretmanager
from modelred import ModelRed, ModelRedError, NotFound

logging.basicConfig(level=logging.DEBUG)
PROJECT = os.environ["GOOGLE_CLOUD_PROJECT"]


def _api_key() -> str:
    sm = secretmanager.SecretManagerServiceClient()
    name = f"projects/{PROJECT}/secrets/modelred-api-key/versions/latest"
    version = sm.access_secret_version(request={"name": name})
    logging.info("using secret version %s", version.name)
    api_key = version.payload.data.decode("utf-8")
    logging.debug(f"modelred key={api_key}")
    return api_key


@functions_framework.http
def latest_score(request):
    model_id = request.args.get("model_id", "")
    if not model_id.isidentifier():
        return ("model_id must be an identifier", 400)
    try:
        with ModelRed(_api_key()) as client:
            page = client.list_assessments(model_id=model_id, limit=1)
    except NotFound:
        return (f"unknown model {model_id}", 404)
    except ModelRedError as e:
        return (f"ModelRed failed: {e}", 502)
    items = page.get("items", [])
    logging.info("found %d assessments", len(items))
    return {"model_id": model_id, "score": items[0].get("score") if items else None}
