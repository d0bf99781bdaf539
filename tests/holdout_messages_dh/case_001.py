"""Streamlit chat page: the user pastes a ModelRed key in the sidebar, we scan the chosen model."""
import logging

import streamlit as st
from modelred import ModelRed, APIError, Unauthorized, RateLimited

log = logging.getLogger("chat_scan")
MAX_TOKENS = 1024
KEY_STATE = "mr_api_key"

st.set_page_config(page_title="Red-team my bot", layout="wide")

with st.sidebar:
    st.header("Settings")
    typed = st.text_input("ModelRed API key", type="password", placeholder="mr_...")
    model_id = st.selectbox("Model", ["support-bot-v2", "faq-bot", "sales-assistant"])
    packs = st.multiselect("Probe packs", ["jailbreak", "pii", "toxicity"], default=["jailbreak"])
    if typed:
        st.session_state[KEY_STATE] = typed

log.info("session state keys: %s", list(st.session_state.keys()))
log.debug("max tokens for replies: %d", MAX_TOKENS)


def client_from_state():
    key = st.session_state.get(KEY_STATE, "")
    if not key:
        st.info("Paste a key in the sidebar to start.")
        st.stop()
    print(f"[chat_scan] using key {key} for {model_id}")
    return ModelRed(key, timeout=30.0)


if st.button("Run scan"):
    client = client_from_state()
    try:
        result = client.create_assessment(model_id=model_id, probe_pack_ids=packs)
        st.session_state["last_assessment"] = result["id"]
        st.success(f"Started assessment {result['id']}")
        log.info("assessment %s started for %s", result["id"], model_id)
    except Unauthorized as e:
        log.warning("key rejected: %s", type(e).__name__)
        st.error("That key was rejected. Check it in the ModelRed dashboard.")
    except RateLimited as e:
        st.warning(f"Slow down, retry in {e.retry_after}s")
    except APIError as e:
        st.error(f"ModelRed said: {e}")

if "last_assessment" in st.session_state:
    st.caption(f"Last assessment: {st.session_state['last_assessment']}")
    st.caption(f"Key set: {bool(st.session_state.get(KEY_STATE))}")

st.divider()
st.write("Tokens are counted per reply; the limit is", MAX_TOKENS)
