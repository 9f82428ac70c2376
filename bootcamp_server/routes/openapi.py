"""OpenAPI descriptions of what routes that read the request themselves accept (``openapi_extra``), so the
schema at ``/openapi.json`` tells a client, and a fuzzer (``tests/server/test_api_fuzz.py``), every
parameter and body there is."""

from __future__ import annotations

from typing import Any

STRING: dict[str, Any] = {"type": "string"}
UUID: dict[str, Any] = {"type": "string", "format": "uuid"}


def json_body(schema: dict[str, Any], *, required: bool = True) -> dict[str, Any]:
    return {"requestBody": {"required": required, "content": {"application/json": {"schema": schema}}}}


def form_body(*fields: str, required: tuple[str, ...] = ()) -> dict[str, Any]:
    schema = {"type": "object", "properties": dict.fromkeys(fields, STRING), "required": list(required)}
    content = {"application/x-www-form-urlencoded": {"schema": schema}}
    return {"requestBody": {"required": True, "content": content}}


def query(*names: str, required: tuple[str, ...] = ()) -> dict[str, Any]:
    return {
        "parameters": [{"name": n, "in": "query", "required": n in required, "schema": STRING} for n in names]
    }


def both(*parts: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for part in parts:
        out.update(part)
    return out


AUTHORIZE_QUERY = query(
    "response_type", "client_id", "redirect_uri", "code_challenge", "code_challenge_method", "state", "scope"
)
TOKEN_FORM = form_body(
    "grant_type",
    "code",
    "redirect_uri",
    "client_id",
    "code_verifier",
    "refresh_token",
    "scope",
    required=("grant_type",),
)
REVOKE_FORM = form_body("token", "token_type_hint", "client_id", required=("token",))
LOGIN_FORM = form_body("csrf_token", "email", "password")

MUTATION: dict[str, Any] = {
    "type": "object",
    "required": ["id", "table", "op", "row_id"],
    "properties": {
        "id": UUID,
        "table": STRING,
        "op": {"type": "string", "enum": ["insert", "update", "delete"]},
        "row_id": UUID,
        "base_version": {"type": "integer", "minimum": 0},
        "set": {"type": "object"},
        "inc": {"type": "object", "additionalProperties": {"type": "integer"}},
    },
}
PUSH = json_body(
    {
        "type": "object",
        "required": ["client_id", "mutations"],
        "properties": {"client_id": UUID, "mutations": {"type": "array", "items": MUTATION, "maxItems": 500}},
    }
)
STAT = json_body(
    {
        "type": "object",
        "required": ["sha256"],
        "properties": {
            "sha256": {
                "type": "array",
                "maxItems": 1000,
                "items": {"type": "string", "pattern": "^[0-9a-f]{64}$"},
            }
        },
    }
)
EXTERNAL_TOKEN = json_body(
    {
        "type": "object",
        "required": ["access_token"],
        "properties": {
            "access_token": STRING,
            "refresh_token": STRING,
            "expires_at": {"type": "string", "format": "date-time"},
            "service_user_id": STRING,
        },
    }
)
CHUNK = {
    "requestBody": {
        "required": True,
        "content": {"application/octet-stream": {"schema": {"type": "string", "format": "binary"}}},
    }
}
ERASURE = json_body({"type": "object", "required": ["confirm"], "properties": {"confirm": STRING}})
DEVICE_KEY = json_body(
    {
        "type": "object",
        "required": ["sign_key", "box_key"],
        "properties": {"sign_key": STRING, "box_key": STRING},
    }
)
WORK_BUNDLE = json_body(
    {
        "type": "object",
        "required": ["format", "to", "sealed"],
        "properties": {
            "format": {"type": "string", "enum": ["bootcamp-work-bundle"]},
            "version": {"type": "integer"},
            "to": STRING,
            "bundle_id": STRING,
            "created_at": STRING,
            "sealed": STRING,
        },
    }
)
