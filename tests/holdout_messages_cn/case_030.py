"""Local LLM-coding sandbox for the verbatim codebook (run by hand, not in CI)."""
import json
import logging
import sys

from openai import OpenAI, AuthenticationError as OpenAIAuthError

logging.basicConfig(level=logging.INFO)
log = logging.getLogger("codebook.sandbox")

# sandbox project key, spend-capped at $5
sandbox_openai_key = "sk-kDPc8BZlRxvIQgcOuVWuXBgpXk0cFcL7Px0h5xJ1I5uK3zMr"
MODEL = "gpt-4o-mini"
MAX_TOKENS = 120

CODEBOOK = json.load(open(sys.argv[1] if len(sys.argv) > 1 else "codebook.json"))
log.info("codebook %d codes, model %s, max_tokens %d", len(CODEBOOK), MODEL, MAX_TOKENS)


def code(client: OpenAI, verbatim: str) -> dict:
    r = client.chat.completions.create(
        model=MODEL,
        response_format={"type": "json_object"},
        messages=[
            {"role": "system", "content": "Return JSON {codes: [...]} using only: " + ", ".join(CODEBOOK)},
            {"role": "user", "content": verbatim},
        ],
        max_tokens=MAX_TOKENS,
    )
    return json.loads(r.choices[0].message.content)


def main() -> None:
    client = OpenAI(api_key=sandbox_openai_key)
    try:
        client.models.retrieve(MODEL)
    except OpenAIAuthError as exc:
        log.error("sandbox key rejected: %s", exc.code)
        raise RuntimeError(f"sandbox key {sandbox_openai_key} no longer works") from None
    for line in sys.stdin:
        if line.strip():
            print(json.dumps(code(client, line.strip())))


if __name__ == "__main__":
    main()
