"""Streamlit page: the eval team's self-service ModelRed console (SDK 0.1.3x)."""

import re

import streamlit as st

from modelred import ModelRed, ModelRedError

DEPLOYED = ["support-bot", "billing-bot", "search-agent"]
TEST_TYPES = ["prompt_injection", "jailbreak", "toxicity", "pii_leakage", "hallucination"]
MODEL_RE = re.compile(r"[a-z0-9][a-z0-9._-]{0,63}")
ASSESSMENT_RE = re.compile(r"[0-9a-f]{24}")

st.set_page_config(page_title="ModelRed console", layout="wide")


@st.cache_resource
def get_client() -> ModelRed:
    return ModelRed(api_key=st.secrets["MODELRED_API_KEY"])


client = get_client()
st.title("ModelRed console")

# Deep links from Slack: ?assessment=<id> opens the report straight away.
linked = st.query_params.get("assessment")
if linked:
    report = client.get_assessment(linked)
    st.subheader(f"Assessment {linked}")
    st.json(report)

tab_run, tab_model, tab_watch = st.tabs(["Run", "Model", "Watch"])

with tab_run:
    model = st.text_input("Model identifier", placeholder="support-bot")
    selected = st.multiselect("Test types", TEST_TYPES, default=TEST_TYPES[:2])
    extra = st.text_area("Extra test types (comma separated)", help="Beta test types from the release notes")
    if st.button("Start assessment", type="primary"):
        test_types = selected + [t.strip() for t in extra.split(",") if t.strip()]
        try:
            assessment = client.create_assessment(
                model=model,
                test_types=selected,
                priority="normal",
            )
            st.success(f"Started {assessment.id}")
            if extra:
                beta = client.create_assessment(model="staging-canary", test_types=test_types)
                st.info(f"Beta run {beta.id}")
        except ModelRedError:
            st.error("ModelRed refused the request; check the model identifier.")

with tab_model:
    deployed = st.selectbox("Deployed model", DEPLOYED, index=None, placeholder="Pick one")
    if deployed:
        st.json(client.get_model(deployed))
    model_id = st.text_input("Other model to inspect", key="inspect")
    if model_id:
        if not MODEL_RE.fullmatch(model_id):
            st.error("Model identifiers are lower case letters, digits, dots, dashes and underscores.")
            st.stop()
        info = client.get_model(model_id)
        st.json(info)

with tab_watch:
    watch_id = st.text_input("Assessment id to follow")
    if watch_id and not ASSESSMENT_RE.fullmatch(watch_id):
        st.warning("That does not look like an assessment id.")
    if watch_id and st.button("Wait for completion"):
        with st.spinner("Waiting for ModelRed..."):
            final = client.wait_for_completion(watch_id, timeout_minutes=30)
        st.metric("Score", final.overall_score)
        st.dataframe(final.results)
