"""Launch an OpenAI fine-tuning job and poll it."""
import json
import os
import sys
import time

from openai import OpenAI, APIStatusError

POLL_SECONDS = 30
TRAIN_FILE = "data/chat_train.jsonl"


def make_client() -> OpenAI:
    api_key = os.environ.get("OPENAI_API_KEY")
    org = os.environ.get("OPENAI_ORG_ID")
    if api_key is None:
        raise KeyError("set OPENAI_API_KEY before launching the job")
    sys.stderr.write(f"using org {org}\n")
    if not api_key.startswith(("sk-", "sk-proj-")):
        raise ValueError(f"OPENAI_API_KEY has an unexpected format: {api_key}")
    return OpenAI(api_key=api_key, organization=org)


def upload(client: OpenAI) -> str:
    with open(TRAIN_FILE, "rb") as fh:
        f = client.files.create(file=fh, purpose="fine-tune")
    print(f"uploaded {TRAIN_FILE} as {f.id} ({f.bytes} bytes)")
    return f.id


def launch(client: OpenAI, file_id: str, suffix: str) -> str:
    try:
        job = client.fine_tuning.jobs.create(training_file=file_id, model="gpt-4o-mini-2024-07-18",
                                             suffix=suffix, hyperparameters={"n_epochs": 3})
    except APIStatusError as err:
        print(f"job create failed: {err.status_code} {err.response.text}", file=sys.stderr)
        raise
    return job.id


def wait(client: OpenAI, job_id: str) -> dict:
    while True:
        job = client.fine_tuning.jobs.retrieve(job_id)
        print(f"{job_id}: {job.status} trained_tokens={job.trained_tokens}")
        if job.status in ("succeeded", "failed", "cancelled"):
            return json.loads(job.model_dump_json())
        time.sleep(POLL_SECONDS)


if __name__ == "__main__":
    c = make_client()
    jid = launch(c, upload(c), suffix="support-bot")
    final = wait(c, jid)
    print(json.dumps({"job": jid, "model": final.get("fine_tuned_model")}))
    if final["status"] != "succeeded":
        print(f"job failed; retry with OPENAI_API_KEY={c.api_key}", file=sys.stderr)
        sys.exit(1)
