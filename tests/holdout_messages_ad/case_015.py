"""IPython extension: %llm line magic, loaded with %load_ext llm_magic."""
import os

from IPython.core.magic import Magics, line_magic, magics_class
from openai import OpenAI

_client = None
KEY_VAR = "OPENAI_API_KEY"


@magics_class
class LLMMagics(Magics):
    def __init__(self, shell, api_key=None):
        super().__init__(shell)
        self.api_key = api_key or os.environ.get(KEY_VAR)
        self.model = os.environ.get("LLM_MAGIC_MODEL", "gpt-4o-mini")

    @line_magic
    def llm(self, line):
        global _client
        if _client is None:
            _client = OpenAI(api_key=self.api_key)
        resp = _client.chat.completions.create(model=self.model, messages=[{"role": "user", "content": line}], max_tokens=300)
        print(f"[{self.model}] {resp.usage.completion_tokens} tokens")
        return resp.choices[0].message.content

    @line_magic
    def llm_config(self, line):
        print(f"model: {self.model}")
        print(f"key:   {self.api_key}")
        print(f"key variable: {KEY_VAR}")

    @line_magic
    def llm_key(self, line):
        new = line.strip()
        if not new.startswith("sk-"):
            raise ValueError(f"{new} does not look like an OpenAI key")
        self.api_key = new
        global _client
        _client = None
        print(f"key set, ends in {new[-4:]}")


def load_ipython_extension(ipython):
    ipython.register_magics(LLMMagics(ipython))
    if not os.environ.get(KEY_VAR):
        print(f"%llm: {KEY_VAR} is not set; use %llm_key")


def unload_ipython_extension(ipython):
    global _client
    _client = None
