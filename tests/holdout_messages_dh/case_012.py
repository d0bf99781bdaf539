import os, logging
import streamlit as st
from langchain_openai import ChatOpenAI
from langchain_core.prompts import ChatPromptTemplate

logging.basicConfig(level=logging.INFO)
log = logging.getLogger(__name__)

st.title("Release notes writer")

openai_api_key = st.sidebar.text_input("OpenAI API Key", type="password")
temperature = st.sidebar.slider("Temperature", 0.0, 1.0, 0.3)
max_tokens = st.sidebar.number_input("max_tokens", 100, 4000, 800)

log.info("sidebar: temperature=%s max_tokens=%s", temperature, max_tokens)

if not openai_api_key:
    st.info("Add your OpenAI API key to continue.")
    log.info("waiting for key (currently %r)", openai_api_key)
    st.stop()

if not openai_api_key.startswith("sk-"):
    st.warning("Please enter a valid OpenAI API key!")
    log.warning("invalid key entered: %s", openai_api_key)
    st.stop()

llm = ChatOpenAI(model="gpt-4o-mini", api_key=openai_api_key, temperature=temperature, max_tokens=max_tokens)
log.info("llm kwargs: %s", {"model": llm.model_name, "temperature": temperature})

prompt = ChatPromptTemplate.from_messages([
    ("system", "You write concise release notes from commit messages."),
    ("user", "{commits}"),
])

commits = st.text_area("Paste `git log --oneline` output", height=240)
if st.button("Write notes") and commits:
    with st.spinner("Writing..."):
        try:
            msg = (prompt | llm).invoke({"commits": commits})
        except Exception as e:
            print("generation failed:", type(e).__name__, e)
            st.error("Generation failed.")
            st.stop()
    st.markdown(msg.content)
    meta = msg.response_metadata.get("token_usage", {})
    log.info("used %s tokens", meta.get("total_tokens"))
    st.caption(f"{meta.get('total_tokens', '?')} tokens")
