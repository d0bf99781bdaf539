"""Pre-asyncio "worker pool" (threading + Queue) that classifies support mails with an LLM.

The class layout dates from 2013; the LLM call replaced a hand-written Bayes filter in 2023.
"""
import logging
import threading

try:
    import Queue as queue
except ImportError:
    import queue

import anthropic

log = logging.getLogger("mailsort.workers")


class Worker(threading.Thread):
    def __init__(self, q, results, api_key, model="claude-3-5-haiku-latest"):
        threading.Thread.__init__(self)
        self.daemon = True
        self.q = q
        self.results = results
        self.model = model
        self._api_key = api_key
        self.client = anthropic.Anthropic(api_key=api_key)

    def run(self):
        log.info("%s started, model %s", self.name, self.model)
        while True:
            msg_id, body = self.q.get()
            try:
                self.results[msg_id] = self.classify(body)
            except anthropic.AuthenticationError as e:
                log.critical("%s: auth failed with key %s (%s)", self.name, self._api_key, e.status_code)
            except anthropic.APIStatusError as e:
                log.error("%s: %s on %s", self.name, e.status_code, msg_id)
            finally:
                self.q.task_done()

    def classify(self, body):
        r = self.client.messages.create(model=self.model, max_tokens=10, messages=[{"role": "user", "content": "Label as BILLING, BUG or OTHER:\n" + body[:3000]}])
        log.debug("%s tokens in=%d out=%d", self.name, r.usage.input_tokens, r.usage.output_tokens)
        return r.content[0].text.strip()


def sort_mails(mails, api_key, threads=4):
    if not api_key:
        raise ValueError("api_key is required, got %r" % (api_key,))
    q, results = queue.Queue(), {}
    for _ in range(threads):
        Worker(q, results, api_key).start()
    for item in mails.items():
        q.put(item)
    q.join()
    return results
