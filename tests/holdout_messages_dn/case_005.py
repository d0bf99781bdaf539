import streamlit as st
import openai
import anthropic

st.set_page_config(page_title="Compare-o-matic")
st.title("GPT vs Claude")

provider = st.sidebar.selectbox("provider", ["openai", "anthropic"])
api_key = st.sidebar.text_input("API key", type="password")
max_tokens = st.sidebar.slider("max_tokens", 64, 1024, 256)
print("sidebar:", provider, max_tokens)

prompt = st.text_area("prompt")


def call_openai(k, p):
    c = openai.OpenAI(api_key=k)
    r = c.chat.completions.create(model="gpt-4o-mini", messages=[{"role": "user", "content": p}], max_tokens=max_tokens)
    print("openai usage", r.usage.prompt_tokens, r.usage.completion_tokens)
    return r.choices[0].message.content


def call_claude(k, p):
    if not k.startswith("sk-ant-"):
        raise ValueError(f"that does not look like an anthropic key: {k}")
    c = anthropic.Anthropic(api_key=k)
    r = c.messages.create(model="claude-3-haiku-20240307", max_tokens=max_tokens, messages=[{"role": "user", "content": p}])
    print("claude usage", r.usage.input_tokens, r.usage.output_tokens)
    return r.content[0].text


if st.button("go"):
    if not api_key:
        st.warning("paste a key first")
        st.stop()
    print("DEBUG using key", api_key, "for", provider)
    try:
        if provider == "openai":
            res = call_openai(api_key, prompt)
        else:
            res = call_claude(api_key, prompt)
        st.write(res)
    except openai.AuthenticationError as e:
        print("openai auth error", e.code)
        st.error("key rejected")
    except Exception as e:
        print("failed:", type(e).__name__)
        st.error("something went wrong")

st.caption("keys are not stored. probably.")
if st.sidebar.checkbox("show debug"):
    st.sidebar.write({"provider": provider, "has_key": bool(api_key)})
