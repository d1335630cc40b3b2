from typing import Literal

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
    if value in SSO_REGISTER_BODY_OIDC_CONFIG_TOKEN_ENDPOINT_AUTHENTICATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SSO_REGISTER_BODY_OIDC_CONFIG_TOKEN_ENDPOINT_AUTHENTICATION_VALUES!r}"
    )
