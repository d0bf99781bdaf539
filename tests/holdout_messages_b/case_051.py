from fastapi import FastAPI, HTTPException
from modelred import ModelRed
from modelred import ValidationError as MRValidationError
from pydantic import BaseModel, ValidationError

app = FastAPI()


class Spec(BaseModel):
    model_id: str
    suites: list[str]
    priority: str = "normal"


@app.post("/runs")
async def create_run(payload: dict):
    try:
        spec = Spec(**payload)
    except ValidationError as e:
        raise HTTPException(422, str(e))
    async with ModelRed() as client:
        try:
            return await client.run_assessment(
                model_id=spec.model_id, test_suites=spec.suites, priority=spec.priority
            )
        except MRValidationError as e:
            raise HTTPException(400, str(e))
