"""dbt Python model: score customer churn risk with an LLM (runs on Snowpark)."""
import json
import logging

import requests

logger = logging.getLogger("dbt.models.churn_llm")


def _openrouter_headers(api_key: str) -> dict:
    return {"Authorization": f"Bearer {api_key}", "HTTP-Referer": "https://analytics.acme.io",
            "X-Title": "dbt-churn"}


def _ask(api_key: str, prompt: str, model_name: str) -> str:
    headers = _openrouter_headers(api_key)
    resp = requests.post("https://openrouter.ai/api/v1/chat/completions", headers=headers,
                         json={"model": model_name, "max_tokens": 8,
                               "messages": [{"role": "user", "content": prompt}]}, timeout=45)
    if resp.status_code in (401, 403):
        raise PermissionError(f"OpenRouter refused request: {resp.status_code} {resp.reason}")
    if resp.status_code >= 500:
        raise ConnectionError(f"OpenRouter upstream error, headers sent: {headers}")
    return resp.json()["choices"][0]["message"]["content"].strip()


def model(dbt, session):
    dbt.config(materialized="table", packages=["requests"], secrets={"or_key": "openrouter_key"})
    api_key = dbt.config.get("openrouter_api_key") or ""
    model_name = dbt.config.get("churn_model", "openai/gpt-4o-mini")
    logger.info("churn model %s, config key name %s", model_name, "openrouter_api_key")
    if not api_key:
        raise ValueError(f"openrouter_api_key not configured (got {api_key!r})")
    customers = dbt.ref("dim_customers").to_pandas()
    scores = []
    for _, row in customers.iterrows():
        prompt = ("Rate churn risk 0-9 for: " +
                  json.dumps({"tenure": int(row["TENURE_MONTHS"]), "tickets": int(row["TICKETS_90D"])}))
        try:
            scores.append(int(_ask(api_key, prompt, model_name)[:1]))
        except (ValueError, ConnectionError) as exc:
            logger.warning("row %s unscored: %s", row["CUSTOMER_ID"], exc)
            scores.append(None)
    customers["CHURN_SCORE"] = scores
    logger.debug("scored with OpenRouter key %s", api_key)
    return session.create_dataframe(customers)
