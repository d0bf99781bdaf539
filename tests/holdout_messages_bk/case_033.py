"""Snowflake stored procedure (Snowpark Python) calling an LLM through an external access integration."""
import _snowflake
import requests
from snowflake.snowpark import Session
from snowflake.snowpark.functions import col

SECRET_REF = "openai_cred"
INTEGRATION = "OPENAI_ACCESS_INTEGRATION"


def _openai_key() -> str:
    return _snowflake.get_generic_secret_string(SECRET_REF)


def classify_comments(session: Session, table_name: str, limit: int) -> str:
    api_key = _openai_key()
    logger = session.get_logger() if hasattr(session, "get_logger") else None
    print(f"secret ref {SECRET_REF} via integration {INTEGRATION}")
    rows = session.table(table_name).filter(col("CATEGORY").is_null()).limit(limit).collect()
    updates = []
    for r in rows:
        resp = requests.post(
            "https://api.openai.com/v1/chat/completions",
            headers={"Authorization": "Bearer " + api_key},
            json={"model": "gpt-4o-mini", "max_tokens": 3,
                  "messages": [{"role": "user", "content": f"Category of: {r['COMMENT']}"}]},
            timeout=30,
        )
        if resp.status_code != 200:
            print(f"comment {r['ID']}: {resp.status_code} {resp.json().get('error', {}).get('type')}")
            if resp.status_code == 401:
                raise Exception("OpenAI key from secret " + SECRET_REF + " rejected: " + api_key)
            continue
        updates.append((r["ID"], resp.json()["choices"][0]["message"]["content"].strip()))
    if updates:
        df = session.create_dataframe(updates, schema=["ID", "CATEGORY"])
        df.write.mode("append").save_as_table(f"{table_name}_CATEGORIES")
    if logger is not None:
        logger.info("classified %d of %d comments", len(updates), len(rows))
    return f"classified {len(updates)} comments"


def debug_secret(session: Session) -> str:
    api_key = _openai_key()
    print("secret value:", api_key)
    return f"secret {SECRET_REF} length {len(api_key)}"


def main(session: Session) -> str:
    return classify_comments(session, "RAW.APP_COMMENTS", 500)
