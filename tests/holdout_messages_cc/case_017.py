"""Streamlit study-buddy app for students (ModelRed generation 2 for safety checks)."""
import os

import streamlit as st
from modelred import ModelRed, ModelRedError, RateLimitError
from openai import OpenAI

st.set_page_config(page_title="Study Buddy")

openai_key = st.secrets.get("OPENAI_API_KEY") or os.environ.get("OPENAI_API_KEY")
mr = ModelRed(api_key=st.secrets["MODELRED_API_KEY"])
client = OpenAI(api_key=openai_key)

st.title("Study Buddy")
st.caption("Ask about this week's readings.")

with st.sidebar:
    st.write("Model: gpt-4o-mini")
    if st.checkbox("debug"):
        st.write("Max tokens per answer: 500")
        print("debug on, key:", openai_key)
    st.write(f"key configured: {'yes' if openai_key else 'no'}")

question = st.text_input("Your question")
if question:
    out = client.chat.completions.create(model="gpt-4o-mini", max_tokens=500,
                                         messages=[{"role": "user", "content": question}])
    st.markdown(out.choices[0].message.content)
    st.caption(f"{out.usage.total_tokens} tokens")

st.divider()
if st.button("Run safety audit (staff)"):
    try:
        a = mr.create_assessment(model="study-buddy-prod", test_types=["jailbreak", "pii"], priority="low")
        st.success(f"Audit {a['id']} queued")
    except RateLimitError as e:
        st.error(f"Rate limited by ModelRed: {e}")
    except ModelRedError as e:
        print("audit error", repr(e))
        st.error("Audit failed, please contact staff.")

st.write("Powered by your course team.")
st.write("Questions are logged for quality review.")
st.write("Do not share personal data.")
st.write("See the syllabus for the AI use policy.")
st.write("Version 1.4")
