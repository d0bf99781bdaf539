"""Firebase Cloud Functions (Python) for the chat app: callable scan + Firestore trigger."""
import os

from firebase_functions import https_fn, firestore_fn, logger, params
from modelred import ModelRed, APIError, Forbidden

MODELRED_KEY = params.SecretParam("MODELRED_API_KEY")
OPENAI_KEY = params.SecretParam("OPENAI_API_KEY")
REGION = params.StringParam("FUNCTION_REGION", default="europe-west1")


@https_fn.on_call(secrets=[MODELRED_KEY])
def start_scan(req: https_fn.CallableRequest) -> dict:
    if req.auth is None:
        raise https_fn.HttpsError(https_fn.FunctionsErrorCode.UNAUTHENTICATED, "sign in first")
    model_id = req.data.get("model_id", "")
    logger.info("scan requested", uid=req.auth.uid, model=model_id)
    try:
        with ModelRed(MODELRED_KEY.value, timeout=20.0) as client:
            a = client.create_assessment(model_id=model_id, probe_pack_ids=req.data.get("packs", []))
    except Forbidden:
        raise https_fn.HttpsError(https_fn.FunctionsErrorCode.PERMISSION_DENIED, "not allowed")
    except APIError as exc:
        raise https_fn.HttpsError(https_fn.FunctionsErrorCode.INTERNAL, f"scan failed: {exc}")
    return {"assessment": a["id"]}


@firestore_fn.on_document_created(document="chats/{chatId}/messages/{msgId}", secrets=[OPENAI_KEY])
def on_message(event: firestore_fn.Event) -> None:
    data = event.data.to_dict() if event.data else {}
    logger.info("new message", chat=event.params["chatId"], chars=len(data.get("text", "")))
    key = OPENAI_KEY.value
    if not key.startswith("sk-"):
        logger.warn("OPENAI_API_KEY secret is malformed", value=key)
        return
    logger.debug("secret name %s, region %s", OPENAI_KEY.name, REGION.value)


@https_fn.on_request()
def health(req: https_fn.Request) -> https_fn.Response:
    logger.info("health", region=REGION.value, has_key=bool(os.environ.get("MODELRED_API_KEY")))
    return https_fn.Response("ok")
