"""Dunning state machine: retries failed payments and escalates with LLM-written e-mails."""
import enum
import logging
import os
from dataclasses import dataclass, field

import stripe
from groq import Groq

log = logging.getLogger("dunning.fsm")


class Step(enum.Enum):
    SOFT_REMINDER = 1
    FIRM_REMINDER = 2
    FINAL_NOTICE = 3
    SUSPEND = 4


@dataclass
class DunningCase:
    invoice_id: str
    customer_email: str
    step: Step = Step.SOFT_REMINDER
    attempts: list = field(default_factory=list)


class DunningEngine:
    def __init__(self):
        self.groq_key = os.environ["GROQ_API_KEY"]
        self.llm = Groq(api_key=self.groq_key)
        stripe.api_key = os.environ["STRIPE_SECRET_KEY"]

    def write_email(self, case: DunningCase) -> str:
        r = self.llm.chat.completions.create(
            model="llama-3.1-8b-instant", max_tokens=350,
            messages=[{"role": "user", "content": f"Write a {case.step.name.lower()} payment e-mail for invoice {case.invoice_id}."}],
        )
        log.info("email for %s at %s: %d tokens", case.invoice_id, case.step, r.usage.total_tokens)
        return r.choices[0].message.content

    def retry_payment(self, case: DunningCase) -> bool:
        try:
            inv = stripe.Invoice.pay(case.invoice_id)
        except stripe.CardError as e:
            case.attempts.append(e.code)
            log.info("card declined for %s: %s", case.invoice_id, e.code)
            return False
        return inv.status == "paid"

    def advance(self, case: DunningCase) -> None:
        if case.step is Step.SUSPEND:
            raise RuntimeError(f"case {case.invoice_id} already at {case.step}")
        case.step = Step(case.step.value + 1)
        if case.step is Step.FINAL_NOTICE and not self.groq_key.startswith("gsk_"):
            raise ValueError(f"GROQ_API_KEY invalid, cannot write final notice: {self.groq_key}")
        log.debug("advanced %s, llm client %s", case.invoice_id, self.llm.api_key)
