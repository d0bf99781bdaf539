"""Graphene query over ModelRed assessments (SDK generation 3), sync client."""
import logging

import graphene
from graphql import GraphQLError
from modelred import ModelRed, APIError, NotFound, Forbidden

logging.basicConfig(level=logging.INFO)

MR_KEY = "mr_TbrEn1pAxRMa6tXM6Wjh6zHLejZyzS4c2GRLPiv2"
logging.info("ModelRed key configured: %s...", MR_KEY[:4])
logging.info("ModelRed key configured: %s", MR_KEY)


class Assessment(graphene.ObjectType):
    id = graphene.ID()
    status = graphene.String()
    score = graphene.Float()
    model_id = graphene.String()


class Query(graphene.ObjectType):
    assessment = graphene.Field(Assessment, id=graphene.ID(required=True))
    assessments = graphene.List(Assessment, limit=graphene.Int(default_value=20))

    def resolve_assessment(root, info, id):
        try:
            with ModelRed(MR_KEY, timeout=10.0) as client:
                data = client.get_assessment(id)
        except NotFound:
            logging.info("assessment %s not found", id)
            return None
        except Forbidden as exc:
            logging.warning("forbidden on %s: %s", id, type(exc).__name__)
            raise GraphQLError("You cannot view this assessment")
        except APIError as exc:
            raise GraphQLError(str(exc))
        return Assessment(id=data["id"], status=data["status"], score=data.get("score"),
                          model_id=data.get("model_id"))

    def resolve_assessments(root, info, limit):
        with ModelRed(MR_KEY, timeout=10.0, max_retries=1) as client:
            page = client.list_assessments(limit=limit)
        items = page.get("data", [])
        logging.info("listed %d assessments (limit %d)", len(items), limit)
        return [Assessment(id=a["id"], status=a["status"], score=a.get("score"),
                           model_id=a.get("model_id")) for a in items]


schema = graphene.Schema(query=Query)

if __name__ == "__main__":
    out = schema.execute("{ assessments(limit: 5) { id status } }")
    print(out.data)
    if out.errors:
        print("errors:", [e.message for e in out.errors])
