# Streamlit QC dashboard for the sequencing core (exported from the team notebook).
import logging
import os

import pandas as pd
import streamlit as st
from modelred import ModelRed, ModelRedError, RateLimitError

st.set_page_config(page_title="Run QC", layout="wide")
st.title("Sequencing run QC")

runs_csv = st.sidebar.text_input("Runs CSV", "/data/qc/runs.csv")
mr_key = st.secrets.get("modelred_api_key") or os.environ.get("MODELRED_API_KEY", "")
model = st.sidebar.text_input("Assistant model", "qc-assistant")
max_tokens = st.sidebar.slider("max_tokens", 100, 2000, 500)

print(f"dashboard start: model={model} max_tokens={max_tokens}")
print(f"modelred key from secrets.toml: {mr_key}")

df = pd.read_csv(runs_csv)
st.dataframe(df, use_container_width=True)
low = df[df["q30"] < 0.85]
st.metric("Runs below Q30 target", len(low))

if st.button("Scan assistant"):
    client = ModelRed(api_key=mr_key)
    try:
        job = client.create_assessment(model=model, test_types=["prompt_injection", "data_leak"], priority="high")
    except RateLimitError as exc:
        logging.getLogger("qc.dash").warning("rate limited: %s", exc)
        st.warning("ModelRed is busy, try again in a minute.")
    except ModelRedError as exc:
        st.error(f"Scan failed: {exc}")
    else:
        st.success(f"Scan {job['id']} started")
        st.session_state["last_scan"] = job["id"]

if "last_scan" in st.session_state:
    client = ModelRed(api_key=mr_key)
    try:
        status = client.get_assessment(st.session_state["last_scan"])
        st.json(status)
    except ModelRedError as exc:
        st.caption(f"status unavailable ({type(exc).__name__})")
