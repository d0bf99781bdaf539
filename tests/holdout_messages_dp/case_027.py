import logging
import os
from contextlib import contextmanager

from opentelemetry import trace
from opentelemetry.trace import StatusCode

log = logging.getLogger("llm.spans")
tracer = trace.get_tracer("llm")


@contextmanager
def llm_span(name: str, model: str, **attrs):
    with tracer.start_as_current_span(name) as span:
        span.set_attribute("gen_ai.request.model", model)
        for k, v in attrs.items():
            if isinstance(v, (int, float, str, bool)):
                span.set_attribute(f"app.{k}", v)
        try:
            yield span
        except Exception as exc:
            span.record_exception(exc)
            span.set_status(StatusCode.ERROR)
            log.exception("%s failed for %s", name, model)
            raise


def complete(prompt: str, model: str = "gemini-1.5-flash") -> str:
    import google.generativeai as genai

    google_key = os.environ["GOOGLE_API_KEY"]
    genai.configure(api_key=google_key)
    with llm_span("gemini.generate", model, prompt_chars=len(prompt)) as span:
        result = genai.GenerativeModel(model).generate_content(prompt)
        usage = result.usage_metadata
        span.set_attribute("gen_ai.usage.input_tokens", usage.prompt_token_count)
        span.add_event("gemini.response", {"finish": str(result.candidates[0].finish_reason)})
        log.info("gemini %s used %d tokens", model, usage.total_token_count)
        return result.text


def verify_key() -> None:
    google_key = os.environ.get("GOOGLE_API_KEY", "")
    if not google_key.startswith("AIza"):
        log.error("GOOGLE_API_KEY is malformed: %r", google_key)
        raise ValueError("GOOGLE_API_KEY is malformed")
    log.info("GOOGLE_API_KEY prefix %s", google_key[:4])


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    verify_key()
    print(complete("Name three rivers"))
