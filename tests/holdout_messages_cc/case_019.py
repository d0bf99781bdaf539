"""Async batch runner: audits every course model on the platform (ModelRed generation 1)."""
import asyncio
import logging

from modelred import (
    AssessmentError,
    ModelRed,
    ModelRedError,
    QuotaExceededError,
    SubscriptionLimitError,
)

log = logging.getLogger("audit.batch")


class CourseAuditor:
    def __init__(self, api_key: str, courses: list[dict]):
        self.api_key = api_key
        self.courses = courses
        self.results: dict[str, dict] = {}

    async def audit_one(self, client: ModelRed, course: dict):
        mid = course["model_id"]
        try:
            res = await client.run_assessment(model_id=mid, test_suites=course.get("suites", ["basic_security"]),
                                              wait_for_completion=True, timeout_minutes=30)
            self.results[mid] = {"status": "done", "score": res.get("overall_score")}
        except QuotaExceededError as e:
            log.warning("quota hit on %s: %s", mid, e)
            self.results[mid] = {"status": "skipped", "reason": "quota"}
        except (AssessmentError, SubscriptionLimitError) as e:
            self.results[mid] = {"status": "failed", "reason": type(e).__name__}
        except ModelRedError as e:
            log.error("course %s audit error %s", course["code"], type(e).__name__)
            self.results[mid] = {"status": "error"}

    async def run(self):
        log.info("auditing %d courses", len(self.courses))
        log.debug("auditor key %s", self.api_key)
        async with ModelRed(api_key=self.api_key) as client:
            await asyncio.gather(*(self.audit_one(client, c) for c in self.courses))
        return self.results

    def report(self) -> str:
        lines = [f"{mid}: {r['status']}" for mid, r in self.results.items()]
        return "\n".join(lines)


async def audit_endpoint(api_key: str, courses: list[dict]) -> dict:
    auditor = CourseAuditor(api_key, courses)
    try:
        return await auditor.run()
    except ModelRedError as e:
        return {"error": f"batch failed: {e}"}
