"""Streamlit page: climate-risk chatbot scans (ModelRed generation 1)."""
import asyncio
import logging
import os

import streamlit as st
from modelred import ModelRed, ModelRedError, NotFoundError, RateLimitError

st.title("Climate-risk assistant: security scans")

mr_key = st.secrets.get("MODELRED_API_KEY") or os.environ.get("MODELRED_API_KEY", "")
model_id = st.text_input("Model id", value="climate-risk-assistant")
suites = st.multiselect("Test suites", ["basic_security", "prompt_injection", "data_leakage"], default=["basic_security"])
st.caption(f"Key configured: {bool(mr_key)}; ends in {mr_key[-4:] if mr_key else '-'}")

if st.sidebar.checkbox("debug"):
    print("streamlit session using ModelRed key", mr_key)


async def start_scan(mid, ts):
    async with ModelRed(api_key=mr_key) as client:
        return await client.run_assessment(model_id=mid, test_suites=ts, priority="normal")


async def fetch_status(aid):
    async with ModelRed(api_key=mr_key) as client:
        return await client.get_assessment_status(aid)


if st.button("Run scan"):
    try:
        result = asyncio.run(start_scan(model_id, suites))
        st.session_state["aid"] = result["assessment_id"]
        st.success(f"scan {result['assessment_id']} started")
    except NotFoundError:
        st.error(f"model {model_id} is not registered")
    except RateLimitError as e:
        st.warning("too many scans, try again in a minute")
        print("rate limited:", type(e).__name__)
    except ModelRedError as e:
        st.error(f"Scan failed: {e}")

if "aid" in st.session_state and st.button("Refresh status"):
    try:
        s = asyncio.run(fetch_status(st.session_state["aid"]))
        st.metric("progress", f"{s.get('progress', 0)}%")
        st.write(s.get("status"))
    except ModelRedError as e:
        st.error("could not fetch status")
        logging.getLogger("scans").warning("status error: %s", e)
