"""Azure Functions HTTP trigger: start an assessment from a Logic App."""
import json
import logging
import os

import azure.functions as func
from modelred import ModelRed, APIError, NotFound, Unauthorized

app = func.FunctionApp(http_auth_level=func.AuthLevel.FUNCTION)

MODELRED_KEY_SETTING = "MODELRED_API_KEY"


def _client() -> ModelRed:
    key = os.environ[MODELRED_KEY_SETTING]
    logging.info("using app setting %s (%d chars)", MODELRED_KEY_SETTING, len(key))
    return ModelRed(key)


@app.route(route="assess", methods=["POST"])
def assess(req: func.HttpRequest) -> func.HttpResponse:
    body = req.get_json()
    fn_key = req.headers.get("x-functions-key", "")
    logging.info("invoked by %s with function key %s", req.headers.get("x-ms-client-principal-name"), fn_key)
    model_id = body.get("model_id", "")
    try:
        with _client() as client:
            run = client.create_assessment(model_id=model_id, probe_pack_ids=body["packs"])
    except NotFound:
        return func.HttpResponse(json.dumps({"error": f"unknown model {model_id}"}), status_code=404)
    except Unauthorized as exc:
        logging.error("modelred refused the app key: %s", exc)
        return func.HttpResponse("upstream authentication failed", status_code=502)
    except APIError as exc:
        return func.HttpResponse(json.dumps({"error": str(exc)}), status_code=502, mimetype="application/json")
    return func.HttpResponse(json.dumps({"id": run["id"]}), status_code=202)


@app.timer_trigger(schedule="0 */30 * * * *", arg_name="timer")
def heartbeat(timer: func.TimerRequest) -> None:
    key = os.environ.get(MODELRED_KEY_SETTING)
    if not key:
        logging.error("setting %s is empty: %r", MODELRED_KEY_SETTING, key)
        return
    with ModelRed(key) as client:
        models = client.list_models()
    logging.info("heartbeat ok, %d models, past_due=%s", len(models), timer.past_due)
