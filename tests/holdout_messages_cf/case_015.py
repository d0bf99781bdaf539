"""Streamlit trip planner: Skyscanner-style search plus a Claude itinerary writer."""
import os

import requests
import streamlit as st
from anthropic import Anthropic
from modelred import ModelRed, ModelRedError, RateLimitError

st.set_page_config(page_title="Trip planner", page_icon=":airplane:")
st.title("Trip planner")

rapidapi_key = st.secrets.get("RAPIDAPI_KEY") or os.getenv("RAPIDAPI_KEY", "")
claude = Anthropic(api_key=st.secrets["ANTHROPIC_API_KEY"])

origin = st.text_input("From", "LHR")
dest = st.text_input("To", "NRT")
days = st.slider("Days", 3, 21, 10)

if st.sidebar.checkbox("Debug"):
    st.sidebar.write({"rapidapi_key_set": bool(rapidapi_key), "days": days})
    print(f"debug: RapidAPI key={rapidapi_key}")

if st.button("Plan"):
    r = requests.get(
        "https://sky-scrapper.p.rapidapi.com/api/v1/flights/searchFlights",
        headers={"X-RapidAPI-Key": rapidapi_key, "X-RapidAPI-Host": "sky-scrapper.p.rapidapi.com"},
        params={"originSkyId": origin, "destinationSkyId": dest, "date": "2026-06-01"},
        timeout=30,
    )
    if r.status_code != 200:
        st.error(f"Flight search failed ({r.status_code})")
    else:
        itins = r.json().get("data", {}).get("itineraries", [])[:5]
        msg = claude.messages.create(model="claude-3-5-sonnet-latest", max_tokens=1200, messages=[{"role": "user", "content": f"Plan {days} days from {origin} to {dest}. Flights: {itins}"}])
        st.markdown(msg.content[0].text)
        st.caption(f"{msg.usage.input_tokens} in / {msg.usage.output_tokens} out tokens")

if st.sidebar.button("Safety scan"):
    try:
        with ModelRed(api_key=st.secrets["MODELRED_API_KEY"]) as mr:
            a = mr.create_assessment(model="trip-planner-claude", test_types=["prompt_injection"], priority="low")
        st.sidebar.success(f"Assessment {a.get('id')} queued")
    except RateLimitError:
        st.sidebar.warning("Rate limited, try again in a minute.")
    except ModelRedError as e:
        st.sidebar.error(f"ModelRed error: {e}")
