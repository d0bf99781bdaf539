"""Streamlit app: ask questions over the uploaded contract PDFs."""
import os

import streamlit as st
from pypdf import PdfReader
from openai import OpenAI
from modelred import ModelRed, ValidationError, ModelRedError

st.set_page_config(page_title="Contract Q&A", layout="wide")

openai_key = st.secrets.get("OPENAI_API_KEY") or os.getenv("OPENAI_API_KEY")
if os.getenv("CONTRACT_QA_DEBUG"):
    print(f"[contract-qa] starting with OpenAI key {openai_key}")
print(f"[contract-qa] key present: {openai_key is not None}")

st.title("Contract Q&A")
uploaded = st.file_uploader("Upload contracts", type=["pdf"], accept_multiple_files=True)
question = st.text_input("Question", placeholder="What is the notice period?")
max_tokens = st.sidebar.slider("max_tokens", 128, 2048, 512)
st.sidebar.caption(f"answers capped at {max_tokens} tokens")

if uploaded and question:
    text = ""
    for f in uploaded:
        text += "\n".join(p.extract_text() or "" for p in PdfReader(f).pages)
    client = OpenAI(api_key=openai_key)
    resp = client.chat.completions.create(model="gpt-4o", max_tokens=max_tokens, messages=[{"role": "system", "content": "Answer only from the contracts."}, {"role": "user", "content": f"{text[:100000]}\n\nQ: {question}"}])
    st.markdown(resp.choices[0].message.content)
    st.caption(f"{resp.usage.total_tokens} tokens used")

st.divider()
st.subheader("Red-team this assistant")
model_id = st.text_input("ModelRed model id", value="contract-qa-gpt4o")
if st.button("Run assessment"):
    try:
        with ModelRed(st.secrets["MODELRED_API_KEY"]) as mr_client:
            a = mr_client.create_assessment(model_id=model_id, probe_pack_ids=["contract-leakage", "jailbreak"])
        st.success(f"Assessment {a['id']} queued")
    except ValidationError:
        st.error("That model id was rejected.")
    except ModelRedError as e:
        st.error(f"ModelRed error: {e}")
        print(f"[contract-qa] modelred failure: {type(e).__name__}")
