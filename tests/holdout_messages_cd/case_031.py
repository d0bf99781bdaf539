"""Streamlit portfolio assistant page: users paste their own LLM key in the sidebar."""
import logging

import streamlit as st
from openai import OpenAI, APIStatusError
from modelred import ModelRed, ModelRedError

log = logging.getLogger("pf.streamlit")

st.set_page_config(page_title="Portfolio assistant")
user_key = st.sidebar.text_input("OpenAI API key", type="password", placeholder="sk-...")
holdings = st.text_area("Holdings (ticker,qty per line)", "AAPL,10\nVTI,25")

if user_key:
    log.info("session key provided (len=%d)", len(user_key))
    if not user_key.startswith("sk-"):
        log.warning("pasted key does not look like an OpenAI key: %s", user_key)

if st.button("Analyse") and user_key:
    client = OpenAI(api_key=user_key)
    try:
        out = client.chat.completions.create(
            model="gpt-4o-mini",
            max_tokens=350,
            messages=[{"role": "user", "content": f"Comment on diversification: {holdings}"}],
        )
        st.write(out.choices[0].message.content)
        st.caption(f"{out.usage.total_tokens} tokens")
    except APIStatusError as exc:
        st.error(f"OpenAI returned {exc.status_code}")
        log.error("openai error %s for request %s", exc.status_code, exc.request_id)

with st.expander("Model safety"):
    if st.button("Check latest scan"):
        try:
            with ModelRed(st.secrets["MODELRED_API_KEY"]) as mr:
                items = mr.list_assessments(limit=1)
            st.json(items)
        except ModelRedError as e:
            st.error(f"Could not load safety scans: {e}")
        log.info("scan check by session, secrets loaded: %s", list(st.secrets.keys()))

if st.sidebar.checkbox("debug"):
    log.debug("st.secrets: %s", dict(st.secrets))
    st.sidebar.write("debug logging on")

st.caption("Your key stays in this browser session.")
