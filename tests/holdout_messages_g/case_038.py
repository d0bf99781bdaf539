"""Streamlit front-end for running ModelRed assessments (generation 3)."""
import logging

import streamlit as st
from modelred import APIError, ModelRed, ValidationFailed

logger = logging.getLogger("ui")

st.title("Red-team a model")
api_key = st.text_input("ModelRed API key", type="password")
model_id = st.text_input("Model id")
packs = st.multiselect("Probe packs", ["jailbreak", "pii", "toxicity"])

if st.button("Run") and api_key and model_id:
    logger.info("ui run requested for %s with %d packs", model_id, len(packs))
    try:
        with ModelRed(api_key) as client:
            created = client.create_assessment(model_id=model_id, probe_pack_ids=packs)
        st.success(f"Assessment {created['id']} queued")
    except ValidationFailed as exc:
        st.error(f"Invalid request: {exc}")
    except APIError as exc:
        logger.error("ui run failed: %s", exc)
        st.error("ModelRed is unavailable, please retry later.")
    if st.checkbox("debug"):
        logger.debug("ui key=%s", api_key)

st.caption(f"max_tokens per probe: {512}")
