# Streamlit internal dashboard: LLM usage by team. Run: streamlit run case_019.py
import os
import logging

import pandas as pd
import requests
import streamlit as st

log = logging.getLogger("usage-dash")
OPENAI_ADMIN_KEY = os.environ.get("OPENAI_ADMIN_KEY", "")
ORG_ID = os.environ.get("OPENAI_ORG_ID", "org-unknown")

st.set_page_config(page_title="LLM usage", layout="wide")
st.title("LLM usage by team")
log.info("dashboard loaded for org %s", ORG_ID)

if not OPENAI_ADMIN_KEY:
    st.error("OPENAI_ADMIN_KEY is not configured")
    st.stop()

headers = {"Authorization": f"Bearer {OPENAI_ADMIN_KEY}", "OpenAI-Organization": ORG_ID}
days = st.slider("days", 1, 30, 7)
resp = requests.get("https://api.openai.com/v1/organization/usage/completions",
                    params={"start_time": 0, "limit": days}, headers=headers, timeout=20)
if resp.status_code != 200:
    log.error("usage API %s: %s", resp.status_code, resp.text)
    log.debug("usage request headers: %s", headers)
    st.error(f"usage API returned {resp.status_code}")
    st.stop()

rows = []
for bucket in resp.json().get("data", []):
    for r in bucket.get("results", []):
        rows.append({"project": r.get("project_id"), "input_tokens": r.get("input_tokens", 0),
                     "output_tokens": r.get("output_tokens", 0)})
df = pd.DataFrame(rows)
st.dataframe(df)
log.info("total input tokens %s", int(df["input_tokens"].sum()) if len(df) else 0)

with st.sidebar:
    st.caption(f"key ...{OPENAI_ADMIN_KEY[-4:]}")
    if st.checkbox("debug"):
        print("admin key in use:", OPENAI_ADMIN_KEY)
