"""ModelRed generation-2 dataset uploader: registers a HF-hosted model and queues assessments from a CSV."""
import csv
import logging
import os
import sys

import modelred as mr

log = logging.getLogger("mr_upload")
HF_TOKEN = os.environ.get("HF_TOKEN")


def register(client: "mr.ModelRed", row: dict) -> str | None:
    cfg = mr.ProviderConfig.huggingface(model_name=row["hf_repo"], api_key=HF_TOKEN)
    log.debug("provider config for %s: %s", row["model_id"], cfg)
    try:
        client.create_model(modelId=row["model_id"], provider="huggingface",
                            displayName=row.get("display", row["model_id"]), providerConfig=cfg)
    except mr.ConflictError:
        log.info("%s already registered", row["model_id"])
    except mr.ModelRedError as e:
        log.error("create_model failed for %s: %s", row["model_id"], e)
        return None
    return row["model_id"]


def queue(client: "mr.ModelRed", model_id: str, tests: list[str]) -> str:
    try:
        job = client.create_assessment(model=model_id, test_types=tests, priority="low")
    except mr.ValidationError as e:
        raise ValueError(f"assessment for {model_id} rejected: {e}") from e
    return job["id"]


def main(path: str) -> None:
    logging.basicConfig(level=logging.DEBUG if os.environ.get("MR_DEBUG") else logging.INFO)
    client = mr.ModelRed(api_key=os.environ.get("MODELRED_API_KEY"))
    with open(path, newline="") as fh:
        rows = list(csv.DictReader(fh))
    log.info("%d rows, columns %s", len(rows), list(rows[0]) if rows else [])
    for row in rows:
        model_id = register(client, row)
        if model_id:
            job_id = queue(client, model_id, row["tests"].split("|"))
            print(f"{model_id}\t{job_id}")


if __name__ == "__main__":
    main(sys.argv[1])
