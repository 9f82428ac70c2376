"""Item models (QAbstractItemModel subclasses) for every list that can grow."""
