from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.authorization_not_provided_error_401 import AuthorizationNotProvidedError401
from ...models.insufficient_access_error_403 import InsufficientAccessError403
from ...models.internal_server_error_error_500 import InternalServerErrorError500
from ...models.invalid_input_data_error_400 import InvalidInputDataError400
from ...models.not_found_error_404 import NotFoundError404
from ...models.web_server_settings import WebServerSettings
from ...types import Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/settings.getWebServerSettings",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    AuthorizationNotProvidedError401
    | InsufficientAccessError403
    | InternalServerErrorError500
    | InvalidInputDataError400
    | NotFoundError404
    | WebServerSettings
    | None
):
    if response.status_code == 200:
        response_200 = WebServerSettings.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = InvalidInputDataError400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = AuthorizationNotProvidedError401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = InsufficientAccessError403.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = NotFoundError404.from_dict(response.json())

        return response_404

    if response.status_code == 500:
        response_500 = InternalServerErrorError500.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    AuthorizationNotProvidedError401
    | InsufficientAccessError403
    | InternalServerErrorError500
    | InvalidInputDataError400
    | NotFoundError404
    | WebServerSettings
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[
    AuthorizationNotProvidedError401
    | InsufficientAccessError403
    | InternalServerErrorError500
    | InvalidInputDataError400
    | NotFoundError404
    | WebServerSettings
]:
    """
    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AuthorizationNotProvidedError401 | InsufficientAccessError403 | InternalServerErrorError500 | InvalidInputDataError400 | NotFoundError404 | WebServerSettings]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
) -> (
    AuthorizationNotProvidedError401
    | InsufficientAccessError403
    | InternalServerErrorError500
    | InvalidInputDataError400
    | NotFoundError404
    | WebServerSettings
    | None
):
    """
    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AuthorizationNotProvidedError401 | InsufficientAccessError403 | InternalServerErrorError500 | InvalidInputDataError400 | NotFoundError404 | WebServerSettings
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[
    AuthorizationNotProvidedError401
    | InsufficientAccessError403
    | InternalServerErrorError500
    | InvalidInputDataError400
    | NotFoundError404
    | WebServerSettings
]:
    """
    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AuthorizationNotProvidedError401 | InsufficientAccessError403 | InternalServerErrorError500 | InvalidInputDataError400 | NotFoundError404 | WebServerSettings]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
) -> (
    AuthorizationNotProvidedError401
    | InsufficientAccessError403
    | InternalServerErrorError500
    | InvalidInputDataError400
    | NotFoundError404
    | WebServerSettings
    | None
):
    """
    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AuthorizationNotProvidedError401 | InsufficientAccessError403 | InternalServerErrorError500 | InvalidInputDataError400 | NotFoundError404 | WebServerSettings
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
