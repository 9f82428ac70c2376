"""The sync protocol shared by replica and server: table registry, wire codec, merge rules, checksums.

Imported by ``bootcamp_server``; never imports Qt, the client's services or its ui.
"""

from .checksum import TableChecksum, row_hash, table_checksum
from .codec import CodecError, decode_row, decode_value, encode_row, encode_value
from .merge import RULES, Mutation, MutationRejected, Outcome, merge_values, resolve
from .tables import PROTOCOL_MIN, PROTOCOL_VERSION, ColumnSpec, TableSpec, UnknownTableError, registry, spec

__all__ = [
    "PROTOCOL_MIN",
    "PROTOCOL_VERSION",
    "RULES",
    "CodecError",
    "ColumnSpec",
    "Mutation",
    "MutationRejected",
    "Outcome",
    "TableChecksum",
    "TableSpec",
    "UnknownTableError",
    "decode_row",
    "decode_value",
    "encode_row",
    "encode_value",
    "merge_values",
    "registry",
    "resolve",
    "row_hash",
    "spec",
    "table_checksum",
]
