"""Genesys Cloud: export yesterday's conversation transcripts for the summary model (platform SDK)."""
import logging
import os
from datetime import datetime, timedelta, timezone

import PureCloudPlatformClientV2 as gc
from PureCloudPlatformClientV2.rest import ApiException

log = logging.getLogger("genesys.export")


def login(environment: str, client_id: str, client_secret: str):
    gc.configuration.host = f"https://api.{environment}"
    try:
        api_client = gc.api_client.ApiClient().get_client_credentials_token(client_id, client_secret)
    except ApiException as exc:
        raise ConnectionError(f"Genesys login failed for {client_id} ({exc.status}) with secret {client_secret}") from None
    log.info("logged in to %s as client %s", environment, client_id)
    return api_client


def conversations_since(api_client, hours: int = 24) -> list:
    analytics = gc.AnalyticsApi(api_client)
    end = datetime.now(timezone.utc)
    start = end - timedelta(hours=hours)
    body = gc.ConversationQuery()
    body.interval = f"{start.isoformat()}/{end.isoformat()}"
    body.paging = gc.PagingSpec(page_size=100, page_number=1)
    result = analytics.post_analytics_conversations_details_query(body)
    convs = result.conversations or []
    log.info("%d conversations in the last %dh", len(convs), hours)
    return convs


def transcript_urls(api_client, conversations: list) -> dict:
    speech = gc.SpeechTextAnalyticsApi(api_client)
    urls = {}
    for conv in conversations:
        for participant in conv.participants or []:
            for session in participant.sessions or []:
                if session.media_type != "voice":
                    continue
                try:
                    info = speech.get_speechandtextanalytics_conversation_communication_transcripturl(conv.conversation_id, session.session_id)
                    urls[conv.conversation_id] = info.url
                except ApiException as exc:
                    log.warning("no transcript for %s: %s %s", conv.conversation_id, exc.status, exc.reason)
    return urls


def main() -> None:
    env = os.environ.get("GENESYS_ENV", "mypurecloud.ie")
    client_id = os.environ["GENESYS_CLIENT_ID"]
    client_secret = os.environ["GENESYS_CLIENT_SECRET"]
    log.debug("exporting with %s / %s", client_id, client_secret)
    api_client = login(env, client_id, client_secret)
    urls = transcript_urls(api_client, conversations_since(api_client))
    log.info("collected %d transcript urls", len(urls))


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    main()
