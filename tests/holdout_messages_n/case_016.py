"""Flask-SocketIO live console for running red-team probes from the browser."""
import logging
import os

from flask import Flask, request
from flask_socketio import SocketIO, emit
from modelred import ModelRed, ModelRedError, LimitExceeded

app = Flask(__name__)
app.config["SECRET_KEY"] = os.environ["FLASK_SECRET_KEY"]
socketio = SocketIO(app, cors_allowed_origins="*")
log = logging.getLogger("live_console")

client = ModelRed(os.environ["MODELRED_API_KEY"])
CONSOLE_TOKENS = set(filter(None, os.environ.get("CONSOLE_TOKENS", "").split(",")))


@socketio.on("connect")
def on_connect(auth):
    token = (auth or {}).get("token", "")
    if token not in CONSOLE_TOKENS:
        log.warning("socket %s refused, token=%s", request.sid, token)
        return False
    log.info("socket %s connected (%d tokens configured)", request.sid, len(CONSOLE_TOKENS))
    return True


@socketio.on("start")
def on_start(data):
    model_id = data.get("model_id", "")
    packs = data.get("packs") or ["baseline"]
    try:
        job = client.create_assessment(model_id=model_id, probe_pack_ids=packs)
    except LimitExceeded as e:
        log.info("limit hit for %s: %s", model_id, e)
        emit("error", {"message": "Monthly assessment limit reached."})
        return
    except ModelRedError as e:
        emit("error", {"message": str(e), "model_id": model_id})
        return
    emit("started", {"assessment_id": job.id, "model_id": model_id})


@socketio.on("cancel")
def on_cancel(data):
    try:
        client.cancel_assessment(data["assessment_id"])
    except ModelRedError as e:
        log.error("cancel failed (%s)", type(e).__name__)
        emit("error", {"message": "Could not cancel."})
        return
    emit("cancelled", {"assessment_id": data["assessment_id"]})


if __name__ == "__main__":
    socketio.run(app, port=5050)
