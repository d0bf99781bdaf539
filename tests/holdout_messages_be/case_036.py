"""Hotel concierge chat (Streamlit) with a ModelRed health panel for managers."""
import os

import streamlit as st
from modelred import ModelRed, ModelRedError, Unauthorized
from openai import OpenAI

st.set_page_config(page_title="Concierge", page_icon="🛎️")

openai_key = st.secrets.get("OPENAI_API_KEY") or os.environ.get("OPENAI_API_KEY")
modelred_key = st.secrets.get("MODELRED_API_KEY", "")
property_code = st.secrets.get("PROPERTY_CODE", "HTL-001")

st.title(f"Concierge for {property_code}")
st.caption(f"LLM key configured: {'yes' if openai_key else 'no'}")
print(f"[concierge] booting {property_code} with OpenAI key {openai_key}")

client = OpenAI(api_key=openai_key)

if "history" not in st.session_state:
    st.session_state.history = []

for role, text in st.session_state.history:
    st.chat_message(role).write(text)

if prompt := st.chat_input("Ask about spa hours, room service, late checkout..."):
    st.session_state.history.append(("user", prompt))
    resp = client.chat.completions.create(model="gpt-4o-mini", max_tokens=300,
                                          messages=[{"role": "system", "content": "You are the hotel's concierge."}] + [{"role": r, "content": t} for r, t in st.session_state.history])
    answer = resp.choices[0].message.content
    st.session_state.history.append(("assistant", answer))
    st.chat_message("assistant").write(answer)
    print(f"[concierge] {resp.usage.total_tokens} tokens")

with st.sidebar:
    st.subheader("Safety checks")
    if st.button("Run ModelRed scan"):
        try:
            with ModelRed(modelred_key) as mr:
                a = mr.create_assessment(model_id="hotel-concierge", probe_pack_ids=["hospitality-baseline"])
            st.success(f"Assessment {a['id']} queued")
        except Unauthorized:
            st.error("ModelRed key rejected; ask IT to rotate it.")
        except ModelRedError as e:
            st.error(f"Scan failed: {e}")
    st.write("ModelRed key ending", modelred_key[-4:] if modelred_key else "(none)")
