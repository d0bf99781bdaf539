"""Streamlit playground: run a ModelRed assessment against your own OpenAI model."""
import hashlib
import logging

import streamlit as st
from modelred import ModelRed, ModelRedError, ProviderConfig

log = logging.getLogger("playground")

st.set_page_config(page_title="Red-team playground")
st.title("Red-team your model")

mr_key = st.sidebar.text_input("ModelRed API key", type="password")
openai_key = st.sidebar.text_input("OpenAI API key", type="password")
model_name = st.sidebar.selectbox("Model", ["gpt-4o-mini", "gpt-4o"])
max_tokens = st.sidebar.slider("max_tokens", 64, 2048, 256)

if mr_key:
    st.sidebar.caption(f"key …{mr_key[-4:]} ({len(mr_key)} chars)")
    log.info("session key fingerprint %s", hashlib.sha256(mr_key.encode()).hexdigest()[:10])

if st.button("Register and assess", disabled=not (mr_key and openai_key)):
    print(f"[playground] registering {model_name} with provider key {openai_key}")
    try:
        client = ModelRed(api_key=mr_key)
        model_id = f"playground-{hashlib.sha1(openai_key.encode()).hexdigest()[:8]}"
        client.create_model(modelId=model_id, provider="openai", displayName=model_name, providerConfig=ProviderConfig.openai(api_key=openai_key, model_name=model_name, max_tokens=max_tokens))
        assessment = client.create_assessment(model=model_id, test_types=["jailbreak", "prompt_injection"])
        st.success(f"Assessment {assessment['id']} started for {model_id}")
        log.info("assessment %s for %s (max_tokens=%d)", assessment["id"], model_id, max_tokens)
    except ModelRedError as e:
        log.exception("playground assessment failed")
        st.error(f"ModelRed said: {e}")
    except Exception as e:
        st.error(f"Unexpected {type(e).__name__}; see the server log")
