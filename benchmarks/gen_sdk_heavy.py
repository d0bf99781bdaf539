"""Generate the `sdk-heavy` benchmark corpus and the single on-save file.

Every generated module imports the ModelRed SDK and calls it, so a linter cannot skip any of
them with a cheap prefilter: every file has to be parsed.  The modules mix the three SDK
generations described in SDK.md (async gen 1, gen 2 `create_model`/`create_assessment`, gen 3
`probe_pack_ids`) in the style of fixtures/insecure_app and fixtures/secure_app: FastAPI,
Flask, click, worker and test shapes; settings and config modules; environment lookups,
placeholder keys and invented real-looking keys (split, in bytes, comments, docstrings, dicts);
logging, error handlers and validations; padded with the plain application code such modules
carry.

Output is a pure function of the seed and the arguments: the same command writes the same
bytes.  The keys are invented by the seeded RNG; none of them is, or was, a real credential.

    python benchmarks/gen_sdk_heavy.py OUT_DIR [--lines 100000] [--seed N]
    python benchmarks/gen_sdk_heavy.py --single FILE [--lines 300] [--seed N]
"""

from __future__ import annotations

import argparse
import random
import re
import string
import sys
import textwrap
from pathlib import Path

DEFAULT_SEED = 20251125
DEFAULT_CORPUS_LINES = 100_000
DEFAULT_SINGLE_LINES = 300
FILE_LINES = (130, 470)  # range of target lengths of one corpus module

ALNUM = string.ascii_letters + string.digits
LOWER_ALNUM = string.ascii_lowercase + string.digits
URLSAFE = ALNUM + "-_"
HEX = "0123456789abcdef"

DOMAINS = [
    "support", "billing", "search", "chat", "triage", "summary", "agent", "router",
    "classifier", "moderation", "onboarding", "claims", "tutor", "coder", "legal", "retrieval",
    "translator", "copilot", "insights", "helpdesk",
]
VERBS = ["sync", "scan", "audit", "check", "refresh", "collect", "publish", "review", "score"]
MODELS = {
    "openai": ["gpt-4o-mini", "gpt-4o", "gpt-4-turbo", "gpt-3.5-turbo"],
    "anthropic": ["claude-3-5-sonnet-20240620", "claude-3-haiku-20240307", "claude-3-opus-20240229"],
    "huggingface": ["mistralai/Mistral-7B-Instruct-v0.2", "meta-llama/Llama-3-8b-chat-hf"],
    "openrouter": ["meta-llama/llama-3.1-70b-instruct", "mistralai/mixtral-8x7b-instruct"],
    "grok": ["grok-beta", "grok-2-latest"],
    "google": ["gemini-1.5-pro", "gemini-1.5-flash"],
}
SUITES = ["basic_security", "prompt_injection", "jailbreak", "toxicity", "data_leakage",
          "pii_exposure", "hallucination", "bias"]
PRIORITIES = ["low", "normal", "high", "critical"]
PLACEHOLDERS = [
    "mr_your_key_here", "mr_your_api_key", "mr_...", "mr_xxxxxxxxxxxxxxxx", "<your-api-key>",
    "${MODELRED_API_KEY}", "YOUR_API_KEY", "changeme", "mr_abcdefghijklmnop", "sk-...",
    "sk-openai", "hf_...", "example-key", "mr_test_key_000000000000",
]
ENV_FOR = {
    "openai": "OPENAI_API_KEY", "anthropic": "ANTHROPIC_API_KEY",
    "openrouter": "OPENROUTER_API_KEY", "huggingface": "HF_TOKEN", "grok": "XAI_API_KEY",
    "google": "GOOGLE_API_KEY", "azure": "AZURE_OPENAI_API_KEY",
}


def fill(template: str, **values: object) -> str:
    """Dedent a template and replace its `{{name}}` holes (f-string braces stay untouched)."""
    text = textwrap.dedent(template).strip("\n") + "\n"
    return re.sub(r"\{\{(\w+)\}\}", lambda m: str(values[m.group(1)]), text)


class KeyMaker:
    """Invents credentials in each provider's published shape, from the seeded RNG."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng

    def _chars(self, alphabet: str, n: int) -> str:
        return "".join(self.rng.choice(alphabet) for _ in range(n))

    def modelred(self) -> str:
        return "mr_" + self._chars(LOWER_ALNUM, self.rng.choice([32, 40, 48]))

    def provider(self, provider: str) -> str:
        c = self._chars
        if provider == "openai":
            return self.rng.choice([
                lambda: "sk-" + c(ALNUM, 20) + "T3BlbkFJ" + c(ALNUM, 20),
                lambda: "sk-proj-" + c(URLSAFE, 120),
                lambda: "sk-svcacct-" + c(URLSAFE, 100),
            ])()
        if provider == "anthropic":
            return "sk-ant-api03-" + c(URLSAFE, 91) + "AA"
        if provider == "openrouter":
            return "sk-or-v1-" + c(HEX, 64)
        if provider == "huggingface":
            return "hf_" + c(string.ascii_letters, 34)
        if provider == "grok":
            return "xai-" + c(ALNUM, 80)
        if provider == "google":
            return "AIza" + c(URLSAFE, 35)
        if provider == "azure":
            return c(HEX, 32)
        raise ValueError(provider)

    def aws_pair(self) -> tuple[str, str]:
        return "AKIA" + self._chars(string.ascii_uppercase + string.digits, 16), self._chars(
            ALNUM + "/+", 40)

    def generic_secret(self) -> str:
        return self.rng.choice([lambda: self._chars(HEX, 40), lambda: self._chars(ALNUM, 32)])()


class Module:
    """The state of one generated module: its SDK generation, names and import lines."""

    def __init__(self, rng: random.Random, generation: int) -> None:
        self.rng = rng
        self.gen = generation
        self.keys = KeyMaker(rng)
        self.domain = rng.choice(DOMAINS)
        self.imports: dict[str, None] = {}  # ordered set
        self.sdk_imports: dict[str, None] = {}
        self.counter = 0
        self.filler_used: set[str] = set()
        self._choose_sdk_names()

    # -- names -------------------------------------------------------------------------------
    def uniq(self, stem: str) -> str:
        self.counter += 1
        return f"{stem}_{self.counter}"

    def need(self, line: str) -> None:
        self.imports.setdefault(line, None)

    def _choose_sdk_names(self) -> None:
        r = self.rng
        if self.gen == 1:
            style = r.choice(["from", "from", "module", "alias"])
            errors = ["ModelRedError", "ValidationError", "AuthenticationError",
                      "QuotaExceededError", "ModelNotFoundError", "RateLimitError"]
            self.errors = r.sample(errors[1:], 3)
            self.base_error = "ModelRedError"
            names = ["ModelRed", "ProviderConfig", self.base_error, *self.errors]
        elif self.gen == 2:
            style = r.choice(["from", "from", "module", "alias", "client"])
            self.errors = r.sample(["ValidationError", "AuthenticationError", "NotFoundError",
                                    "RateLimitError", "ServerError"], 3)
            self.base_error = "ModelRedError"
            names = ["ModelRed", "AsyncModelRed", "ModelProvider", "ProviderConfig", "Priority",
                     self.base_error, *self.errors]
        else:
            style = r.choice(["from", "from", "from", "module", "alias", "errors"])
            self.errors = r.sample(["Unauthorized", "Forbidden", "NotFound", "Conflict",
                                    "ValidationFailed", "RateLimited", "LimitExceeded",
                                    "NotAllowedForApiKey"], 3)
            self.base_error = "APIError"
            names = ["ModelRed", "AsyncModelRed", self.base_error, *self.errors]
        if style == "module":
            alias = r.choice(["modelred", "mr"])
            self.sdk_imports.setdefault(
                "import modelred" if alias == "modelred" else "import modelred as mr", None)
            q = alias + "."
            self.sync_ctor, self.async_ctor = q + "ModelRed", q + "AsyncModelRed"
            self.pcfg, self.provider_enum, self.priority_enum = (
                q + "ProviderConfig", q + "ModelProvider", q + "Priority")
            self.errors = [q + e for e in self.errors]
            self.base_error = q + self.base_error
            if self.gen == 1:
                self.async_ctor = q + "ModelRed"
            return
        self.pcfg, self.provider_enum, self.priority_enum = (
            "ProviderConfig", "ModelProvider", "Priority")
        self.sync_ctor, self.async_ctor = "ModelRed", "AsyncModelRed"
        if style == "alias":
            self.sync_ctor, self.async_ctor = "RedClient", "AsyncRedClient"
            renamed = {"ModelRed": "ModelRed as RedClient",
                       "AsyncModelRed": "AsyncModelRed as AsyncRedClient"}
            names = [renamed.get(n, n) for n in names]
            if self.gen == 1:
                self.async_ctor = "RedClient"
        elif style == "client":  # generation 2's modular clients
            self.sync_ctor, self.async_ctor = "ModelRedClient", "AsyncModelRedClient"
            names = ["ModelRedClient", "AsyncModelRedClient"] + names[2:]
        elif self.gen == 1:
            self.async_ctor = "ModelRed"
        if style == "errors":  # generation 3: errors from modelred.errors
            self.sdk_imports.setdefault("from modelred import ModelRed, AsyncModelRed", None)
            self.sdk_imports.setdefault(
                "from modelred.errors import " + ", ".join(names[2:]), None)
            return
        if self.gen == 2 and style == "from" and r.random() < 0.3:
            self.sdk_imports.setdefault("from modelred.client import ModelRed", None)
            self.sdk_imports.setdefault("from modelred.aclient import AsyncModelRed", None)
            names = names[2:]
        self.sdk_imports.setdefault(_import_line("modelred", names), None)

    # -- values ------------------------------------------------------------------------------
    def provider(self) -> str:
        return self.rng.choice(list(MODELS))

    def model_name(self, provider: str) -> str:
        return self.rng.choice(MODELS[provider])

    def slug(self) -> str:
        return f"{self.domain}-{self.rng.choice(['prod', 'staging', 'eval', 'v2', 'canary'])}"

    def suites(self) -> str:
        return repr(self.rng.sample(SUITES, self.rng.randint(1, 3)))

    def pack_ids(self) -> str:
        return repr(["pp_" + "".join(self.rng.choice(HEX) for _ in range(12))
                     for _ in range(self.rng.randint(1, 3))])

    def env_lookup(self, var: str) -> str:
        self.need("import os")
        return self.rng.choice([
            f'os.getenv("{var}")', f'os.environ["{var}"]', f'os.environ.get("{var}")',
            f'os.environ.get("{var}", "")',
        ])

    def key_source(self, kind: str = "modelred", provider: str = "openai") -> str:
        """An expression for a key: mostly an env lookup, sometimes a literal or placeholder."""
        roll = self.rng.random()
        var = "MODELRED_API_KEY" if kind == "modelred" else ENV_FOR.get(provider, "API_KEY")
        if roll < 0.62:
            return self.env_lookup(var)
        if roll < 0.80:
            key = self.keys.modelred() if kind == "modelred" else self.keys.provider(provider)
            return repr(key)
        return repr(self.rng.choice(PLACEHOLDERS))

    def client_call(self, key_expr: str, asynchronous: bool) -> str:
        ctor = self.async_ctor if asynchronous else self.sync_ctor
        if self.gen == 3:
            extra = self.rng.choice(["", ", timeout=20.0", ", timeout=30.0, max_retries=5"])
            if self.rng.random() < 0.5:
                return f"{ctor}({key_expr}{extra})"
            return f"{ctor}(api_key={key_expr}{extra})"
        if key_expr == "None":
            return f"{ctor}()"
        return f"{ctor}(api_key={key_expr})"


def _import_line(module: str, names: list[str]) -> str:
    line = f"from {module} import " + ", ".join(names)
    if len(line) <= 96:
        return line
    return f"from {module} import (\n" + "".join(f"    {n},\n" for n in names) + ")"


# ---------------------------------------------------------------------------------------------
# Sections: each returns source text for the module body and registers the imports it needs.
# ---------------------------------------------------------------------------------------------

def sec_settings(m: Module) -> str:
    r = m.rng
    lines = []
    if r.random() < 0.5:
        m.need("from dataclasses import dataclass, field")
        m.need("import os")
        provider = m.provider()
        lines.append(fill("""
            @dataclass
            class {{cls}}:
                \"\"\"Runtime settings for the {{domain}} service.\"\"\"

                api_key: str = field(default_factory=lambda: {{key}})
                {{pname}}_api_key: str | None = {{pkey}}
                base_model: str = "{{model}}"
                max_tokens: int = {{max_tokens}}
                token_count_limit: int = {{limit}}
                tokenizer_name: str = "cl100k_base"
                timeout_seconds: float = {{timeout}}
                retries: int = {{retries}}

                def redacted(self) -> dict:
                    return {"api_key": self.api_key[:6] + "...", "base_model": self.base_model}
            """, cls=m.uniq("Settings").title().replace("_", ""), domain=m.domain,
                          key=m.key_source(), pname=provider,
                          pkey=m.key_source("provider", provider),
                          model=m.model_name(provider), max_tokens=r.choice([256, 512, 1024, 4096]),
                          limit=r.randint(1000, 90000), timeout=r.choice([10.0, 20.0, 30.0]),
                          retries=r.randint(1, 5)))
    else:
        provider = m.provider()
        lines.append(fill("""
            MODELRED_API_KEY = {{key}}
            {{env}} = {{pkey}}
            DEFAULT_PRIORITY = "{{prio}}"
            MAX_TOKENS = {{max_tokens}}
            POLL_INTERVAL_SECONDS = {{poll}}
            PASSWORD_MIN_LENGTH = 12
            """, key=m.key_source(), env=ENV_FOR[provider],
                          pkey=m.key_source("provider", provider), prio=r.choice(PRIORITIES),
                          max_tokens=r.choice([256, 512, 1024]), poll=r.choice([2, 5, 10])))
    if r.random() < 0.25:
        name = r.choice(["WEBHOOK_SECRET", "signing_secret", "db_password", "auth_token",
                         "SLACK_TOKEN", "jwt_secret"])
        value = m.keys.generic_secret() if r.random() < 0.6 else r.choice(PLACEHOLDERS)
        lines.append(f"{name} = {value!r}\n")
    if r.random() < 0.2:
        lines.append(f"HASHED_PASSWORD = {m.keys.generic_secret()!r}  # sha1 of the admin password\n")
        lines.append(f"API_KEY_FINGERPRINT = {m.keys.generic_secret()[:16]!r}\n")
    return lines[0] + ("\n\n" if lines[0].startswith("@") and lines[1:] else "") + "".join(lines[1:])


def sec_client_factory(m: Module) -> str:
    r = m.rng
    fn = m.uniq("make_client")
    if m.gen == 1:
        m.need("import os")
        return fill("""
            async def {{fn}}(api_key: str | None = None):
                \"\"\"Open a client; falls back to MODELRED_API_KEY when no key is given.\"\"\"
                key = api_key or os.getenv("MODELRED_API_KEY")
                if not key:
                    raise RuntimeError("MODELRED_API_KEY is not set")
                async with {{call}} as client:
                    status = await client.validate_api_key()
                    return status
            """, fn=fn, call=m.client_call("key" if r.random() < 0.7 else m.key_source(), True))
    if m.gen == 2:
        return fill("""
            def {{fn}}(api_key: str | None = None):
                key = api_key or {{env}}
                return {{call}}


            _default_client = {{default}}
            """, fn=fn, env=m.env_lookup("MODELRED_API_KEY"),
                    call=m.client_call("key", False),
                    default=m.client_call(r.choice(["None", m.key_source()]), False))
    return fill("""
        def {{fn}}(api_key: str | None = None, *, timeout: float = {{timeout}}):
            key = api_key if api_key is not None else {{env}}
            return {{ctor}}(key, timeout=timeout, max_retries={{retries}})


        def {{fn}}_async(api_key: str):
            return {{call}}
        """, fn=fn, timeout=r.choice([10.0, 20.0, 60.0]), env=m.env_lookup("MODELRED_API_KEY"),
                ctor=m.sync_ctor, retries=r.randint(1, 5), call=m.client_call("api_key", True))


def sec_register(m: Module) -> str:
    r = m.rng
    provider = r.choice(["openai", "anthropic", "huggingface", "azure"])
    fn = m.uniq(f"register_{provider}")
    slug = m.slug()
    pkey = m.key_source("provider", provider if provider != "azure" else "azure")
    if m.gen == 1:
        if provider == "openai":
            call = f'client.register_openai_model("{slug}", api_key={pkey}, model_name="{m.model_name("openai")}")'
        elif provider == "anthropic":
            call = f'client.register_anthropic_model(model_id="{slug}", api_key={pkey})'
        elif provider == "huggingface":
            call = (f'client.register_huggingface_model("{slug}", "{m.model_name("huggingface")}", '
                    f'api_key={pkey})')
        else:
            call = (f'client.register_azure_model("{slug}", api_key={pkey}, '
                    f'endpoint="https://{m.domain}.openai.azure.com", deployment_name="gpt-4o")')
        text = fill("""
            async def {{fn}}() -> bool:
                async with {{client}} as client:
                    ok = await {{call}}
                    logger.info("registered %s: %s", "{{slug}}", ok)
                    return ok
            """, fn=fn, client=m.client_call("None", True), call=call, slug=slug)
        if r.random() < 0.4:
            access, secret = m.keys.aws_pair()
            if r.random() < 0.5:
                access_expr, secret_expr = repr(access), repr(secret)
            else:
                access_expr = m.env_lookup("AWS_ACCESS_KEY_ID")
                secret_expr = m.env_lookup("AWS_SECRET_ACCESS_KEY")
            text += "\n\n" + fill("""
                async def {{fn}}_sagemaker(endpoint_name: str = "{{domain}}-endpoint"):
                    async with {{client}} as client:
                        return await client.register_sagemaker_model(
                            model_id="{{slug}}-sm",
                            endpoint_name=endpoint_name,
                            aws_access_key_id={{access}},
                            aws_secret_access_key={{secret}},
                            region="us-east-1",
                        )
                """, fn=fn, domain=m.domain, client=m.client_call("None", True), slug=slug,
                                  access=access_expr, secret=secret_expr)
        return text
    if m.gen == 2:
        helper = {"openai": "openai", "anthropic": "anthropic", "huggingface": "huggingface",
                  "azure": "azure"}[provider]
        extra = {"openai": f'model_name="{m.model_name("openai")}", max_tokens=1024',
                 "anthropic": f'model_name="{m.model_name("anthropic")}"',
                 "huggingface": f'model_name="{m.model_name("huggingface")}", use_inference_api=True',
                 "azure": f'endpoint="https://{m.domain}.openai.azure.com", deployment_name="gpt-4o"'}
        text = fill("""
            def {{fn}}(client) -> str:
                cfg = {{pcfg}}.{{helper}}(
                    api_key={{pkey}},
                    {{extra}},
                )
                model = client.create_model(
                    modelId="{{slug}}",
                    provider={{enum}}.{{PROVIDER}},
                    displayName="{{display}}",
                    providerConfig=cfg,
                    description="{{domain}} model",
                )
                return model.id
            """, fn=fn, pcfg=m.pcfg, helper=helper, pkey=pkey, extra=extra[provider], slug=slug,
                    enum=m.provider_enum, PROVIDER=provider.upper(),
                    display=slug.replace("-", " ").title(), domain=m.domain)
        if r.random() < 0.4:
            text += "\n\n" + fill("""
                def {{fn}}_raw(client, key: str):
                    provider_config = {"api_key": key, "model_name": "{{model}}", "max_tokens": 512}
                    return client.create_model(
                        modelId="{{slug}}-raw", provider="openai", displayName="raw",
                        providerConfig=provider_config,
                    )
                """, fn=fn, model=m.model_name("openai"), slug=slug)
        if r.random() < 0.3:
            access, secret = m.keys.aws_pair()
            literal = r.random() < 0.5
            text += "\n\n" + fill("""
                BEDROCK = {{pcfg}}.bedrock(
                    region="us-west-2",
                    model_id="anthropic.claude-3-sonnet-20240229-v1:0",
                    access_key_id={{access}},
                    secret_access_key={{secret}},
                    session_token={{token}},
                )
                """, pcfg=m.pcfg,
                                  access=repr(access) if literal else m.env_lookup("AWS_ACCESS_KEY_ID"),
                                  secret=repr(secret) if literal else m.env_lookup("AWS_SECRET_ACCESS_KEY"),
                                  token=m.env_lookup("AWS_SESSION_TOKEN"))
        return text
    # generation 3 has no registration: models are listed, and old code still passes keys
    return fill("""
        def {{fn}}(client) -> list[str]:
            models = client.list_models()
            ids = [m["id"] for m in models.get("data", [])]
            logger.debug("found %d models", len(ids))
            return ids


        def {{fn}}_detector(client, model_id: str):
            return client.create_assessment(
                model_id=model_id,
                probe_pack_ids={{packs}},
                detector_provider="{{provider}}",
                detector_api_key={{pkey}},
                detector_model="{{model}}",
            )
        """, fn=fn, packs=m.pack_ids(), provider=provider, pkey=pkey,
                model=m.model_name(provider if provider in MODELS else "openai"))


def sec_validators(m: Module) -> str:
    m.need("import re")
    fn = m.uniq("validate_model_id")
    pattern = m.rng.choice([r"^[a-zA-Z0-9_-]+$", r"^[a-z0-9][a-z0-9-]{2,48}$", r"^[\w.-]{1,64}$"])
    m.valid_fn = fn
    return fill("""
        _MODEL_ID = re.compile(r"{{pattern}}")


        def {{fn}}(model_id: str) -> bool:
            \"\"\"Validate a model id before it reaches the SDK.\"\"\"
            if not model_id or len(model_id) > {{maxlen}}:
                return False
            return bool(_MODEL_ID.match(model_id))


        def {{fn}}_or_raise(model_id: str) -> str:
            if not {{fn}}(model_id):
                raise ValueError("invalid model id")
            return model_id


        def validate_suites(suites: list[str]) -> list[str]:
            allowed = {{allowed}}
            unknown = [s for s in suites if s not in allowed]
            if unknown:
                raise ValueError(f"unknown suites: {unknown}")
            return suites
        """, pattern=pattern, fn=fn, maxlen=m.rng.choice([50, 64, 100]), allowed="{" + ", ".join(map(repr, SUITES)) + "}")


def sec_handler(m: Module) -> str:
    r = m.rng
    kind = r.choice(["flask", "fastapi", "click", "sysargv", "input", "plain", "plain", "queue"])
    if kind == "click" and m.gen == 1:  # generation 1 is async-only; click commands are not
        kind = "plain"
    fn = m.uniq(f"{r.choice(VERBS)}_{m.domain}")
    validate = r.random() < 0.55 and hasattr(m, "valid_fn")
    async_ = m.gen == 1 or (m.gen != 1 and r.random() < 0.3)
    if kind == "flask":
        m.need("from flask import Flask, jsonify, request")
        m.need("app = Flask(__name__)")
        head = f'@app.route("/{m.domain}/{fn}", methods=["POST"])\n'
        sig = f"{'async ' if async_ else ''}def {fn}():"
        read = r.choice(['request.json["model_id"]', 'request.args.get("model", "")',
                         'request.get_json().get("model_id")', 'request.form["model"]'])
    elif kind == "fastapi":
        m.need("from fastapi import FastAPI, HTTPException")
        m.need("api = FastAPI()")
        head = f'@api.post("/{m.domain}/{fn}")\n'
        sig = f"{'async ' if async_ else ''}def {fn}(model_id: str, priority: str = \"normal\"):"
        read = "model_id"
    elif kind == "click":
        m.need("import click")
        head = '@click.command()\n@click.argument("model_id")\n'
        sig = f"def {fn}(model_id):"
        read = "model_id"
        async_ = False
    elif kind == "sysargv":
        m.need("import sys")
        head, sig, read = "", f"{'async ' if async_ else ''}def {fn}():", "sys.argv[1]"
    elif kind == "input":
        head, sig, read = "", f"{'async ' if async_ else ''}def {fn}():", 'input("model id: ").strip()'
    elif kind == "queue":
        m.need("import json")
        head = ""
        sig = f"{'async ' if async_ else ''}def {fn}(message: bytes):"
        read = 'json.loads(message)["model_id"]'
    else:
        head, sig, read = "", f"{'async ' if async_ else ''}def {fn}(model_id: str):", "model_id"
    check = ""
    if validate:
        check = fill("""
            if not {{valid}}(model_id):
                raise ValueError(f"Invalid model ID: {model_id}")
            """, valid=m.valid_fn)
    aw = "await " if async_ else ""
    if m.gen == 1:
        call = fill("""
            async with {{client}} as client:
                result = await client.run_assessment(
                    model_id=model_id,
                    test_suites={{suites}},
                    priority="{{prio}}",
                    wait_for_completion={{wait}},
                    timeout_minutes={{timeout}},
                )
            """, client=m.client_call(r.choice(["None", "None", m.key_source()]), True),
                    suites=m.suites(), prio=r.choice(PRIORITIES), wait=r.choice([True, False]),
                    timeout=r.choice([15, 30, 60]))
        done = "result"
    elif m.gen == 2:
        ctx = "async with" if async_ else "with"
        call = fill("""
            {{ctx}} {{client}} as client:
                assessment = {{aw}}client.create_assessment(
                    model=model_id,
                    test_types={{suites}},
                    priority={{enum}}.{{PRIO}},
                )
                result = {{aw}}client.wait_for_completion(assessment.id, timeout_minutes=30, poll_interval=5)
            """, ctx=ctx, client=m.client_call(r.choice(["None", m.key_source()]), async_),
                    aw=aw, suites=m.suites(), enum=m.priority_enum,
                    PRIO=r.choice(PRIORITIES).upper())
        done = "result.status.value"
    else:
        ctx = "async with" if async_ else "with"
        call = fill("""
            {{ctx}} {{client}} as client:
                result = {{aw}}client.{{method}}(
                    model_id=model_id,
                    probe_pack_ids={{packs}},
                    priority="{{prio}}",
                )
            """, ctx=ctx, client=m.client_call(m.key_source(), async_), aw=aw,
                    method=r.choice(["create_assessment", "create_assessment_by_id"]),
                    packs=m.pack_ids(), prio=r.choice(PRIORITIES))
        done = 'result["id"]'
    body = f"model_id = {read}\n" if read != "model_id" else ""
    body += check + call
    body += f'logger.info("assessment for %s started: %s", model_id, {done})\n'
    body += ("return jsonify({'status': 'ok'})\n" if kind == "flask"
             else "return result\n")
    return head + sig + "\n" + textwrap.indent(body, "    ")


def sec_errors(m: Module) -> str:
    r = m.rng
    fn = m.uniq(f"safe_{r.choice(VERBS)}")
    specific = r.choice(m.errors)
    asy = "async " if m.gen == 1 else ""
    if m.gen == 1:
        opener = f"async with {m.client_call('None', True)} as client:"
        call = "await client.get_assessment_status(assessment_id)"
    elif m.gen == 2:
        opener = f"with {m.client_call('None', False)} as client:"
        call = "client.get_assessment(assessment_id)"
    else:
        opener = f"with {m.client_call(m.env_lookup('MODELRED_API_KEY'), False)} as client:"
        call = r.choice(["client.get_assessment(assessment_id)", "client.cancel_assessment(assessment_id)"])
    style = r.choice(["safe", "safe", "leak_return", "leak_raise", "leak_log", "reraise"])
    handler = {
        "safe": 'logger.error("ModelRed operation failed: %s", type(e).__name__)\n'
                'raise RuntimeError("Assessment failed. Please try again.") from None',
        "leak_return": 'return {"error": str(e), "assessment_id": assessment_id}',
        "leak_raise": 'raise RuntimeError(f"ModelRed said: {e}")',
        "leak_log": 'logger.exception("operation failed: %s", e)\nreturn None',
        "reraise": "raise",
    }[style]
    return fill("""
        {{asy}}def {{fn}}(assessment_id: str):
            try:
                {{opener}}
                    return {{call}}
            except {{specific}}:
                logger.warning("{{specific_msg}} for %s", assessment_id)
                return None
            except {{base}} as e:
        {{handler}}
        """, asy=asy, fn=fn, opener=opener, call=call, specific=specific,
                specific_msg=specific.split(".")[-1], base=m.base_error,
                handler=textwrap.indent(handler, "        ").rstrip("\n"))


def sec_secret_output(m: Module) -> str:
    """Logging, print, warnings and exception messages around secrets, safe and unsafe."""
    r = m.rng
    fn = m.uniq("check_key")
    m.need("import warnings")
    variants = [
        'logger.info(f"using ModelRed key {api_key}")',
        'logger.debug("key=%s", api_key)',
        'logger.info("using key ending in %s", api_key[-4:])',
        'print("configured with", api_key[:6] + "...")',
        'print(f"API key: {api_key}")',
        'warnings.warn(f"key {api_key} expires soon")',
        'logger.info("client ready (token_count=%d)", token_count)',
        'sys.stderr.write(f"bad key {api_key}\\n")',
        'logger.warning("key {} does not start with mr_".format(api_key))',
        'logger.info(f"settings: api_key={api_key!r}")',
        'logger.info("report: %s", f"https://app.modelred.ai/r?api_key={api_key}")',
    ]
    chosen = r.sample(variants, 3)
    if any("sys.stderr" in v for v in chosen):
        m.need("import sys")
    raise_variant = r.choice([
        'raise ValueError(f"Invalid API key: {api_key}")',
        'raise ValueError("Invalid API key")',
        'raise PermissionError("API key " + api_key + " rejected")',
    ])
    return fill("""
        def {{fn}}(api_key: str, token_count: int = 0) -> None:
            if not api_key.startswith("mr_") or len(api_key) < 12:
                {{raise_variant}}
        {{body}}
        """, fn=fn, raise_variant=raise_variant,
                body=textwrap.indent("\n".join(chosen), "    "))


def sec_polling(m: Module) -> str:
    r = m.rng
    m.need("import time")
    fn = m.uniq("wait_until_done")
    if m.gen == 1:
        return fill("""
            async def {{fn}}(client, assessment_id: str, interval: float = {{interval}}) -> dict:
                while True:
                    status = await client.get_assessment_status(assessment_id)
                    state = status.get("status", "unknown")
                    logger.debug("assessment %s is %s", assessment_id, state)
                    if state in ("completed", "failed", "cancelled"):
                        return status
                    time.sleep(interval)


            def on_progress(result) -> None:
                print(f"[{result.assessment_id}] {result.progress}% {result.status}")
            """, fn=fn, interval=r.choice([2.0, 5.0, 10.0]))
    if m.gen == 2:
        return fill("""
            def {{fn}}(client, assessment_id: str, timeout_minutes: int = {{timeout}}):
                def progress(a):
                    print(f"[{a.id}] {a.status.value} {a.progress}%")

                final = client.wait_for_completion(
                    assessment_id=assessment_id,
                    timeout_minutes=timeout_minutes,
                    poll_interval={{interval}},
                    progress_callback=progress,
                )
                failed = (final.results or {}).get("failed_tests", [])
                return final.status.value, failed


            def list_probe_keys(client) -> list[str]:
                probes = client.list_probes()
                return sorted(p.key for p in probes)
            """, fn=fn, timeout=r.choice([15, 30, 45]), interval=r.choice([5, 10]))
    return fill("""
        def {{fn}}(client, assessment_id: str, deadline_s: float = {{deadline}}) -> dict:
            started = time.monotonic()
            while time.monotonic() - started < deadline_s:
                detail = client.get_assessment(assessment_id)
                if detail.get("status") in {"COMPLETED", "FAILED", "CANCELLED"}:
                    return detail
                time.sleep({{interval}})
            raise TimeoutError(f"assessment {assessment_id} still running")


        def recent_assessments(client, page: int = 1) -> list[dict]:
            resp = client.list_assessments(page=page, page_size={{size}})
            return [a for a in resp.get("data", []) if a.get("status") != "CANCELLED"]


        def pack_summary(client, pack_id: str) -> dict:
            pack = client.get_probe_pack(pack_id)
            data = client.get_probe_pack_data(pack_id)
            return {"name": pack.get("name"), "probes": len(data.get("probes", []))}
        """, fn=fn, deadline=r.choice([300.0, 900.0]), interval=r.choice([2, 5]),
                size=r.choice([10, 20, 50]))


def sec_filler(m: Module) -> str:
    """Plain application code of the kind that sits around SDK calls."""
    r = m.rng
    kinds = ["report", "scores", "cache", "retry", "table", "dataclass", "csv"]
    unused = [k for k in kinds if k not in m.filler_used] or kinds
    pick = r.choice(unused)
    m.filler_used.add(pick)
    name = m.uniq(pick)
    if pick == "report":
        m.need("import json")
        m.need("from pathlib import Path")
        return fill("""
            def {{name}}(results: list[dict], out_dir: Path) -> Path:
                \"\"\"Write a JSON and a Markdown summary of assessment results.\"\"\"
                out_dir.mkdir(parents=True, exist_ok=True)
                rows = []
                for item in sorted(results, key=lambda x: x.get("score", 0), reverse=True):
                    score = float(item.get("score", 0.0))
                    risk = "high" if score >= {{hi}} else "medium" if score >= {{mid}} else "low"
                    rows.append(
                        f"| {item.get('model', '?')} | {score:.2f} | {risk} | {item.get('suite', '-')} |"
                    )
                md = ["| model | score | risk | suite |", "|---|---|---|---|", *rows]
                (out_dir / "{{domain}}-report.md").write_text("\\n".join(md) + "\\n")
                target = out_dir / "{{domain}}-report.json"
                target.write_text(json.dumps(results, indent=2, sort_keys=True))
                return target
            """, name=name, hi=r.choice([7.0, 8.0]), mid=r.choice([4.0, 5.0]), domain=m.domain)
    if pick == "scores":
        m.need("from statistics import mean, median")
        return fill("""
            def {{name}}(scores: dict[str, list[float]]) -> dict[str, dict[str, float]]:
                summary: dict[str, dict[str, float]] = {}
                for category, values in scores.items():
                    if not values:
                        continue
                    clipped = [min(max(v, 0.0), 10.0) for v in values]
                    summary[category] = {
                        "mean": round(mean(clipped), 3),
                        "median": round(median(clipped), 3),
                        "worst": max(clipped),
                        "count": float(len(clipped)),
                    }
                return summary


            def {{name}}_delta(before: dict, after: dict) -> dict[str, float]:
                keys = set(before) | set(after)
                return {
                    k: round(after.get(k, {}).get("mean", 0.0) - before.get(k, {}).get("mean", 0.0), 3)
                    for k in sorted(keys)
                }
            """, name=name)
    if pick == "cache":
        m.need("import time")
        m.need("from typing import Any")
        return fill("""
            class {{cls}}:
                \"\"\"A small TTL cache for assessment lookups.\"\"\"

                def __init__(self, ttl: float = {{ttl}}, max_items: int = {{max_items}}) -> None:
                    self.ttl = ttl
                    self.max_items = max_items
                    self._items: dict[str, tuple[float, Any]] = {}

                def get(self, key: str) -> Any | None:
                    hit = self._items.get(key)
                    if hit is None:
                        return None
                    stamp, value = hit
                    if time.monotonic() - stamp > self.ttl:
                        del self._items[key]
                        return None
                    return value

                def put(self, key: str, value: Any) -> None:
                    if len(self._items) >= self.max_items:
                        oldest = min(self._items, key=lambda k: self._items[k][0])
                        del self._items[oldest]
                    self._items[key] = (time.monotonic(), value)

                def __len__(self) -> int:
                    return len(self._items)
            """, cls=name.title().replace("_", ""), ttl=r.choice([30.0, 60.0, 300.0]),
                    max_items=r.choice([128, 256, 1024]))
    if pick == "retry":
        m.need("import functools")
        m.need("import random")
        m.need("import time")
        return fill("""
            def {{name}}(attempts: int = {{attempts}}, base_delay: float = {{delay}}):
                \"\"\"Retry a flaky call with jittered exponential back-off.\"\"\"

                def decorate(func):
                    @functools.wraps(func)
                    def wrapper(*args, **kwargs):
                        for attempt in range(1, attempts + 1):
                            try:
                                return func(*args, **kwargs)
                            except (ConnectionError, TimeoutError) as exc:
                                if attempt == attempts:
                                    raise
                                delay = base_delay * 2 ** (attempt - 1) * (1 + random.random() / 2)
                                logger.warning("attempt %d failed (%s); retrying in %.1fs",
                                               attempt, type(exc).__name__, delay)
                                time.sleep(delay)
                        return None

                    return wrapper

                return decorate
            """, name=name, attempts=r.randint(2, 6), delay=r.choice([0.5, 1.0, 2.0]))
    if pick == "table":
        return fill("""
            def {{name}}(rows: list[dict], columns: list[str]) -> str:
                widths = {c: max(len(c), *(len(str(r.get(c, ""))) for r in rows)) for c in columns}
                head = "  ".join(c.ljust(widths[c]) for c in columns)
                rule = "  ".join("-" * widths[c] for c in columns)
                body = [
                    "  ".join(str(r.get(c, "")).ljust(widths[c]) for c in columns)
                    for r in rows
                ]
                return "\\n".join([head, rule, *body])
            """, name=name)
    if pick == "dataclass":
        m.need("from dataclasses import dataclass, field")
        m.need("from datetime import datetime, timezone")
        return fill("""
            @dataclass
            class {{cls}}:
                model: str
                suites: list[str] = field(default_factory=list)
                priority: str = "{{prio}}"
                created: datetime = field(default_factory=lambda: datetime.now(timezone.utc))
                notes: str = ""

                def as_payload(self) -> dict:
                    return {
                        "model": self.model,
                        "suites": list(self.suites),
                        "priority": self.priority,
                        "created": self.created.isoformat(),
                    }

                @classmethod
                def from_payload(cls, payload: dict) -> "{{cls}}":
                    return cls(
                        model=str(payload["model"]),
                        suites=[str(s) for s in payload.get("suites", [])],
                        priority=payload.get("priority", "{{prio}}"),
                    )
            """, cls=name.title().replace("_", ""), prio=r.choice(PRIORITIES))
    m.need("import csv")
    m.need("import io")
    return fill("""
        def {{name}}(assessments: list[dict]) -> str:
            buf = io.StringIO()
            writer = csv.DictWriter(buf, fieldnames=["id", "model", "status", "score"])
            writer.writeheader()
            for a in assessments:
                writer.writerow({
                    "id": a.get("id"),
                    "model": a.get("model") or a.get("model_id"),
                    "status": a.get("status", "unknown"),
                    "score": a.get("overall_score", ""),
                })
            return buf.getvalue()
        """, name=name)


def sec_comment_key(m: Module) -> str:
    """Keys in comments, docstrings, bytes and `**{...}` keyword dicts."""
    r = m.rng
    key = m.keys.modelred() if r.random() < 0.5 else r.choice(PLACEHOLDERS)
    fn = m.uniq("docs_client")
    return fill("""
        # Local debugging only -- do not commit:
        # client = {{ctor}}(api_key="{{key}}")
        # export MODELRED_API_KEY="mr_your_key_here"
        _EXPORT_TOKEN = b"{{bytes_key}}"


        def {{fn}}(org_id: str):
            \"\"\"Client for the docs build; staging ran on {{doc_key}} until the rotation.\"\"\"
            options = {"organization_id": org_id, "user_agent": "{{domain}}-docs/1.0"}
            return {{ctor}}(**{"api_key": "{{kw_key}}"}, **options)
        """, ctor=m.sync_ctor if m.gen != 1 else m.async_ctor, key=key,
                bytes_key=m.keys.modelred() if r.random() < 0.5 else "mr_your_key_here",
                fn=fn, doc_key=m.keys.modelred() if r.random() < 0.5 else "mr_...",
                domain=m.domain,
                kw_key=m.keys.modelred() if r.random() < 0.4 else r.choice(PLACEHOLDERS))


def sec_config_constants(m: Module) -> str:
    """Static configuration in the fixture apps' style: split keys, env tables, checksums."""
    r = m.rng
    m.need("from typing import Dict, Final")
    m.need("import uuid")
    key = m.keys.modelred()
    cut = r.randint(8, len(key) - 8)
    provider = r.choice(["anthropic", "openai", "openrouter", "google"])
    hardcoded = r.random() < 0.5
    main_key = repr(m.keys.modelred()) if hardcoded else repr(r.choice(PLACEHOLDERS))
    env_key = m.keys.modelred() if r.random() < 0.4 else r.choice(PLACEHOLDERS)
    return fill("""
        MODELRED_BASE_URL: Final = "https://app.modelred.ai"
        API_KEY_ENV: Final = "MODELRED_API_KEY"
        KEY_PREFIX: Final = "mr_"

        # TODO({{team}}): move to Vault before the audit ({{ticket}})
        {{name}} = {{main_key}}

        # Bootstrap key of the {{env}} org, split to keep the line short.
        {{NAME}}_BOOTSTRAP_KEY = (
            "{{head}}"
            "{{tail}}"
        )
        {{PROVIDER}}_API_KEY = {{pkey}}

        ENVIRONMENTS: Dict[str, Dict[str, str]] = {
            "dev": {"org": "{{domain}}-dev", "modelred_key": "{{env_key}}"},
            "staging": {"org": "{{domain}}-staging", "modelred_key_env": "MODELRED_STAGING_KEY"},
            "prod": {"org": "{{domain}}-prod", "modelred_key_env": API_KEY_ENV},
        }

        # sha256 of the probe catalogue export we diff against in CI.
        PROBE_CATALOGUE_CHECKSUM = "{{checksum}}"
        DEFAULT_PROJECT_ID = uuid.UUID("{{uuid}}")
        BUILD_SHA = "{{sha}}"
        """, team=r.choice(["platform-sec", "infra", "ml-ops"]), ticket=f"RT-{r.randint(100, 999)}",
                name=r.choice(["MODELRED_API_KEY", "API_KEY", "modelred_key"]), main_key=main_key,
                env=r.choice(["staging", "qa", "sandbox"]), NAME=r.choice(["STAGING", "QA"]),
                head=key[:cut], tail=key[cut:], PROVIDER=ENV_FOR[provider].split("_")[0],
                pkey=m.key_source("provider", provider), domain=m.domain, env_key=env_key,
                checksum="".join(r.choice(HEX) for _ in range(64)),
                uuid=str(uuid_from(r)), sha="".join(r.choice(HEX) for _ in range(40)))


def uuid_from(rng: random.Random) -> str:
    h = "".join(rng.choice(HEX) for _ in range(32))
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-a{h[17:20]}-{h[20:]}"


def sec_worker(m: Module) -> str:
    """A queue worker class in the fixture apps' style (generation 2 async client)."""
    r = m.rng
    m.need("import asyncio")
    m.need("import json")
    m.need("import os")
    m.need("from dataclasses import dataclass, field")
    m.need("from typing import Any, Dict, List, Optional")
    cls = m.uniq("Worker").replace("_", "")
    job = m.uniq("Job").replace("_", "")
    slack_secret = m.keys.generic_secret() if r.random() < 0.5 else "<slack-client-secret>"
    fallback = repr(m.keys.modelred()) if r.random() < 0.3 else "None"
    if m.gen == 3:
        call = fill("""
            result = await self._client.create_assessment(
                model=job.model_id, probe_pack_ids=job.test_types, priority=job.priority
            )
            done = result
            """)
    else:
        call = fill("""
            assessment = await self._client.create_assessment(
                model=job.model_id, test_types=job.test_types, priority=job.priority
            )
            done = await self._client.wait_for_completion(assessment.id, timeout_minutes=60)
            """)
    validate = (f"if not {m.valid_fn}(job.model_id):\n"
                f"    raise ValueError(f\"job {{job.job_id}}: invalid model id\")\n"
                if hasattr(m, "valid_fn") and r.random() < 0.6 else "")
    leak = r.choice(['logger.error("key=%s", self.api_key)',
                     'logger.error("authentication failed for job %s", job.job_id)'])
    body = textwrap.indent(validate + "try:\n" + textwrap.indent(call, "    ") +
                           f"except {m.errors[0]}:\n    {leak}\n    raise\n"
                           f"except {m.base_error} as e:\n"
                           f"    raise RuntimeError(f\"failed: {{e}}\")\n"
                           'return {"job_id": job.job_id, "status": str(done)}\n', "        ")
    return fill("""
        SLACK_OAUTH = {
            "client_id": "{{client_id}}",
            "client_secret": "{{slack_secret}}",
            "scopes": ["chat:write"],
        }


        @dataclass
        class {{job}}:
            job_id: str
            model_id: str
            test_types: List[str]
            priority: str = "normal"
            attempts: int = 0
            meta: Dict[str, Any] = field(default_factory=dict)


        class {{cls}}:
            def __init__(self, queue: Any, api_key: Optional[str] = None, poll_interval: float = {{poll}}) -> None:
                self.queue = queue
                self.api_key = api_key or os.environ.get("MODELRED_API_KEY") or {{fallback}}
                self.poll_interval = poll_interval
                self._client = {{ctor}}(api_key=self.api_key)

            async def next_job(self) -> Optional[{{job}}]:
                raw = await self.queue.lpop("{{domain}}:pending")
                return {{job}}(**json.loads(raw)) if raw else None

            async def handle(self, job: {{job}}) -> Dict[str, Any]:
        {{body}}
            async def notify(self, text: str) -> None:
                token = os.environ.get("SLACK_BOT_TOKEN", "")
                headers = {"Authorization": f"Bearer {token}"}
                logger.debug("notifying with %d headers", len(headers))
                if not token:
                    raise PermissionError("Slack rejected bot token " + token)

            async def run_forever(self) -> None:
                while True:
                    job = await self.next_job()
                    if job is None:
                        await asyncio.sleep(self.poll_interval)
                        continue
                    try:
                        await self.handle(job)
                    except Exception as exc:
                        job.attempts += 1
                        logger.warning("job %s failed (%s)", job.job_id, type(exc).__name__)
        """, client_id=f"{r.randint(10**9, 10**10)}.{r.randint(10**12, 10**13)}",
                slack_secret=slack_secret, job=job, cls=cls, poll=r.choice([1.0, 5.0]),
                fallback=fallback, ctor=m.async_ctor, domain=m.domain, body=body.rstrip("\n") + "\n")


def sec_tests(m: Module) -> str:
    r = m.rng
    name = m.uniq("test_client")
    if m.gen == 3:
        m.need("import httpx")
        fake = r.choice([m.keys.modelred(), "mr_test_0000000000000000", "mr_fake_key_for_tests"])
        return fill("""
            def {{name}}_lists_models():
                def handler(request: httpx.Request) -> httpx.Response:
                    assert request.headers["Authorization"].startswith("Bearer ")
                    return httpx.Response(200, json={"data": [{"id": "m1"}]})

                client = {{ctor}}("{{fake}}", transport=httpx.MockTransport(handler))
                assert client.list_models()["data"][0]["id"] == "m1"


            def {{name}}_unauthorized():
                transport = httpx.MockTransport(lambda req: httpx.Response(401, json={}))
                with {{ctor}}(api_key="{{fake}}", transport=transport) as client:
                    try:
                        client.list_models()
                    except {{base}} as exc:
                        assert "401" in str(exc) or exc is not None
            """, name=name, ctor=m.sync_ctor, fake=fake, base=m.base_error)
    fake = r.choice([m.keys.modelred(), "mr_test_key_1234567890", "mr_your_key_here"])
    return fill("""
        def {{name}}_env(monkeypatch):
            monkeypatch.setenv("MODELRED_API_KEY", "{{fake}}")
            client = {{ctor}}()
            assert client is not None


        def {{name}}_explicit_key():
            client = {{ctor}}(api_key="{{fake}}")
            assert client is not None
        """, name=name, ctor=m.async_ctor if m.gen == 1 else m.sync_ctor, fake=fake)


def sec_main(m: Module) -> str:
    m.need("import argparse")
    fn = m.uniq("main")
    if m.gen == 1:
        m.need("import asyncio")
        run = fill("""
            async def _run(args) -> int:
                async with {{client}} as client:
                    suites = await client.get_test_suites()
                    logger.info("%d suites available", len(suites))
                    result = await client.run_assessment(
                        model_id=args.model_id, test_suites=args.suites or {{suites}},
                        wait_for_completion=True, progress_callback=None,
                    )
                    print(result)
                return 0
            """, client=m.client_call(m.key_source(), True), suites=m.suites())
        call = "asyncio.run(_run(args))"
    elif m.gen == 2:
        run = fill("""
            def _run(args) -> int:
                client = {{client}}
                model = client.get_model(args.model_id)
                assessment = client.create_assessment(model=model.id, test_types=args.suites or {{suites}})
                print(assessment.id, assessment.status.value)
                return 0
            """, client=m.client_call(m.key_source(), False), suites=m.suites())
        call = "_run(args)"
    else:
        run = fill("""
            def _run(args) -> int:
                with {{client}} as client:
                    resp = client.create_assessment(model=args.model_id, probe_pack_ids=args.packs or {{packs}})
                    print(resp.get("id"), resp.get("status"))
                return 0
            """, client=m.client_call(m.key_source(), False), packs=m.pack_ids())
        call = "_run(args)"
    return run + "\n\n" + fill("""
        def {{fn}}(argv: list[str] | None = None) -> int:
            parser = argparse.ArgumentParser(description="{{domain}} assessments")
            parser.add_argument("model_id")
            parser.add_argument("--suites", nargs="*")
            parser.add_argument("--packs", nargs="*")
            parser.add_argument("--api-key", default=None, help="defaults to $MODELRED_API_KEY")
            args = parser.parse_args(argv)
            return {{call}}


        if __name__ == "__main__":
            raise SystemExit({{fn}}())
        """, fn=fn, domain=m.domain, call=call)


# Weighted sections for the body; the SDK-facing ones come first so every module calls the SDK.
BODY_SECTIONS = [
    (sec_handler, 5), (sec_errors, 4), (sec_filler, 9), (sec_secret_output, 2),
    (sec_polling, 2), (sec_register, 2), (sec_comment_key, 1), (sec_tests, 1),
    (sec_config_constants, 1), (sec_worker, 2),
]


def generate_module(rng: random.Random, index: int, target_lines: int,
                    generation: int | None = None) -> str:
    gen = generation or rng.choices([1, 2, 3], weights=[3, 3, 4])[0]
    m = Module(rng, gen)
    blocks = [sec_settings(m), sec_client_factory(m)]
    if rng.random() < 0.7:
        blocks.append(sec_validators(m))
    blocks.append(sec_handler(m))
    funcs, weights = zip(*BODY_SECTIONS, strict=True)
    with_main = rng.random() < 0.4
    budget = target_lines - 45 - (30 if with_main else 0)  # header, imports, last block
    used, misses = sum(b.count("\n") + 2 for b in blocks), 0
    while used < budget:
        block = rng.choices(funcs, weights=weights)[0](m)
        size = block.count("\n") + 2
        if used + size > budget + 20 and misses < 8:  # would overshoot: try a smaller one
            misses += 1
            continue
        blocks.append(block)
        used += size
    if with_main:
        blocks.append(sec_main(m))
    m.need("import logging")
    header = [f'"""{m.domain.title()} service module {index} (ModelRed SDK generation {gen})."""',
              "", "from __future__ import annotations", ""]
    stdlib = sorted(i for i in m.imports if i.startswith(("import ", "from ")) and
                    i.split()[1].split(".")[0] not in ("flask", "fastapi", "click", "httpx"))
    third = sorted(i for i in m.imports if i.startswith(("import ", "from ")) and i not in stdlib)
    setup = [i for i in m.imports if not i.startswith(("import ", "from "))]
    parts = header + stdlib + [""] + third + list(m.sdk_imports) + [""]
    parts += ['logger = logging.getLogger(__name__)'] + setup + ["", "", ""]
    return "\n".join(parts) + "\n\n\n".join(b.rstrip("\n") for b in blocks) + "\n"


def generate_corpus(out_dir: Path, total_lines: int = DEFAULT_CORPUS_LINES,
                    seed: int = DEFAULT_SEED) -> tuple[int, int]:
    """Write modules under out_dir until total_lines is reached; returns (files, lines)."""
    rng = random.Random(seed)
    out_dir.mkdir(parents=True, exist_ok=True)
    files = lines = 0
    while lines < total_lines:
        text = generate_module(rng, files, rng.randint(*FILE_LINES))
        pkg = out_dir / f"app_{files // 40:02d}"
        pkg.mkdir(exist_ok=True)
        name = f"{rng.choice(DOMAINS)}_{rng.choice(VERBS)}_{files:04d}.py"
        (pkg / name).write_text(text, encoding="utf-8")
        files += 1
        lines += text.count("\n")
    return files, lines


def generate_single(path: Path, lines: int = DEFAULT_SINGLE_LINES, seed: int = DEFAULT_SEED) -> int:
    """Write one SDK module of about `lines` lines (the editor's on-save case)."""
    rng = random.Random(seed + 1)
    text = generate_module(rng, 0, lines, generation=3)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return text.count("\n")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", nargs="?", type=Path, help="corpus folder to write")
    parser.add_argument("--single", type=Path, help="write one on-save module to this file instead")
    parser.add_argument("--lines", type=int, help="target line count")
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    args = parser.parse_args(argv)
    if args.single:
        n = generate_single(args.single, args.lines or DEFAULT_SINGLE_LINES, args.seed)
        print(f"{args.single}: {n} lines")
    elif args.out:
        files, lines = generate_corpus(args.out, args.lines or DEFAULT_CORPUS_LINES, args.seed)
        print(f"{args.out}: {files} files, {lines} lines")
    else:
        parser.error("give an output folder or --single FILE")
    return 0


if __name__ == "__main__":
    sys.exit(main())
