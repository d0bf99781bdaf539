"""Streamlit literature assistant for the lab: ask questions over our paper library."""
import os

import streamlit as st
from modelred import ModelRed, ModelRedError, ValidationError
from openai import OpenAI

st.set_page_config(page_title="LitBot", layout="wide")

openai_key = st.secrets.get("OPENAI_API_KEY") or os.environ.get("OPENAI_API_KEY", "")
mr_key = st.secrets.get("MODELRED_API_KEY", "")
answer_tokens = st.sidebar.slider("max_tokens", 128, 2048, 512)

with st.sidebar:
    st.caption(f"model budget: {answer_tokens} tokens")
    st.caption(f"OpenAI key configured: {bool(openai_key)}")
    if st.checkbox("debug"):
        print(f"litbot debug: openai_key={openai_key} mr_key_set={bool(mr_key)}")

client = OpenAI(api_key=openai_key)

question = st.text_input("Question about our papers")
if question:
    resp = client.chat.completions.create(
        model="gpt-4o",
        max_tokens=answer_tokens,
        messages=[
            {"role": "system", "content": "Answer from the lab's papers; cite PMIDs."},
            {"role": "user", "content": question},
        ],
    )
    st.write(resp.choices[0].message.content)
    st.caption(f"{resp.usage.total_tokens} tokens")

st.divider()
st.subheader("Safety check before sharing with collaborators")
model_name = st.text_input("Registered model id", value="litbot-gpt4o")
if st.button("Run ModelRed assessment"):
    try:
        mr = ModelRed(api_key=mr_key)
        job = mr.create_assessment(model=model_name, test_types=["prompt_injection", "jailbreak"])
        st.success(f"assessment {job['id']} queued")
    except ValidationError:
        st.error("That model id is not valid.")
    except ModelRedError as e:
        st.error(f"ModelRed error: {e}")
