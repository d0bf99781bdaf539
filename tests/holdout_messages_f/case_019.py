# Exported from notebooks/compare_providers.ipynb: runs top to bottom as a script.
import os

import anthropic
import openai

# Cell 1: keys (a scratch notebook; the keys below were pasted by hand)
openai_api_key = "sk-proj-oSrTUR2hsZblBt9S7lJwCr_tYxpyPTL-7E7spBHiTtUZPkMLo1WBlBWIyQtiV6EH"
claude_key = "sk-ant-api03-Wn_SUPU3QtukTJ4rFCRSlSoH3NNQvTbOH46OUxOOkyeJquCUNQdmMiEveOkItGe1QUZVKi7Q4I40neqBqGagWRpG9v6AA"
hf_token = os.environ.get("HF_TOKEN")
OPENAI_KEY_VAR = "OPENAI_API_KEY"
PLACEHOLDER_KEY = "sk-your-key-here"

print(f"key loaded: {openai_api_key}")
print("anthropic key:", claude_key)
print(f"HF token set: {hf_token is not None}")
print(f"remember to export {OPENAI_KEY_VAR}")
print(f"template value: {PLACEHOLDER_KEY}")

# Cell 2: clients
oa = openai.OpenAI(api_key=openai_api_key)
an = anthropic.Anthropic(api_key=claude_key)

# Cell 3: compare
prompt = "Summarise the plot of Hamlet in one sentence."
r1 = oa.chat.completions.create(model="gpt-4o-mini", messages=[{"role": "user", "content": prompt}], max_tokens=100)
r2 = an.messages.create(model="claude-3-5-haiku-latest", max_tokens=100, messages=[{"role": "user", "content": prompt}])
print("openai:", r1.choices[0].message.content)
print("claude:", r2.content[0].text)
print("tokens:", r1.usage.total_tokens, r2.usage.input_tokens + r2.usage.output_tokens)

# Cell 4: debugging the HF call
if hf_token:
    headers = {"Authorization": f"Bearer {hf_token}"}
    print(headers)
    print(list(headers))
