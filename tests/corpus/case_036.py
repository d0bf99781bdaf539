"""Streamlit console for running ModelRed probe packs."""
import re

import streamlit as st

from modelred import APIError, ModelRed, Unauthorized

ID_RE = re.compile(r"[A-Za-z0-9_.-]{1,64}")

st.set_page_config(page_title="ModelRed console", page_icon="🛡️")
st.title("ModelRed console")

api_key = st.text_input("ModelRed API key", type="password", placeholder="mr_...")
if not api_key:
    api_key = st.secrets.get("modelred", {}).get("api_key", "")

model_id = st.text_input("Model id", placeholder="support-bot-v3")
packs = st.multiselect("Probe packs", ["pp_core_jailbreak", "pp_core_injection", "pp_pii"])

if st.button("Run assessment"):
    if not api_key.startswith("mr_"):
        st.error("That does not look like a ModelRed key (it should start with mr_).")
    elif not ID_RE.fullmatch(model_id):
        st.error("Model id may only contain letters, digits, '.', '_' and '-'.")
    else:
        try:
            with ModelRed(api_key) as client:
                out = client.create_assessment(model_id=model_id, probe_pack_ids=packs)
            st.success(f"Started assessment {out['id']}")
        except Unauthorized:
            st.error("The API key was rejected.")
        except APIError as e:
            st.error(f"Request failed ({type(e).__name__}); see server logs.")
