"""ipywidgets panel for trying prompts against Anthropic from a notebook."""
import os

import anthropic
import ipywidgets as w
from IPython.display import display

ENV_NAME = "ANTHROPIC_API_KEY"

key_box = w.Password(description="API key", placeholder="sk-ant-...", value=os.environ.get(ENV_NAME, ""))
model_box = w.Dropdown(options=["claude-3-5-haiku-latest", "claude-sonnet-4-0"], description="Model")
prompt_box = w.Textarea(description="Prompt", layout=w.Layout(width="100%"))
run_btn = w.Button(description="Run")
out = w.Output()


def on_key_change(change):
    new_key = change["new"]
    with out:
        if new_key and not new_key.startswith("sk-ant-"):
            print(f"That does not look like an Anthropic key: {new_key}")
        elif new_key:
            print(f"key accepted (…{new_key[-4:]}, {len(new_key)} chars)")


def on_run(_):
    out.clear_output()
    key = key_box.value
    with out:
        if not key:
            print(f"set {ENV_NAME} or paste a key")
            return
        client = anthropic.Anthropic(api_key=key)
        try:
            msg = client.messages.create(model=model_box.value, max_tokens=512, messages=[{"role": "user", "content": prompt_box.value}])
        except anthropic.AuthenticationError as exc:
            raise RuntimeError(f"Anthropic refused the key {key}") from exc
        print(msg.content[0].text)
        print(f"[{msg.usage.input_tokens} in / {msg.usage.output_tokens} out tokens]")


key_box.observe(on_key_change, names="value")
run_btn.on_click(on_run)
display(w.VBox([key_box, model_box, prompt_box, run_btn, out]))
