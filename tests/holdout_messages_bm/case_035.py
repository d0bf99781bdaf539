"""Streamlit inbox assistant: paste your keys, pick a folder, get a digest."""
import imaplib
import logging

import streamlit as st
from openai import OpenAI
from modelred import ModelRed, ModelRedError

logger = logging.getLogger("inbox_app")

st.title("Inbox digest")
openai_key = st.text_input("OpenAI API key", type="password", placeholder="sk-...")
imap_host = st.text_input("IMAP host", value="imap.gmail.com")
imap_user = st.text_input("Email address")
imap_pass = st.text_input("App password", type="password")
logger.info("session started host=%s user=%s", imap_host, imap_user)

if st.button("Connect"):
    box = imaplib.IMAP4_SSL(imap_host)
    try:
        box.login(imap_user, imap_pass)
    except imaplib.IMAP4.error as e:
        logger.error("imap login failed for %s with %s: %s", imap_user, imap_pass, e)
        st.error("Login failed. Check the address and app password.")
        st.stop()
    box.select("INBOX", readonly=True)
    _, ids = box.search(None, "UNSEEN")
    st.session_state["unseen"] = ids[0].split()[-30:]
    st.success(f"{len(st.session_state['unseen'])} unread messages")

if st.button("Summarise") and openai_key:
    client = OpenAI(api_key=openai_key)
    r = client.chat.completions.create(model="gpt-4o-mini", messages=[{"role": "user", "content": f"{len(st.session_state.get('unseen', []))} unread emails; write a friendly digest."}])
    st.write(r.choices[0].message.content)
    logger.info("digest: %s tokens", r.usage.total_tokens)

with st.sidebar:
    st.subheader("Safety scan")
    mr_key = st.text_input("ModelRed key", type="password")
    if st.button("Scan digest model") and mr_key:
        try:
            with ModelRed(mr_key) as c:
                job = c.create_assessment(model_id="inbox-digest", probe_pack_ids=["pii-leak"])
            st.info(f"queued {job['id']}")
        except ModelRedError as err:
            st.error(f"Scan failed: {err}")
            logger.warning("scan failed: %s", type(err).__name__)
