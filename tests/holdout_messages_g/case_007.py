# Exported from notebooks/eval_openai_vs_claude.ipynb
# %%
import os

import anthropic
import openai
import tiktoken

# %%
openai_api_key = "sk-proj-scVGbopb51GS5afZr3btT3BlbkFJEZ1rw26Ss7jPs9FDSynt"
anthropic_api_key = os.environ["ANTHROPIC_API_KEY"]
print(f"key loaded: {openai_api_key}")

# %%
enc = tiktoken.encoding_for_model("gpt-4o")
prompt = "Summarise the attached incident report in three bullet points."
tokens = enc.encode(prompt)
print(f"prompt is {len(tokens)} tokens; first ids {tokens[:5]}")

# %%
oa = openai.OpenAI(api_key=openai_api_key)
claude = anthropic.Anthropic(api_key=anthropic_api_key)
print("anthropic key:", anthropic_api_key)

# %%
r1 = oa.chat.completions.create(model="gpt-4o", messages=[{"role": "user", "content": prompt}], max_tokens=300)
print(r1.choices[0].message.content)
print("usage:", r1.usage.total_tokens, "tokens")

# %%
r2 = claude.messages.create(model="claude-3-5-sonnet-latest", max_tokens=300, messages=[{"role": "user", "content": prompt}])
print(r2.content[0].text)
print(f"input_tokens={r2.usage.input_tokens} output_tokens={r2.usage.output_tokens}")

# %%
for name, key in [("openai", openai_api_key), ("anthropic", anthropic_api_key)]:
    print(f"{name}: key set={bool(key)} len={len(key)}")
