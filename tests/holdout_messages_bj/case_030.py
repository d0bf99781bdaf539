"""streamlit_app.py - 'Is my chatbot safe?' hobby page on Streamlit Community Cloud."""
import streamlit as st
from modelred import ModelRed, ModelRedError, RateLimited, ValidationFailed

st.set_page_config(page_title="Is my chatbot safe?")
st.title("Is my chatbot safe?")

MR_KEY = st.secrets["MODELRED_API_KEY"]
OPENAI_KEY = st.secrets.get("OPENAI_API_KEY", "")

with st.sidebar:
    st.caption(f"ModelRed key: ...{MR_KEY[-4:]}")
    max_tokens = st.slider("max_tokens", 64, 2048, 512)
    st.caption(f"max_tokens = {max_tokens}")
    debug = st.checkbox("debug")

model_id = st.text_input("Model id", "my-chatbot")
packs = st.multiselect("Probe packs", ["jailbreak-basic", "owasp-llm-top10", "pii-leak"], ["jailbreak-basic"])

if debug:
    print("secrets loaded:", dict(st.secrets))
    print("keys present:", list(st.secrets.keys()))

if st.button("Scan"):
    try:
        with ModelRed(MR_KEY, timeout=30.0) as mr:
            job = mr.create_assessment(model_id=model_id, probe_pack_ids=packs, detector_api_key=OPENAI_KEY or None)
        st.success(f"Started {job['id']}")
    except RateLimited:
        st.warning("Too many scans right now, try again in a minute.")
    except ValidationFailed as e:
        st.error(f"Invalid request: {e}")
    except ModelRedError as e:
        st.error(f"ModelRed error ({type(e).__name__})")
        print("scan failed:", repr(e))

if st.button("Recent runs"):
    with ModelRed(MR_KEY) as mr:
        runs = mr.list_assessments(limit=10).get("data", [])
    st.table([{"id": r["id"], "status": r["status"]} for r in runs])
