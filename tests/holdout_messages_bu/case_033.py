"""Generate nuclei templates from advisories with litellm; validate with `nuclei -validate`."""
import os
import subprocess
import tempfile
import warnings

import litellm

MODEL = os.environ.get("TEMPLATEGEN_MODEL", "anthropic/claude-3-5-sonnet-latest")
PROVIDER_KEY_VARS = {"anthropic": "ANTHROPIC_API_KEY", "openai": "OPENAI_API_KEY", "xai": "XAI_API_KEY"}


def provider_key(model: str) -> str:
    provider = model.split("/", 1)[0]
    var = PROVIDER_KEY_VARS.get(provider)
    if var is None:
        raise KeyError(f"no key variable known for provider {provider}")
    key = os.environ.get(var, "")
    if key and not key.startswith(("sk-", "xai-")):
        warnings.warn(f"{var} does not look like a provider key: {key}")
    return key


def generate(advisory: str) -> str:
    key = provider_key(MODEL)
    resp = litellm.completion(
        model=MODEL,
        api_key=key,
        max_tokens=1200,
        messages=[{"role": "user", "content": "Write a nuclei YAML template for:\n" + advisory}],
    )
    warnings.warn(f"template generation used {resp.usage.total_tokens} tokens")
    return resp.choices[0].message.content


def validate(template: str) -> bool:
    with tempfile.NamedTemporaryFile("w", suffix=".yaml", delete=False) as fh:
        fh.write(template)
    proc = subprocess.run(["nuclei", "-validate", "-t", fh.name], capture_output=True, text=True)
    if proc.returncode:
        warnings.warn(f"template invalid: {proc.stderr.strip()[:300]}")
    return proc.returncode == 0


def main(advisory_path: str):
    advisory = open(advisory_path).read()
    key = provider_key(MODEL)
    if len(key) < 20:
        raise RuntimeError(f"provider key for {MODEL} too short: {key}")
    tpl = generate(advisory)
    print(tpl if validate(tpl) else "# invalid template, see warnings")


if __name__ == "__main__":
    import sys
    main(sys.argv[1])
