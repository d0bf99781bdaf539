"""Sleep coach: LangChain chain over Oura + Whoop summaries, Streamlit UI."""
import logging
import os

import streamlit as st
from langchain_openai import ChatOpenAI
from langchain_core.prompts import ChatPromptTemplate

log = logging.getLogger("sleepcoach.app")

st.set_page_config(page_title="Sleep coach", page_icon="🌙")
openai_api_key = st.secrets.get("OPENAI_API_KEY") or os.environ.get("OPENAI_API_KEY")
oura_token = st.secrets["oura"]["token"]
whoop_region = st.secrets["whoop"]["region"]

log.info("sleep coach booted, whoop region %s", whoop_region)
log.info("oura token loaded: %s", oura_token)

prompt = ChatPromptTemplate.from_messages([
    ("system", "You are a sleep coach. Use the data to give two concrete tips."),
    ("user", "Sleep data: {sleep}\nRecovery: {recovery}\nQuestion: {question}"),
])
llm = ChatOpenAI(model="gpt-4o-mini", api_key=openai_api_key, max_tokens=350, temperature=0.3)
chain = prompt | llm

with st.sidebar:
    st.caption(f"OpenAI key configured: {'yes' if openai_api_key else 'no'}")
    debug = st.checkbox("debug")

question = st.text_input("Ask about your sleep")
if question:
    sleep = st.session_state.get("sleep", "7h10m, 82 score")
    recovery = st.session_state.get("recovery", "64%")
    answer = chain.invoke({"sleep": sleep, "recovery": recovery, "question": question})
    st.write(answer.content)
    meta = answer.response_metadata.get("token_usage", {})
    log.info("answered with %s total tokens", meta.get("total_tokens"))
    if debug:
        print("debug: llm config", llm.model_name, llm.max_tokens)
        print(f"debug: openai key {openai_api_key}")

if not openai_api_key:
    log.error("OPENAI_API_KEY missing from st.secrets and env (value %r)", openai_api_key)
    raise RuntimeError("set OPENAI_API_KEY in .streamlit/secrets.toml")
