"""The declarative base of the server-only tables: the core's column types and naming convention, but a
metadata of its own. ``Base.metadata`` (the core's) is what every database holds, replicas included;
``ServerBase.metadata`` only what a server adds, created by the server's migration branch
(``bootcamp_server/migrations``). A table here may reference a core table through its column object
(``USERS_ID``): a string such as ``"users.id"`` is looked up in this metadata alone."""

from __future__ import annotations

import sqlalchemy as sa
from sqlalchemy.orm import DeclarativeBase

from bootcamp_core.models import Base, User
from bootcamp_core.models.base import NAMING_CONVENTION

USERS_ID = User.__table__.c.id


class ServerBase(DeclarativeBase):
    metadata = sa.MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map = Base.type_annotation_map
