"""Generated from the top-level ``resources/`` folder by ``packaging/resources.py``: never edit by hand.

``rc_bootcamp`` is a Qt resource module; importing it registers the app's icons (``:/bootcamp/icons``)
and translation catalogues (``:/bootcamp/i18n``) with Qt. A test fails when it is older than its sources.
"""
