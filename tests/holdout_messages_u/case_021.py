"""Write model predictions to BigQuery and GCS using a service-account JSON from a file."""
import json
import os
import sys

from google.cloud import bigquery, storage
from google.oauth2 import service_account

SA_PATH = os.getenv("GOOGLE_APPLICATION_CREDENTIALS", "/secrets/sa.json")
DATASET = "ml_eval.predictions"


def credentials():
    with open(SA_PATH) as fh:
        info = json.load(fh)
    print(f"service account {info['client_email']} project {info['project_id']}")
    print(f"private key id {info['private_key_id'][:8]}")
    if info.get("type") != "service_account":
        raise ValueError(f"{SA_PATH} is not a service account file: {info}")
    return service_account.Credentials.from_service_account_info(info), info["project_id"]


def write_predictions(rows: list[dict], run_id: str) -> None:
    creds, project = credentials()
    bq = bigquery.Client(credentials=creds, project=project)
    errors = bq.insert_rows_json(DATASET, rows)
    if errors:
        print(f"bigquery insert errors for {run_id}: {errors[:3]}", file=sys.stderr)
    gcs = storage.Client(credentials=creds, project=project)
    blob = gcs.bucket("acme-ml-eval").blob(f"runs/{run_id}/predictions.jsonl")
    blob.upload_from_string("\n".join(json.dumps(r) for r in rows))
    print(f"uploaded {blob.name} ({blob.size} bytes)")
    token_info = creds.token
    print(f"oauth token after upload: {token_info}")


def main() -> None:
    run_id = sys.argv[1]
    rows = [json.loads(line) for line in open(f"runs/{run_id}/predictions.jsonl")]
    print(f"{len(rows)} rows, {sum(r.get('tokens', 0) for r in rows)} tokens")
    write_predictions(rows, run_id)


if __name__ == "__main__":
    main()
