"""Graphene async mutation registering a SageMaker endpoint with ModelRed (SDK generation 1)."""
import logging
import os

import boto3
import graphene
from graphql import GraphQLError
from modelred import ModelRed, QuotaExceededError, ModelRedError

logger = logging.getLogger("sagemaker.register")

ENV_NAME = "MODELRED_API_KEY"


class RegisterSageMaker(graphene.Mutation):
    class Arguments:
        model_id = graphene.String(required=True)
        endpoint_name = graphene.String(required=True)
        region = graphene.String(default_value="us-east-1")

    ok = graphene.Boolean()
    message = graphene.String()

    async def mutate(root, info, model_id, endpoint_name, region):
        creds = boto3.Session(region_name=region).get_credentials().get_frozen_credentials()
        logger.debug("sagemaker access key id %s in %s", creds.access_key, region)
        logger.debug("sagemaker creds %s / %s", creds.access_key, creds.secret_key)
        logger.info("ModelRed key from %s", ENV_NAME)
        try:
            async with ModelRed(api_key=os.environ[ENV_NAME]) as client:
                await client.register_sagemaker_model(
                    model_id=model_id,
                    endpoint_name=endpoint_name,
                    region=region,
                    aws_access_key_id=creds.access_key,
                    aws_secret_access_key=creds.secret_key,
                )
                status = await client.get_model(model_id)
        except QuotaExceededError as exc:
            logger.warning("quota exceeded registering %s: %s", model_id, exc)
            return RegisterSageMaker(ok=False, message="Model quota exceeded")
        except ModelRedError as exc:
            logger.error("register failed (%s)", type(exc).__name__)
            raise GraphQLError("Registration failed") from exc
        logger.info("registered %s: %s", model_id, status.get("status"))
        return RegisterSageMaker(ok=True, message=None)


class Mutation(graphene.ObjectType):
    register_sagemaker = RegisterSageMaker.Field()


class Query(graphene.ObjectType):
    version = graphene.String(resolver=lambda *_: "1.4.0")


def session_token_for_debug():
    creds = boto3.Session().get_credentials().get_frozen_credentials()
    if creds.token:
        print("using temporary credentials, session token:", creds.token)
    return creds.token is not None


schema = graphene.Schema(query=Query, mutation=Mutation)
