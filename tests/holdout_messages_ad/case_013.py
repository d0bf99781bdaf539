"""Python side of a Vim plugin that sends the visual selection to an LLM."""
import json
import logging
import os
import urllib.request

import vim

LOG_PATH = os.path.expanduser("~/.cache/vim-llm/plugin.log")
os.makedirs(os.path.dirname(LOG_PATH), exist_ok=True)
logging.basicConfig(filename=LOG_PATH, level=logging.DEBUG)
plog = logging.getLogger("vim-llm")

ENDPOINT = "https://api.openai.com/v1/chat/completions"


def _api_key():
    key = vim.eval("get(g:, 'llm_openai_key', '')") or os.environ.get("OPENAI_API_KEY", "")
    if not key:
        plog.warning("no key in g:llm_openai_key or OPENAI_API_KEY")
    return key


def complete(model="gpt-4o-mini", max_tokens=400):
    key = _api_key()
    text = "\n".join(vim.current.buffer[vim.current.range.start:vim.current.range.end + 1])
    body = json.dumps({"model": model, "max_tokens": max_tokens,
                       "messages": [{"role": "user", "content": text}]}).encode()
    req = urllib.request.Request(ENDPOINT, data=body, headers={"Authorization": "Bearer " + key, "Content-Type": "application/json"})
    plog.debug("request to %s: headers=%s", ENDPOINT, req.headers)
    plog.debug("model=%s max_tokens=%d", model, max_tokens)
    try:
        with urllib.request.urlopen(req, timeout=60) as resp:
            reply = json.load(resp)
    except urllib.error.HTTPError as err:
        plog.error("OpenAI returned %s: %s", err.code, err.read()[:300])
        vim.command("echohl ErrorMsg | echomsg 'LLM request failed' | echohl None")
        return
    out = reply["choices"][0]["message"]["content"]
    vim.current.buffer.append(out.splitlines(), vim.current.range.end + 1)
    plog.info("inserted %d lines, %s tokens", len(out.splitlines()), reply["usage"]["total_tokens"])


def set_key(new_key):
    if len(new_key) < 20:
        raise ValueError("OpenAI key too short: %s" % new_key)
    vim.command("let g:llm_openai_key = %s" % json.dumps(new_key))
    plog.info("key updated (…%s)", new_key[-4:])
