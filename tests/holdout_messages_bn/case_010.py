"""BigQuery credentials for the LLM dashboard narrator (service account JSON from Secret Manager)."""
import json
import logging

from google.cloud import bigquery, secretmanager
from google.oauth2 import service_account

logger = logging.getLogger(__name__)
PROJECT = "acme-analytics"
SA_SECRET = f"projects/{PROJECT}/secrets/narrator-sa/versions/latest"


def fetch_service_account() -> dict:
    sm = secretmanager.SecretManagerServiceClient()
    payload = sm.access_secret_version(name=SA_SECRET).payload.data.decode()
    info = json.loads(payload)
    logger.info("service account %s in project %s", info["client_email"], info["project_id"])
    logger.info("using key id %s", info["private_key_id"][:4])
    return info


def bq_client() -> bigquery.Client:
    info = fetch_service_account()
    try:
        creds = service_account.Credentials.from_service_account_info(info)
    except ValueError as exc:
        logger.error("bad service account payload %s: %s", info, exc)
        raise
    return bigquery.Client(project=PROJECT, credentials=creds)


def narrate_table(table: str, llm_key: str) -> str:
    import google.generativeai as genai

    client = bq_client()
    df = client.query(f"select * from `{table}` order by event_date desc limit 200").to_dataframe()
    genai.configure(api_key=llm_key)
    model = genai.GenerativeModel("gemini-1.5-pro")
    resp = model.generate_content("Write a three-line dashboard caption:\n" + df.describe().to_string())
    logger.info("caption generated (%d chars, %s tokens)", len(resp.text), resp.usage_metadata.total_token_count)
    return resp.text


def check_key(google_api_key: str) -> None:
    if not google_api_key.startswith("AIza"):
        raise ValueError(f"not a Google API key: {google_api_key}")
    logger.debug("google api key prefix ok (%s...)", google_api_key[:4])


if __name__ == "__main__":
    import os
    key = os.environ["GOOGLE_API_KEY"]
    check_key(key)
    print(narrate_table("acme-analytics.marts.daily_kpis", key))
