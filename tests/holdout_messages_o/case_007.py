"""streamlit_app.py - internal demo: `streamlit run streamlit_app.py`"""
import os

import streamlit as st
from modelred import ModelRed, APIError, ValidationFailed

st.set_page_config(page_title="Red team a model", layout="wide")
st.title("Red team a model")

api_key = st.sidebar.text_input("ModelRed API key", type="password", value=os.environ.get("MODELRED_API_KEY", ""))
model_id = st.sidebar.text_input("Model id", value="support-bot-v2")
packs = st.sidebar.multiselect("Probe packs", ["jailbreak-basic", "pii-leak", "toxicity"], default=["jailbreak-basic"])

print(f"[streamlit] rerun with model_id={model_id} packs={packs} key={api_key}")
print(f"[streamlit] rerun with model_id={model_id} key_len={len(api_key)}")

if st.sidebar.button("Run"):
    if not api_key.startswith("mr_"):
        st.sidebar.error("That does not look like a ModelRed key (should start with mr_)")
        st.stop()
    try:
        with ModelRed(api_key) as mr:
            a = mr.create_assessment(model_id=model_id, probe_pack_ids=packs)
        st.session_state["assessment_id"] = a["id"]
        st.success(f"Started assessment {a['id']}")
    except ValidationFailed as e:
        st.error(f"ModelRed rejected the request: {e}")
    except APIError as e:
        print("[streamlit] run failed:", repr(e))
        st.error("Something went wrong starting the run. Check the server logs.")

if "assessment_id" in st.session_state:
    aid = st.session_state["assessment_id"]
    if st.button("Refresh status"):
        try:
            with ModelRed(api_key) as mr:
                a = mr.get_assessment(aid)
            st.json({"id": aid, "status": a.get("status"), "score": a.get("score")})
        except APIError as e:
            st.warning(f"Status lookup failed (HTTP {e.status})")
