"""The API key, env blocks and passwords never show in reprs, logs or exception texts."""

from __future__ import annotations

import logging
import traceback

import httpx
import pytest

from dokploy_async import APIConnectionError, BadRequestError, DokployError, InvalidResponseError
from tests.unit.client_support import KEY, mock_client, repeat, sequence

pytestmark = pytest.mark.anyio

ENV = "DATABASE_URL=postgres://app:S3cr3t-Env-Value@db/app"
PASSWORD = "Pa55word-Never-Logged"
SECRETS = (KEY, "S3cr3t-Env-Value", PASSWORD)


def assert_clean(text: str) -> None:
    for secret in SECRETS:
        assert secret not in text


def every_text(exc: BaseException) -> str:
    return "\n".join([str(exc), repr(exc), "".join(traceback.format_exception_only(exc))])


async def test_repr_does_not_show_the_key() -> None:
    dk, _ = mock_client(sequence())
    assert_clean(repr(dk))
    assert_clean(str(dk))
    assert "dokploy.example.com" in repr(dk)


@pytest.mark.parametrize(
    "answer",
    [
        httpx.Response(401, json={"message": "Unauthorized"}),
        httpx.Response(400, content=b"Invalid JSON"),
        httpx.Response(500, json={"message": "boom", "code": "INTERNAL_SERVER_ERROR"}),
        httpx.Response(502, content=b"<html><title>Bad Gateway</title></html>"),
        httpx.Response(200, content=b"<html>login</html>"),
        httpx.Response(200, content=('{"env":"' + ENV).encode()),
        httpx.ReadTimeout("timed out"),
        httpx.ConnectError("[Errno 111] Connection refused"),
    ],
)
async def test_logs_and_exceptions_stay_clean(
    answer: httpx.Response | Exception,
    caplog: pytest.LogCaptureFixture,
    sleeps: list[float],
) -> None:
    caplog.set_level(logging.DEBUG)
    dk, _ = mock_client(repeat(answer))
    async with dk:
        with pytest.raises(DokployError) as info:
            await dk.application.save_environment(
                application_id="a1",
                env=ENV,
                build_args=f"PASSWORD={PASSWORD}",
                build_secrets=None,
                create_env_file=False,
            )
        with pytest.raises(DokployError) as info2:
            await dk.postgres.change_password(postgres_id="pg", password=PASSWORD)
    assert_clean(every_text(info.value))
    assert_clean(every_text(info2.value))
    assert_clean(caplog.text)
    assert any(r.name == "dokploy_async" for r in caplog.records)


async def test_secret_in_a_malformed_success_body_is_not_quoted(
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG)
    truncated = ('{"databasePassword":"' + PASSWORD).encode()
    dk, _ = mock_client(sequence(httpx.Response(200, content=truncated)))
    async with dk:
        with pytest.raises(InvalidResponseError) as info:
            await dk.postgres.one(postgres_id="pg")
    assert_clean(every_text(info.value))
    assert info.value.__cause__ is None
    assert_clean(caplog.text)


async def test_request_line_status_and_elapsed_are_logged_at_debug(
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG, logger="dokploy_async")
    dk, _ = mock_client(sequence(httpx.Response(200, json=[])))
    async with dk:
        await dk.project.all()
    (record,) = [r for r in caplog.records if r.name == "dokploy_async"]
    assert record.levelno == logging.DEBUG
    assert record.getMessage().startswith("GET project.all -> 200 OK (")
    assert record.getMessage().endswith(" ms)")


async def test_nothing_is_logged_above_debug(
    caplog: pytest.LogCaptureFixture, sleeps: list[float]
) -> None:
    caplog.set_level(logging.INFO, logger="dokploy_async")
    dk, _ = mock_client(sequence(httpx.ConnectError("refused"), httpx.Response(200, json=[])))
    async with dk:
        await dk.with_options(max_retries=1).project.all()
    assert not [r for r in caplog.records if r.name == "dokploy_async"]


async def test_connection_error_names_the_server_not_the_key() -> None:
    dk, _ = mock_client(sequence(httpx.ConnectError("refused")), max_retries=0)
    async with dk:
        with pytest.raises(APIConnectionError) as info:
            await dk.project.all()
    assert "dokploy.example.com" in str(info.value)
    assert_clean(every_text(info.value))


@pytest.mark.parametrize(
    "url",
    [
        "https://admin:hunter2-password@dokploy.example.com?x=1",
        "ftp://admin:hunter2-password@dokploy.example.com",
    ],
)
def test_credentials_in_a_bad_url_are_not_quoted(url: str) -> None:
    from dokploy_async import ConfigurationError, Dokploy

    with pytest.raises(ConfigurationError) as caught:
        Dokploy(base_url=url, api_key=KEY)
    assert "hunter2-password" not in str(caught.value)
    assert "dokploy.example.com" in str(caught.value)


def test_credentials_in_the_base_url_stay_out_of_the_repr() -> None:
    from dokploy_async import Dokploy

    client = Dokploy(base_url="https://admin:hunter2-password@dokploy.example.com", api_key=KEY)
    assert "hunter2-password" not in repr(client)
    assert "***@dokploy.example.com" in repr(client)


@pytest.mark.anyio
@pytest.mark.parametrize(
    "failure", [httpx.ReadTimeout("read timed out"), httpx.ConnectError("refused")]
)
async def test_credentials_in_the_base_url_stay_out_of_transport_errors(
    failure: httpx.TransportError,
) -> None:
    from dokploy_async import Dokploy

    def fail(request: httpx.Request) -> httpx.Response:
        raise failure

    async with (
        httpx.AsyncClient(transport=httpx.MockTransport(fail)) as http,
        Dokploy(
            base_url="https://admin:hunter2-password@dokploy.example.com",
            api_key=KEY,
            max_retries=0,
            http_client=http,
        ) as dk,
    ):
        with pytest.raises(APIConnectionError) as caught:
            await dk.project.all()
    assert "hunter2-password" not in every_text(caught.value)
    assert "dokploy.example.com" in str(caught.value)


async def test_secrets_quoted_by_the_server_are_masked_in_errors() -> None:
    # As measured on a real v0.30.2: backup.listBackupFiles with an S3 destination answers
    # 400 with the failed rclone command line, credentials included.
    message = (
        "Error listing backup files: Command failed: rclone lsf --s3-provider=AWS "
        "--s3-access-key-id=AKIAEXAMPLE123 --s3-secret-access-key=wJalrXUtnFEMI/K7MDENG "
        '--s3-region=eu-west-1 ":s3:bucket/backups/"'
    )
    body = {"message": message, "code": "BAD_REQUEST", "data": {"code": "BAD_REQUEST"}}
    dk, _ = mock_client(lambda request: httpx.Response(400, json=body), max_retries=0)
    async with dk:
        with pytest.raises(BadRequestError) as info:
            await dk.backup.list_backup_files(destination_id="d", search="")
    err = info.value
    for text in (str(err), repr(err), err.message, str(err.body)):
        assert "AKIAEXAMPLE123" not in text
        assert "wJalrXUtnFEMI" not in text
    assert "--s3-secret-access-key=***" in str(err)
    assert "--s3-region=eu-west-1" in str(err)  # what is not a secret stays readable
    assert b"wJalrXUtnFEMI" in err.response.content  # the raw answer, for whoever needs it
