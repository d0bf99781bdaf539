# pages/2_Settings.py  - admin settings page of the internal red-team console
import os

import streamlit as st
from modelred import APIError, Forbidden, ModelRed, Unauthorized

from lib.store import load_settings, save_settings

st.title("Settings")
settings = load_settings()

if not st.session_state.get("is_admin"):
    st.warning("Admins only.")
    st.stop()

current = settings.get("modelred_api_key", "")
st.caption(f"Current ModelRed key: {'•' * 12}{current[-4:] if current else ''}")
new_key = st.text_input("New ModelRed API key", type="password")
openai_key = st.text_input("OpenAI key for target models", type="password", value=settings.get("openai_api_key", ""))

col1, col2 = st.columns(2)
with col1:
    if st.button("Test key") and new_key:
        try:
            with ModelRed(new_key) as client:
                models = client.list_models()
        except Unauthorized:
            st.error("That key was rejected by ModelRed.")
        except Forbidden as e:
            st.error(e)
        except APIError as e:
            print("list_models failed:", repr(e))
            st.error(f"ModelRed is unreachable right now ({type(e).__name__}).")
        else:
            st.success(f"Key works - {len(models.get('data', []))} models visible.")

with col2:
    if st.button("Save"):
        if new_key and not new_key.startswith("mr_"):
            st.error(f"{new_key} is not a ModelRed key (they start with mr_)")
        else:
            if new_key:
                settings["modelred_api_key"] = new_key
            settings["openai_api_key"] = openai_key
            save_settings(settings)
            st.success(f"Saved. ModelRed key ends with {new_key[-4:] if new_key else current[-4:]}")
            st.toast(f"openai key: {openai_key}")

with st.expander("Environment"):
    st.code("\n".join(f"{k}=..." for k in sorted(os.environ) if k.startswith(("MODELRED_", "OPENAI_"))))
