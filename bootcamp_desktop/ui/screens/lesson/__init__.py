"""The lesson viewer's parts, one per content type (text, video, questions, resources)."""
