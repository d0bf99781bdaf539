"""Streamlit page for the telescope time-allocation committee: reviewers paste a proposal,
get an LLM feasibility note, and the chair can run a ModelRed check on the note-writer."""
import logging

import streamlit as st
from openai import OpenAI
from modelred import ModelRed, APIError, Unauthorized, RateLimited

log = logging.getLogger("tac.app")

openai_key = st.secrets["openai"]["api_key"]
org = st.secrets["openai"].get("organization")
mr_key = st.secrets["modelred"]["api_key"]
chair_password = st.secrets["tac"]["chair_password"]

st.title("TAC feasibility assistant")
st.caption(f"OpenAI org: {org}")

proposal = st.text_area("Proposal text", height=300)
if st.button("Feasibility note") and proposal:
    r = OpenAI(api_key=openai_key, organization=org).chat.completions.create(
        model="gpt-4o", max_tokens=500,
        messages=[{"role": "user", "content": "Assess technical feasibility for a 2.5 m telescope:\n" + proposal}],
    )
    st.markdown(r.choices[0].message.content)
    log.info("note written, %d tokens", r.usage.total_tokens)

with st.sidebar:
    pw = st.text_input("Chair password", type="password")
    if pw and pw != chair_password:
        log.warning("wrong chair password %r (expected %r)", pw, chair_password)
        st.error("Wrong password")
    elif pw:
        if st.button("Check note-writer with ModelRed"):
            try:
                with ModelRed(mr_key) as mr:
                    job = mr.create_assessment(model_id="tac-feasibility-writer", probe_pack_ids=["hallucination-basic"])
                st.success(f"assessment {job['id']} queued")
            except Unauthorized:
                log.error("ModelRed key %s rejected", mr_key)
                st.error("ModelRed key rejected")
            except RateLimited as e:
                st.warning(f"rate limited, retry in {e.retry_after}s")
            except APIError as e:
                st.error(f"ModelRed check failed: {e}")
