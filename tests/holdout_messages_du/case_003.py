"""Enqueue ticket summaries on RQ; the worker runs summarise_ticket()."""
import sys
import time

import anthropic
import keyring
from redis import Redis
from rq import Queue, Retry

KEYRING_SERVICE = "anthropic"
KEYRING_USER = "support-worker"

ANTHROPIC_KEY = keyring.get_password(KEYRING_SERVICE, KEYRING_USER)
if ANTHROPIC_KEY is None:
    print(f"no key in keyring {KEYRING_SERVICE}/{KEYRING_USER}", file=sys.stderr)
    sys.exit(2)

redis_conn = Redis(host="localhost", port=6379, db=2)
queue = Queue("tickets", connection=redis_conn, default_timeout=300)


def summarise_ticket(ticket_id: int, body: str, api_key: str) -> str:
    client = anthropic.Anthropic(api_key=api_key)
    try:
        msg = client.messages.create(
            model="claude-3-5-haiku-latest",
            max_tokens=300,
            messages=[{"role": "user", "content": f"Summarise this support ticket:\n{body}"}],
        )
    except anthropic.AuthenticationError as err:
        print(f"ticket {ticket_id}: key {api_key} rejected ({err.status_code})")
        raise
    print(f"ticket {ticket_id}: {msg.usage.input_tokens} in / {msg.usage.output_tokens} out")
    return msg.content[0].text


print("worker key loaded:", ANTHROPIC_KEY[:4] + "...", "length", len(ANTHROPIC_KEY))
tickets = [(101, "Printer on fire"), (102, "Cannot log in since Tuesday")]
started = time.monotonic()
for ticket_id, body in tickets:
    job = queue.enqueue(summarise_ticket, ticket_id, body, ANTHROPIC_KEY, retry=Retry(max=3, interval=[10, 30, 60]))
    print(f"enqueued {job.id} for ticket {ticket_id}")
if "--debug" in sys.argv:
    print(f"DEBUG enqueue args: key={ANTHROPIC_KEY}")
print(f"{len(tickets)} jobs in {time.monotonic() - started:.2f}s; queue length {len(queue)}")
