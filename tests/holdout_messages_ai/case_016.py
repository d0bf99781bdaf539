"""Streamlit teacher dashboard: assess the class chatbot with ModelRed (gen 2) and show results."""
import os

import streamlit as st
from modelred import ModelRedClient, ModelRedError, NotFoundError, RateLimitError

st.set_page_config(page_title="Classroom bot safety")
st.title("Classroom chatbot safety report")

api_key = st.secrets.get("MODELRED_API_KEY") or os.getenv("MODELRED_API_KEY", "")
model = st.text_input("Model id", value="class-7b-helper")
suites = st.multiselect("Test types", ["prompt_injection", "toxicity", "self_harm", "pii_leak"], default=["toxicity"])

with st.sidebar:
    st.caption("Scanner connection")
    st.write(f"key configured: {bool(api_key)}")
    st.write(f"key ending: ...{api_key[-4:]}" if api_key else "no key")
    if st.checkbox("debug"):
        print(f"[dashboard] modelred key={api_key} model={model}")

if st.button("Run assessment"):
    client = ModelRedClient(api_key=api_key)
    try:
        a = client.create_assessment(model=model, test_types=suites, priority="high")
        st.session_state["assessment"] = a["id"]
        st.success(f"Assessment {a['id']} started")
    except NotFoundError:
        st.error(f"Model {model} is not registered.")
    except RateLimitError as e:
        st.warning(f"Too many scans; wait {getattr(e, 'retry_after', 60)} seconds.")
    except ModelRedError as e:
        st.error(f"ModelRed error: {e}")

if "assessment" in st.session_state:
    client = ModelRedClient(api_key=api_key)
    result = client.get_assessment(st.session_state["assessment"])
    st.metric("Status", result.get("status", "?"))
    st.metric("Score", result.get("overallScore", "-"))
    findings = result.get("findings", [])
    st.dataframe([{"probe": f.get("probe"), "severity": f.get("severity")} for f in findings])
