import logging
import os

from opentelemetry import trace
from opentelemetry.trace import Status, StatusCode
import modelred

tracer = trace.get_tracer("assessments")
log = logging.getLogger(__name__)


class AssessmentRunner:
    def __init__(self):
        self.api_key = os.environ["MODELRED_API_KEY"]
        self.client = modelred.ModelRedClient(api_key=self.api_key)

    def submit(self, model: str, test_types: list[str]) -> dict:
        with tracer.start_as_current_span("modelred.create_assessment") as span:
            span.set_attribute("modelred.model", model)
            span.set_attribute("modelred.test_types", ",".join(test_types))
            span.set_attribute("modelred.key_present", bool(self.api_key))
            try:
                result = self.client.create_assessment(model=model, test_types=test_types, priority="high")
            except modelred.NotFoundError as exc:
                span.record_exception(exc)
                span.set_status(Status(StatusCode.ERROR, type(exc).__name__))
                raise LookupError(f"model {model} is not registered") from exc
            except modelred.ModelRedError as exc:
                span.record_exception(exc)
                span.set_status(Status(StatusCode.ERROR, "modelred failure"))
                raise RuntimeError(f"assessment could not be created: {exc}") from exc
            span.add_event("assessment.created", {"id": result["id"]})
            return result

    def wait(self, assessment_id: str) -> dict:
        with tracer.start_as_current_span("modelred.wait") as span:
            span.set_attribute("modelred.assessment_id", assessment_id)
            done = self.client.wait_for_completion(assessment_id)
            log.info("assessment %s finished: %s", assessment_id, done.get("status"))
            return done

    def debug_dump(self) -> None:
        log.debug("runner state: key=%s client=%r", self.api_key, self.client)


if __name__ == "__main__":
    logging.basicConfig(level=logging.DEBUG)
    runner = AssessmentRunner()
    created = runner.submit("support-bot", ["prompt_injection", "data_leak"])
    print(runner.wait(created["id"]))
