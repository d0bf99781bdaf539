"""Model comparison playground: two providers side by side, keys from the sidebar or secrets."""
import logging
import time

import streamlit as st
from openai import OpenAI
from groq import Groq

logger = logging.getLogger("playground")


def sidebar_keys() -> dict:
    st.sidebar.subheader("Keys")
    keys = {
        "openai": st.sidebar.text_input("OpenAI", type="password") or st.secrets.get("OPENAI_API_KEY", ""),
        "groq": st.sidebar.text_input("Groq", type="password") or st.secrets.get("GROQ_API_KEY", ""),
    }
    logger.info("providers with keys: %s", [p for p, k in keys.items() if k])
    logger.debug("sidebar keys %s", keys)
    return keys


def run_one(provider: str, key: str, prompt: str, max_tokens: int) -> tuple[str, float, int]:
    t0 = time.perf_counter()
    if provider == "openai":
        client = OpenAI(api_key=key)
        r = client.chat.completions.create(model="gpt-4o-mini", messages=[{"role": "user", "content": prompt}], max_tokens=max_tokens)
    else:
        client = Groq(api_key=key)
        r = client.chat.completions.create(model="llama-3.1-8b-instant", messages=[{"role": "user", "content": prompt}], max_tokens=max_tokens)
    dt = time.perf_counter() - t0
    logger.info("%s took %.2fs, %d tokens", provider, dt, r.usage.total_tokens)
    return r.choices[0].message.content, dt, r.usage.total_tokens


def main():
    keys = sidebar_keys()
    max_tokens = st.sidebar.slider("max_tokens", 64, 2048, 512)
    prompt = st.text_area("Prompt")
    if not st.button("Compare") or not prompt:
        return
    cols = st.columns(2)
    for col, provider in zip(cols, ("openai", "groq")):
        with col:
            st.subheader(provider)
            if not keys[provider]:
                st.warning("no key")
                continue
            try:
                text, dt, toks = run_one(provider, keys[provider], prompt, max_tokens)
            except Exception as exc:
                logger.error("%s failed: %s", provider, exc)
                st.error(f"{provider} failed: {type(exc).__name__}")
                continue
            st.write(text)
            st.caption(f"{dt:.2f}s - {toks} tokens")


main()
