"""ComfyUI custom node: expands a short idea into a rich SDXL prompt with an LLM."""
import json
import os

import requests

NODE_DIR = os.path.dirname(os.path.abspath(__file__))
CONFIG_FILE = os.path.join(NODE_DIR, "promptsmith.json")


def _load_key() -> str:
    if os.path.exists(CONFIG_FILE):
        with open(CONFIG_FILE) as fh:
            return json.load(fh).get("openrouter_api_key", "")
    return os.environ.get("OPENROUTER_API_KEY", "")


class PromptSmith:
    CATEGORY = "promptsmith"
    RETURN_TYPES = ("STRING",)
    FUNCTION = "expand"

    @classmethod
    def INPUT_TYPES(cls):
        return {"required": {
            "idea": ("STRING", {"multiline": True, "default": "a cat wizard"}),
            "model": (["openai/gpt-4o-mini", "meta-llama/llama-3.1-70b-instruct"],),
            "max_tokens": ("INT", {"default": 200, "min": 32, "max": 1024}),
        }}

    def __init__(self):
        self.openrouter_key = _load_key()
        print(f"[PromptSmith] config file: {CONFIG_FILE}, key configured: {bool(self.openrouter_key)}")

    def expand(self, idea: str, model: str, max_tokens: int):
        print(f"[PromptSmith] expanding with {model}, max_tokens={max_tokens}")
        r = requests.post(
            "https://openrouter.ai/api/v1/chat/completions",
            headers={"Authorization": f"Bearer {self.openrouter_key}", "X-Title": "PromptSmith"},
            json={"model": model, "max_tokens": max_tokens, "messages": [
                {"role": "system", "content": "Rewrite the idea as a detailed SDXL prompt, comma separated."},
                {"role": "user", "content": idea}]},
            timeout=60,
        )
        if r.status_code == 401:
            print(f"[PromptSmith] OpenRouter rejected key {self.openrouter_key}")
            return (idea,)
        if not r.ok:
            print(f"[PromptSmith] OpenRouter error {r.status_code}: {r.text[:200]}")
            return (idea,)
        data = r.json()
        print(f"[PromptSmith] tokens used: {data['usage']['total_tokens']}")
        return (data["choices"][0]["message"]["content"].strip(),)


def _debug_dump():
    print("[PromptSmith] loaded key:", _load_key())


if os.environ.get("PROMPTSMITH_DEBUG"):
    _debug_dump()

NODE_CLASS_MAPPINGS = {"PromptSmith": PromptSmith}
NODE_DISPLAY_NAME_MAPPINGS = {"PromptSmith": "Prompt Smith (LLM)"}
