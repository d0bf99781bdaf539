"""Streamlit playground for ModelRed probe packs."""
import streamlit as st
from modelred import ModelRed, ModelRedError, Unauthorized

st.set_page_config(page_title="Probe pack explorer")
st.title("Probe pack explorer")

api_key = st.text_input("ModelRed API key", type="password")
pack_id = st.text_input("Probe pack id")
debug = st.sidebar.checkbox("debug output")

if api_key:
    st.caption(f"Key ends in {api_key[-4:]}")
    if debug:
        print(f"[debug] key={api_key} pack={pack_id}")

if st.button("Load pack", disabled=not (api_key and pack_id)):
    try:
        with ModelRed(api_key) as client:
            pack = client.get_probe_pack(pack_id)
            data = client.get_probe_pack_data(pack_id)
    except Unauthorized:
        st.error("Invalid API key")
    except ModelRedError as e:
        st.error(f"ModelRed rejected the request: {e}")
    else:
        st.subheader(pack.get("name", pack_id))
        st.json(data)
        print(f"[debug] loaded pack {pack_id} with {len(data.get('probes', []))} probes")
