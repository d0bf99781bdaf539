"""The flow scan (the message rules' prefilter on CPython's tree) is as narrow as the rules
where it can be, so that a file whose every message is clean is not handed to LibCST.

Each case is a module, what the rules report on it (checked here with the prefilter off),
and what the scan must say: a file the rules report on always passes (soundness; the
speed contracts check the same on every fixture), and the shapes the rules know to be
clean do not (a call's result does not carry the secret it was handed; a sibling field is
no secret; an error quotes a request's URL, not its headers; a message is the message
arguments of an exception, not its other keywords).
"""

from __future__ import annotations

import textwrap

import pytest

from modelred_lint.catalogue import load_catalogue
from modelred_lint.engine import Plan, lint_bytes
from modelred_lint.flow_scan import flow_scopes
from modelred_lint.triggers import ScanText

CATALOGUE = load_catalogue()
WITHOUT = Plan.build(CATALOGUE.ids, use_prefilter=False)
KNOWLEDGE = Plan.build(CATALOGUE.ids).prefilter.knowledge

# A client whose helper hands the key's headers on to another: clean where that one
# returns no headers, reported where it returns them.
_HANDED_ON = """
        import logging
        import os

        log = logging.getLogger(__name__)


        class Client:
            def __init__(self):
                self.api_key = os.environ["SERVICE_API_KEY"]

            def _headers(self):
                return {"Authorization": f"Bearer {self.api_key}"}

            def _request(self, method, url, headers):
                return RETURNED

            def _post(self, url, headers):
                return self._request("POST", url, headers)

            def start(self):
                response = self._post("https://api.example.test/v1/start", self._headers())
                log.info("started: %s", response)
        """

# A decorator whose wrapper logs the keywords the functions it decorates are given.
_TRACED = """
        import functools
        import logging
        import os

        log = logging.getLogger(__name__)

        def traced(func):
            @functools.wraps(func)
            def wrapper(*args, **kwargs):
                log.debug("calling %s with %s", func.__name__, kwargs)
                return func(*args, **kwargs)
            return wrapper

        """

CLEAN = {
    "a reply to a keyed request": """
        import os
        import httpx

        def call(prompt):
            key = os.environ["OPENAI_API_KEY"]
            resp = httpx.post("https://api.example.test/v1", headers={"Authorization": f"Bearer {key}"}, json=prompt)
            if resp.status_code != 200:
                raise RuntimeError(f"status {resp.status_code}: {resp.text}")
            return resp.json()
        """,
    "a method of self handed the key": """
        class Client:
            def __init__(self, api_key, base):
                self.api_key = api_key
                base, headers = self._validate(api_key=api_key, base=base)
                if not base:
                    raise ValueError(f"bad base {base} for {headers!r}")

            def _validate(self, api_key, base):
                return base, {}
        """,
    "a before-validator of a field that hides nothing": """
        from pydantic import BaseModel, SecretStr, field_validator

        class Request(BaseModel):
            api_key: SecretStr
            schema_name: str

            @field_validator("schema_name", mode="before")
            @classmethod
            def check(cls, value):
                if not isinstance(value, str):
                    raise ValueError(f"schema {value!r} must be a string")
                return value
        """,
    "whether a key is set": """
        import logging

        log = logging.getLogger(__name__)

        def spend(api_key=None):
            log.debug("spend for api_key: [set=%s]", api_key is not None)
            if not api_key:
                raise ValueError(f"missing api_key: {not api_key}")
        """,
    "a method's key parameter, called on another object": """
        import logging
        import os

        log = logging.getLogger(__name__)

        class Vault:
            def open(self, token):
                return self.items[token]

        def connect(make):
            return make(api_key=os.environ["OPENAI_API_KEY"])

        def show(store, name):
            log.info("opening %s", name)
            return store.open(name)
        """,
    "a sibling field of a structure read for its key": """
        def route(data):
            key = data["token"]
            if not data.get("details"):
                raise Exception(data.get("error"))
            return key
        """,
    "a request's error when the key went in a header": """
        import os
        import requests

        def fetch(url):
            headers = {"x-api-key": os.environ["SERP_API_KEY"]}
            try:
                return requests.get(url, headers=headers, timeout=5).json()
            except requests.HTTPError as e:
                raise RuntimeError(f"fetch failed: {e}")
        """,
    # (of a class reached through its module: one imported by name may be defined
    # beside the file, where the rules read which arguments its message shows)
    "the keywords of an exception that are not its message": """
        from proxy import errors

        def fail(message, api_key):
            raise errors.ProxyError(message, status_code=401, completion_kwargs={"api_key": api_key})
        """,
    "super().__init__ in a class that is no exception": """
        class Client(Base):
            def __init__(self, api_key):
                super().__init__(api_key=api_key)
        """,
    "a literal under a secret's name": """
        import logging

        log = logging.getLogger(__name__)
        ROUTES = {"OrganizationApiKey": ".types.organization_api_key"}

        def load(name):
            module = ROUTES.get(name)
            log.info("loading %s", module)
        """,
    "a helper handed the key that returns something else": """
        import logging
        import os

        log = logging.getLogger(__name__)

        def count_tokens(api_key, text):
            return len(text.split())

        def run():
            key = os.environ["OPENAI_API_KEY"]
            used = count_tokens(key, "hello world")
            log.info("%d tokens", used)
        """,
    "a helper that raises with one parameter, handed the key at another": """
        import os

        def fail(reason, api_key=None):
            raise RuntimeError(f"request failed: {reason}")

        def run():
            key = os.environ["OPENAI_API_KEY"]
            fail("timeout", api_key=key)
        """,
    "a parameter named like a mapping, read for its key in another function": """
        def authorise(user_api_key_dict):
            return check(user_api_key_dict["api_key"])

        def over_budget(user_api_key_dict, spend):
            raise RuntimeError(f"over budget: {spend} for {user_api_key_dict}")
        """,
    "a loop variable named like a token": """
        def parse(spec):
            for token in spec.split(","):
                if "=" not in token:
                    raise ValueError(f"invalid keyword spec segment: {token!r}")
        """,
    "the other half of an unpacked pair, and the names of a mapping's items": """
        import logging
        import os

        log = logging.getLogger(__name__)

        def resolve():
            return os.environ["OPENAI_API_BASE"], os.environ["OPENAI_API_KEY"]

        def start():
            base, credential = resolve()
            log.info("using %s", base)
            settings = {"api_key": os.environ["OPENAI_API_KEY"], "model": "small"}
            for field, value in settings.items():
                log.info("setting %s", field)
        """,
    "a lexer's get_token that returns the text left to read": """
        def get_token(value):
            token = value.split()[0]
            rest = value[len(token):]
            return token, rest

        def parse(value):
            token, value = get_token(value)
            if not value:
                raise ValueError("expected token but found '{}'".format(value))
            return token
        """,
    "a store into a list the function made itself": """
        import logging

        log = logging.getLogger(__name__)
        parts = []

        def render(token):
            parts = ["x"]
            parts[0] = token
            return "".join(parts)

        def show():
            log.info("parts: %s", parts)
        """,
    "a parameter named like a function of the module, not a fixture": """
        import logging
        import os

        log = logging.getLogger(__name__)

        def value():
            return os.environ["OPENAI_API_KEY"]

        def describe(value):
            log.info("value %s", value)
        """,
    "a class attribute that names a token's kind": """
        class Terminal(str):
            token_type = "token"

            def __new__(cls, value, token_type):
                self = super().__new__(cls, value)
                self.token_type = token_type
                return self

        def check(token_type):
            if token_type not in ("atom", "word"):
                raise ValueError(f"unknown kind {token_type}")
        """,
    "a maybe-secret a helper returns, in a message without a secret's words": """
        def next_token(text):
            token = text.split()[0]
            return token

        def parse(text):
            word = next_token(text)
            if not word.isalpha():
                raise ValueError(f"bad word {word}")
        """,
    "a parameter ending in key that its method puts in a path": """
        import logging

        log = logging.getLogger(__name__)

        def headers(api_key):
            return {"X-Api-Key": api_key}

        class Issues:
            def get_issue(self, issue_key):
                return self.fetch(f"/rest/api/2/issue/{issue_key}")

            def fetch(self, path):
                return path

            def update(self, ref):
                issue = self.get_issue(ref)
                log.info("updated %s", ref)
                return issue
        """,
    "a constant that names the token's variable, logged": """
        import logging
        import os

        logger = logging.getLogger(__name__)
        TOKEN_ENV_VAR = "ASTRA_DB_APPLICATION_TOKEN"

        def connect(token=None):
            if token is None:
                logger.info("Fetching the token from the environment variable '%s'", TOKEN_ENV_VAR)
                token = os.getenv(TOKEN_ENV_VAR)
            return token
        """,
    "a constant named like a vendor's key, bound to a plain text": """
        import logging

        log = logging.getLogger(__name__)
        BEDROCK_GUARDRAIL_PRICING_KEY = "bedrock/guardrails"


        def pricing(table, region):
            for key in (f"bedrock/{region}/guardrails", BEDROCK_GUARDRAIL_PRICING_KEY):
                if key in table:
                    log.warning("Ignoring malformed pricing entry %s", key)


        def headers(api_key):
            return {"X-Api-Key": api_key}
        """,
    "the path of a file of secrets, logged": """
        import logging
        from pathlib import Path

        log = logging.getLogger(__name__)


        def save(values):
            env_path = Path.cwd() / ".env"
            env_path.write_text(" ".join(values))
            log.info("Saved settings to %s", env_path)


        def headers(api_key):
            return {"X-Api-Key": api_key}
        """,
    "a closure's **kwargs, in a function no function is decorated with": """
        import logging
        import os

        log = logging.getLogger(__name__)
        API_KEY = os.environ["OPENAI_API_KEY"]

        def make_updater(store):
            def update(**kwargs):
                changed = [f"{k}={v}" for k, v in kwargs.items()]
                log.info("updated %s", changed)
            return update
        """,
    "a reply of a helper that hands the headers to another that does not return them": _HANDED_ON.replace("RETURNED", '{"status": "ok", "url": url}'),
    "a dict's key field, no request's params": """
        import os

        from fastapi import HTTPException

        API_KEY = os.environ["SERVICE_API_KEY"]


        def create(body, store):
            record = {"key": body.key, "value": body.value}
            if store.exists(record["key"]):
                raise HTTPException(status_code=409, detail=f"Memory with key '{body.key}' already exists.")
            store.save(record)
        """,
    "a progress handler's report, logged whole with its token": """
        import logging

        log = logging.getLogger(__name__)


        class LanguageServer:
            def start(self):
                def handle_progress(params: dict) -> None:
                    token = params.get("token", "")
                    log.debug(f"Progress notification received: {params}")
                    log.info(f"Progress [{token}]")

                self.on("$/progress", handle_progress)
        """,
    "a mapping read at a maybe-secret's field, logged whole without a word for it": """
        import logging

        log = logging.getLogger(__name__)


        def parse_chunk(chunk):
            log.debug("chunk %s", chunk)
            piece = chunk.get("token", {}) or {}
            return piece.get("text", "")
        """,
    "a voice id by default, in the URL of a keyed request": """
        import os

        import requests

        API_KEY = os.environ["TTS_API_KEY"]
        VOICE_ID = "4kTq9ZrBv2LmXw8NcYp3"


        def speak(text, voice_id=VOICE_ID):
            url = f"https://tts.example.test/v1/{voice_id}/stream"
            response = requests.post(url, headers={"xi-api-key": API_KEY}, json={"text": text})
            if not response.ok:
                raise RuntimeError(f"speech for {url} failed: {response.text}")
            return response
        """,
    "the keys of a structure named as one that holds a key": """
        import logging

        log = logging.getLogger(__name__)


        def reject(body, litellm_params):
            for param in litellm_params:
                if param in body:
                    raise ValueError(f"{param} is set by the server, not in a request")
        """,
    "the names of a mapping's keys": """
        import logging
        import os

        log = logging.getLogger(__name__)


        def send(url):
            headers = {"Authorization": f"Bearer {os.environ['SERVICE_API_KEY']}"}
            for name in headers:
                log.debug("sending header %s", name)
        """,
    "a client of another SDK by a query-key client's class name": """
        import logging
        import os

        from google import genai

        log = logging.getLogger(__name__)


        def embed(text):
            options = {"api_key": os.environ["GOOGLE_API_KEY"]}
            client = genai.Client(**options)
            try:
                return client.models.embed_content(model="text-embedding-004", contents=text)
            except Exception as e:
                log.error("embedding failed: %s", e)
        """,
}

REPORTED = {
    "a mapping read by each name of what is made of a constant list of secrets' names, printed": """
        SENSITIVE_HEADERS = {"authorization", "x-api-key"}


        def scan(headers):
            for header in sorted(SENSITIVE_HEADERS & set(headers)):
                value = headers[header]
                print(f"header {header} recorded unredacted: {value}")
        """,
    "a mapping read at a maybe-secret's field by .get(), outside a parser's function, logged whole": """
        import logging

        log = logging.getLogger(__name__)


        def on_message(data):
            token = data.get("token", "")
            log.debug("message received: %s", data)
            return token
        """,
    "the same read in a method of a class that is no parser's": """
        import logging

        log = logging.getLogger(__name__)


        class Webhook:
            def receive(self, data):
                token = data.get("token", "")
                log.debug("message received: %s", data)
                return token
        """,
    "a list of keys under a mapping's word, iterated": """
        import logging
        import os

        log = logging.getLogger(__name__)


        def rotate():
            params = [os.environ["OPENAI_API_KEY"], os.environ["BACKUP_API_KEY"]]
            for p in params:
                log.info("trying %s", p)
        """,
    "a mapping's values, iterated": """
        import logging
        import os

        log = logging.getLogger(__name__)


        def send(url):
            headers = {"Authorization": f"Bearer {os.environ['SERVICE_API_KEY']}"}
            for name, value in headers.items():
                log.debug("sending header %s: %s", name, value)
        """,
    "a random default chosen under a secret's name": """
        import logging

        log = logging.getLogger(__name__)


        def connect(host, api_token="A5tqv5ESn4SwzJZU7plMJjYG9OllxmeJ" if DEBUG else ""):
            url = f"https://{host}/v1?token={api_token}"
            log.info("connecting to %s", url)
        """,
    "a random module constant under a secret's name, by default": """
        import logging

        log = logging.getLogger(__name__)
        TRIAL_SECRET = "A5tqv5ESn4SwzJZU7plMJjYG9OllxmeJ"


        def connect(host, k=TRIAL_SECRET):
            url = f"https://{host}/v1?token={k}"
            log.info("connecting to %s", url)
        """,
    "a reply read at a secret's field, logged whole": """
        import logging

        log = logging.getLogger(__name__)


        def login(reply):
            log.debug("login reply %s", reply)
            return reply.get("access_token")
        """,
    "a key a request's params name, bound first": """
        import logging

        import requests

        log = logging.getLogger(__name__)


        def search(q, k):
            log.info("searching for %s with %s", q, k)
            params = {"q": q, "key": k}
            return requests.get("https://search.example.test/v1", params=params, timeout=10).json()
        """,
    "a token a request's params display names": """
        import logging

        import requests

        log = logging.getLogger(__name__)


        def search(q, k):
            reply = requests.get("https://search.example.test/v1", params={"q": q, "token": k}, timeout=10)
            if reply.status_code != 200:
                log.warning("search with %s failed", k)
            return reply.json()
        """,
    "a reply of a helper that hands the headers to another that returns them": _HANDED_ON.replace("RETURNED", '{"status": "ok", "sent": headers}'),
    "what a function that calls itself returns": """
        import logging
        import os

        log = logging.getLogger(__name__)

        def fetch(url, headers, depth=0):
            if depth > 3:
                return headers
            return fetch(url, headers, depth + 1)

        def main():
            key = os.environ["SERVICE_API_KEY"]
            reply = fetch("https://api.example.test", {"Authorization": key})
            log.info("got %s", reply)
        """,
    "a decorator's wrapper logging the keywords of a function that takes a key": _TRACED + """
        @traced
        def connect(host, api_key):
            return host
        """,
    "an async decorator's wrapper, and the decorated function's own key": """
        import logging

        log = logging.getLogger(__name__)

        async def traced(func):
            async def wrapper(*args, **kwargs):
                log.debug("calling with %s", kwargs)
                return await func(*args, **kwargs)
            return wrapper

        @traced
        async def connect(host, api_key):
            return host
        """,
    "a decorator's wrapper of a method called with a token by keyword": _TRACED + """
        class Client:
            @traced
            def send(self, host, **options):
                return host

        def main():
            Client().send("h", auth_token=os.environ["SERVICE_TOKEN"])
        """,
    "a response requested with a URL a helper built from the key": """
        import os
        import requests

        def build_url(key):
            return f"https://maps.example.test/geocode?key={key}"

        def geocode():
            resp = requests.get(build_url(os.environ["GOOGLE_MAPS_API_KEY"]), timeout=10)
            try:
                resp.raise_for_status()
            except requests.HTTPError as e:
                raise RuntimeError(f"geocode failed: {e}") from e
        """,
    "the values of a mapping's items": """
        import logging
        import os

        log = logging.getLogger(__name__)

        def start():
            settings = {"api_key": os.environ["OPENAI_API_KEY"], "model": "small"}
            for field, value in settings.items():
                log.info("setting %s = %s", field, value)
        """,
    "a key made with the secrets module under a plain name's word": """
        import logging
        import secrets

        log = logging.getLogger(__name__)

        def issue():
            raw_key = "gw_" + secrets.token_urlsafe(32)
            log.debug("issued raw key %s", raw_key)
            return raw_key
        """,
    "a settings mapping of the module, read for its key in another function": """
        import logging

        log = logging.getLogger(__name__)
        settings = load_settings()

        def client():
            return make_client(settings["api_key"])

        def show():
            log.info("settings: %s", settings)
        """,
    "a helper that raises with what it is handed": """
        import os

        def fail(detail):
            message = f"request failed: {detail}"
            raise RuntimeError(message)

        def run():
            key = os.environ["OPENAI_API_KEY"]
            fail(f"key {key} rejected")
        """,
    "a helper that returns what it is handed": """
        import logging
        import os

        log = logging.getLogger(__name__)

        def bearer(value, scheme="Bearer"):
            header = f"{scheme} {value}"
            return header

        def run():
            log.debug("auth %s", bearer(os.environ["OPENAI_API_KEY"]))
        """,
    "a keyed URL's error, the response made above the try": """
        import os
        import requests

        def geocode(address):
            key = os.environ["GOOGLE_MAPS_API_KEY"]
            resp = requests.get(f"https://maps.example.test/geocode?address={address}&key={key}", timeout=10)
            try:
                resp.raise_for_status()
            except requests.HTTPError as e:
                raise RuntimeError(f"geocode failed: {e}") from e
        """,
    "a field the key was put at under another name": """
        import logging
        import os

        log = logging.getLogger(__name__)

        def settings():
            cfg = {"model": "m", "credential": None}
            cfg["value"] = os.environ["OPENAI_API_KEY"]
            log.debug("using %s", cfg["value"])
        """,
    "a before-validator of a field declared SecretStr gets its text": """
        from pydantic import BaseModel, SecretStr, field_validator

        class Settings(BaseModel):
            sportsdataio: SecretStr

            @field_validator("sportsdataio", mode="before")
            @classmethod
            def check(cls, value):
                if len(value) < 20:
                    raise ValueError(f"bad value {value}")
                return value
        """,
    "a method's key parameter, called on self": """
        import logging
        import requests

        log = logging.getLogger(__name__)

        class Client:
            def send(self, token):
                return requests.get("https://api.example.test", headers={"Authorization": f"Bearer {token}"})

            def run(self, value):
                log.info("sending with %s", value)
                return self.send(value)
        """,
    "a string operation keeps the key": """
        import os

        def check():
            key = os.environ["MODELRED_API_KEY"].strip()
            if not key.startswith("mr_"):
                raise ValueError("bad key: " + key.upper())
        """,
    "a function of the module returns the key": """
        import logging
        import os

        log = logging.getLogger(__name__)

        def read_key():
            return os.environ["MODELRED_API_KEY"]

        def start():
            log.info("key %s", read_key())
        """,
    "the message keyword of an exception": """
        import os

        class ConfigError(Exception):
            pass

        def load():
            token = os.environ["SLACK_BOT_TOKEN"]
            raise ConfigError(detail=f"token {token} rejected")
        """,
    "an exception class that writes its key into its message": """
        class AuthError(Exception):
            def __init__(self, api_key):
                super().__init__(f"key {api_key} rejected")
        """,
    "a fixture's secret in the test handed it": """
        import logging
        import os

        import pytest

        log = logging.getLogger(__name__)

        @pytest.fixture
        def credentials():
            return os.environ["OPENAI_API_KEY"]

        def test_call(credentials):
            log.info("using %s", credentials)
        """,
    "what a helper handed a constant that names the token's variable reads": """
        import logging
        import os

        logger = logging.getLogger(__name__)
        TOKEN_ENV_VAR = "ASTRA_DB_APPLICATION_TOKEN"

        def read(name):
            return os.environ[name]

        def connect():
            logger.info("token again: %s", read(TOKEN_ENV_VAR))
        """,
    "the variable a constant names, read": """
        import logging
        import os

        logger = logging.getLogger(__name__)
        TOKEN_ENV_VAR = "ASTRA_DB_APPLICATION_TOKEN"

        def connect():
            logger.info("token from the environment: %s", os.getenv(TOKEN_ENV_VAR))
        """,
    "a name of a plain constant that a function binds to a token it fetches": """
        import logging

        log = logging.getLogger(__name__)
        SERVICE_TOKEN = "service-token"


        def connect(client):
            SERVICE_TOKEN = client.fetch()
            log.info("connected with %s", SERVICE_TOKEN)
        """,
    "a file of secrets, opened by a module constant's path and loaded": """
        import json
        import logging
        from pathlib import Path

        log = logging.getLogger(__name__)
        SECRETS = Path.home() / ".config" / "app" / "keys.json"


        def load():
            with open(SECRETS) as fh:
                keys = json.load(fh)
            log.debug("loaded %s", keys)
        """,
    "a file of secrets, read by a path made in the function": """
        from pathlib import Path


        def show():
            env_file = Path.cwd() / ".env"
            print(env_file.read_text())
        """,
    "a query-key client's error, logged": """
        import logging
        import os

        import googlemaps

        log = logging.getLogger(__name__)


        def geocode(address):
            maps = googlemaps.Client(key=os.environ["GOOGLE_MAPS_API_KEY"])
            try:
                return maps.geocode(address)
            except Exception as e:
                log.error("geocoding failed: %s", e)
        """,
    "a keyed response bound by `with`, its URL raised with": """
        import os

        import requests


        def fetch():
            key = os.environ["SERVICE_API_KEY"]
            with requests.get(f"https://api.example.test/v1/items?key={key}") as resp:
                raise RuntimeError(f"unexpected reply from {resp.url}")
        """,
    "a keyed response bound by aiohttp's `async with`, its URL logged": """
        import logging
        import os

        import aiohttp

        log = logging.getLogger(__name__)


        async def fetch():
            key = os.environ["SERVICE_API_KEY"]
            async with aiohttp.ClientSession() as session:
                async with session.get(f"https://api.example.test/v1/items?key={key}") as resp:
                    log.warning("slow reply from %s", resp.url)
        """,
    "a keyed response bound by `:=`, its URL raised with": """
        import os

        import requests


        def fetch():
            key = os.environ["SERVICE_API_KEY"]
            if (resp := requests.get(f"https://api.example.test/v1/items?key={key}")).status_code != 200:
                raise RuntimeError(f"failed: {resp.url}")
        """,
    "an OAuth token response bound by `with`, its body logged": """
        import logging

        import requests

        log = logging.getLogger(__name__)


        def sign_in():
            with requests.post("https://auth.example.test/oauth/token",
                               data={"grant_type": "client_credentials"}) as resp:
                log.info("signed in: %s", resp.json())
        """,
    "an OAuth token response bound by `:=`, its body logged": """
        import logging

        import requests

        log = logging.getLogger(__name__)


        def sign_in():
            if (resp := requests.post("https://auth.example.test/oauth/token",
                                      data={"grant_type": "client_credentials"})).ok:
                log.info("signed in: %s", resp.json())
        """,
    "a mixin's property logged by the class that inherits it": """
        import logging
        import os
        log = logging.getLogger(__name__)
        class AuthMixin:
            @property
            def auth_headers(self):
                return {"Authorization": f"Bearer {self._token}"}
        class Reranker(AuthMixin):
            def __init__(self):
                self._token = os.environ["CO_API_KEY"]
            def rerank(self, query):
                log.debug("sending with %s", self.auth_headers)
        """,
    "a base class's attribute logged by its subclass": """
        import logging
        import os
        log = logging.getLogger(__name__)
        class BaseClient:
            def __init__(self):
                self._k = os.environ["OPENAI_API_KEY"]
                self.model = "gpt-4o"
        class ChatClient(BaseClient):
            def describe(self):
                log.debug("using %s with %s", self._k, self.model)
        """,
    "an environment read by the names an Enum's members hold": """
        import logging
        import os
        from enum import Enum
        log = logging.getLogger(__name__)
        class Provider(Enum):
            OPENAI = "OPENAI_API_KEY"
            COHERE = "COHERE_API_KEY"
        def load():
            for p in Provider:
                value = os.environ.get(p.value)
                log.debug("%s = %s", p.name, value)
        """,
    "an environment read by a name bound to an f-string first": """
        import logging
        import os
        log = logging.getLogger(__name__)
        def provider_key(provider):
            key_var = f"{provider.upper()}_API_KEY"
            key = os.environ[key_var]
            log.debug("using %s from $%s", key, key_var)
            return key
        """,
    "a pool of keys, one element logged": """
        import logging
        from groq import Groq
        log = logging.getLogger(__name__)
        class GroqPool:
            def __init__(self, keys):
                self._keys = list(keys)
                self._i = 0
            def client(self):
                return Groq(api_key=self._keys[self._i])
            def rate_limited(self):
                log.warning("key %s rate limited, trying the next one", self._keys[self._i])
                self._i = (self._i + 1) % len(self._keys)
        """,
    "a pool of keys joined into an error": """
        from groq import Groq
        def first_working(keys):
            for i in range(len(keys)):
                try:
                    return Groq(api_key=keys[i]).models.list()
                except Exception:
                    continue
            raise RuntimeError("all Groq keys exhausted: " + ", ".join(keys))
        """,
    "headers a classmethod keeps on the class, logged by another": """
        import logging
        import os
        log = logging.getLogger(__name__)
        class Api:
            @classmethod
            def configure(cls):
                cls.headers = {"Authorization": f"Bearer {os.environ['ACME_TOKEN']}"}
            @classmethod
            def debug(cls):
                log.debug("headers: %s", cls.headers)
        """,
    "a key environs reads, logged": """
        import logging
        from environs import Env
        env = Env()
        log = logging.getLogger(__name__)
        def client_config():
            k = env.str("OPENAI_API_KEY")
            log.info("openai configured with %s", k)
            return k
        """,
    "a key python-decouple reads, in an error": """
        from decouple import config
        def check():
            k = config("ANTHROPIC_API_KEY", default="")
            if len(k) < 20:
                raise ValueError(f"ANTHROPIC_API_KEY looks truncated: {k}")
            return k
        """,
    "a record made with a secret at a field not named like one, printed": """
        import logging
        import os
        from dataclasses import dataclass
        log = logging.getLogger(__name__)
        @dataclass
        class ProxyAccount:
            org: str
            token: str
        def legacy_account():
            account = ProxyAccount(org="acme", token=os.environ["LLM_PROXY_TOKEN"])
            log.info("legacy account: %r", account)
            return account
        """,
    "a key given as a gRPC metadata pair, logged": """
        import logging
        import grpc
        log = logging.getLogger(__name__)
        class ApiKeyPlugin(grpc.AuthMetadataPlugin):
            def __init__(self, key):
                self._key = key
            def __call__(self, context, callback):
                log.debug("adding x-goog-api-key=%s", self._key)
                callback((("x-goog-api-key", self._key),), None)
        """,
    "a presented token a JWT decoder is handed, logged": """
        import logging
        import jwt
        log = logging.getLogger(__name__)
        def introspect(request, secret):
            try:
                return jwt.decode(request.token, secret, algorithms=["HS256"])
            except jwt.InvalidTokenError:
                log.warning("invalid token presented: %s", request.token)
                return None
        """,
    "a loop variable named like a key over rows not in view, logged": """
        import logging
        log = logging.getLogger(__name__)
        def encrypt_all(bind):
            for row_id, provider, api_key in bind.execute("SELECT id, provider, api_key FROM integrations"):
                log.info("integration %s: encrypting %s key %s", row_id, provider, api_key)
        """,
    "a raising call imported under another name": """
        import os

        from pytest import fail as die


        def test_key():
            key = os.environ["OPENAI_API_KEY"]
            if not key.startswith("sk-"):
                die(f"bad key {key}")
        """,
    "a query-key client imported by its own name, its error raised with": """
        import os

        from googleapiclient.discovery import build as make_service


        def search(query):
            service = make_service("customsearch", "v1", developerKey=os.environ["SEARCH_API_KEY"])
            try:
                return service.cse().list(q=query, cx="0123").execute()
            except Exception as e:
                raise RuntimeError(f"search failed: {e}") from None
        """,
}


def _scan(source: str):
    return ScanText(textwrap.dedent(source), KNOWLEDGE).get(flow_scopes)


def _reported(source: str) -> set[str]:
    result = lint_bytes("case.py", textwrap.dedent(source).encode(), WITHOUT)
    return {f.rule for f in result.findings}


@pytest.mark.parametrize("name", sorted(CLEAN))
def test_a_clean_shape_is_not_handed_on(name):
    source = CLEAN[name]
    assert not _reported(source) & {"MR020", "MR021"}, "the rules report on a case written as clean"
    scopes = _scan(source)
    assert not scopes.raises and not scopes.logs, f"the flow scan passes {name!r}"


@pytest.mark.parametrize("name", sorted(REPORTED))
def test_a_reported_shape_passes(name):
    source = REPORTED[name]
    found = _reported(source) & {"MR020", "MR021"}
    assert found, "the rules no longer report this case"
    scopes = _scan(source)
    if "MR020" in found:
        assert scopes.raises, f"the flow scan would lose the MR020 finding of {name!r}"
    if "MR021" in found:
        assert scopes.logs, f"the flow scan would lose the MR021 finding of {name!r}"


@pytest.mark.parametrize("text, expected", [
    ("from sys import exit as die\ndie(msg)\n", True),
    ("from click import echo as say\n", True),
    # (the new name on the next line: a bracket's line break, a continuation)
    ("from sys import (\n    exit\n    as die,\n)\n", True),
    ("from sys import exit as \\\n    die\n", True),
    ("import numpy as np\nwith open(p) as fh:\n    pass\n", False),
    ("from helpers import myexit as die\n", False),
])
def test_an_output_call_imported_under_another_name_is_a_log_call(text, expected):
    from modelred_lint.flow_scan import log_call_test

    assert log_call_test(KNOWLEDGE.dataflow)(ScanText(text, KNOWLEDGE)) is expected


@pytest.mark.parametrize("text, expected", [
    ("from googleapiclient.discovery import build as make_service\n", {"make_service": "build"}),
    ("from x import (\n    Client  as\n    Maps,\n)\n", {"Maps": "Client"}),
    ("from x import build as \\\n    b\n", {"b": "build"}),
    ("from x import (\n    build\n    as b)\n", {"b": "build"}),
    ("from x import build \\\n    as b\n", {"b": "build"}),
    ("import googlemaps as gm\n", {}),  # (gm.Client keeps its last name)
    ("with open(p) as build:\n    assert build\n", {}),
])
def test_a_client_imported_under_another_name_is_read_by_it(text, expected):
    from modelred_lint.sink_text import imported_as

    assert imported_as(text, {"build", "Client"}) == expected


def test_reading_the_names_imported_as_others_stays_linear():
    """`as` over and over, or a name in front of many blanks: each stretch read once."""
    import time

    from modelred_lint.sink_text import imported_as

    def cost(n):
        texts = ["build as x " * n, "build" + " " * n + "as" + " " * n + "x", " as" * n]
        start = time.perf_counter()
        for text in texts:
            imported_as(text, {"build"})
        return time.perf_counter() - start

    small, large = min(cost(2_000) for _ in range(3)), min(cost(32_000) for _ in range(3))
    assert large < 16 * small * 3, (small, large)


def test_the_quick_name_test_agrees_with_the_vocabulary():
    """A name without any secret name's last word is no secret's (the prefilter's name
    stages rely on it too): checked on every identifier of the fixtures, the held-out
    sets and the vocabulary's own data."""
    import re
    from pathlib import Path

    from modelred_lint.flow_scan import _token_level

    root = Path(__file__).resolve().parents[1]
    names: set[str] = set()
    for path in [*root.glob("fixtures/**/*.py"), *root.glob("tests/holdout_messages*/*.py"), *root.glob("rules/**/*.yaml")]:
        names.update(re.findall(r"[A-Za-z_][A-Za-z0-9_-]*", path.read_text(errors="replace")))
    vocab, words = KNOWLEDGE.vocab, KNOWLEDGE.secret_name_words
    assert len(names) > 1000
    differ = sorted(n for n in names if _token_level(vocab, n) != _token_level(vocab, n, words))
    assert not differ, differ[:10]


def test_a_long_chain_of_paths_stays_linear(monkeypatch):
    """The names bound to a secret file's path are followed a few rounds, then every name
    counts (a superset): a chain bound in reverse order, written against the scan, would
    otherwise take a round per link (20,000 links ran for minutes)."""
    from modelred_lint import flow_scan

    links = 400
    lines = ["import json", "import logging", "log = logging.getLogger(__name__)", "api_key_header = 'X-Api-Key'"]
    lines += [f"p{i} = p{i - 1}" for i in range(links, 0, -1)]
    lines += ["p0 = '.env'", "def load():", f"    data = json.load(open(p{links}))", "    log.info('loaded %s', data)"]
    calls = []
    original = flow_scan._ScopeScan._stands_for_file

    def counted(self, node, depth=0):
        calls.append(1)
        return original(self, node, depth)

    monkeypatch.setattr(flow_scan._ScopeScan, "_stands_for_file", counted)
    scopes = ScanText("\n".join(lines) + "\n", KNOWLEDGE).get(flow_scopes)
    assert scopes.logs, "the file read by a name of the chain is no longer taken for a secret's"
    # (a few rounds over the 400 bindings; a round per link would be some 80,000 calls)
    assert len(calls) < 20 * links, len(calls)


def test_the_verdict_does_not_depend_on_which_rule_asked_first():
    """A file whose secret literal has another rule's stage parse it first (MR004 reads
    its bindings on CPython's tree) is still read for a sink outside strings before the
    flow scan passes it: the codes a file gets do not depend on the order the rules'
    triggers are tried in (a set's order, which changes from run to run)."""
    source = textwrap.dedent('''
        class Embeddings:
            cohere_api_key: str = "A5tqv5ESn4SwzJZU7plMJjYG9OllxmeJ"

            def validate(self, values):
                cohere_api_key = values.get("cohere_api_key")
                try:
                    import cohere

                    values["client"] = cohere.Client(cohere_api_key)
                except ImportError:
                    raise ImportError("Could not import cohere python package.")
                return values
        ''')
    prefilter = Plan.build(CATALOGUE.ids).prefilter
    codes = sorted(CATALOGUE.ids)
    forward, backward = prefilter.codes_for(source, codes), prefilter.codes_for(source, codes[::-1])
    assert "MR004" in forward, "the case no longer has another rule parse it first"
    assert forward == backward
    assert "MR020" not in forward, "a file that raises only constants is handed on for MR020"


def _scopes_and_bindings(lines: list, monkeypatch) -> tuple:
    """The flow scan's verdict on the lines, and how many names its scopes bound in all
    (each function's own, tainted)."""
    from modelred_lint import flow_scan

    scanners = []
    original = flow_scan._ScopeScan.verdict

    def kept(self, tree, *args, **kwargs):
        scanners.append(self)
        return original(self, tree, *args, **kwargs)

    monkeypatch.setattr(flow_scan._ScopeScan, "verdict", kept)
    scopes = ScanText("\n".join(lines) + "\n", KNOWLEDGE).get(flow_scopes)
    return scopes, sum(len(scope.tainted) for scope in scanners[0].scopes)


def test_names_that_hold_a_secret_everywhere_are_kept_once(monkeypatch):
    """A module whose functions each set a global of their own to a key, another
    function logging it: each such name holds a secret in every function (the rules'
    global_uses). The scan keeps them once for the module instead of binding all of
    them again in each function, which was quadratic (1,600 such pairs, 238 KB: 0.87 s
    of the prefilter's CPU; 0.27 s so kept). The verdict and the focus are the same."""
    n = 150
    lines = ["import logging", "import os", "log = logging.getLogger(__name__)"]
    lines += [f"CFG_{i} = {{}}" for i in range(n)]
    for i in range(n):
        lines += [f"def set_{i}():", f"    global CFG_{i}", f"    CFG_{i} = {{'api_key': os.environ['OPENAI_API_KEY']}}",
                  f"def show_{i}():", f"    log.info('%s', CFG_{(i + 1) % n})"]
    scopes, bindings = _scopes_and_bindings(lines, monkeypatch)
    assert scopes.logs and not scopes.raises
    assert scopes.functions == frozenset(range(1, 2 * n, 2)), "every show_ function logs a secret"
    assert bindings < 10 * n, bindings  # (each name bound in each function: n * n and more)


def test_what_a_class_keeps_in_self_is_kept_once_for_its_methods(monkeypatch):
    """A class whose methods each store a key in an attribute of their own, another
    method logging it: every method reads what the others keep (the rules' class
    attributes). The scan keeps that once for the class instead of copying all of it into
    each method, which was quadratic (1,600 such pairs, 229 KB: 1.36 s of the
    prefilter's CPU; 0.26 s so kept). The verdict and the focus are the same."""
    n = 150
    lines = ["import logging", "import os", "log = logging.getLogger(__name__)", "class Big:"]
    for i in range(n):
        lines += [f"    def set_{i}(self):", f"        self.token_{i} = os.environ['OPENAI_API_KEY']",
                  f"    def show_{i}(self):", f"        log.info('%s', self.token_{(i + 1) % n})"]
    scopes, bindings = _scopes_and_bindings(lines, monkeypatch)
    assert scopes.logs and not scopes.raises
    # (set_i and show_i are the functions' places 2i and 2i + 1)
    assert scopes.functions == frozenset(range(1, 2 * n, 2)), "every show_ method logs a secret"
    assert bindings < 10 * n, bindings  # (every attribute copied into every method: 2 * n * n)
