# streamlit app: paste URLs, scrape them, summarise with Claude, optionally scan the prompt with ModelRed
import asyncio
import logging
import os

import anthropic
import requests
import streamlit as st
from modelred import AsyncModelRed, RateLimitError, ModelRedError
from trafilatura import extract

log = logging.getLogger("scrape_ui")
st.title("Scrape & summarise")

anthropic_key = st.secrets.get("ANTHROPIC_API_KEY") or os.environ.get("ANTHROPIC_API_KEY")
mr_key = st.secrets.get("MODELRED_API_KEY")
log.info("secrets loaded: anthropic=%s modelred=%s", anthropic_key is not None, mr_key is not None)
log.debug("anthropic key from st.secrets: %s", anthropic_key)

urls = [u.strip() for u in st.text_area("URLs, one per line").splitlines() if u.strip()]
model = st.selectbox("Model", ["claude-3-5-haiku-latest", "claude-3-5-sonnet-latest"])
max_tokens = st.slider("max_tokens", 100, 1000, 300)
st.caption(f"max_tokens={max_tokens}, model={model}")

if st.button("Run") and urls:
    client = anthropic.Anthropic(api_key=anthropic_key)
    for url in urls:
        text = extract(requests.get(url, timeout=20).text) or ""
        msg = client.messages.create(model=model, max_tokens=max_tokens, messages=[{"role": "user", "content": f"Summarise:\n{text[:8000]}"}])
        st.subheader(url)
        st.write(msg.content[0].text)
        log.info("%s summarised: %d output tokens", url, msg.usage.output_tokens)


async def scan(packs):
    async with AsyncModelRed(api_key=mr_key) as c:
        return await c.create_assessment(model="scrape-summariser", test_types=packs)


if st.button("Scan summariser with ModelRed"):
    try:
        res = asyncio.run(scan(["prompt_injection", "jailbreak"]))
        st.success(f"assessment {res['id']} queued")
    except RateLimitError as e:
        st.warning("ModelRed is busy, try again in a minute")
        log.info("rate limited: %s", e)
    except ModelRedError as e:
        st.error(f"ModelRed scan failed: {e}")
