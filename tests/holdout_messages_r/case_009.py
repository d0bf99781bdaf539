"""Streamlit dashboard for the red-team team (ModelRed, old async SDK)."""
import asyncio
import os

import streamlit as st
from modelred import AuthenticationError, ModelRed, ModelRedError, QuotaExceededError

st.set_page_config(page_title="Red team runs", layout="wide")
st.title("Model assessments")

api_key = st.secrets.get("MODELRED_API_KEY") or os.getenv("MODELRED_API_KEY")
st.sidebar.caption(f"API key loaded: {bool(api_key)}")
st.sidebar.caption(f"Key length: {len(api_key or '')}")

debug = st.sidebar.checkbox("Debug")
if debug:
    with st.sidebar.expander("Environment"):
        st.write(f"MODELRED_API_KEY = {api_key}")
        st.write(f"MODELRED_BASE_URL = {os.getenv('MODELRED_BASE_URL', 'default')}")

model_id = st.text_input("Model id", "prod-chat-v2")
suites = st.multiselect("Test suites", ["basic_security", "prompt_injection", "jailbreak"], ["basic_security"])


async def run(model_id: str, suites: list[str]):
    async with ModelRed(api_key=api_key) as client:
        return await client.run_assessment(
            model_id=model_id,
            test_suites=suites,
            wait_for_completion=True,
            timeout_minutes=30,
        )


if st.button("Run assessment"):
    if not api_key:
        st.error("No ModelRed API key configured in secrets.toml")
        st.stop()
    with st.spinner("Running..."):
        try:
            result = asyncio.run(run(model_id, suites))
        except AuthenticationError:
            st.error("Authentication failed - check the key in secrets.toml")
        except QuotaExceededError as e:
            print(f"quota exceeded: {e}")
            st.warning("Monthly quota reached.")
        except ModelRedError as e:
            st.error(f"Assessment failed: {e}")
        else:
            st.success(f"Done: {result.get('overall_score')}")
            st.json(result)
