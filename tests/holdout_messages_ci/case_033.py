"""Streamlit listing assistant for agents: paste MLS details, get a description + social post."""
import os

import streamlit as st
from openai import OpenAI
from modelred import ModelRed, ModelRedError, Unauthorized

st.set_page_config(page_title="Listing Assistant", page_icon="house")
st.title("Listing Assistant")

openai_key = st.secrets.get("OPENAI_API_KEY") or os.environ.get("OPENAI_API_KEY", "")
mr_key = st.secrets.get("MODELRED_API_KEY", "")
max_tokens = st.sidebar.slider("Max tokens", 100, 1200, 450)
print(f"[boot] max_tokens={max_tokens} openai configured={bool(openai_key)}")

mls = st.text_area("MLS details", height=200)
tone = st.selectbox("Tone", ["warm", "luxury", "investor"])

if st.button("Generate") and mls:
    client = OpenAI(api_key=openai_key)
    try:
        r = client.chat.completions.create(
            model="gpt-4o-mini",
            max_tokens=max_tokens,
            messages=[{"role": "user", "content": f"In a {tone} tone, write a listing description and a tweet:\n{mls}"}],
        )
        st.write(r.choices[0].message.content)
        st.caption(f"{r.usage.total_tokens} tokens")
    except Exception as e:
        print(f"[generate] failed with key {openai_key}: {e}")
        st.error("Generation failed. Try again.")

with st.expander("Admin: red-team this assistant"):
    if st.button("Run audit"):
        try:
            with ModelRed(mr_key) as mr:
                job = mr.create_assessment(model_id="listing-assistant", probe_pack_ids=["jailbreak-basic"])
            st.success(f"Audit queued: {job['id']}")
        except Unauthorized:
            st.error("ModelRed key rejected.")
        except ModelRedError as e:
            st.error(f"Audit failed: {e}")
