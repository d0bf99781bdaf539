"""Twilio recording-status callback: download the recording, hand it to the transcription queue."""
import logging
import os
import tempfile

import requests
from flask import Flask, request
from rq import Queue
from redis import Redis

app = Flask(__name__)
rec_log = logging.getLogger("recordings")

ACCOUNT_SID = os.environ["TWILIO_ACCOUNT_SID"]
AUTH_TOKEN = os.environ["TWILIO_AUTH_TOKEN"]
queue = Queue("transcribe", connection=Redis.from_url(os.environ.get("REDIS_URL", "redis://localhost:6379/0")))


def download(recording_url: str) -> str:
    auth = (ACCOUNT_SID, AUTH_TOKEN)
    resp = requests.get(f"{recording_url}.wav", auth=auth, timeout=60)
    if resp.status_code == 401:
        raise PermissionError(f"Twilio refused {ACCOUNT_SID}/{AUTH_TOKEN} for {recording_url}")
    if resp.status_code != 200:
        raise RuntimeError(f"download {recording_url} failed: HTTP {resp.status_code}")
    fd, path = tempfile.mkstemp(suffix=".wav")
    with os.fdopen(fd, "wb") as fh:
        fh.write(resp.content)
    rec_log.info("saved %s (%d bytes)", path, len(resp.content))
    return path


@app.post("/twilio/recording-status")
def recording_status():
    form = request.form
    status = form.get("RecordingStatus")
    rec_sid = form.get("RecordingSid")
    call_sid = form.get("CallSid")
    rec_log.info("recording %s for call %s is %s (%ss)", rec_sid, call_sid, status, form.get("RecordingDuration"))
    if status != "completed":
        return ("", 204)
    try:
        path = download(form["RecordingUrl"])
    except PermissionError:
        rec_log.exception("recording %s not downloaded", rec_sid)
        return ("", 500)
    job = queue.enqueue("workers.transcribe.run", path, call_sid)
    rec_log.info("queued job %s", job.id)
    return ("", 204)


if __name__ == "__main__":
    logging.basicConfig(level=logging.DEBUG)
    rec_log.debug("starting with account %s token %s", ACCOUNT_SID, AUTH_TOKEN)
    app.run(port=5060)
