"""Sign-in: a standard OAuth 2.0 authorization server on Authlib (code + PKCE S256 for native apps with
loopback redirects, RFC 8252; refresh-token rotation with reuse detection; revocation, RFC 7009;
metadata, RFC 8414), its login page, and bearer-token authentication of API requests."""
