from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.authorization_not_provided_error_401 import AuthorizationNotProvidedError401
from ...models.deployment import Deployment
from ...models.deployment_all_by_type_type import (
    DeploymentAllByTypeType,
)
from ...models.insufficient_access_error_403 import InsufficientAccessError403
from ...models.internal_server_error_error_500 import InternalServerErrorError500
from ...models.invalid_input_data_error_400 import InvalidInputDataError400
from ...models.not_found_error_404 import NotFoundError404
from ...types import UNSET, Response


def _get_kwargs(
    *,
    id: str,
    type_: DeploymentAllByTypeType,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["id"] = id

    json_type_: str = type_
    params["type"] = json_type_

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/deployment.allByType",
        "params": params,
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
    | list[Deployment]
    | None
):
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = Deployment.from_dict(response_200_item_data)

            response_200.append(response_200_item)

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
    | list[Deployment]
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
    id: str,
    type_: DeploymentAllByTypeType,
) -> Response[
    AuthorizationNotProvidedError401
    | InsufficientAccessError403
    | InternalServerErrorError500
    | InvalidInputDataError400
    | NotFoundError404
    | list[Deployment]
]:
    """
    Args:
        id (str):
        type_ (DeploymentAllByTypeType):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AuthorizationNotProvidedError401 | InsufficientAccessError403 | InternalServerErrorError500 | InvalidInputDataError400 | NotFoundError404 | list[Deployment]]
    """

    kwargs = _get_kwargs(
        id=id,
        type_=type_,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    id: str,
    type_: DeploymentAllByTypeType,
) -> (
    AuthorizationNotProvidedError401
    | InsufficientAccessError403
    | InternalServerErrorError500
    | InvalidInputDataError400
    | NotFoundError404
    | list[Deployment]
    | None
):
    """
    Args:
        id (str):
        type_ (DeploymentAllByTypeType):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AuthorizationNotProvidedError401 | InsufficientAccessError403 | InternalServerErrorError500 | InvalidInputDataError400 | NotFoundError404 | list[Deployment]
    """

    return sync_detailed(
        client=client,
        id=id,
        type_=type_,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    id: str,
    type_: DeploymentAllByTypeType,
) -> Response[
    AuthorizationNotProvidedError401
    | InsufficientAccessError403
    | InternalServerErrorError500
    | InvalidInputDataError400
    | NotFoundError404
    | list[Deployment]
]:
    """
    Args:
        id (str):
        type_ (DeploymentAllByTypeType):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AuthorizationNotProvidedError401 | InsufficientAccessError403 | InternalServerErrorError500 | InvalidInputDataError400 | NotFoundError404 | list[Deployment]]
    """

    kwargs = _get_kwargs(
        id=id,
        type_=type_,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    id: str,
    type_: DeploymentAllByTypeType,
) -> (
    AuthorizationNotProvidedError401
    | InsufficientAccessError403
    | InternalServerErrorError500
    | InvalidInputDataError400
    | NotFoundError404
    | list[Deployment]
    | None
):
    """
    Args:
        id (str):
        type_ (DeploymentAllByTypeType):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AuthorizationNotProvidedError401 | InsufficientAccessError403 | InternalServerErrorError500 | InvalidInputDataError400 | NotFoundError404 | list[Deployment]
    """

    return (
        await asyncio_detailed(
            client=client,
            id=id,
            type_=type_,
        )
    ).parsed
