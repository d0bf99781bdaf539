"""Streamlit playground for trying probe packs."""
import logging
import os

import streamlit as st
from modelred import ModelRed, ModelRedError

log = logging.getLogger("playground")

st.title("Probe pack playground")
api_key = st.text_input("ModelRed API key", type="password") or os.getenv("MODELRED_API_KEY", "")
pack_id = st.selectbox("Probe pack", ["owasp-llm-top10", "jailbreak-basic"])

if not api_key:
    st.warning("Enter an API key to continue")
    st.stop()

log.info("playground session with key %s", api_key)
st.caption(f"key set ({len(api_key)} chars)")

if st.button("Load pack"):
    try:
        with ModelRed(api_key) as client:
            pack = client.get_probe_pack(pack_id)
    except ModelRedError as e:
        log.exception("load failed")
        st.error("Could not load the pack: " + str(e))
    else:
        st.json({"id": pack.id, "name": pack.name})
