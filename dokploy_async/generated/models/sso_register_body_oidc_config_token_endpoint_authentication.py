from typing import Literal, cast

SsoRegisterBodyOidcConfigTokenEndpointAuthentication = Literal[
    "client_secret_basic", "client_secret_post"
]

SSO_REGISTER_BODY_OIDC_CONFIG_TOKEN_ENDPOINT_AUTHENTICATION_VALUES: set[
    SsoRegisterBodyOidcConfigTokenEndpointAuthentication
] = {
    "client_secret_basic",
    "client_secret_post",
}


def check_sso_register_body_oidc_config_token_endpoint_authentication(
    value: str,
) -> SsoRegisterBodyOidcConfigTokenEndpointAuthentication:
    """The value as the enum's type, kept as sent even when it is none of the known values.

    Enums stay open: a value a newer Dokploy invents comes through as the string it sent
    (compare it against ``SSO_REGISTER_BODY_OIDC_CONFIG_TOKEN_ENDPOINT_AUTHENTICATION_VALUES`` to tell), so a parse never fails on it.
    """
    return cast(SsoRegisterBodyOidcConfigTokenEndpointAuthentication, value)
