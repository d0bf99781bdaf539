"""Streamlit dashboard for browsing ModelRed assessments (internal tool)."""
import logging
import os

import streamlit as st
from modelred import ModelRed, ModelRedError, Unauthorized

log = logging.getLogger("dash")

st.set_page_config(page_title="Red-team results", layout="wide")

default_key = os.environ.get("MODELRED_API_KEY", "")
api_key = st.sidebar.text_input("ModelRed API key", value=default_key, type="password")
if not api_key:
    st.info("Enter an API key to start.")
    st.stop()

log.info("dashboard session started, key ends with %s", api_key[-4:])

try:
    client = ModelRed(api_key)
    page = client.list_assessments(page=1, page_size=50)
except Unauthorized:
    st.error("That key was rejected.")
    st.stop()
except ModelRedError as err:
    log.exception("list_assessments failed")
    st.error(f"Could not load assessments: {err}")
    st.stop()

rows = [
    {"id": a["id"], "model": a["model"], "status": a["status"], "score": a.get("score")}
    for a in page["data"]
]
st.dataframe(rows)

selected = st.selectbox("Assessment", [r["id"] for r in rows])
if selected:
    try:
        detail = client.get_assessment(selected)
    except ModelRedError as err:
        st.warning("Could not load details (%s)." % type(err).__name__)
    else:
        st.json(detail)

if st.sidebar.checkbox("Debug"):
    st.sidebar.write({"key_set": bool(api_key), "key_len": len(api_key)})
    print("debug mode, key =", api_key)
