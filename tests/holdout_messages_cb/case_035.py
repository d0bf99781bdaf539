"""Streamlit reviewer UI: upload a contract, get risk flags; ModelRed score shown in the sidebar."""
import logging
import os

import streamlit as st
from modelred import ModelRed, APIError, Unauthorized
from openai import OpenAI

log = logging.getLogger("risk_ui")

st.set_page_config(page_title="Contract risk review")
st.title("Contract risk review")

openai_key = st.secrets.get("OPENAI_API_KEY") or os.environ.get("OPENAI_API_KEY")
mr_key = st.secrets.get("MODELRED_API_KEY", "")
log.info("UI started, openai key from %s", "st.secrets" if "OPENAI_API_KEY" in st.secrets else "env")

with st.sidebar:
    st.subheader("Model safety")
    try:
        with ModelRed(mr_key) as mr:
            latest = mr.list_assessments(model_id="contract-risk", limit=1)
        if latest:
            st.metric("Latest ModelRed score", latest[0].get("overall_score"))
    except Unauthorized:
        log.error("ModelRed refused the key in secrets.toml: %s", mr_key)
        st.warning("Safety score unavailable.")
    except APIError as e:
        st.error(f"ModelRed error: {e}")

uploaded = st.file_uploader("Contract (txt)", type=["txt"])
if uploaded is not None:
    text = uploaded.read().decode("utf-8", errors="ignore")
    client = OpenAI(api_key=openai_key)
    with st.spinner("Reviewing..."):
        out = client.chat.completions.create(
            model="gpt-4o", max_tokens=1200,
            messages=[{"role": "system", "content": "List risky clauses with a one-line reason each."},
                      {"role": "user", "content": text}],
        )
    st.markdown(out.choices[0].message.content)
    st.caption(f"{out.usage.total_tokens} tokens")
    log.info("reviewed %s (%d chars)", uploaded.name, len(text))
