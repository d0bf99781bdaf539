"""Streamlit page for adjusters: ask questions about a policy PDF."""
import os

import streamlit as st
from openai import OpenAI
from modelred import ModelRed, NotFound, ValidationFailed, ModelRedError

st.set_page_config(page_title="Policy Q&A")

openai_key = st.secrets.get("OPENAI_API_KEY") or os.getenv("OPENAI_API_KEY")
mr_key = st.secrets["MODELRED_API_KEY"]
deployment = st.secrets.get("deployment", "policy-qa-prod")

if not openai_key:
    st.error("Missing OpenAI key: set OPENAI_API_KEY in secrets.toml")
    st.stop()

st.caption(f"deployment {deployment}, key ...{openai_key[-4:]}")

client = OpenAI(api_key=openai_key)
question = st.text_input("Question about the policy wording")
policy_text = st.session_state.get("policy_text", "")

if question and policy_text:
    resp = client.chat.completions.create(
        model="gpt-4o",
        max_tokens=700,
        messages=[
            {"role": "system", "content": "Answer only from the policy text."},
            {"role": "user", "content": f"{policy_text}\n\nQ: {question}"},
        ],
    )
    st.write(resp.choices[0].message.content)
    print("policy qa tokens", resp.usage.prompt_tokens, resp.usage.completion_tokens)

with st.sidebar:
    st.subheader("Safety audit")
    pack = st.selectbox("Probe pack", ["policy-hallucination", "pii"])
    if st.button("Run audit"):
        try:
            with ModelRed(mr_key) as mr:
                run = mr.create_assessment(model_id=deployment, probe_pack_ids=[pack])
            st.success(f"Queued {run['id']}")
        except NotFound:
            st.error("Model not registered in ModelRed.")
        except ValidationFailed as e:
            st.error(f"Audit rejected: {e}")
        except ModelRedError as e:
            print(f"audit failed with key {mr_key}: {e}")
