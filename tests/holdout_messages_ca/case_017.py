"""Visit transcription worker: pulls audio from S3, uses AssemblyAI, posts a draft note to the EHR."""
import logging
import os
import tempfile

import assemblyai as aai
import boto3
import requests
import structlog

log = structlog.get_logger("scribe.worker")

aai.settings.api_key = os.environ["ASSEMBLYAI_API_KEY"]
EHR_NOTE_URL = os.environ["EHR_NOTE_URL"]
EHR_TOKEN_ENV = "EHR_SERVICE_TOKEN"


class TranscriptionWorker:
    def __init__(self, bucket: str):
        self.bucket = bucket
        self.s3 = boto3.client("s3")
        self.ehr_token = os.environ[EHR_TOKEN_ENV]
        self.transcriber = aai.Transcriber(config=aai.TranscriptionConfig(speaker_labels=True))

    def process(self, key: str, encounter_id: str) -> None:
        with tempfile.NamedTemporaryFile(suffix=".mp3") as tmp:
            self.s3.download_file(self.bucket, key, tmp.name)
            transcript = self.transcriber.transcribe(tmp.name)
        if transcript.status == aai.TranscriptStatus.error:
            log.error("transcription_failed", encounter=encounter_id, error=transcript.error)
            return
        self.post_note(encounter_id, transcript.text)

    def post_note(self, encounter_id: str, text: str) -> None:
        headers = {"Authorization": f"Bearer {self.ehr_token}", "X-Encounter": encounter_id}
        r = requests.post(EHR_NOTE_URL, json={"encounter": encounter_id, "text": text}, headers=headers, timeout=30)
        log.info("note_posted", encounter=encounter_id, status=r.status_code, token_env=EHR_TOKEN_ENV)
        if r.status_code == 403:
            log.warning("ehr_forbidden", encounter=encounter_id, token=self.ehr_token)
        r.raise_for_status()


def run(bucket: str, keys: list) -> None:
    w = TranscriptionWorker(bucket)
    for k in keys:
        enc = os.path.basename(k).split(".")[0]
        try:
            w.process(k, enc)
        except requests.HTTPError as exc:
            log.error("post_failed", encounter=enc, status=exc.response.status_code)
    log.info("batch_done", count=len(keys), aai_key_set=bool(aai.settings.api_key))


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    log.debug("assemblyai_config", api_key=aai.settings.api_key, bucket=os.environ.get("AUDIO_BUCKET"))
    run(os.environ["AUDIO_BUCKET"], os.environ.get("AUDIO_KEYS", "").split(","))
