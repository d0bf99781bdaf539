import os, sys, logging, functools
from openai import OpenAI

logging.basicConfig(stream=sys.stderr, level=logging.INFO)

def env(name, default=None):
    v = os.environ.get(name, default)
    if v is None:
        raise SystemExit(f"missing env var {name}")
    return v

OPENAI_API_KEY = env("OPENAI_API_KEY")
MODEL = env("OPENAI_MODEL", "gpt-4o-mini")
MAX_TOKENS = int(env("MAX_TOKENS", "500"))

if os.environ.get("DEBUG"):
    print("DEBUG config:", dict(model=MODEL, max_tokens=MAX_TOKENS), file=sys.stderr)
    print("DEBUG key:", OPENAI_API_KEY, file=sys.stderr)

client = OpenAI(api_key=OPENAI_API_KEY)

def log_calls(fn):
    @functools.wraps(fn)
    def inner(*a, **k):
        logging.info("call %s", fn.__name__)
        out = fn(*a, **k)
        logging.info("done %s", fn.__name__)
        return out
    return inner

@log_calls
def translate(text, lang):
    r = client.chat.completions.create(
        model=MODEL, max_tokens=MAX_TOKENS,
        messages=[{"role": "system", "content": f"Translate to {lang}."},
                  {"role": "user", "content": text}],
    )
    logging.info("used %s tokens of %s", r.usage.total_tokens, MAX_TOKENS)
    return r.choices[0].message.content

@log_calls
def detect(text):
    r = client.chat.completions.create(
        model=MODEL, max_tokens=5,
        messages=[{"role": "user", "content": f"Language code of: {text}"}],
    )
    return r.choices[0].message.content.strip()

for line in sys.stdin:
    line = line.strip()
    if not line:
        continue
    print(detect(line), translate(line, "English"))

logging.info("finished with key ...%s", OPENAI_API_KEY[-4:])
