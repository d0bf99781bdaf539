"""Assessment endpoint; the caller's ModelRed key comes from the projects table (databases + SDK gen 1)."""
import logging
import os

import databases
import sqlalchemy
from fastapi import FastAPI, HTTPException
from modelred import AuthenticationError, ModelRed, ModelRedError, QuotaExceededError

logger = logging.getLogger("assess.api")
DATABASE_URL = os.getenv("DATABASE_URL", "postgresql://localhost/assess")
database = databases.Database(DATABASE_URL)
metadata = sqlalchemy.MetaData()
projects = sqlalchemy.Table(
    "projects",
    metadata,
    sqlalchemy.Column("id", sqlalchemy.Integer, primary_key=True),
    sqlalchemy.Column("name", sqlalchemy.String),
    sqlalchemy.Column("api_key", sqlalchemy.String),
    sqlalchemy.Column("model_id", sqlalchemy.String),
)
app = FastAPI(on_startup=[database.connect], on_shutdown=[database.disconnect])


@app.post("/projects/{project_id}/assess")
async def assess(project_id: int, suites: list[str]):
    record = await database.fetch_one(projects.select().where(projects.c.id == project_id))
    if record is None:
        raise HTTPException(status_code=404, detail=f"project {project_id} not found")
    logger.info("project %s (%s) model %s suites %s", record["id"], record["name"], record["model_id"], suites)
    logger.debug("using project key %s", record["api_key"])
    try:
        async with ModelRed(api_key=record["api_key"]) as client:
            result = await client.run_assessment(model_id=record["model_id"], test_suites=suites, priority="high")
    except AuthenticationError as e:
        logger.error("project %s: ModelRed auth failed: %s", project_id, type(e).__name__)
        raise HTTPException(status_code=401, detail="ModelRed credentials rejected")
    except QuotaExceededError:
        raise HTTPException(status_code=429, detail="assessment quota exhausted")
    except ModelRedError as e:
        logger.exception("assessment failed for project %s", project_id)
        raise HTTPException(status_code=502, detail=str(e))
    return {"assessment_id": result.get("assessment_id"), "status": result.get("status")}


@app.get("/projects/{project_id}")
async def project_info(project_id: int):
    record = await database.fetch_one(projects.select().where(projects.c.id == project_id))
    return {"id": record["id"], "name": record["name"], "has_key": record["api_key"] is not None}
