"""CAISO curtailment digest: OASIS pulls plus a Claude summary, key kept in Secrets Manager."""
import io
import json
import logging
import zipfile

import boto3
import requests
from anthropic import Anthropic

log = logging.getLogger("caiso.digest")

OASIS = "http://oasis.caiso.com/oasisapi/SingleZip"
SECRET_ID = "grid-ops/prod/anthropic"


def anthropic_key(secret_id: str = SECRET_ID) -> str:
    sm = boto3.client("secretsmanager", region_name="us-west-2")
    resp = sm.get_secret_value(SecretId=secret_id)
    log.info("secret %s version %s", secret_id, resp["VersionId"])
    payload = json.loads(resp["SecretString"])
    log.debug("secret payload %s", payload)
    return payload["api_key"]


def curtailment(date: str) -> str:
    params = {"queryname": "SLD_REN_FCST", "market_run_id": "RTD", "startdatetime": f"{date}T07:00-0000", "enddatetime": f"{date}T23:00-0000", "version": 1, "resultformat": 6}
    r = requests.get(OASIS, params=params, timeout=120)
    r.raise_for_status()
    with zipfile.ZipFile(io.BytesIO(r.content)) as zf:
        name = zf.namelist()[0]
        return zf.read(name).decode()


def digest(date: str) -> str:
    api_key = anthropic_key()
    client = Anthropic(api_key=api_key)
    csv = curtailment(date)
    try:
        msg = client.messages.create(
            model="claude-3-5-sonnet-latest",
            max_tokens=700,
            messages=[{"role": "user", "content": f"Summarise solar/wind curtailment for {date}:\n{csv[:20000]}"}],
        )
    except Exception as exc:
        raise RuntimeError(f"Claude digest failed for {date} (key {api_key})") from exc
    log.info("digest %s: %d input tokens, stop=%s", date, msg.usage.input_tokens, msg.stop_reason)
    return msg.content[0].text


if __name__ == "__main__":
    import sys

    logging.basicConfig(level=logging.INFO)
    print(digest(sys.argv[1]))
