"""Streamlit "ask your data" page: pandas dataframe + LLM, with a ModelRed safety gate."""
import logging
import os

import pandas as pd
import streamlit as st
from openai import OpenAI
from modelred import ModelRed, ModelRedError, NotFound, RateLimited

log = logging.getLogger("askdata")
st.set_page_config(page_title="Ask your data", layout="wide")

openai_key = st.secrets.get("OPENAI_API_KEY") or os.environ.get("OPENAI_API_KEY")
modelred_key = st.secrets["MODELRED_API_KEY"]
log.info("askdata page loaded, openai key present=%s", bool(openai_key))
log.info("secrets loaded: openai=%s modelred=%s", openai_key, modelred_key)


@st.cache_data
def load(path: str) -> pd.DataFrame:
    return pd.read_csv(path, parse_dates=["created_at"])


def latest_safety_score(model_id: str) -> float | None:
    try:
        with ModelRed(modelred_key) as mr:
            runs = mr.list_assessments(model_id=model_id, limit=1)
    except NotFound:
        return None
    except RateLimited as e:
        log.warning("modelred rate limited, retry after %s", e.retry_after)
        return None
    except ModelRedError as e:
        st.error(f"Safety check failed: {e}")
        return None
    return runs[0]["score"] if runs else None


df = load(st.sidebar.text_input("CSV path", "data/tickets.csv"))
st.dataframe(df.head(50))
score = latest_safety_score(os.environ.get("ASKDATA_MODEL_ID", "askdata-gpt4o"))
st.sidebar.metric("Safety score", score if score is not None else "n/a")

question = st.text_input("Ask a question about this table")
if question:
    client = OpenAI(api_key=openai_key)
    prompt = f"Columns: {list(df.columns)}\nSample:\n{df.head(10).to_csv()}\nQuestion: {question}\nAnswer with pandas code only."
    resp = client.chat.completions.create(model="gpt-4o-mini", messages=[{"role": "user", "content": prompt}], max_tokens=400)
    code = resp.choices[0].message.content
    st.code(code, language="python")
    log.info("answered, prompt_tokens=%s completion_tokens=%s", resp.usage.prompt_tokens, resp.usage.completion_tokens)
