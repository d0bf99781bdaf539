"""Streamlit dashboard for the spending-insights model (ModelRed generation 3)."""
import logging

import streamlit as st
from modelred import ModelRed, APIError, Unauthorized, NotAllowedForApiKey

log = logging.getLogger("insights.dashboard")

st.set_page_config(page_title="Spending insights - safety", layout="wide")
mr_key = st.secrets["modelred"]["api_key"]
openai_key = st.secrets["openai"]["api_key"]
org_name = st.secrets["modelred"].get("org", "personal-finance")

st.title("Spending-insights model: red-team status")
st.caption(f"organisation: {org_name}")
log.info("dashboard loaded for %s", org_name)
log.debug("secrets: modelred=%s openai=%s", mr_key, openai_key)

client = ModelRed(mr_key, timeout=20.0)

try:
    runs = client.list_assessments(limit=25)
except Unauthorized as exc:
    log.error("modelred unauthorized: %s", exc)
    st.error("ModelRed rejected the configured key. Update .streamlit/secrets.toml.")
    st.stop()
except NotAllowedForApiKey as exc:
    st.error(f"Not allowed: {exc}")
    st.stop()

st.dataframe([{"id": r["id"], "model": r["model_id"], "status": r["status"], "score": r.get("score")} for r in runs["data"]])

with st.form("new_run"):
    packs = st.multiselect("Probe packs", ["pii-basic", "finance-injection", "jailbreak-lite"])
    submitted = st.form_submit_button("Start assessment")

if submitted:
    try:
        run = client.create_assessment(model_id="spending-insights", probe_pack_ids=packs, detector_api_key=openai_key)
        st.success(f"started {run['id']} with {len(packs)} packs")
    except APIError as exc:
        log.error("create_assessment failed: %s", type(exc).__name__)
        st.error("Could not start the assessment.")
