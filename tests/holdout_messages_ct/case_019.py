import os
import time
import functools
import logging

from mistralai import Mistral

log = logging.getLogger(__name__)
logging.basicConfig(level=logging.DEBUG)

api_key = os.environ["MISTRAL_API_KEY"]
client = Mistral(api_key=api_key)
log.debug("mistral client ready; key=%s", api_key)


def backoff(exceptions, tries=5, base=0.5):
    def wrap(fn):
        @functools.wraps(fn)
        def inner(*a, **kw):
            wait = base
            for n in range(tries):
                try:
                    return fn(*a, **kw)
                except exceptions as e:
                    log.warning("try %d/%d of %s: %s", n + 1, tries, fn.__name__, e)
                    time.sleep(wait)
                    wait *= 2
            return fn(*a, **kw)
        return inner
    return wrap


@backoff((TimeoutError, ConnectionError))
def ask(question, max_tokens=300):
    res = client.chat.complete(
        model="mistral-small-latest",
        messages=[{"role": "user", "content": question}],
        max_tokens=max_tokens,
    )
    log.info("prompt_tokens=%d completion_tokens=%d", res.usage.prompt_tokens, res.usage.completion_tokens)
    return res.choices[0].message.content


questions = [
    "What is retrieval augmented generation?",
    "Name three vector databases.",
]

for q in questions:
    print(q)
    print(ask(q))
    print("-" * 40)

print("done; mistral key length", len(api_key))
