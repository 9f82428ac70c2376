"""HTTP routes, one module per concern; ``deps`` holds what they share (state, auth, protocol)."""
