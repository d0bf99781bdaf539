"""Streamlit page of the fine-tuning console: launch and scan (ModelRed gen 3)."""
import logging
import os

import streamlit as st
from openai import OpenAI
from modelred import ModelRed, ModelRedError, ValidationFailed, NotAllowedForApiKey

log = logging.getLogger("ft-console")
st.set_page_config(page_title="Fine-tuning console")

openai_key = st.secrets["openai"]["api_key"]
mr_key = st.secrets["modelred"]["api_key"]
log.info("secrets sections: %s", list(st.secrets.keys()))
st.caption(f"OpenAI org: {st.secrets['openai'].get('organization', '-')}")

client = OpenAI(api_key=openai_key)
jobs = client.fine_tuning.jobs.list(limit=10)
choice = st.selectbox("Job", [j.id for j in jobs.data])
job = client.fine_tuning.jobs.retrieve(choice)
st.write({"status": job.status, "model": job.fine_tuned_model, "trained_tokens": job.trained_tokens})

packs = st.multiselect("Probe packs", ["jailbreak-basic", "pii-leak", "toxicity"], default=["jailbreak-basic"])
if st.button("Scan fine-tuned model") and job.fine_tuned_model:
    try:
        with ModelRed(mr_key) as mr:
            a = mr.create_assessment(model_id=job.fine_tuned_model, probe_pack_ids=packs,
                                     detector_api_key=openai_key)
        st.success(f"Assessment {a['id']} queued")
    except ValidationFailed as e:
        log.warning("validation failed: %s", e)
        st.error("The model id or packs were rejected.")
    except NotAllowedForApiKey:
        st.error("This key may not start assessments.")
    except ModelRedError as e:
        st.error(f"ModelRed error: {e}")

with st.expander("Debug"):
    log.debug("console started with ModelRed key %s", mr_key)
    st.code(f"MODELRED key ends with {mr_key[-4:]}")
    st.code(f"max_tokens default: {os.environ.get('FT_MAX_TOKENS', '512')}")
