"""Streamlit front end the lab uses to red-team its paper summariser before release."""
import os

import streamlit as st
from modelred import ModelRed, APIError, LimitExceeded, NotAllowedForApiKey

st.set_page_config(page_title="Summariser audit", layout="wide")
st.title("Paper summariser: safety audit")

secret_key = st.secrets.get("modelred", {}).get("api_key") or os.environ.get("MODELRED_API_KEY", "")
org_name = st.secrets.get("modelred", {}).get("org", "lab")


@st.cache_data(ttl=600)
def probe_packs() -> list[str]:
    """Pack ids the lab has enabled; cached for ten minutes."""
    with ModelRed(secret_key) as client:
        owned = client.list_owned_probes(limit=50)
    return sorted(p["id"] for p in owned)


with st.sidebar:
    st.caption(f"Organisation: {org_name}")
    st.caption(f"API key configured: {'yes' if secret_key else 'no'}")
    model_id = st.text_input("Model id", value="papersum-v3")
    packs = st.multiselect("Probe packs", probe_packs() or ["jailbreak-basic", "pii-leak"])

if st.button("Start assessment", disabled=not packs):
    try:
        with ModelRed(secret_key, max_retries=2) as client:
            run = client.create_assessment(model_id=model_id, probe_pack_ids=packs)
        st.success(f"Assessment {run['id']} started")
    except LimitExceeded:
        st.warning("Monthly assessment limit reached for the lab.")
    except NotAllowedForApiKey as e:
        print(f"[audit] NotAllowedForApiKey for key {secret_key}: {e}")
        st.error("This key may not start assessments.")
    except APIError as e:
        st.error(f"ModelRed error: {e}")

st.divider()
if st.checkbox("Show recent assessments"):
    with ModelRed(secret_key) as client:
        rows = client.list_assessments(limit=20)
    st.dataframe([{"id": r["id"], "status": r["status"], "model": r.get("model_id")} for r in rows])
    st.caption(f"key …{secret_key[-4:]}")
